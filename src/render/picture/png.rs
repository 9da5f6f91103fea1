//! Rasterising the drawing (its shapes with resvg, its text from cached glyph masks) and
//! writing it as a small palette PNG.
//!
//! The picture uses a handful of flat colours; only anti-aliased edges make others. So the
//! pixels are mapped onto a fixed palette of those colours and a few blends of them, and written
//! as a 4-bit indexed PNG: a fraction of the size of an RGBA one, small enough to answer an
//! HTTP interaction inline, and the same bytes on every machine.

use resvg::tiny_skia;
use resvg::usvg;

use super::font;
use super::svg::colour::*;
use super::svg::Drawing;
use super::PictureError;

pub(super) fn rgb(hex: &str) -> [u8; 3] {
    let v = u32::from_str_radix(&hex[1..], 16).expect("colours are #rrggbb");
    [(v >> 16) as u8, (v >> 8) as u8, v as u8]
}

/// The palette: every colour, then a few blends for anti-aliased edges, sixteen in all so that
/// a pixel takes four bits. (Finer blends smooth the edges a little and double the file.)
pub fn palette() -> Vec<[u8; 3]> {
    let mut out: Vec<[u8; 3]> = ALL.iter().map(|c| rgb(c)).collect();
    let blends: [(&str, &str, f32); 7] = [
        (BACKGROUND, TEXT, 0.25),
        (BACKGROUND, TEXT, 0.5),
        (BACKGROUND, TEXT, 0.75),
        (BACKGROUND, MUTED, 0.5),
        (BACKGROUND, EVENT, 0.5),
        (BACKGROUND, HIGHLIGHT, 0.5),
        (HIGHLIGHT_BACK, TEXT, 0.5),
    ];
    for (a, b, t) in blends {
        let (a, b) = (rgb(a), rgb(b));
        let mix = |i: usize| (f32::from(a[i]) * (1.0 - t) + f32::from(b[i]) * t).round() as u8;
        out.push([mix(0), mix(1), mix(2)]);
    }
    assert!(out.len() <= 16, "a four-bit PNG palette holds 16 colours");
    out
}

/// The nearest palette entry (first one on a tie, so the result never depends on hashing).
fn nearest(palette: &[[u8; 3]], c: [u8; 3]) -> u8 {
    let d = |p: &[u8; 3]| {
        (0..3)
            .map(|i| {
                let x = i32::from(p[i]) - i32::from(c[i]);
                x * x
            })
            .sum::<i32>()
    };
    let mut best = 0;
    for (i, p) in palette.iter().enumerate() {
        if d(p) < d(&palette[best]) {
            best = i;
        }
    }
    best as u8
}

fn options() -> &'static usvg::Options<'static> {
    static OPTIONS: std::sync::OnceLock<usvg::Options<'static>> = std::sync::OnceLock::new();
    OPTIONS.get_or_init(|| usvg::Options {
        fontdb: font::database(),
        font_family: font::FAMILY.to_string(),
        ..usvg::Options::default()
    })
}

fn tree(svg: &str) -> Result<usvg::Tree, PictureError> {
    usvg::Tree::from_str(svg, options()).map_err(|e| PictureError::Svg(e.to_string()))
}

/// The last picture's pixels, kept for the next one: a fresh buffer of ten megabytes costs a
/// page fault every four kilobytes as it is first written, more than filling it.
static SPARE: std::sync::Mutex<Vec<u8>> = std::sync::Mutex::new(Vec::new());

/// Hands a picture's pixels back once it is encoded, for the next picture to draw on.
pub fn recycle(pixmap: tiny_skia::Pixmap) {
    *SPARE.lock().unwrap_or_else(|e| e.into_inner()) = pixmap.take();
}

/// A pixmap of the SVG's size filled with `background`.
fn blank(tree: &usvg::Tree, [r, g, b]: [u8; 3]) -> Result<tiny_skia::Pixmap, PictureError> {
    let size = tree.size().to_int_size();
    let (width, height) = (size.width(), size.height());
    let row = 4 * width as usize;
    let mut data = std::mem::take(&mut *SPARE.lock().unwrap_or_else(|e| e.into_inner()));
    data.resize(row * height as usize, 0);
    // The first row pixel by pixel, then the others copied from it.
    for px in data[..row].chunks_exact_mut(4) {
        px.copy_from_slice(&[r, g, b, 255]);
    }
    for y in 1..height as usize {
        data.copy_within(..row, y * row);
    }
    tiny_skia::Pixmap::from_vec(data, size).ok_or(PictureError::Size { width, height })
}

