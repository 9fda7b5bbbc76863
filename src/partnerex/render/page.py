"""One self-contained HTML page: legend, table of contents, one section per document.

Each section has the title and metadata, displaCy's span view of the text, and the
record tables whose evidence links jump to anchors in the text. Error records (inputs
that could not be read or extracted) get a section with their code and message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from html import escape
from urllib.parse import urlparse

from partnerex.models import Document, ErrorRecord, Figure
from partnerex.render.marks import Mark, document_marks, evidence_ranges
from partnerex.render.records import number, records_html, table, text_cell
from partnerex.render.style import CSS, JS, LABEL_COLORS, LABEL_HELP
from partnerex.render.text import render_text

Item = Document | ErrorRecord


def doc_prefix(index: int) -> str:
    """The id of the ``index``-th document section (also the prefix of its anchors)."""
    return f"d{index}"


def _link(url: str | None) -> str:
    if not url:
        return ""
    if urlparse(url).scheme in ("http", "https"):
        return f'<a href="{escape(url, quote=True)}" rel="noreferrer">{escape(url)}</a>'
    return escape(url)


def _chips(codes: Iterable[str], label: str = "COUNTRY") -> str:
    color = LABEL_COLORS[label]
    return " ".join(
        f'<span class="px-chip" style="background: {color}">{escape(c)}</span>' for c in codes
    )


def legend_html() -> str:
    """The label legend: color chip and meaning of every label."""
    items = "".join(
        f'<li><span class="px-chip" style="background: {LABEL_COLORS[label]}">{label}</span>'
        f"{escape(LABEL_HELP[label])}</li>"
        for label in LABEL_COLORS
    )
    return f'<ul class="px-legend">{items}</ul>'


def plural(n: int, word: str) -> str:
    """"1 figure", "2 figures"."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def counts(item: Item) -> str:
    """"12 spans · 1 agreement · ..." for the table of contents."""
    if isinstance(item, ErrorRecord):
        return f"error {escape(item.error.code)}"
    parts = [(len(item.spans), "span"), (len(item.agreements), "agreement"),
             (len(item.programs), "program"), (len(item.figures), "figure")]
    return " · ".join(plural(n, word) for n, word in parts)


def _title(item: Item) -> str:
    if isinstance(item, Document) and item.meta.title:
        return item.meta.title
    return item.id


def toc_html(items: list[Item]) -> str:
    """An ordered list linking every document section."""
    entries = "".join(
        f'<li><a href="#{doc_prefix(i)}">{escape(_title(item))}</a> '
        f'<span class="px-counts">{counts(item)}</span></li>'
        for i, item in enumerate(items, start=1)
    )
    wide = " px-toc-wide" if len(items) > 8 else ""
    return f'<nav class="px-box px-toc{wide}"><h2>Contents</h2><ol>{entries}</ol></nav>'


def overview_html(items: list[Item]) -> str:
    """Every agreement on the page in one table, each row linked to its document and record."""
    rows = []
    for i, item in enumerate(items, start=1):
        if not isinstance(item, Document):
            continue
        prefix = doc_prefix(i)
        for j, a in enumerate(item.agreements, start=1):
            rows.append(("", [
                f'<a href="#{prefix}">{i}. {escape(_title(item))}</a>',
                f'<a href="#{prefix}-agreement-{j}">{escape(a.type)}</a>',
                text_cell(a.status), text_cell(a.date), text_cell(a.countries),
                text_cell([s.name for s in a.signatories]),
            ]))
    if not rows:
        return ""
    headers = ("document", "agreement", "status", "date", "countries", "signatories")
    return (
        f'<div class="px-box px-overview"><h2>All agreements ({len(rows)})</h2>'
        f'{table(headers, rows, "px-overview-table")}</div>'
    )


def _meta_html(doc: Document) -> str:
    meta = doc.meta
    published = meta.published or ""
    if published and meta.published_from:
        published += f" ({meta.published_from})"
    rows = [("id", escape(doc.id)), ("published", escape(published)),
            ("source", escape(meta.source or "")), ("url", _link(meta.url)),
            ("author", escape(meta.author or "")), ("countries", _chips(doc.countries))]
    return '<dl class="px-meta">' + "".join(
        f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows if value
    ) + "</dl>"


