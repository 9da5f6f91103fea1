//! One synthetic actor of any kind: its name, aliases a reader might use, its profile and the
//! sentence of the seed text that introduces it.

use std::collections::HashSet;

use super::brief::Cite;
use super::rng::{mix, Rng};
use super::text::{acronym, cap, fill, kebab, variant};
use super::vocab::*;
// Synthetic actors have the knowledge base's own kinds, written as the loader reads them.
use crate::kb::ActorKind as Kind;

pub(super) struct SActor {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) kind: Kind,
    /// How titles name it (surname, or the name).
    pub(super) short: String,
    /// How sentences name it in full ("the Baltic Daily Herald").
    pub(super) full: String,
    pub(super) aliases: Vec<String>,
    pub(super) profile: String,
    pub(super) text: Vec<String>,
    pub(super) cites: Vec<Cite>,
}

impl SActor {
    /// A mention for a sentence: people by full name or surname, the rest by full name.
    pub(super) fn mention(&self, r: &mut Rng) -> &str {
        if self.kind == Kind::Person && r.chance(50) {
            &self.short
        } else {
            &self.full
        }
    }
}
pub(super) fn surname(r: &mut Rng) -> String {
    let mut s = String::with_capacity(16);
    s.push_str(r.pick(SUR_START));
    s.push_str(r.pick(SUR_MID));
    s.push_str(r.pick(SUR_END));
    // No letter three times in a row ("Usssan").
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(&format!("{c}{c}")) {
            out.push(c);
        }
    }
    out
}

pub(super) fn random_name(r: &mut Rng) -> String {
    format!("{} {}", r.pick(GIVEN), surname(r))
}

/// A person of the global pool: the same `p` is the same person (name and role) in every brief.
pub(super) struct Person {
    pub(super) given: &'static str,
    pub(super) surname: String,
    pub(super) role: String,
    pub(super) role_alias: Option<String>,
}

pub(super) fn person(seed: u64, p: u64) -> Person {
    let mut r = Rng(mix(seed ^ 0x7065_7273_6f6e, p));
    let given = r.pick(GIVEN);
    let surname = surname(&mut r);
    let (name, _, adj) = country(&mut r);
    let portfolio = r.pick(PORTFOLIOS);
    let (role, role_alias) = match r.below(100) {
        0..=39 => (
            format!("{portfolio} Minister of {name}"),
            Some(format!("Minister {surname}")),
        ),
        40..=47 => (
            format!("President of {name}"),
            Some(format!("President {surname}")),
        ),
        48..=55 => (
            format!("Prime Minister of {name}"),
            Some(format!("Prime Minister {surname}")),
        ),
        56..=65 => (
            format!("ambassador of {name} to {}", country(&mut r).0),
            Some(format!("Ambassador {surname}")),
        ),
        66..=75 => (
            format!("spokesperson for the {adj} Ministry of {portfolio}"),
            None,
        ),
        76..=83 => (format!("governor of {}", r.pick(CITIES)), None),
        84..=91 => (
            format!("commander of the {adj} Armed Forces"),
            Some(format!("General {surname}")),
        ),
        _ => (format!("senior adviser to the {adj} government"), None),
    };
    Person {
        given,
        surname,
        role,
        role_alias,
    }
}

pub(super) fn push_alias(aliases: &mut Vec<String>, name: &str, alias: String) {
    if aliases.len() < 4
        && !alias.is_empty()
        && !alias.eq_ignore_ascii_case(name)
        && !aliases.iter().any(|a| a.eq_ignore_ascii_case(&alias))
    {
        aliases.push(alias);
    }
}

/// How often each kind is drawn, as cumulative percentages: a person below 45, a state below 65,
/// and so on.
const KIND_SHARES: [(usize, Kind); 6] = [
    (45, Kind::Person),
    (65, Kind::State),
    (77, Kind::Organisation),
    (87, Kind::Body),
    (95, Kind::Media),
    (100, Kind::Place),
];

/// Placeholders of the sentence templates an actor's introduction fills: `{w}` and `{x}` a
/// policy word and head noun, `{y}` a year.
type Slots<'a> = [(char, &'a str); 3];

/// What drafting an actor of one kind decides; [`gen_actor`] adds its id and its sentence.
struct Draft {
    name: String,
    /// How titles name it.
    short: String,
    /// How sentences name it in full.
    full: String,
    aliases: Vec<String>,
    /// The seed sentence that introduces it.
    intro: String,
    profile: String,
}

/// A name and the aliases collected for it so far, before the sentences are written.
struct Named {
    name: String,
    aliases: Vec<String>,
}

