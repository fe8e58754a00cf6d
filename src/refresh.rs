//! One refresh run: fetch every subscription concurrently, parse, normalise and store each feed.
