"""Flat tables from extracted documents: Parquet and CSV, one row per record.

Tables: ``documents``, ``mentions`` (one row per span), ``programs``, ``agreements``,
``signatories`` and ``figures``. Every row carries ``doc_id`` and character offsets
(``start``/``end`` for spans and figures, ``evidence_start``/``evidence_end`` — the
extent of all evidence — for records, plus ``evidence`` as ``field@start-end`` items).
List columns are Parquet lists and ``;``-joined strings in CSV; nested values
(program participants) are JSON text. Rows are written in batches, so memory stays
bounded; the tables are a pure function of the JSONL file, which makes them identical
after a resumed run.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

_S, _I, _F, _LS = pa.string(), pa.int64(), pa.float64(), pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [
            ("doc_id", _S),
            ("title", _S),
            ("url", _S),
            ("published", _S),
            ("source", _S),
            ("countries", _LS),
            ("n_spans", _I),
            ("n_programs", _I),
            ("n_agreements", _I),
            ("n_figures", _I),
        ]
    ),
    "mentions": pa.schema(
        [
            ("doc_id", _S),
            ("start", _I),
            ("end", _I),
            ("label", _S),
            ("text", _S),
            ("norm", _S),
            ("pattern", _S),
        ]
    ),
    "programs": pa.schema(
        [
            ("doc_id", _S),
            ("program", _S),
            ("established", _S),
            ("countries", _LS),
            ("participants", _S),
            ("evidence_start", _I),
            ("evidence_end", _I),
            ("evidence", _LS),
        ]
    ),
    "agreements": pa.schema(
        [
            ("doc_id", _S),
            ("agreement", _I),
            ("type", _S),
            ("status", _S),
            ("date", _S),
            ("countries", _LS),
            ("parties", _LS),
            ("programs", _LS),
            ("signatories", _LS),
            ("evidence_start", _I),
            ("evidence_end", _I),
            ("evidence", _LS),
        ]
    ),
    "signatories": pa.schema(
        [
            ("doc_id", _S),
            ("agreement", _I),
            ("agreement_type", _S),
            ("name", _S),
            ("title", _S),
            ("on_behalf_of", _S),
            ("evidence_start", _I),
            ("evidence_end", _I),
        ]
    ),
    "figures": pa.schema(
        [
            ("doc_id", _S),
            ("start", _I),
            ("end", _I),
            ("text", _S),
            ("value", _F),
            ("max", _F),
            ("unit", _S),
            ("qualifier", _S),
            ("kind", _S),
            ("counted", _S),
            ("subject", _S),
            ("program", _S),
            ("as_of", _S),
        ]
    ),
}
TABLES: tuple[str, ...] = tuple(SCHEMAS)


def _evidence(evidence: dict[str, list[dict[str, int]]] | None) -> dict[str, Any]:
    items = [
        (field, ev["start"], ev["end"])
        for field, spans in sorted((evidence or {}).items())
        for ev in spans
    ]
    if not items:
        return {"evidence_start": None, "evidence_end": None, "evidence": []}
    return {
        "evidence_start": min(start for _, start, _ in items),
        "evidence_end": max(end for _, _, end in items),
        "evidence": [f"{field}@{start}-{end}" for field, start, end in items],
    }


def _extent(evidence: dict[str, list[dict[str, int]]] | None, field: str) -> dict[str, Any]:
    spans = (evidence or {}).get(field) or [ev for evs in (evidence or {}).values() for ev in evs]
    if not spans:
        return {"evidence_start": None, "evidence_end": None}
    return {
        "evidence_start": min(ev["start"] for ev in spans),
        "evidence_end": max(ev["end"] for ev in spans),
    }


def document_rows(document: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The rows one document (as a JSON dict) contributes to each table."""
    doc_id = document["id"]
    meta = document.get("meta") or {}
    text = document.get("text", "")
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    rows["documents"].append(
        {
            "doc_id": doc_id,
            **{key: meta.get(key) for key in ("title", "url", "published", "source")},
            "countries": list(document.get("countries") or []),
            "n_spans": len(document.get("spans") or []),
            "n_programs": len(document.get("programs") or []),
            "n_agreements": len(document.get("agreements") or []),
            "n_figures": len(document.get("figures") or []),
        }
    )
    for span in document.get("spans") or []:
        rows["mentions"].append(
            {
                "doc_id": doc_id,
                **{
                    key: span.get(key)
                    for key in ("start", "end", "label", "text", "norm", "pattern")
                },
            }
        )
    for program in document.get("programs") or []:
        participants = program.get("participants") or []
        rows["programs"].append(
            {
                "doc_id": doc_id,
                "program": program["id"],
                "established": program.get("established"),
                "countries": list(program.get("countries") or []),
                "participants": json.dumps(participants, sort_keys=True) if participants else None,
                **_evidence(program.get("evidence")),
            }
        )
    for number, agreement in enumerate(document.get("agreements") or []):
        signatories = agreement.get("signatories") or []
        rows["agreements"].append(
            {
                "doc_id": doc_id,
                "agreement": number,
                **{key: agreement.get(key) for key in ("type", "status", "date")},
                **{
                    key: list(agreement.get(key) or [])
                    for key in ("countries", "parties", "programs")
                },
                "signatories": [s["name"] for s in signatories],
                **_evidence(agreement.get("evidence")),
            }
        )
        for signatory in signatories:
            rows["signatories"].append(
                {
                    "doc_id": doc_id,
                    "agreement": number,
                    "agreement_type": agreement.get("type"),
                    **{key: signatory.get(key) for key in ("name", "title", "on_behalf_of")},
                    **_extent(agreement.get("evidence"), "signatories"),
                }
            )
    for figure in document.get("figures") or []:
        start, end = figure.get("start", 0), figure.get("end", 0)
        rows["figures"].append(
            {
                "doc_id": doc_id,
                "start": start,
                "end": end,
                "text": text[start:end] if end > start else None,
                **{
                    key: figure.get(key)
                    for key in (
                        "value",
                        "max",
                        "unit",
                        "qualifier",
                        "kind",
                        "counted",
                        "subject",
                        "program",
                        "as_of",
                    )
                },
            }
        )
    return rows


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(item) for item in value)
    if value is None:
        return ""
    return value