impl Named {
    fn new(name: String) -> Named {
        Named {
            name,
            aliases: Vec::new(),
        }
    }

    fn alias(&mut self, alias: String) {
        push_alias(&mut self.aliases, &self.name, alias);
    }

    fn draft(self, short: String, full: String, intro: String, profile: String) -> Draft {
        Draft {
            name: self.name,
            short,
            full,
            aliases: self.aliases,
            intro,
            profile,
        }
    }
}

/// Whether an actor of this name is already in the brief (its id would clash).
fn taken(used: &HashSet<String>, name: &str) -> bool {
    used.contains(&kebab(name))
}

/// One actor whose id is not yet `used`. Countries, cities and prominent people recur, so a draw
/// can come out taken and is redrawn; after eight tries only people are drawn, whose generated
/// names are almost all distinct, so the loop ends even in a brief that has used every country.
pub(super) fn gen_actor(r: &mut Rng, seed: u64, used: &mut HashSet<String>) -> SActor {
    let mut attempt = 0;
    loop {
        attempt += 1;
        let kind = if attempt > 8 {
            Kind::Person
        } else {
            let x = r.below(100);
            KIND_SHARES
                .iter()
                .find(|&&(below, _)| x < below)
                .map_or(Kind::Place, |&(_, kind)| kind)
        };
        let (w, x) = two_words(r);
        let year = (1950 + r.below(60)).to_string();
        let slots = [('w', w), ('x', x), ('y', year.as_str())];
        let draft = match kind {
            Kind::Person => draft_person(r, seed, used, &slots),
            Kind::State => draft_state(r, used, &slots),
            Kind::Organisation => draft_organisation(r, used, &slots),
            Kind::Body => draft_body(r, used, &slots),
            Kind::Media => draft_media(r, used, &slots),
            Kind::Place => draft_place(r, used, &slots),
        };
        let Some(d) = draft else { continue };
        let id = kebab(&d.name);
        used.insert(id.clone());
        return SActor {
            id,
            name: d.name,
            kind,
            short: d.short,
            full: d.full,
            aliases: d.aliases,
            profile: d.profile,
            text: vec![cap(&d.intro)],
            cites: Vec::with_capacity(2),
        };
    }
}

fn draft_person(r: &mut Rng, seed: u64, used: &HashSet<String>, slots: &Slots) -> Option<Draft> {
    // A quarter are prominent figures who recur across briefs.
    let p = if r.chance(25) {
        r.below(3000) as u64
    } else {
        3000 + r.next() % (1 << 40)
    };
    let pe = person(seed, p);
    let mut n = Named::new(format!("{} {}", pe.given, pe.surname));
    if taken(used, &n.name) {
        return None;
    }
    n.alias(pe.surname.clone());
    if let Some(a) = pe.role_alias {
        n.alias(a);
    }
    if let Some(v) = variant(r, &pe.surname) {
        n.alias(v.clone());
        if r.chance(50) {
            n.alias(format!("{} {v}", pe.given));
        }
    }
    let vp = fill(r.pick(PERSON_VP), slots);
    let intro = format!("{}, the {}, {vp}.", n.name, pe.role);
    let profile = format!("The {}, who {vp}.", pe.role);
    let full = n.name.clone();
    Some(n.draft(pe.surname, full, intro, profile))
}

fn draft_state(r: &mut Rng, used: &HashSet<String>, slots: &Slots) -> Option<Draft> {
    let (name, capital, adj) = country(r);
    let mut n = Named::new(name.to_string());
    if taken(used, name) {
        return None;
    }
    n.alias(capital.to_string());
    n.alias(format!("{adj} government"));
    if name.starts_with("United ") {
        n.alias(acronym(name));
    }
    if let Some(v) = variant(r, name) {
        n.alias(v);
    }
    let vp = fill(r.pick(STATE_VP), slots);
    // Sentences give these names their article: "the United States".
    let full = if matches!(name, "United States" | "United Kingdom" | "Philippines") {
        format!("the {name}")
    } else {
        name.to_string()
    };
    let intro = format!("{full} {vp}.");
    let profile = format!("A state that {vp}.");
    Some(n.draft(name.to_string(), full, intro, profile))
}

