//! Opening a database file: refuse anything that is not ours before writing a single byte; a
//! writing command migrates an older schema, a reading one never writes (nor creates) anything.
use super::schema::{self, APPLICATION_ID, SCHEMA_VERSION};
use super::{Store, StoreError};
use rusqlite::{Connection, ErrorCode, OpenFlags};
use std::ffi::OsString;
use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

/// How long a writer waits for the lock before saying the database is busy. A fetch holds the lock
/// for one batch of a feed at a time (`articles::BATCH_TIME`), a small fraction of this.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// How often a waiting connection tries the lock again. SQLite's own busy handler backs off to
/// 100 ms sleeps; a fetch frees the lock for only a few milliseconds between two batches
/// (`refresh::BATCH_PAUSE`), which such a sleeper would nearly always miss.
const BUSY_POLL: Duration = Duration::from_millis(2);

/// The first 16 bytes of every SQLite 3 database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

impl Store {
    /// Opens (creating if missing) the database at `path` for a command that writes; refuses foreign
    /// or corrupt files, and brings an older schema up to date.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| StoreError::Io {
                path: parent.to_path_buf(),
                source: explain_not_a_directory(parent, source),
            })?;
        }
        check_header(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags)
            .and_then(|mut conn| wait_when_busy(&mut conn).map(|()| conn))
            .map_err(|e| Refusal::from(e).at(path))?;
        check_ours(&conn).map_err(|e| e.at(path))?;
        Store::prepare(&mut conn).map_err(|e| name_corruption(e, path))?;
        Ok(Store { conn })
    }

    /// Opens the database at `path` for a command that only reads: nothing is created, written or
    /// migrated, and no lock is waited for, so it works beside a fetch and on a read-only file or
    /// filesystem. `None` when there is no database there yet (no file, or an empty one).
    pub fn open_read_only(path: &Path) -> Result<Option<Store>, StoreError> {
        match std::fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(StoreError::Io {
                    path: path.to_path_buf(),
                    source: explain_not_a_directory(path, source),
                });
            }
            Ok(meta) if meta.len() == 0 => return Ok(None),
            Ok(_) => {}
        }
        check_header(path)?;
        let conn = match read_only_connection(path, false) {
            Ok(conn) => conn,
            // In WAL mode a reader needs the `-shm` index beside the file; in a read-only directory
            // it cannot be created. With no WAL content left (a clean close deletes both files),
            // the file alone is the whole database and can be read as immutable.
            Err(Refusal::Sqlite(e)) if cannot_open(&e) && !has_wal_content(path) => {
                read_only_connection(path, true).map_err(|r| r.at(path))?
            }
            Err(refusal) => return Err(refusal.at(path)),
        };
        let version = schema::user_version(&conn).map_err(|e| Refusal::from(e).at(path))?;
        match version {
            0 => Ok(None),
            v if v < SCHEMA_VERSION => Err(StoreError::Outdated {
                path: path.to_path_buf(),
                found: v,
                known: SCHEMA_VERSION,
            }),
            _ => Ok(Some(Store { conn })),
        }
    }

    /// An in-memory store, for tests.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let mut conn = Connection::open_in_memory()?;
        Store::prepare(&mut conn)?;
        Ok(Store { conn })
    }

    /// Session settings, and migrations when the file's schema is older than ours, once the file is
    /// known to be ours or empty. Nothing here takes the write lock unless there is a migration to
    /// apply: opening beside a running fetch must not wait for it.
    fn prepare(conn: &mut Connection) -> Result<(), StoreError> {
        wait_when_busy(conn)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // WAL lets the TUI read while `veille fetch` writes; the pragma answers "memory" in memory.
        // 16 KiB pages for a new database (ignored for an existing one): a cold refresh writes the
        // FTS index in large segments, and bigger pages cut its store stage by ~16% (benches/pipeline.rs).
        conn.pragma_update(None, "page_size", 16_384)?;
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        if schema::user_version(conn)? < SCHEMA_VERSION {
            schema::migrate(conn)?;
        }
        Ok(())
    }
}

/// Waits for a busy lock by polling every [`BUSY_POLL`], up to [`BUSY_TIMEOUT`] per wait.
fn wait_when_busy(conn: &mut Connection) -> rusqlite::Result<()> {
    let mut since = Instant::now();
    conn.busy_handler(Some(move |attempts: i32| {
        if attempts == 0 {
            since = Instant::now();
        }
        if since.elapsed() >= BUSY_TIMEOUT {
            return false;
        }
        std::thread::sleep(BUSY_POLL);
        true
    }))
}