def _href_for(doc: Document, prefix: str) -> Callable[[Mark], str | None]:
    programs = {p.id: i for i, p in enumerate(doc.programs, start=1)}
    figures = {(f.start, f.end): i for i, f in enumerate(doc.figures, start=1)}

    def href(mark: Mark) -> str | None:
        if mark.label == "PROGRAM" and mark.norm in programs:
            return f"#{prefix}-program-{programs[mark.norm]}"
        if mark.label == "FIGURE" and (mark.start, mark.end) in figures:
            return f"#{prefix}-figure-{figures[(mark.start, mark.end)]}"
        return None

    return href


_QUALIFIER_SIGNS = {"exact": "", "approx": "~", "over": ">", "at_least": "≥", "under": "<",
                    "up_to": "≤"}


def figure_badge(figure: Figure) -> str:
    """A short reading of a figure for its badge in the text: ">9,600 kg", "24 participants"."""
    value = number(figure.value) + (f"–{number(figure.max)}" if figure.max is not None else "")
    unit = (figure.counted or "") if figure.unit == "count" else figure.unit
    return f"{_QUALIFIER_SIGNS.get(figure.qualifier, '')}{value} {unit}".strip()


def display_marks(doc: Document) -> list[Mark]:
    """The document's marks, FIGURE marks carrying their figure's reading as norm."""
    figures = {(f.start, f.end): f for f in doc.figures}
    return [
        replace(m, norm=figure_badge(figures[(m.start, m.end)]))
        if m.label == "FIGURE" and (m.start, m.end) in figures
        else m
        for m in document_marks(doc)
    ]


def document_html(doc: Document, index: int) -> str:
    """The section of one document: header, marked text, record tables."""
    prefix = doc_prefix(index)
    text = render_text(doc.text, display_marks(doc), evidence_ranges(doc), prefix,
                       _href_for(doc, prefix))
    return (
        f'<section class="px-doc" id="{prefix}"><a class="px-top" href="#top">contents ↑</a>'
        f"<h2>{index}. {escape(_title(doc))}</h2>{_meta_html(doc)}"
        f'<div class="px-text">{text}</div>{records_html(doc, prefix)}</section>'
    )


def error_html(record: ErrorRecord, index: int) -> str:
    """The section of an input that could not be read or extracted."""
    source = f"<dt>source</dt><dd>{escape(record.source)}</dd>" if record.source else ""
    return (
        f'<section class="px-doc px-error" id="{doc_prefix(index)}">'
        f"<h2>{index}. {escape(record.id)}</h2>"
        f'<dl class="px-meta"><dt>error</dt><dd>{escape(record.error.code)}</dd>{source}</dl>'
        f"<pre>{escape(record.error.message)}</pre></section>"
    )


def render_page(items: Iterable[Item], *, title: str = "partnerex", subtitle: str = "") -> str:
    """The whole page for documents (and error records), in the order given."""
    docs = list(items)
    sections = "".join(
        error_html(item, i) if isinstance(item, ErrorRecord) else document_html(item, i)
        for i, item in enumerate(docs, start=1)
    )
    found = [d for d in docs if isinstance(d, Document)]
    totals = [
        (len(found), "document"),
        (sum(len(d.agreements) for d in found), "agreement"),
        (sum(len(d.programs) for d in found), "program"),
        (sum(len(d.figures) for d in found), "figure"),
        (len(docs) - len(found), "error"),
    ]
    summary = ", ".join(plural(n, word) for n, word in totals if n or word != "error")
    sub = f'<p class="px-sub">{escape(subtitle)}</p>' if subtitle else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head>"
        f'<body><main id="top"><header class="px-page"><h1>{escape(title)}</h1>{sub}'
        f'<p class="px-sub">{escape(summary)}. Click an evidence link to jump to the text; '
        "click a norm badge in the text to jump to its record.</p>"
        f'<div class="px-box"><h2>Labels</h2>{legend_html()}</div></header>'
        f"{toc_html(docs)}{overview_html(docs)}{sections}</main><script>{JS}</script></body></html>\n"
    )

