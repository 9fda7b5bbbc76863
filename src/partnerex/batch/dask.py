"""Extraction on Dask: bags, DataFrames, and an ordered streaming engine for the CLI.

The pipeline is loaded once per worker process (``pipeline()`` is cached) and each
partition is processed by ``process_batch`` in memory zones, so partitions can be
large. Requires ``pip install 'partnerex[dask]'``.
"""

from __future__ import annotations

import functools
import json
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

from spacy.language import Language

from partnerex.batch.runner import Item, Outcome, batched, failure, process_batch, to_item
from partnerex.errors import Errors, PartnerexError

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client

Output = Literal["dict", "json", "model"]
#: Columns of the DataFrame ``extract_dataframe`` returns.
FRAME_COLUMNS: tuple[str, ...] = ("id", "ok", "error_code", "document")
_META_FIELDS = ("title", "url", "published", "source", "author")


def _require_dask() -> None:
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise PartnerexError("E041", Errors.E041) from exc


@functools.lru_cache(maxsize=4)
def pipeline(patterns: str | None = None) -> Language:
    """The partnerex pipeline of this process, loaded on first use."""
    from partnerex.pipeline import load

    return load(patterns)


def process_partition(
    values: Iterable[Any], patterns: str | None = None, batch_size: int = 64
) -> list[Outcome]:
    """Outcomes of one partition, in order; a value that is not a document becomes an error."""
    items: list[Item] = []
    for number, value in enumerate(values):
        try:
            items.append(to_item(value))
        except (ValueError, TypeError) as exc:
            items.append(failure(f"partition-item-{number}", exc))
    nlp = pipeline(patterns)
    return [
        outcome
        for chunk in batched(items, 1000)
        for outcome in process_batch(nlp, chunk, batch_size)
    ]


def _convert(outcome: Outcome, output: Output) -> Any:
    if output == "json":
        return outcome.line
    if output == "dict":
        return json.loads(outcome.line)
    return to_item(outcome.line)


def _bag_partition(
    values: Iterable[Any], patterns: str | None, output: Output, batch_size: int
) -> list[Any]:
    return [_convert(o, output) for o in process_partition(values, patterns, batch_size)]


def extract_bag(
    bag: db.Bag, *, patterns: str | None = None, output: Output = "dict", batch_size: int = 64
) -> db.Bag:
    """Map extraction over a bag of documents (models, dicts or JSON lines).

    Each element becomes the extracted document (or an error record) as a dict
    (``output="dict"``), a JSON line (``"json"``) or a pydantic model (``"model"``).
    Use few, large partitions: the pipeline loads once per worker process.
    """
    _require_dask()
    return bag.map_partitions(_bag_partition, patterns, output, batch_size)


def _frame_partition(
    frame: pd.DataFrame, text: str, id_column: str, patterns: str | None, batch_size: int
) -> pd.DataFrame:
    import pandas as pd

    values: list[Any] = []
    for row in frame.to_dict("records"):
        meta = {key: row.get(key) for key in _META_FIELDS if row.get(key) is not None}
        values.append({"id": str(row[id_column]), "text": row[text], "meta": meta})
    outcomes = process_partition(values, patterns, batch_size)
    return pd.DataFrame(
        {
            "id": [o.id for o in outcomes],
            "ok": [o.ok for o in outcomes],
            "error_code": [o.error_code for o in outcomes],
            "document": [o.line for o in outcomes],
        },
        index=frame.index,
    )


def extract_dataframe(
    frame: dd.DataFrame,
    *,
    text: str = "text",
    id_column: str = "id",
    patterns: str | None = None,
    batch_size: int = 64,
) -> dd.DataFrame:
    """Map extraction over a DataFrame with ``id`` and ``text`` columns.

    Optional ``title``, ``url``, ``published``, ``source`` and ``author`` columns become
    metadata. The result has columns ``id``, ``ok``, ``error_code`` and ``document``
    (the JSON line of the extracted document or of its error record), same index.
    """
    _require_dask()
    import pandas as pd

    meta = pd.DataFrame(
        {
            "id": pd.Series(dtype="object"),
            "ok": pd.Series(dtype="bool"),
            "error_code": pd.Series(dtype="object"),
            "document": pd.Series(dtype="object"),
        }
    )
    return frame.map_partitions(_frame_partition, text, id_column, patterns, batch_size, meta=meta)


def _outcomes_of(
    items: list[Item], patterns: str | None, batch_size: int
) -> list[Outcome]:  # runs on a worker
    return process_partition(items, patterns, batch_size)


def run_dask(
    items: Iterable[Item],
    *,
    scheduler: str | Client | None = None,
    workers: int = 2,
    partition_size: int = 1000,
    batch_size: int = 64,
    patterns: str | None = None,
    max_in_flight: int | None = None,
) -> Iterator[Outcome]:
    """Stream inputs through a Dask cluster and yield outcomes in input order.

    ``scheduler`` is an address (``tcp://host:8786``), a ``distributed.Client``, or None
    for a ``LocalCluster`` of ``workers`` single-threaded processes. Inputs are sent in
    partitions of ``partition_size`` with at most ``max_in_flight`` (default: twice the
    worker count) outstanding, so the client's memory stays bounded.
    """
    _require_dask()
    from distributed import Client, LocalCluster

    cluster = None
    owned_client = not isinstance(scheduler, Client)
    if isinstance(scheduler, Client):
        client = scheduler
    elif scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        limit = max_in_flight or 2 * max(1, len(client.scheduler_info().get("workers", {})))
        pending: deque[Any] = deque()
        for chunk in batched(items, partition_size):
            pending.append(client.submit(_outcomes_of, chunk, patterns, batch_size, pure=False))
            if len(pending) >= limit:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        if owned_client:
            client.close()
        if cluster is not None:
            cluster.close()


__all__ = [
    "FRAME_COLUMNS",
    "extract_bag",
    "extract_dataframe",
    "pipeline",
    "process_partition",
    "run_dask",
]
