"""Record scoring (ANNOTATION.md section 5) for one gold and one predicted document.

Matching rules:

* **agreements** match on ``(type, sorted set of countries)``, one-to-one: two gold records
  with the same key need two predictions, and a duplicated prediction is a false positive.
  Within one key, pairs are chosen to agree on the most attributes. Each matched pair is
  then scored on ``date`` (equal, None == None included), ``status`` (equal) and signatory
  names as sets (micro P/R/F1 over all matched pairs; names compared case-insensitively
  with whitespace collapsed; pairs where both sides have no signatory add nothing).
* **programs** match on ``id`` (one-to-one); matched pairs are scored on ``established``.
* **figures** match on ``(value, unit)`` (values compared as floats rounded to 6 decimals),
  one-to-one; within one key, pairs with the same offsets are taken first. Matched pairs
  are scored on ``kind`` and ``qualifier``.
* **countries** (the document-level list) are compared as sets: P/R/F1.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

from partnerex.evaluate.report import PRF, Accuracy, ErrorItem, RecordScores
from partnerex.models import Agreement, Document, Figure, Program

T = TypeVar("T")


def pair_by_key(
    gold: Sequence[T],
    pred: Sequence[T],
    key: Callable[[T], Hashable],
    affinity: Callable[[T, T], int] = lambda g, p: 0,
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """One-to-one pairs of equal keys: (pairs, unmatched gold idx, unmatched pred idx).

    Within a key, the pairs with the highest ``affinity`` are taken first (greedy).
    """
    gold_by: dict[Hashable, list[int]] = defaultdict(list)
    pred_by: dict[Hashable, list[int]] = defaultdict(list)
    for i, item in enumerate(gold):
        gold_by[key(item)].append(i)
    for j, item in enumerate(pred):
        pred_by[key(item)].append(j)
    pairs: list[tuple[int, int]] = []
    for k, gold_idx in gold_by.items():
        pred_idx = pred_by.get(k, [])
        options = sorted(
            ((i, j) for i in gold_idx for j in pred_idx),
            key=lambda ij: (-affinity(gold[ij[0]], pred[ij[1]]), ij),
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        for i, j in options:
            if i not in used_g and j not in used_p:
                pairs.append((i, j))
                used_g.add(i)
                used_p.add(j)
    paired_g = {i for i, _ in pairs}
    paired_p = {j for _, j in pairs}
    return (
        sorted(pairs),
        [i for i in range(len(gold)) if i not in paired_g],
        [j for j in range(len(pred)) if j not in paired_p],
    )


def agreement_key(record: Agreement) -> tuple[str, tuple[str, ...]]:
    """What identifies an agreement: its type and its sorted set of countries."""
    return record.type, tuple(sorted(set(record.countries)))


def program_key(record: Program) -> str:
    """What identifies a program record: its id."""
    return record.id


def figure_key(record: Figure) -> tuple[float, str]:
    """What identifies a figure: its value (rounded float) and unit."""
    return round(float(record.value), 6), record.unit


def _name(name: str) -> str:
    return " ".join(name.casefold().split())


def signatory_names(record: Agreement) -> set[str]:
    """The normalized set of signatory names of an agreement."""
    return {_name(s.name) for s in record.signatories if s.name.strip()}


def set_prf(gold: set[Any], pred: set[Any]) -> PRF:
    """P/R/F1 counts of two sets."""
    return PRF(tp=len(gold & pred), fp=len(pred - gold), fn=len(gold - pred))


def _acc(pairs: list[tuple[Any, Any]]) -> Accuracy:
    return Accuracy(correct=sum(a == b for a, b in pairs), total=len(pairs))


def _agreement_affinity(g: Agreement, p: Agreement) -> int:
    return (g.date == p.date) + (g.status == p.status) + len(
        signatory_names(g) & signatory_names(p)
    )


def _agreement_text(record: Agreement) -> str:
    return f"{record.type} [{', '.join(sorted(set(record.countries)))}]"


def _context(text: str, start: int, end: int, width: int) -> tuple[str, str]:
    """Up to ``width`` characters on each side, whitespace runs shown as one space."""

    def clean(s: str) -> str:
        return re.sub(r"\s+", " ", s)

    return clean(text[max(0, start - width) : start]), clean(text[end : end + width])


def score_records(
    gold: Document, pred: Document, *, width: int = 40
) -> tuple[RecordScores, list[ErrorItem]]:
    """Record scores and record errors of one document pair."""
    errors: list[ErrorItem] = []
    doc_id = gold.id

    def error(category: Any, kind: Any, text: str, detail: str = "", **where: Any) -> None:
        errors.append(
            ErrorItem(
                doc_id=doc_id, category=category, type=kind, text=text, detail=detail, **where
            )
        )

    # Agreements
    pairs, fn, fp = pair_by_key(
        gold.agreements, pred.agreements, agreement_key, _agreement_affinity
    )
    agreements = PRF(tp=len(pairs), fp=len(fp), fn=len(fn))
    for i in fn:
        error("agreement", "fn", _agreement_text(gold.agreements[i]))
    for j in fp:
        error("agreement", "fp", _agreement_text(pred.agreements[j]))
    date_pairs: list[tuple[Any, Any]] = []
    status_pairs: list[tuple[Any, Any]] = []
    signatories = PRF()
    for i, j in pairs:
        g, p = gold.agreements[i], pred.agreements[j]
        date_pairs.append((g.date, p.date))
        status_pairs.append((g.status, p.status))
        signatories = signatories + set_prf(signatory_names(g), signatory_names(p))
        for field in ("date", "status"):
            if getattr(g, field) != getattr(p, field):
                error(
                    "agreement", "mismatch", _agreement_text(g),
                    f"{field}: gold {getattr(g, field)!r}, predicted {getattr(p, field)!r}",
                )
        if signatory_names(g) != signatory_names(p):
            error(
                "agreement", "mismatch", _agreement_text(g),
                f"signatories: gold {sorted(signatory_names(g))}, "
                f"predicted {sorted(signatory_names(p))}",
            )

    # Programs
    ppairs, pfn, pfp = pair_by_key(
        gold.programs, pred.programs, program_key,
        lambda g, p: int(g.established == p.established),
    )
    programs = PRF(tp=len(ppairs), fp=len(pfp), fn=len(pfn))
    for i in pfn:
        error("program", "fn", gold.programs[i].id)
    for j in pfp:
        error("program", "fp", pred.programs[j].id)
    established = [(gold.programs[i].established, pred.programs[j].established) for i, j in ppairs]
    for i, j in ppairs:
        g_est, p_est = gold.programs[i].established, pred.programs[j].established
        if g_est != p_est:
            error("program", "mismatch", gold.programs[i].id,
                  f"established: gold {g_est!r}, predicted {p_est!r}")

    # Figures
    fpairs, ffn, ffp = pair_by_key(
        gold.figures, pred.figures, figure_key,
        lambda g, p: 4 * ((g.start, g.end) == (p.start, p.end))
        + 2 * int(max(g.start, p.start) < min(g.end, p.end))
        + (g.kind == p.kind) + (g.qualifier == p.qualifier),
    )
    figures = PRF(tp=len(fpairs), fp=len(ffp), fn=len(ffn))

    def figure_error(kind: Any, doc: Document, record: Figure, detail: str = "") -> None:
        left, right = _context(doc.text, record.start, record.end, width)
        error(
            "figure", kind, doc.text[record.start : record.end],
            detail or f"{record.value:g} {record.unit} ({record.kind}, {record.qualifier})",
            label="FIGURE", start=record.start, end=record.end, left=left, right=right,
        )

    for i in ffn:
        figure_error("fn", gold, gold.figures[i])
    for j in ffp:
        figure_error("fp", pred, pred.figures[j])
    kinds = [(gold.figures[i].kind, pred.figures[j].kind) for i, j in fpairs]
    qualifiers = [(gold.figures[i].qualifier, pred.figures[j].qualifier) for i, j in fpairs]
    for i, j in fpairs:
        g, p = gold.figures[i], pred.figures[j]
        for field in ("kind", "qualifier"):
            if getattr(g, field) != getattr(p, field):
                figure_error(
                    "mismatch", gold, g,
                    f"{field}: gold {getattr(g, field)!r}, predicted {getattr(p, field)!r}",
                )

    # Document countries
    gold_countries, pred_countries = set(gold.countries), set(pred.countries)
    for code in sorted(gold_countries - pred_countries):
        error("country", "fn", code)
    for code in sorted(pred_countries - gold_countries):
        error("country", "fp", code)

    scores = RecordScores(
        agreements=agreements,
        agreement_date=_acc(date_pairs),
        agreement_status=_acc(status_pairs),
        agreement_signatories=signatories,
        programs=programs,
        program_established=_acc(established),
        figures=figures,
        figure_kind=_acc(kinds),
        figure_qualifier=_acc(qualifiers),
        countries=set_prf(gold_countries, pred_countries),
    )
    return scores, errors
