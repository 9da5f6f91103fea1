//! Stateless buttons: everything a button press needs is in its `custom_id`, so buttons keep
//! working after a restart and on any replica.

use super::reply::limits::CUSTOM_ID;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ButtonAction {
    /// Show paragraph `paragraph` of `brief`.
    Source { brief: String, paragraph: usize },
    /// Show one entry in full ("Did you mean …?").
    Show { brief: String, id: String },
    /// Show page `page` of the timeline for `query` (empty for the whole timeline).
    TimelinePage {
        brief: Option<String>,
        page: usize,
        query: String,
    },
}

impl ButtonAction {
    /// Encodes the action in at most 100 bytes. A timeline query that does not fit is cut on a
    /// character boundary; queries long enough for that do not page anyway.
    pub fn encode(&self) -> String {
        let s = match self {
            ButtonAction::Source { brief, paragraph } => format!("src|{brief}|{paragraph}"),
            ButtonAction::Show { brief, id } => format!("show|{brief}|{id}"),
            ButtonAction::TimelinePage { brief, page, query } => {
                format!("tl|{}|{page}|{query}", brief.as_deref().unwrap_or("-"))
            }
        };
        let mut end = s.len().min(CUSTOM_ID);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s[..end].to_string()
    }

    pub fn decode(s: &str) -> Option<ButtonAction> {
        let mut parts = s.splitn(4, '|');
        match (parts.next()?, parts.next(), parts.next(), parts.next()) {
            ("src", Some(brief), Some(n), None) => Some(ButtonAction::Source {
                brief: brief.to_string(),
                paragraph: n.parse().ok()?,
            }),
            ("show", Some(brief), Some(id), None) => Some(ButtonAction::Show {
                brief: brief.to_string(),
                id: id.to_string(),
            }),
            ("tl", Some(brief), Some(page), query) => Some(ButtonAction::TimelinePage {
                brief: (brief != "-").then(|| brief.to_string()),
                page: page.parse().ok()?,
                query: query.unwrap_or_default().to_string(),
            }),
            _ => None,
        }
    }
}

/// The feedback controls under an answer: 👍 and 👎, and the 👎 follow-up menu. `question` is
/// the id of the interaction or message that asked, which is also the question's key in the log,
/// so a vote finds its question on any replica.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feedback {
    Vote {
        question: u64,
        up: bool,
    },
    /// The follow-up menu after a 👎; the reason is the selected value.
    Reason {
        question: u64,
    },
}

impl Feedback {
    pub fn encode(&self) -> String {
        match self {
            Feedback::Vote { question, up } => {
                format!("fb|{}|{question}", if *up { "+" } else { "-" })
            }
            Feedback::Reason { question } => format!("fbr|{question}"),
        }
    }

    pub fn decode(s: &str) -> Option<Feedback> {
        let mut parts = s.split('|');
        let feedback = match (parts.next()?, parts.next(), parts.next()) {
            ("fb", Some(vote @ ("+" | "-")), Some(id)) => Feedback::Vote {
                question: id.parse().ok()?,
                up: vote == "+",
            },
            ("fbr", Some(id), None) => Feedback::Reason {
                question: id.parse().ok()?,
            },
            _ => return None,
        };
        parts.next().is_none().then_some(feedback)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feedback_round_trips_and_rejects_garbage() {
        for f in [
            Feedback::Vote {
                question: u64::MAX,
                up: true,
            },
            Feedback::Vote {
                question: 1,
                up: false,
            },
            Feedback::Reason { question: 42 },
        ] {
            let id = f.encode();
            assert!(id.len() <= 100);
            assert_eq!(Feedback::decode(&id), Some(f), "{id}");
            assert_eq!(
                ButtonAction::decode(&id),
                None,
                "{id} is not another button"
            );
        }
        for s in [
            "fb|+", "fb|x|1", "fb|+|x", "fbr|", "fbr|1|2", "fb|-|1|2", "src|b|1",
        ] {
            assert_eq!(Feedback::decode(s), None, "{s:?}");
        }
    }

    #[test]
    fn round_trips() {
        let cases = [
            ButtonAction::Source {
                brief: "inss-1784".into(),
                paragraph: 6,
            },
            ButtonAction::Show {
                brief: "inss-1784".into(),
                id: "russia-vetoes-us-resolution".into(),
            },
            ButtonAction::TimelinePage {
                brief: None,
                page: 2,
                query: String::new(),
            },
            ButtonAction::TimelinePage {
                brief: Some("b".into()),
                page: 0,
                query: "a|b oct 25".into(),
            },
        ];
        for action in cases {
            let id = action.encode();
            assert!(id.len() <= 100);
            assert_eq!(ButtonAction::decode(&id), Some(action));
        }
    }

    #[test]
    fn long_queries_are_cut_to_fit() {
        let action = ButtonAction::TimelinePage {
            brief: None,
            page: 1,
            query: "é".repeat(200),
        };
        let id = action.encode();
        assert!(id.len() <= 100);
        assert!(matches!(
            ButtonAction::decode(&id),
            Some(ButtonAction::TimelinePage { page: 1, .. })
        ));
    }

    #[test]
    fn garbage_is_rejected() {
        for s in [
            "",
            "src",
            "src|b|x",
            "show|b",
            "tl|-|x|q",
            "nope|a|b",
            "src|b|1|extra",
        ] {
            assert_eq!(ButtonAction::decode(s), None, "{s:?}");
        }
    }
}
