"""Enforcement: put a glossary's renderings into an engine's output without harming it (translate →
verify → repair only what lacks a rendering), reporting every term.

:func:`enforcement` is the enforcement of one document as a generator that yields its engine
requests (lists of segments) and is sent their outputs, so that a caller can put the requests of
many documents into shared engine batches (:mod:`toolkit.translation.lockstep`); :func:`enforce`
runs it with an engine call."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

from ..engines.base import consonant_code, strip_opening_marks
from ..errors import EngineError
from ..languages import fit_article, french_elides, unelide
from .matching import fold
from .model import Entry, Glossary, Match
from .report import GlossaryReport, Status, TermReport

EngineCall = Callable[[list[str]], list[str]]
T = TypeVar("T")
#: Work that needs the engine: yields requests (lists of segments), is sent their outputs, returns T.
Asks = Generator[list[str], list[str], T]
#: The enforcement of one document: returns one output per segment and the report.
Steps = Asks[tuple[list[str], GlossaryReport]]


def _ask(segments: list[str]) -> Asks[list[str]]:
    """One engine request (none for no segments); its outputs, checked."""
    if not segments:
        return []
    outputs = list((yield segments))
    if len(outputs) != len(segments):
        raise EngineError(
            f"the engine returned {len(outputs)} outputs for {len(segments)} segments; report this bug"
        )
    return outputs


def enforce(
    glossary: Glossary | None,
    segments: Sequence[str],
    engine_call: EngineCall,
    *,
    source: str,
    target: str,
    copies_unknown_tokens: bool = False,
) -> tuple[list[str], GlossaryReport]:
    """Translate ``segments`` with ``engine_call`` so that the glossary's renderings are in the output,
    doing no harm: a segment whose terms the engine already renders the house way comes back exactly
    as the engine wrote it; only segments that lack a rendering are repaired.

    ``copies_unknown_tokens`` is the engine's capability (:mod:`toolkit.engines.base`): it picks how a
    term is protected when a segment has to be translated again. With no glossary (or no entry for
    the pair) the engine is called once and the report is empty.
    """
    steps = enforcement(
        glossary, segments, source=source, target=target, copies_unknown_tokens=copies_unknown_tokens
    )
    try:
        request = next(steps)
        while True:
            request = steps.send(list(engine_call(request)))
    except StopIteration as done:
        return done.value


def enforcement(
    glossary: Glossary | None,
    segments: Sequence[str],
    *,
    source: str,
    target: str,
    copies_unknown_tokens: bool = False,
) -> Steps:
    """:func:`enforce` as a generator: yields each engine request (a list of segments), is sent the
    outputs (one per segment, in order), and returns what :func:`enforce` returns."""
    segments = list(segments)
    pair = glossary.for_pair(source, target) if glossary is not None else None
    if glossary is None or pair is None or not pair.entries:
        outputs = yield from _ask(segments)
        return outputs, GlossaryReport(glossary_version=glossary.version if glossary else None)
    enforcer = _Enforcer(pair, segments, copies_unknown_tokens, glossary.version, source, target)
    return (yield from enforcer.run())


# How a missing term is put back, once the engine's own translation lacks it:
# - "replacement": what the engine made of the term (probed by translating the term alone), or the
#   untranslated source form, is replaced by the house rendering; the rest of the sentence stays
#   as the engine wrote it.
# - "placeholder" (engines that copy unknown tokens): the term is sent as a token no language has and
#   restored afterwards. Substituting the rendering is no good there: Apertium (fr→es→en) reads a
#   substituted "UN" as "un" (→ "ONE"), "EU" as "eu" (→ "HAD"), "NATO" as Spanish "nato" (→ "BORN").
# - "substitution" (neural engines, which may drop or re-spell a placeholder): the house rendering is
#   written into the source, which decoders mostly copy.
# - "split": the text between terms is translated in pieces, the renderings put in between.
# A placeholder hides what the term is, so the engine's grammar around it can go wrong: "la Syrie"
# → "the Zxbq" → "the Syria" where the engine itself writes "Syria", "à Montréal" → "to" where it
# writes "in", a capital after a sentence-initial unknown ("Kyiv Has"). Each term's left context is
# therefore translated twice, with the term and with its protected form, and the words in which
# the two differ are put back the engine's way (:meth:`_Enforcer._fit`).
Strategy = Literal["placeholder", "substitution", "split"]

# The left context of a term probed for grammar: up to two words (an elided one counts), within
# the clause.
_LEFT_CONTEXT = re.compile(r"(?:[^\W\d_]+['’]?\s*){1,2}$")
_NOTHING_BEFORE = re.compile(r"^\W*$")
_NEXT_WORD = re.compile(r"^(\s+)([^\W\d_])([^\W\d_]+)")


def _placeholder(index: int) -> str:
    return f"Zx{consonant_code(index)}q"


def _placeholder_pattern(token: str) -> re.Pattern[str]:
    # Decoders may split a token into pieces ("Zx bq") or pluralize it; case may change.
    body = r"[\s_]*".join(re.escape(c) for c in token)
    return re.compile(rf"(?<!\w){body}s?(?!\w)", re.IGNORECASE)


def _literally(text: str) -> Callable[[re.Match[str]], str]:
    """A ``re.sub`` replacement that inserts ``text`` as it is (backslashes included)."""
    return lambda _match: text


def _find_literal(text: str, literal: str) -> list[tuple[int, int]]:
    """Word-bounded, case- and accent-insensitive occurrences of ``literal`` in ``text``."""
    needle = fold(literal).strip()
    if not needle:
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(fold(text))]


def _tidy(text: str) -> str:
    """Spacing after pieces were joined: no doubled spaces, none before closing punctuation."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r" ([,.;:!?)\]»”])", r"\1", text)
    return re.sub(r"([(\[«“]) ", r"\1", text).strip()


