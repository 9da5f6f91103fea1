//! The brief's text made into a seed, and its metadata read from the front and back matter.
//!
//! A brief arrives as title, byline (`Authors | No. N | Month D, YYYY`), body paragraphs and
//! back matter (editors, notes), with the artefacts of its conversion: footnote numbers glued to
//! words (`agreement.3`), sentences split by a page break, empty markdown links and italics.
//! The seed keeps the text as it is except for the footnote numbers, which are no part of any
//! sentence; the loader already joins split sentences and strips the markup.

use std::sync::LazyLock;

use regex::Regex;

use super::dates::month_number;
use super::DraftError;
use crate::kb::date::days_in_month;

/// What the front and back matter say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meta {
    pub title: String,
    pub authors: Vec<String>,
    pub number: u32,
    pub published: (i32, u8, u8),
    pub editors: Vec<String>,
    pub series: Option<String>,
    pub publisher: Option<String>,
}

/// The seed as the draft writes it, with where its body starts and ends.
#[derive(Clone, Debug)]
pub struct Prepared {
    pub seed: String,
    pub front_matter: usize,
    pub back_matter: usize,
    pub meta: Meta,
    /// Phrases the brief sets in `*italics*`: titles of outlets and publications.
    pub italics: Vec<String>,
}

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    // The number may carry the series' or the format's label before it ("| Analysis No. 1406
    // |", "| Policy Brief No. 12 |"): capitalised words, which say what kind of paper it is.
    Regex::new(r"^(?:[Bb]y\s+)?(?P<authors>[^|]+?)\s*\|\s*(?:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}\s+)?No\.?\s*(?P<number>\d+)\s*\|\s*(?P<date>[^|]+?)\s*$")
        .expect("valid")
});
/// draft44: a wire's byline, "By Claire Tremblay and Arjun Mehta", with neither the number nor
/// the date: names of capitalised words (particles such as "van der" may sit inside one),
/// joined by commas, "and" or "&", and nothing else on the line.
static WIRE_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"\p{Lu}[\p{L}.'\u{2019}-]*";
    let particle = r"(?:van|von|der|den|de|da|du|del|la|le|al|bin|ibn)";
    let name = format!(r"{word}(?:\s+(?:{particle}\s+)*{word}){{1,3}}");
    Regex::new(&format!(
        r"^[Bb]y\s+(?P<authors>{name}(?:\s*(?:,|,?\s+and|&)\s+{name}){{0,5}})\s*$"
    ))
    .expect("valid")
});
/// draft44: a wire's dateline opening the body, "KELOWNA, British Columbia, Aug. 19 (Northstar
/// Wire) –": the place in capitals, its region, the day with or without its year (month first
/// or day first), the agency in brackets, and a dash before the story.
pub(crate) static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<place>\p{Lu}[\p{Lu} .'-]+)(?:,\s*\p{Lu}[\p{L} .'-]*?)?,\s*(?:(?P<month>[A-Z][a-z]{2,8}\.?)\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>[A-Z][a-z]{2,8}\.?))(?:,?\s+(?P<year>\d{4}))?\s*(?:\((?P<agency>[^()]{2,60})\))?\s*[\u{2013}\u{2014}-]\s",
    )
    .expect("valid")
});
/// draft44: a number in a kicker line above the title ("ANALYSIS No. 5120"), with the series'
/// label before it when there is one.
static KICKER_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?P<series>[\p{Lu}][\w .&-]{0,60}?)\s+)?No\.?\s*(?P<number>\d+)\b")
        .expect("valid")
});
/// draft46: a byline that gives the authors and the date but no number ("Ciara Mulvey, Senior
/// Parliamentary Researcher (Housing), and Eoin Haslam, Parliamentary Researcher (Law) |
/// Published 14 March 2035"): the date may follow a label saying what it dates, and the
/// number is then in a kicker line above the title, beside the publisher.
static DATED_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Bb]y\s+)?(?P<authors>[^|]+?)\s*\|\s*(?:(?:[Ff]irst\s+)?(?:[Pp]ublished|[Pp]osted|[Rr]eleased|[Ii]ssued)(?:\s+on)?\s*:?\s*)?(?P<date>[^|]+?)\s*$")
        .expect("valid")
});
static FOOTNOTE: LazyLock<Regex> = LazyLock::new(|| {
    // A footnote number glued to the end of a word or sentence: "agreement.3 The", "said,12".
    Regex::new(r#"(?P<w>[a-z\)"'\u{201D}\u{2019}])(?P<p>[.,;:]?)(?P<n>\d{1,3})(?P<after>\s|$)"#)
        .expect("valid")
});
static ITALICS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\*(?P<t>[^*\n]{2,80})\*").expect("valid"));
static SERIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<series>[A-Z][\w .&-]{2,60}?)\s+No\.?\s*\d+").expect("valid")
});

/// Words that open back matter: editors, notes, references, copyright.
const BACK_MATTER: &[&str] = &[
    "editing by",
    "edited by",
    // A briefing reviewed by colleagues names them as its editors ("Reviewed by …").
    "reviewed by",
    "reporting by",
    "additional reporting by",
    "compiled by",
    "editor",
    "editors",
    "series editor",
    "series editors",
    "notes",
    "endnotes",
    "footnotes",
    "references",
    "sources",
    "bibliography",
    "copyright",
    "©",
    "the opinions",
    "the views expressed",
    "about the author",
    "about the authors",
];

/// The back-matter words that head a list (of notes, sources, works cited), and that a body
/// sentence may open with as its subject.
const LIST_HEADINGS: &[&str] = &[
    "notes",
    "endnotes",
    "footnotes",
    "references",
    "sources",
    "bibliography",
];

/// Checks that the input is text worth drafting from.
pub fn check_text(text: &str) -> Result<(), DraftError> {
    if text.trim().is_empty() {
        return Err(DraftError::Empty);
    }
    let bad = text
        .chars()
        .filter(|&c| (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) || c == '\u{FFFD}')
        .count();
    if bad * 100 > text.chars().count() || text.contains('\0') {
        return Err(DraftError::NotText);
    }
    Ok(())
}

/// Splits a text into blocks as the loader does: blank lines separate them.
fn blocks(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line.trim_end());
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n"));
    }
    out
}

/// Parses a publication date: "November 9, 2023", "9 November 2023", "2023-11-09", "Nov. 9, 2023".
pub fn parse_date(s: &str) -> Option<(i32, u8, u8)> {
    let s = s.trim().trim_end_matches('.');
    let mut parts: Vec<&str> = s
        .split([' ', ',', '-', '/'])
        .filter(|p| !p.is_empty())
        .collect();
    // A news page's byline often leads with the weekday ("Friday, November 12, 2027", "Wed 17
    // March 2027"): it adds nothing the date does not say.
    if parts.first().is_some_and(|w| is_weekday(w)) {
        parts.remove(0);
    }
    let (y, m, d) = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) => {
            (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
        }
        [m, d, y] if month_number(m).is_some() => (
            y.parse().ok()?,
            month_number(m)?,
            d.trim_end_matches(|c: char| c.is_alphabetic())
                .parse()
                .ok()?,
        ),
        [d, m, y] if month_number(m).is_some() => (
            y.parse().ok()?,
            month_number(m)?,
            d.trim_end_matches(|c: char| c.is_alphabetic())
                .parse()
                .ok()?,
        ),
        _ => return None,
    };
    ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then_some((y, m, d))
}

/// Whether `w` names a day of the week, in full or short ("Friday", "Fri", "Fri.").
pub(crate) fn is_weekday(w: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let w = w.trim_end_matches('.').to_lowercase();
    w.len() >= 3 && DAYS.iter().any(|d| d.starts_with(w.as_str()))
}

/// draft41: a back-matter line that names its series before the editors ("Asia Health
/// Commentary series editor: Nadia Karim", "Policy Notes Series Editors: …"): the series'
/// name (capitalised words, at most six) and the names after the colon.
fn named_series_editor(b: &str) -> Option<(&str, &str)> {
    let line = b.lines().next()?.trim_start_matches(['#', ' ', '*']);
    let (head, names) = line.split_once(':')?;
    let lower = head.to_lowercase();
    let at = [" series editors", " series editor"]
        .iter()
        .find_map(|w| lower.strip_suffix(w).map(str::len))?;
    let series = head[..at].trim();
    let words: Vec<&str> = series.split_whitespace().collect();
    (!words.is_empty()
        && words.len() <= 6
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())))
    .then_some((series, names))
}

