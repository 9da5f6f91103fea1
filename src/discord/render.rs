//! Rendering answers as Discord embeds and buttons. Pure functions of the answer: no network.

use crate::answer::{join_names, Answer, BriefInfo, BriefRef, Hit, Outcome, SourceText};
use crate::kb::EntryKind;
use crate::text::truncate;

use super::custom_id::ButtonAction;
use super::reply::{escape, limits, Button, Embed, Field, Reply, Style};

pub const COLOUR_EVENT: u32 = 0x3B82F6;
pub const COLOUR_ACTOR: u32 = 0x22C55E;
pub const COLOUR_CLAIM: u32 = 0xF59E0B;
pub const COLOUR_NO_MATCH: u32 = 0x6B7280;
pub const COLOUR_INFO: u32 = 0x8B5CF6;

/// Events per timeline page.
pub const TIMELINE_PAGE: usize = 10;
/// Results shown in full; further results are listed by title.
const DETAILED: usize = 3;
/// Citations shown per result.
const QUOTES: usize = 3;

fn colour(kind: EntryKind) -> u32 {
    match kind {
        EntryKind::Event => COLOUR_EVENT,
        EntryKind::Actor => COLOUR_ACTOR,
        EntryKind::Claim => COLOUR_CLAIM,
    }
}

/// "INSS Insight No. 1784, November 9, 2023 · Russia-Hamas Relations and the Israel-Hamas War":
/// readers see which brief answered and as of when.
pub fn footer(brief: &BriefRef) -> String {
    truncate(
        &format!(
            "{} · {} · answers are as of the brief's date",
            brief.label, brief.title
        ),
        limits::FOOTER,
    )
}

fn quote_block(quote: &str) -> String {
    format!("> {}", truncate(quote, limits::FIELD_VALUE - 2))
}

/// The full embed of one result.
pub fn detail(h: &Hit) -> Embed {
    let mut description = String::new();
    match h.kind {
        EntryKind::Event => {
            if let Some(w) = &h.when {
                description.push_str(&format!("**When:** {w}\n"));
            }
            description.push_str(&h.summary);
        }
        EntryKind::Actor => {
            let kind = h.actor_kind.unwrap_or("actor");
            let shown = h.display_aliases();
            if shown.is_empty() {
                description.push_str(&format!("*{kind}*\n"));
            } else {
                let aliases: Vec<&str> = shown.into_iter().take(6).collect();
                description.push_str(&format!("*{kind}* · also: {}\n", aliases.join(", ")));
            }
            description.push_str(&h.summary);
        }
        EntryKind::Claim => {
            if let Some(v) = h.verdict_line() {
                description.push_str(&format!("**{v}**"));
            }
        }
    }
    let mut fields: Vec<Field> = h
        .citations
        .iter()
        .take(QUOTES)
        .map(|c| Field {
            name: if c.links_source {
                format!("{} · the brief links a source here", c.place())
            } else {
                c.place()
            },
            value: quote_block(&c.quote),
            inline: false,
        })
        .collect();
    if h.kind == EntryKind::Actor && !h.related.is_empty() {
        let lines: Vec<String> = h
            .related
            .iter()
            .map(|r| {
                let tag = r
                    .date
                    .clone()
                    .or_else(|| r.verdict.map(|v| v.as_str().to_string()));
                match tag {
                    Some(t) => format!("• {} ({t})", truncate(&r.title, 120)),
                    None => format!("• {}", truncate(&r.title, 120)),
                }
            })
            .collect();
        fields.push(Field {
            name: "In the brief".into(),
            value: truncate(&lines.join("\n"), limits::FIELD_VALUE),
            inline: false,
        });
    }
    if h.kind != EntryKind::Actor && !h.actors.is_empty() {
        fields.push(Field {
            name: "Actors".into(),
            value: truncate(&join_names(&h.actors), limits::FIELD_VALUE),
            inline: false,
        });
    }
    Embed {
        title: truncate(&h.title, limits::EMBED_TITLE),
        description: truncate(&description, limits::EMBED_DESCRIPTION),
        colour: colour(h.kind),
        fields,
        footer: footer(&h.origin),
    }
}

/// Buttons that open the source paragraphs of a result.
fn source_buttons(h: &Hit) -> Vec<Button> {
    let mut seen = Vec::new();
    // Front and back matter (paragraph 0) have no `/source` page of their own.
    for c in h.citations.iter().filter(|c| c.paragraph > 0) {
        if !seen.contains(&c.paragraph) {
            seen.push(c.paragraph);
        }
    }
    seen.into_iter()
        .take(3)
        .map(|n| Button {
            custom_id: ButtonAction::Source {
                brief: h.brief.clone(),
                paragraph: n,
            }
            .encode(),
            label: format!("Show source ¶{n}"),
            style: Style::Secondary,
            disabled: false,
        })
        .collect()
}

