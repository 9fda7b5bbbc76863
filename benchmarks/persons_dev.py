"""PERSON span scores (strict and partial) on the gold dev corpus.

Usage: python benchmarks/persons_dev.py [../shared/corpus/gold/dev.jsonl] [--errors]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import partnerex
from partnerex.convert_doc import make_doc
from partnerex.pipeline.state import final_spans

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "gold" / "dev.jsonl"


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(path: Path, show: bool) -> None:
    nlp = partnerex.load(exclude=("partnerex_dates", "partnerex_figures", "partnerex_records"))
    strict = partial_p = partial_g = n_pred = n_gold = 0
    for line in path.open(encoding="utf-8"):
        gold_doc = json.loads(line)
        text = gold_doc["text"]
        doc = nlp(make_doc(nlp, text, doc_id=gold_doc["id"]))
        rules = {(s.start_char, s.end_char): s.id_ for s in final_spans(doc)}
        pred = {(s.start_char, s.end_char) for s in final_spans(doc) if s.label_ == "PERSON"}
        gold = {(s["start"], s["end"]) for s in gold_doc["spans"] if s["label"] == "PERSON"}
        n_pred += len(pred)
        n_gold += len(gold)
        strict += len(pred & gold)
        partial_p += sum(any(a < d and c < b for c, d in gold) for a, b in pred)
        partial_g += sum(any(a < d and c < b for c, d in pred) for a, b in gold)
        if show:
            for a, b in sorted(pred - gold):
                print(f"{gold_doc['id']} FP {rules[(a, b)]} {text[a:b]!r} ... {text[max(0, a - 40):b + 20]!r}")
            for a, b in sorted(gold - pred):
                print(f"{gold_doc['id']} FN {text[a:b]!r} ... {text[max(0, a - 40):b + 20]!r}")
    p, r, f = prf(strict, n_pred, n_gold)
    print(f"PERSON strict  P={p:.3f} R={r:.3f} F1={f:.3f} (tp={strict} pred={n_pred} gold={n_gold})")
    pp = partial_p / n_pred if n_pred else 0.0
    pr = partial_g / n_gold if n_gold else 0.0
    pf = 2 * pp * pr / (pp + pr) if pp + pr else 0.0
    print(f"PERSON partial P={pp:.3f} R={pr:.3f} F1={pf:.3f}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(Path(args[0]) if args else DEFAULT, "--errors" in sys.argv)
