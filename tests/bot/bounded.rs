//! No input makes one query expensive: the work and memory of every query path stay bounded
//! whatever the text (very long words, long queries, any script).
//!
//! Memory is measured with a counting allocator that tracks each thread's live bytes, so the
//! figures are this test's own allocations even when other tests run on other threads.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use crate::common::engine;
use briefbot::commands::{Options, QueryError, Request, MAX_QUERY_CHARS};
use briefbot::discord::autocomplete;
use briefbot::search::{PrepareWork, MAX_TYPO_CHARS};
use proptest::prelude::*;

struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn count(delta: isize) {
    // `try_with` because allocations also happen while a thread's locals are torn down.
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

// SAFETY: every call is forwarded unchanged to the system allocator; the counters only observe.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        count(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f` and returns its result with the most bytes it had allocated at once on this thread.
fn peak_bytes<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let start = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(start));
    let r = f();
    (r, (PEAK.with(Cell::get) - start).max(0) as usize)
}

/// What a query may allocate at most. An ordinary query on the bundled brief stays far below
/// it; before typo matching was bounded, one 500-letter word allocated about 130 MB.
const MEMORY_BOUND: usize = 8 << 20;

fn check_work(text: &str, work: PrepareWork) {
    let bounds = PrepareWork::bounds();
    let label: String = text.chars().take(40).collect();
    assert!(work.variants <= bounds.variants, "{label}: {work:?}");
    assert!(work.compared <= bounds.compared, "{label}: {work:?}");
    assert!(work.terms <= bounds.terms, "{label}: {work:?}");
    assert!(work.expansions <= bounds.expansions, "{label}: {work:?}");
}

/// Every path a query can take, each measured: the search commands, `ask`, and autocomplete
/// for each option that has it.
fn run_everywhere(text: &str) {
    let engine = engine();
    let label: String = text.chars().take(40).collect();
    for prefix_last in [false, true] {
        let (_, work) = engine.index().prepare_traced(text, prefix_last, None);
        check_work(text, work);
    }
    let requests = [
        Request::Timeline(Some(text.to_string())),
        Request::Actor(text.to_string()),
        Request::Claim(text.to_string()),
        Request::Ask(text.to_string()),
    ];
    for request in requests {
        let (result, bytes) = peak_bytes(|| engine.run(&request, &Options::default()));
        assert!(
            bytes < MEMORY_BOUND,
            "{label}: {request:?} allocated {bytes} bytes at once"
        );
        if text.chars().count() > MAX_QUERY_CHARS {
            assert!(
                matches!(result, Err(QueryError::TooLong { .. })),
                "{label}: {result:?}"
            );
        }
    }
    for command in ["actor", "timeline", "claim"] {
        let option = if command == "actor" { "name" } else { "query" };
        let (choices, bytes) =
            peak_bytes(|| autocomplete::choices(engine, command, option, text, None));
        assert!(
            bytes < MEMORY_BOUND,
            "{label}: autocomplete {command} allocated {bytes} bytes at once"
        );
        assert!(choices.len() <= 25);
    }
}

#[test]
fn long_words_do_bounded_work() {
    // (what the input is, the input)
    let cases: Vec<(&str, String)> = vec![
        ("a 2,000-letter word", "b".repeat(2000)),
        ("a 500-letter word", "a".repeat(500)),
        (
            "a 200-letter word of varied letters",
            "abcdefghij".repeat(20),
        ),
        (
            "one letter past the typo limit",
            "q".repeat(MAX_TYPO_CHARS + 1),
        ),
        (
            "a word at the typo limit",
            "marzoukabcdefghijklmnopq".into(),
        ),
        (
            "sixteen words at the typo limit",
            vec!["mashalabcdefghijklmnopqr"; 16].join(" "),
        ),
        ("500 characters of short words", "hamas moscow ".repeat(38)),
        ("a long Cyrillic word", "путин".repeat(100)),
        ("a long Arabic word", "حماس".repeat(120)),
        ("digits", "7".repeat(500)),
        ("mixed letters and digits", "a1".repeat(250)),
        ("combining marks", "e\u{301}".repeat(250)),
    ];
    for (what, text) in &cases {
        let (_, work) = engine().index().prepare_traced(text, false, None);
        check_work(what, work);
        run_everywhere(text);
    }
}

#[test]
fn words_past_the_typo_limit_are_not_expanded() {
    let index = engine().index();
    // (query, whether typo variants may be generated)
    let cases = [
        ("marzok", true),
        ("kremlinn", true),
        (&*"x".repeat(MAX_TYPO_CHARS), true),
        (&*"x".repeat(MAX_TYPO_CHARS + 1), false),
        (&*"a".repeat(500), false),
        (&*"b".repeat(2000), false),
    ];
    for (query, expands) in cases {
        let (_, work) = index.prepare_traced(query, false, None);
        let label: String = query.chars().take(30).collect();
        assert_eq!(work.variants > 0, expands, "{label}: {work:?}");
    }
    // A misspelt name is still corrected, so the bound costs nothing users type.
    let answer = engine()
        .answer(&Request::Actor("marzok".into()), &Options::default())
        .expect("answers");
    assert_eq!(answer.results[0].id, "abu-marzook");
}

#[test]
fn autocomplete_refuses_input_longer_than_discord_allows() {
    let engine = engine();
    let typed = format!("mashal {}", "x".repeat(autocomplete::MAX_TYPED_CHARS));
    assert!(autocomplete::choices(engine, "actor", "name", &typed, None).is_empty());
    assert!(autocomplete::choices(engine, "actor", "brief", &typed, None).is_empty());
    let at_limit = format!(
        "mashal{}",
        " ".repeat(autocomplete::MAX_TYPED_CHARS - "mashal".len())
    );
    assert!(!autocomplete::choices(engine, "actor", "name", &at_limit, None).is_empty());
}

/// Text with long tokens, any script, and the separators the tokeniser splits on.
fn hostile_text() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        "[a-z]{1,12}",
        "[a-z]{20,60}",
        "\\PC{1,40}",
        "[а-яё]{5,80}",
        "[0-9]{1,30}",
        Just("hamas".to_string()),
        Just("oct 25".to_string()),
    ];
    prop::collection::vec(token, 1..24).prop_map(|t| t.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_query_does_bounded_work(text in hostile_text(), repeat in 1usize..40) {
        // Repeating a token makes single words hundreds of letters long.
        let long = text.replace(' ', "").repeat(repeat);
        for t in [text.as_str(), long.as_str()] {
            run_everywhere(t);
        }
    }
}
