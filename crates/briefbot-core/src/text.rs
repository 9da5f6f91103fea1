//! Text normalisation shared by the loader (quote checking) and retrieval (tokenising).
//!
//! Both sides must agree on what "the same text" means, so the folding rules live in one place.

use unicode_normalization::UnicodeNormalization;

/// Folds text for verbatim quote comparison: curly quotes and apostrophes become straight ones,
/// dashes stay as they are (the brief distinguishes "-" from "–"), and every run of whitespace
/// becomes one space. Case and punctuation are preserved, because a quote must be verbatim.
pub fn fold_for_quote(s: &str) -> String {
    // Most text is already folded: plain ASCII without runs of whitespace.
    let b = s.as_bytes();
    let plain = s.is_ascii()
        && !b.first().is_some_and(u8::is_ascii_whitespace)
        && !b.last().is_some_and(u8::is_ascii_whitespace)
        && !b.iter().any(|&c| c.is_ascii_whitespace() && c != b' ')
        && !s.contains("  ");
    if plain {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' => '"',
            other => other,
        });
    }
    out
}

/// Lower-cases and strips diacritics so that "vis-à-vis" and "vis-a-vis" tokenise alike, and
/// writes Cyrillic, Hebrew and Arabic letters in Latin ones (see [`transliterate`]), so that a
/// name typed in its own script ("Путин") meets the brief's spelling ("Putin").
pub fn fold_for_search(s: &str) -> String {
    // Plain ASCII has no diacritics to strip: lower-casing is all there is to do.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
    {
        match c {
            '\u{2018}' | '\u{2019}' => out.push('\''),
            c => match transliterate(c) {
                Some(latin) => out.push_str(latin),
                None => out.push(c),
            },
        }
    }
    out
}

/// Whether `c` is a letter of the Latin script, the script the briefs are written in: ASCII,
/// Latin-1 and Extended-A and -B (Czech, Polish and Baltic letters such as š, ř, ń, ė) and Latin
/// Extended Additional (Vietnamese). The multiplication and division signs of Latin-1 are not
/// letters.
pub fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (('\u{00C0}'..='\u{024F}').contains(&c) && !matches!(c, '×' | '÷'))
        || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// A Latin spelling of one lower-case Cyrillic, Hebrew or Arabic letter, as English-language
/// texts usually spell names (Russian BGN/PCGN-like; for the abjads, the consonant plus the
/// letters that often stand for vowels: vav and waw as "u", yod and ya as "i", alef as "a").
/// It is a fallback for names the knowledge base does not list in their own script: the result
/// is close enough for exact or typo matching ("بوتين" gives "butin", one edit from "putin"),
/// not a transcription. Letters that carry no sound of their own map to nothing.
pub fn transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        // Russian and Ukrainian Cyrillic. "й" and "ё" arrive as "и" and "е": their marks are
        // stripped as diacritics before this.
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'ґ' => "g",
        'д' => "d",
        'е' | 'э' => "e",
        'є' => "ye",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' => "i",
        'ї' => "yi",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ы' => "y",
        'ъ' | 'ь' => "",
        'ю' => "yu",
        'я' => "ya",
        // Hebrew, final forms included.
        'א' => "a",
        'ב' => "b",
        'ג' => "g",
        'ד' => "d",
        'ה' => "h",
        'ו' => "u",
        'ז' => "z",
        'ח' => "h",
        'ט' => "t",
        'י' => "i",
        'כ' | 'ך' | 'ק' => "k",
        'ל' => "l",
        'מ' | 'ם' => "m",
        'נ' | 'ן' => "n",
        'ס' | 'ש' => "s",
        'ע' => "",
        'פ' | 'ף' => "p",
        'צ' | 'ץ' => "ts",
        'ר' => "r",
        'ת' => "t",
        // Arabic. Hamza carriers arrive as their base letter once the hamza is stripped.
        'ا' | 'ى' | 'ة' => "a",
        'ب' => "b",
        'ت' | 'ط' => "t",
        'ث' => "th",
        'ج' => "j",
        'ح' | 'ه' => "h",
        'خ' => "kh",
        'د' | 'ض' => "d",
        'ذ' => "dh",
        'ر' => "r",
        'ز' | 'ظ' => "z",
        'س' | 'ص' => "s",
        'ش' => "sh",
        'ع' | 'ء' => "",
        'غ' => "gh",
        'ف' => "f",
        'ق' => "q",
        'ك' => "k",
        'ل' => "l",
        'م' => "m",
        'ن' => "n",
        'و' => "u",
        'ي' => "i",
        // Persian and Urdu letters: "ایران" is "إيران" written with the Persian yeh, and names
        // typed on a Persian keyboard should meet the Arabic spelling.
        'ی' | 'ې' | 'ے' => "i",
        'ک' => "k",
        'گ' => "g",
        'پ' => "p",
        'چ' => "ch",
        'ژ' => "zh",
        'ہ' | 'ھ' => "h",
        'ٱ' => "a",
        _ => return None,
    })
}

