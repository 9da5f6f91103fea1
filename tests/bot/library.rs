//! A library of several briefs: every command searches all of them, a brief filter narrows to
//! one, the same actor in two briefs answers from both (newest first), citations name their
//! brief.

use crate::common::Fixture;
use briefbot::answer::Reply;
use briefbot::commands::{Options, Request};
use briefbot::discord::autocomplete;
use briefbot::discord::commands::{self, Args};
use briefbot::engine::Engine;
use serde_json::json;

const NEWER: &str = "inss-9999-sample";

/// Adds to the fixture a copy of the bundled brief's entries as brief `id`, with its metadata
/// changed by `meta` (the seed is shared).
fn copy_brief(f: &Fixture, id: &str, meta: serde_json::Value) {
    let src = f.knowledge().join("inss-1784");
    let dst = f.knowledge().join(id);
    std::fs::create_dir_all(&dst).unwrap();
    for file in ["brief.json", "actors.json", "events.json", "claims.json"] {
        std::fs::copy(src.join(file), dst.join(file)).unwrap();
    }
    let path = dst.join("brief.json");
    let mut brief: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    for (key, value) in meta.as_object().unwrap() {
        brief[key] = value.clone();
    }
    std::fs::write(&path, serde_json::to_string_pretty(&brief).unwrap()).unwrap();
}

/// The bundled brief plus a second brief (a later issue reusing the same text), so every actor
/// appears in two briefs.
fn two_briefs() -> (Fixture, Engine) {
    let f = Fixture::new();
    copy_brief(
        &f,
        NEWER,
        json!({"number": 9999, "published": "2024-03-01"}),
    );
    let engine = Engine::load(&f.knowledge()).unwrap_or_else(|e| panic!("{e}"));
    (f, engine)
}

#[test]
fn briefs_are_listed_newest_first_with_counts() {
    let (_f, e) = two_briefs();
    let Reply::Briefs {
        briefs, version, ..
    } = e.run(&Request::Brief(None), &Options::default()).unwrap()
    else {
        panic!("not a brief list")
    };
    let ids: Vec<&str> = briefs.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, [NEWER, "inss-1784"]);
    assert_eq!(briefs[0].number, 9999);
    assert_eq!(briefs[0].actors, briefs[1].actors);
    assert_eq!(version.len(), 16);
    let Reply::Briefs { briefs, .. } = e
        .run(
            &Request::Brief(Some("inss-1784".into())),
            &Options::default(),
        )
        .unwrap()
    else {
        panic!()
    };
    assert_eq!(briefs.len(), 1);
    assert!(e
        .run(&Request::Brief(Some("nope".into())), &Options::default())
        .is_err());
}

#[test]
fn the_same_actor_answers_from_every_brief_newest_first() {
    let (_f, e) = two_briefs();
    let a = e
        .answer(&Request::Actor("Putin".into()), &Options::default())
        .unwrap();
    let briefs: Vec<&str> = a.results.iter().map(|h| h.brief.as_str()).collect();
    assert_eq!(
        briefs,
        [NEWER, "inss-1784"],
        "{:?}",
        a.results.iter().map(|h| &h.id).collect::<Vec<_>>()
    );
    for h in &a.results {
        assert_eq!(h.id, "vladimir-putin");
        assert!(
            h.citations.iter().all(|c| c.brief == h.brief),
            "citations name their own brief"
        );
    }
}

#[test]
fn a_brief_filter_narrows_every_command() {
    let (_f, e) = two_briefs();
    let only = Options {
        brief: Some("inss-1784".into()),
        ..Options::default()
    };
    for request in [
        Request::Actor("Putin".into()),
        Request::Claim("Wagner trained Hamas".into()),
        Request::Timeline(Some("oct 25".into())),
        Request::Timeline(None),
        Request::Ask("who is Mashal".into()),
    ] {
        let a = e.answer(&request, &only).unwrap();
        assert!(!a.results.is_empty(), "{request:?}");
        assert!(
            a.results.iter().all(|h| h.brief == "inss-1784"),
            "{request:?}"
        );
        let all = e
            .answer(
                &request,
                &Options {
                    limit: 50,
                    brief: None,
                },
            )
            .unwrap();
        assert!(
            all.results.iter().any(|h| h.brief == NEWER),
            "{request:?} searches every brief by default"
        );
    }
    let source = e
        .run(
            &Request::Source(6),
            &Options {
                brief: Some(NEWER.into()),
                ..Options::default()
            },
        )
        .unwrap();
    let Reply::Source { source, .. } = source else {
        panic!()
    };
    assert_eq!(source.brief, NEWER);
}

#[test]
fn discord_commands_take_a_brief_option_with_autocomplete() {
    let (_f, e) = two_briefs();
    let choices = autocomplete::choices(&e, "actor", "brief", "", None);
    let values: Vec<&str> = choices.iter().map(|c| c.value.as_str()).collect();
    assert_eq!(values, [NEWER, "inss-1784"]);
    assert!(choices[0].name.contains("No. 9999"));
    let narrowed = autocomplete::choices(&e, "actor", "brief", "1784", None);
    assert_eq!(narrowed.len(), 1);
    let scoped = autocomplete::choices(&e, "actor", "name", "mash", Some("inss-1784"));
    assert!(!scoped.is_empty());

    let args = Args {
        text: Some("Putin".into()),
        brief: Some("inss-1784".into()),
        ..Args::default()
    };
    let r = commands::respond(&e, "actor", &args);
    assert_eq!(r.reply.embeds.len(), 1);
    assert!(r.reply.embeds[0].footer.contains("No. 1784"));
    let both = commands::respond(
        &e,
        "actor",
        &Args {
            text: Some("Putin".into()),
            ..Args::default()
        },
    );
    assert_eq!(both.reply.embeds.len(), 2);
    assert!(
        both.reply.embeds[0].footer.contains("No. 9999"),
        "newest brief first"
    );
    let shown = commands::respond(
        &e,
        "brief",
        &Args {
            brief: Some(NEWER.into()),
            ..Args::default()
        },
    );
    assert_eq!(shown.reply.embeds.len(), 1);
    let bad = commands::respond(
        &e,
        "actor",
        &Args {
            text: Some("Putin".into()),
            brief: Some("nope".into()),
            ..Args::default()
        },
    );
    assert!(bad.reply.ephemeral && format!("{:?}", bad.reply).contains("no brief is called"));
}

/// A date without a year means the one in the year before the brief was published: "Oct 16"
/// in a brief of November 2023 is October 16, 2023. So across briefs, the brief for which the
/// day is recent answers first, even before a newer brief that mentions the same day of an
/// earlier year; scoped to that newer brief, the day still answers.
#[test]
fn a_date_without_a_year_prefers_the_brief_it_is_recent_for() {
    let f = Fixture::new();
    let later = "zz-retrospective";
    copy_brief(&f, later, json!({"published": "2026-01-15"}));
    let e = Engine::load(&f.knowledge()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(e.library().briefs()[0].id(), later, "newest brief first");
    let cases: &[(&str, Option<&str>, &str)] = &[
        ("16 oct", None, "inss-1784"),
        ("what happened on october 25", None, "inss-1784"),
        ("16 oct", Some(later), later),
        // A date with a year is taken as given: both briefs match it fully, newest first.
        ("2023-10-16", None, later),
    ];
    for (query, brief, want) in cases {
        let a = e
            .answer(
                &Request::Timeline(Some(query.to_string())),
                &Options {
                    limit: 5,
                    brief: brief.map(str::to_string),
                },
            )
            .unwrap();
        assert_eq!(a.results[0].brief, *want, "{query} in {brief:?}");
    }
}
