//! Phase two of loading: from raw JSON to a [`Library`] whose invariants hold by construction.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::date::{Point, When};
use super::error::{KbError, LoadErrors, Problem};
use super::raw::{Object, RawActor, RawBrief, RawCitation, RawClaim, RawEvent, RawWhen, Shape};
use super::seed::{self, SeedText};
use super::{
    Actor, ActorKind, Brief, BriefMeta, Citation, Claim, EntryKind, Event, Library, Part, Verdict,
    MIN_QUOTE_CHARS, MIN_QUOTE_WORDS,
};
use crate::parallel::fan_out;
use crate::text::fold_for_quote;

/// The entries of the knowledge directory that the loader treats as brief folders, sorted by
/// name: every entry that is not hidden and is not a plain file (a directory, a link to one, or a
/// link that cannot be followed, which [`load_library`] reports). Hidden entries (`.git`, editors'
/// swap files) and plain files (`README.md`, an index snapshot) are skipped. The index snapshot
/// watches the same list, so adding or removing any folder makes a snapshot stale.
pub(crate) fn folder_names(root: &Path) -> std::io::Result<Vec<String>> {
    let mut names: Vec<String> = std::fs::read_dir(root)?
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .filter(|e| std::fs::metadata(e.path()).map_or(true, |m| m.is_dir()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    Ok(names)
}

/// Checks that a folder of the knowledge directory is a brief. A folder that is empty, or holds
/// anything but lacks brief.json, is an error rather than skipped: it is most likely a brief
/// that is incomplete or misnamed, and skipping it would make `check` say "valid" for a
/// knowledge base that lacks it.
fn check_folder(dir: &Path) -> Result<(), KbError> {
    if let Err(source) = std::fs::metadata(dir) {
        return Err(KbError::BrokenLink {
            path: dir.to_path_buf(),
            source,
        });
    }
    // Any kind of file named brief.json makes a brief folder; reading it refuses what is not a
    // regular file, with a message that says so.
    if std::fs::symlink_metadata(dir.join("brief.json")).is_ok() {
        return Ok(());
    }
    let names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|source| KbError::Io {
            path: dir.to_path_buf(),
            source,
            hint: "check the folder's permissions",
        })?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    if names.is_empty() {
        return Err(KbError::EmptyFolder {
            dir: dir.to_path_buf(),
        });
    }
    let found = ["actors.json", "events.json", "claims.json"]
        .into_iter()
        .find(|f| names.iter().any(|n| n == f));
    Err(KbError::NoBriefJson {
        dir: dir.to_path_buf(),
        found,
    })
}

pub(super) fn load_library(root: &Path) -> Result<Library, LoadErrors> {
    if !root.is_dir() {
        return Err(LoadErrors(vec![KbError::NoKnowledgeDir {
            path: root.to_path_buf(),
        }]));
    }
    let names = folder_names(root).map_err(|source| {
        LoadErrors(vec![KbError::Io {
            path: root.to_path_buf(),
            source,
            hint: "check the directory's permissions",
        }])
    })?;
    if names.is_empty() {
        return Err(LoadErrors(vec![KbError::NoBriefs {
            dir: root.to_path_buf(),
        }]));
    }
    let mut errors = Vec::new();
    let mut work: Vec<(String, PathBuf)> = Vec::with_capacity(names.len());
    for name in names {
        let dir = root.join(&name);
        match check_folder(&dir) {
            Ok(()) => work.push((name, dir)),
            Err(e) => errors.push(e),
        }
    }
    // Briefs are independent: load them on every core. Results come back in folder order, so
    // errors are reported, and ties ranked, the same way on any machine.
    let loaded = fan_out(&work, |part| {
        part.iter()
            .map(|(name, dir)| load_brief(name, dir))
            .collect::<Vec<_>>()
    });
    let mut briefs: Vec<Brief> = Vec::with_capacity(work.len());
    for result in loaded.into_iter().flatten() {
        match result {
            Ok(b) => briefs.push(b),
            Err(mut e) => errors.append(&mut e),
        }
    }
    if !errors.is_empty() {
        return Err(LoadErrors(errors));
    }
    // Newest brief first: when two briefs answer together, the most recent view leads.
    briefs.sort_by(|a, b| {
        b.meta
            .published
            .first_day()
            .cmp(&a.meta.published.first_day())
            .then_with(|| a.id.cmp(&b.id))
    });
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for b in &briefs {
        std::hash::Hash::hash(&(b.id.as_str(), b.fingerprint), &mut h);
    }
    let version = format!("{:016x}", std::hash::Hasher::finish(&h));
    Ok(Library {
        briefs,
        root: root.to_path_buf(),
        version,
    })
}

const MISSING_FILE_HINT: &str = "every brief folder needs brief.json, actors.json, events.json \
                                 and claims.json (an empty list `[]` is fine)";

/// What a file that is not a regular file is, for an error message.
fn describe(ft: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if ft.is_socket() {
            return "a socket";
        }
        if ft.is_block_device() || ft.is_char_device() {
            return "a device";
        }
    }
    if ft.is_dir() {
        "a directory"
    } else {
        "a special file"
    }
}

