//! Envelopes (`{"objects": [...]}`) packed up to a size limit, so no request exceeds what the
//! server accepts (its `max_content_length`).

const PREFIX: &[u8] = b"{\"objects\":[";
const SUFFIX: &[u8] = b"]}";

/// One request body and which objects it carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Envelope {
    /// The JSON body.
    pub(super) body: Vec<u8>,
    /// Indexes of its objects in the list given to [`pack`].
    pub(super) objects: Vec<usize>,
}

/// What [`pack`] made of a list of objects.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Packed {
    /// The envelopes, objects in their original order.
    pub(super) envelopes: Vec<Envelope>,
    /// Objects that alone make an envelope larger than `limit`: they cannot be sent.
    pub(super) too_large: Vec<usize>,
}

/// Packs serialized objects, in order, into as few envelopes of at most `limit` bytes as a
/// single pass allows (a new envelope starts when the next object would not fit).
pub(super) fn pack(objects: &[Vec<u8>], limit: usize) -> Packed {
    let mut packed = Packed::default();
    let mut current: Option<Envelope> = None;
    for (index, object) in objects.iter().enumerate() {
        if PREFIX.len() + object.len() + SUFFIX.len() > limit {
            packed.too_large.push(index);
            continue;
        }
        // The open envelope plus a comma, this object and the closing brackets.
        let fits = current
            .as_ref()
            .is_some_and(|e| e.body.len() + 1 + object.len() + SUFFIX.len() <= limit);
        if !fits && let Some(full) = current.take() {
            packed.envelopes.push(close(full));
        }
        let envelope = current.get_or_insert_with(|| Envelope {
            body: PREFIX.to_vec(),
            objects: Vec::new(),
        });
        if !envelope.objects.is_empty() {
            envelope.body.push(b',');
        }
        envelope.body.extend_from_slice(object);
        envelope.objects.push(index);
    }
    if let Some(last) = current {
        packed.envelopes.push(close(last));
    }
    packed
}

fn close(mut envelope: Envelope) -> Envelope {
    envelope.body.extend_from_slice(SUFFIX);
    envelope
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn objects(sizes: &[usize]) -> Vec<Vec<u8>> {
        sizes
            .iter()
            .enumerate()
            .map(|(i, &size)| {
                // {"id":"x--N","p":"aaa…"} padded to `size` bytes.
                let bare = serde_json::to_vec(&json!({"id": format!("x--{i}"), "p": ""})).unwrap();
                let pad = "a".repeat(size - bare.len());
                serde_json::to_vec(&json!({"id": format!("x--{i}"), "p": pad})).unwrap()
            })
            .collect()
    }

    fn ids(envelope: &Envelope) -> Vec<String> {
        let parsed: Value = serde_json::from_slice(&envelope.body).unwrap();
        parsed["objects"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["id"].as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn envelopes_are_valid_json_never_over_the_limit_and_keep_the_order() {
        let list = objects(&[100, 100, 100, 60, 30, 30]);
        let limit = PREFIX.len() + 100 + 1 + 100 + SUFFIX.len(); // exactly two 100-byte objects
        let packed = pack(&list, limit);
        assert!(packed.too_large.is_empty());
        let all: Vec<String> = packed.envelopes.iter().flat_map(ids).collect();
        assert_eq!(all, ["x--0", "x--1", "x--2", "x--3", "x--4", "x--5"]);
        assert!(packed.envelopes.iter().all(|e| e.body.len() <= limit));
        let split: Vec<&[usize]> = packed.envelopes.iter().map(|e| &e.objects[..]).collect();
        assert_eq!(split, [&[0, 1][..], &[2, 3, 4], &[5]]);
        assert_eq!(
            packed.envelopes[0].body.len(),
            limit,
            "a full envelope is exactly the limit"
        );
    }

    #[test]
    fn an_object_larger_than_the_limit_is_set_aside_and_the_rest_goes() {
        let list = objects(&[100, 300, 100]);
        let packed = pack(&list, 250);
        assert_eq!(packed.too_large, [1]);
        assert_eq!(packed.envelopes.len(), 1);
        assert_eq!(ids(&packed.envelopes[0]), ["x--0", "x--2"]);
    }

    #[test]
    fn everything_fits_in_one_envelope_when_the_limit_allows_and_none_is_empty() {
        let list = objects(&[50, 60, 70]);
        assert_eq!(pack(&list, 10_000).envelopes.len(), 1);
        assert_eq!(pack(&[], 10_000), Packed::default());
        let one_each = pack(&list, PREFIX.len() + 70 + SUFFIX.len());
        assert_eq!(one_each.envelopes.len(), 3);
        assert!(one_each.envelopes.iter().all(|e| !e.objects.is_empty()));
    }
}
