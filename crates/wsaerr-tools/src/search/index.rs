//! The words side of a search: every code's documents, weighed once with
//! BM25, and an inverted index from each term to the documents holding it.
//!
//! A code's documents are its title and its detail in each locale searched
//! (each a document of its own: a pasted title is a whole title), its names
//! and numbers,
//! and each wording a real system prints for it ([`super::wordings`]) in the
//! languages searched and in English. A term's weight in a document is its
//! BM25 weight:
//!
//! `idf(t) × tf × (k1 + 1) / (tf + k1 × (1 − b + b × length / average length))`,
//! `idf(t) = ln(1 + (N − n(t) + 0.5) / (n(t) + 0.5))`,
//!
//! over all documents of the index (`N` of them, `n(t)` holding `t`),
//! rounded to thousandths so that the page, which carries the weights,
//! adds up the same numbers. A text's score in a document is the sum `m` of
//! the weights there of its distinct terms, times `1 + m / total`, where
//! `total` is the sum of the weights of all the document's terms: a text
//! that holds a whole message (Go's `no such host`, Windows' sentence)
//! counts up to twice what the same words scattered would. Its words score
//! for a code is its score in the code's best document.

use std::collections::HashMap;

use wsaerr::{Catalog, Code, Language, FALLBACK_LOCALE};

use super::evidence::{Evidence, EvidenceKind};
use super::names;
use super::terms::terms_up_to;
use super::wordings::{wordings, Wording};
use super::{Hit, Query, MAX_FIELD_TOKENS};

/// The most whole terms a word being typed stands for: the text's last
/// term, when the text ends inside it and the index does not hold it, counts
/// as each ASCII term of the index it begins, if there are at most this many
/// (`refu` as `refus`; `c`, which begins hundreds, as nothing).
pub const PREFIX_EXPANSIONS: usize = 16;

/// What the page's filter carries of an index.
pub(crate) struct Weights<'i> {
    /// Each document's code, by its place in [`Code::ALL`], and total weight.
    pub documents: Vec<(usize, f64)>,
    /// Each term, sorted, with its weight in each document that holds it.
    pub terms: Vec<(&'i str, Vec<(usize, f64)>)>,
}

/// BM25's saturation of repeated terms.
pub const BM25_K1: f64 = 1.2;
/// BM25's normalization by document length.
pub const BM25_B: f64 = 0.75;

/// Where a document comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Origin {
    /// The catalog's text in the index's locale of this number.
    Catalog(usize),
    /// The code's names and numbers.
    Names,
    /// A wording, by its place in [`wordings`].
    Wording(usize),
}

/// A term's weight in one document, by the document's number.
#[derive(Clone, Copy, Debug)]
struct Posting {
    document: usize,
    weight: f64,
}

/// The words of every code in one or more locales, weighed and ready to
/// search. Build it once to search many times.
///
/// # Examples
///
/// ```
/// use wsaerr_tools::search::{Index, Query};
/// use wsaerr::{Catalog, Code};
///
/// let index = Index::new(Catalog::embedded(), Some("ko"));
/// let hits = index.search(&Query::new("연결 거부")?);
/// assert_eq!(hits[0].code(), Code::WSAECONNREFUSED);
/// assert_eq!(hits[0].locale(), "ko-KR");
/// # Ok::<(), wsaerr_tools::search::QueryError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Index<'c> {
    /// The locales searched, English first when it is among them.
    languages: Vec<Language<'c>>,
    /// Each document's code, by its place in [`Code::ALL`], and origin.
    documents: Vec<(usize, Origin)>,
    /// Each document's total weight: the sum of its terms' weights.
    totals: Vec<f64>,
    postings: HashMap<String, Vec<Posting>>,
    /// The index's ASCII terms, sorted: where a word being typed is looked up.
    ascii_terms: Vec<String>,
}

