"""Fact checks on professional translations: false alarms and injected corruptions, vs pofilter.

    python benchmarks/fidelity.py --data ../shared/bench/translation --split dev

For every ``<split>-<xx>-en.jsonl`` file (``{<xx>: [...], en: [...]}`` sentences aligned one to
one) and both directions (xx→en, en→xx), every sentence pair is checked twice in the same run:

* by :func:`toolkit.check_fidelity` — a pair is *flagged* when a finding has severity ``error``;
* by translate-toolkit's ``pofilter`` numbers check
  (``translate.filters.checks.StandardChecker().numbers``), the long-standing baseline.

Professional translations should raise no alarm: the share of flagged pairs is the false-alarm
rate. Then each kind of corruption is injected into the target of every pair that the checker did
not flag (and where the corruption applies): one digit changed, one number dropped, a month or a
weekday name changed, a currency changed, a percentage changed; the share caught is the recall.
pofilter only checks digits, so its month/weekday/currency rows show what it cannot see.
Rates come with 95 % Wilson intervals (a bootstrap interval collapses to a point at 0 % and 100 %,
where most of these rates sit); the report ends with the run's signature (data files' SHA-256
prefix and split). Prints figures only.

    python benchmarks/fidelity.py --scaling

times :func:`toolkit.extract_facts` on 0.5, 1, 2 and 4 MB of the files' sentences (median of three
runs each) and prints seconds per MB: flat when extraction is linear (issue 15 measured the old
code at 0.7 s for 0.5 MB and 15.9 s for 4 MB).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import regex
from _report import percent, print_signature, versions, wilson
from _wmt import read_documents

from toolkit import check_fidelity, extract_facts, languages

_DIGIT = re.compile(r"\d")
# regex's \w keeps a word's combining marks (Devanagari vowel signs); re's cuts the word there.
_WORD = regex.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f]\d+)*")
_PERCENT = re.compile(r"\d+(?:[.,]\d+)?[\s\u00a0\u202f]?%")
_CURRENCY_SWAP = {"$": "€", "€": "$", "£": "€", "¥": "$", "₹": "$", "₽": "$"}


def _pairs(path: Path, language: str) -> list[tuple[str, str]]:
    pairs = []
    for document in read_documents(path):
        pairs.extend(zip(document[language], document["en"], strict=True))
    return pairs


def _other_digit(char: str, rng: random.Random) -> str:
    """Another digit of the same script ("७" → "२")."""
    zero = ord(char) - unicodedata.decimal(char)
    choices = [d for d in range(10) if d != unicodedata.decimal(char)]
    return chr(zero + rng.choice(choices))


def _change_digit(text: str, rng: random.Random, language: str) -> str | None:
    places = [m.start() for m in _DIGIT.finditer(text)]
    if not places:
        return None
    at = rng.choice(places)
    return text[:at] + _other_digit(text[at], rng) + text[at + 1 :]


def _drop_number(text: str, rng: random.Random, language: str) -> str | None:
    found = list(_NUMBER.finditer(text))
    if not found:
        return None
    match = rng.choice(found)
    return (text[: match.start()].rstrip() + " " + text[match.end() :].lstrip()).strip()


def _change_percent(text: str, rng: random.Random, language: str) -> str | None:
    found = list(_PERCENT.finditer(text))
    if not found:
        return None
    match = rng.choice(found)
    digits = [match.start() + m.start() for m in _DIGIT.finditer(match.group(0))]
    at = rng.choice(digits)
    return text[:at] + _other_digit(text[at], rng) + text[at + 1 :]


def _swap_name(names: dict[str, int], capitalized: bool) -> Callable[[str, random.Random, str], str | None]:
    """Replace a month or weekday name with another; in a language that capitalizes them (CLDR's
    own spelling), a lower-case word ("may") is a verb, not a name."""

    def corrupt(text: str, rng: random.Random, language: str) -> str | None:
        found = [
            (m, names[m.group(0).casefold()])
            for m in _WORD.finditer(text)
            if len(m.group(0)) > 2
            and m.group(0).casefold() in names
            and (m.group(0)[:1].isupper() or not capitalized)
        ]
        if not found:
            return None
        match, value = rng.choice(found)
        replacement = rng.choice(sorted(n for n, v in names.items() if v != value and len(n) > 2))
        if match.group(0)[:1].isupper():
            replacement = replacement[:1].upper() + replacement[1:]
        return text[: match.start()] + replacement + text[match.end() :]

    return corrupt


def _wide_names(language: str, months: bool) -> dict[str, int]:
    """Wide names only: abbreviations are too often plain words to corrupt meaningfully."""
    loc = languages.locale(language)
    table = loc.months if months else loc.days
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for value, name in table[context]["wide"].items():
            names[str(name).casefold()] = int(value)
    return names


def _change_currency(text: str, rng: random.Random, language: str) -> str | None:
    """The currency of an amount: a symbol or currency name with a digit at most 20 characters away."""
    places = [
        i for i, c in enumerate(text) if c in _CURRENCY_SWAP and _DIGIT.search(text, max(0, i - 20), i + 21)
    ]
    words = _currency_words(language)
    found = [
        (m.start(), m.end(), m.group(0))
        for m in _WORD.finditer(text)
        if m.group(0).casefold() in words and _DIGIT.search(text, max(0, m.start() - 20), m.end() + 20)
    ]
    options = [(i, i + 1, text[i]) for i in places] + found
    if not options:
        return None
    start, end, written = rng.choice(options)
    if written in _CURRENCY_SWAP:
        replacement = _CURRENCY_SWAP[written]
    else:
        code = words[written.casefold()]
        others = sorted(w for w, c in words.items() if c != code)
        if not others:
            return None
        replacement = rng.choice(others)
    return text[:start] + replacement + text[end:]


def _currency_words(language: str) -> dict[str, str]:
    """The nouns of the dollar, the euro and the pound in ``language``, word → code: the word of
    their CLDR names that other currencies share ("amerických dolarů": "dolarů", never the adjective
    "amerických", which a changed currency would not touch)."""
    return {w: c for w, c in languages.currency_words(language).items() if c in ("USD", "EUR", "GBP")}


def _corruptions(language: str) -> dict[str, Callable[[str, random.Random, str], str | None]]:
    capitalized = languages.month_name(language, 1)[:1].isupper()
    return {
        "digit": _change_digit,
        "dropped": _drop_number,
        "month": _swap_name(_wide_names(language, True), capitalized),
        "weekday": _swap_name(_wide_names(language, False), capitalized),
        "currency": _change_currency,
        "percent": _change_percent,
    }


def _pofilter() -> Callable[[str, str], bool]:
    from translate.filters import checks

    checker = checks.StandardChecker()

    def flagged(source: str, target: str) -> bool:
        try:
            return not checker.numbers(source, target)
        except checks.FilterFailure:
            return True

    return flagged


def _ours(source_language: str, target_language: str) -> Callable[[str, str], bool]:
    def flagged(source: str, target: str) -> bool:
        report = check_fidelity(
            source, target, source_language=source_language, target_language=target_language
        )
        return any(f.severity == "error" for f in report.findings)

    return flagged


def _cell(hits: list[bool]) -> str:
    if not hits:
        return "n/a"
    rate = percent(wilson(sum(hits), len(hits)))
    return f"{rate.value:5.1f} [{rate.low:4.1f}–{rate.high:5.1f}] n={len(hits)}"


def _row(label: str, hits: dict[str, list[bool]]) -> str:
    return f"  {label:10s} {_cell(hits['ours']):>34s}   {_cell(hits['pofilter']):>34s}"


def _directions(
    data: Path, split: str, wanted: list[str]
) -> Iterator[tuple[str, str, list[tuple[str, str]]]]:
    for language in wanted:
        path = data / f"{split}-{language}-en.jsonl"
        if not path.exists():
            print(f"skipping {language}: {path} not found", file=sys.stderr)
            continue
        pairs = _pairs(path, language)
        yield language, "en", pairs
        yield "en", language, [(en, xx) for xx, en in pairs]


def _scaling(data: Path, split: str, language: str) -> None:
    pairs = _pairs(data / f"{split}-{language}-en.jsonl", language)
    base = " ".join(source for source, _ in pairs)
    extract_facts(base[:1000], language)
    print(f"extract_facts scaling ({language}, {split} sentences repeated)")
    print(f"  {'MB':>4s} {'facts':>7s} {'seconds':>8s} {'s/MB':>6s}")
    for megabytes in (0.5, 1, 2, 4):
        size = int(megabytes * 1_000_000)
        text = (base * (size // len(base) + 1))[:size]
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            found = extract_facts(text, language)
            runs.append(time.perf_counter() - started)
        seconds = statistics.median(runs)
        print(f"  {megabytes:4.1f} {len(found):7d} {seconds:8.2f} {seconds / megabytes:6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/bench/translation"))
    parser.add_argument("--split", default="dev", help="file prefix: <split>-<xx>-en.jsonl (default: dev)")
    parser.add_argument(
        "--languages", default="fr,de,ru,cs,hi", help="comma-separated (default: fr,de,ru,cs,hi)"
    )
    parser.add_argument("--limit", type=int, default=0, help="at most this many sentence pairs per file")
    parser.add_argument(
        "--show", type=int, default=0, help="print this many flagged clean pairs per direction"
    )
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--scaling", action="store_true", help="time extract_facts on 0.5-4 MB instead")
    args = parser.parse_args()
    if args.scaling:
        language = args.languages.split(",")[0]
        _scaling(args.data, args.split, language)
        print_signature(data=args.data / f"{args.split}-{language}-en.jsonl")
        return

    pofilter = _pofilter()
    print(f"split: {args.split}; flagged = an error-level finding (ours) / a numbers failure (pofilter)")
    for source_language, target_language, pairs in _directions(
        args.data, args.split, args.languages.split(",")
    ):
        if args.limit:
            pairs = pairs[: args.limit]
        ours = _ours(source_language, target_language)
        seconds: list[float] = []
        clean: dict[str, list[bool]] = {"ours": [], "pofilter": []}
        for source, target in pairs:
            started = time.perf_counter()
            clean["ours"].append(ours(source, target))
            seconds.append(time.perf_counter() - started)
            clean["pofilter"].append(pofilter(source, target))
        pair = f"{source_language}→{target_language} ({args.split})"
        median = 1000 * statistics.median(seconds)
        print(f"\n{pair}: {len(pairs)} sentence pairs, ours {median:.2f} ms/pair (median)")
        print(f"  {'':10s} {'ours':>34s}   {'pofilter numbers':>34s}")
        print(_row("false alarm", clean))
        if args.show:
            shown = [(s, t) for (s, t), f in zip(pairs, clean["ours"], strict=True) if f][: args.show]
            for source, target in shown:
                report = check_fidelity(
                    source, target, source_language=source_language, target_language=target_language
                )
                errors = [(f.kind, f.value) for f in report.findings if f.severity == "error"]
                print(f"    ! {source}\n      {target}\n      {errors}")
        for kind, corrupt in _corruptions(target_language).items():
            caught: dict[str, list[bool]] = {"ours": [], "pofilter": []}
            for index, (source, target) in enumerate(pairs):
                changed = corrupt(target, random.Random(args.seed * 100003 + index), target_language)
                if changed is None or changed == target:
                    continue
                if not clean["ours"][index]:
                    caught["ours"].append(ours(source, changed))
                if not clean["pofilter"][index]:
                    caught["pofilter"].append(pofilter(source, changed))
            print(_row(kind, caught))
    paths = [args.data / f"{args.split}-{lang}-en.jsonl" for lang in args.languages.split(",")]
    print_signature(libraries=versions("translate-toolkit", "babel", "num2words"), limit=args.limit or None,
                    corruption_seed=args.seed, data=[p for p in paths if p.exists()])


if __name__ == "__main__":
    main()