class TableWriter:
    """Stream rows into ``DIR/<table>.parquet`` and ``DIR/<table>.csv``."""

    def __init__(self, directory: str | Path, batch_rows: int = 50_000) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.batch_rows = batch_rows
        self.counts: dict[str, int] = {name: 0 for name in TABLES}
        self._buffers: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        self._parquet = {
            name: pq.ParquetWriter(self.directory / f"{name}.parquet", schema)
            for name, schema in SCHEMAS.items()
        }
        self._csv_files = {
            name: (self.directory / f"{name}.csv").open("w", encoding="utf-8", newline="")
            for name in TABLES
        }
        self._csv = {name: csv.writer(handle) for name, handle in self._csv_files.items()}
        for name, schema in SCHEMAS.items():
            self._csv[name].writerow(schema.names)

    def add(self, document: dict[str, Any]) -> None:
        """Add the rows of one document (JSON dict)."""
        for name, rows in document_rows(document).items():
            if rows:
                self._buffers[name].extend(rows)
                if len(self._buffers[name]) >= self.batch_rows:
                    self._flush(name)

    def _flush(self, name: str) -> None:
        rows = self._buffers[name]
        if not rows:
            return
        schema = SCHEMAS[name]
        self._parquet[name].write_table(pa.Table.from_pylist(rows, schema=schema))
        writer = self._csv[name]
        for row in rows:
            writer.writerow([_csv_value(row.get(column)) for column in schema.names])
        self.counts[name] += len(rows)
        self._buffers[name] = []

    def close(self) -> dict[str, int]:
        """Write what is buffered, close every file; returns the row count per table."""
        for name in TABLES:
            self._flush(name)
            self._parquet[name].close()
            self._csv_files[name].close()
        return dict(self.counts)


def iter_documents(path: str | Path) -> Iterator[dict[str, Any]]:
    """The documents (not error records) among the complete lines of a JSONL file."""
    with Path(path).open("rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break
            record = json.loads(raw)
            if "error" not in record:
                yield record


def write_tables(documents: Iterable[dict[str, Any]], directory: str | Path) -> dict[str, int]:
    """Write every table for ``documents``; returns the number of rows per table."""
    writer = TableWriter(directory)
    try:
        for document in documents:
            writer.add(document)
    finally:
        counts = writer.close()
    return counts


def tables_from_jsonl(path: str | Path, directory: str | Path) -> dict[str, int]:
    """Tables of the documents in a JSONL output file."""
    return write_tables(iter_documents(path), directory)
