"""Site chrome as data-driven line rules (word classes in ``patterns/chrome.jsonl``).

A line is chrome when its normalized form (lowercase, bullets/punctuation trimmed, spaces
collapsed) is a ``chrome_line`` term, starts with a ``chrome_line_prefix`` term, contains a
``chrome_line_contains`` term, is a file-size note ("(doc - 42 KB.)", built from the
``chrome_file_type`` and ``chrome_size_unit`` classes) or is a link bar: three or more short
segments separated by ``|``, ``•`` or runs of spaces ("About CBP   Newsroom   Trade").
``chrome_header_line`` terms are section labels ("Newsroom", "Press Releases") dropped only
above the article; ``chrome_footer_start`` lines open the page footer; ``chrome_links_heading`` lines open a
list of related links. ``chrome_html_class`` / ``chrome_html_tag`` name the HTML elements the
HTML reader drops.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from partnerex.kb import KnowledgeBase, load_kb

_TRIM = " \t\u00a0•·*▪►»›>–—-:|"
_BAR_MARKS = ("|", "•", "·", "  ", "\u00a0 ", " \u00a0", "\u00a0\u00a0", "\t")
_BAR_SPLIT = re.compile(r"\s*[|•·]\s*|[ \t\u00a0]{2,}")
_LINK_MARKER = re.compile(r"^[\s\u00a0]+|^[•·*▪►»›–-]\s")


#: Chrome lines are short; longer lines are content without further checks.
MAX_CHROME_LINE = 400


def clean_line(line: str) -> str:
    """A line with odd spaces made plain, runs collapsed and ends stripped."""
    return " ".join(line.replace("\u200b", " ").split())


def normalize_line(line: str) -> str:
    """The key chrome rules compare: lowercase, collapsed, bullets and end punctuation trimmed."""
    return " ".join(line.split()).strip(_TRIM).lower().replace("’", "'")


@dataclass(frozen=True)
class ChromeRules:
    """The compiled chrome word classes."""

    lines: frozenset[str]
    prefixes: tuple[str, ...]
    contains: tuple[str, ...]
    footer_start: frozenset[str]
    links_heading: frozenset[str]
    header_lines: frozenset[str]
    file_size: re.Pattern[str]
    html_classes: frozenset[str]
    html_tags: frozenset[str]

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> ChromeRules:
        types = "|".join(
            sorted(map(re.escape, kb.terms("chrome_file_type")), key=len, reverse=True)
        )
        units = "|".join(
            sorted(map(re.escape, kb.terms("chrome_size_unit")), key=len, reverse=True)
        )
        file_size = re.compile(
            rf"^\(?\s*(?:{types})\s*[-–,:]?\s*[\d.,]+\s*(?:{units})\.?\s*\)?\.?$", re.I
        )
        return cls(
            lines=frozenset(normalize_line(t) for t in kb.terms("chrome_line")),
            prefixes=tuple(sorted(kb.terms("chrome_line_prefix"))),
            contains=tuple(sorted(kb.terms("chrome_line_contains"))),
            footer_start=frozenset(normalize_line(t) for t in kb.terms("chrome_footer_start")),
            links_heading=frozenset(normalize_line(t) for t in kb.terms("chrome_links_heading")),
            header_lines=frozenset(normalize_line(t) for t in kb.terms("chrome_header_line")),
            file_size=file_size,
            html_classes=kb.terms("chrome_html_class"),
            html_tags=kb.terms("chrome_html_tag"),
        )

    def is_chrome(self, line: str, raw: str | None = None) -> bool:
        """True when one line of page text is navigation, widget or footer chrome; ``raw`` is
        the line before space runs were collapsed (for link bars)."""
        if len(line) > MAX_CHROME_LINE:
            return False
        key = normalize_line(line)
        if not key:
            return False
        lowered = " ".join(line.split()).lower().replace("’", "'")
        if key in self.lines or self.file_size.match(line.strip()):
            return True
        if lowered.startswith(self.prefixes) or key.startswith(self.prefixes):
            return True
        if any(term in lowered for term in self.contains):
            return True
        return is_link_bar(raw if raw is not None else line)

    def is_footer_start(self, line: str) -> bool:
        """True for the line that opens the page footer ("Skip To See Also for this Page")."""
        return len(line) <= MAX_CHROME_LINE and normalize_line(line) in self.footer_start

    def is_header_line(self, line: str) -> bool:
        """True for a section label that is chrome above the article ("News", "Trade")."""
        return len(line) <= MAX_CHROME_LINE and normalize_line(line) in self.header_lines

    def is_links_heading(self, line: str) -> bool:
        """True for a heading that opens a list of related links ("see also:")."""
        return len(line) <= MAX_CHROME_LINE and normalize_line(line) in self.links_heading


def is_link_bar(line: str) -> bool:
    """Three or more short segments separated by bars, bullets or space runs, no sentence."""
    if not any(mark in line for mark in _BAR_MARKS):
        return False
    segments = [s for s in _BAR_SPLIT.split(line.strip(" \t\u00a0|")) if s.strip()]
    if len(segments) < 3:
        return False
    words = [len(s.split()) for s in segments]
    if max(words) > 8 or sum(words) > 40:
        return False
    return not any(s.rstrip().endswith((".", "?", "!")) and len(s.split()) > 3 for s in segments)


def has_link_marker(raw_line: str) -> bool:
    """True for a raw line that starts like an item of a link list (indent, bullet)."""
    return bool(_LINK_MARKER.match(raw_line))


@functools.lru_cache(maxsize=4)
def default_rules() -> ChromeRules:
    """The rules from the bundled knowledge base."""
    return ChromeRules.from_kb(load_kb())
