"""The ingest layer: whatever users have (files, folders, feeds, JSONL, stdin) -> documents.

    >>> import partnerex
    >>> for item in partnerex.read("releases/"):        # a folder, file, or "-" for stdin
    ...     print(item.id, item.meta.title if isinstance(item, partnerex.Document) else item.error)

``read(source, *, text_key="text", id_key="id", max_bytes=DEFAULT_MAX_BYTES)`` yields
``partnerex.Document`` (``id``, ``text``, ``meta``: title, url, published, published_from,
source, author; no spans) or ``partnerex.ErrorRecord`` (``id``, ``error{code, message}``,
``source``) for an input that cannot be read. It never raises for one bad input and never
hangs: every input is size-bounded before parsing.

Inputs and formats (format from the extension; ``.gz`` of any is read through; stdin sniffs):

* ``.txt`` - a page saved as text: site chrome removed (``text.py``, rules in
  ``patterns/chrome.jsonl``), or a feed whose XML tags were lost (``flatfeed.py``), split
  into one document per item. Content that starts like HTML or a feed is read as such.
* ``.html``/``.htm`` - the ``<main>``/``<article>`` (else body) as text with paragraph breaks
  (selectolax; ``html.py``), chrome elements dropped, then the text chrome rules.
* ``.xml``/``.rss``/``.atom`` - RSS 2.0, RSS 1.0 or Atom via defusedxml (``feed.py``).
* ``.jsonl``/``.json`` - ANNOTATION.md documents or records with ``text_key``/``id_key``.
* folders - recursive, sorted, hidden entries and unknown extensions skipped.

Ids (``ids.py``): the URL without scheme/``www.`` when known
(``cbp.gov/newsroom/national-media-release/...``), else the path relative to the folder read
(or the file name) without extensions, plus ``#n`` for the n-th item of a multi-document file
(``feed#3``); stdin is ``stdin``. The stored ``text`` is the only text: offsets never refer to
the raw file.

``meta.published`` (``published_from``): a "Release Date" label or date-only line near the top
(``release_date_line``), the feed's pubDate/updated (``feed``), ``<time datetime>`` or
``article:published_time`` (``time_tag``), a dateline "WASHINGTON — Sept. 26, 2023"
(``dateline``). ``meta.source`` is the URL's host, else the file name.

Error codes: E010 unreadable/missing or a reader failure, E011 hostile XML refused (entity
declarations, external entities/DTDs), E012 empty, E013 binary, E014 over ``max_bytes``,
E015 unsupported file named directly, E016 bad JSONL line.
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