impl<'c> Index<'c> {
    /// The index of the locale `lang` negotiates to (as
    /// [`Catalog::language`] does), or of every locale for `None`.
    pub fn new(catalog: &'c Catalog, lang: Option<&str>) -> Index<'c> {
        match lang {
            Some(tag) => Index::of_language(catalog.language(tag)),
            None => {
                let mut tags: Vec<&str> = catalog.locales().collect();
                tags.sort_by_key(|&tag| (tag != FALLBACK_LOCALE, tag));
                let languages = tags.into_iter().map(|tag| catalog.language(tag)).collect();
                Index::build(languages, |_| true)
            }
        }
    }

    /// The index of one locale, with the wordings in its language and in
    /// English.
    pub fn of_language(language: Language<'c>) -> Index<'c> {
        let own = primary_language(language.tag()).to_owned();
        Index::build(vec![language], move |wording| {
            let lang = primary_language(wording.lang);
            lang == "en" || lang == own
        })
    }

    fn build(languages: Vec<Language<'c>>, wanted: impl Fn(&Wording) -> bool) -> Index<'c> {
        let mut documents: Vec<(usize, Origin, Vec<String>)> = Vec::new();
        for (place, language) in languages.iter().enumerate() {
            for (index, &code) in Code::ALL.iter().enumerate() {
                let text = language.description(code);
                for part in [text.title(), text.detail()] {
                    let terms = terms_up_to(part, MAX_FIELD_TOKENS);
                    documents.push((index, Origin::Catalog(place), terms));
                }
            }
        }
        for (index, &code) in Code::ALL.iter().enumerate() {
            let mut terms = Vec::new();
            let value = code.value();
            for name in std::iter::once(code.name())
                .chain(code.aliases().iter().copied())
                .chain(names::other_names(code))
                .map(str::to_owned)
                .chain([value.to_string(), format!("{value:#x}")])
            {
                terms.extend(terms_up_to(&name, MAX_FIELD_TOKENS));
            }
            documents.push((index, Origin::Names, terms));
        }
        for (place, wording) in wordings().iter().enumerate() {
            if wanted(wording) {
                let index = Code::ALL.binary_search(&wording.code).unwrap_or_default();
                let terms = terms_up_to(wording.text, MAX_FIELD_TOKENS);
                documents.push((index, Origin::Wording(place), terms));
            }
        }

        // How many documents hold each term, and the average length.
        let mut holding: HashMap<&str, usize> = HashMap::new();
        for (_, _, terms) in &documents {
            let mut distinct: Vec<&str> = terms.iter().map(String::as_str).collect();
            distinct.sort_unstable();
            distinct.dedup();
            for term in distinct {
                *holding.entry(term).or_default() += 1;
            }
        }
        let count = documents.len() as f64;
        let total: usize = documents.iter().map(|(_, _, terms)| terms.len()).sum();
        let average = (total as f64 / count).max(1.0);

        let mut postings: HashMap<String, Vec<Posting>> = HashMap::new();
        let mut totals = vec![0.0f64; documents.len()];
        for (document, (_, _, terms)) in documents.iter().enumerate() {
            // In the terms' order, so that a document's total is the same sum
            // in every build of the index (the page adds up this one's).
            let mut frequency: std::collections::BTreeMap<&str, usize> = Default::default();
            for term in terms {
                *frequency.entry(term).or_default() += 1;
            }
            let length = terms.len() as f64;
            for (term, tf) in frequency {
                let n = holding[term] as f64;
                let idf = (1.0 + (count - n + 0.5) / (n + 0.5)).ln();
                let tf = tf as f64;
                let norm = BM25_K1 * (1.0 - BM25_B + BM25_B * length / average);
                let weight = idf * tf * (BM25_K1 + 1.0) / (tf + norm);
                let weight = (weight * 1000.0).round() / 1000.0;
                totals[document] += weight;
                postings
                    .entry(term.to_owned())
                    .or_default()
                    .push(Posting { document, weight });
            }
        }
        let mut ascii_terms: Vec<String> = postings
            .keys()
            .filter(|term| term.is_ascii())
            .cloned()
            .collect();
        ascii_terms.sort_unstable();
        Index {
            languages,
            documents: documents
                .into_iter()
                .map(|(code, origin, _)| (code, origin))
                .collect(),
            totals,
            postings,
            ascii_terms,
        }
    }

    /// The codes the query points to, best first; each code once.
    pub fn search(&self, query: &Query) -> Vec<Hit<'c>> {
        let mut in_documents = vec![0.0f64; self.documents.len()];
        for term in query.terms.iter().chain(self.completions(query)) {
            for posting in self.postings.get(term).into_iter().flatten() {
                in_documents[posting.document] += posting.weight;
            }
        }
        // Each code's best document (the first on a tie: catalog text, in
        // the first locale searched, comes first).
        let mut best: Vec<Option<(usize, f64)>> = vec![None; Code::ALL.len()];
        for (document, &matched) in in_documents.iter().enumerate() {
            let code = self.documents[document].0;
            let score = matched * (1.0 + matched / self.totals[document]);
            if score > 0.0 && best[code].is_none_or(|(_, held)| score > held) {
                best[code] = Some((document, score));
            }
        }
        let mut evidence: Vec<Vec<Evidence>> = vec![Vec::new(); Code::ALL.len()];
        for (code, found) in &query.evidence {
            let index = Code::ALL.binary_search(code).unwrap_or_default();
            let held = &mut evidence[index];
            // The same reading of the same code counts once.
            if !held
                .iter()
                .any(|e| e.kind() == found.kind() && e.note() == found.note())
            {
                held.push(found.clone());
            }
        }

        let mut hits = Vec::new();
        for (index, &code) in Code::ALL.iter().enumerate() {
            let mut all = std::mem::take(&mut evidence[index]);
            let words = best[index].map_or(0.0, |(_, score)| score);
            let score = all.iter().map(Evidence::weight).sum::<f64>() + words;
            if score <= 0.0 {
                continue;
            }
            all.sort_by(|a, b| b.weight().total_cmp(&a.weight()));
            let origin = best[index].map(|(document, _)| self.documents[document].1);
            if let Some((document, _)) = best[index] {
                all.push(self.words_evidence(query, document));
            }
            let language = self.language_of(origin);
            let text = language.description(code);
            hits.push(Hit {
                code,
                locale: text.locale(),
                title: text.title(),
                score,
                evidence: all,
            });
        }
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(a.code.value().cmp(&b.code.value()))
        });
        hits
    }

