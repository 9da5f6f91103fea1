//! Phase two of loading: from raw JSON to a [`Library`] whose invariants hold by construction.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::date::{Point, When};
use super::error::{KbError, LoadErrors, Problem};
use super::raw::{RawActor, RawBrief, RawCitation, RawClaim, RawEvent, RawWhen};
use super::seed::{self, Paragraph};
use super::{
    Actor, ActorKind, Brief, BriefMeta, Citation, Claim, EntryKind, Event, Library, Verdict,
};
use crate::text::fold_for_quote;

pub(super) fn load_library(root: &Path) -> Result<Library, LoadErrors> {
    if !root.is_dir() {
        return Err(LoadErrors(vec![KbError::NoKnowledgeDir {
            path: root.to_path_buf(),
        }]));
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .map_err(|source| {
            LoadErrors(vec![KbError::Io {
                path: root.to_path_buf(),
                source,
                hint: "check the directory's permissions",
            }])
        })?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("brief.json").is_file())
        .collect();
    dirs.sort();
    if dirs.is_empty() {
        return Err(LoadErrors(vec![KbError::NoBriefs {
            dir: root.to_path_buf(),
        }]));
    }
    let mut errors = Vec::new();
    let work: Vec<(String, PathBuf)> = dirs
        .into_iter()
        .map(|dir| {
            let id = dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (id, dir)
        })
        .collect();
    // Briefs are independent: load them on every core. Results are put back in folder order,
    // so errors are reported, and ties ranked, the same way on any machine.
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8)
        .min(work.len());
    let mut loaded: Vec<(usize, Result<Brief, Vec<KbError>>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let work = &work;
                scope.spawn(move || {
                    (t..work.len())
                        .step_by(threads)
                        .map(|i| (i, load_brief(&work[i].0, &work[i].1)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("loading a brief does not panic"))
            .collect()
    });
    loaded.sort_by_key(|(i, _)| *i);
    let mut briefs: Vec<Brief> = Vec::with_capacity(loaded.len());
    for (_, result) in loaded {
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

/// Reads and deserialises one JSON file, turning serde's error into one that names the file,
/// line and column.
fn read_json<T: DeserializeOwned>(path: &Path) -> Result<(T, String), KbError> {
    let text = std::fs::read_to_string(path).map_err(|source| KbError::Io {
        path: path.to_path_buf(),
        source,
        hint: "every brief folder needs brief.json, actors.json, events.json and claims.json \
               (an empty list `[]` is fine)",
    })?;
    let value = serde_json::from_str(&text).map_err(|e| KbError::Json {
        path: path.to_path_buf(),
        line: e.line(),
        column: e.column(),
        message: e
            .to_string()
            .split(" at line ")
            .next()
            .unwrap_or_default()
            .to_string(),
    })?;
    Ok((value, text))
}

/// Finds the line of each `"id": "…"` in a file, so entry errors can point at the entry. The
/// n-th occurrence of an id belongs to the n-th entry carrying it.
fn id_lines(text: &str) -> HashMap<String, Vec<usize>> {
    let mut out: HashMap<String, Vec<usize>> = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let mut rest = line;
        while let Some(i) = rest.find("\"id\"") {
            rest = &rest[i + 4..];
            let after = rest.trim_start();
            let Some(after) = after.strip_prefix(':') else {
                continue;
            };
            let after = after.trim_start();
            let Some(after) = after.strip_prefix('"') else {
                continue;
            };
            if let Some(end) = after.find('"') {
                out.entry(after[..end].to_string()).or_default().push(n + 1);
            }
        }
    }
    out
}

/// Where entry errors of one file go.
struct FileCtx<'a> {
    path: PathBuf,
    lines: HashMap<String, Vec<usize>>,
    seen: HashMap<String, usize>,
    errors: &'a mut Vec<KbError>,
}

impl FileCtx<'_> {
    /// The line of the current occurrence of `id` (counting duplicates in order).
    fn line(&self, id: &str) -> usize {
        let occurrence = self.seen.get(id).copied().unwrap_or(1).saturating_sub(1);
        self.lines
            .get(id)
            .and_then(|l| l.get(occurrence).or(l.first()))
            .copied()
            .unwrap_or(1)
    }

    fn problem(&mut self, id: &str, problem: Problem) {
        let line = self.line(id);
        self.errors.push(KbError::Entry {
            path: self.path.clone(),
            line,
            id: id.to_string(),
            problem,
        });
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
        *ctx.seen.entry(id.to_string()).or_insert(0) += 1;
        if !is_kebab(id) {
            ctx.problem(id, Problem::BadId);
            return false;
        }
        if let Some((first_kind, _, first_line, first_file)) = self.all.get(id) {
            let first = format!("the {} at {first_file}:{first_line}", first_kind.as_str());
            ctx.problem(id, Problem::DuplicateId { first });
            return false;
        }
        let line = ctx.line(id);
        let file = ctx
            .path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.all.insert(id.to_string(), (kind, index, line, file));
        true
    }
}

