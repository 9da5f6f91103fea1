//! The curator's view of the log: `gaps` (what readers asked that the knowledge base could not
//! answer, or answered in a way they disliked) and `stats` (how much is asked and answered).
//! Both read rows through [`LogStore`] and do the grouping here, so SQLite and PostgreSQL
//! report exactly alike.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

use serde::Serialize;

use super::store::{LogStore, StoreError};
use super::{Question, Vote};

/// Words that carry no subject: "who is mashal" and "mashal?" ask about the same thing.
const FILLER: &[&str] = &[
    "a", "about", "an", "and", "are", "as", "at", "be", "brief", "can", "claim", "did", "do",
    "does", "for", "from", "has", "have", "how", "i", "in", "is", "it", "me", "of", "on", "or",
    "please", "said", "say", "says", "tell", "that", "the", "their", "there", "this", "to", "was",
    "were", "what", "whats", "when", "where", "which", "who", "whom", "whos", "why", "with",
];

/// How alike two questions' subjects must be (Jaro-Winkler, 0 to 1) to count as one gap:
/// enough for spelling variants of a name ("meshaal", "mashal"), not for different names.
const ALIKE: f64 = 0.85;

/// Nearest entries shown per gap.
const NEAREST: usize = 3;

/// The subject of a question: lower-case words without punctuation or filler words.
pub fn subject(query: &str) -> String {
    let lower = crate::text::fold_for_search(query);
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !FILLER.contains(w))
        .collect();
    if words.is_empty() {
        lower.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        words.join(" ")
    }
}

fn alike(a: &str, b: &str) -> bool {
    a == b || strsim::jaro_winkler(a, b) >= ALIKE
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Nearest {
    pub id: String,
    pub title: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Gap {
    /// The most common wording in the group.
    pub query: String,
    /// Distinct people who asked (and, for a down-voted answer, who voted it down).
    pub count: usize,
    /// `no_match` (nothing answered it) or `downvoted` (answered, and readers voted it down).
    pub outcome: &'static str,
    pub nearest: Vec<Nearest>,
    /// Other wordings grouped with it (text output only).
    #[serde(skip)]
    pub variants: Vec<String>,
    /// Times asked, counting repeats (text output only).
    #[serde(skip)]
    pub asked: usize,
    /// Why readers voted it down, most common first (text output only).
    #[serde(skip)]
    pub reasons: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct GapsReport {
    pub gaps: Vec<Gap>,
    #[serde(skip)]
    pub since_days: f64,
}

/// The votes on one answer (each reader's latest only, as the store keeps them).
#[derive(Default)]
struct Tally<'v> {
    up: usize,
    down: usize,
    reasons: Vec<String>,
    /// Who voted it down.
    down_voters: Vec<&'v str>,
}

fn tallies(votes: &[Vote]) -> HashMap<i64, Tally<'_>> {
    let mut t: HashMap<i64, Tally> = HashMap::new();
    for v in votes {
        let e = t.entry(v.question_id).or_default();
        if v.up {
            e.up += 1;
        } else {
            e.down += 1;
            e.down_voters.push(&v.user_hash);
            if let Some(r) = &v.reason {
                e.reasons.push(r.clone());
            }
        }
    }
    t
}

struct Group<'q> {
    outcome: &'static str,
    subject: String,
    members: Vec<&'q Question>,
    reasons: Vec<String>,
    /// Everyone the gap affected: who asked, and who voted the answer down.
    people: HashSet<&'q str>,
}

