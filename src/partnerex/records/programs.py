"""Program records: one per distinct program id, with founding date, participants, countries."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from partnerex.records.model import Mention, RecordLexicon, Sentence

_POSSESSIVE = re.compile(r"^\s*['’]s\s+$")
#: How far (characters) a founding date may sit from its cue.
DATE_AFTER = 30
DATE_BEFORE = 60
#: How far after its cue a program may be the cue's object ("initiated the ... Initiative").
OBJECT_REACH = 35
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]”\"])[.!?](?:\s|$)")
#: How far after a program a country may place it ("Preclearance operations in Ireland").
LOCATED_REACH = 25
#: How far back (characters) "it operates in ..." may look for its program.
PREVIOUS_REACH = 400


def _sentence_of(sentences: Sequence[Sentence], pos: int) -> Sentence:
    for sentence in sentences:
        if sentence[0] <= pos < sentence[1]:
            return sentence
    return (pos, pos)


def _programs(mentions: Iterable[Mention]) -> list[Mention]:
    return sorted((m for m in mentions if m.label == "PROGRAM" and m.norm), key=lambda m: m.start)


def _owner(
    programs: Sequence[Mention], pos: int, start: int, end: int, reach: int | None = None
) -> Mention | None:
    """The program a cue at ``pos`` speaks of: the nearest before it, else the nearest after
    (within ``reach`` characters when given: "launched the CBP Container Security Initiative")."""
    before = [p for p in programs if start <= p.start and p.end <= pos]
    if before:
        return before[-1]
    after = [p for p in programs if pos <= p.start and p.end <= end]
    if after and (reach is None or after[0].start - pos <= reach):
        return after[0]
    return None


def established_dates(
    text: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    lexicon: RecordLexicon,
    lowered: str | None = None,
) -> dict[str, tuple[str, Mention]]:
    """Program id -> (founding date, DATE mention) from "established in 1984",
    "since its creation in 1996", "Developed in the Spring of 1995", "In 2005, X launched Y".

    ``lowered`` is ``text.lower()`` (computed when not given)."""
    if not lexicon.established.may_occur(text.lower() if lowered is None else lowered):
        return {}
    programs = _programs(mentions)
    dates = sorted((m for m in mentions if m.label == "DATE" and m.norm), key=lambda m: m.start)
    found: dict[str, tuple[str, Mention]] = {}
    for sentence in sentences:
        for cue in lexicon.established.finditer(text, *sentence):
            owner = _owner(
                programs,
                cue.start(),
                sentence[0],
                sentence[1],
                cue.end() - cue.start() + OBJECT_REACH,
            )
            if owner is None or owner.norm in found:
                continue
            after = [d for d in dates if cue.end() <= d.start <= cue.end() + DATE_AFTER]
            after = [d for d in after if d.end <= sentence[1]]
            before = [
                d
                for d in dates
                if d.end <= cue.start()
                and cue.start() - d.end <= DATE_BEFORE
                and not _SENTENCE_END.search(text[d.end : cue.start()])
            ]
            date = (
                after[0]
                if after
                else (before[-1] if before and owner.start > cue.start() else None)
            )
            if date is not None and date.norm:
                found[owner.norm] = (date.norm, date)  # type: ignore[index]
    return found


def operating_countries(
    text: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    lexicon: RecordLexicon,
    lowered: str | None = None,
) -> dict[str, list[Mention]]:
    """Program id -> COUNTRY mentions it operates in ("operates in 12 countries ...: Colombia,
    ...") or belongs to ("Taiwan's AEO program"). ``lowered`` is ``text.lower()`` (computed
    when not given)."""
    programs = _programs(mentions)
    countries = sorted(
        (m for m in mentions if m.label == "COUNTRY" and m.norm), key=lambda m: m.start
    )
    out: dict[str, list[Mention]] = {}
    cued = lexicon.operates_in.may_occur(text.lower() if lowered is None else lowered)
    for sentence in sentences if cued else ():
        cues = list(lexicon.operates_in.finditer(text, *sentence))
        if not cues:
            continue
        cue = cues[0]
        owner = _owner(programs, cue.start(), sentence[0], cue.start())
        if owner is None:
            earlier = [p for p in programs if sentence[0] - PREVIOUS_REACH <= p.start < sentence[0]]
            owner = earlier[-1] if earlier else None
        if owner is None:
            continue
        listed = [c for c in countries if cue.end() <= c.start and c.end <= sentence[1]]
        out.setdefault(owner.norm, []).extend(listed)  # type: ignore[arg-type]
    for program in programs:
        before = [c for c in countries if c.end <= program.start]
        if before and _POSSESSIVE.match(text[before[-1].end : program.start] + " "):
            out.setdefault(program.norm, []).append(before[-1])  # type: ignore[arg-type]
        after = [c for c in countries if program.end <= c.start <= program.end + LOCATED_REACH]
        if after and _located(text[program.end : after[0].start], lexicon):
            out.setdefault(program.norm, []).append(after[0])  # type: ignore[arg-type]
    return out


def _located(gap: str, lexicon: RecordLexicon) -> bool:
    """True for the words between a program and a country that place it there:
    " Operations in ", " program in the ", " in "."""
    stripped = re.sub(r"^\s*\([^)]*\)", "", gap).strip()
    stripped = re.sub(r"\s+the$", "", stripped)
    return bool(stripped) and any(
        m.start() == 0 and m.end() == len(stripped) for m in lexicon.located.finditer(stripped)
    )


def build_programs(
    text: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    figures: Sequence[dict[str, Any]],
    lexicon: RecordLexicon,
) -> list[dict[str, Any]]:
    """One ANNOTATION.md program record per distinct program id, in order of first mention."""
    programs = _programs(mentions)
    lowered = text.lower()
    established = established_dates(text, sentences, mentions, lexicon, lowered)
    operates = operating_countries(text, sentences, mentions, lexicon, lowered)
    records: dict[str, dict[str, Any]] = {}
    for program in programs:
        pid = program.norm
        assert pid is not None
        record = records.get(pid)
        if record is None:
            record = {
                "id": pid,
                "established": None,
                "participants": [],
                "countries": [],
                "evidence": {"mention": []},
            }
            records[pid] = record
        record["evidence"]["mention"].append(program.evidence())
    for pid, record in records.items():
        if pid in established:
            value, date = established[pid]
            record["established"] = value
            record["evidence"]["established"] = [date.evidence()]
        named = operates.get(pid, [])
        if named:
            record["countries"] = sorted({c.norm for c in named if c.norm})
            record["evidence"]["countries"] = [c.evidence() for c in named]
        counts = [
            f
            for f in figures
            if f.get("program") == pid
            and f.get("kind", "participants") == "participants"
            and f.get("value") is not None
        ]
        for figure in counts:
            record["participants"].append(
                {
                    "value": figure["value"],
                    "qualifier": figure.get("qualifier") or "exact",
                    "counted": figure.get("counted"),
                    "as_of": figure.get("as_of"),
                }
            )
        if counts:
            record["evidence"]["participants"] = [
                {"start": f["start"], "end": f["end"]} for f in counts
            ]
    return list(records.values())