/// Reads a knowledge file or seed as UTF-8 text. Only regular files (or links to them) are read:
/// opening a named pipe would block `check` until something writes to it, and a device could
/// be read forever.
fn read_text(path: &Path, hint: &'static str) -> Result<String, KbError> {
    let io = |source| KbError::Io {
        path: path.to_path_buf(),
        source,
        hint,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(KbError::NotAFile {
            path: path.to_path_buf(),
            found: describe(meta.file_type()),
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let valid = std::str::from_utf8(&e.as_bytes()[..offset]).unwrap_or_default();
        let (line, column) = LineIndex::new(valid).position(offset);
        KbError::NotUtf8 {
            path: path.to_path_buf(),
            line,
            column,
            offset,
        }
    })
}

/// Line starts of a text, to turn byte offsets into 1-based lines and (byte) columns.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { starts }
    }

    fn position(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset);
        (line, offset - self.starts[line - 1] + 1)
    }
}

/// serde_json's message without its " at line L column C" tail (the error names those itself).
fn json_message(e: &serde_json::Error) -> String {
    e.to_string()
        .split(" at line ")
        .next()
        .unwrap_or_default()
        .to_string()
}

fn json_error(path: &Path, e: &serde_json::Error) -> KbError {
    KbError::Json {
        path: path.to_path_buf(),
        line: e.line(),
        column: e.column(),
        message: json_message(e),
    }
}

/// Byte spans of the elements of the top-level array of `text`, which must be valid JSON.
/// Strings are skipped whole, so brackets and commas inside quotes do not count.
fn element_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut start: Option<usize> = None;
    for (i, &c) in text.as_bytes().iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == b'\\' {
                escaped = true;
            } else if c == b'"' {
                in_string = false;
            }
            continue;
        }
        if c.is_ascii_whitespace() {
            continue;
        }
        match c {
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    if let Some(s) = start.take() {
                        spans.push((s, i));
                    }
                }
            }
            b',' if depth == 1 => {
                if let Some(s) = start.take() {
                    spans.push((s, i));
                }
            }
            _ => {
                if depth == 1 && start.is_none() {
                    start = Some(i);
                }
                match c {
                    b'"' => in_string = true,
                    b'[' | b'{' => depth += 1,
                    _ => {}
                }
            }
        }
    }
    spans
}

/// The offset of the `"id"` key in an entry's text, if it has one.
fn id_key_offset(entry: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = entry[from..].find("\"id\"") {
        let at = from + i;
        if entry[at + 4..].trim_start().starts_with(':') {
            return Some(at);
        }
        from = at + 4;
    }
    None
}

/// One entry file, decoded entry by entry.
struct Decoded<T> {
    /// The entries that decoded, each with its line (the line of its `"id"`).
    entries: Vec<(usize, T)>,
    /// False when the file could not be read or is not a JSON list. References into such a
    /// file are not checked: each would only echo the one error that matters.
    parsed: bool,
    /// Ids of entries that did not decode or were refused, so references to them are not
    /// reported as dangling as well.
    broken: HashSet<String>,
    text: String,
}

/// Reads a list of entries. Each entry is decoded on its own, so one entry of the wrong shape
/// is reported with its line and column and does not hide the problems of the others.
fn decode_list<T>(path: &Path, errors: &mut Vec<KbError>) -> Decoded<T>
where
    T: DeserializeOwned + Shape,
{
    let mut out = Decoded {
        entries: Vec::new(),
        parsed: false,
        broken: HashSet::new(),
        text: String::new(),
    };
    out.text = match read_text(path, MISSING_FILE_HINT) {
        Ok(t) => t,
        Err(e) => {
            errors.push(e);
            return out;
        }
    };
    // Syntax first: a syntax error leaves nothing trustworthy to decode, so it is the one error
    // of this file.
    if let Err(e) = serde_json::from_str::<Vec<serde::de::IgnoredAny>>(&out.text) {
        errors.push(json_error(path, &e));
        return out;
    }
    out.parsed = true;
    let lines = LineIndex::new(&out.text);
    for (n, (start, end)) in element_spans(&out.text).into_iter().enumerate() {
        let entry = &out.text[start..end];
        match serde_json::from_str::<Object<T>>(entry) {
            Ok(Object(value)) => {
                let at = start + id_key_offset(entry).unwrap_or(0);
                out.entries.push((lines.position(at).0, value));
            }
            Err(e) => {
                let id = serde_json::from_str::<serde_json::Value>(entry)
                    .ok()
                    .and_then(|v| v.get("id")?.as_str().map(str::to_string));
                let (line0, col0) = lines.position(start);
                let (line, column) = if e.line() <= 1 {
                    (line0, col0 + e.column().saturating_sub(1))
                } else {
                    (line0 + e.line() - 1, e.column())
                };
                errors.push(KbError::BadEntry {
                    path: path.to_path_buf(),
                    line,
                    column,
                    entry: match &id {
                        Some(id) => format!("entry `{id}`"),
                        None => format!("entry {} (it has no string `id`)", n + 1),
                    },
                    message: json_message(&e),
                });
                out.broken.extend(id);
            }
        }
    }
    out
}

