//! draft47: a general reader of a brief's front matter, tried when none of the bylines the
//! drafter knows is found.
//!
//! The readers in [`super::metadata`] each know one layout. This one reads the front block as a
//! person does: the lines before the body may hold kicker lines (the publisher, the series,
//! labels such as "EXPLAINER"), the title, a standfirst, the authors, the date and place or time
//! stamps, in any order and set apart by blank lines or not. Each line is classified by what it
//! is on its own (a date, a line of names, a kicker), and the title is the first line that is
//! none of these and reads as a headline. It never changes a brief that the other readers read,
//! since it is only asked when they find no byline.

use std::sync::LazyLock;

use regex::Regex;

use super::dates::month_number;
use super::metadata::is_weekday;
use crate::kb::date::days_in_month;

/// What the front block says, as far as it says it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Front {
    /// The index of the last block of the front matter: the body starts after it.
    pub last_block: usize,
    pub title: String,
    pub authors: Vec<String>,
    /// The line the first author was read from, for an error that must name it.
    pub author_line: String,
    /// The first publication date, or an update's when the front block gives no other.
    pub published: Option<(i32, u8, u8)>,
    pub number: Option<u32>,
    pub series: Option<String>,
    pub publisher: Option<String>,
}

/// How many blocks from the top may hold front matter: a front block longer than this is a body.
const FRONT_BLOCKS: usize = 10;

/// Separators between the parts of a kicker, author or date line: bars, middle dots, bullets and
/// dashes set apart by spaces (a hyphen inside a word joins, it does not separate).
static PARTS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*[|·•]\s*|\s+[—–]\s+").expect("valid"));

/// A whole date written out: month first ("March 15, 2037", "Oct. 7, 2036"), day first ("15
/// March 2037"), ISO ("2036-10-21") or with dots, day first as in Europe ("21.10.2036"). A date
/// with slashes is left unread: "4/10/2036" is April in one country and October in another.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \b(?P<m1>\p{Lu}\p{Ll}{2,8}\.?)\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})\b
        |\b(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>\p{Lu}\p{Ll}{2,8}\.?),?\s+(?P<y2>\d{4})\b
        |\b(?P<y3>\d{4})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})\b
        |\b(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>\d{4})\b",
    )
    .expect("valid")
});

/// A time after a date ("6:00 a.m. CST", "at 14.30", "09:15 GMT"): it says when in the day, not
/// which day, and leaves the line a date line.
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:at\s+)?\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s+\p{Lu}{2,5})?$")
        .expect("valid")
});

/// Words that say what a date is the date of, before it ("First published on", "Updated:").
const DATE_LABELS: &[&str] = &[
    "published",
    "first",
    "originally",
    "posted",
    "updated",
    "last",
    "released",
    "issued",
    "date",
    "dated",
    "on",
    "publication",
    "revised",
    "modified",
    "this",
    "version",
];

/// The labels that mark a later date than the publication's.
const UPDATE_LABELS: &[&str] = &["updated", "revised", "modified", "last"];

/// A label that opens an author line ("By", "Written by", "Authors:").
static BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:[Bb]y|BY|[Ww]ritten\s+by|[Ww]ords\s+by)\b\s*:?|[Aa]uthors?\s*:)\s*")
        .expect("valid")
});

/// The brief's number in its forms: "Vol. 9, No. 2,114" (the number is the No.), "Spotlight No.
/// 4 of 2035", "Working Note 4/2036" (the note's number in its year), "Brief #17", "Issue 31".
/// A number may have commas between its thousands.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \bVol(?:ume)?\.?\s*\d+\s*[,;]?\s*(?:No|Nr|Issue)\.?\s*(?P<vol>\d{1,3}(?:,\d{3})+|\d+)\b
        |(?:^|\s)(?:No|Nr|N[º°]|№|Number)\.?\s*(?P<no>\d{1,3}(?:,\d{3})+|\d+)\b
        |\b(?P<slash>\d{1,4})/(?P<year>\d{4})\b
        |\#\s*(?P<hash>\d+)\b
        |\b(?:Issue|Edition)\s+(?P<issue>\d+)\b",
    )
    .expect("valid")
});

/// Words that name an organisation or a kind of paper, never a person, besides the words for a
/// body that publishes ([`INSTITUTIONS`]): kinds of paper, subjects, newsroom and office words.
const OTHER_ORG_WORDS: &[&str] = &[
    "News",
    "Review",
    "Journal",
    "Policy",
    "Law",
    "Brief",
    "Briefing",
    "Note",
    "Paper",
    "Report",
    "Analysis",
    "Commentary",
    "Explainer",
    "Insight",
    "Issue",
    "Bank",
    "Ministry",
    "Committee",
    "Project",
    "Studies",
    "Research",
    "Governance",
    "Affairs",
    "Security",
    "Daily",
    "Weekly",
    "Bulletin",
    "Quarterly",
    "Working",
    "Media",
    "Team",
];

