//! Work on every item of a stream spread over the machine's cores, the results handed on in the
//! stream's order: `veille suggest --json` reads each article alone, so two cores read two at once
//! and the JSON lines come out as one core would print them.
use anyhow::{Result, anyhow};
use std::collections::BTreeMap;
use std::num::NonZero;
use std::sync::mpsc::{Receiver, channel, sync_channel};
use std::sync::{Arc, Mutex};

/// Items waiting for a worker: enough to keep every core busy, few enough that a store of any size
/// is never held in memory.
const QUEUE: usize = 64;

/// Runs `work` on each item that `feed` gives its callback, on one thread per core, and hands each
/// result to `sink` in the order the items were given. The first error of `feed` or `sink` stops
/// the work and is returned.
pub fn map_in_order<I: Send, O: Send>(
    feed: impl FnOnce(&mut dyn FnMut(I) -> Result<()>) -> Result<()>,
    work: impl Fn(I) -> O + Sync,
    mut sink: impl FnMut(O) -> Result<()>,
) -> Result<()> {
    let workers = std::thread::available_parallelism().map_or(1, NonZero::get);
    let (jobs, queue) = sync_channel::<(usize, I)>(QUEUE);
    let (done, results) = channel::<(usize, O)>();
    // Shared by the workers and dropped with the last of them: were they all gone (a panic), the
    // feed's next send fails instead of waiting for ever on a full queue.
    let queue = Arc::new(Mutex::new(queue));
    let work = &work;
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let (queue, done) = (Arc::clone(&queue), done.clone());
            scope.spawn(move || {
                while let Some((n, item)) = next_item(&queue) {
                    if done.send((n, work(item))).is_err() {
                        break;
                    }
                }
            });
        }
        // Owned here, so that any early return closes the channels and the workers stop.
        let (jobs, results) = (jobs, results);
        drop((queue, done));
        let mut waiting = BTreeMap::new();
        let mut given = 0;
        let mut handed = 0;
        feed(&mut |item| {
            jobs.send((given, item))
                .map_err(|_| anyhow!("the worker threads stopped"))?;
            given += 1;
            waiting.extend(results.try_iter());
            hand_on(&mut waiting, &mut handed, &mut sink)
        })?;
        drop(jobs);
        for (n, out) in results {
            waiting.insert(n, out);
            hand_on(&mut waiting, &mut handed, &mut sink)?;
        }
        Ok(())
    })
}

/// The next item for a worker, or `None` once the feed is done (or a worker panicked holding the
/// lock). The lock is held only while waiting for it.
fn next_item<I>(queue: &Mutex<Receiver<(usize, I)>>) -> Option<(usize, I)> {
    let queue = queue.lock().ok()?;
    queue.recv().ok()
}

/// Hands on the results that are next in order.
fn hand_on<O>(
    waiting: &mut BTreeMap<usize, O>,
    handed: &mut usize,
    sink: &mut impl FnMut(O) -> Result<()>,
) -> Result<()> {
    while let Some(out) = waiting.remove(handed) {
        sink(out)?;
        *handed += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_out_in_the_order_items_went_in() {
        let mut seen = Vec::new();
        map_in_order(
            |give| (0..500u64).try_for_each(give),
            // Uneven work, so that later items often finish first.
            |n| {
                std::thread::sleep(std::time::Duration::from_micros((n * 37) % 300));
                n * 2
            },
            |out| {
                seen.push(out);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, (0..500).map(|n| n * 2).collect::<Vec<_>>());
    }

    #[test]
    fn an_error_of_the_sink_stops_the_work_and_is_returned() {
        let mut taken = 0;
        let result = map_in_order(
            |give| (0..10_000u32).try_for_each(give),
            |n| n,
            |_| {
                taken += 1;
                if taken == 3 {
                    Err(anyhow!("standard output closed"))
                } else {
                    Ok(())
                }
            },
        );
        assert!(result.is_err());
        assert_eq!(taken, 3);
    }
}
