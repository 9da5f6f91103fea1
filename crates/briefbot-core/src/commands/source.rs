//! `/source <paragraph>`: one paragraph of the brief, verbatim, with the entries that cite it.

use crate::answer::{BriefRef, Reply, SourceText};
use crate::kb::EntryKind;

use super::{hits, Ctx, QueryError};

pub(crate) fn run(ctx: &Ctx, n: usize) -> Result<Reply, QueryError> {
    let library = ctx.engine.library();
    // Without a brief filter, the newest brief is meant: with one brief loaded, that one.
    let brief = &library.briefs()[ctx.brief.unwrap_or(0) as usize];
    let Some(p) = brief.paragraph(n) else {
        return Err(QueryError::NoSuchParagraph {
            requested: n,
            count: brief.paragraphs().len(),
            brief: format!("{} ({})", brief.meta().title, brief.id()),
        });
    };
    let cites = |cs: &[crate::kb::Citation]| cs.iter().any(|c| c.paragraph == n);
    let mut cited_by = Vec::new();
    for (i, e) in brief.events().iter().enumerate() {
        if cites(&e.citations) {
            cited_by.push(hits::related(brief, EntryKind::Event, i));
        }
    }
    for (i, c) in brief.claims().iter().enumerate() {
        if cites(&c.citations) {
            cited_by.push(hits::related(brief, EntryKind::Claim, i));
        }
    }
    for (i, a) in brief.actors().iter().enumerate() {
        if cites(&a.citations) {
            cited_by.push(hits::related(brief, EntryKind::Actor, i));
        }
    }
    Ok(Reply::Source {
        command: "source",
        source: SourceText {
            brief: brief.id().to_string(),
            brief_title: brief.meta().title.clone(),
            paragraph: n,
            paragraphs: brief.paragraphs().len(),
            text: p.text.clone(),
            linked: p
                .links
                .iter()
                .map(|l| p.text[l.start..l.end].to_string())
                .collect(),
            cited_by,
            origin: BriefRef::of(brief),
        },
    })
}
