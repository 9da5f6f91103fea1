//! Text drawn from cached glyph masks.
//!
//! resvg draws text by shaping it, turning every glyph into a path and filling the paths with
//! anti-aliasing, every time: most of the time a picture took. The labels are short runs of a
//! few hundred distinct glyphs in five styles, so each glyph is filled once into an alpha mask
//! (with the same tiny-skia filler resvg uses) and kept; a picture then only adds masks up and
//! blends them. A mask is kept per sixteenth of a pixel of horizontal and vertical position,
//! so a glyph lands within 1/32 px of where the SVG puts it, and a mask depends on its key
//! alone: the pixels are the same whatever was drawn before.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use resvg::tiny_skia;

use super::font;
use super::svg::{Anchor, TextRun};

/// Positions per pixel a glyph mask is kept for, horizontally and vertically. At 16 a glyph
/// could land 1/32 px away, which shifted enough edge pixels across a palette shade to use over
/// half the golden test's tolerance; at 64 they are a handful.
const STEPS: f32 = 64.0;
/// Masks kept before the cache starts over: more than a few pictures' glyphs in all their
/// positions, and some ten megabytes at most.
const MAX_MASKS: usize = 20_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Key {
    glyph: u16,
    bold: bool,
    /// The font size in tenths of a pixel (the SVG writes sizes to a tenth).
    size: u16,
    /// The position within the pixel, in [`STEPS`].
    dx: u8,
    dy: u8,
}

/// A glyph's coverage, with the offset of its top-left pixel from the pixel the glyph's origin
/// falls in.
struct Mask {
    left: i32,
    top: i32,
    width: usize,
    height: usize,
    alpha: Vec<u8>,
}

fn cache() -> &'static Mutex<HashMap<Key, Arc<Mask>>> {
    static CACHE: OnceLock<Mutex<HashMap<Key, Arc<Mask>>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Turns a font outline into a tiny-skia path, in font units.
struct Outline(tiny_skia::PathBuilder);

impl ttf_parser::OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to(x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.0.quad_to(x1, y1, x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.0.cubic_to(x1, y1, x2, y2, x, y);
    }
    fn close(&mut self) {
        self.0.close();
    }
}

/// Fills one glyph at one position within a pixel. `None` for a glyph without an outline (a
/// space).
fn rasterise(key: Key) -> Option<Mask> {
    let face = font::face(key.bold);
    let glyph = ttf_parser::GlyphId(key.glyph);
    let mut outline = Outline(tiny_skia::PathBuilder::new());
    let bbox = face.outline_glyph(glyph, &mut outline)?;
    let path = outline.0.finish()?;
    let scale = f32::from(key.size) / 10.0 / f32::from(face.units_per_em());
    let (dx, dy) = (f32::from(key.dx) / STEPS, f32::from(key.dy) / STEPS);
    // The box the glyph covers, a pixel wider on every side for the anti-aliased edge.
    let left = (f32::from(bbox.x_min) * scale + dx).floor() as i32 - 1;
    let right = (f32::from(bbox.x_max) * scale + dx).ceil() as i32 + 1;
    let top = (-f32::from(bbox.y_max) * scale + dy).floor() as i32 - 1;
    let bottom = (-f32::from(bbox.y_min) * scale + dy).ceil() as i32 + 1;
    let (width, height) = ((right - left) as u32, (bottom - top) as u32);
    let mut mask = tiny_skia::Mask::new(width, height)?;
    // Font units point up; as in usvg, the outline is mirrored and scaled to the font size.
    let transform =
        tiny_skia::Transform::from_row(scale, 0.0, 0.0, -scale, dx - left as f32, dy - top as f32);
    mask.fill_path(&path, tiny_skia::FillRule::Winding, true, transform);
    Some(Mask {
        left,
        top,
        width: width as usize,
        height: height as usize,
        alpha: mask.data().to_vec(),
    })
}

/// A pixel position split into the pixel and the step within it.
fn split(v: f32) -> (i32, u8) {
    let whole = v.floor();
    let step = ((v - whole) * STEPS).round();
    if step >= STEPS {
        (whole as i32 + 1, 0)
    } else {
        (whole as i32, step as u8)
    }
}

/// Where one glyph of a run goes.
struct Placed {
    mask: Arc<Mask>,
    x: i32,
    y: i32,
}

