#!/usr/bin/env python3
"""Mozilla's compare-locales against the catalogs, in two ways.

1. The shipped catalogs (`locales/`): every locale against en-US must give
   0 errors, 0 warnings, 0 missing and 0 obsolete entries, so that a
   translation platform that syncs with compare-locales' rules (Pontoon)
   keeps every entry.
2. Every fixture tree under `tests/fixtures/`: each error, warning, missing
   or obsolete entry compare-locales reports must also be reported by
   `wsaerr check` (same locale, and the same message id, or a finding on
   the same line), so that wsaerr catches at least what compare-locales does.

Usage: compare_locales.py WSAERR_BINARY   (run from the repository's root)
Prints a closing line `N passed, N failed`; exit status 1 when anything failed.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

WSAERR = os.path.abspath(sys.argv[1])
ROOT = os.getcwd()
ENGLISH = "en-US"
AT = re.compile(r" at line (\d+), column \d+ for (\S+)$")
FROM_LINE = re.compile(r" from line (\d+) column \d+")
OCCURS = re.compile(r"^(\S+) occurs \d+ times")


def compare_locales(tree, reference):
    """compare-locales' findings for every locale of `tree`, as
    (locale, kind, id, line) tuples, and its summary per locale."""
    locales = sorted(
        name for name in os.listdir(tree)
        if name != ENGLISH and os.path.isdir(os.path.join(tree, name))
        and re.fullmatch(r"[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?", name)
    )
    if not locales:
        return [], {}
    with tempfile.TemporaryDirectory() as work:
        config = os.path.join(work, "l10n.toml")
        with open(config, "w", encoding="utf-8") as f:
            f.write('basepath = "."\n')
            f.write("locales = [%s]\n" % ", ".join('"%s"' % tag for tag in locales))
            f.write("[[paths]]\n")
            # Whole-folder globs, as a platform's project configuration
            # usually names a locale's files: the records of the English,
            # outside the locale folders, must not show as obsolete files.
            f.write('    reference = "%s/**"\n' % reference)
            f.write('    l10n = "%s/{locale}/**"\n' % tree)
        result = subprocess.run(
            ["compare-locales", "--json", "-", "--return-zero", config, tree],
            capture_output=True, text=True, check=True,
        )
    data = json.loads(result.stdout)
    findings = []
    summary = {}
    for project in data:
        for locale, counts in project.get("summary", {}).items():
            summary[locale] = counts
        for path, entries in project.get("details", {}).items():
            locale = path.split("/")[0]
            for entry in entries:
                for kind in ("error", "warning"):
                    if kind in entry:
                        text = entry[kind]
                        line = ident = None
                        if match := AT.search(text):
                            line, ident = int(match.group(1)), match.group(2)
                        elif match := FROM_LINE.search(text):
                            line = int(match.group(1))
                        elif match := OCCURS.search(text):
                            ident = match.group(1)
                        findings.append((locale, kind, ident, line, entry[kind]))
                for kind in ("missingEntity", "obsoleteEntity"):
                    if kind in entry:
                        findings.append((locale, kind, entry[kind], None, entry[kind]))
    return findings, summary


def wsaerr_findings(tree):
    result = subprocess.run([WSAERR, "check", "--json", "--locales", tree],
                            capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit("wsaerr check failed on %s: %s" % (tree, result.stderr))
    return json.loads(result.stdout)["findings"]


def caught(finding, ours):
    locale, kind, ident, line, _ = finding
    for found in ours:
        if found["locale"] != locale:
            continue
        if ident is not None and found.get("id") == ident:
            return True
        position = found.get("position") or {}
        if line is not None and position.get("line") == line:
            return True
    return False


def main():
    passed = failed = 0

    shipped = os.path.join(ROOT, "locales")
    findings, summary = compare_locales(shipped, os.path.join(shipped, ENGLISH))
    for locale, counts in sorted(summary.items()):
        bad = {key: counts.get(key, 0) for key in ("errors", "warnings", "missing", "obsolete")
               if counts.get(key, 0)}
        if bad:
            failed += 1
            print("FAIL shipped %s: %s" % (locale, bad))
        else:
            passed += 1
            print("ok   shipped %s: 0 errors, 0 warnings, 0 missing, 0 obsolete" % locale)
    for finding in findings:
        print("     compare-locales: %s %s" % (finding[0], finding[4]))

    fixtures = os.path.join(ROOT, "tests", "fixtures")
    for family in sorted(os.listdir(fixtures)):
        base = os.path.join(fixtures, family)
        if not os.path.isdir(base):
            continue
        for name in sorted(os.listdir(base)):
            tree = os.path.join(base, name)
            if not os.path.isdir(tree):
                continue
            own = os.path.join(tree, ENGLISH)
            reference = own if os.path.isdir(own) else os.path.join(shipped, ENGLISH)
            theirs, _ = compare_locales(tree, reference)
            if not theirs:
                continue
            ours = wsaerr_findings(tree)
            missed = [finding for finding in theirs if not caught(finding, ours)]
            label = "%s/%s" % (family, name)
            if missed:
                failed += 1
                print("FAIL %s: wsaerr check misses %d of compare-locales' %d findings"
                      % (label, len(missed), len(theirs)))
                for finding in missed:
                    print("     %s %s" % (finding[0], finding[4]))
            else:
                passed += 1
                print("ok   %s: all %d compare-locales findings caught" % (label, len(theirs)))

    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
