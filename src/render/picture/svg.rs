//! The layout written out as SVG text. Every number is rounded to a tenth of a pixel, so the
//! text is the same on every machine and can be compared byte for byte.
//!
//! Beside the SVG, [`draw`] keeps every text element it wrote as a [`TextRun`] and the SVG
//! without them: the PNG is the shapes drawn by resvg from that SVG, with the text drawn on
//! top from the runs by [`super::text`]. Both come from the one writer below, so the PNG shows
//! what the SVG says (a test draws the full SVG with resvg and compares the two).

use std::fmt::Write;

use super::font::FAMILY;
use super::layout::{
    Layout, Shape, CAPTION_SIZE, LABEL_SIZE, MARGIN, PARA_SIZE, POINT_R, TICK_SIZE, TITLE_SIZE,
};

/// The colours, chosen to read on an opaque light card whatever Discord's theme: the card
/// carries its own background, so neither the dark nor the light theme shows through.
pub mod colour {
    pub const BACKGROUND: &str = "#f8fafc";
    pub const BORDER: &str = "#cbd5e1";
    pub const TEXT: &str = "#0f172a";
    pub const MUTED: &str = "#475569";
    pub const GRID: &str = "#e2e8f0";
    /// Events, as the embeds' colour.
    pub const EVENT: &str = "#2563eb";
    pub const UNDATED: &str = "#64748b";
    /// What the query matched.
    pub const HIGHLIGHT: &str = "#d97706";
    pub const HIGHLIGHT_BACK: &str = "#fde68a";
    /// Every colour the picture uses, for the PNG's palette.
    pub const ALL: [&str; 9] = [
        BACKGROUND,
        BORDER,
        TEXT,
        MUTED,
        GRID,
        EVENT,
        UNDATED,
        HIGHLIGHT,
        HIGHLIGHT_BACK,
    ];
}

use colour::*;

/// How a text element is anchored at its `x`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// A stretch of text in one style: a `<text>` element of one style, or one of its `<tspan>`s.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub text: String,
    pub size: f32,
    pub bold: bool,
    /// A colour from [`colour`].
    pub fill: &'static str,
}

impl Span {
    pub fn new(text: &str, size: f32, bold: bool, fill: &'static str) -> Span {
        Span {
            text: text.to_string(),
            size,
            bold,
            fill,
        }
    }
}

/// One text element as drawn: its spans follow each other on one baseline from `x`, `y` (the
/// numbers as the SVG writes them, rounded to a tenth).
#[derive(Clone, Debug, PartialEq)]
pub struct TextRun {
    pub x: f32,
    pub y: f32,
    pub anchor: Anchor,
    pub spans: Vec<Span>,
}

/// The picture as SVG, and the same picture split for drawing: the SVG without its text
/// elements and the card (left to the rasteriser), and those elements as runs, in the order
/// written.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawing {
    pub width: f32,
    pub height: f32,
    /// The card's colour and its outline's, which `shapes` leaves for the rasteriser to fill the
    /// pixmap and its outermost pixels with.
    pub background: &'static str,
    pub border: &'static str,
    pub svg: String,
    pub shapes: String,
    pub texts: Vec<TextRun>,
}

/// The text elements written so far, each with where it lies in the SVG text.
pub(super) type Runs = Vec<(TextRun, std::ops::Range<usize>)>;

/// A number rounded as [`n`] writes it, so that what is drawn is what the SVG says.
fn r1(v: f32) -> f32 {
    (v * 10.0).round() / 10.0
}