/// Whether `w` names an organisation or a kind of paper, never a person: a line of
/// capitalised words holding one is a kicker or a publisher, not an author.
fn is_org_word(w: &str) -> bool {
    INSTITUTIONS.contains(&w) || OTHER_ORG_WORDS.contains(&w)
}

/// Words for a body that publishes: a kicker's part holding one names the publisher even when it
/// is not the first part. Words for a subject ("Policy", "Law") are not among them: "Space Law
/// and Policy" is a programme's remit, not who publishes.
const INSTITUTIONS: &[&str] = &[
    "University",
    "Universidad",
    "Institute",
    "Institut",
    "Instituto",
    "Centre",
    "Center",
    "Lab",
    "Laboratory",
    "Foundation",
    "Council",
    "Service",
    "School",
    "College",
    "Post",
    "Times",
    "Press",
    "Wire",
    "Agency",
    "Forum",
    "Society",
    "Association",
    "Library",
    "Herald",
    "Tribune",
    "Gazette",
    "Monitor",
    "Observer",
    "Ledger",
    "Unit",
    "Office",
    "Department",
    "Programme",
    "Program",
    "Division",
    "Directorate",
    "Initiative",
    "Network",
    "Group",
];

/// The small words inside a person's name ("Ana de la Cruz", "Jan van der Berg").
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "du", "del", "la", "le", "al", "bin", "ibn", "dos",
    "das", "do", "di", "y",
];

/// The parts of a line, as its separators set them apart.
fn parts(line: &str) -> Vec<&str> {
    PARTS
        .split(line)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// A line without the markdown marks around it ("# Title", "**By Ana Ruiz**").
fn plain(line: &str) -> &str {
    line.trim().trim_matches(['#', '*', '_', ' ', '>'])
}

/// The date a part of a line gives when the date is what the part says, and whether it is an
/// update's: the words before it may only label it ("Published", "Updated on") or name the day
/// of the week or a place ("BRUSSELS,"), and the words after it may only give the time. A date
/// inside a headline or a sentence ("What the March 15, 2037 Vote Means") is not a date line.
pub(crate) fn date_in_part(part: &str) -> Option<((i32, u8, u8), bool)> {
    let part = plain(part);
    let caps = DATE.captures(part)?;
    let whole = caps.get(0)?;
    let (y, m, d) = if let Some(m) = caps.name("m1") {
        (&caps["y1"], month_number(m.as_str())?, &caps["d1"])
    } else if let Some(m) = caps.name("m2") {
        (&caps["y2"], month_number(m.as_str())?, &caps["d2"])
    } else if let Some(m) = caps.name("m3") {
        (&caps["y3"], m.as_str().parse().ok()?, &caps["d3"])
    } else {
        (&caps["y4"], caps["m4"].parse().ok()?, &caps["d4"])
    };
    // A month name must be one ("Marchetti 15, 2037" is no date), in full or short.
    if let Some(word) = caps.name("m1").or(caps.name("m2")) {
        let w = word.as_str().trim_end_matches('.').to_lowercase();
        if !crate::kb::date::MONTH_NAMES
            .iter()
            .any(|f| f.to_lowercase().starts_with(&w))
        {
            return None;
        }
    }
    let (y, d): (i32, u8) = (y.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    let before = part[..whole.start()].trim();
    let after = part[whole.end()..]
        .trim_start_matches([',', '.', ';', ' '])
        .trim();
    let words: Vec<String> = before
        .split(|c: char| c.is_whitespace() || c == ',' || c == ':')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    let labelled = words
        .iter()
        .all(|w| DATE_LABELS.contains(&w.as_str()) || is_weekday(w));
    // A place stamp before the date ends in a comma: "BRUSSELS," or "Mexico City,".
    let placed = before.ends_with(',')
        && before.split_whitespace().count() <= 3
        && before
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || is_weekday(w));
    if !(labelled || placed) {
        return None;
    }
    if !(after.is_empty() || TIME.is_match(after) || after.starts_with('(')) {
        return None;
    }
    let updated = words.iter().any(|w| UPDATE_LABELS.contains(&w.as_str()));
    Some(((y, m, d), updated))
}

/// The dates a line gives, one a part ("Updated 9 May 2036 | First published 2 May 2036").
fn dates_in_line(line: &str) -> Vec<((i32, u8, u8), bool)> {
    parts(line).into_iter().filter_map(date_in_part).collect()
}

/// Whether a line gives a date.
fn date_in_line(line: &str) -> bool {
    !dates_in_line(line).is_empty()
}

/// Whether a part of a line is a person's name: two to five words, each capitalised or an
/// initial ("Ana M. Ruiz") or a particle inside the name ("Ana de la Cruz"), none a word for an
/// organisation, and not set wholly in capitals (a kicker is).
pub(crate) fn person_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if !(2..=5).contains(&words.len()) {
        return false;
    }
    let particle = |w: &str| PARTICLES.contains(&w);
    let word_ok = |w: &str| {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '\u{2019}' | '-'))
            && (w.chars().any(char::is_lowercase) || letters <= 2 && w.ends_with('.'))
            && !is_org_word(w.trim_end_matches(['.', ',']))
    };
    !particle(words[0])
        && !particle(words[words.len() - 1])
        && words.iter().all(|w| particle(w) || word_ok(w))
        // An initial alone is no name: at least one word is a whole one.
        && words.iter().any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        && !words.iter().all(|w| month_number(w).is_some() || is_weekday(w))
}

