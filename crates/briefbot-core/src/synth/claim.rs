//! One synthetic claim: a statement, who made it, the verdict of the brief on it, and the sentence
//! whose wording carries that verdict (and hedge, when there is one).

use std::collections::HashSet;

use super::brief::{unique_id, Cast, Cite};
use super::rng::Rng;
use super::text::{cap, fill, substitute};
use super::vocab::*;

pub(super) struct SClaim {
    pub(super) id: String,
    pub(super) statement: String,
    pub(super) verdict: &'static str,
    pub(super) by: Vec<usize>,
    pub(super) source: Option<String>,
    pub(super) hedge: Option<&'static str>,
    pub(super) actors: Vec<usize>,
    pub(super) text: Vec<String>,
    pub(super) cites: Vec<Cite>,
}

/// A way of reporting a claim: its hedge word (which the sentence contains, as the loader
/// requires) and the sentence, where `{S}` is the speaker, `{C}` the claim's clause and `{W}`
/// where it was said (" in a speech in Odesa", or nothing).
type Wording = (Option<&'static str>, &'static str);

/// The verdicts with their shares in percent and their wordings, drawn uniformly.
#[rustfmt::skip]
const VERDICTS: [(&str, usize, &[Wording]); 3] = [
    ("supported", 60, &[
        (None, "{S} has documented that {C}."),
        (None, "As {S} has shown, {C}."),
        (None, "Figures released by {S} confirm that {C}."),
        (None, "{S} established that {C}."),
    ]),
    ("disputed", 10, &[
        (Some("alleged"),
            "{S} alleged{W} that {C}, but the available evidence does not support this."),
        (Some("claimed"), "{S} claimed{W} that {C}, a claim the record does not bear out."),
        (None, "Contrary to what {S} asserted, it is not the case that {C}."),
    ]),
    ("attributed", 30, &[
        (None, "According to {S}, {C}."),
        (Some("claimed"), "{S} claimed{W} that {C}."),
        (Some("reportedly"), "{S} reportedly said{W} that {C}."),
        (Some("apparently"), "{S} apparently believes that {C}."),
        (None, "{S} stated{W} that {C}."),
    ]),
];

/// One claim about actors of `cast`, made by one of its speakers, in a brief published in `py`.
pub(super) fn gen_claim(r: &mut Rng, cast: &Cast, py: i32, used: &mut HashSet<String>) -> SClaim {
    let template = r.pick(CLAIM_TEMPLATES);
    let (a, b) = cast.pair(r, cast.agentive);
    let mut by = r.pick(cast.speakers);
    if by == a {
        by = r.pick(cast.speakers);
    }
    let (w, x) = two_words(r);
    let year = (py + r.range(1, 4) as i32).to_string();
    let pct = r.range(5, 60).to_string();
    let (aa, bb) = (&cast.actors[a], &cast.actors[b]);
    let slots = |a: &'_ str, b: &'_ str| -> String {
        fill(
            template,
            &[
                ('A', a),
                ('B', b),
                ('w', w),
                ('x', x),
                ('y', &year),
                ('p', &pct),
            ],
        )
    };
    let statement = format!("{}.", cap(&slots(&aa.full, &bb.full)));
    // The sentence may name people by surname where the statement has their full name.
    let (ma, mb) = (aa.mention(r).to_string(), bb.mention(r).to_string());
    let clause = slots(&ma, &mb);
    let speaker = cast.actors[by].mention(r).to_string();
    let mut source = source(r, cast);
    let verdicts = r.below(100);
    let (verdict, _, wordings) = VERDICTS
        .iter()
        .scan(0, |below, v| {
            *below += v.1;
            Some((*below, v))
        })
        .find(|&(below, _)| verdicts < below)
        .map_or(VERDICTS[2], |(_, v)| *v);
    let (hedge, wording) = r.pick(wordings);
    // A source is kept only if the sentence says where the claim was made.
    let said = match &source {
        Some(s) if wording.contains("{W}") => {
            let prep = if s.starts_with("a press") { "at" } else { "in" };
            format!(" {prep} {s}")
        }
        _ => {
            source = None;
            String::new()
        }
    };
    let sentence = substitute(wording, &[('S', &speaker), ('C', &clause), ('W', &said)]);
    let mut text = vec![cap(&sentence)];
    if r.chance(10) {
        let noun = r.pick(&["claim", "accusation", "assertion"]);
        text.push(format!(
            "{} repeated the {noun} in {}.",
            cap(cast.actors[by].mention(r)),
            py - r.below(3) as i32
        ));
    }
    let mut actors = vec![a];
    if template.contains("{B}") && b != a {
        actors.push(b);
    }
    SClaim {
        id: unique_id(used, &statement),
        statement,
        verdict,
        by: vec![by],
        source,
        hedge,
        actors,
        text,
        cites: Vec::with_capacity(2),
    }
}

/// Where the claim was made, for two claims in five.
fn source(r: &mut Rng, cast: &Cast) -> Option<String> {
    if !r.chance(40) {
        return None;
    }
    Some(match r.below(4) {
        0 if !cast.media.is_empty() => {
            let m = r.pick(cast.media);
            format!("an interview with {}", cast.actors[m].full)
        }
        0 | 1 => format!("a speech in {}", r.pick(CITIES)),
        2 => format!("a press conference in {}", country(r).1),
        _ => "a statement to parliament".to_string(),
    })
}
