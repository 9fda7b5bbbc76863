"""The ingest layer: whatever users have (files, folders, feeds, JSONL, stdin) -> documents.

    >>> import partnerex
    >>> for item in partnerex.read("releases/"):        # a folder, file, or "-" for stdin
    ...     print(item.id, item.meta.title if isinstance(item, partnerex.Document) else item.error)

``read(source, *, text_key="text", id_key="id", max_bytes=DEFAULT_MAX_BYTES)`` yields
``partnerex.Document`` (``id``, ``text``, ``meta``: title, url, published, published_from,
source, author; no spans) or ``partnerex.ErrorRecord`` (``id``, ``error{code, message}``,
``source``) for an input that cannot be read. It never raises for one bad input and never
hangs: every input is size-bounded before parsing.

Inputs and formats (format from the extension, ``.gz`` of any read through; content that is
evidently a feed or other XML always goes to the safe XML reader; stdin is sniffed):

* ``.txt`` - a page saved as text: site chrome removed (``text.py``; line rules are data in
  ``patterns/chrome.jsonl``), or a feed whose XML tags were lost (``flatfeed.py``), split into
  one document per item. Text that starts like HTML is read as HTML.
* ``.html``/``.htm`` - the ``<main>``/single ``<article>`` (else body) as text with paragraph
  breaks (selectolax, ``html.py``; the library measurement is in its docstring), chrome
  elements dropped, then the text chrome rules; title from og:title/h1/title, URL from the
  canonical link.
* ``.xml``/``.rss``/``.atom`` - RSS 2.0, RSS 1.0 or Atom via defusedxml (``feed.py``), one
  document per item/entry; malformed feeds are repaired and re-parsed leniently.
* ``.jsonl``/``.json`` - ANNOTATION.md documents or records with ``text_key``/``id_key``
  (``jsonl.py``; spans and records of gold documents are not read).
* folders - recursive, sorted by relative path, hidden entries and other extensions skipped.

Ids (``ids.py``): the URL without scheme/``www.`` when known
(``cbp.gov/newsroom/national-media-release/...``), else the path relative to the folder read
(or the file name) without extensions (seed ``000_7e34c4e37029df36``), plus ``#n`` for the
n-th item of a multi-document file without URLs (``feed#3``); stdin is ``stdin``. Re-reading
gives the same ids. The stored ``text`` is the only text: offsets never refer to the raw file.

``meta.published`` and ``published_from``: a "Release Date" field or label line, or a date line
above the article's first sentence (``release_date_line``); the feed's pubDate/published/
updated (``feed``); ``<time datetime>`` or ``article:published_time`` (``time_tag``); a dateline
"WASHINGTON — Sept. 26, 2023" or "Mexico City, December 15, 2011 –" (``dateline``). Values
come from ``partnerex.normalize.dates``. ``meta.source``: the given source (JSONL), else the
URL's host, else the file name. ``meta.author``: feed author or ``<meta name=author>``.

Limits (``limits.py``): ``max_bytes`` (default 10 MB) is checked before reading and while
decompressing; block-nesting deeper than 2,000 levels is converted by a linear fallback;
at most 100,000 documents per file.

Error codes: E010 missing/unreadable input or a reader failure, E011 hostile XML refused
(entity declarations, external entities, external DTDs - nothing is expanded or fetched),
E012 empty, E013 binary, E014 over ``max_bytes``, E015 unsupported file named directly,
E016 bad JSONL line, E017 XML without items.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from partnerex.ingest.dispatch import read_input
from partnerex.ingest.limits import DEFAULT_MAX_BYTES
from partnerex.ingest.sources import Input, iter_inputs
from partnerex.models import Document, ErrorRecord

__all__ = ["DEFAULT_MAX_BYTES", "read"]


def read(
    source: str | os.PathLike[str],
    *,
    text_key: str = "text",
    id_key: str = "id",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document | ErrorRecord]:
    """Documents (or error records) from a file, a folder (recursive, sorted) or ``-`` (stdin)."""
    for item in iter_inputs(source, max_bytes):
        if isinstance(item, Input):
            yield from read_input(item, text_key, id_key)
        else:
            yield item
