"""The records of one document as HTML tables, each evidence offset a link to its anchor.

Row ids (``<prefix>-agreement-1``, ``-program-1``, ``-figure-1``) are targets for the
norm badges in the text; every value is HTML-escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from partnerex.models import Document, Evidence
from partnerex.render.text import evidence_id

Row = Sequence[str]


def number(value: float | None) -> str:
    """A figure value for people: thousands separators, no trailing ``.0``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.6g}"


def text_cell(value: object) -> str:
    """Escaped text of a value: lists joined with commas, None empty."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return escape(", ".join(str(v) for v in value))
    return escape(str(value))


QUOTE_CHARS = 140
"""Longest quote of evidence text shown in a table cell or tooltip."""


def quote(text: str, ev: Evidence, limit: int = QUOTE_CHARS) -> str:
    """The evidence text on one line, cut to ``limit`` characters with an ellipsis."""
    words = " ".join(text[ev.start:ev.end].split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def evidence_link(prefix: str, label: str, ev: Evidence, text: str) -> str:
    """A link to the anchor of one evidence range: the field and offsets, the quote on hover."""
    target = evidence_id(prefix, ev.start, ev.end)
    tip = escape(f"{ev.start}-{ev.end}: {quote(text, ev)}", quote=True)
    return (
        f'<a class="px-evlink" href="#{target}" title="{tip}">'
        f"{escape(label)} {ev.start}–{ev.end}</a>"
    )


def evidence_cell(prefix: str, evidence: dict[str, list[Evidence]], text: str) -> str:
    """Every evidence range of a record, one link each."""
    return " ".join(
        evidence_link(prefix, field, ev, text)
        for field, items in evidence.items()
        for ev in items
    )


def mention_cell(prefix: str, evidence: dict[str, list[Evidence]], text: str) -> str:
    """The quoted sentence that mentions a record (its first ``mention`` evidence), linked."""
    items = evidence.get("mention") or []
    if not items:
        return ""
    ev = items[0]
    return f'<a href="#{evidence_id(prefix, ev.start, ev.end)}">{escape(quote(text, ev))}</a>'


def table(headers: Sequence[str], rows: Iterable[tuple[str, Row]], css: str) -> str:
    """An HTML table; each row is (row id or "", escaped cells)."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        (f'<tr id="{row_id}">' if row_id else "<tr>") + "".join(f"<td>{c}</td>" for c in cells)
        + "</tr>"
        for row_id, cells in rows
    )
    return f'<table class="px-records {css}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _section(title: str, count: int, content: str) -> str:
    body = content if count else '<p class="px-none">none</p>'
    return f"<h3>{escape(title)} ({count})</h3>{body}"


def agreements_html(doc: Document, prefix: str) -> str:
    """One row per agreement: type, status, date, countries, parties, signatories, evidence."""
    rows = []
    for i, a in enumerate(doc.agreements, start=1):
        signers = "; ".join(
            s.name + (f" ({s.title})" if s.title else "") for s in a.signatories
        )
        rows.append((f"{prefix}-agreement-{i}", [
            str(i), text_cell(a.type), text_cell(a.status), text_cell(a.date),
            text_cell(a.countries), text_cell(a.parties), text_cell(signers),
            text_cell(a.programs), mention_cell(prefix, a.evidence, doc.text),
            evidence_cell(prefix, a.evidence, doc.text),
        ]))
    headers = ("#", "type", "status", "date", "countries", "parties", "signatories",
               "programs", "mention", "evidence")
    return _section("Agreements", len(rows), table(headers, rows, "px-agreements"))


def signatories_html(doc: Document, prefix: str) -> str:
    """One row per signatory of every agreement, linked to its evidence when aligned."""
    rows = []
    for i, a in enumerate(doc.agreements, start=1):
        evidence = a.evidence.get("signatories", [])
        aligned = len(evidence) == len(a.signatories)
        for j, s in enumerate(a.signatories):
            link = evidence_link(prefix, "name", evidence[j], doc.text) if aligned else ""
            rows.append(("", [
                f'<a href="#{prefix}-agreement-{i}">{i}</a>', text_cell(s.name),
                text_cell(s.title), text_cell(s.on_behalf_of), link,
            ]))
    headers = ("agreement", "name", "title", "on behalf of", "evidence")
    return _section("Signatories", len(rows), table(headers, rows, "px-signatories"))


def programs_html(doc: Document, prefix: str) -> str:
    """One row per program: id, established, participants, countries, evidence."""
    rows = []
    for i, p in enumerate(doc.programs, start=1):
        participants = "; ".join(
            " ".join(
                x for x in (q.qualifier if q.qualifier != "exact" else "", number(q.value),
                            q.counted or "", f"as of {q.as_of}" if q.as_of else "") if x
            )
            for q in p.participants
        )
        rows.append((f"{prefix}-program-{i}", [
            str(i), text_cell(p.id), text_cell(p.established), text_cell(participants),
            text_cell(p.countries), evidence_cell(prefix, p.evidence, doc.text),
        ]))
    headers = ("#", "program", "established", "participants", "countries", "evidence")
    return _section("Programs", len(rows), table(headers, rows, "px-programs"))


def figures_html(doc: Document, prefix: str) -> str:
    """One row per figure: its text (a link to the mark), value, unit, kind and links."""
    rows = []
    for i, f in enumerate(doc.figures, start=1):
        surface = doc.text[f.start:f.end] if 0 <= f.start < f.end <= len(doc.text) else ""
        target = evidence_id(prefix, f.start, f.end)
        link = f'<a href="#{target}">{escape(surface) or f"{f.start}–{f.end}"}</a>'
        rows.append((f"{prefix}-figure-{i}", [
            str(i), link, number(f.value), number(f.max), text_cell(f.unit),
            text_cell(f.qualifier), text_cell(f.kind), text_cell(f.counted),
            text_cell(f.subject), text_cell(f.program), text_cell(f.as_of),
        ]))
    headers = ("#", "text", "value", "max", "unit", "qualifier", "kind", "counted", "subject",
               "program", "as of")
    return _section("Figures", len(rows), table(headers, rows, "px-figures"))


def records_html(doc: Document, prefix: str) -> str:
    """All record tables of a document."""
    return "".join(
        part(doc, prefix)
        for part in (agreements_html, signatories_html, programs_html, figures_html)
    )
