//! The knowledge base: briefs, their paragraphs, and the curated actors, events and claims.
//!
//! Loading is two-phase. [`raw`] deserialises the curators' JSON as it is; `validate` checks
//! every rule and builds the types below. A [`Library`] can only be obtained from
//! [`Library::load`], so holding one means every quote was found in its paragraph, every
//! reference resolves and every date is real.

pub mod date;
pub mod error;
pub mod raw;
pub mod seed;
mod validate;

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

pub use date::{Point, When};
pub use error::{KbError, LoadErrors, Problem};
pub use seed::Paragraph;

pub(crate) use validate::folder_names;

/// The shortest quote a citation may have: at least this many words…
pub const MIN_QUOTE_WORDS: usize = 3;
/// …and at least this many characters (after markup is stripped). A quote of a word or two is
/// found in almost any paragraph, so it would "verify" a citation without showing the point; the
/// shortest quote of the bundled brief ("according to state-run media") has 4 words and 28
/// characters.
pub const MIN_QUOTE_CHARS: usize = 15;

/// What a curated entry is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    Event,
    Actor,
    Claim,
}

impl EntryKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Event => "event",
            EntryKind::Actor => "actor",
            EntryKind::Claim => "claim",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    State,
    Organisation,
    Body,
    Media,
    Place,
}

impl ActorKind {
    /// The kind as `actors.json` writes it (what `ActorKind::parse` reads).
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::State => "state",
            ActorKind::Organisation => "organisation",
            ActorKind::Body => "body",
            ActorKind::Media => "media",
            ActorKind::Place => "place",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "person" => ActorKind::Person,
            "state" => ActorKind::State,
            "organisation" | "organization" => ActorKind::Organisation,
            "body" => ActorKind::Body,
            "media" => ActorKind::Media,
            "place" => ActorKind::Place,
            _ => return None,
        })
    }

    pub fn label(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::State => "state",
            ActorKind::Organisation => "organisation",
            ActorKind::Body => "body",
            ActorKind::Media => "media outlet",
            ActorKind::Place => "place",
        }
    }
}

/// The brief's position on a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// The brief asserts it or presents evidence for it.
    Supported,
    /// The brief rejects it.
    Disputed,
    /// The brief reports it without endorsing it.
    Attributed,
}

impl Verdict {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "supported" => Verdict::Supported,
            "disputed" => Verdict::Disputed,
            "attributed" => Verdict::Attributed,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Disputed => "disputed",
            Verdict::Attributed => "attributed",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where in the seed a quote was found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// A numbered body paragraph.
    #[default]
    Body,
    /// The title and byline before the body (cited as paragraph 0).
    Front,
    /// The editors, notes and other lines after the body (cited as paragraph 0).
    Back,
}

impl Part {
    /// How a reader is shown where a quote is: `¶4`, or the part of the brief around the body.
    pub fn place(self, paragraph: usize) -> String {
        match self {
            Part::Body => format!("¶{paragraph}"),
            Part::Front => "front matter".to_string(),
            Part::Back => "back matter".to_string(),
        }
    }
}

/// A verified quote: `quote` was found in paragraph `paragraph` (or, for paragraph 0, in the
/// front or back matter that `part` names) when the brief loaded.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Citation {
    /// The body paragraph, counted from 1; 0 for the front and back matter.
    pub paragraph: usize,
    pub part: Part,
    pub quote: String,
    /// The quote touches a place where the brief links an outside source.
    pub links_source: bool,
    /// Byte range of the quote in the paragraph text.
    pub span: (usize, usize),
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct BriefMeta {
    pub title: String,
    pub authors: Vec<String>,
    pub publisher: String,
    pub series: String,
    pub number: u32,
    pub published: Point,
    pub editors: Vec<String>,
    pub seed_path: PathBuf,
    /// `briefbot draft` wrote this brief and a curator has not yet signed it off.
    #[serde(default)]
    pub draft: bool,
}

impl BriefMeta {
    /// The year and month of a brief published on a known day: the month a date without one
    /// ("Oct 7", "the 16th") is read in.
    pub fn published_month(&self) -> Option<(i32, u8)> {
        match self.published {
            Point::Day(y, m, _) => Some((y, m)),
            _ => None,
        }
    }

