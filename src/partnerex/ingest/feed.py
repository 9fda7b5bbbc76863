"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item or entry.

Parsing is safe by construction: defusedxml refuses entity declarations (billion laughs,
quadratic blowup) and external entities or DTDs (XXE via ``file://`` or ``http://``) with
E011, before anything is expanded or fetched. A feed that is merely malformed (unclosed
tags, stray ``&``) falls back to lxml's recovering parser with entity resolution, DTD loading
and network access all off; a document that declares entities is never handed to it.

Per item: title; link (RSS ``<link>``, Atom ``<link rel="alternate" href>``, else a
permalink ``<guid>``); body from ``content:encoded``, Atom ``content``, ``description`` or
``summary`` (HTML converted with paragraph breaks, plain text kept); date from ``pubDate``,
``published``, ``updated`` or ``dc:date``; author from ``author``/``dc:creator``.
"""

from __future__ import annotations

import html.entities
import re
from collections.abc import Iterator
from typing import Any

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from lxml import etree

from partnerex.errors import Errors, InputError
from partnerex.ingest.build import error_record
from partnerex.ingest.dates import parse_date
from partnerex.ingest.limits import MAX_ITEMS
from partnerex.ingest.pages import item_document
from partnerex.models import Document, ErrorRecord

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
_DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*", re.I)
_EXTERNAL_ID = re.compile(rb"\b(?:SYSTEM|PUBLIC)\b")
_BARE_AMP = re.compile(rb"&(?!#\d+;|#x[0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")
_NAMED_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]*);")
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
_TAG_HINT = re.compile(r"<[a-zA-Z][^>]*>")
_NS_PREFIX = re.compile(r"<(/?)[A-Za-z_][\w.-]*:(?=[A-Za-z_])")
_ITEM_NAMES = frozenset({"item", "entry"})
_BODY_ORDER = ("encoded", "content", "description", "summary")
_DATE_ORDER = ("pubDate", "published", "issued", "date", "updated", "modified")


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _refuse(reason: str) -> InputError:
    return InputError("E011", Errors.E011.format(reason=reason))


def repair_xml(data: bytes) -> bytes:
    """Fix the usual feed malformations before the lenient parse: bare ``&`` and HTML named
    entities (``&nbsp;``, ``&rsquo;``) that XML does not define become character references."""

    def named(match: re.Match[bytes]) -> bytes:
        name = match.group(1).decode("ascii")
        if name in _XML_ENTITIES:
            return match.group(0)
        code = html.entities.name2codepoint.get(name)
        return f"&#{code};".encode() if code else b"&amp;" + match.group(0)[1:]

    data = _BARE_AMP.sub(b"&amp;", data)
    return _NAMED_ENTITY.sub(named, data)


def parse_feed_xml(data: bytes) -> Any:
    """The root element of a feed; E011 InputError for hostile XML, lenient on malformed."""
    prolog = _DOCTYPE.search(data[:65536])
    if prolog and _EXTERNAL_ID.search(prolog.group(0)):
        raise _refuse("the DOCTYPE names an external DTD")
    try:
        return SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise _refuse(f"{type(exc).__name__}: {exc}") from exc
    except SafeET.ParseError:
        pass
    if _ENTITY_DECL.search(data):
        raise _refuse("malformed XML that declares entities")
    parser = etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    root = etree.fromstring(repair_xml(data), parser=parser)
    if root is None:
        raise InputError("E010", Errors.E010.format(path="feed", reason="not parseable as XML"))
    return root


Fields = dict[str, list[Any]]


def _index(element: Any) -> Fields:
    """The children of an element grouped by local name, in document order."""
    fields: Fields = {}
    for child in element:
        fields.setdefault(_local(child.tag), []).append(child)
    return fields


def _text(element: Any | None) -> str:
    if element is None:
        return ""
    return "".join(element.itertext()).strip()


def _link(item: Fields) -> str | None:
    links = item.get("link", [])
    for link in links:
        href = link.attrib.get("href")
        if href and link.attrib.get("rel", "alternate") == "alternate":
            return href.strip()
    for link in links:
        if _text(link):
            return _text(link)
    for guid in item.get("guid", []) + item.get("id", []):
        value = _text(guid)
        if value.startswith(("http://", "https://")) and guid.attrib.get("isPermaLink") != "false":
            return value
    return None


def _body(item: Fields) -> tuple[str | None, str | None]:
    """``(html, plain_text)`` of the item body; one of them is set, or neither."""
    for name in _BODY_ORDER:
        for element in item.get(name, []):
            if len(element):  # inline XHTML: serialize, namespace prefixes dropped
                inner = (element.text or "") + "".join(
                    etree.tostring(child, encoding="unicode") if hasattr(child, "getroottree")
                    else SafeET.tostring(child, encoding="unicode")
                    for child in element
                )  # fmt: skip
                return _NS_PREFIX.sub(r"<\1", inner), None
            value = (element.text or "").strip()
            if not value:
                continue
            kind = element.attrib.get("type", "")
            if kind in ("html", "xhtml", "text/html") or _TAG_HINT.search(value):
                return value, None
            return None, value
    return None, None


def _author(item: Fields) -> str | None:
    for name in ("creator", "author"):
        for element in item.get(name, []):
            named = _index(element).get("name")
            value = _text(named[0]) if named else _text(element)
            if value:
                return value
    return None


def _published(item: Fields) -> str | None:
    for name in _DATE_ORDER:
        for element in item.get(name, []):
            iso = parse_date(_text(element))
            if iso:
                return iso
    return None


def read_feed(data: bytes, base_id: str, name: str) -> Iterator[Document | ErrorRecord]:
    """One document per item of an RSS/RDF/Atom feed given as bytes."""
    root = parse_feed_xml(data)
    items = [el for el in root.iter() if _local(el.tag) in _ITEM_NAMES]
    if not items:
        yield error_record(base_id, "E017", name, path=name, reason="no <item> or <entry> elements")
        return
    for index, element in enumerate(items, start=1):
        if index > MAX_ITEMS:
            return
        item = _index(element)
        html, plain = _body(item)
        titles = item.get("title", [])
        yield item_document(
            index,
            base_id,
            name,
            title=re.sub(r"\s+", " ", _text(titles[0])) if titles else None,
            url=_link(item),
            body_html=html,
            body_text=plain,
            feed_published=_published(item),
            author=_author(item),
        )
