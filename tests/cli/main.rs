//! The command-line front end, run as a user runs it: every test runs the `briefbot` binary and
//! reads what it prints.

#[path = "../common/mod.rs"]
mod common;
mod draft;

use std::process::Output;

use common::process::command;
use common::{repo, Fixture};

fn briefbot(args: &[&str]) -> Output {
    command().args(args).output().expect("run briefbot")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn answers_offline_from_the_bundled_knowledge_base() {
    let o = briefbot(&["ask", "who is Ali Baraka?"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Ali Baraka"), "{out}");
    assert!(out.contains("¶7 \""), "cites paragraph and quote: {out}");
    assert!(
        out.contains("INSS Insight No. 1784"),
        "names the brief: {out}"
    );
}

#[test]
fn finds_the_knowledge_base_from_another_directory() {
    let o = command()
        .args(["actor", "Putin"])
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Vladimir Putin"));
}

#[test]
fn json_output_is_exactly_one_object() {
    for args in [
        vec![
            "claim",
            "Russia",
            "vetoed",
            "a",
            "US",
            "resolution",
            "--json",
        ],
        vec!["timeline", "oct", "25", "--json", "--limit", "2"],
        vec!["actor", "Hezbollah", "--json"],
        vec!["ask", "who is mashal", "--json"],
        vec!["brief", "--json"],
        vec!["source", "3", "--json"],
    ] {
        let o = briefbot(&args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        let out = stdout(&o);
        let v: serde_json::Value =
            serde_json::from_str(out.trim()).unwrap_or_else(|e| panic!("{args:?}: {e}: {out}"));
        assert!(v.is_object(), "{args:?}");
        assert_eq!(out.trim().lines().count(), 1, "{args:?}: one line of JSON");
    }
    let v: serde_json::Value =
        serde_json::from_slice(&briefbot(&["actor", "Hezbollah", "--json"]).stdout).unwrap();
    assert_eq!(v["outcome"], "no_match");
    let v: serde_json::Value = serde_json::from_slice(
        &briefbot(&["timeline", "oct", "25", "--json", "--limit", "2"]).stdout,
    )
    .unwrap();
    assert!(v["results"].as_array().unwrap().len() <= 2);
}

#[test]
fn bad_invocations_print_usage_and_fail() {
    let cases: &[(&[&str], &str)] = &[
        (&[], "Usage"),
        (&["frobnicate"], "unrecognized subcommand"),
        (&["actor"], "required"),
        (&["actor", "   "], "needs something to look for"),
        (&["claim", ""], "needs something to look for"),
        (&["source", "x"], "invalid value"),
        (&["source", "77"], "paragraphs 1 to 11"),
        (
            &["timeline", "oct", "--limit", "0"],
            "not a number from 1 to 50",
        ),
        (
            &["actor", "Putin", "--brief", "nope"],
            "no brief is called `nope`",
        ),
        (
            &["--knowledge", "/nonexistent", "actor", "Putin"],
            "does not exist",
        ),
        (&["eval", "/nonexistent.jsonl"], "cannot read"),
    ];
    for (args, want) in cases {
        let o = briefbot(args);
        assert!(!o.status.success(), "{args:?} should fail");
        let err = stderr(&o);
        assert!(err.contains(want), "{args:?}: stderr lacks {want:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn check_reports_coverage_and_counts() {
    let o = briefbot(&["check"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("every body sentence is cited"), "{out}");
    assert!(
        out.contains("actors") && out.contains("events") && out.contains("claims"),
        "{out}"
    );
}

#[test]
fn knowledge_env_var_is_honoured() {
    let o = command()
        .args(["brief"])
        .env("BRIEFBOT_KNOWLEDGE", "/nonexistent/kb")
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(stderr(&o).contains("/nonexistent/kb"));
}

#[test]
fn eval_prints_figures_per_command() {
    let o = briefbot(&["eval", "tests/data/dev.jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for word in [
        "timeline",
        "actor",
        "claim",
        "ask",
        "overall",
        "top-1",
        "abstention",
    ] {
        assert!(out.contains(word), "{out}");
    }
}

#[test]
fn eval_samples_are_one_line_per_case_with_the_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("samples.jsonl");
    let o = briefbot(&[
        "eval",
        "tests/data/dev.jsonl",
        "--samples",
        file.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let cases = std::fs::read_to_string(repo().join("tests/data/dev.jsonl")).unwrap();
    let rows: Vec<serde_json::Value> = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        rows.len(),
        cases.lines().filter(|l| !l.trim().is_empty()).count()
    );
    // Every answerable case of the dev set is answered with a right entry first (the eval's
    // own figure), and the rows say so with the decision's inputs beside it.
    for r in rows.iter().filter(|r| r["answerable"] == true) {
        assert_eq!(r["best_ok"], true, "{r}");
        assert_eq!(r["first_right"], 0, "{r}");
        for field in ["lexical", "margin", "unmatched", "number_gap", "outsider"] {
            assert!(r.get(field).is_some(), "{field} in {r}");
        }
    }
    assert!(rows
        .iter()
        .any(|r| r["answerable"] == false && r["answered"] == false));
    // An unwritable path is an error that names it.
    let o = briefbot(&[
        "eval",
        "tests/data/dev.jsonl",
        "--samples",
        "/nonexistent/dir/samples.jsonl",
    ]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("/nonexistent/dir/samples.jsonl"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn register_print_shows_every_command_without_connecting() {
    let o = briefbot(&["register", "--print"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["timeline", "actor", "claim", "ask", "brief", "source", "help", "gaps"]
    );
}

#[test]
fn serve_without_a_token_says_how_to_get_one() {
    let o = command()
        .arg("serve")
        .env_remove("DISCORD_TOKEN")
        .output()
        .unwrap();
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains("DISCORD_TOKEN") && err.contains("--token-file"),
        "{err}"
    );
    let o = command()
        .args(["serve", "--token-file", "/nonexistent/token"])
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(stderr(&o).contains("/nonexistent/token"));
    let o = command()
        .args(["serve", "--shards", "many"])
        .env("DISCORD_TOKEN", "x")
        .output()
        .unwrap();
    assert!(stderr(&o).contains("--shards takes `auto` or a number"));
}

#[test]
fn serve_http_needs_a_valid_public_key() {
    for (key, want) in [(None, "DISCORD_PUBLIC_KEY"), (Some("abc"), "64 hex digits")] {
        let mut cmd = command();
        cmd.args(["serve-http", "--bind", "127.0.0.1:0"])
            .env_remove("DISCORD_PUBLIC_KEY");
        if let Some(k) = key {
            cmd.env("DISCORD_PUBLIC_KEY", k);
        }
        let o = cmd.output().unwrap();
        assert!(!o.status.success());
        assert!(stderr(&o).contains(want), "{}", stderr(&o));
    }
}

/// The bench on a small library: it generates the library, loads it in full in a child process,
/// writes and reads the snapshot, and reports every figure the README table is made of. Only
/// the shape and the answers' quality are checked here; timings are for reading, not asserting.
/// `bench --draft-only` drafts the bundled and evaluation briefs beside its baseline, loading
/// their curated knowledge bases, and reports both (figures, not limits).
#[test]
fn bench_draft_only_reports_each_brief_beside_loading() {
    let o = briefbot(&["bench", "--draft-only", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let briefs = r["briefs"].as_array().unwrap();
    assert!(briefs.len() >= 4, "{r}");
    for b in briefs {
        assert!(b["words"].as_u64().is_some_and(|w| w > 500), "{b}");
        let (p50, p99) = (b["draft_p50_ms"].as_f64(), b["draft_p99_ms"].as_f64());
        assert!(p50.is_some_and(|v| v > 0.0) && p99 >= p50, "{b}");
    }
    for key in ["load_references_p50_ms", "draft_over_load"] {
        assert!(r[key].as_f64().is_some_and(|v| v > 0.0), "{key}: {r}");
    }
}

#[test]
fn bench_reports_every_figure_for_a_small_library() {
    let dir = tempfile::tempdir().unwrap();
    let bench = |queries: &str, baseline: &str, extra: &[&str]| {
        let mut args = vec![
            "bench",
            "--entries",
            "1000",
            "--queries",
            queries,
            "--baseline-queries",
            baseline,
            "--json",
            "--dir",
            dir.path().to_str().unwrap(),
        ];
        args.extend(extra);
        briefbot(&args)
    };
    let o = bench("40", "5", &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(
        (950..=1050).contains(&r["entries"].as_u64().unwrap()),
        "{r}"
    );
    for key in [
        "load_s",
        "snapshot_load_s",
        "snapshot_mb",
        "rss_mb",
        "load_rss_mb",
    ] {
        assert!(r[key].as_f64().is_some_and(|v| v > 0.0), "{key}: {r}");
    }
    // Three restarts, each a fresh process reading the snapshot the full load wrote.
    let restarts = r["restart_s"].as_array().expect("restart_s");
    assert_eq!(restarts.len(), 3, "{r}");
    assert!(
        restarts.iter().all(|s| s.as_f64().is_some_and(|v| v > 0.0)),
        "{r}"
    );
    for command in ["timeline", "actor", "claim", "ask", "autocomplete"] {
        let c = &r["commands"][command];
        for key in [
            "p50_ms",
            "p99_ms",
            "baseline_p50_ms",
            "baseline_p99_ms",
            "speedup",
            "bm25_p50_ms",
            "bm25_p99_ms",
            "bm25_top3",
        ] {
            assert!(
                c[key].as_f64().is_some_and(f64::is_finite),
                "{command}.{key}: {c}"
            );
        }
        assert!(
            c["p99_ms"].as_f64() >= c["p50_ms"].as_f64(),
            "{command}: {c}"
        );
        assert_eq!(c["queries"], 40, "{command}: {c}");
    }
    // Claims are the least ambiguous synthetic entries: most should be found, by the engine
    // and by the BM25 baseline alike (a claim query is mostly the claim's own words).
    for key in ["top3", "bm25_top3"] {
        assert!(
            r["commands"]["claim"][key].as_f64().unwrap() >= 0.8,
            "{key}: {r}"
        );
    }
    assert!(r["bm25_build_s"].as_f64().is_some_and(|v| v > 0.0), "{r}");
    // The picture beside the text answer, measured in the same run (figures, not limits).
    let p = &r["picture"];
    assert!((40..=60).contains(&p["events"].as_u64().unwrap()), "{p}");
    for key in [
        "text_p50_ms",
        "picture_p50_ms",
        "picture_p99_ms",
        "cached_p50_ms",
        "png_kb",
    ] {
        assert!(
            p[key].as_f64().is_some_and(|v| v.is_finite() && v > 0.0),
            "{key}: {p}"
        );
    }
    assert!(p["png_kb"].as_f64().unwrap() <= 80.0, "{p}");
    // A second run reuses the library and, with --from-snapshot, skips the full load.
    let o = bench("10", "1", &["--from-snapshot"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(r["load_s"].is_null() && r["generate_s"].is_null(), "{r}");
    // --picture-only reports the picture beside the text answer and nothing else.
    let o = bench("10", "1", &["--picture-only"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let p: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(p["commands"].is_null(), "{p}");
    for key in [
        "text_p50_ms",
        "picture_p50_ms",
        "picture_p99_ms",
        "picture_first_ms",
        "layout_p50_ms",
        "rasterise_p50_ms",
        "encode_p50_ms",
        "png_kb",
    ] {
        assert!(
            p[key].as_f64().is_some_and(|v| v.is_finite() && v > 0.0),
            "{key}: {p}"
        );
    }
}

/// `timeline --png/--svg` write the picture the bot sends; `--no-pictures` refuses them.
#[test]
fn timeline_writes_the_picture_the_bot_sends() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("t.png");
    let svg = dir.path().join("t.svg");
    // (query words, caption in the SVG)
    let cases: [(&[&str], &str); 3] = [
        (&[], "The whole timeline: 25 events"),
        (&["oct", "16"], "2 matching events highlighted"),
        (&["july", "4"], "Nothing matches"),
    ];
    for (query, caption) in cases {
        let mut args = vec!["timeline"];
        args.extend(query);
        args.extend([
            "--png",
            png.to_str().unwrap(),
            "--svg",
            svg.to_str().unwrap(),
        ]);
        let o = briefbot(&args);
        assert!(o.status.success(), "{query:?}: {}", stderr(&o));
        assert!(
            stdout(&o).contains("timeline \""),
            "the text answer as usual"
        );
        assert!(
            stderr(&o).contains("wrote the timeline picture"),
            "{}",
            stderr(&o)
        );
        let bytes = std::fs::read(&png).unwrap();
        let (w, h) = common::multipart::png_size(&bytes).expect("a PNG");
        assert!((1200..=1600).contains(&w) && h <= 4000, "{w}×{h}");
        assert!(bytes.len() <= briefbot::render::picture::MAX_INLINE_BYTES);
        let text = std::fs::read_to_string(&svg).unwrap();
        assert!(
            text.starts_with("<svg") && text.contains(caption),
            "{query:?}"
        );
    }
    // (arguments, exit code, what stderr says)
    let refused: [(&[&str], i32, &str); 2] = [
        (
            &["--no-pictures", "timeline", "--png", "x.png"],
            2,
            "--no-pictures",
        ),
        (
            &["timeline", "--png", "/nonexistent-dir/t.png"],
            1,
            "cannot write the picture to /nonexistent-dir/t.png",
        ),
    ];
    for (args, code, says) in refused {
        let o = briefbot(args);
        assert_eq!(o.status.code(), Some(code), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
    }
    let preview = briefbot(&["preview", "timeline", "oct", "25"]);
    assert!(
        stdout(&preview).contains("[picture timeline.png · 1400×"),
        "{}",
        stdout(&preview)
    );
    let off = briefbot(&["--no-pictures", "preview", "timeline", "oct", "25"]);
    assert!(!stdout(&off).contains("[picture"), "{}", stdout(&off));
}

/// `bench-eval` on a development set: the engine's side is exactly `eval`'s figures, BM25's
/// is judged on the same answerable cases, and a file that is not a case file is refused before
/// any work, as `eval` refuses it.
#[test]
fn bench_eval_compares_the_engine_and_bm25_on_an_eval_file() {
    let file = repo().join("tests/data/dev.jsonl");
    let file = file.to_str().unwrap();
    let o = briefbot(&["bench-eval", file, file, "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let o = briefbot(&["eval", file, "--json"]);
    let eval: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let files = r["files"].as_array().unwrap();
    assert_eq!(files.len(), 2, "{r}");
    assert_eq!(files[0]["per_command"], files[1]["per_command"], "{r}");
    let overall = &files[0]["overall"];
    assert_eq!(overall["answerable"], eval["overall"]["answerable"], "{r}");
    assert_eq!(overall["engine_top1"], eval["overall"]["top1"], "{r}");
    assert_eq!(overall["engine_top3"], eval["overall"]["top3"], "{r}");
    let answerable = overall["answerable"].as_u64().unwrap();
    assert!(answerable > 0, "{r}");
    for command in ["timeline", "actor", "claim", "ask"] {
        let c = &files[0]["per_command"][command];
        let n = c["answerable"].as_u64().unwrap();
        for key in [
            "bm25_top1",
            "bm25_top3",
            "engine_ranked_top1",
            "engine_ranked_top3",
        ] {
            assert!(c[key].as_u64().unwrap() <= n, "{command}.{key}: {c}");
        }
        assert!(c["bm25_top1"].as_u64() <= c["bm25_top3"].as_u64(), "{c}");
    }
    // The development set's questions use the brief's words: BM25 finds most of them too.
    assert!(
        overall["bm25_top3"].as_u64().unwrap() * 10 >= answerable * 7,
        "{r}"
    );
    let o = briefbot(&["bench-eval", file]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("BM25"), "{}", stdout(&o));

    let bad = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(bad.path(), "not json\n").unwrap();
    let o = briefbot(&["bench-eval", file, bad.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("not a valid case"), "{}", stderr(&o));
    assert!(stdout(&o).is_empty(), "{}", stdout(&o));
}

/// Runs briefbot with its standard output on a pipe whose reading end is already closed, as
/// when `| head -1` has read enough and exited.
fn briefbot_into_closed_pipe(args: &[&str]) -> Output {
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    command()
        .args(args)
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .expect("run briefbot")
}

#[test]
fn a_closed_or_full_stdout_never_panics() {
    // (arguments, the exit code when stdout is a closed pipe: the command's own code)
    let cases: [(&[&str], i32); 7] = [
        (&["check"], 0),
        (&["timeline", "--limit", "50", "--json"], 0),
        (&["timeline"], 0),
        (&["source", "3"], 0),
        (&["ask", "who is Ali Baraka?"], 0),
        (&["register", "--print"], 0),
        (&["eval", "../shared/eval/dev.jsonl"], 0),
    ];
    for (args, code) in cases {
        if args[0] == "eval" && !repo().join(args[1]).exists() {
            continue;
        }
        let o = briefbot_into_closed_pipe(args);
        let err = stderr(&o);
        assert_eq!(
            o.status.code(),
            Some(code),
            "{args:?} into a closed pipe: {err}"
        );
        assert!(
            !err.contains("panicked"),
            "{args:?} into a closed pipe: {err}"
        );
        assert!(err.is_empty(), "a reader that left is not an error: {err}");

        // A full disk is a real failure: one line, exit 1.
        let full = std::fs::File::create("/dev/full").expect("/dev/full");
        let o = command()
            .args(args)
            .stdout(full)
            .output()
            .expect("run briefbot");
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{args:?} into /dev/full: {err}");
        assert!(!err.contains("panicked"), "{args:?} into /dev/full: {err}");
        assert_eq!(
            err.trim(),
            "error: cannot write to standard output: No space left on device (os error 28)",
            "{args:?}"
        );
    }
}

/// `briefbot check` exits non-zero on a knowledge base with an empty folder, naming it.
#[test]
fn check_fails_on_an_empty_folder() {
    let f = Fixture::new();
    std::fs::create_dir(f.knowledge().join("new-brief")).unwrap();
    let out = command()
        .arg("--knowledge")
        .arg(f.knowledge())
        .arg("check")
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!out.status.success(), "{text}");
    assert!(text.contains("new-brief` is an empty folder"), "{text}");
}

#[test]
fn the_embedding_table_can_be_named_or_turned_off() {
    // By default the bundled table is used: a question in the reader's words finds its claim.
    let with = briefbot(&[
        "claim",
        "hamas gave moscow a heads-up about the attack",
        "--json",
    ]);
    assert!(with.status.success(), "{}", stderr(&with));
    assert!(stdout(&with).contains("baraka"), "{}", stdout(&with));
    // Words only: still answers, and the same question in the brief's own words still works.
    let off = briefbot(&["--no-embeddings", "actor", "Ali Baraka"]);
    assert!(off.status.success(), "{}", stderr(&off));
    assert!(stdout(&off).contains("Ali Baraka"), "{}", stdout(&off));
    // A table named explicitly that does not load is an error that says how to fix it.
    let bad = briefbot(&["--embeddings", "/nonexistent/table", "actor", "Putin"]);
    assert_eq!(bad.status.code(), Some(1), "{}", stdout(&bad));
    let err = stderr(&bad);
    assert!(
        err.contains("/nonexistent/table") && err.contains("--no-embeddings"),
        "{err}"
    );
}

#[test]
fn calibrate_fits_and_prints_the_weights() {
    let o = briefbot(&["calibrate", "tests/data/calib_train.jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for want in ["blend", "bias", "weights", "threshold", "top-1"] {
        assert!(out.contains(want), "{want}: {out}");
    }
    let o = briefbot(&[
        "--no-embeddings",
        "calibrate",
        "tests/data/calib_train.jsonl",
    ]);
    assert!(
        !o.status.success(),
        "calibration without the table must refuse"
    );
}

/// A question log with near-duplicate unanswered questions, a down-voted answer and a liked
/// one, written through the same store the servers write with.
fn question_log(dir: &std::path::Path) -> std::path::PathBuf {
    use briefbot::qlog::{Database, Question, Record, TopEntry, Vote};
    let path = dir.join("log.sqlite3");
    let mut store = Database::Sqlite(path.clone()).open().expect("open SQLite");
    let now = briefbot::unix_now() as i64;
    let entry = |id: &str, title: &str| TopEntry {
        id: id.into(),
        brief: "inss-1784".into(),
        title: title.into(),
        score: 0.3,
    };
    let q = |id: i64, query: &str, outcome: &str, user: &str, top: Vec<TopEntry>, days: i64| {
        Record::Question(Question {
            id,
            at: now - days * 86_400,
            command: "ask".into(),
            query: query.into(),
            brief: Some("inss-1784".into()),
            outcome: outcome.into(),
            top,
            latency_us: 300,
            guild: Some("1".into()),
            user_hash: user.into(),
        })
    };
    let vote = |id: i64, user: &str, up: bool| {
        Record::Vote(Vote {
            question_id: id,
            user_hash: user.into(),
            up,
            reason: (!up).then(|| "wrong_entry".to_string()),
            at: now,
        })
    };
    let mashal = || vec![entry("khaled-mashal", "Khaled Mashal")];
    let wagner = || vec![entry("wagner-group", "Wagner Group")];
    store
        .write(&[
            q(1, "who is meshaal", "no_match", "a", mashal(), 1),
            q(2, "who is mashal?", "no_match", "b", mashal(), 2),
            q(3, "who is meshaal", "no_match", "c", mashal(), 0),
            q(4, "hezbollah", "no_match", "a", vec![], 0),
            q(5, "did wagner train hamas", "answered", "d", wagner(), 0),
            q(
                6,
                "who is putin",
                "answered",
                "e",
                vec![entry("putin", "Vladimir Putin")],
                0,
            ),
            q(7, "an old question", "no_match", "f", vec![], 40),
            vote(5, "a", false),
            vote(5, "b", false),
            vote(6, "a", true),
        ])
        .expect("write");
    path
}

#[test]
fn gaps_lists_what_the_knowledge_base_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let db = question_log(dir.path());
    let db = db.to_str().unwrap();
    let o = briefbot(&["gaps", "--database", db, "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("one JSON object");
    assert_eq!(
        v,
        serde_json::json!({"gaps": [
            {"query": "who is meshaal", "count": 3, "outcome": "no_match",
             "nearest": [{"id": "khaled-mashal", "title": "Khaled Mashal"}]},
            {"query": "did wagner train hamas", "count": 3, "outcome": "downvoted",
             "nearest": [{"id": "wagner-group", "title": "Wagner Group"}]},
            {"query": "hezbollah", "count": 1, "outcome": "no_match", "nearest": []},
        ]}),
        "grouped, ranked by people (askers and down-voters), the 40-day-old question outside \
         the default 30 days"
    );
    // (arguments, what the text must say)
    let cases: &[(&[&str], &str)] = &[
        (
            &["gaps", "--database", db],
            "also asked as: \"who is mashal?\"",
        ),
        (&["gaps", "--database", db], "voted down (wrong_entry)"),
        (
            &["gaps", "--database", db, "--since", "60d"],
            "an old question",
        ),
        (
            &["gaps", "--database", db, "--since", "12h"],
            "\"who is meshaal\" — 1 person",
        ),
        (
            &["gaps", "--database", db, "--brief", "other"],
            "No unanswered",
        ),
        (
            &["stats", "--database", db],
            "6 questions from 5 people, 2 answered (33%)",
        ),
        (&["stats", "--database", db], "1 👍, 2 👎"),
    ];
    for (args, want) in cases {
        let o = briefbot(args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert!(stdout(&o).contains(want), "{args:?}: {}", stdout(&o));
    }
    let o = briefbot(&["stats", "--database", &format!("sqlite://{db}"), "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("one JSON object");
    assert_eq!(v["questions"], 6);
    assert_eq!(v["votes"]["up"], 1);
    assert_eq!(v["top_entries"][0]["count"], 1);
    assert_eq!(v["per_day"].as_array().unwrap().len(), 3);
}

#[test]
fn gaps_and_stats_say_how_to_fix_a_bad_database_or_period() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("none.sqlite3");
    // (arguments, exit code, what stderr must say)
    let cases: Vec<(Vec<String>, i32, &str)> = vec![
        (
            vec![
                "gaps".into(),
                "--database".into(),
                missing.display().to_string(),
            ],
            2,
            "created when `briefbot serve`",
        ),
        (
            vec!["stats".into(), "--database".into(), "mysql://h/db".into()],
            2,
            "not a database briefbot can use",
        ),
        (
            vec!["gaps".into(), "--since".into(), "3y".into()],
            2,
            "30d, 12h or 2w",
        ),
    ];
    for (args, code, want) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = briefbot(&args);
        assert_eq!(o.status.code(), Some(code), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(want), "{args:?}: {}", stderr(&o));
    }
    assert!(!missing.exists(), "a report never creates a database");
}
