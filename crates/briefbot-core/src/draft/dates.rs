//! Finding the dates a sentence gives and resolving them at the precision the text gives.
//!
//! A brief writes "On October 25", "in 2014", "throughout the 1990s", "2008-2009", "Oct. 7",
//! "a week later" or "on Friday". Each form resolves to a [`Resolved`] date: a day, month, year
//! or decade, a range, or an approximate day. A date without its year takes the year of the
//! story (the last date that gave one) or of the publication, and never lands after the
//! publication date; relative dates count from the story's last date.

use std::sync::LazyLock;

use regex::Regex;

use crate::kb::date::{civil_from_days, day_number, days_in_month};
use crate::kb::Point;

/// A date as the draft writes it in `when`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolved {
    On(Point),
    Range(Point, Point),
    /// A date the text implies ("a week later"): written as `approx` with the brief's words.
    Approx(Point),
}

impl Resolved {
    /// The days the date covers, for ordering and for comparing with a reference.
    pub fn span(self) -> (i64, i64) {
        match self {
            Resolved::On(p) | Resolved::Approx(p) => (p.first_day(), p.last_day()),
            Resolved::Range(a, b) => (a.first_day(), b.last_day()),
        }
    }
}

/// One date expression found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range in the sentence.
    pub start: usize,
    pub end: usize,
    /// The brief's words for the time, with the preposition that introduces them.
    pub text: String,
    pub when: Resolved,
    /// Whether the text gave the date itself (a year, or a day with its month), rather than
    /// implying it from another date; only explicit dates move the story's clock.
    pub explicit: bool,
}

/// What a date without a year or a relative date is resolved against.
#[derive(Clone, Copy, Debug)]
pub struct Clock {
    /// The publication date.
    pub published: (i32, u8, u8),
    /// The last day the story gave explicitly, if any.
    pub last_day: Option<(i32, u8, u8)>,
    /// The last year the story gave with a day or month ("October 7, 2023").
    pub year: Option<i32>,
    /// The last date the story gave explicitly, at its precision: a relative date after a
    /// month ("In December … the following day") is only as precise as that month.
    pub last: Option<Point>,
    /// The latest day or month the story mentioned, given or implied ("Two days later",
    /// "earlier this month"): what "since January" runs to, and the month "on the 10th" falls
    /// in when the story has moved past its last explicit day.
    pub recent: Option<Point>,
    /// A year the story gave on its own ("In mid-2022") after its last day or month: what "the
    /// following year" counts from, since a year after a year is a year.
    pub year_only: Option<i32>,
    /// Whether the sentence being read gave the last explicit date itself: a step back to an
    /// earlier month in another sentence is background, one in the same sentence is not.
    pub given_here: bool,
    /// The latest day the story has given, wherever in the text: the narrative's present,
    /// which background dates written after it ("signed on 9 February 1920") do not move.
    pub latest_day: Option<(i32, u8, u8)>,
    /// draft41: whether the last explicit date was the start of a month ("In early
    /// September"): a week after it still lies in that month.
    pub early_month: bool,
}

impl Clock {
    pub fn new(published: (i32, u8, u8)) -> Clock {
        Clock {
            published,
            last_day: None,
            year: None,
            last: None,
            recent: None,
            year_only: None,
            given_here: false,
            latest_day: None,
            early_month: false,
        }
    }

    /// The year the story is in: a year it gave on its own after its last day or month, else
    /// the year of its last explicit date, else the publication's.
    fn story_year(&self) -> i32 {
        if let Some(y) = self.year_only {
            return y;
        }
        match self.last {
            Some(Point::Day(y, _, _) | Point::Month(y, _) | Point::Year(y)) => y,
            _ => self.published.0,
        }
    }

    /// The day relative dates count from: the story's last date, else the publication date.
    fn anchor(&self) -> (i32, u8, u8) {
        self.last_day.unwrap_or(self.published)
    }

    /// The year of a day given without one: the story's year, unless that puts the day after
    /// the publication date, in which case the year before.
    /// A story that has reached a later month of its year ("in November 2026") and then
    /// names an earlier one without a year ("on Feb. 2") has moved into the next year, when
    /// that is still before the publication date.
    fn year_for(&self, month: u8, day: u8) -> i32 {
        let (py, pm, pd) = self.published;
        let year = self.year.unwrap_or(py);
        if day_number(year, month, day) > day_number(py, pm, pd) {
            return year - 1;
        }
        let reached = match self.last {
            Some(Point::Day(y, m, _) | Point::Month(y, m)) if y == year => Some(m),
            _ => None,
        };
        if reached.is_some_and(|m| month < m)
            && day_number(year + 1, month, day) <= day_number(py, pm, pd)
        {
            year + 1
        } else {
            year
        }
    }

    /// The latest `month` on or before the publication date.
    fn year_for_month(&self, month: u8) -> i32 {
        let (py, pm, _) = self.published;
        if month > pm {
            py - 1
        } else {
            py
        }
    }

    /// Moves the story's clock after an explicit date.
    pub fn advance(&mut self, m: &DateMention) {
        if let Resolved::On(p @ (Point::Day(..) | Point::Month(..))) = m.when {
            self.recent = Some(p);
        }
        if !m.explicit {
            return;
        }
        self.given_here = true;
        if let Resolved::On(p @ (Point::Day(..) | Point::Month(..))) = m.when {
            self.last = Some(p);
            self.year_only = None;
            self.early_month = matches!(p, Point::Month(..))
                && m.text
                    .to_lowercase()
                    .split_whitespace()
                    .any(|w| w == "early");
        }
        // Only a year that dates the sentence ("In mid-2022", "in 2023"), not one that names a
        // thing ("the 2018 Boe Declaration").
        if let Resolved::On(Point::Year(y)) = m.when {
            if m.text.starts_with(|c: char| c.is_alphabetic()) {
                self.year_only = Some(y);
            }
        }
        if let Resolved::On(Point::Day(y, mo, d)) = m.when {
            self.last_day = Some((y, mo, d));
            if self
                .latest_day
                .is_none_or(|(ly, lm, ld)| day_number(ly, lm, ld) < day_number(y, mo, d))
            {
                self.latest_day = Some((y, mo, d));
            }
            if m.text.contains(&y.to_string()) || m.text.ends_with("this year") {
                self.year = Some(y);
            }
        }
        if let Resolved::On(Point::Month(y, _)) = m.when {
            self.year = Some(y);
        }
    }
}

const MONTH: &str = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)";
const LEAD: &str = r"(?P<lead>(?:(?:[Oo]n|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Dd]uring|[Ff]rom|[Tt]hroughout|[Bb]efore|[Aa]fter|[Aa]s of|[Ee]arly|[Ll]ate|[Mm]id|[Bb]etween)\s+(?:(?:early|late|mid-?|the end of|the beginning of|the start of|the middle of)\s*)?(?:the\s+)?)?)";

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("the date patterns are valid")
}

