//! The schema as a list of migrations; version N is `MIGRATIONS[N - 1]`, applied in one transaction.
use rusqlite::{Connection, TransactionBehavior};

/// `PRAGMA application_id` of a veille database ("veil" in ASCII), set when the file is created.
pub const APPLICATION_ID: i32 = 0x7665_696c;

/// The schema version this build writes (`PRAGMA user_version`).
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Dates are Unix microseconds (integers sort and index cheaply); the list order is
/// `coalesce(published, fetched_at)`, which the date indexes repeat verbatim so the planner uses them.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE feeds (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    title         TEXT,
    etag          TEXT,
    last_modified TEXT,
    last_status   INTEGER,
    last_error    TEXT,
    last_attempt  INTEGER,
    last_success  INTEGER,
    retry_after   INTEGER,
    configured    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX feeds_by_name ON feeds(name COLLATE NOCASE);

CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    feed_id        INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    dedup_key      TEXT NOT NULL,
    title          TEXT NOT NULL,
    url            TEXT,
    author         TEXT,
    published      INTEGER,
    fetched_at     INTEGER NOT NULL,
    summary        TEXT,
    content_html   TEXT,
    full_text_html TEXT,
    text           TEXT NOT NULL DEFAULT '',
    lang           TEXT CHECK (lang IN ('fr', 'en')),
    read           INTEGER NOT NULL DEFAULT 0,
    starred        INTEGER NOT NULL DEFAULT 0,
    note           TEXT,
    UNIQUE (feed_id, dedup_key)
);
CREATE INDEX articles_by_date ON articles(coalesce(published, fetched_at), id);
CREATE INDEX articles_by_feed ON articles(feed_id, coalesce(published, fetched_at), id);
CREATE INDEX articles_by_lang ON articles(lang, coalesce(published, fetched_at), id);
CREATE INDEX articles_unread ON articles(coalesce(published, fetched_at), id) WHERE read = 0;
CREATE INDEX articles_starred ON articles(coalesce(published, fetched_at), id) WHERE starred = 1;
CREATE INDEX articles_feed_read ON articles(feed_id, read);

-- value_key is the value lowercased (Unicode, in Rust): filters and duplicates ignore case.
CREATE TABLE tags (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    facet       TEXT NOT NULL CHECK (facet IN ('actor', 'target', 'attack')),
    value       TEXT NOT NULL,
    value_key   TEXT NOT NULL,
    provenance  TEXT NOT NULL CHECK (provenance IN ('user', 'suggestion')),
    created_at  INTEGER NOT NULL,
    UNIQUE (article_id, facet, value_key)
);
CREATE INDEX tags_by_value ON tags(facet, value_key, article_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
"#,
    r#"
-- Versions of an article its feed published after the analyst tagged, annotated or starred it: the
-- article keeps the version worked on, these record what the feed says since (store/articles.rs).
CREATE TABLE article_revisions (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    fetched_at   INTEGER NOT NULL,
    title        TEXT NOT NULL,
    url          TEXT,
    author       TEXT,
    published    INTEGER,
    summary      TEXT,
    content_html TEXT
);
CREATE INDEX article_revisions_by_article ON article_revisions(article_id, id);
"#,
    // The analyst's TLP 2.0 level for one article (NULL: the `[export] tlp` default applies).
    r#"
ALTER TABLE articles ADD COLUMN tlp TEXT
    CHECK (tlp IN ('clear', 'green', 'amber', 'amber+strict', 'red'));
"#,
    // Suggestions the user rejected, never offered again for that article (value_key as in tags).
    r#"
CREATE TABLE rejected_suggestions (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    facet       TEXT NOT NULL CHECK (facet IN ('actor', 'target', 'attack')),
    value       TEXT NOT NULL,
    value_key   TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (article_id, facet, value_key)
) WITHOUT ROWID;
"#,
    // What `veille push taxii` had a TAXII collection accept, so a re-push sends only what changed:
    // per collection (its objects URL) and STIX object, the version and digest of the JSON sent.
    r#"
CREATE TABLE taxii_pushed (
    collection TEXT NOT NULL,
    object_id  TEXT NOT NULL,
    version    TEXT NOT NULL,
    digest     TEXT NOT NULL,
    pushed_at  INTEGER NOT NULL,
    PRIMARY KEY (collection, object_id)
) WITHOUT ROWID;
"#,
    // Retention keeps everything by default and a purge leaves a tombstone, so a feed still carrying
    // a purged article does not bring it back as new; the validators are cleared once, so the next
    // fetch gets every feed whole and stores the old articles an earlier default never stored.
    r#"
CREATE TABLE purged_articles (
    feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    dedup_key  TEXT NOT NULL,
    purged_at  INTEGER NOT NULL,
    PRIMARY KEY (feed_id, dedup_key)
) WITHOUT ROWID;
UPDATE feeds SET etag = NULL, last_modified = NULL;
"#,
    // Notes are searched with the text: the index gains a column, rebuilt once from the articles.
    r#"
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, note,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text, note) VALUES (new.id, new.title, new.text, new.note);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text, note)
        VALUES ('delete', old.id, old.title, old.text, old.note);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text, note ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text, note)
        VALUES ('delete', old.id, old.title, old.text, old.note);
    INSERT INTO articles_fts(rowid, title, text, note) VALUES (new.id, new.title, new.text, new.note);
