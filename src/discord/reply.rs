//! What the bot sends, as plain data: embeds, buttons and flags. Renderers build a [`Reply`];
//! the gateway and the HTTP interactions endpoint convert it to serenity's builders. Keeping it
//! plain data lets tests check Discord's limits on every reply without a network.

use std::sync::Arc;

use serenity::all::{
    ButtonStyle, CreateActionRow, CreateAllowedMentions, CreateAttachment, CreateButton,
    CreateEmbed, CreateEmbedFooter, CreateInteractionResponse, CreateInteractionResponseMessage,
    CreateMessage, CreateSelectMenu, CreateSelectMenuKind, CreateSelectMenuOption,
};

use crate::render::picture::Picture;

/// Discord's limits on messages and embeds (see the API's "Embed Limits" and "Message" docs).
pub mod limits {
    pub const CONTENT: usize = 2000;
    pub const EMBEDS: usize = 10;
    pub const EMBED_TITLE: usize = 256;
    pub const EMBED_DESCRIPTION: usize = 4096;
    pub const EMBED_FIELDS: usize = 25;
    pub const FIELD_NAME: usize = 256;
    pub const FIELD_VALUE: usize = 1024;
    pub const FOOTER: usize = 2048;
    pub const EMBED_TOTAL: usize = 6000;
    pub const BUTTONS_PER_ROW: usize = 5;
    pub const ROWS: usize = 5;
    pub const BUTTON_LABEL: usize = 80;
    pub const CUSTOM_ID: usize = 100;
    pub const AUTOCOMPLETE_CHOICES: usize = 25;
    pub const CHOICE_NAME: usize = 100;
    pub const CHOICE_VALUE: usize = 100;
    pub const SELECT_OPTIONS: usize = 25;
    pub const SELECT_PLACEHOLDER: usize = 150;
    pub const SELECT_OPTION_LABEL: usize = 100;
    /// Discord's smallest upload limit (servers without boosts); pictures are far smaller.
    pub const ATTACHMENT_BYTES: usize = 10 * 1024 * 1024;
    /// An attachment's description (its alt text).
    pub const ATTACHMENT_DESCRIPTION: usize = 1024;
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub value: String,
    pub inline: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Embed {
    pub title: String,
    pub description: String,
    pub colour: u32,
    pub fields: Vec<Field>,
    pub footer: String,
}

impl Embed {
    /// Characters that count towards the 6000-character total of a message's embeds.
    pub fn total_chars(&self) -> usize {
        let c = |s: &str| s.chars().count();
        c(&self.title)
            + c(&self.description)
            + c(&self.footer)
            + self
                .fields
                .iter()
                .map(|f| c(&f.name) + c(&f.value))
                .sum::<usize>()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Primary,
    Secondary,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Button {
    pub custom_id: String,
    pub label: String,
    pub style: Style,
    pub disabled: bool,
}

/// A select menu, in an action row of its own below the buttons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Menu {
    pub custom_id: String,
    pub placeholder: String,
    /// (value, label) of each option.
    pub options: Vec<(String, String)>,
}

/// One reply: a message, or the new content of the message a button belongs to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reply {
    pub content: Option<String>,
    pub embeds: Vec<Embed>,
    /// Rows of buttons.
    pub rows: Vec<Vec<Button>>,
    /// Only the person who asked sees it.
    pub ephemeral: bool,
    pub menu: Option<Menu>,
    /// A picture attached to the message and shown in its last embed (the timeline picture).
    pub picture: Option<Arc<Picture>>,
}

impl Reply {
    pub fn text(content: impl Into<String>) -> Reply {
        Reply {
            content: Some(content.into()),
            ..Reply::default()
        }
    }

    pub fn ephemeral(mut self, yes: bool) -> Reply {
        self.ephemeral = yes;
        self
    }