/// Writes a text element: a single span carries its style on the `<text>` element; several
/// spans each become a `<tspan>` carrying what differs from the element, which takes the first
/// span's size and colour. Records the run and where its element lies in `s`.
pub(super) fn text(
    s: &mut String,
    runs: &mut Runs,
    id: Option<&str>,
    (x, y): (f32, f32),
    anchor: Anchor,
    spans: Vec<Span>,
) {
    let start = s.len();
    let first = spans.first().expect("a text element has a span").clone();
    s.push_str("<text");
    if let Some(id) = id {
        let _ = write!(s, r#" id="{id}""#);
    }
    let _ = write!(
        s,
        r#" x="{}" y="{}" font-size="{}""#,
        n(x),
        n(y),
        n(first.size)
    );
    if spans.len() == 1 && first.bold {
        s.push_str(r#" font-weight="bold""#);
    }
    match anchor {
        Anchor::Start => {}
        Anchor::Middle => s.push_str(r#" text-anchor="middle""#),
        Anchor::End => s.push_str(r#" text-anchor="end""#),
    }
    let _ = write!(s, r#" fill="{}">"#, first.fill);
    if spans.len() == 1 {
        s.push_str(&esc(&first.text));
    } else {
        for span in &spans {
            s.push_str("<tspan");
            if span.size != first.size {
                let _ = write!(s, r#" font-size="{}""#, n(span.size));
            }
            if span.fill != first.fill {
                let _ = write!(s, r#" fill="{}""#, span.fill);
            }
            if span.bold {
                s.push_str(r#" font-weight="bold""#);
            }
            let _ = write!(s, ">{}</tspan>", esc(&span.text));
        }
    }
    s.push_str("</text>\n");
    runs.push((
        TextRun {
            x: r1(x),
            y: r1(y),
            anchor,
            spans,
        },
        start..s.len(),
    ));
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A number with at most one decimal.
fn n(v: f32) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

/// The picture as SVG text.
pub fn svg(l: &Layout) -> String {
    draw(l).svg
}

/// The picture as SVG text, and split for drawing (see [`Drawing`]).
pub fn draw(l: &Layout) -> Drawing {
    let mut s = String::with_capacity(16 * 1024);
    let mut runs = Vec::with_capacity(l.labels.len() + l.ticks.len() + 10);
    let runs = &mut runs;
    let (w, h) = (l.width, l.height);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{FAMILY}" font-kerning="none">"#,
        w = n(w),
        h = n(h)
    );
    s.push('\n');
    let card = s.len();
    let _ = writeln!(
        s,
        r#"<rect x="0.5" y="0.5" width="{}" height="{}" fill="{BACKGROUND}" stroke="{BORDER}"/>"#,
        n(w - 1.0),
        n(h - 1.0)
    );
    // The card is left to the rasteriser, which fills the pixmap with its colour and the
    // outermost pixels with its outline's at once, far faster than resvg filling the rectangle
    // and stroking it: the outline, one pixel wide on the pixel edges, covers exactly the
    // outermost pixels, and the fill every pixel inside them.
    let card = card..s.len();
    text(
        &mut s,
        runs,
        None,
        (MARGIN, 38.0),
        Anchor::Start,
        vec![Span::new(&l.heading, TITLE_SIZE, true, TEXT)],
    );
    text(
        &mut s,
        runs,
        None,
        (MARGIN, 66.0),
        Anchor::Start,
        vec![Span::new(&l.caption, CAPTION_SIZE, false, MUTED)],
    );
    // Gridlines and tick labels.
    for t in &l.ticks {
        let _ = writeln!(
            s,
            r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{GRID}" stroke-width="1"/>"#,
            n(t.top),
            n(t.bottom),
            x = n(t.x)
        );
        text(
            &mut s,
            runs,
            None,
            (t.x, l.tick_baseline),
            Anchor::Middle,
            vec![Span::new(&t.label, TICK_SIZE, false, MUTED)],
        );
    }
    for &(a, b) in &l.axis {
        let _ = writeln!(
            s,
            r#"<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{MUTED}" stroke-width="2"/>"#,
            n(a),
            n(b),
            y = n(l.axis_y)
        );
    }
    // A break in the axis: two short slanted strokes, as on a chart with a cut-out stretch.
    for &x in &l.breaks {
        for dx in [-5.0, 5.0] {
            let _ = writeln!(
                s,
                r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{MUTED}" stroke-width="2"/>"#,
                n(x + dx - 4.0),
                n(l.axis_y + 8.0),
                n(x + dx + 4.0),
                n(l.axis_y - 8.0)
            );
        }
    }
    if let Some((heading, lane)) = l.undated {
        text(
            &mut s,
            runs,
            None,
            (MARGIN, heading),
            Anchor::Start,
            vec![Span::new(
                "Undated in the brief · in story order, after the event the story tells before them",
                TICK_SIZE,
                true,
                MUTED,
            )],
        );
        let _ = writeln!(
            s,
            r#"<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{UNDATED}" stroke-width="2" stroke-dasharray="6 5"/>"#,
            n(MARGIN),
            n(l.width - MARGIN),
            y = n(lane)
        );
    }
    // Leader lines under the marks, so a mark is never hidden by a line.
    for lab in &l.labels {
        let (x, a, b) = lab.leader;
        let _ = writeln!(
            s,
            r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{}" stroke-width="1"/>"#,
            n(a),
            n(b),
            if lab.highlighted { HIGHLIGHT } else { BORDER },
            x = n(x)
        );
    }
    for m in &l.marks {
        let fill = if m.highlighted { HIGHLIGHT } else { EVENT };
        // An approximate date is drawn hollow with a dashed outline: the brief implies it.
        let style = if m.approximate {
            format!(
                r#"fill="{BACKGROUND}" stroke="{fill}" stroke-width="2" stroke-dasharray="3 2""#
            )
        } else {
            format!(r#"fill="{fill}""#)
        };
        match m.shape {
            Shape::Point { cx, cy } => {
                let r = if m.highlighted {
                    POINT_R + 1.5
                } else {
                    POINT_R
                };
                let _ = writeln!(
                    s,
                    r#"<circle cx="{}" cy="{}" r="{}" {style}/>"#,
                    n(cx),
                    n(cy),
                    n(r)
                );
            }
            Shape::Bar { x, y, w } => {
                let _ = writeln!(
                    s,
                    r#"<rect x="{}" y="{}" width="{}" height="10" rx="4" {style}/>"#,
                    n(x),
                    n(y),
                    n(w)
                );
            }
            Shape::Diamond { cx, cy } => {
                let r = if m.highlighted { 8.5 } else { 7.0 };
                let fill = if m.highlighted { HIGHLIGHT } else { UNDATED };
                let _ = writeln!(
                    s,
                    r#"<path d="M{} {}L{} {}L{} {}L{} {}Z" fill="{fill}"/>"#,
                    n(cx),
                    n(cy - r),
                    n(cx + r),
                    n(cy),
                    n(cx),
                    n(cy + r),
                    n(cx - r),
                    n(cy)
                );
            }
        }
    }
    for (k, lab) in l.labels.iter().enumerate() {
        if lab.highlighted {
            let r = lab.rect;
            let _ = writeln!(
                s,
                r#"<rect x="{}" y="{}" width="{}" height="{}" rx="4" fill="{HIGHLIGHT_BACK}"/>"#,
                n(r.x),
                n(r.y),
                n(r.w),
                n(r.h)
            );
        }
        text(
            &mut s,
            runs,
            Some(&format!("label-{k}")),
            (lab.x, lab.baseline),
            Anchor::Start,
            vec![
                Span::new(&lab.text, LABEL_SIZE, lab.highlighted, TEXT),
                Span::new(&lab.para, PARA_SIZE, false, MUTED),
            ],
        );
    }
    if let Some(y) = l.empty {
        text(
            &mut s,
            runs,
            None,
            (MARGIN, y),
            Anchor::Start,
            vec![Span::new("No events to draw.", LABEL_SIZE, false, MUTED)],
        );
    }
    legend(&mut s, runs, l);
    s.push_str("</svg>\n");
    // The shapes alone: the SVG less the card and the text elements.
    let mut shapes = String::with_capacity(s.len());
    let mut from = 0;
    for range in std::iter::once(card).chain(runs.iter().map(|(_, range)| range.clone())) {
        shapes.push_str(&s[from..range.start]);
        from = range.end;
    }
    shapes.push_str(&s[from..]);
    Drawing {
        width: w,
        height: h,
        background: BACKGROUND,
        border: BORDER,
        svg: s,
        shapes,
        texts: std::mem::take(runs).into_iter().map(|(t, _)| t).collect(),
    }
}

/// What the marks mean, on one line at the bottom.
fn legend(s: &mut String, runs: &mut Runs, l: &Layout) {
    let y = l.legend;
    let cy = y - 5.0;
    // (the mark drawn at a left edge x, what it means)
    let items: [(&dyn Fn(f32) -> String, &str); 5] = [
        (
            &|x| {
                format!(
                    r#"<circle cx="{}" cy="{}" r="6" fill="{EVENT}"/>"#,
                    n(x + 8.0),
                    n(cy)
                )
            },
            "a day",
        ),
        (
            &|x| {
                format!(
                    r#"<rect x="{}" y="{}" width="18" height="10" rx="4" fill="{EVENT}"/>"#,
                    n(x),
                    n(cy - 5.0)
                )
            },
            "a month, year or range",
        ),
        (
            &|x| {
                format!(
                    r#"<rect x="{}" y="{}" width="18" height="10" rx="4" fill="{BACKGROUND}" stroke="{EVENT}" stroke-width="2" stroke-dasharray="3 2"/>"#,
                    n(x),
                    n(cy - 5.0)
                )
            },
            "~ approximate",
        ),
        (
            &|x| {
                format!(
                    r#"<path d="M{} {}L{} {}L{} {}L{} {}Z" fill="{UNDATED}"/>"#,
                    n(x + 8.0),
                    n(cy - 7.0),
                    n(x + 15.0),
                    n(cy),
                    n(x + 8.0),
                    n(cy + 7.0),
                    n(x + 1.0),
                    n(cy)
                )
            },
            "undated",
        ),
        (
            &|x| {
                format!(
                    r#"<circle cx="{}" cy="{}" r="7" fill="{HIGHLIGHT}"/>"#,
                    n(x + 8.0),
                    n(cy)
                )
            },
            "what the query matched",
        ),
    ];
    let mut x = MARGIN;
    for (mark, text) in items {
        s.push_str(&mark(x));
        s.push('\n');
        self::text(
            s,
            runs,
            None,
            (x + 22.0, y),
            Anchor::Start,
            vec![Span::new(text, TICK_SIZE, false, MUTED)],
        );
        x += 22.0 + super::font::width(text, TICK_SIZE, false) + 26.0;
    }
    self::text(
        s,
        runs,
        None,
        (l.width - MARGIN, y),
        Anchor::End,
        vec![Span::new(
            "¶ = paragraph of the brief",
            TICK_SIZE,
            false,
            MUTED,
        )],
    );
}
