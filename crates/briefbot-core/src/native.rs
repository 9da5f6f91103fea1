//! Common words of questions typed in Russian, Hebrew or Arabic, read as the English words a
//! brief uses. The briefs are in English; names in other scripts are found through the
//! knowledge base's native aliases and, failing those, transliteration (see [`crate::text`]).
//! The rest of such a question ("почему Кремль поддерживает хамас", "רוסיה נמנעה בהצבעה")
//! was, until now, only letters that match nothing, so a question the brief answers scored as
//! one it does not. This glossary turns the question words and the everyday words of policy
//! (support, condemn, vote, veto, war, attack, weapons, condolences, visit…) into English
//! before any rule reads the question, so routing ("why", "when"), the reason and reaction
//! rules and the search all see them. Names are left to the aliases: a word the glossary does
//! not know is kept as typed.
//!
//! The list is deliberately of general words, not of one brief's facts, and each entry is a
//! plain translation; words with several common senses ("мир", world or peace; Arabic "من",
//! who or from) are left out.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Russian stems (the start of a word, which takes many endings) and the English word each
/// stands for. The longest stem that starts a word wins; a stem matches only a word at least
/// as long as itself, so short stems are written with enough letters to be unambiguous.
const RUSSIAN_STEMS: &[(&str, &str)] = &[
    ("поддерж", "support"),
    ("осужд", "condemn"),
    ("осуди", "condemned"),
    ("осуд", "condemn"),
    ("вето", "veto"),
    ("заблокир", "blocked"),
    ("воздерж", "abstained"),
    ("голосов", "vote"),
    ("проголосов", "voted"),
    ("резолюц", "resolution"),
    ("войн", "war"),
    ("атак", "attack"),
    ("нападени", "attack"),
    ("перемири", "ceasefire"),
    ("оружи", "weapons"),
    ("санкци", "sanctions"),
    ("погиб", "killed"),
    ("убит", "killed"),
    ("жертв", "victims"),
    ("больниц", "hospital"),
    ("соболезн", "condolences"),
    ("позвон", "phoned"),
    ("звонок", "call"),
    ("звонк", "call"),
    ("телефон", "phone"),
    ("разговар", "spoke"),
    ("разговор", "conversation"),
    ("говорил", "spoke"),
    ("встреч", "meeting"),
    ("встрети", "met"),
    ("визит", "visit"),
    ("посети", "visited"),
    ("делегаци", "delegation"),
    ("интервью", "interview"),
    ("заяви", "said"),
    ("сказал", "said"),
    ("сравни", "compared"),
    ("блокад", "blockade"),
    ("осад", "siege"),
    ("выступ", "spoke"),
    ("лидер", "leaders"),
    ("бывш", "former"),
    ("советск", "soviet"),
    ("стран", "states"),
    ("террор", "terror"),
    ("погром", "pogrom"),
    ("аэропорт", "airport"),
    ("пропаганд", "propaganda"),
    ("телевиден", "television"),
    ("солдат", "soldiers"),
    ("заложник", "hostages"),
    ("криптовалют", "crypto"),
    ("ракет", "rocket"),
    ("взрыв", "explosion"),
    ("отношени", "relations"),
    ("союзник", "ally"),
    ("выбор", "elections"),
    ("обучал", "trained"),
    ("обучени", "training"),
    ("предупреди", "warned"),
    ("сообщи", "informed"),
    ("предложи", "proposed"),
    ("обвини", "accused"),
    ("обвиня", "accuses"),
    ("налож", "imposed"),
    ("примени", "used"),
];

