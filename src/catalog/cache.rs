//! Remembering which locale a negotiated tag chose: per thread without a
//! lock, and shared by all threads behind that, bounded either way.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::{PoisonError, RwLock};

/// Negotiated choices by the tag as given, shared by all threads. Bounded: a
/// flood of distinct tags (from a hostile peer, say) empties it rather than
/// growing it, and tags longer than [`TagCache::MAX_TAG_LEN`] are negotiated
/// every time rather than kept. The default (SipHash) hasher stays: the keys
/// come from outside, and this cache is only reached when a thread's
/// [`RecentTags`] miss.
#[derive(Default)]
pub(super) struct TagCache {
    /// Made on the first insert: a catalog only ever asked for exact tags
    /// never seeds a hasher (a system call the first time in a process).
    choices: RwLock<Option<HashMap<Box<str>, usize>>>,
}

impl TagCache {
    const CAPACITY: usize = 256;
    /// Far longer than any real `Accept-Language` header.
    const MAX_TAG_LEN: usize = 1024;

    pub(super) fn get(&self, tag: &str) -> Option<usize> {
        let choices = self.choices.read().unwrap_or_else(PoisonError::into_inner);
        choices.as_ref()?.get(tag).copied()
    }

    pub(super) fn insert(&self, tag: &str, locale: usize) {
        if tag.len() > Self::MAX_TAG_LEN {
            return;
        }
        let mut choices = self.choices.write().unwrap_or_else(PoisonError::into_inner);
        let choices = choices.get_or_insert_with(HashMap::new);
        if choices.len() >= Self::CAPACITY {
            choices.clear();
        }
        choices.insert(tag.into(), locale);
    }
}

/// The last few negotiated tags this thread looked up, with their choice: a
/// UI thread that asks in the same language over and over takes no lock and
/// touches no shared memory. Fixed-size copies (tags up to [`RECENT_TAG_LEN`]
/// bytes), so it never allocates; the oldest entry makes room.
pub(super) struct RecentTags {
    slots: [Cell<Recent>; RecentTags::SLOTS],
    next: Cell<usize>,
}

const RECENT_TAG_LEN: usize = 22;

#[derive(Clone, Copy)]
struct Recent {
    /// [`Catalog::id`]; 0 for an empty slot.
    catalog: u64,
    len: u8,
    tag: [u8; RECENT_TAG_LEN],
    locale: u16,
}

thread_local! {
    static RECENT: RecentTags = const { RecentTags::new() };
}

impl RecentTags {
    const SLOTS: usize = 4;

    const fn new() -> RecentTags {
        const EMPTY: Recent = Recent {
            catalog: 0,
            len: 0,
            tag: [0; RECENT_TAG_LEN],
            locale: 0,
        };
        RecentTags {
            slots: [const { Cell::new(EMPTY) }; RecentTags::SLOTS],
            next: Cell::new(0),
        }
    }

    pub(super) fn get(catalog: u64, tag: &str) -> Option<usize> {
        let bytes = tag.as_bytes();
        // `try_with`: while the thread is being torn down there is no memory.
        RECENT
            .try_with(|recent| {
                recent.slots.iter().find_map(|slot| {
                    let slot = slot.get();
                    let same = usize::from(slot.len) == bytes.len()
                        && slot.catalog == catalog
                        && slot.tag.get(..bytes.len()) == Some(bytes);
                    same.then_some(usize::from(slot.locale))
                })
            })
            .ok()
            .flatten()
    }

    pub(super) fn put(catalog: u64, tag: &str, locale: usize) {
        let bytes = tag.as_bytes();
        let (Ok(len), Ok(locale)) = (u8::try_from(bytes.len()), u16::try_from(locale)) else {
            return;
        };
        let mut entry = Recent {
            catalog,
            len,
            tag: [0; RECENT_TAG_LEN],
            locale,
        };
        let Some(prefix) = entry.tag.get_mut(..bytes.len()) else {
            return;
        };
        prefix.copy_from_slice(bytes);
        let _ = RECENT.try_with(|recent| {
            let next = recent.next.get() % RecentTags::SLOTS;
            recent.slots[next].set(entry);
            recent.next.set((next + 1) % RecentTags::SLOTS);
        });
    }
}
