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
    ("встречал", "met"),
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
    ("винит", "blames"),
    ("винят", "blame"),
    ("возлага", "blames"),
    ("нынешн", "current"),
    ("текущ", "current"),
    ("начал", "start"),
    ("развязыван", "outbreak"),
    ("вспышк", "outbreak"),
    ("обвиня", "accuses"),
    ("налож", "imposed"),
    ("примени", "used"),
    // Licences, arms and their making.
    ("лиценз", "license"),
    ("производ", "manufacture"),
    ("изготов", "manufacture"),
    ("калашников", "kalashnikov"),
    ("автомат", "rifle"),
    ("винтовк", "rifle"),
    ("военн", "military"),
    ("беспилотн", "drones"),
    ("дрон", "drones"),
    ("вторжени", "invasion"),
    ("вторг", "invaded"),
    ("оккупац", "occupation"),
    ("оккупир", "occupying"),
    ("самооборон", "self-defense"),
    ("гражданск", "civilian"),
    // People, offices and bodies.
    ("представител", "representative"),
    ("официальн", "official"),
    ("чиновни", "official"),
    ("премьер", "prime"),
    ("министр", "minister"),
    ("министерств", "ministry"),
    ("посол", "ambassador"),
    ("послом", "ambassador"),
    ("организац", "organization"),
    ("террорист", "terrorist"),
    ("легитимн", "legitimate"),
    ("политическ", "political"),
    ("безопасност", "security"),
    ("автор", "authors"),
    ("канал", "channel"),
    ("газет", "newspaper"),
    ("евре", "jews"),
    ("антисемит", "antisemitism"),
    ("нацист", "nazi"),
    // Acts and relations.
    ("рассказ", "told"),
    ("призна", "recognized"),
    ("улучш", "improved"),
    ("ухудш", "deteriorated"),
    ("помощ", "aid"),
    ("помога", "help"),
    ("финансир", "funding"),
    ("деньг", "money"),
    ("освобожд", "release"),
    ("переговор", "negotiations"),
    ("посредни", "mediation"),
    ("интерес", "interests"),
    ("стратеги", "strategy"),
    ("влияни", "influence"),
    ("утвержда", "claimed"),
    ("отрица", "denied"),
    ("ответственн", "responsible"),
    ("жесток", "cruel"),
    ("беспоряд", "riots"),
    ("бунт", "riot"),
    ("самолет", "plane"),
    ("самолёт", "plane"),
    ("демократ", "democratic"),
    ("опубликов", "published"),
    ("документ", "brief"),
    ("случил", "happened"),
    ("произош", "happened"),
    ("написа", "wrote"),
    ("предупрежд", "warned"),
    ("отказа", "refused"),
    ("обсужд", "discussed"),
    ("обсуди", "discussed"),
    ("запад", "west"),
    ("мирово", "world"),
    ("первы", "first"),
    ("последн", "last"),
    // States' adjectives, which inflect as other words do and which the aliases (the states'
    // names) do not hold.
    ("российск", "russian"),
    ("русск", "russian"),
    ("израильск", "israeli"),
    ("иранск", "iranian"),
    ("американск", "american"),
    ("палестинск", "palestinian"),
    ("сирийск", "syrian"),
    ("украинск", "ukrainian"),
    ("египетск", "egyptian"),
    ("турецк", "turkish"),
    ("катарск", "qatari"),
    // Months, which dates in questions are written with.
    ("январ", "january"),
    ("феврал", "february"),
    ("апрел", "april"),
    ("июн", "june"),
    ("июл", "july"),
    ("август", "august"),
    ("сентябр", "september"),
    ("октябр", "october"),
    ("ноябр", "november"),
    ("декабр", "december"),
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
    ("какой", "which"),
    ("какая", "which"),
    ("какие", "which"),
    ("какое", "which"),
    ("каким", "which"),
    ("какого", "which"),
    ("какую", "which"),
    ("каких", "which"),
    ("действительно", "really"),
    ("правда", "really"),
    ("заранее", "in advance"),
    ("цель", "goal"),
    ("цели", "goals"),
    ("целью", "goal"),
    ("статья", "article"),
    ("статье", "article"),
    ("статьи", "article"),
    ("дети", "children"),
    ("детей", "children"),
    ("марта", "march"),
    ("мая", "may"),
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
    ("איזה", "which"),
    ("איזו", "which"),
    ("אילו", "which"),
    ("באמת", "really"),
    ("ישראלי", "israeli"),
    ("ישראלית", "israeli"),
    ("רוסי", "russian"),
    ("רוסית", "russian"),
    ("איראני", "iranian"),
    ("אמריקאי", "american"),
    ("פלסטיני", "palestinian"),
    ("סורי", "syrian"),
    ("אוקראיני", "ukrainian"),
    ("נציג", "representative"),
    ("דובר", "spokesman"),
    ("בכיר", "senior"),
    ("מנהיג", "leader"),
    ("מנהיגים", "leaders"),
    ("רישיון", "license"),
    ("רשיון", "license"),
    ("לייצר", "manufacture"),
    ("ייצור", "manufacture"),
    ("רובה", "rifle"),
    ("רובים", "rifles"),
    ("קלשניקוב", "kalashnikov"),
    ("שגריר", "ambassador"),
    ("שר", "minister"),
    ("ממשלה", "government"),
    ("משרד", "ministry"),
    ("ארגון", "organization"),
    ("טרור", "terror"),
    ("מחבלים", "terrorists"),
    ("לגיטימי", "legitimate"),
    ("פוליטי", "political"),
    ("הכיר", "recognized"),
    ("הכירה", "recognized"),
    ("סיוע", "aid"),
    ("עזרה", "help"),
    ("כסף", "money"),
    ("מימון", "funding"),
    ("קריפטו", "crypto"),
    ("שחרור", "release"),
    ("מערב", "west"),
    ("מטרה", "goal"),
    ("מטרת", "goal"),
    ("אינטרס", "interest"),
    ("אינטרסים", "interests"),
    ("אסטרטגיה", "strategy"),
    ("השפעה", "influence"),
    ("ערוץ", "channel"),
    ("עיתון", "newspaper"),
    ("טען", "claimed"),
    ("טענה", "claim"),
    ("הכחיש", "denied"),
    ("האשים", "accused"),
    ("האשימה", "accused"),
    ("מאשימה", "blames"),
    ("מאשים", "blames"),
    ("מאשימים", "blame"),
    ("פרוץ", "outbreak"),
    ("נוכחית", "current"),
    ("נוכחי", "current"),
    ("אמריקאית", "american"),
    ("אמריקנית", "american"),
    ("אמריקני", "american"),
    ("אחראי", "responsible"),
    ("אזרחים", "civilians"),
    ("ילדים", "children"),
    ("צבא", "army"),
    ("צבאי", "military"),
    ("רחפנים", "drones"),
    ("טילים", "missiles"),
    ("טיל", "missile"),
    ("פלישה", "invasion"),
    ("כיבוש", "occupation"),
    ("אכזרית", "cruel"),
    ("אכזרי", "cruel"),
    ("נאצים", "nazis"),
    ("יהודים", "jews"),
    ("אנטישמיות", "antisemitism"),
    ("פוגרום", "pogrom"),
    ("מהומות", "riots"),
    ("מטוס", "plane"),
    ("דמוקרטי", "democratic"),
    ("פורסם", "published"),
    ("פרסם", "published"),
    ("מאמר", "article"),
    // "The document" a reader asks about is the brief: "מה קרה בדגסטן לפי המסמך".
    ("מסמך", "brief"),
    ("לפי", "according to"),
    ("קרה", "happened"),
    ("כותבים", "authors"),
    ("כתב", "wrote"),
    ("ראשון", "first"),
    ("אחרון", "last"),
    ("אחרי", "after"),
    ("לפני", "before"),
    ("במהלך", "during"),
    ("ידעה", "knew"),
    ("ידע", "knew"),
    ("עדכן", "updated"),
    ("עדכנו", "updated"),
    ("הזהיר", "warned"),
    ("הזהירו", "warned"),
    ("מראש", "in advance"),
    ("סירבה", "refused"),
    ("סירב", "refused"),
    ("עולם", "world"),
    ("כמו", "like"),
    ("שאר", "rest"),
    ("קשרים", "ties"),
    ("ניתקה", "severed"),
    ("ספטמבר", "september"),
    ("אוקטובר", "october"),
    ("נובמבר", "november"),
    ("דצמבר", "december"),
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
    ("أي", "which"),
    ("حقا", "really"),
    ("إسرائيلي", "israeli"),
    ("اسرائيلي", "israeli"),
    ("روسي", "russian"),
    ("روسية", "russian"),
    ("إيراني", "iranian"),
    ("ايراني", "iranian"),
    ("أمريكي", "american"),
    ("فلسطيني", "palestinian"),
    ("سوري", "syrian"),
    ("أوكراني", "ukrainian"),
    ("ممثل", "representative"),
    ("متحدث", "spokesman"),
    ("مسؤول", "official"),
    ("زعيم", "leader"),
    ("زعماء", "leaders"),
    ("رخصة", "license"),
    ("ترخيص", "license"),
    ("تصنيع", "manufacture"),
    ("إنتاج", "manufacture"),
    ("بنادق", "rifles"),
    ("بندقية", "rifle"),
    ("كلاشنكوف", "kalashnikov"),
    ("كلاشينكوف", "kalashnikov"),
    ("سفير", "ambassador"),
    ("وزير", "minister"),
    ("وزارة", "ministry"),
    ("حكومة", "government"),
    ("منظمة", "organization"),
    ("إرهابية", "terrorist"),
    ("ارهابية", "terrorist"),
    ("إرهاب", "terror"),
    ("ارهاب", "terror"),
    ("شرعية", "legitimate"),
    ("سياسية", "political"),
    ("اعترفت", "recognized"),
    ("مساعدات", "aid"),
    ("مساعدة", "help"),
    ("أموال", "money"),
    ("تمويل", "funding"),
    ("هدنة", "truce"),
    ("إفراج", "release"),
    ("مفاوضات", "negotiations"),
    ("وساطة", "mediation"),
    ("غرب", "west"),
    ("هدف", "goal"),
    ("مصالح", "interests"),
    ("مصلحة", "interest"),
    ("استراتيجية", "strategy"),
    ("نفوذ", "influence"),
    ("قناة", "channel"),
    ("صحيفة", "newspaper"),
    ("زعم", "claimed"),
    ("ادعى", "claimed"),
    ("نفى", "denied"),
    ("اتهم", "accused"),
    ("اتهمت", "accused"),
    ("تلوم", "blames"),
    ("يلوم", "blames"),
    ("اندلاع", "outbreak"),
    ("حالية", "current"),
    ("حالي", "current"),
    ("أمريكية", "american"),
    ("امريكية", "american"),
    ("مدنيين", "civilians"),
    ("أطفال", "children"),
    ("جيش", "army"),
    ("عسكري", "military"),
    ("عسكرية", "military"),
    ("صواريخ", "missiles"),
    ("غزو", "invasion"),
    ("احتلال", "occupation"),
    ("قاسي", "cruel"),
    ("قاسية", "cruel"),
    ("نازي", "nazi"),
    ("يهود", "jews"),
    ("شغب", "riot"),
    ("طائرة", "plane"),
    ("مطار", "airport"),
    ("ديمقراطية", "democratic"),
    ("نشر", "published"),
    ("مقال", "article"),
    ("وثيقة", "brief"),
    ("حسب", "according to"),
    ("وفقا", "according to"),
    ("كتب", "wrote"),
    ("أول", "first"),
    ("آخر", "last"),
    ("بعد", "after"),
    ("قبل", "before"),
    ("خلال", "during"),
    ("عرفت", "knew"),
    ("علمت", "knew"),
    ("أبلغ", "informed"),
    ("أبلغت", "informed"),
    ("حذر", "warned"),
    ("مسبقا", "in advance"),
    ("رفضت", "refused"),
    ("رفض", "refused"),
    ("عالم", "world"),
    ("مثل", "like"),
    ("باقي", "rest"),
    ("بقية", "rest"),
    ("روابط", "ties"),
    ("تحسنت", "improved"),
    ("تدهورت", "deteriorated"),
    ("سبتمبر", "september"),
    ("أكتوبر", "october"),
    ("اكتوبر", "october"),
    ("نوفمبر", "november"),
    ("ديسمبر", "december"),
];

