//! Live reload: a valid change is picked up, a broken one leaves answers unchanged, and queries
//! running during reloads never see a half-loaded library.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::common::process::{command, Child};
use crate::common::Fixture;
use briefbot::answer::Outcome;
use briefbot::commands::{Options, Request};
use briefbot::engine::Engine;
use briefbot::live::LiveEngine;
use briefbot::reload::Reloader;
use serde_json::json;

fn setup() -> (Fixture, Arc<LiveEngine>, Arc<Reloader>) {
    let f = Fixture::new();
    let live = Arc::new(LiveEngine::new(Engine::load(&f.knowledge()).unwrap()));
    let reloader = Arc::new(Reloader::new(live.clone(), f.knowledge(), None));
    (f, live, reloader)
}

/// Gives Putin the alias "Vova" (state A) or not (state B), and in state A one extra actor, so
/// the two states differ in answers and in entry counts.
fn write_state(f: &Fixture, with_alias: bool) {
    let original =
        std::fs::read_to_string(crate::common::repo().join("knowledge/inss-1784/actors.json"))
            .unwrap();
    let mut actors: serde_json::Value = serde_json::from_str(&original).unwrap();
    if with_alias {
        let list = actors.as_array_mut().unwrap();
        let putin = list
            .iter_mut()
            .find(|a| a["id"] == "vladimir-putin")
            .unwrap();
        putin["aliases"].as_array_mut().unwrap().push(json!("Vova"));
        let mut extra = putin.clone();
        extra["id"] = json!("extra-actor");
        extra["name"] = json!("Extra Actor");
        extra["aliases"] = json!([]);
        list.push(extra);
    }
    std::fs::write(
        f.file("actors.json"),
        serde_json::to_string_pretty(&actors).unwrap(),
    )
    .unwrap();
}

fn vova(engine: &Engine) -> Outcome {
    engine
        .answer(&Request::Actor("Vova".into()), &Options::default())
        .unwrap()
        .outcome
}

#[test]
fn a_valid_change_is_picked_up() {
    let (f, live, reloader) = setup();
    let before = reloader.status().version;
    assert_eq!(vova(&live.get()), Outcome::NoMatch);
    write_state(&f, true);
    let after = reloader.reload().unwrap_or_else(|e| panic!("{e}"));
    assert_ne!(after, before);
    assert_eq!(reloader.status().version, after);
    assert_eq!(live.get().library().version(), after);
    let a = live
        .get()
        .answer(&Request::Actor("Vova".into()), &Options::default())
        .unwrap();
    assert_eq!(a.results[0].id, "vladimir-putin");
    assert!(reloader.status().last_attempt.unwrap().ok);
}

#[test]
fn a_broken_file_leaves_answers_unchanged() {
    let (f, live, reloader) = setup();
    let before = live.get();
    let version = reloader.status().version;
    f.edit_json("claims.json", |v| v[0]["verdict"] = json!("probably"));
    let err = reloader.reload().unwrap_err().to_string();
    assert!(
        err.contains("claims.json") && err.contains("verdict `probably`"),
        "{err}"
    );
    let now = live.get();
    assert!(
        Arc::ptr_eq(&before, &now),
        "the previous library is still live"
    );
    assert_eq!(reloader.status().version, version);
    let attempt = reloader.status().last_attempt.unwrap();
    assert!(!attempt.ok && attempt.errors.iter().any(|e| e.contains("claims.json")));
    let a = now
        .answer(&Request::Actor("Mashal".into()), &Options::default())
        .unwrap();
    assert_eq!(a.results[0].id, "khaled-mashal");

    // A file that is not even JSON, and a missing file, are refused the same way.
    f.edit("events.json", |t| t[..t.len() / 2].to_string());
    assert!(reloader
        .reload()
        .unwrap_err()
        .to_string()
        .contains("events.json"));
    std::fs::remove_file(f.file("actors.json")).unwrap();
    assert!(reloader.reload().is_err());
    assert!(Arc::ptr_eq(&before, &live.get()));
}

