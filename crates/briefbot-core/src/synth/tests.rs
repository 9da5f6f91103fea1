use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use super::actor::surname;
use super::event::add_days;
use super::queries::{typo_in, KINDS};
use super::rng::Rng;
use super::text::{acronym, and_list, fill, kebab, variant};
use super::vocab::{OFF_TOPIC, WORDS};
use super::*;
use crate::kb::{Library, Point, When};

fn spec(entries: usize, per_brief: usize) -> SynthSpec {
    SynthSpec {
        entries_per_brief: per_brief,
        ..SynthSpec::new(entries)
    }
}

fn load(dir: &Path) -> Library {
    Library::load(&dir.join("knowledge")).unwrap_or_else(|e| panic!("{e}"))
}

fn files(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).unwrap().to_path_buf();
                out.insert(rel, fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

#[test]
fn spec_counts() {
    assert_eq!(SynthSpec::new(0).briefs(), 1);
    assert_eq!(SynthSpec::new(1).briefs(), 1);
    assert_eq!(SynthSpec::new(500).briefs(), 1);
    assert_eq!(SynthSpec::new(501).briefs(), 2);
    assert_eq!(SynthSpec::new(1_000_000).briefs(), 2000);
    for s in [spec(1001, 500), spec(7, 3), spec(2000, 250), spec(5, 500)] {
        let total: usize = (0..s.briefs()).map(|i| s.brief_entries(i)).sum();
        assert_eq!(total, s.entries);
        assert!((0..s.briefs()).all(|i| s.brief_entries(i) <= s.entries_per_brief));
    }
}

#[test]
fn generated_library_loads_with_matching_counts() {
    let dir = tempfile::tempdir().unwrap();
    let s = spec(2000, 250);
    let summary = generate(dir.path(), &s).unwrap();
    assert_eq!(summary.briefs, 8);
    assert_eq!(summary.actors + summary.events + summary.claims, 2000);
    let library = load(dir.path());
    assert_eq!(library.briefs().len(), summary.briefs);
    assert_eq!(library.entry_count(), 2000);
    let sum = |f: fn(&crate::kb::Brief) -> usize| library.briefs().iter().map(f).sum::<usize>();
    assert_eq!(sum(|b| b.actors().len()), summary.actors);
    assert_eq!(sum(|b| b.events().len()), summary.events);
    assert_eq!(sum(|b| b.claims().len()), summary.claims);
    // Roughly 30/30/40.
    assert!((550..=650).contains(&summary.actors), "{summary:?}");
    assert!((550..=650).contains(&summary.events), "{summary:?}");
    assert!((750..=850).contains(&summary.claims), "{summary:?}");

    let mut precision: BTreeMap<&str, usize> = BTreeMap::new();
    let mut verdicts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut hedged = 0;
    for b in library.briefs() {
        assert_eq!(b.meta().publisher, "Synthetic Policy Institute");
        assert!(matches!(b.meta().published, Point::Day(2000..=2025, ..)));
        for e in b.events() {
            *precision.entry(e.when.precision()).or_default() += 1;
            if e.when != When::Undated {
                let (start, _) = e.when.span().unwrap();
                assert!(start <= b.meta().published.last_day(), "{}", e.id);
            }
        }
        for c in b.claims() {
            *verdicts.entry(c.verdict.as_str()).or_default() += 1;
            if let Some(h) = &c.hedge {
                hedged += 1;
                assert!(c.citations.iter().any(|q| q.quote.contains(h.as_str())));
            }
        }
        for a in b.actors() {
            assert!(
                (1..=4).contains(&a.aliases.len()),
                "{} {:?}",
                a.name,
                a.aliases
            );
        }
        for c in b.citations() {
            assert!(c.quote.len() < 300, "{}", c.quote);
            assert!(c.quote.ends_with('.') || c.quote.len() > 250);
        }
    }
    let events = summary.events as f64;
    let share = |k: &str| *precision.get(k).unwrap_or(&0) as f64 / events;
    assert!((0.4..0.6).contains(&share("day")), "{precision:?}");
    assert!((0.05..0.15).contains(&share("undated")), "{precision:?}");
    for k in ["month", "year", "range", "approximate"] {
        assert!(share(k) > 0.03, "{precision:?}");
    }
    let claims = summary.claims as f64;
    let vshare = |k: &str| *verdicts.get(k).unwrap_or(&0) as f64 / claims;
    assert!((0.5..0.7).contains(&vshare("supported")), "{verdicts:?}");
    assert!((0.05..0.15).contains(&vshare("disputed")), "{verdicts:?}");
    assert!((0.2..0.4).contains(&vshare("attributed")), "{verdicts:?}");
    assert!(hedged > 0);
}

#[test]
fn generation_is_deterministic() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let s = spec(1200, 250);
    assert_eq!(
        generate(a.path(), &s).unwrap(),
        generate(b.path(), &s).unwrap()
    );
    let (fa, fb) = (files(a.path()), files(b.path()));
    assert_eq!(fa.len(), 5 * s.briefs());
    assert!(fa == fb, "the two runs wrote different files");
    // Another seed gives another library.
    let c = tempfile::tempdir().unwrap();
    generate(c.path(), &SynthSpec { seed: 7, ..s }).unwrap();
    assert!(files(c.path()) != fa);
}

