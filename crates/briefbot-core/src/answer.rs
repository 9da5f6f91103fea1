//! The answer model: what every front end renders. Pure data, serialisable as the CLI's `--json`
//! output, and free of any Discord or terminal concern.

use serde::Serialize;

use crate::kb::{EntryKind, Verdict};

/// Which command produced an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CommandName {
    Timeline,
    Actor,
    Claim,
    Ask,
}

impl CommandName {
    pub fn as_str(self) -> &'static str {
        match self {
            CommandName::Timeline => "timeline",
            CommandName::Actor => "actor",
            CommandName::Claim => "claim",
            CommandName::Ask => "ask",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Answered,
    NoMatch,
}

/// The answer to a search command.
#[derive(Clone, Debug, Serialize)]
pub struct Answer {
    pub command: CommandName,
    pub query: String,
    pub outcome: Outcome,
    pub results: Vec<Hit>,
    /// For `no_match`: the nearest entries, offered as "did you mean".
    pub suggestions: Vec<Hit>,
    /// A sentence for the reader, e.g. why nothing matched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// For `ask`: which command the question was routed to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub routed_to: Option<CommandName>,
    /// The brief a front end names when the answer has no entry to name one (nothing matched
    /// and nothing is suggested): the brief searched, or the first loaded.
    #[serde(skip)]
    pub about: Option<BriefRef>,
    /// What the answer-or-abstain decision weighed for the best entry (answered or not), for
    /// calibration and `--explain`. Not in the JSON.
    #[serde(skip)]
    pub evidence: Option<Evidence>,
}

/// The evidence that the best entry answers a question.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Evidence {
    /// The word score (0 to 1): how much of the question the entry's words cover.
    pub lexical: f32,
    /// The cosine between the question's and the entry's vectors, with an embedding table.
    pub cosine: Option<f32>,
    /// How far the entry's blended score stands above the next entry's.
    pub margin: f32,
    /// How many standard deviations the entry's cosine stands above the mean of the candidates
    /// compared by meaning.
    pub cosine_z: f32,
    /// Share of the question's word weight the entry does not match.
    pub unmatched: f32,
    /// The question asks for (or states) an amount the entry does not give.
    pub number_gap: bool,
    /// The question names a state or a well-known organisation that the entry's brief never
    /// mentions ("what is China's position…" of a brief that does not name China).
    pub outsider: bool,
    /// The question asks which person, place, outlet or organisation ("which airport…", "the
    /// name of the ambassador…") and the entry names none that the question does not.
    pub unnamed: bool,
    /// Which rule found `unnamed`, for reading evaluation samples.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unnamed_by: Option<&'static str>,
}

/// A verified quote with where it is.
#[derive(Clone, Debug, Serialize)]
pub struct CitationOut {
    pub brief: String,
    /// The body paragraph, counted from 1; 0 for the front and back matter, which `part` names.
    pub paragraph: usize,
    #[serde(skip_serializing_if = "is_body")]
    pub part: crate::kb::Part,
    pub quote: String,
    /// The brief links an outside source inside this quote.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub links_source: bool,
}

fn is_body(part: &crate::kb::Part) -> bool {
    *part == crate::kb::Part::Body
}

impl CitationOut {
    /// Where the quote is, as a reader is shown it: `¶4`, or `front matter` for the byline.
    pub fn place(&self) -> String {
        self.part.place(self.paragraph)
    }
}

/// A short reference to a related entry.
#[derive(Clone, Debug, Serialize)]
pub struct Related {
    pub id: String,
    pub kind: EntryKind,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
}

