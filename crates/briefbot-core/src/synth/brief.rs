//! One synthetic brief: its header, its actors, events and claims, and the seed text's
//! paragraphs, in which every entry's sentences are laid out and cited.

use std::collections::HashSet;

use super::actor::{gen_actor, random_name, SActor};
use super::claim::{gen_claim, SClaim};
use super::event::{gen_event, SEvent};
use super::rng::{mix, Rng};
use super::text::{quote_of, slug};
use super::vocab::*;
use super::SynthSpec;
use crate::kb::date::days_in_month;
use crate::kb::ActorKind as Kind;

pub(super) type Cite = (usize, String);

pub(super) struct Content {
    pub(super) id: String,
    pub(super) number: usize,
    pub(super) title: String,
    pub(super) authors: [String; 2],
    pub(super) editors: Vec<String>,
    pub(super) published: (i32, u8, u8),
    pub(super) paragraphs: Vec<String>,
    pub(super) actors: Vec<SActor>,
    pub(super) events: Vec<SEvent>,
    pub(super) claims: Vec<SClaim>,
}

/// Generates brief `index` of `spec`: a pure function of the seed, the index,
/// `entries_per_brief` and the brief's entry count.
pub(super) fn build(spec: &SynthSpec, index: usize) -> Content {
    let count = spec.brief_entries(index);
    let mut r = Rng(mix(
        mix(mix(spec.seed, index as u64), spec.entries_per_brief as u64),
        count as u64,
    ));
    let third = (3 * count + 5) / 10;
    let na = if count == 0 { 0 } else { third.max(1) };
    let ne = third.min(count - na);
    let nc = count - na - ne;

    let py = 2000 + r.below(26) as i32;
    let pm = 1 + r.below(12) as u8;
    let pd = 1 + r.below(usize::from(days_in_month(py, pm))) as u8;
    let title = brief_title(&mut r);
    let first = random_name(&mut r);
    let mut second = random_name(&mut r);
    while second == first {
        second = random_name(&mut r);
    }
    let mut editors: Vec<String> = Vec::new();
    let n_editors = r.range(1, 3);
    while editors.len() < n_editors {
        let e = random_name(&mut r);
        if e != first && e != second && !editors.contains(&e) {
            editors.push(e);
        }
    }

    let mut used: HashSet<String> = HashSet::with_capacity(count * 2);
    let mut actors: Vec<SActor> = Vec::with_capacity(na);
    for _ in 0..na {
        actors.push(gen_actor(&mut r, spec.seed, &mut used));
    }
    let agentive: Vec<usize> = (0..actors.len())
        .filter(|&i| !matches!(actors[i].kind, Kind::Media | Kind::Place))
        .collect();
    let agentive = if agentive.is_empty() {
        (0..actors.len()).collect()
    } else {
        agentive
    };
    let speakers: Vec<usize> = (0..actors.len())
        .filter(|&i| actors[i].kind != Kind::Place)
        .collect();
    let speakers = if speakers.is_empty() {
        (0..actors.len()).collect()
    } else {
        speakers
    };
    let media: Vec<usize> = (0..actors.len())
        .filter(|&i| actors[i].kind == Kind::Media)
        .collect();
    let everyone: Vec<usize> = (0..actors.len()).collect();
    let cast = Cast {
        actors: &actors,
        agentive: &agentive,
        speakers: &speakers,
        media: &media,
        everyone: &everyone,
        published: (py, pm, pd),
    };

    // Event dates: sorted, so events.json reads in story order.
    let mut dates: Vec<(i32, u8, u8)> = (0..ne)
        .map(|_| {
            let mut y = py - r.below(16) as i32;
            let m = 1 + r.below(12) as u8;
            let d = 1 + r.below(usize::from(days_in_month(y, m))) as u8;
            if (y, m, d) > (py, pm, pd) {
                y -= 1;
            }
            (y, m, d.min(days_in_month(y, m)))
        })
        .collect();
    dates.sort_unstable();
    let mut events: Vec<SEvent> = Vec::with_capacity(ne);
    for (i, &date) in dates.iter().enumerate() {
        let e = gen_event(&mut r, &cast, date, i, &mut used);
        events.push(e);
    }
    let mut claims: Vec<SClaim> = Vec::with_capacity(nc);
    for _ in 0..nc {
        claims.push(gen_claim(&mut r, &cast, py, &mut used));
    }

    // Lay the sentences out in paragraphs of 4 to 8 sentences, interleaving the entries.
    let mut paragraphs: Vec<String> = Vec::with_capacity(count / 5 + 2);
    let mut in_paragraph = 0;
    let mut target = r.range(4, 8);
    let mut place = |r: &mut Rng, text: Vec<String>, cites: &mut Vec<Cite>| {
        for s in text {
            if paragraphs.is_empty() || in_paragraph >= target {
                paragraphs.push(String::with_capacity(1024));
                in_paragraph = 0;
                target = r.range(4, 8);
            }
            let p = paragraphs.last_mut().expect("just pushed");
            if !p.is_empty() {
                p.push(' ');
            }
            p.push_str(&s);
            in_paragraph += 1;
            cites.push((paragraphs.len(), quote_of(&s)));
        }
    };
    let (mut ia, mut ie, mut ic) = (0, 0, 0);
    while ia + ie + ic < count {
        let x = r.below(count - ia - ie - ic);
        if x < na - ia {
            let a = &mut actors[ia];
            place(&mut r, std::mem::take(&mut a.text), &mut a.cites);
            ia += 1;
        } else if x < na - ia + ne - ie {
            let e = &mut events[ie];
            place(&mut r, std::mem::take(&mut e.text), &mut e.cites);
            ie += 1;
        } else {
            let c = &mut claims[ic];
            place(&mut r, std::mem::take(&mut c.text), &mut c.cites);
            ic += 1;
        }
    }
    if paragraphs.is_empty() {
        paragraphs.push("This brief has no entries yet.".to_string());
    }

    // Half of the actors also cite the first event sentence that names them.
    let mut first_event: Vec<Option<usize>> = vec![None; actors.len()];
    for (ei, e) in events.iter().enumerate() {
        for &a in &e.actors[..1] {
            first_event[a].get_or_insert(ei);
        }
    }
    for (a, fe) in actors.iter_mut().zip(&first_event) {
        if let Some(ei) = *fe {
            if r.chance(50) {
                a.cites.push(events[ei].cites[0].clone());
            }
        }
    }

    Content {
        id: format!("synth-{:06}", index + 1),
        number: index + 1,
        title,
        authors: [first, second],
        editors,
        published: (py, pm, pd),
        paragraphs,
        actors,
        events,
        claims,
    }
}

