//! A detail under its title: indented, and on a terminal wrapped to its
//! width, measured in the columns characters take (two for a CJK or Hangul
//! character), with lines broken where the language allows (UAX #14, so a
//! Japanese line never starts with `。`); Korean, which spaces its words,
//! only between words, as the exported page keeps them (`keep-all`). Into
//! a pipe or a file, each part stays one line, for `grep` and scripts.

use std::borrow::Cow;

/// How a detail's lines begin.
const INDENT: &str = "    ";

/// The lines of `detail`, text of the locale `tag`, as shown under its
/// title: one line, indented, or for `width` columns (a terminal's) as many
/// as it takes.
pub(crate) fn detail_lines<'a>(
    detail: &'a str,
    tag: &str,
    width: Option<usize>,
) -> Vec<Cow<'a, str>> {
    let Some(width) = width else {
        return vec![Cow::Owned(format!("{INDENT}{detail}"))];
    };
    let mut options = textwrap::Options::new(width)
        .initial_indent(INDENT)
        .subsequent_indent(INDENT);
    if tag == "ko" || tag.starts_with("ko-") {
        options = options.word_separator(textwrap::WordSeparator::AsciiSpace);
    }
    textwrap::wrap(detail, options)
}

/// The width to wrap to: the terminal's, when stdout is one.
pub(crate) fn terminal_width() -> Option<usize> {
    use std::io::IsTerminal;

    std::io::stdout().is_terminal().then(textwrap::termwidth)
}

#[cfg(test)]
mod tests {
    use super::*;
    use textwrap::core::display_width;
    use wsaerr::{Catalog, Code};

    fn wrapped(tag: &str) -> Vec<String> {
        let detail = Catalog::embedded()
            .language(tag)
            .description(Code::WSAETIMEDOUT)
            .detail();
        let lines: Vec<String> = detail_lines(detail, tag, Some(40))
            .into_iter()
            .map(Cow::into_owned)
            .collect();
        for line in &lines {
            assert!(display_width(line) <= 40, "{tag}: {line}");
            assert!(line.starts_with(INDENT), "{tag}: {line}");
        }
        // Nothing lost, nothing added but the breaks and the indents.
        let joined: String = lines.iter().map(|line| line.trim_start()).collect();
        let unbroken: String = detail.split_whitespace().collect();
        assert_eq!(joined.replace(' ', ""), unbroken, "{tag}");
        lines
    }

    #[test]
    fn an_english_detail_wraps_at_spaces() {
        assert_eq!(
            wrapped("en-US"),
            [
                "    The other side did not answer in",
                "    time, either while the connection",
                "    was being set up or on an",
                "    established connection. The remote",
                "    host may be offline or overloaded,",
                "    or a firewall may be silently",
                "    dropping the traffic; check the",
                "    address, port and firewall settings.",
            ]
        );
    }

    #[test]
    fn a_japanese_detail_wraps_by_display_width() {
        // Eighteen characters of two columns each after the indent: 40.
        assert_eq!(
            wrapped("ja-JP"),
            [
                "    接続の確立中、または確立済みの接続",
                "    で、相手側が時間内に応答しませんでし",
                "    た。リモートホストがオフラインか過負",
                "    荷の状態にあるか、ファイアウォールが",
                "    通信を通知なしに破棄している可能性が",
                "    あります。アドレス、ポート、ファイア",
                "    ウォールの設定を確認してください。",
            ]
        );
    }

    #[test]
    fn a_korean_detail_wraps_at_spaces_by_display_width() {
        // Words kept whole: no line ends inside one (`않/았습니다`).
        assert_eq!(
            wrapped("ko-KR"),
            [
                "    연결을 설정하는 동안이나 이미 설정된",
                "    연결에서 피어가 제시간에 응답하지",
                "    않았습니다. 원격 호스트가 오프라인",
                "    상태이거나 과부하 상태일 수 있고,",
                "    방화벽이 알림 없이 트래픽을 삭제하고",
                "    있을 수도 있습니다. 주소, 포트,",
                "    방화벽 설정을 확인하십시오.",
            ]
        );
    }

    #[test]
    fn an_arabic_detail_wraps_at_spaces() {
        assert_eq!(
            wrapped("ar-SA"),
            [
                "    لم يستجب الطرف الآخر في الوقت",
                "    المحدد، سواء أثناء إعداد الاتصال أو",
                "    على اتصال قائم. فربما يكون المضيف",
                "    البعيد غير متصل بالشبكة أو محمل\u{64b}ا",
                "    فوق طاقته، أو ربما يتجاهل جدار",
                "    حماية حركة المرور دون أي إشعار؛",
                "    تحقق من العنوان والمنفذ وإعدادات",
                "    جدار الحماية.",
            ]
        );
    }

    #[test]
    fn without_a_width_a_detail_is_one_line() {
        assert_eq!(detail_lines("a b", "en-US", None), ["    a b"]);
    }
}
