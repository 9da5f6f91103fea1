//! The engine currently being served. Readers take a cheap `Arc` clone and keep answering from
//! it even if a reload swaps in a new one meanwhile, so a query never sees a half-loaded library.

use std::sync::{Arc, RwLock};

use crate::engine::Engine;

pub struct LiveEngine {
    current: RwLock<Arc<Engine>>,
}

impl LiveEngine {
    pub fn new(engine: Engine) -> LiveEngine {
        LiveEngine {
            current: RwLock::new(Arc::new(engine)),
        }
    }

    /// The engine to answer one request with.
    pub fn get(&self) -> Arc<Engine> {
        self.current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Replaces the engine; requests already running finish on the old one.
    pub fn swap(&self, engine: Engine) {
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(engine);
    }
}