/// Where entry errors of one file go, and the line of the entry being checked.
struct FileCtx<'a> {
    path: PathBuf,
    line: usize,
    errors: &'a mut Vec<KbError>,
}

impl FileCtx<'_> {
    fn new(path: PathBuf, errors: &mut Vec<KbError>) -> FileCtx<'_> {
        FileCtx {
            path,
            line: 1,
            errors,
        }
    }

    fn problem(&mut self, id: &str, problem: Problem) {
        self.errors.push(KbError::Entry {
            path: self.path.clone(),
            line: self.line,
            id: id.to_string(),
            problem,
        });
    }
}

/// The ids one kind of entry can be referred to by.
struct Targets<'a> {
    index: HashMap<&'a str, usize>,
    /// False when the file did not load at all: nothing in it can be referred to, and saying so
    /// for every reference would bury the one error that matters.
    checkable: bool,
    /// Entries that were refused: a reference to one is not a second problem.
    broken: &'a HashSet<String>,
}

impl Targets<'_> {
    /// Whether a reference to `id` that is not in the index should be reported.
    fn dangling(&self, id: &str) -> bool {
        self.checkable && !self.broken.contains(id)
    }
}

struct Ids {
    all: HashMap<String, (EntryKind, usize, usize, String)>,
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl Ids {
    /// Registers an id, reporting a bad or duplicate one. Returns false when the entry must be
    /// skipped.
    fn register(&mut self, ctx: &mut FileCtx, id: &str, kind: EntryKind, index: usize) -> bool {
        if !is_kebab(id) {
            ctx.problem(id, Problem::BadId);
            return false;
        }
        if let Some((first_kind, _, first_line, first_file)) = self.all.get(id) {
            let first = format!("the {} at {first_file}:{first_line}", first_kind.as_str());
            ctx.problem(id, Problem::DuplicateId { first });
            return false;
        }
        let line = ctx.line;
        let file = ctx
            .path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.all.insert(id.to_string(), (kind, index, line, file));
        true
    }
}

/// Checks citations against the paragraphs (when the seed loaded; without it only the quotes'
/// own form is checked) and returns the verified ones.
fn check_citations(
    ctx: &mut FileCtx,
    id: &str,
    raw: &[RawCitation],
    seed: Option<&SeedText>,
) -> Vec<Citation> {
    if raw.is_empty() {
        ctx.problem(id, Problem::NoCitations);
    }
    let mut out = Vec::with_capacity(raw.len());
    for c in raw {
        // Curators may paste a quote with the seed's markup still in it; compare plain text.
        let quote = seed::strip_markup(&c.quote).0;
        let quote = quote.trim();
        let mut ok = true;
        if quote.is_empty() {
            ctx.problem(id, Problem::Empty { field: "quote" });
            ok = false;
        } else if quote.split_whitespace().count() < MIN_QUOTE_WORDS
            || quote.chars().count() < MIN_QUOTE_CHARS
        {
            ctx.problem(
                id,
                Problem::QuoteTooShort {
                    quote: c.quote.clone(),
                },
            );
            ok = false;
        }
        let Some(seed) = seed else {
            continue;
        };
        // Paragraph 0 is the text around the body: the title and byline before it, the
        // editors and notes after it. Readers ask who wrote a brief and when, and the answer
        // must be as verifiable as any other, so those lines are citable too.
        let found = if c.paragraph == 0 {
            let front = seed.front.join("\n");
            let back = seed.back.join("\n");
            [(Part::Front, front), (Part::Back, back)]
                .into_iter()
                .find_map(|(part, text)| text.find(quote).map(|i| (part, &[][..], i)))
        } else {
            let Some(p) = c
                .paragraph
                .checked_sub(1)
                .and_then(|i| seed.paragraphs.get(i))
            else {
                ctx.problem(
                    id,
                    Problem::NoSuchParagraph {
                        paragraph: c.paragraph,
                        count: seed.paragraphs.len(),
                    },
                );
                continue;
            };
            p.text
                .find(quote)
                .map(|i| (Part::Body, p.links.as_slice(), i))
        };
        if !ok {
            continue;
        }
        match found {
            Some((part, links, start)) => {
                let end = start + quote.len();
                out.push(Citation {
                    paragraph: c.paragraph,
                    part,
                    quote: quote.to_string(),
                    links_source: links.iter().any(|l| l.start < end && start < l.end),
                    span: (start, end),
                });
            }
            None => ctx.problem(
                id,
                Problem::QuoteNotFound {
                    paragraph: c.paragraph,
                    quote: c.quote.clone(),
                },
            ),
        }
    }
    out
}

fn require_text(ctx: &mut FileCtx, id: &str, field: &'static str, value: &str) -> String {
    let value = fold_for_quote(value);
    if value.is_empty() {
        ctx.problem(id, Problem::Empty { field });
    }
    value
}

fn resolve_actors(
    ctx: &mut FileCtx,
    id: &str,
    field: &'static str,
    refs: &[String],
    actors: &Targets,
) -> Vec<usize> {
    let mut out = Vec::new();
    for r in refs {
        match actors.index.get(r.as_str()) {
            Some(&i) if !out.contains(&i) => out.push(i),
            Some(_) => {}
            None if !actors.dangling(r) => {}
            None => ctx.problem(
                id,
                Problem::UnknownActor {
                    field,
                    actor: r.clone(),
                },
            ),
        }
    }
    out
}

fn parse_when(raw: &RawWhen) -> Result<(When, Option<String>), Problem> {
    let bad_date = |message: String| Problem::BadDate { message };
    let bad = |message: &str| Problem::BadWhen {
        message: message.to_string(),
    };
    let text = raw
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string);
    let shapes = [
        raw.on.is_some(),
        raw.from.is_some() || raw.to.is_some(),
        raw.approx.is_some(),
        raw.undated.is_some(),
    ];
    if shapes.iter().filter(|&&s| s).count() != 1 {
        return Err(bad(
            "give exactly one of `on`, `from`+`to`, `approx` or `undated` (see knowledge/README.md)",
        ));
    }
    if raw.after.is_some() && raw.undated.is_none() {
        return Err(bad(
            "`after` only places undated events; a dated event is ordered by its date",
        ));
    }
    if let Some(on) = &raw.on {
        return Ok((When::On(Point::parse(on).map_err(bad_date)?), text));
    }
    if let Some(approx) = &raw.approx {
        let Some(text) = text else {
            return Err(bad(
                "an `approx` date needs `text`, the brief's own words for the time",
            ));
        };
        return Ok((
            When::Approx(Point::parse(approx).map_err(bad_date)?),
            Some(text),
        ));
    }
    if let Some(undated) = &raw.undated {
        let undated = undated.trim();
        if undated.is_empty() {
            return Err(bad(
                "`undated` needs the brief's words for when it happened, e.g. \"during the war\"",
            ));
        }
        return Ok((
            When::Undated,
            Some(text.unwrap_or_else(|| undated.to_string())),
        ));
    }
    match (&raw.from, &raw.to) {
        (Some(from), Some(to)) => {
            let (a, b) = (
                Point::parse(from).map_err(bad_date)?,
                Point::parse(to).map_err(bad_date)?,
            );
            if a.first_day() > b.last_day() {
                return Err(bad_date(format!(
                    "the range starts ({from}) after it ends ({to})"
                )));
            }
            Ok((When::Range(a, b), text))
        }
        _ => Err(bad("a range needs both `from` and `to`")),
    }
}

