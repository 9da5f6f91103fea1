//! The timeline picture beside the text answer it illustrates: the same whole-timeline answer
//! rendered as embeds (what the bot sends without pictures) and drawn as a PNG, in one run on
//! one core, so the two times compare directly.

use std::time::{Duration, Instant};

use serde::Serialize;

use crate::commands::{Options, Request};
use crate::engine::Engine;
use crate::render::picture::{self, Timeline};

/// Events a benchmark picture draws: about what a busy brief has.
pub const EVENTS: usize = 50;

#[derive(Debug, Serialize)]
pub struct PictureFigures {
    pub events: usize,
    pub rounds: usize,
    /// The text answer: the engine's whole-timeline answer rendered as Discord embeds.
    pub text_p50_ms: f64,
    /// Drawing the picture of the same events: layout, SVG, rasterising, palette PNG.
    pub picture_p50_ms: f64,
    pub picture_p99_ms: f64,
    /// The same picture from the cache.
    pub cached_p50_ms: f64,
    pub png_kb: f64,
    pub width: u32,
    pub height: u32,
}

fn p(sorted: &[Duration], q: f64) -> f64 {
    super::percentile(sorted, q)
}

/// Measures `rounds` text answers and `rounds` pictures of the first [`EVENTS`] events.
pub fn measure(engine: &Engine, rounds: usize) -> Result<PictureFigures, picture::PictureError> {
    let options = Options {
        limit: EVENTS,
        brief: None,
    };
    let request = Request::Timeline(None);
    let mut text = Vec::with_capacity(rounds);
    let mut answer = None;
    for _ in 0..rounds {
        let started = Instant::now();
        let a = engine
            .answer(&request, &options)
            .expect("a whole-timeline request is valid");
        let reply = crate::discord::render::answer(&a, None, 0);
        std::hint::black_box(&reply);
        text.push(started.elapsed());
        answer = Some(a);
    }
    let a = answer.expect("at least one round");
    // The whole timeline is not cut by the limit (front ends page through it): draw 50.
    let hits = &a.results[..a.results.len().min(EVENTS)];
    let t = Timeline::of_hits(engine, "bench", hits);
    let mut drawn = Vec::with_capacity(rounds);
    let mut last = None;
    for _ in 0..rounds {
        let started = Instant::now();
        let pic = picture::render(&t)?;
        drawn.push(started.elapsed());
        last = Some(pic);
    }
    let pic = last.expect("at least one round");
    let mut cached = Vec::with_capacity(rounds);
    picture::cache::picture(&t)?;
    for _ in 0..rounds {
        let started = Instant::now();
        std::hint::black_box(picture::cache::picture(&t)?);
        cached.push(started.elapsed());
    }
    text.sort();
    drawn.sort();
    cached.sort();
    Ok(PictureFigures {
        events: t.events.len(),
        rounds,
        text_p50_ms: p(&text, 0.5),
        picture_p50_ms: p(&drawn, 0.5),
        picture_p99_ms: p(&drawn, 0.99),
        cached_p50_ms: p(&cached, 0.5),
        png_kb: pic.png.len() as f64 / 1024.0,
        width: pic.width,
        height: pic.height,
    })
}
