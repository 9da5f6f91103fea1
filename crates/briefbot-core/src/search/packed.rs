//! Fixed-width little-endian storage for the index's long arrays in the snapshot.
//!
//! At a million entries the index holds about fifteen million postings and as many name terms
//! and spans again. Stored field by field, each number is a variable-length integer decoded on
//! its own, and decoding them was most of reading the index. Stored as one byte string of
//! fixed-width records, they decode in one tight pass over the bytes. Every record is checked
//! as it is read (an unknown kind or field is an error), so a damaged snapshot is refused, not
//! misread.

use serde::de::Visitor;
use serde::{Deserializer, Serializer};

use crate::kb::EntryKind;
use crate::search::index::{DocRef, Field, Posting};

/// A record of a fixed number of bytes.
pub(crate) trait Packed: Sized {
    const SIZE: usize;
    fn put(&self, out: &mut Vec<u8>);
    /// Reads a record from exactly [`Packed::SIZE`] bytes; `None` if they hold no valid record.
    fn get(bytes: &[u8]) -> Option<Self>;
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

impl Packed for u32 {
    const SIZE: usize = 4;
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn get(bytes: &[u8]) -> Option<Self> {
        Some(u32_at(bytes, 0))
    }
}

impl Packed for (u32, u32) {
    const SIZE: usize = 8;
    fn put(&self, out: &mut Vec<u8>) {
        self.0.put(out);
        self.1.put(out);
    }
    fn get(bytes: &[u8]) -> Option<Self> {
        Some((u32_at(bytes, 0), u32_at(bytes, 4)))
    }
}

fn kind_byte(kind: EntryKind) -> u8 {
    match kind {
        EntryKind::Actor => 0,
        EntryKind::Event => 1,
        EntryKind::Claim => 2,
    }
}

fn kind_of(byte: u8) -> Option<EntryKind> {
    Some(match byte {
        0 => EntryKind::Actor,
        1 => EntryKind::Event,
        2 => EntryKind::Claim,
        _ => return None,
    })
}

impl Packed for Posting {
    const SIZE: usize = 6;
    fn put(&self, out: &mut Vec<u8>) {
        self.doc.put(out);
        out.push(self.field as u8);
        out.push(kind_byte(self.kind));
    }
    fn get(bytes: &[u8]) -> Option<Self> {
        let field = match bytes[4] {
            0 => Field::Name,
            1 => Field::Text,
            2 => Field::Quote,
            3 => Field::Related,
            _ => return None,
        };
        Some(Posting {
            doc: u32_at(bytes, 0),
            field,
            kind: kind_of(bytes[5])?,
        })
    }
}

impl Packed for DocRef {
    const SIZE: usize = 9;
    fn put(&self, out: &mut Vec<u8>) {
        self.brief.put(out);
        out.push(kind_byte(self.kind));
        self.index.put(out);
    }
    fn get(bytes: &[u8]) -> Option<Self> {
        Some(DocRef {
            brief: u32_at(bytes, 0),
            kind: kind_of(bytes[4])?,
            index: u32_at(&bytes[5..], 0),
        })
    }
}

fn pack<T: Packed>(values: &[T], out: &mut Vec<u8>) {
    out.reserve(values.len() * T::SIZE);
    for v in values {
        v.put(out);
    }
}

fn unpack<T: Packed, E: serde::de::Error>(bytes: &[u8]) -> Result<Vec<T>, E> {
    if !bytes.len().is_multiple_of(T::SIZE) {
        return Err(E::custom(
            "a packed array's length is not a whole number of records",
        ));
    }
    bytes
        .chunks_exact(T::SIZE)
        .map(|b| T::get(b).ok_or_else(|| E::custom("a packed record holds an unknown value")))
        .collect()
}

/// Reads one byte string, borrowed when the format allows it.
struct BytesVisitor<F>(F);

impl<'de, T, F: FnOnce(&[u8]) -> Result<T, String>> Visitor<'de> for BytesVisitor<F> {
    type Value = T;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a byte string of packed records")
    }
    fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<T, E> {
        (self.0)(v).map_err(E::custom)
    }
}

/// `#[serde(with = "packed::flat")]` on a `Vec` of records.
pub(crate) mod flat {
    use super::*;

    pub fn serialize<S: Serializer, T: Packed>(values: &[T], s: S) -> Result<S::Ok, S::Error> {
        let mut out = Vec::new();
        pack(values, &mut out);
        s.serialize_bytes(&out)
    }

