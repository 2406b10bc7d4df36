//! A queue from runtime threads to a Python event loop: `post` never waits for the GIL;
//! the first item of a batch writes one byte to a socket the loop watches
//! (`loop.add_reader(fileno)`), and the loop takes the whole batch at once. Both bridges
//! to asyncio use it: call outcomes ([`crate::aio`]) and agent calls
//! ([`crate::agent_server`]).

use pyo3::exceptions::PyRuntimeError;
use pyo3::PyResult;
use std::io::{ErrorKind, Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::sync::{Mutex, MutexGuard, PoisonError};

pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The sending side, shared by the runtime's tasks.
pub(crate) struct Mailbox<T> {
    items: Mutex<Vec<T>>,
    wake: UnixStream,
}

/// The loop's side: the socket to watch.
pub(crate) struct Doorbell {
    reader: UnixStream,
}

pub(crate) fn mailbox<T>(what: &str) -> PyResult<(Mailbox<T>, Doorbell)> {
    let pair = UnixStream::pair().and_then(|(reader, wake)| {
        reader.set_nonblocking(true)?;
        wake.set_nonblocking(true)?;
        Ok((reader, wake))
    });
    let (reader, wake) = pair.map_err(|e| {
        PyRuntimeError::new_err(format!("cannot make the {what}'s wake-up socket: {e}"))
    })?;
    Ok((
        Mailbox {
            items: Mutex::new(Vec::new()),
            wake,
        },
        Doorbell { reader },
    ))
}

impl<T> Mailbox<T> {
    pub(crate) fn post(&self, item: T) {
        let mut items = lock(&self.items);
        let first = items.is_empty();
        items.push(item);
        drop(items);
        if first {
            // One byte per batch. A failed write means the loop has gone, or a wake-up
            // is pending already (the socket is full).
            let _ = (&self.wake).write(&[1]);
        }
    }

    /// Everything posted so far. The doorbell's bytes go first: an item posted in between
    /// is taken now, and one posted after the swap rings again.
    pub(crate) fn take(&self, doorbell: &Doorbell) -> Vec<T> {
        let mut buffer = [0u8; 256];
        loop {
            match (&doorbell.reader).read(&mut buffer) {
                Ok(0) => break,
                Ok(_) => continue,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(_) => break, // WouldBlock: nothing more to read
            }
        }
        std::mem::take(&mut *lock(&self.items))
    }
}

impl Doorbell {
    pub(crate) fn fileno(&self) -> i32 {
        self.reader.as_raw_fd()
    }
}
