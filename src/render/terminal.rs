//! Plain-text rendering for the command line.

use std::fmt::Write;

use crate::answer::{Answer, BriefInfo, BriefRef, Hit, Outcome, Reply, SourceText};

pub fn render(reply: &Reply) -> String {
    match reply {
        Reply::Answer(a) => answer(a),
        Reply::Briefs {
            briefs, version, ..
        } => {
            let list = briefs.iter().map(brief).collect::<Vec<_>>().join("\n");
            format!("{list}\nKnowledge base version {version}\n")
        }
        Reply::Source { source: s, .. } => source(s),
    }
}

/// One "Source:" line per brief the results come from, in their order.
fn footer(hits: &[Hit]) -> String {
    let mut briefs: Vec<&BriefRef> = hits.iter().map(|h| &h.origin).collect();
    briefs.dedup_by(|a, b| a.id == b.id);
    briefs
        .iter()
        .map(|b| {
            format!(
                "Source: {} \"{}\" ({})",
                b.label,
                b.title,
                b.authors.join(", ")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn answer(a: &Answer) -> String {
    let mut out = String::new();
    let routed = a
        .routed_to
        .map(|r| format!(" (read as {})", r.as_str()))
        .unwrap_or_default();
    match a.outcome {
        Outcome::Answered => {
            let n = a.results.len();
            let _ = writeln!(
                out,
                "{} \"{}\"{routed}: {n} result{}",
                a.command.as_str(),
                a.query,
                if n == 1 { "" } else { "s" }
            );
            if let Some(note) = &a.note {
                let _ = writeln!(out, "{note}");
            }
            for (i, h) in a.results.iter().enumerate() {
                out.push('\n');
                hit(&mut out, i + 1, h);
            }
            out.push('\n');
            out.push_str(&footer(&a.results));
            out.push('\n');
        }
        Outcome::NoMatch => {
            let _ = writeln!(
                out,
                "{} \"{}\"{routed}: no match",
                a.command.as_str(),
                a.query
            );
            if let Some(note) = &a.note {
                let _ = writeln!(out, "{note}");
            }
            if !a.suggestions.is_empty() {
                out.push_str("\nDid you mean:\n");
                for s in &a.suggestions {
                    let date = s
                        .date
                        .as_deref()
                        .map(|d| format!(" [{d}]"))
                        .unwrap_or_default();
                    let _ = writeln!(
                        out,
                        "  - {}{date} ({} `{}`)",
                        s.title,
                        s.kind.as_str(),
                        s.id
                    );
                }
            }
        }
    }
    out
}

fn hit(out: &mut String, n: usize, h: &Hit) {
    let _ = writeln!(
        out,
        "{n}. {}  [{} {}, score {:.2}]",
        h.title,
        h.kind.as_str(),
        h.id,
        h.score
    );
    if let Some(k) = h.actor_kind {
        let shown = h.display_aliases();
        let aliases = if shown.is_empty() {
            String::new()
        } else {
            format!("; also: {}", shown.join(", "))
        };
        let _ = writeln!(out, "   {k}{aliases}");
    }
    if let Some(w) = &h.when {
        let _ = writeln!(out, "   When: {w}");
    }
    if let Some(v) = h.verdict_line() {
        let _ = writeln!(out, "   Verdict: {v}");
    }
    if h.summary != h.title {
        let _ = writeln!(out, "   {}", h.summary);
    }
    for c in &h.citations {
        let link = if c.links_source {
            " (the brief links a source here)"
        } else {
            ""
        };
        let _ = writeln!(out, "   {} \"{}\"{link}", c.place(), c.quote);
    }
    if !h.related.is_empty() {
        let _ = writeln!(out, "   Related:");
        for r in &h.related {
            let extra = r
                .date
                .clone()
                .or_else(|| r.verdict.map(|v| v.as_str().to_string()))
                .map(|x| format!(" [{x}]"))
                .unwrap_or_default();
            let _ = writeln!(out, "     - {}{extra}", r.title);
        }
    }
    let _ = writeln!(out, "   (matched: {})", h.matched);
}

fn brief(b: &BriefInfo) -> String {
    let mut out = format!(
        "{title}\n{series} No. {number}, {published}, {publisher}\nAuthors: {authors}\nEditors: {editors}\n\
         {paragraphs} paragraphs; {actors} actors, {events} events, {claims} claims (id `{id}`)\n",
        title = b.title,
        series = b.series,
        number = b.number,
        published = b.published,
        publisher = b.publisher,
        authors = b.authors.join(", "),
        editors = b.editors.join(", "),
        paragraphs = b.paragraphs,
        actors = b.actors,
        events = b.events,
        claims = b.claims,
        id = b.id,
    );
    if b.draft {
        out.push_str(&draft_note(b));
        out.push('\n');
    }
    out
}

/// What `/brief` says about a brief `briefbot draft` wrote: answers may still be wrong.
pub fn draft_note(b: &BriefInfo) -> String {
    format!(
        "Unreviewed draft: drafted automatically, {} entries not yet reviewed by a curator",
        b.unreviewed
    )
}

fn source(s: &SourceText) -> String {
    let mut out = format!(
        "{} ¶{} of {}\n\n{}\n",
        s.brief_title, s.paragraph, s.paragraphs, s.text
    );
    if !s.linked.is_empty() {
        let _ = writeln!(
            out,
            "\nThe brief links outside sources at: {}",
            s.linked.join(", ")
        );
    }
    if !s.cited_by.is_empty() {
        let _ = writeln!(out, "\nCited by:");
        for r in &s.cited_by {
            let _ = writeln!(out, "  - {} ({} `{}`)", r.title, r.kind.as_str(), r.id);
        }
    }
    out
}
