//! Whether a statement says the opposite of the claim it matched.
//!
//! "Russia condemned Hamas" finds the brief's sentence that Russia refrained from condemning
//! Hamas: the same words, the opposite fact. Retrieval ignores "not" and "never" (they are in
//! almost every sentence), so the stance is read afterwards, by comparing the two sentences'
//! negations and the opposite verbs each uses ("voted for" against "vetoed").

/// Words that negate what follows. Apostrophes are dropped before matching, so "didn't" and
/// "didnt" are the same word.
const NEGATIONS: &[&str] = &[
    "not",
    "no",
    "never",
    "without",
    "neither",
    "nor",
    "none",
    "nothing",
    "nobody",
    "nowhere",
    // "Israel has zero right to self-defence" is chat for "no right".
    "zero",
    "didnt",
    "doesnt",
    "dont",
    "isnt",
    "wasnt",
    "werent",
    "arent",
    "hasnt",
    "havent",
    "hadnt",
    "cant",
    "cannot",
    "couldnt",
    "wont",
    "wouldnt",
    "refrained",
    "refrain",
    "refrains",
    "refraining",
    "refused",
    "refuses",
    "refuse",
    "refusing",
    "failed",
    "fails",
    "fail",
    "denied",
    "denies",
    "deny",
    // Keeping quiet about something is refraining from saying it ("israel stayed quiet when
    // russia took crimea" agrees with "Israel refrained from criticizing Russia").
    "quiet",
    "silent",
    "silence",
];

