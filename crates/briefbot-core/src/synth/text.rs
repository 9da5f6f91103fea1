//! String helpers for generated text: template filling with correct articles, capitals, ids,
//! quotes, and transliteration variants of names.

use super::rng::Rng;
use crate::kb::date::MONTH_NAMES;

/// Replaces `{c}` placeholders by their values, then makes each "a" before a vowel "an" (the
/// values decide which article reads right).
pub(super) fn fill(template: &str, slots: &[(char, &str)]) -> String {
    fix_articles(&substitute(template, slots))
}

/// Replaces `{c}` placeholders by their values and leaves the rest (unknown placeholders too)
/// as it is.
pub(super) fn substitute(template: &str, slots: &[(char, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 48);
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let b = rest.as_bytes();
        if b.len() > i + 2 && b[i + 2] == b'}' {
            let c = b[i + 1] as char;
            if let Some((_, v)) = slots.iter().find(|(k, _)| *k == c) {
                out.push_str(v);
                rest = &rest[i + 3..];
                continue;
            }
        }
        out.push('{');
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
    out
}

/// "a energy offensive" becomes "an energy offensive".
pub(super) fn fix_articles(s: &str) -> String {
    if !s.contains("a ") {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 4);
    let mut words = s.split(' ').peekable();
    let mut first = true;
    while let Some(w) = words.next() {
        if !first {
            out.push(' ');
        }
        first = false;
        out.push_str(w);
        if w == "a" || w == "A" {
            if let Some(next) = words.peek() {
                let lower = next.to_ascii_lowercase();
                let vowel = lower.starts_with(['a', 'e', 'i', 'o'])
                    || (lower.starts_with('u')
                        && !lower.starts_with("uni")
                        && !lower.starts_with("ura")
                        && !lower.starts_with("use"));
                if vowel {
                    out.push('n');
                }
            }
        }
    }
    out
}

pub(super) fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

pub(super) fn kebab(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Kebab-case of the first `words` words.
pub(super) fn slug(s: &str, words: usize) -> String {
    let head: Vec<&str> = s.split_whitespace().take(words).collect();
    kebab(&head.join(" "))
}

/// The sentence as a quote, cut at a word boundary if it is too long for a chat message.
pub(super) fn quote_of(s: &str) -> String {
    const MAX: usize = 290;
    if s.len() <= MAX {
        return s.to_string();
    }
    let cut = s[..MAX].rfind(' ').unwrap_or(MAX);
    s[..cut].to_string()
}

pub(super) fn human_day((y, m, d): (i32, u8, u8)) -> String {
    format!("{} {d}, {y}", MONTH_NAMES[usize::from(m) - 1])
}

pub(super) fn and_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Initials of the capitalised words: "Northern Coast Liberation Front" is "NCLF".
pub(super) fn acronym(name: &str) -> String {
    name.split(' ')
        .filter_map(|w| w.chars().next())
        .filter(char::is_ascii_uppercase)
        .collect()
}

/// A transliteration variant (ou/u, ph/f, k/q, double letters, y/i, ch/kh, v/w), if any applies.
pub(super) fn variant(r: &mut Rng, s: &str) -> Option<String> {
    const RULES: &[(&str, &str)] = &[
        ("ou", "u"),
        ("ph", "f"),
        ("qu", "k"),
        ("ka", "qa"),
        ("ko", "qo"),
        ("ss", "s"),
        ("ll", "l"),
        ("nn", "n"),
        ("tt", "t"),
        ("y", "i"),
        ("ch", "kh"),
        ("v", "w"),
        ("ck", "k"),
    ];
    let lower = s.to_ascii_lowercase();
    let mut options: Vec<(usize, usize, String)> = RULES
        .iter()
        .filter_map(|&(from, to)| lower.find(from).map(|i| (i, from.len(), to.to_string())))
        .collect();
    // A single consonant between vowels may be doubled (Odesa, Odessa).
    let b = lower.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    if let Some(i) = (1..b.len().saturating_sub(1)).find(|&i| {
        matches!(b[i], b'l' | b's' | b'n' | b'r' | b't') && vowel(b[i - 1]) && vowel(b[i + 1])
    }) {
        let c = b[i] as char;
        options.push((i, 1, format!("{c}{c}")));
    }
    if options.is_empty() {
        return None;
    }
    let (i, len, to) = options.swap_remove(r.below(options.len()));
    let mut to = to;
    if s.as_bytes()[i].is_ascii_uppercase() {
        to = cap(&to);
    }
    Some(format!("{}{to}{}", &s[..i], &s[i + len..]))
}