/// The seed a brief's `seed` names: its path, its text as read, and the text parsed.
struct LoadedSeed {
    path: PathBuf,
    text: String,
    seed: seed::SeedText,
}

/// The raw entries whose ids other entries refer to.
trait RawEntry {
    fn id(&self) -> &str;
}

impl RawEntry for RawActor {
    fn id(&self) -> &str {
        &self.id
    }
}

impl RawEntry for RawEvent {
    fn id(&self) -> &str {
        &self.id
    }
}

impl RawEntry for RawClaim {
    fn id(&self) -> &str {
        &self.id
    }
}

/// The entries of one file that passed their id check, in file order.
struct Checked<T> {
    entries: Vec<T>,
    /// The line of each entry.
    lines: Vec<usize>,
    /// Ids of entries that did not decode or were refused (see [`Decoded::broken`]).
    broken: HashSet<String>,
}

/// Loads one brief folder, checking every file even when another one failed: a curator sees
/// every problem of the folder in one run. Checks that need a file that failed (quotes need the
/// seed, references need actors.json) are skipped rather than reported against it.
fn load_brief(id: &str, dir: &Path) -> Result<Brief, Vec<KbError>> {
    let mut errors = Vec::new();
    let brief_path = dir.join("brief.json");
    let meta = read_meta(&brief_path).map_err(|e| errors.push(e)).ok();
    let seed = meta
        .as_ref()
        .and_then(|(raw, _)| read_seed(dir, raw, &mut errors));
    let published = meta.as_ref().and_then(|(raw, text)| {
        check_meta(
            &brief_path,
            raw,
            text,
            seed.as_ref().map(|s| &s.seed),
            &mut errors,
        )
    });
    let seed_text = seed.as_ref().map(|s| &s.seed);

    let mut ids = Ids {
        all: HashMap::new(),
    };
    // Every file is decoded before any entry is checked, so syntax errors come first.
    let actors_path = dir.join("actors.json");
    let events_path = dir.join("events.json");
    let claims_path = dir.join("claims.json");
    let raw_actors = decode_list::<RawActor>(&actors_path, &mut errors);
    let raw_events = decode_list::<RawEvent>(&events_path, &mut errors);
    let raw_claims = decode_list::<RawClaim>(&claims_path, &mut errors);

    // Actors first: events and claims refer to them.
    let mut actors = check_entries(
        actors_path,
        &raw_actors,
        EntryKind::Actor,
        &mut ids,
        &mut errors,
        |ctx, a| check_actor(ctx, a, seed_text),
    );
    let actor_targets = Targets {
        index: actors
            .entries
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect(),
        checkable: raw_actors.parsed,
        broken: &actors.broken,
    };
    let mut afters: Vec<Option<String>> = Vec::new();
    let mut events = check_entries(
        events_path.clone(),
        &raw_events,
        EntryKind::Event,
        &mut ids,
        &mut errors,
        |ctx, e| {
            afters.push(e.when.after.clone());
            check_event(ctx, e, &actor_targets, seed_text)
        },
    );
    let timeline = {
        let mut ctx = FileCtx::new(events_path, &mut errors);
        order_timeline(
            &mut ctx,
            &events.entries,
            &events.lines,
            &afters,
            &events.broken,
        )
    };
    for (pos, &i) in timeline.iter().enumerate() {
        events.entries[i].order = pos;
    }
    let claims = check_entries(
        claims_path,
        &raw_claims,
        EntryKind::Claim,
        &mut ids,
        &mut errors,
        |ctx, c| check_claim(ctx, c, &actor_targets, seed_text),
    );

    if !errors.is_empty() {
        return Err(errors);
    }
    let (Some((raw, brief_text)), Some(seed), Some(published)) = (meta, seed, published) else {
        unreachable!("a file that failed to load reported an error");
    };
    let (mut events, claims) = (events.entries, claims.entries);
    place_undated(&mut events, &afters, published, &seed.seed.paragraphs);
    link_actors(&mut actors.entries, &events, &timeline, &claims);
    let fingerprint = fingerprint([
        &brief_text,
        &seed.text,
        &raw_actors.text,
        &raw_events.text,
        &raw_claims.text,
    ]);
    Ok(Brief {
        id: id.to_string(),
        fingerprint,
        meta: BriefMeta {
            title: fold_for_quote(&raw.title),
            authors: raw.authors,
            publisher: raw.publisher,
            series: raw.series,
            number: raw.number,
            published,
            editors: raw.editors,
            seed_path: seed.path,
            draft: raw.draft,
        },
        front: seed.seed.front.join("\n"),
        back: seed.seed.back.join("\n"),
        paragraphs: seed.seed.paragraphs,
        actors: actors.entries,
        events,
        claims,
        timeline,
        // Built on the first lookup, as for a brief read from a snapshot: few requests need it.
        by_id: std::sync::OnceLock::new(),
        names: std::sync::OnceLock::new(),
        name_words: std::sync::OnceLock::new(),
        mentions: Default::default(),
    })
}

