//! The index snapshot: a library read back from it answers exactly as the full load does, and it
//! is never used once any file it came from has changed, a brief was added, or it is damaged.

use std::path::Path;

use crate::common::Fixture;
use briefbot_core::commands::{Options, Request};
use briefbot_core::engine::Engine;
use briefbot_core::snapshot::{self, Miss, Source};
use briefbot_core::synth::{self, QueryKind, SynthSpec};

/// Every search command's whole answer, as JSON, for a set of requests.
fn answers(engine: &Engine, requests: &[Request]) -> Vec<String> {
    requests
        .iter()
        .map(|r| {
            let reply = engine.run(r, &Options::default());
            serde_json::to_string(&reply.map_err(|e| e.to_string())).unwrap()
        })
        .collect()
}

fn requests_for_bundled() -> Vec<Request> {
    vec![
        Request::Timeline(None),
        Request::Timeline(Some("oct 25".into())),
        Request::Timeline(Some("when did Russia veto".into())),
        Request::Actor("Marzouk".into()),
        Request::Actor("Russia Today".into()),
        Request::Claim("Russia vetoed a US resolution".into()),
        Request::Ask("who is Ali Baraka?".into()),
        Request::Ask("what is the capital of France".into()),
        Request::Brief(None),
        Request::Source(3),
    ]
}

fn expect_full(source: Source) -> (Miss, bool) {
    match source {
        Source::Full { miss, written } => (miss, written),
        Source::Snapshot => panic!("expected a full load, got the snapshot"),
    }
}

#[test]
fn first_load_writes_it_and_the_second_reads_it_with_identical_answers() {
    let f = Fixture::new();
    let cache = f.dir.path().join("cache/index.snapshot");
    let (full, source) = snapshot::load(&f.knowledge(), &cache).unwrap();
    let (miss, written) = expect_full(source);
    assert!(matches!(miss, Miss::Missing(_)), "{miss}");
    assert!(written && cache.is_file());
    let (fast, source) = snapshot::load(&f.knowledge(), &cache).unwrap();
    assert!(matches!(source, Source::Snapshot), "{source:?}");
    assert_eq!(fast.library().version(), full.library().version());
    let requests = requests_for_bundled();
    assert_eq!(answers(&fast, &requests), answers(&full, &requests));
}

#[test]
fn a_synthetic_library_answers_identically_from_the_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let spec = SynthSpec::new(3_000);
    synth::generate(dir.path(), &spec).unwrap();
    let root = dir.path().join("knowledge");
    let cache = dir.path().join("index.snapshot");
    let full = Engine::load(&root).unwrap();
    snapshot::save(&full, &cache).unwrap();
    let fast = snapshot::read(&root, &cache).unwrap();
    let requests: Vec<Request> = synth::queries(&spec, 60)
        .into_iter()
        .map(|q| match q.kind {
            QueryKind::Timeline => Request::Timeline(Some(q.text)),
            QueryKind::Actor | QueryKind::Autocomplete => Request::Actor(q.text),
            QueryKind::Claim => Request::Claim(q.text),
            QueryKind::Ask => Request::Ask(q.text),
        })
        .collect();
    assert!(requests.len() >= 60);
    assert_eq!(answers(&fast, &requests), answers(&full, &requests));
    assert_eq!(fast.index().len(), full.index().len());
}

/// Each way the files can change since the snapshot was written, and the miss it must cause.
#[test]
fn any_change_to_the_knowledge_base_makes_it_stale() {
    type Change = fn(&Fixture);
    let cases: &[(&str, Change, &str)] = &[
        (
            "an entry file edited",
            |f| {
                f.edit("actors.json", |t| t.replace("Ali Baraka", "Ali Barakah"));
            },
            "actors.json changed",
        ),
        (
            "the seed edited",
            |f| {
                let seed = std::fs::read_dir(f.dir.path().join("seeds"))
                    .unwrap()
                    .next()
                    .unwrap()
                    .unwrap()
                    .path();
                let text = std::fs::read_to_string(&seed).unwrap();
                std::fs::write(&seed, text + "\n").unwrap();
            },
            "changed",
        ),
        (
            "a brief added",
            |f| {
                let to = f.knowledge().join("zz-new");
                std::fs::create_dir_all(&to).unwrap();
                std::fs::copy(f.file("brief.json"), to.join("brief.json")).unwrap();
            },
            "added or removed",
        ),
    ];
    for (what, change, reason) in cases {
        let f = Fixture::new();
        let cache = f.dir.path().join("index.snapshot");
        snapshot::load(&f.knowledge(), &cache).unwrap();
        // Modification times can be coarse; make sure the edit lands on a later tick.
        std::thread::sleep(std::time::Duration::from_millis(20));
        change(&f);
        match snapshot::read(&f.knowledge(), &cache) {
            Err(Miss::Stale(why)) => assert!(why.contains(reason), "{what}: {why}"),
            Err(other) => panic!("{what}: wrong miss: {other}"),
            Ok(_) => panic!("{what}: a stale snapshot was used"),
        }
    }
}