/// Phrases of Hebrew and Arabic that name one thing in several words ("ראש הממשלה", the head
/// of the government, is the prime minister), read before the words one by one would read them
/// apart.
const PHRASES: &[(&str, &str)] = &[
    ("ראש הממשלה", "prime minister"),
    ("הטילה וטו", "vetoed"),
    ("הטיל וטו", "vetoed"),
    ("הצעת ההחלטה", "draft resolution"),
    ("הצעת החלטה", "draft resolution"),
    ("ראש ממשלה", "prime minister"),
    ("שר החוץ", "foreign minister"),
    ("משרד החוץ", "foreign ministry"),
    ("מועצת הביטחון", "security council"),
    ("הפסקת אש", "ceasefire"),
    ("הגנה עצמית", "self-defense"),
    ("שדה התעופה", "airport"),
    ("رئيس الوزراء", "prime minister"),
    ("حق النقض", "veto"),
    ("مشروع القرار", "draft resolution"),
    ("مشروع قرار", "draft resolution"),
    ("رئيس وزراء", "prime minister"),
    ("وزير الخارجية", "foreign minister"),
    ("وزارة الخارجية", "foreign ministry"),
    ("مجلس الأمن", "security council"),
    ("وقف إطلاق النار", "ceasefire"),
    ("وقف اطلاق النار", "ceasefire"),
    ("الدفاع عن النفس", "self-defense"),
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
    unprefixed(w)
        .into_iter()
        .find_map(|form| words().get(form).copied())
}

