//! Every knowledge-base entry through every command stays within Discord's limits.

use crate::common::engine;
use briefbot::discord::commands::{self, Args};
use briefbot::discord::reply::{limits, Reply};
use briefbot::discord::{autocomplete, press, Pictures};

fn check(what: &str, reply: &Reply) {
    if let Err(e) = reply.check_limits() {
        panic!("{what}: {e}");
    }
    // The serialised message must agree: this is what Discord receives.
    let v = serde_json::to_value(reply.to_interaction_response()).unwrap();
    let data = &v["data"];
    assert!(
        data["embeds"].as_array().unwrap().len() <= limits::EMBEDS,
        "{what}"
    );
    assert_eq!(
        data["allowed_mentions"]["parse"],
        serde_json::json!([]),
        "{what}"
    );
    if let Some(c) = data["content"].as_str() {
        assert!(c.chars().count() <= limits::CONTENT, "{what}");
    }
}

fn args(text: &str) -> Args {
    Args {
        text: Some(text.to_string()),
        ..Args::default()
    }
}

#[test]
fn every_entry_through_every_command_fits() {
    let e = engine();
    let mut queries: Vec<String> = Vec::new();
    for b in e.library().briefs() {
        for a in b.actors() {
            queries.push(a.name.clone());
            queries.extend(a.aliases.iter().cloned());
        }
        for ev in b.events() {
            queries.push(ev.title.clone());
            queries.extend(ev.when.iso());
        }
        for c in b.claims() {
            queries.push(c.statement.clone());
        }
    }
    let mut rendered = 0;
    for q in &queries {
        for name in ["timeline", "actor", "claim", "ask"] {
            let r = commands::respond(e, name, &args(q));
            check(&format!("/{name} {q}"), &r.reply);
            for row in &r.reply.rows {
                for b in row {
                    check(
                        &format!("button {} of /{name} {q}", b.custom_id),
                        &press(e, &b.custom_id, Pictures::On).response.reply,
                    );
                }
            }
            rendered += 1;
        }
    }
    assert!(rendered > 1000, "rendered {rendered} replies");
}

#[test]
fn every_entry_shown_in_full_fits() {
    let e = engine();
    for b in e.library().briefs() {
        let ids = b
            .actors()
            .iter()
            .map(|a| &a.id)
            .chain(b.events().iter().map(|x| &x.id))
            .chain(b.claims().iter().map(|x| &x.id));
        for id in ids {
            let pressed = press(e, &format!("show|{}|{id}", b.id()), Pictures::On);
            check(id, &pressed.response.reply);
            assert!(
                !pressed.response.reply.embeds[0].fields.is_empty(),
                "{id} shows its evidence"
            );
        }
        for n in 1..=b.paragraphs().len() {
            check(
                &format!("source {n}"),
                &press(e, &format!("src|{}|{n}", b.id()), Pictures::On)
                    .response
                    .reply,
            );
        }
    }
}

#[test]
fn timeline_pages_brief_help_and_odd_input_fit() {
    let e = engine();
    let whole = commands::respond(e, "timeline", &Args::default());
    check("whole timeline", &whole.reply);
    for page in 0..5 {
        let p = press(e, &format!("tl|-|{page}|"), Pictures::On);
        assert!(p.update);
        check(&format!("timeline page {page}"), &p.response.reply);
    }
    for name in commands::NAMES {
        check(name, &commands::respond(e, name, &Args::default()).reply);
    }
    let long = "@everyone ".repeat(50);
    for name in commands::NAMES {
        let r = commands::respond(e, name, &args(&long));
        check(&format!("/{name} with a long query"), &r.reply);
        assert!(
            !format!("{:?}", r.reply).contains("@everyone"),
            "/{name} echoes a mention"
        );
    }
    for text in [
        "x".repeat(2000),
        "🙂".repeat(600),
        "`".repeat(700),
        "\n".repeat(100),
    ] {
        check(
            "odd message",
            &briefbot::discord::message(e, &text, briefbot::discord::Pictures::On).reply,
        );
    }
    check(
        "unknown command",
        &commands::respond(e, "frobnicate", &Args::default()).reply,
    );
    for garbage in [
        "",
        "tl|x|y|",
        "src|nope|1",
        "show|inss-1784|",
        "src|inss-1784|999",
    ] {
        check(garbage, &press(e, garbage, Pictures::On).response.reply);
    }
}

#[test]
fn autocomplete_choices_fit_for_every_prefix() {
    let e = engine();
    let mut prefixes = vec![String::new()];
    for b in e.library().briefs() {
        for a in b.actors() {
            let chars: Vec<char> = a.name.chars().collect();
            for n in 1..=chars.len().min(6) {
                prefixes.push(chars[..n].iter().collect());
            }
        }
    }
    prefixes.push("x".repeat(300));
    for command in ["actor", "timeline", "claim"] {
        for p in &prefixes {
            let choices = autocomplete::choices(e, command, "name", p, None);
            assert!(
                choices.len() <= limits::AUTOCOMPLETE_CHOICES,
                "{command} {p:?}"
            );
            for c in &choices {
                assert!(
                    !c.name.is_empty() && c.name.chars().count() <= limits::CHOICE_NAME,
                    "{command} {p:?}: {c:?}"
                );
                assert!(
                    !c.value.is_empty() && c.value.chars().count() <= limits::CHOICE_VALUE,
                    "{command} {p:?}: {c:?}"
                );
            }
        }
    }
}

#[test]
fn command_definitions_are_valid_for_discord() {
    let defs = serde_json::to_value(commands::definitions()).unwrap();
    let defs = defs.as_array().unwrap();
    assert_eq!(defs.len(), commands::NAMES.len());
    for d in defs {
        let name = d["name"].as_str().unwrap();
        assert!(
            name.len() <= 32 && name.chars().all(|c| c.is_ascii_lowercase()),
            "{name}"
        );
        let desc = d["description"].as_str().unwrap();
        assert!(
            !desc.is_empty() && desc.chars().count() <= 100,
            "{name}: {} chars",
            desc.chars().count()
        );
        let options = d["options"].as_array().unwrap();
        assert!(options.len() <= 25);
        // `/gaps` is always private, so it has no `private` option.
        assert!(
            name == "gaps"
                || options
                    .iter()
                    .any(|o| o["name"] == "private" && o["type"] == 5),
            "{name} has `private`"
        );
        for o in options {
            let od = o["description"].as_str().unwrap();
            assert!(
                !od.is_empty() && od.chars().count() <= 100,
                "{name}.{}: {od}",
                o["name"]
            );
        }
    }
}

/// A quote from the byline or the back matter (paragraph 0) is labelled as such, and offers no
/// `/source` button: there is no paragraph 0 to open.
#[test]
fn front_and_back_matter_quotes_are_labelled_and_open_no_source() {
    let e = engine();
    for (question, label) in [
        ("who were the series editors", "back matter"),
        ("what number is this insight in the series", "front matter"),
    ] {
        let r = commands::respond(e, "ask", &args(question));
        check(question, &r.reply);
        let fields: Vec<&str> = r.reply.embeds[0]
            .fields
            .iter()
            .map(|f| f.name.as_str())
            .collect();
        assert!(fields.contains(&label), "{question}: {fields:?}");
        assert!(!fields.iter().any(|f| f.contains("¶0")), "{question}");
        for b in r.reply.rows.iter().flatten() {
            assert!(!b.custom_id.ends_with("|0"), "{question}: {}", b.custom_id);
        }
    }
}
