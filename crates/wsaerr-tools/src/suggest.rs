//! "Did you mean": the known word closest to a mistyped one.

use wsaerr::Code;

/// The number of one-character edits that turn `a` into `b`, or `None` when
/// it is more than `max`.
///
/// Two strings whose lengths differ by more than `max` are told apart from
/// their lengths alone, so a huge input against short candidates costs one
/// pass over it, not a quadratic table.
pub fn levenshtein(a: &str, b: &str, max: usize) -> Option<usize> {
    let b: Vec<char> = b.chars().collect();
    // Counting `a` stops once it is too long to be within `max` of `b`.
    let a_len = a.chars().take(b.len() + max + 1).count();
    if a_len.abs_diff(b.len()) > max {
        return None;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, a) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, b) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(a != *b);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    let distance = previous[b.len()];
    (distance <= max).then_some(distance)
}

/// The candidate closest to `name` (ignoring ASCII case) within
/// `max_distance` edits; the first one listed among equally close ones.
pub fn closest<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    max_distance: usize,
) -> Option<&'a str> {
    let wanted = name.to_ascii_uppercase();
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in candidates {
        // Only a strictly closer candidate can replace the one found.
        let limit = match best {
            None => max_distance,
            Some((0, _)) => break,
            Some((found, _)) => found - 1,
        };
        if let Some(distance) = levenshtein(&wanted, &candidate.to_ascii_uppercase(), limit) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// How many edits a suggestion for a word of this length may be away: one
/// per four characters, at least one.
pub fn allowed_distance(name: &str) -> usize {
    (name.chars().take(64).count() / 4).max(1)
}

/// The code whose name, alias or errno spelling is closest to a mistyped
/// one (`WSAETIMEOUT` → `WSAETIMEDOUT`), for a "did you mean".
pub fn closest_code(text: &str) -> Option<Code> {
    let spellings = || {
        Code::ALL.iter().flat_map(|&code| {
            std::iter::once(code.name())
                .chain(code.aliases().iter().copied())
                .chain(code.errno_names())
                .map(move |name| (name, code))
        })
    };
    let found = closest(
        text,
        spellings().map(|(name, _)| name),
        allowed_distance(text),
    )?;
    spellings()
        .find(|(name, _)| *name == found)
        .map(|(_, code)| code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levenshtein_counts_edits_up_to_a_limit() {
        assert_eq!(levenshtein("", "abc", 3), Some(3));
        assert_eq!(levenshtein("", "abc", 2), None);
        assert_eq!(levenshtein("kitten", "sitting", 3), Some(3));
        assert_eq!(levenshtein("kitten", "sitting", 2), None);
        assert_eq!(levenshtein("WSAETIMEOUT", "WSAETIMEDOUT", 2), Some(1));
        assert_eq!(levenshtein("détail", "detail", 1), Some(1));
        assert_eq!(levenshtein("same", "same", 0), Some(0));
    }

    #[test]
    fn a_huge_input_is_rejected_by_its_length() {
        let huge = "x".repeat(10 << 20);
        assert_eq!(levenshtein(&huge, "list", 2), None);
        assert_eq!(closest(&huge, ["list", "check"], 2), None);
    }

    #[test]
    fn closest_ignores_case_and_prefers_the_nearest() {
        let words = ["list", "check", "new-locale"];
        assert_eq!(closest("lst", words, 1), Some("list"));
        assert_eq!(closest("LIST", words, 1), Some("list"));
        assert_eq!(closest("chekc", words, 2), Some("check"));
        assert_eq!(closest("newlocale", words, 2), Some("new-locale"));
        assert_eq!(closest("zzzz", words, 1), None);
        assert_eq!(closest("", words, 1), None);
        assert_eq!(closest("lisk", ["lisp", "list"], 1), Some("lisp"));
    }

    #[test]
    fn allowed_distance_grows_with_the_word() {
        assert_eq!(allowed_distance(""), 1);
        assert_eq!(allowed_distance("lst"), 1);
        assert_eq!(allowed_distance("WSAETIMEOUT"), 2);
        assert_eq!(allowed_distance(&"x".repeat(1 << 20)), 16);
    }
}
