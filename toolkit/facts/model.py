"""What extraction finds: a :class:`Fact`, with a value comparable across languages."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal

__all__ = ["CUT", "WEEKDAYS", "Fact", "FactKind"]

FactKind = Literal["number", "percent", "money", "date", "time", "quote", "acronym"]

# The minutes of a time written without them ("10: a.m."): the value "10:??" equals no time.
CUT = "??"

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Fact:
    """One fact; ``text == source[start:end]``. ``value`` is comparable across languages.

    ``spelled`` marks numbers written in words ("nine", "une cinquantaine"), ``approximate`` those
    of them that give no exact count (an ordinal, "dozens", "une trentaine"); ``unscaled`` is the
    figure before its scale word ("2.5" of "2.5 million"), which translations sometimes keep alone.
    """

    kind: FactKind
    text: str
    value: str
    start: int
    end: int
    spelled: bool = False
    approximate: bool = False
    unscaled: str | None = None

    def to_dict(self) -> dict[str, object]:
        return dataclasses.asdict(self)
