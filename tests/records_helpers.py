"""Hand-built inputs for the record tests: mentions found by their text, naive sentences."""

from __future__ import annotations

import re
from functools import lru_cache

from partnerex.kb import load_kb
from partnerex.records import Mention, RecordLexicon, Sentence

_SENTENCE_END = re.compile(r"(?<=[a-z0-9)”\"][.!?])\s+(?=[A-Z“\"])|(?<=[.!?][”\"])\s+|\n+")


@lru_cache(maxsize=1)
def lexicon() -> RecordLexicon:
    """The record lexicon of the bundled patterns."""
    return RecordLexicon.from_kb(load_kb())


def sentences(text: str) -> list[Sentence]:
    """Naive sentences: split after . ! ? (not after "U.S.") before a capital, and at line breaks."""
    out: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            out.append((start, match.start()))
        start = match.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def spans(
    text: str, *specs: tuple[str, str, str | None] | tuple[str, str, str | None, int]
) -> list[Mention]:
    """Mentions from ``(surface, label, norm[, occurrence])``; occurrence -1 marks every one."""
    out: list[Mention] = []
    for spec in specs:
        surface, label, norm = spec[0], spec[1], spec[2]
        occurrence = spec[3] if len(spec) > 3 else 0  # type: ignore[misc]
        pattern = re.escape(surface)
        if surface[:1].isalnum():
            pattern = r"(?<!\w)" + pattern
        if surface[-1:].isalnum():
            pattern += r"(?!\w)"
        starts = [m.start() for m in re.finditer(pattern, text)]
        assert starts, f"{surface!r} not in text"
        assert occurrence < len(starts), f"{surface!r} occurs {len(starts)} time(s)"
        chosen = starts if occurrence == -1 else [starts[occurrence]]
        out.extend(Mention(s, s + len(surface), label, norm, surface) for s in chosen)
    return sorted(out, key=lambda m: m.start)
