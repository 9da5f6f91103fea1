//! The timeline as a picture: where a brief's events sit in time, drawn as a PNG the bot attaches
//! to `/timeline` answers and the CLI writes with `--png` / `--svg`.
//!
//! A picture is of one brief's events: the brief the answer's events come from. What it shows
//! is decided in [`Timeline::of_answer`]; [`layout`] places everything, [`svg`] writes it out,
//! [`png`] rasterises it with resvg and
//! [`text`] (glyphs of the bundled font), and [`cache`] keeps recent pictures.

pub mod cache;
pub mod font;
pub mod layout;
pub mod png;
pub mod svg;
pub mod text;

use std::collections::HashSet;

use crate::answer::{Answer, Outcome};
use crate::engine::Engine;
use crate::kb::When;
use crate::text::truncate;

/// The file name the picture is attached as (the embed shows `attachment://timeline.png`).
pub const FILENAME: &str = "timeline.png";
/// The largest PNG the HTTP endpoint answers with inline. Discord's issue tracker reports
/// multipart interaction responses failing somewhere above 80 to 150 KB, so inline pictures
/// stay below the lower figure; a larger one is left out and the embed text stands alone.
pub const MAX_INLINE_BYTES: usize = 80 * 1024;
/// The tallest picture drawn; a taller one would be unreadable in Discord's preview anyway.
pub const MAX_HEIGHT: u32 = 4000;
/// Most events one picture draws. A brief with more is drawn as the answer's events alone.
pub const MAX_EVENTS: usize = 60;

#[derive(Debug, thiserror::Error)]
pub enum PictureError {
    #[error(
        "the timeline picture could not be drawn ({0}); this is a bug in briefbot: report it \
         with the query, and use --no-pictures meanwhile"
    )]
    Svg(String),
    #[error(
        "the timeline picture would be {width}×{height} pixels, too large to draw; narrow the \
         query (a date or a topic) so that fewer events are drawn"
    )]
    Size { width: u32, height: u32 },
    #[error("the timeline picture could not be encoded as PNG ({0}); use --no-pictures meanwhile")]
    Png(::png::EncodingError),
}

/// One event to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub id: String,
    pub when: When,
    /// The full title; the label is a short form of it.
    pub title: String,
    /// The paragraph of the brief the event's first citation is in.
    pub paragraph: Option<usize>,
    /// The query matched this event.
    pub highlighted: bool,
}

/// What a picture shows: one brief's events, in story order.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    /// "INSS Insight No. 1784, November 9, 2023 · Russia-Hamas Relations and the Israel-Hamas War".
    pub heading: String,
    /// What the picture is of: the whole timeline, or what a query matched.
    pub caption: String,
    pub events: Vec<Mark>,
    /// The knowledge base version drawn from: a reload that changes an event changes the key.
    pub version: String,
}

/// A drawn picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    pub svg: String,
    pub png: Vec<u8>,
    pub width: u32,
    pub height: u32,
    /// A sentence describing the picture, for screen readers (the attachment's description).
    pub alt: String,
}