    /// "INSS Insight No. 1784, November 9, 2023": how the bot names its source in a footer.
    pub fn label(&self) -> String {
        format!(
            "{} No. {}, {}",
            self.series,
            self.number,
            self.published.human()
        )
    }
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub aliases: Vec<String>,
    pub profile: String,
    pub citations: Vec<Citation>,
    /// Indices into the brief's events that involve this actor, in story order.
    pub events: Vec<usize>,
    /// Indices into the brief's claims that this actor makes or is the subject of.
    pub claims: Vec<usize>,
    /// Drafted by `briefbot draft` and not yet reviewed by a curator.
    #[serde(default)]
    pub draft: bool,
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Event {
    pub id: String,
    pub when: When,
    /// The brief's own words for the time, or what an undated event is anchored to.
    pub when_text: Option<String>,
    /// For an undated event, the month or year it must fall in: after the dated event the
    /// story tells it after, and before the brief was published (see [`Point::spanning`]).
    /// "During the war itself", in a brief of November 2023 on a war that began on October 7,
    /// 2023, is 2023; "over the years" after 2011 is no one year, and stays `None`.
    #[serde(default)]
    pub within: Option<Point>,
    pub title: String,
    pub summary: String,
    /// Indices into the brief's actors.
    pub actors: Vec<usize>,
    pub citations: Vec<Citation>,
    /// Position in the brief's timeline (0 first).
    pub order: usize,
    /// Drafted by `briefbot draft` and not yet reviewed by a curator.
    #[serde(default)]
    pub draft: bool,
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Claim {
    pub id: String,
    pub statement: String,
    pub verdict: Verdict,
    /// Indices into the brief's actors: who makes the claim.
    pub by: Vec<usize>,
    pub source: Option<String>,
    pub hedge: Option<String>,
    pub actors: Vec<usize>,
    pub citations: Vec<Citation>,
    /// Drafted by `briefbot draft` and not yet reviewed by a curator.
    #[serde(default)]
    pub draft: bool,
}

/// One validated brief. It is serialisable only for the index snapshot (see
/// [`crate::snapshot`]), which is bound to the exact files it was validated from.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct Brief {
    id: String,
    /// Fingerprint of this brief's files.
    fingerprint: u64,
    meta: BriefMeta,
    /// The title and byline blocks before the body, one per line, as citations of paragraph 0
    /// quote them.
    front: String,
    /// The blocks after the body (editors, notes), one per line.
    back: String,
    paragraphs: Vec<Paragraph>,
    actors: Vec<Actor>,
    events: Vec<Event>,
    claims: Vec<Claim>,
    /// Event indices in timeline order.
    timeline: Vec<usize>,
    /// Every entry by its id. It is built on the first lookup rather than at load or stored in
    /// the snapshot: a million entries' ids are a million allocations, most of a brief's
    /// decoding time, for a map that few requests consult.
    #[serde(skip)]
    by_id: std::sync::OnceLock<HashMap<String, (EntryKind, usize)>>,
    /// Every actor name and alias as whole words (see [`Brief::actor_names`]); built on first
    /// use, not stored in the snapshot.
    #[serde(skip)]
    names: std::sync::OnceLock<Words>,
    /// Each word of the actors' names and aliases, lower-cased, with the actors whose names
    /// hold it (see [`Brief::actors_named_in`]); built on first use, not stored in the snapshot.
    #[serde(skip)]
    name_words: std::sync::OnceLock<HashMap<String, Vec<usize>>>,
    /// What [`Brief::body_mentions_known`] found, per name of the fixed table it is asked about:
    /// the answer never changes for a loaded brief, and a scan of the body costs more than the
    /// rest of a question.
    #[serde(skip)]
    mentions: std::sync::Mutex<HashMap<(&'static str, bool), bool>>,
}

/// A text's words once space-padded (" russia the russians … "), as written and lower-cased, so
/// that a search for " us " finds the word and not "usual", and "US" only in capitals.
#[derive(Debug)]
pub struct Words {
    pub exact: String,
    pub lower: String,
}

impl Words {
    fn of(text: &str) -> Words {
        Words {
            exact: padded_words(text),
            lower: padded_words(&text.to_lowercase()),
        }
    }
}

/// Short English words that are also acronyms of actors ("US", "AID", "WAR"); beside the stop
/// words, they name the actor only as typed in capitals, since in lower case they are far more
/// often the word.
const WORD_ACRONYMS: &[&str] = &[
    "us", "ok", "oh", "hi", "aid", "act", "age", "air", "all", "arm", "art", "can", "cap", "law",
    "man", "may", "oil", "gas", "sea", "sun", "top", "war", "win", "care", "pact", "salt", "aim",
];

/// The words of a name or text, lower-cased, split wherever [`holds_words`] may find a word's
/// edge: every word of a name found in a text is among the text's words here.
fn name_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Whether `text` holds `form` at word boundaries, exactly or ignoring the case of ASCII letters.
/// A byte outside ASCII next to a match counts as part of a word, so "Chinaé" is not "China".
pub fn holds_words(text: &str, form: &str, exact: bool) -> bool {
    let (t, f) = (text.as_bytes(), form.as_bytes());
    if f.is_empty() || f.len() > t.len() {
        return false;
    }
    let same = |a: u8, b: u8| {
        if exact {
            a == b
        } else {
            a.eq_ignore_ascii_case(&b)
        }
    };
    let word_byte = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    let at = |start: usize| {
        start + f.len() <= t.len()
            && t[start..start + f.len()]
                .iter()
                .zip(f)
                .all(|(&a, &b)| same(a, b))
            && (start == 0 || !word_byte(t[start - 1]))
            && t.get(start + f.len()).is_none_or(|&b| !word_byte(b))
    };
    // Only the places where the form's first letter stands are compared, found with memchr's
    // vector search: a question's check for a state the brief never names reads the whole body.
    let (lower, upper) = (f[0].to_ascii_lowercase(), f[0].to_ascii_uppercase());
    if exact || lower == upper {
        memchr::memchr_iter(f[0], t).any(at)
    } else {
        memchr::memchr2_iter(lower, upper, t).any(at)
    }
}

/// The text's words, separated and surrounded by single spaces, for whole-word search.
pub fn padded_words(text: &str) -> String {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    format!(" {} ", words.join(" "))
}

impl Brief {
    /// The indices of the actors that `text` names by their name or one of their aliases, as
    /// whole words (short capitalised forms such as "RT" only as written, so "rt" in a word is
    /// not one). Indices, as entries list their actors.
    pub fn actors_named_in(&self, text: &str) -> Vec<usize> {
        // Only actors with a word of some name in the text can be named in it: they are found
        // by word, and only they are checked name by name. A question is checked against
        // several briefs' actors when it is asked of a whole library, and reading every name of
        // each brief would cost more than the rest of the answer.
        let index = self.name_words.get_or_init(|| {
            let mut index: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, a) in self.actors.iter().enumerate() {
                for form in std::iter::once(&a.name).chain(&a.aliases) {
                    for w in name_words(form) {
                        let actors = index.entry(w).or_default();
                        if actors.last() != Some(&i) {
                            actors.push(i);
                        }
                    }
                }
            }
            index
        });
        let mut candidates: Vec<usize> = name_words(text)
            .filter_map(|w| index.get(&w))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        candidates
            .into_iter()
            .filter(|&i| {
                let a = &self.actors[i];
                std::iter::once(&a.name).chain(&a.aliases).any(|form| {
                    // A short acronym that is also a small English word ("US", "IT", "WHO")
                    // counts only as typed in capitals, or in lower case right after "the"
                    // ("the us vetoed it"), where the pronoun cannot stand. Others ("RT",
                    // "IDF", "UNSC") are names in any case, as chat types them.
                    let short_caps =
                        form.chars().count() <= 4 && form.chars().all(|c| !c.is_lowercase());
                    if short_caps {
                        let lower = form.to_lowercase();
                        if crate::text::is_stop_word(&lower)
                            || WORD_ACRONYMS.contains(&lower.as_str())
                        {
                            return holds_words(text, form, true)
                                || holds_words(text, &format!("the {lower}"), false);
                        }
                    }
                    holds_words(text, form, false)
                })
            })
            .collect()
    }

    pub fn id(&self) -> &str {
        &self.id
    }
    pub fn meta(&self) -> &BriefMeta {
        &self.meta
    }
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }
    /// The brief's actor names and aliases as whole words, built once per brief: a question
    /// that names a state asks whether the brief names it too, and most states a question names
    /// are the brief's actors.
    pub fn actor_names(&self) -> &Words {
        self.names.get_or_init(|| {
            let mut names = String::new();
            for a in &self.actors {
                for n in std::iter::once(&a.name).chain(&a.aliases) {
                    names.push_str(n);
                    names.push(' ');
                }
            }
            Words::of(&names)
        })
    }