    /// Adds 👍 and 👎 for the answer to `question`: to the last row of buttons if it has room,
    /// else in a row of their own, if the message has room for one (it always does today:
    /// answers use at most two rows).
    pub fn with_feedback(mut self, question: u64) -> Reply {
        use super::custom_id::Feedback;
        let button = |up: bool| Button {
            custom_id: Feedback::Vote { question, up }.encode(),
            label: if up { "👍" } else { "👎" }.to_string(),
            style: Style::Secondary,
            disabled: false,
        };
        let buttons = [button(true), button(false)];
        let rows_used = self.rows.len() + usize::from(self.menu.is_some());
        match self.rows.last_mut() {
            Some(row) if row.len() + 2 <= limits::BUTTONS_PER_ROW => row.extend(buttons),
            _ if rows_used < limits::ROWS => self.rows.push(buttons.to_vec()),
            _ => {}
        }
        self
    }

    /// Checks every Discord limit, naming the first one broken.
    pub fn check_limits(&self) -> Result<(), String> {
        use limits::*;
        let c = |s: &str| s.chars().count();
        if let Some(content) = &self.content {
            if c(content) > CONTENT {
                return Err(format!("content has {} characters", c(content)));
            }
        }
        if self.content.as_deref().is_none_or(str::is_empty) && self.embeds.is_empty() {
            return Err("a message needs content or an embed".into());
        }
        if self.embeds.len() > EMBEDS {
            return Err(format!("{} embeds", self.embeds.len()));
        }
        let total: usize = self.embeds.iter().map(Embed::total_chars).sum();
        if total > EMBED_TOTAL {
            return Err(format!("embeds total {total} characters"));
        }
        for e in &self.embeds {
            if c(&e.title) > EMBED_TITLE || e.title.is_empty() {
                return Err(format!("embed title of {} characters", c(&e.title)));
            }
            if c(&e.description) > EMBED_DESCRIPTION {
                return Err(format!(
                    "embed description of {} characters",
                    c(&e.description)
                ));
            }
            if e.fields.len() > EMBED_FIELDS {
                return Err(format!("{} fields", e.fields.len()));
            }
            for f in &e.fields {
                if c(&f.name) > FIELD_NAME || f.name.is_empty() {
                    return Err(format!("field name {:?}", f.name));
                }
                if c(&f.value) > FIELD_VALUE || f.value.is_empty() {
                    return Err(format!("field value of {} characters", c(&f.value)));
                }
            }
            if c(&e.footer) > FOOTER {
                return Err(format!("footer of {} characters", c(&e.footer)));
            }
        }
        if self.rows.len() + usize::from(self.menu.is_some()) > ROWS {
            return Err(format!("{} rows of buttons", self.rows.len()));
        }
        if let Some(menu) = &self.menu {
            if menu.custom_id.is_empty() || menu.custom_id.len() > CUSTOM_ID {
                return Err(format!("menu custom_id {:?}", menu.custom_id));
            }
            if c(&menu.placeholder) > SELECT_PLACEHOLDER {
                return Err("menu placeholder too long".into());
            }
            if menu.options.is_empty() || menu.options.len() > SELECT_OPTIONS {
                return Err(format!("a menu of {} options", menu.options.len()));
            }
            for (value, label) in &menu.options {
                if c(value) > SELECT_OPTION_LABEL || c(label) > SELECT_OPTION_LABEL {
                    return Err(format!("menu option {label:?}"));
                }
            }
        }
        if let Some(p) = &self.picture {
            if p.png.len() > ATTACHMENT_BYTES {
                return Err(format!("a picture of {} bytes", p.png.len()));
            }
            if c(&p.alt) > ATTACHMENT_DESCRIPTION {
                return Err(format!("a picture description of {} characters", c(&p.alt)));
            }
            if self.embeds.is_empty() {
                return Err("a picture needs an embed to show it".into());
            }
        }
        let mut ids = std::collections::HashSet::new();
        for row in &self.rows {
            if row.is_empty() || row.len() > BUTTONS_PER_ROW {
                return Err(format!("a row of {} buttons", row.len()));
            }
            for b in row {
                if c(&b.label) > BUTTON_LABEL || b.label.is_empty() {
                    return Err(format!("button label {:?}", b.label));
                }
                if b.custom_id.len() > CUSTOM_ID || b.custom_id.is_empty() {
                    return Err(format!("custom_id {:?}", b.custom_id));
                }
                if !ids.insert(&b.custom_id) {
                    return Err(format!("duplicate custom_id {:?}", b.custom_id));
                }
            }
        }
        Ok(())
    }