/// Whole words of any of the three scripts and the English word each stands for: question
/// words, words too short for a stem, and Hebrew and Arabic words (read whole, after a
/// one-letter prefix such as Hebrew "ב" or Arabic "و" and the article "ال" are taken off).
const WORDS: &[(&str, &str)] = &[
    // Russian question words and short words.
    ("почему", "why"),
    ("зачем", "why"),
    ("когда", "when"),
    ("кто", "who"),
    ("что", "what"),
    ("где", "where"),
    ("как", "how"),
    ("сколько", "how many"),
    ("сша", "us"),
    ("оон", "un"),
    ("сми", "media"),
    ("армия", "army"),
    ("армии", "army"),
    ("друг", "friend"),
    ("другом", "friend"),
    ("друзья", "friends"),
    ("враг", "enemy"),
    // Hebrew.
    ("למה", "why"),
    ("מדוע", "why"),
    ("מתי", "when"),
    ("מי", "who"),
    ("מה", "what"),
    ("איפה", "where"),
    ("איך", "how"),
    ("כמה", "how many"),
    ("תמיכה", "support"),
    ("תומכת", "supports"),
    ("תומך", "supports"),
    ("תמכה", "supported"),
    ("גינוי", "condemnation"),
    ("גינתה", "condemned"),
    ("גינה", "condemned"),
    ("לגנות", "condemn"),
    ("וטו", "veto"),
    ("הצבעה", "vote"),
    ("הצביעה", "voted"),
    ("נמנעה", "abstained"),
    ("החלטה", "resolution"),
    ("מלחמה", "war"),
    ("מתקפה", "attack"),
    ("התקפה", "attack"),
    ("טבח", "massacre"),
    ("נשק", "weapons"),
    ("סנקציות", "sanctions"),
    ("נהרגו", "killed"),
    ("הרוגים", "killed"),
    ("תנחומים", "condolences"),
    ("נאם", "spoke"),
    ("נאום", "speech"),
    ("שיחה", "call"),
    ("שיחת", "call"),
    ("טלפון", "phone"),
    ("דיבר", "spoke"),
    ("דיברו", "spoke"),
    ("התקשר", "phoned"),
    ("פגישה", "meeting"),
    ("נפגש", "met"),
    ("ביקור", "visit"),
    ("ביקר", "visited"),
    ("משלחת", "delegation"),
    ("ראיון", "interview"),
    ("אמר", "said"),
    ("אמרה", "said"),
    ("השווה", "compared"),
    ("מצור", "siege"),
    ("מנהיגי", "leaders"),
    ("תעמולה", "propaganda"),
    ("תקשורת", "media"),
    ("חיילים", "soldiers"),
    ("חטופים", "hostages"),
    ("רקטה", "rocket"),
    ("פיצוץ", "explosion"),
    ("יחסים", "relations"),
    ("בחירות", "elections"),
    ("הטילה", "imposed"),
    ("הטיל", "imposed"),
    // Arabic.
    ("لماذا", "why"),
    ("متى", "when"),
    ("ماذا", "what"),
    ("أين", "where"),
    ("كيف", "how"),
    ("كم", "how many"),
    ("دعم", "support"),
    ("تدعم", "supports"),
    ("يدعم", "supports"),
    ("إدانة", "condemnation"),
    ("ادانة", "condemnation"),
    ("أدان", "condemned"),
    ("أدانت", "condemned"),
    ("تدين", "condemns"),
    ("فيتو", "veto"),
    ("نقض", "veto"),
    ("تصويت", "vote"),
    ("صوتت", "voted"),
    ("امتنعت", "abstained"),
    ("قرار", "resolution"),
    ("حرب", "war"),
    ("هجوم", "attack"),
    ("مجزرة", "massacre"),
    ("أسلحة", "weapons"),
    ("اسلحة", "weapons"),
    ("سلاح", "weapons"),
    ("عقوبات", "sanctions"),
    ("قتلى", "killed"),
    ("مستشفى", "hospital"),
    ("تعازي", "condolences"),
    ("مكالمة", "call"),
    ("اتصال", "call"),
    ("اتصل", "phoned"),
    ("هاتف", "phone"),
    ("هاتفيا", "phone"),
    ("تحدث", "spoke"),
    ("لقاء", "meeting"),
    ("التقى", "met"),
    ("زيارة", "visit"),
    ("زار", "visited"),
    ("وفد", "delegation"),
    ("مقابلة", "interview"),
    ("قال", "said"),
    ("قارن", "compared"),
    ("حصار", "siege"),
    ("قادة", "leaders"),
    ("دعاية", "propaganda"),
    ("إعلام", "media"),
    ("اعلام", "media"),
    ("جنود", "soldiers"),
    ("رهائن", "hostages"),
    ("صاروخ", "rocket"),
    ("انفجار", "explosion"),
    ("علاقات", "relations"),
    ("انتخابات", "elections"),
    ("فرضت", "imposed"),
    ("استخدمت", "used"),
];