/// Whether a piece of an author line is a post or an affiliation that follows a name ("Senior
/// Fellow", "Professor of Law at Lund University"), not a person.
fn post_or_affiliation(piece: &str) -> bool {
    super::metadata::is_post(piece)
        || piece
            .split_whitespace()
            .any(|w| is_org_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// The names an author line gives, without "By", affiliations in brackets, posts or the cities
/// the authors write from ("By Ana Ruiz in Lima and Tom Berg in Oslo"). A line without "By" is
/// read only where `bare` allows (after the title), and then every piece of it must be a name
/// or a post: a title in capitalised words ("Water Rights Reform") has other pieces. After "By"
/// a piece that is neither ("Reuters") is left out, as the label says the names come first.
pub(crate) fn authors_in_line(line: &str, bare: bool) -> Option<Vec<String>> {
    static BRACKETS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\s*\([^()]*\)").expect("valid"));
    for part in parts(plain(line)) {
        let (by, rest) = match BY.find(part) {
            Some(m) => (true, &part[m.end()..]),
            None => (false, part),
        };
        if !by && !bare || rest.chars().any(|c| c.is_ascii_digit()) || rest.ends_with(['.', '?']) {
            continue;
        }
        let rest = BRACKETS.replace_all(rest, "");
        let mut names = Vec::new();
        let mut ok = true;
        for piece in rest
            .replace(" & ", ", ")
            .replace(", and ", ", ")
            .replace(" and ", ", ")
            .replace(" with ", ", ")
            .split([',', ';'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            // "Ana Ruiz in Lima", "Tom Berg at Lund University": the name ends before the place.
            let name = [" in ", " at ", " for ", " from "]
                .iter()
                .filter_map(|w| piece.find(w))
                .min()
                .map_or(piece, |at| &piece[..at]);
            // A post reads like a name ("Senior Fellow"), so it is told apart first.
            if super::metadata::is_post(piece) {
                continue;
            }
            if person_name(name) {
                if !names.iter().any(|n| n == name) {
                    names.push(name.to_string());
                }
            } else if post_or_affiliation(piece) || (by && !names.is_empty()) {
                continue;
            } else {
                ok = false;
                break;
            }
        }
        if ok && !names.is_empty() {
            return Some(names);
        }
    }
    None
}

/// The brief's number and series in a line ("Working Note 4/2036 · Space Law and Policy": 4,
/// "Working Note"). The series is the capitalised words before the number in the same part.
pub(crate) fn number_in_line(line: &str) -> Option<(u32, Option<String>)> {
    parts(plain(line)).into_iter().find_map(|part| {
        let caps = NUMBER.captures(part)?;
        let n = ["vol", "no", "slash", "hash", "issue"]
            .iter()
            .find_map(|g| caps.name(g))?;
        let number: u32 = n
            .as_str()
            .replace(',', "")
            .parse()
            .ok()
            .filter(|&n| n > 0)?;
        // "4/2036" numbers a note in its year; a slash between other numbers is a fraction or
        // a date ("3/15/2037"), not a number.
        if caps.name("slash").is_some()
            && (part[..n.start()].ends_with('/')
                || !caps["year"]
                    .parse::<i32>()
                    .is_ok_and(|y| (1900..=2199).contains(&y)))
        {
            return None;
        }
        let whole = caps.get(0)?;
        let before = part[..whole.start()].trim();
        // "Quarterly Review Vol. 9, No. 2,114" names its series before the volume.
        let before = before.trim_end_matches([',', ';', ':']).trim();
        let words: Vec<&str> = before.split_whitespace().collect();
        let series = (!words.is_empty()
            && words.len() <= 6
            && words[0].starts_with(char::is_uppercase)
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase) || matches!(*w, "of" | "and" | "on" | "&")
            }))
        .then(|| capitals_as_words(before));
        Some((number, series))
    })
}

