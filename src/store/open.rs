//! Opening a database file: refuse anything that is not ours before writing a single byte.
use super::schema::{self, APPLICATION_ID, SCHEMA_VERSION};
use super::{Store, StoreError};
use rusqlite::{Connection, ErrorCode, OpenFlags};
use std::io::Read;
use std::path::Path;
use std::time::Duration;

/// Long enough for a fetch to commit a large feed while the TUI waits, short enough to report a stuck lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The first 16 bytes of every SQLite 3 database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

impl Store {
    /// Opens (creating if missing) the database at `path`; refuses foreign or corrupt files.
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
        let conn = Connection::open_with_flags(path, flags)
            .and_then(|conn| conn.busy_timeout(BUSY_TIMEOUT).map(|()| conn))
            .map_err(|e| Refusal::from(e).at(path))?;
        check_ours(&conn).map_err(|e| e.at(path))?;
        Store::prepare(conn).map_err(|e| name_corruption(e, path))
    }

    /// An in-memory store, for tests.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Store::prepare(Connection::open_in_memory()?)
    }

    /// Session settings and migrations, once the file is known to be ours or empty.
    fn prepare(mut conn: Connection) -> Result<Store, StoreError> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // WAL lets the TUI read while `veille fetch` writes; the pragma answers "memory" in memory.
        // 16 KiB pages for a new database (ignored for an existing one): a cold refresh writes the
        // FTS index in large segments, and bigger pages cut its store stage by ~16% (benches/pipeline.rs).
        conn.pragma_update(None, "page_size", 16_384)?;
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        schema::migrate(&mut conn)?;
        Ok(Store { conn })
    }
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
