//! The first description in a process costs what every later one does: the
//! built-in catalog is baked, so nothing is parsed or allocated to start it.
//! (A test binary of its own, so that no other test has touched the catalog.)

use wsaerr::{Catalog, Code, Label};

#[test]
fn the_first_describes_in_every_language_allocate_nothing() {
    let info = allocation_counter::measure(|| {
        for tag in [
            "zh-CN", "ar-SA", "de-DE", "en-US", "es-ES", "fr-FR", "ja-JP", "ko-KR", "pt-BR",
            "ru-RU", "tr-TR", "zh-TW",
        ] {
            let text = wsaerr::describe(10060, tag).unwrap();
            assert_eq!(text.locale(), tag);
            let language = Catalog::embedded().language(tag);
            for &code in Code::ALL {
                std::hint::black_box(language.description(code));
            }
            for &label in Label::ALL {
                std::hint::black_box(language.label(label));
            }
        }
    });
    assert_eq!(info.count_total, 0, "{info:?}");
}