fn show_button(h: &Hit, prefix: &str) -> Button {
    Button {
        custom_id: ButtonAction::Show {
            brief: h.brief.clone(),
            id: h.id.clone(),
        }
        .encode(),
        label: truncate(&format!("{prefix}{}", h.title), limits::BUTTON_LABEL),
        style: Style::Primary,
        disabled: false,
    }
}

/// Shrinks embeds until their total fits Discord's 6000-character budget, dropping the least
/// important parts first: extra fields of later embeds, then long descriptions.
fn fit(mut embeds: Vec<Embed>) -> Vec<Embed> {
    let total = |e: &[Embed]| e.iter().map(Embed::total_chars).sum::<usize>();
    while total(&embeds) > limits::EMBED_TOTAL {
        if let Some(e) = embeds.iter_mut().rev().find(|e| e.fields.len() > 1) {
            e.fields.pop();
            continue;
        }
        let longest = embeds
            .iter_mut()
            .max_by_key(|e| e.description.chars().count())
            .expect("non-empty");
        let len = longest.description.chars().count();
        if len <= 200 {
            embeds.pop();
            continue;
        }
        longest.description = truncate(&longest.description, len * 2 / 3);
    }
    embeds
}

/// Renders a search answer. `page` is the timeline page (0 first).
pub fn answer(a: &Answer, brief_filter: Option<&str>, page: usize) -> Reply {
    if a.outcome == Outcome::NoMatch {
        return no_match(a);
    }
    let is_list =
        a.results.len() > DETAILED && a.results.iter().all(|h| h.kind == EntryKind::Event);
    if is_list {
        return timeline_list(a, brief_filter, page);
    }
    let mut embeds: Vec<Embed> = a.results.iter().take(DETAILED).map(detail).collect();
    if a.results.len() > DETAILED {
        let more: Vec<String> = a.results[DETAILED..]
            .iter()
            .map(|h| format!("• {} (`{}`)", truncate(&h.title, 150), h.kind.as_str()))
            .collect();
        if let Some(last) = embeds.last_mut() {
            last.fields.push(Field {
                name: "Also relevant".into(),
                value: truncate(&more.join("\n"), limits::FIELD_VALUE),
                inline: false,
            });
        }
    }
    let mut rows = Vec::new();
    if let Some(top) = a.results.first() {
        let buttons = source_buttons(top);
        if !buttons.is_empty() {
            rows.push(buttons);
        }
    }
    let others: Vec<Button> = a
        .results
        .iter()
        .skip(DETAILED)
        .take(limits::BUTTONS_PER_ROW)
        .map(|h| show_button(h, ""))
        .collect();
    if !others.is_empty() {
        rows.push(others);
    }
    Reply {
        // A note on an answer qualifies it ("The brief gives no date for this, only …"), so it
        // stands above the entries, where it is read first.
        content: a
            .note
            .as_ref()
            .map(|n| truncate(&escape(n), limits::CONTENT)),
        embeds: fit(embeds),
        rows,
        ephemeral: false,
        menu: None,
        picture: None,
    }
}

fn no_match(a: &Answer) -> Reply {
    let mut description = format!(
        "Nothing in the brief answers “{}”.",
        escape(&truncate(&a.query, 300))
    );
    if let Some(note) = &a.note {
        description.push(' ');
        description.push_str(note);
    }
    let brief = a
        .suggestions
        .first()
        .map(|h| &h.origin)
        .or(a.about.as_ref());
    let embed = Embed {
        title: "The brief does not cover this".into(),
        description: truncate(&description, limits::EMBED_DESCRIPTION),
        colour: COLOUR_NO_MATCH,
        fields: Vec::new(),
        footer: brief.map(footer).unwrap_or_default(),
    };
    let suggestions: Vec<Button> = a
        .suggestions
        .iter()
        .take(3)
        .map(|h| show_button(h, "Did you mean: "))
        .collect();
    let rows = if suggestions.is_empty() {
        Vec::new()
    } else {
        vec![suggestions]
    };
    Reply {
        content: None,
        embeds: vec![embed],
        rows,
        ephemeral: false,
        menu: None,
        picture: None,
    }
}