/// The forms of a Hebrew or Arabic word without what those scripts write onto its front: one
/// prefix letter ("בדגסטן", in Dagestan), the article "ال", or both ("وال"), shortest last.
/// Names are spelled bare in the knowledge base's native aliases, so a name the question
/// writes with a prefix is found through these. Empty for any other word, and no form is
/// shorter than two letters.
pub fn unprefixed(w: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let hebrew_or_arabic = w
        .chars()
        .any(|c| matches!(c, '\u{0590}'..='\u{05FF}' | '\u{0600}'..='\u{06FF}'));
    if !hebrew_or_arabic {
        return out;
    }
    let mut rest = w;
    for _ in 0..2 {
        let mut chars = rest.chars();
        let stripped = match chars.next() {
            Some(c) if PREFIX_LETTERS.contains(&c) => chars.as_str(),
            _ => match rest.strip_prefix("ال") {
                Some(s) => s,
                None => break,
            },
        };
        let stripped = stripped.strip_prefix("ال").unwrap_or(stripped);
        if stripped.chars().count() < 2 {
            break;
        }
        out.push(stripped);
        rest = stripped;
    }
    out
}

/// `q` with the native words the glossary knows written in English; everything else (names,
/// English words, spacing, punctuation) is kept. `None` when nothing changes, which is every
/// question typed in English.
pub fn glossed(q: &str) -> Option<String> {
    if q.is_ascii() || !q.split(|c: char| !c.is_alphanumeric()).any(is_native) {
        return None;
    }
    // A phrase may carry a prefix letter on its first word ("לראש הממשלה", to the prime
    // minister): the letter is left as a word of its own, which matches nothing.
    let mut text = std::borrow::Cow::Borrowed(q);
    for (phrase, english) in PHRASES {
        if text.contains(phrase) {
            text = std::borrow::Cow::Owned(text.replace(phrase, &format!(" {english} ")));
        }
    }
    let words = crate::text::replace_words(&text, |word| {
        let lower = word.to_lowercase();
        is_native(&lower).then(|| gloss(&lower)).flatten()
    });
    match (words, text) {
        (Some(w), _) => Some(w),
        (None, std::borrow::Cow::Owned(t)) => Some(t),
        (None, std::borrow::Cow::Borrowed(_)) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{glossed, unprefixed};

    #[test]
    fn prefixes_come_off_hebrew_and_arabic_words() {
        let cases: &[(&str, &[&str])] = &[
            ("בדגסטן", &["דגסטן"]),
            ("לפוטין", &["פוטין"]),
            ("وروسيا", &["روسيا"]),
            ("والحرب", &["حرب"]),
            ("لروسيا", &["روسيا"]),
            // Too short to leave a word, or no prefix at all.
            ("בו", &[]),
            ("דגסטן", &[]),
            // Cyrillic and Latin words have no such prefixes.
            ("впутине", &[]),
            ("bdagestan", &[]),
        ];
        for (word, want) in cases {
            assert_eq!(unprefixed(word), *want, "{word}");
        }
    }

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
            // Words of office, arms and dates, and a title written in two words.
            (
                "какой представитель хамаса рассказал",
                Some("which representative хамаса told"),
            ),
            ("лицензию на производство", Some("license на manufacture")),
            (
                "עם איזה ראש ממשלה ישראלי",
                Some("עם which  prime minister  israeli"),
            ),
            ("في 7 أكتوبر", Some("في 7 october")),
            // Blame, an outbreak, the current war, and a veto cast in two words.
            (
                "את מי רוסיה מאשימה בפרוץ המלחמה הנוכחית",
                Some("את who רוסיה blames outbreak war current"),
            ),
            (
                "רוסיה הטילה וטו על הצעת ההחלטה",
                Some("רוסיה  vetoed  על  draft resolution "),
            ),
            ("Кого винит Россия", Some("Кого blames Россия")),
            // "The document" is the brief, and a name keeps its prefix letter for the search.
            (
                "מה קרה בדגסטן לפי המסמך?",
                Some("what happened בדגסטן according to brief?"),
            ),
            ("что случилось в документе", Some("what happened в brief")),
            ("لرئيس الوزراء", Some("ل prime minister ")),
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