/// The date patterns, most specific first; a later pattern never matches inside an earlier
/// one's match.
static PATTERNS: LazyLock<Vec<(Kind, Regex)>> = LazyLock::new(|| {
    let y = r"(?P<year>1[89]\d\d|20\d\d)";
    vec![
        (
            Kind::YearRange,
            re(&format!(
                r"{LEAD}\b(?P<y1>1[89]\d\d|20\d\d)\s*(?:-|–|—|/|to|and|until)\s*(?:(?P<part>much of|most of|part of|all of|early|late|mid-?)\s*)?(?P<y2>1[89]\d\d|20\d\d|\d\d)\b"
            )),
        ),
        (
            Kind::MonthDayYear,
            re(&format!(
                r"{LEAD}\b{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{y}\b"
            )),
        ),
        (
            Kind::DayMonthYear,
            re(&format!(
                r"{LEAD}\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\s*,?\s+{y}\b"
            )),
        ),
        (
            Kind::MonthDay,
            re(&format!(
                r"{LEAD}\b{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:\s+(?P<this>this year))?"
            )),
        ),
        (
            Kind::DayMonth,
            re(&format!(
                r"{LEAD}\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:\b|$)(?:\s+(?P<this>this year))?"
            )),
        ),
        (
            Kind::MonthYear,
            re(&format!(r"{LEAD}\b{MONTH}\s+(?:of\s+)?{y}\b")),
        ),
        (
            // draft40: "between October and April", "from January to March": two months
            // without a year, the later one the latest such month by publication.
            Kind::MonthRange,
            re(&format!(
                r"(?P<lead>[Bb]etween|[Ff]rom)\s+{MONTH}\s+(?:and|to|until)\s+(?P<month2>January|February|March|April|May|June|July|August|September|October|November|December)\b"
            )),
        ),
        (
            Kind::MonthAlone,
            re(&format!(
                r"(?P<lead>(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-?|[Ff]rom|[Ee]arly in|[Ll]ate in|[Mm]ost of|[Mm]uch of|[Tt]hroughout|[Dd]uring|[Tt]hat)\s+(?:early\s+|late\s+|mid-?)?){MONTH}\b"
            )),
        ),
        (
            Kind::Decade,
            re(&format!(r"{LEAD}\b(?P<decade>1[89]\d0|20\d0)(?:'s|s)\b")),
        ),
        (
            Kind::PartYear,
            re(&format!(
                r"(?P<lead>(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ff]rom|[Dd]uring)\s+)?(?:the\s+)?\b(?P<part>early|late|mid|the end of|the beginning of|the start of|the middle of|the first half of|the second half of|spring|summer|autumn|fall|winter)(?:-|\s+(?:of\s+)?){y}\b"
            )),
        ),
        (Kind::Year, re(&format!(r"{LEAD}\b{y}\b"))),
        (
            Kind::Ordinal,
            re(
                r"(?P<lead>(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil)\s+)the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b",
            ),
        ),
        (
            Kind::Relative,
            re(
                r"(?i)\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>later|after|earlier|before|afterwards|on)\b",
            ),
        ),
        (
            Kind::Following,
            re(
                r"(?i)\b(?:the\s+)?(?P<dir>following|next|previous|preceding|same)\s+(?P<unit>day|week|month|year|morning|afternoon|evening|night)\b",
            ),
        ),
        (
            Kind::Season,
            re(r"(?i)\b(?P<dir>this|last|next)\s+(?P<season>spring|summer|autumn|fall|winter)\b"),
        ),
        (
            Kind::ThisPeriod,
            re(
                r"(?i)\b(?P<part>earlier|later|early|late)?\s*(?P<dir>this|last|next)\s+(?P<unit>week|month|year)\b",
            ),
        ),
        (
            Kind::ThatPeriod,
            // "that night": the night of the story's latest day, as in "…," she told
            // supporters in Paynesville that night.
            re(
                r"(?i)\b(?:(?:later|earlier)\s+that\s+(?P<unit>day|week|month|year)|that\s+(?:night|evening|morning|afternoon))\b",
            ),
        ),
        (
            Kind::Weekday,
            re(
                // "at Thursday's opening session": a weekday's possessive after a preposition of
                // time dates the occasion it owns.
                r"(?P<lead>(?:[Oo]n|[Ll]ast|[Tt]his|[Bb]y|[Ss]ince|[Aa]t|[Aa]fter|[Bb]efore|[Dd]uring|[Uu]ntil)\s+)(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?P<poss>'s)?",
            ),
        ),
        (
            Kind::DayWord,
            re(r"\b(?P<word>[Yy]esterday|[Tt]oday|[Tt]he day before yesterday)\b"),
        ),
    ]
});

static WEEKDAY_THEN_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let month = MONTH.replace("?P<month>", "?:");
    re(&format!(
        r"^,?\s+(?:the\s+)?(?:{month}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{month})"
    ))
});

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    YearRange,
    MonthDayYear,
    DayMonthYear,
    MonthDay,
    DayMonth,
    MonthYear,
    MonthAlone,
    MonthRange,
    Decade,
    PartYear,
    Year,
    Ordinal,
    Relative,
    Following,
    Season,
    ThisPeriod,
    ThatPeriod,
    Weekday,
    DayWord,
}

/// The days of the week, Monday first, as briefs write them.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The month a name or abbreviation stands for (1-12).
pub fn month_number(name: &str) -> Option<u8> {
    let key: String = name.trim_end_matches('.').chars().take(3).collect();
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    months
        .iter()
        .position(|m| m.eq_ignore_ascii_case(&key))
        .map(|i| i as u8 + 1)
}

fn number_word(s: &str) -> Option<i64> {
    Some(match s.to_ascii_lowercase().as_str() {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        // "A few" or "several" days are not a number of days: the date stays approximate, and
        // three is the usual reading.
        "a few" | "several" => 3,
        other => other.parse().ok()?,
    })
}

fn day_point(n: i64) -> Point {
    let (y, m, d) = civil_from_days(n);
    Point::Day(y, m, d)
}

/// Adds `n` months to a day, keeping the day of the month where it exists.
fn add_months((y, m, d): (i32, u8, u8), n: i64) -> (i32, u8, u8) {
    let total = i64::from(y) * 12 + i64::from(m) - 1 + n;
    let (ny, nm) = (
        total.div_euclid(12) as i32,
        (total.rem_euclid(12) + 1) as u8,
    );
    (ny, nm, d.min(days_in_month(ny, nm)))
}

