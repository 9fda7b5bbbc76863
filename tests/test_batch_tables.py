"""Flat tables: one row per record with document id and offsets, Parquet and CSV alike."""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from partnerex.batch.tables import TABLES, document_rows, tables_from_jsonl, write_tables
from partnerex.models import Document, ErrorInfo, ErrorRecord

TEXT = (
    "CBP and Brazil signed a Mutual Recognition Arrangement on September 16, 2022. "
    "Commissioner Troy A. Miller signed for CBP. More than 3,800 carriers joined C-TPAT. "
    "Officers seized 9,600 kilos of cocaine."
)
DOC = Document.model_validate(
    {
        "id": "d1",
        "text": TEXT,
        "meta": {"title": "MRA", "published": "2022-09-16", "source": "cbp.gov"},
        "spans": [
            {"start": 0, "end": 3, "label": "ORG", "text": "CBP", "norm": "cbp",
             "pattern": "org.cbp"},
            {"start": 8, "end": 14, "label": "COUNTRY", "text": "Brazil", "norm": "BR"},
        ],
        "programs": [
            {"id": "ctpat", "established": "2001", "countries": ["US"],
             "participants": [{"value": 3800, "qualifier": "over", "counted": "carriers"}],
             "evidence": {"participants": [{"start": 127, "end": 166}],
                          "id": [{"start": 159, "end": 165}]}},
            {"id": "aeo"},
        ],
        "agreements": [
            {"type": "mra", "status": "signed", "date": "2022-09-16", "countries": ["BR", "US"],
             "parties": ["cbp", "Brazil"],
             "signatories": [{"name": "Troy A. Miller", "title": "Commissioner",
                              "on_behalf_of": "US"},
                             {"name": "Ana Silva", "title": None, "on_behalf_of": "BR"}],
             "programs": ["ctpat", "aeo"],
             "evidence": {"type": [{"start": 0, "end": 77}],
                          "signatories": [{"start": 78, "end": 126}]}},
        ],
        "figures": [
            {"value": 3800, "unit": "count", "qualifier": "over", "kind": "participants",
             "counted": "carriers", "program": "ctpat", "start": 127, "end": 153},
            {"value": 9600, "unit": "kg", "kind": "seizure", "subject": "cocaine",
             "start": 183, "end": 194},
        ],
        "countries": ["BR", "US"],
    }
)
EMPTY = Document(id="d2", text="Nothing here.")


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("tables")
    jsonl = folder / "docs.jsonl"
    error = ErrorRecord(id="bad", error=ErrorInfo(code="E012", message="empty"))
    jsonl.write_text(
        "\n".join(r.model_dump_json() for r in (DOC, error, EMPTY)) + "\n", encoding="utf-8"
    )
    counts = tables_from_jsonl(jsonl, folder / "out")
    assert counts == {"documents": 2, "mentions": 2, "programs": 2, "agreements": 1,
                      "signatories": 2, "figures": 2}
    return folder / "out"


def _parquet(folder: Path, name: str) -> list[dict]:
    return pq.read_table(folder / f"{name}.parquet").to_pylist()


def _csv(folder: Path, name: str) -> list[dict]:
    with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_tables_every_table_in_both_formats(tables: Path) -> None:
    assert sorted(p.name for p in tables.iterdir()) == sorted(
        f"{name}.{ext}" for name in TABLES for ext in ("csv", "parquet")
    )
    for name in TABLES:
        assert len(_parquet(tables, name)) == len(_csv(tables, name))


def test_tables_mentions_one_row_per_span(tables: Path) -> None:
    rows = _parquet(tables, "mentions")
    assert rows[0] == {"doc_id": "d1", "start": 0, "end": 3, "label": "ORG", "text": "CBP",
                       "norm": "cbp", "pattern": "org.cbp"}
    assert rows[1]["pattern"] is None
    assert _csv(tables, "mentions")[1]["pattern"] == ""
    assert TEXT[rows[1]["start"]:rows[1]["end"]] == rows[1]["text"]


def test_tables_agreements_flatten_lists_and_evidence(tables: Path) -> None:
    (row,) = _parquet(tables, "agreements")
    assert row["countries"] == ["BR", "US"]
    assert row["signatories"] == ["Troy A. Miller", "Ana Silva"]
    assert (row["evidence_start"], row["evidence_end"]) == (0, 126)
    assert row["evidence"] == ["signatories@78-126", "type@0-77"]
    (text_row,) = _csv(tables, "agreements")
    assert text_row["countries"] == "BR;US"
    assert text_row["programs"] == "ctpat;aeo"
    assert text_row["evidence_start"] == "0"


def test_tables_signatories_one_row_each_with_agreement(tables: Path) -> None:
    rows = _parquet(tables, "signatories")
    assert [(r["name"], r["on_behalf_of"], r["agreement"], r["agreement_type"]) for r in rows] == [
        ("Troy A. Miller", "US", 0, "mra"), ("Ana Silva", "BR", 0, "mra")]
    assert (rows[0]["evidence_start"], rows[0]["evidence_end"]) == (78, 126)
    assert rows[1]["title"] is None


def test_tables_programs_participants_and_missing_evidence(tables: Path) -> None:
    ctpat, aeo = _parquet(tables, "programs")
    assert ctpat["program"] == "ctpat"
    assert '"value": 3800' in ctpat["participants"]
    assert (ctpat["evidence_start"], ctpat["evidence_end"]) == (127, 166)
    assert (aeo["participants"], aeo["evidence_start"], aeo["evidence"]) == (None, None, [])


def test_tables_figures_carry_offsets_and_text(tables: Path) -> None:
    rows = _parquet(tables, "figures")
    assert [(r["value"], r["unit"], r["kind"]) for r in rows] == [
        (3800.0, "count", "participants"), (9600.0, "kg", "seizure")]
    assert rows[1]["text"] == TEXT[183:194]
    assert rows[1]["max"] is None
    assert _csv(tables, "figures")[1]["max"] == ""


def test_tables_documents_skip_error_records(tables: Path) -> None:
    rows = _parquet(tables, "documents")
    assert [r["doc_id"] for r in rows] == ["d1", "d2"]
    assert rows[0]["countries"] == ["BR", "US"]
    assert rows[1]["n_spans"] == 0


def test_tables_empty_input_writes_typed_empty_tables(tmp_path: Path) -> None:
    assert write_tables([], tmp_path) == {name: 0 for name in TABLES}
    table = pq.read_table(tmp_path / "agreements.parquet")
    assert table.num_rows == 0
    assert table.schema.field("countries").type.value_type == pa.string()


def test_tables_are_deterministic(tmp_path: Path) -> None:
    docs = [DOC.model_dump(), EMPTY.model_dump()]
    write_tables(docs, tmp_path / "a")
    write_tables(docs, tmp_path / "b")
    for path in sorted((tmp_path / "a").iterdir()):
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes()


def test_tables_rows_of_document_without_records() -> None:
    rows = document_rows(EMPTY.model_dump())
    assert {name: len(r) for name, r in rows.items()} == {
        "documents": 1, "mentions": 0, "programs": 0, "agreements": 0, "signatories": 0,
        "figures": 0}
