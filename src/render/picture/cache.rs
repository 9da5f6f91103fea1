//! Recently drawn pictures, so that a repeated request (the same query, a timeline paged with
//! its buttons) is answered without drawing again.

use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex, OnceLock};

use lru::LruCache;

use super::{Picture, PictureError, Timeline};

/// Pictures kept. Each is a few tens of kilobytes, so the cache stays under a few megabytes.
pub const CAPACITY: usize = 64;

fn cache() -> &'static Mutex<LruCache<String, Arc<Picture>>> {
    static CACHE: OnceLock<Mutex<LruCache<String, Arc<Picture>>>> = OnceLock::new();
    CACHE.get_or_init(|| {
        Mutex::new(LruCache::new(
            NonZeroUsize::new(CAPACITY).expect("non-zero"),
        ))
    })
}

/// The picture of `t`, from the cache when it was drawn recently. The key is everything the
/// picture shows (see [`Timeline::key`]), so two requests share a picture only when it is the
/// same picture.
pub fn picture(t: &Timeline) -> Result<Arc<Picture>, PictureError> {
    let key = t.key();
    if let Some(p) = cache().lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return Ok(p.clone());
    }
    // Drawn outside the lock: another request may draw the same picture meanwhile, which costs
    // a little time but never blocks the others.
    let p = Arc::new(super::render(t)?);
    cache()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .put(key, p.clone());
    Ok(p)
}

/// Whether the picture of `t` is in the cache (for tests and the bench).
pub fn contains(t: &Timeline) -> bool {
    cache()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .contains(&t.key())
}
