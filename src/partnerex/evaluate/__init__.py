"""Evaluation against annotated corpora: span and record scores, floors, corpus validation.

``evaluate(gold_docs, pred_docs) -> Report`` is also exported as ``partnerex.evaluate``.
Matching rules are documented in ``evaluate/spans.py`` and ``evaluate/records.py``.
"""

from partnerex.evaluate.floors import Floors, check_floors, load_floors
from partnerex.evaluate.io import read_documents, read_gold
from partnerex.evaluate.report import (
    PRF,
    Accuracy,
    DocumentReport,
    ErrorItem,
    RecordScores,
    Report,
    SpanScores,
)
from partnerex.evaluate.scorer import evaluate, evaluate_document

__all__ = [
    "PRF",
    "Accuracy",
    "DocumentReport",
    "ErrorItem",
    "Floors",
    "RecordScores",
    "Report",
    "SpanScores",
    "check_floors",
    "evaluate",
    "evaluate_document",
    "load_floors",
    "read_documents",
    "read_gold",
]