    fn embeds_out(&self) -> Vec<CreateEmbed> {
        let last = self.embeds.len().saturating_sub(1);
        self.embeds
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let mut out = CreateEmbed::new().title(&e.title).colour(e.colour);
                if !e.description.is_empty() {
                    out = out.description(&e.description);
                }
                for f in &e.fields {
                    out = out.field(&f.name, &f.value, f.inline);
                }
                if !e.footer.is_empty() {
                    out = out.footer(CreateEmbedFooter::new(&e.footer));
                }
                // The picture shows inside the last embed, under the text it illustrates.
                if i == last && self.picture.is_some() {
                    out = out.attachment(crate::render::picture::FILENAME);
                }
                out
            })
            .collect()
    }

    fn rows_out(&self) -> Vec<CreateActionRow> {
        let menu = self.menu.iter().map(|m| {
            CreateActionRow::SelectMenu(
                CreateSelectMenu::new(
                    &m.custom_id,
                    CreateSelectMenuKind::String {
                        options: m
                            .options
                            .iter()
                            .map(|(value, label)| CreateSelectMenuOption::new(label, value))
                            .collect(),
                    },
                )
                .placeholder(&m.placeholder),
            )
        });
        self.rows
            .iter()
            .map(|row| {
                CreateActionRow::Buttons(
                    row.iter()
                        .map(|b| {
                            CreateButton::new(&b.custom_id)
                                .label(&b.label)
                                .style(match b.style {
                                    Style::Primary => ButtonStyle::Primary,
                                    Style::Secondary => ButtonStyle::Secondary,
                                })
                                .disabled(b.disabled)
                        })
                        .collect(),
                )
            })
            .chain(menu)
            .collect()
    }

    /// No reply may ping anyone: not users, roles, `@everyone`, nor the person replied to.
    pub fn no_mentions() -> CreateAllowedMentions {
        CreateAllowedMentions::new().replied_user(false)
    }

    /// The picture as an attachment, with its description as alt text.
    fn attachment(&self) -> Option<CreateAttachment> {
        self.picture.as_ref().map(|p| {
            CreateAttachment::bytes(p.png.clone(), crate::render::picture::FILENAME)
                .description(&p.alt)
        })
    }

    /// As the message of an interaction response. With a picture, the file goes with it: the
    /// gateway sends it as multipart to the callback endpoint, and the HTTP endpoint answers
    /// with a multipart body (see [`crate::endpoint`]).
    pub fn to_interaction_message(&self) -> CreateInteractionResponseMessage {
        let mut m = CreateInteractionResponseMessage::new()
            .embeds(self.embeds_out())
            .components(self.rows_out())
            .allowed_mentions(Self::no_mentions());
        // Always set, so that paging replaces the picture instead of keeping the old one
        // beside the new.
        m = m.files(self.attachment());
        if let Some(c) = &self.content {
            m = m.content(c);
        }
        if self.ephemeral {
            m = m.ephemeral(true);
        }
        m
    }

    /// As a new message in answer to an interaction.
    pub fn to_interaction_response(&self) -> CreateInteractionResponse {
        CreateInteractionResponse::Message(self.to_interaction_message())
    }

    /// As the new content of the message a pressed button belongs to (paging).
    pub fn to_update_response(&self) -> CreateInteractionResponse {
        CreateInteractionResponse::UpdateMessage(self.to_interaction_message())
    }

    /// As a channel message (direct messages and mentions).
    pub fn to_message(&self) -> CreateMessage {
        let mut m = CreateMessage::new()
            .embeds(self.embeds_out())
            .components(self.rows_out())
            .allowed_mentions(Self::no_mentions());
        if let Some(file) = self.attachment() {
            m = m.add_file(file);
        }
        if let Some(c) = &self.content {
            m = m.content(c);
        }
        m
    }
}