/// A part in capitals ("UMEÅ UNIVERSITY") written as a name is ("Umeå University"); small words
/// inside it are set in lower case, and a part in mixed case is kept as it is.
fn capitals_as_words(s: &str) -> String {
    if s.chars().any(char::is_lowercase) {
        return s.to_string();
    }
    s.split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            let lower = w.to_lowercase();
            if i > 0
                && matches!(
                    lower.as_str(),
                    "of" | "and" | "the" | "for" | "on" | "in" | "de"
                )
            {
                return lower;
            }
            // A word of two letters or fewer is an acronym ("EU", "UN") and stays as it is.
            if w.chars().filter(|c| c.is_alphabetic()).count() <= 2 {
                return w.to_string();
            }
            let mut cs = lower.chars();
            cs.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(cs).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a line is a kicker above the title: set wholly in capitals ("EXPLAINER"), holding
/// the brief's number ("Issue 31"), or made of short parts set apart by separators ("Working
/// Note 4/2036 · Space Law and Policy").
pub(crate) fn is_kicker(line: &str) -> bool {
    let line = plain(line);
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= 2 && !line.chars().any(char::is_lowercase) {
        return true;
    }
    if number_in_line(line).is_some() {
        return true;
    }
    let ps = parts(line);
    ps.len() >= 2
        && ps
            .iter()
            .all(|p| p.split_whitespace().count() <= 8 && !p.ends_with(['.', '?', '!']))
}

/// The publisher a kicker line names: its first part when that is a name of two words or more
/// ("THE MERIDIAN POST | MEXICO & CENTRAL AMERICA | EXPLAINER"), or else a part that holds a word
/// for an organisation. A single word is a label ("EXPLAINER", "ANALYSIS"), not a publisher.
pub(crate) fn publisher_in_kicker(line: &str) -> Option<String> {
    let ps = parts(plain(line));
    let first = ps
        .first()
        .filter(|p| usable_name(p) && (ps.len() >= 2 || institution(p)));
    first
        .or_else(|| ps.iter().find(|p| usable_name(p) && institution(p)))
        .map(|p| capitals_as_words(p))
}

/// Whether a part of a line can be a publisher's name: two words or more, capitalised, with no
/// number and no date in it.
fn usable_name(p: &str) -> bool {
    p.split_whitespace().count() >= 2
        && number_in_line(p).is_none()
        && date_in_part(p).is_none()
        && super::metadata::name_like(p)
}

/// Whether a part of a line holds a word for a body that publishes.
fn institution(p: &str) -> bool {
    p.split_whitespace()
        .any(|w| INSTITUTIONS.contains(&capitals_as_words(w).as_str()))
}

/// Whether a line is wholly an institution's name ("Institute for Delta Studies"): a publisher's
/// line above the title, which is no headline.
fn institution_line(line: &str) -> bool {
    let ps = parts(plain(line));
    ps.len() == 1 && usable_name(ps[0]) && institution(ps[0])
}

/// Whether a block is body prose: two sentences or more, or one long one.
fn prose(block: &str) -> bool {
    let text = block.split_whitespace().collect::<Vec<_>>().join(" ");
    let ends = text.matches(". ").count() + usize::from(text.ends_with('.'));
    let words = text.split_whitespace().count();
    (ends >= 2 && words >= 25) || (ends >= 1 && words >= 40)
}

/// Reads the front block: the title, the authors, the date, the number, the series and the
/// publisher. The front block runs to the last of the first blocks that gives an author or a
/// date, and stops at the first block of prose after one: a standfirst above the byline is
/// front matter, a paragraph below it is the body. `None` when no author line or no title is
/// found.
pub(crate) fn read_front(blocks: &[String]) -> Option<Front> {
    // (block, line) for the lines of the first blocks, up to the body. A line of names counts
    // as an author line only below a line that could be the title: above it, a headline in
    // capitalised words ("Water Rights Reform") looks like a name.
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut last_meta = None;
    let mut seen_headline = false;
    // A standfirst is one block of prose; a second one before any byline is the body of a
    // brief that has none, and the search ends there.
    let mut seen_prose = false;
    for (i, b) in blocks.iter().enumerate().take(FRONT_BLOCKS) {
        if prose(b) {
            if last_meta.is_some() || seen_prose {
                break;
            }
            seen_prose = true;
        }
        for l in b.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let p = plain(l);
            let meta = date_in_line(p)
                || BY.is_match(p) && authors_in_line(p, false).is_some()
                || seen_headline && !is_kicker(p) && authors_in_line(p, true).is_some();
            if meta {
                last_meta = Some(i);
            } else if !is_kicker(p) {
                seen_headline = true;
            }
            lines.push((i, l));
        }
    }
    let last_block = last_meta?;
    lines.retain(|&(i, _)| i <= last_block);

    let dated = |l: &str| date_in_line(l);
    let by_line = |l: &str| BY.is_match(plain(l)) && authors_in_line(l, false).is_some();
    let sentence = |l: &str| plain(l).ends_with(['.', '!']);
    let candidate =
        |l: &str| !dated(l) && !by_line(l) && !is_kicker(l) && !sentence(l) && !plain(l).is_empty();
    let candidates: Vec<usize> = (0..lines.len())
        .filter(|&k| candidate(lines[k].1))
        .collect();
    // The title is the first candidate that is not an institution's name. A label of one or
    // two words above it ("Commentary") is a kicker when a headline follows that is no line of
    // names.
    let first = candidates
        .iter()
        .copied()
        .find(|&k| !institution_line(lines[k].1))
        .or(candidates.first().copied())?;
    let short = |l: &str| plain(l).split_whitespace().count() <= 2 && !plain(l).ends_with('?');
    let title_k = if short(lines[first].1) {
        candidates
            .iter()
            .copied()
            .skip(1)
            .find(|&k| authors_in_line(lines[k].1, true).is_none())
            .unwrap_or(first)
    } else {
        first
    };
    let title = plain(lines[title_k].1)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");

    // The authors: "By" lines anywhere, lines of names only after the title; one author per
    // line is read as well as several on one.
    let mut authors: Vec<String> = Vec::new();
    let mut author_line = None;
    for (k, &(_, l)) in lines.iter().enumerate() {
        if k == title_k || dated(l) && !BY.is_match(plain(l)) && !l.contains(['|', '·', '•']) {
            continue;
        }
        let bare = k > title_k && !sentence(l);
        if let Some(names) = authors_in_line(l, bare) {
            author_line.get_or_insert_with(|| l.to_string());
            for n in names {
                if !authors.contains(&n) {
                    authors.push(n);
                }
            }
        }
    }
    let author_line = author_line?;

    // The first publication date: an update's is taken only when no other date is given.
    let dates: Vec<((i32, u8, u8), bool)> = lines
        .iter()
        .enumerate()
        .filter(|&(k, _)| k != title_k)
        .flat_map(|(_, &(_, l))| dates_in_line(l))
        .collect();
    let published = dates
        .iter()
        .find(|(_, updated)| !updated)
        .or(dates.first())
        .map(|&(d, _)| d);

    let numbered = lines
        .iter()
        .enumerate()
        .filter(|&(k, &(_, l))| k != title_k && !sentence(l))
        .find_map(|(_, &(_, l))| number_in_line(l));
    // The publisher is named in a kicker or an institution's line above the title, or else in
    // a part of another front line ("Rosa Quispe & Juan Mamani | Andes Research Network").
    let publisher = lines[..title_k]
        .iter()
        .filter(|(_, l)| is_kicker(l) || institution_line(l))
        .find_map(|(_, l)| publisher_in_kicker(l))
        .or_else(|| {
            lines
                .iter()
                .enumerate()
                .filter(|&(k, &(_, l))| k != title_k && !sentence(l))
                .flat_map(|(_, &(_, l))| parts(plain(l)))
                .find(|p| usable_name(p) && institution(p) && !person_name(p))
                .map(capitals_as_words)
        });
    Some(Front {
        last_block,
        title,
        authors,
        author_line,
        published,
        number: numbered.as_ref().map(|(n, _)| *n),
        series: numbered.and_then(|(_, s)| s),
        publisher,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::metadata::prepare;
    use crate::draft::DraftError;

    /// A body of prose after every front block: two sentences, long enough to be read as the
    /// body and not as a standfirst.
    const BODY: &str = "\n\nThe ministry said on Tuesday that the agreement would take effect \
        next spring. Officials from both sides had negotiated for more than two years before the \
        text was settled in the capital.\n\nA second paragraph follows here. It says more.\n";

    /// (title, authors, number, series, publisher, date)
    type Want<'a> = (
        &'a str,
        &'a [&'a str],
        u32,
        Option<&'a str>,
        Option<&'a str>,
        (i32, u8, u8),
    );

    #[test]
    fn front_blocks_in_many_layouts() {
        let cases: &[(&str, &str, Result<Want, &str>)] = &[
            (
                "university kickers with dots, a working note, a standfirst, affiliations, a \
                 European date",
                "UMEÅ UNIVERSITY · ARCTIC SPACE GOVERNANCE LAB\nWorking Note 4/2036 · Space Law \
                 and Policy\n\nWho Owns a Lunar Crater?\n\nThe treaty bars claims of \
                 sovereignty. It says little about use.\n\nSigne Lindqvist (Umeå University) & \
                 Tomas Eriksen (University of Tromsø)\n21.10.2036",
                Ok((
                    "Who Owns a Lunar Crater?",
                    &["Signe Lindqvist", "Tomas Eriksen"],
                    4,
                    Some("Working Note"),
                    Some("Umeå University"),
                    (2036, 10, 21),
                )),
            ),
            (
                "a newspaper's kicker with bars, 'By ... in City', a weekday and a time",
                "THE MERIDIAN POST | MEXICO & CENTRAL AMERICA | EXPLAINER\nBrief #17\n\nWhy the \
                 Peso Fell in October\n\nBy Lucía Herrera in Mexico City and Daniel Okafor in \
                 Guatemala City\n\nSunday, March 15, 2037 · 6:00 a.m. CST",
                Ok((
                    "Why the Peso Fell in October",
                    &["Lucía Herrera", "Daniel Okafor"],
                    17,
                    Some("Brief"),
                    Some("The Meridian Post"),
                    (2037, 3, 15),
                )),
            ),
            (
                "Vol. and No. with a comma in the number, three names without 'By'",
                "NORDIC WATER QUARTERLY\nVol. 9, No. 2,114\n\nFjord Salmon Farms Face a New \
                 Levy\n\nInga Solheim, Kari Brekke and Per Aasen\nPublished 3 February 2036",
                Ok((
                    "Fjord Salmon Farms Face a New Levy",
                    &["Inga Solheim", "Kari Brekke", "Per Aasen"],
                    2114,
                    None,
                    None,
                    (2036, 2, 3),
                )),
            ),
            (
                "the series before the volume",
                "Quarterly Review of Mining Law Vol. 3, No. 7\n\nTailings Dams After the \
                 Collapse\n\nBy Rosa Quispe\n\n2035-06-30",
                Ok((
                    "Tailings Dams After the Collapse",
                    &["Rosa Quispe"],
                    7,
                    Some("Quarterly Review of Mining Law"),
                    None,
                    (2035, 6, 30),
                )),
            ),
            (
                "an updated line after the published one",
                "Harbour Dues Rise in Three Ports\n\nBy Mara Quint\n\nPublished Oct. 7, 2036\n\
                 Updated Oct. 9, 2036\nNo. 58",
                Ok((
                    "Harbour Dues Rise in Three Ports",
                    &["Mara Quint"],
                    58,
                    None,
                    None,
                    (2036, 10, 7),
                )),
            ),
            (
                "an update given first, the first publication after it",
                "Issue 12\n\nThe Ferry Subsidy Ends in June\n\nBy Oskar Lind | Updated 9 May \
                 2036 | First published 2 May 2036",
                Ok((
                    "The Ferry Subsidy Ends in June",
                    &["Oskar Lind"],
                    12,
                    None,
                    None,
                    (2036, 5, 2),
                )),
            ),
            (
                "one author a line, an ISO date, the publisher after the number",
                "Issue 31 · Andean Energy Monitor\n\nLithium Royalties After the \
                 Referendum\n\nCarla Mendoza\nJorge Villanueva\n\n2036-10-21",
                Ok((
                    "Lithium Royalties After the Referendum",
                    &["Carla Mendoza", "Jorge Villanueva"],
                    31,
                    None,
                    Some("Andean Energy Monitor"),
                    (2036, 10, 21),
                )),
            ),
            (
                "a standfirst under the title, names with their posts",
                "POLICY BRIEF No. 12\n\nGrid Storage Needs a Market\n\nBatteries are cheap. The \
                 rules that pay for them are not.\n\nAna Ruiz, Senior Fellow, and Tom Berg, \
                 Director of Research\nMarch 3, 2037",
                Ok((
                    "Grid Storage Needs a Market",
                    &["Ana Ruiz", "Tom Berg"],
                    12,
                    Some("Policy Brief"),
                    None,
                    (2037, 3, 3),
                )),
            ),
            (
                "a kicker with a dash, 'Written by', the date and number after bars",
                "Baltic Futures — Commentary\n\nA Ferry Line Nobody Wanted\n\nWritten by Jonas \
                 Petraitis | First published 12 May 2035 | Brief #9",
                Ok((
                    "A Ferry Line Nobody Wanted",
                    &["Jonas Petraitis"],
                    9,
                    Some("Brief"),
                    Some("Baltic Futures"),
                    (2035, 5, 12),
                )),
            ),
            (
                "markdown marks around the title, the byline and the date",
                "Pacific Reef Notes No. 22\n\n# Coral Bleaching and the Reef Tax\n\n**By Ngaire \
                 Tamihana & Lewis Ashby**\n\n_Posted 2036-03-04_",
                Ok((
                    "Coral Bleaching and the Reef Tax",
                    &["Ngaire Tamihana", "Lewis Ashby"],
                    22,
                    Some("Pacific Reef Notes"),
                    None,
                    (2036, 3, 4),
                )),
            ),
            (
                "a place stamp before a European date, affiliations with particles",
                "EUROPEAN GRID OBSERVATORY | Analysis No. 88\n\nInterconnectors Across the \
                 Pyrenees\n\nMarie Dubois (Université de Lyon) and Pablo Ortega (Universidad de \
                 Zaragoza)\n\nBRUSSELS, 05.11.2035",
                Ok((
                    "Interconnectors Across the Pyrenees",
                    &["Marie Dubois", "Pablo Ortega"],
                    88,
                    Some("Analysis"),
                    Some("European Grid Observatory"),
                    (2035, 11, 5),
                )),
            ),
            (
                "'No. N of YYYY' with a bullet, a post after 'By', 'Released:'",
                "Spotlight No. 4 of 2035 • Coastal Affairs Unit\n\nSea Walls or Managed \
                 Retreat\n\nBy Hana Kobayashi, Policy Analyst\nReleased: 9 July 2035",
                Ok((
                    "Sea Walls or Managed Retreat",
                    &["Hana Kobayashi"],
                    4,
                    Some("Spotlight"),
                    Some("Coastal Affairs Unit"),
                    (2035, 7, 9),
                )),
            ),
            (
                "a known byline without its number in a kicker the known readers read",
                "Paper 7/2031\n\nTariffs on Green Steel\n\nLiu Yang and Sofia Marchetti | 15 \
                 March 2031",
                Ok((
                    "Tariffs on Green Steel",
                    &["Liu Yang", "Sofia Marchetti"],
                    7,
                    Some("Paper"),
                    None,
                    (2031, 3, 15),
                )),
            ),
            (
                "a headline in capitalised words above a line of names",
                "Water Rights Reform\n\nAna Ruiz & Tom Berg\n\nNo. 5 · 1 June 2036",
                Ok((
                    "Water Rights Reform",
                    &["Ana Ruiz", "Tom Berg"],
                    5,
                    None,
                    None,
                    (2036, 6, 1),
                )),
            ),
            (
                "a one-word label above the title, everything else on one line",
                "Explainer\n\nHow the Levy Works\n\nBy Priya Nair · Posted Sept. 2, 2036 · Brief \
                 No. 41",
                Ok((
                    "How the Levy Works",
                    &["Priya Nair"],
                    41,
                    Some("Brief"),
                    None,
                    (2036, 9, 2),
                )),
            ),
            (
                "the whole front matter in one block",
                "CASPIAN ENERGY DESK · Note No. 3\nThe Pipeline Tariff Dispute\nBy Leyla \
                 Aliyeva and Ruslan Karimov\n14 January 2036",
                Ok((
                    "The Pipeline Tariff Dispute",
                    &["Leyla Aliyeva", "Ruslan Karimov"],
                    3,
                    Some("Note"),
                    Some("Caspian Energy Desk"),
                    (2036, 1, 14),
                )),
            ),
            (
                "an institution's line above the title, one author a line with posts, two dates",
                "Institute for Delta Studies\nBrief No. 19\n\nSalt in the Mekong\n\nNguyen Thi \
                 Lan, Research Fellow\nPham Van Duc, Senior Analyst\n\nPublished on 4 April 2036 \
                 | Updated on 6 April 2036",
                Ok((
                    "Salt in the Mekong",
                    &["Nguyen Thi Lan", "Pham Van Duc"],
                    19,
                    Some("Brief"),
                    Some("Institute for Delta Studies"),
                    (2036, 4, 4),
                )),
            ),
            (
                "the publisher beside the authors, the number and a European date after a dash",
                "The Copper Strike Explained\nRosa Quispe & Juan Mamani | Andes Research \
                 Network\nIssue 5 — 12.02.2036",
                Ok((
                    "The Copper Strike Explained",
                    &["Rosa Quispe", "Juan Mamani"],
                    5,
                    None,
                    Some("Andes Research Network"),
                    (2036, 2, 12),
                )),
            ),
            (
                "no authors anywhere",
                "CLIMATE DESK\n\nA Headline Without Bylines\n\nMarch 3, 2037",
                Err("no byline"),
            ),
            (
                "authors but no date",
                "Issue 4\n\nA Headline Without a Date\n\nBy Ana Ruiz and Tom Berg",
                Err("no date"),
            ),
            (
                "authors and a date but no number",
                "THE HARBOUR GAZETTE\n\nPilots Strike at the Container Port\n\nBy Ana \
                 Ruiz\n\nMarch 3, 2037",
                Err("no number"),
            ),
            (
                "a line of names and a date with no number, no 'By'",
                "Pilots Strike at the Container Port\n\nAna Ruiz and Tom Berg\n\nMarch 3, 2037",
                Err("no number"),
            ),
            (
                "a date inside a headline is no date line",
                "Issue 9\n\nWhat the March 15, 2037 Vote Means\n\nBy Ana Ruiz",
                Err("no date"),
            ),
            (
                "a brief of prose alone",
                "A Title Here\n\nJust a paragraph of text that goes on. Another sentence here.",
                Err("no byline"),
            ),
        ];
        assert!(cases.len() >= 15);
        for (what, front, want) in cases {
            let brief = format!("{front}{BODY}");
            match (prepare(&brief), want) {
                (Ok(p), Ok((title, authors, number, series, publisher, date))) => {
                    assert_eq!(p.meta.title, *title, "{what}");
                    assert_eq!(p.meta.authors, *authors, "{what}");
                    assert_eq!(p.meta.number, *number, "{what}");
                    assert_eq!(p.meta.series.as_deref(), *series, "{what}");
                    assert_eq!(p.meta.publisher.as_deref(), *publisher, "{what}");
                    assert_eq!(p.meta.published, *date, "{what}");
                    // The body starts with the first paragraph of prose, and the back matter is
                    // none.
                    let first_body = p.seed.split("\n\n").nth(p.front_matter).unwrap_or("");
                    assert!(
                        first_body.starts_with("The ministry said"),
                        "{what}: {first_body}"
                    );
                    assert_eq!(p.back_matter, 0, "{what}");
                }
                (Err(e), Err(word)) => {
                    let e = e.to_string();
                    assert!(e.contains(word), "{what}: {e}");
                }
                (got, want) => panic!("{what}: {:?} against {want:?}", got.map(|p| p.meta)),
            }
        }
    }

    #[test]
    fn the_publication_date_option_stands_in_for_a_missing_date() {
        let brief = format!("Issue 4\n\nA Headline Without a Date\n\nBy Ana Ruiz{BODY}");
        let p = crate::draft::metadata::prepare_with(&brief, Some((2036, 4, 1))).unwrap();
        assert_eq!(p.meta.published, (2036, 4, 1));
        assert_eq!(p.meta.number, 4);
        // Without it the brief is refused for its date, which is then all that is missing.
        assert!(matches!(prepare(&brief), Err(DraftError::NoDate(_))));
    }

    #[test]
    fn date_parts_and_names_on_their_own() {
        type Day = Option<((i32, u8, u8), bool)>;
        let dates: &[(&str, Day)] = &[
            ("March 15, 2037", Some(((2037, 3, 15), false))),
            ("15 March 2037", Some(((2037, 3, 15), false))),
            ("Sunday, March 15, 2037", Some(((2037, 3, 15), false))),
            ("21.10.2036", Some(((2036, 10, 21), false))),
            ("2036-10-21", Some(((2036, 10, 21), false))),
            ("Oct. 7, 2036", Some(((2036, 10, 7), false))),
            ("First published on 2 May 2036", Some(((2036, 5, 2), false))),
            ("Updated: 9 May 2036, 14:30 CET", Some(((2036, 5, 9), true))),
            ("Mexico City, March 15, 2037", Some(((2037, 3, 15), false))),
            // Not a date, or not a date line.
            ("31.02.2036", None),
            ("4/10/2036", None),
            ("What the March 15, 2037 Vote Means", None),
            ("Marchetti 15, 2037", None),
            ("The talks resumed on March 15, 2037 in Geneva", None),
        ];
        for (s, want) in dates {
            assert_eq!(date_in_part(s), *want, "{s}");
        }
        let names: &[(&str, bool)] = &[
            ("Ana Ruiz", true),
            ("Ana M. Ruiz", true),
            ("Ana de la Cruz", true),
            ("Jan van der Berg", true),
            ("Ana", false),
            ("UMEÅ UNIVERSITY", false),
            ("Arctic Space Governance Lab", false),
            ("Working Note", false),
            ("the ministry", false),
            ("March May", false),
        ];
        for (s, want) in names {
            assert_eq!(person_name(s), *want, "{s}");
        }
        type Numbered<'a> = Option<(u32, Option<&'a str>)>;
        let numbers: &[(&str, Numbered)] = &[
            ("No. 12", Some((12, None))),
            ("Vol. 9, No. 2,114", Some((2114, None))),
            ("Working Note 4/2036", Some((4, Some("Working Note")))),
            ("Paper 7/2031", Some((7, Some("Paper")))),
            ("Issue 31", Some((31, None))),
            ("Brief #17", Some((17, Some("Brief")))),
            ("Spotlight No. 4 of 2035", Some((4, Some("Spotlight")))),
            ("3/15/2037", None),
            ("No. 0", None),
        ];
        for (s, want) in numbers {
            let got = number_in_line(s);
            let got = got.as_ref().map(|(n, s)| (*n, s.as_deref()));
            assert_eq!(got, *want, "{s}");
        }
    }
}
