//! Turning a brief's seed text into numbered paragraphs.
//!
//! Paragraphs are derived, never hand-written, so that a citation's paragraph number always
//! means the same thing as the source a reader can open.

use crate::text::fold_for_quote;

/// A span of a paragraph where the brief links an outside source (`[condemned](#)` in the seed).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LinkSpan {
    /// Byte range in [`Paragraph::text`].
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Paragraph {
    /// 1-based position among the body paragraphs.
    pub number: usize,
    /// The text with link and italic markup removed, quotes straightened, whitespace folded.
    pub text: String,
    pub links: Vec<LinkSpan>,
}

/// The seed split into its parts.
#[derive(Debug)]
pub struct SeedText {
    pub front: Vec<String>,
    pub paragraphs: Vec<Paragraph>,
    pub back: Vec<String>,
}

/// Splits a seed into blocks and numbers the body paragraphs. A body block that does not end a
/// sentence is a page-break artefact ("…while Russia supported" / "President Bashar Assad.") and
/// is joined to the block that follows it.
pub fn parse_seed(raw: &str, front_matter: usize, back_matter: usize) -> Result<SeedText, String> {
    let blocks = blocks(raw);
    if blocks.len() <= front_matter + back_matter {
        return Err(format!(
            "the seed has {} blocks, but front_matter ({front_matter}) and back_matter \
             ({back_matter}) leave no body; lower them in brief.json",
            blocks.len()
        ));
    }
    let front = blocks[..front_matter].to_vec();
    let back = blocks[blocks.len() - back_matter..].to_vec();
    let mut joined: Vec<String> = Vec::new();
    for block in &blocks[front_matter..blocks.len() - back_matter] {
        match joined.last_mut() {
            Some(prev) if !ends_sentence(prev) => {
                prev.push(' ');
                prev.push_str(block);
            }
            _ => joined.push(block.clone()),
        }
    }
    let paragraphs = joined
        .iter()
        .enumerate()
        .map(|(i, block)| {
            let (text, links) = strip_markup(block);
            Paragraph {
                number: i + 1,
                text,
                links,
            }
        })
        .collect();
    Ok(SeedText {
        front,
        paragraphs,
        back,
    })
}

fn blocks(raw: &str) -> Vec<String> {
    raw.replace("\r\n", "\n")
        .split("\n\n")
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .map(fold_for_quote)
        .collect()
}

/// For each body paragraph of a seed that `parse_seed` reads, the length in bytes of a section
/// heading it begins with ("2 Legal background", "Options for the Storting"), or 0. A heading
/// is a block of its own that ends no sentence, so the loader joins it to the paragraph after
/// it, and its words run into that paragraph's first sentence ("7 Options for the Storting The
/// Standing Committee …"). It is told from a page-break fragment ("…while Russia supported")
/// by being short, numbered or in title case, and followed by a block that starts a sentence.
pub fn leading_headings(raw: &str, front_matter: usize, back_matter: usize) -> Vec<usize> {
    let blocks = blocks(raw);
    if blocks.len() <= front_matter + back_matter {
        return Vec::new();
    }
    let body = &blocks[front_matter..blocks.len() - back_matter];
    let mut out: Vec<usize> = Vec::new();
    let mut open = false;
    for (i, block) in body.iter().enumerate() {
        if open {
            // Joined to the paragraph before: no heading of its own.
        } else {
            let next_starts = body
                .get(i + 1)
                .and_then(|b| b.chars().next())
                .is_some_and(|c| c.is_uppercase() || c == '"');
            let len = if !ends_sentence(block) && next_starts && is_heading(block) {
                strip_markup(block).0.len()
            } else {
                0
            };
            out.push(len);
        }
        open = !ends_sentence(block);
    }
    out
}

/// Whether a block reads as a section heading: at most ten words, and numbered ("1 Summary",
/// "2.3 Risks", "IV. Options") or in title case, every word capitalised but the small ones.
fn is_heading(block: &str) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "of", "and", "for", "to", "in", "on", "at", "by", "with", "or", "vs",
    ];
    let words: Vec<&str> = block.split_whitespace().collect();
    if words.is_empty() || words.len() > 10 {
        return false;
    }
    let numbered = words[0]
        .trim_end_matches(['.', ')'])
        .split('.')
        .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        || matches!(
            words[0].trim_end_matches(['.', ')']),
            "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "X"
        ) && words[0].ends_with(['.', ')']);
    let title_case = words.iter().enumerate().all(|(k, w)| {
        w.chars().next().is_some_and(|c| !c.is_lowercase())
            || (k > 0 && SMALL.contains(&w.to_lowercase().as_str()))
    });
    (numbered && words.len() >= 2 && words[1].starts_with(char::is_uppercase)) || title_case
}

fn ends_sentence(block: &str) -> bool {
    matches!(
        block.trim_end().chars().last(),
        Some('.' | '!' | '?' | '"' | ')' | ']' | ':' | '\'')
    )
}

