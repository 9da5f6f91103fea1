//! Writing one generated brief: its seed text, and its four JSON files through the serde types of
//! [`crate::kb::raw`], so the files have exactly the shape the loader reads.

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::Path;

use serde::Serialize;

use super::brief::{Cite, Content};
use super::event::SWhen;
use super::text::{and_list, human_day};
use crate::kb::raw::{RawActor, RawBrief, RawCitation, RawClaim, RawEvent, RawWhen};

/// The four files of a brief as the knowledge-base format has them.
struct RawFiles {
    brief: RawBrief,
    actors: Vec<RawActor>,
    events: Vec<RawEvent>,
    claims: Vec<RawClaim>,
}

/// Writes `seeds/<id>.txt` and `knowledge/<id>/*.json` for one brief. `buf` is scratch space
/// reused from brief to brief.
pub(super) fn write(
    knowledge: &Path,
    seeds: &Path,
    content: Content,
    buf: &mut Vec<u8>,
) -> io::Result<()> {
    let brief_dir = knowledge.join(&content.id);
    fs::create_dir_all(&brief_dir)?;
    fs::write(
        seeds.join(format!("{}.txt", content.id)),
        seed_text(&content),
    )?;
    let files = raw_files(content);
    write_json(&brief_dir.join("brief.json"), &files.brief, buf)?;
    write_json(&brief_dir.join("actors.json"), &files.actors, buf)?;
    write_json(&brief_dir.join("events.json"), &files.events, buf)?;
    write_json(&brief_dir.join("claims.json"), &files.claims, buf)
}

/// Indented JSON with a final newline, as a curator's editor would save it. It is serialised
/// into memory first: serde_json writes token by token, and a file is then written in one call
/// (files are at most a few hundred kilobytes).
fn write_json(path: &Path, value: &impl Serialize, buf: &mut Vec<u8>) -> io::Result<()> {
    buf.clear();
    serde_json::to_writer_pretty(&mut *buf, value)?;
    buf.push(b'\n');
    fs::write(path, &buf)
}

/// The seed text: a title block (front matter of 2 paragraphs), the entries' sentences in their
/// paragraphs, and the editors' line (back matter of 1), matching `front_matter` and
/// `back_matter` in `brief.json`.
fn seed_text(c: &Content) -> String {
    let body: usize = c.paragraphs.iter().map(|p| p.len() + 2).sum();
    let mut out = String::with_capacity(body + 512);
    let _ = write!(
        out,
        "{}\n\n{} | No. {} | {}\n\n",
        c.title,
        and_list(&c.authors),
        c.number,
        human_day(c.published)
    );
    for p in &c.paragraphs {
        out.push_str(p);
        out.push_str("\n\n");
    }
    let label = if c.editors.len() == 1 {
        "Editor"
    } else {
        "Editors"
    };
    let _ = writeln!(out, "{label} of the series: {}", and_list(&c.editors));
    out
}

/// Moves a brief's content into the raw types. Entries refer to actors and earlier events by
/// index while they are generated; the files name them by id.
fn raw_files(c: Content) -> RawFiles {
    let (y, m, d) = c.published;
    let actor_ids: Vec<String> = c.actors.iter().map(|a| a.id.clone()).collect();
    let event_ids: Vec<String> = c.events.iter().map(|e| e.id.clone()).collect();
    let ids = |indices: &[usize]| -> Vec<String> {
        indices.iter().map(|&a| actor_ids[a].clone()).collect()
    };
    let brief = RawBrief {
        title: c.title,
        authors: c.authors.to_vec(),
        publisher: "Synthetic Policy Institute".to_string(),
        series: "Synthetic Brief".to_string(),
        number: u32::try_from(c.number).expect("fewer than 4 billion briefs"),
        published: format!("{y:04}-{m:02}-{d:02}"),
        editors: c.editors,
        seed: format!("../../seeds/{}.txt", c.id),
        front_matter: 2,
        back_matter: 1,
        draft: false,
    };
    let events = c
        .events
        .into_iter()
        .map(|e| RawEvent {
            id: e.id,
            when: raw_when(e.when, &event_ids),
            title: e.title,
            summary: e.summary,
            actors: ids(&e.actors),
            citations: citations(e.cites),
            draft: false,
        })
        .collect();
    let claims = c
        .claims
        .into_iter()
        .map(|cl| RawClaim {
            id: cl.id,
            statement: cl.statement,
            verdict: cl.verdict.to_string(),
            by: ids(&cl.by),
            source: cl.source,
            hedge: cl.hedge.map(str::to_string),
            actors: ids(&cl.actors),
            citations: citations(cl.cites),
            draft: false,
        })
        .collect();
    let actors = c
        .actors
        .into_iter()
        .map(|a| RawActor {
            id: a.id,
            name: a.name,
            kind: a.kind.as_str().to_string(),
            aliases: a.aliases,
            profile: a.profile,
            citations: citations(a.cites),
            draft: false,
        })
        .collect();
    RawFiles {
        brief,
        actors,
        events,
        claims,
    }
}

/// The `when` object of an event, one of the format's shapes.
fn raw_when(when: SWhen, event_ids: &[String]) -> RawWhen {
    let mut w = RawWhen::default();
    match when {
        SWhen::On(on) => w.on = Some(on),
        SWhen::Range(from, to) => (w.from, w.to) = (Some(from), Some(to)),
        SWhen::Approx(approx, text) => (w.approx, w.text) = (Some(approx), Some(text)),
        SWhen::Undated(text, after) => {
            w.undated = Some(text);
            w.after = after.map(|j| event_ids[j].clone());
        }
    }
    w
}

fn citations(cites: Vec<Cite>) -> Vec<RawCitation> {
    cites
        .into_iter()
        .map(|(paragraph, quote)| RawCitation { paragraph, quote })
        .collect()
}
