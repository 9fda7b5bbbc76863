"""Show documents: one self-contained HTML page with displaCy's span view and record tables.

    >>> from pathlib import Path
    >>> from partnerex.render import load_documents, render_page
    >>> docs = load_documents(["out/documents.jsonl"])      # or any input partnerex.read takes
    >>> Path("page.html").write_text(render_page(docs, title="CBP releases"), encoding="utf-8")

Countries nested in org/program/agreement names are derived from the text for display
(see ``marks.py``); evidence links and norm badges connect the text and the tables.
"""

from __future__ import annotations

from partnerex.render.inputs import is_documents_jsonl, load_documents
from partnerex.render.marks import Mark, document_marks, evidence_ranges, nested_countries
from partnerex.render.page import document_html, render_page
from partnerex.render.style import LABEL_COLORS
from partnerex.render.text import render_text

__all__ = [
    "LABEL_COLORS",
    "Mark",
    "document_html",
    "document_marks",
    "evidence_ranges",
    "is_documents_jsonl",
    "load_documents",
    "nested_countries",
    "render_page",
    "render_text",
]