fn check_citations(
    ctx: &mut FileCtx,
    id: &str,
    raw: &[RawCitation],
    paragraphs: &[Paragraph],
) -> Vec<Citation> {
    if raw.is_empty() {
        ctx.problem(id, Problem::NoCitations);
    }
    let mut out = Vec::with_capacity(raw.len());
    for c in raw {
        let Some(p) = c.paragraph.checked_sub(1).and_then(|i| paragraphs.get(i)) else {
            ctx.problem(
                id,
                Problem::NoSuchParagraph {
                    paragraph: c.paragraph,
                    count: paragraphs.len(),
                },
            );
            continue;
        };
        // Curators may paste a quote with the seed's markup still in it; compare plain text.
        let quote = seed::strip_markup(&c.quote).0;
        let quote = quote.trim();
        if quote.is_empty() {
            ctx.problem(id, Problem::Empty { field: "quote" });
            continue;
        }
        match p.text.find(quote) {
            Some(start) => {
                let end = start + quote.len();
                out.push(Citation {
                    paragraph: c.paragraph,
                    quote: quote.to_string(),
                    links_source: p.links.iter().any(|l| l.start < end && start < l.end),
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
    actor_ids: &HashMap<&str, usize>,
) -> Vec<usize> {
    let mut out = Vec::new();
    for r in refs {
        match actor_ids.get(r.as_str()) {
            Some(&i) if !out.contains(&i) => out.push(i),
            Some(_) => {}
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

fn load_brief(id: &str, dir: &Path) -> Result<Brief, Vec<KbError>> {
    let brief_path = dir.join("brief.json");
    let (raw, brief_text) = read_json::<RawBrief>(&brief_path).map_err(|e| vec![e])?;
    let meta_line = |field: &str| {
        let needle = format!("\"{field}\"");
        brief_text
            .lines()
            .position(|l| l.contains(&needle))
            .map_or(1, |n| n + 1)
    };
    let meta_err = |field: &str, problem: String| KbError::Meta {
        path: brief_path.clone(),
        line: meta_line(field),
        problem,
    };
    let seed_path = dir.join(&raw.seed);
    let seed_raw = std::fs::read_to_string(&seed_path).map_err(|source| {
        vec![KbError::Io {
            path: seed_path.clone(),
            source,
            hint: "`seed` in brief.json is a path relative to brief.json",
        }]
    })?;
    let seed =
        seed::parse_seed(&seed_raw, raw.front_matter, raw.back_matter).map_err(|message| {
            vec![KbError::Seed {
                path: seed_path.clone(),
                message,
            }]
        })?;

    let mut errors = Vec::new();
    let front = seed.front.join("\n");
    let back = seed.back.join("\n");
    for (field, value) in [
        ("title", &raw.title),
        ("publisher", &raw.publisher),
        ("series", &raw.series),
    ] {
        if value.trim().is_empty() {
            errors.push(meta_err(field, format!("`{field}` is empty")));
        }
    }
    if !raw.title.trim().is_empty() && !front.contains(&fold_for_quote(&raw.title)) {
        errors.push(meta_err(
            "title",
            "the title does not appear in the seed's front matter".into(),
        ));
    }
    if raw.authors.is_empty() {
        errors.push(meta_err("authors", "list at least one author".into()));
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
    if raw.number == 0 {
        errors.push(meta_err(
            "number",
            "`number` must be the brief's number in its series".into(),
        ));
    }
    let published = match Point::parse(&raw.published) {
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
    };

    let paragraphs = seed.paragraphs;
    let mut ids = Ids {
        all: HashMap::new(),
    };

    // Actors first: events and claims refer to them.
    let actors_path = dir.join("actors.json");
    let events_path = dir.join("events.json");
    let claims_path = dir.join("claims.json");
    let raw_actors = read_json::<Vec<RawActor>>(&actors_path);
    let raw_events = read_json::<Vec<RawEvent>>(&events_path);
    let raw_claims = read_json::<Vec<RawClaim>>(&claims_path);
    let (raw_actors, actors_text) = raw_actors.unwrap_or_else(|e| {
        errors.push(e);
        (Vec::new(), String::new())
    });
    let (raw_events, events_text) = raw_events.unwrap_or_else(|e| {
        errors.push(e);
        (Vec::new(), String::new())
    });
    let (raw_claims, claims_text) = raw_claims.unwrap_or_else(|e| {
        errors.push(e);
        (Vec::new(), String::new())
    });

    let mut actors = Vec::with_capacity(raw_actors.len());
    {
        let mut ctx = FileCtx {
            path: actors_path,
            lines: id_lines(&actors_text),
            seen: HashMap::new(),
            errors: &mut errors,
        };
        for a in &raw_actors {
            if !ids.register(&mut ctx, &a.id, EntryKind::Actor, actors.len()) {
                continue;
            }
            let name = require_text(&mut ctx, &a.id, "name", &a.name);
            let profile = require_text(&mut ctx, &a.id, "profile", &a.profile);
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
            let citations = check_citations(&mut ctx, &a.id, &a.citations, &paragraphs);
            actors.push(Actor {
                id: a.id.clone(),
                name,
                kind,
                aliases,
                profile,
                citations,
                events: Vec::new(),
                claims: Vec::new(),
            });
        }
    }
    let actor_ids: HashMap<&str, usize> = actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();

    let mut events = Vec::with_capacity(raw_events.len());
    let mut afters: Vec<Option<String>> = Vec::new();
    {
        let mut ctx = FileCtx {
            path: events_path.clone(),
            lines: id_lines(&events_text),
            seen: HashMap::new(),
            errors: &mut errors,
        };
        for e in &raw_events {
            if !ids.register(&mut ctx, &e.id, EntryKind::Event, events.len()) {
                continue;
            }
            let title = require_text(&mut ctx, &e.id, "title", &e.title);
            let summary = require_text(&mut ctx, &e.id, "summary", &e.summary);
            let (when, when_text) = parse_when(&e.when).unwrap_or_else(|p| {
                ctx.problem(&e.id, p);
                (When::Undated, None)
            });
            let event_actors = resolve_actors(&mut ctx, &e.id, "actors", &e.actors, &actor_ids);
            let citations = check_citations(&mut ctx, &e.id, &e.citations, &paragraphs);
            afters.push(e.when.after.clone());
            events.push(Event {
                id: e.id.clone(),
                when,
                when_text,
                title,
                summary,
                actors: event_actors,
                citations,
                order: 0,
            });
        }
    }
    let timeline = {
        let mut ctx = FileCtx {
            path: events_path,
            lines: id_lines(&events_text),
            seen: HashMap::new(),
            errors: &mut errors,
        };
        order_timeline(&mut ctx, &events, &afters)
    };
    for (pos, &i) in timeline.iter().enumerate() {
        events[i].order = pos;
    }

    let mut claims = Vec::with_capacity(raw_claims.len());
    {
        let mut ctx = FileCtx {
            path: claims_path,
            lines: id_lines(&claims_text),
            seen: HashMap::new(),
            errors: &mut errors,
        };
        for c in &raw_claims {
            if !ids.register(&mut ctx, &c.id, EntryKind::Claim, claims.len()) {
                continue;
            }
            let statement = require_text(&mut ctx, &c.id, "statement", &c.statement);
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
            let by = resolve_actors(&mut ctx, &c.id, "by", &c.by, &actor_ids);
            let claim_actors = resolve_actors(&mut ctx, &c.id, "actors", &c.actors, &actor_ids);
            let citations = check_citations(&mut ctx, &c.id, &c.citations, &paragraphs);
            let clean =
                |s: &Option<String>| s.as_deref().map(fold_for_quote).filter(|s| !s.is_empty());
            claims.push(Claim {
                id: c.id.clone(),
                statement,
                verdict,
                by,
                source: clean(&c.source),
                hedge: clean(&c.hedge),
                actors: claim_actors,
                citations,
            });
        }
    }

    if !errors.is_empty() {
        return Err(errors);
    }

    // Back-references: an actor lists what involves it, in timeline order for events.
    for &ei in &timeline {
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
    let by_id = ids
        .all
        .into_iter()
        .map(|(k, (kind, i, _, _))| (k, (kind, i)))
        .collect();
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for text in [
        &brief_text,
        &seed_raw,
        &actors_text,
        &events_text,
        &claims_text,
    ] {
        std::hash::Hash::hash(text.as_str(), &mut h);
    }
    let fingerprint = std::hash::Hasher::finish(&h);
    let published = published.expect("errors is empty, so the date parsed");
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
            seed_path,
        },
        paragraphs,
        actors,
        events,
        claims,
        timeline,
        by_id,
    })
}

/// Orders events for the timeline: dated events by their start (then end, then file order), and
/// each undated event right after the event its `after` names, in file order. Undated events
/// without `after` come first.
fn order_timeline(ctx: &mut FileCtx, events: &[Event], afters: &[Option<String>]) -> Vec<usize> {
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
                None => {
                    *ctx.seen.entry(e.id.clone()).or_insert(0) += 1;
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
            *ctx.seen.entry(e.id.clone()).or_insert(0) += 1;
            ctx.problem(&e.id, Problem::OrderCycle);
        }
    }
    order
}
