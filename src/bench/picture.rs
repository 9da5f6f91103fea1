//! The timeline picture beside the text answer it illustrates: the same whole-timeline answer
//! rendered as embeds (what the bot sends without pictures) and drawn as a PNG, in one run on
//! the calling thread, so the two times compare directly. Nothing here or in the renderer
//! starts a thread, so pinning the process to a core (`taskset -c 0`) measures one core.

use std::fmt;
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::commands::{Options, Request};
use crate::engine::Engine;
use crate::render::picture::{self, Timeline};

/// Events a benchmark picture draws: about what a busy brief has.
pub const EVENTS: usize = 50;
/// Untimed rounds before the timed ones, as for the queries: the first picture of a process
/// pays for parsing the fonts and for page faults, which a running bot has paid long before.
const WARM_UP: usize = 3;

#[derive(Debug, Serialize)]
pub struct PictureFigures {
    pub events: usize,
    pub rounds: usize,
    /// The text answer: the engine's whole-timeline answer rendered as Discord embeds.
    pub text_p50_ms: f64,
    pub text_p99_ms: f64,
    /// Drawing the picture of the same events: layout, SVG, rasterising, palette PNG.
    pub picture_p50_ms: f64,
    pub picture_p99_ms: f64,
    /// The first picture of the process, drawn before any other: it parses the fonts and fills
    /// every glyph mask it needs, which later pictures mostly find cached.
    pub picture_first_ms: f64,
    /// CPU time per picture on the drawing thread, averaged over the rounds (Linux): what a
    /// picture costs one core, however busy the machine is (the times above are wall-clock and
    /// grow when other processes share the core).
    pub picture_cpu_ms: Option<f64>,
    /// The phases of a drawing, each timed on its own (p50), to see where the time goes.
    pub layout_p50_ms: f64,
    pub svg_p50_ms: f64,
    pub rasterise_p50_ms: f64,
    pub encode_p50_ms: f64,
    /// The same picture from the cache.
    pub cached_p50_ms: f64,
    pub png_kb: f64,
    pub width: u32,
    pub height: u32,
}

fn p(sorted: &[Duration], q: f64) -> f64 {
    super::percentile(sorted, q)
}

/// CPU time this thread has run, from the kernel's scheduler statistics (Linux only). The kernel
/// brings it up to date at every tick and switch, so over many rounds it is exact to a fraction
/// of a per cent.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// Times `rounds` calls of `f` after a few untimed ones, sorted.
fn time<T>(rounds: usize, mut f: impl FnMut() -> T) -> Vec<Duration> {
    for _ in 0..WARM_UP {
        std::hint::black_box(f());
    }
    let mut times: Vec<Duration> = (0..rounds)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(f());
            started.elapsed()
        })
        .collect();
    times.sort();
    times
}

/// Measures `rounds` text answers and `rounds` pictures of the first [`EVENTS`] events.
pub fn measure(engine: &Engine, rounds: usize) -> Result<PictureFigures, picture::PictureError> {
    let rounds = rounds.max(1);
    let options = Options {
        limit: EVENTS,
        brief: None,
    };
    let request = Request::Timeline(None);
    let text = time(rounds, || {
        let a = engine
            .answer(&request, &options)
            .expect("a whole-timeline request is valid");
        crate::discord::render::answer(&a, None, 0)
    });
    let a = engine
        .answer(&request, &options)
        .expect("a whole-timeline request is valid");
    // The whole timeline is not cut by the limit (front ends page through it): draw 50.
    let hits = &a.results[..a.results.len().min(EVENTS)];
    let t = Timeline::of_hits(engine, "bench", hits);
    let started = Instant::now();
    let pic = picture::render(&t)?;
    let picture_first_ms = started.elapsed().as_secs_f64() * 1000.0;
    let cpu_before = thread_cpu();
    let drawn = time(rounds, || picture::render(&t));
    let picture_cpu_ms = cpu_before
        .zip(thread_cpu())
        .map(|(a, b)| b.saturating_sub(a).as_secs_f64() * 1000.0 / (rounds + WARM_UP) as f64);
    // The phases, each on the previous one's output.
    let l = picture::layout::layout(&t);
    let drawing = picture::svg::draw(&l);
    let pixmap = picture::png::rasterise(&drawing)?;
    let layout = time(rounds, || picture::layout::layout(&t));
    let svg_text = time(rounds, || picture::svg::draw(&l));
    let rasterise = time(rounds, || picture::png::rasterise(&drawing));
    let encode = time(rounds, || picture::png::encode(&pixmap));
    picture::cache::picture(&t)?;
    let cached = time(rounds, || picture::cache::picture(&t));
    Ok(PictureFigures {
        events: t.events.len(),
        rounds,
        text_p50_ms: p(&text, 0.5),
        text_p99_ms: p(&text, 0.99),
        picture_p50_ms: p(&drawn, 0.5),
        picture_p99_ms: p(&drawn, 0.99),
        picture_cpu_ms,
        picture_first_ms,
        layout_p50_ms: p(&layout, 0.5),
        svg_p50_ms: p(&svg_text, 0.5),
        rasterise_p50_ms: p(&rasterise, 0.5),
        encode_p50_ms: p(&encode, 0.5),
        cached_p50_ms: p(&cached, 0.5),
        png_kb: pic.png.len() as f64 / 1024.0,
        width: pic.width,
        height: pic.height,
    })
}

impl fmt::Display for PictureFigures {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "timeline of {} events, {} rounds: text answer p50 {:.3} ms, p99 {:.3} ms; picture \
             p50 {:.2} ms, p99 {:.2} ms{}, the first one {:.1} ms, from the cache {:.4} ms; PNG \
             {:.0} KB, {}×{}",
            self.events,
            self.rounds,
            self.text_p50_ms,
            self.text_p99_ms,
            self.picture_p50_ms,
            self.picture_p99_ms,
            match self.picture_cpu_ms {
                Some(ms) => format!(" (CPU {ms:.2} ms a picture)"),
                None => String::new(),
            },
            self.picture_first_ms,
            self.cached_p50_ms,
            self.png_kb,
            self.width,
            self.height
        )?;
        writeln!(
            f,
            "picture phases p50: layout {:.2} ms, SVG text {:.2} ms, rasterise {:.2} ms, PNG \
             encode {:.2} ms",
            self.layout_p50_ms, self.svg_p50_ms, self.rasterise_p50_ms, self.encode_p50_ms
        )
    }
}