    /// Whether the body holds `form` as whole words: exactly for an acronym ("US" and not
    /// "us"), otherwise in any case of ASCII letters. It scans the paragraphs in place rather
    /// than preparing a copy of the body, which for a long brief costs more than many scans.
    pub fn body_mentions(&self, form: &str, acronym: bool) -> bool {
        self.paragraphs
            .iter()
            .any(|p| holds_words(&p.text, form, acronym))
    }

    /// [`Brief::body_mentions`] for a name of a fixed table (the states and organisations a
    /// question may name), remembered per brief. Only `'static` names are remembered, so the
    /// memory it takes is bounded by the table, whatever is asked.
    pub fn body_mentions_known(&self, form: &'static str, acronym: bool) -> bool {
        let mut memo = self
            .mentions
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *memo
            .entry((form, acronym))
            .or_insert_with(|| self.body_mentions(form, acronym))
    }

    /// The text a citation quotes: its body paragraph, or the front or back matter.
    pub fn cited_text(&self, c: &Citation) -> Option<&str> {
        match c.part {
            Part::Body => self.paragraph(c.paragraph).map(|p| p.text.as_str()),
            Part::Front => Some(&self.front),
            Part::Back => Some(&self.back),
        }
    }
    /// Paragraph `n`, counted from 1 as citations count.
    pub fn paragraph(&self, n: usize) -> Option<&Paragraph> {
        n.checked_sub(1).and_then(|i| self.paragraphs.get(i))
    }
    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }
    pub fn events(&self) -> &[Event] {
        &self.events
    }
    pub fn claims(&self) -> &[Claim] {
        &self.claims
    }
    /// The citations of entry `index` of `kind`, or `None` past the end of its list.
    pub fn entry_citations(&self, kind: EntryKind, index: usize) -> Option<&[Citation]> {
        match kind {
            EntryKind::Actor => self.actors.get(index).map(|a| a.citations.as_slice()),
            EntryKind::Event => self.events.get(index).map(|e| e.citations.as_slice()),
            EntryKind::Claim => self.claims.get(index).map(|c| c.citations.as_slice()),
        }
    }
    /// Whether the actors `by` (a claim's speakers) include one of the brief's authors: the
    /// claim is the authors' own view.
    pub fn by_authors(&self, by: &[usize]) -> bool {
        by.iter().any(|&a| {
            self.actors
                .get(a)
                .is_some_and(|a| self.meta.authors.contains(&a.name))
        })
    }
    /// The positions of the events in [`Brief::events`], in the order the story happened.
    pub fn timeline_indices(&self) -> &[usize] {
        &self.timeline
    }
    /// Events in the order the story happened.
    pub fn timeline(&self) -> impl Iterator<Item = &Event> {
        self.timeline.iter().map(|&i| &self.events[i])
    }
    pub fn lookup(&self, id: &str) -> Option<(EntryKind, usize)> {
        self.by_id
            .get_or_init(|| {
                let actors = self.actors.iter().enumerate();
                let events = self.events.iter().enumerate();
                let claims = self.claims.iter().enumerate();
                actors
                    .map(|(i, a)| (a.id.clone(), (EntryKind::Actor, i)))
                    .chain(events.map(|(i, e)| (e.id.clone(), (EntryKind::Event, i))))
                    .chain(claims.map(|(i, c)| (c.id.clone(), (EntryKind::Claim, i))))
                    .collect()
            })
            .get(id)
            .copied()
    }
    pub fn entry_count(&self) -> usize {
        self.actors.len() + self.events.len() + self.claims.len()
    }
    /// How many entries still carry the draft marker, i.e. wait for a curator's review.
    pub fn draft_count(&self) -> usize {
        self.actors.iter().filter(|a| a.draft).count()
            + self.events.iter().filter(|e| e.draft).count()
            + self.claims.iter().filter(|c| c.draft).count()
    }
    /// Every citation of the brief: the actors', then the events', then the claims', each in
    /// file order. Coverage, `check`'s counts and the tests all need the brief's evidence as one
    /// list, whichever entry cites it.
    pub fn citations(&self) -> impl Iterator<Item = &Citation> {
        let actors = self.actors.iter().flat_map(|a| &a.citations);
        let events = self.events.iter().flat_map(|e| &e.citations);
        let claims = self.claims.iter().flat_map(|c| &c.citations);
        actors.chain(events).chain(claims)
    }
}