/// Groups unanswered and down-voted questions, near-duplicates together, ranked by how many
/// people they affected (who asked, and for a down-voted answer who voted it down).
pub fn gaps<'q>(questions: &'q [Question], votes: &'q [Vote], limit: usize) -> Vec<Gap> {
    let tallies = tallies(votes);
    let mut groups: Vec<Group<'q>> = Vec::new();
    for q in questions {
        let tally = tallies.get(&q.id);
        let outcome = if q.outcome == "no_match" {
            "no_match"
        } else {
            match tally {
                Some(t) if t.down > t.up => "downvoted",
                _ => continue,
            }
        };
        let s = subject(&q.query);
        let reasons = tally.map(|t| t.reasons.clone()).unwrap_or_default();
        let mut people: HashSet<&'q str> = HashSet::from([q.user_hash.as_str()]);
        if outcome == "downvoted" {
            people.extend(tally.map(|t| t.down_voters.clone()).unwrap_or_default());
        }
        match groups
            .iter_mut()
            .find(|g| g.outcome == outcome && alike(&g.subject, &s))
        {
            Some(g) => {
                g.members.push(q);
                g.reasons.extend(reasons);
                g.people.extend(people);
            }
            None => groups.push(Group {
                outcome,
                subject: s,
                members: vec![q],
                reasons,
                people,
            }),
        }
    }
    let mut gaps: Vec<(Gap, i64)> = groups.into_iter().map(|g| (gap(&g), latest(&g))).collect();
    // Most people first; then most asked; then most recent.
    gaps.sort_by(|(a, at), (b, bt)| {
        b.count
            .cmp(&a.count)
            .then(b.asked.cmp(&a.asked))
            .then(bt.cmp(at))
    });
    gaps.into_iter().take(limit).map(|(g, _)| g).collect()
}

fn latest(g: &Group) -> i64 {
    g.members.iter().map(|q| q.at).max().unwrap_or(0)
}

fn gap(g: &Group) -> Gap {
    let wordings = ranked(g.members.iter().map(|q| q.query.trim().to_string()));
    let mut nearest: Vec<(usize, f32, Nearest)> = Vec::new();
    for q in &g.members {
        for t in &q.top {
            match nearest.iter_mut().find(|n| n.2.id == t.id) {
                Some(n) => {
                    n.0 += 1;
                    n.1 = n.1.max(t.score);
                }
                None => nearest.push((
                    1,
                    t.score,
                    Nearest {
                        id: t.id.clone(),
                        title: t.title.clone(),
                    },
                )),
            }
        }
    }
    nearest.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)));
    Gap {
        query: wordings.first().cloned().unwrap_or_default(),
        count: g.people.len(),
        outcome: g.outcome,
        nearest: nearest.into_iter().take(NEAREST).map(|n| n.2).collect(),
        variants: wordings.into_iter().skip(1).take(5).collect(),
        asked: g.members.len(),
        reasons: ranked(g.reasons.iter().cloned()),
    }
}

