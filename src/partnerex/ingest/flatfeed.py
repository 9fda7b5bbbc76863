"""A feed whose XML tags were lost (an RSS page saved as text): split it back into items.

What is left of each RSS ``<item>`` is, in order: the title, the link URL, the item's HTML
body (tags intact, entities escaped), the RFC 822 ``pubDate``, the author and the guid
(Drupal: ``427633 at https://www.cbp.gov``). The channel header (title, link, language)
precedes the first item. The RFC 822 dates are the item boundaries:

* the segment before a date holds ``[previous author + guid] title URL <html...>``;
* the item URL is the last URL before the first ``<``; the title is the text between the
  previous URL (the guid, or the channel link) and the item URL, minus a language code;
  when the HTML begins with the same title text (Drupal's title field) that exact text wins;
* the author is what precedes the guid in the segment after the date.

Each item body goes through the HTML reader (``html.py``), so captions are kept, attribute
text is not, and Drupal's metadata fields (author, created, release date, news location) and
the agency boilerplate footer ("U.S. Customs and Border Protection is the unified border
agency ...") are dropped: the footer is identical in every release, carries no facts about
it, and would add the same ORG span to every document. The item title stays as the first
paragraph when the HTML carries it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from partnerex.ingest.dates import RFC822, parse_date

_URL = re.compile(r"https?://[^\s<>\"']+")
_LANG = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?\s+")
_GUID_TAIL = re.compile(r"\s*(?:\S+\s+at\s+)?https?://\S+\s*$")
_HTML_HINT = re.compile(r"<(?:p|div|span|a|figure|h[1-6]|ul|li|em|strong)\b", re.I)


@dataclass
class FlatItem:
    """One recovered feed item (HTML body not yet converted)."""

    title: str | None
    url: str | None
    html: str
    pub_date: str | None = None
    author: str | None = None


def looks_like_flat_feed(text: str) -> bool:
    """A text with RFC 822 dates, HTML fragments and a URL before the first tag."""
    head = text[:4096].lstrip().lower()
    if head.startswith(("<?xml", "<rss", "<feed", "<!doctype", "<html")):
        return False
    first_tag = text.find("<")
    if first_tag < 0 or not _URL.search(text, 0, first_tag):
        return False
    return bool(RFC822.search(text)) and bool(_HTML_HINT.search(text))


def _first_text(html: str) -> str:
    """The text before the first closing tag of the body (Drupal's title field)."""
    match = re.match(r"(?:\s*<[^/][^>]*>)+\s*([^<]+)<", html)
    return match.group(1).strip() if match else ""


def _split_prefix(prefix: str, first: bool) -> tuple[str, str | None, str | None]:
    """``(lead, title, url)`` of the text before an item's HTML."""
    urls = list(_URL.finditer(prefix))
    if not urls:
        return prefix, None, None
    item = urls[-1]
    if len(urls) >= 2:
        lead = prefix[: urls[-2].end()]
        title = prefix[urls[-2].end() : item.start()].strip()
        if first:
            title = _LANG.sub("", title, count=1)
    else:
        lead, title = "", prefix[: item.start()].strip()
    return lead, " ".join(title.split()) or None, item.group(0)


def _author(lead: str) -> str | None:
    author = _GUID_TAIL.sub("", lead).strip()
    return author or None


def split_flat_feed(text: str) -> Iterator[FlatItem]:
    """Recover the items of a tagless feed, in order."""
    dates = list(RFC822.finditer(text))
    bounds = [0, *[pos for m in dates for pos in (m.start(), m.end())], len(text)]
    segments = [text[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
    pending: FlatItem | None = None
    for index, segment in enumerate(segments):
        lt = segment.find("<")
        prefix, html = (segment, "") if lt < 0 else (segment[:lt], segment[lt:])
        if lt < 0 and len(_URL.findall(prefix)) < 2:
            if pending is not None:  # only the previous item's author and guid are left
                pending.author = _author(prefix)
                yield pending
                pending = None
            continue
        lead, title, url = _split_prefix(prefix, first=index == 0)
        if pending is not None:
            pending.author = _author(lead)
            yield pending
        own = _first_text(html)
        if own and title and title.endswith(own):
            title = own
        date = dates[index].group(0) if index < len(dates) else None
        pending = FlatItem(title=title, url=url, html=html, pub_date=date)
    if pending is not None:
        yield pending


def feed_date(item: FlatItem) -> str | None:
    """The ISO date of the item's RFC 822 ``pubDate``."""
    return parse_date(item.pub_date) if item.pub_date else None
