//! Phase one of loading: the knowledge-base files exactly as curators write them.
//!
//! These structs promise nothing beyond "this is well-formed JSON of the right shape". Every
//! semantic rule (ids unique, quotes verbatim, dates real, references resolvable) is checked in
//! [`super::validate`], which turns them into the types of [`super`] whose invariants hold by
//! construction. `deny_unknown_fields` everywhere, so a misspelt field is an error rather than
//! silently lost data.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
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
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCitation {
    pub paragraph: usize,
    pub quote: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawActor {
    pub id: String,
    pub name: String,
    pub kind: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub profile: String,
    pub citations: Vec<RawCitation>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWhen {
    pub on: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub approx: Option<String>,
    pub undated: Option<String>,
    pub after: Option<String>,
    pub text: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: String,
    pub when: RawWhen,
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub actors: Vec<String>,
    pub citations: Vec<RawCitation>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClaim {
    pub id: String,
    pub statement: String,
    pub verdict: String,
    pub by: Vec<String>,
    pub source: Option<String>,
    pub hedge: Option<String>,
    #[serde(default)]
    pub actors: Vec<String>,
    pub citations: Vec<RawCitation>,
}
