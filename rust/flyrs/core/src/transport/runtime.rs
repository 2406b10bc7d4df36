//! The one tokio runtime of the process, started on first use (never when the library
//! is loaded) and bound to the process that started it. tokio's worker threads do not
//! survive `fork()`: a forked child that needs a runtime builds its own on first use, and
//! leaves the inherited one alone (dropping it would wait for threads the child does not
//! have). Clients made before the fork belong to the parent's runtime and refuse to run
//! in the child ([`crate::transport::Client`]).

use super::driving::Driving;
use super::error::CallError;
use std::future::Future;
#[cfg(unix)]
use std::sync::atomic::AtomicU32;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::Mutex;
use std::time::Duration;
use tokio::runtime::{Builder, Handle, Runtime};
use tonic::Code;

/// One I/O thread by default (running a current-thread runtime, see [`drive`], which
/// blocked callers run themselves while they are the only ones who need it, see
/// [`super::driving`]): the transport only moves bytes between sockets and the threads
/// that wait on calls, which one thread keeps up with; more threads add cross-thread
/// wake-ups and idle spinning.
/// Measured with `benchmarks/bench_transport.py` on 2 cores: client CPU per unary call
/// 66 us with one worker against 85 us with two, 30% more calls per second.
/// `FLYTE_REMOTE_IO_THREADS` (1 to 64) sets another count (a multi-thread runtime).
const WORKER_THREADS: usize = 1;
pub const IO_THREADS_VARIABLE: &str = "FLYTE_REMOTE_IO_THREADS";
/// Threads for blocking work (name resolution): few, and gone after a while idle.
const BLOCKING_THREADS: usize = 2;

/// The I/O thread count `FLYTE_REMOTE_IO_THREADS` asks for; UNAVAILABLE naming it when it
/// is not a whole number from 1 to 64 (a typo must not silently start one thread).
fn worker_threads(setting: Option<&str>) -> Result<usize, CallError> {
    let Some(text) = setting else {
        return Ok(WORKER_THREADS);
    };
    match text.trim().parse::<usize>() {
        Ok(n) if (1..=64).contains(&n) => Ok(n),
        _ => Err(CallError::new(
            Code::InvalidArgument,
            format!("{IO_THREADS_VARIABLE}={text:?}: expected a whole number from 1 to 64"),
        )),
    }
}

struct Shared {
    runtime: Runtime,
    pid: u32,
    /// Who runs a current-thread runtime; none for a multi-thread one (its workers do).
    driving: Option<Driving>,
}

/// This process's runtime: a leaked `Shared`, never freed (one per process that made
/// calls, so a forked child's replaces its parent's without dropping it).
static SHARED: AtomicPtr<Shared> = AtomicPtr::new(std::ptr::null_mut());
/// Serializes creation so two first callers never build (and then drop) two runtimes.
static CREATING: Mutex<()> = Mutex::new(());

/// The shared runtime, created on first use in this process (in a forked child, its own).
///
/// Fails with UNAVAILABLE if the runtime's threads cannot be started, and with
/// INVALID_ARGUMENT for a malformed `FLYTE_REMOTE_IO_THREADS`.
pub fn runtime() -> Result<&'static Runtime, CallError> {
    let pid = process_id();
    if let Some(shared) = current(pid) {
        return Ok(&shared.runtime);
    }
    // A poisoned lock only means another thread panicked while building; try again.
    let _creating = CREATING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(shared) = current(pid) {
        return Ok(&shared.runtime);
    }
    if let Some(parent) = shared() {
        log::info!(
            "process {pid} was forked from process {}, which made calls: starting an I/O runtime of its own",
            parent.pid
        );
    }
    let threads = worker_threads(std::env::var(IO_THREADS_VARIABLE).ok().as_deref())?;
    let cannot =
        |e: std::io::Error| CallError::unavailable(format!("cannot start the I/O runtime: {e}"));
    let mut builder = if threads == 1 {
        Builder::new_current_thread()
    } else {
        let mut builder = Builder::new_multi_thread();
        builder.worker_threads(threads);
        builder
    };
    let runtime = builder
        .max_blocking_threads(BLOCKING_THREADS)
        .thread_keep_alive(Duration::from_secs(10))
        .thread_name(THREAD_NAME)
        .enable_all()
        .build()
        .map_err(cannot)?;
    let driving = (threads == 1).then(Driving::default);
    let shared: &'static Shared = Box::leak(Box::new(Shared {
        runtime,
        pid,
        driving,
    }));
    if let Some(driving) = &shared.driving {
        drive(&shared.runtime, driving).map_err(cannot)?;
    }
    SHARED.store(std::ptr::from_ref(shared).cast_mut(), Ordering::Release);
    Ok(&shared.runtime)
}