/// Reads brief.json, returning its fields and its text (error lines are found in the text).
fn read_meta(path: &Path) -> Result<(RawBrief, String), KbError> {
    let text = read_text(path, MISSING_FILE_HINT)?;
    let raw = serde_json::from_str::<Object<RawBrief>>(&text)
        .map_err(|e| json_error(path, &e))?
        .0;
    Ok((raw, text))
}

/// Reads and parses the seed brief.json names, reporting why when it cannot.
fn read_seed(dir: &Path, raw: &RawBrief, errors: &mut Vec<KbError>) -> Option<LoadedSeed> {
    let path = dir.join(&raw.seed);
    let text = read_text(
        &path,
        "`seed` in brief.json is a path relative to brief.json",
    )
    .map_err(|e| errors.push(e))
    .ok()?;
    let seed = seed::parse_seed(&text, raw.front_matter, raw.back_matter)
        .map_err(|message| {
            errors.push(KbError::Seed {
                path: path.clone(),
                message,
            })
        })
        .ok()?;
    Some(LoadedSeed { path, text, seed })
}

/// Checks the decoded entries of one file in file order. Each id is registered first: an entry
/// with a bad or duplicate id is refused (and its id added to the broken ones); the others are
/// built by `check`, which reports their problems through the file's context.
fn check_entries<R: RawEntry, T>(
    path: PathBuf,
    decoded: &Decoded<R>,
    kind: EntryKind,
    ids: &mut Ids,
    errors: &mut Vec<KbError>,
    mut check: impl FnMut(&mut FileCtx, &R) -> T,
) -> Checked<T> {
    let mut out = Checked {
        entries: Vec::with_capacity(decoded.entries.len()),
        lines: Vec::with_capacity(decoded.entries.len()),
        broken: decoded.broken.clone(),
    };
    let mut ctx = FileCtx::new(path, errors);
    for (line, raw) in &decoded.entries {
        ctx.line = *line;
        if !ids.register(&mut ctx, raw.id(), kind, out.entries.len()) {
            out.broken.insert(raw.id().to_string());
            continue;
        }
        out.entries.push(check(&mut ctx, raw));
        out.lines.push(*line);
    }
    out
}

