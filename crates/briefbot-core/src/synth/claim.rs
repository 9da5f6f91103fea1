//! One synthetic claim: a statement, who made it, the verdict of the brief on it, and the sentence
//! whose wording carries that verdict (and hedge, when there is one).

use std::collections::HashSet;

use super::brief::{unique_id, Cast, Cite};
use super::rng::Rng;
use super::text::{cap, fill};
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
    let full = [
        ('A', aa.full.as_str()),
        ('B', bb.full.as_str()),
        ('w', w),
        ('x', x),
        ('y', year.as_str()),
        ('p', pct.as_str()),
    ];
    let statement = format!("{}.", cap(&fill(template, &full)));
    let (ma, mb) = (aa.mention(r).to_string(), bb.mention(r).to_string());
    let clause = fill(
        template,
        &[
            ('A', &ma),
            ('B', &mb),
            ('w', w),
            ('x', x),
            ('y', &year),
            ('p', &pct),
        ],
    );
    let speaker = cast.actors[by].mention(r).to_string();
    let mut source = None;
    let mut src = String::new();
    if r.chance(40) {
        let s = match r.below(4) {
            0 if !cast.media.is_empty() => {
                let m = r.pick(cast.media);
                format!("an interview with {}", cast.actors[m].full)
            }
            0 | 1 => format!("a speech in {}", r.pick(CITIES)),
            2 => format!("a press conference in {}", country(r).1),
            _ => "a statement to parliament".to_string(),
        };
        let prep = if s.starts_with("a press") { "at" } else { "in" };
        src = format!(" {prep} {s}");
        source = Some(s);
    }
    let (verdict, hedge, sentence) = match r.below(100) {
        0..=59 => {
            source = None;
            let s = match r.below(4) {
                0 => format!("{speaker} has documented that {clause}."),
                1 => format!("As {speaker} has shown, {clause}."),
                2 => format!("Figures released by {speaker} confirm that {clause}."),
                _ => format!("{speaker} established that {clause}."),
            };
            ("supported", None, s)
        }
        60..=69 => match r.below(3) {
            0 => (
                "disputed",
                Some("alleged"),
                format!(
                    "{speaker} alleged{src} that {clause}, but the available evidence does not support this."
                ),
            ),
            1 => (
                "disputed",
                Some("claimed"),
                format!("{speaker} claimed{src} that {clause}, a claim the record does not bear out."),
            ),
            _ => {
                source = None;
                (
                    "disputed",
                    None,
                    format!("Contrary to what {speaker} asserted, it is not the case that {clause}."),
                )
            }
        },
        _ => match r.below(5) {
            0 => {
                source = None;
                ("attributed", None, format!("According to {speaker}, {clause}."))
            }
            1 => (
                "attributed",
                Some("claimed"),
                format!("{speaker} claimed{src} that {clause}."),
            ),
            2 => (
                "attributed",
                Some("reportedly"),
                format!("{speaker} reportedly said{src} that {clause}."),
            ),
            3 => {
                source = None;
                (
                    "attributed",
                    Some("apparently"),
                    format!("{speaker} apparently believes that {clause}."),
                )
            }
            _ => (
                "attributed",
                None,
                format!("{speaker} stated{src} that {clause}."),
            ),
        },
    };
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
