"""CI quality gate: the pipeline on ``corpora/`` must reach the floors in ``corpora/floors.json``.

Skips when corpora/ holds no gold yet. Raise the floors as the pipeline improves; never lower
them to pass (see issue 7).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import partnerex
from partnerex.evaluate import check_floors, load_floors, read_gold
from partnerex.evaluate.validate import validate_corpus

CORPORA = Path(__file__).resolve().parents[1] / "corpora"
FLOORS = CORPORA / "floors.json"


@pytest.fixture(scope="module")
def gold() -> list[partnerex.Document]:
    if not CORPORA.is_dir() or not any(CORPORA.glob("*.jsonl")):
        pytest.skip("corpora/ holds no gold documents yet")
    return read_gold(CORPORA)


def test_evaluate_gate_corpus_is_valid(gold: list[partnerex.Document]) -> None:
    problems = validate_corpus(CORPORA)
    assert problems == [], "\n".join(problems[:50])


@pytest.mark.timeout(300)
def test_evaluate_gate_meets_floors(gold: list[partnerex.Document], nlp) -> None:
    assert FLOORS.is_file(), "corpora/floors.json is missing"
    floors = load_floors(FLOORS)
    predictions = list(partnerex.extract_documents(gold, nlp=nlp))
    report = partnerex.evaluate(gold, predictions)
    assert report.failed == [], f"extraction failed for {report.failed}"
    failures = check_floors(report, floors)
    scores = ", ".join(f"{k}={v:.4f}" for k, v in report.summary().items() if v is not None)
    assert failures == [], "\n".join(failures) + f"\n(scores: {scores})"
