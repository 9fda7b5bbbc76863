"""Find a release's publication date in its text when the metadata lacks one (pure function).

Only full dates with a year are considered, in the first ``window`` characters, and a date
after a page-chrome label ("Last Modified:") never is. In order of trust:

1. ``release_date_line``: after a release label on the same or the previous line
   ("Release Date: June 16, 2009", "Release Date\\nTue, 11/27/2012", "DATE: 04/26/2005").
2. ``release_date_line`` too: a date alone on its line, maybe in brackets or after a "|"
   section name ("(09/16/2008)", "December 6, 2002", "Commentary | Oct. 7, 2021"), or glued
   to the following words at a line start ("February 6, 2013Kabul, Afghanistan").
3. ``dateline`` (same rank as 2, the earlier wins): a news dateline, place then date then a
   dash or the line's end, or a date opening its line followed by a dash
   ("WASHINGTON — Sept. 26, 2023 —",
   "Mexico City, December 15, 2011 –", "Brussels, 26 September 2023",
   "September 26, 2023 – Ottawa, Ontario – Canada Border Services Agency",
   "OTTAWA, ON, March 14, 2024 /CNW/ -").
"""

from __future__ import annotations

import functools
import re

from partnerex.kb import KnowledgeBase, load_kb
from partnerex.normalize.dates import resolve_date
from partnerex.pipeline.date_patterns import FULL_KINDS, DateFinder, DateMatch

#: How far into a text the release date is looked for (saved pages put navigation first).
WINDOW = 3000
#: A dash after a dateline's date, maybe after a wire tag: "/CNW/ -", "(Reuters) -".
_DASH_AFTER = re.compile(r"^\s*(?:/[A-Za-z][\w ]{1,24}/\s*|\([A-Z][\w ]{1,24}\)\s*)?(?:--|[-–—])")
#: A time of day after a date that opens its line: "January 10, 2024 10:23 AM GMT".
_TIME_AFTER = re.compile(
    r"^[\s,|·•-]*(?:at\s+)?\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)"
    r"\s*(?:[A-Z]{2,4})?\s*$",
    re.I,
)
_PLACE_BEFORE = re.compile(r"^[A-Z][\w.' ]{1,40}(?:,\s*[\w.' ]{2,30})?\s*(?:,|--|[-–—])\s*$")
_GLUED_FULL = re.compile(
    r"^((?:[A-Z][a-z]+\.?)\s+\d{1,2},\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})(?=[A-Z])", re.M
)


def _line_of(text: str, match: DateMatch) -> tuple[str, str]:
    """The text before and after the match on its line."""
    line_start = text.rfind("\n", 0, match.start) + 1
    line_end = text.find("\n", match.end)
    return text[line_start : match.start], text[match.end : line_end if line_end >= 0 else None]


def _previous_line(text: str, match: DateMatch) -> str:
    line_start = text.rfind("\n", 0, match.start)
    if line_start <= 0:
        return ""
    head = text[:line_start].rstrip("\n ")
    return head[head.rfind("\n") + 1 :]


class PublishedFinder:
    """Release-date rules over one knowledge base's labels."""

    def __init__(self, kb: KnowledgeBase, finder: DateFinder | None = None) -> None:
        self.finder = finder or DateFinder(kb)
        labels = sorted(kb.terms("date_label_published"), key=len, reverse=True)
        alt = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in labels)
        self.label = re.compile(rf"(?:^|[\s|(\[])(?:{alt})\s*[:\-–—]?\s*$", re.I)

    def _source(self, text: str, match: DateMatch) -> tuple[int, str] | None:
        """(rank, published_from) of a full date: 0 after a release label, 1 otherwise."""
        before, after = _line_of(text, match)
        rest_before = before.strip(" \t([")
        if self.label.search(before) or (
            not rest_before and self.label.search(_previous_line(text, match))
        ):
            return 0, "release_date_line"
        rest_after = after.strip(" \t)].")
        timed = ":" in match.text and re.fullmatch(r"[A-Z]{2,4}", rest_after)  # "14:05 CET"
        if timed or _TIME_AFTER.match(rest_after):
            rest_after = ""  # "January 10, 2024 10:23 AM GMT": a time stamp
        if not rest_after and (not rest_before or rest_before.endswith("|")):
            return 1, "release_date_line"  # a date alone on its line
        place_before = bool(_PLACE_BEFORE.match(before.strip()))
        if (place_before and (_DASH_AFTER.match(after) or not rest_after)) or (
            not rest_before and _DASH_AFTER.match(after)
        ):
            return 1, "dateline"  # "Brussels, 26 September 2023", "September 26, 2023 – Ottawa"
        return None

    def find(
        self, text: str, window: int = WINDOW, day_first: bool = False
    ) -> tuple[str, str] | None:
        """``(ISO date, published_from)`` or ``None`` when the text states no release date;
        ``day_first`` reads "05/09/2023" as 5 September (Canadian and EU sources)."""
        head = text[:window]
        ranked: list[tuple[int, int, str, str]] = []
        for match in self.finder.find(head, FULL_KINDS):
            if not match.is_full_date:
                continue
            found = self._source(head, match)
            kind = "numeric_day_first" if day_first and match.kind == "numeric" else match.kind
            value = resolve_date(match.text, None, kind)
            if found and value and len(value) == 10:
                ranked.append((found[0], match.start, value, found[1]))
        if not ranked:
            glued = _GLUED_FULL.search(head)
            value = resolve_date(glued.group(1), None, "mdy") if glued else None
            return (value, "release_date_line") if value and len(value) == 10 else None
        _, _, value, source = min(ranked)
        return value, source


def find_published(text: str, kb: KnowledgeBase | None = None) -> tuple[str, str] | None:
    """The release date stated in ``text`` and where it came from (see the module doc)."""
    return (PublishedFinder(kb) if kb is not None else _default_finder()).find(text)


@functools.lru_cache(maxsize=1)
def _default_finder() -> PublishedFinder:
    return PublishedFinder(load_kb())
