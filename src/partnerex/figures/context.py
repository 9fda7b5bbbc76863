"""What a doc offers the figure rules: words, blocked tokens, entities, programs, dates, "$"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from spacy.tokens import Doc, Span

from partnerex.figures.lexicon import FigureLexicon
from partnerex.kb import KnowledgeBase
from partnerex.pipeline.state import candidates, doc_text, doc_words, meta, norm_of

#: Number formats that are never figures: phone numbers and clock times.
BLOCKED = re.compile(
    r"(?:\+?1[-.\s])?\(?\b\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b"
    r"|\b1-\d{3}-[A-Z0-9-]{4,}"
    r"|\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b\.?"
    r"|\b\d{1,2}:\d{2}\b"
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
    blocked: set[int]  # tokens inside dates, phone numbers, times, names with digits
    entity_at: dict[int, Span]  # multi-token entity candidates by start token
    programs: list[Program]
    dates: list[Span]
    dollar: str  # the currency a bare "$" stands for


def build_context(doc: Doc, lex: FigureLexicon, kb: KnowledgeBase) -> FigureContext:
    """Collect the candidates of the components that ran before and the doc's dollar."""
    blocked: set[int] = set()
    for match in BLOCKED.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            blocked.update(range(span.start, span.end))
    entity_at: dict[int, Span] = {}
    orgs: list[tuple[int, str]] = []
    programs: list[Program] = []
    dates: list[Span] = []
    for cand in candidates(doc):
        if cand.label_ == "DATE":
            dates.append(cand)
            blocked.update(range(cand.start, cand.end))
        elif cand.label_ in ENTITY_LABELS:
            if len(cand) > 1 and (
                cand.start not in entity_at or len(cand) > len(entity_at[cand.start])
            ):
                entity_at[cand.start] = cand
            if cand.label_ == "ORG":
                org_id = norm_of(cand) or pattern_entry(cand.id_)
                if org_id:
                    orgs.append((cand.start, org_id))
            if cand.label_ == "PROGRAM" and norm_of(cand):
                programs.append(Program(cand.start, cand.end, norm_of(cand) or ""))
            if cand.label_ != "COUNTRY" and any(t.is_digit for t in cand):
                blocked.update(range(cand.start, cand.end))  # "30-Point Action Plan"
    info = meta(doc)
    hosts = [str(info.get("source") or "").lower(), host(str(info.get("url") or ""))]
    dollar = dollar_of(hosts, orgs, lex, kb)
    return FigureContext(doc_words(doc), blocked, entity_at, programs, dates, dollar)


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
