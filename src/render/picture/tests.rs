//! Golden pictures of the bundled brief, and the geometric checks behind "labels never
//! overlap". Set `BRIEFBOT_BLESS=1` to rewrite the golden files after an intended change, then
//! look at the PNGs before committing them.

use std::path::PathBuf;
use std::sync::OnceLock;

use resvg::usvg;

use super::layout::{layout, Layout, Rect};
use super::*;
use crate::commands::{Options, Request};
use crate::kb::Point;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("knowledge");
        Engine::load(&root).expect("the bundled knowledge base loads")
    })
}

/// The picture a `/timeline` answer to `query` carries.
pub(crate) fn timeline_for(query: Option<&str>) -> Timeline {
    let options = Options {
        limit: 50,
        brief: None,
    };
    let a = engine()
        .answer(&Request::Timeline(query.map(str::to_string)), &options)
        .expect("the query runs");
    Timeline::of_answer(engine(), &a).expect("the answer names the bundled brief")
}

/// (golden file name, query): the whole timeline, a date, a range, an undated event and a
/// query nothing matches.
const GOLDEN: [(&str, Option<&str>); 5] = [
    ("whole", None),
    ("date-oct-16", Some("oct 16")),
    ("range-1990s", Some("the 1990s")),
    ("undated-al-ahli", Some("al-ahli hospital explosion")),
    ("empty-july-4", Some("july 4")),
];

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/picture")
}

fn bless() -> bool {
    std::env::var_os("BRIEFBOT_BLESS").is_some()
}

/// Decodes a PNG to RGB pixels.
fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut d = ::png::Decoder::new(bytes);
    d.set_transformations(::png::Transformations::EXPAND);
    let mut r = d.read_info().expect("a PNG");
    let mut buf = vec![0; r.output_buffer_size()];
    let info = r.next_frame(&mut buf).expect("a frame");
    buf.truncate(info.buffer_size());
    assert_eq!(info.color_type, ::png::ColorType::Rgb);
    (info.width, info.height, buf)
}

/// Pixels of two same-sized PNGs that differ by more than a shade (as the golden test counts),
/// as a share of all pixels.
fn differing_share(a: &[u8], b: &[u8]) -> f64 {
    let (w0, h0, a) = decode(a);
    let (w1, h1, b) = decode(b);
    assert_eq!((w0, h0), (w1, h1), "dimensions");
    let differing = a
        .chunks_exact(3)
        .zip(b.chunks_exact(3))
        .filter(|(x, y)| x.iter().zip(y.iter()).any(|(p, q)| p.abs_diff(*q) > 40))
        .count();
    differing as f64 / f64::from(w0 * h0)
}

#[test]
fn the_png_draws_what_the_svg_says() {
    // The PNG is drawn from the shapes and the text runs separately; resvg drawing the whole
    // SVG, text and all, must give the same picture within the golden test's tolerance.
    let mut cases: Vec<(String, Timeline)> = GOLDEN
        .iter()
        .map(|(name, query)| (name.to_string(), timeline_for(*query)))
        .collect();
    cases.push(("seed 3, 60 events".into(), synthetic(3, 60)));
    for (name, t) in cases {
        let p = render(&t).unwrap();
        let reference = png::encode(&png::rasterise_svg(&p.svg).unwrap()).unwrap();
        let share = differing_share(&p.png, &reference);
        eprintln!("{name}: {share:.5} of the pixels differ from resvg's drawing");
        assert!(share < 0.002, "{name}: {share:.4} of the pixels differ");
    }
}

#[test]
fn golden_pictures_match() {
    let dir = golden_dir();
    for (name, query) in GOLDEN {
        let t = timeline_for(query);
        let p = render(&t).expect("the picture draws");
        let svg_path = dir.join(format!("{name}.svg"));
        let png_path = dir.join(format!("{name}.png"));
        if bless() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&svg_path, &p.svg).unwrap();
            std::fs::write(&png_path, &p.png).unwrap();
            continue;
        }
        let want_svg = std::fs::read_to_string(&svg_path)
            .unwrap_or_else(|e| panic!("{}: {e}; run with BRIEFBOT_BLESS=1", svg_path.display()));
        assert_eq!(p.svg, want_svg, "{name}: the SVG changed");
        // The PNG is compared with a tolerance: a rasteriser update may move an anti-aliased
        // edge by a shade without changing the picture.
        let want = std::fs::read(&png_path).unwrap();
        let share = differing_share(&want, &p.png);
        eprintln!("{name}: {share:.5} of the pixels differ from the golden PNG");
        assert!(share < 0.002, "{name}: {share:.4} of the pixels differ");
    }
}

