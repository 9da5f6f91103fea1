//! The loader refuses every kind of broken knowledge base, naming the file, line and entry, and
//! says how to fix it.

mod common;

use briefbot::kb::{alias_hints, uncovered_sentences, Library};
use common::{repo, Fixture};
use serde_json::{json, Value};

fn first_mut(v: &mut Value) -> &mut Value {
    &mut v.as_array_mut().expect("array")[0]
}

fn load_err(f: &Fixture) -> String {
    match Library::load(&f.knowledge()) {
        Ok(_) => panic!("expected the broken knowledge base to be refused"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn bundled_knowledge_base_is_valid_and_fully_covered() {
    let lib = Library::load(&repo().join("knowledge")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(lib.briefs().len(), 1);
    let b = &lib.briefs()[0];
    assert_eq!(b.meta().number, 1784);
    assert_eq!(b.meta().published.iso(), "2023-11-09");
    assert_eq!(
        b.meta().editors,
        ["Anat Kurtz", "Eldad Shavit", "Judith Rosen"]
    );
    assert_eq!(b.paragraphs().len(), 11);
    let uncovered = uncovered_sentences(b);
    assert!(uncovered.is_empty(), "uncovered sentences: {uncovered:#?}");
    let hints = alias_hints(b);
    assert!(
        hints.is_empty(),
        "names without a citation showing them: {hints:#?}"
    );
}

#[test]
fn page_break_is_joined_and_markup_stripped() {
    let lib = Library::load(&repo().join("knowledge")).unwrap();
    let b = &lib.briefs()[0];
    let p4 = &b.paragraph(4).unwrap().text;
    assert!(
        p4.contains("while Russia supported President Bashar Assad. Nonetheless"),
        "{p4}"
    );
    assert!(p4.contains("Russia condemned the organization's"), "{p4}");
    assert!(!p4.contains("](#)"));
    let linked: Vec<&str> = b
        .paragraph(4)
        .unwrap()
        .links
        .iter()
        .map(|l| &p4[l.start..l.end])
        .collect();
    assert_eq!(
        linked,
        ["condemned", "Putin declared", "a change in Russian policy"]
    );
    assert!(!b.paragraph(7).unwrap().text.contains('*'));
}

#[test]
fn every_citation_is_verbatim_in_its_paragraph() {
    let lib = Library::load(&repo().join("knowledge")).unwrap();
    let b = &lib.briefs()[0];
    let all = b
        .actors()
        .iter()
        .flat_map(|a| &a.citations)
        .chain(b.events().iter().flat_map(|e| &e.citations))
        .chain(b.claims().iter().flat_map(|c| &c.citations));
    for c in all {
        let text = &b.paragraph(c.paragraph).unwrap().text;
        assert_eq!(&text[c.span.0..c.span.1], c.quote);
    }
}

#[test]
fn undated_events_stay_undated() {
    let lib = Library::load(&repo().join("knowledge")).unwrap();
    let b = &lib.briefs()[0];
    for id in [
        "al-ahli-hospital-explosion",
        "hamas-delegation-visits-moscow",
    ] {
        let (_, i) = b.lookup(id).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(
            b.events()[i].when.iso(),
            None,
            "{id} must not get an invented date"
        );
    }
    let order: Vec<&str> = b.timeline().map(|e| e.id.as_str()).collect();
    let pos = |id: &str| order.iter().position(|x| *x == id).unwrap();
    assert!(pos("october-7-hamas-attack") < pos("russia-vetoes-us-resolution"));
    assert!(pos("hamas-delegation-visits-moscow") < pos("hamas-thanks-putin-and-foreign-ministry"));
}

/// Each case breaks a copy of the bundled knowledge base and names the fragments the error must
/// contain: the file, the line where it applies, the entry and the problem.
#[test]
fn broken_knowledge_bases_are_refused_with_a_precise_error() {
    type Breaker = Box<dyn Fn(&Fixture)>;
    let cases: Vec<(&str, Breaker, Vec<&str>)> = vec![
        (
            "malformed JSON",
            Box::new(|f| {
                f.edit("events.json", |t| t.replacen("\"title\":", "\"title\" ", 1));
            }),
            vec!["events.json:", "expected `:`"],
        ),
        (
            "unknown field",
            Box::new(|f| {
                f.edit_json("claims.json", |v| first_mut(v)["quotes"] = json!([]));
            }),
            vec!["claims.json:", "unknown field `quotes`"],
        ),
        (
            "duplicate id",
            Box::new(|f| {
                f.edit_json("actors.json", |v| {
                    let copy = v[0].clone();
                    v.as_array_mut().unwrap().push(copy);
                });
            }),
            vec!["actors.json:", "already used by the actor at actors.json:"],
        ),
        (
            "quote not in paragraph",
            Box::new(|f| {
                f.edit_json("claims.json", |v| {
                    first_mut(v)["citations"][0]["quote"] =
                        json!("Russia condemned Hamas unreservedly");
                });
            }),
            vec!["claims.json:", "is not in paragraph", "briefbot source"],
        ),
        (
            "paragraph out of range",
            Box::new(|f| {
                f.edit_json("events.json", |v| {
                    first_mut(v)["citations"][0]["paragraph"] = json!(40)
                });
            }),
            vec![
                "events.json:",
                "cites paragraph 40, but the brief has paragraphs 1 to 11",
            ],
        ),
        (
            "reference to a missing actor",
            Box::new(|f| {
                f.edit_json("events.json", |v| {
                    first_mut(v)["actors"] = json!(["hezbollah"])
                });
            }),
            vec![
                "events.json:",
                "names actor `hezbollah`, which is not in actors.json",
            ],
        ),
        (
            "claim by a missing actor",
            Box::new(|f| {
                f.edit_json("claims.json", |v| first_mut(v)["by"] = json!(["nobody"]));
            }),
            vec!["claims.json:", "`by` names actor `nobody`"],
        ),
        (
            "reference to a missing event",
            Box::new(|f| {
                f.edit_json("events.json", |v| {
                    first_mut(v)["when"] =
                        json!({"undated": "during the war", "after": "no-such-event"});
                });
            }),
            vec!["events.json:", "`when.after` names event `no-such-event`"],
        ),
        (
            "empty title",
            Box::new(|f| {
                f.edit_json("events.json", |v| first_mut(v)["title"] = json!("  "));
            }),
            vec!["events.json:", "`title` is empty"],
        ),
        (
            "empty statement",
            Box::new(|f| {
                f.edit_json("claims.json", |v| first_mut(v)["statement"] = json!(""));
            }),
            vec!["claims.json:", "`statement` is empty"],
        ),
        (
            "impossible date",
            Box::new(|f| {
                f.edit_json("events.json", |v| {
                    first_mut(v)["when"] = json!({"on": "2023-02-30"})
                });
            }),
            vec!["events.json:", "not a real date: February 2023 has 28 days"],
        ),
        (
            "two date shapes at once",
            Box::new(|f| {
                f.edit_json("events.json", |v| {
                    first_mut(v)["when"] = json!({"on": "2023-10-07", "undated": "during the war"});
                });
            }),
            vec!["events.json:", "exactly one of"],
        ),
        (
            "approximate date without the brief's words",
            Box::new(|f| {
                f.edit_json("events.json", |v| {
                    first_mut(v)["when"] = json!({"approx": "2023-10-14"})
                });
            }),
            vec!["events.json:", "needs `text`"],
        ),
        (
            "backwards range",
            Box::new(|f| {
                f.edit_json("events.json", |v| {
                    first_mut(v)["when"] = json!({"from": "2009", "to": "2008"})
                });
            }),
            vec!["events.json:", "starts (2009) after it ends (2008)"],
        ),
        (
            "no citations",
            Box::new(|f| {
                f.edit_json("actors.json", |v| first_mut(v)["citations"] = json!([]));
            }),
            vec!["actors.json:", "has no citations"],
        ),
        (
            "bad verdict",
            Box::new(|f| {
                f.edit_json("claims.json", |v| first_mut(v)["verdict"] = json!("true"));
            }),
            vec![
                "claims.json:",
                "verdict `true` is not one of supported, disputed, attributed",
            ],
        ),
        (
            "bad actor kind",
            Box::new(|f| {
                f.edit_json("actors.json", |v| first_mut(v)["kind"] = json!("country"));
            }),
            vec!["actors.json:", "kind `country` is not one of"],
        ),
        (
            "bad id",
            Box::new(|f| {
                f.edit_json("claims.json", |v| first_mut(v)["id"] = json!("Bad Id"));
            }),
            vec!["claims.json:", "entry `Bad Id`", "kebab-case"],
        ),
        (
            "missing file",
            Box::new(|f| {
                std::fs::remove_file(f.file("claims.json")).unwrap();
            }),
            vec!["claims.json", "cannot read", "an empty list `[]` is fine"],
        ),
        (
            "missing seed",
            Box::new(|f| {
                f.edit_json("brief.json", |v| v["seed"] = json!("../../seeds/nope.txt"));
            }),
            vec!["nope.txt", "relative to brief.json"],
        ),
        (
            "author not in the seed",
            Box::new(|f| {
                f.edit_json("brief.json", |v| v["authors"] = json!(["Someone Else"]));
            }),
            vec!["brief.json:", "author `Someone Else` does not appear"],
        ),
        (
            "publication date not a day",
            Box::new(|f| {
                f.edit_json("brief.json", |v| v["published"] = json!("2023-11"));
            }),
            vec!["brief.json:", "`published` must be a full date"],
        ),
    ];
    for (name, breaker, wants) in cases {
        let f = Fixture::new();
        breaker(&f);
        let err = load_err(&f);
        for want in &wants {
            assert!(
                err.contains(want),
                "case {name:?}: error lacks {want:?}:\n{err}"
            );
        }
    }
}

#[test]
fn entry_errors_point_at_the_entry_line() {
    let f = Fixture::new();
    f.edit("events.json", |t| {
        t.replacen("\"on\": \"2023-10-25\"", "\"on\": \"2023-10-35\"", 1)
    });
    let err = load_err(&f);
    let text = std::fs::read_to_string(f.file("events.json")).unwrap();
    let line = text
        .lines()
        .position(|l| l.contains("\"id\": \"russia-vetoes-us-resolution\""))
        .unwrap()
        + 1;
    assert!(
        err.contains(&format!(
            "events.json:{line}: entry `russia-vetoes-us-resolution`"
        )),
        "{err}"
    );
}

#[test]
fn all_problems_are_reported_at_once() {
    let f = Fixture::new();
    f.edit_json("claims.json", |v| {
        v[0]["verdict"] = json!("maybe");
        v[1]["statement"] = json!("");
    });
    let err = load_err(&f);
    assert!(err.contains("2 problems"), "{err}");
}

#[test]
fn a_missing_or_empty_directory_says_what_to_do() {
    let missing = Library::load(std::path::Path::new("/nonexistent/knowledge"))
        .unwrap_err()
        .to_string();
    assert!(missing.contains("--knowledge DIR"), "{missing}");
    let empty = tempfile::tempdir().unwrap();
    let err = Library::load(empty.path()).unwrap_err().to_string();
    assert!(err.contains("holds no briefs"), "{err}");
}

#[test]
fn quotes_with_curly_quotes_and_markup_are_forgiven() {
    let f = Fixture::new();
    f.edit_json("claims.json", |v| {
        first_mut(v)["citations"] = json!([{
            "paragraph": 4,
            "quote": "Russia [condemned](#) the organization\u{2019}s   terrorist activities"
        }]);
    });
    let lib = Library::load(&f.knowledge()).unwrap_or_else(|e| panic!("{e}"));
    let c = &lib.briefs()[0].claims()[0].citations[0];
    assert_eq!(
        c.quote,
        "Russia condemned the organization's terrorist activities"
    );
    assert!(c.links_source);
}
