//! Completions while a user types: the entries a partial name, title or statement may mean,
//! best first, answered from the in-memory index. Front ends show them (Discord's autocomplete
//! truncates labels to its own limits); the ranking lives here so every front end offers the
//! same.

use crate::engine::Engine;
use crate::kb::EntryKind;
use crate::search::{DocRef, Filter};

/// The longest input that is completed. Completion runs on every keystroke, so its input is
/// capped well below a question's: Discord caps autocompleted options at 200 characters, and a
/// longer value is not from a person typing. Longer input gets no completions and costs no
/// search.
pub const MAX_TYPED_CHARS: usize = 200;

/// What is being completed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// An entry of one kind: actors by name, events by title, claims by statement.
    Entry(EntryKind),
    /// A brief, by id, title, number or date.
    Brief,
}

/// One completion: what the user sees and what is filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completion {
    pub label: String,
    pub value: String,
}

fn completion(label: String, value: &str) -> Completion {
    Completion {
        label,
        value: value.to_string(),
    }
}

/// At most `limit` completions of `typed` for `target`, best first, distinct by value, from one
/// brief when `brief` names it. Nothing is offered for input longer than [`MAX_TYPED_CHARS`]
/// or for a brief that is not loaded.
pub fn complete(
    engine: &Engine,
    target: Target,
    typed: &str,
    brief: Option<&str>,
    limit: usize,
) -> Vec<Completion> {
    if typed.chars().nth(MAX_TYPED_CHARS).is_some() || limit == 0 {
        return Vec::new();
    }
    let kind = match target {
        Target::Brief => return brief_completions(engine, typed, limit),
        Target::Entry(kind) => kind,
    };
    let brief = match brief {
        Some(id) => match engine.library().briefs().iter().position(|b| b.id() == id) {
            Some(i) => Some(i as u32),
            None => return Vec::new(),
        },
        None => None,
    };
    let typed = typed.trim();
    let refs: Vec<(DocRef, Option<usize>)> = if typed.is_empty() {
        browse(engine, kind, brief, limit)
    } else {
        let index = engine.index();
        let prepared = index.prepare_in(typed, true, brief);
        index
            .search_top(
                &prepared,
                None,
                Filter {
                    kind: Some(kind),
                    brief,
                },
                limit * 2,
            )
            .into_iter()
            .take(limit * 2)
            .map(|s| (index.doc(s.doc), Some(s.best_name)))
            .collect()
    };
    let mut out: Vec<Completion> = Vec::new();
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
                    Some(alias) => completion(format!("{} ({alias})", a.name), &a.name),
                    None => completion(a.name.clone(), &a.name),
                }
            }
            EntryKind::Event => {
                let e = &brief.events()[i];
                let date = e.when.iso().unwrap_or_else(|| "undated".into());
                completion(format!("{date} · {}", e.title), &e.title)
            }
            EntryKind::Claim => {
                let c = &brief.claims()[i];
                completion(format!("[{}] {}", c.verdict, c.statement), &c.statement)
            }
        };
        if !out.iter().any(|o| o.value == c.value) {
            out.push(c);
        }
        if out.len() == limit {
            break;
        }
    }
    out
}

/// What to offer before anything is typed: actors by name, events in story order, claims as
/// curated.
fn browse(
    engine: &Engine,
    kind: EntryKind,
    only: Option<u32>,
    limit: usize,
) -> Vec<(DocRef, Option<usize>)> {
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
                out.extend(brief.timeline_indices().iter().map(|&i| (r(i), None)));
            }
            EntryKind::Claim => out.extend((0..brief.claims().len()).map(|i| (r(i), None))),
        }
        if out.len() >= limit {
            break;
        }
    }
    out.truncate(limit);
    out
}

/// The loaded briefs whose id, title, number or date contains what was typed (all of them,
/// newest first, when nothing was), as "Title (Series No. N, date)" with the id as value.
fn brief_completions(engine: &Engine, typed: &str, limit: usize) -> Vec<Completion> {
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
        .take(limit)
        .map(|b| completion(format!("{} ({})", b.meta().title, b.meta().label()), b.id()))
        .collect()
}