#[test]
fn golden_pictures_show_what_was_asked() {
    // (query, highlighted ids, caption contains)
    let cases: [(Option<&str>, &[&str], &str); 5] = [
        (
            None,
            &[],
            "The whole timeline: 25 events, 8 of them undated",
        ),
        (
            Some("oct 16"),
            &[
                "putin-netanyahu-phone-call",
                "russia-unsc-ceasefire-resolution",
            ],
            "2 matching events highlighted",
        ),
        (
            Some("the 1990s"),
            &["russia-condemns-hamas-1990s-2006"],
            "1 matching event",
        ),
        (
            Some("al-ahli hospital explosion"),
            &["al-ahli-hospital-explosion"],
            "highlighted",
        ),
        (Some("july 4"), &[], "Nothing matches “july 4”"),
    ];
    for (query, ids, caption) in cases {
        let t = timeline_for(query);
        assert_eq!(
            t.events.len(),
            25,
            "{query:?}: the brief's whole timeline is drawn"
        );
        assert!(t.caption.contains(caption), "{query:?}: {}", t.caption);
        for id in ids {
            assert!(
                t.events.iter().any(|e| e.id == *id && e.highlighted),
                "{query:?}: {id} highlighted"
            );
        }
        if ids.is_empty() {
            assert!(t.events.iter().all(|e| !e.highlighted), "{query:?}");
        }
    }
}

/// Every label stays inside the picture, no two labels overlap, and no leader line crosses
/// another event's label.
fn assert_no_overlap(name: &str, l: &Layout) {
    for (i, a) in l.labels.iter().enumerate() {
        assert!(
            a.rect.x >= 0.0 && a.rect.right() <= l.width && a.rect.bottom() <= l.height,
            "{name}: label {:?} leaves the picture",
            a.text
        );
        for b in &l.labels[i + 1..] {
            assert!(
                !a.rect.overlaps(&b.rect),
                "{name}: {:?} overlaps {:?}",
                a.text,
                b.text
            );
        }
        for b in &l.labels {
            if b.event == a.event {
                continue;
            }
            let (x, top, bottom) = b.leader;
            let line = Rect {
                x: x - 0.5,
                y: top,
                w: 1.0,
                h: bottom - top,
            };
            assert!(
                !a.rect.overlaps(&line),
                "{name}: the leader of {:?} crosses {:?}",
                b.text,
                a.text
            );
        }
    }
}

