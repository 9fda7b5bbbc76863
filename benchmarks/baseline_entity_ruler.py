"""Baseline: a plain spaCy ``EntityRuler`` holding only the knowledge-base names.

Programs, agreement types and organizations (names and aliases case-insensitive, acronyms
case-sensitive, as the knowledge base declares them) and country names (pycountry names plus
``patterns/countries.jsonl`` names and demonyms). The ent id is the knowledge-base id (ORG ids
only where the knowledge base links them). No rules, no PERSON/DATE/FIGURE, no records; the
document countries are the set of COUNTRY ids. Scored with ``partnerex.evaluate`` like the
pipeline, to show what the rest of the pipeline adds.

    python benchmarks/baseline_entity_ruler.py [GOLD] [--json] [--compare]

GOLD defaults to ``corpora/`` (or ``../shared/corpus/gold/dev.jsonl`` when corpora/ has no gold).
``--compare`` also runs the partnerex pipeline and prints both headline rows.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import spacy
from rich.console import Console
from rich.table import Table
from spacy.language import Language

import partnerex
from partnerex.cli.evaluate import record_table, span_table
from partnerex.evaluate import read_gold
from partnerex.kb import load_kb
from partnerex.models import Document, Span
from partnerex.normalize.countries import country_surface_forms

ROOT = Path(__file__).resolve().parents[1]


def ruler_patterns(nlp: Language) -> list[dict[str, Any]]:
    """EntityRuler patterns for every knowledge-base name."""
    kb = load_kb()
    patterns: list[dict[str, Any]] = []

    def exact(form: str) -> list[dict[str, str]]:
        return [{"ORTH": token.text} for token in nlp.make_doc(form)]

    def lower(form: str) -> list[dict[str, str]]:
        return [{"LOWER": token.lower_} for token in nlp.make_doc(form)]

    tables = (("PROGRAM", kb.programs), ("AGREEMENT", kb.agreement_types),
              ("ORG", kb.organizations))
    for label, entries in tables:
        for entry in entries.values():
            ent_id = entry.id if getattr(entry, "linked", True) else ""
            for form, case_sensitive in entry.surface_forms():
                pattern = exact(form) if case_sensitive else lower(form)
                patterns.append({"label": label, "pattern": pattern, "id": ent_id})
    for code, form, _ in country_surface_forms(kb):
        patterns.append({"label": "COUNTRY", "pattern": exact(form), "id": code})
    return patterns


def baseline_nlp() -> Language:
    """``spacy.blank("en")`` with one EntityRuler of knowledge-base names."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(ruler_patterns(nlp))
    return nlp


def predict(nlp: Language, gold: Document) -> Document:
    """The baseline's Document for one gold text."""
    doc = nlp(gold.text)
    spans = [
        Span(start=e.start_char, end=e.end_char, label=e.label_, text=e.text,
             norm=e.ent_id_ or None, pattern=f"entity_ruler:{e.ent_id_ or e.label_.lower()}")
        for e in doc.ents
    ]
    countries = sorted({s.norm for s in spans if s.label == "COUNTRY" and s.norm})
    return Document(id=gold.id, text=gold.text, meta=gold.meta, spans=spans, countries=countries)


def default_gold() -> Path:
    corpora = ROOT / "corpora"
    if corpora.is_dir() and any(corpora.glob("*.jsonl")):
        return corpora
    return ROOT.parent / "shared" / "corpus" / "gold" / "dev.jsonl"


def headline(table: Table, name: str, report: partnerex.Report) -> None:
    cells = [report.summary()[k] for k in (
        "span_strict_micro_f1", "span_partial_micro_f1", "partial_f1_per_label", "norm_accuracy",
        "agreement_f1", "figure_f1", "program_f1", "country_f1")]
    table.add_row(name, *("—" if v is None else f"{v:.3f}" for v in cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=None)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--compare", action="store_true", help="also run the pipeline")
    args = parser.parse_args(argv)
    gold_path = args.gold or default_gold()
    gold = read_gold(gold_path)
    nlp = baseline_nlp()
    report = partnerex.evaluate(gold, [predict(nlp, doc) for doc in gold])
    if args.json:
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
        return 0
    console = Console(width=132, emoji=False)
    console.print(f"Baseline EntityRuler ({len(ruler_patterns(nlp))} patterns) on {gold_path}: "
                  f"{len(gold)} documents")
    console.print(span_table(report))
    console.print(record_table(report))
    table = Table(title="Headline", title_justify="left")
    for name in ("system", "strict F1", "partial F1", "min label partial F1", "norm acc",
                 "agreement F1", "figure F1", "program F1", "country F1"):
        table.add_column(name, justify="right")
    headline(table, "EntityRuler baseline", report)
    if args.compare:
        pred = list(partnerex.extract_documents(gold))
        headline(table, "partnerex pipeline", partnerex.evaluate(gold, pred))
    console.print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
