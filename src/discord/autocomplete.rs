//! Autocomplete for `/actor name`, `/timeline query`, `/claim statement` and every `brief`
//! option. Discord gives autocomplete 3 seconds and no way to defer; the core ranks the
//! completions from memory, and this edge only maps options to what is completed and fits the
//! choices to Discord's limits.

use crate::complete::{complete, Target};
use crate::engine::Engine;
use crate::kb::EntryKind;
use crate::text::truncate;

use super::reply::limits::{AUTOCOMPLETE_CHOICES, CHOICE_NAME, CHOICE_VALUE};

pub use crate::complete::MAX_TYPED_CHARS;

/// One autocomplete choice: what the user sees and what is filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub name: String,
    pub value: String,
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
    let target = match (command, option) {
        (_, "brief") => Target::Brief,
        ("actor", _) => Target::Entry(EntryKind::Actor),
        ("timeline", _) => Target::Entry(EntryKind::Event),
        ("claim", _) => Target::Entry(EntryKind::Claim),
        _ => return Vec::new(),
    };
    let mut out: Vec<Choice> = Vec::new();
    for c in complete(engine, target, typed, brief, AUTOCOMPLETE_CHOICES) {
        let choice = Choice {
            name: truncate(&c.label, CHOICE_NAME),
            value: truncate(&c.value, CHOICE_VALUE),
        };
        // Values are distinct, but two long ones can become equal once cut to Discord's limit.
        if !out.iter().any(|o| o.value == choice.value) {
            out.push(choice);
        }
    }
    out
}
