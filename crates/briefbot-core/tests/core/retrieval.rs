//! Retrieval behaviour on the bundled brief: dates, aliases, typos, abstention, routing.

use crate::common::engine;
use briefbot_core::answer::{Answer, CommandName, Outcome, Reply};
use briefbot_core::commands::{Options, QueryError, Request};
use briefbot_core::kb::Verdict;

fn ask(request: Request) -> Answer {
    engine()
        .answer(&request, &Options::default())
        .unwrap_or_else(|e| panic!("{request:?}: {e}"))
}

fn top(request: Request) -> (Outcome, Option<String>) {
    let a = ask(request);
    (a.outcome, a.results.first().map(|h| h.id.clone()))
}

#[test]
fn timeline_understands_dates() {
    // (query, the id of the event that must come first, its ISO date)
    let cases = [
        ("Oct 25", "russia-vetoes-us-resolution", "2023-10-25"),
        ("25 October", "russia-vetoes-us-resolution", "2023-10-25"),
        (
            "October 25th, 2023",
            "russia-vetoes-us-resolution",
            "2023-10-25",
        ),
        ("2023-10-25", "russia-vetoes-us-resolution", "2023-10-25"),
        ("25/10/2023", "russia-vetoes-us-resolution", "2023-10-25"),
        ("octber 25", "russia-vetoes-us-resolution", "2023-10-25"),
        ("the 29th of october", "dagestan-pogrom", "2023-10-29"),
        (
            "nov 2",
            "russian-un-ambassador-occupying-power",
            "2023-11-02",
        ),
        ("october 7", "october-7-hamas-attack", "2023-10-07"),
        ("2011", "russia-hamas-decline-2011-syria", "2011"),
        ("2014", "operation-protective-edge-2014", "2014"),
        (
            "the 1990s",
            "russia-condemns-hamas-1990s-2006",
            "1990s/2006",
        ),
        ("2008", "operation-cast-lead", "2008/2009"),
        ("2006 elections", "hamas-wins-2006-plc-elections", "2006"),
        // Chat's figures: day and month without a year, and two years as a range.
        (
            "16/10 putin call",
            "putin-netanyahu-phone-call",
            "2023-10-16",
        ),
        (
            "16.10 putin call",
            "putin-netanyahu-phone-call",
            "2023-10-16",
        ),
        ("the mob on 10/29", "dagestan-pogrom", "2023-10-29"),
        // Both figures could be the month: day first finds nothing on 10 July, so month first
        // is read, as an American writes 7 October.
        (
            "what happened on 10/7",
            "october-7-hamas-attack",
            "2023-10-07",
        ),
        (
            "10/16 putin call",
            "putin-netanyahu-phone-call",
            "2023-10-16",
        ),
        ("10/7/2023", "october-7-hamas-attack", "2023-10-07"),
        ("cast lead 2008-09", "operation-cast-lead", "2008/2009"),
        ("the 08-09 gaza war", "operation-cast-lead", "2008/2009"),
    ];
    for (query, id, date) in cases {
        let a = ask(Request::Timeline(Some(query.into())));
        assert_eq!(a.outcome, Outcome::Answered, "{query}");
        let first = &a.results[0];
        assert_eq!(
            (first.id.as_str(), first.date.as_deref()),
            (id, Some(date)),
            "{query}"
        );
    }
}