const THREAD_NAME: &str = "flyrs-io";

/// Starts the thread that runs a current-thread runtime's tasks, timers and sockets
/// whenever blocked callers do not ([`Driving`]); returns once it holds the runtime. One
/// I/O thread runs a current-thread runtime rather than a one-worker multi-thread one
/// because the latter runs a task just woken before the others (its LIFO slot): each call
/// that wakes a connection's driver has the driver write that call alone, one system call
/// per message where a batch of calls (a server's replies to a batch of requests) could
/// share one.
fn drive(runtime: &'static Runtime, driving: &'static Driving) -> std::io::Result<()> {
    let (started, running) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name(THREAD_NAME.into())
        .spawn(move || driving.run_io_thread(runtime, started))?;
    running
        .recv()
        .map_err(|_| std::io::Error::other("the I/O thread ended as it started"))
}

/// This process's id, read from the kernel once per process: `getpid` is a system call
/// (glibc no longer caches it) and the fork checks ask for the id several times per
/// call. A child made by `fork()` (`os.fork`, multiprocessing's fork start method)
/// forgets its parent's, in a `pthread_atfork` handler, and reads its own.
#[cfg(unix)]
pub(crate) fn process_id() -> u32 {
    use std::sync::atomic::AtomicBool;
    static PID: AtomicU32 = AtomicU32::new(0);
    static CACHED: AtomicBool = AtomicBool::new(false);
    static FORGET_IN_CHILDREN: std::sync::Once = std::sync::Once::new();
    extern "C" fn forget() {
        PID.store(0, Ordering::Relaxed); // async-signal-safe, as a fork handler must be
    }
    let known = PID.load(Ordering::Relaxed);
    if known != 0 {
        return known;
    }
    FORGET_IN_CHILDREN.call_once(|| {
        // SAFETY: registers a handler that only stores to an atomic. It fails only
        // without memory for the handler; the id is then read every time.
        let registered = unsafe { libc::pthread_atfork(None, None, Some(forget)) } == 0;
        CACHED.store(registered, Ordering::Relaxed);
    });
    let pid = std::process::id();
    if CACHED.load(Ordering::Relaxed) {
        PID.store(pid, Ordering::Relaxed);
    }
    pid
}

#[cfg(not(unix))]
pub(crate) fn process_id() -> u32 {
    std::process::id()
}

/// The runtime last made, in this process or (inherited through `fork()`) a parent.
fn shared() -> Option<&'static Shared> {
    // SAFETY: SHARED is null or a `Shared` leaked by `runtime`, never freed.
    unsafe { SHARED.load(Ordering::Acquire).as_ref() }
}

/// The runtime if this process made it.
fn current(pid: u32) -> Option<&'static Shared> {
    shared().filter(|shared| shared.pid == pid)
}

/// The driving state of this process's runtime, if it has a current-thread one.
pub(crate) fn driving() -> Option<&'static Driving> {
    current(process_id()).and_then(|shared| shared.driving.as_ref())
}

/// Whether a blocking call begun now would run the runtime itself, alone: the runtime is
/// a current-thread one, and no other blocking call and no background work is in flight.
/// Such a caller can poll its call itself, without a task (see [`Driving`]).
pub fn caller_drives_alone() -> bool {
    driving().is_some_and(Driving::idle)
}

/// Fails with FAILED_PRECONDITION if `pid` is not this process: a client made in the
/// parent before `fork()` cannot be used in the child (its connection lives on the
/// parent's runtime, whose threads the child lacks), and says so at once instead of
/// hanging.
pub(crate) fn check_process(pid: u32) -> Result<(), CallError> {
    let now = process_id();
    if pid == now {
        return Ok(());
    }
    Err(CallError::new(
        Code::FailedPrecondition,
        format!(
            "this client was created in process {pid} and cannot be used in process {now}, \
             forked from it; create a new client in the child"
        ),
    ))
}

