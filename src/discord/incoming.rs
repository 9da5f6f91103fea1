//! The interactions the bot answers, decoded from what it needs and nothing more.
//!
//! Discord adds fields to interactions every year and has not always sent the ones it sends
//! today (`attachment_size_limit` arrived in April 2025, `entitlements` and `member.flags` not
//! long before), its documentation's own examples omit many of them, and it writes some numbers
//! in forms a strict model refuses (an INTEGER option as `7.0`, user flags above 32 bits).
//! serenity's model insists on all of that, so a strict decode refuses real interactions. This
//! decoder reads only the interaction's type, id, token, the user's id and the command's name,
//! options or button id; it ignores every other field, present or not, known or new, and takes
//! snowflakes as strings or numbers. Both transports decode into [`Incoming`], so the gateway
//! and the HTTP endpoint tolerate exactly the same shapes.

use serde::Deserialize;
use serde_json::Value;

/// An interaction, as far as the bot is concerned.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    /// The interaction's id; the gateway needs it (with the token) to send the reply.
    pub id: Option<u64>,
    pub token: Option<String>,
    /// Who asked (the member's user in a server, the user in a DM), for the cooldown and, as
    /// a keyed hash only, the question log.
    pub user: Option<u64>,
    /// The server it came from; `None` in a direct message.
    pub guild: Option<u64>,
    /// The member's permissions in the channel (a bit set), for commands only some may use.
    pub permissions: Option<u64>,
    /// For a button pressed on an answer: the id of the interaction (or message) that asked the
    /// question, so a page of the answer keeps the votes that belong to it.
    pub answered: Option<u64>,
    pub kind: Kind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    Ping,
    Command {
        name: String,
        options: Vec<Opt>,
    },
    Autocomplete {
        name: String,
        options: Vec<Opt>,
    },
    Component {
        custom_id: String,
        /// The chosen options, for a select menu.
        values: Vec<String>,
    },
    /// A type the bot does not answer: modal submits, and types Discord may add.
    Other(u64),
}

/// One command option. Subcommands' options are flattened into the list, since the bot's
/// commands are all flat and a nested option means the same thing.
#[derive(Clone, Debug, PartialEq)]
pub struct Opt {
    pub name: String,
    pub value: OptValue,
    /// The option being typed, in an autocomplete request.
    pub focused: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum OptValue {
    Text(String),
    Integer(i64),
    Number(f64),
    Boolean(bool),
    /// Users, channels, roles, attachments, or a value of the wrong shape: the bot uses none.
    Other,
}

impl OptValue {
    /// The value as typed, for autocomplete.
    pub fn text(&self) -> Option<String> {
        match self {
            OptValue::Text(s) => Some(s.clone()),
            OptValue::Integer(n) => Some(n.to_string()),
            OptValue::Number(x) => Some(x.to_string()),
            OptValue::Boolean(_) | OptValue::Other => None,
        }
    }
}

/// Why a payload is not an interaction the bot can read. The messages name the field so that
/// whoever reads the log knows what the sender must include; they never quote the payload,
/// which holds user text.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error(
        "the payload is not a JSON interaction object ({0}); Discord sends interactions as JSON \
         objects with at least a numeric `type`"
    )]
    NotAnInteraction(String),
    #[error(
        "a {kind} interaction needs `data.{field}` (a string); send it as Discord documents it"
    )]
    MissingField {
        kind: &'static str,
        field: &'static str,
    },
}

// The raw shapes, each with only the fields the bot reads. serde ignores every other field.

#[derive(Deserialize)]
struct RawInteraction {
    #[serde(rename = "type")]
    kind: u64,
    #[serde(default)]
    id: Option<Snowflake>,
    #[serde(default)]
    token: Option<String>,
    #[serde(default)]
    data: Option<RawData>,
    #[serde(default)]
    member: Option<RawMember>,
    #[serde(default)]
    user: Option<Value>,
    #[serde(default)]
    guild_id: Option<Snowflake>,
    /// The message a component sits on (component interactions only).
    #[serde(default)]
    message: Option<RawMessage>,
}

/// The little of a message the bot reads: what asked for it.
#[derive(Deserialize)]
struct RawMessage {
    #[serde(default)]
    interaction_metadata: Option<RawId>,
    /// The older form of `interaction_metadata`, which Discord still sends.
    #[serde(default)]
    interaction: Option<RawId>,
    #[serde(default)]
    message_reference: Option<RawReference>,
}