/// Removes `[text](target)` link markup and `*italic*` markers, recording where the links were.
pub fn strip_markup(block: &str) -> (String, Vec<LinkSpan>) {
    let mut text = String::with_capacity(block.len());
    let mut links = Vec::new();
    let mut rest = block;
    while let Some(c) = rest.chars().next() {
        if c == '[' {
            if let Some((label, consumed)) = parse_link(rest) {
                let start = text.len();
                // A label may hold italics of its own ("[reports in *Le Monde*](#)").
                text.extend(label.chars().filter(|&c| c != '*'));
                links.push(LinkSpan {
                    start,
                    end: text.len(),
                });
                rest = &rest[consumed..];
                continue;
            }
        }
        if c != '*' {
            text.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    (fold_for_quote(&text), links)
}

/// Parses `[label](target)` at the start of `s`, returning the label and the bytes consumed.
fn parse_link(s: &str) -> Option<(&str, usize)> {
    let close = s.find(']')?;
    let label = &s[1..close];
    if label.contains('[') {
        return None;
    }
    let after = &s[close + 1..];
    if !after.starts_with('(') {
        return None;
    }
    let paren = after.find(')')?;
    Some((label, close + 1 + paren + 1))
}

/// Splits a paragraph into sentences, as byte ranges. A sentence ends at `.`, `!` or `?`
/// (optionally followed by a closing quote or bracket) before whitespace and a capital letter,
/// digit or opening quote, or at the end of the paragraph.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if matches!(bytes[i], b'.' | b'!' | b'?') {
            let mut end = i + 1;
            while end < bytes.len() && matches!(bytes[end], b'"' | b'\'' | b')') {
                end += 1;
            }
            let next = text[end..].trim_start();
            // An initial inside a name ("the U.S. District Court") ends no sentence.
            let in_name = bytes[i] == b'.' && end == i + 1 && initial_inside_name(text, i);
            let boundary = !ends_with_abbreviation(&text[start..i + 1])
                && !in_name
                && (next.is_empty()
                    || (text[end..].starts_with(' ')
                        && next
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '"')));
            if boundary {
                if text[start..end].trim().len() > 1 {
                    out.push((start, end));
                }
                start = end + (text.len() - end - next.len());
                i = start;
                continue;
            }
        }
        i += 1;
    }
    if text[start..].trim().len() > 1 {
        out.push((start, text.len()));
    }
    out
}

/// Abbreviations whose dot does not end a sentence ("on Oct. 7", "Mr. Smith", "No. 12"). The
/// "v." of a case name ("United States v. Microsoft") is one of them.
const ABBREVIATIONS: &[&str] = &[
    "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.",
    "Dec.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "Gen.", "Col.", "Lt.", "Sen.", "Rep.",
    "Prof.", "Gov.", "vs.", "cf.", "e.g.", "i.e.", "v.",
];

/// Capitalised words that open sentences far more often than they go on with a name, so that
/// a dot before them ends a sentence even after an initial ("sold in the U.S. The market").
const SENTENCE_OPENERS: &[&str] = &[
    "The", "A", "An", "It", "Its", "In", "On", "At", "As", "By", "For", "From", "If", "He", "She",
    "His", "Her", "They", "Their", "We", "Our", "This", "That", "These", "Those", "There", "But",
    "And", "Yet", "So", "When", "While", "After", "Before", "Since", "What", "Why", "How",
];

