//! Who runs the one current-thread runtime's tasks, timers and sockets: the I/O thread, or
//! the threads blocked on calls.
//!
//! A thread blocked on a call could wait while the I/O thread does the call's work, but
//! then each call wakes two threads besides the server: the I/O thread to send the
//! request, and the caller once the I/O thread has read the reply. On a machine whose
//! idle cores wake slowly that is most of a call's time. So while blocking calls are in
//! flight and nothing else needs the runtime, the I/O thread lets go of it and the
//! blocked threads run it themselves, in `Runtime::block_on`: a lone caller writes its
//! request and sleeps in the reactor until the reply arrives, as grpcio's blocking calls
//! do. tokio hands the runtime from one blocked thread to the next; the others wait for
//! their own call as before.
//!
//! The I/O thread takes the runtime back once no blocking call has begun for [`LINGER`]
//! (keepalive timers and a server's GOAWAY are then handled while the client is idle),
//! and keeps it while [`background`] work is in flight: asyncio calls and in-process
//! servers, which no blocking caller waits on.

use std::future::Future;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};
use std::time::Duration;
use tokio::runtime::Runtime;
use tokio::sync::Notify;

/// How long the I/O thread leaves the runtime to blocking callers after the last call
/// began: longer than the pause between the calls of a loop, so a loop's calls all run on
/// its own thread, short enough that an idle client's timers are late by little.
pub(crate) const LINGER: Duration = Duration::from_millis(5);

/// The driving state of one process's runtime.
#[derive(Default)]
pub(crate) struct Driving {
    /// Blocking calls in flight.
    blocking: AtomicUsize,
    /// Blocking calls begun so far: a lingering I/O thread sees whether one came.
    begun: AtomicU64,
    /// Work no blocking caller waits on (see [`background`]).
    background: AtomicUsize,
    /// Wakes the I/O thread holding the runtime, to let go of it.
    release: Notify,
    /// Wakes the lingering I/O thread, to take the runtime back at once.
    resume: (Mutex<()>, Condvar),
}

impl Driving {
    /// Whether blocking callers are to run the runtime.
    fn callers_drive(&self) -> bool {
        self.blocking.load(Ordering::SeqCst) > 0 && self.background.load(Ordering::SeqCst) == 0
    }

    /// Whether no blocking call and no background work is in flight: a blocking call
    /// begun now runs the runtime itself, alone.
    pub(crate) fn idle(&self) -> bool {
        self.blocking.load(Ordering::SeqCst) == 0 && self.background.load(Ordering::SeqCst) == 0
    }

    /// The I/O thread's life: it holds the runtime until blocking callers are to drive,
    /// then lingers (see [`LINGER`]), then holds it again. `started` is told once it
    /// first holds it.
    pub(crate) fn run_io_thread(&self, runtime: &Runtime, started: std::sync::mpsc::Sender<()>) {
        let mut started = Some(started);
        loop {
            runtime.block_on(async {
                if let Some(started) = started.take() {
                    let _ = started.send(());
                }
                loop {
                    let released = self.release.notified();
                    if self.callers_drive() {
                        break;
                    }
                    released.await;
                }
            });
            self.linger();
        }
    }

    /// Waits until no blocking call has begun for [`LINGER`] and none is in flight, or
    /// background work arrives.
    fn linger(&self) {
        let (lock, woken) = &self.resume;
        let mut guard = lock.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            let begun = self.begun.load(Ordering::SeqCst);
            if self.background.load(Ordering::SeqCst) > 0 {
                return;
            }
            guard = woken
                .wait_timeout(guard, LINGER)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
            let idle = self.blocking.load(Ordering::SeqCst) == 0
                && self.begun.load(Ordering::SeqCst) == begun;
            if idle || self.background.load(Ordering::SeqCst) > 0 {
                return;
            }
        }
    }

    /// `runtime.block_on(future)`, counted as a blocking call: the first one in flight
    /// has the I/O thread let go of the runtime, so this thread can run it.
    pub(crate) fn block_on<F: Future>(&self, runtime: &Runtime, future: F) -> F::Output {
        self.begun.fetch_add(1, Ordering::SeqCst);
        if self.blocking.fetch_add(1, Ordering::SeqCst) == 0 {
            self.release.notify_one();
        }
        let _blocking = BlockingCall(self);
        runtime.block_on(future)
    }

    fn hold_background(&self) {
        if self.background.fetch_add(1, Ordering::SeqCst) == 0 {
            let _lock = self.resume.0.lock().unwrap_or_else(PoisonError::into_inner);
            self.resume.1.notify_one();
        }
    }

    fn drop_background(&self) {
        if self.background.fetch_sub(1, Ordering::SeqCst) == 1 {
            // Blocking callers waiting meanwhile can now run the runtime themselves.
            self.release.notify_one();
        }
    }
}

