"""Build ``corpora/seeds.jsonl``: the seed documents as ``partnerex.read`` makes them, annotated.

    python corpora/tools/annotate_seeds.py [--seeds ../shared/seeds] [--check]

The hand-made gold is ``seed_tables.json`` (spans as surface strings in text order, records
as JSON). This script reads every seed file with ``partnerex.read``, pairs each document with
its table (``match``: the seed file's number, plus the item URL for the feed), finds every
surface in the ingested text (``locate.py``) and writes the documents with their offsets.
It fails loudly (``AnnotationError``) when a surface is not found, a document has no table,
a table matches nothing, spans overlap, or records disagree with the spans; so when the
ingest layer changes whitespace the gold is regenerated, and when it changes words the
tables must be reviewed. ``--check`` compares with the existing file instead of writing it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from locate import AnnotationError, check_spans, locate_spans, split_figures

import partnerex
from partnerex.kb.loader import is_country_code
from partnerex.models import Document

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent
TABLES = HERE / "seed_tables.json"
PARTICIPANT_DEFAULTS: dict[str, Any] = {"qualifier": "exact", "counted": None, "as_of": None}
PROGRAM_DEFAULTS: dict[str, Any] = {"established": None, "participants": [], "countries": []}


def read_seeds(seeds: Path) -> list[tuple[str, Document]]:
    """``(file number, document)`` for every document of every seed file, in file order."""
    out: list[tuple[str, Document]] = []
    for path in sorted(p for p in seeds.iterdir() if p.is_file()):
        for item in partnerex.read(path):
            if not isinstance(item, Document):
                raise AnnotationError(f"{path.name}: partnerex.read gave an error: {item}")
            out.append((path.name.split("_", 1)[0], item))
    return out


def _matches(match: dict[str, str], number: str, doc: Document) -> bool:
    return match["file"] == number and match.get("url", doc.meta.url) == doc.meta.url


def _program(record: dict[str, Any]) -> dict[str, Any]:
    program = {"id": record["id"], **PROGRAM_DEFAULTS, **record}
    program["participants"] = [
        {"value": p["value"], **PARTICIPANT_DEFAULTS, **p} for p in program["participants"]
    ]
    return {k: program[k] for k in ("id", "established", "participants", "countries")}


def _check_records(doc_id: str, gold: dict[str, Any]) -> None:
    norms = {s["norm"] for s in gold["spans"] if s["label"] == "PROGRAM"}
    linked = {f["program"] for f in gold["figures"] if f["program"]}
    ids = [p["id"] for p in gold["programs"]]
    if len(ids) != len(set(ids)):
        raise AnnotationError(f"{doc_id}: duplicate program records {ids}")
    if norms - set(ids):
        raise AnnotationError(f"{doc_id}: programs mentioned without a record: {norms - set(ids)}")
    if set(ids) - norms - linked:
        raise AnnotationError(
            f"{doc_id}: program records never mentioned: {set(ids) - norms - linked}"
        )
    for program in gold["programs"]:
        stated = sorted(
            (f["value"], f["qualifier"])
            for f in gold["figures"]
            if f["kind"] == "participants" and f["program"] == program["id"]
        )
        listed = sorted((p["value"], p["qualifier"]) for p in program["participants"])
        if stated != listed:
            raise AnnotationError(
                f"{doc_id}: {program['id']} participants {listed} differ from its figures {stated}"
            )
    codes = {s["norm"] for s in gold["spans"] if s["label"] == "COUNTRY"}
    countries = gold["countries"]
    if countries != sorted(set(countries)) or not all(map(is_country_code, countries)):
        raise AnnotationError(f"{doc_id}: document countries must be sorted ISO codes: {countries}")
    if codes - set(countries):
        raise AnnotationError(
            f"{doc_id}: COUNTRY spans missing from countries: {codes - set(countries)}"
        )


def annotate(doc: Document, table: dict[str, Any]) -> dict[str, Any]:
    """The gold document for one ingested document and its table."""
    spans = locate_spans(doc.id, doc.text, table["spans"])
    check_spans(doc.id, doc.text, spans)
    spans, figures = split_figures(spans)
    gold = {
        "id": doc.id,
        "text": doc.text,
        "meta": doc.meta.model_dump(mode="json"),
        "spans": spans,
        "programs": [_program(p) for p in table.get("programs", [])],
        "agreements": table.get("agreements", []),
        "figures": figures,
        "countries": table["countries"],
    }
    _check_records(doc.id, gold)
    Document.model_validate(gold)
    return gold


def build(seeds: Path) -> list[dict[str, Any]]:
    """Every seed document, annotated from the tables, in reading order."""
    tables = json.loads(TABLES.read_text(encoding="utf-8"))["documents"]
    used = [False] * len(tables)
    docs = []
    for number, doc in read_seeds(seeds):
        hits = [i for i, t in enumerate(tables) if _matches(t["match"], number, doc)]
        if len(hits) != 1:
            raise AnnotationError(
                f"{doc.id}: {len(hits)} tables match (file {number}, url {doc.meta.url})"
            )
        used[hits[0]] = True
        docs.append(annotate(doc, tables[hits[0]]))
    unused = [tables[i]["match"] for i, u in enumerate(used) if not u]
    if unused:
        raise AnnotationError(f"tables that match no document: {unused}")
    return docs


def dumps(docs: list[dict[str, Any]]) -> str:
    """The JSONL text of the documents."""
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=CORPORA.parent.parent / "shared" / "seeds")
    parser.add_argument("--out", type=Path, default=CORPORA / "seeds.jsonl")
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    text = dumps(build(args.seeds))
    if args.check:
        fresh = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if fresh else 'STALE: run without --check'}")
        return 0 if fresh else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
