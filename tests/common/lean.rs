//! Interaction shapes Discord has sent or documented that a strict model refuses, shared by the
//! HTTP endpoint's and the gateway's tests: both transports must answer every one.

use serde_json::{json, Value};

/// Removes `path` (dot-separated) from `v`.
fn remove(v: &mut Value, path: &str) {
    let (parent, key) = match path.rsplit_once('.') {
        Some((p, k)) => (p.split('.').fold(&mut *v, |v, k| &mut v[k]), k),
        None => (&mut *v, path),
    };
    parent.as_object_mut().expect("an object").remove(key);
}

/// Fields Discord has not always sent (or does not send in some contexts), one at a time.
pub const OPTIONAL_FIELDS: [&str; 8] = [
    "attachment_size_limit",
    "entitlements",
    "member.flags",
    "member.deaf",
    "member.mute",
    "member.roles",
    "locale",
    "channel_id",
];

/// Every snowflake in the interaction, written as a JSON number instead of a string.
fn snowflakes_as_numbers(v: &mut Value) {
    for path in [
        &["id"][..],
        &["application_id"],
        &["guild_id"],
        &["channel_id"],
        &["member", "user", "id"],
        &["data", "id"],
    ] {
        let slot = path.iter().fold(&mut *v, |v, k| &mut v[*k]);
        if let Some(n) = slot.as_str().and_then(|s| s.parse::<u64>().ok()) {
            *slot = json!(n);
        }
    }
}

/// How a case changes the complete interaction.
pub type Change = Box<dyn Fn(&mut Value)>;

/// (case name, how to change a complete guild slash command `/actor name: Mashal` sent by a
/// member). Every case must get exactly the answer the complete interaction gets.
pub fn lean_cases() -> Vec<(String, Change)> {
    let mut cases: Vec<(String, Change)> = Vec::new();
    for field in OPTIONAL_FIELDS {
        cases.push((
            format!("without {field}"),
            Box::new(move |v: &mut Value| remove(v, field)),
        ));
    }
    cases.push((
        "without all of them".into(),
        Box::new(|v: &mut Value| OPTIONAL_FIELDS.iter().for_each(|f| remove(v, f))),
    ));
    cases.push((
        "user flag bits at and above 2^32".into(),
        Box::new(|v: &mut Value| {
            v["member"]["user"]["public_flags"] = json!(1u64 << 32 | 1);
            v["member"]["user"]["flags"] = json!(1u64 << 40 | 1 << 33);
        }),
    ));
    cases.push((
        "snowflakes as numbers".into(),
        Box::new(snowflakes_as_numbers),
    ));
    cases.push((
        "unknown extra fields".into(),
        Box::new(|v: &mut Value| {
            v["field_added_in_2030"] = json!({"nested": [1, 2, 3]});
            v["context"] = json!(0);
            v["authorizing_integration_owners"] = json!({"0": "1200000000000000001"});
            v["data"]["guild_id"] = json!("1200000000000000001");
            v["data"]["options"][0]["something_new"] = json!(true);
            v["member"]["avatar_decoration_data"] = json!({"asset": "x", "sku_id": "1"});
            v["member"]["user"]["clan"] = json!(null);
        }),
    ));
    cases
}

/// Discord's documented example of an APPLICATION_COMMAND interaction (the "Interaction
/// object" example in "Receiving and Responding"), as printed: no `application_id`,
/// `version`, `entitlements` or `attachment_size_limit`, and a command the bot does not have.
pub fn documented_example() -> Value {
    json!({
        "type": 2,
        "token": "A_UNIQUE_TOKEN",
        "member": {
            "user": {
                "id": "53908232506183680",
                "username": "Mason",
                "avatar": "a_d5efa99b3eeaa7dd43acca82f5692432",
                "discriminator": "1337",
                "public_flags": 131141
            },
            "roles": ["539082325061836999"],
            "premium_since": null,
            "permissions": "2147483647",
            "pending": false,
            "nick": null,
            "mute": false,
            "joined_at": "2017-03-13T19:19:14.040000+00:00",
            "is_pending": false,
            "deaf": false
        },
        "id": "786008729715212338",
        "guild_id": "290926798626357999",
        "app_permissions": "442368",
        "guild_locale": "en-US",
        "locale": "en-US",
        "data": {
            "options": [{
                "type": 3,
                "name": "cardname",
                "value": "The Gitrog Monster"
            }],
            "type": 1,
            "name": "cardsearch",
            "id": "771825006014889984"
        },
        "channel_id": "645027906669510667"
    })
}

/// The documented example turned into a command the bot has, `/source paragraph: 7.0`: an
/// INTEGER option written as a float, as some senders do.
pub fn documented_source_command_with_float_integer() -> Value {
    let mut v = documented_example();
    v["data"]["name"] = json!("source");
    v["data"]["options"] = json!([{"type": 4, "name": "paragraph", "value": 7.0}]);
    v
}

/// Whether serenity's own model accepts `v` (for the record: the cases exist because it does
/// not).
pub fn serenity_accepts(v: &Value) -> bool {
    serde_json::from_value::<serenity::all::Interaction>(v.clone()).is_ok()
}
