"""Inputs of a batch run: whatever the ingest layer reads, one stream of items."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from partnerex.models import Document, ErrorRecord


def read_inputs(sources: Iterable[str]) -> Iterator[Document | ErrorRecord]:
    """Documents and error records of every source (``partnerex.read``), in the order given."""
    from partnerex.ingest import read

    for source in sources:
        yield from read(source)