fn check_actor(ctx: &mut FileCtx, a: &RawActor, seed: Option<&SeedText>) -> Actor {
    let name = require_text(ctx, &a.id, "name", &a.name);
    let profile = require_text(ctx, &a.id, "profile", &a.profile);
    let kind = ActorKind::parse(&a.kind).unwrap_or_else(|| {
        ctx.problem(
            &a.id,
            Problem::BadKind {
                kind: a.kind.clone(),
            },
        );
        ActorKind::Organisation
    });
    let mut seen_names: HashSet<String> = HashSet::from([name.to_lowercase()]);
    let mut aliases = Vec::new();
    for alias in &a.aliases {
        let alias = fold_for_quote(alias);
        if alias.is_empty() {
            ctx.problem(&a.id, Problem::Empty { field: "alias" });
        } else if !seen_names.insert(alias.to_lowercase()) {
            ctx.problem(&a.id, Problem::DuplicateAlias { alias });
        } else {
            aliases.push(alias);
        }
    }
    let citations = check_citations(ctx, &a.id, &a.citations, seed);
    Actor {
        id: a.id.clone(),
        name,
        kind,
        aliases,
        profile,
        citations,
        events: Vec::new(),
        claims: Vec::new(),
        draft: a.draft,
    }
}

/// Checks an event; its place in the timeline is set once every event is known.
fn check_event(
    ctx: &mut FileCtx,
    e: &RawEvent,
    actors: &Targets,
    seed: Option<&SeedText>,
) -> Event {
    let title = require_text(ctx, &e.id, "title", &e.title);
    let summary = require_text(ctx, &e.id, "summary", &e.summary);
    let (when, when_text) = parse_when(&e.when).unwrap_or_else(|p| {
        ctx.problem(&e.id, p);
        (When::Undated, None)
    });
    let event_actors = resolve_actors(ctx, &e.id, "actors", &e.actors, actors);
    let citations = check_citations(ctx, &e.id, &e.citations, seed);
    Event {
        id: e.id.clone(),
        when,
        when_text,
        within: None,
        title,
        summary,
        actors: event_actors,
        citations,
        order: 0,
        draft: e.draft,
    }
}

fn check_claim(
    ctx: &mut FileCtx,
    c: &RawClaim,
    actors: &Targets,
    seed: Option<&SeedText>,
) -> Claim {
    let statement = require_text(ctx, &c.id, "statement", &c.statement);
    let verdict = Verdict::parse(&c.verdict).unwrap_or_else(|| {
        ctx.problem(
            &c.id,
            Problem::BadVerdict {
                verdict: c.verdict.clone(),
            },
        );
        Verdict::Attributed
    });
    if c.by.is_empty() {
        ctx.problem(&c.id, Problem::Empty { field: "by" });
    }
    let by = resolve_actors(ctx, &c.id, "by", &c.by, actors);
    let claim_actors = resolve_actors(ctx, &c.id, "actors", &c.actors, actors);
    let citations = check_citations(ctx, &c.id, &c.citations, seed);
    let clean = |s: &Option<String>| s.as_deref().map(fold_for_quote).filter(|s| !s.is_empty());
    Claim {
        id: c.id.clone(),
        statement,
        verdict,
        by,
        source: clean(&c.source),
        hedge: clean(&c.hedge),
        actors: claim_actors,
        citations,
        draft: c.draft,
    }
}

