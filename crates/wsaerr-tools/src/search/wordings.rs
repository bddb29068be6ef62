//! What other systems print for socket errors: Windows' own messages in
//! several languages, glibc's `strerror`, and the phrases of curl, Java,
//! Go, Node, OpenSSH and Python. They are facts about those systems, kept
//! apart from the catalog's own (original) text in `wordings/*.tsv`, each
//! row with the public source it was read in, and used for matching only:
//! never shown as a code's text.

use std::sync::OnceLock;

use wsaerr::Code;

/// One wording: what `system` prints for `code`, in `lang`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wording {
    /// The code the wording means.
    pub code: Code,
    /// Who prints it: `windows`, `glibc`, `curl`, `java`, `go`, `node`,
    /// `openssh` or `python`.
    pub system: &'static str,
    /// Its language, as a BCP 47 tag (`en`, `ja`, `zh-CN` …).
    pub lang: &'static str,
    /// The text, exactly as printed.
    pub text: &'static str,
    /// Where it was read: a URL or `owner/repo:path`.
    pub source: &'static str,
}

/// The files, one per system.
const FILES: [(&str, &str); 8] = [
    ("windows", include_str!("../../wordings/windows.tsv")),
    ("glibc", include_str!("../../wordings/glibc.tsv")),
    ("curl", include_str!("../../wordings/curl.tsv")),
    ("java", include_str!("../../wordings/java.tsv")),
    ("go", include_str!("../../wordings/go.tsv")),
    ("node", include_str!("../../wordings/node.tsv")),
    ("openssh", include_str!("../../wordings/openssh.tsv")),
    ("python", include_str!("../../wordings/python.tsv")),
];

/// Every wording of every system, read once.
pub fn wordings() -> &'static [Wording] {
    static ALL: OnceLock<Vec<Wording>> = OnceLock::new();
    ALL.get_or_init(|| {
        FILES
            .iter()
            .flat_map(|(system, text)| parse(system, text))
            .collect()
    })
}

/// The rows of one file: `NAME<TAB>lang<TAB>text<TAB>source`, `#` lines
/// are comments. A row that does not read as one is left out here and
/// failed by a test.
fn parse(system: &'static str, text: &'static str) -> impl Iterator<Item = Wording> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(move |line| {
            let mut cells = line.split('\t');
            let (name, lang, text, source) =
                (cells.next()?, cells.next()?, cells.next()?, cells.next()?);
            if cells.next().is_some() || text.is_empty() || source.is_empty() {
                return None;
            }
            Some(Wording {
                code: Code::from_name(name)?,
                system,
                lang,
                text,
                source,
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_reads_as_a_wording_with_its_source() {
        for (system, text) in FILES {
            for line in text.lines() {
                if line.starts_with('#') || line.trim().is_empty() {
                    continue;
                }
                let cells: Vec<&str> = line.split('\t').collect();
                assert_eq!(cells.len(), 4, "{system}: {line}");
                assert!(Code::from_name(cells[0]).is_some(), "{system}: {line}");
                let tag: Result<unic_langid::LanguageIdentifier, _> = cells[1].parse();
                assert!(tag.is_ok(), "{system}: {line}");
                assert_eq!(cells[2], cells[2].trim(), "{system}: {line}");
                assert!(
                    !cells[2].is_empty() && !cells[3].is_empty(),
                    "{system}: {line}"
                );
            }
        }
        let windows_english = wordings()
            .iter()
            .filter(|wording| wording.system == "windows" && wording.lang == "en")
            .count();
        assert!(windows_english >= Code::ALL.len(), "{windows_english}");
    }
}
