//! A per-user cooldown: at most `max` requests in any `window`. An over-eager user is told to
//! slow down; everyone else is unaffected.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::{render, Outcome, Response};

pub struct Cooldown {
    max: usize,
    window: Duration,
    recent: Mutex<HashMap<u64, VecDeque<Instant>>>,
}

impl Cooldown {
    /// `max == 0` disables the cooldown.
    pub fn new(max: usize, window: Duration) -> Cooldown {
        Cooldown {
            max,
            window,
            recent: Mutex::new(HashMap::new()),
        }
    }

    pub fn disabled() -> Cooldown {
        Cooldown::new(0, Duration::ZERO)
    }

    /// Records a request by `user` now and, if the user is over the limit, the reply to send
    /// instead of an answer: the one cooldown reply of every path (commands, buttons, DMs). A
    /// request without a user (Discord always sends one) is not throttled: there is no one to
    /// count it against.
    pub fn reply_if_throttled(&self, user: Option<u64>) -> Option<Response> {
        self.check(user?, Instant::now())
            .err()
            .map(|wait| Response {
                reply: render::slow_down(wait.as_secs_f64().ceil().max(1.0) as u64),
                outcome: Outcome::Cooldown,
                asked: None,
            })
    }

    /// Records a request by `user` at `now`; `Err` holds how long until the user may ask again.
    pub fn check(&self, user: u64, now: Instant) -> Result<(), Duration> {
        if self.max == 0 {
            return Ok(());
        }
        let mut recent = self.recent.lock().unwrap_or_else(|e| e.into_inner());
        // Forget users who have been quiet for a whole window, so the map stays small.
        if recent.len() > 10_000 {
            let window = self.window;
            recent.retain(|_, q| q.back().is_some_and(|&t| now.duration_since(t) < window));
        }
        let q = recent.entry(user).or_default();
        while q
            .front()
            .is_some_and(|&t| now.duration_since(t) >= self.window)
        {
            q.pop_front();
        }
        if q.len() >= self.max {
            let oldest = *q.front().expect("non-empty when full");
            return Err(self.window.saturating_sub(now.duration_since(oldest)));
        }
        q.push_back(now);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_each_user_separately() {
        let c = Cooldown::new(2, Duration::from_secs(10));
        let t0 = Instant::now();
        assert!(c.check(1, t0).is_ok());
        assert!(c.check(1, t0 + Duration::from_secs(1)).is_ok());
        let wait = c.check(1, t0 + Duration::from_secs(2)).unwrap_err();
        assert_eq!(wait, Duration::from_secs(8));
        assert!(
            c.check(2, t0 + Duration::from_secs(2)).is_ok(),
            "other users are unaffected"
        );
        assert!(
            c.check(1, t0 + Duration::from_secs(10)).is_ok(),
            "the window slides"
        );
    }

    #[test]
    fn disabled_never_limits() {
        let c = Cooldown::disabled();
        let t = Instant::now();
        for _ in 0..100 {
            assert!(c.check(1, t).is_ok());
        }
    }
}