/// Pairs of opposite ways to act, each side as word prefixes. A statement using one side
/// against a claim using the other is a contradiction.
const OPPOSITES: &[(&[&str], &[&str])] = &[
    (
        &[
            "voted for",
            "vote for",
            "supported the",
            "backed the",
            "endorsed",
            "approved",
        ],
        &[
            "veto",
            "blocked",
            "block a",
            "voted against",
            "opposed",
            "rejected",
        ],
    ),
    (
        &[
            "harsher",
            "harder",
            "stepped up",
            "intensif",
            "escalat",
            "ramped up",
            "toughened",
            "slammed",
            "hard on",
            "super hard",
            "really hard",
        ],
        &[
            "scaled back",
            "toned down",
            "soften",
            "softer",
            "gentler",
            "milder",
            "easier on",
            "went easy",
            "eased",
            "dialed down",
            "dialled down",
        ],
    ),
    (
        &[
            "upheld",
            "uphold",
            "affirmed",
            "recognized",
            "recognised",
            "acknowledged",
            "accepted",
        ],
        &[
            "rejected",
            "rejects",
            "denied",
            "denies",
            "questioned",
            "disputed",
        ],
    ),
    // Abstaining is neither voting for nor blocking.
    (
        &["abstain"],
        &["veto", "blocked", "block a", "voted for", "voted against"],
    ),
    (
        &[
            "praised",
            "welcomed",
            "applauded",
            "commended",
            // Tolerating something is not condemning it: "in the 90s Moscow was fine with
            // Hamas attacks" against "Russia condemned Hamas's terrorist activities".
            "fine with",
            "ok with",
            "okay with",
            "cool with",
            "tolerated",
            "tolerant of",
        ],
        &["condemned", "denounced", "criticized", "criticised"],
    ),
    (
        &[
            "cut off",
            "cut ties",
            "cut all",
            "broke off",
            "broken off",
            "ended ties",
            "ended all",
        ],
        &["were not severed", "not severed", "maintained", "warm"],
    ),
    // Staying neutral is not taking a side, and "pro-Palestinian" is a side.
    (
        &[
            "neutral",
            "on the fence",
            "equidistant",
            "stay out of",
            "impartial",
            "even handed",
            "balanced",
        ],
        &[
            "pro ",
            "unequivocally",
            "firmly with",
            "stand beside",
            "standing beside",
            "stand with",
            "side with",
            "sided with",
        ],
    ),
    // Doing something directly is not doing it through someone else: "Russia shipped the
    // missiles to Hamas directly" against "Russian weapons reached Hamas via Iran".
    (
        &[
            "directly",
            "first hand",
            "firsthand",
            "straight to",
            "straight from",
        ],
        &["via ", "indirectly", "by way of", "intermediar"],
    ),
    // Opposing something is not pressing for it: "Russia is against any ceasefire in Gaza"
    // against "attempting to promote a ceasefire in Gaza".
    (
        &[
            "against any",
            "opposes any",
            "opposed any",
            "opposed to any",
            "rejects any",
            "rejected any",
            "against a ceasefire",
            "against a truce",
        ],
        &[
            "promote a",
            "promoting a",
            "push for",
            "pushing for",
            "calling for",
            "called for",
        ],
    ),
    // Saying something outright is not wording that only may be read so: "the draft
    // explicitly slammed Hamas" against "which could be interpreted as a condemnation of
    // Hamas's actions".
    (
        &[
            "explicitly",
            "outright",
            "openly",
            "by name",
            "in so many words",
        ],
        &[
            "could be interpreted",
            "can be interpreted",
            "could be read",
            "implicitly",
        ],
    ),
    // Keeping two things apart is not linking them: "Putin kept the Ukraine war and the Gaza
    // war separate" against "drew a direct line between the war in Ukraine and the war…".
    (
        &[
            "separate",
            "unrelated",
            "unconnected",
            "not linked",
            "not connected",
            "no link",
            "no connection",
            "kept apart",
            "nothing to do with",
        ],
        &[
            "direct line between",
            "connecting the",
            "connected the",
            "linked the",
            "linking the",
            "tied the",
            "tying the",
        ],
    ),
    // Told in advance is not told once it had begun: "Hamas tipped off Moscow weeks before the
    // attack" against "updated Moscow about the attack shortly after it began".
    (
        &[
            "in advance",
            "ahead of",
            "beforehand",
            "prior to",
            "weeks before",
            "days before",
            "hours before",
            "before the attack",
            "before it began",
            "before it started",
            "advance warning",
            "advance notice",
        ],
        &[
            "shortly after it began",
            "after it began",
            "after it started",
            "once it began",
            "once it had begun",
        ],
    ),
    // Comparisons: a figure said to be lower than another is not the brief's higher one.
    (
        &[
            "higher",
            "more than",
            "larger",
            "greater",
            "bigger",
            "inflat",
            "exaggerat",
            "overstat",
        ],
        &[
            "lower",
            "less than",
            "fewer",
            "smaller",
            "downplay",
            "understat",
        ],
    ),
];

/// Whether two words are the same for a negation's reach: the same stem, forms of one word the
/// stemmer keeps apart ("terrorism" and "terrorist"), a typo of it ("condemed"), or a synonym
/// the search already treats as one ("slammed" and "condemned").
fn same_word(a: &str, b: &str) -> bool {
    const SHARED: usize = 7;
    const TYPO_MIN: usize = 5;
    let (sa, sb) = (crate::text::stem(a), crate::text::stem(b));
    sa == sb
        || (a.len() >= SHARED
            && b.len() >= SHARED
            && a.is_char_boundary(SHARED)
            && b.is_char_boundary(SHARED)
            && a[..SHARED] == b[..SHARED])
        || (sa.len().min(sb.len()) >= TYPO_MIN && strsim::damerau_levenshtein(&sa, &sb) == 1)
        || synonyms(&sa, &sb)
}

/// Whether two stems are in one of the search's synonym groups.
fn synonyms(a: &str, b: &str) -> bool {
    static GROUPS: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    let groups = GROUPS.get_or_init(|| {
        crate::search::synonyms::GROUPS
            .iter()
            .map(|g| g.iter().map(|w| crate::text::stem(w)).collect())
            .collect()
    });
    groups
        .iter()
        .any(|g| g.iter().any(|w| w == a) && g.iter().any(|w| w == b))
}

