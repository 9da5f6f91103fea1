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

/// A citation while it is generated: the paragraph (from 1) and the quote.
pub(super) type Cite = (usize, String);

/// Everything generated for one brief, before it is written.
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
    let (na, ne, nc) = entry_counts(count);
    let header = header(&mut r);

    let mut used: HashSet<String> = HashSet::with_capacity(count * 2);
    let mut actors: Vec<SActor> = Vec::with_capacity(na);
    for _ in 0..na {
        actors.push(gen_actor(&mut r, spec.seed, &mut used));
    }
    let roles = Roles::of(&actors);
    let cast = roles.cast(&actors, header.published);
    let dates = event_dates(&mut r, ne, header.published);
    let mut events: Vec<SEvent> = Vec::with_capacity(ne);
    for (i, &date) in dates.iter().enumerate() {
        events.push(gen_event(&mut r, &cast, date, i, &mut used));
    }
    let mut claims: Vec<SClaim> = Vec::with_capacity(nc);
    for _ in 0..nc {
        claims.push(gen_claim(&mut r, &cast, header.published.0, &mut used));
    }

    let paragraphs = lay_out(&mut r, &mut actors, &mut events, &mut claims);
    cite_first_events(&mut r, &mut actors, &events);

    Content {
        id: format!("synth-{:06}", index + 1),
        number: index + 1,
        title: header.title,
        authors: header.authors,
        editors: header.editors,
        published: header.published,
        paragraphs,
        actors,
        events,
        claims,
    }
}

/// Actors, events and claims of a brief of `count` entries: about 30/30/40, and at least one
/// actor as soon as there is an entry, since events and claims need someone to be about.
fn entry_counts(count: usize) -> (usize, usize, usize) {
    let third = (3 * count + 5) / 10;
    let na = if count == 0 { 0 } else { third.max(1) };
    let ne = third.min(count - na);
    (na, ne, count - na - ne)
}

/// What `brief.json` says of a brief besides its id.
struct Header {
    published: (i32, u8, u8),
    title: String,
    authors: [String; 2],
    editors: Vec<String>,
}

/// A publication day between 2000 and 2025, a title, two distinct authors and one to three
/// editors who are neither.
fn header(r: &mut Rng) -> Header {
    let py = 2000 + r.below(26) as i32;
    let pm = 1 + r.below(12) as u8;
    let pd = 1 + r.below(usize::from(days_in_month(py, pm))) as u8;
    let title = brief_title(r);
    let first = random_name(r);
    let mut second = random_name(r);
    while second == first {
        second = random_name(r);
    }
    let mut editors: Vec<String> = Vec::new();
    let n_editors = r.range(1, 3);
    while editors.len() < n_editors {
        let e = random_name(r);
        if e != first && e != second && !editors.contains(&e) {
            editors.push(e);
        }
    }
    Header {
        published: (py, pm, pd),
        title,
        authors: [first, second],
        editors,
    }
}

/// Event days over the sixteen years before publication, never after it, sorted so that
/// `events.json` reads in story order.
fn event_dates(r: &mut Rng, n: usize, published: (i32, u8, u8)) -> Vec<(i32, u8, u8)> {
    let mut dates: Vec<(i32, u8, u8)> = (0..n)
        .map(|_| {
            let mut y = published.0 - r.below(16) as i32;
            let m = 1 + r.below(12) as u8;
            let d = 1 + r.below(usize::from(days_in_month(y, m))) as u8;
            if (y, m, d) > published {
                y -= 1;
            }
            // A year back, February may be shorter.
            (y, m, d.min(days_in_month(y, m)))
        })
        .collect();
    dates.sort_unstable();
    dates
}