#[test]
fn a_date_after_since_or_before_is_where_the_question_counts_from() {
    // (query, the event that must come first): the date is the anchor, the other words name
    // the event asked about, so the anchor's own event must not win.
    let cases = [
        (
            "how long after oct 7 did putin talk to netanyahu on the phone",
            "putin-netanyahu-phone-call",
        ),
        (
            "a week after october 7 putin gave a speech in kyrgyzstan",
            "putin-kyrgyzstan-speech",
        ),
    ];
    for (query, id) in cases {
        let a = ask(Request::Timeline(Some(query.into())));
        assert_eq!(a.outcome, Outcome::Answered, "{query}");
        assert_eq!(a.results[0].id, id, "{query}");
    }
    // A date that names an event does not make an amount the brief lacks an answer.
    let a = ask(Request::Timeline(Some(
        "how many people were killed on october 7".into(),
    )));
    assert_eq!(a.outcome, Outcome::NoMatch);
    assert_eq!(a.suggestions[0].id, "october-7-hamas-attack");
    // Without an anchor word the date still selects its own event.
    let a = ask(Request::Timeline(Some("what happened on oct 7".into())));
    assert_eq!(a.results[0].id, "october-7-hamas-attack");
    // "after" keeps the events on its side of the date, dated ones first: what Putin did in
    // 2006 does not answer what he did after October 7.
    let a = ask(Request::Timeline(Some("putin's moves after oct 7".into())));
    assert_eq!(a.outcome, Outcome::Answered);
    for h in &a.results {
        let date = h.date.as_deref().unwrap_or("undated");
        // An approximate day is dated by its month ("2023-10"), which may end after the 7th,
        // and an undated event the story places after October 7 by its year.
        assert!(
            date == "undated" || date >= "2023-10-07" || date == "2023-10" || date == "2023",
            "{}: {date}",
            h.id
        );
    }
    assert_ne!(a.results[0].date, None, "{:?}", a.results[0]);
}

#[test]
fn words_that_only_ask_for_a_timeline_are_not_searched_for() {
    // (query, the events one of which must come first)
    let cases: [(&str, &[&str]); 2] = [
        (
            "russia's un moves in chronological order",
            &[
                "russia-unsc-ceasefire-resolution",
                "russia-vetoes-us-resolution",
                "russian-un-ambassador-occupying-power",
            ],
        ),
        (
            "the sequence of key developments at the security council",
            &[
                "russia-unsc-ceasefire-resolution",
                "russia-vetoes-us-resolution",
            ],
        ),
    ];
    for (query, ids) in cases {
        let a = ask(Request::Timeline(Some(query.into())));
        assert_eq!(a.outcome, Outcome::Answered, "{query}: {a:?}");
        assert!(
            ids.contains(&a.results[0].id.as_str()),
            "{query}: {}",
            a.results[0].id
        );
    }
}

#[test]
fn timeline_about_a_week_after_october_7_is_approximate() {
    let a = ask(Request::Timeline(Some("Oct 14".into())));
    assert_eq!(a.results[0].id, "putin-kyrgyzstan-speech");
    assert!(
        a.results[0].score < 1.0,
        "an implied date is not an exact hit"
    );
}

#[test]
fn timeline_on_a_day_with_two_events_lists_both_in_order() {
    let a = ask(Request::Timeline(Some("16 oct".into())));
    let ids: Vec<&str> = a.results.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "putin-netanyahu-phone-call",
            "russia-unsc-ceasefire-resolution"
        ]
    );
}

#[test]
fn timeline_without_query_is_the_whole_story_in_order() {
    let opts = Options {
        limit: 50,
        brief: None,
    };
    let a = engine().answer(&Request::Timeline(None), &opts).unwrap();
    let total = engine().library().briefs()[0].events().len();
    assert_eq!(a.results.len(), total);
    let dated: Vec<&str> = a.results.iter().filter_map(|h| h.date.as_deref()).collect();
    let days: Vec<&str> = dated.iter().copied().filter(|d| d.len() == 10).collect();
    let mut sorted = days.clone();
    sorted.sort();
    assert_eq!(days, sorted, "day-dated events must be in date order");
}

/// A date does not make the day's event the answer to a question about someone the brief never
/// mentions; in /ask, a date inside a question about something else leaves the question to the
/// search of everything.
#[test]
fn a_date_inside_another_question_does_not_answer_it() {
    let a = ask(Request::Timeline(Some(
        "zelensky on the oct 7 massacre, what did he say".into(),
    )));
    assert_eq!(a.outcome, Outcome::NoMatch, "{a:?}");
    assert!(a
        .suggestions
        .iter()
        .any(|h| h.id == "october-7-hamas-attack"));
    let a = ask(Request::Ask(
        "acc to mashal what did the russians think of oct 7".into(),
    ));
    assert_ne!(a.routed_to, Some(CommandName::Timeline), "{a:?}");
}