/// Splits folded text into word tokens. Apostrophe suffixes ("Hamas's", "Israel's") are dropped
/// because readers type the bare name, except that "won't" reads as "will"; hyphenated words split into their parts ("al-Ahli" gives
/// "al" and "ahli") so that "ahli hospital" and "al-Ahli" meet.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| {
            let w = w.trim_matches('\'');
            // "Won't" is "will not", not the "won" of an election.
            if w.eq_ignore_ascii_case("won't") {
                return "will";
            }
            match w.find('\'') {
                Some(i) => &w[..i],
                None => w,
            }
        })
        .filter(|w| !w.is_empty())
}

/// Words that carry no retrieval signal in questions about a brief. Question words and generic
/// verbs are included because users wrap their real query in them ("what happened on…",
/// "tell me about…").
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "brief",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "during",
    "each",
    "for",
    "from",
    "had",
    "happen",
    "happened",
    "happens",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "know",
    "me",
    "more",
    "most",
    "my",
    "no",
    "nor",
    "not",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "own",
    "please",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "tell",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "true",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "whats",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "s",
    "say",
    "said",
    "says",
    "saying",
    "think",
    "thinks",
    "thought",
    "really",
    "any",
    "anything",
    "something",
    "whether",
    "according",
    "get",
    "gets",
    "got",
    "getting",
    "around",
    "way",
    "ways",
    "thing",
    "things",
    "like",
    "ever",
    "even",
    "much",
    "many",
    "lot",
    // Words that frame a question rather than say what it is about ("roughly how many…, per
    // the paper", "what does X mean for Y", "explain why…"): counted as unmatched, they made a
    // right answer look like a partial one.
    "per",
    "paper",
    "article",
    "piece",
    "writers",
    "actually",
    "exactly",
    "basically",
    "roughly",
    "approximately",
    "explain",
    "specifically",
    "mean",
    "means",
    "stuff",
    "info",
    // "What's the Kalashnikov story": the story is the question's frame, not its topic.
    "story",
    "stories",
    // Chat spellings of the words above.
    "wat",
    "wut",
    "wht",
    "hw",
    "u",
    "ur",
    "pls",
    "plz",
    "thx",
    "r",
    "abt",
    "w",
    "bc",
    "cuz",
    "coz",
    "btwn",
    // Chat's "should", "would", "could": left in, "shld" read as a typo of "shed".
    "shld",
    "shud",
    "shuld",
    "wld",
    "wud",
    "cld",
    "cud",
    // "Ukraine n Gaza": chat's "and".
    "n",
    "tho",
    "thru",
    "teh",
    "idk",
    "lol",
    "tbh",
    // "What do you mean", "not gonna lie", "if I recall correctly": chat that asks nothing.
    "wdym",
    "ngl",
    "iirc",
    "afaik",
    "smh",
    "imo",
    "imho",
    "rn",
    "acc",
    "ya",
    "gonna",
    "wanna",
    "kinda",
    "sorta",
    "ok",
    "okay",
    "hey",
    "btw",
    "fyi",
    "smth",
    "sth",
    "tl",
    "dr",
    "tldr",
    "asap",
    // Chat fillers that carry no topic: "or nah", "y would russia…" (why), "literally",
    // "x vs y", "acc to the text", "per the intro", "why bother".
    "y",
    // "rly", "how's" typed without its apostrophe, "what's going on with…", "how is it
    // described": framing, not topic.
    "rly",
    "srsly",
    "hows",
    "whos",
    "wheres",
    "whens",
    "whys",
    "going",
    "describe",
    "described",
    "describes",
    "nah",
    "yeah",
    "yea",
    "yep",
    "nope",
    "literally",
    "honestly",
    "seriously",
    "vs",
    "text",
    "intro",
    "bother",
    "bothers",
    "bothering",
    "bothered",
    "omg",
    "bruh",
    "ngl",
    // Words that frame rather than name ("tie X and Y together", "why does it matter", "take
    // a dip"): "take" is a light verb whose noun carries the meaning.
    "together",
    "matter",
    "matters",
    "take",
    "takes",
    "taking",
    // Intensifiers and chat words that say how, not what ("totally separate", "finally rang",
    // "what do the writers reckon", "hamas guys"), and negations left by a split apostrophe
    // ("doesn't" reads as "doesn" and "t"; the negation itself is read from the whole text).
    "totally",
    "completely",
    "entirely",
    "finally",
    "reckon",
    "reckons",
    "guys",
    "guy",
    "dude",
    "dudes",
    "fella",
    "fellas",
    "bloke",
    "blokes",
    "doesn",
    "didn",
    "isn",
    "wasn",
    "aren",
    "weren",
    "hasn",
    "haven",
    "hadn",
    "couldn",
    "wouldn",
    "shouldn",
    // Where something "fits into" a story or what its "angle" is asks for its part in it, which
    // the other words name: "where does Iran fit into Russia backing Hamas".
    "fit",
    "fits",
    "angle",
    // "What's the mood on Russian Telegram" asks what is said there, which the place names.
    "mood",
];

