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
        ],
        &[
            "scaled back",
            "toned down",
            "soften",
            "softer",
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
    (
        &["praised", "welcomed", "applauded", "commended"],
        &["condemned", "denounced", "criticized", "criticised"],
    ),
    (
        &["cut off", "cut ties", "broke off", "broken off"],
        &["were not severed", "not severed", "maintained", "warm"],
    ),
];

fn words(text: &str) -> Vec<String> {
    crate::text::fold_for_search(text)
        .replace(['\'', '’'], "")
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
        .iter()
        .filter(|w| !crate::text::is_stop_word(w) && !NEGATIONS.contains(&w.as_str()))
        .map(|w| crate::text::stem(w))
        .collect();
    let ws = words(text);
    ws.iter()
        .enumerate()
        .filter(|(i, w)| {
            NEGATIONS.contains(&w.as_str())
                && ws[i + 1..(i + 1 + NEGATION_REACH).min(ws.len())]
                    .iter()
                    .any(|n| topic.contains(&crate::text::stem(n)))
        })
        .count()
        % 2
        == 1
}

fn uses(text: &str, side: &[&str]) -> bool {
    let padded = format!(" {} ", words(text).join(" "));
    side.iter().any(|p| padded.contains(&format!(" {p}")))
}

/// True when `statement` (what the user asserts) says the opposite of `claim` (the brief's
/// sentence it matched).
pub(crate) fn contradicts(statement: &str, claim: &str) -> bool {
    let opposite_verbs = OPPOSITES.iter().any(|(a, b)| {
        (uses(statement, a) && !uses(statement, b) && uses(claim, b) && !uses(claim, a))
            || (uses(statement, b) && !uses(statement, a) && uses(claim, a) && !uses(claim, b))
    });
    opposite_verbs || negated(statement, claim) != negated(claim, statement)
}

#[cfg(test)]
mod tests {
    use super::contradicts;

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
            ("Russia did not veto the US resolution", vetoed, true),
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
                "hamas praised russia's efforts",
                "Hamas thanked Putin for his efforts.",
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
