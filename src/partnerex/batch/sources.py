"""Inputs of a batch run: whatever the ingest layer reads, one stream of items."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from partnerex.models import Document, ErrorRecord


def read_inputs(sources: Iterable[str], **options: Any) -> Iterator[Document | ErrorRecord]:
    """Documents and error records of every source (``partnerex.read``), in the order given;
    ``options`` go to ``read`` (``text_key``, ``id_key``, ``max_bytes``)."""
    from partnerex.ingest import read

    for source in sources:
        yield from read(source, **options)