/// Question and function words of Russian, Hebrew and Arabic, as a question typed in those
/// scripts reads once transliterated ("когда" is "kogda"). The briefs are in English, so these
/// never meet a brief's word and would only count against the entry that answers. Words whose
/// transliteration is also an English word or a common name ("pro", "ham", "hua", "ain", "la")
/// are left out.
const NATIVE_STOP_WORDS: &[&str] = &[
    "когда",
    "почему",
    "зачем",
    "что",
    "кто",
    "где",
    "как",
    "какой",
    "какая",
    "какие",
    "это",
    "был",
    "была",
    "было",
    "были",
    "для",
    // Russian prepositions, conjunctions and particles ("погром в Дагестане", "визит делегации
    // в Москву"), which would otherwise count as unmatched words. Ones that fold to an English
    // word or a name ("ли" to "li", "его" to "ego", "про" to "pro") are left out.
    "в",
    "во",
    "на",
    "и",
    "с",
    "со",
    "к",
    "о",
    "об",
    "от",
    "из",
    "у",
    "за",
    "до",
    "не",
    "но",
    "же",
    "после",
    "перед",
    "при",
    "или",
    // Pronouns and particles of chat questions ("почему Кремль вообще поддерживает хамас
    // сейчас", "נתניהו - מה התפקיד שלו כאן", "بوتين شو موقفه"), and the words for a part or a
    // stance, which ask who someone is as "what's his role" does in English. "Эта" ("ETA"),
    // "כאן" ("Kan") and "הוא" ("Hua") fold to names and are left out.
    "вообще",
    "сейчас",
    "такой",
    "такая",
    "такие",
    "он",
    "она",
    "они",
    "мы",
    "их",
    "этот",
    "эти",
    "так",
    "уже",
    "ещё",
    "очень",
    "тогда",
    "потом",
    "чтобы",
    "роль",
    "роли",
    "позиция",
    "позицию",
    "позиции",
    "мнение",
    // Pronouns and frames of "какая у него роль в этой истории" ("what's his part in this
    // story") and "по" ("on", "by"). "Ему" ("emu") folds to an English word and is left out.
    "по",
    "него",
    "неё",
    "нее",
    "этой",
    "этом",
    "этого",
    "эту",
    "истории",
    "история",
    "ситуации",
    "מה",
    "מי",
    "היא",
    "זה",
    "את",
    "עם",
    "שלו",
    "שלה",
    "שלהם",
    "הם",
    "תפקיד",
    "התפקיד",
    "עמדה",
    "העמדה",
    "ما",
    "من",
    "هو",
    "هي",
    "شو",
    "ايش",
    "في",
    "عن",
    "مع",
    "دور",
    "دوره",
    "موقف",
    "موقفه",
    "رأي",
    "מתי",
    "למה",
    "מדוע",
    "איך",
    "איפה",
    "של",
    "متى",
    "ماذا",
    "لماذا",
    "كيف",
    "التي",
    "الذي",
    "هذا",
    "هل",
];

