//! The HTTP interactions endpoint as the bot tests run it: a real server on 127.0.0.1 (port 0,
//! the address read back) serving the bundled knowledge base, and a client that signs its
//! requests with the fixed test key. The endpoint and question-log tests share it, so a change
//! to how the server starts or stops is made once.

use std::net::SocketAddr;
use std::ops::Deref;
use std::sync::Arc;
use std::time::Duration;

use briefbot::discord::cooldown::Cooldown;
use briefbot::discord::Pictures;
use briefbot::endpoint::{self, EndpointConfig, EndpointState};
use briefbot::engine::Engine;
use briefbot::http_serve::Timeouts;
use briefbot::live::LiveEngine;
use briefbot::loadgen::{sign, test_signing_key};
use briefbot::metrics::Metrics;
use briefbot::reload::Reloader;
use briefbot::unix_now;
use serde_json::Value;
use tokio::sync::oneshot;

use crate::common::{multipart, repo};

pub fn engine() -> Engine {
    Engine::load(&repo().join("knowledge")).expect("bundled knowledge base")
}

/// The endpoint's settings in tests: the test key, default limits, no cooldown, no question
/// log, pictures on. Tests change the fields they are about.
pub fn test_config() -> EndpointConfig {
    EndpointConfig {
        public_key: *test_signing_key().verifying_key().as_bytes(),
        freshness: endpoint::DEFAULT_FRESHNESS,
        max_body: endpoint::DEFAULT_MAX_BODY,
        cooldown: Cooldown::disabled(),
        timeouts: Timeouts::default(),
        log: None,
        pictures: Pictures::On,
    }
}

/// The endpoint's state over the bundled knowledge base.
pub fn endpoint_state(config: EndpointConfig, metrics: Arc<Metrics>) -> Arc<EndpointState> {
    let live = Arc::new(LiveEngine::new(engine()));
    let reloader = Arc::new(Reloader::new(live, repo().join("knowledge"), None));
    Arc::new(EndpointState::new(reloader, config, metrics))
}

/// A client of one endpoint. Cloning it is cheap, so load tests give one to each worker.
#[derive(Clone)]
pub struct Client {
    pub url: String,
    http: reqwest::Client,
}

impl Client {
    /// Posts a body to `/interactions` and returns the status, the JSON text (a multipart
    /// answer's `payload_json`) and a multipart answer's file parts.
    pub async fn post_parts(
        &self,
        body: &[u8],
        headers: &[(&str, String)],
    ) -> (u16, String, Vec<multipart::Part>) {
        let mut req = self
            .http
            .post(format!("{}/interactions", self.url))
            .body(body.to_vec());
        for (k, v) in headers {
            req = req.header(*k, v.as_str());
        }
        let r = req.send().await.unwrap_or_else(|e| panic!("{e:?}"));
        let status = r.status().as_u16();
        let content_type = r
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let bytes = r.bytes().await.unwrap();
        if multipart::boundary(&content_type).is_none() {
            return (
                status,
                String::from_utf8(bytes.to_vec()).unwrap(),
                Vec::new(),
            );
        }
        let parts = multipart::parse(&content_type, &bytes).expect("a well-formed multipart body");
        let payload = parts
            .iter()
            .find(|p| p.name == "payload_json")
            .expect("a payload_json part");
        assert_eq!(payload.content_type.as_deref(), Some("application/json"));
        let text = String::from_utf8(payload.data.clone()).unwrap();
        let files = parts
            .into_iter()
            .filter(|p| p.name != "payload_json")
            .collect();
        (status, text, files)
    }

    /// Posts a body; a multipart answer is given as its `payload_json` text.
    pub async fn post(&self, body: &[u8], headers: &[(&str, String)]) -> (u16, String) {
        let (status, text, _) = self.post_parts(body, headers).await;
        (status, text)
    }

    /// Posts a body signed with the test key, as Discord signs it.
    pub async fn signed_parts(&self, body: &[u8]) -> (u16, String, Vec<multipart::Part>) {
        let ts = unix_now().to_string();
        let sig = sign(&test_signing_key(), &ts, body);
        self.post_parts(
            body,
            &[("x-signature-ed25519", sig), ("x-signature-timestamp", ts)],
        )
        .await
    }

    pub async fn signed(&self, body: &[u8]) -> (u16, String) {
        let (status, text, _) = self.signed_parts(body).await;
        (status, text)
    }

    /// Posts an interaction signed with the test key and reads the answer as JSON (`null` when
    /// it is not JSON).
    pub async fn signed_json(&self, v: &Value) -> (u16, Value) {
        let (status, text) = self.signed(&serde_json::to_vec(v).unwrap()).await;
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    pub async fn get(&self, path: &str) -> String {
        let r = self.http.get(format!("{}{path}", self.url)).send().await;
        r.unwrap().text().await.unwrap()
    }
}

/// A running endpoint. Its [`Client`] methods are reachable on it directly.
pub struct TestEndpoint {
    pub client: Client,
    pub addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Deref for TestEndpoint {
    type Target = Client;
    fn deref(&self) -> &Client {
        &self.client
    }
}

impl TestEndpoint {
    /// Serves `state` on a port the system picks.
    pub async fn serve(state: Arc<EndpointState>) -> TestEndpoint {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(endpoint::serve(listener, state, async move {
            let _ = stopped.await;
        }));
        TestEndpoint {
            client: Client {
                url: format!("http://{addr}"),
                http: reqwest::Client::new(),
            },
            addr,
            stop: Some(stop),
            task,
        }
    }

    /// Asks the server to stop and returns its task, for tests that watch what happens while
    /// it drains.
    pub fn begin_stop(mut self) -> tokio::task::JoinHandle<std::io::Result<()>> {
        let _ = self.stop.take().unwrap().send(());
        self.task
    }

    /// Stops the server and waits (bounded) for a clean shutdown.
    pub async fn stop(self) {
        let task = self.begin_stop();
        tokio::time::timeout(Duration::from_secs(10), task)
            .await
            .expect("the server stops")
            .unwrap()
            .unwrap();
    }
}
