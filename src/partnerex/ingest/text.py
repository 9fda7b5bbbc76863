"""Page text to article text: chrome lines removed, title and published date found.

Used for plain ``.txt`` files, web pages saved as text, and the text the HTML reader makes.
The algorithm (all word lists are data, see ``chrome.py``):

1. Each line is cleaned (odd spaces made plain, collapsed, stripped) and classified as
   blank, chrome (line rules) or content.
2. After a links heading ("see also:"), the following link items (lines indented or bulleted
   like the first item, file-size notes, "...more") are chrome until the first line that is
   not an item (typically the page title).
3. The article starts at the first *prose* line (a sentence of 10+ words, or 20+ words).
   Above it, only the nearest block of content lines (the title, date line, lead-in
   headings) is kept, minus section labels (``chrome_header_line``: "News", "Trade");
   anything above the last chrome line of the header is navigation.
4. A footer-start line ("Skip To See Also for this Page") after the first prose line cuts the
   rest. After the last prose line, the trailing content is kept up to the first chrome line,
   minus section labels.
5. Chrome lines in the middle are dropped one by one; runs of blank lines become one.

The title is the first line near the top that reads like one (see ``find_title``);
``published`` comes from a "Release Date" label line, a date line near the top ("(09/16/2008)",
both ``release_date_line``) or a dateline ("WASHINGTON — Sept. 26, 2023", ``dateline``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from partnerex.ingest.chrome import ChromeRules, clean_line, default_rules, has_link_marker
from partnerex.ingest.dates import dateline_date, is_date_only, parse_date, starts_with_date
from partnerex.kb import load_kb

_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$|[.!?][\"'”’)]?\s")
_BLANK_RUNS = re.compile(r"\n{3,}")
_TOP_LINES = 12
_TITLE_LINES = 8
_TITLE_MAX_WORDS = 30
_TITLE_MIN_WORDS = 2
_SHORT_LINE = 60
_TITLE_LETTERS = 0.6
_SENTENCE_FINAL = re.compile(r"[.!?][\"'”’)]?$")
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?] [A-Z]")
_PLACE_LINE = re.compile(r"^[A-Z][A-Za-z.' ]{1,30},\s*[A-Z][A-Za-z.' ]{1,20}$")


def _letter_share(line: str) -> float:
    chars = [ch for ch in line if not ch.isspace()]
    return sum(ch.isalpha() for ch in chars) / len(chars) if chars else 0.0

BLANK, CHROME, CONTENT = 0, 1, 2


@dataclass(frozen=True)
class PageText:
    """An article's text and the metadata found in it."""

    text: str
    title: str | None = None
    published: str | None = None
    published_from: str | None = None


def is_prose(line: str) -> bool:
    """A line of running text: 10+ words with a sentence end, or 20+ words."""
    words = len(line.split())
    return words >= 20 or (words >= 10 and bool(_SENTENCE_END.search(line)))


def is_sentence(line: str) -> bool:
    """Running text rather than a long headline: prose that ends like a sentence, holds a
    sentence break, or is longer than any title."""
    if not is_prose(line):
        return False
    return len(line.split()) > _TITLE_MAX_WORDS or bool(
        _SENTENCE_FINAL.search(line) or _SENTENCE_BREAK.search(line)
    )


def _classify(raw_lines: list[str], rules: ChromeRules) -> tuple[list[str], list[int]]:
    lines = [clean_line(r) for r in raw_lines]
    kinds = [
        BLANK if not ln else CHROME if rules.is_chrome(ln, raw) else CONTENT
        for ln, raw in zip(lines, raw_lines, strict=True)
    ]
    i = 0
    while i < len(lines):
        if lines[i] and rules.is_links_heading(lines[i]):
            kinds[i] = CHROME
            i = _mark_link_list(raw_lines, lines, kinds, i + 1)
            continue
        i += 1
    return lines, kinds


def _mark_link_list(raw: list[str], lines: list[str], kinds: list[int], start: int) -> int:
    """Mark the link items after a links heading as chrome; return where the list ends."""
    marked: bool | None = None
    i = start
    while i < len(lines):
        if kinds[i] == CHROME:
            i += 1
            continue
        if kinds[i] == BLANK:
            if marked is False:
                return i
            i += 1
            continue
        if is_prose(lines[i]):
            return i
        item_marked = has_link_marker(raw[i])
        if marked is None:
            marked = item_marked
        elif item_marked != marked:
            return i
        kinds[i] = CHROME
        i += 1
    return i


