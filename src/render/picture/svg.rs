//! The layout written out as SVG text. Every number is rounded to a tenth of a pixel, so the
//! text is the same on every machine and can be compared byte for byte.

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

pub fn svg(l: &Layout) -> String {
    let mut s = String::with_capacity(16 * 1024);
    let (w, h) = (l.width, l.height);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{FAMILY}" font-kerning="none">"#,
        w = n(w),
        h = n(h)
    );
    s.push('\n');
    let _ = writeln!(
        s,
        r#"<rect x="0.5" y="0.5" width="{}" height="{}" fill="{BACKGROUND}" stroke="{BORDER}"/>"#,
        n(w - 1.0),
        n(h - 1.0)
    );
    let _ = writeln!(
        s,
        r#"<text x="{}" y="38" font-size="{}" font-weight="bold" fill="{TEXT}">{}</text>"#,
        n(MARGIN),
        n(TITLE_SIZE),
        esc(&l.heading)
    );
    let _ = writeln!(
        s,
        r#"<text x="{}" y="66" font-size="{}" fill="{MUTED}">{}</text>"#,
        n(MARGIN),
        n(CAPTION_SIZE),
        esc(&l.caption)
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
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{}" font-size="{}" text-anchor="middle" fill="{MUTED}">{}</text>"#,
            n(t.x),
            n(l.tick_baseline),
            n(TICK_SIZE),
            esc(&t.label)
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
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{}" font-size="{}" font-weight="bold" fill="{MUTED}">Undated in the brief · in story order, after the event the story tells before them</text>"#,
            n(MARGIN),
            n(heading),
            n(TICK_SIZE)
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
        let weight = if lab.highlighted {
            r#" font-weight="bold""#
        } else {
            ""
        };
        let _ = writeln!(
            s,
            r#"<text id="label-{k}" x="{}" y="{}" font-size="{}" fill="{TEXT}"><tspan{weight}>{}</tspan><tspan font-size="{}" fill="{MUTED}">{}</tspan></text>"#,
            n(lab.x),
            n(lab.baseline),
            n(LABEL_SIZE),
            esc(&lab.text),
            n(PARA_SIZE),
            esc(&lab.para)
        );
    }
    if let Some(y) = l.empty {
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{}" font-size="{}" fill="{MUTED}">No events to draw.</text>"#,
            n(MARGIN),
            n(y),
            n(LABEL_SIZE)
        );
    }
    legend(&mut s, l);
    s.push_str("</svg>\n");
    s
}

/// What the marks mean, on one line at the bottom.
fn legend(s: &mut String, l: &Layout) {
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
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{}" font-size="{}" fill="{MUTED}">{}</text>"#,
            n(x + 22.0),
            n(y),
            n(TICK_SIZE),
            esc(text)
        );
        x += 22.0 + super::font::width(text, TICK_SIZE, false) + 26.0;
    }
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{}" font-size="{}" text-anchor="end" fill="{MUTED}">¶ = paragraph of the brief</text>"#,
        n(l.width - MARGIN),
        n(y),
        n(TICK_SIZE)
    );
}
