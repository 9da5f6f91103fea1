//! Autocomplete for `/actor name`, `/timeline query` and `/claim statement`. Discord gives
//! autocomplete 3 seconds and no way to defer, so this answers straight from the in-memory index.

use crate::engine::Engine;
use crate::kb::EntryKind;
use crate::search::DocRef;
use crate::text::truncate;

use super::reply::limits::{AUTOCOMPLETE_CHOICES, CHOICE_NAME, CHOICE_VALUE};

/// The most characters an autocompleted option can hold: Discord caps string options at the
/// command's `max_length`, which is 200 for every autocompleted option. A longer value is not
/// from a Discord client, so it gets no choices and costs no search.
pub const MAX_TYPED_CHARS: usize = 200;

/// One autocomplete choice: what the user sees and what is filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub name: String,
    pub value: String,
}

fn choice(name: &str, value: &str) -> Choice {
    Choice {
        name: truncate(name, CHOICE_NAME),
        value: truncate(value, CHOICE_VALUE),
    }
}

/// Choices for the focused option `option` of `command`, at most 25, best first, from one brief
/// when `brief` names it. Nothing is offered for input longer than [`MAX_TYPED_CHARS`].
pub fn choices(
    engine: &Engine,
    command: &str,
    option: &str,
    typed: &str,
    brief: Option<&str>,
) -> Vec<Choice> {
    if typed.chars().nth(MAX_TYPED_CHARS).is_some() {
        return Vec::new();
    }
    if option == "brief" {
        return brief_choices(engine, typed);
    }
    let brief = match brief {
        Some(id) => match engine.library().briefs().iter().position(|b| b.id() == id) {
            Some(i) => Some(i as u32),
            None => return Vec::new(),
        },
        None => None,
    };
    let kind = match command {
        "actor" => EntryKind::Actor,
        "timeline" => EntryKind::Event,
        "claim" => EntryKind::Claim,
        _ => return Vec::new(),
    };
    let typed = typed.trim();
    let refs: Vec<(DocRef, Option<usize>)> = if typed.is_empty() {
        browse(engine, kind, brief)
    } else {
        let index = engine.index();
        let prepared = index.prepare_in(typed, true, brief);
        index
            .search_top(
                &prepared,
                None,
                crate::search::Filter {
                    kind: Some(kind),
                    brief,
                },
                AUTOCOMPLETE_CHOICES * 2,
            )
            .into_iter()
            .take(AUTOCOMPLETE_CHOICES * 2)
            .map(|s| (index.doc(s.doc), Some(s.best_name)))
            .collect()
    };
    let mut out: Vec<Choice> = Vec::new();
    for (r, best_name) in refs {
        let brief = &engine.library().briefs()[r.brief as usize];
        let i = r.index as usize;
        let c = match kind {
            EntryKind::Actor => {
                let a = &brief.actors()[i];
                match best_name
                    .filter(|&n| n > 0)
                    .and_then(|n| a.aliases.get(n - 1))
                {
                    Some(alias) => choice(&format!("{} ({alias})", a.name), &a.name),
                    None => choice(&a.name, &a.name),
                }
            }
            EntryKind::Event => {
                let e = &brief.events()[i];
                let date = e.when.iso().unwrap_or_else(|| "undated".into());
                choice(&format!("{date} · {}", e.title), &e.title)
            }
            EntryKind::Claim => {
                let c = &brief.claims()[i];
                choice(&format!("[{}] {}", c.verdict, c.statement), &c.statement)
            }
        };
        if !out.iter().any(|o| o.value == c.value) {
            out.push(c);
        }
        if out.len() == AUTOCOMPLETE_CHOICES {
            break;
        }
    }
    out
}

/// What to offer before anything is typed: actors by name, events in story order, claims as
/// curated.
fn browse(engine: &Engine, kind: EntryKind, only: Option<u32>) -> Vec<(DocRef, Option<usize>)> {
    let mut out = Vec::new();
    for (bi, brief) in engine.library().briefs().iter().enumerate() {
        if only.is_some_and(|b| b as usize != bi) {
            continue;
        }
        let r = |index: usize| DocRef {
            brief: bi as u32,
            kind,
            index: index as u32,
        };
        match kind {
            EntryKind::Actor => {
                let mut idx: Vec<usize> = (0..brief.actors().len()).collect();
                idx.sort_by(|&a, &b| brief.actors()[a].name.cmp(&brief.actors()[b].name));
                out.extend(idx.into_iter().map(|i| (r(i), None)));
            }
            EntryKind::Event => {
                out.extend(
                    brief
                        .timeline()
                        .map(|e| (r(brief.lookup(&e.id).expect("indexed").1), None)),
                );
            }
            EntryKind::Claim => out.extend((0..brief.claims().len()).map(|i| (r(i), None))),
        }
        if out.len() >= AUTOCOMPLETE_CHOICES {
            break;
        }
    }
    out.truncate(AUTOCOMPLETE_CHOICES);
    out
}

/// The loaded briefs whose id, title, number or date contains what was typed (all of them,
/// newest first, when nothing was), as "Title (Series No. N, date)" with the id as value.
fn brief_choices(engine: &Engine, typed: &str) -> Vec<Choice> {
    let typed = typed.trim().to_lowercase();
    engine
        .library()
        .briefs()
        .iter()
        .filter(|b| {
            let m = b.meta();
            typed.is_empty()
                || b.id().to_lowercase().contains(&typed)
                || m.title.to_lowercase().contains(&typed)
                || m.number.to_string().contains(&typed)
                || m.published.iso().contains(&typed)
        })
        .take(AUTOCOMPLETE_CHOICES)
        .map(|b| {
            choice(
                &format!("{} ({})", b.meta().title, b.meta().label()),
                b.id(),
            )
        })
        .collect()
}
