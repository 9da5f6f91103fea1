//! The loader refuses every kind of broken knowledge base, naming the file, line and entry, and
//! says how to fix it.

use crate::common::{repo, Fixture};
use briefbot_core::kb::{alias_hints, uncovered_sentences, Library, Part};
use serde_json::{json, Value};

fn first_mut(v: &mut Value) -> &mut Value {
    &mut v.as_array_mut().expect("array")[0]
}

fn load_err(f: &Fixture) -> String {
    match Library::load(&f.knowledge()) {
        Ok(_) => panic!("expected the broken knowledge base to be refused"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn bundled_knowledge_base_is_valid_and_fully_covered() {
    let lib = Library::load(&repo().join("knowledge")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(lib.briefs().len(), 1);
    let b = &lib.briefs()[0];
    assert_eq!(b.meta().number, 1784);
    assert_eq!(b.meta().published.iso(), "2023-11-09");
    assert_eq!(
        b.meta().editors,
        ["Anat Kurtz", "Eldad Shavit", "Judith Rosen"]
    );
    assert_eq!(b.paragraphs().len(), 11);
    let uncovered = uncovered_sentences(b);
    assert!(uncovered.is_empty(), "uncovered sentences: {uncovered:#?}");
    let hints = alias_hints(b);
    assert!(
        hints.is_empty(),
        "names without a citation showing them: {hints:#?}"
    );
}

#[test]
fn page_break_is_joined_and_markup_stripped() {
    let lib = Library::load(&repo().join("knowledge")).unwrap();
    let b = &lib.briefs()[0];
    let p4 = &b.paragraph(4).unwrap().text;
    assert!(
        p4.contains("while Russia supported President Bashar Assad. Nonetheless"),
        "{p4}"
    );
    assert!(p4.contains("Russia condemned the organization's"), "{p4}");
    assert!(!p4.contains("](#)"));
    let linked: Vec<&str> = b
        .paragraph(4)
        .unwrap()
        .links
        .iter()
        .map(|l| &p4[l.start..l.end])
        .collect();
    assert_eq!(
        linked,
        ["condemned", "Putin declared", "a change in Russian policy"]
    );
    assert!(!b.paragraph(7).unwrap().text.contains('*'));
}

#[test]
fn every_citation_is_verbatim_in_its_paragraph() {
    let lib = Library::load(&repo().join("knowledge")).unwrap();
    let b = &lib.briefs()[0];
    for c in b.citations() {
        let text = b.cited_text(c).unwrap();
        assert_eq!(&text[c.span.0..c.span.1], c.quote);
    }
    // The byline and the editors' line are cited as paragraph 0, from the part they are in.
    let parts: Vec<(Part, &str)> = b
        .citations()
        .filter(|c| c.paragraph == 0)
        .map(|c| (c.part, c.quote.as_str()))
        .collect();
    assert!(parts.contains(&(
        Part::Front,
        "Arkady Mil-Man and Bat Chen Feldman | No. 1784 | November 9, 2023"
    )));
    assert!(parts.contains(&(
        Part::Back,
        "Editors of the series: Anat Kurtz, Eldad Shavit and Judith Rosen"
    )));
}

#[test]
fn undated_events_stay_undated() {
    let lib = Library::load(&repo().join("knowledge")).unwrap();
    let b = &lib.briefs()[0];
    for id in [
        "al-ahli-hospital-explosion",
        "hamas-delegation-visits-moscow",
    ] {
        let (_, i) = b.lookup(id).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(
            b.events()[i].when.iso(),
            None,
            "{id} must not get an invented date"
        );
    }
    let order: Vec<&str> = b.timeline().map(|e| e.id.as_str()).collect();
    let pos = |id: &str| order.iter().position(|x| *x == id).unwrap();
    assert!(pos("october-7-hamas-attack") < pos("russia-vetoes-us-resolution"));
    assert!(pos("hamas-delegation-visits-moscow") < pos("hamas-thanks-putin-and-foreign-ministry"));
}

/// Each case breaks a copy of the bundled knowledge base and names the fragments the error must
/// contain: the file, the line where it applies, the entry and the problem.
#[test]
fn broken_knowledge_bases_are_refused_with_a_precise_error() {
    type Breaker = Box<dyn Fn(&Fixture)>;
    let cases: Vec<(&str, Breaker, Vec<&str>)> = vec![
        (
            "malformed JSON",
            Box::new(|f| {
                f.edit("events.json", |t| t.replacen("\"title\":", "\"title\" ", 1));
            }),
            vec!["events.json:", "expected `:`"],
        ),
        (
            "unknown field",
            Box::new(|f| {
                f.edit_json("claims.json", |v| first_mut(v)["quotes"] = json!([]));
            }),
            vec!["claims.json:", "unknown field `quotes`"],
        ),
        (
            "duplicate id",
            Box::new(|f| {
                f.edit_json("actors.json", |v| {
                    let copy = v[0].clone();
                    v.as_array_mut().unwrap().push(copy);
                });
            }),
            vec!["actors.json:", "already used by the actor at actors.json:"],
        ),
        (
            "quote not in paragraph",
            Box::new(|f| {
                f.edit_json("claims.json", |v| {
                    first_mut(v)["citations"][0]["quote"] =
                        json!("Russia condemned Hamas unreservedly");
                });
            }),
            vec!["claims.json:", "is not in paragraph", "briefbot source"],
        ),
        (
            "quote not in the front or back matter",
            Box::new(|f| {
                f.edit_json("claims.json", |v| {
                    first_mut(v)["citations"][0] = json!({
                        "paragraph": 0,
                        "quote": "Arkady Mil-Man and Bat Chen Feldman | No. 1785"
                    });
                });
            }),
            vec![
                "claims.json:",
                "is not in the brief's front or back matter",
                "cited as paragraph 0",
            ],
        ),
        (
            "paragraph out of range",
            Box::new(|f| {
                f.edit_json("events.json", |v| {
                    first_mut(v)["citations"][0]["paragraph"] = json!(40)
                });
            }),
            vec![
                "events.json:",
                "cites paragraph 40, but the brief has paragraphs 1 to 11",
            ],
        ),
        (
            "reference to a missing actor",
            Box::new(|f| {
                f.edit_json("events.json", |v| {
                    first_mut(v)["actors"] = json!(["hezbollah"])
                });
            }),
            vec![
                "events.json:",
                "names actor `hezbollah`, which is not in actors.json",
            ],
        ),
        (
            "claim by a missing actor",
            Box::new(|f| {
                f.edit_json("claims.json", |v| first_mut(v)["by"] = json!(["nobody"]));
            }),
            vec!["claims.json:", "`by` names actor `nobody`"],
        ),
        (
            "reference to a missing event",
            Box::new(|f| {
                f.edit_json("events.json", |v| {
                    first_mut(v)["when"] =
                        json!({"undated": "during the war", "after": "no-such-event"});
                });
            }),
            vec!["events.json:", "`when.after` names event `no-such-event`"],
        ),
        (
            "empty title",
            Box::new(|f| {
                f.edit_json("events.json", |v| first_mut(v)["title"] = json!("  "));
            }),
            vec!["events.json:", "`title` is empty"],
        ),
        (
            "empty statement",
            Box::new(|f| {
                f.edit_json("claims.json", |v| first_mut(v)["statement"] = json!(""));
            }),
            vec!["claims.json:", "`statement` is empty"],
        ),
        (
            "impossible date",
            Box::new(|f| {
                f.edit_json("events.json", |v| {
                    first_mut(v)["when"] = json!({"on": "2023-02-30"})
                });
            }),
            vec!["events.json:", "not a real date: February 2023 has 28 days"],
        ),
        (
            "two date shapes at once",
            Box::new(|f| {
                f.edit_json("events.json", |v| {
                    first_mut(v)["when"] = json!({"on": "2023-10-07", "undated": "during the war"});
                });
            }),
            vec!["events.json:", "exactly one of"],
        ),
        (
            "approximate date without the brief's words",
            Box::new(|f| {
                f.edit_json("events.json", |v| {
                    first_mut(v)["when"] = json!({"approx": "2023-10-14"})
                });
            }),
            vec!["events.json:", "needs `text`"],
        ),
        (
            "backwards range",
            Box::new(|f| {
                f.edit_json("events.json", |v| {
                    first_mut(v)["when"] = json!({"from": "2009", "to": "2008"})
                });
            }),
            vec!["events.json:", "starts (2009) after it ends (2008)"],
        ),
        (
            "no citations",
            Box::new(|f| {
                f.edit_json("actors.json", |v| first_mut(v)["citations"] = json!([]));
            }),
            vec!["actors.json:", "has no citations"],
        ),
        (
            "bad verdict",
            Box::new(|f| {
                f.edit_json("claims.json", |v| first_mut(v)["verdict"] = json!("true"));
            }),
            vec![
                "claims.json:",
                "verdict `true` is not one of supported, disputed, attributed",
            ],
        ),
        (
            "bad actor kind",
            Box::new(|f| {
                f.edit_json("actors.json", |v| first_mut(v)["kind"] = json!("country"));
            }),
            vec!["actors.json:", "kind `country` is not one of"],
        ),
        (
            "bad id",
            Box::new(|f| {
                f.edit_json("claims.json", |v| first_mut(v)["id"] = json!("Bad Id"));
            }),
            vec!["claims.json:", "entry `Bad Id`", "kebab-case"],
        ),
        (
            "missing file",
            Box::new(|f| {
                std::fs::remove_file(f.file("claims.json")).unwrap();
            }),
            vec!["claims.json", "cannot read", "an empty list `[]` is fine"],
        ),
        (
            "missing seed",
            Box::new(|f| {
                f.edit_json("brief.json", |v| v["seed"] = json!("../../seeds/nope.txt"));
            }),
            vec!["nope.txt", "relative to brief.json"],
        ),
        (
            "author not in the seed",
            Box::new(|f| {
                f.edit_json("brief.json", |v| v["authors"] = json!(["Someone Else"]));
            }),
            vec!["brief.json:", "author `Someone Else` does not appear"],
        ),
        (
            "publication date not a day",
            Box::new(|f| {
                f.edit_json("brief.json", |v| v["published"] = json!("2023-11"));
            }),
            vec!["brief.json:", "`published` must be a full date"],
        ),
    ];
    for (name, breaker, wants) in cases {
        let f = Fixture::new();
        breaker(&f);
        let err = load_err(&f);
        for want in &wants {
            assert!(
                err.contains(want),
                "case {name:?}: error lacks {want:?}:\n{err}"
            );
        }
    }
}

#[test]
fn entry_errors_point_at_the_entry_line() {
    let f = Fixture::new();
    f.edit("events.json", |t| {
        t.replacen("\"on\": \"2023-10-25\"", "\"on\": \"2023-10-35\"", 1)
    });
    let err = load_err(&f);
    let text = std::fs::read_to_string(f.file("events.json")).unwrap();
    let line = text
        .lines()
        .position(|l| l.contains("\"id\": \"russia-vetoes-us-resolution\""))
        .unwrap()
        + 1;
    assert!(
        err.contains(&format!(
            "events.json:{line}: entry `russia-vetoes-us-resolution`"
        )),
        "{err}"
    );
}

#[test]
fn all_problems_are_reported_at_once() {
    let f = Fixture::new();
    f.edit_json("claims.json", |v| {
        v[0]["verdict"] = json!("maybe");
        v[1]["statement"] = json!("");
    });
    let err = load_err(&f);
    assert!(err.contains("2 problems"), "{err}");
}

#[test]
fn a_missing_or_empty_directory_says_what_to_do() {
    let missing = Library::load(std::path::Path::new("/nonexistent/knowledge"))
        .unwrap_err()
        .to_string();
    assert!(missing.contains("--knowledge DIR"), "{missing}");
    let empty = tempfile::tempdir().unwrap();
    let err = Library::load(empty.path()).unwrap_err().to_string();
    assert!(err.contains("holds no briefs"), "{err}");
}

#[test]
fn quotes_with_curly_quotes_and_markup_are_forgiven() {
    let f = Fixture::new();
    f.edit_json("claims.json", |v| {
        first_mut(v)["citations"] = json!([{
            "paragraph": 4,
            "quote": "Russia [condemned](#) the organization\u{2019}s   terrorist activities"
        }]);
    });
    let lib = Library::load(&f.knowledge()).unwrap_or_else(|e| panic!("{e}"));
    let c = &lib.briefs()[0].claims()[0].citations[0];
    assert_eq!(
        c.quote,
        "Russia condemned the organization's terrorist activities"
    );
    assert!(c.links_source);
}

/// Counts the problems a refused load reports.
fn problem_count(f: &Fixture) -> usize {
    match Library::load(&f.knowledge()) {
        Ok(_) => panic!("expected the broken knowledge base to be refused"),
        Err(e) => e.0.len(),
    }
}

/// The line (1-based) of the first line of `file` that contains `needle`.
fn line_of(f: &Fixture, file: &str, needle: &str) -> usize {
    let text = std::fs::read_to_string(f.file(file)).unwrap();
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} not in {file}"))
        + 1
}

/// One entry of the wrong shape does not hide the problems of the other entries: a type error,
/// a changed quote, a duplicate id and a paragraph out of range in one file, and a type error in
/// another file, are all reported in one run, each at its entry's line.
#[test]
fn every_problem_of_every_file_is_reported_in_one_run() {
    let f = Fixture::new();
    f.edit_json("claims.json", |v| {
        v[0]["verdict"] = json!(5);
        v[1]["citations"][0]["quote"] = json!("Russia condemned Hamas unreservedly");
        v[3]["id"] = v[2]["id"].clone();
        v[4]["citations"][0]["paragraph"] = json!(99);
    });
    f.edit_json("events.json", |v| first_mut(v)["title"] = json!(7));
    let err = load_err(&f);
    let verdict_line = line_of(&f, "claims.json", "\"verdict\": 5");
    let text = std::fs::read_to_string(f.file("claims.json")).unwrap();
    // serde_json points at the offending value's last character.
    let verdict_column = text
        .lines()
        .nth(verdict_line - 1)
        .unwrap()
        .find('5')
        .unwrap()
        + 1;
    let wants = [
        format!(
            "claims.json:{verdict_line}:{verdict_column}: entry `russia-sided-with-hamas`: invalid type: \
             integer `5`, expected a string"
        ),
        "entry `russia-refuses-condemn-october-7`: quote \"Russia condemned Hamas unreservedly\" \
         is not in paragraph 1"
            .to_string(),
        "entry `russia-questioned-israel-self-defense`: this id is already used by the claim at \
         claims.json:"
            .to_string(),
        "entry `russia-hamas-support-turning-point`: cites paragraph 99, but the brief has \
         paragraphs 1 to 11"
            .to_string(),
        "events.json:".to_string(),
        "entry `russia-condemns-hamas-1990s-2006`: invalid type: integer `7`, expected a string"
            .to_string(),
    ];
    for want in &wants {
        assert!(err.contains(want.as_str()), "lacks {want:?}:\n{err}");
    }
    assert!(err.contains("(5 problems)"), "{err}");
}

/// A file that does not parse is one problem: nothing refers to its entries in vain, so the
/// events and claims that name its actors are not reported as well.
#[test]
fn a_file_that_fails_reports_its_root_cause_not_its_echoes() {
    type Breaker = Box<dyn Fn(&Fixture)>;
    let cases: Vec<(&str, Breaker, &str)> = vec![
        (
            "syntax error in actors.json",
            Box::new(|f| {
                f.edit("actors.json", |t| t.replacen("\"name\":", "\"name\" ", 1));
            }),
            "actors.json:4:13: expected `:`",
        ),
        (
            "actors.json is not a list",
            Box::new(|f| {
                f.edit("actors.json", |t| format!("{{\"actors\": {t}}}"));
            }),
            "expected a sequence",
        ),
        (
            "actors.json missing",
            Box::new(|f| std::fs::remove_file(f.file("actors.json")).unwrap()),
            "cannot read",
        ),
        (
            "one actor of the wrong shape",
            Box::new(|f| {
                f.edit_json("actors.json", |v| {
                    let list = v.as_array_mut().unwrap();
                    let russia = list.iter_mut().find(|a| a["id"] == "russia").unwrap();
                    russia["kind"] = json!(5);
                });
            }),
            "entry `russia`: invalid type: integer `5`",
        ),
        (
            "one actor with a bad id",
            Box::new(|f| {
                f.edit_json("actors.json", |v| {
                    let list = v.as_array_mut().unwrap();
                    let hamas = list.iter_mut().find(|a| a["id"] == "hamas").unwrap();
                    hamas["id"] = json!("Hamas");
                });
                // Everything that named the actor now names the misspelt id.
                for file in ["events.json", "claims.json"] {
                    f.edit(file, |t| t.replace("\"hamas\"", "\"Hamas\""));
                }
            }),
            "entry `Hamas`: ids must be lower-case kebab-case",
        ),
        (
            "an event `after` names an event of the wrong shape",
            Box::new(|f| {
                f.edit_json("events.json", |v| {
                    let list = v.as_array_mut().unwrap();
                    let parent = list
                        .iter()
                        .find_map(|e| e["when"]["after"].as_str().map(str::to_string))
                        .unwrap();
                    let e = list.iter_mut().find(|e| e["id"] == parent).unwrap();
                    e["citations"] = json!("none");
                });
            }),
            "invalid type: string \"none\", expected a sequence",
        ),
    ];
    for (name, breaker, want) in cases {
        let f = Fixture::new();
        breaker(&f);
        let err = load_err(&f);
        assert!(err.contains(want), "case {name:?}: lacks {want:?}:\n{err}");
        assert!(!err.contains("not in actors.json"), "case {name:?}:\n{err}");
        assert!(!err.contains("not in events.json"), "case {name:?}:\n{err}");
        assert_eq!(problem_count(&f), 1, "case {name:?}:\n{err}");
    }
}

/// Shapes the format does not have, and quotes too short to show anything, are refused.
#[test]
fn wrong_shapes_and_short_quotes_are_refused() {
    let cases: Vec<(&str, &str, Value, &str)> = vec![
        (
            "citation written as an array",
            "claims.json",
            json!([[1, "Since October 7, Russia has sided with Hamas"]]),
            "expected a citation written as an object `{\"paragraph\": N, \"quote\": \"…\"}`",
        ),
        (
            "one-word quote",
            "claims.json",
            json!([{"paragraph": 1, "quote": "Russia"}]),
            "quote \"Russia\" is too short to show what the entry says; a quote needs at least 3 \
             words and 15 characters",
        ),
        (
            "three short words",
            "actors.json",
            json!([{"paragraph": 1, "quote": "by the way"}]),
            "at least 3 words and 15 characters",
        ),
        (
            "long word, no clause",
            "events.json",
            json!([{"paragraph": 4, "quote": "[condemned](#)"}]),
            "at least 3 words and 15 characters",
        ),
    ];
    for (name, file, citations, want) in cases {
        let f = Fixture::new();
        f.edit_json(file, |v| first_mut(v)["citations"] = citations);
        let err = load_err(&f);
        assert!(err.contains(want), "case {name:?}: lacks {want:?}:\n{err}");
        assert!(err.contains(file), "case {name:?}:\n{err}");
    }
    // An entry written as an array of its fields is refused too.
    let f = Fixture::new();
    let mut entry = 0;
    f.edit_json("actors.json", |v| {
        // Entries are counted from 1, so the appended one is numbered after the existing ones.
        entry = v.as_array().unwrap().len() + 1;
        v.as_array_mut().unwrap().push(json!([
            "extra",
            "Extra",
            "person",
            [],
            "An extra actor.",
            []
        ]));
    });
    let err = load_err(&f);
    let want =
        format!("entry {entry} (it has no string `id`): invalid type: sequence, expected an actor");
    assert!(err.contains(&want), "{err}");
}

/// Invalid UTF-8 is reported with its line, column and byte offset.
#[test]
fn invalid_utf8_is_reported_with_its_position() {
    let f = Fixture::new();
    let path = f.file("events.json");
    let mut bytes = std::fs::read(&path).unwrap();
    let line = line_of(&f, "events.json", "\"title\":");
    let at = bytes.windows(8).position(|w| w == b"\"title\":").unwrap();
    bytes.insert(at + 2, 0xff);
    std::fs::write(&path, bytes).unwrap();
    let err = load_err(&f);
    assert!(
        err.contains(&format!(
            "events.json:{line}:7: not valid UTF-8 (byte offset {})",
            at + 2
        )),
        "{err}"
    );
}

/// A named pipe, a directory or a dangling link in place of a brief's file is refused at once,
/// naming it; `check` must not wait for a writer on the pipe.
#[cfg(unix)]
#[test]
fn files_that_are_not_regular_files_are_refused() {
    let cases: [(&str, &str, &str); 4] = [
        (
            "actors.json",
            "fifo",
            "is a named pipe (FIFO), not a regular file",
        ),
        ("claims.json", "dir", "is a directory, not a regular file"),
        (
            "brief.json",
            "fifo",
            "is a named pipe (FIFO), not a regular file",
        ),
        ("events.json", "dangling", "cannot read"),
    ];
    for (file, kind, want) in cases {
        let f = Fixture::new();
        let path = f.file(file);
        std::fs::remove_file(&path).unwrap();
        match kind {
            "fifo" => assert!(std::process::Command::new("mkfifo")
                .arg(&path)
                .status()
                .unwrap()
                .success()),
            "dir" => std::fs::create_dir(&path).unwrap(),
            _ => std::os::unix::fs::symlink("nowhere.json", &path).unwrap(),
        }
        let root = f.knowledge();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(Library::load(&root).map(|_| ()).map_err(|e| e.to_string()));
        });
        // A guard, not a wait: the load returns in milliseconds unless it blocks on the pipe.
        let result = rx
            .recv_timeout(std::time::Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("loading with {kind} {file} blocked"));
        let err = result.expect_err("refused");
        assert!(
            err.contains(file) && err.contains(want),
            "{file} as {kind}: lacks {want:?}:\n{err}"
        );
    }
    // A symlink to a regular file is fine.
    let f = Fixture::new();
    let real = f.dir.path().join("actors-real.json");
    std::fs::rename(f.file("actors.json"), &real).unwrap();
    std::os::unix::fs::symlink(&real, f.file("actors.json")).unwrap();
    Library::load(&f.knowledge()).unwrap_or_else(|e| panic!("{e}"));
}

/// Every folder of the knowledge directory is a brief: an empty folder, one without brief.json
/// and a link that cannot be followed are errors naming the folder, not skipped in silence.
/// Hidden folders and plain files (README.md) are skipped.
#[cfg(unix)]
#[test]
fn folders_that_are_not_briefs_are_named() {
    type Maker = Box<dyn Fn(&std::path::Path)>;
    let cases: Vec<(&str, Maker, &str)> = vec![
        (
            "empty folder",
            Box::new(|k| std::fs::create_dir(k.join("new-brief")).unwrap()),
            "new-brief` is an empty folder",
        ),
        (
            "brief without brief.json",
            Box::new(|k| {
                std::fs::create_dir(k.join("half-brief")).unwrap();
                std::fs::write(k.join("half-brief/claims.json"), "[]").unwrap();
            }),
            "half-brief` has no brief.json although it has claims.json",
        ),
        (
            "folder of notes",
            Box::new(|k| {
                std::fs::create_dir(k.join("notes")).unwrap();
                std::fs::write(k.join("notes/todo.txt"), "later").unwrap();
            }),
            "notes` has no brief.json. Every folder",
        ),
        (
            "symlink loop",
            Box::new(|k| std::os::unix::fs::symlink("loop", k.join("loop")).unwrap()),
            "cannot follow `",
        ),
    ];
    for (name, make, want) in cases {
        let f = Fixture::new();
        make(&f.knowledge());
        let err = load_err(&f);
        assert!(err.contains(want), "case {name:?}: lacks {want:?}:\n{err}");
        assert_eq!(problem_count(&f), 1, "case {name:?}:\n{err}");
    }
    let f = Fixture::new();
    std::fs::create_dir(f.knowledge().join(".drafts")).unwrap();
    std::fs::write(f.knowledge().join("notes.txt"), "plain files are skipped").unwrap();
    Library::load(&f.knowledge()).unwrap_or_else(|e| panic!("{e}"));
}
