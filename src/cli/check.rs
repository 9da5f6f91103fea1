//! `briefbot check`: the knowledge base has loaded, so it is valid; this reports what is in each
//! brief and what the curators could still add (names without a citation, uncited sentences).

use std::collections::BTreeMap;
use std::process::ExitCode;

use crate::kb::{alias_hints, uncovered_sentences, Brief, Library};

use super::output::{emit_then, outln};

/// Prints the report and exits 1 if any body sentence is uncited, so CI can hold the line.
pub(super) fn check(library: &Library) -> ExitCode {
    let mut text = String::new();
    outln!(text, "knowledge base `{}`: valid", library.root().display());
    let mut uncovered_total = 0;
    for b in library.briefs() {
        uncovered_total += describe_brief(&mut text, b);
    }
    let code = if uncovered_total == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    };
    emit_then(&text, code)
}

/// Appends one brief's section and returns how many of its sentences no citation covers.
fn describe_brief(text: &mut String, b: &Brief) -> usize {
    let citations = b.citations().count();
    outln!(
        text,
        "\n{} ({}): {} paragraphs; {} actors, {} events, {} claims; {} citations, all verified",
        b.id(),
        b.meta().label(),
        b.paragraphs().len(),
        b.actors().len(),
        b.events().len(),
        b.claims().len(),
        citations
    );
    describe_events_and_claims(text, b);
    describe_drafts(text, b);
    describe_names(text, b);
    describe_coverage(text, b)
}

fn describe_events_and_claims(text: &mut String, b: &Brief) {
    let undated = b
        .events()
        .iter()
        .filter(|e| e.when.span().is_none())
        .count();
    outln!(
        text,
        "  events: {} dated, {undated} undated",
        b.events().len() - undated
    );
    let mut by_verdict = BTreeMap::new();
    for c in b.claims() {
        *by_verdict.entry(c.verdict.as_str()).or_insert(0) += 1;
    }
    let parts: Vec<String> = by_verdict.iter().map(|(v, n)| format!("{n} {v}")).collect();
    outln!(text, "  claims: {}", parts.join(", "));
}

/// How much of the brief `briefbot draft` wrote and no curator has reviewed yet: a curator
/// removes an entry's `"draft": true` once they have checked it.
fn describe_drafts(text: &mut String, b: &Brief) {
    let drafts = b.draft_count();
    if drafts == 0 && !b.meta().draft {
        return;
    }
    let unreviewed = |n: usize, of: usize| format!("{n} of {of}");
    let count = |f: &dyn Fn() -> usize, of: usize| unreviewed(f(), of);
    outln!(
        text,
        "  drafts: {} entries unreviewed (actors {}, events {}, claims {}){}",
        drafts,
        count(
            &|| b.actors().iter().filter(|a| a.draft).count(),
            b.actors().len()
        ),
        count(
            &|| b.events().iter().filter(|e| e.draft).count(),
            b.events().len()
        ),
        count(
            &|| b.claims().iter().filter(|c| c.draft).count(),
            b.claims().len()
        ),
        if b.meta().draft {
            "; brief.json is marked draft"
        } else {
            ""
        }
    );
}

/// Names the brief uses for an actor that none of the actor's citations show, so a reader
/// searching by that name would not see why the actor matched.
fn describe_names(text: &mut String, b: &Brief) {
    let hints = alias_hints(b);
    if hints.is_empty() {
        outln!(
            text,
            "  names: every name the brief uses for an actor is shown in its citations"
        );
        return;
    }
    outln!(
        text,
        "  names: {} name(s) the brief uses are in no citation of their actor (add one):",
        hints.len()
    );
    for h in &hints {
        let ps: Vec<String> = h.paragraphs.iter().map(|p| format!("¶{p}")).collect();
        outln!(
            text,
            "    {}: \"{}\" in {}",
            h.actor,
            h.alias,
            ps.join(", ")
        );
    }
}

/// Lists the body sentences no citation covers and returns how many there are.
fn describe_coverage(text: &mut String, b: &Brief) -> usize {
    let uncovered = uncovered_sentences(b);
    if uncovered.is_empty() {
        outln!(text, "  coverage: every body sentence is cited");
    } else {
        outln!(
            text,
            "  coverage: {} body sentence(s) no citation covers:",
            uncovered.len()
        );
        for u in &uncovered {
            outln!(text, "    ¶{}: {}", u.paragraph, u.sentence);
        }
    }
    uncovered.len()
}