#[test]
fn tiny_libraries_load() {
    for s in [
        spec(1, 500),
        spec(2, 500),
        spec(3, 2),
        spec(10, 4),
        spec(37, 9),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let summary = generate(dir.path(), &s).unwrap();
        let library = load(dir.path());
        assert_eq!(library.entry_count(), s.entries, "{s:?}");
        assert_eq!(summary.briefs, s.briefs());
        for q in queries(&s, 20) {
            assert!(!q.text.trim().is_empty());
            if let Some(e) = &q.expect {
                let (brief, id) = e.split_once('/').unwrap();
                assert!(
                    library.brief(brief).and_then(|b| b.lookup(id)).is_some(),
                    "{e}"
                );
            }
        }
    }
}

#[test]
fn queries_are_deterministic_and_name_real_entries() {
    let dir = tempfile::tempdir().unwrap();
    let s = spec(2000, 250);
    generate(dir.path(), &s).unwrap();
    let library = load(dir.path());
    let qs = queries(&s, 200);
    assert_eq!(qs.len(), 1000);
    let key = |q: &BenchQuery| (q.kind, q.text.clone(), q.expect.clone());
    let again: Vec<_> = queries(&s, 200).iter().map(key).collect();
    assert_eq!(qs.iter().map(key).collect::<Vec<_>>(), again);
    let mut off_topic = 0;
    for (k, kind) in KINDS.iter().enumerate() {
        assert!(qs[k * 200..(k + 1) * 200].iter().all(|q| q.kind == *kind));
    }
    let vocabulary: Vec<String> = library
        .briefs()
        .iter()
        .flat_map(|b| {
            b.actors()
                .iter()
                .flat_map(|a| std::iter::once(&a.name).chain(&a.aliases))
        })
        .map(|n| n.to_lowercase())
        .collect();
    for q in &qs {
        assert!(!q.text.trim().is_empty(), "{q:?}");
        match &q.expect {
            Some(e) => {
                let (brief, id) = e.split_once('/').unwrap();
                let found = library.brief(brief).and_then(|b| b.lookup(id));
                assert!(found.is_some(), "{q:?}");
            }
            None => {
                off_topic += 1;
                if q.kind == QueryKind::Autocomplete {
                    let p = q.text.to_lowercase();
                    assert!(!vocabulary.iter().any(|n| n.starts_with(&p)), "{q:?}");
                }
            }
        }
    }
    assert!((10..=100).contains(&off_topic), "{off_topic}");
    // Actor and autocomplete queries expect actors, timeline ones events (or actors).
    for q in &qs {
        let Some(e) = &q.expect else { continue };
        let (brief, id) = e.split_once('/').unwrap();
        let (kind, _) = library.brief(brief).unwrap().lookup(id).unwrap();
        let ok = match q.kind {
            QueryKind::Actor | QueryKind::Autocomplete => kind.as_str() == "actor",
            QueryKind::Timeline => kind.as_str() == "event",
            QueryKind::Claim => kind.as_str() == "claim",
            QueryKind::Ask => true,
        };
        assert!(ok, "{q:?} -> {}", kind.as_str());
    }
}

#[test]
fn off_topic_words_are_not_in_the_vocabulary() {
    let dir = tempfile::tempdir().unwrap();
    generate(dir.path(), &spec(1500, 500)).unwrap();
    let mut text = String::new();
    for (path, bytes) in files(dir.path()) {
        if path.extension().is_some_and(|e| e == "txt") {
            text.push_str(&String::from_utf8(bytes).unwrap().to_lowercase());
        }
    }
    for w in OFF_TOPIC {
        assert!(!text.contains(w), "{w}");
    }
    let mut seen = HashSet::new();
    for w in WORDS {
        assert!(seen.insert(*w), "{w} is listed twice");
        assert!(
            !OFF_TOPIC.iter().any(|o| o.contains(w) || w.contains(o)),
            "{w}"
        );
    }
}

#[test]
fn noise_helpers() {
    let mut r = Rng(1);
    for _ in 0..200 {
        let t = typo_in(&mut r, "Valdemar signs grain");
        assert_ne!(t, "Valdemar signs grain");
        assert!(t.starts_with('V') || t.starts_with("Valdemar"));
    }
    assert_eq!(typo_in(&mut r, "a b c"), "a b c");
    assert_eq!(
        fill("{a} x {b} {z}", &[('a', "1"), ('b', "2")]),
        "1 x 2 {z}"
    );
    assert_eq!(
        fill(
            "a {w} offensive, a {x} plan",
            &[('w', "energy"), ('x', "uranium")]
        ),
        "an energy offensive, a uranium plan"
    );
    let mut r = Rng(9);
    assert!((0..500).all(|_| !surname(&mut r).contains("sss")));
    assert_eq!(kebab("Northern Coast - Front "), "northern-coast-front");
    assert_eq!(acronym("Northern Coast Liberation Front"), "NCLF");
    assert_eq!(add_days((2011, 12, 28), 7), (2012, 1, 4));
    assert_eq!(
        and_list(&["A".into(), "B".into(), "C".into()]),
        "A, B and C"
    );
    let v = variant(&mut Rng(3), "Koussoulou").unwrap();
    assert_ne!(v, "Koussoulou");
}
