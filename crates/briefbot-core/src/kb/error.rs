//! Everything that can be wrong with a knowledge base, each with a message that says where the
//! problem is and how to fix it.

use std::fmt;
use std::path::PathBuf;

/// One problem found while loading. Loading collects every problem it can find before giving up,
/// so a curator fixes a file in one pass instead of one error per run.
#[derive(Debug, thiserror::Error)]
pub enum KbError {
    #[error(
        "knowledge directory `{}` does not exist. Run briefbot from the repository root, or \
         point it at a knowledge base with --knowledge DIR or BRIEFBOT_KNOWLEDGE=DIR",
        path.display()
    )]
    NoKnowledgeDir { path: PathBuf },

    #[error(
        "`{}` holds no briefs. Each brief is a folder with brief.json, actors.json, events.json \
         and claims.json (see knowledge/README.md)",
        dir.display()
    )]
    NoBriefs { dir: PathBuf },

    #[error(
        "`{}` is an empty folder. A brief folder holds brief.json, actors.json, events.json and \
         claims.json (see knowledge/README.md); remove the folder, or give it a name starting \
         with `.` to keep it out of the knowledge base",
        dir.display()
    )]
    EmptyFolder { dir: PathBuf },

    #[error(
        "`{}` has no brief.json{}. Every folder of the knowledge directory is a brief and needs \
         brief.json, actors.json, events.json and claims.json (see knowledge/README.md); add \
         brief.json, or move the folder out (or give it a name starting with `.`)",
        dir.display(),
        found.as_ref().map(|f| format!(" although it has {f}")).unwrap_or_default()
    )]
    NoBriefJson {
        dir: PathBuf,
        found: Option<&'static str>,
    },

    #[error(
        "cannot follow `{}`: {source}. Remove the link, or point it at a brief folder",
        path.display()
    )]
    BrokenLink {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error(
        "`{}` is {found}, not a regular file. briefbot reads knowledge files and seeds only \
         from regular files (a symlink to one is fine); replace it with the file itself",
        path.display()
    )]
    NotAFile { path: PathBuf, found: &'static str },

    #[error(
        "{}:{line}:{column}: not valid UTF-8 (byte offset {offset}); save the file as UTF-8",
        path.display()
    )]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        column: usize,
        offset: usize,
    },

    #[error("cannot read `{}`: {source}. {hint}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
        hint: &'static str,
    },

    #[error("{}:{line}:{column}: {message}", path.display())]
    Json {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },

    #[error("{}: {message}", path.display())]
    Seed { path: PathBuf, message: String },

    #[error("{}:{line}: brief metadata: {problem}", path.display())]
    Meta {
        path: PathBuf,
        line: usize,
        problem: String,
    },

    /// An entry that is well-formed JSON but not of the right shape (a number where a string
    /// belongs, a missing or unknown field). The other entries of the file are still checked.
    #[error("{}:{line}:{column}: {entry}: {message}", path.display())]
    BadEntry {
        path: PathBuf,
        line: usize,
        column: usize,
        /// "entry `id`", or "entry 3" when the entry has no string id.
        entry: String,
        message: String,
    },

    #[error("{}:{line}: entry `{id}`: {problem}", path.display())]
    Entry {
        path: PathBuf,
        line: usize,
        id: String,
        problem: Problem,
    },
}

/// What is wrong with one entry.
#[derive(Debug, PartialEq, Eq)]
pub enum Problem {
    BadId,
    DuplicateId { first: String },
    Empty { field: &'static str },
    NoCitations,
    NoSuchParagraph { paragraph: usize, count: usize },
    QuoteNotFound { paragraph: usize, quote: String },
    QuoteTooShort { quote: String },
    UnknownActor { field: &'static str, actor: String },
    UnknownEvent { event: String },
    BadKind { kind: String },
    BadVerdict { verdict: String },
    BadDate { message: String },
    BadWhen { message: String },
    OrderCycle,
    DuplicateAlias { alias: String },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::BadId => f.write_str(
                "ids must be lower-case kebab-case (letters, digits and '-'), e.g. `russia-veto`",
            ),
            Problem::DuplicateId { first } => write!(
                f,
                "this id is already used by {first}; ids must be unique within a brief, across \
                 actors, events and claims"
            ),
            Problem::Empty { field } => write!(f, "`{field}` is empty; write the {field} out"),
            Problem::NoCitations => f.write_str(
                "has no citations; every entry must cite at least one verbatim quote of the brief",
            ),
            Problem::NoSuchParagraph { paragraph, count } => write!(
                f,
                "cites paragraph {paragraph}, but the brief has paragraphs 1 to {count} (and 0 \
                 for the title, byline and back matter); `briefbot source N` prints paragraph N"
            ),
            Problem::QuoteNotFound {
                paragraph: 0,
                quote,
            } => write!(
                f,
                "quote \"{quote}\" is not in the brief's front or back matter (its title, byline, \
                 editors and notes, cited as paragraph 0). Quotes must be verbatim; compare with \
                 the seed file"
            ),
            Problem::QuoteNotFound { paragraph, quote } => write!(
                f,
                "quote \"{quote}\" is not in paragraph {paragraph}. Quotes must be verbatim \
                 (whitespace and curly quotes are forgiven, nothing else); compare with \
                 `briefbot source {paragraph}`"
            ),
            Problem::QuoteTooShort { quote } => write!(
                f,
                "quote \"{quote}\" is too short to show what the entry says; a quote needs at \
                 least {} words and {} characters. Quote the clause that carries the point",
                super::MIN_QUOTE_WORDS,
                super::MIN_QUOTE_CHARS
            ),
            Problem::UnknownActor { field, actor } => write!(
                f,
                "`{field}` names actor `{actor}`, which is not in actors.json; add the actor or \
                 fix the id"
            ),
            Problem::UnknownEvent { event } => write!(
                f,
                "`when.after` names event `{event}`, which is not in events.json"
            ),
            Problem::BadKind { kind } => write!(
                f,
                "kind `{kind}` is not one of person, state, organisation, body, media, place"
            ),
            Problem::BadVerdict { verdict } => write!(
                f,
                "verdict `{verdict}` is not one of supported, disputed, attributed"
            ),
            Problem::BadDate { message } => write!(f, "bad date: {message}"),
            Problem::BadWhen { message } => write!(f, "bad `when`: {message}"),
            Problem::OrderCycle => f.write_str(
                "`when.after` chains loop back to this event; undated events must hang off a \
                 chain that ends at a dated event or at the start",
            ),
            Problem::DuplicateAlias { alias } => {
                write!(f, "alias `{alias}` is listed twice or repeats the name")
            }
        }
    }
}

/// All the problems a load found, shown one per line.
#[derive(Debug)]
pub struct LoadErrors(pub Vec<KbError>);

impl fmt::Display for LoadErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "the knowledge base did not load ({} problem{}):",
            self.0.len(),
            if self.0.len() == 1 { "" } else { "s" }
        )?;
        for e in &self.0 {
            writeln!(f, "  - {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadErrors {}
