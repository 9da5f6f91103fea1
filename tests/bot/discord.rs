//! The Discord bot end to end: the real serenity client against a fake Discord on 127.0.0.1.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::common::fake_discord::{
    Behaviour, FakeDiscord, APP_ID, BOT_ID, CHANNEL_ID, DM_CHANNEL_ID, GUILD_ID,
};
use crate::common::multipart;
use crate::common::process::{command, Child};
use crate::common::repo;
use briefbot::discord::commands;
use briefbot::discord::cooldown::Cooldown;
use briefbot::discord::serve::{self, Config, ServeError, Shards};
use briefbot::discord::Pictures;
use briefbot::engine::Engine;
use briefbot::live::LiveEngine;
use serde_json::{json, Value};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

const TOKEN: &str = "test-token.abc.def";
const EPHEMERAL: u64 = 1 << 6;

struct Bot {
    fake: FakeDiscord,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<Result<(), ServeError>>,
}

fn config(fake: &FakeDiscord, cooldown: Cooldown) -> Config {
    Config {
        token: TOKEN.into(),
        http_proxy: Some(fake.base.clone()),
        guild: Some(GUILD_ID),
        shards: Shards::Single,
        cooldown,
        drain: Duration::from_secs(5),
        metrics: None,
        log: None,
        pictures: briefbot::discord::Pictures::On,
    }
}

fn live() -> Arc<LiveEngine> {
    Arc::new(LiveEngine::new(
        Engine::load(&repo().join("knowledge")).expect("bundled knowledge base"),
    ))
}

async fn start(cooldown: Cooldown) -> Bot {
    start_with(cooldown, Pictures::On).await
}

async fn start_with(cooldown: Cooldown, pictures: Pictures) -> Bot {
    let fake = FakeDiscord::start(TOKEN).await;
    let (stop, stopped) = oneshot::channel::<()>();
    let config = Config {
        pictures,
        ..config(&fake, cooldown)
    };
    let task = tokio::spawn(serve::run(config, live(), async move {
        let _ = stopped.await;
    }));
    fake.sessions(1).await;
    Bot {
        fake,
        stop: Some(stop),
        task,
    }
}

impl Bot {
    /// Sends an interaction through the gateway and returns the bot's callback body.
    async fn interact(&self, interaction: Value) -> Value {
        let id: u64 = interaction["id"].as_str().unwrap().parse().unwrap();
        self.fake.dispatch("INTERACTION_CREATE", interaction);
        self.fake.callback(id).await
    }

    async fn slash(&self, name: &str, options: Value, user: u64) -> Value {
        let id = self.fake.next_id();
        self.interact(self.fake.slash(id, name, options, user, true))
            .await
    }

    /// Shuts the bot down and returns the fake, which still holds every request the bot made.
    /// Shutdown waits for the replies in flight, so a request the fake has not recorded by now
    /// will never come: tests that check something did not happen check it after this.
    async fn stop(mut self) -> FakeDiscord {
        let _ = self.stop.take().unwrap().send(());
        let result = tokio::time::timeout(Duration::from_secs(20), self.task)
            .await
            .expect("bot shuts down");
        assert!(result.expect("bot task").is_ok(), "clean shutdown");
        assert_eq!(self.fake.problems(), Vec::<String>::new());
        self.fake
    }
}

fn text_option(name: &str, value: &str) -> Value {
    json!([{"name": name, "type": 3, "value": value}])
}

fn no_mentions(body: &Value) {
    let am = &body["data"]["allowed_mentions"];
    assert_eq!(am["parse"], json!([]), "{body}");
    assert_eq!(am["users"], json!([]), "{body}");
    assert_eq!(am["roles"], json!([]), "{body}");
}