def _words(text: str) -> list[str]:
    """The words of an engine output, unknown-word marks left out (see toolkit.engines.base)."""
    from ..engines.base import unmark

    return [fold(w) for w in unmark(text)[0].split()]


def _grammar_fix(with_term: str, term: str, protected: str, rendering: str) -> tuple[str, str] | None:
    """How the engine's words before a term differ from those before its protected form.

    ``with_term`` is the context + term translated, ending with ``term`` (the term translated
    alone); ``protected`` is the context + protected term translated and restored, ending with
    ``rendering``. Returns (words to find, words to put instead), or None when nothing differs or
    the outputs do not line up.
    """
    ours, alone = _words(with_term), _words(term)
    theirs, house = _words(protected), _words(rendering)
    if not alone or not house or ours[-len(alone) :] != alone or theirs[-len(house) :] != house:
        return None
    ours, theirs = ours[: -len(alone)], theirs[: -len(house)]
    common = 0
    while common < min(len(ours), len(theirs)) and ours[common] == theirs[common]:
        common += 1
    wrong, right = " ".join(theirs[common:]), " ".join(ours[common:])
    if not wrong or wrong == right or not all(c.isalpha() or c == " " for c in wrong + right):
        return None
    return wrong, right


@dataclass(frozen=True)
class _Attempt:
    """One way of translating one segment: its output and, per entry, how many renderings it carries."""

    output: str
    present: dict[Entry, int]
    how: str

    def score(self) -> int:
        return sum(self.present.values())