pub(crate) fn words(text: &str) -> Vec<String> {
    // A possessive is the name it follows ("Hamas's terrorist activities" is about Hamas);
    // other apostrophes join a contraction into one word ("didn't" is "didnt").
    crate::text::fold_for_search(text)
        .replace(['’'], "'")
        .replace("'s", " ")
        .replace('\'', "")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// How far after a negation the word it negates may be ("refrained from publicly condemning").
const NEGATION_REACH: usize = 4;

/// Whether `text` negates what it shares with `other`: negations count only when one of the few
/// words after them is also in `other`. "Putin expressed condolences, and even then he did not
/// condemn Hamas" does not negate "Putin offered condolences".
fn negated(text: &str, other: &str) -> bool {
    let topic: Vec<String> = words(other)
        .into_iter()
        .filter(|w| !crate::text::is_stop_word(w) && !NEGATIONS.contains(&w.as_str()))
        .collect();
    negations_of(&words(text), NEGATION_REACH, |n| {
        topic.iter().any(|t| same_word(t, n))
    }) % 2
        == 1
}

/// How many negations in `ws` have a word that `negates` accepts among the `reach` words after
/// them.
fn negations_of(ws: &[String], reach: usize, negates: impl Fn(&str) -> bool) -> usize {
    (ws.iter().enumerate())
        .filter(|(i, w)| {
            NEGATIONS.contains(&w.as_str())
                && ws[i + 1..(i + 1 + reach).min(ws.len())]
                    .iter()
                    .any(|n| negates(n))
        })
        .count()
}

/// How far after a negation the word it denies outright may be: "not severed", "never
/// publicly condemned". Farther, the negation is of a phrase the word only ends ("no right to
/// self-defense" does not deny "self").
const DENIAL_REACH: usize = 2;

/// Whether `text` negates `word` itself: a negation just before it ("ties were not severed"
/// denies "severed").
pub(crate) fn denies(text: &str, word: &str) -> bool {
    negations_of(&words(text), DENIAL_REACH, |n| same_word(word, n)) > 0
}

/// Whether `text` negates `word` with at most one word between them besides the verb it
/// negates: "it failed to include **any** condemnation" denies "condemned" as "did not condemn"
/// does.
pub(crate) fn denies_near(text: &str, word: &str) -> bool {
    negations_of(&words(text), DENIAL_REACH + 2, |n| same_word(word, n)) > 0
}

/// Whether `text` has no negation at all: "Russia's draft condemned Hamas", not "Russia never
/// condemned Hamas".
pub(crate) fn affirms(text: &str) -> bool {
    !words(text).iter().any(|w| NEGATIONS.contains(&w.as_str()))
}

/// A text's words joined by single spaces, with one before and after, as [`sides_used`] reads
/// them.
fn padded(text: &str) -> String {
    format!(" {} ", words(text).join(" "))
}

/// Which sides of each pair of [`OPPOSITES`] a padded text (see [`padded`]) uses: a side's word
/// or phrase at the start of a word. Bit 1 is the first side, bit 2 the second, one byte per
/// pair. All the phrases are looked for in one pass.
fn sides_used(padded: &str) -> Vec<u8> {
    static PHRASES: std::sync::OnceLock<(aho_corasick::AhoCorasick, Vec<(usize, u8)>)> =
        std::sync::OnceLock::new();
    let (automaton, of) = PHRASES.get_or_init(|| {
        let mut patterns = Vec::new();
        let mut of = Vec::new();
        for (pair, (a, b)) in OPPOSITES.iter().enumerate() {
            for (side, phrases) in [(1u8, a), (2u8, b)] {
                for p in phrases.iter() {
                    patterns.push(*p);
                    of.push((pair, side));
                }
            }
        }
        let automaton =
            aho_corasick::AhoCorasick::new(patterns).expect("the stance phrases are plain strings");
        (automaton, of)
    });
    let mut used = vec![0u8; OPPOSITES.len()];
    for m in automaton.find_overlapping_iter(padded) {
        if m.start() > 0 && padded.as_bytes()[m.start() - 1] == b' ' {
            let (pair, side) = of[m.pattern().as_usize()];
            used[pair] |= side;
        }
    }
    used
}

/// True when `statement` (what the user asserts) says the opposite of `claim` (the brief's
/// sentence it matched).
pub(crate) fn contradicts(statement: &str, claim: &str) -> bool {
    let (s, c) = (padded(statement), padded(claim));
    let said = sides_used(&s);
    // Most statements use no side of any pair, and then the claim need not be read for one.
    let claimed = if said.iter().any(|&u| u != 0) {
        sides_used(&c)
    } else {
        vec![0u8; OPPOSITES.len()]
    };
    // One side only in the statement, and only the other (or the same) in the claim.
    let one = |u: u8, side: u8| u == side;
    let opposite_verbs = (said.iter().zip(&claimed))
        .any(|(&su, &cu)| (one(su, 1) && one(cu, 2)) || (one(su, 2) && one(cu, 1)));
    // "Harsher in 2008 than in 2014" says of 2014 what "scaled back in 2014, unlike 2008" says:
    // a comparison read from its other end turns each side's word into its opposite.
    if compared_backwards(statement, claim) {
        let same_verbs = (said.iter().zip(&claimed))
            .any(|(&su, &cu)| (one(su, 1) && one(cu, 1)) || (one(su, 2) && one(cu, 2)));
        if same_verbs != opposite_verbs {
            return same_verbs;
        }
    }
    opposite_verbs
        || opposite_sides(&s, &c)
        || (negated(statement, claim) != negated(claim, statement) && {
            // The negation that differs must be in what the claim states, not in the reason
            // it gives, unless the statement gives that reason too.
            let main = main_clause(claim);
            negated(statement, main) != negated(main, statement)
        })
}

/// True when `statement` uses one side of a pair of opposite words ("ramped up") and `claim`
/// only the other ("scaled back"): the plainest of the contradictions [`contradicts`] finds,
/// with no negation or comparison to read.
pub(crate) fn opposes(statement: &str, claim: &str) -> bool {
    let said = sides_used(&padded(statement));
    if said.iter().all(|&u| u == 0) {
        return false;
    }
    let claimed = sides_used(&padded(claim));
    (said.iter().zip(&claimed)).any(|(&su, &cu)| (su == 1 && cu == 2) || (su == 2 && cu == 1))
}

/// Words after "than" that only lead to the thing compared ("than in 2014", "than during the
/// war").
const THAN_FILLER: &[&str] = &[
    "in", "during", "the", "at", "on", "with", "it", "was", "were", "did", "they", "back",
];

/// Words by which a claim sets what it states against something else: "scaled back its
/// criticism in 2014, **unlike** in earlier conflicts".
const SET_AGAINST: &[&str] = &[
    " unlike ",
    " in contrast ",
    " compared ",
    " whereas ",
    " than ",
];

/// Whether `statement` compares two things from the other end than `claim` states them: the
/// thing after the statement's "than" ("harsher during Cast Lead than in 2014") is what the
/// claim states something of ("in 2014 … scaled back its criticism"), before it sets the other
/// thing against it ("unlike in earlier conflicts such as Cast Lead").
fn compared_backwards(statement: &str, claim: &str) -> bool {
    let ws = words(statement);
    let Some(than) = ws.iter().position(|w| w == "than") else {
        return false;
    };
    let compared: Vec<&str> = (ws[than + 1..].iter().map(String::as_str))
        .filter(|w| !THAN_FILLER.contains(w))
        .take(2)
        .collect();
    let c = padded(claim);
    let Some(cut) = SET_AGAINST.iter().filter_map(|p| c.find(p)).min() else {
        return false;
    };
    let (stated, set_against) = c.split_at(cut);
    let found = |part: &str| compared.iter().any(|w| part.contains(&format!(" {w} ")));
    !compared.is_empty() && found(stated) && !found(set_against)
}

/// Phrases that open a clause giving the reason for or the contrast to what a sentence states.
const REASON_CLAUSES: &[&str] = &[" in response to ", " because ", " whereas "];

/// What a claim states before a clause that gives its reason: "Russia softened its criticism
/// of Israel in response to Israel not criticizing Russia" states the softening, and the "not"
/// of its reason is about another party's act, not a denial of the criticism.
fn main_clause(claim: &str) -> &str {
    // ASCII lower-casing keeps every byte where it was, so a place found in it is one in the
    // claim.
    let lower = claim.to_ascii_lowercase();
    REASON_CLAUSES
        .iter()
        .filter_map(|p| lower.find(p))
        .min()
        .filter(|&at| claim.is_char_boundary(at))
        .map_or(claim, |at| &claim[..at])
}

/// Whom a text is "pro-" or "anti-": ("pro", "israel") for "a pro-Israel line".
fn sides(padded: &str) -> Vec<(&str, &str)> {
    let words: Vec<&str> = padded.split_whitespace().collect();
    words
        .windows(2)
        .filter(|w| matches!(w[0], "pro" | "anti"))
        .map(|w| (w[0], w[1]))
        .collect()
}

/// Whether a statement takes the other side from the brief's sentence: "pro-Israel" against
/// "anti-Israel", or against "pro-Palestinian" when the sentence favours no one else as well.
fn opposite_sides(statement: &str, claim: &str) -> bool {
    let (s, c) = (sides(statement), sides(claim));
    s.iter().any(|&(stance, whom)| {
        !c.contains(&(stance, whom))
            && c.iter().any(|&(other_stance, other_whom)| {
                (other_whom == whom && other_stance != stance)
                    || (other_stance == stance && other_whom != whom && stance == "pro")
            })
    })
}

/// How many words may stand between an actor and the verb it does ("Russia used its veto").
const SUBJECT_REACH: usize = 3;
/// How many words after the verb the actor it is done to may stand ("vetoed a draft by Russia").
const OBJECT_REACH: usize = 10;

/// Who does and who undergoes the act at word `verb` of `words`: the nearest actor before it
/// (within [`SUBJECT_REACH`]) and the nearest after it (within [`OBJECT_REACH`]), swapped when
/// the verb is passive ("was vetoed by"). `at` lists where each actor's names start.
fn roles(words: &[String], verb: usize, at: &[Vec<usize>]) -> Option<(usize, usize)> {
    let before = |a: usize| at[a].iter().filter(|&&p| p < verb).max().copied();
    // An actor after a place preposition is where the act happens, not whom it is done to:
    // "decided in Ukraine", "vetoed in the Security Council".
    let placed = |p: usize| {
        let mut before = words[..p]
            .iter()
            .rev()
            .skip_while(|w| matches!(w.as_str(), "the" | "a" | "an"));
        before.next().is_some_and(|w| {
            matches!(
                w.as_str(),
                "in" | "at" | "from" | "near" | "inside" | "within" | "across" | "around" | "into"
            )
        })
    };
    let after = |a: usize| {
        at[a]
            .iter()
            .filter(|&&p| p > verb && !placed(p))
            .min()
            .copied()
    };
    let doer = (0..at.len())
        .filter_map(|a| before(a).map(|p| (p, a)))
        .filter(|&(p, _)| verb - p <= SUBJECT_REACH + 1)
        .max()?
        .1;
    let undergoer = (0..at.len())
        .filter(|&a| a != doer)
        .filter_map(|a| after(a).map(|p| (p, a)))
        .filter(|&(p, _)| p - verb <= OBJECT_REACH)
        .min()?
        .1;
    let passive = verb > 0
        && matches!(
            words[verb - 1].as_str(),
            "was" | "were" | "is" | "are" | "be" | "been" | "being" | "got" | "get" | "gets"
        );
    Some(if passive {
        (undergoer, doer)
    } else {
        (doer, undergoer)
    })
}

/// Whether a statement gives the claim's act to the party the claim has it done to: "the US
/// vetoed Russia's draft" against "Russia used its veto … to block a US resolution". Both texts
/// must name both parties around the same verb (compared by stem); `names` holds, per actor the
/// statement names, its names as lowercase words. Retrieval cannot see this: the two sentences
/// share every word.
pub(crate) fn roles_swapped(statement: &str, claim: &str, names: &[Vec<Vec<String>>]) -> bool {
    if names.len() < 2 {
        return false;
    }
    let (sw, cw) = (words(statement), words(claim));
    let starts = |words: &[String]| -> Vec<Vec<usize>> {
        names
            .iter()
            .map(|forms| {
                // Where each name starts and how long it runs; a shorter name inside a longer
                // one ("Security Council" in "UN Security Council") is the same mention.
                let found: Vec<(usize, usize)> = (0..words.len())
                    .filter_map(|i| {
                        (forms.iter())
                            .filter(|f| !f.is_empty() && words[i..].starts_with(f))
                            .map(Vec::len)
                            .max()
                            .map(|len| (i, len))
                    })
                    .collect();
                found
                    .iter()
                    .filter(|&&(i, _)| !found.iter().any(|&(q, len)| q < i && i < q + len))
                    .map(|&(i, _)| i)
                    .collect()
            })
            .collect()
    };
    let (s_at, c_at) = (starts(&sw), starts(&cw));
    let is_name = |at: &[Vec<usize>], i: usize| at.iter().flatten().any(|&p| p == i);
    let stems: Vec<String> = cw.iter().map(|w| crate::text::stem(w)).collect();
    (0..sw.len())
        .filter(|&i| !crate::text::is_stop_word(&sw[i]) && !is_name(&s_at, i))
        .any(|i| {
            let stem = crate::text::stem(&sw[i]);
            let Some((doer, undergoer)) = roles(&sw, i, &s_at) else {
                return false;
            };
            // A claim that also has the act done the statement's way is not contradicted by
            // another clause of it: "Russia softened its criticism of Israel in response to
            // Israel not criticizing Russia" has both.
            let claim_roles: Vec<Option<(usize, usize)>> = (0..cw.len())
                .filter(|&j| stems[j] == stem && !is_name(&c_at, j))
                .map(|j| roles(&cw, j, &c_at))
                .collect();
            claim_roles.contains(&Some((undergoer, doer)))
                && !claim_roles.contains(&Some((doer, undergoer)))
        })
}

#[cfg(test)]
mod tests {
    use super::{contradicts, denies, opposes, roles_swapped};

    /// Only a pair of opposite words opposes; a negation or a bare word does not.
    #[test]
    fn opposite_words_oppose() {
        let cases = [
            (
                "moscow ramped up criticizing israel",
                "Russia scaled back its criticism",
                true,
            ),
            (
                "russia was harsher on israel",
                "Russia toned down its criticism",
                true,
            ),
            (
                "russia scaled back its criticism",
                "Russia scaled back its criticism",
                false,
            ),
            (
                "russia condemned hamas",
                "Russia refrained from condemning Hamas",
                false,
            ),
            (
                "russia backs hamas",
                "Russia scaled back its criticism",
                false,
            ),
        ];
        for (statement, claim, want) in cases {
            assert_eq!(opposes(statement, claim), want, "{statement} / {claim}");
        }
    }

    /// Statements that give the claim's act to the party it is done to, and ones that do not.
    #[test]
    fn roles_are_swapped_when_the_other_party_does_the_act() {
        let names = |list: &[&[&str]]| -> Vec<Vec<Vec<String>>> {
            list.iter()
                .map(|forms| {
                    forms
                        .iter()
                        .map(|f| f.split(' ').map(str::to_string).collect())
                        .collect()
                })
                .collect()
        };
        let us_russia = names(&[
            &["us", "americans", "united states"],
            &["russia", "moscow"],
            &["un security council", "security council"],
        ]);
        let veto = "On October 25, Russia used its veto in the UN Security Council to block a US \
                    resolution condemning Hamas.";
        let cases = [
            ("on 10/25 the US vetoed russia's draft", true),
            (
                "on 10/25 the US vetoed russia's draft at the security council",
                true,
            ),
            ("it was the americans who vetoed russia's resolution", true),
            // The same roles, in other words and voices.
            ("russia vetoed the US draft", false),
            ("moscow used its veto against a US resolution", false),
            ("the US resolution was vetoed by russia", false),
            // The passive with the roles swapped.
            ("russia's resolution was vetoed by the americans", true),
            // No verb the claim uses, or one party only.
            ("the US and russia argued at the UN", false),
            ("russia vetoed something", false),
            // An actor after a place preposition is where, not whom.
            ("the US vetoed it in russia", false),
        ];
        for (statement, swapped) in cases {
            assert_eq!(
                roles_swapped(statement, veto, &us_russia),
                swapped,
                "{statement}"
            );
        }
        // One party named: nothing to swap.
        assert!(!roles_swapped("the US vetoed it", veto, &names(&[&["us"]])));
    }

    #[test]
    fn denials_are_of_the_word_just_after_the_negation() {
        let cases = [
            ("ties were not severed", "severed", true),
            ("Russia never publicly condemned Hamas", "condemned", true),
            ("ties were severed", "severed", false),
            ("Israel has no right to self-defense", "self", false),
            ("Israel has no right to self-defense", "right", true),
        ];
        for (text, word, denied) in cases {
            assert_eq!(denies(text, word), denied, "{text} / {word}");
        }
    }

    #[test]
    fn stances() {
        let refrained = "Russia refrained from condemning Hamas.";
        let vetoed = "On October 25, Russia used its veto power to block a US resolution.";
        let cases = [
            ("Russia condemned Hamas", refrained, true),
            (
                "Putin offered condolences to the families of the murdered Israelis",
                "Putin expressed condolences to the families of the murdered Israelis, and even \
                 then he did not condemn Hamas.",
                false,
            ),
            ("russia never condemned hamas", refrained, false),
            ("Russia didn't condemn Hamas", refrained, false),
            ("russia refused to condemn hamas", refrained, false),
            ("Russia voted for the US resolution", vetoed, true),
            ("Russia vetoed the American draft", vetoed, false),
            ("russia blocked the US resolution", vetoed, false),
            // Whom a stance favours.
            (
                "russian state tv is pro-israel in this war",
                "State-run Russian media has also adopted a clearly pro-Palestinian line.",
                true,
            ),
            (
                "russian media is anti-israel",
                "Russia has adopted an anti-Israel line.",
                false,
            ),
            (
                "russia is pro-israel",
                "Russia has adopted an anti-Israel line.",
                true,
            ),
            ("Russia did not veto the US resolution", vetoed, true),
            (
                "putin treated the ukraine war and the gaza war as unrelated",
                "Putin drew a direct line between the war in Ukraine and the war in Gaza.",
                true,
            ),
            (
                "putin tied the ukraine war to the gaza war",
                "Putin drew a direct line between the war in Ukraine and the war in Gaza.",
                false,
            ),
            (
                "the russian draft openly condemned hamas",
                "It condemned violence against civilians, which could be interpreted as a \
                 condemnation of Hamas's actions.",
                true,
            ),
            (
                "back then the kremlin was ok with hamas attacks",
                "Throughout the 1990s, Russia condemned Hamas's terrorist activities.",
                true,
            ),
            (
                "moscow opposes any truce in gaza",
                "Russia is attempting to promote a ceasefire in Gaza.",
                true,
            ),
            // When: told ahead of an attack is not told once it had begun.
            (
                "hamas warned moscow days before the assault",
                "Hamas updated Moscow about the attack shortly after it began.",
                true,
            ),
            (
                "hamas told moscow once the attack was under way",
                "Hamas updated Moscow about the attack shortly after it began.",
                false,
            ),
            (
                "in 2014 russia went harder on israel",
                "In 2014 Russia deliberately scaled back its criticism of Israel.",
                true,
            ),
            (
                "in 2014 russia toned down its criticism",
                "In 2014 Russia deliberately scaled back its criticism of Israel.",
                false,
            ),
            // A comparison read from its other end: harsher then than in 2014 is softer in
            // 2014, which is what the brief says; gentler then is the opposite.
            (
                "moscow was tougher on israel in 2008 than in 2014",
                "In 2014, Russia scaled back its criticism of Israel, unlike in earlier \
                 conflicts such as Cast Lead in 2008.",
                false,
            ),
            (
                "moscow was harder on israel in 2008 than in 2014",
                "In 2014, Russia scaled back its criticism of Israel, unlike in earlier \
                 conflicts such as Cast Lead in 2008.",
                false,
            ),
            (
                "moscow was gentler on israel in 2008 than in 2014",
                "In 2014, Russia scaled back its criticism of Israel, unlike in earlier \
                 conflicts such as Cast Lead in 2008.",
                true,
            ),
            // Compared from the same end as the claim, the words are read as they stand.
            (
                "moscow was gentler on israel in 2014 than in 2008",
                "In 2014, Russia scaled back its criticism of Israel, unlike in earlier \
                 conflicts such as Cast Lead in 2008.",
                false,
            ),
            (
                "moscow was harder on israel in 2014 than in 2008",
                "In 2014, Russia scaled back its criticism of Israel, unlike in earlier \
                 conflicts such as Cast Lead in 2008.",
                true,
            ),
            (
                "russia cut off hamas over syria",
                "Nonetheless, ties were not severed and over the years began to warm.",
                true,
            ),
            (
                "russia's envoy upheld israel's right to defend itself",
                "The Russian ambassador rejected Israel's right to self-defense.",
                true,
            ),
            (
                "the ambassador questioned israel's right to self-defense",
                "The Russian ambassador rejected Israel's right to self-defense.",
                false,
            ),
            (
                "israel kept quiet when russia took crimea",
                "Israel refrained from criticizing Russia over its invasion of Crimea.",
                false,
            ),
            ("russia abstained on the us resolution", vetoed, true),
            (
                "moscow slammed israel during the 2014 war",
                "In 2014 Russia deliberately scaled back its criticism of Israel.",
                true,
            ),
            (
                "hamas praised russia's efforts",
                "Hamas thanked Putin for his efforts.",
                false,
            ),
            (
                "israel should stay neutral between russia and the west",
                "Israel must stand firmly with Western nations.",
                true,
            ),
            // A possessive is its name; one word's forms, typos and synonyms are one word.
            (
                "russia condemed the oct 7 attack right away",
                "Russia refuses to condemn the October 7 attack.",
                true,
            ),
            (
                "moscow's draft explicitly slammed hamas",
                "The Russian draft failed to include any condemnation of Hamas.",
                true,
            ),
            (
                "russia never criticized hamas terrorism, not even in the 90s",
                "Throughout the 1990s Russia condemned Hamas's terrorist activities.",
                true,
            ),
            (
                "what russia wants right now is good for israel",
                "Russia's current interests are not to Israel's benefit.",
                true,
            ),
            (
                "russian media's death toll was lower than what gazans reported",
                "Russian media reported a death toll higher even than the one reported by Gazans.",
                true,
            ),
            (
                "russian media inflated the death toll",
                "Russian media reported a death toll higher even than the one reported by Gazans.",
                false,
            ),
            (
                "russian state media is being neutral about gaza",
                "State-run Russian media has also adopted a clearly pro-Palestinian line.",
                true,
            ),
            (
                "russian state media is pro-palestinian",
                "State-run Russian media has also adopted a clearly pro-Palestinian line.",
                false,
            ),
            (
                "russia shipped the missiles to hamas directly",
                "Russian weapons reached Hamas via Iran.",
                true,
            ),
            (
                "russian weapons got to hamas through iran",
                "Russian weapons reached Hamas via Iran.",
                false,
            ),
            (
                "Hamas updated Moscow about the attack",
                "Hamas had updated Moscow about the attack shortly after it began.",
                false,
            ),
        ];
        for (statement, claim, want) in cases {
            assert_eq!(
                contradicts(statement, claim),
                want,
                "{statement:?} vs {claim:?}"
            );
        }
    }
}
