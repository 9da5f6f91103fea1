//! Rasterising the SVG with resvg and writing it as a small palette PNG.
//!
//! The picture uses a handful of flat colours; only anti-aliased edges make others. So the
//! pixels are mapped onto a fixed palette of those colours and a few blends of them, and written
//! as a 4-bit indexed PNG: a fraction of the size of an RGBA one, small enough to answer an
//! HTTP interaction inline, and the same bytes on every machine.

use std::collections::HashMap;

use resvg::tiny_skia;
use resvg::usvg;

use super::font;
use super::svg::colour::*;
use super::PictureError;

fn rgb(hex: &str) -> [u8; 3] {
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

/// Rasterises SVG text drawn with the bundled font.
pub fn rasterise(svg: &str) -> Result<tiny_skia::Pixmap, PictureError> {
    let options = usvg::Options {
        fontdb: font::database(),
        font_family: font::FAMILY.to_string(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| PictureError::Svg(e.to_string()))?;
    let size = tree.size().to_int_size();
    let mut pixmap =
        tiny_skia::Pixmap::new(size.width(), size.height()).ok_or(PictureError::Size {
            width: size.width(),
            height: size.height(),
        })?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    Ok(pixmap)
}

/// Maps the pixels onto the palette and encodes an 8-bit indexed PNG.
pub fn encode(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, PictureError> {
    let palette = palette();
    let (w, h) = (pixmap.width(), pixmap.height());
    let mut indices = Vec::with_capacity((w * h) as usize);
    let mut memo: HashMap<[u8; 3], u8> = HashMap::new();
    let mut last: Option<([u8; 3], u8)> = None;
    // The background is opaque, so the premultiplied pixels are the colours themselves.
    for px in pixmap.data().chunks_exact(4) {
        let c = [px[0], px[1], px[2]];
        let i = match last {
            Some((lc, li)) if lc == c => li,
            _ => *memo.entry(c).or_insert_with(|| nearest(&palette, c)),
        };
        last = Some((c, i));
        indices.push(i);
    }
    // Two pixels to a byte, the first in the high four bits; each row starts on a byte.
    let row_bytes = (w as usize).div_ceil(2);
    let mut packed = vec![0u8; row_bytes * h as usize];
    for (y, row) in indices.chunks_exact(w as usize).enumerate() {
        for (x, &i) in row.iter().enumerate() {
            packed[y * row_bytes + x / 2] |= if x % 2 == 0 { i << 4 } else { i };
        }
    }
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Indexed);
        enc.set_depth(png::BitDepth::Four);
        enc.set_palette(palette.concat());
        // Default, not Best: Best takes twice as long for a few per cent fewer bytes.
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