/// Chat's spellings of question words and the words they stand for: "wen did Russia veto…" asks
/// when, as "when did…" does.
const CHAT_QUESTION_WORDS: &[(&str, &str)] = &[("wen", "when"), ("whn", "when"), ("wehn", "when")];

/// `q` with chat's spellings of question words ("wen") written out ("when"), so every rule that
/// reads a question word reads them; other text, spacing and case are kept.
pub fn standard_question_words(q: &str) -> std::borrow::Cow<'_, str> {
    let replacement = |w: &str| {
        CHAT_QUESTION_WORDS
            .iter()
            .find(|(chat, _)| w.eq_ignore_ascii_case(chat))
            .map(|(_, standard)| *standard)
    };
    let words = q.split(|c: char| !c.is_alphanumeric());
    if !words.clone().any(|w| replacement(w).is_some()) {
        return std::borrow::Cow::Borrowed(q);
    }
    match replace_words(q, replacement) {
        Some(out) => std::borrow::Cow::Owned(out),
        None => std::borrow::Cow::Borrowed(q),
    }
}

/// `q` with each word (a run of letters and digits) that `replace` gives another word for
/// replaced by it, and everything else (other words, spacing, punctuation) kept; `None` when no
/// word is replaced.
pub(crate) fn replace_words(
    q: &str,
    mut replace: impl FnMut(&str) -> Option<&'static str>,
) -> Option<String> {
    let mut out = String::with_capacity(q.len() + 4);
    let mut word = String::new();
    let mut changed = false;
    let mut flush = |word: &mut String, out: &mut String| {
        match replace(word) {
            Some(other) => {
                out.push_str(other);
                changed = true;
            }
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in q.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    changed.then_some(out)
}

pub fn is_stop_word(w: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        STOP_WORDS
            .iter()
            .map(|w| w.to_string())
            .chain(NATIVE_STOP_WORDS.iter().map(|w| fold_for_search(w)))
            .collect()
    })
    .contains(w)
}

/// Stems one folded word with the Snowball English stemmer, so "vetoed", "vetoes" and "veto"
/// meet. Numbers and very short words are kept as they are.
pub fn stem(word: &str) -> String {
    thread_local! {
        static STEMMER: rust_stemmers::Stemmer =
            rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    }
    if word.len() <= 3 || word.chars().any(|c| c.is_ascii_digit()) {
        return word.to_string();
    }
    STEMMER.with(|s| s.stem(word).into_owned())
}

/// The search terms of a text: folded, split, stop words removed, stemmed.
pub fn terms(text: &str) -> Vec<String> {
    let folded = fold_for_search(text);
    words(&folded)
        .filter(|w| !is_stop_word(w))
        .map(stem)
        .collect()
}