#[test]
fn timeline_abstains_on_dates_the_brief_does_not_have() {
    for query in ["july 4", "1948", "2020", "september 11", "March 3 2022"] {
        let a = ask(Request::Timeline(Some(query.into())));
        assert_eq!(
            a.outcome,
            Outcome::NoMatch,
            "{query}: {:?}",
            a.results.first().map(|h| &h.id)
        );
        assert!(a.results.is_empty());
        assert!(
            !a.suggestions.is_empty() && a.suggestions.len() <= 3,
            "{query} offers the nearest dates"
        );
    }
}

#[test]
fn actors_by_alias_transliteration_and_typo() {
    let cases = [
        ("Vladimir Putin", "vladimir-putin"),
        ("the Kremlin", "russia"),
        ("Moscow", "russia"),
        ("Washington", "united-states"),
        // A capital for its state, as readers write it even where the brief does not.
        ("Jerusalem", "israel"),
        ("RT", "russia-today"),
        ("russia today", "russia-today"),
        ("Marzook", "abu-marzook"),
        ("Abu Marzouk", "abu-marzook"),
        ("Mashal", "khaled-mashal"),
        ("Meshaal", "khaled-mashal"),
        ("khaled meshal", "khaled-mashal"),
        ("netanyahoo", "benjamin-netanyahu"),
        ("Bashar al-Assad", "bashar-assad"),
        ("wagner group", "wagner-group"),
        ("IDF", "idf"),
        ("security council", "un-security-council"),
        ("telegram", "telegram"),
        ("Dagestan", "dagestan"),
        ("Baraka", "ali-baraka"),
        ("russia", "russia"),
        // Names in their own script, through transliteration.
        ("Путин", "vladimir-putin"),
        ("Нетаньяху", "benjamin-netanyahu"),
        ("Хамас", "hamas"),
        ("פוטין", "vladimir-putin"),
        ("بوتين", "vladimir-putin"),
    ];
    for (query, id) in cases {
        assert_eq!(
            top(Request::Actor(query.into())),
            (Outcome::Answered, Some(id.into())),
            "{query}"
        );
    }
}

#[test]
fn off_topic_questions_get_no_confident_answer() {
    let cases = [
        Request::Actor("Hezbollah".into()),
        Request::Actor("China".into()),
        Request::Actor("Xi Jinping".into()),
        Request::Actor("Zelensky".into()),
        Request::Claim("China mediated a ceasefire".into()),
        Request::Claim("Russia sent troops to Gaza".into()),
        Request::Ask("what's the weather tomorrow".into()),
        Request::Ask("Hezbollah".into()),
        Request::Ask("who won the world cup".into()),
        Request::Timeline(Some("weather".into())),
    ];
    for request in cases {
        let a = ask(request.clone());
        assert_eq!(
            a.outcome,
            Outcome::NoMatch,
            "{request:?} answered {:?}",
            a.results.first().map(|h| &h.id)
        );
        assert!(a.results.is_empty());
        assert!(a.suggestions.len() <= 3);
        assert!(
            a.note.as_deref().unwrap_or("").contains("does not cover"),
            "{request:?}"
        );
    }
}

#[test]
fn claims_keep_the_brief_position_and_attribution() {
    let cases = [
        (
            "Israel was behind the al-Ahli hospital explosion",
            "israel-responsible-al-ahli",
            Verdict::Disputed,
            "Russia",
        ),
        (
            "Wagner trained Hamas",
            "wagner-trained-hamas",
            Verdict::Attributed,
            "Ukraine",
        ),
        (
            "Russia vetoed the US resolution",
            "russia-vetoed-us-resolution",
            Verdict::Supported,
            "Arkady Mil-Man",
        ),
        (
            "Russia licensed Hamas to make AK-47s",
            "baraka-ak47-license",
            Verdict::Attributed,
            "Ali Baraka",
        ),
    ];
    for (query, id, verdict, by) in cases {
        let a = ask(Request::Claim(query.into()));
        let h = &a.results[0];
        assert_eq!((h.id.as_str(), h.verdict), (id, Some(verdict)), "{query}");
        assert!(
            h.attributed_to.iter().any(|n| n == by),
            "{query}: {:?}",
            h.attributed_to
        );
        let line = h.verdict_line().unwrap();
        match verdict {
            Verdict::Attributed => assert!(line.contains("not verified by the brief"), "{line}"),
            Verdict::Disputed => assert!(line.starts_with("Disputed by the brief"), "{line}"),
            Verdict::Supported => assert!(line.starts_with("Supported by the brief"), "{line}"),
        }
    }
}

