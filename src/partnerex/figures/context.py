"""What a doc offers the figure rules: words, blocked tokens, entities, programs, dates, "$"."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from urllib.parse import urlsplit

from spacy.tokens import Doc, Span

from partnerex.figures.lexicon import FigureLexicon
from partnerex.kb import KnowledgeBase
from partnerex.pipeline.state import (
    TokenTable,
    candidates,
    meta,
    norm_of,
    sentence_bounds,
    token_flags,
    token_table,
)

#: Number formats that are never figures: phone numbers and clock times. Every match
#: starts with "+", "(" or a digit; the lookahead skips other positions quickly.
BLOCKED = re.compile(
    r"(?=[+(\d])(?:"
    r"(?:\+?1[-.\s])?\(?\b\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b"
    r"|\b1-\d{3}-[A-Z0-9-]{4,}"
    r"|\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b\.?"
    r"|\b\d{1,2}:\d{2}\b"
    r")"
)
ENTITY_LABELS = frozenset({"PROGRAM", "ORG", "COUNTRY", "AGREEMENT"})


@dataclass(frozen=True)
class Program:
    """A PROGRAM candidate with a norm, by token offsets."""

    start: int
    end: int
    norm: str


@dataclass
class FigureContext:
    """Per-doc lookups for the figure rules."""

    words: list[str]  # token texts
    lower: list[str]  # lowercase token texts (``Token.lower_``)
    glued: list[bool]  # True when no whitespace follows the token
    alpha: list[bool]  # ``Token.is_alpha``
    like_num: list[bool]  # ``Token.like_num``
    punct: list[bool]  # ``Token.is_punct``
    sent_start: list[bool]  # True on the first token of each sentence
    sentences: list[tuple[int, int]]  # sentence bounds by tokens
    blocked: set[int]  # tokens inside dates, phone numbers, times, names with digits
    entity_at: dict[int, Span]  # multi-token entity candidates by start token
    programs: list[Program]
    dates: list[Span]
    dollar: str  # the currency a bare "$" stands for
    places: frozenset[int] = frozenset()  # tokens of COUNTRY candidates


def build_context(doc: Doc, lex: FigureLexicon, kb: KnowledgeBase) -> FigureContext:
    """Collect the candidates of the components that ran before and the doc's dollar."""
    table = token_table(doc)
    blocked = blocked_formats(table)
    entity_at: dict[int, Span] = {}
    orgs: list[tuple[int, str]] = []
    programs: list[Program] = []
    dates: list[Span] = []
    places: set[int] = set()
    for cand in candidates(doc):
        label = cand.label_
        start, end = cand.start, cand.end
        if label == "DATE":
            dates.append(cand)
            blocked.update(range(start, end))
        elif label in ENTITY_LABELS:
            if label == "COUNTRY":
                places.update(range(start, end))
            if end - start > 1 and (start not in entity_at or end - start > len(entity_at[start])):
                entity_at[start] = cand
            if label == "ORG":
                org_id = norm_of(cand) or pattern_entry(cand.id_)
                if org_id:
                    orgs.append((start, org_id))
            norm = norm_of(cand) if label == "PROGRAM" else None
            if norm:
                programs.append(Program(start, end, norm))
            if label != "COUNTRY" and any(w.isdigit() for w in table.words[start:end]):
                blocked.update(range(start, end))  # "30-Point Action Plan"
    info = meta(doc)
    hosts = [str(info.get("source") or "").lower(), host(str(info.get("url") or ""))]
    dollar = dollar_of(hosts, orgs, lex, kb)
    flags = token_flags(doc)
    return FigureContext(
        words=table.words,
        lower=flags.lower,
        glued=table.glued,
        alpha=flags.alpha,
        like_num=flags.like_num,
        punct=flags.punct,
        sent_start=flags.sent_start,
        sentences=sentence_bounds(doc),
        blocked=blocked,
        entity_at=entity_at,
        programs=programs,
        dates=dates,
        dollar=dollar,
        places=frozenset(places),
    )


def blocked_formats(table: TokenTable) -> set[int]:
    """The tokens of phone numbers and clock times, aligned like ``doc.char_span(...,
    alignment_mode="expand")``: every token the match overlaps, not counting the trailing
    whitespace of the token before it."""
    blocked: set[int] = set()
    starts, ends = table.starts, table.ends
    for match in BLOCKED.finditer(table.text):
        first = bisect_right(starts, match.start()) - 1  # the token holding the char
        last = bisect_right(starts, match.end() - 1) - 1
        if match.start() == ends[first]:
            first += 1
        blocked.update(range(first, last + 1))
    return blocked


def dollar_of(
    hosts: list[str], orgs: list[tuple[int, str]], lex: FigureLexicon, kb: KnowledgeBase
) -> str:
    """The currency of "$": by the source's host, else by the first agency named, else usd."""
    for suffix, code in lex.dollar_sources.items():
        if any(h == suffix or h.endswith("." + suffix) for h in hosts if h):
            return str(code)
    for _, org_id in sorted(orgs):
        entry = kb.organizations.get(org_id)
        if entry is not None and entry.country in lex.dollar_countries:
            return str(lex.dollar_countries[entry.country])
    return "usd"


def pattern_entry(pattern: str) -> str | None:
    """The KB id inside a gazetteer pattern id ("org:cbsa:acronym" -> "cbsa")."""
    parts = pattern.split(":")
    return parts[1] if len(parts) == 3 else None


def host(url: str) -> str:
    """The lowercase host of a URL ("" when there is none)."""
    return (urlsplit(url).hostname or "").lower() if url else ""
