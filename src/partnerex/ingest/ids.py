"""Stable document ids: from the URL when there is one, else from the file path (+ item index).

* URL ids: the URL without scheme and ``www.``, e.g. ``cbp.gov/newsroom/national-media-release/x``
  (query kept, fragment and trailing slash dropped): readable and one-to-one with the URL.
* Path ids: the path relative to the folder that was read (or the file name when one file was
  read), without the extensions, ``/`` between folders: ``000_7e34c4e37029df36``; an item of a
  feed or a line of a JSONL file without id/URL adds ``#<n>`` (1-based): ``feed#3``.
* Text without either (stdin): ``stdin`` (+ ``#<n>``).

Re-reading the same input gives the same ids.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import urlsplit

_WS = re.compile(r"\s+")
_EXTENSIONS = frozenset(
    {".gz", ".txt", ".text", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".jsonl", ".json"}
)


def url_id(url: str) -> str:
    """A readable id from a URL: host (without www.) + path (+ query)."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    ident = host + path
    if parts.query:
        ident += "?" + parts.query
    return _WS.sub("", ident) or url.strip()


def path_id(relative: str) -> str:
    """An id from a relative path: known extensions stripped, POSIX separators."""
    path = PurePosixPath(relative.replace("\\", "/"))
    name = path.name
    while True:
        stem, dot, ext = name.rpartition(".")
        if dot and stem and "." + ext.lower() in _EXTENSIONS:
            name = stem
            continue
        break
    parent = str(path.parent)
    return name if parent in ("", ".") else f"{parent}/{name}"


def item_id(base: str, index: int) -> str:
    """The id of the ``index``-th (1-based) document of a multi-document input."""
    return f"{base}#{index}"


def host_of(url: str | None) -> str | None:
    """The site host of a URL without ``www.`` (``cbp.gov``), or None."""
    if not url:
        return None
    host = (urlsplit(url.strip()).hostname or "").lower().removeprefix("www.")
    return host or None