    /// The whole terms the word being typed stands for ([`PREFIX_EXPANSIONS`]).
    fn completions<'q>(&'q self, query: &Query) -> impl Iterator<Item = &'q String> + 'q {
        let typed = query
            .partial
            .as_deref()
            .filter(|typed| typed.is_ascii() && !self.postings.contains_key(*typed));
        let range = typed.map_or(0..0, |typed| {
            let start = self
                .ascii_terms
                .partition_point(|term| term.as_str() < typed);
            let end = start
                + self.ascii_terms[start..]
                    .iter()
                    .take_while(|term| term.starts_with(typed))
                    .take(PREFIX_EXPANSIONS + 1)
                    .count();
            if end - start > PREFIX_EXPANSIONS {
                0..0
            } else {
                start..end
            }
        });
        self.ascii_terms[range].iter()
    }

    /// The locale a hit is shown in: the one whose text matched best, else
    /// the one a matching wording is written in, else the first searched.
    fn language_of(&self, origin: Option<Origin>) -> Language<'c> {
        let first = self.languages[0];
        match origin {
            Some(Origin::Catalog(place)) => self.languages[place],
            Some(Origin::Wording(place)) => {
                let lang = primary_language(wordings()[place].lang);
                self.languages
                    .iter()
                    .copied()
                    .find(|language| primary_language(language.tag()) == lang)
                    .unwrap_or(first)
            }
            _ => first,
        }
    }

    /// The words evidence of a hit: the query's strongest terms in its best
    /// document, and which document that is.
    fn words_evidence(&self, query: &Query, document: usize) -> Evidence {
        // The terms that weigh most there, in the order of the text, each as
        // the word of the text it was made from, CJK pairs that follow each
        // other joined back into the run they were cut from.
        let mut matched: Vec<(f64, usize, &str)> = query
            .terms
            .iter()
            .enumerate()
            .filter_map(|(place, term)| {
                let list = self.postings.get(term)?;
                let at = list
                    .binary_search_by_key(&document, |posting| posting.document)
                    .ok()?;
                Some((list[at].weight, place, term.as_str()))
            })
            .collect();
        matched.sort_by(|a, b| b.0.total_cmp(&a.0));
        // CJK pairs are halves of words: more of them make as many words.
        let pairs = matched
            .iter()
            .filter(|(_, _, term)| term.chars().all(super::is_cjk))
            .count();
        matched.truncate(if pairs * 2 > matched.len() { 16 } else { 6 });
        matched.sort_by_key(|(_, place, _)| *place);
        let mut words: Vec<(usize, String)> = Vec::new();
        for (_, place, term) in matched {
            let word = query.words.get(term).map_or(term, String::as_str);
            if let Some((last, run)) = words.last_mut() {
                let mut chars = word.chars();
                let first = chars.next();
                let follows = *last + 1 == place
                    && word.chars().all(super::is_cjk)
                    && run.chars().all(super::is_cjk)
                    && run.chars().last() == first;
                if follows {
                    run.extend(chars);
                    *last = place;
                    continue;
                }
            }
            words.push((place, word.to_owned()));
        }
        let words: Vec<&str> = words
            .iter()
            .take(6)
            .map(|(_, word)| word.as_str())
            .collect();
        let note = match self.documents[document].1 {
            Origin::Catalog(place) => format!("the catalog's {} text", self.languages[place].tag()),
            Origin::Names => "its names and numbers".to_owned(),
            Origin::Wording(place) => {
                let wording = &wordings()[place];
                format!(
                    "what {} prints ({}): \"{}\" ({})",
                    wording.system, wording.lang, wording.text, wording.source
                )
            }
        };
        Evidence::new(EvidenceKind::Words, words.join(" "), note)
    }

    /// Each document's code, by its place in [`Code::ALL`], and each term's
    /// weight in each document that holds it: what the page's filter
    /// carries and adds up.
    pub(crate) fn weights(&self) -> Weights<'_> {
        let documents = self
            .documents
            .iter()
            .zip(&self.totals)
            .map(|((code, _), total)| (*code, *total))
            .collect();
        let mut terms: Vec<(&str, Vec<(usize, f64)>)> = self
            .postings
            .iter()
            .map(|(term, list)| {
                let list = list
                    .iter()
                    .map(|posting| (posting.document, posting.weight))
                    .collect();
                (term.as_str(), list)
            })
            .collect();
        terms.sort_by(|a, b| a.0.cmp(b.0));
        Weights { documents, terms }
    }
}