/// draft42: a closing line that names the publisher and the editors, set apart by a bar
/// ("Northeast Asia Governance Programme | Editors: Odgerel Tumur and Lisa Brandt"): the
/// publisher's name (capitalised words and the small words of a name) and the names after the
/// label. The byline has bars too, but none of its parts opens with an editors' label.
/// draft43: the editors may come after other parts ("Andes-Atlantic Wire | Additional reporting
/// by X in São Paulo | Editing by Y and Z", "EPRS | European Parliamentary Research Service |
/// Editor: Y"); the publisher is then the last part before them that reads as a name, the
/// spelled-out name after its acronym, and a credit for the reporting, which has small words,
/// is not it.
fn publisher_and_editors(b: &str) -> Option<(&str, &str)> {
    let line = b.trim();
    if line.contains('\n') {
        return None;
    }
    let parts: Vec<&str> = line.split(" | ").map(str::trim).collect();
    let labels = [
        "series editors:",
        "series editor:",
        "editors:",
        "editor:",
        "edited by ",
        "editing by ",
    ];
    let (at, names) = parts.iter().enumerate().skip(1).find_map(|(k, part)| {
        let lower = part.to_lowercase();
        labels
            .iter()
            .find_map(|l| lower.starts_with(l).then(|| &part[l.len()..]))
            .map(|names| (k, names))
    })?;
    let first = parts[0].trim_start_matches(['#', ' ', '*']).trim();
    if !name_like(first) {
        return None;
    }
    let name = parts[1..at]
        .iter()
        .rev()
        .copied()
        .find(|p| name_like(p))
        .unwrap_or(first);
    Some((name, names.trim()))
}

/// Splits an editors' line into names, up to the first part that is no name. A person's name
/// has at least two words, so a one-word part after a name is the job title it carries
/// ("Reviewed by Alison Tupou, Manager, Research and Committee Services"), and it and
/// everything after it (the rest of the title) are not editors.
/// draft46: the line may run on into a sentence about the series after the editors ("Edited by
/// Aoife Brennan, Head of Research. Spotlights are prepared for …"), which names no editor, and
/// a post of several words ("Head of Research") is no name either.
fn editor_names(s: &str) -> Vec<String> {
    let all = names(first_sentence(s));
    let first_title = all
        .iter()
        .skip(1)
        .position(|n| n.split_whitespace().count() < 2 || is_post(n))
        .map_or(all.len(), |k| k + 1);
    all.into_iter().take(first_title).collect()
}

/// The text up to the end of its first sentence: a full stop after a word of three letters or
/// more and before a capital. An initial ("Jane R. Roe") is one letter, so it ends nothing.
fn first_sentence(s: &str) -> &str {
    let mut from = 0;
    while let Some(k) = s[from..].find(". ") {
        let at = from + k;
        let word = s[..at].rsplit(' ').next().unwrap_or("");
        let next_capital = s[at + 2..].starts_with(char::is_uppercase);
        if word.chars().filter(|c| c.is_alphabetic()).count() >= 3 && next_capital {
            return &s[..at];
        }
        from = at + 2;
    }
    s
}

/// draft43: the byline's names, without the authors' institution after them ("Irina Dobreva and
/// Martin Keller, Members' Research Service"). A part after the first that ends in a word for an
/// institution, or that holds a plural possessive, names where the authors work, not an author.
fn byline_authors(s: &str) -> Vec<String> {
    const INSTITUTIONS: &[&str] = &[
        "Service",
        "Institute",
        "Centre",
        "Center",
        "Programme",
        "Program",
        "Department",
        "Office",
        "Unit",
        "Foundation",
        "University",
        "Council",
        "Initiative",
        "Division",
        "Directorate",
    ];
    // draft49: an author's post and city in brackets after the name ("Nino Beridze (Partner,
    // Tbilisi) and Callum Reid (Counsel, London)") say where the author works, and their comma
    // would otherwise cut them into names of their own.
    let mut bare = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => bare.push(c),
            _ => {}
        }
    }
    let bare = bare.split_whitespace().collect::<Vec<_>>().join(" ");
    let all = names(&bare);
    let affiliation = |n: &str| {
        n.split_whitespace().any(|w| w.ends_with("s'"))
            || n.split_whitespace()
                .last()
                .is_some_and(|w| INSTITUTIONS.contains(&w))
    };
    let keep = all
        .iter()
        .skip(1)
        .position(|n| affiliation(n))
        .map_or(all.len(), |k| k + 1);
    all.into_iter().take(keep).collect()
}

