//! Understanding dates in queries: "Oct 25", "25 October", "October 25th, 2023", "2023-10-25",
//! "25/10/2023", "2014", "the 1990s", and misspelt months such as "octber".

use crate::kb::date::{day_number, days_in_month, Point};

/// A date a user asked about, at the precision they gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateQuery {
    Exact(Point),
    /// A day with no year ("Oct 25"): matches that day in any year.
    MonthDay(u8, u8),
    /// A month with no year ("in October").
    MonthOnly(u8),
    /// A day of the month with neither month nor year ("the 16th, what happened"): chat names
    /// a day of the story's month so. It matches that day of any month.
    DayOnly(u8),
}

impl DateQuery {
    /// How well an event spanning `(start, end)` days, given at `precision`, matches. 1.0 is an
    /// exact hit; lower values are the event containing the asked date more loosely (a month
    /// event for a day query), or an approximate date near it. `None` is no match.
    pub fn matches(self, span: (i64, i64), approximate: bool) -> Option<f32> {
        if let DateQuery::DayOnly(d) = self {
            return (1..=12)
                .filter_map(|m| DateQuery::MonthDay(m, d).matches(span, approximate))
                .reduce(f32::max);
        }
        // The asked periods: one for a full date, one per year the event touches otherwise. No
        // allocation: this runs for every candidate event of a date query.
        let periods = |y: i32| -> Option<(i64, i64)> {
            match self {
                DateQuery::Exact(p) => Some((p.first_day(), p.last_day())),
                DateQuery::MonthDay(m, d) => {
                    (d <= days_in_month(y, m)).then(|| (day_number(y, m, d), day_number(y, m, d)))
                }
                DateQuery::MonthOnly(m) => {
                    Some((day_number(y, m, 1), day_number(y, m, days_in_month(y, m))))
                }
                // Read month by month above.
                DateQuery::DayOnly(_) => None,
            }
        };
        let years = match self {
            DateQuery::Exact(_) => 0..=0,
            _ => years_of(span),
        };
        let (start, end) = span;
        let event_len = (end - start + 1) as f32;
        let mut best: Option<f32> = None;
        for (qs, qe) in years.filter_map(periods) {
            let query_len = (qe - qs + 1) as f32;
            let score = if approximate && event_len <= 1.0 {
                // An implied day ("about a week after October 7") matches days near it, but
                // not the better part of a week away: "in the aftermath of October 29", placed
                // on the 30th, says nothing of October 27.
                let gap = (qs - end).max(start - qe).max(0);
                (gap <= 2).then_some(0.8 - 0.05 * gap as f32)
            } else if qs <= start && end <= qe {
                // The event lies within the asked period: an exact answer.
                Some(if approximate { 0.8 } else { 1.0 })
            } else if qs <= end && start <= qe && event_len <= 3.0 * query_len {
                // The event overlaps the asked period and is not much longer ("2008" for
                // Operation Cast Lead, 2008-2009).
                Some(if approximate { 0.6 } else { 0.7 })
            } else {
                // An event that merely contains the asked day ("in 2014" for "July 4, 2014")
                // does not say anything happened on it.
                None
            };
            best = match (best, score) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            };
        }
        best
    }

    /// A rough day number for finding the nearest events when nothing matches, in the year (and,
    /// for a day alone, the month) of the reference date, the brief's publication.
    pub fn anchor_day(self, reference_year: i32, reference_month: u8) -> i64 {
        match self {
            DateQuery::DayOnly(d) => day_number(
                reference_year,
                reference_month,
                d.min(days_in_month(reference_year, reference_month)),
            ),
            DateQuery::Exact(p) => p.first_day(),
            DateQuery::MonthDay(m, d) => {
                day_number(reference_year, m, d.min(days_in_month(reference_year, m)))
            }
            DateQuery::MonthOnly(m) => day_number(reference_year, m, 1),
        }
    }

    pub fn describe(self) -> String {
        use crate::kb::date::MONTH_NAMES;
        match self {
            DateQuery::Exact(p) => p.human(),
            DateQuery::MonthDay(m, d) => format!("{} {d}", MONTH_NAMES[usize::from(m) - 1]),
            DateQuery::MonthOnly(m) => MONTH_NAMES[usize::from(m) - 1].to_string(),
            DateQuery::DayOnly(d) => format!("the {d}{} of the month", ordinal_suffix(d)),
        }
    }
}