    pub fn deserialize<'de, D: Deserializer<'de>, T: Packed>(d: D) -> Result<Vec<T>, D::Error> {
        d.deserialize_bytes(BytesVisitor(|b: &[u8]| {
            unpack::<T, serde::de::value::Error>(b).map_err(|e| e.to_string())
        }))
    }
}

/// `#[serde(with = "packed::nested")]` on a `Vec` of `Vec`s of records: the lists' lengths,
/// then all their records, in one byte string.
pub(crate) mod nested {
    use super::*;

    pub fn serialize<S: Serializer, T: Packed>(lists: &[Vec<T>], s: S) -> Result<S::Ok, S::Error> {
        let total: usize = lists.iter().map(Vec::len).sum();
        let mut out = Vec::with_capacity(4 + lists.len() * 4 + total * T::SIZE);
        (lists.len() as u32).put(&mut out);
        for l in lists {
            (l.len() as u32).put(&mut out);
        }
        for l in lists {
            pack(l, &mut out);
        }
        s.serialize_bytes(&out)
    }

    pub fn deserialize<'de, D: Deserializer<'de>, T: Packed>(
        d: D,
    ) -> Result<Vec<Vec<T>>, D::Error> {
        d.deserialize_bytes(BytesVisitor(|b: &[u8]| read::<T>(b)))
    }

    fn read<T: Packed>(bytes: &[u8]) -> Result<Vec<Vec<T>>, String> {
        let short = || "a packed list of lists is cut short".to_string();
        let count = bytes.get(..4).ok_or_else(short)?;
        let count = u32_at(count, 0) as usize;
        let lengths = bytes
            .get(
                4..count
                    .checked_mul(4)
                    .and_then(|n| n.checked_add(4))
                    .ok_or_else(short)?,
            )
            .ok_or_else(short)?;
        let mut rest = &bytes[4 + lengths.len()..];
        let mut lists = Vec::with_capacity(count);
        for len in lengths.chunks_exact(4) {
            let n = (u32_at(len, 0) as usize)
                .checked_mul(T::SIZE)
                .filter(|&n| n <= rest.len())
                .ok_or_else(short)?;
            let (this, tail) = rest.split_at(n);
            lists.push(unpack::<T, serde::de::value::Error>(this).map_err(|e| e.to_string())?);
            rest = tail;
        }
        if !rest.is_empty() {
            return Err("a packed list of lists has bytes left over".into());
        }
        Ok(lists)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
    struct Holder {
        #[serde(with = "flat")]
        docs: Vec<DocRef>,
        #[serde(with = "flat")]
        spans: Vec<(u32, u32)>,
        #[serde(with = "nested")]
        postings: Vec<Vec<Posting>>,
    }

    fn holder() -> Holder {
        let p = |doc, field, kind| Posting { doc, field, kind };
        Holder {
            docs: vec![
                DocRef {
                    brief: 0,
                    kind: EntryKind::Actor,
                    index: 0,
                },
                DocRef {
                    brief: u32::MAX,
                    kind: EntryKind::Claim,
                    index: 70_000,
                },
            ],
            spans: vec![(1, 2), (u32::MAX, 0)],
            postings: vec![
                vec![
                    p(3, Field::Quote, EntryKind::Event),
                    p(9, Field::Related, EntryKind::Claim),
                ],
                vec![],
                vec![p(u32::MAX, Field::Name, EntryKind::Actor)],
            ],
        }
    }

    #[test]
    fn records_read_back_as_written() {
        let h = holder();
        let bytes = postcard::to_allocvec(&h).unwrap();
        assert_eq!(postcard::from_bytes::<Holder>(&bytes).unwrap(), h);
    }

    #[test]
    fn damaged_records_are_refused() {
        let h = holder();
        let good = postcard::to_allocvec(&h).unwrap();
        // Every single-byte change that lands on a kind or field byte, or cuts a length, must
        // either read back as some valid holder or be refused: never panic.
        for i in 0..good.len() {
            for v in [0u8, 3, 7, 0xff] {
                let mut bad = good.clone();
                bad[i] = v;
                let _ = postcard::from_bytes::<Holder>(&bad);
            }
        }
        for cut in 0..good.len() {
            assert!(
                postcard::from_bytes::<Holder>(&good[..cut]).is_err(),
                "cut at {cut}"
            );
        }
        // The first posting's kind byte set to an unknown kind is refused.
        let mut bad = good.clone();
        let at = good.len() - 6 * 3 + 5;
        bad[at] = 9;
        assert!(postcard::from_bytes::<Holder>(&bad).is_err());
    }
}