/// A page of a long timeline, with Previous/Next buttons.
pub fn timeline_list(a: &Answer, brief_filter: Option<&str>, page: usize) -> Reply {
    let pages = a.results.len().div_ceil(TIMELINE_PAGE).max(1);
    let page = page.min(pages - 1);
    let lines: Vec<String> = a
        .results
        .iter()
        .skip(page * TIMELINE_PAGE)
        .take(TIMELINE_PAGE)
        .map(|h| {
            let date = h.date.clone().unwrap_or_else(|| "undated".into());
            let para = h
                .citations
                .first()
                .map(|c| format!(" · {}", c.place()))
                .unwrap_or_default();
            format!("`{date}` **{}**{para}", truncate(&h.title, 200))
        })
        .collect();
    let title = if a.query.is_empty() {
        "Timeline".to_string()
    } else {
        truncate(
            &format!("Timeline: {}", escape(&a.query)),
            limits::EMBED_TITLE,
        )
    };
    let brief = a.results.first().map(|h| &h.origin).or(a.about.as_ref());
    let embed = Embed {
        title,
        description: truncate(&lines.join("\n"), limits::EMBED_DESCRIPTION),
        colour: COLOUR_EVENT,
        fields: vec![Field {
            name: "Page".into(),
            value: format!(
                "{} of {} · {} events · undated events are placed where the brief tells them",
                page + 1,
                pages,
                a.results.len()
            ),
            inline: false,
        }],
        footer: brief.map(footer).unwrap_or_default(),
    };
    let nav = |p: usize, label: &str, disabled: bool| Button {
        custom_id: ButtonAction::TimelinePage {
            brief: brief_filter.map(str::to_string),
            page: p,
            query: a.query.clone(),
        }
        .encode(),
        label: label.into(),
        style: Style::Secondary,
        disabled,
    };
    let rows = if pages > 1 {
        vec![vec![
            nav(page.saturating_sub(1), "◀ Previous", page == 0),
            nav((page + 1).min(pages - 1), "Next ▶", page + 1 >= pages),
        ]]
    } else {
        Vec::new()
    };
    // Two buttons with the same custom_id are not allowed; on the first or last page the
    // disabled one would repeat the current page, so make it distinct.
    let rows = rows
        .into_iter()
        .map(|mut row| {
            if row.len() == 2 && row[0].custom_id == row[1].custom_id {
                row[1].custom_id.push('|');
                row[1].custom_id.truncate(limits::CUSTOM_ID);
            }
            row
        })
        .collect();
    Reply {
        content: a
            .note
            .as_ref()
            .map(|n| truncate(&escape(n), limits::CONTENT)),
        embeds: vec![embed],
        rows,
        ephemeral: false,
        menu: None,
        picture: None,
    }
}

pub fn briefs(briefs: &[BriefInfo], version: &str) -> Reply {
    let embeds: Vec<Embed> = briefs
        .iter()
        .take(limits::EMBEDS)
        .map(|b| Embed {
            title: truncate(&b.title, limits::EMBED_TITLE),
            description: truncate(
                &format!(
                    "**{} No. {}** · {} · {}\nBy {}",
                    b.series,
                    b.number,
                    b.published,
                    b.publisher,
                    join_names(&b.authors)
                ),
                limits::EMBED_DESCRIPTION,
            ),
            colour: COLOUR_INFO,
            fields: vec![
                Field {
                    name: "Editors".into(),
                    value: if b.editors.is_empty() {
                        "—".into()
                    } else {
                        truncate(&join_names(&b.editors), 1024)
                    },
                    inline: false,
                },
                Field {
                    name: "Knowledge base".into(),
                    value: format!(
                        "{} paragraphs · {} actors · {} events · {} claims · id `{}` · knowledge base version `{version}`",
                        b.paragraphs, b.actors, b.events, b.claims, b.id
                    ) + &if b.draft {
                        format!("\n**{}**", crate::render::terminal::draft_note(b))
                    } else {
                        String::new()
                    },
                    inline: false,
                },
            ],
            footer: footer(&b.origin),
        })
        .collect();
    Reply {
        content: None,
        embeds: fit(embeds),
        rows: Vec::new(),
        ephemeral: false,
        menu: None,
        picture: None,
    }
}