#[derive(Deserialize)]
struct RawId {
    #[serde(default)]
    id: Option<Snowflake>,
}

#[derive(Deserialize)]
struct RawReference {
    #[serde(default)]
    message_id: Option<Snowflake>,
}

/// [`RawMessage::asked_by`] for a message serenity has decoded.
fn answered_by(message: &serenity::all::Message) -> Option<u64> {
    use serenity::all::MessageInteractionMetadata as M;
    let by_interaction = message
        .interaction_metadata
        .as_deref()
        .and_then(|m| match m {
            M::Command(c) => Some(c.id.get()),
            M::Component(c) => Some(c.id.get()),
            M::ModalSubmit(c) => Some(c.id.get()),
            _ => None,
        });
    by_interaction.or_else(|| {
        message
            .message_reference
            .as_ref()
            .and_then(|r| r.message_id)
            .map(|m| m.get())
    })
}

impl RawMessage {
    /// The question this message answers: the command interaction that asked, else the message
    /// it replies to (a question asked in a direct message).
    fn asked_by(&self) -> Option<u64> {
        self.interaction_metadata
            .as_ref()
            .or(self.interaction.as_ref())
            .and_then(|i| i.id.as_ref())
            .or(self
                .message_reference
                .as_ref()
                .and_then(|r| r.message_id.as_ref()))
            .and_then(Snowflake::get)
    }
}

#[derive(Deserialize)]
struct RawMember {
    #[serde(default)]
    user: Option<Value>,
    /// A decimal string, as Discord sends permission bit sets.
    #[serde(default)]
    permissions: Option<Value>,
}

#[derive(Deserialize)]
struct RawData {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    options: Option<Vec<RawOption>>,
    #[serde(default)]
    custom_id: Option<String>,
    #[serde(default)]
    values: Option<Vec<Value>>,
}

#[derive(Deserialize)]
struct RawOption {
    name: String,
    #[serde(rename = "type")]
    kind: u64,
    #[serde(default)]
    value: Option<Value>,
    #[serde(default)]
    focused: Option<bool>,
    #[serde(default)]
    options: Option<Vec<RawOption>>,
}

/// A snowflake as Discord writes it (a string of digits) or as some senders do (a number).
#[derive(Deserialize)]
#[serde(untagged)]
enum Snowflake {
    Text(String),
    Number(u64),
}

impl Snowflake {
    /// Zero is not a valid snowflake; it counts as absent.
    fn get(&self) -> Option<u64> {
        match self {
            Snowflake::Text(s) => s.trim().parse().ok(),
            Snowflake::Number(n) => Some(*n),
        }
        .filter(|&n| n != 0)
    }
}

/// The user's id from a user object, tolerating any shape: only the cooldown uses it.
fn user_id(user: &Value) -> Option<u64> {
    serde_json::from_value::<Snowflake>(user.get("id")?.clone())
        .ok()?
        .get()
}

const STRING: u64 = 3;
const INTEGER: u64 = 4;
const BOOLEAN: u64 = 5;
const NUMBER: u64 = 10;
const SUB_COMMAND: u64 = 1;
const SUB_COMMAND_GROUP: u64 = 2;

/// Reads an option's value by its declared type, tolerating the number forms Discord and other
/// senders use: an INTEGER as `7.0` or `"7"`, a STRING as a bare number.
fn option_value(kind: u64, value: Option<&Value>, focused: bool) -> OptValue {
    let Some(value) = value else {
        return OptValue::Other;
    };
    // A focused option is what the user is typing, sent as text whatever its type.
    if focused || kind == STRING {
        return match value {
            Value::String(s) => OptValue::Text(s.clone()),
            Value::Number(n) => OptValue::Text(n.to_string()),
            _ => OptValue::Other,
        };
    }
    match (kind, value) {
        (INTEGER, Value::Number(n)) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => OptValue::Integer(i),
            // 2^63 as f64 is just past i64::MAX, so `< 2^63` keeps the cast exact.
            (None, Some(x)) if x.fract() == 0.0 && x >= -(2f64.powi(63)) && x < 2f64.powi(63) => {
                OptValue::Integer(x as i64)
            }
            _ => OptValue::Other,
        },
        (INTEGER, Value::String(s)) => s
            .trim()
            .parse()
            .map(OptValue::Integer)
            .unwrap_or(OptValue::Other),
        (NUMBER, Value::Number(n)) => n.as_f64().map(OptValue::Number).unwrap_or(OptValue::Other),
        (BOOLEAN, Value::Bool(b)) => OptValue::Boolean(*b),
        _ => OptValue::Other,
    }
}

