//! Dates with explicit precision, as the brief gives them.
//!
//! A brief says "October 25", "in 2014", "throughout the 1990s", "2008-2009" or "about a week
//! after October 7", and sometimes gives no date at all. The model keeps that precision instead of
//! forcing every event onto a day, so the bot never claims more than the brief says.

use std::fmt;

/// A point in time at the precision the brief gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Point {
    Decade(i32),
    Year(i32),
    Month(i32, u8),
    Day(i32, u8, u8),
}

pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 0000-03-01 in the proleptic Gregorian calendar; only differences matter.
pub fn day_number(y: i32, m: u8, d: u8) -> i64 {
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let y = i64::from(y);
    let era_days = 365 * y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400);
    era_days + (153 * i64::from(m) + 2) / 5 + i64::from(d) - 1
}

/// The calendar date of a day number (the inverse of [`day_number`]).
pub fn civil_from_days(n: i64) -> (i32, u8, u8) {
    let era = |y: i64| 365 * y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400);
    let mut y = (n * 400).div_euclid(146_097);
    while era(y) > n {
        y -= 1;
    }
    while era(y + 1) <= n {
        y += 1;
    }
    let doy = n - era(y);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    (y as i32, m as u8, d as u8)
}

impl Point {
    /// Parses `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `YYYYs` (a decade), rejecting impossible dates
    /// such as `2023-02-30` with a message that says what is wrong.
    pub fn parse(s: &str) -> Result<Point, String> {
        let s = s.trim();
        if let Some(decade) = s.strip_suffix('s') {
            let y: i32 = parse_year(decade)?;
            if y % 10 != 0 {
                return Err(format!("`{s}` is not a decade; write a decade as `1990s`"));
            }
            return Ok(Point::Decade(y));
        }
        let parts: Vec<&str> = s.split('-').collect();
        match parts.as_slice() {
            [y] => Ok(Point::Year(parse_year(y)?)),
            [y, m] => {
                let y = parse_year(y)?;
                Ok(Point::Month(y, parse_month(m)?))
            }
            [y, m, d] => {
                let y = parse_year(y)?;
                let m = parse_month(m)?;
                let d: u8 = d
                    .parse()
                    .map_err(|_| format!("`{d}` in `{s}` is not a day of the month"))?;
                if d == 0 || d > days_in_month(y, m) {
                    return Err(format!(
                        "`{s}` is not a real date: {} {y} has {} days",
                        MONTH_NAMES[usize::from(m) - 1],
                        days_in_month(y, m)
                    ));
                }
                Ok(Point::Day(y, m, d))
            }
            _ => Err(format!(
                "`{s}` is not a date; use YYYY-MM-DD, YYYY-MM, YYYY or a decade such as 1990s"
            )),
        }
    }

    /// The narrowest month or year that holds every day from `from` to `to` (day numbers), or
    /// `None` when they lie in different years or `from` comes after `to`. An event the brief
    /// leaves undated but tells after one dated event, in a brief published on a known day,
    /// happened between the two: when both fall in one year, the brief gives that year, though
    /// in no sentence of its own.
    pub fn spanning(from: i64, to: i64) -> Option<Point> {
        if from > to {
            return None;
        }
        let ((y1, m1, _), (y2, m2, _)) = (civil_from_days(from), civil_from_days(to));
        match (y1 == y2, m1 == m2) {
            (true, true) => Some(Point::Month(y1, m1)),
            (true, false) => Some(Point::Year(y1)),
            _ => None,
        }
    }

    /// The first day this point covers.
    pub fn first_day(self) -> i64 {
        match self {
            Point::Decade(y) | Point::Year(y) => day_number(y, 1, 1),
            Point::Month(y, m) => day_number(y, m, 1),
            Point::Day(y, m, d) => day_number(y, m, d),
        }
    }

    /// The last day this point covers.
    pub fn last_day(self) -> i64 {
        match self {
            Point::Decade(y) => day_number(y + 9, 12, 31),
            Point::Year(y) => day_number(y, 12, 31),
            Point::Month(y, m) => day_number(y, m, days_in_month(y, m)),
            Point::Day(y, m, d) => day_number(y, m, d),
        }
    }

    /// ISO 8601 at the point's precision (`2023-10-25`, `2023-10`, `2014`, `1990s`).
    pub fn iso(self) -> String {
        match self {
            Point::Decade(y) => format!("{y}s"),
            Point::Year(y) => format!("{y:04}"),
            Point::Month(y, m) => format!("{y:04}-{m:02}"),
            Point::Day(y, m, d) => format!("{y:04}-{m:02}-{d:02}"),
        }
    }

    /// How a reader would write it: "October 25, 2023", "October 2023", "2014", "the 1990s".
    pub fn human(self) -> String {
        match self {
            Point::Decade(y) => format!("the {y}s"),
            Point::Year(y) => format!("{y}"),
            Point::Month(y, m) => format!("{} {y}", MONTH_NAMES[usize::from(m) - 1]),
            Point::Day(y, m, d) => format!("{} {d}, {y}", MONTH_NAMES[usize::from(m) - 1]),
        }
    }
}

fn parse_year(s: &str) -> Result<i32, String> {
    if s.len() != 4 || !s.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!("`{s}` is not a four-digit year"));
    }
    s.parse().map_err(|_| format!("`{s}` is not a year"))
}

fn parse_month(s: &str) -> Result<u8, String> {
    match s.parse::<u8>() {
        Ok(m @ 1..=12) => Ok(m),
        _ => Err(format!("`{s}` is not a month (01 to 12)")),
    }
}

