//! The body renderer: a thread of its own turning article HTML into lines, so that neither the UI
//! nor the database worker waits on a stranger's markup. Only the latest request is rendered.
use crate::text::layout;
use crate::tui::msg::{Msg, RenderBody};
use std::sync::mpsc::{Receiver, Sender, channel};

/// Starts the renderer; it ends when the returned sender is dropped or the UI is gone.
pub fn spawn(tx: Sender<Msg>) -> Sender<RenderBody> {
    let (jobs, rx) = channel();
    std::thread::spawn(move || work(&rx, &tx));
    jobs
}

fn work(rx: &Receiver<RenderBody>, tx: &Sender<Msg>) {
    while let Ok(first) = rx.recv() {
        // A resize storm or quick paging queues several requests: the last one is what is shown.
        let latest = rx.try_iter().last().unwrap_or(first);
        let RenderBody {
            request,
            html,
            width,
            base,
        } = latest;
        let body = layout::render(&html, width, base.as_deref());
        let msg = Msg::BodyRendered {
            request,
            width,
            body: Box::new(body),
        };
        if tx.send(msg).is_err() {
            return;
        }
    }
}