fn flatten(raw: Vec<RawOption>, out: &mut Vec<Opt>) {
    for o in raw {
        if o.kind == SUB_COMMAND || o.kind == SUB_COMMAND_GROUP {
            flatten(o.options.unwrap_or_default(), out);
            continue;
        }
        let focused = o.focused.unwrap_or(false);
        out.push(Opt {
            value: option_value(o.kind, o.value.as_ref(), focused),
            name: o.name,
            focused,
        });
    }
}

impl Incoming {
    /// Decodes an interaction from its JSON text (the HTTP endpoint's body).
    pub fn from_slice(bytes: &[u8]) -> Result<Incoming, DecodeError> {
        // serde would also read a struct from a JSON array (`[2, "id"]`); Discord never sends
        // one, so an array is refused rather than given a meaning.
        if bytes.trim_ascii_start().first() != Some(&b'{') {
            return Err(DecodeError::NotAnInteraction("not a JSON object".into()));
        }
        let raw: RawInteraction = serde_json::from_slice(bytes)
            .map_err(|e| DecodeError::NotAnInteraction(classify(&e)))?;
        Incoming::from_raw(raw)
    }

    /// Decodes an interaction from a JSON value (a gateway event's `d`).
    pub fn from_value(value: Value) -> Result<Incoming, DecodeError> {
        if !value.is_object() {
            return Err(DecodeError::NotAnInteraction("not a JSON object".into()));
        }
        let raw: RawInteraction = serde_json::from_value(value)
            .map_err(|e| DecodeError::NotAnInteraction(classify(&e)))?;
        Incoming::from_raw(raw)
    }

    fn from_raw(raw: RawInteraction) -> Result<Incoming, DecodeError> {
        let permissions = raw
            .member
            .as_ref()
            .and_then(|m| m.permissions.as_ref())
            .and_then(|p| match p {
                Value::String(s) => s.trim().parse().ok(),
                Value::Number(n) => n.as_u64(),
                _ => None,
            });
        let user = raw
            .member
            .and_then(|m| m.user)
            .as_ref()
            .and_then(user_id)
            .or_else(|| raw.user.as_ref().and_then(user_id));
        let RawData {
            name,
            options,
            custom_id,
            values,
        } = raw.data.unwrap_or(RawData {
            name: None,
            options: None,
            custom_id: None,
            values: None,
        });
        let name = |kind| {
            name.ok_or(DecodeError::MissingField {
                kind,
                field: "name",
            })
        };
        let options = || {
            let mut out = Vec::new();
            flatten(options.unwrap_or_default(), &mut out);
            out
        };
        let kind = match raw.kind {
            1 => Kind::Ping,
            2 => Kind::Command {
                name: name("command")?,
                options: options(),
            },
            4 => Kind::Autocomplete {
                name: name("autocomplete")?,
                options: options(),
            },
            3 => Kind::Component {
                custom_id: custom_id.ok_or(DecodeError::MissingField {
                    kind: "component",
                    field: "custom_id",
                })?,
                values: values
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
            },
            other => Kind::Other(other),
        };
        Ok(Incoming {
            id: raw.id.as_ref().and_then(Snowflake::get),
            token: raw.token,
            user,
            guild: raw.guild_id.as_ref().and_then(Snowflake::get),
            permissions,
            answered: raw.message.as_ref().and_then(RawMessage::asked_by),
            kind,
        })
    }