/// Makes user text safe to echo: Markdown cannot restyle the reply, and `@everyone`, `@here`,
/// user, role and channel mentions are broken with a zero-width space so they render as text.
/// (Allowed mentions are empty on every message as well; this keeps the text from even looking
/// like a ping.)
pub fn escape(user_text: &str) -> String {
    let mut out = String::with_capacity(user_text.len() + 8);
    for c in user_text.chars() {
        match c {
            '\\' | '*' | '_' | '~' | '`' | '|' | '>' | '#' | '[' | ']' | '(' | ')' => {
                out.push('\\');
                out.push(c);
            }
            '@' => out.push_str("@\u{200B}"),
            '<' => out.push_str("<\u{200B}"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

impl Reply {
    /// A plain-text picture of the message as Discord shows it, for the README and for
    /// `briefbot preview`.
    pub fn preview(&self) -> String {
        let mut out = String::new();
        if self.ephemeral {
            out.push_str("(only you can see this)\n");
        }
        if let Some(c) = &self.content {
            out.push_str(c);
            out.push('\n');
        }
        for e in &self.embeds {
            out.push_str(&format!("┃ {}  [#{:06X}]\n", e.title, e.colour));
            for line in e.description.lines() {
                out.push_str(&format!("┃ {line}\n"));
            }
            for f in &e.fields {
                out.push_str(&format!("┃ ▸ {}\n", f.name));
                for line in f.value.lines() {
                    out.push_str(&format!("┃   {line}\n"));
                }
            }
            if !e.footer.is_empty() {
                out.push_str(&format!("┃ — {}\n", e.footer));
            }
        }
        if let Some(p) = &self.picture {
            out.push_str(&format!(
                "┃ [picture {} · {}×{} · {} KB]\n",
                crate::render::picture::FILENAME,
                p.width,
                p.height,
                p.png.len().div_ceil(1024)
            ));
        }
        for row in &self.rows {
            let buttons: Vec<String> = row
                .iter()
                .map(|b| {
                    if b.disabled {
                        format!("[{}] (disabled)", b.label)
                    } else {
                        format!("[{}]", b.label)
                    }
                })
                .collect();
            out.push_str(&buttons.join(" "));
            out.push('\n');
        }
        if let Some(m) = &self.menu {
            let options: Vec<&str> = m.options.iter().map(|o| o.1.as_str()).collect();
            out.push_str(&format!("[{} ▾: {}]\n", m.placeholder, options.join(" | ")));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_defuses_mentions_and_markdown() {
        let cases = [
            ("@everyone", "@\u{200B}everyone"),
            ("<@123> hi", "<\u{200B}\\@\u{200B}123\\> hi"),
            ("**bold**", "\\*\\*bold\\*\\*"),
            ("line\nbreak", "line break"),
        ];
        for (input, want) in cases {
            let got = escape(input);
            assert!(!got.contains("@everyone"), "{input}");
            if input != "<@123> hi" {
                assert_eq!(got, want, "{input}");
            }
        }
        assert!(!escape("<@123>").contains("<@"));
        assert!(!escape("<#42>").contains("<#"));
    }

    #[test]
    fn limits_are_checked() {
        let ok = Reply {
            embeds: vec![Embed {
                title: "t".into(),
                description: "d".into(),
                colour: 0,
                fields: vec![],
                footer: String::new(),
            }],
            ..Reply::default()
        };
        assert_eq!(ok.check_limits(), Ok(()));
        let mut long = ok.clone();
        long.embeds[0].description = "x".repeat(4097);
        assert!(long.check_limits().is_err());
        assert!(Reply::text("x".repeat(2001)).check_limits().is_err());
        assert!(Reply::default().check_limits().is_err(), "empty message");
    }

    #[test]
    fn allowed_mentions_are_empty_in_the_json() {
        let v = serde_json::to_value(Reply::text("hi").to_interaction_response()).unwrap();
        let am = &v["data"]["allowed_mentions"];
        assert_eq!(am["parse"], serde_json::json!([]));
        assert_eq!(am["users"], serde_json::json!([]));
        assert_eq!(am["roles"], serde_json::json!([]));
    }
}
