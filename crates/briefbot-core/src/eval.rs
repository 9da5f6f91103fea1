//! `briefbot eval FILE.jsonl`: measures answers against cases that say what a correct answer
//! must contain.
//!
//! A case expects phrases (one must appear in the top result's title or cited quotes), optionally
//! a date (the top result's) and a verdict (the top result's), or `"no_match"` where the brief
//! has no answer.

use std::collections::BTreeMap;
use std::fmt::{self, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::answer::{Answer, Hit, Outcome};
use crate::commands::{Options, Request};
use crate::engine::Engine;
use crate::text::fold_for_quote;

#[derive(Debug, Deserialize)]
pub struct Case {
    pub id: String,
    pub command: String,
    pub query: String,
    pub expect: Expect,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub verdict: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Expect {
    Phrases(Vec<String>),
    /// Only `"no_match"` is meaningful.
    Tag(String),
}

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read `{path}`: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}:{line}: not a valid case: {message}")]
    Case {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{path}: no cases; the file must hold one JSON case per line")]
    Empty { path: String },
}

pub fn read_cases(path: &Path) -> Result<Vec<Case>, EvalError> {
    let p = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: p.clone(),
        source,
    })?;
    let mut cases = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let case: Case = serde_json::from_str(line).map_err(|e| EvalError::Case {
            path: p.clone(),
            line: i + 1,
            message: e.to_string(),
        })?;
        if let Expect::Tag(t) = &case.expect {
            if t != "no_match" {
                return Err(EvalError::Case {
                    path: p,
                    line: i + 1,
                    message: format!("`expect` is a list of phrases or \"no_match\", not {t:?}"),
                });
            }
        }
        cases.push(case);
    }
    if cases.is_empty() {
        return Err(EvalError::Empty { path: p });
    }
    Ok(cases)
}

/// Figures for one command (or all).
#[derive(Debug, Default, Clone, Serialize)]
pub struct Figures {
    pub cases: usize,
    pub answerable: usize,
    pub top1: usize,
    pub top3: usize,
    pub no_match_cases: usize,
    pub abstained_correctly: usize,
    /// Answerable cases the engine wrongly refused.
    pub false_abstentions: usize,
    pub verdict_cases: usize,
    pub verdict_correct: usize,
    pub errors: usize,
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        1.0
    } else {
        n as f64 / d as f64
    }
}

impl Figures {
    pub fn top1_rate(&self) -> f64 {
        ratio(self.top1, self.answerable)
    }
    pub fn top3_rate(&self) -> f64 {
        ratio(self.top3, self.answerable)
    }
    pub fn abstention_rate(&self) -> f64 {
        ratio(self.abstained_correctly, self.no_match_cases)
    }
    pub fn verdict_rate(&self) -> f64 {
        ratio(self.verdict_correct, self.verdict_cases)
    }

    fn add(&mut self, o: &Figures) {
        self.cases += o.cases;
        self.answerable += o.answerable;
        self.top1 += o.top1;
        self.top3 += o.top3;
        self.no_match_cases += o.no_match_cases;
        self.abstained_correctly += o.abstained_correctly;
        self.false_abstentions += o.false_abstentions;
        self.verdict_cases += o.verdict_cases;
        self.verdict_correct += o.verdict_correct;
        self.errors += o.errors;
    }
}

#[derive(Debug, Serialize)]
pub struct Failure {
    pub id: String,
    pub command: String,
    pub query: String,
    pub problem: String,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub per_command: BTreeMap<String, Figures>,
    pub overall: Figures,
    pub failures: Vec<Failure>,
}

fn contains_phrase(title: &str, quotes: &[&str], phrases: &[String]) -> bool {
    let norm = |s: &str| fold_for_quote(s).to_lowercase();
    let hay: Vec<String> = std::iter::once(norm(title))
        .chain(quotes.iter().map(|q| norm(q)))
        .collect();
    phrases.iter().any(|p| {
        let p = norm(p);
        hay.iter().any(|h| h.contains(&p))
    })
}

/// Whether a result with this title, these cited quotes and this date (ISO, as [`Hit::date`]) is
/// what `case` expects: one of `phrases` appears in the title or a quote, compared with case and
/// typography folded, and the date is the case's when it gives one. The engine's hits are judged
/// by it, and so is any other ranking compared with the engine (`briefbot bench-eval`), from the
/// entry each of its results names, so both are held to exactly the same rule.
pub fn shows_expected(
    title: &str,
    quotes: &[&str],
    date: Option<&str>,
    case: &Case,
    phrases: &[String],
) -> bool {
    contains_phrase(title, quotes, phrases) && case.date.as_deref().is_none_or(|d| date == Some(d))
}

fn hit_ok(hit: &Hit, case: &Case, phrases: &[String]) -> bool {
    let quotes: Vec<&str> = hit.citations.iter().map(|c| c.quote.as_str()).collect();
    shows_expected(&hit.title, &quotes, hit.date.as_deref(), case, phrases)
}