pub fn source(s: &SourceText) -> Reply {
    let mut fields = Vec::new();
    if !s.linked.is_empty() {
        fields.push(Field {
            name: "The brief links outside sources at".into(),
            value: truncate(
                &s.linked
                    .iter()
                    .map(|l| format!("“{l}”"))
                    .collect::<Vec<_>>()
                    .join(", "),
                1024,
            ),
            inline: false,
        });
    }
    if !s.cited_by.is_empty() {
        let lines: Vec<String> = s
            .cited_by
            .iter()
            .map(|r| format!("• {}", truncate(&r.title, 100)))
            .collect();
        fields.push(Field {
            name: "Cited by".into(),
            value: truncate(&lines.join("\n"), 1024),
            inline: false,
        });
    }
    let mut rows = Vec::new();
    let mut nav = Vec::new();
    if s.paragraph > 1 {
        nav.push(Button {
            custom_id: ButtonAction::Source {
                brief: s.brief.clone(),
                paragraph: s.paragraph - 1,
            }
            .encode(),
            label: format!("◀ ¶{}", s.paragraph - 1),
            style: Style::Secondary,
            disabled: false,
        });
    }
    if s.paragraph < s.paragraphs {
        nav.push(Button {
            custom_id: ButtonAction::Source {
                brief: s.brief.clone(),
                paragraph: s.paragraph + 1,
            }
            .encode(),
            label: format!("¶{} ▶", s.paragraph + 1),
            style: Style::Secondary,
            disabled: false,
        });
    }
    if !nav.is_empty() {
        rows.push(nav);
    }
    let embed = Embed {
        title: truncate(
            &format!("¶{} of {} · {}", s.paragraph, s.paragraphs, s.brief_title),
            limits::EMBED_TITLE,
        ),
        description: truncate(&s.text, limits::EMBED_DESCRIPTION),
        colour: COLOUR_INFO,
        fields,
        footer: footer(&s.origin),
    };
    Reply {
        content: None,
        embeds: fit(vec![embed]),
        rows,
        ephemeral: false,
        menu: None,
        picture: None,
    }
}

/// What the bot can do, for `/help` and "help" in a direct message.
/// `about` is the brief the bot answers about (the first loaded), when there is one.
pub fn help(about: Option<&BriefRef>) -> Reply {
    let brief = about;
    let description = format!(
        "I answer questions about {}, citing the brief (paragraph and verbatim quote) in every \
         answer. When the brief does not cover a question I say so and suggest the nearest \
         entries; I never guess.",
        brief
            .map(|b| format!("**{}** ({})", b.title, b.label))
            .unwrap_or_else(|| "the loaded briefs".into())
    );
    let commands = [
        ("/timeline [query]", "Dated events in order: `oct 25`, `2023-10-25`, `2006`, `the 1990s`, or a topic such as `veto`."),
        ("/actor name", "Who a person, state, group or outlet is: `Mashal`, `RT`, `the Kremlin`."),
        ("/claim statement", "Whether the brief supports, disputes or only reports a statement, and who makes it."),
        ("/ask question", "Any question in your own words: `who is Ali Baraka?`, `did Russia condemn Hamas?`."),
        ("/brief", "The brief itself: title, authors, number, date."),
        ("/source paragraph", "One paragraph of the brief, verbatim."),
        ("Direct messages", "Send me a question as a plain message: `who is Mashal?`, `timeline oct 25`, `claim: Wagner trained Hamas`. In a server channel, mention me."),
    ];
    let fields = commands
        .iter()
        .map(|(n, v)| Field {
            name: (*n).into(),
            value: (*v).into(),
            inline: false,
        })
        .collect();
    let embed = Embed {
        title: "briefbot: answers from the brief, with citations".into(),
        description,
        colour: COLOUR_INFO,
        fields,
        footer: brief.map(footer).unwrap_or_default(),
    };
    Reply {
        content: None,
        embeds: vec![embed],
        rows: Vec::new(),
        ephemeral: false,
        menu: None,
        picture: None,
    }
}

/// A request that could not be answered as asked: shown only to the asker.
pub fn error(message: &str) -> Reply {
    Reply {
        content: None,
        embeds: vec![Embed {
            title: "I can't answer that as asked".into(),
            description: truncate(&escape_error(message), limits::EMBED_DESCRIPTION),
            colour: COLOUR_NO_MATCH,
            fields: Vec::new(),
            footer: String::new(),
        }],
        rows: Vec::new(),
        ephemeral: true,
        menu: None,
        picture: None,
    }
}

/// Error messages come from our own code, but may quote the user's text; keep mentions inert.
fn escape_error(message: &str) -> String {
    message.replace('@', "@\u{200B}").replace("<", "<\u{200B}")
}

/// The cooldown notice.
pub fn slow_down(retry_after_secs: u64) -> Reply {
    Reply::text(format!(
        "Slow down a little: try again in {retry_after_secs} s."
    ))
    .ephemeral(true)
}