#[test]
fn every_result_cites_the_brief() {
    for request in [
        Request::Timeline(Some("oct 25".into())),
        Request::Actor("Putin".into()),
        Request::Claim("Hamas relies on Russian crypto".into()),
        Request::Ask("who is mashal".into()),
    ] {
        let a = ask(request.clone());
        assert!(!a.results.is_empty(), "{request:?}");
        for h in &a.results {
            assert!(
                !h.citations.is_empty(),
                "{request:?}: {} has no citation",
                h.id
            );
            for c in &h.citations {
                let p = engine().library().briefs()[0]
                    .paragraph(c.paragraph)
                    .unwrap();
                assert!(p.text.contains(&c.quote));
            }
            assert!(
                !h.matched.is_empty(),
                "{request:?}: {} says why it matched",
                h.id
            );
        }
    }
}

#[test]
fn ask_routes_to_the_right_command() {
    let cases = [
        ("who is Mashal?", Some(CommandName::Actor), "khaled-mashal"),
        (
            "when did Russia veto the US resolution",
            Some(CommandName::Timeline),
            "russia-vetoes-us-resolution",
        ),
        (
            "is it true that Russia gave Hamas a license for Kalashnikovs",
            Some(CommandName::Claim),
            "baraka-ak47-license",
        ),
        (
            "timeline: oct 29",
            Some(CommandName::Timeline),
            "dagestan-pogrom",
        ),
        ("/actor RT", Some(CommandName::Actor), "russia-today"),
        (
            "claim: Wagner helped train Hamas",
            Some(CommandName::Claim),
            "wagner-trained-hamas",
        ),
    ];
    for (q, routed, id) in cases {
        let a = ask(Request::Ask(q.into()));
        assert_eq!(a.command, CommandName::Ask);
        assert_eq!(a.routed_to, routed, "{q}");
        assert_eq!(a.results.first().map(|h| h.id.as_str()), Some(id), "{q}");
    }
}

#[test]
fn ranking_is_deterministic() {
    let a = serde_json::to_string(&ask(Request::Ask("russia hamas relations".into()))).unwrap();
    for _ in 0..5 {
        assert_eq!(
            serde_json::to_string(&ask(Request::Ask("russia hamas relations".into()))).unwrap(),
            a
        );
    }
}

#[test]
fn bad_requests_get_helpful_errors_not_panics() {
    let e = engine();
    let o = Options::default();
    assert!(matches!(
        e.run(&Request::Actor("   ".into()), &o),
        Err(QueryError::EmptyQuery { .. })
    ));
    assert!(matches!(
        e.run(&Request::Claim(String::new()), &o),
        Err(QueryError::EmptyQuery { .. })
    ));
    assert!(matches!(
        e.run(&Request::Ask("x".repeat(600)), &o),
        Err(QueryError::TooLong { .. })
    ));
    let err = e.run(&Request::Source(99), &o).unwrap_err().to_string();
    assert!(err.contains("paragraphs 1 to 11"), "{err}");
    assert!(e.run(&Request::Source(0), &o).is_err());
    let bad_brief = Options {
        brief: Some("nope".into()),
        ..Options::default()
    };
    let err = e
        .run(&Request::Actor("Putin".into()), &bad_brief)
        .unwrap_err()
        .to_string();
    assert!(err.contains("inss-1784"), "{err}");
    // Odd input never panics.
    for q in [
        "???",
        "'",
        "\u{0}",
        "🙂🙂",
        "-- --",
        "/",
        "timeline:",
        "99/99/9999",
        "0 october",
        "۱۲۳",
    ] {
        for r in [
            Request::Ask(q.into()),
            Request::Timeline(Some(q.into())),
            Request::Actor(q.into()),
            Request::Claim(q.into()),
        ] {
            let _ = e.run(&r, &o);
        }
    }
}