/// The request a case's command and query make; `None` for a command that is not one of the
/// four searches.
pub fn request(case: &Case) -> Option<Request> {
    let q = case.query.clone();
    Some(match case.command.as_str() {
        "timeline" => Request::Timeline(Some(q).filter(|q| !q.trim().is_empty())),
        "actor" => Request::Actor(q),
        "claim" => Request::Claim(q),
        "ask" => Request::Ask(q),
        _ => return None,
    })
}

pub fn evaluate(engine: &Engine, cases: &[Case], options: &Options) -> Report {
    let mut per_command: BTreeMap<String, Figures> = BTreeMap::new();
    let mut failures = Vec::new();
    for case in cases {
        let f = per_command.entry(case.command.clone()).or_default();
        f.cases += 1;
        let fail = |problem: String| Failure {
            id: case.id.clone(),
            command: case.command.clone(),
            query: case.query.clone(),
            problem,
        };
        let answer: Answer = match request(case).map(|r| engine.answer(&r, options)) {
            Some(Ok(a)) => a,
            Some(Err(e)) => {
                f.errors += 1;
                failures.push(fail(format!("error: {e}")));
                continue;
            }
            None => {
                f.errors += 1;
                failures.push(fail(format!("unknown command `{}`", case.command)));
                continue;
            }
        };
        let top = answer.results.first();
        let describe_top = || {
            top.map(|h| format!("top was `{}` ({:.2}) \"{}\"", h.id, h.score, h.title))
                .unwrap_or_else(|| {
                    let s: Vec<String> = answer
                        .suggestions
                        .iter()
                        .map(|s| format!("{} ({:.2})", s.id, s.score))
                        .collect();
                    format!("no match; suggestions: {}", s.join(", "))
                })
        };
        match &case.expect {
            Expect::Tag(_) => {
                f.no_match_cases += 1;
                if answer.outcome == Outcome::NoMatch {
                    f.abstained_correctly += 1;
                } else {
                    failures.push(fail(format!("expected no_match, {}", describe_top())));
                }
            }
            Expect::Phrases(phrases) => {
                f.answerable += 1;
                if answer.outcome == Outcome::NoMatch {
                    f.false_abstentions += 1;
                }
                let ok1 = top.is_some_and(|h| hit_ok(h, case, phrases));
                let ok3 = answer
                    .results
                    .iter()
                    .take(3)
                    .any(|h| hit_ok(h, case, phrases));
                f.top1 += usize::from(ok1);
                f.top3 += usize::from(ok3);
                if !ok1 {
                    failures.push(fail(format!("expected {phrases:?}, {}", describe_top())));
                }
            }
        }
        if let Some(v) = &case.verdict {
            f.verdict_cases += 1;
            let got = top.and_then(|h| h.verdict).map(|v| v.as_str());
            if got == Some(v.as_str()) {
                f.verdict_correct += 1;
            } else {
                failures.push(fail(format!("expected verdict {v}, got {got:?}")));
            }
        }
    }
    let mut overall = Figures::default();
    for f in per_command.values() {
        overall.add(f);
    }
    Report {
        per_command,
        overall,
        failures,
    }
}

impl fmt::Display for Report {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{:<10} {:>5} {:>7} {:>7} {:>11} {:>9} {:>7}",
            "command", "cases", "top-1", "top-3", "abstention", "verdict", "errors"
        );
        let row = |s: &mut String, name: &str, f: &Figures| {
            let _ = writeln!(
                s,
                "{:<10} {:>5} {:>7.3} {:>7.3} {:>11} {:>9} {:>7}",
                name,
                f.cases,
                f.top1_rate(),
                f.top3_rate(),
                if f.no_match_cases == 0 {
                    "-".to_string()
                } else {
                    format!("{:.3}", f.abstention_rate())
                },
                if f.verdict_cases == 0 {
                    "-".to_string()
                } else {
                    format!("{:.3}", f.verdict_rate())
                },
                f.errors
            );
        };
        for (name, f) in &self.per_command {
            row(&mut s, name, f);
        }
        row(&mut s, "overall", &self.overall);
        let o = &self.overall;
        let _ = writeln!(
            s,
            "\ntop-1 {}/{} answerable, abstention {}/{} no-match cases, {} false abstentions, verdict {}/{}",
            o.top1, o.answerable, o.abstained_correctly, o.no_match_cases, o.false_abstentions, o.verdict_correct, o.verdict_cases
        );
        if !self.failures.is_empty() {
            let _ = writeln!(s, "\nfailures:");
            for f in &self.failures {
                let _ = writeln!(
                    s,
                    "  {} [{} \"{}\"]: {}",
                    f.id, f.command, f.query, f.problem
                );
            }
        }
        out.write_str(&s)
    }
}