/// One result.
#[derive(Clone, Debug, Serialize)]
pub struct Hit {
    pub id: String,
    pub brief: String,
    pub kind: EntryKind,
    pub title: String,
    /// Confidence from 0 to 1; answers need at least the command's threshold.
    pub score: f32,
    /// ISO 8601 at the brief's precision (`2023-10-25`, `2014`, `2008/2009`); omitted when the
    /// brief gives no date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The date as a reader would say it, with the brief's own words where it has them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attributed_to: Vec<String>,
    /// The claim is (also) the brief's authors' own assessment.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub by_authors: bool,
    /// The statement asked about says the opposite of this claim: `verdict` is then the
    /// verdict on the statement asked (the brief says otherwise), `claim_verdict` the claim's.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub contradicts: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim_verdict: Option<Verdict>,
    /// The statement asked about is itself a report of this claim ("Putin compared the
    /// blockade to the siege of Leningrad"): the brief confirms that the speaker said it, which
    /// is not the same as confirming what was said. `claim_verdict` keeps the claim's own.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub reports_speaker: bool,
    /// The statement asked about has this word (a name, place or number) where the claim has
    /// another: the brief says otherwise on that one point.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replaced: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hedge: Option<String>,
    /// For actors: person, state, organisation, body, media outlet or place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor_kind: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Why this entry matched: which words hit which field, and how.
    pub matched: String,
    /// The summary, profile or statement, as curated.
    pub summary: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<String>,
    pub citations: Vec<CitationOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
    /// The brief this entry is from, for the renderer's footer and to tell the authors' own
    /// assessment from reported speech. Not in the JSON: `brief` names it there.
    #[serde(skip)]
    pub origin: BriefRef,
}

/// How front ends name a brief: what a footer or a "Source:" line needs, carried by the answer
/// so that a renderer never has to look the brief up again.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BriefRef {
    pub id: String,
    /// "INSS Insight No. 1784, November 9, 2023".
    pub label: String,
    pub title: String,
    pub authors: Vec<String>,
}

impl BriefRef {
    pub fn of(brief: &crate::kb::Brief) -> BriefRef {
        let m = brief.meta();
        BriefRef {
            id: brief.id().to_string(),
            label: m.label(),
            title: m.title.clone(),
            authors: m.authors.clone(),
        }
    }
}

/// `/brief`: the loaded briefs.
#[derive(Clone, Debug, Serialize)]
pub struct BriefInfo {
    pub id: String,
    pub title: String,
    pub authors: Vec<String>,
    pub publisher: String,
    pub series: String,
    pub number: u32,
    pub published: String,
    pub editors: Vec<String>,
    pub paragraphs: usize,
    pub actors: usize,
    pub events: usize,
    pub claims: usize,
    /// The brief is an unreviewed draft (`briefbot draft`), or still has entries marked as drafts.
    pub draft: bool,
    /// Entries still marked as drafts, waiting for a curator.
    pub unreviewed: usize,
    /// How front ends name this brief (see [`BriefRef`]).
    #[serde(skip)]
    pub origin: BriefRef,
}

/// `/source`: one paragraph of a brief.
#[derive(Clone, Debug, Serialize)]
pub struct SourceText {
    pub brief: String,
    pub brief_title: String,
    pub paragraph: usize,
    pub paragraphs: usize,
    pub text: String,
    /// Phrases where the brief links an outside source.
    pub linked: Vec<String>,
    /// Entries that cite this paragraph.
    pub cited_by: Vec<Related>,
    /// How front ends name this brief (see [`BriefRef`]).
    #[serde(skip)]
    pub origin: BriefRef,
}

/// What any command returns.
#[derive(Clone, Debug, Serialize)]
#[serde(untagged)]
pub enum Reply {
    Answer(Answer),
    Briefs {
        command: &'static str,
        briefs: Vec<BriefInfo>,
        /// Fingerprint of the live knowledge base, so readers can tell which version answered.
        version: String,
    },
    Source {
        command: &'static str,
        source: SourceText,
    },
}