/// Whether the dot at byte `dot` of `text` closes an initial inside a name rather than a
/// sentence: an initialism of dotted capitals ("the U.S. District Court", "the D.C. Circuit")
/// or a middle initial after a capitalised given name ("Judge Marian T. Okafor"), followed by a
/// space and a capitalised word that does not open sentences. Names are cited whole only when
/// no sentence boundary cuts them, so the drafter must read them as the loader splits them.
pub fn initial_inside_name(text: &str, dot: usize) -> bool {
    let Some(rest) = text.get(dot + 1..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let next: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
    if !next.chars().next().is_some_and(char::is_uppercase)
        || next.chars().count() < 2
        || SENTENCE_OPENERS.contains(&next.as_str())
    {
        return false;
    }
    let before = &text[..dot];
    let word_start = before
        .rfind(|c: char| !(c.is_alphabetic() || c == '.'))
        .map_or(0, |k| {
            k + before[k..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    let letters: Vec<char> = word.chars().collect();
    // "U.S", "D.C", "U.K": single capitals joined by dots.
    let initialism = letters.len() >= 3
        && letters.iter().enumerate().all(|(k, c)| {
            if k % 2 == 0 {
                c.is_uppercase()
            } else {
                *c == '.'
            }
        })
        && letters.len() % 2 == 1;
    // "Marian T": one capital after a space and a capitalised word in lower case.
    let middle = letters.len() == 1
        && letters[0].is_uppercase()
        && before[..word_start].ends_with(' ')
        && before[..word_start]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().skip(1).any(char::is_lowercase)
                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
            });
    initialism || middle
}

/// Whether `text` ends with an abbreviation as a whole word.
fn ends_with_abbreviation(text: &str) -> bool {
    ABBREVIATIONS.iter().any(|a| {
        text.ends_with(a)
            && !text[..text.len() - a.len()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_headings_joined_to_a_paragraph_are_told_from_page_breaks() {
        let body = |blocks: &[&str]| {
            format!(
                "Title\n\nBy A | No. 1\n\n{}\n\nEdited by X",
                blocks.join("\n\n")
            )
        };
        let cases: &[(&[&str], &[usize])] = &[
            // A numbered heading, and one in title case.
            (&["1 Summary", "On 2 March it began.", "Next."], &[9, 0]),
            (
                &["Options for the Storting", "The committee may act."],
                &[24],
            ),
            (&["2.1 Legal background", "The treaty was signed."], &[20]),
            (&["IV. Options", "Three are open."], &[11]),
            // A page break inside a sentence is no heading: lower-case words, or a
            // continuation that starts no sentence.
            (&["Russia supported", "President Assad. More."], &[0]),
            (&["While Russia Supported", "sanctions, it waited."], &[0]),
            // A paragraph that ends a sentence has no heading.
            (&["First para.", "Second para."], &[0, 0]),
            // Too long for a heading.
            (
                &[
                    "One Two Three Four Five Six Seven Eight Nine Ten Eleven",
                    "Then.",
                ],
                &[0],
            ),
        ];
        for (blocks, want) in cases {
            assert_eq!(leading_headings(&body(blocks), 2, 1), *want, "{blocks:?}");
        }
    }

    #[test]
    fn joins_page_break_and_numbers_paragraphs() {
        let raw = "Title\n\nBy A | No. 1\n\nFirst para.\n\nRussia supported\n\nPresident Assad. More.\n\nEditors: X";
        let seed = parse_seed(raw, 2, 1).unwrap();
        assert_eq!(seed.front, vec!["Title", "By A | No. 1"]);
        assert_eq!(seed.back, vec!["Editors: X"]);
        let texts: Vec<&str> = seed.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            vec!["First para.", "Russia supported President Assad. More."]
        );
        assert_eq!(seed.paragraphs[1].number, 2);
    }

    #[test]
    fn strips_links_and_italics_and_remembers_links() {
        let (text, links) = strip_markup("Russia [condemned](#) the *Russia Today* [x](http://a).");
        assert_eq!(text, "Russia condemned the Russia Today x.");
        assert_eq!(links.len(), 2);
        assert_eq!(&text[links[0].start..links[0].end], "condemned");
        assert_eq!(&text[links[1].start..links[1].end], "x");
    }

    #[test]
    fn italics_inside_a_link_label_are_stripped() {
        let (text, links) = strip_markup("as [reports in *Le Monde*](#) said.");
        assert_eq!(text, "as reports in Le Monde said.");
        assert_eq!(&text[links[0].start..links[0].end], "reports in Le Monde");
    }

    #[test]
    fn unbalanced_brackets_are_kept_as_text() {
        let (text, links) = strip_markup("a [b c");
        assert_eq!(text, "a [b c");
        assert!(links.is_empty());
    }

    #[test]
    fn splits_sentences() {
        let text = "He said \"no.\" Then it ended. In 2011, a decline. Last one";
        let got: Vec<&str> = sentences(text).iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(
            got,
            vec![
                "He said \"no.\"",
                "Then it ended.",
                "In 2011, a decline.",
                "Last one"
            ]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text = "It left on Feb. 28 with oil. Mr. Smith said so. It ended.";
        let got: Vec<&str> = sentences(text).iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(
            got,
            vec![
                "It left on Feb. 28 with oil.",
                "Mr. Smith said so.",
                "It ended."
            ]
        );
    }

    #[test]
    fn initials_inside_names_do_not_end_sentences() {
        // (text, sentences)
        let cases: &[(&str, &[&str])] = &[
            (
                "Judge Marian T. Okafor of the U.S. District Court ruled. It ended.",
                &[
                    "Judge Marian T. Okafor of the U.S. District Court ruled.",
                    "It ended.",
                ],
            ),
            (
                "In United States v. Microsoft, the D.C. Circuit upheld it. Then it ended.",
                &[
                    "In United States v. Microsoft, the D.C. Circuit upheld it.",
                    "Then it ended.",
                ],
            ),
            // A word that opens sentences after the initialism, or a digit, still starts one;
            // so does a capital that ends a sentence after a lower-case word.
            (
                "Most were sold in the U.S. The rest went to Europe.",
                &["Most were sold in the U.S.", "The rest went to Europe."],
            ),
            (
                "They chose option B. Nobody liked it.",
                &["They chose option B.", "Nobody liked it."],
            ),
            (
                "It grew in the U.K. 2020 was worse.",
                &["It grew in the U.K.", "2020 was worse."],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = sentences(text).iter().map(|&(a, b)| &text[a..b]).collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn too_little_text_is_an_error() {
        assert!(parse_seed("a\n\nb", 1, 1).unwrap_err().contains("no body"));
    }
}