/// The language subtag of a tag: `zh` of `zh-CN`.
fn primary_language(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::search;

    fn first(text: &str, lang: Option<&str>) -> Code {
        search(Catalog::embedded(), text, lang).unwrap()[0].code()
    }

    #[test]
    fn words_worded_otherwise_find_their_code() {
        assert_eq!(first("timeout", Some("en")), Code::WSAETIMEDOUT);
        assert_eq!(first("timeout", None), Code::WSAETIMEDOUT);
        assert_eq!(first("refused", Some("en")), Code::WSAECONNREFUSED);
        assert_eq!(
            first("No such host is known.", Some("en")),
            Code::WSAHOST_NOT_FOUND
        );
        assert_eq!(first("too many open files", None), Code::WSAEMFILE);
        assert_eq!(first("ECONNREFUSED", None), Code::WSAECONNREFUSED);
        assert_eq!(first("etimedout", None), Code::WSAETIMEDOUT);
        assert_eq!(first("EAGAIN", None), Code::WSAEWOULDBLOCK);
    }

    #[test]
    fn each_code_appears_once_across_locales() {
        let hits = search(Catalog::embedded(), "10060", None).unwrap();
        let mut codes: Vec<Code> = hits.iter().map(Hit::code).collect();
        codes.dedup();
        assert_eq!(codes.len(), hits.len());
        assert_eq!(hits[0].code(), Code::WSAETIMEDOUT);
    }

    #[test]
    fn the_field_cap_never_cuts_a_shipped_text() {
        let catalog = Catalog::embedded();
        let longest = catalog
            .locales()
            .flat_map(|tag| {
                let language = catalog.language(tag);
                Code::ALL.iter().map(move |&code| {
                    let text = language.description(code);
                    crate::search::tokens(text.title())
                        .len()
                        .max(crate::search::tokens(text.detail()).len())
                })
            })
            .max()
            .unwrap();
        assert!(
            longest * 4 < MAX_FIELD_TOKENS,
            "{longest} tokens in one shipped text"
        );
    }
}