class _Enforcer:
    """translate → verify → repair the segments that lack a rendering, for one document."""

    def __init__(
        self,
        glossary: Glossary,
        segments: list[str],
        copies_unknown_tokens: bool,
        version: str,
        source: str,
        target: str,
    ) -> None:
        self.glossary = glossary
        self.segments = segments
        self.protection: Strategy = "placeholder" if copies_unknown_tokens else "substitution"
        self.version = version
        self.french = source == "fr"
        self.target = target
        self.matches = [glossary.find(segment) for segment in segments]
        # What the engine makes of a short text (a bare term, a term in its context), probed once.
        self.renderings: dict[str, str] = {}
        self.needed = [Counter(m.entry for m in matches) for matches in self.matches]

    def _probe(self, texts: Iterable[str]) -> Asks[None]:
        """Translate, in one request, the texts the engine has not been asked about yet."""
        missing = [t for t in dict.fromkeys(texts) if t not in self.renderings]
        self.renderings.update(zip(missing, (yield from _ask(missing)), strict=True))

    def _short(self, attempts: Mapping[int, _Attempt]) -> list[int]:
        return [i for i, a in attempts.items() if a.score() < sum(self.needed[i].values())]

    # -- protection ----------------------------------------------------------------------------

    def _stand_ins(self, index: int, strategy: Strategy) -> list[str]:
        """What stands for each term of a segment in the text sent to the engine."""
        segment = self.segments[index]
        stand_ins = []
        number = 0
        for match in self.matches[index]:
            if strategy != "placeholder":
                stand_ins.append(match.rendering)
                continue
            while True:
                # A token the copy already contains would be "restored" in the wrong place.
                token = _placeholder(number)
                number += 1
                if _placeholder_pattern(token).search(segment) is None:
                    stand_ins.append(token)
                    break
        return stand_ins

    def _protect(self, index: int, strategy: Strategy) -> tuple[str, list[tuple[re.Pattern[str], str]]]:
        """The text sent to the engine, and how to restore placeholders in its output."""
        segment = self.segments[index]
        pieces: list[str] = []
        restore: list[tuple[re.Pattern[str], str]] = []
        cursor = 0
        for match, stand_in in zip(self.matches[index], self._stand_ins(index, strategy), strict=True):
            before = segment[cursor : match.start]
            if strategy == "placeholder":
                restore.append((_placeholder_pattern(stand_in), match.rendering))
            # "l'Observatoire" → "le Syrian Observatory"; a placeholder may stay elided ("l'Zxbq"),
            # which keeps the engine's article handling intact.
            elif self.french and french_elides(stand_in) is False:
                before = unelide(before) or before
            pieces += [before, stand_in]
            cursor = match.end
        pieces.append(segment[cursor:])
        return "".join(pieces), restore

    def _attempt(
        self, index: int, output: str, how: str, restore: Sequence[tuple[re.Pattern[str], str]] = ()
    ) -> _Attempt:
        for pattern, rendering in restore:
            # Every copy: an engine that repeats a placeholder repeats the term.
            output = pattern.sub(_literally(rendering), output)
        return _Attempt(output, self._present(index, output), how)

    def _present(self, index: int, output: str) -> dict[Entry, int]:
        return self.glossary.present(self.needed[index], output)

    def _translate(self, indexes: list[int], strategy: Strategy) -> Asks[dict[int, _Attempt]]:
        if strategy == "split":
            return (yield from self._translate_split(indexes))
        protected = [self._protect(i, strategy) for i in indexes]
        outputs = yield from _ask([text for text, _ in protected])
        attempts = {
            i: self._attempt(i, output, strategy, restore)
            for i, output, (_, restore) in zip(indexes, outputs, protected, strict=True)
        }
        return (yield from self._fit(attempts, strategy))

    def _translate_split(self, indexes: list[int]) -> Asks[dict[int, _Attempt]]:
        """Last resort: translate the text between terms and put the renderings in between.

        Always yields every term, at some cost in fluency at the joins.
        """
        layouts: dict[int, list[str | int]] = {}
        queries: list[str] = []
        for index in indexes:
            segment = self.segments[index]
            layout: list[str | int] = []
            cursor = 0
            for match in self.matches[index]:
                before = segment[cursor : match.start]
                if self.french:
                    before = unelide(before) or before
                layout += [_queue(before, queries), match.rendering]
                cursor = match.end
            layout.append(_queue(segment[cursor:], queries))
            layouts[index] = layout
        outputs = yield from _ask(queries)
        attempts = {}
        for index, layout in layouts.items():
            parts = [outputs[p] if isinstance(p, int) else p for p in layout]
            attempts[index] = self._attempt(index, _tidy(" ".join(parts)), "split")
        return attempts

    # -- grammar around a protected term ---------------------------------------------------------

    def _fit(self, attempts: dict[int, _Attempt], strategy: Strategy) -> Asks[dict[int, _Attempt]]:
        """The words around each restored term, put back the way the engine writes them around the
        term itself: the term's left context is translated with the term and with its stand-in, and
        where the two differ ("the Syria" vs "Syria") the output gets the engine's own words; a word
        capitalised after a sentence-initial stand-in is lower-cased again."""
        probes: list[tuple[int, Match, str, str]] = []
        for index in attempts:
            segment = self.segments[index]
            for match, stand_in in zip(self.matches[index], self._stand_ins(index, strategy), strict=True):
                context = _LEFT_CONTEXT.search(segment[: match.start])
                if context is not None and not match.entry.keep:
                    probes.append((index, match, context.group(0), stand_in))
        yield from self._probe(
            text
            for _, match, left, stand_in in probes
            for text in (left + match.text, match.text, left + stand_in)
        )
        fixed = dict(attempts)
        for index, match, left, stand_in in probes:
            restored = self.renderings[left + stand_in]
            if strategy == "placeholder":
                restored = _placeholder_pattern(stand_in).sub(_literally(match.rendering), restored)
            fix = _grammar_fix(
                self.renderings[left + match.text], self.renderings[match.text], restored, match.rendering
            )
            if fix is not None:
                output = _swap_before(fixed[index].output, match.rendering, *fix)
                fixed[index] = _Attempt(output, self._present(index, output), fixed[index].how)
        for index, attempt in fixed.items():
            output = self._lower_after_initial_term(index, attempt.output)
            if output != attempt.output:
                fixed[index] = _Attempt(output, self._present(index, output), attempt.how)
        return fixed

    def _lower_after_initial_term(self, index: int, output: str) -> str:
        """"Kyiv Has need" → "Kyiv has need": the engine capitalised the word after a stand-in it took
        for the start of something, where the source has a small letter after the term."""
        matches = self.matches[index]
        segment = self.segments[index]
        if not matches or not _NOTHING_BEFORE.match(segment[: matches[0].start]):
            return output
        after = re.match(r"\s+([^\W\d_])", segment[matches[0].end :])
        if after is None or not after.group(1).islower():
            return output
        rendering = fold(matches[0].rendering)
        lead = len(output) - len(output.lstrip(" \"'«“("))
        if fold(output[lead : lead + len(rendering)]) != rendering:
            return output
        end = lead + len(rendering)
        word = _NEXT_WORD.match(output[end:])
        if word is None or not word.group(2).isupper() or not word.group(3).islower():
            return output
        at = end + len(word.group(1))
        return output[:at] + output[at].lower() + output[at + 1 :]

    # -- repairs -------------------------------------------------------------------------------

    def _replace_misrenderings(self, attempts: dict[int, _Attempt]) -> Asks[dict[int, _Attempt]]:
        """Where a term is missing, replace what the engine made of it (probed by translating the
        term alone), the untranslated source form, or the rendering in the wrong case ("Nato") with
        the house rendering."""
        short = {i: attempts[i] for i in self._short(attempts)}
        if not short:
            return attempts
        yield from self._probe(
            text for index in short for match in self.matches[index] for text in (match.text, match.rendering)
        )
        renderings = self.renderings
        repaired = dict(attempts)
        for index, attempt in short.items():
            output = attempt.output
            for match in self.matches[index]:
                missing = self.needed[index][match.entry] - self._present(index, output).get(match.entry, 0)
                if missing <= 0:
                    continue
                stand_ins = (renderings[match.text], match.text, renderings[match.rendering], match.rendering)
                for wrong in stand_ins:
                    spans = _find_literal(output, wrong) if len(fold(wrong).strip()) > 1 else []
                    spans = [(a, b) for a, b in spans if output[a:b] != match.rendering]
                    # Only an unambiguous stand-in is replaced: a common word the engine also uses
                    # elsewhere ("the", "had") would be replaced in the wrong place.
                    if spans and len(spans) <= missing:
                        start, end = spans[0]
                        output = output[:start] + match.rendering + output[end:]
                        break
            if output != attempt.output:
                how = "replacement" if attempt.how == "engine" else f"{attempt.how}+replacement"
                candidate = _Attempt(output, self._present(index, output), how)
                if candidate.score() > attempt.score():
                    repaired[index] = candidate
        return repaired

    # -- the run -------------------------------------------------------------------------------

    def run(self) -> Steps:
        with_terms = [i for i, matches in enumerate(self.matches) if matches]
        # The engine's own translation of every segment, in one call: a segment whose terms it
        # renders the house way is left exactly as it is.
        outputs = yield from _ask(self.segments)
        attempts = {i: _Attempt(outputs[i], self._present(i, outputs[i]), "engine") for i in with_terms}
        initial = dict(attempts)
        attempts = yield from self._replace_misrenderings(attempts)
        other: Strategy = "substitution" if self.protection == "placeholder" else "placeholder"
        for strategy in (self.protection, other, "split"):
            short = self._short(attempts)
            if not short:
                break
            retried = yield from self._replace_misrenderings((yield from self._translate(short, strategy)))
            for index, attempt in retried.items():
                if attempt.score() > attempts[index].score():
                    attempts[index] = attempt
        final = list(outputs)
        for index in with_terms:
            output = attempts[index].output
            final[index] = output if attempts[index].how == "engine" else self._fit_articles(output)
        return final, self._report(initial, attempts)

    def _fit_articles(self, output: str) -> str:
        """A rendering put where the engine wrote another word takes the article that fits it: the
        engine chose "a hospital", the house term makes it "an infirmary" (and "la OSDH" "l'OSDH")."""
        for found in reversed(self.glossary.find_renderings(output)):
            # The engine's marks of a copied word (a restored placeholder) stand between the two.
            at = len(strip_opening_marks(output[: found.start]))
            output = fit_article(output[:at], found.text, self.target) + output[at:]
        return output

    def _report(self, initial: dict[int, _Attempt], final: dict[int, _Attempt]) -> GlossaryReport:
        terms = []
        for entry in dict.fromkeys(m.entry for matches in self.matches for m in matches):
            segments = tuple(i for i, needed in enumerate(self.needed) if entry in needed)
            occurrences = sum(self.needed[i][entry] for i in segments)
            present = sum(final[i].present.get(entry, 0) for i in segments)
            first_present = sum(initial[i].present.get(entry, 0) for i in segments)
            # A term the engine already rendered was left as it was, whatever else the segment needed.
            how = tuple(
                dict.fromkeys(
                    "engine" if initial[i].present.get(entry, 0) == self.needed[i][entry] else final[i].how
                    for i in segments
                    if final[i].present.get(entry, 0)
                )
            )
            if present < occurrences:
                status: Status = "missing"
            elif first_present < occurrences:
                status = "repaired"
            else:
                status = "ok"
            terms.append(
                TermReport(
                    source=entry.source,
                    target=entry.target,
                    keep=entry.keep,
                    occurrences=occurrences,
                    present=present,
                    enforced_by=how,
                    status=status,
                    segments=segments,
                )
            )
        return GlossaryReport(terms=tuple(terms), glossary_version=self.version, strategy=self.protection)


def _swap_before(output: str, rendering: str, wrong: str, right: str) -> str:
    """``output`` with the words ``wrong`` right before ``rendering`` replaced by ``right`` (case of
    a sentence start kept)."""
    pattern = re.compile(rf"(?<!\w){re.escape(wrong)}(\s+)(?={re.escape(rendering)}(?!\w))", re.IGNORECASE)
    found = pattern.search(output)
    if found is None:
        return output
    replacement = right + found.group(1) if right else ""
    if output[found.start()].isupper():
        replacement = replacement[:1].upper() + replacement[1:]
    return output[: found.start()] + replacement + output[found.end() :]


def _queue(text: str, queries: list[str]) -> str | int:
    """Text with words goes to the engine (its index in ``queries``); spaces or punctuation stay."""
    if not any(c.isalpha() for c in text):
        return text.strip()
    queries.append(text.strip())
    return len(queries) - 1