/// A connection that only reads, checked to be ours; `immutable` reads the file alone, without locks.
///
/// Not SQLite's read-only mode when it can be helped: a read-only connection cannot remove the
/// `-wal` and `-shm` files it creates beside a WAL database, while a read-write one that is the last
/// to close removes them, leaving the directory as it was. `query_only` refuses any write on it, and
/// SQLite itself falls back to reading only when the file or filesystem is read-only.
fn read_only_connection(path: &Path, immutable: bool) -> Result<Connection, Refusal> {
    let mut conn = if immutable {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        Connection::open_with_flags(immutable_uri(path), flags)?
    } else {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        Connection::open_with_flags(path, flags)?
    };
    conn.pragma_update(None, "query_only", true)?;
    wait_when_busy(&mut conn)?;
    check_ours(&conn)?;
    Ok(conn)
}

/// `file:PATH?immutable=1`, every byte of the path outside the unreserved set percent-encoded
/// (paths need not be UTF-8, and `?`, `#` or `%` would end or escape the path).
fn immutable_uri(path: &Path) -> OsString {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    #[cfg(unix)]
    let bytes = std::os::unix::ffi::OsStrExt::as_bytes(absolute.as_os_str()).to_vec();
    #[cfg(not(unix))]
    let bytes = absolute.to_string_lossy().into_owned().into_bytes();
    let mut uri = String::from("file:");
    for byte in bytes {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    OsString::from(uri)
}

/// SQLite could not open a file it needs (the database, or its `-shm` index in WAL mode).
fn cannot_open(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::CannotOpen | ErrorCode::ReadOnly)
    )
}

/// Whether a `-wal` file with committed pages not yet copied into the database may exist.
fn has_wal_content(path: &Path) -> bool {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(wal).is_ok_and(|m| m.len() > 0)
}

/// create_dir_all answers "File exists" when a file stands where a directory should; say that.
fn explain_not_a_directory(dir: &Path, error: std::io::Error) -> std::io::Error {
    let blocking_file = dir.ancestors().find(|a| a.is_file());
    match blocking_file {
        Some(file) if error.kind() == std::io::ErrorKind::AlreadyExists => std::io::Error::new(
            std::io::ErrorKind::NotADirectory,
            format!("{} is a file, not a directory", file.display()),
        ),
        _ => error,
    }
}

/// What reading the file told us, before a path is attached to the error.
enum Refusal {
    NotADatabase(String),
    Foreign,
    TooNew(i64),
    Sqlite(rusqlite::Error),
}

impl Refusal {
    fn at(self, path: &Path) -> StoreError {
        let path = path.to_path_buf();
        match self {
            Refusal::NotADatabase(detail) => StoreError::NotADatabase { path, detail },
            Refusal::Foreign => StoreError::Foreign { path },
            Refusal::TooNew(found) => StoreError::TooNew {
                path,
                found,
                known: SCHEMA_VERSION,
            },
            Refusal::Sqlite(source) if super::is_busy(&source) => StoreError::Busy,
            Refusal::Sqlite(source) => StoreError::Open { path, source },
        }
    }
}

impl From<rusqlite::Error> for Refusal {
    fn from(e: rusqlite::Error) -> Refusal {
        match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
                Refusal::NotADatabase(e.to_string())
            }
            _ => Refusal::Sqlite(e),
        }
    }
}

/// Names the file in errors, telling corruption SQLite finds only past the header apart from the rest.
fn name_corruption(error: StoreError, path: &Path) -> StoreError {
    match error {
        StoreError::Sqlite(e) => Refusal::from(e).at(path),
        other => other,
    }
}

/// A missing or empty file becomes a new database; anything else must start with SQLite's magic.
fn check_header(path: &Path) -> Result<(), StoreError> {
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(source) => {
            return Err(StoreError::Io {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let mut head = Vec::with_capacity(SQLITE_HEADER.len());
    file.by_ref()
        .take(SQLITE_HEADER.len() as u64)
        .read_to_end(&mut head)
        .map_err(|source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    if head.is_empty() || head == SQLITE_HEADER {
        Ok(())
    } else {
        Err(StoreError::NotADatabase {
            path: path.to_path_buf(),
            detail: "no SQLite header".to_owned(),
        })
    }
}

/// Reads (never writes) the application id, version and table names to tell ours, new and foreign apart.
fn check_ours(conn: &Connection) -> Result<(), Refusal> {
    let application_id: i32 = conn.query_row("PRAGMA application_id", [], |row| row.get(0))?;
    let version = schema::user_version(conn)?;
    let tables: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
        [],
        |row| row.get(0),
    )?;
    if application_id == APPLICATION_ID {
        if version > SCHEMA_VERSION {
            return Err(Refusal::TooNew(version));
        }
        return Ok(());
    }
    if application_id == 0 && version == 0 && tables == 0 {
        return Ok(());
    }
    Err(Refusal::Foreign)
}
