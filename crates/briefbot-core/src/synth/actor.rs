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

pub(super) fn gen_actor(r: &mut Rng, seed: u64, used: &mut HashSet<String>) -> SActor {
    let mut attempt = 0;
    loop {
        attempt += 1;
        let kind = if attempt > 8 {
            Kind::Person
        } else {
            match r.below(100) {
                0..=44 => Kind::Person,
                45..=64 => Kind::State,
                65..=76 => Kind::Organisation,
                77..=86 => Kind::Body,
                87..=94 => Kind::Media,
                _ => Kind::Place,
            }
        };
        let (w, x) = two_words(r);
        let year = (1950 + r.below(60)).to_string();
        let slots = [('w', w), ('x', x), ('y', year.as_str())];
        let mut aliases = Vec::new();
        let (name, short, full, intro, profile);
        match kind {
            Kind::Person => {
                // A quarter are prominent figures who recur across briefs.
                let p = if r.chance(25) {
                    r.below(3000) as u64
                } else {
                    3000 + r.next() % (1 << 40)
                };
                let pe = person(seed, p);
                name = format!("{} {}", pe.given, pe.surname);
                if used.contains(&kebab(&name)) {
                    continue;
                }
                push_alias(&mut aliases, &name, pe.surname.clone());
                if let Some(a) = pe.role_alias {
                    push_alias(&mut aliases, &name, a);
                }
                if let Some(v) = variant(r, &pe.surname) {
                    push_alias(&mut aliases, &name, v.clone());
                    if r.chance(50) {
                        push_alias(&mut aliases, &name, format!("{} {v}", pe.given));
                    }
                }
                let vp = fill(r.pick(PERSON_VP), &slots);
                intro = format!("{name}, the {}, {vp}.", pe.role);
                profile = format!("The {}, who {vp}.", pe.role);
                short = pe.surname;
                full = name.clone();
            }
            Kind::State => {
                let (n, capital, adj) = country(r);
                name = n.to_string();
                if used.contains(&kebab(&name)) {
                    continue;
                }
                push_alias(&mut aliases, &name, capital.to_string());
                push_alias(&mut aliases, &name, format!("{adj} government"));
                if name.starts_with("United ") {
                    push_alias(&mut aliases, &name, acronym(&name));
                }
                if let Some(v) = variant(r, &name) {
                    push_alias(&mut aliases, &name, v);
                }
                let vp = fill(r.pick(STATE_VP), &slots);
                full = if matches!(n, "United States" | "United Kingdom" | "Philippines") {
                    format!("the {name}")
                } else {
                    name.clone()
                };
                intro = format!("{full} {vp}.");
                profile = format!("A state that {vp}.");
                short = name.clone();
            }
            Kind::Organisation => {
                match r.below(6) {
                    0..=3 => {
                        let purpose = r.pick(ORG_PURPOSE);
                        let ty = r.pick(ORG_TYPE);
                        name = format!("{} {} {purpose} {ty}", r.pick(ORG_DIR), r.pick(ORG_GEO));
                        push_alias(&mut aliases, &name, acronym(&name));
                        push_alias(&mut aliases, &name, format!("{purpose} {ty}"));
                    }
                    4 => {
                        let w = r.pick(COMMODITIES);
                        name = format!("{} {w} Producers Association", country(r).2);
                        push_alias(&mut aliases, &name, acronym(&name));
                        push_alias(&mut aliases, &name, format!("{w} Producers Association"));
                    }
                    _ => {
                        let (n, a) = r.pick(INTL_ORGS);
                        name = n.to_string();
                        for &alias in a {
                            push_alias(&mut aliases, &name, alias.to_string());
                        }
                    }
                }
                if used.contains(&kebab(&name)) {
                    continue;
                }
                let what = fill("was founded in {y} to campaign on the {w} {x}", &slots);
                let acr = acronym(&name);
                intro = if aliases.contains(&acr) {
                    format!("The {name} ({acr}) {what}.")
                } else {
                    format!("The {name} {what}.")
                };
                profile = format!("An organisation that {what}.");
                short = name.clone();
                full = format!("the {name}");
            }
            Kind::Body => {
                let (cname, capital, adj) = country(r);
                match r.below(6) {
                    0 => {
                        let p = r.pick(PORTFOLIOS);
                        name = format!("{adj} Ministry of {p}");
                        push_alias(&mut aliases, &name, format!("Ministry of {p}"));
                        push_alias(&mut aliases, &name, format!("{adj} {p} Ministry"));
                    }
                    1 => {
                        name = format!("Parliament of {cname}");
                        push_alias(&mut aliases, &name, format!("{adj} parliament"));
                        push_alias(&mut aliases, &name, format!("{capital} parliament"));
                    }
                    2 => {
                        name = format!("{adj} Armed Forces");
                        push_alias(&mut aliases, &name, format!("{adj} army"));
                        push_alias(&mut aliases, &name, format!("{adj} military"));
                    }
                    3 => {
                        name = format!("Central Bank of {cname}");
                        push_alias(&mut aliases, &name, format!("{adj} central bank"));
                    }
                    4 => {
                        name = format!("National Security Council of {cname}");
                        push_alias(&mut aliases, &name, format!("{adj} Security Council"));
                    }
                    _ => {
                        let (n, a) = r.pick(INTL_BODIES);
                        name = n.to_string();
                        for &alias in a {
                            push_alias(&mut aliases, &name, alias.to_string());
                        }
                    }
                }
                if used.contains(&kebab(&name)) {
                    continue;
                }
                let what = fill("is responsible for the {w} {x}", &slots);
                intro = format!("The {name} {what}.");
                profile = format!("The body that {what}.");
                short = name.clone();
                full = format!("the {name}");
            }
            Kind::Media => {
                let region = r.pick(MEDIA_REGION);
                let paper = r.pick(MEDIA_PAPER);
                name = format!("{region} {} {paper}", r.pick(MEDIA_FREQ));
                if used.contains(&kebab(&name)) {
                    continue;
                }
                push_alias(&mut aliases, &name, acronym(&name));
                push_alias(&mut aliases, &name, format!("{region} {paper}"));
                let what = fill("has covered the {w} {x} closely", &slots);
                intro = format!("The {name} {what}.");
                profile = format!("An outlet that {what}.");
                short = name.clone();
                full = format!("the {name}");
            }
            Kind::Place => {
                let is_city = r.chance(60);
                name = if is_city {
                    r.pick(CITIES)
                } else {
                    r.pick(REGIONS)
                }
                .to_string();
                if used.contains(&kebab(&name)) {
                    continue;
                }
                if let Some(v) = variant(r, &name) {
                    push_alias(&mut aliases, &name, v);
                }
                if is_city {
                    push_alias(&mut aliases, &name, format!("city of {name}"));
                } else if let Some((_, last)) = name.split_once(" of ") {
                    push_alias(&mut aliases, &name, last.to_string());
                } else if let Some((head, _)) = name.rsplit_once(' ') {
                    push_alias(&mut aliases, &name, head.to_string());
                } else {
                    push_alias(&mut aliases, &name, format!("{name} region"));
                }
                // Regions take the article: "the Sahel", "the Danube Basin".
                full = if is_city {
                    name.clone()
                } else {
                    format!("the {name}")
                };
                let what = fill("lies at the centre of the {w} {x}", &slots);
                intro = format!("{full} {what}.");
                profile = format!("A place that {what}.");
                short = name.clone();
            }
        }
        let id = kebab(&name);
        used.insert(id.clone());
        return SActor {
            id,
            name,
            kind,
            short,
            full,
            aliases,
            profile,
            text: vec![cap(&intro)],
            cites: Vec::with_capacity(2),
        };
    }
}
