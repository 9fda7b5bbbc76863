"""``partnerex.dask``: extraction over Dask bags and DataFrames (see ``partnerex.batch.dask``)."""

from __future__ import annotations

from partnerex.batch.dask import (
    FRAME_COLUMNS,
    extract_bag,
    extract_dataframe,
    pipeline,
    process_partition,
    run_dask,
)

__all__ = [
    "FRAME_COLUMNS",
    "extract_bag",
    "extract_dataframe",
    "pipeline",
    "process_partition",
    "run_dask",
]
