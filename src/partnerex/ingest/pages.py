"""Readers of one decoded text: a page saved as text, an HTML page, a tagless feed."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from partnerex.ingest.build import error_record, make_document, pick_published
from partnerex.ingest.dates import dateline_date
from partnerex.ingest.flatfeed import feed_date, looks_like_flat_feed, split_flat_feed
from partnerex.ingest.html import (
    HtmlMeta,
    content_root,
    drop_page_frame,
    html_meta,
    node_text,
    parse,
    soup_text,
)
from partnerex.ingest.ids import item_id, url_id
from partnerex.ingest.limits import MAX_ITEMS
from partnerex.ingest.sniff import sniff
from partnerex.ingest.text import clean_page_text
from partnerex.kb import load_kb
from partnerex.models import Document, ErrorRecord


@functools.lru_cache(maxsize=1)
def release_labels() -> frozenset[str]:
    """The ``ingest_release_date_label`` terms ("release date", "posted"...)."""
    return load_kb().terms("ingest_release_date_label")


def _first_dateline(text: str) -> str | None:
    for paragraph in text.split("\n")[:12]:
        found = dateline_date(paragraph)
        if found:
            return found
    return None


def read_page_text(text: str, base_id: str, name: str) -> Iterator[Document | ErrorRecord]:
    """One document from a plain-text page (chrome removed)."""
    page = clean_page_text(text)
    if not page.text:
        yield error_record(base_id, "E012", name, path=name)
        return
    yield make_document(
        base_id,
        page.text,
        title=page.title,
        published=(page.published, page.published_from),
        fallback_source=name,
    )


def read_html_page(html: str, base_id: str, name: str) -> Iterator[Document | ErrorRecord]:
    """One document from an HTML page: main content, chrome removed, metadata from the tree."""
    tree = parse(html)
    if tree is None:
        meta, raw = HtmlMeta(), soup_text(html)
    else:
        meta = html_meta(tree, release_labels())
        drop_page_frame(tree)
        root = content_root(tree)
        raw = node_text(root) if root is not None else ""
    page = clean_page_text(raw)
    if not page.text:
        yield error_record(base_id, "E012", name, path=name)
        return
    by_origin = {origin: iso for iso, origin in reversed(meta.published)}
    published = pick_published(
        [
            (by_origin.get("release_date_line"), "release_date_line"),
            (page.published if page.published_from == "release_date_line" else None,
             "release_date_line"),
            (by_origin.get("time_tag"), "time_tag"),
            (page.published if page.published_from == "dateline" else None, "dateline"),
        ]
    )  # fmt: skip
    yield make_document(
        url_id(meta.url) if meta.url else base_id,
        page.text,
        title=meta.title or page.title,
        url=meta.url,
        published=published,
        author=meta.author,
        fallback_source=name,
    )


def item_document(
    index: int,
    base_id: str,
    name: str,
    *,
    title: str | None,
    url: str | None,
    body_html: str | None,
    body_text: str | None = None,
    feed_published: str | None = None,
    author: str | None = None,
) -> Document:
    """A feed item as a document; ``published``: release-date field, feed date, time tag,
    dateline, in that order."""
    by_origin: dict[str, str] = {}
    if body_html is not None:
        tree = parse(body_html)
        if tree is None:
            text = soup_text(body_html)
        else:
            found = html_meta(tree, release_labels(), page=False).published
            by_origin = {origin: iso for iso, origin in reversed(found)}
            root = tree.body or tree.root
            text = node_text(root) if root is not None else ""
    else:
        text = (body_text or "").strip()
    text = text or (title or "").strip()
    published = pick_published(
        [
            (by_origin.get("release_date_line"), "release_date_line"),
            (feed_published, "feed"),
            (by_origin.get("time_tag"), "time_tag"),
            (_first_dateline(text), "dateline"),
        ]
    )
    return make_document(
        url_id(url) if url else item_id(base_id, index),
        text,
        title=title,
        url=url,
        published=published,
        author=author,
        fallback_source=name,
    )


def read_flat_feed(text: str, base_id: str, name: str) -> Iterator[Document | ErrorRecord]:
    """One document per item of a feed whose XML tags were lost."""
    for index, item in enumerate(split_flat_feed(text), start=1):
        if index > MAX_ITEMS:
            return
        yield item_document(
            index,
            base_id,
            name,
            title=item.title,
            url=item.url,
            body_html=item.html,
            feed_published=feed_date(item),
            author=item.author,
        )


def read_text_like(text: str, base_id: str, name: str) -> Iterator[Document | ErrorRecord]:
    """Sniff a decoded text: tagless feed, HTML page or plain page text."""
    if looks_like_flat_feed(text):
        yield from read_flat_feed(text, base_id, name)
    elif sniff(text) == "html":
        yield from read_html_page(text, base_id, name)
    else:
        yield from read_page_text(text, base_id, name)
