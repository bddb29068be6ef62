//! "Did you mean": the code name or attribute a misspelled one was meant to be.

use crate::Code;

/// The code name `id` was probably meant to be: the same name in another
/// case, an alias, or the closest name within a few typos.
pub(super) fn suggest_code(id: &str) -> Option<String> {
    if let Some(code) = Code::from_name(id) {
        return Some(code.name().to_owned());
    }
    let wanted = id.to_ascii_uppercase();
    let allowed = (wanted.chars().count() / 4).max(1);
    let (distance, code) = Code::ALL
        .iter()
        .flat_map(|code| {
            std::iter::once(code.name())
                .chain(code.aliases().iter().copied())
                .map(move |name| (name, *code))
        })
        .filter_map(|(name, code)| Some((bounded_levenshtein(&wanted, name, allowed)?, code)))
        .min_by_key(|(distance, _)| *distance)?;
    (distance <= allowed).then(|| code.name().to_owned())
}

/// The number of one-character edits that turn `a` into `b`, or `None` when
/// it is more than `limit`. The lengths alone rule most pairs out, so a
/// 10 MB `a` costs nothing against short names.
pub(super) fn bounded_levenshtein(a: &str, b: &str, limit: usize) -> Option<usize> {
    let (a_len, b_len) = (a.chars().count(), b.chars().count());
    if a_len.abs_diff(b_len) > limit {
        return None;
    }
    let distance = levenshtein(a, b);
    (distance <= limit).then_some(distance)
}

/// The number of one-character edits that turn `a` into `b`.
fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
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
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levenshtein_counts_edits() {
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(levenshtein("kitten", "sitting"), 3);
        assert_eq!(levenshtein("WSAETIMEOUT", "WSAETIMEDOUT"), 1);
        assert_eq!(levenshtein("détail", "detail"), 1);
        assert_eq!(bounded_levenshtein("détail", "detail", 2), Some(1));
        assert_eq!(bounded_levenshtein("kitten", "sitting", 2), None);
        assert_eq!(bounded_levenshtein(&"x".repeat(100_000), "detail", 2), None);
    }

    #[test]
    fn suggestions_cover_typos_case_and_aliases() {
        assert_eq!(suggest_code("WSAETIMEOUT").as_deref(), Some("WSAETIMEDOUT"));
        assert_eq!(suggest_code("wsaeintr").as_deref(), Some("WSAEINTR"));
        assert_eq!(suggest_code("WSANO_ADDRESS").as_deref(), Some("WSANO_DATA"));
        assert_eq!(suggest_code("hello-world"), None);
        assert_eq!(suggest_code(""), None);
    }
}