impl Timeline {
    /// The picture for a timeline answer: the brief its events (or its suggestions, or the brief
    /// searched) come from, with the events the query matched highlighted. `None` when the
    /// answer names no loaded brief.
    pub fn of_answer(engine: &Engine, a: &Answer) -> Option<Timeline> {
        let brief_id = a
            .results
            .first()
            .or(a.suggestions.first())
            .map(|h| h.brief.clone())
            .or_else(|| a.about.as_ref().map(|b| b.id.clone()))?;
        let brief = engine.library().brief(&brief_id)?;
        let matched: HashSet<&str> = if a.outcome == Outcome::Answered && !a.query.is_empty() {
            a.results
                .iter()
                .filter(|h| h.brief == brief_id)
                .map(|h| h.id.as_str())
                .collect()
        } else {
            HashSet::new()
        };
        let all = brief.events().len();
        // A brief too long to draw whole is drawn as the answer's events alone.
        let whole = all <= MAX_EVENTS;
        let shown: HashSet<&str> = a
            .results
            .iter()
            .filter(|h| h.brief == brief_id)
            .map(|h| h.id.as_str())
            .collect();
        let events: Vec<Mark> = brief
            .timeline()
            .filter(|e| whole || shown.contains(e.id.as_str()))
            .take(MAX_EVENTS)
            .map(|e| Mark {
                id: e.id.clone(),
                when: e.when.clone(),
                title: e.title.clone(),
                paragraph: body_paragraph(&e.citations),
                highlighted: matched.contains(e.id.as_str()),
            })
            .collect();
        let undated = events.iter().filter(|e| e.when == When::Undated).count();
        // The query shows in the caption and in the picture's alt text; a mention in it is
        // broken with a zero-width space, as everywhere the bot echoes user text.
        let query = truncate(&a.query, 60).replace('@', "@\u{200B}");
        let caption = match (a.outcome, a.query.is_empty()) {
            (Outcome::NoMatch, _) => format!(
                "Nothing matches “{query}”; the brief's {} events are shown",
                events.len()
            ),
            (Outcome::Answered, true) => format!(
                "The whole timeline: {} events, {undated} of them undated",
                events.len()
            ),
            (Outcome::Answered, false) => format!(
                "“{query}”: {} matching event{} highlighted among the brief's {}",
                matched.len(),
                if matched.len() == 1 { "" } else { "s" },
                events.len()
            ),
        };
        let meta = brief.meta();
        Some(Timeline {
            heading: fit_heading(&format!("{} · {}", meta.label(), meta.title)),
            caption,
            events,
            version: engine.library().version().to_string(),
        })
    }

    /// A picture of the given event hits, whichever briefs they are from (for the bench, which
    /// draws the first events of a synthetic library). Hits that are not events are skipped.
    pub fn of_hits(engine: &Engine, caption: &str, hits: &[crate::answer::Hit]) -> Timeline {
        let events = hits
            .iter()
            .filter_map(|h| {
                let brief = engine.library().brief(&h.brief)?;
                let (_, i) = brief.lookup(&h.id)?;
                let e = brief.events().get(i).filter(|e| e.id == h.id)?;
                Some(Mark {
                    id: e.id.clone(),
                    when: e.when.clone(),
                    title: e.title.clone(),
                    paragraph: body_paragraph(&e.citations),
                    highlighted: false,
                })
            })
            .take(MAX_EVENTS)
            .collect();
        Timeline {
            heading: "Timeline".into(),
            caption: caption.to_string(),
            events,
            version: engine.library().version().to_string(),
        }
    }

    /// Everything the picture depends on, as a cache key.
    pub fn key(&self) -> String {
        let mut k = format!("{}\u{1}{}\u{1}{}", self.version, self.heading, self.caption);
        for e in &self.events {
            k.push('\u{1}');
            k.push_str(&e.id);
            if e.highlighted {
                k.push('*');
            }
        }
        k
    }
}

/// Cuts the heading to the picture's width.
fn fit_heading(s: &str) -> String {
    let room = layout::WIDTH - 2.0 * layout::MARGIN;
    let mut out = s.to_string();
    let mut chars = s.chars().count();
    while font::width(&out, layout::TITLE_SIZE, true) > room && chars > 1 {
        chars -= 1;
        out = truncate(s, chars);
    }
    out
}

/// Draws a timeline.
pub fn render(t: &Timeline) -> Result<Picture, PictureError> {
    let l = layout::layout(t);
    if l.height as u32 > MAX_HEIGHT {
        return Err(PictureError::Size {
            width: l.width as u32,
            height: l.height as u32,
        });
    }
    let drawing = svg::draw(&l);
    let pixmap = png::rasterise(&drawing)?;
    let png = png::encode(&pixmap)?;
    let (width, height) = (pixmap.width(), pixmap.height());
    png::recycle(pixmap);
    let dated = t.events.iter().filter(|e| e.when != When::Undated).count();
    let alt = format!(
        "Timeline picture: {} events on a time axis ({} dated, {} undated). {}",
        t.events.len(),
        dated,
        t.events.len() - dated,
        t.caption
    );
    Ok(Picture {
        svg: drawing.svg,
        png,
        width,
        height,
        alt: truncate(&alt, 1000),
    })
}

#[cfg(test)]
mod tests;

/// The first body paragraph an event cites, for its label; the byline (paragraph 0) has no `¶`.
fn body_paragraph(citations: &[briefbot_core::kb::Citation]) -> Option<usize> {
    citations.iter().map(|c| c.paragraph).find(|&p| p > 0)
}