/// Distinct values, most frequent first (ties in order of first appearance).
fn ranked(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for item in items {
        match counts
            .iter_mut()
            .find(|(s, _)| s.eq_ignore_ascii_case(&item))
        {
            Some(c) => c.1 += 1,
            None => counts.push((item, 1)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts.into_iter().map(|c| c.0).collect()
}

/// `briefbot gaps`: reads the log and groups it.
pub fn gaps_report(
    store: &mut dyn LogStore,
    since_secs: u64,
    brief: Option<&str>,
    limit: usize,
) -> Result<GapsReport, StoreError> {
    let since = super::now() - since_secs as i64;
    let questions = store.questions(since, brief)?;
    let votes = store.votes(since)?;
    Ok(GapsReport {
        gaps: gaps(&questions, &votes, limit),
        since_days: since_secs as f64 / 86_400.0,
    })
}

impl fmt::Display for GapsReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.gaps.is_empty() {
            return writeln!(
                f,
                "No unanswered or down-voted questions in the last {} days.",
                self.since_days
            );
        }
        writeln!(
            f,
            "What readers asked in the last {} days that the knowledge base did not answer well, most people first:\n",
            self.since_days
        )?;
        for (i, g) in self.gaps.iter().enumerate() {
            let people = if g.count == 1 { "person" } else { "people" };
            let what = match g.outcome {
                "no_match" => "not answered".to_string(),
                _ if g.reasons.is_empty() => "answered, voted down".to_string(),
                _ => format!("answered, voted down ({})", g.reasons.join(", ")),
            };
            writeln!(
                f,
                "{}. \"{}\" — {} {people}, asked {} times, {what}",
                i + 1,
                g.query,
                g.count,
                g.asked
            )?;
            if !g.variants.is_empty() {
                let v: Vec<String> = g.variants.iter().map(|v| format!("\"{v}\"")).collect();
                writeln!(f, "   also asked as: {}", v.join(", "))?;
            }
            if g.nearest.is_empty() {
                writeln!(f, "   nearest entries: none (a new entry is needed)")?;
            } else {
                let n: Vec<String> = g
                    .nearest
                    .iter()
                    .map(|n| format!("{} [{}]", n.title, n.id))
                    .collect();
                writeln!(f, "   nearest entries: {}", n.join("; "))?;
            }
        }
        Ok(())
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Day {
    pub day: String,
    pub questions: usize,
    pub answered: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct VoteCounts {
    pub up: usize,
    pub down: usize,
    /// Up votes over all votes; `null` without votes.
    pub up_ratio: Option<f64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct EntryCount {
    pub id: String,
    pub title: String,
    pub count: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct StatsReport {
    pub since_days: f64,
    pub questions: usize,
    pub answered: usize,
    /// Answered over all questions; `null` without questions.
    pub answer_rate: Option<f64>,
    pub people: usize,
    pub per_day: Vec<Day>,
    pub votes: VoteCounts,
    /// The entries that answered most often (the top entry of answered questions).
    pub top_entries: Vec<EntryCount>,
}

pub fn stats(questions: &[Question], votes: &[Vote], since_days: f64) -> StatsReport {
    let mut per_day: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut entries: HashMap<&str, (usize, &str)> = HashMap::new();
    let mut answered = 0;
    for q in questions {
        let ok = q.outcome == "answered";
        let d = per_day.entry(day(q.at)).or_default();
        d.0 += 1;
        if ok {
            d.1 += 1;
            answered += 1;
            if let Some(t) = q.top.first() {
                entries.entry(&t.id).or_insert((0, &t.title)).0 += 1;
            }
        }
    }
    let mut top: Vec<EntryCount> = entries
        .into_iter()
        .map(|(id, (count, title))| EntryCount {
            id: id.to_string(),
            title: title.to_string(),
            count,
        })
        .collect();
    top.sort_by(|a, b| b.count.cmp(&a.count).then(a.id.cmp(&b.id)));
    top.truncate(10);
    let up = votes.iter().filter(|v| v.up).count();
    let down = votes.len() - up;
    StatsReport {
        since_days,
        questions: questions.len(),
        answered,
        answer_rate: (!questions.is_empty()).then(|| answered as f64 / questions.len() as f64),
        people: questions
            .iter()
            .map(|q| q.user_hash.as_str())
            .collect::<HashSet<_>>()
            .len(),
        per_day: per_day
            .into_iter()
            .map(|(day, (questions, answered))| Day {
                day,
                questions,
                answered,
            })
            .collect(),
        votes: VoteCounts {
            up,
            down,
            up_ratio: (up + down > 0).then(|| up as f64 / (up + down) as f64),
        },
        top_entries: top,
    }
}

/// `briefbot stats`: reads the log and sums it up.
pub fn stats_report(
    store: &mut dyn LogStore,
    since_secs: u64,
    brief: Option<&str>,
) -> Result<StatsReport, StoreError> {
    let since = super::now() - since_secs as i64;
    let questions = store.questions(since, brief)?;
    let votes = store.votes(since)?;
    Ok(stats(&questions, &votes, since_secs as f64 / 86_400.0))
}

impl fmt::Display for StatsReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pct = |x: Option<f64>| x.map_or("—".to_string(), |x| format!("{:.0}%", x * 100.0));
        writeln!(
            f,
            "Last {} days: {} questions from {} people, {} answered ({})",
            self.since_days,
            self.questions,
            self.people,
            self.answered,
            pct(self.answer_rate)
        )?;
        writeln!(
            f,
            "Votes: {} 👍, {} 👎 ({} up)",
            self.votes.up,
            self.votes.down,
            pct(self.votes.up_ratio)
        )?;
        if !self.per_day.is_empty() {
            writeln!(f, "\nQuestions per day:")?;
            for d in &self.per_day {
                writeln!(
                    f,
                    "  {}  {:>5}  ({} answered)",
                    d.day, d.questions, d.answered
                )?;
            }
        }
        if !self.top_entries.is_empty() {
            writeln!(f, "\nMost-asked entries:")?;
            for e in &self.top_entries {
                writeln!(f, "  {:>5}  {} [{}]", e.count, e.title, e.id)?;
            }
        }
        Ok(())
    }
}

/// A Unix time's UTC date, `YYYY-MM-DD` (Howard Hinnant's days-to-civil algorithm).
pub fn day(unix: i64) -> String {
    let z = unix.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Reads `--since`: `30d`, `12h`, `2w`, or a bare number of days.
pub fn parse_since(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (n, unit) = match s.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => (&s[..i], &s[i..]),
        None => (s, "d"),
    };
    let n: u64 = n
        .parse()
        .map_err(|_| format!("`{s}` is not a period; write it as 30d, 12h or 2w"))?;
    let unit = match unit {
        "h" => 3600,
        "d" => 86_400,
        "w" => 7 * 86_400,
        _ => return Err(format!("`{s}` is not a period; write it as 30d, 12h or 2w")),
    };
    n.checked_mul(unit).filter(|&secs| secs > 0).ok_or_else(|| {
        format!("`{s}` is not a period of at least an hour; write it as 30d, 12h or 2w")
    })
}

#[cfg(test)]
mod tests {
    use super::super::TopEntry;
    use super::*;

    fn q(id: i64, query: &str, outcome: &str, user: &str, top: &[(&str, &str)]) -> Question {
        Question {
            id,
            at: 1_700_000_000 + id,
            command: "ask".into(),
            query: query.into(),
            brief: None,
            outcome: outcome.into(),
            top: top
                .iter()
                .map(|(id, title)| TopEntry {
                    id: id.to_string(),
                    brief: "b".into(),
                    title: title.to_string(),
                    score: 0.4,
                })
                .collect(),
            latency_us: 100,
            guild: None,
            user_hash: user.into(),
        }
    }

    fn vote(question_id: i64, user: &str, up: bool) -> Vote {
        Vote {
            question_id,
            user_hash: user.into(),
            up,
            reason: (!up).then(|| "wrong_entry".to_string()),
            at: 1_700_000_100,
        }
    }

    #[test]
    fn near_duplicates_are_one_gap_ranked_by_people() {
        let mashal = [("khaled-mashal", "Khaled Mashal")];
        let questions = vec![
            q(1, "who is meshaal", "no_match", "u1", &mashal),
            q(2, "who is mashal?", "no_match", "u2", &mashal),
            q(3, "Who is Meshaal", "no_match", "u3", &mashal),
            q(4, "who is meshaal", "no_match", "u1", &mashal),
            q(5, "hezbollah", "no_match", "u4", &[]),
            q(
                6,
                "wagner trained hamas",
                "answered",
                "u5",
                &[("w", "Wagner")],
            ),
            q(
                7,
                "who is putin",
                "answered",
                "u6",
                &[("putin", "Vladimir Putin")],
            ),
            q(
                8,
                "who is putin",
                "answered",
                "u7",
                &[("putin", "Vladimir Putin")],
            ),
        ];
        let votes = vec![
            vote(6, "u1", false),
            vote(6, "u2", false),
            vote(6, "u3", true),
            vote(7, "u1", true),
            vote(8, "u2", false),
            vote(8, "u3", true),
        ];
        let gaps = gaps(&questions, &votes, 10);
        let summary: Vec<(&str, usize, &str)> = gaps
            .iter()
            .map(|g| (g.query.as_str(), g.count, g.outcome))
            .collect();
        assert_eq!(
            summary,
            vec![
                ("who is meshaal", 3, "no_match"),
                ("wagner trained hamas", 3, "downvoted"),
                ("hezbollah", 1, "no_match"),
            ],
            "the asker and the two down-voters count; a tie goes to the most asked; a tied \
             vote is no gap"
        );
        assert_eq!(gaps[0].asked, 4);
        assert_eq!(gaps[0].variants, vec!["who is mashal?".to_string()]);
        assert_eq!(gaps[0].nearest[0].id, "khaled-mashal");
        assert_eq!(gaps[1].reasons, vec!["wrong_entry".to_string()]);
        let json = serde_json::to_value(GapsReport {
            gaps: gaps.clone(),
            since_days: 30.0,
        })
        .unwrap();
        assert_eq!(
            json["gaps"][0],
            serde_json::json!({"query": "who is meshaal", "count": 3, "outcome": "no_match",
                "nearest": [{"id": "khaled-mashal", "title": "Khaled Mashal"}]})
        );
    }

    #[test]
    fn subjects_drop_filler_and_tell_names_apart() {
        // (a, b, same gap?)
        let cases = [
            ("who is meshaal", "who is mashal?", true),
            ("who is meshaal", "MESHAAL", true),
            ("tell me about abu marzouk", "abu marzook", true),
            ("who is meshaal", "who is putin", false),
            ("hezbollah", "hamas", false),
            ("when did russia veto", "what is wagner", false),
        ];
        for (a, b, same) in cases {
            assert_eq!(alike(&subject(a), &subject(b)), same, "{a} / {b}");
        }
    }

    #[test]
    fn stats_count_days_rates_votes_and_entries() {
        let questions = vec![
            q(1, "a", "answered", "u1", &[("x", "X")]),
            q(2, "b", "answered", "u2", &[("x", "X")]),
            q(3, "c", "no_match", "u1", &[]),
            q(86_400, "d", "answered", "u3", &[("y", "Y")]),
        ];
        let votes = vec![
            vote(1, "u1", true),
            vote(2, "u1", true),
            vote(2, "u2", false),
        ];
        let s = stats(&questions, &votes, 30.0);
        assert_eq!((s.questions, s.answered, s.people), (4, 3, 3));
        assert_eq!(s.answer_rate, Some(0.75));
        assert_eq!((s.votes.up, s.votes.down), (2, 1));
        let days: Vec<(&str, usize)> = s
            .per_day
            .iter()
            .map(|d| (d.day.as_str(), d.questions))
            .collect();
        assert_eq!(days, vec![("2023-11-14", 3), ("2023-11-15", 1)]);
        assert_eq!(
            (s.top_entries[0].id.as_str(), s.top_entries[0].count),
            ("x", 2)
        );
    }

    #[test]
    fn periods_and_days() {
        // (given, seconds or error)
        let cases: [(&str, Option<u64>); 7] = [
            ("30d", Some(30 * 86_400)),
            ("12h", Some(12 * 3600)),
            ("2w", Some(14 * 86_400)),
            ("7", Some(7 * 86_400)),
            ("0d", None),
            ("d", None),
            ("3y", None),
        ];
        for (given, want) in cases {
            assert_eq!(parse_since(given).ok(), want, "{given}");
        }
        assert_eq!(day(0), "1970-01-01");
        assert_eq!(day(1_700_000_000), "2023-11-14");
        assert_eq!(day(951_782_400), "2000-02-29");
    }
}
