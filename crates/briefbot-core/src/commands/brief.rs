//! `/brief`: the loaded briefs (title, authors, number, date, entry counts), or one of them.

use crate::answer::{BriefInfo, BriefRef, Reply};
use crate::kb::Brief;

use super::{Ctx, QueryError};

pub fn info(b: &Brief) -> BriefInfo {
    let m = b.meta();
    BriefInfo {
        id: b.id().to_string(),
        title: m.title.clone(),
        authors: m.authors.clone(),
        publisher: m.publisher.clone(),
        series: m.series.clone(),
        number: m.number,
        published: m.published.iso(),
        editors: m.editors.clone(),
        paragraphs: b.paragraphs().len(),
        actors: b.actors().len(),
        events: b.events().len(),
        claims: b.claims().len(),
        draft: m.draft || b.draft_count() > 0,
        unreviewed: b.draft_count(),
        origin: BriefRef::of(b),
    }
}

pub(crate) fn run(ctx: &Ctx, id: Option<&str>) -> Result<Reply, QueryError> {
    let library = ctx.engine.library();
    let briefs = match id.map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) => match library.brief(id) {
            Some(b) => vec![info(b)],
            None => {
                return Err(QueryError::UnknownBrief {
                    requested: id.to_string(),
                    known: library
                        .briefs()
                        .iter()
                        .map(Brief::id)
                        .collect::<Vec<_>>()
                        .join(", "),
                })
            }
        },
        None => library
            .briefs()
            .iter()
            .enumerate()
            .filter(|(i, _)| ctx.brief.is_none_or(|b| b as usize == *i))
            .map(|(_, b)| info(b))
            .collect(),
    };
    Ok(Reply::Briefs {
        command: "brief",
        briefs,
        version: library.version().to_string(),
    })
}
