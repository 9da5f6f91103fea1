//! Building result entries from index hits.

use crate::answer::{BriefRef, CitationOut, Hit, Related};
use crate::kb::{Brief, Citation, EntryKind};
use crate::search::{DocRef, Field, MatchHow, Scored};

use super::Engine;

/// How many related entries an actor answer lists.
const MAX_RELATED: usize = 8;

/// Explains a match: "veto (title), block (quote, synonym)"; for actors matched on an alias,
/// which alias.
pub fn explain(engine: &Engine, s: &Scored, words: &[String]) -> String {
    let r = engine.index().doc(s.doc);
    let mut parts: Vec<String> = Vec::new();
    if r.kind == EntryKind::Actor && s.best_name > 0 {
        let brief = &engine.library().briefs()[r.brief as usize];
        if let Some(alias) = brief.actors()[r.index as usize]
            .aliases
            .get(s.best_name - 1)
        {
            parts.push(format!("alias \"{alias}\""));
        }
    }
    for (word, m) in words.iter().zip(&s.matched) {
        if let Some((field, how)) = m {
            let how = match how {
                MatchHow::Exact => "",
                MatchHow::Synonym => ", synonym",
                MatchHow::Typo => ", typo",
                MatchHow::Prefix => ", prefix",
            };
            parts.push(format!("{word} ({}{how})", field_label(*field, r.kind)));
        }
    }
    parts.join(", ")
}

fn field_label(f: Field, kind: EntryKind) -> &'static str {
    f.label(kind)
}

pub fn hit(engine: &Engine, s: &Scored, words: &[String]) -> Hit {
    hit_for(
        engine,
        engine.index().doc(s.doc),
        s.score,
        explain(engine, s, words),
    )
}

fn citations(brief: &Brief, cs: &[Citation]) -> Vec<CitationOut> {
    cs.iter()
        .map(|c| CitationOut {
            brief: brief.id().to_string(),
            paragraph: c.paragraph,
            part: c.part,
            quote: c.quote.clone(),
            links_source: c.links_source,
        })
        .collect()
}

fn round(score: f32) -> f32 {
    (score.clamp(0.0, 1.0) * 1000.0).round() / 1000.0
}

/// An event's date as ISO: the brief's own, or for an undated event the month or year the story
/// places it in ("During the war itself" in a brief of November 2023 is 2023).
fn event_date(e: &crate::kb::Event) -> Option<String> {
    e.when.iso().or_else(|| e.within.map(|p| p.iso()))
}

/// A reference to an entry of a brief, for "related" lists.
pub fn related(brief: &Brief, kind: EntryKind, index: usize) -> Related {
    match kind {
        EntryKind::Actor => {
            let a = &brief.actors()[index];
            Related {
                id: a.id.clone(),
                kind,
                title: a.name.clone(),
                date: None,
                verdict: None,
            }
        }
        EntryKind::Event => {
            let e = &brief.events()[index];
            Related {
                id: e.id.clone(),
                kind,
                title: e.title.clone(),
                date: event_date(e),
                verdict: None,
            }
        }
        EntryKind::Claim => {
            let c = &brief.claims()[index];
            Related {
                id: c.id.clone(),
                kind,
                title: c.statement.clone(),
                date: None,
                verdict: Some(c.verdict),
            }
        }
    }
}

pub fn hit_for(engine: &Engine, r: DocRef, score: f32, matched: String) -> Hit {
    let brief = &engine.library().briefs()[r.brief as usize];
    let i = r.index as usize;
    let names = |ids: &[usize]| {
        ids.iter()
            .map(|&a| brief.actors()[a].name.clone())
            .collect::<Vec<_>>()
    };
    let mut hit = Hit {
        id: String::new(),
        brief: brief.id().to_string(),
        kind: r.kind,
        title: String::new(),
        score: round(score),
        date: None,
        when: None,
        verdict: None,
        attributed_to: Vec::new(),
        by_authors: false,
        contradicts: false,
        claim_verdict: None,
        reports_speaker: false,
        replaced: None,
        source: None,
        hedge: None,
        actor_kind: None,
        aliases: Vec::new(),
        matched,
        summary: String::new(),
        actors: Vec::new(),
        citations: Vec::new(),
        related: Vec::new(),
        origin: BriefRef::of(brief),
    };
    match r.kind {
        EntryKind::Actor => {
            let a = &brief.actors()[i];
            hit.id = a.id.clone();
            hit.title = a.name.clone();
            hit.actor_kind = Some(a.kind.label());
            hit.aliases = a.aliases.clone();
            hit.summary = a.profile.clone();
            hit.citations = citations(brief, &a.citations);
            hit.related = a
                .events
                .iter()
                .map(|&e| related(brief, EntryKind::Event, e))
                .chain(
                    a.claims
                        .iter()
                        .map(|&c| related(brief, EntryKind::Claim, c)),
                )
                .take(MAX_RELATED)
                .collect();
        }
        EntryKind::Event => {
            let e = &brief.events()[i];
            hit.id = e.id.clone();
            hit.title = e.title.clone();
            hit.date = event_date(e);
            hit.when = Some(match (&e.when, e.within, &e.when_text) {
                (crate::kb::When::Undated, Some(p), Some(t)) => {
                    format!("{}, by the story's order ({t})", p.human())
                }
                (crate::kb::When::Undated, Some(p), None) => {
                    format!("{}, by the story's order", p.human())
                }
                (crate::kb::When::Undated, None, Some(t)) => format!("undated ({t})"),
                (w, _, Some(t)) => format!("{w} ({t})"),
                (w, _, None) => w.to_string(),
            });
            hit.summary = e.summary.clone();
            hit.actors = names(&e.actors);
            hit.citations = citations(brief, &e.citations);
        }
        EntryKind::Claim => {
            let c = &brief.claims()[i];
            hit.id = c.id.clone();
            hit.title = c.statement.clone();
            hit.verdict = Some(c.verdict);
            hit.attributed_to = names(&c.by);
            hit.by_authors = brief.by_authors(&c.by);
            hit.source = c.source.clone();
            hit.hedge = c.hedge.clone();
            hit.summary = c.statement.clone();
            hit.actors = names(&c.actors);
            hit.citations = citations(brief, &c.citations);
        }
    }
    hit
}
