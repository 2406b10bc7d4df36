//! Where the tokens of interactive flows (PKCE, device code) are kept between processes,
//! so a user signs in once, not once per process.
//!
//! [`TokenStore`] is the interface (the Python binding adds the OS keyring behind it);
//! [`FileStore`] keeps one file per endpoint and client under a directory, created with
//! mode 0600 in one step (never written and then narrowed) and replaced atomically. A
//! file that group or others may read is refused, not used.

use crate::auth_error;
use flyrs_core::transport::CallError;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A place to keep one token (as text) per key.
pub trait TokenStore: Send + Sync {
    fn load(&self, key: &str) -> Result<Option<String>, CallError>;
    fn save(&self, key: &str, value: &str) -> Result<(), CallError>;
    fn delete(&self, key: &str) -> Result<(), CallError>;
    /// What it is, for messages.
    fn describe(&self) -> String;
}

#[derive(Debug, Clone)]
pub struct FileStore {
    dir: PathBuf,
}

impl FileStore {
    pub fn new(dir: impl Into<PathBuf>) -> FileStore {
        FileStore { dir: dir.into() }
    }

    /// The file of `key`: a digest, so endpoints need no escaping and names say nothing.
    pub fn path(&self, key: &str) -> PathBuf {
        let digest = Sha256::digest(key.as_bytes());
        let name: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("token-{name}.json"))
    }
}

impl TokenStore for FileStore {
    fn load(&self, key: &str) -> Result<Option<String>, CallError> {
        let path = self.path(key);
        let metadata = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(cache_error(&path, &e)),
        };
        check_private(&path, &metadata)?;
        std::fs::read_to_string(&path)
            .map(Some)
            .map_err(|e| cache_error(&path, &e))
    }

    fn save(&self, key: &str, value: &str) -> Result<(), CallError> {
        create_private_dir(&self.dir).map_err(|e| cache_error(&self.dir, &e))?;
        let path = self.path(key);
        let temporary = path.with_extension(format!("tmp{}", std::process::id()));
        let written = (|| {
            let mut file = private_options().open(&temporary)?;
            file.write_all(value.as_bytes())?;
            file.sync_all()?;
            std::fs::rename(&temporary, &path)
        })();
        if let Err(e) = written {
            let _ = std::fs::remove_file(&temporary);
            return Err(cache_error(&path, &e));
        }
        Ok(())
    }

    fn delete(&self, key: &str) -> Result<(), CallError> {
        let path = self.path(key);
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(cache_error(&path, &e)),
            _ => Ok(()),
        }
    }

    fn describe(&self) -> String {
        format!("files in {}", self.dir.display())
    }
}

fn cache_error(path: &Path, error: &std::io::Error) -> CallError {
    auth_error(format!("token cache {}: {error}", path.display()))
}

#[cfg(unix)]
fn private_options() -> std::fs::OpenOptions {
    use std::os::unix::fs::OpenOptionsExt;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true).mode(0o600);
    options
}

#[cfg(not(unix))]
fn private_options() -> std::fs::OpenOptions {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    options
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(unix)]
fn check_private(path: &Path, metadata: &std::fs::Metadata) -> Result<(), CallError> {
    use std::os::unix::fs::PermissionsExt;
    let mode = metadata.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(auth_error(format!(
            "token cache file {} may be read by others (mode {mode:03o}); tokens in it may \
             have leaked: delete it (or chmod 600 it) and sign in again",
            path.display()
        )));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(_: &Path, _: &std::fs::Metadata) -> Result<(), CallError> {
    Ok(())
}

/// A store that may fail (the OS keyring: locked, no backend), backed by another: the
/// first failure is reported once through `warn`, and the fallback is used from then on.
pub struct Fallback<P, F> {
    primary: P,
    fallback: F,
    failed: std::sync::atomic::AtomicBool,
    warn: Box<dyn Fn(&str) + Send + Sync>,
}

impl<P: TokenStore, F: TokenStore> Fallback<P, F> {
    pub fn new(primary: P, fallback: F, warn: Box<dyn Fn(&str) + Send + Sync>) -> Self {
        Fallback {
            primary,
            fallback,
            failed: std::sync::atomic::AtomicBool::new(false),
            warn,
        }
    }

    fn with<T>(
        &self,
        op: impl Fn(&dyn TokenStore) -> Result<T, CallError>,
    ) -> Result<T, CallError> {
        use std::sync::atomic::Ordering;
        if !self.failed.load(Ordering::Relaxed) {
            match op(&self.primary) {
                Ok(value) => return Ok(value),
                Err(e) => {
                    if !self.failed.swap(true, Ordering::Relaxed) {
                        (self.warn)(&format!(
                            "{}; keeping tokens in {} instead",
                            e.message,
                            self.fallback.describe()
                        ));
                    }
                }
            }
        }
        op(&self.fallback)
    }
}

impl<P: TokenStore, F: TokenStore> TokenStore for Fallback<P, F> {
    fn load(&self, key: &str) -> Result<Option<String>, CallError> {
        self.with(|s| s.load(key))
    }
    fn save(&self, key: &str, value: &str) -> Result<(), CallError> {
        self.with(|s| s.save(key, value))
    }
    fn delete(&self, key: &str) -> Result<(), CallError> {
        self.with(|s| s.delete(key))
    }
    fn describe(&self) -> String {
        self.primary.describe()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_files_round_trip_and_loose_ones_are_refused() {
        let dir = std::env::temp_dir().join(format!("flyrs-cache-{}", std::process::id()));
        let store = FileStore::new(dir.join("nested"));
        assert_eq!(store.load("k").unwrap(), None);
        store.save("k", "v1").unwrap();
        store.save("k", "v2").unwrap();
        assert_eq!(store.load("k").unwrap().as_deref(), Some("v2"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let path = store.path("k");
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
            let err = store.load("k").unwrap_err();
            assert!(err.message.contains("mode 644"), "{}", err.message);
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
            assert!(store.load("k").is_ok());
        }
        store.delete("k").unwrap();
        store.delete("k").unwrap();
        assert_eq!(store.load("k").unwrap(), None);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
