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

#[cfg(test)]
mod tests {
    use super::*;

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
