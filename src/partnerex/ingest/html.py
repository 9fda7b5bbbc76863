"""HTML to text with paragraph breaks, chrome elements dropped, metadata read from the tree.

Library choice, measured with ``benchmarks/ingest_html_libraries.py`` on the ten item bodies
of seed 004 (59 KB of HTML; 2 shared cores, medians of 20 rounds, numbers vary by ~1.5x):

=====================================  ==========  ========  =======  ==================
library                                ms/10 items captions  no alt   sentences broken
=====================================  ==========  ========  =======  ==================
selectolax + this module's walk           11-17      kept      yes     0
selectolax ``.text()`` only                 0.5      kept      yes     7 (no paragraphs)
lxml.html + block xpath                    6-10      kept      yes     0 (text outside
                                                                         p/li/h* is lost)
BeautifulSoup (html.parser / lxml)        35-62      kept      yes     32
trafilatura.extract                      150-250     DROPPED   yes     0
=====================================  ==========  ========  =======  ==================

Parsing alone: lxml 1.0 ms, selectolax 1.6 ms, BeautifulSoup 66 ms for the ten bodies.
selectolax (lexbor) is chosen: as fast as lxml in practice (the Python walk dominates either
way), an HTML5-conformant parser (lxml's libxml2 parser is HTML 4 and recovers differently
from browsers on misnested tags), CSS selectors for metadata, already a dependency, and
it keeps captions, which carry signatories. BeautifulSoup is 3-5x slower and splits
sentences at every inline tag; trafilatura is 10-20x slower and drops ``<figcaption>``.
Entities are unescaped by the parser; attribute text (``alt``, ``title``, ``data-*``) is
never emitted.

Text layout: every block element (``p``, ``div``, headings, ``li``, ``figcaption``, table
rows...) is a paragraph, separated by a blank line; ``<br>`` is a line break; whitespace
inside a paragraph is collapsed. Elements whose tag is in ``chrome_html_tag`` or whose class
or id token is in ``chrome_html_class`` are dropped with their content.
"""

from __future__ import annotations

import html as htmllib
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
        "table", "tbody", "tfoot", "thead", "tr", "ul", "body", "html",
    }
)  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
_WS = re.compile(r"[ \t\r\n\f\u00a0\u200b]+")
_PARA, _LINE = "\x00P", "\x00L"
#: Deepest block nesting handed to the parser (see ``nesting_exceeds``).
MAX_NESTING = 2000
#: The elements whose nesting makes the HTML5 tree builder slow (scope checks per start tag).
_TAG = re.compile(
    r"<(/?)(address|article|aside|blockquote|center|details|dialog|dir|div|dl|fieldset"
    r"|figcaption|figure|footer|form|h[1-6]|header|hgroup|main|menu|nav|ol|pre|section|summary"
    r"|table|ul)\b[^>]*?(/?)>",
    re.I,
)
_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_BLOCK_TAG = re.compile(r"</?(?:" + "|".join(sorted(BLOCK_TAGS)) + r")\b[^>]*>", re.I)
_BR_TAG = re.compile(r"<br\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[^>]*>")


@dataclass
class HtmlMeta:
    """Metadata found in an HTML tree (None when absent)."""

    title: str | None = None
    url: str | None = None
    author: str | None = None
    published: list[tuple[str, str]] = field(default_factory=list)  # (iso, published_from)


def nesting_exceeds(html: str, limit: int = MAX_NESTING) -> bool:
    """True when block elements nest deeper than ``limit`` (lexbor is quadratic in that depth:
    200,000 nested ``<div>`` take minutes, nested ``<span>`` or ``<b>`` stay fast)."""
    depth = 0
    for match in _TAG.finditer(html):
        if match.group(3):
            continue
        depth += -1 if match.group(1) else 1
        if depth > limit:
            return True
    return False


def parse(html: str) -> LexborHTMLParser | None:
    """Parse an HTML document or fragment; None when it nests too deep to parse safely."""
    if nesting_exceeds(html):
        return None
    return LexborHTMLParser(html)


def soup_text(html: str) -> str:
    """Bounded fallback for HTML too deep to parse: tags stripped by pattern, blocks as
    paragraphs, entities unescaped (linear time)."""
    html = _INVISIBLE.sub(" ", html)
    html = _BLOCK_TAG.sub(_PARA, html)
    html = _BR_TAG.sub(_LINE, html)
    return _layout(htmllib.unescape(_ANY_TAG.sub("", html)))


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
    if attrs.get("aria-hidden") == "true":
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
        lines = [" ".join(ln.split()) for ln in para.replace("\u200b", "").split(_LINE)]
        text = "\n".join(ln for ln in lines if ln)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def html_to_text(html: str, rules: ChromeRules | None = None) -> str:
    """Text of an HTML fragment or document (body, or the whole tree for fragments)."""
    tree = parse(html)
    if tree is None:
        return soup_text(html)
    root = tree.body or tree.root
    return node_text(root, rules) if root is not None else ""


def _inside_content(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in ("article", "main"):
            return True
        parent = parent.parent
    return False


def drop_page_frame(tree: LexborHTMLParser) -> None:
    """Remove the page's own ``<header>``/``<footer>`` (site banner, footer links); those
    inside an ``<article>`` or ``<main>`` (an article's byline or notes) stay."""
    for node in tree.css("header, footer"):
        if not _inside_content(node):
            node.decompose()


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
        own = node.text(deep=False) or ""
        if len(own) > 40:
            continue
        text = _WS.sub(" ", own).strip().rstrip(":").lower()
        if text not in labels:
            continue
        sibling = node.next
        while (
            sibling is not None
            and sibling.tag == "-text"
            and not (sibling.text_content or "").strip()
        ):
            sibling = sibling.next
        if sibling is not None:
            iso = parse_date(
                sibling.text(deep=True) if sibling.tag != "-text" else sibling.text_content or ""
            )
            if iso:
                found.append(iso)
    return found


def _published_in_body(tree: LexborHTMLParser, labels: frozenset[str]) -> list[tuple[str, str]]:
    found = [(iso, "release_date_line") for iso in release_date_fields(tree, labels)]
    for node in tree.css("time[datetime]"):
        iso = parse_date(node.attributes.get("datetime") or "")
        if iso:
            found.append((iso, "time_tag"))
    return found


def html_meta(tree: LexborHTMLParser, labels: frozenset[str], page: bool = True) -> HtmlMeta:
    """Title, canonical URL, author and published-date candidates of a page; for a feed item
    body (``page=False``) only the published-date candidates in the body."""
    meta = HtmlMeta()
    if not page:
        meta.published = _published_in_body(tree, labels)
        return meta
    meta.title = _meta_content(tree, ('meta[property="og:title"]', 'meta[name="twitter:title"]'))
    if not meta.title:
        for selector in ("h1", "title"):
            node = tree.css_first(selector)
            if node is not None and (node.text(deep=True) or "").strip():
                meta.title = _WS.sub(" ", node.text(deep=True)).strip()
                break
    meta.url = _meta_content(tree, ('link[rel="canonical"]', 'meta[property="og:url"]'))
    meta.author = _meta_content(tree, ('meta[name="author"]', 'meta[property="article:author"]'))
    meta.published = _published_in_body(tree, labels)
    stamp = _meta_content(
        tree,
        ('meta[property="article:published_time"]', 'meta[name="dcterms.date"]',
         'meta[name="DC.date"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]'),
    )  # fmt: skip
    if stamp and (iso := parse_date(stamp)):
        meta.published.append((iso, "time_tag"))
    return meta
