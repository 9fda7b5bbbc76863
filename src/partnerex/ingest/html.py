"""HTML to text with paragraph breaks, chrome elements dropped, metadata read from the tree.

Library choice (measured on the seeds and the 004 feed bodies, see ``benchmarks`` notes in the
ingest report): selectolax (lexbor) parses and walks the ten 004 item bodies in about a tenth
of lxml's time and two orders of magnitude faster than BeautifulSoup or trafilatura, keeps
``<figcaption>`` text (trafilatura drops captions by default and needs per-call tuning), and
exposes the tree we need for class-based chrome removal. Entities are unescaped by the
parser; attribute text (``alt``, ``title``, ``data-*``) is never emitted.

Text layout: every block element (``p``, ``div``, headings, ``li``, ``figcaption``, table
rows...) is a paragraph, separated by a blank line; ``<br>`` is a line break; whitespace
inside a paragraph is collapsed. Elements whose tag is in ``chrome_html_tag`` or whose class
or id token is in ``chrome_html_class`` are dropped with their content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from partnerex.ingest.chrome import ChromeRules, default_rules
from partnerex.ingest.dates import parse_date

BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "caption", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "body", "html",
    }
)  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
_WS = re.compile(r"[ \t\r\n\f\u00a0\u200b]+")
_PARA, _LINE = "\x00P", "\x00L"


@dataclass
class HtmlMeta:
    """Metadata found in an HTML tree (None when absent)."""

    title: str | None = None
    url: str | None = None
    author: str | None = None
    published: list[tuple[str, str]] = field(default_factory=list)  # (iso, published_from)


def parse(html: str) -> LexborHTMLParser:
    """Parse an HTML document or fragment."""
    return LexborHTMLParser(html)


def _classes(node: LexborNode) -> set[str]:
    attrs = node.attributes
    tokens = set((attrs.get("class") or "").split())
    if attrs.get("id"):
        tokens.add(attrs["id"] or "")
    return tokens


def _dropped(node: LexborNode, rules: ChromeRules) -> bool:
    if node.tag in rules.html_tags:
        return True
    attrs = node.attributes
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    return bool(_classes(node) & rules.html_classes)


def node_text(root: LexborNode, rules: ChromeRules | None = None, drop: bool = True) -> str:
    """The text of ``root``: paragraphs separated by blank lines, chrome dropped if ``drop``."""
    rules = rules or default_rules()
    parts: list[str] = []
    stack: list[LexborNode | str] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        tag = item.tag
        if tag == "-text":
            parts.append(item.text_content or "")
            continue
        if tag in ("-comment", "!doctype") or (drop and item is not root and _dropped(item, rules)):
            continue
        if tag == "br":
            parts.append(_LINE)
            continue
        block = tag in BLOCK_TAGS
        if block:
            parts.append(_PARA)
        elif tag in _CELL_TAGS:
            parts.append(" ")
        children = list(item.iter(include_text=True))
        if block:
            stack.append(_PARA)
        stack.extend(reversed(children))
    return _layout("".join(parts))


def _layout(raw: str) -> str:
    paragraphs = []
    for para in raw.split(_PARA):
        lines = [_WS.sub(" ", ln).strip() for ln in para.split(_LINE)]
        text = "\n".join(ln for ln in lines if ln)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def html_to_text(html: str, rules: ChromeRules | None = None) -> str:
    """Text of an HTML fragment or document (body, or the whole tree for fragments)."""
    tree = parse(html)
    root = tree.body or tree.root
    return node_text(root, rules) if root is not None else ""


def content_root(tree: LexborHTMLParser) -> LexborNode | None:
    """The ``<main>`` or single ``<article>`` of a page, else its body."""
    mains = tree.css("main, [role=main]")
    if len(mains) == 1:
        return mains[0]
    articles = tree.css("article")
    if len(articles) == 1:
        return articles[0]
    return tree.body or tree.root


def _meta_content(tree: LexborHTMLParser, selectors: tuple[str, ...]) -> str | None:
    for selector in selectors:
        node = tree.css_first(selector)
        if node is not None:
            value = node.attributes.get("content") or node.attributes.get("href")
            if value and value.strip():
                return value.strip()
    return None


def release_date_fields(tree: LexborHTMLParser, labels: frozenset[str]) -> list[str]:
    """Dates in label/value fields: an element whose text is a label, then its next sibling."""
    found: list[str] = []
    for node in tree.css("div, span, dt, th, strong, b, label, p"):
        text = _WS.sub(" ", node.text(deep=True) or "").strip().rstrip(":").lower()
        if text not in labels:
            continue
        sibling = node.next
        while sibling is not None and sibling.tag == "-text" and not (sibling.text_content or "").strip():
            sibling = sibling.next
        if sibling is not None:
            iso = parse_date(sibling.text(deep=True) if sibling.tag != "-text" else sibling.text_content or "")
            if iso:
                found.append(iso)
    return found


def html_meta(tree: LexborHTMLParser, labels: frozenset[str]) -> HtmlMeta:
    """Title, canonical URL, author and published-date candidates of a page or fragment."""
    meta = HtmlMeta()
    meta.title = _meta_content(tree, ('meta[property="og:title"]', 'meta[name="twitter:title"]'))
    if not meta.title:
        for selector in ("h1", "title"):
            node = tree.css_first(selector)
            if node is not None and (node.text(deep=True) or "").strip():
                meta.title = _WS.sub(" ", node.text(deep=True)).strip()
                break
    meta.url = _meta_content(tree, ('link[rel="canonical"]', 'meta[property="og:url"]'))
    meta.author = _meta_content(tree, ('meta[name="author"]', 'meta[property="article:author"]'))
    for iso in release_date_fields(tree, labels):
        meta.published.append((iso, "release_date_line"))
    for node in tree.css("time[datetime]"):
        iso = parse_date(node.attributes.get("datetime") or "")
        if iso:
            meta.published.append((iso, "time_tag"))
    stamp = _meta_content(
        tree,
        ('meta[property="article:published_time"]', 'meta[name="dcterms.date"]',
         'meta[name="DC.date"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]'),
    )  # fmt: skip
    if stamp and (iso := parse_date(stamp)):
        meta.published.append((iso, "time_tag"))
    return meta
