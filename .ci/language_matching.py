"""Holds tests/fixtures/language_matching.tsv to CLDR's language matcher.

Each row is a tag as systems and browsers send it, the locale `langcodes`
(CLDR's matcher) picks for it from the supported set, the locale wsaerr
picks (the Rust test `tests/language_matching.rs` holds wsaerr to that), and
why the two differ where they do. This script checks the `langcodes` column:
run with `--write` to print the table anew from langcodes.
"""

import sys
from pathlib import Path

import langcodes

SUPPORTED = ["ar-SA", "de-DE", "en-US", "es-ES", "fr-FR", "ja-JP", "ko-KR", "pt-BR", "ru-RU", "tr-TR", "zh-CN", "zh-TW"]
TABLE = Path(__file__).resolve().parent.parent / "tests/fixtures/language_matching.tsv"


def cldr_choice(tag: str) -> str:
    # langcodes reads BCP 47 only: a POSIX name is given as the tag it stands for.
    bcp47 = tag.split(".")[0].split("@")[0].replace("_", "-")
    if bcp47 in ("C", "POSIX"):
        return "-"
    try:
        return langcodes.closest_supported_match(bcp47, SUPPORTED) or "-"
    except langcodes.LanguageTagError:
        return "-"


def main() -> int:
    rows = [line.split("\t") for line in TABLE.read_text().splitlines()[1:] if line]
    if "--write" in sys.argv:
        print("tag\tlangcodes\twsaerr\twhy they differ")
        for tag, _, ours, why in rows:
            print(f"{tag}\t{cldr_choice(tag)}\t{ours}\t{why}")
        return 0
    wrong = [(tag, cldr, cldr_choice(tag)) for tag, cldr, _, _ in rows if cldr != cldr_choice(tag)]
    for tag, written, actual in wrong:
        print(f"{tag}: the table says langcodes picks {written}, it picks {actual}")
    print(f"{len(rows) - len(wrong)} passed, {len(wrong)} failed")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