fn draft_organisation(r: &mut Rng, used: &HashSet<String>, slots: &Slots) -> Option<Draft> {
    let n = match r.below(6) {
        0..=3 => {
            let purpose = r.pick(ORG_PURPOSE);
            let ty = r.pick(ORG_TYPE);
            let mut n = Named::new(format!(
                "{} {} {purpose} {ty}",
                r.pick(ORG_DIR),
                r.pick(ORG_GEO)
            ));
            n.alias(acronym(&n.name));
            n.alias(format!("{purpose} {ty}"));
            n
        }
        4 => {
            let w = r.pick(COMMODITIES);
            let mut n = Named::new(format!("{} {w} Producers Association", country(r).2));
            n.alias(acronym(&n.name));
            n.alias(format!("{w} Producers Association"));
            n
        }
        _ => international(r.pick(INTL_ORGS)),
    };
    if taken(used, &n.name) {
        return None;
    }
    let what = fill("was founded in {y} to campaign on the {w} {x}", slots);
    let acr = acronym(&n.name);
    let intro = if n.aliases.contains(&acr) {
        format!("The {} ({acr}) {what}.", n.name)
    } else {
        format!("The {} {what}.", n.name)
    };
    let profile = format!("An organisation that {what}.");
    let (short, full) = (n.name.clone(), format!("the {}", n.name));
    Some(n.draft(short, full, intro, profile))
}

/// An international organisation or body with its usual short names.
fn international((name, aliases): (&str, &[&str])) -> Named {
    let mut n = Named::new(name.to_string());
    for &alias in aliases {
        n.alias(alias.to_string());
    }
    n
}

fn draft_body(r: &mut Rng, used: &HashSet<String>, slots: &Slots) -> Option<Draft> {
    let (cname, capital, adj) = country(r);
    let n = match r.below(6) {
        0 => {
            let p = r.pick(PORTFOLIOS);
            let mut n = Named::new(format!("{adj} Ministry of {p}"));
            n.alias(format!("Ministry of {p}"));
            n.alias(format!("{adj} {p} Ministry"));
            n
        }
        1 => {
            let mut n = Named::new(format!("Parliament of {cname}"));
            n.alias(format!("{adj} parliament"));
            n.alias(format!("{capital} parliament"));
            n
        }
        2 => {
            let mut n = Named::new(format!("{adj} Armed Forces"));
            n.alias(format!("{adj} army"));
            n.alias(format!("{adj} military"));
            n
        }
        3 => {
            let mut n = Named::new(format!("Central Bank of {cname}"));
            n.alias(format!("{adj} central bank"));
            n
        }
        4 => {
            let mut n = Named::new(format!("National Security Council of {cname}"));
            n.alias(format!("{adj} Security Council"));
            n
        }
        _ => international(r.pick(INTL_BODIES)),
    };
    if taken(used, &n.name) {
        return None;
    }
    let what = fill("is responsible for the {w} {x}", slots);
    let intro = format!("The {} {what}.", n.name);
    let profile = format!("The body that {what}.");
    let (short, full) = (n.name.clone(), format!("the {}", n.name));
    Some(n.draft(short, full, intro, profile))
}

fn draft_media(r: &mut Rng, used: &HashSet<String>, slots: &Slots) -> Option<Draft> {
    let region = r.pick(MEDIA_REGION);
    let paper = r.pick(MEDIA_PAPER);
    let mut n = Named::new(format!("{region} {} {paper}", r.pick(MEDIA_FREQ)));
    if taken(used, &n.name) {
        return None;
    }
    n.alias(acronym(&n.name));
    n.alias(format!("{region} {paper}"));
    let what = fill("has covered the {w} {x} closely", slots);
    let intro = format!("The {} {what}.", n.name);
    let profile = format!("An outlet that {what}.");
    let (short, full) = (n.name.clone(), format!("the {}", n.name));
    Some(n.draft(short, full, intro, profile))
}

fn draft_place(r: &mut Rng, used: &HashSet<String>, slots: &Slots) -> Option<Draft> {
    let is_city = r.chance(60);
    let name = if is_city {
        r.pick(CITIES)
    } else {
        r.pick(REGIONS)
    };
    if taken(used, name) {
        return None;
    }
    let mut n = Named::new(name.to_string());
    if let Some(v) = variant(r, name) {
        n.alias(v);
    }
    if is_city {
        n.alias(format!("city of {name}"));
    } else if let Some((_, last)) = name.split_once(" of ") {
        n.alias(last.to_string());
    } else if let Some((head, _)) = name.rsplit_once(' ') {
        n.alias(head.to_string());
    } else {
        n.alias(format!("{name} region"));
    }
    // Regions take the article: "the Sahel", "the Danube Basin".
    let full = if is_city {
        name.to_string()
    } else {
        format!("the {name}")
    };
    let what = fill("lies at the centre of the {w} {x}", slots);
    let intro = format!("{full} {what}.");
    let profile = format!("A place that {what}.");
    Some(n.draft(name.to_string(), full, intro, profile))
}
