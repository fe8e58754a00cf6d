//! The global and per-host request slots shared by every clone of a `Fetcher`.
use super::FetchError;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Bounds how many requests run at once, overall and towards one host.
#[derive(Debug, Clone)]
pub(super) struct Limits {
    global: Arc<Semaphore>,
    per_host: usize,
    hosts: Arc<Mutex<HashMap<String, Arc<Semaphore>>>>,
}

/// Both slots; dropping it frees them.
pub(super) struct Permits {
    _host: OwnedSemaphorePermit,
    _global: OwnedSemaphorePermit,
}

impl Limits {
    /// Limits of `global` requests at once and `per_host` at once to one host (0 is read as 1,
    /// since a zero-sized semaphore would wait forever).
    pub(super) fn new(global: usize, per_host: usize) -> Limits {
        Limits {
            global: Arc::new(Semaphore::new(global.max(1))),
            per_host: per_host.max(1),
            hosts: Arc::new(Mutex::new(HashMap::new())),
        }
    }

    /// Waits for a slot for `host`, then for a global one.
    pub(super) async fn acquire(&self, host: &str) -> Result<Permits, FetchError> {
        let host_slots = self.host_semaphore(host);
        // The host slot comes first so that a task queued behind a busy host does not hold a global
        // slot that a request to an idle host could use.
        let host = host_slots.acquire_owned().await.map_err(closed)?;
        let global = Arc::clone(&self.global)
            .acquire_owned()
            .await
            .map_err(closed)?;
        Ok(Permits {
            _host: host,
            _global: global,
        })
    }

    fn host_semaphore(&self, host: &str) -> Arc<Semaphore> {
        // A poisoned map is still consistent: entries are only ever inserted whole.
        let mut hosts = self.hosts.lock().unwrap_or_else(|p| p.into_inner());
        Arc::clone(
            hosts
                .entry(host.to_ascii_lowercase())
                .or_insert_with(|| Arc::new(Semaphore::new(self.per_host))),
        )
    }
}

fn closed(_: tokio::sync::AcquireError) -> FetchError {
    // The semaphores are never closed; this only guards against a future change.
    FetchError::Network("request slots closed".to_owned())
}