    /// The same view of an interaction serenity has already decoded (the gateway's usual path).
    pub fn from_serenity(interaction: &serenity::all::Interaction) -> Incoming {
        use serenity::all::Interaction as I;
        let (id, token, user, kind) = match interaction {
            I::Ping(p) => (p.id.get(), &p.token, None, Kind::Ping),
            I::Command(c) => (
                c.id.get(),
                &c.token,
                Some(c.user.id.get()),
                Kind::Command {
                    name: c.data.name.clone(),
                    options: serenity_options(&c.data.options),
                },
            ),
            I::Autocomplete(c) => (
                c.id.get(),
                &c.token,
                Some(c.user.id.get()),
                Kind::Autocomplete {
                    name: c.data.name.clone(),
                    options: serenity_options(&c.data.options),
                },
            ),
            I::Component(c) => (
                c.id.get(),
                &c.token,
                Some(c.user.id.get()),
                Kind::Component {
                    custom_id: c.data.custom_id.clone(),
                    values: match &c.data.kind {
                        serenity::all::ComponentInteractionDataKind::StringSelect { values } => {
                            values.clone()
                        }
                        _ => Vec::new(),
                    },
                },
            ),
            I::Modal(m) => (m.id.get(), &m.token, Some(m.user.id.get()), Kind::Other(5)),
            _ => (0, &String::new(), None, Kind::Other(0)),
        };
        let (guild, permissions) = match interaction {
            I::Command(c) => (
                c.guild_id.map(|g| g.get()),
                c.member
                    .as_ref()
                    .and_then(|m| m.permissions)
                    .map(|p| p.bits()),
            ),
            I::Autocomplete(c) => (c.guild_id.map(|g| g.get()), None),
            I::Component(c) => (c.guild_id.map(|g| g.get()), None),
            _ => (None, None),
        };
        let answered = match interaction {
            I::Component(c) => answered_by(&c.message),
            _ => None,
        };
        Incoming {
            id: Some(id).filter(|&n| n != 0),
            token: Some(token.clone()).filter(|t| !t.is_empty()),
            user,
            guild,
            permissions,
            answered,
            kind,
        }
    }

    /// Where to send a reply to an interaction this decoder refused: its id and token, if the
    /// payload has them, so the user learns the request failed instead of waiting.
    pub fn reply_address(value: &Value) -> Option<(u64, String)> {
        let id = serde_json::from_value::<Snowflake>(value.get("id")?.clone())
            .ok()?
            .get()?;
        let token = value.get("token")?.as_str()?.to_string();
        Some((id, token))
    }

    /// The focused option's name and typed text, in an autocomplete request.
    pub fn focused(options: &[Opt]) -> Option<(&str, String)> {
        options
            .iter()
            .find(|o| o.focused)
            .map(|o| (o.name.as_str(), o.value.text().unwrap_or_default()))
    }
}

fn serenity_options(options: &[serenity::all::CommandDataOption]) -> Vec<Opt> {
    use serenity::all::CommandDataOptionValue as V;
    let mut out = Vec::new();
    for o in options {
        let (value, focused) = match &o.value {
            V::SubCommand(nested) | V::SubCommandGroup(nested) => {
                out.extend(serenity_options(nested));
                continue;
            }
            V::Autocomplete { value, .. } => (OptValue::Text(value.clone()), true),
            V::String(s) => (OptValue::Text(s.clone()), false),
            V::Integer(n) => (OptValue::Integer(*n), false),
            V::Number(x) => (OptValue::Number(*x), false),
            V::Boolean(b) => (OptValue::Boolean(*b), false),
            _ => (OptValue::Other, false),
        };
        out.push(Opt {
            name: o.name.clone(),
            value,
            focused,
        });
    }
    out
}