/// All loaded briefs. Only [`Library::load`] makes one, so a `Library` is always valid.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct Library {
    briefs: Vec<Brief>,
    root: PathBuf,
    version: String,
}

impl Library {
    /// Loads and validates every brief folder under `root`, reporting every problem found.
    pub fn load(root: &Path) -> Result<Library, LoadErrors> {
        validate::load_library(root)
    }

    /// A library read back from an index snapshot (see [`crate::snapshot`]), which is written
    /// only from a library that passed [`Library::load`] and used only while its files are
    /// unchanged.
    pub(crate) fn from_snapshot(briefs: Vec<Brief>, root: PathBuf, version: String) -> Library {
        Library {
            briefs,
            root,
            version,
        }
    }

    pub fn briefs(&self) -> &[Brief] {
        &self.briefs
    }

    pub fn brief(&self, id: &str) -> Option<&Brief> {
        self.briefs.iter().find(|b| b.id == id)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// A fingerprint of every file the library was loaded from (16 hex digits): two loads of
    /// the same files have the same version, and any edit changes it. `/healthz` and `/brief`
    /// show it, so operators can tell which knowledge base is live.
    pub fn version(&self) -> &str {
        &self.version
    }

    pub fn entry_count(&self) -> usize {
        self.briefs.iter().map(Brief::entry_count).sum()
    }
}

/// A sentence of a brief's body that no citation covers.
#[derive(Debug)]
pub struct Uncovered {
    pub brief: String,
    pub paragraph: usize,
    pub sentence: String,
}

/// Finds body sentences that no citation covers. A sentence counts as covered when the quotes
/// cited from its paragraph span at least half of its characters, so a claim quoting the
/// assertion's core covers it without having to quote every subordinate clause.
pub fn uncovered_sentences(brief: &Brief) -> Vec<Uncovered> {
    let mut spans: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
    for c in brief.citations() {
        spans.entry(c.paragraph).or_default().push(c.span);
    }
    let mut out = Vec::new();
    for p in &brief.paragraphs {
        let cited = spans.get(&p.number).map(Vec::as_slice).unwrap_or(&[]);
        for (start, end) in seed::sentences(&p.text) {
            let covered = (start..end)
                .filter(|&i| p.text.is_char_boundary(i))
                .filter(|&i| cited.iter().any(|&(a, b)| a <= i && i < b))
                .count();
            let total = (start..end).filter(|&i| p.text.is_char_boundary(i)).count();
            if covered * 2 < total {
                out.push(Uncovered {
                    brief: brief.id.clone(),
                    paragraph: p.number,
                    sentence: p.text[start..end].to_string(),
                });
            }
        }
    }
    out
}

/// A name of an actor that the brief uses but none of the actor's citations shows.
#[derive(Debug)]
pub struct AliasHint {
    pub actor: String,
    pub alias: String,
    pub paragraphs: Vec<usize>,
}

/// Finds names (canonical or alias) that appear in the brief's body while no citation of their
/// actor contains them. Citations are what a reader sees as evidence, so an actor found by
/// "Kremlin" should show where the brief says "Kremlin". Short names (under 3 characters) are
/// skipped: "US" is everywhere.
pub fn alias_hints(brief: &Brief) -> Vec<AliasHint> {
    let mut out = Vec::new();
    for a in &brief.actors {
        let quotes: Vec<String> = a.citations.iter().map(|c| c.quote.to_lowercase()).collect();
        for name in std::iter::once(&a.name).chain(&a.aliases) {
            if name.chars().count() < 3 || quotes.iter().any(|q| q.contains(&name.to_lowercase())) {
                continue;
            }
            let paragraphs: Vec<usize> = brief
                .paragraphs
                .iter()
                .filter(|p| contains_word(&p.text, name))
                .map(|p| p.number)
                .collect();
            if !paragraphs.is_empty() {
                out.push(AliasHint {
                    actor: a.id.clone(),
                    alias: name.clone(),
                    paragraphs,
                });
            }
        }
    }
    out
}

/// Whether `needle` occurs in `hay` as whole words (case-sensitive, as names are).
fn contains_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod word_tests {
    use super::holds_words;

    #[test]
    fn words_are_found_whole_and_in_any_case_unless_exact() {
        // (text, form, exact, found)
        let cases = [
            ("China and Russia", "china", false, true),
            ("China and Russia", "china", true, false),
            ("the US vetoed", "US", true, true),
            ("tell us more", "US", true, false),
            ("usual business", "us", false, false),
            ("Chinese ships", "China", false, false),
            ("Chinaé", "China", false, false),
            ("the U.S. position", "U.S.", true, true),
            ("in the United States.", "united states", false, true),
            ("", "China", false, false),
            ("China", "", false, false),
        ];
        for (text, form, exact, want) in cases {
            assert_eq!(holds_words(text, form, exact), want, "{text:?} {form:?}");
        }
    }
}
