//! The bundled font, and text widths measured from it.
//!
//! The picture is drawn with DejaVu Sans from `assets/fonts/` and nothing else: the same bytes
//! measure the labels during layout and draw them when rasterising, so the no-overlap guarantee
//! holds for the pixels and not just for an estimate, and every machine draws the same picture.

use std::sync::{Arc, OnceLock};

pub const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
pub const BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");
/// The family name both bundled faces carry; the SVG names it and nothing else.
pub const FAMILY: &str = "DejaVu Sans";

/// Horizontal advances of one face, in font units, with its units per em.
struct Metrics {
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
    /// Advances of the first 512 code points, looked up once: nearly every label is Latin text.
    common: Vec<u16>,
}

impl Metrics {
    fn load(bytes: &'static [u8]) -> Metrics {
        let face = ttf_parser::Face::parse(bytes, 0).expect("the bundled font parses");
        let advance = |c: char| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .unwrap_or(0)
        };
        let common = (0u32..512)
            .map(|u| char::from_u32(u).map_or(0, advance))
            .collect();
        Metrics {
            units_per_em: f32::from(face.units_per_em()),
            common,
            face,
        }
    }

    fn advance(&self, c: char) -> u16 {
        if let Some(&a) = self.common.get(c as usize) {
            return a;
        }
        let face = &self.face;
        // A character the font lacks is drawn by usvg as the font's missing glyph (glyph 0).
        let glyph = face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
        face.glyph_hor_advance(glyph).unwrap_or(0)
    }
}

/// The parsed face of the regular or the bold font.
pub fn face(bold: bool) -> &'static ttf_parser::Face<'static> {
    &metrics(bold).face
}

fn metrics(bold: bool) -> &'static Metrics {
    static REGULAR_METRICS: OnceLock<Metrics> = OnceLock::new();
    static BOLD_METRICS: OnceLock<Metrics> = OnceLock::new();
    if bold {
        BOLD_METRICS.get_or_init(|| Metrics::load(BOLD))
    } else {
        REGULAR_METRICS.get_or_init(|| Metrics::load(REGULAR))
    }
}

/// The width in pixels of `text` set at `size` pixels without kerning. The SVG asks for none
/// (`font-kerning="none"`), but usvg reads that property only from a `style`, so resvg, and
/// the picture's text drawn as resvg draws it, are kerned: the drawn text is within a pixel or
/// so of this width (mostly narrower, as most kerning pairs tighten), which the label tests
/// allow for.
pub fn width(text: &str, size: f32, bold: bool) -> f32 {
    let m = metrics(bold);
    let units: u32 = text.chars().map(|c| u32::from(m.advance(c))).sum();
    units as f32 * size / m.units_per_em
}

/// The font database usvg draws with: the bundled faces only, never the system's fonts.
pub fn database() -> Arc<resvg::usvg::fontdb::Database> {
    static DB: OnceLock<Arc<resvg::usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = resvg::usvg::fontdb::Database::new();
        db.load_font_data(REGULAR.to_vec());
        db.load_font_data(BOLD.to_vec());
        db.set_sans_serif_family(FAMILY);
        Arc::new(db)
    })
    .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_grow_with_text_size_and_weight() {
        let cases = [
            ("Oct 25", 17.0),
            ("¶6", 15.0),
            ("Putin–Netanyahu phone call", 17.0),
        ];
        for (text, size) in cases {
            let w = width(text, size, false);
            assert!(w > 0.0, "{text}");
            assert!(width(text, size * 2.0, false) > w * 1.99, "{text}");
            assert!(width(text, size, true) > w, "{text}: bold is wider");
        }
        assert_eq!(width("", 17.0, false), 0.0);
    }

    #[test]
    fn the_database_holds_only_the_bundled_faces() {
        let db = database();
        assert_eq!(db.len(), 2);
        assert!(db
            .faces()
            .all(|f| f.families.iter().any(|(n, _)| n == FAMILY)));
    }
}