fn cites_the_brief(embed: &Value) -> bool {
    embed["fields"].as_array().is_some_and(|fields| {
        fields.iter().any(|f| {
            f["name"].as_str().unwrap_or("").starts_with('¶')
                && f["value"].as_str().unwrap_or("").starts_with("> ")
        })
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fixtures_are_valid_serenity_models() {
    let fake = FakeDiscord::start(TOKEN).await;
    let interactions = [
        fake.slash(1, "actor", text_option("name", "Mashal"), 7, true),
        fake.slash(2, "actor", text_option("name", "Mashal"), 7, false),
        fake.autocomplete(3, "actor", "name", "mash", 7),
        fake.button(4, "src|inss-1784|6", 7),
    ];
    for i in interactions {
        serde_json::from_value::<serenity::all::Interaction>(i.clone())
            .unwrap_or_else(|e| panic!("{e}: {i}"));
    }
    for m in [
        fake.dm(5, "who is Mashal?", 7),
        fake.channel_message(6, "hi", 7, true),
    ] {
        serde_json::from_value::<serenity::all::Message>(m.clone())
            .unwrap_or_else(|e| panic!("{e}: {m}"));
    }
    let ready = crate::common::fake_discord::ready_json("ws://127.0.0.1:1/gw", 1, json!([0, 1]));
    serde_json::from_value::<serenity::all::Ready>(ready.clone())
        .unwrap_or_else(|e| panic!("{e}: {ready}"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn startup_identifies_with_minimal_intents_and_registers_every_command() {
    let bot = start(Cooldown::disabled()).await;
    let identify = bot.fake.identify(1).await;
    assert_eq!(identify["token"], format!("Bot {TOKEN}"));
    assert_eq!(identify["intents"].as_u64(), Some(serve::intents().bits()));
    let path = format!("/api/v10/applications/{APP_ID}/guilds/{GUILD_ID}/commands");
    let put = bot
        .fake
        .request("command registration", |r| {
            r.method == "PUT" && r.path == path
        })
        .await;
    assert_eq!(
        put.body,
        serde_json::to_value(commands::definitions()).unwrap()
    );
    let names: Vec<&str> = put
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, commands::NAMES);
    for c in put.body.as_array().unwrap() {
        // `/gaps` lists one server's questions, so it exists only in servers, and only for
        // members who can manage the server (MANAGE_GUILD, bit 5).
        if c["name"] == "gaps" {
            assert_eq!(c["contexts"], json!([0]));
            assert_eq!(c["default_member_permissions"], json!("32"));
            continue;
        }
        assert!(
            c["contexts"].as_array().unwrap().contains(&json!(1)),
            "{} usable in DMs",
            c["name"]
        );
        for o in c["options"].as_array().unwrap() {
            assert!(!o["description"].as_str().unwrap().is_empty());
        }
    }
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_command_answers_found_and_not_found_with_citations() {
    let bot = start(Cooldown::disabled()).await;
    // (command, options, what the first embed must show)
    let found: &[(&str, Value, &str)] = &[
        ("timeline", text_option("query", "oct 25"), "veto"),
        ("actor", text_option("name", "Mashal"), "Khaled Mashal"),
        (
            "claim",
            text_option("statement", "Wagner trained Hamas"),
            "Wagner",
        ),
        (
            "ask",
            text_option("question", "who is Ali Baraka?"),
            "Ali Baraka",
        ),
    ];
    for (name, options, want) in found {
        let body = bot.slash(name, options.clone(), 1).await;
        assert_eq!(body["type"], 4, "{name}: {body}");
        no_mentions(&body);
        let embed = &body["data"]["embeds"][0];
        assert!(embed.to_string().contains(want), "{name}: {embed}");
        assert!(
            cites_the_brief(embed),
            "{name} cites paragraph and quote: {embed}"
        );
        assert!(
            embed["footer"]["text"]
                .as_str()
                .unwrap()
                .contains("No. 1784"),
            "{name}"
        );
        assert!(body["data"]["components"][0]["components"][0]["custom_id"]
            .as_str()
            .unwrap()
            .starts_with("src|"));
    }
    let not_found: &[(&str, Value)] = &[
        ("timeline", text_option("query", "july 4")),
        ("actor", text_option("name", "Hezbollah")),
        (
            "claim",
            text_option("statement", "China mediated between Israel and Hamas"),
        ),
        (
            "ask",
            text_option("question", "recommend a good pizza place"),
        ),
    ];
    for (name, options) in not_found {
        let body = bot.slash(name, options.clone(), 1).await;
        assert_eq!(body["type"], 4, "{name}: {body}");
        no_mentions(&body);
        let embed = &body["data"]["embeds"][0];
        assert_eq!(embed["title"], "The brief does not cover this", "{name}");
        assert!(
            !cites_the_brief(embed),
            "{name}: no citations below the threshold"
        );
    }
    let july = bot
        .slash("timeline", text_option("query", "july 4"), 1)
        .await;
    let labels: Vec<&str> = july["data"]["components"][0]["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["label"].as_str().unwrap())
        .collect();
    assert!(
        !labels.is_empty() && labels.iter().all(|l| l.starts_with("Did you mean")),
        "{labels:?}"
    );

    let brief = bot.slash("brief", json!([]), 1).await;
    assert!(brief["data"]["embeds"][0]["title"]
        .as_str()
        .unwrap()
        .contains("Russia-Hamas Relations"));
    let source = bot
        .slash(
            "source",
            json!([{"name": "paragraph", "type": 4, "value": 6}]),
            1,
        )
        .await;
    assert!(source["data"]["embeds"][0]["description"]
        .as_str()
        .unwrap()
        .starts_with("Russia's support for Hamas"));
    let bad = bot
        .slash(
            "source",
            json!([{"name": "paragraph", "type": 4, "value": 99}]),
            1,
        )
        .await;
    assert_eq!(
        bad["data"]["flags"].as_u64(),
        Some(EPHEMERAL),
        "errors are private: {bad}"
    );
    assert!(bad.to_string().contains("paragraphs 1 to 11"));
    let help = bot.slash("help", json!([]), 1).await;
    assert!(help.to_string().contains("/timeline"));
    let private = bot.slash("actor", json!([{"name": "name", "type": 3, "value": "Putin"}, {"name": "private", "type": 5, "value": true}]), 1).await;
    assert_eq!(private["data"]["flags"].as_u64(), Some(EPHEMERAL));
    bot.stop().await;
}

/// Over the gateway a timeline answer goes to the callback endpoint as multipart, with the
/// picture attached and shown in the embed; a DM answer routed to the timeline attaches it to
/// the message; other commands and `--no-pictures` send none.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn timeline_answers_attach_their_picture_to_the_callback() {
    let bot = start(Cooldown::disabled()).await;
    // (command, options, picture expected)
    let cases: Vec<(&str, Value, bool)> = vec![
        ("timeline", text_option("query", "oct 25"), true),
        ("timeline", json!([]), true),
        (
            "timeline",
            text_option("query", "al-ahli hospital explosion"),
            true,
        ),
        ("timeline", text_option("query", "july 4"), true),
        ("actor", text_option("name", "Mashal"), false),
    ];
    for (name, options, want) in cases {
        let id = bot.fake.next_id();
        bot.fake.dispatch(
            "INTERACTION_CREATE",
            bot.fake.slash(id, name, options.clone(), 7, true),
        );
        let r = bot.fake.callback_with_files(id).await;
        no_mentions(&r.body);
        if want {
            multipart::check_picture(&r.body, &r.files);
        } else {
            assert!(r.files.is_empty(), "{name} {options}: no picture");
        }
    }
    // Paging replaces the message, picture included.
    let id = bot.fake.next_id();
    bot.fake
        .dispatch("INTERACTION_CREATE", bot.fake.button(id, "tl|-|1|", 7));
    let r = bot.fake.callback_with_files(id).await;
    assert_eq!(r.body["type"], 7, "an update of the message");
    multipart::check_picture(&r.body, &r.files);
    // A direct message routed to the timeline.
    let id = bot.fake.next_id();
    bot.fake
        .dispatch("MESSAGE_CREATE", bot.fake.dm(id, "timeline oct 25", 7));
    let path = format!("/api/v10/channels/{DM_CHANNEL_ID}/messages");
    let sent = bot
        .fake
        .request("the DM answer", |r| r.method == "POST" && r.path == path)
        .await;
    multipart::check_picture(&sent.body, &sent.files);
    bot.stop().await;

    let off = start_with(Cooldown::disabled(), Pictures::Off).await;
    let id = off.fake.next_id();
    off.fake.dispatch(
        "INTERACTION_CREATE",
        off.fake
            .slash(id, "timeline", text_option("query", "oct 25"), 7, true),
    );
    let r = off.fake.callback_with_files(id).await;
    assert!(r.files.is_empty(), "--no-pictures sends none");
    assert_eq!(r.body["data"]["attachments"], json!([]));
    assert!(r.body["data"]["embeds"][0]["image"].is_null());
    off.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autocomplete_offers_fuzzy_choices() {
    let bot = start(Cooldown::disabled()).await;
    for (command, option, typed, want) in [
        ("actor", "name", "mashl", "Khaled Mashal"),
        ("actor", "name", "marzouk", "Mousa Abu Marzook"),
        ("actor", "name", "", "Ali Baraka"),
        ("timeline", "query", "veto", "vetoes"),
        ("claim", "statement", "kalashnikov", "AK-47"),
    ] {
        let id = bot.fake.next_id();
        let body = bot
            .interact(bot.fake.autocomplete(id, command, option, typed, 1))
            .await;
        assert_eq!(body["type"], 8, "{body}");
        let choices = body["data"]["choices"].as_array().unwrap();
        assert!(
            !choices.is_empty() && choices.len() <= 25,
            "{command} {typed:?}: {} choices",
            choices.len()
        );
        for c in choices {
            assert!(c["name"].as_str().unwrap().chars().count() <= 100);
            assert!(c["value"].as_str().unwrap().chars().count() <= 100);
        }
        let names: Vec<&str> = choices
            .iter()
            .map(|c| c["name"].as_str().unwrap())
            .collect();
        assert!(
            names.iter().take(5).any(|n| n.contains(want)),
            "{command} {typed:?}: {names:?}"
        );
    }
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn buttons_show_the_source_and_page_the_timeline() {
    let bot = start(Cooldown::disabled()).await;
    let id = bot.fake.next_id();
    let src = bot
        .interact(bot.fake.button(id, "src|inss-1784|6", 1))
        .await;
    assert_eq!(src["type"], 4);
    assert_eq!(src["data"]["flags"].as_u64(), Some(EPHEMERAL));
    assert!(src["data"]["embeds"][0]["description"]
        .as_str()
        .unwrap()
        .contains("used its veto power"));

    let whole = bot.slash("timeline", json!([]), 1).await;
    let next = whole["data"]["components"][0]["components"][1].clone();
    assert_eq!(next["label"], "Next ▶");
    assert!(
        whole.to_string().contains("Page\",\"value\":\"1 of 3"),
        "{whole}"
    );
    let id = bot.fake.next_id();
    let page2 = bot
        .interact(bot.fake.button(id, next["custom_id"].as_str().unwrap(), 1))
        .await;
    assert_eq!(page2["type"], 7, "paging updates the message in place");
    assert!(page2.to_string().contains("2 of 3"), "{page2}");

    let id = bot.fake.next_id();
    let show = bot
        .interact(bot.fake.button(id, "show|inss-1784|khaled-mashal", 1))
        .await;
    assert!(show["data"]["embeds"][0]["title"]
        .as_str()
        .unwrap()
        .contains("Mashal"));

    let id = bot.fake.next_id();
    let stale = bot
        .interact(bot.fake.button(id, "show|inss-1784|no-such-entry", 1))
        .await;
    assert_eq!(stale["data"]["flags"].as_u64(), Some(EPHEMERAL));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn direct_messages_and_mentions_are_answered() {
    let bot = start(Cooldown::disabled()).await;
    let id = bot.fake.next_id();
    bot.fake
        .dispatch("MESSAGE_CREATE", bot.fake.dm(id, "who is Mashal?", 7));
    let path = format!("/api/v10/channels/{DM_CHANNEL_ID}/messages");
    let reply = bot
        .fake
        .request("the DM answer", |r| r.method == "POST" && r.path == path)
        .await
        .body;
    assert!(
        reply["embeds"][0]["title"]
            .as_str()
            .unwrap()
            .contains("Mashal"),
        "{reply}"
    );
    assert_eq!(reply["message_reference"]["message_id"], id.to_string());
    assert_eq!(reply["allowed_mentions"]["parse"], json!([]));
    assert_eq!(reply["allowed_mentions"]["replied_user"], false);

    // A channel message that does not mention the bot is not for it.
    let quiet = bot.fake.next_id();
    bot.fake.dispatch(
        "MESSAGE_CREATE",
        bot.fake.channel_message(quiet, "who is Putin?", 7, false),
    );
    let mention = bot.fake.next_id();
    bot.fake.dispatch(
        "MESSAGE_CREATE",
        bot.fake
            .channel_message(mention, &format!("<@{BOT_ID}> timeline oct 25"), 7, true),
    );
    let path = format!("/api/v10/channels/{CHANNEL_ID}/messages");
    let reply = bot
        .fake
        .request("the mention answer", |r| {
            r.method == "POST" && r.path == path
        })
        .await
        .body;
    assert_eq!(
        reply["message_reference"]["message_id"],
        mention.to_string()
    );
    assert!(reply.to_string().contains("veto"), "{reply}");

    let help = bot.fake.next_id();
    bot.fake
        .dispatch("MESSAGE_CREATE", bot.fake.dm(help, "help", 7));
    bot.fake
        .request("the help answer", |r| {
            r.body["message_reference"]["message_id"].as_str() == Some(help.to_string().as_str())
        })
        .await;
    let fake = bot.stop().await;
    assert_eq!(
        fake.count(|r| r.path == path),
        1,
        "only the mention is answered"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn everyone_in_a_query_pings_no_one() {
    let bot = start(Cooldown::disabled()).await;
    for (name, option, text) in [
        ("actor", "name", "@everyone"),
        ("ask", "question", "@everyone who is Mashal?"),
        ("claim", "statement", "<@123> and @here said Russia vetoed"),
    ] {
        let body = bot.slash(name, text_option(option, text), 1).await;
        no_mentions(&body);
        let s = body.to_string();
        assert!(
            !s.contains("@everyone") && !s.contains("@here") && !s.contains("<@123>"),
            "{name}: {s}"
        );
    }
    let id = bot.fake.next_id();
    bot.fake
        .dispatch("MESSAGE_CREATE", bot.fake.dm(id, "@everyone hezbollah", 7));
    let reply = bot
        .fake
        .request("DM answer", |r| {
            r.body["message_reference"]["message_id"].as_str() == Some(id.to_string().as_str())
        })
        .await
        .body;
    assert!(!reply.to_string().contains("@everyone"));
    assert_eq!(reply["allowed_mentions"]["parse"], json!([]));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cooldown_slows_down_one_user_only() {
    let bot = start(Cooldown::new(2, Duration::from_secs(60))).await;
    for _ in 0..2 {
        let ok = bot.slash("actor", text_option("name", "Putin"), 1).await;
        assert!(ok.to_string().contains("Vladimir Putin"));
    }
    let slowed = bot.slash("actor", text_option("name", "Putin"), 1).await;
    assert_eq!(
        slowed["data"]["flags"].as_u64(),
        Some(EPHEMERAL),
        "{slowed}"
    );
    assert!(
        slowed["data"]["content"]
            .as_str()
            .unwrap()
            .starts_with("Slow down"),
        "{slowed}"
    );
    let other = bot.slash("actor", text_option("name", "Putin"), 2).await;
    assert!(
        other.to_string().contains("Vladimir Putin"),
        "other users are unaffected"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_or_rejected_tokens_say_what_to_do() {
    let missing = serve::read_token(None, None).unwrap_err().to_string();
    assert!(
        missing.contains("DISCORD_TOKEN") && missing.contains("developers/applications"),
        "{missing}"
    );
    assert!(matches!(
        serve::read_token(Some("  \n".into()), None),
        Err(ServeError::MissingToken)
    ));
    assert_eq!(
        serve::read_token(Some("abc\n".into()), None).unwrap(),
        "abc"
    );

    // Rejected at the REST check (HTTP 401), then at the gateway (close 4004), and intents (4014).
    type Case = (Behaviour, fn(&ServeError) -> bool, &'static str);
    let cases: [Case; 3] = [
        (
            Behaviour {
                reject_token: true,
                ..Default::default()
            },
            |e| matches!(e, ServeError::TokenRejected),
            "rejected the bot token",
        ),
        (
            Behaviour {
                close_on_identify: Some(4004),
                ..Default::default()
            },
            |e| matches!(e, ServeError::TokenRejected),
            "rejected the bot token",
        ),
        (
            Behaviour {
                close_on_identify: Some(4014),
                ..Default::default()
            },
            |e| matches!(e, ServeError::DisallowedIntents),
            "Privileged Gateway Intents",
        ),
    ];
    for (behaviour, is_expected, words) in cases {
        let fake = FakeDiscord::start(TOKEN).await;
        fake.set_behaviour(behaviour);
        let run = serve::run(
            config(&fake, Cooldown::disabled()),
            live(),
            std::future::pending(),
        );
        let err = tokio::time::timeout(Duration::from_secs(20), run)
            .await
            .expect("a rejected token ends the bot instead of retrying")
            .unwrap_err();
        assert!(is_expected(&err), "{err:?}");
        assert!(err.to_string().contains(words), "{err}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reconnects_after_gateway_faults_and_answers_exactly_once() {
    let bot = start(Cooldown::disabled()).await;
    type Fault = (&'static str, fn(&FakeDiscord));
    let faults: [Fault; 3] = [
        ("connection dropped", |f| f.drop_connection()),
        ("op 7 RECONNECT", |f| f.send_op(7, Value::Null)),
        ("op 9 INVALID_SESSION", |f| f.send_op(9, json!(false))),
    ];
    let mut answered = Vec::new();
    for (fault, inject) in faults {
        let before = bot.fake.session_count();
        inject(&bot.fake);
        bot.fake.sessions(before + 1).await;
        let id = bot.fake.next_id();
        let body = bot
            .interact(
                bot.fake
                    .slash(id, "actor", text_option("name", "Mashal"), 1, true),
            )
            .await;
        assert!(body.to_string().contains("Khaled Mashal"), "after {fault}");
        answered.push((fault, id));
    }
    assert!(
        bot.fake.resume_count() >= 1,
        "a dropped connection is resumed"
    );
    assert!(
        bot.fake.identify_count() >= 2,
        "an invalid session is identified anew"
    );
    let fake = bot.stop().await;
    for (fault, id) in answered {
        assert_eq!(
            fake.callbacks(id),
            1,
            "after {fault}: answered exactly once"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn load_every_interaction_is_answered_exactly_once() {
    const N: usize = 2000;
    let bot = start(Cooldown::disabled()).await;
    let queries = [
        ("actor", "name", "Mashal"),
        ("timeline", "query", "oct 25"),
        ("claim", "statement", "Wagner trained Hamas"),
        ("ask", "question", "who is mousa abu marzook"),
        ("actor", "name", "hezbollah"),
    ];
    let mut sent = Vec::with_capacity(N);
    let started = Instant::now();
    for i in 0..N {
        let (name, option, text) = queries[i % queries.len()];
        let id = bot.fake.next_id();
        bot.fake.dispatch(
            "INTERACTION_CREATE",
            bot.fake
                .slash(id, name, text_option(option, text), 1000 + i as u64, true),
        );
        sent.push((id, Instant::now()));
    }
    bot.fake
        .at_least(
            N,
            &format!("{N} interaction callbacks"),
            Duration::from_secs(120),
            |r| r.path.starts_with("/api/v10/interactions/"),
        )
        .await;
    let elapsed = started.elapsed();
    let fake = bot.stop().await;
    let requests = fake.requests();
    let mut latencies = Vec::with_capacity(N);
    for (id, at) in &sent {
        let prefix = format!("/api/v10/interactions/{id}/");
        let calls: Vec<_> = requests
            .iter()
            .filter(|r| r.path.starts_with(&prefix))
            .collect();
        assert_eq!(
            calls.len(),
            1,
            "interaction {id} answered {} times",
            calls.len()
        );
        latencies.push(calls[0].at.duration_since(*at));
    }
    latencies.sort();
    let p = |q: f64| latencies[((latencies.len() as f64 * q) as usize).min(latencies.len() - 1)];
    eprintln!(
        "load: {N} interactions in {:.2} s = {:.0}/s; latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        elapsed.as_secs_f64(),
        N as f64 / elapsed.as_secs_f64(),
        p(0.50).as_secs_f64() * 1000.0,
        p(0.99).as_secs_f64() * 1000.0,
        latencies[latencies.len() - 1].as_secs_f64() * 1000.0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_serves_logs_without_user_text_and_stops_on_sigterm() {
    let fake = FakeDiscord::start(TOKEN).await;
    let mut cmd = command();
    cmd.args(["serve", "--metrics-bind", "127.0.0.1:0"])
        .env("DISCORD_TOKEN", TOKEN)
        .env("BRIEFBOT_HTTP_PROXY", &fake.base)
        .env("DISCORD_GUILD_ID", GUILD_ID.to_string())
        .env("RUST_LOG", "briefbot=info");
    let child = Child::spawn(cmd);
    let metrics_addr = child.bound_addr("serving /healthz and /metrics").await;
    fake.sessions(1).await;
    let id = fake.next_id();
    fake.dispatch(
        "INTERACTION_CREATE",
        fake.slash(
            id,
            "actor",
            text_option("name", "Meshaal secret words"),
            1,
            true,
        ),
    );
    let body = fake.callback(id).await;
    assert!(body.to_string().contains("Khaled Mashal"));
    // The bot counts an answer just after it has sent it, so the fake can see the callback
    // before the counter moves. The log line "answered" comes with the count; after it, the
    // metrics are read until they show it, within a deadline.
    child.line("answered").await;
    let counted =
        r#"briefbot_interactions_total{command="actor",kind="command",outcome="no_match"} 1"#;
    let deadline = Instant::now() + Duration::from_secs(5);
    let metrics = loop {
        let metrics = reqwest::get(format!("http://{metrics_addr}/metrics"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        if metrics.contains(counted) || Instant::now() > deadline {
            break metrics;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    assert!(metrics.contains(counted), "{metrics}");
    let health = reqwest::get(format!("http://{metrics_addr}/healthz"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(health.contains("\"status\":\"ok\""), "{health}");
    let (status, log) = child.stop().await;
    assert!(status.success(), "SIGTERM is a clean exit: {status:?}");
    assert!(
        log.contains("answered") && log.contains("command=\"actor\"") && log.contains("latency_ms"),
        "{log}"
    );
    assert!(
        !log.contains("secret words"),
        "the user's text is not logged at info: {log}"
    );
    assert!(!log.contains(TOKEN), "the token is never logged");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sharding_follows_discord_or_the_given_range() {
    // `auto` asks GET /gateway/bot (the fake recommends 2 shards); a range runs only its shards.
    for (shards, want) in [
        (Shards::Auto, vec![json!([0, 2]), json!([1, 2])]),
        (
            Shards::Range {
                start: 1,
                end: 2,
                total: 4,
            },
            vec![json!([1, 4])],
        ),
    ] {
        let fake = FakeDiscord::start(TOKEN).await;
        let (stop, stopped) = oneshot::channel::<()>();
        let mut cfg = config(&fake, Cooldown::disabled());
        cfg.shards = shards.clone();
        let task = tokio::spawn(serve::run(cfg, live(), async move {
            let _ = stopped.await;
        }));
        let mut got = Vec::new();
        for n in 1..=want.len() {
            got.push(fake.identify(n).await["shard"].clone());
        }
        got.sort_by_key(|v| v.to_string());
        assert_eq!(got, want, "{shards:?}");
        if shards == Shards::Auto {
            assert!(fake.count(|r| r.path == "/api/v10/gateway/bot") >= 1);
        }
        let _ = stop.send(());
        assert!(tokio::time::timeout(Duration::from_secs(20), task)
            .await
            .unwrap()
            .unwrap()
            .is_ok());
    }
}

/// Interactions serenity's model refuses (fields Discord has not always sent, numbers in other
/// forms, unknown fields) are still answered over the gateway, exactly as the complete
/// interaction is and exactly once; one the bot cannot read at all gets an apology and is
/// counted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lean_interaction_shapes_are_answered_over_the_gateway() {
    let fake = FakeDiscord::start(TOKEN).await;
    let metrics = Arc::new(briefbot::metrics::Metrics::new());
    let mut cfg = config(&fake, Cooldown::disabled());
    cfg.metrics = Some(metrics.clone());
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(serve::run(cfg, live(), async move {
        let _ = stopped.await;
    }));
    fake.sessions(1).await;
    let bot = Bot {
        fake,
        stop: Some(stop),
        task,
    };
    let complete = |id| {
        bot.fake
            .slash(id, "actor", text_option("name", "Mashal"), 7, true)
    };
    let reference = bot.interact(complete(bot.fake.next_id())).await;
    assert!(
        reference.to_string().contains("Khaled Mashal"),
        "{reference}"
    );
    let mut sent = Vec::new();
    for (name, change) in crate::common::lean::lean_cases() {
        let id = bot.fake.next_id();
        let mut v = complete(id);
        change(&mut v);
        bot.fake.dispatch("INTERACTION_CREATE", v);
        assert_eq!(bot.fake.callback(id).await, reference, "{name}");
        sent.push((name, id));
    }
    // Discord's documented example, and the same shape as `/source paragraph: 7.0`.
    let example_id = bot.fake.next_id();
    let mut example = crate::common::lean::documented_example();
    example["id"] = json!(example_id.to_string());
    let example_reply = bot.interact(example).await;
    assert!(
        example_reply
            .to_string()
            .contains("I don't know the command"),
        "{example_reply}"
    );
    let float_id = bot.fake.next_id();
    let mut float = crate::common::lean::documented_source_command_with_float_integer();
    float["id"] = json!(float_id.to_string());
    let integer = bot.fake.slash(
        bot.fake.next_id(),
        "source",
        json!([{"name": "paragraph", "type": 4, "value": 7}]),
        7,
        true,
    );
    let want = bot.interact(integer).await;
    assert!(want.to_string().contains("¶7"), "{want}");
    assert_eq!(bot.interact(float).await, want, "INTEGER 7.0");
    sent.push(("documented example".into(), example_id));
    sent.push(("INTEGER 7.0".into(), float_id));
    // A command without a name cannot be answered, but it has an id and a token: the user is
    // told, and the rejection is counted.
    let unreadable_id = bot.fake.next_id();
    let mut unreadable = complete(unreadable_id);
    unreadable["data"].as_object_mut().unwrap().remove("name");
    let apology = bot.interact(unreadable).await;
    assert!(
        apology.to_string().contains("could not read this request"),
        "{apology}"
    );
    assert_eq!(apology["data"]["flags"], EPHEMERAL, "{apology}");
    let text = metrics.render();
    assert!(
        text.contains(r#"briefbot_rejections_total{reason="undecodable_gateway_event"} 1"#),
        "{text}"
    );
    let fake = &bot.fake;
    let counts: Vec<(String, usize)> = sent
        .into_iter()
        .map(|(name, id)| (name, fake.callbacks(id)))
        .collect();
    assert!(counts.iter().all(|(_, n)| *n == 1), "{counts:?}");
    bot.stop().await;
}