/// The English ordinal ending of a day: 1st, 2nd, 3rd, 11th, 22nd.
fn ordinal_suffix(d: u8) -> &'static str {
    match (d % 10, d % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

fn years_of(span: (i64, i64)) -> std::ops::RangeInclusive<i32> {
    // Day numbers count from year 0 March 1; 365.2425 days a year is close enough to bound it.
    let first = (span.0 as f64 / 365.2425) as i32 - 1;
    let last = (span.1 as f64 / 365.2425) as i32 + 1;
    first.max(1)..=last
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether `word` (lower case) is a month's name or its abbreviation, spelt right: the strict
/// test for text the brief wrote, where a misspelling is not to be forgiven.
pub(crate) fn is_month_name(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    w == "sept"
        || MONTHS
            .iter()
            .any(|name| w == *name || (w.len() >= 3 && name.starts_with(w)))
}

/// Recognises a month word, including abbreviations and small misspellings. Words that are also
/// ordinary English ("may", "march") count only when `strict` is false, that is, when a day or
/// year stands next to them.
fn month_of(word: &str, strict: bool) -> Option<u8> {
    let w = word.trim_end_matches('.');
    for (i, name) in MONTHS.iter().enumerate() {
        let m = (i + 1) as u8;
        if w == *name || (w.len() >= 3 && name.starts_with(w)) {
            if strict && (m == 3 || m == 5) {
                return None;
            }
            return Some(m);
        }
    }
    if w == "sept" {
        return Some(9);
    }
    // "september" has nine letters; a word more than two letters longer is no misspelt month,
    // and skipping it keeps the comparison's cost independent of what was typed.
    if (5..=11).contains(&w.len()) && w.chars().all(|c| c.is_ascii_alphabetic()) {
        let mut best: Option<(usize, u8)> = None;
        for (i, name) in MONTHS.iter().enumerate() {
            let limit = if name.len() >= 7 && w.len() >= 6 {
                2
            } else {
                1
            };
            // Most words are far from every month by their letters alone: the full comparison,
            // which allocates, is only made for words that could be within `limit` edits.
            if letter_gap(w, name) > limit {
                continue;
            }
            let d = strsim::damerau_levenshtein(w, name);
            if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, (i + 1) as u8));
            }
        }
        if let Some((_, m)) = best {
            if !(strict && (m == 3 || m == 5)) {
                return Some(m);
            }
        }
    }
    None
}

/// A lower bound on the edit distance between two ASCII words: the letters one has beyond the
/// other's, counted with repeats. An insertion, deletion or substitution removes at most one
/// such letter from each side and a transposition none, so no fewer edits can turn one word
/// into the other.
fn letter_gap(a: &str, b: &str) -> usize {
    let mut count = [0i32; 26];
    for c in a.bytes().filter(u8::is_ascii_alphabetic) {
        count[usize::from(c.to_ascii_lowercase() - b'a')] += 1;
    }
    for c in b.bytes().filter(u8::is_ascii_alphabetic) {
        count[usize::from(c.to_ascii_lowercase() - b'a')] -= 1;
    }
    let surplus = |sign: i32| {
        count
            .iter()
            .map(|&n| (n * sign).max(0) as usize)
            .sum::<usize>()
    };
    surplus(1).max(surplus(-1))
}

fn day_of(word: &str) -> Option<u8> {
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .unwrap_or(word);
    if digits.is_empty() || digits.len() > 2 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    match digits.parse() {
        Ok(d @ 1..=31) => Some(d),
        _ => None,
    }
}

fn year_of(word: &str) -> Option<i32> {
    if word.len() == 4 && word.chars().all(|c| c.is_ascii_digit()) {
        let y: i32 = word.parse().ok()?;
        (1800..=2199).contains(&y).then_some(y)
    } else {
        None
    }
}

/// The year a reader means by two digits ("'08", "the 90s"): this century up to 29, the last
/// one from 30.
pub(crate) fn full_year(yy: u32) -> i32 {
    let yy = yy as i32;
    if yy >= 30 {
        1900 + yy
    } else {
        2000 + yy
    }
}