/// draft44: a label set in capitals ("ANALYSIS", "NEWS ANALYSIS") written as words are
/// ("Analysis", "News Analysis"); a label in mixed case, or one word of two letters or fewer
/// (an acronym such as "EU"), is kept as it is.
fn capitals_as_words(s: &str) -> String {
    if s.chars().any(char::is_lowercase) {
        return s.to_string();
    }
    s.split(' ')
        .map(|w| {
            if w.chars().filter(|c| c.is_alphabetic()).count() <= 2 {
                return w.to_string();
            }
            let mut cs = w.chars();
            cs.next().map_or(String::new(), |f| {
                f.to_string() + &cs.as_str().to_lowercase()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Splits "A, B and C" into names.
fn names(s: &str) -> Vec<String> {
    s.replace(" & ", ", ")
        .replace(", and ", ", ")
        .replace(" and ", ", ")
        .split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect()
}

/// Makes the seed and reads the metadata, with the date the text gives.
pub fn prepare(text: &str) -> Result<Prepared, DraftError> {
    prepare_with(text, None)
}

/// What the byline says, read from the seed's form or from a wire's.
#[derive(Default)]
struct Byline<'a> {
    at: usize,
    authors: Vec<String>,
    number: u32,
    published: (i32, u8, u8),
    /// draft44: the agency a wire's dateline names ("(Northstar Wire)"), its publisher.
    agency: Option<&'a str>,
    /// draft44: whether the byline is a wire's ("By …"), with the number in a kicker.
    wire: bool,
    /// draft46: the series and the publisher a kicker names beside the number
    /// ("Oireachtas Library & Research Service | Spotlight No. 4 of 2035").
    kicker_series: Option<String>,
    kicker_publisher: Option<String>,
    /// draft47: the title, when the general front-matter reader found the byline; the other
    /// readers leave it to be found above the byline.
    title: Option<String>,
}

/// draft47: reads the byline with the readers of the known layouts, and when they find none, or
/// find a byline but not its number or date where their layout keeps them, with the general
/// front-matter reader ([`super::front`]). A brief the known readers read is never read by the
/// general one, so no such brief's draft changes. When the general reader fails too, the known
/// readers' error stands, except that authors and a date without a number are refused for the
/// number, which is then all that is missing.
fn read_byline(
    blocks: &[String],
    published: Option<(i32, u8, u8)>,
) -> Result<Byline<'_>, DraftError> {
    match read_known_byline(blocks, published) {
        Err(
            refused @ (DraftError::NoByline
            | DraftError::NoNumber(_)
            | DraftError::NoDate(_)
            | DraftError::NoYear(_)),
        ) => read_front_block(blocks, published, refused),
        read => read,
    }
}

/// draft47: the byline as the general front-matter reader finds it, or `refused`, the known
/// readers' error, when it finds no authors, no title or no date. The `--published` option
/// stands in for a date the front matter does not give, as it does for a wire's.
fn read_front_block(
    blocks: &[String],
    published: Option<(i32, u8, u8)>,
    refused: DraftError,
) -> Result<Byline<'_>, DraftError> {
    let Some(front) = super::front::read_front(blocks) else {
        return Err(refused);
    };
    let Some(published) = published.or(front.published) else {
        // A known reader that found the byline but not its date or number is refused for the
        // date, which is then what is missing; a wire's dateline without its year keeps its
        // own, more exact error, and a brief no known reader found a byline in keeps "no
        // byline".
        return Err(match refused {
            DraftError::NoNumber(_) | DraftError::NoDate(_) => {
                DraftError::NoDate(front.author_line)
            }
            other => other,
        });
    };
    let Some(number) = front.number else {
        return Err(match refused {
            DraftError::NoByline => DraftError::NoNumber(front.author_line),
            other => other,
        });
    };
    Ok(Byline {
        at: front.last_block,
        authors: front.authors,
        number,
        published,
        kicker_series: front.series,
        kicker_publisher: front.publisher,
        title: Some(front.title),
        ..Byline::default()
    })
}

/// Finds and reads the byline: the seed's `Authors | No. N | Month D, YYYY` among the first
/// blocks, or else a wire's `By X and Y` (draft44). `published`, the `--published` option, wins
/// over any date the text gives: the user passes it to say what the text does not.
fn read_known_byline(
    blocks: &[String],
    published: Option<(i32, u8, u8)>,
) -> Result<Byline<'_>, DraftError> {
    let full = blocks
        .iter()
        .take(8)
        .position(|b| BYLINE.is_match(b.lines().next().unwrap_or("")) || BYLINE.is_match(b));
    let Some(byline_at) = full else {
        // draft46: a byline with the date but no number is read when no wire's byline is
        // found either; the wire's reading keeps its own errors (no number, no year).
        return match read_wire_byline(blocks, published) {
            Err(DraftError::NoByline) => read_dated_byline(blocks, published),
            read => read,
        };
    };
    if byline_at == 0 {
        return Err(DraftError::NoTitle);
    }
    let byline_block = &blocks[byline_at];
    let caps = BYLINE
        .captures(byline_block)
        .or_else(|| BYLINE.captures(byline_block.lines().next().unwrap_or("")))
        .ok_or(DraftError::NoByline)?;
    let date_text = caps["date"].to_string();
    let published = match published {
        Some(day) => day,
        None => parse_date(&date_text).ok_or(DraftError::BadDate(date_text))?,
    };
    let number: u32 = caps["number"].parse().map_err(|_| DraftError::NoByline)?;
    if number == 0 {
        return Err(DraftError::NoByline);
    }
    let authors = byline_authors(&caps["authors"]);
    if authors.is_empty() {
        return Err(DraftError::NoByline);
    }
    Ok(Byline {
        at: byline_at,
        authors,
        number,
        published,
        ..Byline::default()
    })
}

/// draft44: a wire's byline names only the authors ("By Claire Tremblay and Arjun Mehta"). The
/// number is then in a kicker line above the title ("ANALYSIS No. 5120"), and the date in the
/// dateline that opens the body ("KELOWNA, British Columbia, Aug. 19 (Northstar Wire) –"). A
/// dateline often leaves out the year, which readers of the day did not need: it is taken from
/// the dateline itself, from a year the kicker or a copyright line gives, or from the
/// `--published` option; when none gives it the brief is refused, since a guessed year would
/// misdate every relative date in the draft.
fn read_wire_byline(
    blocks: &[String],
    published: Option<(i32, u8, u8)>,
) -> Result<Byline<'_>, DraftError> {
    let at = blocks
        .iter()
        .take(8)
        .position(|b| WIRE_BYLINE.is_match(b.trim()))
        .ok_or(DraftError::NoByline)?;
    if at == 0 {
        return Err(DraftError::NoTitle);
    }
    let byline = blocks[at].trim();
    let caps = WIRE_BYLINE.captures(byline).ok_or(DraftError::NoByline)?;
    let authors = byline_authors(&caps["authors"]);
    if authors.is_empty() {
        return Err(DraftError::NoByline);
    }
    // The kicker sits above the title, so the block right above the byline (the title) is not
    // read for a number: a headline may hold "No." for its own reasons.
    let kicker = blocks[..at - 1]
        .iter()
        .map(|b| b.lines().next().unwrap_or("").trim())
        .find_map(|l| KICKER_NUMBER.captures(l).map(|c| (l, c)));
    let number = kicker
        .as_ref()
        .and_then(|(_, k)| k["number"].parse::<u32>().ok())
        .filter(|&n| n > 0)
        .ok_or_else(|| DraftError::NoNumber(byline.to_string()))?;
    // A year the kicker gives besides its number ("ANALYSIS No. 5120 | 2032"), or a copyright
    // line among the last blocks ("© 2032 Northstar Wire"), dates the story too.
    let year_in = |s: &str| {
        s.split(|c: char| !c.is_ascii_digit())
            .filter(|w| w.len() == 4)
            .filter_map(|w| w.parse::<i32>().ok())
            .find(|y| (1900..=2199).contains(y))
    };
    let kicker_year = kicker
        .as_ref()
        .and_then(|(l, k)| year_in(&l[k.get(0).map_or(0, |m| m.end())..]));
    let copyright_year = blocks.iter().rev().take(3).find_map(|b| {
        let lower = b.trim_start_matches(['#', ' ', '*']).to_lowercase();
        (lower.starts_with('©') || lower.starts_with("copyright"))
            .then(|| year_in(b))
            .flatten()
    });
    let body = blocks.get(at + 1).map_or("", |b| b.trim());
    let dateline = DATELINE.captures(body);
    let agency = dateline
        .as_ref()
        .and_then(|d| d.name("agency"))
        .map(|m| m.as_str().trim());
    let published = match (published, &dateline) {
        (Some(day), _) => day,
        (None, Some(d)) => {
            let month = d
                .name("month")
                .or(d.name("month2"))
                .map_or("", |m| m.as_str());
            let day = d.name("day").or(d.name("day2")).map_or("", |m| m.as_str());
            let given = d.name("year").and_then(|y| y.as_str().parse::<i32>().ok());
            let stated = format!("{month} {day}");
            let year = given
                .or(kicker_year)
                .or(copyright_year)
                .ok_or_else(|| DraftError::NoYear(stated.clone()))?;
            parse_date(&format!("{stated}, {year}")).ok_or(DraftError::BadDate(stated))?
        }
        (None, None) => return Err(DraftError::NoDate(byline.to_string())),
    };
    Ok(Byline {
        at,
        authors,
        number,
        published,
        agency,
        wire: true,
        ..Byline::default()
    })
}

/// draft46: a research service's front matter puts the publisher and the number on a kicker
/// line ("Oireachtas Library & Research Service | Spotlight No. 4 of 2035"), the title after
/// it, and the authors with their posts and the date on a line of their own ("Ciara Mulvey,
/// Senior Parliamentary Researcher (Housing), and Eoin Haslam, Parliamentary Researcher (Law) |
/// Published 14 March 2035"). The byline is the first block after the title whose part after
/// the bar is a whole date (day or month first); the number and the series are the kicker's
/// "Series No. N" (a year after it, "of 2035", numbers the series' year, not the brief), and the
/// kicker's other part, a name, is the publisher. Posts between the names are no authors.
fn read_dated_byline(
    blocks: &[String],
    published: Option<(i32, u8, u8)>,
) -> Result<Byline<'_>, DraftError> {
    let (at, caps, date) = blocks
        .iter()
        .take(8)
        .enumerate()
        .find_map(|(i, b)| {
            let line = b.trim();
            if line.contains('\n') {
                return None;
            }
            let caps = DATED_BYLINE.captures(line)?;
            let date = parse_date(&caps["date"])?;
            Some((i, caps, date))
        })
        .ok_or(DraftError::NoByline)?;
    if at == 0 {
        return Err(DraftError::NoTitle);
    }
    let byline = blocks[at].trim();
    let authors: Vec<String> = byline_authors(&caps["authors"])
        .into_iter()
        .filter(|n| !is_post(n))
        .collect();
    if authors.is_empty() {
        return Err(DraftError::NoByline);
    }
    // The kicker sits above the title, as a wire's does; its parts are set apart by bars.
    let kicker = blocks[..at - 1].iter().find_map(|b| {
        let line = b.lines().next().unwrap_or("").trim();
        let parts: Vec<&str> = line.split(" | ").map(str::trim).collect();
        let (k, caps) = parts
            .iter()
            .enumerate()
            .find_map(|(k, p)| KICKER_NUMBER.captures(p).map(|c| (k, c)))?;
        let number = caps["number"].parse::<u32>().ok().filter(|&n| n > 0)?;
        let series = caps.name("series").map(|m| m.as_str().trim().to_string());
        let publisher = parts
            .iter()
            .enumerate()
            .find(|&(j, p)| j != k && name_like(p))
            .map(|(_, p)| p.to_string());
        Some((number, series, publisher))
    });
    let (number, kicker_series, kicker_publisher) =
        kicker.ok_or_else(|| DraftError::NoNumber(byline.to_string()))?;
    Ok(Byline {
        at,
        authors,
        number,
        published: published.unwrap_or(date),
        kicker_series,
        kicker_publisher,
        ..Byline::default()
    })
}