/// The shaper's view of a bundled face, parsed once.
fn shaper(bold: bool) -> &'static rustybuzz::Face<'static> {
    static REGULAR: OnceLock<rustybuzz::Face<'static>> = OnceLock::new();
    static BOLD: OnceLock<rustybuzz::Face<'static>> = OnceLock::new();
    let (cell, bytes) = if bold {
        (&BOLD, font::BOLD)
    } else {
        (&REGULAR, font::REGULAR)
    };
    cell.get_or_init(|| rustybuzz::Face::from_slice(bytes, 0).expect("the bundled font parses"))
}

/// One glyph as shaped: its face, size and colour, where it sits from the run's start (in
/// pixels, the baseline at 0) and how far it moves the pen.
struct Shaped {
    /// Which of the run's spans the glyph is of.
    span: usize,
    glyph: u16,
    bold: bool,
    size: f32,
    fill: &'static str,
    dx: f32,
    dy: f32,
    advance: f32,
}

/// Shapes a run as usvg does: the whole run's text is shaped with each span's face, with the
/// font's kerning (usvg reads `font-kerning` only from a `style`, so the SVG's attribute leaves
/// it on), and each span takes the glyphs of its own characters.
fn shape(run: &TextRun) -> Vec<Shaped> {
    let text: String = run.spans.iter().map(|s| s.text.as_str()).collect();
    let mut out = Vec::with_capacity(text.len());
    let mut shaped: [Option<rustybuzz::GlyphBuffer>; 2] = [None, None];
    let mut start = 0;
    for (k, span) in run.spans.iter().enumerate() {
        let end = start + span.text.len();
        let buffer = shaped[usize::from(span.bold)].get_or_insert_with(|| {
            let mut b = rustybuzz::UnicodeBuffer::new();
            b.push_str(&text);
            b.set_direction(rustybuzz::Direction::LeftToRight);
            rustybuzz::shape(shaper(span.bold), &[], b)
        });
        let scale = span.size / f32::from(font::face(span.bold).units_per_em());
        for (info, pos) in buffer.glyph_infos().iter().zip(buffer.glyph_positions()) {
            if (start..end).contains(&(info.cluster as usize)) {
                out.push(Shaped {
                    span: k,
                    glyph: info.glyph_id as u16,
                    bold: span.bold,
                    size: span.size,
                    fill: span.fill,
                    dx: pos.x_offset as f32 * scale,
                    dy: -(pos.y_offset as f32) * scale,
                    advance: pos.x_advance as f32 * scale,
                });
            }
        }
        start = end;
    }
    out
}

