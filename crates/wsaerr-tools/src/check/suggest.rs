//! "Did you mean" for message ids and attributes, with the rules the command
//! line uses for code names.

use wsaerr::Code;

/// The code name `id` was probably meant to be: the same name in another
/// case, an alias or errno spelling, or the closest name within a few typos.
pub(super) fn suggest_code(id: &str) -> Option<String> {
    Code::from_name(id)
        .or_else(|| crate::suggest::closest_code(id))
        .map(|code| code.name().to_owned())
}

/// Whether `name` is within `max` edits of `target`.
pub(super) fn is_close(name: &str, target: &str, max: usize) -> bool {
    crate::suggest::levenshtein(name, target, max).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_cover_typos_case_and_aliases() {
        assert_eq!(suggest_code("WSAETIMEOUT").as_deref(), Some("WSAETIMEDOUT"));
        assert_eq!(suggest_code("wsaeintr").as_deref(), Some("WSAEINTR"));
        assert_eq!(suggest_code("WSANO_ADDRESS").as_deref(), Some("WSANO_DATA"));
        assert_eq!(suggest_code("hello-world"), None);
        assert_eq!(suggest_code(""), None);
        assert_eq!(suggest_code(&"W".repeat(10_000_000)), None);
    }
}