/// Whether a part of a byline or an editors' line is a post, not a person: it names a remit in
/// brackets ("Parliamentary Researcher (Law)") or holds a word for a job ("Head of Research",
/// "Senior Fellow"), which a person's name does not.
pub(super) fn is_post(part: &str) -> bool {
    const POSTS: &[&str] = &[
        "Researcher",
        "Research",
        "Fellow",
        "Director",
        "Head",
        "Analyst",
        "Adviser",
        "Advisor",
        "Officer",
        "Manager",
        "Editor",
        "Professor",
        "Lecturer",
        "Economist",
        "Correspondent",
        "Chief",
        "Senior",
        "Deputy",
        "Associate",
        "Assistant",
        "Coordinator",
        "Specialist",
    ];
    let part = part.trim();
    part.ends_with(')') && part.contains(" (")
        || part
            .split_whitespace()
            .any(|w| POSTS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// Whether a part of a front- or back-matter line reads as an institution's name: capitalised
/// words and the small words of a name, at most ten.
pub(super) fn name_like(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 10
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || matches!(*w, "of" | "for" | "and" | "on" | "the" | "in" | "de" | "&")
        })
}

/// Makes the seed and reads the metadata; `published`, when given, is the publication date
/// (the `--published` option), whatever the text says.
pub fn prepare_with(text: &str, published: Option<(i32, u8, u8)>) -> Result<Prepared, DraftError> {
    check_text(text)?;
    let text = text
        .trim_start_matches('\u{FEFF}')
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let blocks = blocks(&text);
    let byline = read_byline(&blocks, published)?;
    let Byline {
        at: byline_at,
        authors,
        number,
        published,
        agency,
        wire,
        kicker_series,
        kicker_publisher,
        title: front_title,
    } = byline;
    let general = front_title.is_some();
    // A markdown heading's marks ("# Title") are no part of the title. A block of sentences
    // just above the byline is a standfirst (a dek), not the title: headlines do not end in a
    // full stop, so the nearest block above it that reads as a headline is the title.
    // A block set wholly in italics ("*The Delta Ledger, a newsletter on energy …*") is a
    // standfirst or a masthead line too: titles are set in roman or as a heading, so the
    // headline above it is the title.
    let italic_block = |b: &str| {
        let t = b.trim();
        t.len() > 2
            && (t.starts_with('*') && t.ends_with('*') || t.starts_with('_') && t.ends_with('_'))
    };
    let ends_sentence = |b: &str| b.trim_end().ends_with(['.', '!']) || italic_block(b);
    let headline = |b: &str| !ends_sentence(b) && b.split_whitespace().count() >= 4;
    // "Translated from the French: « Un péage sur la route du désert »": a line giving the
    // original's title is a note on the translation; the headline above it is the title.
    let translation_note = |b: &str| {
        let lower = b.trim_start_matches(['#', ' ', '*', '_']).to_lowercase();
        ["translated from", "translation of", "original title"]
            .iter()
            .any(|p| lower.starts_with(p))
    };
    // draft47: the general reader finds the title among the front lines itself.
    let title = front_title.unwrap_or_else(|| {
        let mut above = byline_at - 1;
        while above > 0 && translation_note(&blocks[above]) {
            above -= 1;
        }
        let title_at = if ends_sentence(&blocks[above]) {
            (0..above)
                .rev()
                .find(|&i| headline(&blocks[i]))
                .unwrap_or(above)
        } else {
            above
        };
        blocks[title_at]
            .trim_start_matches(['#', ' '])
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    });
    let series = if general {
        // draft47: the general reader's series is the words before the number in the front
        // block; the first-block search below is the known layouts' and reads no other.
        kicker_series
    } else {
        let series = blocks[..byline_at - 1]
            .iter()
            .find_map(|b| SERIES.captures(b).map(|c| c["series"].trim().to_string()));
        // draft44: a wire's kicker sets its label in capitals ("ANALYSIS No. 5120"); the
        // series' name is the label as a word is written ("Analysis").
        let series = series.map(|s| if wire { capitals_as_words(&s) } else { s });
        // draft46: a kicker with bars ("Publisher | Spotlight No. 4 of 2035") names the series
        // in the part that holds the number.
        series.or(kicker_series)
    };

    // Back matter: from the first block that opens it, if that is past the first body block.
    let body_start = byline_at + 1;
    // draft44: a list's heading word that opens a long first line and runs on into a sentence
    // ("Sources quoted by The Globe and Mail alleged that …") is the subject of a body
    // paragraph; a heading stands on its own line or before a colon ("Sources:", "Notes and
    // references" over its list).
    let sentence_subject = |lower: &str, w: &str| {
        LIST_HEADINGS.contains(&w)
            && lower[w.len()..].starts_with(' ')
            && lower
                .lines()
                .next()
                .is_some_and(|l| l.chars().count() > 120)
    };
    let opens_back = |b: &str| {
        let lower = b.trim_start_matches(['#', ' ', '*']).to_lowercase();
        BACK_MATTER.iter().any(|w| {
            lower.starts_with(w)
                && !lower[w.len()..].starts_with(char::is_alphanumeric)
                && (lower.len() < 200 || lower[w.len()..].starts_with([':', ' ', '\n']))
                && !sentence_subject(&lower, w)
        }) || named_series_editor(b).is_some()
            || publisher_and_editors(b).is_some()
    };
    // A closing note on who the authors are ("Jane Roe is a senior fellow at …") is back
    // matter too, when it sits among the last blocks: it is about the brief, not its subject.
    // The note may be set in italics ("*Yasmin Farouk is an energy economist …*"), and its
    // authors may be economists, journalists or editors as well as fellows and researchers.
    let about_authors = |b: &str| {
        let b = b.trim_start_matches(['*', '_']);
        authors.first().is_some_and(|a| {
            b.strip_prefix(a.as_str())
                .is_some_and(|rest| rest.starts_with(" is ") || rest.starts_with(" and "))
                && b.contains(" fellow")
                || b.strip_prefix(a.as_str()).is_some_and(|rest| {
                    rest.starts_with(" is ")
                        && [
                            " director",
                            " researcher",
                            " analyst",
                            " professor",
                            " economist",
                            " journalist",
                            " correspondent",
                            " editor",
                            " lecturer",
                        ]
                        .iter()
                        .any(|w| b.contains(w))
                })
        })
    };
    // A closing line on who publishes the series ("Andes Analysis is published by the
    // Instituto Andino … in La Paz. Edited by …") is back matter too, in the last two blocks.
    let publisher_line = |b: &str| {
        let first = b.split(". ").next().unwrap_or(b);
        first.len() < 200
            && [" is published by ", " are published by "]
                .iter()
                .filter_map(|w| first.split_once(w))
                .any(|(name, _)| {
                    name.split(' ')
                        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
                })
    };
    let back_start = (body_start + 1..blocks.len())
        .find(|&i| {
            opens_back(&blocks[i])
                || (i + 3 >= blocks.len() && about_authors(&blocks[i]))
                || (i + 2 >= blocks.len() && publisher_line(&blocks[i]))
        })
        .unwrap_or(blocks.len());
    if back_start <= body_start {
        return Err(DraftError::NoBody);
    }
    let back = &blocks[back_start..];
    let editors = back
        .iter()
        .find_map(|b| {
            let lower = b.to_lowercase();
            let lower = lower.strip_prefix("series ").unwrap_or(&lower);
            if let Some((_, names_part)) = named_series_editor(b) {
                Some(editor_names(names_part))
            } else if let Some((_, names_part)) = publisher_and_editors(b) {
                Some(editor_names(names_part.trim_end_matches('.')))
            } else if lower.starts_with("editor") {
                b.split_once(':')
                    .map(|(_, names_part)| editor_names(names_part))
            } else if ["editing by", "edited by", "reviewed by"]
                .iter()
                .any(|l| lower.starts_with(l))
            {
                b.split_once(" by ")
                    .map(|(_, names_part)| editor_names(names_part))
            } else if let Some(at) = ["; editing by ", "; edited by "]
                .iter()
                .find_map(|l| b.to_lowercase().find(l).map(|at| at + l.len()))
            {
                // draft38: a wire-style credit line names the editors after its reporters
                // ("Additional reporting by Jason Chin in Kuala Lumpur; editing by Farah Idris
                // and Michael Tan").
                b.get(at..)
                    .map(|names_part| editor_names(names_part.trim_end_matches('.')))
            } else {
                // "… in La Paz. Edited by Mariela Gutiérrez Soliz and Franz Quiroga."
                // draft49: reviewers named after a disclaimer in the same block ("This alert is
                // for general information only and is not legal advice. Reviewed by Giorgi
                // Lomidze and Harriet Okafor.") are the editors as they are on a line of their
                // own.
                [". Edited by ", ". Reviewed by "].iter().find_map(|l| {
                    b.split_once(l)
                        .map(|(_, names_part)| editor_names(names_part.trim_end_matches('.')))
                })
            }
        })
        .unwrap_or_default();
    // The authors' note names their institution: "… a research fellow at the X Centre."
    let from_note = back.iter().filter(|b| about_authors(b)).find_map(|b| {
        let (_, at) = b.rsplit_once(" at the ")?;
        let name = at.trim().trim_end_matches('.');
        // draft42: "… at the Geneva Centre for Trade and Health, which publishes the Trade and
        // Health Brief series.": the relative clause says what the institution does; its name
        // ends before it.
        let name = name.split_once(", which ").map_or(name, |(n, _)| n);
        (name.starts_with(char::is_uppercase) && name.len() < 100).then(|| name.to_string())
    });
    // "Andes Analysis is published by the Instituto Andino de Estudios Económicos (IADEE) in
    // La Paz.": the publisher is named after "published by", up to the place.
    let from_line = back.iter().find_map(|b| {
        let first = b.split(". ").next().unwrap_or(b);
        let (_, by) = first.split_once(" published by ")?;
        let by = by.trim_end_matches('.');
        let by = by.strip_prefix("the ").unwrap_or(by);
        let by = by.rsplit_once(" in ").map_or(by, |(name, _)| name);
        (by.starts_with(char::is_uppercase) && by.len() < 120).then(|| by.to_string())
    });
    // draft41: "Asia Health Commentary series editor: Nadia Karim" names the series too.
    let series = series.or_else(|| {
        back.iter()
            .find_map(|b| named_series_editor(b).map(|(n, _)| n.to_string()))
    });
    let series = series.or_else(|| {
        back.iter().find_map(|b| {
            let (name, _) = b.split_once(" is published by ")?;
            (name.starts_with(char::is_uppercase) && name.split(' ').count() <= 5)
                .then(|| name.to_string())
        })
    });
    // draft42: the author note's "which publishes the Trade and Health Brief series" names the
    // series.
    let series = series.or_else(|| {
        back.iter().filter(|b| about_authors(b)).find_map(|b| {
            let (_, rest) = b.split_once(" which publishes the ")?;
            let (name, _) = rest.split_once(" series")?;
            (name.starts_with(char::is_uppercase) && name.split(' ').count() <= 6)
                .then(|| name.to_string())
        })
    });
    let from_bar = back
        .iter()
        .find_map(|b| publisher_and_editors(b).map(|(n, _)| n.to_string()));
    // draft46: the publisher a kicker names beside the number is the text's own word for it,
    // so it comes first; only a kicker with bars sets it.
    let publisher = kicker_publisher
        .or(from_note)
        .or(from_line)
        .or(from_bar)
        .or_else(|| agency.map(str::to_string))
        .or_else(|| {
            // draft47: the general reader's front block may be the first block, so the
            // blocks above it may be none.
            back.iter()
                .chain(&blocks[..byline_at.saturating_sub(1)])
                .find_map(|b| {
                    let line = b.lines().next().unwrap_or("");
                    [
                        "Institute",
                        "Center",
                        "Centre",
                        "Foundation",
                        "Forum",
                        "Council",
                    ]
                    .iter()
                    .any(|w| line.contains(w))
                    .then(|| line.trim().to_string())
                    .filter(|l| l.len() < 120 && !l.to_lowercase().starts_with("editor"))
                })
        });

    // The seed: the blocks as they are, footnote numbers removed from the body.
    let mut italics = Vec::new();
    let mut seed_blocks = Vec::with_capacity(blocks.len());
    for (i, b) in blocks.iter().enumerate() {
        if (body_start..back_start).contains(&i) {
            let cleaned = FOOTNOTE.replace_all(b, "$w$p$after").into_owned();
            for c in ITALICS.captures_iter(&cleaned) {
                italics.push(crate::text::fold_for_quote(&c["t"]));
            }
            seed_blocks.push(cleaned);
        } else {
            seed_blocks.push(b.clone());
        }
    }
    let seed = seed_blocks.join("\n\n") + "\n";
    Ok(Prepared {
        seed,
        front_matter: body_start,
        back_matter: blocks.len() - back_start,
        meta: Meta {
            title,
            authors,
            number,
            published,
            editors,
            series,
            publisher,
        },
        italics,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BRIEF: &str =
        "\n\nA Title: With a Colon\n\nJane Roe and John Doe | No. 12 | March 3, 2024\n\n\
        The first paragraph ends the agreement.3 Then it goes on.\n\nA sentence split by a page\n\n\
        break goes on here.\n\nEditors of the series: Ann Lee, Bo Chan and Cy Park\n";

    #[test]
    fn reads_the_front_and_back_matter() {
        let p = prepare(BRIEF).unwrap();
        assert_eq!(p.meta.title, "A Title: With a Colon");
        assert_eq!(p.meta.authors, vec!["Jane Roe", "John Doe"]);
        assert_eq!(p.meta.number, 12);
        assert_eq!(p.meta.published, (2024, 3, 3));
        assert_eq!(p.meta.editors, vec!["Ann Lee", "Bo Chan", "Cy Park"]);
        assert_eq!((p.front_matter, p.back_matter), (2, 1));
    }

    #[test]
    fn artefacts_are_cleaned_or_kept_for_the_loader() {
        let p = prepare(BRIEF).unwrap();
        assert!(p.seed.contains("the agreement. Then"), "{}", p.seed);
        // The page break stays: the loader joins a block that does not end a sentence.
        let seed = crate::kb::seed::parse_seed(&p.seed, p.front_matter, p.back_matter).unwrap();
        assert_eq!(seed.paragraphs.len(), 2);
        assert_eq!(
            seed.paragraphs[1].text,
            "A sentence split by a page break goes on here."
        );
    }

    #[test]
    fn bylines_and_dates_in_their_forms() {
        type Day = Option<(i32, u8, u8)>;
        let cases: &[(&str, Day)] = &[
            ("November 9, 2023", Some((2023, 11, 9))),
            ("9 November 2023", Some((2023, 11, 9))),
            ("Nov. 9, 2023", Some((2023, 11, 9))),
            ("2023-11-09", Some((2023, 11, 9))),
            // A leading weekday, in full or short.
            ("Friday, November 12, 2027", Some((2027, 11, 12))),
            ("Wed 17 March 2027", Some((2027, 3, 17))),
            ("Fri. 12 Nov. 2027", Some((2027, 11, 12))),
            ("February 30, 2023", None),
            ("sometime", None),
        ];
        for (s, want) in cases {
            assert_eq!(parse_date(s), *want, "{s}");
        }
    }

    #[test]
    fn bad_inputs_say_what_is_wrong() {
        let cases: &[(&str, &str)] = &[
            ("", "empty"),
            ("   \n\n  ", "empty"),
            ("\u{0}\u{1}\u{2}binary\u{3}\u{4}", "not text"),
            (
                "Title\n\nJust a paragraph. Another one.\n\nMore text.",
                "byline",
            ),
            ("Title\n\nA B | No. 3 | someday\n\nBody.", "date"),
            ("Title\n\nA B | No. 3 | May 1, 2024", "body"),
        ];
        for (text, word) in cases {
            let e = prepare(text).unwrap_err().to_string();
            assert!(e.to_lowercase().contains(word), "{text:?}: {e}");
        }
    }

    #[test]
    fn bylines_with_a_label_before_the_number() {
        // (brief, title, authors, number, date)
        type Case<'a> = (&'a str, &'a str, &'a [&'a str], u32, (i32, u8, u8));
        let cases: &[Case] = &[
            (
                "WEEKLY WIRE · ANALYSIS\n\nThe Harbour Deal Falls Apart Again\n\nBy Ana Silva and Tom Berg | Policy Brief No. 77 | Monday, June 3, 2024\n\nBody text here. More.\n",
                "The Harbour Deal Falls Apart Again",
                &["Ana Silva", "Tom Berg"],
                77,
                (2024, 6, 3),
            ),
            (
                "A Plain Title Here\n\nJane Roe | Commentary No. 5 | May 1, 2024\n\nBody text here. More.\n",
                "A Plain Title Here",
                &["Jane Roe"],
                5,
                (2024, 5, 1),
            ),
            (
                // draft43: the authors' institution after their names is not an author.
                "BRIEFING\n\nA Plain Title Here\n\nIrina Dobreva and Martin Keller, Members' Research Service | No. 64 | 13 November 2031\n\nBody text here. More.\n",
                "A Plain Title Here",
                &["Irina Dobreva", "Martin Keller"],
                64,
                (2031, 11, 13),
            ),
            (
                "A Plain Title Here\n\nJane Roe, John Doe and Ann Lee | No. 5 | May 1, 2024\n\nBody text here. More.\n",
                "A Plain Title Here",
                &["Jane Roe", "John Doe", "Ann Lee"],
                5,
                (2024, 5, 1),
            ),
        ];
        for (brief, title, authors, number, date) in cases {
            let p = prepare(brief).unwrap();
            assert_eq!(p.meta.title, *title, "{brief}");
            assert_eq!(p.meta.authors, *authors, "{brief}");
            assert_eq!(p.meta.number, *number, "{brief}");
            assert_eq!(p.meta.published, *date, "{brief}");
        }
    }

    #[test]
    fn wire_bylines_kickers_and_datelines_of_draft44() {
        // (brief, the --published option, what is read: (authors, number, date, series,
        // publisher), or a word the refusal says)
        type Read<'a> = Result<(&'a [&'a str], u32, (i32, u8, u8), &'a str, &'a str), &'a str>;
        type Case<'a> = (&'a str, Option<(i32, u8, u8)>, Read<'a>);
        const WIRE: &str = "ANALYSIS No. 5120\n\nInsurers Take the Province to Court Over a Law\n\nBy Claire Tremblay and Arjun Mehta\n\nKELOWNA, British Columbia, Aug. 19 (Northstar Wire) \u{2013} The insurers went to court. They lost.\n\nMore body here. And more.\n\nAdditional reporting by Joe Bloggs in Vancouver; editing by Ann Lee and Bo Chan\n";
        let with_year = WIRE.replace("Aug. 19 (", "Aug. 19, 2032 (");
        let copyright = format!("{WIRE}\n\u{a9} 2031 Northstar Wire\n");
        let kicker_year = WIRE.replace("ANALYSIS No. 5120", "ANALYSIS No. 5120 | 2030");
        let day_first = WIRE.replace("Aug. 19 (Northstar Wire)", "19 August (Reuters)");
        let no_number = WIRE.replace("ANALYSIS No. 5120", "ANALYSIS");
        let no_dateline = WIRE.replace(
            "KELOWNA, British Columbia, Aug. 19 (Northstar Wire) \u{2013} ",
            "",
        );
        let three = "NEWS ANALYSIS No. 7\n\nA Title of Four Words\n\nBy Ana Silva, Pieter van der Berg and Tom Berg\n\nRIGA, 3 March 2031 \u{2013} Rail work began. It was slow.\n\nMore body here. And more.\n";
        let cases: Vec<(&str, Case)> = vec![
            // The year is the option's when the dateline has none.
            (
                "the option gives the year",
                (
                    WIRE,
                    Some((2032, 8, 19)),
                    Ok((
                        &["Claire Tremblay", "Arjun Mehta"],
                        5120,
                        (2032, 8, 19),
                        "Analysis",
                        "Northstar Wire",
                    )),
                ),
            ),
            // Without it, the brief is refused with the option to pass.
            ("no year anywhere", (WIRE, None, Err("--published"))),
            // A year in the dateline, in the kicker or in a copyright line dates the story.
            (
                "the dateline's year",
                (
                    with_year.as_str(),
                    None,
                    Ok((
                        &["Claire Tremblay", "Arjun Mehta"],
                        5120,
                        (2032, 8, 19),
                        "Analysis",
                        "Northstar Wire",
                    )),
                ),
            ),
            (
                "a copyright line",
                (
                    copyright.as_str(),
                    None,
                    Ok((
                        &["Claire Tremblay", "Arjun Mehta"],
                        5120,
                        (2031, 8, 19),
                        "Analysis",
                        "Northstar Wire",
                    )),
                ),
            ),
            (
                "the kicker's year",
                (
                    kicker_year.as_str(),
                    None,
                    Ok((
                        &["Claire Tremblay", "Arjun Mehta"],
                        5120,
                        (2030, 8, 19),
                        "Analysis",
                        "Northstar Wire",
                    )),
                ),
            ),
            // A day-first dateline, with another agency.
            (
                "day first",
                (
                    day_first.as_str(),
                    Some((2032, 8, 19)),
                    Ok((
                        &["Claire Tremblay", "Arjun Mehta"],
                        5120,
                        (2032, 8, 19),
                        "Analysis",
                        "Reuters",
                    )),
                ),
            ),
            // Three authors, one with a particle; a label of two words in capitals.
            (
                "three authors",
                (
                    three,
                    None,
                    Ok((
                        &["Ana Silva", "Pieter van der Berg", "Tom Berg"],
                        7,
                        (2031, 3, 3),
                        "News Analysis",
                        "",
                    )),
                ),
            ),
            // No number anywhere, or no date and no dateline: refused, saying what to add.
            (
                "no number",
                (no_number.as_str(), Some((2032, 8, 19)), Err("kicker")),
            ),
            (
                "no dateline",
                (no_dateline.as_str(), None, Err("--published")),
            ),
        ];
        for (what, (brief, published, want)) in cases {
            match (prepare_with(brief, published), want) {
                (Ok(p), Ok((authors, number, date, series, publisher))) => {
                    assert_eq!(p.meta.authors, authors, "{what}");
                    assert_eq!(p.meta.number, number, "{what}");
                    assert_eq!(p.meta.published, date, "{what}");
                    assert_eq!(p.meta.series.as_deref(), Some(series), "{what}");
                    assert_eq!(
                        p.meta.publisher.as_deref().unwrap_or(""),
                        publisher,
                        "{what}"
                    );
                    assert!(p.meta.title.split(' ').count() >= 4, "{what}");
                }
                (Err(e), Err(word)) => {
                    let e = e.to_string();
                    assert!(e.contains(word), "{what}: {e}");
                }
                (got, want) => panic!("{what}: {:?} against {want:?}", got.map(|p| p.meta)),
            }
        }
        // The byline's own date stays the text's without the option, and the option wins.
        let seed =
            "Title of the Brief\n\nJane Roe | No. 4 | May 1, 2024\n\nBody text here. More.\n";
        assert_eq!(
            prepare_with(seed, None).unwrap().meta.published,
            (2024, 5, 1)
        );
        assert_eq!(
            prepare_with(seed, Some((2024, 5, 2)))
                .unwrap()
                .meta
                .published,
            (2024, 5, 2)
        );
        // The credit line is the wire's back matter, with its editors.
        let p = prepare_with(WIRE, Some((2032, 8, 19))).unwrap();
        assert_eq!(p.meta.editors, vec!["Ann Lee", "Bo Chan"]);
        assert_eq!((p.front_matter, p.back_matter), (3, 1));
    }

    #[test]
    fn research_service_kickers_and_dated_bylines_of_draft46() {
        // (what, the front matter, what is read: (authors, number, date, series, publisher), or
        // a word the refusal says). The body and back matter are the same for every row.
        type Read<'a> = Result<(&'a [&'a str], u32, (i32, u8, u8), &'a str, &'a str), &'a str>;
        const BODY: &str = "\n\nThe bill passed. It was close.\n\nMore body here. And more.\n\nEdited by Aoife Brennan, Head of Research. Notes are prepared for Members and their staff.\n";
        let cases: Vec<(&str, &str, Read)> = vec![
            (
                "posts in brackets, the date day first after a label",
                "Oireachtas Library & Research Service | Spotlight No. 4 of 2035\n\nShort-Term Letting After the Register and Its Effects\n\nCiara Mulvey, Senior Parliamentary Researcher (Housing), and Eoin Haslam, Parliamentary Researcher (Law) | Published 14 March 2035",
                Ok((
                    &["Ciara Mulvey", "Eoin Haslam"],
                    4,
                    (2035, 3, 14),
                    "Spotlight",
                    "Oireachtas Library & Research Service",
                )),
            ),
            (
                "another publisher, the date month first after a colon",
                "Scottish Parliament Information Centre | Briefing No. 12 of 2031\n\nA Title of at Least Four Words\n\nJane Roe, Senior Researcher (Health) | Published: March 3, 2031",
                Ok((
                    &["Jane Roe"],
                    12,
                    (2031, 3, 3),
                    "Briefing",
                    "Scottish Parliament Information Centre",
                )),
            ),
            (
                "the number first, no posts, 'Posted on'",
                "Insight No. 7 | Northern Policy Forum\n\nA Title of at Least Four Words\n\nAna Silva and Tom Berg | Posted on 9 November 2030",
                Ok((
                    &["Ana Silva", "Tom Berg"],
                    7,
                    (2030, 11, 9),
                    "Insight",
                    "Northern Policy Forum",
                )),
            ),
            (
                "no number in a kicker",
                "Northern Policy Forum\n\nA Title of at Least Four Words\n\nAna Silva and Tom Berg | Published 9 November 2030",
                Err("kicker"),
            ),
            (
                "a bar before no date is no byline",
                "Northern Policy Forum | Insight No. 7\n\nA Title of at Least Four Words\n\nAna Silva and Tom Berg | Housing",
                Err("no byline"),
            ),
        ];
        for (what, front, want) in cases {
            let brief = format!("{front}{BODY}");
            match (prepare(&brief), want) {
                (Ok(p), Ok((authors, number, date, series, publisher))) => {
                    assert_eq!(p.meta.authors, authors, "{what}");
                    assert_eq!(p.meta.number, number, "{what}");
                    assert_eq!(p.meta.published, date, "{what}");
                    assert_eq!(p.meta.series.as_deref(), Some(series), "{what}");
                    assert_eq!(p.meta.publisher.as_deref(), Some(publisher), "{what}");
                    assert!(p.meta.title.split(' ').count() >= 4, "{what}");
                    // The editors' line runs on into a sentence about the series, and the
                    // editor's post is no editor.
                    assert_eq!(p.meta.editors, vec!["Aoife Brennan"], "{what}");
                    assert_eq!((p.front_matter, p.back_matter), (3, 1), "{what}");
                }
                (Err(e), Err(word)) => {
                    let e = e.to_string();
                    assert!(e.contains(word), "{what}: {e}");
                }
                (got, want) => panic!("{what}: {:?} against {want:?}", got.map(|p| p.meta)),
            }
        }
        // An initial inside an editor's name ends no sentence.
        assert_eq!(
            editor_names("Jane R. Roe and John Doe"),
            vec!["Jane R. Roe", "John Doe"]
        );
    }

    #[test]
    fn a_body_paragraph_may_open_with_a_list_heading_word() {
        // (fourth block, whether the back matter starts there)
        let long = "Sources quoted by The Globe and Mail alleged that Cascadia Mutual had pressed the IBC to file the petition after the regulator rejected its request for a rate increase.";
        let cases: &[(&str, bool)] = &[
            (long, false),
            ("Notes quoted in the ruling, which the court published on its website on Tuesday evening, show that the judges were split three to two on the remedy they chose.", false),
            ("Sources: Reuters; the ministry's annual report.", true),
            ("Sources and further reading\n1. The ministry's annual report.", true),
            ("Notes\n1. The figures are the ministry's.", true),
        ];
        for (block, back) in cases {
            let brief = format!(
                "A Title of Four Words\n\nJane Roe | No. 4 | May 1, 2024\n\nBody text here. More.\n\n{block}\n"
            );
            let p = prepare(&brief).unwrap();
            assert_eq!(p.back_matter == 1, *back, "{block}");
        }
    }

    #[test]
    fn title_and_editor_lines_in_other_forms() {
        // (brief, title, editors)
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "# A Markdown Title\n\nJane Roe | No. 4 | May 1, 2024\n\nBody text here. More.\n\nEditors: Ann Lee\n",
                "A Markdown Title",
                &["Ann Lee"],
            ),
            (
                "Plain Title\n\nJane Roe | No. 4 | May 1, 2024\n\nBody text here. More.\n\nSeries editors: Ann Lee and Bo Chan\n",
                "Plain Title",
                &["Ann Lee", "Bo Chan"],
            ),
            // draft41: the series' name before "series editor" (it names the series too).
            (
                "Plain Title\n\nJane Roe | No. 4 | May 1, 2024\n\nBody text here. More.\n\nAsia Health Commentary series editor: Nadia Karim\n",
                "Plain Title",
                &["Nadia Karim"],
            ),
            (
                "Plain Title\n\nJane Roe | No. 4 | May 1, 2024\n\nBody text here. More.\n\nPolicy Notes Series Editors: Ann Lee and Bo Chan\n",
                "Plain Title",
                &["Ann Lee", "Bo Chan"],
            ),
        ];
        for (brief, title, editors) in cases {
            let p = prepare(brief).unwrap();
            assert_eq!(p.meta.title, *title, "{brief}");
            assert_eq!(p.meta.editors, *editors, "{brief}");
            assert_eq!(p.back_matter, 1, "{brief}");
        }
        let p = prepare(cases[2].0).unwrap();
        assert_eq!(p.meta.series.as_deref(), Some("Asia Health Commentary"));
        // A line that only mentions a series editor is no editors' line.
        assert_eq!(
            super::named_series_editor("The new series editor: a profile"),
            None
        );
    }

    #[test]
    fn a_publisher_line_with_its_editors_is_back_matter() {
        // (brief, back matter blocks, editors, publisher, series)
        type Case<'a> = (
            &'a str,
            usize,
            &'a [&'a str],
            Option<&'a str>,
            Option<&'a str>,
        );
        let cases: &[Case] = &[
            (
                "ANDES ANALYSIS\n\nTwo Prices for One Dollar in Court\n\nAna Ruiz | No. 88 | \
                 September 13, 2027\n\nBody text here. More.\n\nThe end is near.\n\nAndes \
                 Analysis is published by the Instituto Andino de Estudios Económicos (IADEE) \
                 in La Paz. Edited by Mariela Gutiérrez Soliz and Franz Quiroga.\n",
                1,
                &["Mariela Gutiérrez Soliz", "Franz Quiroga"],
                Some("Instituto Andino de Estudios Económicos (IADEE)"),
                Some("Andes Analysis"),
            ),
            (
                // draft42: the publisher and the editors on one line, set apart by a bar.
                "POLICY MEMO\n\nA Title for the Memo Here\n\nAna Ruiz | No. 88 | May 3, 2027\n\n\
                 Body text here. More.\n\nThe end is near.\n\nNortheast Asia Governance \
                 Programme | Editors: Ann Lee and Bo Chan\n",
                1,
                &["Ann Lee", "Bo Chan"],
                Some("Northeast Asia Governance Programme"),
                None,
            ),
            (
                // draft43: the editors after the publisher and a credit for the reporting.
                "COURTS\n\nA Title for the Story Here\n\nAna Ruiz | No. 88 | May 3, 2027\n\n\
                 Body text here. More.\n\nThe end is near.\n\nAndes-Atlantic Wire | \
                 Additional reporting by Rui Lima in São Paulo | Editing by Ann Lee and Bo \
                 Chan\n",
                1,
                &["Ann Lee", "Bo Chan"],
                Some("Andes-Atlantic Wire"),
                None,
            ),
            (
                // draft43: an acronym, the publisher's name spelled out, then the editor.
                "A Title for the Brief Here\n\nAna Ruiz | No. 8 | May 3, 2027\n\nBody text \
                 here. More.\n\nThe end is near.\n\nEPRS | European Parliamentary Research \
                 Service | Editor: Ann Lee\n",
                1,
                &["Ann Lee"],
                Some("European Parliamentary Research Service"),
                None,
            ),
            (
                // draft42: the author note's institution ends before the clause on what it
                // publishes, and that clause names the series.
                "A Title for the Brief Here\n\nAna Ruiz | No. 8 | May 3, 2027\n\nBody text \
                 here. More.\n\nThe end is near.\n\nAna Ruiz is a senior fellow at the Geneva \
                 Centre for Trade and Health, which publishes the Trade and Health Brief \
                 series.\n\nEditors of the series: Ann Lee\n",
                2,
                &["Ann Lee"],
                Some("Geneva Centre for Trade and Health"),
                Some("Trade and Health Brief"),
            ),
            (
                // A body paragraph that mentions a publisher is not back matter.
                "A Title for the Brief Here\n\nAna Ruiz | No. 8 | May 3, 2027\n\nBody text \
                 here. More.\n\nThe report is published by the ministry every year. It says \
                 little.\n\nThe end is near.\n",
                0,
                &[],
                None,
                None,
            ),
        ];
        for (brief, back, editors, publisher, series) in cases {
            let p = prepare(brief).unwrap();
            assert_eq!(p.back_matter, *back, "{brief}");
            assert_eq!(p.meta.editors, *editors, "{brief}");
            assert_eq!(p.meta.publisher.as_deref(), *publisher, "{brief}");
            assert_eq!(p.meta.series.as_deref(), *series, "{brief}");
        }
    }

    #[test]
    fn reviewers_are_the_editors() {
        let p = prepare(
            "Snow Crab on the Shelf\n\nKari Solbakken | No. 9 | 17 March 2027\n\nBody text here. More.\n\n\
             The end is near.\n\nReviewed by Ingvild Bakke and Henrik Øvrebø\n",
        )
        .unwrap();
        assert_eq!(p.meta.editors, vec!["Ingvild Bakke", "Henrik Øvrebø"]);
        assert_eq!(p.back_matter, 1);
        // draft37: a reviewer's job title after the name is no second editor.
        let p = prepare(
            "Snow Crab on the Shelf\n\nKari Solbakken | No. 9 | 17 March 2027\n\nBody text here. More.\n\n\
             The end is near.\n\nReviewed by Alison Tupou, Manager, Research and Committee Services\n",
        )
        .unwrap();
        assert_eq!(p.meta.editors, vec!["Alison Tupou"]);
        // draft38: a wire-style credit line names its editors after its reporters.
        for (line, editors) in [
            (
                "Additional reporting by Jason Chin in Kuala Lumpur; editing by Farah Idris and Michael Tan",
                vec!["Farah Idris", "Michael Tan"],
            ),
            (
                "Reporting by Ana Silva; Edited by Tom Hale.",
                vec!["Tom Hale"],
            ),
        ] {
            let p = prepare(&format!(
                "Snow Crab on the Shelf\n\nKari Solbakken | No. 9 | 17 March 2027\n\nBody text here. More.\n\n\
                 The end is near.\n\n{line}\n"
            ))
            .unwrap();
            assert_eq!(p.meta.editors, editors, "{line}");
            assert_eq!(p.back_matter, 1, "{line}");
        }
        // Names after a name are still editors.
        assert_eq!(
            editor_names("Ann Lee, Bo Chan and Cy Park"),
            vec!["Ann Lee", "Bo Chan", "Cy Park"]
        );
    }

    #[test]
    fn bracketed_posts_and_reviewers_after_a_disclaimer_of_draft49() {
        // (front matter, back matter, authors, editors)
        let cases: &[(&str, &str, &[&str], &[&str])] = &[
            // Posts and cities in brackets after the authors are no authors.
            (
                "Nino Beridze (Partner, Tbilisi) and Callum Reid (Counsel, London) | Alert No. 47 | 13 October 2033",
                "Edited by Ann Lee",
                &["Nino Beridze", "Callum Reid"],
                &["Ann Lee"],
            ),
            (
                "Ana Ruiz (Senior Fellow), Bo Chan and Cy Park (Director) | No. 8 | 2 May 2030",
                "Edited by Ann Lee",
                &["Ana Ruiz", "Bo Chan", "Cy Park"],
                &["Ann Lee"],
            ),
            // Reviewers after a disclaimer in the same block of the back matter are the
            // editors.
            (
                "Kari Solbakken | No. 9 | 17 March 2027",
                "Notes: 1 See the award.\n\nThis alert is for general information only and is not legal advice. Reviewed by Giorgi Lomidze and Harriet Okafor.",
                &["Kari Solbakken"],
                &["Giorgi Lomidze", "Harriet Okafor"],
            ),
            // A sentence about reviewing with no capital after it names nobody.
            (
                "Kari Solbakken | No. 9 | 17 March 2027",
                "Notes: 1 See the award. 2 The act, art. 3.",
                &["Kari Solbakken"],
                &[],
            ),
        ];
        for (front, back, authors, editors) in cases {
            let p = prepare(&format!(
                "A Title for the Alert\n\n{front}\n\nBody text here. More.\n\nThe end is near.\n\n{back}\n"
            ))
            .unwrap();
            assert_eq!(p.meta.authors, *authors, "{front}");
            assert_eq!(p.meta.editors, *editors, "{back}");
        }
    }

    #[test]
    fn a_standfirst_is_not_the_title_and_the_authors_note_is_back_matter() {
        // (brief, title, back matter blocks, publisher)
        let cases: &[(&str, &str, usize, Option<&str>)] = &[
            (
                "The Canal Deal Is About Water, Not Ships\n\nTalks ended without a text. The board should wait.\n\n\
                 Ada Brann & Teo Lind | No. 9 | 4 May 2027\n\nBody text here. More.\n\nThe end is near.\n\n\
                 Ada Brann is a senior fellow and Teo Lind a fellow at the Vessen Institute for Water.\n\nEdited by Ann Lee\n",
                "The Canal Deal Is About Water, Not Ships",
                2,
                Some("Vessen Institute for Water"),
            ),
            (
                // A kicker above the title is too short to be a headline; a title ending in a
                // question mark is still the title.
                "Commentary\n\nWho Pays for the Canal?\n\nAda Brann | No. 9 | May 4, 2027\n\nBody text here. More.\n\n\
                 Ada Brann said more in the body later on.\n\nEditors: Ann Lee\n",
                "Who Pays for the Canal?",
                1,
                None,
            ),
            (
                // draft35: a note giving a translation's original title is not the title.
                "NOTE D'ANALYSE\n\nA Toll on the Desert Road\n\nTranslated from the French: « Un péage sur la route »\n\n\
                 Ada Brann | No. 9 | 4 May 2027\n\nBody text here. More.\n\nAda Brann said more in the body later on.\n\nEditors: Ann Lee\n",
                "A Toll on the Desert Road",
                1,
                None,
            ),
            (
                // draft37: an authors' note in italics, by an economist, is back matter.
                "The Canal Deal Is About Water\n\nAda Brann & Teo Lind | No. 9 | 4 May 2027\n\nBody text here. More.\n\n\
                 The end is near.\n\n*Ada Brann is an energy economist based in Cairo. Teo Lind covers commodities.*\n\nEdited by Ann Lee\n",
                "The Canal Deal Is About Water",
                2,
                None,
            ),
            (
                // draft37: a masthead line set wholly in italics under a markdown heading is
                // a standfirst; the heading is the title.
                "# The Gas Gap: Why Egypt Pays\n\n*The Ledger, a newsletter on energy and money*\n\n\
                 Ada Brann | No. 9 | May 4, 2027\n\nBody text here. More.\n\nAda Brann said more in the body later on.\n\nEditors: Ann Lee\n",
                "The Gas Gap: Why Egypt Pays",
                1,
                None,
            ),
        ];
        for (brief, title, back, publisher) in cases {
            let p = prepare(brief).unwrap();
            assert_eq!(p.meta.title, *title, "{brief}");
            assert_eq!(p.back_matter, *back, "{brief}");
            assert_eq!(p.meta.publisher.as_deref(), *publisher, "{brief}");
            assert_eq!(p.meta.published, (2027, 5, 4), "{brief}");
        }
    }
}