/// Runs `future` to completion on the shared runtime, blocking this thread.
///
/// For synchronous callers (the Python bindings, with the GIL released). Fails instead of
/// panicking when called from inside a tokio runtime, where blocking would deadlock it.
pub fn block_on<F: Future>(future: F) -> Result<F::Output, CallError> {
    if Handle::try_current().is_ok() {
        return Err(CallError::new(
            Code::FailedPrecondition,
            "block_on called from inside an async runtime; await the call instead",
        ));
    }
    let runtime = runtime()?;
    Ok(match driving() {
        Some(driving) => driving.block_on(runtime, future),
        None => runtime.block_on(future),
    })
}

/// [`block_on`] that gives the caller a chance to abandon the wait: `check` runs on the
/// calling thread every `every` while `future` is pending, and its first `Err` drops the
/// future (which cancels a gRPC call: the stream is reset and the server sees it) and is
/// returned as `Ok(Err(..))`. For Python bindings, `check` re-acquires the GIL and calls
/// `Python::check_signals`, so Ctrl-C interrupts a long call.
pub fn block_on_interruptible<F, E>(
    future: F,
    every: Duration,
    mut check: impl FnMut() -> Result<(), E>,
) -> Result<Result<F::Output, E>, CallError>
where
    F: Future,
{
    block_on(async move {
        let mut future = std::pin::pin!(future);
        loop {
            match tokio::time::timeout(every, future.as_mut()).await {
                Ok(output) => return Ok(output),
                Err(_) => check()?,
            }
        }
    })
}

/// Fails unless the caller runs inside a tokio runtime with timers, which the calls need.
pub(crate) fn require_context() -> Result<(), CallError> {
    match Handle::try_current() {
        Ok(_) => Ok(()),
        Err(_) => Err(CallError::new(
            Code::FailedPrecondition,
            "gRPC calls must run inside a tokio runtime; use transport::block_on",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn created_once_and_usable() {
        let a = runtime().unwrap() as *const Runtime;
        let b = runtime().unwrap() as *const Runtime;
        assert_eq!(a, b);
        assert_eq!(block_on(async { 7 }).unwrap(), 7);
    }

    #[test]
    fn the_shared_runtime_runs_tasks_nobody_blocks_on() {
        let rt = runtime().unwrap();
        assert!(driving().is_some());
        // Run by the I/O thread, or by another test's blocked caller meanwhile (which
        // thread, driving.rs's tests pin down on a runtime of their own).
        let (ran, on) = std::sync::mpsc::channel();
        rt.spawn(async move {
            let _ = ran.send(());
        });
        on.recv_timeout(Duration::from_secs(5))
            .expect("no thread ran the task");
    }

    #[test]
    fn block_on_inside_the_runtime_is_an_error_not_a_panic() {
        let nested = block_on(async { block_on(async {}).map_err(|e| e.code_name()) }).unwrap();
        assert_eq!(nested, Err("FAILED_PRECONDITION"));
    }

    #[test]
    fn an_interruptible_wait_can_be_abandoned() {
        let mut checks = 0;
        let outcome = block_on_interruptible(
            std::future::pending::<()>(),
            Duration::from_millis(5),
            || {
                checks += 1;
                if checks == 3 {
                    Err("interrupted")
                } else {
                    Ok(())
                }
            },
        )
        .unwrap();
        assert_eq!(outcome, Err("interrupted"));
        assert_eq!(checks, 3);
        let done = block_on_interruptible(async { 5 }, Duration::from_secs(60), || Err(()));
        assert_eq!(done.unwrap(), Ok(5));
    }

    #[test]
    fn io_threads_setting() {
        assert_eq!(worker_threads(None).unwrap(), 1);
        assert_eq!(worker_threads(Some(" 3 ")).unwrap(), 3);
        for bad in ["0", "65", "two", ""] {
            let err = worker_threads(Some(bad)).unwrap_err();
            assert!(err.message.contains("FLYTE_REMOTE_IO_THREADS"), "{bad}");
        }
    }

    #[test]
    fn a_client_of_another_process_is_refused() {
        let pid = process_id();
        assert_eq!(pid, std::process::id());
        assert!(check_process(pid).is_ok());
        let err = check_process(pid.wrapping_add(1)).unwrap_err();
        assert_eq!(err.code_name(), "FAILED_PRECONDITION");
        assert!(err.message.contains("forked"), "{}", err.message);
    }
}
