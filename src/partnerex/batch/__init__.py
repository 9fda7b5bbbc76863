"""Batch extraction at scale: robust runner, resumable JSONL output, tables, Dask.

>>> from partnerex.batch import extract_to_jsonl
>>> summary = extract_to_jsonl(["corpora/"], "out/documents.jsonl", tables="out/tables")
"""

from __future__ import annotations

from partnerex.batch.job import extract_to_jsonl, outcomes
from partnerex.batch.runner import Outcome, process_batch, run_local
from partnerex.batch.summary import Summary
from partnerex.batch.tables import TABLES, tables_from_jsonl, write_tables

__all__ = [
    "TABLES",
    "Outcome",
    "Summary",
    "extract_to_jsonl",
    "outcomes",
    "process_batch",
    "run_local",
    "tables_from_jsonl",
    "write_tables",
]