/// When an event happened, as precisely as the brief says and no more.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum When {
    On(Point),
    Range(Point, Point),
    /// A date the brief implies but does not state ("about a week after October 7").
    Approx(Point),
    /// The brief gives no date; the event is placed in the story after another one.
    Undated,
}

impl When {
    /// The span of days the event may fall in, or `None` when undated.
    pub fn span(&self) -> Option<(i64, i64)> {
        match *self {
            When::On(p) | When::Approx(p) => Some((p.first_day(), p.last_day())),
            When::Range(a, b) => Some((a.first_day(), b.last_day())),
            When::Undated => None,
        }
    }

    /// The machine-readable date for JSON output, at the precision the brief gives; `None` when
    /// undated. An approximate day is given as its month: "a week after the attack" places the
    /// event on a day for ordering, but the brief names no day, and a reader who asks "when"
    /// is told October 2023 (with "around October 14" in the words of [`fmt::Display`]).
    pub fn iso(&self) -> Option<String> {
        match *self {
            When::Approx(Point::Day(y, m, _)) => Some(Point::Month(y, m).iso()),
            When::On(p) | When::Approx(p) => Some(p.iso()),
            When::Range(a, b) => Some(format!("{}/{}", a.iso(), b.iso())),
            When::Undated => None,
        }
    }

    pub fn precision(&self) -> &'static str {
        match self {
            When::On(Point::Day(..)) => "day",
            When::On(Point::Month(..)) => "month",
            When::On(Point::Year(..)) => "year",
            When::On(Point::Decade(..)) => "decade",
            When::Range(..) => "range",
            When::Approx(_) => "approximate",
            When::Undated => "undated",
        }
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            When::On(p) => f.write_str(&p.human()),
            When::Range(a, b) => write!(f, "{} to {}", a.human(), b.human()),
            When::Approx(p) => write!(f, "around {}", p.human()),
            When::Undated => f.write_str("undated"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_precision() {
        let cases = [
            ("2023-10-25", Ok(Point::Day(2023, 10, 25))),
            ("2023-10", Ok(Point::Month(2023, 10))),
            ("2014", Ok(Point::Year(2014))),
            ("1990s", Ok(Point::Decade(1990))),
            ("2024-02-29", Ok(Point::Day(2024, 2, 29))),
        ];
        for (input, want) in cases {
            assert_eq!(Point::parse(input), want, "input {input}");
        }
    }

    #[test]
    fn rejects_impossible_dates() {
        let cases = [
            ("2023-02-29", "February 2023 has 28 days"),
            ("2023-13-01", "not a month"),
            ("2023-10-32", "October 2023 has 31 days"),
            ("1995s", "not a decade"),
            ("23-10-25", "four-digit year"),
            ("yesterday", "four-digit year"),
            ("2023-10-25-01", "not a date"),
        ];
        for (input, want) in cases {
            let err = Point::parse(input).expect_err(input);
            assert!(err.contains(want), "{input}: {err}");
        }
    }

    #[test]
    fn day_numbers_round_trip() {
        for (y, m, d) in [
            (2023, 10, 25),
            (2024, 2, 29),
            (2000, 1, 1),
            (1999, 12, 31),
            (2023, 3, 1),
            (2023, 2, 28),
        ] {
            assert_eq!(civil_from_days(day_number(y, m, d)), (y, m, d));
        }
        let start = day_number(1990, 1, 1);
        for n in start..start + 20_000 {
            let (y, m, d) = civil_from_days(n);
            assert_eq!(day_number(y, m, d), n);
        }
    }

    #[test]
    fn spans_and_rendering() {
        let day = Point::Day(2023, 10, 25);
        assert_eq!(day.first_day(), day.last_day());
        assert_eq!(day_number(2023, 10, 25) - day_number(2023, 10, 7), 18);
        assert_eq!(day_number(2024, 3, 1) - day_number(2024, 2, 28), 2);
        let range = When::Range(Point::Year(2008), Point::Year(2009));
        assert_eq!(range.iso().as_deref(), Some("2008/2009"));
        assert_eq!(range.to_string(), "2008 to 2009");
        assert_eq!(When::On(day).to_string(), "October 25, 2023");
        assert_eq!(When::Undated.iso(), None);
        // An approximate day is dated at the month the brief implies, and said as a day.
        let approx = When::Approx(Point::Day(2023, 10, 14));
        assert_eq!(approx.iso().as_deref(), Some("2023-10"));
        assert_eq!(approx.to_string(), "around October 14, 2023");
        assert_eq!(
            When::Approx(Point::Year(2015)).iso().as_deref(),
            Some("2015")
        );
    }

    /// The period two days span is the month or year they share, and nothing when they share
    /// no year or come in the wrong order.
    #[test]
    fn the_period_two_days_share() {
        type Day = (i32, u8, u8);
        let cases: &[(Day, Day, Option<Point>)] = &[
            ((2023, 10, 7), (2023, 11, 9), Some(Point::Year(2023))),
            ((2023, 10, 7), (2023, 10, 30), Some(Point::Month(2023, 10))),
            ((2023, 10, 7), (2023, 10, 7), Some(Point::Month(2023, 10))),
            ((2011, 1, 1), (2023, 11, 9), None),
            ((2022, 12, 31), (2023, 1, 1), None),
            ((2023, 11, 9), (2023, 10, 7), None),
        ];
        for &((y1, m1, d1), (y2, m2, d2), want) in cases {
            let (from, to) = (day_number(y1, m1, d1), day_number(y2, m2, d2));
            assert_eq!(
                Point::spanning(from, to),
                want,
                "{y1}-{m1}-{d1} to {y2}-{m2}-{d2}"
            );
        }
    }
}