#[test]
fn brief_and_source() {
    let o = Options::default();
    match engine().run(&Request::Brief(None), &o).unwrap() {
        Reply::Briefs { briefs, .. } => {
            assert_eq!(briefs.len(), 1);
            assert_eq!(briefs[0].number, 1784);
            assert_eq!(briefs[0].authors, ["Arkady Mil-Man", "Bat Chen Feldman"]);
        }
        other => panic!("{other:?}"),
    }
    match engine().run(&Request::Source(6), &o).unwrap() {
        Reply::Source { source, .. } => {
            assert!(source
                .text
                .starts_with("Russia's support for Hamas can be seen"));
            assert_eq!(source.linked, ["rejected"]);
            assert!(source
                .cited_by
                .iter()
                .any(|r| r.id == "russia-vetoes-us-resolution"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn json_answer_has_the_documented_shape() {
    let a = ask(Request::Claim(
        "Israel was responsible for the al-Ahli hospital blast".into(),
    ));
    let v = serde_json::to_value(&a).unwrap();
    assert_eq!(v["command"], "claim");
    assert_eq!(v["outcome"], "answered");
    let r = &v["results"][0];
    for key in [
        "id",
        "kind",
        "title",
        "score",
        "verdict",
        "attributed_to",
        "matched",
        "citations",
    ] {
        assert!(!r[key].is_null(), "missing {key}: {r}");
    }
    assert_eq!(r["kind"], "claim");
    assert_eq!(r["verdict"], "disputed");
    let c = &r["citations"][0];
    assert_eq!(c["brief"], "inss-1784");
    assert!(c["paragraph"].is_u64() && c["quote"].is_string());
    assert!(v["suggestions"].as_array().unwrap().is_empty());
    let t = serde_json::to_value(ask(Request::Timeline(Some("oct 25".into())))).unwrap();
    assert_eq!(t["results"][0]["date"], "2023-10-25");
    let undated = serde_json::to_value(ask(Request::Timeline(Some(
        "mashal egyptian tv interview russians impressed".into(),
    ))))
    .unwrap();
    assert_eq!(undated["results"][0]["id"], "mashal-egyptian-tv-interview");
    assert!(
        undated["results"][0].get("date").is_none(),
        "undated events omit date"
    );
    // An undated event the brief's own words place after a dated one is dated at the year they
    // share with the brief's publication, and its `when` says where that year comes from.
    let placed = serde_json::to_value(ask(Request::Timeline(Some(
        "delegation visit abu marzook closest friend".into(),
    ))))
    .unwrap();
    assert_eq!(placed["results"][0]["id"], "hamas-delegation-visits-moscow");
    assert_eq!(placed["results"][0]["date"], "2023");
    assert_eq!(
        placed["results"][0]["when"],
        "2023, by the story's order (During the war itself)"
    );
}

/// A word the synonym table knows is a real word, even where the brief never uses it: its
/// synonyms stand for it before any word of the brief that it resembles by one letter
/// ("tight" is close, not "fight"). A word no table knows is still corrected as a typo.
#[test]
fn words_the_synonym_table_knows_are_not_read_as_typos() {
    use briefbot_core::search::index::MatchHow;
    let engine = engine();
    let index = engine.index();
    // (word, whether the table knows it)
    let cases = [("tight", true), ("slammed", true), ("masacre", false)];
    for (word, known) in cases {
        let terms = index.prepare(word, false);
        let term = terms.first().unwrap_or_else(|| panic!("{word}: no term"));
        let best = |how: MatchHow| {
            (term.expansions.iter())
                .filter(|e| e.how == how)
                .map(|e| e.quality)
                .fold(None, |m: Option<f32>, q| Some(m.map_or(q, |m| m.max(q))))
        };
        match (known, best(MatchHow::Synonym), best(MatchHow::Typo)) {
            (true, Some(synonym), typo) => assert!(
                typo.is_none_or(|t| t < synonym),
                "{word}: a typo reading ({typo:?}) as good as a synonym ({synonym})"
            ),
            (false, None, Some(typo)) => assert!(typo >= 0.8, "{word}: typo at {typo}"),
            other => panic!("{word}: expansions {other:?}: {:?}", term.expansions),
        }
    }
}