END;
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
"#,
    // Since when a feed fails (its first failed attempt after a success), for the error log.
    r#"
ALTER TABLE feeds ADD COLUMN failing_since INTEGER;
UPDATE feeds SET failing_since = last_attempt WHERE last_error IS NOT NULL;
"#,
    // The reader's list sorted by title (`S`) reads its pages off this index; the feed and the read
    // flag in it spare a lookup of each row skipped on the way to a far page (or to the next unread).
    r#"
CREATE INDEX IF NOT EXISTS articles_by_title ON articles(title COLLATE NOCASE, id, feed_id, read);
"#,
    // Stories (issue 13, src/stories): an article's story and why it joined (`reason`, JSON), the
    // profile it was compared by (a compact binary record, src/stories/codec.rs: a fetch reads the
    // profiles of the recent weeks to find candidates, never the whole store), and the analyst's
    // own decisions (an article taken out, two stories merged), kept across fetches. The articles of the last two weeks stored
    // before stories existed wait in `story_backlog` for the next fetch to place them, once.
    r#"
CREATE TABLE stories (
    id          INTEGER PRIMARY KEY,
    first_seen  INTEGER NOT NULL,
    last_seen   INTEGER NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX stories_by_last_seen ON stories(last_seen, id);
CREATE TABLE story_members (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id    INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    seen        INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    score       REAL NOT NULL,
    profile     BLOB NOT NULL,
    manual      INTEGER NOT NULL DEFAULT 0,
    joined_at   INTEGER NOT NULL
);
CREATE INDEX story_members_by_story ON story_members(story_id, seen);
-- A fetch reads the members of the recent two-week spans into memory (src/stories/recent.rs).
CREATE INDEX story_members_by_seen ON story_members(seen);
-- A story left without members (its articles purged, taken out or merged away) goes, with its keys.
CREATE TRIGGER story_members_emptied_by_delete AFTER DELETE ON story_members
WHEN NOT EXISTS (SELECT 1 FROM story_members WHERE story_id = old.story_id) BEGIN
    DELETE FROM stories WHERE id = old.story_id;
END;
CREATE TRIGGER story_members_emptied_by_move AFTER UPDATE OF story_id ON story_members
WHEN NOT EXISTS (SELECT 1 FROM story_members WHERE story_id = old.story_id) BEGIN
    DELETE FROM stories WHERE id = old.story_id;
END;
CREATE TABLE story_decisions (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('take-out', 'merge')),
    article_id  INTEGER,
    story_id    INTEGER NOT NULL,
    other_story INTEGER,
    created_at  INTEGER NOT NULL
);
CREATE TABLE story_backlog (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE);
INSERT INTO story_backlog (article_id)
SELECT id FROM articles
WHERE coalesce(published, fetched_at)
    >= CAST((julianday('now') - 2440587.5 - 14) * 86400000000 AS INTEGER);
"#,
    // Every article up to `through` has its story decision (or was stored before stories existed):
    // a fetch killed after storing articles but before storing their decisions leaves those above
    // it without a story, and the next fetch places them (src/store/unplaced.rs). Set here to just
    // below the oldest article of the last two weeks that has none, so the first fetch after this
    // places what a killed fetch of an earlier veille left out, as the backlog's rule would.
    r#"
CREATE TABLE story_placed (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    through INTEGER NOT NULL
);
INSERT INTO story_placed (id, through) VALUES (1, coalesce(
    (SELECT min(a.id) - 1 FROM articles a
     WHERE coalesce(a.published, a.fetched_at)
         >= CAST((julianday('now') - 2440587.5 - 14) * 86400000000 AS INTEGER)
       AND NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)
       AND NOT EXISTS (SELECT 1 FROM story_backlog b WHERE b.article_id = a.id)),
    (SELECT max(id) FROM articles),
    0));
"#,
];

/// The database's `user_version`.
pub(super) fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |row| row.get(0))
}

/// Applies every migration above the file's version, each in its own immediate transaction.
pub(super) fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    for (index, sql) in MIGRATIONS.iter().enumerate() {
        let version = index as i64 + 1;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Re-read under the write lock: another process may have migrated since we looked.
        if user_version(&tx)? >= version {
            continue;
        }
        if version == 1 {
            tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        }
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}