/// Back-references: an actor lists what involves it, in timeline order for events.
fn link_actors(actors: &mut [Actor], events: &[Event], timeline: &[usize], claims: &[Claim]) {
    for &ei in timeline {
        for &a in &events[ei].actors {
            actors[a].events.push(ei);
        }
    }
    for (ci, c) in claims.iter().enumerate() {
        for &a in c.by.iter().chain(&c.actors) {
            if !actors[a].claims.contains(&ci) {
                actors[a].claims.push(ci);
            }
        }
    }
}

/// A hash of the texts a brief was loaded from: any edit to any of its files changes it.
fn fingerprint(texts: [&String; 5]) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for text in texts {
        std::hash::Hash::hash(text.as_str(), &mut h);
    }
    std::hash::Hasher::finish(&h)
}

/// Checks brief.json's fields, the ones that need the seed only when it loaded. Returns the
/// publication date when it is a valid day.
fn check_meta(
    path: &Path,
    raw: &RawBrief,
    text: &str,
    seed: Option<&seed::SeedText>,
    errors: &mut Vec<KbError>,
) -> Option<Point> {
    let meta_line = |field: &str| {
        let needle = format!("\"{field}\"");
        text.lines()
            .position(|l| l.contains(&needle))
            .map_or(1, |n| n + 1)
    };
    let meta_err = |field: &str, problem: String| KbError::Meta {
        path: path.to_path_buf(),
        line: meta_line(field),
        problem,
    };
    for (field, value) in [
        ("title", &raw.title),
        ("publisher", &raw.publisher),
        ("series", &raw.series),
    ] {
        if value.trim().is_empty() {
            errors.push(meta_err(field, format!("`{field}` is empty")));
        }
    }
    if raw.authors.is_empty() {
        errors.push(meta_err("authors", "list at least one author".into()));
    }
    if let Some(seed) = seed {
        let front = seed.front.join("\n");
        let back = seed.back.join("\n");
        if !raw.title.trim().is_empty() && !front.contains(&fold_for_quote(&raw.title)) {
            errors.push(meta_err(
                "title",
                "the title does not appear in the seed's front matter".into(),
            ));
        }
        for a in &raw.authors {
            if !front.contains(&fold_for_quote(a)) {
                errors.push(meta_err(
                    "authors",
                    format!("author `{a}` does not appear in the seed's front matter"),
                ));
            }
        }
        for e in &raw.editors {
            if !back.contains(&fold_for_quote(e)) {
                errors.push(meta_err(
                    "editors",
                    format!("editor `{e}` does not appear in the seed's back matter"),
                ));
            }
        }
    }
    if raw.number == 0 {
        errors.push(meta_err(
            "number",
            "`number` must be the brief's number in its series".into(),
        ));
    }
    match Point::parse(&raw.published) {
        Ok(p @ Point::Day(..)) => Some(p),
        Ok(_) => {
            errors.push(meta_err(
                "published",
                "`published` must be a full date, YYYY-MM-DD".into(),
            ));
            None
        }
        Err(m) => {
            errors.push(meta_err("published", m));
            None
        }
    }
}

/// Gives each undated event the month or year it must fall in, when the brief's own words tell
/// it after a dated event (directly or through other undated ones: "After the visit", the visit
/// "During the war itself") and that event and the brief's publication share one: the event
/// happened after the one it follows and before the brief reported it. An `after` that only a
/// curator's ordering supports ("not dated in the brief") places nothing, for the brief does not
/// say so; nor does a loop of `after` references, already reported.
fn place_undated(
    events: &mut [Event],
    afters: &[Option<String>],
    published: Point,
    paragraphs: &[seed::Paragraph],
) {
    let index: HashMap<&str, usize> = events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let told = |e: &Event| {
        let Some(words) = e
            .when_text
            .as_deref()
            .map(|w| fold_for_quote(w.trim()).to_lowercase())
        else {
            return false;
        };
        !words.is_empty()
            && e.citations.iter().any(|c| {
                let cited = c
                    .paragraph
                    .checked_sub(1)
                    .and_then(|p| paragraphs.get(p))
                    .map_or(c.quote.as_str(), |p| p.text.as_str());
                fold_for_quote(cited).to_lowercase().contains(&words)
            })
    };
    let within: Vec<Option<Point>> = (0..events.len())
        .map(|i| {
            if events[i].when != When::Undated {
                return None;
            }
            let mut at = i;
            for _ in 0..events.len() {
                if !told(&events[at]) {
                    return None;
                }
                let parent = *index.get(afters.get(at)?.as_deref()?)?;
                if let Some((start, _)) = events[parent].when.span() {
                    return Point::spanning(start, published.last_day());
                }
                at = parent;
            }
            None
        })
        .collect();
    for (e, w) in events.iter_mut().zip(within) {
        e.within = w;
    }
}