/// Lays the entries' sentences out in paragraphs of 4 to 8 sentences, taking the next entry of
/// a random kind each time (in proportion to what is left) so the kinds interleave as in a real
/// text, and records where each sentence went as the entry's citations.
fn lay_out(
    r: &mut Rng,
    actors: &mut [SActor],
    events: &mut [SEvent],
    claims: &mut [SClaim],
) -> Vec<String> {
    let (na, ne, nc) = (actors.len(), events.len(), claims.len());
    let count = na + ne + nc;
    let mut layout = Layout {
        paragraphs: Vec::with_capacity(count / 5 + 2),
        in_paragraph: 0,
        target: r.range(4, 8),
    };
    let (mut ia, mut ie, mut ic) = (0, 0, 0);
    while ia + ie + ic < count {
        let x = r.below(count - ia - ie - ic);
        if x < na - ia {
            let a = &mut actors[ia];
            layout.place(r, std::mem::take(&mut a.text), &mut a.cites);
            ia += 1;
        } else if x < na - ia + ne - ie {
            let e = &mut events[ie];
            layout.place(r, std::mem::take(&mut e.text), &mut e.cites);
            ie += 1;
        } else {
            let c = &mut claims[ic];
            layout.place(r, std::mem::take(&mut c.text), &mut c.cites);
            ic += 1;
        }
    }
    if layout.paragraphs.is_empty() {
        // A seed text needs a body even when the brief has no entries.
        layout
            .paragraphs
            .push("This brief has no entries yet.".to_string());
    }
    layout.paragraphs
}

/// Paragraphs being filled with sentences.
struct Layout {
    paragraphs: Vec<String>,
    /// Sentences in the last paragraph.
    in_paragraph: usize,
    /// Sentences the last paragraph is to have.
    target: usize,
}

impl Layout {
    /// Appends an entry's sentences and cites each where it landed (paragraphs count from 1).
    fn place(&mut self, r: &mut Rng, text: Vec<String>, cites: &mut Vec<Cite>) {
        for s in text {
            if self.paragraphs.is_empty() || self.in_paragraph >= self.target {
                self.paragraphs.push(String::with_capacity(1024));
                self.in_paragraph = 0;
                self.target = r.range(4, 8);
            }
            let p = self.paragraphs.last_mut().expect("just pushed");
            if !p.is_empty() {
                p.push(' ');
            }
            p.push_str(&s);
            self.in_paragraph += 1;
            cites.push((self.paragraphs.len(), quote_of(&s)));
        }
    }
}

/// Half of the actors also cite the first event sentence that names them first, as curators
/// cite an actor where it acts as well as where it is introduced.
fn cite_first_events(r: &mut Rng, actors: &mut [SActor], events: &[SEvent]) {
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
}

/// The brief's actors grouped by the roles they can play, owned while [`Cast`] borrows them.
struct Roles {
    agentive: Vec<usize>,
    speakers: Vec<usize>,
    media: Vec<usize>,
    everyone: Vec<usize>,
}

impl Roles {
    /// Groups `actors`. A group that would be empty (a tiny brief of media and places only)
    /// falls back to every actor, so drawing from it always works.
    fn of(actors: &[SActor]) -> Roles {
        let everyone: Vec<usize> = (0..actors.len()).collect();
        let which = |keep: &dyn Fn(Kind) -> bool| -> Vec<usize> {
            everyone
                .iter()
                .copied()
                .filter(|&i| keep(actors[i].kind))
                .collect()
        };
        let or_everyone = |group: Vec<usize>| {
            if group.is_empty() {
                everyone.clone()
            } else {
                group
            }
        };
        Roles {
            agentive: or_everyone(which(&|k| !matches!(k, Kind::Media | Kind::Place))),
            speakers: or_everyone(which(&|k| k != Kind::Place)),
            media: which(&|k| k == Kind::Media),
            everyone: everyone.clone(),
        }
    }

    fn cast<'a>(&'a self, actors: &'a [SActor], published: (i32, u8, u8)) -> Cast<'a> {
        Cast {
            actors,
            agentive: &self.agentive,
            speakers: &self.speakers,
            media: &self.media,
            everyone: &self.everyone,
            published,
        }
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

/// A policy-paper title about a region, two countries or a topic.
fn brief_title(r: &mut Rng) -> String {
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

/// An id from the first six words of `text`, numbered if a sibling already has it.
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
