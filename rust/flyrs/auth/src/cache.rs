//! Where the tokens of interactive flows (PKCE, device code) are kept between processes,
//! so a user signs in once, not once per process.
//!
//! [`TokenStore`] is the interface (the Python binding adds the OS keyring behind it);
//! [`FileStore`] keeps one file per endpoint and client in a directory of mode 0700,
//! created with mode 0600 in one step (never written and then narrowed) under a random
//! temporary name, and renamed into place. A file that group or others may read, that
//! another user owns, or that is a symbolic link is refused, not used; so is a directory
//! that others may write to.

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
        let file = match open_private(&path) {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(cache_error(&path, &e)),
        };
        // Checked on the open file, so the file checked is the file read.
        let metadata = file.metadata().map_err(|e| cache_error(&path, &e))?;
        check_private(&path, &metadata)?;
        let mut text = String::new();
        std::io::Read::read_to_string(&mut &file, &mut text).map_err(|e| cache_error(&path, &e))?;
        Ok(Some(text))
    }

    fn save(&self, key: &str, value: &str) -> Result<(), CallError> {
        create_private_dir(&self.dir).map_err(|e| cache_error(&self.dir, &e))?;
        let metadata =
            std::fs::symlink_metadata(&self.dir).map_err(|e| cache_error(&self.dir, &e))?;
        check_dir(&self.dir, &metadata)?;
        let path = self.path(key);
        let temporary = self
            .dir
            .join(format!(".{}.tmp", crate::flows::random_text(12)?));
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
    options
        .write(true)
        .create_new(true)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW);
    options
}

#[cfg(not(unix))]
fn private_options() -> std::fs::OpenOptions {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    options
}

/// Opens for reading without following a symbolic link.
#[cfg(unix)]
fn open_private(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
}

#[cfg(not(unix))]
fn open_private(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
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
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let mode = metadata.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(auth_error(format!(
            "token cache file {} may be read by others (mode {mode:03o}); tokens in it may \
             have leaked: delete it (or chmod 600 it) and sign in again",
            path.display()
        )));
    }
    // SAFETY: getuid cannot fail and has no preconditions.
    let me = unsafe { libc::getuid() };
    if metadata.uid() != me {
        return Err(auth_error(format!(
            "token cache file {} belongs to another user; delete it",
            path.display()
        )));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(_: &Path, _: &std::fs::Metadata) -> Result<(), CallError> {
    Ok(())
}

/// The directory must be ours and closed to others' writes (which could replace files).
#[cfg(unix)]
fn check_dir(dir: &Path, metadata: &std::fs::Metadata) -> Result<(), CallError> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    // SAFETY: getuid cannot fail and has no preconditions.
    let me = unsafe { libc::getuid() };
    let mode = metadata.permissions().mode() & 0o777;
    if !metadata.is_dir() || metadata.uid() != me || mode & 0o022 != 0 {
        return Err(auth_error(format!(
            "the token cache directory {} must be a directory of yours that others cannot \
             write to (chmod 700 it)",
            dir.display()
        )));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_dir(_: &Path, _: &std::fs::Metadata) -> Result<(), CallError> {
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
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // A symbolic link is not followed, and a directory others may write is refused.
            let path = store.path("k");
            let target = dir.join("elsewhere");
            std::fs::write(&target, "planted").unwrap();
            std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600)).unwrap();
            std::fs::remove_file(&path).unwrap();
            std::os::unix::fs::symlink(&target, &path).unwrap();
            assert!(store.load("k").is_err());
            std::fs::remove_file(&path).unwrap();
            let nested = dir.join("nested");
            std::fs::set_permissions(&nested, std::fs::Permissions::from_mode(0o777)).unwrap();
            let err = store.save("k", "v3").unwrap_err();
            assert!(
                err.message.contains("others cannot write"),
                "{}",
                err.message
            );
            std::fs::set_permissions(&nested, std::fs::Permissions::from_mode(0o700)).unwrap();
            store.save("k", "v3").unwrap();
        }
        store.delete("k").unwrap();
        store.delete("k").unwrap();
        assert_eq!(store.load("k").unwrap(), None);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
