//! The durable state of a local admin: a journal of the calls that changed it, in a SQLite
//! file. Each such call is committed (synchronously, to disk) before it is answered; on
//! start the calls are replayed, with the instants they were made at, to rebuild the
//! state. The file stays locked while the admin runs, so a second process cannot use it.

use rusqlite::{params, Connection, ErrorCode, OpenFlags};
use std::path::{Path, PathBuf};

/// Marks the files this module writes (`PRAGMA application_id`), "FLYA".
const APPLICATION_ID: i32 = 0x464c_5941;

/// One journaled call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: String,
    pub request: Vec<u8>,
    /// The call's instant, nanoseconds since the epoch.
    pub now: i128,
}

#[derive(Debug)]
pub struct Journal {
    connection: Connection,
    path: PathBuf,
}

fn describe(path: &Path, error: &rusqlite::Error) -> String {
    let shown = path.display();
    match error.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            format!("the database {shown} is in use by another process")
        }
        Some(ErrorCode::NotADatabase) => {
            format!("{shown} is not a local admin database (not SQLite)")
        }
        Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied | ErrorCode::ReadOnly) => {
            format!("cannot open the database {shown}: {error}")
        }
        _ => format!("database {shown}: {error}"),
    }
}

impl Journal {
    /// Opens (or creates) the journal at `path`, locks it for this process, and returns
    /// the calls to replay.
    pub fn open(path: &Path) -> Result<(Journal, Vec<Entry>), String> {
        let fail = |e: rusqlite::Error| describe(path, &e);
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut connection = Connection::open_with_flags(path, flags).map_err(fail)?;
        // Another process holding the file is an error at once, not after a wait.
        connection
            .busy_timeout(std::time::Duration::ZERO)
            .map_err(fail)?;
        // Exclusive locking: the first write takes the lock for the connection's life.
        connection
            .execute_batch("PRAGMA locking_mode = EXCLUSIVE; PRAGMA synchronous = FULL;")
            .map_err(fail)?;
        let transaction = connection
            .transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive)
            .map_err(fail)?;
        let application_id: i32 = transaction
            .query_row("PRAGMA application_id", [], |row| row.get(0))
            .map_err(fail)?;
        let tables: i64 = transaction
            .query_row("SELECT count(*) FROM sqlite_master", [], |row| row.get(0))
            .map_err(fail)?;
        if application_id != APPLICATION_ID && (application_id != 0 || tables != 0) {
            return Err(format!(
                "{} is a SQLite database of another program, not a local admin's",
                path.display()
            ));
        }
        transaction
            .execute_batch(&format!(
                "PRAGMA application_id = {APPLICATION_ID};
                 CREATE TABLE IF NOT EXISTS calls (
                     seq INTEGER PRIMARY KEY,
                     path TEXT NOT NULL,
                     request BLOB NOT NULL,
                     now_nanos TEXT NOT NULL
                 );"
            ))
            .map_err(fail)?;
        transaction.commit().map_err(fail)?;
        let journal = Journal {
            connection,
            path: path.to_path_buf(),
        };
        let entries = journal.entries()?;
        Ok((journal, entries))
    }

    /// Every journaled call, oldest first.
    pub fn entries(&self) -> Result<Vec<Entry>, String> {
        let path = &self.path;
        let fail = |e: rusqlite::Error| describe(path, &e);
        let entries = {
            let mut statement = self
                .connection
                .prepare("SELECT path, request, now_nanos FROM calls ORDER BY seq")
                .map_err(fail)?;
            let rows = statement
                .query_map([], |row| {
                    let now: String = row.get(2)?;
                    Ok((row.get::<_, String>(0)?, row.get::<_, Vec<u8>>(1)?, now))
                })
                .map_err(fail)?;
            let mut entries = Vec::new();
            for row in rows {
                let (call, request, now) = row.map_err(fail)?;
                let now = now.parse().map_err(|_| {
                    format!(
                        "database {}: a corrupt call instant {now:?}",
                        path.display()
                    )
                })?;
                entries.push(Entry {
                    path: call,
                    request,
                    now,
                });
            }
            entries
        };
        Ok(entries)
    }

    /// Commits one call to disk.
    pub fn append(&mut self, entry: &Entry) -> Result<(), String> {
        self.connection
            .execute(
                "INSERT INTO calls (path, request, now_nanos) VALUES (?1, ?2, ?3)",
                params![entry.path, entry.request, entry.now.to_string()],
            )
            .map(drop)
            .map_err(|e| describe(&self.path, &e))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("flyrs-journal-{}-{name}", std::process::id()));
        let _ = std::fs::remove_file(&dir);
        dir
    }

    #[test]
    fn entries_survive_reopening() {
        let path = temp("reopen");
        let entry = Entry {
            path: "/x/Y".into(),
            request: vec![1, 2, 3],
            now: 1_700_000_000_000_000_001,
        };
        {
            let (mut journal, entries) = Journal::open(&path).unwrap();
            assert!(entries.is_empty());
            journal.append(&entry).unwrap();
        }
        let (_journal, entries) = Journal::open(&path).unwrap();
        assert_eq!(entries, [entry]);
        std::fs::remove_file(&path).unwrap();
    }

    #[test]
    fn foreign_files_are_refused() {
        let garbage = temp("garbage");
        std::fs::write(&garbage, b"this is not a database at all, just text ....................................................").unwrap();
        let err = Journal::open(&garbage).unwrap_err();
        assert!(err.contains("not a local admin database"), "{err}");
        let other = temp("other");
        Connection::open(&other)
            .unwrap()
            .execute_batch("CREATE TABLE t (x)")
            .unwrap();
        let err = Journal::open(&other).unwrap_err();
        assert!(err.contains("another program"), "{err}");
        for path in [garbage, other] {
            std::fs::remove_file(path).unwrap();
        }
    }

    #[test]
    fn a_second_opener_is_refused() {
        let path = temp("locked");
        let (_held, _) = Journal::open(&path).unwrap();
        let err = Journal::open(&path).unwrap_err();
        assert!(err.contains("in use by another process"), "{err}");
        std::fs::remove_file(&path).unwrap();
    }
}