def _keep_mask(lines: list[str], kinds: list[int], rules: ChromeRules) -> list[bool]:
    keep = [k == CONTENT for k in kinds]
    prose = [i for i, ln in enumerate(lines) if kinds[i] == CONTENT and is_prose(ln)]
    if not prose:
        return keep
    first, last = prose[0], prose[-1]
    # header: keep the nearest block of content lines above the first prose line
    i = first - 1
    while i >= 0 and kinds[i] != CONTENT:
        i -= 1
    while i >= 0 and kinds[i] != CHROME:
        i -= 1
    for j in range(i + 1):
        keep[j] = False
    for j in range(i + 1, first):
        if kinds[j] == CONTENT and rules.is_header_line(lines[j]):
            keep[j] = False
    # footer: a footer-start line cuts the rest
    for j in range(first + 1, len(lines)):
        if lines[j] and rules.is_footer_start(lines[j]):
            for k in range(j, len(lines)):
                keep[k] = False
            break
    # trailing content is kept up to the first chrome line after the last prose line
    for j in range(last + 1, len(lines)):
        if kinds[j] == CONTENT and rules.is_header_line(lines[j]):
            keep[j] = False
        if kinds[j] == CHROME:
            for k in range(j, len(lines)):
                keep[k] = False
            break
    return keep


@functools.lru_cache(maxsize=1)
def _release_labels() -> frozenset[str]:
    return load_kb().terms("ingest_release_date_label")


def _label_value(line: str, next_line: str | None) -> str | None:
    """The date after a "Release Date" label on the same or the next line."""
    head, sep, rest = line.partition(":")
    label = (head if sep else line).strip().lower()
    if label not in _release_labels():
        return None
    if sep and rest.strip():
        return parse_date(rest)
    following = next_line or ""
    return parse_date(following) if len(following) <= _SHORT_LINE else None


def find_published(lines: list[str]) -> tuple[str | None, str | None]:
    """``(published, published_from)``: a "Release Date" label line anywhere, else a line above
    the first prose line that opens with a date ("April 29, 2020Detroit, MI") or is a short
    line with one ("(09/16/2008)", "Commentary | Oct. 7, 2021") - all ``release_date_line`` -
    else a dateline in the top lines."""
    content = [ln for ln in lines if ln]
    for i, line in enumerate(content):
        found = _label_value(line, content[i + 1] if i + 1 < len(content) else None)
        if found:
            return found, "release_date_line"
    top = content[:_TOP_LINES]
    first_prose = next((i for i, line in enumerate(top) if is_sentence(line)), len(top))
    for line in top[:first_prose]:
        if len(line) <= _SHORT_LINE and (found := parse_date(line)):
            return found, "release_date_line"
        if found := starts_with_date(line):
            return found, "release_date_line"
    for line in content[:_TOP_LINES]:
        found = dateline_date(line)
        if found:
            return found, "dateline"
    return None, None


@functools.lru_cache(maxsize=1)
def _not_title() -> tuple[str, ...]:
    return tuple(sorted(load_kb().terms("ingest_not_title")))


def find_title(lines: list[str], rules: ChromeRules | None = None) -> str | None:
    """The first line near the top that reads like a title: 2-30 words, mostly letters, not a
    sentence, a date, a place ("Washington, DC"), a label or a section name
    (``ingest_not_title``, ``chrome_header_line``)."""
    rules = rules or default_rules()
    for line in [ln for ln in lines if ln][:_TITLE_LINES]:
        words = len(line.split())
        if is_sentence(line):
            return None
        if words > _TITLE_MAX_WORDS or words < _TITLE_MIN_WORDS or is_date_only(line):
            continue
        if line.islower() or _PLACE_LINE.match(line) or _letter_share(line) < _TITLE_LETTERS:
            continue
        lowered = line.lower()
        if lowered.startswith(_not_title()) or rules.is_header_line(line):
            continue
        if starts_with_date(line) or (len(line) <= _SHORT_LINE and parse_date(line)):
            continue
        return line
    return None


def join_lines(lines: list[str]) -> str:
    """Lines joined with newlines, blank runs collapsed to one blank line, ends stripped."""
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def clean_page_text(raw: str, rules: ChromeRules | None = None) -> PageText:
    """Remove chrome from a page saved as text; find its title and published date."""
    rules = rules or default_rules()
    raw_lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines, kinds = _classify(raw_lines, rules)
    keep = _keep_mask(lines, kinds, rules)
    kept = [ln if keep[i] else None for i, ln in enumerate(lines)]
    body = [ln for i, ln in enumerate(kept) if ln is not None or kinds[i] == BLANK]
    body = [ln or "" for ln in body]
    published, published_from = find_published(body)
    return PageText(
        text=join_lines(body),
        title=find_title(body, rules),
        published=published,
        published_from=published_from,
    )
