//! Phase one of loading: the knowledge-base files exactly as curators write them.
//!
//! These structs promise nothing beyond "this is well-formed JSON of the right shape". Every
//! semantic rule (ids unique, quotes verbatim, dates real, references resolvable) is checked in
//! `kb::validate`, which turns them into the types of [`super`] whose invariants hold by
//! construction. `deny_unknown_fields` everywhere, so a misspelt field is an error rather than
//! silently lost data.
//!
//! They also derive `Serialize`, so tools that write knowledge bases (the synthetic libraries of
//! `crate::synth`) share the format with the loader instead of spelling the JSON out by hand.
//! Absent optional fields are left out rather than written as `null`, as a curator writes them.
//!
//! Every struct here must be written as a JSON object. Serde's derived `Deserialize` also accepts
//! a struct written as an array of its fields in order (`[1, "a"]` for a citation), a form the
//! format does not have and no curator means; [`Object`] and the `deserialize_with` helpers below
//! refuse it, naming the shape that was expected.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

/// A raw type's shape as an error message shows it ("expected …").
pub trait Shape {
    const EXPECTING: &'static str;
}

/// A `T` that may only be written as a JSON object.
pub struct Object<T>(pub T);

impl<'de, T: Deserialize<'de> + Shape> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ObjectVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de> + Shape> Visitor<'de> for ObjectVisitor<T> {
            type Value = Object<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(T::EXPECTING)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Object<T>, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Object)
            }
        }
        d.deserialize_map(ObjectVisitor(PhantomData))
    }
}

fn object<'de, D: Deserializer<'de>, T: Deserialize<'de> + Shape>(d: D) -> Result<T, D::Error> {
    Object::<T>::deserialize(d).map(|o| o.0)
}

fn objects<'de, D: Deserializer<'de>, T: Deserialize<'de> + Shape>(
    d: D,
) -> Result<Vec<T>, D::Error> {
    Vec::<Object<T>>::deserialize(d).map(|v| v.into_iter().map(|o| o.0).collect())
}

impl Shape for RawBrief {
    const EXPECTING: &'static str = "the brief's metadata as an object `{\"title\": …, …}`";
}
impl Shape for RawCitation {
    const EXPECTING: &'static str =
        "a citation written as an object `{\"paragraph\": N, \"quote\": \"…\"}`";
}
impl Shape for RawActor {
    const EXPECTING: &'static str = "an actor written as an object `{\"id\": \"…\", …}`";
}
impl Shape for RawWhen {
    const EXPECTING: &'static str =
        "a `when` written as an object such as `{\"on\": \"2023-10-25\"}`";
}
impl Shape for RawEvent {
    const EXPECTING: &'static str = "an event written as an object `{\"id\": \"…\", …}`";
}
impl Shape for RawClaim {
    const EXPECTING: &'static str = "a claim written as an object `{\"id\": \"…\", …}`";
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawBrief {
    pub title: String,
    pub authors: Vec<String>,
    pub publisher: String,
    pub series: String,
    pub number: u32,
    pub published: String,
    #[serde(default)]
    pub editors: Vec<String>,
    pub seed: String,
    #[serde(default)]
    pub front_matter: usize,
    #[serde(default)]
    pub back_matter: usize,
    /// The whole brief was drafted by `briefbot draft` and a curator has not yet signed it off.
    #[serde(default, skip_serializing_if = "is_false")]
    pub draft: bool,
}

/// Serde's `skip_serializing_if` for the draft markers: a reviewed entry does not carry the field.
fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawCitation {
    pub paragraph: usize,
    pub quote: String,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawActor {
    pub id: String,
    pub name: String,
    pub kind: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub profile: String,
    #[serde(deserialize_with = "objects")]
    pub citations: Vec<RawCitation>,
    /// Written by `briefbot draft` and not yet reviewed by a curator (remove it once reviewed).
    #[serde(default, skip_serializing_if = "is_false")]
    pub draft: bool,
}

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawWhen {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approx: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub undated: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: String,
    #[serde(deserialize_with = "object")]
    pub when: RawWhen,
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub actors: Vec<String>,
    #[serde(deserialize_with = "objects")]
    pub citations: Vec<RawCitation>,
    /// Written by `briefbot draft` and not yet reviewed by a curator (remove it once reviewed).
    #[serde(default, skip_serializing_if = "is_false")]
    pub draft: bool,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawClaim {
    pub id: String,
    pub statement: String,
    pub verdict: String,
    pub by: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hedge: Option<String>,
    #[serde(default)]
    pub actors: Vec<String>,
    #[serde(deserialize_with = "objects")]
    pub citations: Vec<RawCitation>,
    /// Written by `briefbot draft` and not yet reviewed by a curator (remove it once reviewed).
    #[serde(default, skip_serializing_if = "is_false")]
    pub draft: bool,
}
