"""``evaluate(gold_docs, pred_docs) -> Report``: score a corpus of predictions against gold."""

from __future__ import annotations

from collections.abc import Iterable

from partnerex.errors import Errors, PartnerexError
from partnerex.evaluate.records import _context, score_records
from partnerex.evaluate.report import DocumentReport, ErrorItem, RecordScores, Report, SpanScores
from partnerex.evaluate.spans import SpanMatch, match_spans
from partnerex.models import Document, ErrorRecord, Span

#: Characters of context shown on each side of an error.
CONTEXT = 40


def span_errors(doc_id: str, text: str, match: SpanMatch, width: int = CONTEXT) -> list[ErrorItem]:
    """Strict false negatives and positives, and norm mismatches, of one document.

    ``detail`` says what a missed or spurious span partially matches ("boundary") or
    which other-label span has the same offsets ("label").
    """
    gold, pred = match.gold, match.pred
    strict_g = {i for i, _ in match.strict}
    strict_p = {j for _, j in match.strict}
    partner_of_g = dict(match.partial)
    partner_of_p = {j: i for i, j in match.partial}
    errors: list[ErrorItem] = []

    def item(kind: str, span: Span, other: Span | None, detail: str = "") -> ErrorItem:
        side = "predicted" if kind == "fn" else "gold"
        if not detail and other is not None:
            detail = f"boundary: {side} {other.text!r} [{other.start}:{other.end}]"
        if not detail:
            pool = pred if kind == "fn" else gold
            same = [s for s in pool if (s.start, s.end) == (span.start, span.end)]
            if same:
                other = same[0]
                detail = f"label: {side} {other.label}"
        if kind == "fn" and other is not None and other.pattern:
            detail += f" (pattern {other.pattern})"
        left, right = _context(text, span.start, span.end, width)
        return ErrorItem(
            doc_id=doc_id, category="span" if kind != "mismatch" else "norm", type=kind,
            label=span.label, start=span.start, end=span.end, text=span.text,
            left=left, right=right, pattern=span.pattern if kind != "fn" else None,
            detail=detail,
        )

    for i, span in enumerate(gold):
        if i not in strict_g:
            j = partner_of_g.get(i)
            errors.append(item("fn", span, pred[j] if j is not None else None))
    for j, span in enumerate(pred):
        if j not in strict_p:
            i = partner_of_p.get(j)
            errors.append(item("fp", span, gold[i] if i is not None else None))
    for i, j in match.strict:
        if gold[i].norm != pred[j].norm:
            detail = f"norm: gold {gold[i].norm!r}, predicted {pred[j].norm!r}"
            errors.append(item("mismatch", pred[j], None, detail))
    return sorted(errors, key=lambda e: (e.start or 0, e.type))


def evaluate_document(
    gold: Document, pred: Document, *, width: int = CONTEXT
) -> tuple[DocumentReport, list[ErrorItem]]:
    """Scores and errors of one predicted document against its gold."""
    match = match_spans(gold.spans, pred.spans)
    records, record_errors = score_records(gold, pred, width=width)
    report = DocumentReport(id=gold.id, spans=match.scores(), records=records)
    return report, span_errors(gold.id, gold.text, match, width) + record_errors


def evaluate(
    gold_docs: Iterable[Document],
    pred_docs: Iterable[Document | ErrorRecord],
    *,
    context: int = CONTEXT,
) -> Report:
    """Score predictions against gold documents, matched by document id.

    A gold id without prediction, or whose prediction is an ``ErrorRecord``, is scored
    against an empty prediction (everything a false negative) and listed in
    ``Report.missing`` / ``Report.failed``. Raises ``PartnerexError`` E030 when no gold id
    has a prediction at all, E032 on a duplicate id. Corpus scores are the sums of the
    per-document counts.
    """
    gold_list = list(gold_docs)
    seen: set[str] = set()
    for doc in gold_list:
        if doc.id in seen:
            raise PartnerexError("E032", Errors.E032.format(id=doc.id, side="gold"))
        seen.add(doc.id)
    predictions: dict[str, Document | ErrorRecord] = {}
    for pred in pred_docs:
        if pred.id in predictions:
            raise PartnerexError("E032", Errors.E032.format(id=pred.id, side="predicted"))
        predictions[pred.id] = pred
    missing = [d.id for d in gold_list if d.id not in predictions]
    if gold_list and len(missing) == len(gold_list):
        raise PartnerexError("E030", Errors.E030.format(missing=len(missing)))

    documents: list[DocumentReport] = []
    errors: list[ErrorItem] = []
    failed: list[str] = []
    mismatch: list[str] = []
    spans, records = SpanScores(), RecordScores()
    for gold in gold_list:
        pred = predictions.get(gold.id)
        if isinstance(pred, ErrorRecord):
            failed.append(gold.id)
        if not isinstance(pred, Document):
            pred = Document(id=gold.id, text=gold.text, meta=gold.meta)
        elif pred.text != gold.text:
            mismatch.append(gold.id)
        doc_report, doc_errors = evaluate_document(gold, pred, width=context)
        documents.append(doc_report)
        errors.extend(doc_errors)
        spans = spans + doc_report.spans
        records = records + doc_report.records
    return Report(
        spans=spans,
        records=records,
        documents=documents,
        errors=errors,
        missing=missing,
        failed=failed,
        extra=sorted(set(predictions) - seen),
        text_mismatch=mismatch,
    )
