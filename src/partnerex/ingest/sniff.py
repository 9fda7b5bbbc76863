"""Guess what a decoded input is from its first bytes (root element, JSON bracket)."""

from __future__ import annotations

import re

_PROLOG = re.compile(
    r"\A(?:\ufeff)?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--.*?-->|<\?[^>]*\?>)\s*)*"
    r"(?:<!DOCTYPE\s+(?P<doctype>[\w:.-]+)[^\[>]*(?P<subset>\[)?)?",
    re.I | re.S,
)
_ROOT = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?P<root>[\w:.-]+)", re.S)
_FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf", "rdf"})
_HTML_ROOTS = frozenset({"html", "head", "body"})


def root_name(text: str) -> str | None:
    """The lowercase name of the first element (after prolog, comments and DOCTYPE)."""
    head = text[:65536]
    prolog = _PROLOG.match(head)
    if not prolog:
        return None
    rest = head[prolog.end() :]
    if prolog.group("subset"):
        rest = rest.split("]>", 1)[-1] if "]>" in rest else ""
    elif prolog.group("doctype"):
        rest = rest.split(">", 1)[-1]
    root = _ROOT.match(rest)
    if root:
        return root.group("root").lower()
    return prolog.group("doctype").lower() if prolog.group("doctype") else None


def sniff(text: str) -> str:
    """``feed``, ``xml`` (other XML), ``html``, ``jsonl`` or ``text``."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped[:1] in ("{", "["):
        return "jsonl"
    if not stripped.startswith("<"):
        return "text"
    root = root_name(stripped)
    if root in _FEED_ROOTS:
        return "feed"
    if root in _HTML_ROOTS:
        return "html"
    if (
        stripped.lower().startswith(("<?xml", "<!doctype"))
        or "<!entity" in stripped[:65536].lower()
    ):
        return "xml"
    return "html"