#[test]
fn queries_during_reloads_never_see_a_half_loaded_library() {
    let (f, live, reloader) = setup();
    write_state(&f, true);
    let with = Engine::load(&f.knowledge()).unwrap();
    let (version_with, entries_with) = (
        with.library().version().to_string(),
        with.library().entry_count(),
    );
    write_state(&f, false);
    let without = Engine::load(&f.knowledge()).unwrap();
    let (version_without, entries_without) = (
        without.library().version().to_string(),
        without.library().entry_count(),
    );
    assert_ne!(entries_with, entries_without);

    let stop = Arc::new(AtomicBool::new(false));
    let checked = Arc::new(AtomicUsize::new(0));
    std::thread::scope(|scope| {
        for _ in 0..3 {
            let (live, stop, checked) = (live.clone(), stop.clone(), checked.clone());
            let (vw, vo) = (version_with.clone(), version_without.clone());
            scope.spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let engine = live.get();
                    let version = engine.library().version().to_string();
                    let outcome = vova(&engine);
                    let entries = engine.library().entry_count();
                    if version == vw {
                        assert_eq!((outcome, entries), (Outcome::Answered, entries_with));
                    } else if version == vo {
                        assert_eq!((outcome, entries), (Outcome::NoMatch, entries_without));
                    } else {
                        // The original, before the first reload: the bundled knowledge base.
                        assert_eq!(outcome, Outcome::NoMatch);
                    }
                    checked.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
        for i in 0..20 {
            write_state(&f, i % 2 == 0);
            reloader.reload().unwrap();
        }
        stop.store(true, Ordering::Relaxed);
    });
    assert!(
        checked.load(Ordering::Relaxed) > 20,
        "queries ran during the reloads"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_reloads_when_files_change() {
    let (f, live, reloader) = setup();
    let before = reloader.status().version;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let mut watch = Box::pin(
        reloader
            .clone()
            .run(Some(Duration::from_millis(100)), async move {
                let _ = stopped.await;
            }),
    );
    // The watcher fingerprints the files the first time it is polled, and a change made before
    // that would be its baseline, never seen. Poll it once here, so the baseline is taken
    // before the change, then let it run.
    tokio::select! {
        biased;
        () = &mut watch => panic!("the watcher stopped before it was asked to"),
        () = std::future::ready(()) => {}
    }
    let task = tokio::spawn(watch);
    write_state(&f, true);
    let picked_up = eventually(|| reloader.status().version != before).await;
    assert!(picked_up, "a change under knowledge/ is reloaded");
    assert_eq!(vova(&live.get()), Outcome::Answered);
    let _ = stop.send(());
    tokio::time::timeout(Duration::from_secs(5), task)
        .await
        .unwrap()
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sighup_reloads_the_running_server_and_healthz_shows_it() {
    let f = Fixture::new();
    let mut cmd = command();
    cmd.args(["serve-http", "--bind", "127.0.0.1:0"])
        .arg("--knowledge")
        .arg(f.knowledge())
        .env(
            "DISCORD_PUBLIC_KEY",
            briefbot::loadgen::public_key_hex(&briefbot::loadgen::test_signing_key()),
        );
    let child = Child::spawn(cmd);
    let addr = child
        .bound_addr("serving Discord interactions over HTTP")
        .await;
    let health = || async move {
        let text = reqwest::get(format!("http://{addr}/healthz"))
            .await
            .expect("/healthz answers")
            .text()
            .await
            .expect("/healthz has a body");
        serde_json::from_str::<serde_json::Value>(&text).expect("/healthz is JSON")
    };
    let first = health().await;
    let v1 = first["knowledge"]["version"].as_str().unwrap().to_string();

    // A broken edit and SIGHUP: still the old version, and the failure is reported. The server
    // logs the failure just before it records it for /healthz, so /healthz is polled until it
    // shows it.
    f.edit_json("claims.json", |v| v[0]["verdict"] = json!("probably"));
    child.signal("HUP");
    child.line("reload failed").await;
    let failed = until(health, |h| {
        h["knowledge"]["last_attempt"]["ok"] == json!(false)
    })
    .await
    .expect("the failed reload is reported");
    assert_eq!(failed["status"], "degraded", "{failed}");
    assert_eq!(
        failed["knowledge"]["last_attempt"]["problems"], 1,
        "{failed}"
    );
    assert_eq!(failed["knowledge"]["version"], v1.as_str());
    assert!(failed.to_string().contains("claims.json"));

    // Fixed and SIGHUP again: the new version is live.
    f.edit_json("claims.json", |v| v[0]["verdict"] = json!("supported"));
    write_state(&f, true);
    child.signal("HUP");
    child.line("knowledge base reloaded").await;
    let v2 = until(health, |h| {
        h["knowledge"]["last_attempt"]["ok"] == json!(true)
    })
    .await
    .and_then(|h| h["knowledge"]["version"].as_str().map(str::to_string));
    assert_ne!(v2.expect("reloaded"), v1);
    assert_eq!(health().await["status"], "ok");
    let (status, _) = child.stop().await;
    assert!(status.success(), "SIGTERM is a clean exit: {status:?}");
}

/// Polls `cond` until it holds or five seconds pass, and says whether it held. For state that
/// has no event to wait for; each check is cheap, so it is made every 10 ms.
async fn eventually(mut cond: impl FnMut() -> bool) -> bool {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while !cond() {
        if tokio::time::Instant::now() > deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    true
}

/// Fetches with `get` until what it returns satisfies `done` or five seconds pass, and returns
/// the first value that did.
async fn until<F: std::future::Future<Output = serde_json::Value>>(
    mut get: impl FnMut() -> F,
    done: impl Fn(&serde_json::Value) -> bool,
) -> Option<serde_json::Value> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    loop {
        let v = get().await;
        if done(&v) {
            return Some(v);
        }
        if tokio::time::Instant::now() > deadline {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// With an index snapshot, a reload loads through it: a valid change is seen (the stale snapshot
/// is not used, and is rewritten), and a broken change keeps the previous library live.
#[test]
fn reloading_through_a_snapshot_never_serves_stale_or_broken_files() {
    let f = Fixture::new();
    let cache = f.dir.path().join("index.snapshot");
    let live = Arc::new(LiveEngine::new(
        briefbot::snapshot::load_or_build(&f.knowledge(), Some(&cache)).unwrap(),
    ));
    let reloader = Reloader::new(live.clone(), f.knowledge(), None).with_cache(Some(cache.clone()));
    assert!(cache.is_file());
    let first = std::fs::metadata(&cache).unwrap().modified().unwrap();
    assert_eq!(vova(&live.get()), Outcome::NoMatch);
    // Modification times can be coarse; make sure the rewritten snapshot lands on a later tick.
    std::thread::sleep(Duration::from_millis(20));
    write_state(&f, true);
    let after = reloader.reload().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(live.get().library().version(), after);
    assert_eq!(vova(&live.get()), Outcome::Answered);
    assert!(std::fs::metadata(&cache).unwrap().modified().unwrap() > first);
    f.edit_json("claims.json", |v| v[0]["verdict"] = json!("probably"));
    assert!(reloader.reload().is_err());
    assert_eq!(live.get().library().version(), after);
    assert_eq!(vova(&live.get()), Outcome::Answered);
}

/// A reload that fails with hundreds of problems leaves `/healthz` small: "degraded", the first
/// few problems and their count. A syntax error in actors.json is one problem, not one per
/// reference to an actor.
#[test]
fn healthz_after_a_failed_reload_is_degraded_and_small() {
    use briefbot::reload::{HEALTH_PROBLEMS, HEALTH_PROBLEM_CHARS};
    let (f, _live, reloader) = setup();
    assert_eq!(reloader.status().health()["status"], "ok");

    // Every claim's quote changed: one problem per claim, each message quoting the long quote.
    let long = "a quote that is nowhere in the brief ".repeat(20);
    let mut claims = 0;
    f.edit_json("claims.json", |v| {
        for c in v.as_array_mut().unwrap() {
            c["citations"][0]["quote"] = json!(long);
            claims += 1;
        }
    });
    let total = reloader.reload().unwrap_err().0.len();
    assert_eq!(total, claims);
    let health = reloader.status().health();
    let body = health.to_string();
    assert_eq!(health["status"], "degraded", "{body}");
    let attempt = &health["knowledge"]["last_attempt"];
    assert_eq!(attempt["ok"], false);
    assert_eq!(attempt["problems"], total, "{body}");
    let shown = attempt["errors"].as_array().unwrap();
    assert_eq!(shown.len(), HEALTH_PROBLEMS, "{body}");
    assert!(shown
        .iter()
        .all(|e| e.as_str().unwrap().chars().count() <= HEALTH_PROBLEM_CHARS + 1));
    assert!(body.len() < 2500, "{} bytes: {body}", body.len());

    // A syntax error in actors.json: one root error, no dangling-reference echoes.
    std::fs::copy(
        crate::common::repo().join("knowledge/inss-1784/claims.json"),
        f.file("claims.json"),
    )
    .unwrap();
    f.edit("actors.json", |t| t.replacen("\"name\":", "\"name\" ", 1));
    let err = reloader.reload().unwrap_err();
    assert_eq!(err.0.len(), 1, "{err}");
    let health = reloader.status().health();
    assert_eq!(health["status"], "degraded");
    assert_eq!(health["knowledge"]["last_attempt"]["problems"], 1);
    assert!(!health.to_string().contains("not in actors.json"));

    // Fixed: healthy again.
    write_state(&f, false);
    reloader.reload().unwrap_or_else(|e| panic!("{e}"));
    let health = reloader.status().health();
    assert_eq!(health["status"], "ok");
    assert!(health["knowledge"]["last_attempt"]
        .get("problems")
        .is_none());
}
