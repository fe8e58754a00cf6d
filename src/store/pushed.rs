//! What TAXII collections accepted from `veille push taxii`, so a re-push sends only what changed.
use super::time::now_db;
use super::{Store, StoreError};
use rusqlite::{TransactionBehavior, params};
use std::collections::HashMap;

/// A STIX object as a collection accepted it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushedObject {
    /// Its STIX id (`report--…`).
    pub object_id: String,
    /// Its STIX version: `modified`, else `created`.
    pub version: String,
    /// SHA-256 of the JSON sent, in hex: a changed object differs even if its version does not.
    pub digest: String,
}

impl Store {
    /// What `collection` (its objects URL) accepted before, by object id: the version and digest
    /// of the last accepted copy.
    pub fn taxii_pushed(
        &self,
        collection: &str,
    ) -> Result<HashMap<String, (String, String)>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT object_id, version, digest FROM taxii_pushed WHERE collection = ?1",
        )?;
        let rows = statement.query_map([collection], |row| {
            Ok((row.get(0)?, (row.get(1)?, row.get(2)?)))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records objects `collection` accepted, replacing what it accepted of them before; committed
    /// when this returns.
    pub fn record_taxii_pushed(
        &mut self,
        collection: &str,
        objects: &[PushedObject],
    ) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        {
            let mut upsert = tx.prepare_cached(
                "INSERT INTO taxii_pushed (collection, object_id, version, digest, pushed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (collection, object_id) DO UPDATE
                 SET version = excluded.version, digest = excluded.digest,
                     pushed_at = excluded.pushed_at",
            )?;
            let now = now_db();
            for o in objects {
                upsert.execute(params![collection, o.object_id, o.version, o.digest, now])?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(id: &str, version: &str, digest: &str) -> PushedObject {
        PushedObject {
            object_id: id.into(),
            version: version.into(),
            digest: digest.into(),
        }
    }

    #[test]
    fn a_later_accept_replaces_the_record_and_collections_stay_apart() {
        let mut store = Store::open_in_memory().unwrap();
        let a = "https://taxii.example/api1/collections/a/objects/";
        let b = "https://taxii.example/api1/collections/b/objects/";
        store
            .record_taxii_pushed(a, &[object("report--1", "v1", "d1")])
            .unwrap();
        store
            .record_taxii_pushed(a, &[object("report--1", "v2", "d2")])
            .unwrap();
        let pushed = store.taxii_pushed(a).unwrap();
        assert_eq!(pushed.len(), 1);
        assert_eq!(pushed["report--1"], ("v2".to_owned(), "d2".to_owned()));
        assert!(store.taxii_pushed(b).unwrap().is_empty());
    }
}