/// The first year of the decade a word names ("1990s", "90s", "'90s", "nineties").
pub(crate) fn decade_of(word: &str) -> Option<i32> {
    // Decades in words ("the nineties") are the last century's: a reader says "the 2010s",
    // not "the tens".
    const WORDS: &[(&str, i32)] = &[
        ("fifties", 1950),
        ("sixties", 1960),
        ("seventies", 1970),
        ("eighties", 1980),
        ("nineties", 1990),
    ];
    if let Some(&(_, d)) = WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)) {
        return Some(d);
    }
    let d = word.strip_suffix("s")?.trim_end_matches('\'');
    match d.len() {
        4 => year_of(d).filter(|y| y % 10 == 0),
        2 if d.chars().all(|c| c.is_ascii_digit()) => {
            let y: u32 = d.parse().ok()?;
            y.is_multiple_of(10).then_some(full_year(y))
        }
        _ => None,
    }
}

/// Numeric dates: `2023-10-25`, `2023-10`, `25/10/2023`, `10/25/2023` (when unambiguous),
/// `25.10.2023`.
fn numeric_date(word: &str) -> Option<Point> {
    if let Ok(p) = Point::parse(word) {
        if matches!(p, Point::Day(..) | Point::Month(..)) {
            return Some(p);
        }
    }
    let parts: Vec<&str> = word.split(['/', '.']).collect();
    if parts.len() == 3 {
        let (a, b) = (parts[0].parse::<u8>().ok()?, parts[1].parse::<u8>().ok()?);
        let y = match parts[2].len() {
            4 => parts[2].parse().ok()?,
            2 => 2000 + parts[2].parse::<i32>().ok()?,
            _ => return None,
        };
        // Day first is the brief's (and most of the world's) convention; month first only when
        // the first number cannot be a month.
        let (d, m) = if b <= 12 { (a, b) } else { (b, a) };
        return Point::parse(&format!("{y:04}-{m:02}-{d:02}")).ok();
    }
    None
}

/// Two consecutive years written as a range, `2008-09`, `2008-2009` or `08-09`: the first year,
/// which an event of both years overlaps. Read as a month, "2008-09" would be September 2008,
/// which is not what a reader means by the years of a war.
fn year_pair(word: &str) -> Option<i32> {
    let (a, b) = word.split_once(['-', '\u{2013}'])?;
    if !a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let first: i32 = match a.len() {
        4 => a.parse().ok()?,
        // "08-09" is two years only when it cannot be a day: a leading zero or more than 31.
        2 => {
            let yy: u32 = a.parse().ok()?;
            if !a.starts_with('0') && yy <= 31 {
                return None;
            }
            full_year(yy)
        }
        _ => return None,
    };
    let second: i32 = match b.len() {
        4 => b.parse().ok()?,
        2 => first - first % 100 + b.parse::<i32>().ok()?,
        _ => return None,
    };
    (second == first + 1).then_some(first)
}

/// A day and month in figures with no year, as chat writes them: `16/10` and `16.10` (day first),
/// `10/29` (month first, since 29 cannot be a month). When both numbers could be the month
/// (`8/10`), the day comes first, as in the numeric dates above. "9/11" is the name of the 2001
/// attacks, not a day of November. Decimals are not dates: the dotted form needs two figures
/// after the dot ("2.5 million" is not May 2).
fn numeric_month_day(word: &str) -> Option<DateQuery> {
    let (a, b) = word.split_once(['/', '.'])?;
    let digits = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    if !digits(a) || !digits(b) || (word.contains('.') && b.len() != 2) || word == "9/11" {
        return None;
    }
    let (x, y): (u8, u8) = (a.parse().ok()?, b.parse().ok()?);
    let (d, m) = match (x, y) {
        (x, y) if (1..=12).contains(&y) => (x, y),
        // Month first only with a slash: "3.14" is a number.
        (x, y) if y > 12 && (1..=12).contains(&x) && word.contains('/') => (y, x),
        _ => return None,
    };
    (1..=days_in_month(2024, m))
        .contains(&d)
        .then_some(DateQuery::MonthDay(m, d))
}