/// Finds the dates in `sentence`, resolving them against `clock` (which the caller advances
/// with [`Clock::advance`] as the story goes on).
pub fn find_dates(sentence: &str, clock: &Clock) -> Vec<DateMention> {
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut out = Vec::new();
    let mut found: Vec<(Kind, regex::Captures)> = Vec::new();
    for (kind, pattern) in PATTERNS.iter() {
        for caps in pattern.captures_iter(sentence) {
            let whole = caps.get(0).expect("group 0 is the match");
            let (start, end) = (whole.start(), whole.end());
            if taken.iter().any(|&(a, b)| start < b && a < end) {
                continue;
            }
            if *kind == Kind::Year && counts_things(&sentence[end..]) {
                continue;
            }
            // draft40: "this year's wage settlement", "last year's budget": a year owning a
            // thing names the thing, not when the sentence's event happened.
            if *kind == Kind::ThisPeriod
                && caps
                    .name("unit")
                    .is_some_and(|u| u.as_str().eq_ignore_ascii_case("year"))
                && (sentence[end..].starts_with("'s") || sentence[end..].starts_with("\u{2019}s"))
            {
                continue;
            }
            // draft43: "the largest stoppage since 1999": a superlative measured against a
            // year compares the event with the record, and the year is not when it happened.
            if *kind == Kind::Year
                && caps
                    .name("lead")
                    .is_some_and(|l| l.as_str().trim().eq_ignore_ascii_case("since"))
                && record_before(&sentence[..start])
            {
                continue;
            }
            // "on Sunday, March 2": the date that follows is the one the text gives.
            if *kind == Kind::Weekday && WEEKDAY_THEN_DATE.is_match(&sentence[end..]) {
                continue;
            }
            if resolve(*kind, &caps, clock).is_none() {
                continue;
            }
            taken.push((start, end));
            found.push((*kind, caps));
        }
    }
    // In text order, each date moves the clock for the next: "In October 2023 … the following
    // week" is a week of October 2023, whatever the story said before.
    found.sort_by_key(|(_, caps)| caps.get(0).map_or(0, |m| m.start()));
    let mut local = *clock;
    local.given_here = false;
    for (kind, caps) in found {
        let whole = caps.get(0).expect("group 0 is the match");
        let Some((mut when, explicit)) =
            resolve(kind, &caps, &local).or_else(|| resolve(kind, &caps, clock))
        else {
            continue;
        };
        // "It should raise the matter at the meeting in January": a month without its year in
        // a sentence about what is to come is the next such month after publication.
        if let Resolved::On(Point::Month(y, m)) = when {
            let given_year = caps
                .get(0)
                .is_some_and(|w| w.as_str().contains(|c: char| c.is_ascii_digit()));
            let (py, pm, _) = clock.published;
            let future = [
                " should ",
                " will ",
                " is to ",
                " are to ",
                " plans to ",
                " is due ",
            ]
            .iter()
            .any(|w| sentence[..whole.start()].contains(w));
            if future && !given_year && y == clock.year_for_month(m) {
                let next = if m < pm { py + 1 } else { py };
                when = Resolved::On(Point::Month(next, m));
            }
        }
        let m = DateMention {
            start: whole.start(),
            end: whole.end(),
            text: sentence[whole.start()..whole.end()].trim().to_string(),
            when,
            explicit,
        };
        local.advance(&m);
        out.push(m);
    }
    out
}