/// Paints the outermost pixels of the pixmap.
fn outline(pixmap: &mut tiny_skia::Pixmap, [r, g, b]: [u8; 3]) {
    let (w, h) = (pixmap.width() as usize, pixmap.height() as usize);
    let px = [r, g, b, 255];
    for (y, row) in pixmap.data_mut().chunks_exact_mut(4 * w).enumerate() {
        if y == 0 || y == h - 1 {
            for p in row.chunks_exact_mut(4) {
                p.copy_from_slice(&px);
            }
        } else {
            row[..4].copy_from_slice(&px);
            row[4 * w - 4..].copy_from_slice(&px);
        }
    }
}

/// Rasterises a drawing: the card, its shapes with resvg, then its text from cached glyph masks.
/// The card goes under the shapes, as in the SVG, though none reaches its outline. The text
/// goes on top of every shape, which is where the SVG puts it too wherever the two meet (a
/// highlighted label's box is drawn before its label).
pub fn rasterise(d: &Drawing) -> Result<tiny_skia::Pixmap, PictureError> {
    let tree = tree(&d.shapes)?;
    let mut pixmap = blank(&tree, rgb(d.background))?;
    outline(&mut pixmap, rgb(d.border));
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    for run in &d.texts {
        super::text::draw(&mut pixmap, run);
    }
    Ok(pixmap)
}

/// Rasterises the whole SVG, text included, with resvg alone: slower, and the reference the
/// drawn pictures are checked against.
pub fn rasterise_svg(svg: &str) -> Result<tiny_skia::Pixmap, PictureError> {
    let tree = tree(svg)?;
    let mut pixmap = blank(&tree, [255, 255, 255])?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    Ok(pixmap)
}

/// Maps the pixels onto the palette and encodes a 4-bit indexed PNG.
pub fn encode(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, PictureError> {
    let palette = palette();
    let (w, h) = (pixmap.width(), pixmap.height());
    // Two pixels to a byte, the first in the high four bits; each row starts on a byte.
    let row_bytes = (w as usize).div_ceil(2);
    let mut packed = vec![0u8; row_bytes * h as usize];
    // A colour's nearest palette entry is worked out once and kept in a small table (a colour
    // that finds its slot taken is worked out again; the answer is the same either way).
    // The background is opaque, so the premultiplied pixels are the colours themselves.
    const SLOTS: usize = 4096;
    let mut seen = vec![(u32::MAX, 0u8); SLOTS];
    let mut index = |px: &[u8]| {
        let c = u32::from_le_bytes([px[0], px[1], px[2], 0]);
        let slot = (c.wrapping_mul(0x9E37_79B1) >> 20) as usize % SLOTS;
        if seen[slot].0 != c {
            seen[slot] = (c, nearest(&palette, [px[0], px[1], px[2]]));
        }
        seen[slot].1
    };
    // Pixels are taken two at a time, a byte of output: most pairs repeat the pair before (the
    // background, a bar, a gridline), and then the byte is the one before.
    let mut last = (u64::MAX, 0u8);
    for (src, dst) in pixmap
        .data()
        .chunks_exact(4 * w as usize)
        .zip(packed.chunks_exact_mut(row_bytes))
    {
        let mut pairs = src.chunks_exact(8);
        for (pair, out) in pairs.by_ref().zip(dst.iter_mut()) {
            let bits = u64::from_le_bytes(pair.try_into().expect("eight bytes"));
            if bits != last.0 {
                last = (bits, index(&pair[..4]) << 4 | index(&pair[4..]));
            }
            *out = last.1;
        }
        // An odd width leaves one pixel, in the high four bits of the row's last byte.
        let rest = pairs.remainder();
        if !rest.is_empty() {
            dst[row_bytes - 1] = index(rest) << 4;
        }
    }
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Indexed);
        enc.set_depth(png::BitDepth::Four);
        enc.set_palette(palette.concat());
        // Default (zlib level 6, by zlib-rs: see Cargo.toml). Best takes several times as long
        // for one or two per cent fewer bytes; Fast makes a file three times the size.
        enc.set_compression(png::Compression::Default);
        // Rows of palette indices compress best unfiltered.
        enc.set_filter(png::FilterType::NoFilter);
        enc.set_adaptive_filter(png::AdaptiveFilterType::NonAdaptive);
        let mut writer = enc.write_header().map_err(PictureError::Png)?;
        writer
            .write_image_data(&packed)
            .map_err(PictureError::Png)?;
        writer.finish().map_err(PictureError::Png)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_palette_holds_every_colour_and_fits_a_png() {
        let p = palette();
        assert!(p.len() <= 16);
        for c in ALL {
            assert_eq!(p[usize::from(nearest(&p, rgb(c)))], rgb(c), "{c}");
        }
    }
}
