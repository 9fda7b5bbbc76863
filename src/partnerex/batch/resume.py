"""Resume a killed run: which inputs are already in the output file."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from partnerex.models import Document, ErrorRecord


def done_ids(path: str | Path) -> Counter[str]:
    """How many times each id occurs among the COMPLETE lines of an output file."""
    file = Path(path)
    counts: Counter[str] = Counter()
    if not file.exists():
        return counts
    with file.open("rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break  # a partial last line is not done
            try:
                record = json.loads(raw)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                counts[record["id"]] += 1
    return counts


def skip_done(
    items: Iterable[Document | ErrorRecord], done: Counter[str]
) -> Iterator[Document | ErrorRecord]:
    """Drop inputs already written: each id in ``done`` consumes one occurrence."""
    remaining = Counter(done)
    for item in items:
        if remaining[item.id] > 0:
            remaining[item.id] -= 1
            continue
        yield item