struct BlockingCall<'a>(&'a Driving);

impl Drop for BlockingCall<'_> {
    fn drop(&mut self) {
        self.0.blocking.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Counts as background work while it lives: the I/O thread runs the runtime meanwhile.
struct Background(Option<&'static Driving>);

impl Background {
    /// Background work on this process's runtime; nothing to count on a multi-thread one.
    fn hold() -> Background {
        let driving = super::runtime::driving();
        if let Some(driving) = driving {
            driving.hold_background();
        }
        Background(driving)
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        if let Some(driving) = self.0 {
            driving.drop_background();
        }
    }
}

/// `future` as background work, counted from now until it ends or is dropped: for tasks
/// spawned onto the runtime that no blocking caller waits on (asyncio calls, servers).
pub fn background<F: Future>(future: F) -> impl Future<Output = F::Output> {
    let held = Background::hold();
    async move {
        let _held = held;
        future.await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    /// A runtime of the test's own with its I/O thread (named "io"), so that other tests'
    /// servers on the shared runtime do not change who runs it.
    fn started() -> (&'static Runtime, &'static Driving) {
        let runtime: &'static Runtime = Box::leak(Box::new(
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap(),
        ));
        let driving: &'static Driving = Box::leak(Box::default());
        let (started, running) = mpsc::channel();
        std::thread::Builder::new()
            .name("io".into())
            .spawn(move || driving.run_io_thread(runtime, started))
            .unwrap();
        running.recv().unwrap();
        (runtime, driving)
    }

    /// The thread a task spawned during a blocking call runs on.
    fn runner(runtime: &'static Runtime, driving: &Driving) -> String {
        driving.block_on(runtime, async {
            tokio::spawn(async { std::thread::current().name().unwrap_or("").to_owned() })
                .await
                .unwrap()
        })
    }

    fn in_thread<T: Send + 'static>(name: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
        let thread = std::thread::Builder::new().name(name.into()).spawn(f);
        thread.unwrap().join().unwrap()
    }

    #[test]
    fn a_blocking_caller_runs_the_runtime_itself() {
        let (runtime, driving) = started();
        // The first call has the I/O thread let go; the calls of a loop then run on the
        // caller's thread (a pause of the machine longer than LINGER may interleave one).
        let runners = in_thread("caller", move || {
            (0..200)
                .map(|_| runner(runtime, driving))
                .collect::<Vec<_>>()
        });
        let own = runners.iter().filter(|name| *name == "caller").count();
        assert!(own > 100, "{own} of 200 calls ran on the caller's thread");
    }

    #[test]
    fn background_work_keeps_the_io_thread_running_the_runtime() {
        let (runtime, driving) = started();
        in_thread("caller", move || runner(runtime, driving));
        driving.hold_background();
        // Once it holds the runtime again, the I/O thread keeps it for every call.
        let runners = in_thread("caller", move || {
            let first_on_io = (0..1000).position(|_| runner(runtime, driving) == "io");
            assert!(
                first_on_io.is_some(),
                "the I/O thread never took the runtime back"
            );
            (0..50)
                .map(|_| runner(runtime, driving))
                .collect::<Vec<_>>()
        });
        assert!(runners.iter().all(|name| name == "io"), "{runners:?}");
        driving.drop_background();
        let runners = in_thread("caller", move || {
            (0..200)
                .map(|_| runner(runtime, driving))
                .collect::<Vec<_>>()
        });
        assert!(
            runners.iter().any(|name| name == "caller"),
            "callers never ran it again"
        );
    }

    #[test]
    fn the_io_thread_takes_the_runtime_back_once_callers_are_gone() {
        let (runtime, driving) = started();
        in_thread("caller", move || runner(runtime, driving));
        // A task nobody blocks on, spawned after the calls: the I/O thread runs it.
        let (ran, on) = mpsc::channel();
        runtime.spawn(async move {
            let _ = ran.send(std::thread::current().name().unwrap_or("").to_owned());
        });
        let name = on
            .recv_timeout(Duration::from_secs(5))
            .expect("no thread ran the task");
        assert_eq!(name, "io");
    }

    #[test]
    fn blocking_callers_and_background_work_together_all_finish() {
        let (runtime, driving) = started();
        let (done, finished) = mpsc::channel();
        for i in 0..6 {
            let done = done.clone();
            std::thread::spawn(move || {
                for _ in 0..300 {
                    runner(runtime, driving);
                }
                done.send(i).unwrap();
            });
        }
        let toggler = done.clone();
        std::thread::spawn(move || {
            for _ in 0..300 {
                driving.hold_background();
                std::thread::yield_now();
                driving.drop_background();
            }
            toggler.send(99).unwrap();
        });
        for _ in 0..7 {
            finished
                .recv_timeout(Duration::from_secs(60))
                .expect("a blocking caller never finished");
        }
    }
}