/// The brief's actors, grouped for drawing roles.
pub(super) struct Cast<'a> {
    pub(super) actors: &'a [SActor],
    /// Actors that act in events and claims (not media or places).
    pub(super) agentive: &'a [usize],
    /// Actors that make claims (not places).
    pub(super) speakers: &'a [usize],
    pub(super) media: &'a [usize],
    /// Every actor index.
    pub(super) everyone: &'a [usize],
    pub(super) published: (i32, u8, u8),
}

impl Cast<'_> {
    /// Two actors from `from`, distinct when the brief has more than one.
    /// Two actors, the first from `from`, the second mostly from `from` too (otherwise any
    /// actor); distinct when the brief has more than one.
    pub(super) fn pair(&self, r: &mut Rng, from: &[usize]) -> (usize, usize) {
        let a = r.pick(from);
        if self.actors.len() == 1 {
            return (a, a);
        }
        let pool = if from.len() > 1 && r.chance(80) {
            from
        } else {
            self.everyone
        };
        loop {
            let b = r.pick(pool);
            if b != a {
                return (a, b);
            }
        }
    }
}

pub(super) fn brief_title(r: &mut Rng) -> String {
    let region = if r.chance(50) {
        r.pick(REGIONS)
    } else {
        r.pick(MEDIA_REGION)
    };
    match r.below(4) {
        0 => format!("{} and the {region} {}", r.pick(TOPICS), r.pick(DISPUTES)),
        1 => {
            let (a, ..) = country(r);
            let mut b = country(r).0;
            if a == b {
                b = COUNTRIES[r.below(COUNTRIES.len())].0;
            }
            format!("{a}-{b} Relations and the {} Agenda", r.pick(TOPICS))
        }
        2 => format!("{} After the {region} {}", country(r).0, r.pick(DISPUTES)),
        _ => format!(
            "The {region} {}: Implications for {}",
            r.pick(DISPUTES),
            r.pick(TOPICS)
        ),
    }
}

pub(super) fn unique_id(used: &mut HashSet<String>, text: &str) -> String {
    let base = slug(text, 6);
    let base = if base.is_empty() {
        "entry".to_string()
    } else {
        base
    };
    let mut id = base.clone();
    let mut n = 1;
    while used.contains(&id) {
        n += 1;
        id = format!("{base}-{n}");
    }
    used.insert(id.clone());
    id
}
