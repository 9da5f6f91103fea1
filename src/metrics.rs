//! Prometheus metrics shared by the gateway bot and the HTTP interactions endpoint.

use std::time::{Duration, Instant};

use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, Opts, Registry,
    TextEncoder,
};

/// The `command` label of a counted answer. A fixed set, chosen by the front end: names that
/// arrive from outside (a command Discord sends that the bot does not have) become `Other`, so
/// requests cannot grow the metric without bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommandLabel {
    Timeline,
    Actor,
    Claim,
    Ask,
    Brief,
    Source,
    Help,
    Button,
    /// 👍, 👎 and the 👎 follow-up.
    Feedback,
    /// The curator's `/gaps`.
    Gaps,
    Dm,
    Mention,
    Ping,
    Other,
}

impl CommandLabel {
    pub fn as_str(self) -> &'static str {
        match self {
            CommandLabel::Timeline => "timeline",
            CommandLabel::Actor => "actor",
            CommandLabel::Claim => "claim",
            CommandLabel::Ask => "ask",
            CommandLabel::Brief => "brief",
            CommandLabel::Source => "source",
            CommandLabel::Help => "help",
            CommandLabel::Button => "button",
            CommandLabel::Feedback => "feedback",
            CommandLabel::Gaps => "gaps",
            CommandLabel::Dm => "dm",
            CommandLabel::Mention => "mention",
            CommandLabel::Ping => "ping",
            CommandLabel::Other => "other",
        }
    }
}

/// Logs and counts one answer, for the gateway and the HTTP endpoint alike. The user's text is
/// never logged: questions can be sensitive.
pub fn record_answer(
    metrics: Option<&Metrics>,
    kind: &'static str,
    command: CommandLabel,
    started: Instant,
    outcome: &'static str,
) {
    let took = started.elapsed();
    tracing::info!(
        kind,
        command = command.as_str(),
        latency_ms = took.as_secs_f64() * 1000.0,
        outcome,
        "answered"
    );
    if let Some(m) = metrics {
        m.answered(kind, command, outcome, took);
    }
}

pub struct Metrics {
    registry: Registry,
    interactions: IntCounterVec,
    latency: HistogramVec,
    rejections: IntCounterVec,
    entries: IntGauge,
    reloads: IntCounterVec,
    log_written: IntCounter,
    log_dropped: IntCounter,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let registry = Registry::new();
        let interactions = IntCounterVec::new(
            Opts::new(
                "briefbot_interactions_total",
                "Interactions answered, by kind, command and outcome",
            ),
            &["kind", "command", "outcome"],
        )
        .expect("valid metric");
        // Buckets from 50 µs to 1 s: answers take well under a millisecond, the tail is the network.
        let latency = HistogramVec::new(
            HistogramOpts::new(
                "briefbot_interaction_seconds",
                "Time to build an answer, by kind",
            )
            .buckets(vec![
                0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                0.25, 1.0,
            ]),
            &["kind"],
        )
        .expect("valid metric");
        let rejections = IntCounterVec::new(
            Opts::new(
                "briefbot_rejections_total",
                "HTTP requests rejected before any command ran, by reason",
            ),
            &["reason"],
        )
        .expect("valid metric");
        let entries = IntGauge::new(
            "briefbot_knowledge_entries",
            "Entries in the live knowledge base",
        )
        .expect("valid metric");
        let reloads = IntCounterVec::new(
            Opts::new(
                "briefbot_reloads_total",
                "Knowledge base reloads, by result",
            ),
            &["result"],
        )
        .expect("valid metric");
        let log_written = IntCounter::new(
            "briefbot_question_log_written_total",
            "Question-log records (questions and votes) written to the database",
        )
        .expect("valid metric");
        let log_dropped = IntCounter::new(
            "briefbot_question_log_dropped_total",
            "Question-log records dropped because the queue was full or the database stayed down",
        )
        .expect("valid metric");
        for m in [
            Box::new(interactions.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(latency.clone()),
            Box::new(rejections.clone()),
            Box::new(entries.clone()),
            Box::new(reloads.clone()),
            Box::new(log_written.clone()),
            Box::new(log_dropped.clone()),
        ] {
            registry.register(m).expect("metric names are unique");
        }
        Metrics {
            registry,
            interactions,
            latency,
            rejections,
            entries,
            reloads,
            log_written,
            log_dropped,
        }
    }

    /// The counters the question log updates.
    pub fn log_counters(&self) -> crate::qlog::LogCounters {
        crate::qlog::LogCounters {
            written: self.log_written.clone(),
            dropped: self.log_dropped.clone(),
        }
    }

    pub fn answered(&self, kind: &str, command: CommandLabel, outcome: &str, took: Duration) {
        self.interactions
            .with_label_values(&[kind, command.as_str(), outcome])
            .inc();
        self.latency
            .with_label_values(&[kind])
            .observe(took.as_secs_f64());
    }

    pub fn rejected(&self, reason: &str) {
        self.rejections.with_label_values(&[reason]).inc();
    }

    pub fn set_entries(&self, n: usize) {
        self.entries.set(n as i64);
    }

    pub fn reloaded(&self, ok: bool) {
        self.reloads
            .with_label_values(&[if ok { "ok" } else { "failed" }])
            .inc();
    }

    /// The Prometheus text exposition format.
    pub fn render(&self) -> String {
        let mut buf = Vec::new();
        TextEncoder::new()
            .encode(&self.registry.gather(), &mut buf)
            .expect("text encoding cannot fail");
        String::from_utf8(buf).expect("Prometheus text is UTF-8")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_and_histograms() {
        let m = Metrics::new();
        m.answered(
            "command",
            CommandLabel::Actor,
            "answered",
            Duration::from_micros(200),
        );
        m.answered(
            "command",
            CommandLabel::Other,
            "answered",
            Duration::from_micros(200),
        );
        m.rejected("bad_signature");
        let text = m.render();
        assert!(text.contains(r#"briefbot_interactions_total{command="actor",kind="command",outcome="answered"} 1"#), "{text}");
        assert!(
            text.contains(r#"command="other""#),
            "the label is the one given: {text}"
        );
        assert!(text.contains(r#"briefbot_rejections_total{reason="bad_signature"} 1"#));
        assert!(text.contains("briefbot_interaction_seconds_bucket"));
    }
}