/// The other reading of the first date a query writes in figures with a slash when both of
/// its first numbers could be the month: `10/7` and `10/7/2023` are read day first, 10 July,
/// and this gives 7 October, which an American writes so. The timeline tries it when the brief
/// has nothing on the first reading.
pub fn month_first_reading(query: &str) -> Option<DateQuery> {
    let folded = crate::text::fold_for_search(query);
    let word = folded
        .split(|c: char| !(c.is_ascii_digit() || c == '/' || c == '.'))
        .map(|w| w.trim_matches('.'))
        .find(|w| {
            w.contains('/') && (numeric_month_day(w).is_some() || numeric_date(w).is_some())
        })?;
    match numeric_month_day(word) {
        Some(DateQuery::MonthDay(m, d)) if d <= 12 && d != m => Some(DateQuery::MonthDay(d, m)),
        Some(_) => None,
        None => match numeric_date(word)? {
            Point::Day(y, m, d) if d <= 12 && d != m => {
                Point::parse(&format!("{y:04}-{d:02}-{m:02}"))
                    .ok()
                    .map(DateQuery::Exact)
            }
            _ => None,
        },
    }
}

/// Nouns an ordinal counts when it is not a day: "the 20th century", "the 5th round".
const NOT_DAYS: &[&str] = &[
    "century",
    "centuries",
    "anniversary",
    "time",
    "times",
    "place",
    "floor",
    "round",
    "day",
    "week",
    "month",
    "year",
    "birthday",
    "amendment",
    "congress",
    "session",
    "division",
    "brigade",
    "army",
    "fleet",
    "largest",
    "biggest",
    "most",
    "percentile",
    "grade",
    "edition",
    "paragraph",
    "para",
];

