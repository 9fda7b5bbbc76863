"""The annotated corpora under ``corpora/``: well-formed gold, consistent offsets, fresh files.

The seed gold is generated from hand-made tables over what ``partnerex.read`` makes of the
seed files, so an ingest change that moves the text breaks ``test_corpora_seeds_*`` here
instead of silently shifting the gold.
"""

from __future__ import annotations

import importlib
import itertools
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import partnerex
from partnerex.kb.loader import is_country_code
from partnerex.models import LABELS, Document

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
TOOLS = CORPORA / "tools"
FILES = sorted(CORPORA.glob("*.jsonl"))


def _tool(name: str) -> Any:
    """A module of ``corpora/tools`` (plain scripts, not a package)."""
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))
    return importlib.import_module(name)


def _docs(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


ALL_DOCS = [(path.name, doc) for path in FILES for doc in _docs(path)]
DOC_IDS = [f"{name}:{doc['id']}" for name, doc in ALL_DOCS]


def test_corpora_files_exist() -> None:
    assert [p.name for p in FILES] == ["dev.jsonl", "seeds.jsonl"]
    assert Counter(name for name, _ in ALL_DOCS) == {"dev.jsonl": 60, "seeds.jsonl": 14}


@pytest.mark.parametrize(("name", "doc"), ALL_DOCS, ids=DOC_IDS)
def test_corpora_document_parses_as_model(name: str, doc: dict[str, Any]) -> None:
    model = Document.model_validate(doc)
    assert model.text == doc["text"]
    assert len(model.spans) == len(doc["spans"])


@pytest.mark.parametrize(("name", "doc"), ALL_DOCS, ids=DOC_IDS)
def test_corpora_span_offsets_match_text(name: str, doc: dict[str, Any]) -> None:
    text = doc["text"]
    for span in doc["spans"]:
        assert 0 <= span["start"] < span["end"] <= len(text), span
        assert text[span["start"] : span["end"]] == span["text"], span
        assert span["text"] == span["text"].strip(), span
        assert span["label"] in LABELS


@pytest.mark.parametrize(("name", "doc"), ALL_DOCS, ids=DOC_IDS)
def test_corpora_spans_sorted_and_not_overlapping(name: str, doc: dict[str, Any]) -> None:
    spans = doc["spans"]
    assert spans == sorted(spans, key=lambda s: (s["start"], s["end"]))
    for left, right in itertools.pairwise(spans):
        assert left["end"] <= right["start"], (left, right)


@pytest.mark.parametrize(("name", "doc"), ALL_DOCS, ids=DOC_IDS)
def test_corpora_figures_are_the_figure_spans(name: str, doc: dict[str, Any]) -> None:
    spans = [(s["start"], s["end"]) for s in doc["spans"] if s["label"] == "FIGURE"]
    records = [(f["start"], f["end"]) for f in doc["figures"]]
    assert sorted(records) == spans


@pytest.mark.parametrize(("name", "doc"), ALL_DOCS, ids=DOC_IDS)
def test_corpora_countries_cover_country_spans(name: str, doc: dict[str, Any]) -> None:
    countries = doc["countries"]
    assert countries == sorted(set(countries))
    assert all(is_country_code(code) for code in countries)
    assert {s["norm"] for s in doc["spans"] if s["label"] == "COUNTRY"} <= set(countries)


@pytest.mark.parametrize(("name", "doc"), ALL_DOCS, ids=DOC_IDS)
def test_corpora_program_records_match_program_spans(name: str, doc: dict[str, Any]) -> None:
    mentioned = {s["norm"] for s in doc["spans"] if s["label"] == "PROGRAM"}
    linked = {f["program"] for f in doc["figures"] if f["program"]}
    ids = [p["id"] for p in doc["programs"]]
    assert len(ids) == len(set(ids))
    assert mentioned <= set(ids) <= mentioned | linked


def test_corpora_document_ids_unique() -> None:
    counts = Counter(doc["id"] for _, doc in ALL_DOCS)
    assert [doc_id for doc_id, n in counts.items() if n > 1] == []


def test_corpora_dev_documents_keep_source_urls() -> None:
    dev = [doc for name, doc in ALL_DOCS if name == "dev.jsonl"]
    assert all(doc["meta"]["url"].startswith(("http://", "https://")) for doc in dev)


def test_corpora_seeds_equal_what_read_makes_now(shared_dir: Path) -> None:
    gold = {doc["id"]: doc for name, doc in ALL_DOCS if name == "seeds.jsonl"}
    read = [d for f in sorted((shared_dir / "seeds").iterdir()) for d in partnerex.read(f)]
    assert sorted(d.id for d in read) == sorted(gold)
    for doc in read:
        assert doc.text == gold[doc.id]["text"], doc.id
        assert doc.meta.model_dump(mode="json") == gold[doc.id]["meta"], doc.id


def test_corpora_seeds_file_is_fresh(shared_dir: Path) -> None:
    annotate_seeds = _tool("annotate_seeds")
    built = annotate_seeds.dumps(annotate_seeds.build(shared_dir / "seeds"))
    assert built == (CORPORA / "seeds.jsonl").read_text(encoding="utf-8")


def test_corpora_dev_file_is_shared_gold_plus_listed_fixes(shared_dir: Path) -> None:
    build_dev = _tool("build_dev")
    assert build_dev.build(shared_dir) == [doc for name, doc in ALL_DOCS if name == "dev.jsonl"]
    fixes = json.loads((TOOLS / "dev_fixes.json").read_text())["fixes"]
    readme = (CORPORA / "README.md").read_text(encoding="utf-8")
    assert all(f"`{fix['id']}`" in readme for fix in fixes)


def test_corpora_readme_stats_table_is_fresh() -> None:
    stats = _tool("stats")
    readme = (CORPORA / "README.md").read_text(encoding="utf-8")
    assert stats.with_table(readme, stats.table()) == readme


@pytest.mark.parametrize(
    ("text", "entries", "expected"),
    [
        ("CBP and CBP", [["ORG", "cbp", "CBP"], ["ORG", "cbp", "CBP"]], [(0, 3), (8, 11)]),
        # a surface inside a longer word or a dotted host name is skipped
        ("CBPX, www.CBP.gov, CBP", [["ORG", "cbp", "CBP"]], [(19, 22)]),
        # two spans inside one context string
        (
            "x CBP-BASC y",
            [
                ["ORG", "cbp", "CBP", {"ctx": "CBP-BASC"}],
                ["PROGRAM", "basc", "BASC", {"ctx": "CBP-BASC"}],
            ],
            [(2, 5), (6, 10)],
        ),
        # the context skips an earlier occurrence
        ("CTPAT; joins CTPAT", [["PROGRAM", "ctpat", "CTPAT", {"ctx": "joins CTPAT"}]], [(13, 18)]),
        # raw turns the boundary check off
        ("CBP.CTPAT", [["ORG", "cbp", "CBP", {"raw": True}]], [(0, 3)]),
    ],
)
def test_locate_spans_finds_surfaces_in_order(
    text: str, entries: list[list[Any]], expected: list[tuple[int, int]]
) -> None:
    locate = _tool("locate")
    spans = locate.locate_spans("t", text, entries)
    assert [(s["start"], s["end"]) for s in spans] == expected


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        ("CBP", [["ORG", "cbp", "DHS"]]),  # not in the text
        ("CBP", [["ORG", "cbp", "CBP"], ["ORG", "cbp", "CBP"]]),  # only one occurrence
        ("www.CBP.gov", [["ORG", "cbp", "CBP"]]),  # only inside a host name
        ("CBP", [["ORG", "cbp", "CBP", {"ctx": "CBP officers"}]]),  # context missing
        ("12 kilos", [["FIGURE", None, "12 kilos"]]),  # a figure without its record
        ("CBP", [["ORG", "cbp", "CBP", {"fig": {"value": 1}}]]),  # a record on a non-figure
        ("12 kilos", [["FIGURE", None, "12 kilos", {"fig": {"value": 12, "unit": "kg"}}]]),
    ],
)
def test_locate_spans_fails_loudly(text: str, entries: list[list[Any]]) -> None:
    locate = _tool("locate")
    with pytest.raises(locate.AnnotationError):
        locate.locate_spans("t", text, entries)


def test_locate_check_spans_rejects_overlaps() -> None:
    locate = _tool("locate")
    spans = [
        {"start": 0, "end": 34, "label": "ORG", "text": "U.S. Customs and Border Protection"},
        {"start": 0, "end": 4, "label": "COUNTRY", "text": "U.S."},
    ]
    with pytest.raises(locate.AnnotationError):
        locate.check_spans("t", "U.S. Customs and Border Protection", spans)
