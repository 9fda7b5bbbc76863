"""Record assembly on gold spans vs. on the pipeline's spans, scored by ``partnerex.evaluate``.

Feeding the gold spans of each document to the record builders separates the record logic
(frames, parties, merging) from span errors: the gap between the two rows is what better
spans would gain.

    python benchmarks/records_gold_spans.py [GOLD] [--errors]

GOLD defaults to ``corpora/`` (or ``../shared/corpus/gold/dev.jsonl`` when corpora/ has no gold).
``--errors`` lists the agreement keys (type, countries) missed and added per document.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import partnerex
from partnerex.convert_doc import doc_from_document
from partnerex.evaluate import read_gold
from partnerex.models import Document
from partnerex.pipeline.records import doc_sentences, to_mention
from partnerex.pipeline.state import candidates, norm_of, state
from partnerex.records import Mention, build_agreements, build_programs
from partnerex.records.model import publisher_country

ROOT = Path(__file__).resolve().parents[1]


def _default_gold() -> Path:
    corpora = ROOT / "corpora"
    if any(corpora.glob("*.jsonl")):
        return corpora
    return ROOT.parent / "shared" / "corpus" / "gold" / "dev.jsonl"


def with_gold_spans(nlp, gold: Document) -> Document:
    """The gold document with its records rebuilt from its own spans."""
    doc = doc_from_document(nlp, gold)
    for name, proc in nlp.pipeline:
        if name == "partnerex_records":
            break
        doc = proc(doc)
    lexicon = nlp.get_pipe("partnerex_records").lexicon
    mentions = [Mention(s.start, s.end, s.label, s.norm, s.text) for s in gold.spans]
    countries = [to_mention(s) for s in candidates(doc) if s.label_ == "COUNTRY" and norm_of(s)]
    countries += [m for m in mentions if m.label == "COUNTRY" and m.norm]
    inner = [to_mention(s) for s in candidates(doc) if s.label_ == "ORG" and norm_of(s)]
    sentences = doc_sentences(doc)
    meta = state(doc)["meta"]
    agreements = build_agreements(
        gold.text,
        sentences,
        mentions,
        sorted(countries, key=lambda m: m.start),
        lexicon,
        inner,
        publisher_country(meta.get("source") or meta.get("url"), lexicon),
    )
    figures = [f.model_dump() for f in gold.figures]
    programs = build_programs(gold.text, sentences, mentions, figures, lexicon)
    data = {**gold.model_dump(), "agreements": agreements, "programs": programs}
    return Document.model_validate(data)


def _keys(document: Document) -> Counter:
    return Counter((a.type, tuple(a.countries)) for a in document.agreements)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=_default_gold())
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    gold = [d for d in read_gold(args.gold) if isinstance(d, Document)]
    nlp = partnerex.load()
    runs = {
        "gold spans": [with_gold_spans(nlp, g) for g in gold],
        "pipeline": list(partnerex.extract_documents(gold, nlp=nlp)),
    }
    for name, predicted in runs.items():
        summary = partnerex.evaluate(gold, predicted).summary()
        print(
            f"{name:11s} agreement_f1={summary['agreement_f1']:.3f} "
            f"program_f1={summary['program_f1']:.3f}"
        )
        if args.errors:
            for g, p in zip(gold, predicted, strict=True):
                missed, added = _keys(g) - _keys(p), _keys(p) - _keys(g)
                if missed or added:
                    print(f"  {g.id}: missed {sorted(missed)} added {sorted(added)}")


if __name__ == "__main__":
    main()