/// Escapes nothing and truncates on a character boundary, adding an ellipsis when it cuts.
pub fn truncate(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        return s.to_string();
    }
    let keep = max_chars.saturating_sub(1);
    let mut out: String = s.chars().take(keep).collect();
    // Cut back to a word boundary when one is near, so words are not chopped in half.
    if let Some(i) = out.rfind(' ') {
        if out.len() - i < 20 {
            out.truncate(i);
        }
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chat_spellings_of_question_words_are_written_out() {
        let cases = [
            ("wen did russia veto", "when did russia veto"),
            ("Wen did it happen?", "when did it happen?"),
            ("oct 7, whn was the call", "oct 7, when was the call"),
            // Only whole words: a name that holds the letters is kept.
            ("wenceslas square", "wenceslas square"),
            ("when did russia veto", "when did russia veto"),
            ("", ""),
        ];
        for (q, want) in cases {
            assert_eq!(standard_question_words(q), want, "{q}");
        }
    }

    /// Words that only frame a question leave the same terms as the plain question, so they do
    /// not count as parts of the question an answer fails to match.
    #[test]
    fn question_frames_leave_the_same_terms() {
        let cases = [
            (
                "roughly how many civilians died in the siege, per the paper",
                "civilians died in the siege",
            ),
            ("what does the veto actually mean for israel", "veto israel"),
            (
                "explain specifically why moscow hosted hamas",
                "moscow hosted hamas",
            ),
            (
                "according to the writers, what stuff did russia send",
                "russia send",
            ),
        ];
        for (framed, plain) in cases {
            assert_eq!(terms(framed), terms(plain), "{framed:?}");
        }
    }

    #[test]
    fn names_in_other_scripts_fold_to_latin() {
        // (typed, folded)
        let cases = [
            ("Путин", "putin"),
            ("Лавров", "lavrov"),
            ("Россия", "rossiya"),
            ("Шойгу", "shoigu"),
            ("Зеленський", "zelenskii"),
            ("פוטין", "putin"),
            ("חמאס", "hmas"),
            ("بوتين", "butin"),
            ("حماس", "hmas"),
            ("موسكو", "musku"),
            ("Putin и Лавров", "putin i lavrov"),
            // Persian letters meet the Arabic spelling: "ایران" and "إيران" are one name.
            ("ایران", "airan"),
            ("إيران", "airan"),
            ("پوتین", "putin"),
            ("vis-à-vis", "vis-a-vis"),
            ("中文", "中文"),
        ];
        for (typed, folded) in cases {
            assert_eq!(fold_for_search(typed), folded, "{typed}");
        }
    }

    #[test]
    fn quote_folding() {
        let cases = [
            ("a  b\n c", "a b c"),
            ("\u{201C}immoral\u{201D}", "\"immoral\""),
            ("Israel\u{2019}s", "Israel's"),
            ("  lead", "lead"),
        ];
        for (input, want) in cases {
            assert_eq!(fold_for_quote(input), want, "input {input:?}");
        }
    }

    #[test]
    fn question_words_in_other_scripts_are_not_search_terms() {
        let cases = [
            ("когда Путин наложил вето", "Путин наложил вето"),
            ("מתי פוטין", "פוטין"),
            ("متى بوتين", "بوتين"),
        ];
        for (typed, same) in cases {
            assert_eq!(terms(typed), terms(same), "{typed}");
        }
        // A transliteration that is also a name stays a term.
        assert_eq!(terms("Li Wei"), vec!["li", "wei"]);
    }

    #[test]
    fn tokenising() {
        let cases: &[(&str, &[&str])] = &[
            ("Hamas's attack", &["hamas", "attack"]),
            ("al-Ahli hospital", &["al", "ahli", "hospital"]),
            ("vis-à-vis", &["vis", "a", "vis"]),
            ("AK-47", &["ak", "47"]),
            // "Won't" is "will not", not the "won" of an election.
            ("russia won't condemn", &["russia", "will", "condemn"]),
            ("Russia won’t condemn", &["russia", "will", "condemn"]),
        ];
        for (input, want) in cases {
            let folded = fold_for_search(input);
            let got: Vec<&str> = words(&folded).collect();
            assert_eq!(&got, want, "input {input:?}");
        }
    }

    #[test]
    fn stemming_meets_inflections() {
        assert_eq!(stem("vetoed"), stem("veto"));
        assert_eq!(stem("resolutions"), stem("resolution"));
        assert_eq!(stem("2023"), "2023");
        assert_eq!(terms("What did Russia do?"), vec![stem("russia")]);
    }

    #[test]
    fn truncation_respects_char_boundaries() {
        assert_eq!(truncate("short", 10), "short");
        let long = "é".repeat(50);
        let t = truncate(&long, 10);
        assert_eq!(t.chars().count(), 10);
        assert!(t.ends_with('…'));
    }
}