impl Hit {
    /// The brief's position in words, keeping its attribution: "Supported by the brief",
    /// "Disputed by the brief", "Reported by Ali Baraka (interview with Russia Today), not
    /// verified by the brief". Every front end uses this sentence, so none can drop the
    /// attribution and present a reported claim as fact.
    pub fn verdict_line(&self) -> Option<String> {
        let verdict = self.verdict?;
        if self.contradicts {
            return Some(self.contradiction_line());
        }
        if self.reports_speaker {
            return Some(self.report_line());
        }
        let by = self.speakers_or("someone");
        let source = self.source_note();
        let hedge = self
            .hedge
            .as_deref()
            .map(|h| format!("; the brief's word: \"{h}\""))
            .unwrap_or_default();
        Some(match verdict {
            Verdict::Supported if self.by_authors => match self.speakers().as_slice() {
                [] => format!("Supported by the brief: stated by its authors{hedge}"),
                speakers => format!(
                    "Supported by the brief: said by {}{source} and endorsed by the authors{hedge}",
                    join_names(speakers)
                ),
            },
            Verdict::Supported => format!("Supported by the brief (per {by}{source}){hedge}"),
            Verdict::Disputed => format!("Disputed by the brief: claimed by {by}{source}{hedge}"),
            Verdict::Attributed => {
                format!("Reported by {by}{source}, not verified by the brief{hedge}")
            }
        })
    }
}

impl Hit {
    /// How a claim that says the opposite of the statement asked is presented: plainly, the
    /// brief says otherwise, with who says so.
    fn contradiction_line(&self) -> String {
        let by = self.speakers_or("someone");
        if let Some(word) = &self.replaced {
            let source = self.source_note();
            return match self.claim_verdict {
                Some(Verdict::Attributed) => format!(
                    "Reported otherwise: the brief reports {by}{source} with something else \
                     where the statement says \"{word}\" (not verified by the brief)"
                ),
                _ if self.by_authors => format!(
                    "The brief says otherwise: its authors give something else where the \
                     statement says \"{word}\""
                ),
                _ => format!(
                    "The brief says otherwise (per {by}{source}): something else where the \
                     statement says \"{word}\""
                ),
            };
        }
        match self.claim_verdict {
            Some(Verdict::Disputed) => format!(
                "The brief agrees with this statement: it rejects the opposite claim, made by {by}"
            ),
            Some(Verdict::Attributed) => {
                format!("Reported otherwise: {by} said the opposite (not verified by the brief)")
            }
            _ if self.by_authors => {
                "The brief says otherwise: its authors state the opposite".to_string()
            }
            _ => format!("The brief says otherwise (per {by})"),
        }
    }

    /// Who the claim is attributed to, or `nobody` when the brief names no one.
    fn speakers_or(&self, nobody: &str) -> String {
        if self.attributed_to.is_empty() {
            nobody.to_string()
        } else {
            join_names(&self.attributed_to)
        }
    }

    /// Where the claim was made, as " (interview with …)", or nothing.
    fn source_note(&self) -> String {
        self.source
            .as_deref()
            .map(|s| format!(" ({s})"))
            .unwrap_or_default()
    }

    /// How a statement that reports what someone said is presented: the brief confirms the
    /// report, and keeps its own position on what was said.
    fn report_line(&self) -> String {
        let by = self.speakers_or("the speaker");
        let source = self.source_note();
        match self.claim_verdict {
            Some(Verdict::Disputed) => format!(
                "Supported as a report: the brief says {by} did say so{source}, and disputes what was said"
            ),
            _ => format!(
                "Supported as a report: the brief says {by} did say so{source}; what was said is not verified by the brief"
            ),
        }
    }

    /// The aliases to show a reader: those written in Latin letters, as the brief is. The
    /// Cyrillic, Hebrew and Arabic spellings are there so that names typed in those scripts are
    /// found; listing a dozen of them under every answer would bury the ones readers know.
    pub fn display_aliases(&self) -> Vec<&str> {
        self.aliases
            .iter()
            .map(String::as_str)
            .filter(|a| {
                a.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(crate::text::is_latin_letter)
            })
            .collect()
    }

    /// Who makes a claim, other than the brief's authors.
    pub fn speakers(&self) -> Vec<String> {
        self.attributed_to
            .iter()
            .filter(|n| !self.origin.authors.contains(n))
            .cloned()
            .collect()
    }
}

/// "A", "A and B", "A, B and C".
pub fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