/// Finds the first date expression in a query. Returns it with the query's remaining words, so
/// "2006 elections" searches for "elections" among events of 2006.
pub fn extract(query: &str) -> Option<(DateQuery, String)> {
    let folded = crate::text::fold_for_search(query);
    let words: Vec<&str> = folded
        .split(|c: char| {
            c.is_whitespace() || c == ',' || c == '?' || c == '!' || c == '(' || c == ')'
        })
        .map(|w| w.trim_matches(|c: char| c == '\'' || c == '"'))
        .filter(|w| !w.is_empty())
        .collect();
    let rest = |used: &[usize]| -> String {
        words
            .iter()
            .enumerate()
            .filter(|(i, _)| !used.contains(i))
            .map(|(_, w)| *w)
            .collect::<Vec<_>>()
            .join(" ")
    };
    for (i, w) in words.iter().enumerate() {
        if let Some(y) = year_pair(w) {
            return Some((DateQuery::Exact(Point::Year(y)), rest(&[i])));
        }
        if let Some(p) = numeric_date(w) {
            return Some((DateQuery::Exact(p), rest(&[i])));
        }
        if let Some(q) = numeric_month_day(w) {
            return Some((q, rest(&[i])));
        }
    }
    // "October 25[th][,] [2023]", "25[th] [of] October [2023]", "October 2023", "October".
    for (i, w) in words.iter().enumerate() {
        let next = words.get(i + 1).copied();
        let prev = i.checked_sub(1).map(|j| words[j]);
        let prev2 = i.checked_sub(2).map(|j| words[j]);
        let has_number_near = next.is_some_and(|n| day_of(n).is_some() || year_of(n).is_some())
            || prev.is_some_and(|p| day_of(p).is_some())
            || (prev == Some("of") && prev2.is_some_and(|p| day_of(p).is_some()));
        let Some(m) = month_of(w, !has_number_near) else {
            continue;
        };
        let mut used = vec![i];
        let mut day = None;
        if let Some(d) = next.and_then(day_of) {
            day = Some(d);
            used.push(i + 1);
        } else if let Some(d) = prev.and_then(day_of) {
            day = Some(d);
            used.push(i - 1);
        } else if prev == Some("of") {
            if let Some(d) = prev2.and_then(day_of) {
                day = Some(d);
                used.extend([i - 1, i - 2]);
            }
        }
        let year_at = if day.is_some() && used.contains(&(i + 1)) {
            i + 2
        } else {
            i + 1
        };
        let year = words.get(year_at).and_then(|w| year_of(w));
        if year.is_some() {
            used.push(year_at);
        }
        let q = match (day, year) {
            (Some(d), Some(y)) => {
                DateQuery::Exact(Point::parse(&format!("{y:04}-{m:02}-{d:02}")).ok()?)
            }
            (Some(d), None) => {
                if d > days_in_month(2024, m) {
                    return None;
                }
                DateQuery::MonthDay(m, d)
            }
            (None, Some(y)) => DateQuery::Exact(Point::Month(y, m)),
            (None, None) => DateQuery::MonthOnly(m),
        };
        return Some((q, rest(&used)));
    }
    // "The 16th": a day alone, written as an ordinal after "the", as chat names a day of the
    // month the story is in. Only at the end of the question or before a small word ("the
    // 16th, what happened"): before a noun it counts the noun ("the 2nd delegation", "the 20th
    // century").
    for (i, w) in words.iter().enumerate() {
        let ordinal = ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s));
        let next = words
            .get(i + 1)
            .map(|n| n.trim_end_matches(['.', ';', ':']).to_lowercase());
        let alone = next
            .as_deref()
            .is_none_or(|n| !NOT_DAYS.contains(&n) && crate::text::is_stop_word(n));
        if ordinal && i > 0 && words[i - 1].eq_ignore_ascii_case("the") && alone {
            if let Some(d) = day_of(w.trim_end_matches(['.', ';', ':'])) {
                return Some((DateQuery::DayOnly(d), rest(&[i - 1, i])));
            }
        }
    }
    for (i, w) in words.iter().enumerate() {
        if let Some(d) = decade_of(w) {
            let mut used = vec![i];
            if i > 0 && words[i - 1] == "the" {
                used.push(i - 1);
            }
            return Some((DateQuery::Exact(Point::Decade(d)), rest(&used)));
        }
        if let Some(y) = year_of(w) {
            return Some((DateQuery::Exact(Point::Year(y)), rest(&[i])));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use DateQuery::*;

    fn day(y: i32, m: u8, d: u8) -> DateQuery {
        Exact(Point::Day(y, m, d))
    }

    #[test]
    fn understands_date_forms() {
        let cases: &[(&str, DateQuery, &str)] = &[
            ("Oct 25", MonthDay(10, 25), ""),
            ("25 October", MonthDay(10, 25), ""),
            ("October 25th, 2023", day(2023, 10, 25), ""),
            ("2023-10-25", day(2023, 10, 25), ""),
            ("25/10/2023", day(2023, 10, 25), ""),
            ("10/25/2023", day(2023, 10, 25), ""),
            ("25.10.2023", day(2023, 10, 25), ""),
            ("the 25th of october", MonthDay(10, 25), "the"),
            ("octber 25", MonthDay(10, 25), ""),
            ("novmber 2", MonthDay(11, 2), ""),
            ("16 oct", MonthDay(10, 16), ""),
            (
                "what happened on october 8",
                MonthDay(10, 8),
                "what happened on",
            ),
            ("2 November 2023", day(2023, 11, 2), ""),
            ("2006 elections", Exact(Point::Year(2006)), "elections"),
            ("the 1990s", Exact(Point::Decade(1990)), ""),
            ("in the 90s", Exact(Point::Decade(1990)), "in"),
            (
                "back in the nineties",
                Exact(Point::Decade(1990)),
                "back in",
            ),
            ("in the Eighties", Exact(Point::Decade(1980)), "in"),
            ("october 2023", Exact(Point::Month(2023, 10)), ""),
            ("events in october", MonthOnly(10), "events in"),
            ("may 9", MonthDay(5, 9), ""),
            ("3 Mar 2011", day(2011, 3, 3), ""),
            ("july 4", MonthDay(7, 4), ""),
            ("1948", Exact(Point::Year(1948)), ""),
            // A day alone, as chat names a day of the story's month.
            ("the 16th, what happened", DayOnly(16), "what happened"),
            ("what happened on the 2nd?", DayOnly(2), "what happened on"),
            (
                "16/10 what did russia bring",
                MonthDay(10, 16),
                "what did russia bring",
            ),
            ("16.10 putin call", MonthDay(10, 16), "putin call"),
            ("the mob on 10/29", MonthDay(10, 29), "the mob on"),
            (
                "on 8/10 in the interview",
                MonthDay(10, 8),
                "on in the interview",
            ),
            ("cast lead 2008-09", Exact(Point::Year(2008)), "cast lead"),
            ("the 2008-2009 war", Exact(Point::Year(2008)), "the war"),
            ("in 08-09", Exact(Point::Year(2008)), "in"),
        ];
        for (input, want, rest) in cases {
            let (got, got_rest) = extract(input).unwrap_or_else(|| panic!("no date in {input:?}"));
            assert_eq!(got, *want, "input {input:?}");
            assert_eq!(got_rest, *rest, "rest of {input:?}");
        }
    }

    /// The letter count never exceeds the edit distance, so skipping a comparison by it never
    /// loses a misspelt month; and the misspellings still read as months.
    #[test]
    fn letter_gap_is_a_lower_bound_of_the_edit_distance() {
        let pairs = [
            ("octber", "october"),
            ("ocotber", "october"),
            ("novmber", "november"),
            ("septmeber", "september"),
            ("febuary", "february"),
            ("resolution", "january"),
            ("condemned", "december"),
            ("abcdef", "fedcba"),
            ("aaaaa", "march"),
            ("", "june"),
        ];
        for (a, b) in pairs {
            let gap = letter_gap(a, b);
            let d = strsim::damerau_levenshtein(a, b);
            assert!(gap <= d, "{a:?} / {b:?}: gap {gap} > distance {d}");
        }
        let months = [
            ("ocotber", 10),
            ("septmeber", 9),
            ("febuary", 2),
            ("decmber", 12),
            ("janaury", 1),
        ];
        for (word, month) in months {
            assert_eq!(month_of(word, true), Some(month), "{word}");
        }
        for word in ["resolution", "condemned", "security", "council"] {
            assert_eq!(month_of(word, true), None, "{word}");
        }
    }

    #[test]
    fn ignores_non_dates() {
        for input in [
            "Russia may veto",
            "march of the left",
            "who is putin",
            "AK-47",
            "31 flavours",
            "February 30",
            "tens of millions",
            // The name of the 2001 attacks.
            "after 9/11",
            // A decimal, and a ratio that is no day of any month.
            "2.5 million",
            "pi is 3.14",
            "a 50/50 split",
            // Ordinals that count something else, or stand without "the".
            "the 20th century",
            "the 5th anniversary of the attack",
            "his 3rd term",
            "what did the 2nd delegation discuss",
        ] {
            assert_eq!(extract(input), None, "input {input:?}");
        }
    }

    #[test]
    fn matching_spans() {
        let oct25 = Point::Day(2023, 10, 25);
        let span = (oct25.first_day(), oct25.last_day());
        assert_eq!(MonthDay(10, 25).matches(span, false), Some(1.0));
        assert_eq!(MonthDay(10, 26).matches(span, false), None);
        assert_eq!(DayOnly(25).matches(span, false), Some(1.0));
        assert_eq!(DayOnly(26).matches(span, false), None);
        assert_eq!(Exact(Point::Year(2023)).matches(span, false), Some(1.0));
        assert_eq!(MonthOnly(10).matches(span, false), Some(1.0));
        let month = Point::Month(2023, 10);
        let month_span = (month.first_day(), month.last_day());
        assert_eq!(
            MonthDay(10, 25).matches(month_span, false),
            None,
            "a month says nothing of a day"
        );
        let year = Point::Year(2006);
        let year_span = (year.first_day(), year.last_day());
        assert_eq!(MonthDay(7, 4).matches(year_span, true), None);
        assert_eq!(Exact(Point::Year(2006)).matches(year_span, true), Some(0.8));
        let range = (Point::Year(2008).first_day(), Point::Year(2009).last_day());
        assert_eq!(Exact(Point::Year(2008)).matches(range, false), Some(0.7));
        let long = (
            Point::Decade(1990).first_day(),
            Point::Year(2006).last_day(),
        );
        assert_eq!(Exact(Point::Year(2006)).matches(long, false), None);
        assert_eq!(Exact(Point::Decade(1990)).matches(long, false), Some(0.7));
        let approx = Point::Day(2023, 10, 14);
        let approx_span = (approx.first_day(), approx.last_day());
        assert!(MonthDay(10, 15).matches(approx_span, true).is_some());
        assert!(MonthDay(10, 16).matches(approx_span, true).is_some());
        assert!(MonthDay(10, 11).matches(approx_span, true).is_none());
        assert!(MonthDay(10, 25).matches(approx_span, true).is_none());
    }
}