fn resolve(kind: Kind, caps: &regex::Captures, clock: &Clock) -> Option<(Resolved, bool)> {
    let get = |name: &str| caps.name(name).map(|m| m.as_str());
    let num = |name: &str| get(name).and_then(|s| s.parse::<i64>().ok());
    let day_ok = |y: i32, m: u8, d: i64| d >= 1 && d <= i64::from(days_in_month(y, m));
    let lead = get("lead").unwrap_or("").trim().to_ascii_lowercase();
    Some(match kind {
        Kind::YearRange => {
            let a = num("y1")? as i32;
            let b_raw = get("y2")?;
            let b = if b_raw.len() == 2 {
                a / 100 * 100 + b_raw.parse::<i32>().ok()?
            } else {
                b_raw.parse().ok()?
            };
            // "2015 and 2016" after "between" is a range; without it, two years joined by
            // "and" are two dates, so only dashes, slashes and "to" make a range on their own.
            // Two consecutive years after "in" ("rates rose in 2022 and 2023") are one stretch
            // of time, not two moments.
            let joiner = caps.get(0)?.as_str();
            let consecutive = b == a + 1 && lead.starts_with("in");
            if joiner.contains(" and ")
                && !lead.starts_with("between")
                && caps.name("part").is_none()
                && !consecutive
            {
                return None;
            }
            if b <= a {
                return None;
            }
            (Resolved::Range(Point::Year(a), Point::Year(b)), true)
        }
        Kind::MonthDayYear | Kind::DayMonthYear => {
            let (y, m, d) = (
                num("year")? as i32,
                month_number(get("month")?)?,
                num("day")?,
            );
            if !day_ok(y, m, d) {
                return None;
            }
            (Resolved::On(Point::Day(y, m, d as u8)), true)
        }
        Kind::MonthDay | Kind::DayMonth => {
            let (m, d) = (month_number(get("month")?)?, num("day")?);
            // "May 2" is a date, but "May" alone is a verb; a day over 31 is a number.
            if !(1..=31).contains(&d) {
                return None;
            }
            // draft40: "on 10 March this year" is in the publication's year, whatever year
            // the story last gave.
            let y = if get("this").is_some() {
                clock.published.0
            } else {
                clock.year_for(m, d as u8)
            };
            if !day_ok(y, m, d) {
                return None;
            }
            (Resolved::On(Point::Day(y, m, d as u8)), true)
        }
        Kind::MonthYear => {
            let (y, m) = (num("year")? as i32, month_number(get("month")?)?);
            (Resolved::On(Point::Month(y, m)), true)
        }
        Kind::MonthAlone => {
            let m = month_number(get("month")?)?;
            // "the note listed 300 events since January", after the story's day: a span from
            // that month to the day, which looks back and so does not move the clock.
            if lead == "since" {
                if let Some(Point::Day(ry, rm, rd)) = clock.recent {
                    let y = if m <= rm { ry } else { ry - 1 };
                    // draft40: "signed on 10 March this year … have since April rounded up":
                    // a month after the story's day, in the publication's year and not
                    // after it, is that month, not the one a year before.
                    let (py, pm, _) = clock.published;
                    let later_this_year = m > rm && ry == py && m <= pm;
                    if (y, m) < (ry, rm) && !later_this_year {
                        return Some((
                            Resolved::Range(Point::Month(y, m), Point::Day(ry, rm, rd)),
                            false,
                        ));
                    }
                }
            }
            // draft43: "raised its retirement age in 2023 after a strike that November":
            // "that" points back to the year the story is in, so the month is that year's,
            // not the latest such month before publication.
            if lead == "that" {
                return Some((Resolved::On(Point::Month(clock.story_year(), m)), false));
            }
            // "May" is also a verb: "in May" is a month, but only with its preposition.
            (Resolved::On(Point::Month(clock.year_for_month(m), m)), true)
        }
        Kind::MonthRange => {
            let (a, b) = (month_number(get("month")?)?, month_number(get("month2")?)?);
            if a == b {
                return None;
            }
            let yb = clock.year_for_month(b);
            let ya = if a < b { yb } else { yb - 1 };
            (
                Resolved::Range(Point::Month(ya, a), Point::Month(yb, b)),
                true,
            )
        }
        Kind::Decade => (Resolved::On(Point::Decade(num("decade")? as i32)), true),
        // "In the first half of 2025": the months of that half.
        Kind::PartYear if get("part").is_some_and(|p| p.ends_with("half of")) => {
            let y = num("year")? as i32;
            let (a, b) = if get("part")?.contains("first") {
                (1, 6)
            } else {
                (7, 12)
            };
            (
                Resolved::Range(Point::Month(y, a), Point::Month(y, b)),
                true,
            )
        }
        // "announced last autumn", in a brief of February 2026: the last such season that has
        // ended by the publication date (autumn 2025); "this summer" is the publication year's
        // and "next spring" the first one after it. A winter is dated by its January.
        Kind::Season => {
            let (py, pm, _) = clock.published;
            let season = get("season")?.to_ascii_lowercase();
            let last_month: u8 = match season.as_str() {
                "spring" => 5,
                "summer" => 8,
                "autumn" | "fall" => 11,
                _ => 2,
            };
            let y = match get("dir")?.to_ascii_lowercase().as_str() {
                "last" if pm > last_month => py,
                "last" => py - 1,
                "next" if season != "winter" && pm < last_month - 2 => py,
                "next" => py + 1,
                _ => py,
            };
            (Resolved::On(Point::Year(y)), false)
        }
        Kind::PartYear | Kind::Year => {
            // "mid-2021" and "late 2019" name a part of a year: the year is the precision the
            // text gives, and the words stay in `text`.
            (Resolved::On(Point::Year(num("year")? as i32)), true)
        }
        Kind::Ordinal => {
            // "on the 10th": the first such day on or after the story's last day, as a story
            // moves forward ("Feb. 28 … on the 10th" is March 10), unless that passes the
            // publication date; then the last day's own month.
            let (y, m, ld) = clock.anchor();
            let d = num("day")?;
            let (py, pm, pd) = clock.published;
            // "Earlier this month … On the 10th": a later month the story has moved to since
            // its last explicit day is the one the day falls in, if that day has come.
            if let Some(Point::Month(ry, rm) | Point::Day(ry, rm, _)) = clock.recent {
                if (ry, rm) > (y, m)
                    && day_ok(ry, rm, d)
                    && day_number(ry, rm, d as u8) <= day_number(py, pm, pd)
                {
                    return Some((Resolved::On(Point::Day(ry, rm, d as u8)), false));
                }
            }
            let (ny, nm, _) = add_months((y, m, 1), 1);
            let forward = i64::from(ld) > d
                && day_ok(ny, nm, d)
                && day_number(ny, nm, d as u8) <= day_number(py, pm, pd);
            let (mut y, mut m) = if forward { (ny, nm) } else { (y, m) };
            // "said on the 27th" in a brief of September 8: a day of the story's month that has
            // not yet come is in the month before, since the story tells what has happened.
            if day_ok(y, m, d) && day_number(y, m, d as u8) > day_number(py, pm, pd) {
                (y, m, _) = add_months((y, m, 1), -1);
            }
            if !day_ok(y, m, d) {
                return None;
            }
            (Resolved::On(Point::Day(y, m, d as u8)), false)
        }
        Kind::Relative => {
            let n = number_word(get("n")?)?;
            let dir = get("dir")?.to_ascii_lowercase();
            let sign = if matches!(dir.as_str(), "earlier" | "before") {
                -1
            } else {
                1
            };
            relative_to(clock, &get("unit")?.to_ascii_lowercase(), sign * n)?
        }
        Kind::Following => {
            let dir = get("dir")?.to_ascii_lowercase();
            let sign = match dir.as_str() {
                "following" | "next" => 1,
                "previous" | "preceding" => -1,
                _ => 0,
            };
            let unit = get("unit")?.to_ascii_lowercase();
            // draft42: "published the next morning", "the previous evening": a part of a day
            // is dated as its day.
            let unit = match unit.as_str() {
                "morning" | "afternoon" | "evening" | "night" => "day".to_string(),
                _ => unit,
            };
            // "the following month" after a day is a calendar month, not a month's distance:
            // the references date it to the month, as "in December" would be.
            if unit == "month" && sign != 0 && !matches!(clock.last, Some(Point::Month(..))) {
                let (y, m, _) = add_months(clock.anchor(), sign);
                return Some((Resolved::On(Point::Month(y, m)), false));
            }
            match following_week_month(clock, &unit, sign) {
                Some(month) => (Resolved::Approx(month), false),
                None => relative_to(clock, &unit, sign)?,
            }
        }
        Kind::ThisPeriod => {
            let (py, pm, pd) = clock.published;
            let dir = get("dir")?.to_ascii_lowercase();
            let unit = get("unit")?.to_ascii_lowercase();
            let shift = match dir.as_str() {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            match unit.as_str() {
                "month" => {
                    let (y, m, _) = add_months((py, pm, 1), shift);
                    (Resolved::On(Point::Month(y, m)), false)
                }
                "year" => (Resolved::On(Point::Year(py + shift as i32)), false),
                _ => {
                    let n = day_number(py, pm, pd) + 7 * shift;
                    // "last week" in a brief of Thursday April 16 is the week of April 6-12:
                    // a calendar week in one month says no more than that month, as "the
                    // following week" does.
                    match week_month(n) {
                        Some(month) => (Resolved::Approx(month), false),
                        None => (Resolved::Approx(day_point(n)), false),
                    }
                }
            }
        }
        Kind::ThatPeriod => {
            // "a Forum communiqué later that week": the period of the story's latest day,
            // given or implied ("on the 27th").
            let (y, m, d) = match clock.recent {
                Some(Point::Day(y, m, d)) => (y, m, d),
                _ => clock.anchor(),
            };
            let n = day_number(y, m, d);
            match get("unit").unwrap_or("day").to_ascii_lowercase().as_str() {
                // draft43: "In February 2022 … and later that year": the year the story is
                // in, no more precise than that; its month is the one the text has passed.
                "year" => (Resolved::On(Point::Year(clock.story_year())), false),
                "day" => (Resolved::On(day_point(n)), false),
                "week" => match week_month(n) {
                    Some(month) => (Resolved::Approx(month), false),
                    None => (Resolved::Approx(day_point(n)), false),
                },
                _ => (Resolved::Approx(Point::Month(y, m)), false),
            }
        }
        Kind::Weekday => {
            if ["at", "after", "before", "during", "until"].contains(&lead.as_str())
                && caps.name("poss").is_none()
            {
                return None;
            }
            let target = WEEKDAYS.iter().position(|w| Some(*w) == get("weekday"))? as i64;
            // A weekday names the latest such day on or before the publication date: briefs
            // and news write "on Friday" about the week they appear in.
            let (py, pm, pd) = clock.published;
            let pub_n = day_number(py, pm, pd);
            let pub_weekday = weekday(pub_n);
            let back = (pub_weekday - target).rem_euclid(7);
            // A definite day: "a day later" after "on Tuesday" counts from that Tuesday.
            (Resolved::On(day_point(pub_n - back)), true)
        }
        Kind::DayWord => {
            let (py, pm, pd) = clock.published;
            let n = day_number(py, pm, pd);
            let word = get("word")?.to_ascii_lowercase();
            let back = match word.as_str() {
                "yesterday" => 1,
                "the day before yesterday" => 2,
                _ => 0,
            };
            (Resolved::On(day_point(n - back)), false)
        }
    })
}

/// Whether the words just before a "since" hold a superlative with its article ("the largest
/// stoppage", "its highest level"): a record, which the year after "since" is measured from.
/// "The first cuts since 2024" is left dated: it says that the last ones came in that year.
fn record_before(before: &str) -> bool {
    const RECORDS: &[&str] = &[
        "largest",
        "biggest",
        "highest",
        "lowest",
        "worst",
        "best",
        "deepest",
        "sharpest",
        "strongest",
        "weakest",
        "longest",
        "fastest",
        "heaviest",
        "widest",
    ];
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(4)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    words.iter().enumerate().any(|(k, w)| {
        RECORDS.contains(&w.as_str())
            && words
                .get(k + 1)
                .is_some_and(|d| ["the", "its", "their", "a"].contains(&d.as_str()))
    })
}

/// Whether a number is followed by what it counts ("2000 troops"), so it is not a year.
fn counts_things(after: &str) -> bool {
    const UNITS: &[&str] = &[
        "people",
        "troops",
        "soldiers",
        "civilians",
        "fighters",
        "members",
        "men",
        "women",
        "children",
        "casualties",
        "dead",
        "killed",
        "wounded",
        "km",
        "kilometers",
        "kilometres",
        "miles",
        "dollars",
        "tons",
        "tonnes",
        "missiles",
        "rockets",
        "drones",
        "shells",
        "times",
        "units",
        "barrels",
        "percent",
        "%",
    ];
    let next = after
        .trim_start()
        .split(|c: char| !c.is_alphanumeric() && c != '%')
        .next()
        .unwrap_or("");
    UNITS.contains(&next.to_ascii_lowercase().as_str())
}

/// The weekday of a day number, Monday = 0.
fn weekday(n: i64) -> i64 {
    // Day 0 of `day_number` (0000-03-01) was a Wednesday.
    (n + 2).rem_euclid(7)
}

/// "The following week" after a day is the calendar week (Monday to Sunday) after that day's;
/// when it lies wholly in one month, the text says no more than that month (the references
/// write `approx` at month precision). None when it spans two months or the unit is no week.
fn following_week_month(clock: &Clock, unit: &str, sign: i64) -> Option<Point> {
    if unit != "week" || sign == 0 || matches!(clock.last, Some(Point::Month(..))) {
        return None;
    }
    let (y, m, d) = clock.anchor();
    let base = day_number(y, m, d);
    let monday = base - weekday(base) + 7 * sign;
    match (day_point(monday), day_point(monday + 6)) {
        (Point::Day(y1, m1, _), Point::Day(y2, m2, _)) if (y1, m1) == (y2, m2) => {
            Some(Point::Month(y1, m1))
        }
        _ => None,
    }
}

/// The month of the calendar week (Monday to Sunday) holding day number `n`, when the week
/// lies wholly in that month.
fn week_month(n: i64) -> Option<Point> {
    let monday = n - weekday(n);
    match (day_point(monday), day_point(monday + 6)) {
        (Point::Day(y1, m1, _), Point::Day(y2, m2, _)) if (y1, m1) == (y2, m2) => {
            Some(Point::Month(y1, m1))
        }
        _ => None,
    }
}

/// A date `n` units from the story's last date. After a month ("In December … the following
/// day"), a day or a week later is somewhere in that month, as precise as the text allows.
fn relative_to(clock: &Clock, unit: &str, n: i64) -> Option<(Resolved, bool)> {
    // "In mid-2022 Kiribati left …, and returned the following year": a year after a year.
    if let (Some(y), "year") = (clock.year_only, unit) {
        return Some((Resolved::On(Point::Year(y + n as i32)), false));
    }
    // A story that stepped back to an earlier month for background ("On 2 March … In
    // January the ministry issued licences. … two days later") counts from the latest day it
    // had reached, which lies after that month.
    if let Some(Point::Month(y, m)) = clock.last {
        let month_end = day_number(y, m, days_in_month(y, m));
        // draft41: "In early September, the survey was published. … the following week": a
        // week after the start of a month is still in it, background or not.
        let within = clock.early_month && unit == "week" && n == 1;
        let latest = clock.latest_day.filter(|&(dy, dm, dd)| {
            !clock.given_here
                && !within
                && matches!(unit, "day" | "week")
                && day_number(dy, dm, dd) > month_end
        });
        if let Some(day) = latest {
            return relative(day, unit, n);
        }
        return Some(match unit {
            "day" | "week" => (Resolved::Approx(Point::Month(y, m)), false),
            "month" => {
                let (ny, nm, _) = add_months((y, m, 1), n);
                (Resolved::Approx(Point::Month(ny, nm)), false)
            }
            _ => (Resolved::Approx(Point::Year(y + n as i32)), false),
        });
    }
    relative(clock.anchor(), unit, n)
}

/// A date `n` units from `anchor`: days resolve to a day, longer units to an approximate day
/// (a week later is about, not exactly, seven days).
fn relative(anchor: (i32, u8, u8), unit: &str, n: i64) -> Option<(Resolved, bool)> {
    let (y, m, d) = anchor;
    let base = day_number(y, m, d);
    Some(match unit {
        "day" => (Resolved::On(day_point(base + n)), false),
        "week" => (Resolved::Approx(day_point(base + 7 * n)), false),
        "month" => {
            let (ny, nm, nd) = add_months(anchor, n);
            (Resolved::Approx(Point::Day(ny, nm, nd)), false)
        }
        "year" => {
            let ny = y + n as i32;
            let nd = d.min(days_in_month(ny, m));
            (Resolved::Approx(Point::Day(ny, m, nd)), false)
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock() -> Clock {
        let mut c = Clock::new((2023, 11, 9));
        c.last_day = Some((2023, 10, 7));
        c
    }

    fn on(s: &str) -> Resolved {
        Resolved::On(Point::parse(s).unwrap())
    }

    #[test]
    fn every_form_resolves_at_its_precision() {
        // Published Thursday 2023-11-09; the story's last date is 2023-10-07.
        let cases: &[(&str, &str, Resolved)] = &[
            (
                "It happened on March 10, 2023.",
                "on March 10, 2023",
                on("2023-03-10"),
            ),
            (
                "It happened on 10 March 2023.",
                "on 10 March 2023",
                on("2023-03-10"),
            ),
            ("It happened on 10 March.", "on 10 March", on("2023-03-10")),
            ("It happened on March 10.", "on March 10", on("2023-03-10")),
            (
                "Talks began on Oct. 7 in Cairo.",
                "on Oct. 7",
                on("2023-10-07"),
            ),
            ("Talks began Sept. 3rd.", "Sept. 3rd", on("2023-09-03")),
            (
                "The strike came on the 10th.",
                "on the 10th",
                on("2023-10-10"),
            ),
            ("It grew in mid-2021.", "in mid-2021", on("2021")),
            ("It grew in late 2019.", "in late 2019", on("2019")),
            (
                "Prices rose in 2015-2016.",
                "in 2015-2016",
                Resolved::Range(Point::Year(2015), Point::Year(2016)),
            ),
            (
                "Prices rose in 2008-09.",
                "in 2008-09",
                Resolved::Range(Point::Year(2008), Point::Year(2009)),
            ),
            ("It was so in the 1990s.", "in the 1990s", on("1990s")),
            ("Ties have grown since 2011.", "since 2011", on("2011")),
            ("A deal came in March 2022.", "in March 2022", on("2022-03")),
            // A month to come: the next one after publication.
            (
                "The ministers should take it up in January.",
                "in January",
                on("2024-01"),
            ),
            (
                "The ministers took it up in January.",
                "in January",
                on("2023-01"),
            ),
            // A month's stretch ("most of October") is that month.
            (
                "A cutter has spent most of October near the islands.",
                "most of October",
                on("2023-10"),
            ),
            (
                "Two days later, talks resumed.",
                "Two days later",
                on("2023-10-09"),
            ),
            (
                "A week later, talks resumed.",
                "A week later",
                Resolved::Approx(Point::Day(2023, 10, 14)),
            ),
            // The week after Saturday, October 7 lies in October.
            (
                "The following week, talks resumed.",
                "following week",
                Resolved::Approx(Point::Month(2023, 10)),
            ),
            ("The next day, talks resumed.", "next day", on("2023-10-08")),
            // draft42: a part of a day is dated as its day.
            (
                "The committee published the count the next morning.",
                "next morning",
                on("2023-10-08"),
            ),
            (
                "The envoys had met the previous evening.",
                "previous evening",
                on("2023-10-06"),
            ),
            // draft43: "later that year" is the story's year, no more precise.
            (
                "A board was set up later that year.",
                "later that year",
                on("2023"),
            ),
            (
                "It was announced earlier this month.",
                "earlier this month",
                on("2023-11"),
            ),
            ("It was announced last year.", "last year", on("2022")),
            ("He spoke on Friday.", "on Friday", on("2023-11-03")),
            ("He spoke on Thursday.", "on Thursday", on("2023-11-09")),
            ("He spoke yesterday.", "yesterday", on("2023-11-08")),
            ("Talks began in January.", "in January", on("2023-01")),
            ("Talks began in December.", "in December", on("2022-12")),
            (
                "It stopped on Sunday, March 2, 2025.",
                "March 2, 2025",
                on("2025-03-02"),
            ),
            // A day later than the publication date belongs to the year before.
            (
                "It happened on December 20.",
                "on December 20",
                on("2022-12-20"),
            ),
        ];
        for (sentence, text, want) in cases {
            let got = find_dates(sentence, &clock());
            assert_eq!(got.len(), 1, "{sentence}: {got:?}");
            assert_eq!(got[0].when, *want, "{sentence}");
            assert!(
                got[0].text.ends_with(text.trim_start_matches("the ")) || got[0].text == *text,
                "{sentence}: text {:?}, want {text:?}",
                got[0].text
            );
        }
    }

    #[test]
    fn words_that_look_like_dates_are_not() {
        let cases = [
            "Russia may refuse to condemn it.",
            "He killed 1500 people in 10 days.",
            "The numbers were 12 and 14.",
            "In May the year was quiet.",
        ];
        for s in cases {
            let got = find_dates(s, &clock());
            assert!(
                got.iter()
                    .all(|m| !matches!(m.when, Resolved::On(Point::Day(..)))),
                "{s}: {got:?}"
            );
        }
        assert!(find_dates("Russia may refuse.", &clock()).is_empty());
        // draft43: a record measured from a year does not date the event; a plain "since" does.
        for s in [
            "She told TVR that it was \"the largest stoppage since 1999.\"",
            "Prices rose at their fastest pace since 2008 last month.",
        ] {
            assert!(
                find_dates(s, &clock())
                    .iter()
                    .all(|m| !m.text.contains("since")),
                "{s}"
            );
        }
        for s in [
            "The union has campaigned since 1999.",
            "The government ordered power cuts, the first since 2024.",
        ] {
            assert_eq!(find_dates(s, &clock()).len(), 1, "{s}");
        }
    }

    #[test]
    fn seasons_and_halves_of_draft26() {
        // Published Wednesday 2026-02-18.
        let c = Clock::new((2026, 2, 18));
        let cases: &[(&str, Resolved)] = &[
            // The last autumn that has ended by publication.
            (
                "Nordkaverne announced last autumn that it would close.",
                on("2025"),
            ),
            ("They met last summer.", on("2025")),
            ("They will meet next summer.", on("2026")),
            ("They will meet this spring.", on("2026")),
            // A half of a year is its six months.
            (
                "In the first half of 2025, the spread was narrow.",
                Resolved::Range(Point::Month(2025, 1), Point::Month(2025, 6)),
            ),
            (
                "In the second half of 2024, it widened.",
                Resolved::Range(Point::Month(2024, 7), Point::Month(2024, 12)),
            ),
        ];
        for (text, want) in cases {
            let got = find_dates(text, &c);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].when, *want, "{text}");
        }
        // In a brief of December, last autumn is the one that has just ended.
        let c = Clock::new((2026, 12, 2));
        assert_eq!(find_dates("It fell last autumn.", &c)[0].when, on("2026"));
    }

    #[test]
    fn days_to_come_weeks_and_years_after_a_year() {
        // Published Tuesday 2026-09-08; the story's last day is 2026-09-02.
        let mut c = Clock::new((2026, 9, 8));
        c.last_day = Some((2026, 9, 2));
        c.last = Some(Point::Day(2026, 9, 2));
        let cases: &[(&str, Resolved)] = &[
            // A day of the story's month still to come is in the month before.
            ("She said on the 27th that they agreed.", on("2026-08-27")),
            ("She said on the 5th that they agreed.", on("2026-09-05")),
            // The week of Wednesday September 2 runs from August 31: about that day.
            (
                "A communiqué later that week said nothing.",
                Resolved::Approx(Point::Day(2026, 9, 2)),
            ),
            // The calendar week before publication lies in August 31 - September 6.
            (
                "The agency said last week that it would wait.",
                Resolved::Approx(Point::Day(2026, 9, 1)),
            ),
        ];
        for (text, want) in cases {
            let got = find_dates(text, &c);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].when, *want, "{text}");
        }
        // Published Thursday 2026-04-16: last week is April 6-12, wholly in April.
        let c = Clock::new((2026, 4, 16));
        let got = find_dates("Europol said last week that it had arrested him.", &c);
        assert_eq!(got[0].when, Resolved::Approx(Point::Month(2026, 4)));
        // "later that week" after "on the 20th" of a month whose week lies in it.
        let mut c = Clock::new((2026, 9, 8));
        c.recent = Some(Point::Day(2026, 8, 20));
        let got = find_dates("A communiqué later that week said nothing.", &c);
        assert_eq!(got[0].when, Resolved::Approx(Point::Month(2026, 8)));
        // A year after a year the sentence gives is a year; a passing year names a thing.
        let mut c = Clock::new((2026, 9, 8));
        c.last = Some(Point::Month(2019, 9));
        let got = find_dates(
            "In mid-2022 Samoa left the Forum, and returned the following year.",
            &c,
        );
        assert_eq!(got[1].when, on("2023"), "{got:?}");
        let got = find_dates(
            "They met under the 2018 accord, and again the following year.",
            &c,
        );
        assert_eq!(got[1].when, Resolved::Approx(Point::Year(2020)), "{got:?}");
        // draft43: "that November" is the month of the year the sentence gave, not the latest
        // November before publication; "later that year" after a month is its year.
        let c = Clock::new((2031, 11, 13));
        let got = find_dates(
            "Prague raised its retirement age in 2023 after a one-day strike that November.",
            &c,
        );
        assert_eq!(got[1].when, on("2023-11"), "{got:?}");
        let got = find_dates(
            "In February 2022 an amendment passed, and later that year the authority became independent.",
            &c,
        );
        assert_eq!(got[1].when, on("2022"), "{got:?}");
        // "on Tuesday" is a definite day a relative date counts from.
        let mut c = Clock::new((2026, 4, 16));
        for m in find_dates(
            "The firm said in a statement on Tuesday that it was patched.",
            &c,
        ) {
            c.advance(&m);
        }
        let got = find_dates("Logs published a day later show otherwise.", &c);
        assert_eq!(got[0].when, on("2026-04-15"));
    }

    #[test]
    fn the_following_week_is_its_month_when_it_lies_in_one() {
        // (the last day given, the resolution of "the following week")
        let cases = [
            ((2026, 1, 12), Resolved::Approx(Point::Month(2026, 1))),
            ((2025, 3, 10), Resolved::Approx(Point::Month(2025, 3))),
            // The week of October 30 runs into November: about seven days later.
            ((2023, 10, 27), Resolved::Approx(Point::Day(2023, 11, 3))),
        ];
        for (day, want) in cases {
            let mut c = Clock::new((2026, 2, 19));
            c.last_day = Some(day);
            let got = find_dates("The ministry replied the following week.", &c);
            assert_eq!(got.len(), 1, "{day:?}: {got:?}");
            assert_eq!(got[0].when, want, "{day:?}");
        }
    }

    #[test]
    fn an_explicit_year_sets_the_story_year() {
        let mut c = Clock::new((2023, 11, 9));
        let first = find_dates("On March 3, 2021, it began.", &c);
        c.advance(&first[0]);
        let next = find_dates("On April 5, it grew.", &c);
        assert_eq!(next[0].when, on("2021-04-05"));
    }

    #[test]
    fn a_relative_date_after_a_month_is_as_precise_as_the_month() {
        let mut c = Clock::new((2025, 3, 13));
        let first = find_dates("In December, a cable was cut.", &c);
        assert_eq!(first[0].when, on("2024-12"));
        c.advance(&first[0]);
        let next = find_dates("Police seized the tanker the following day.", &c);
        assert_eq!(next[0].when, Resolved::Approx(Point::Month(2024, 12)));
    }

    #[test]
    fn two_dates_in_a_sentence_are_two_mentions() {
        let got = find_dates(
            "Between October 7 and November 2, 2023, and in the 1990s.",
            &clock(),
        );
        let whens: Vec<Resolved> = got.iter().map(|m| m.when).collect();
        assert_eq!(whens, vec![on("2023-10-07"), on("2023-11-02"), on("1990s")]);
    }

    #[test]
    fn dates_in_one_sentence_resolve_in_text_order() {
        // The story was in March 2025; the sentence moves it back to May 2021 first.
        let mut c = Clock::new((2025, 3, 13));
        c.last_day = Some((2025, 3, 7));
        let cases: &[(&str, &[Resolved])] = &[
            (
                "In May 2021, a dam failed; the following week, engineers blamed the pumps.",
                &[on("2021-05"), Resolved::Approx(Point::Month(2021, 5))],
            ),
            (
                "In November, a ferry sank, and divers found it the following day.",
                &[on("2024-11"), Resolved::Approx(Point::Month(2024, 11))],
            ),
            (
                "On June 4, 2022, the mine closed, and two days later the owners sold it.",
                &[on("2022-06-04"), on("2022-06-06")],
            ),
        ];
        // A month given in an earlier sentence, before the latest day the story had reached,
        // was background (as was an older day given since): a day later counts from that day.
        let mut back = Clock::new((2027, 3, 17));
        back.last_day = Some((1920, 2, 9));
        back.latest_day = Some((2027, 3, 2));
        back.last = Some(Point::Month(2027, 1));
        let got: Vec<Resolved> = find_dates("Two days later the master was fined.", &back)
            .iter()
            .map(|m| m.when)
            .collect();
        assert_eq!(got, vec![on("2027-03-04")]);
        for (sentence, want) in cases {
            let got: Vec<Resolved> = find_dates(sentence, &c).iter().map(|m| m.when).collect();
            assert_eq!(&got, want, "{sentence}");
        }
    }

    #[test]
    fn an_ordinal_day_moves_forward_from_the_last_day() {
        // (last day of the story, sentence, date): published 2025-03-13.
        let cases: &[((i32, u8, u8), &str, Resolved)] = &[
            ((2025, 2, 26), "Talks resumed on the 9th.", on("2025-03-09")),
            ((2025, 3, 2), "Talks resumed on the 9th.", on("2025-03-09")),
            // April 1 would be after publication: the last day's own month.
            ((2025, 3, 5), "Talks resumed on the 1st.", on("2025-03-01")),
        ];
        for (last, sentence, want) in cases {
            let mut c = Clock::new((2025, 3, 13));
            c.last_day = Some(*last);
            assert_eq!(
                find_dates(sentence, &c)[0].when,
                *want,
                "{sentence} after {last:?}"
            );
        }
    }

    #[test]
    fn the_story_s_recent_date_bounds_since_and_places_an_ordinal() {
        // (the story's recent date, sentence, date): published 2025-04-15, the last explicit
        // day 2024-10-07.
        let cases: &[(Point, &str, Resolved)] = &[
            (
                Point::Day(2025, 3, 12),
                "The note listed 300 events since January.",
                Resolved::Range(Point::Month(2025, 1), Point::Day(2025, 3, 12)),
            ),
            (
                Point::Month(2025, 4),
                "On the 10th, the spokesman spoke.",
                on("2025-04-10"),
            ),
            // A day still to come in the recent month: the last explicit day's month.
            (
                Point::Month(2025, 4),
                "On the 20th, the spokesman spoke.",
                on("2024-10-20"),
            ),
            // Without a recent day, "since January" is the month.
            (
                Point::Month(2025, 4),
                "Prices have risen since January.",
                on("2025-01"),
            ),
        ];
        for (recent, sentence, want) in cases {
            let mut c = Clock::new((2025, 4, 15));
            c.last_day = Some((2024, 10, 7));
            c.recent = Some(*recent);
            assert_eq!(find_dates(sentence, &c)[0].when, *want, "{sentence}");
        }
    }

    #[test]
    fn a_week_after_the_start_of_a_month_of_draft41() {
        // The story reached 4 October 2029, then stepped back to `background`; what "the
        // following week" resolves to after it, and whether the clock marked an early month.
        let following_week = |background: &str| {
            let mut c = Clock::new((2029, 10, 9));
            c.last_day = Some((2029, 10, 4));
            c.latest_day = Some((2029, 10, 4));
            for m in find_dates(background, &c) {
                c.advance(&m);
            }
            let early = c.early_month;
            c.given_here = false;
            let got: Vec<Resolved> = find_dates(
                "The ministry said the following week that it would pay.",
                &c,
            )
            .iter()
            .map(|m| m.when)
            .collect();
            (early, got)
        };
        let (early, got) = following_week("In early September, two bodies published a survey.");
        assert!(early);
        assert_eq!(got, vec![Resolved::Approx(Point::Month(2029, 9))]);
        // A plain month given as background still counts from the latest day reached.
        let (early, got) = following_week("In September, two bodies published a survey.");
        assert!(!early);
        assert_ne!(got, vec![Resolved::Approx(Point::Month(2029, 9))]);
    }

    #[test]
    fn this_year_month_ranges_and_a_year_s_things_of_draft40() {
        // Published Thursday 2028-11-16; the story last gave February 2024 and, where a
        // recent day is set, 10 March 2028.
        let cases: &[(Option<Point>, &str, Option<Resolved>)] = &[
            // "this year" after a day is the publication's year, whatever year came before.
            (
                None,
                "Under a second agreement signed on 10 March this year, Brussels paid more.",
                Some(on("2028-03-10")),
            ),
            (
                None,
                "The pact was signed on March 10 this year in Nouakchott.",
                Some(on("2028-03-10")),
            ),
            // A month after the story's day, in the publication's year, is that month.
            (
                Some(Point::Day(2028, 3, 10)),
                "Police have since April rounded up hundreds of migrants.",
                Some(on("2028-04")),
            ),
            // Before the story's day it still looks back from it.
            (
                Some(Point::Day(2028, 3, 10)),
                "The note listed 300 events since January.",
                Some(Resolved::Range(
                    Point::Month(2028, 1),
                    Point::Day(2028, 3, 10),
                )),
            ),
            // Two months without a year: the later the latest by publication, the earlier in
            // the year before when it comes later in the calendar.
            (
                None,
                "Oil prices fell by a third between October and April as OPEC+ unwound its cuts.",
                Some(Resolved::Range(
                    Point::Month(2027, 10),
                    Point::Month(2028, 4),
                )),
            ),
            (
                None,
                "Arrivals doubled from January to March.",
                Some(Resolved::Range(
                    Point::Month(2028, 1),
                    Point::Month(2028, 3),
                )),
            ),
            // A year owning a thing names the thing, not a date.
            (
                None,
                "The union has asked for this year's wage settlement to be reopened.",
                None,
            ),
            (None, "The minister defended last year's budget.", None),
        ];
        for (recent, sentence, want) in cases {
            let mut c = Clock::new((2028, 11, 16));
            c.year = Some(2024);
            c.last = Some(Point::Month(2024, 2));
            if let Some(Point::Day(y, m, d)) = recent {
                c.last_day = Some((*y, *m, *d));
            }
            c.recent = *recent;
            let got = find_dates(sentence, &c).first().map(|d| d.when);
            assert_eq!(got, *want, "{sentence}");
        }
        // "this week's" still dates what happened this week.
        let c = Clock::new((2028, 11, 16));
        assert!(!find_dates("This week's vote was close.", &c).is_empty());
    }

    #[test]
    fn a_year_and_part_of_the_next_is_a_range() {
        let cases: &[(&str, Resolved)] = &[
            (
                "The board spent 2019 and much of 2020 on the merger.",
                Resolved::Range(Point::Year(2019), Point::Year(2020)),
            ),
            (
                "Output fell in 2016 and early 2017.",
                Resolved::Range(Point::Year(2016), Point::Year(2017)),
            ),
            // draft23b: two consecutive years after "in" are one stretch.
            (
                "When rates rose in 2018 and 2019, the port was shut out.",
                Resolved::Range(Point::Year(2018), Point::Year(2019)),
            ),
        ];
        for (sentence, want) in cases {
            assert_eq!(find_dates(sentence, &clock())[0].when, *want, "{sentence}");
        }
        // Two years joined by "and" alone stay two dates.
        assert_eq!(
            find_dates("Elections came in 2014 and 2018.", &clock()).len(),
            2
        );
    }
    /// draft23b: a story that reached November and then names February without a year has
    /// moved into the next year, while that is not after the publication date.
    #[test]
    fn an_earlier_month_after_a_later_one_is_next_year() {
        let mut c = Clock::new((2027, 3, 16));
        for m in find_dates("A committee was formed in November 2026.", &c) {
            c.advance(&m);
        }
        assert_eq!(
            find_dates("It wrote on Feb. 2.", &c)[0].when,
            on("2027-02-02")
        );
        // A day after the publication date in the next year stays in the story's year.
        assert_eq!(
            find_dates("It met on 10 April.", &c)[0].when,
            on("2026-04-10")
        );
    }

    /// Rules written from the sixth set (draft23): a calendar month after a day, the night of
    /// the last day, and a weekday's occasion.
    #[test]
    fn the_following_month_that_night_and_a_weekday_s_session() {
        // (the story's last day, the sentence, the resolution)
        let cases: &[((i32, u8, u8), &str, Resolved)] = &[
            // "the following month" after a day is that calendar month, not about a day.
            (
                (2025, 11, 18),
                "The following month forty members wrote to the Commission.",
                on("2025-12"),
            ),
            (
                (2025, 1, 20),
                "The court ruled again the previous month.",
                on("2024-12"),
            ),
            // "that night" is the night of the last day.
            (
                (2026, 11, 5),
                "\"We will not concede,\" she told supporters that night.",
                on("2026-11-05"),
            ),
        ];
        for (day, text, want) in cases {
            let mut c = Clock::new((2026, 11, 13));
            c.last_day = Some(*day);
            c.last = Some(Point::Day(day.0, day.1, day.2));
            c.recent = Some(Point::Day(day.0, day.1, day.2));
            let got = find_dates(text, &c);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].when, *want, "{text}");
        }
        // Published Friday 2026-11-13: "at Thursday's opening session" is the day before.
        let c = Clock::new((2026, 11, 13));
        let got = find_dates(
            "The chief justice said at Thursday's opening session that it would rule.",
            &c,
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].when, on("2026-11-12"));
        // "at Thursday" without the possessive is no date the rule reads.
        assert!(find_dates("They met at Thursday Island.", &c).is_empty());
    }
}