/// Orders events for the timeline: dated events by their start (then end, then file order), and
/// each undated event right after the event its `after` names, in file order. Undated events
/// without `after` come first.
fn order_timeline(
    ctx: &mut FileCtx,
    events: &[Event],
    lines: &[usize],
    afters: &[Option<String>],
    broken: &HashSet<String>,
) -> Vec<usize> {
    let index: HashMap<&str, usize> = events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut children: HashMap<Option<usize>, Vec<usize>> = HashMap::new();
    let mut roots: Vec<usize> = Vec::new();
    for (i, e) in events.iter().enumerate() {
        match (&e.when, &afters[i]) {
            (When::Undated, Some(after)) => match index.get(after.as_str()) {
                Some(&parent) => children.entry(Some(parent)).or_default().push(i),
                // The event it names was refused: that is the problem to fix, not this one.
                None if broken.contains(after.as_str()) => {}
                None => {
                    ctx.line = lines[i];
                    ctx.problem(
                        &e.id,
                        Problem::UnknownEvent {
                            event: after.clone(),
                        },
                    );
                }
            },
            (When::Undated, None) => children.entry(None).or_default().push(i),
            _ => roots.push(i),
        }
    }
    roots.sort_by_key(|&i| {
        let (start, end) = events[i].when.span().unwrap_or_default();
        (start, end, i)
    });
    let mut order = Vec::with_capacity(events.len());
    let mut placed = vec![false; events.len()];
    fn place(
        i: usize,
        children: &HashMap<Option<usize>, Vec<usize>>,
        placed: &mut [bool],
        order: &mut Vec<usize>,
    ) {
        if placed[i] {
            return;
        }
        placed[i] = true;
        order.push(i);
        for &c in children.get(&Some(i)).map(Vec::as_slice).unwrap_or(&[]) {
            place(c, children, placed, order);
        }
    }
    for &c in children.get(&None).map(Vec::as_slice).unwrap_or(&[]) {
        place(c, &children, &mut placed, &mut order);
    }
    for &r in &roots {
        place(r, &children, &mut placed, &mut order);
    }
    // Whatever is left hangs off a loop of `after` references and never reached a root.
    for (i, e) in events.iter().enumerate() {
        if !placed[i]
            && afters[i]
                .as_ref()
                .is_some_and(|a| index.contains_key(a.as_str()))
        {
            ctx.line = lines[i];
            ctx.problem(&e.id, Problem::OrderCycle);
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn element_spans_skip_strings_and_nesting() {
        let cases: [(&str, &[&str]); 5] = [
            ("[]", &[]),
            (" [ 1 , 2 ] ", &["1 ", "2 "]),
            (
                r#"[{"a": "],[{"}, ["x", {"b": 1}]]"#,
                &[r#"{"a": "],[{"}"#, r#"["x", {"b": 1}]"#],
            ),
            (r#"["q\"],", "\\"]"#, &[r#""q\"],""#, r#""\\""#]),
            (
                "[\n  {\"id\": \"a\"},\n  {\"id\": \"b\"}\n]",
                &["{\"id\": \"a\"}", "{\"id\": \"b\"}\n"],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = element_spans(text)
                .into_iter()
                .map(|(a, b)| &text[a..b])
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn line_index_gives_one_based_lines_and_columns() {
        let index = LineIndex::new("ab\ncd\n\nef");
        for (offset, want) in [
            (0, (1, 1)),
            (1, (1, 2)),
            (3, (2, 1)),
            (6, (3, 1)),
            (8, (4, 2)),
        ] {
            assert_eq!(index.position(offset), want, "offset {offset}");
        }
    }

    #[test]
    fn id_key_is_found_only_as_a_key() {
        assert_eq!(id_key_offset(r#"{"x": "id", "id": "a"}"#), Some(12));
        assert_eq!(id_key_offset(r#"{"x": "id"}"#), None);
    }
}