/// One-letter prefixes that Hebrew and Arabic write onto a word ("and", "the", "in", "to").
const PREFIX_LETTERS: &[char] = &['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ', 'و', 'ف', 'ب', 'ل'];

fn words() -> &'static HashMap<&'static str, &'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| WORDS.iter().copied().collect())
}

/// Whether `w` is written in Cyrillic, Hebrew or Arabic letters.
fn is_native(w: &str) -> bool {
    w.chars().any(|c| {
        matches!(c, '\u{0400}'..='\u{04FF}' | '\u{0590}'..='\u{05FF}' | '\u{0600}'..='\u{06FF}')
    })
}

/// The English word for one native word (lower-cased), or `None` when the glossary does not
/// know it.
fn gloss(w: &str) -> Option<&'static str> {
    if let Some(&english) = words().get(w) {
        return Some(english);
    }
    if let Some(english) = RUSSIAN_STEMS
        .iter()
        .filter(|(stem, _)| w.starts_with(stem))
        .max_by_key(|(stem, _)| stem.len())
        .map(|(_, english)| *english)
    {
        return Some(english);
    }
    // A Hebrew or Arabic word with a prefix letter, the article "ال", or both ("وال").
    let mut rest = w;
    for _ in 0..2 {
        let mut chars = rest.chars();
        let stripped = match chars.next() {
            Some(c) if PREFIX_LETTERS.contains(&c) => chars.as_str(),
            _ => rest.strip_prefix("ال")?,
        };
        let stripped = stripped.strip_prefix("ال").unwrap_or(stripped);
        if stripped.chars().count() < 2 {
            return None;
        }
        if let Some(&english) = words().get(stripped) {
            return Some(english);
        }
        rest = stripped;
    }
    None
}

/// `q` with the native words the glossary knows written in English; everything else (names,
/// English words, spacing, punctuation) is kept. `None` when nothing changes, which is every
/// question typed in English.
pub fn glossed(q: &str) -> Option<String> {
    if q.is_ascii() || !q.split(|c: char| !c.is_alphanumeric()).any(is_native) {
        return None;
    }
    crate::text::replace_words(q, |word| {
        let lower = word.to_lowercase();
        is_native(&lower).then(|| gloss(&lower)).flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::glossed;

    #[test]
    fn native_words_are_read_in_english_and_names_are_kept() {
        let cases = [
            (
                "почему Кремль вообще поддерживает хамас сейчас?",
                Some("why Кремль вообще support хамас сейчас?"),
            ),
            (
                "Россия воздержалась при голосовании по резолюции США",
                Some("Россия abstained при vote по resolution us"),
            ),
            // A Hebrew prefix letter and the Arabic article are taken off before the look-up.
            ("רוסיה נמנעה בהצבעה", Some("רוסיה abstained vote")),
            (
                "מתי פוטין דיבר בטלפון עם נתניהו",
                Some("when פוטין spoke phone עם נתניהו"),
            ),
            ("Путин говорил по телефону", Some("Путин spoke по phone")),
            ("لماذا تدعم روسيا حماس", Some("why supports روسيا حماس")),
            ("موقف روسيا من الحرب", Some("موقف روسيا من war")),
            // Stems do not reach into other words: "другой" (other) is no friend.
            ("другой", None),
            // English and names alone are left as they are.
            ("why does russia back hamas", None),
            ("Путин", None),
            ("", None),
        ];
        for (q, want) in cases {
            assert_eq!(glossed(q).as_deref(), want, "{q}");
        }
    }
}
