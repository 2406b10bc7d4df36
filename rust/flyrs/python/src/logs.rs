//! The Rust side's `log` records, forwarded to Python's `logging`: a record of target
//! `flyrs_auth::authenticator` goes to the logger `flytekit_core.native.flyrs_auth.authenticator`
//! (under `flytekit_core`), at its level, so the user's logging configuration decides what
//! shows. Our crates log rare events only; other crates (rustls) only their warnings.
//! Once Python starts exiting (an `atexit` hook calls [`stop`]), records are dropped:
//! a runtime thread must not wait for the GIL of a finalizing interpreter.

use log::{Level, LevelFilter, Log, Metadata, Record};
use pyo3::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};

static STOPPED: AtomicBool = AtomicBool::new(false);

struct PythonLogging;

impl Log for PythonLogging {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        !STOPPED.load(Ordering::Relaxed)
            && (metadata.target().starts_with("flyrs") || metadata.level() <= Level::Warn)
    }

    fn log(&self, record: &Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let name = format!(
            "flytekit_core.native.{}",
            record.target().replace("::", ".")
        );
        let level = match record.level() {
            Level::Error => 40,
            Level::Warn => 30,
            Level::Info => 20,
            Level::Debug | Level::Trace => 10,
        };
        let message = record.args().to_string();
        Python::attach(|py| {
            // A logging failure must not become the caller's: it is dropped.
            let _ = py
                .import("logging")
                .and_then(|logging| logging.call_method1("getLogger", (name,)))
                .and_then(|logger| {
                    if logger.call_method1("isEnabledFor", (level,))?.is_truthy()? {
                        logger.call_method1("log", (level, message))?;
                    }
                    Ok(())
                });
        });
    }

    fn flush(&self) {}
}

static LOGGER: PythonLogging = PythonLogging;

/// Installs the forwarding (once per process; a second `set_logger` is refused, and kept).
pub fn install() {
    if log::set_logger(&LOGGER).is_ok() {
        log::set_max_level(LevelFilter::Debug);
    }
}

/// Stops forwarding: called at interpreter exit.
#[pyfunction]
pub fn stop_logging() {
    STOPPED.store(true, Ordering::Relaxed);
}