/// What kind of JSON problem it was, without serde's message (which can quote the payload).
fn classify(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match e.classify() {
        Category::Io => "unreadable".into(),
        Category::Syntax => format!("malformed JSON at line {}", e.line()),
        Category::Eof => "truncated JSON".into(),
        Category::Data => "a field the bot reads has the wrong type, or `type` is missing".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn command(data: Value) -> Value {
        json!({"type": 2, "id": "9", "token": "t", "data": data,
               "member": {"user": {"id": "5"}}})
    }

    #[test]
    fn options_are_read_by_type_whatever_their_number_form() {
        // (option JSON, what the bot reads)
        let cases: Vec<(Value, OptValue)> = vec![
            (
                json!({"name": "q", "type": 3, "value": "oct 25"}),
                OptValue::Text("oct 25".into()),
            ),
            (
                json!({"name": "q", "type": 3, "value": 2006}),
                OptValue::Text("2006".into()),
            ),
            (
                json!({"name": "p", "type": 4, "value": 7}),
                OptValue::Integer(7),
            ),
            (
                json!({"name": "p", "type": 4, "value": 7.0}),
                OptValue::Integer(7),
            ),
            (
                json!({"name": "p", "type": 4, "value": "7"}),
                OptValue::Integer(7),
            ),
            (
                json!({"name": "p", "type": 4, "value": 7.5}),
                OptValue::Other,
            ),
            (
                json!({"name": "p", "type": 4, "value": 1e300}),
                OptValue::Other,
            ),
            (
                json!({"name": "p", "type": 4, "value": true}),
                OptValue::Other,
            ),
            (
                json!({"name": "x", "type": 10, "value": 1.5}),
                OptValue::Number(1.5),
            ),
            (
                json!({"name": "b", "type": 5, "value": true}),
                OptValue::Boolean(true),
            ),
            (
                json!({"name": "u", "type": 6, "value": "123"}),
                OptValue::Other,
            ),
            (json!({"name": "q", "type": 3}), OptValue::Other),
            (
                json!({"name": "p", "type": 4, "value": "1", "focused": true}),
                OptValue::Text("1".into()),
            ),
        ];
        for (option, want) in cases {
            let got =
                Incoming::from_value(command(json!({"name": "c", "options": [option.clone()]})))
                    .unwrap_or_else(|e| panic!("{option}: {e}"));
            let Kind::Command { options, .. } = got.kind else {
                panic!("{option}")
            };
            assert_eq!(options[0].value, want, "{option}");
        }
    }

    #[test]
    fn only_what_the_bot_needs_is_required() {
        let ok: Vec<(&str, Value, Kind)> = vec![
            ("ping, nothing else", json!({"type": 1}), Kind::Ping),
            ("modal", json!({"type": 5, "data": {}}), Kind::Other(5)),
            ("a future type", json!({"type": 99}), Kind::Other(99)),
            (
                "subcommand options flattened",
                command(
                    json!({"name": "c", "options": [{"name": "s", "type": 1, "options": [{"name": "q", "type": 3, "value": "v"}]}]}),
                ),
                Kind::Command {
                    name: "c".into(),
                    options: vec![Opt {
                        name: "q".into(),
                        value: OptValue::Text("v".into()),
                        focused: false,
                    }],
                },
            ),
            (
                "options null",
                command(json!({"name": "c", "options": null})),
                Kind::Command {
                    name: "c".into(),
                    options: vec![],
                },
            ),
            (
                "button",
                json!({"type": 3, "data": {"custom_id": "src|a|1", "component_type": 2}}),
                Kind::Component {
                    custom_id: "src|a|1".into(),
                    values: vec![],
                },
            ),
        ];
        for (name, v, want) in ok {
            assert_eq!(Incoming::from_value(v).map(|i| i.kind), Ok(want), "{name}");
        }
        let bad: Vec<(&str, Value)> = vec![
            ("no type", json!({"id": "1"})),
            ("type as text", json!({"type": "two"})),
            ("command without data", json!({"type": 2})),
            ("command without a name", command(json!({"options": []}))),
            ("button without custom_id", json!({"type": 3, "data": {}})),
            ("not an object", json!([1, 2])),
        ];
        for (name, v) in bad {
            let err = Incoming::from_value(v.clone()).expect_err(name);
            assert!(!err.to_string().contains('{'), "{name}: {err}");
        }
    }

    #[test]
    fn users_and_ids_come_as_strings_or_numbers() {
        let cases: Vec<(Value, Option<u64>, Option<u64>)> = vec![
            (
                json!({"type": 1, "id": "12", "user": {"id": "5"}}),
                Some(12),
                Some(5),
            ),
            (
                json!({"type": 1, "id": 12, "user": {"id": 5}}),
                Some(12),
                Some(5),
            ),
            (json!({"type": 1, "id": "0"}), None, None),
            (
                json!({"type": 1, "member": {"user": {"id": "6"}}, "user": {"id": "5"}}),
                None,
                Some(6),
            ),
            (
                json!({"type": 1, "user": {"id": "x", "public_flags": 1u64 << 40}}),
                None,
                None,
            ),
            (json!({"type": 1, "member": {"roles": null}}), None, None),
        ];
        for (v, id, user) in cases {
            let got = Incoming::from_value(v.clone()).unwrap_or_else(|e| panic!("{v}: {e}"));
            assert_eq!((got.id, got.user), (id, user), "{v}");
        }
    }
}