/// Draws a text run onto the pixmap. As resvg fills a span's glyphs as one path, the glyphs of
/// a span are added into one coverage buffer and blended in the span's colour once.
pub fn draw(pixmap: &mut tiny_skia::Pixmap, run: &TextRun) {
    let glyphs = shape(run);
    let width: f32 = glyphs.iter().map(|g| g.advance).sum();
    let mut pen = match run.anchor {
        Anchor::Start => run.x,
        Anchor::Middle => run.x - width / 2.0,
        Anchor::End => run.x - width,
    };
    let mut placed = Vec::new();
    // The span being gathered, and its colour.
    let mut current: Option<(usize, &'static str)> = None;
    let mut cache = cache().lock().unwrap_or_else(|e| e.into_inner());
    if cache.len() > MAX_MASKS {
        cache.clear();
    }
    for g in &glyphs {
        if let Some((span, fill)) = current {
            if span != g.span {
                blend(pixmap, &placed, super::png::rgb(fill));
                placed.clear();
            }
        }
        current = Some((g.span, g.fill));
        let (x, dx) = split(pen + g.dx);
        let (y, dy) = split(run.y + g.dy);
        pen += g.advance;
        let key = Key {
            glyph: g.glyph,
            bold: g.bold,
            size: (g.size * 10.0).round() as u16,
            dx,
            dy,
        };
        let mask = match cache.get(&key) {
            Some(m) => m.clone(),
            None => match rasterise(key) {
                Some(m) => {
                    let m = Arc::new(m);
                    cache.insert(key, m.clone());
                    m
                }
                None => continue,
            },
        };
        placed.push(Placed { mask, x, y });
    }
    drop(cache);
    if let Some((_, fill)) = current {
        blend(pixmap, &placed, super::png::rgb(fill));
    }
}

/// Adds the glyphs' coverage up over the span's box and blends the colour through it.
fn blend(pixmap: &mut tiny_skia::Pixmap, placed: &[Placed], rgb: [u8; 3]) {
    let (pw, ph) = (pixmap.width() as i32, pixmap.height() as i32);
    let Some(x0) = placed.iter().map(|p| p.x + p.mask.left).min() else {
        return;
    };
    let y0 = placed.iter().map(|p| p.y + p.mask.top).min().unwrap_or(0);
    let x1 = placed
        .iter()
        .map(|p| p.x + p.mask.left + p.mask.width as i32)
        .max()
        .unwrap_or(x0);
    let y1 = placed
        .iter()
        .map(|p| p.y + p.mask.top + p.mask.height as i32)
        .max()
        .unwrap_or(y0);
    let (w, h) = ((x1 - x0) as usize, (y1 - y0) as usize);
    let mut cover = vec![0u8; w * h];
    for p in placed {
        let (ox, oy) = (
            (p.x + p.mask.left - x0) as usize,
            (p.y + p.mask.top - y0) as usize,
        );
        for (row, src) in p.mask.alpha.chunks_exact(p.mask.width).enumerate() {
            let dst = &mut cover[(oy + row) * w + ox..][..p.mask.width];
            for (d, &s) in dst.iter_mut().zip(src) {
                *d = d.saturating_add(s);
            }
        }
    }
    // Only the columns and rows inside the pixmap (a run never leaves it, but a glyph's box
    // may reach a pixel past the edge).
    let cols = (-x0).max(0) as usize..((pw - x0).max(0) as usize).min(w);
    let data = pixmap.data_mut();
    for (row, cover) in cover.chunks_exact(w).enumerate() {
        let y = y0 + row as i32;
        if y < 0 || y >= ph || cols.is_empty() {
            continue;
        }
        let from = ((y * pw + x0) as usize + cols.start) * 4;
        let pixels = &mut data[from..from + cols.len() * 4];
        for (&a, px) in cover[cols.clone()].iter().zip(pixels.chunks_exact_mut(4)) {
            if a == 0 {
                continue;
            }
            let a = u32::from(a);
            // Source over an opaque background: the colour weighted by the coverage.
            for i in 0..3 {
                let d = u32::from(px[i]);
                px[i] = ((u32::from(rgb[i]) * a + d * (255 - a) + 127) / 255) as u8;
            }
            px[3] = 255;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::svg::{self, Span};
    use super::*;

    #[test]
    fn a_run_drawn_from_masks_matches_resvg() {
        // Kerned pairs, slanted and round edges, a bold span and a smaller one, and a start
        // between two sixty-fourths of a pixel; written by the picture's own SVG writer.
        let spans = vec![
            Span::new("INSS Ru", 24.0, true, "#0f172a"),
            Span::new(" Tv¶6", 15.0, false, "#475569"),
        ];
        let mut text = String::new();
        let mut runs = Vec::new();
        svg::text(
            &mut text,
            &mut runs,
            None,
            (40.3, 38.0),
            Anchor::Start,
            spans,
        );
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60" viewBox="0 0 300 60" font-family="{}">{text}</svg>"#,
            font::FAMILY
        );
        let want = super::super::png::rasterise_svg(&svg).unwrap();
        let mut got = tiny_skia::Pixmap::new(300, 60).unwrap();
        got.fill(tiny_skia::Color::WHITE);
        draw(&mut got, &runs[0].0);
        let diffs: Vec<u8> = want
            .data()
            .iter()
            .zip(got.data())
            .map(|(a, b)| a.abs_diff(*b))
            .collect();
        let worst = diffs.iter().max().copied().unwrap_or(0);
        let mean = diffs.iter().map(|&d| f64::from(d)).sum::<f64>() / diffs.len() as f64;
        // tiny-skia's anti-aliasing measures coverage in quarters of a pixel across, so a glyph
        // moved by a hair (here at most 1/128 px) can tip an edge pixel by a quarter of the
        // way between text and background (some 60 levels of 255), and no more; on average
        // the pixels are the same.
        assert!(worst <= 64, "a pixel differs by {worst}");
        assert!(mean < 0.5, "pixels differ by {mean:.3} on average");
        let blank = tiny_skia::Pixmap::new(300, 60).unwrap();
        assert_ne!(want.data(), blank.data(), "something was drawn");
    }
}
