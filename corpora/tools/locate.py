"""Turn hand-made annotation tables into offsets: find each surface string in a text.

A table lists spans in text order as ``[label, norm, surface]`` or
``[label, norm, surface, options]``. Each surface is searched forward from the end of the
previous span, so the first occurrence after it wins; ``options["ctx"]`` names a longer
string that is found first (the surface is then taken inside it) to skip occurrences that
must stay unannotated; ``options["raw"]`` turns off the word-boundary check (a surface
glued to a neighbour, "CBP.CTPAT"). A surface that cannot be found raises
``AnnotationError`` naming the document and the entry: the tables are the gold, and a
change of the ingested text must never move a span silently.
"""

from __future__ import annotations

import itertools
from typing import Any

FIGURE_DEFAULTS: dict[str, Any] = {
    "max": None,
    "qualifier": "exact",
    "counted": None,
    "subject": None,
    "program": None,
}
FIGURE_KEYS = ("value", "max", "unit", "qualifier", "kind", "counted", "subject", "program")


class AnnotationError(ValueError):
    """A table entry that does not fit the text it annotates."""


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def at_boundary(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is not part of a longer word or dotted token."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if _word_char(before) or _word_char(after):
        return False
    # "www.CBP.gov": a dot glued to a word on the outer side makes one token.
    if before == "." and start > 1 and _word_char(text[start - 2]):
        return False
    return not (after == "." and end + 1 < len(text) and _word_char(text[end + 1]))


def find(text: str, surface: str, cursor: int, raw: bool = False) -> int:
    """The first start of ``surface`` at or after ``cursor`` on word boundaries, or -1."""
    pos = text.find(surface, cursor)
    while pos >= 0:
        if raw or at_boundary(text, pos, pos + len(surface)):
            return pos
        pos = text.find(surface, pos + 1)
    return -1


def _find_in_context(
    doc_id: str, number: int, text: str, surface: str, ctx: str, cursor: int, raw: bool
) -> int:
    """The surface inside the first occurrence of ``ctx`` that holds it at or after ``cursor``.

    The context may begin before the cursor, so two spans can share one context string.
    """
    at = text.find(ctx, max(0, cursor - len(ctx) + 1))
    while at >= 0:
        inner = find(text, surface, max(at, cursor), raw=raw)
        if inner >= 0 and inner + len(surface) <= at + len(ctx):
            return inner
        at = text.find(ctx, at + 1)
    raise AnnotationError(
        f"{doc_id}: entry {number} {surface!r} in context {ctx!r} not found after offset {cursor}"
    )


def locate_spans(doc_id: str, text: str, entries: list[list[Any]]) -> list[dict[str, Any]]:
    """Spans (with ``fig`` details kept aside) for table entries listed in text order."""
    spans: list[dict[str, Any]] = []
    cursor = 0
    for number, entry in enumerate(entries, 1):
        if len(entry) not in (3, 4):
            raise AnnotationError(
                f"{doc_id}: entry {number} {entry!r} is not [label, norm, surface, opts?]"
            )
        label, norm, surface = entry[:3]
        opts: dict[str, Any] = entry[3] if len(entry) == 4 else {}
        raw = bool(opts.get("raw"))
        if "ctx" in opts:
            start = _find_in_context(doc_id, number, text, surface, opts["ctx"], cursor, raw)
        else:
            start = find(text, surface, cursor, raw=raw)
        if start < 0:
            raise AnnotationError(
                f"{doc_id}: entry {number} {label} {surface!r} not found after offset {cursor} "
                f"(…{text[max(0, cursor - 40) : cursor]!r})"
            )
        end = start + len(surface)
        span: dict[str, Any] = {
            "start": start,
            "end": end,
            "label": label,
            "text": surface,
            "norm": norm,
        }
        if label == "FIGURE":
            if "fig" not in opts:
                raise AnnotationError(f"{doc_id}: FIGURE {surface!r} has no 'fig' record")
            figure = {**FIGURE_DEFAULTS, **opts["fig"]}
            unknown = set(figure) - set(FIGURE_KEYS) - {"as_of"}
            missing = {"value", "unit", "kind"} - set(figure)
            if unknown or missing:
                raise AnnotationError(
                    f"{doc_id}: FIGURE {surface!r}: unknown keys {unknown}, missing {missing}"
                )
            span["fig"] = figure
        elif "fig" in opts:
            raise AnnotationError(f"{doc_id}: {label} {surface!r} cannot carry a figure")
        spans.append(span)
        cursor = end
    return spans


def check_spans(doc_id: str, text: str, spans: list[dict[str, Any]]) -> None:
    """Raise on a span whose text differs from its slice, or on overlapping spans."""
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for span in ordered:
        if text[span["start"] : span["end"]] != span["text"]:
            raise AnnotationError(f"{doc_id}: span {span} does not match the text")
        if span["text"] != span["text"].strip() or not span["text"]:
            raise AnnotationError(f"{doc_id}: span {span} is empty or has outer whitespace")
    for left, right in itertools.pairwise(ordered):
        if right["start"] < left["end"]:
            raise AnnotationError(f"{doc_id}: spans overlap: {left} / {right}")


def split_figures(spans: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Plain spans and figure records (with the FIGURE span's offsets), both in text order."""
    plain: list[dict[str, Any]] = []
    figures: list[dict[str, Any]] = []
    for span in sorted(spans, key=lambda s: (s["start"], s["end"])):
        fig = span.pop("fig", None)
        plain.append(span)
        if fig is not None:
            record = {key: fig[key] for key in FIGURE_KEYS}
            if fig.get("as_of") is not None:
                record["as_of"] = fig["as_of"]
            record["start"], record["end"] = span["start"], span["end"]
            figures.append(record)
    return plain, figures