/// The labels' boxes as usvg lays the text out with the bundled font.
fn drawn_label_boxes(svg: &str) -> Vec<(String, usvg::Rect)> {
    let options = usvg::Options {
        fontdb: font::database(),
        font_family: font::FAMILY.to_string(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).expect("the SVG parses");
    let mut out = Vec::new();
    for node in tree.root().children() {
        if let usvg::Node::Text(t) = node {
            if t.id().starts_with("label-") {
                out.push((t.id().to_string(), t.abs_bounding_box()));
            }
        }
    }
    out
}

#[test]
fn labels_never_overlap_in_the_golden_pictures_as_drawn() {
    for (name, query) in GOLDEN {
        let t = timeline_for(query);
        let l = layout(&t);
        assert_no_overlap(name, &l);
        let svg = svg::svg(&l);
        let boxes = drawn_label_boxes(&svg);
        assert_eq!(
            boxes.len(),
            l.labels.len(),
            "{name}: every label is drawn as text"
        );
        for (k, (id, b)) in boxes.iter().enumerate() {
            // The drawn text lies within the box the layout reserved (the measured width).
            let r = l.labels[id["label-".len()..].parse::<usize>().unwrap()].rect;
            assert!(
                b.left() >= r.x - 1.0 && b.right() <= r.right() + 1.0,
                "{name}: {id} drawn over {}..{}, reserved {}..{}",
                b.left(),
                b.right(),
                r.x,
                r.right()
            );
            for (id2, c) in &boxes[k + 1..] {
                let apart = b.right() <= c.left() + 0.5
                    || c.right() <= b.left() + 0.5
                    || b.bottom() <= c.top() + 0.5
                    || c.bottom() <= b.top() + 0.5;
                assert!(apart, "{name}: {id} and {id2} overlap as drawn");
            }
        }
    }
}

/// A deterministic stand-in for a random timeline: `n` events mixing days of one dense month,
/// years, ranges, approximate dates and undated events.
fn synthetic(seed: u64, n: usize) -> Timeline {
    let mut s = seed;
    let mut next = |m: u64| {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (s >> 33) % m
    };
    let words = [
        "Russia",
        "Hamas",
        "vetoes",
        "the Security Council",
        "delegation visits Moscow",
        "phone call",
        "interview",
        "statement on",
        "ceasefire resolution",
        "Dagestan",
    ];
    let events = (0..n)
        .map(|i| {
            let when = match next(6) {
                0 | 1 => When::On(Point::Day(2023, 10, 1 + next(30) as u8)),
                2 => When::On(Point::Year(1995 + next(20) as i32)),
                3 => {
                    let y = 1990 + next(20) as i32;
                    When::Range(Point::Year(y), Point::Year(y + 1 + next(5) as i32))
                }
                4 => When::Approx(Point::Day(2023, 10, 1 + next(30) as u8)),
                _ => When::Undated,
            };
            let title: Vec<&str> = (0..2 + next(4))
                .map(|_| words[next(words.len() as u64) as usize])
                .collect();
            Mark {
                id: format!("e{i}"),
                when,
                title: title.join(" "),
                paragraph: Some(1 + next(12) as usize),
                highlighted: next(8) == 0,
            }
        })
        .collect();
    Timeline {
        heading: "Synthetic brief".into(),
        caption: format!("seed {seed}"),
        events,
        version: "test".into(),
    }
}

#[test]
fn labels_never_overlap_in_dense_synthetic_timelines() {
    // (seed, events)
    let cases = [
        (1, 50),
        (2, 50),
        (3, 60),
        (4, 10),
        (5, 1),
        (6, 0),
        (7, 35),
        (8, 60),
    ];
    for (seed, n) in cases {
        let t = synthetic(seed, n);
        let l = layout(&t);
        assert_no_overlap(&format!("seed {seed}"), &l);
        assert_eq!(l.labels.len(), n, "seed {seed}: every event is labelled");
        assert!(
            l.height as u32 <= MAX_HEIGHT,
            "seed {seed}: {} tall",
            l.height
        );
    }
}

#[test]
fn pictures_are_small_deterministic_and_of_discord_size() {
    for (name, query) in GOLDEN {
        let t = timeline_for(query);
        let a = render(&t).unwrap();
        let b = render(&t).unwrap();
        assert_eq!(a, b, "{name}: drawing twice gives the same bytes");
        assert!((1200..=1600).contains(&a.width), "{name}: {} wide", a.width);
        assert!(a.height <= MAX_HEIGHT, "{name}: {} tall", a.height);
        assert!(
            a.png.len() <= MAX_INLINE_BYTES,
            "{name}: {} bytes",
            a.png.len()
        );
        assert!(a.png.starts_with(b"\x89PNG\r\n\x1a\n"), "{name}");
    }
    let big = render(&synthetic(3, 60)).unwrap();
    assert!(
        big.png.len() <= MAX_INLINE_BYTES,
        "60 events: {} bytes",
        big.png.len()
    );
}

#[test]
fn the_cache_returns_the_same_picture_and_keys_on_what_is_shown() {
    let t = timeline_for(Some("oct 25"));
    let first = cache::picture(&t).unwrap();
    assert!(cache::contains(&t));
    let again = cache::picture(&t).unwrap();
    assert!(
        std::sync::Arc::ptr_eq(&first, &again),
        "the second request is served from the cache"
    );
    let other = timeline_for(Some("oct 16"));
    assert_ne!(t.key(), other.key(), "another highlight is another picture");
    let mut reloaded = t.clone();
    reloaded.version = "another version".into();
    assert_ne!(
        t.key(),
        reloaded.key(),
        "a reloaded knowledge base is another picture"
    );
}