#[test]
fn an_edit_is_seen_and_a_broken_edit_is_reported_not_hidden_by_the_snapshot() {
    let f = Fixture::new();
    let cache = f.dir.path().join("index.snapshot");
    snapshot::load(&f.knowledge(), &cache).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    f.edit_json("actors.json", |v| {
        for a in v.as_array_mut().unwrap() {
            if a["id"] == "ali-baraka" {
                a["profile"] = "A Hamas official (profile edited after the snapshot).".into();
            }
        }
    });
    let (engine, source) = snapshot::load(&f.knowledge(), &cache).unwrap();
    assert!(matches!(expect_full(source).0, Miss::Stale(_)));
    let a = engine
        .answer(&Request::Actor("Ali Baraka".into()), &Options::default())
        .unwrap();
    assert!(a.results[0].summary.contains("edited after the snapshot"));
    // The rewritten snapshot is of the edited files.
    let (_, source) = snapshot::load(&f.knowledge(), &cache).unwrap();
    assert!(matches!(source, Source::Snapshot));
    std::thread::sleep(std::time::Duration::from_millis(20));
    f.edit("actors.json", |t| t.replacen('[', "", 1));
    let err = snapshot::load(&f.knowledge(), &cache)
        .err()
        .expect("broken JSON must fail");
    assert!(err.to_string().contains("actors.json"), "{err}");
}

#[test]
fn a_damaged_snapshot_is_replaced_never_trusted() {
    type Damage = fn(&Path);
    let damages: &[(&str, Damage)] = &[
        ("emptied", |p| std::fs::write(p, b"").unwrap()),
        ("not a snapshot", |p| {
            std::fs::write(p, b"hello world, this is not it").unwrap()
        }),
        ("truncated", |p| {
            let bytes = std::fs::read(p).unwrap();
            std::fs::write(p, &bytes[..bytes.len() / 2]).unwrap();
        }),
        // The header names the knowledge files; damage there must read as damage, not as a
        // knowledge base that changed.
        ("a byte flipped in the header", |p| {
            let mut bytes = std::fs::read(p).unwrap();
            let n = bytes.len();
            bytes[n - 40] ^= 0x5a;
            std::fs::write(p, &bytes).unwrap();
        }),
        ("a byte flipped in every part", |p| {
            let mut bytes = std::fs::read(p).unwrap();
            let n = bytes.len();
            for i in (40..n - 200).step_by(997) {
                bytes[i] ^= 0x5a;
            }
            std::fs::write(p, &bytes).unwrap();
        }),
    ];
    for (what, damage) in damages {
        let f = Fixture::new();
        let cache = f.dir.path().join("index.snapshot");
        snapshot::load(&f.knowledge(), &cache).unwrap();
        damage(&cache);
        // Every part carries a checksum, so any damage is caught: reading fails cleanly, never
        // panics and never yields a library that answers differently.
        let result = std::panic::catch_unwind(|| snapshot::read(&f.knowledge(), &cache));
        let read = result.unwrap_or_else(|_| panic!("{what}: reading panicked"));
        assert!(read.is_err(), "{what}: a damaged snapshot was used");
        let (_, source) = snapshot::load(&f.knowledge(), &cache).unwrap();
        let (miss, written) = expect_full(source);
        assert!(
            matches!(miss, Miss::Corrupt { .. }),
            "{what}: wrong miss {miss}"
        );
        assert!(written, "{what}: not rewritten");
        let (_, source) = snapshot::load(&f.knowledge(), &cache).unwrap();
        assert!(matches!(source, Source::Snapshot), "{what}");
    }
}

#[test]
fn a_snapshot_of_another_directory_is_not_used() {
    let a = Fixture::new();
    let b = Fixture::new();
    let cache = a.dir.path().join("index.snapshot");
    snapshot::load(&a.knowledge(), &cache).unwrap();
    match snapshot::read(&b.knowledge(), &cache) {
        Err(Miss::OtherRoot(root)) => assert_eq!(root, a.knowledge()),
        other => panic!("expected OtherRoot, got {:?}", other.err()),
    }
}

/// The whole timeline of a library stops at the result limit, across briefs too: a brief after
/// the one that reached it adds nothing.
#[test]
fn the_whole_timeline_of_a_library_stops_at_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let spec = SynthSpec::new(3_000);
    synth::generate(dir.path(), &spec).unwrap();
    let engine = Engine::load(&dir.path().join("knowledge")).unwrap();
    let events: usize = engine
        .library()
        .briefs()
        .iter()
        .map(|b| b.events().len())
        .sum();
    assert!(
        events > briefbot_core::search::MAX_RESULTS && engine.library().briefs().len() > 2,
        "the library must have more events than the limit, over several briefs"
    );
    let answer = engine
        .answer(
            &Request::Timeline(None),
            &Options {
                limit: usize::MAX,
                brief: None,
            },
        )
        .unwrap();
    assert_eq!(answer.results.len(), briefbot_core::search::MAX_RESULTS);
}
