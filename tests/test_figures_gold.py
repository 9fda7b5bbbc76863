"""FIGURE spans and figure records against the gold dev corpus (``../shared/corpus/gold``)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from partnerex.convert_doc import doc_to_document, make_doc
from partnerex.models import Document


def gold_documents(shared_dir: Path) -> list[dict[str, Any]]:
    path = shared_dir / "corpus" / "gold" / "dev.jsonl"
    if not path.is_file():
        pytest.skip("no gold dev corpus")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def extracted(nlp: Language, gold: dict[str, Any]) -> Document:
    meta = {k: v for k, v in gold["meta"].items() if k in ("title", "url", "published", "source")}
    return doc_to_document(nlp(make_doc(nlp, gold["text"], doc_id=gold["id"], meta=meta)))


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@pytest.fixture(scope="module")
def scores(nlp: Language, shared_dir: Path) -> dict[str, float]:
    tp = fp = fn = 0
    rec_tp = rec_fp = rec_fn = 0
    kind_ok = qualifier_ok = matched = 0
    for gold in gold_documents(shared_dir):
        document = extracted(nlp, gold)
        gold_spans = {(s["start"], s["end"]) for s in gold["spans"] if s["label"] == "FIGURE"}
        spans = {(s.start, s.end) for s in document.spans if s.label == "FIGURE"}
        tp, fp, fn = (
            tp + len(gold_spans & spans),
            fp + len(spans - gold_spans),
            fn + len(gold_spans - spans),
        )
        gold_values = Counter((float(f["value"]), f["unit"]) for f in gold["figures"])
        values = Counter((float(f.value), f.unit) for f in document.figures)
        common = sum((gold_values & values).values())
        rec_tp += common
        rec_fp += sum(values.values()) - common
        rec_fn += sum(gold_values.values()) - common
        by_offsets = {(f["start"], f["end"]): f for f in gold["figures"]}
        for figure in document.figures:
            expected = by_offsets.get((figure.start, figure.end))
            if expected is not None and float(expected["value"]) == float(figure.value):
                matched += 1
                kind_ok += expected["kind"] == figure.kind
                qualifier_ok += expected["qualifier"] == figure.qualifier
    return {
        "span_f1": f1(tp, fp, fn),
        "record_f1": f1(rec_tp, rec_fp, rec_fn),
        "kind": kind_ok / matched,
        "qualifier": qualifier_ok / matched,
    }


def test_figures_gold_strict_span_f1(scores: dict[str, float]) -> None:
    assert scores["span_f1"] > 0.9


def test_figures_gold_value_unit_record_f1(scores: dict[str, float]) -> None:
    assert scores["record_f1"] > 0.9


def test_figures_gold_kind_and_qualifier(scores: dict[str, float]) -> None:
    assert scores["kind"] > 0.9
    assert scores["qualifier"] > 0.9
