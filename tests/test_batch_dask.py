"""The Dask engine: a 2-worker LocalCluster gives exactly the local engine's output."""

from __future__ import annotations

import json
from pathlib import Path

import dask
import pytest
from distributed import Client, LocalCluster

import partnerex.dask as pdask
from batch_helpers import make_documents, write_jsonl
from partnerex.batch.job import extract_to_jsonl
from partnerex.batch.runner import run_local

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


#: Generous connection timeouts: worker processes start slowly on a busy CI machine.
TIMEOUTS = {"distributed.comm.timeouts.connect": "120s", "distributed.comm.timeouts.tcp": "120s"}


@pytest.fixture(scope="module")
def client():
    with (
        dask.config.set(TIMEOUTS),
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


@pytest.fixture(scope="module")
def documents():
    return make_documents(45)


def test_dask_engine_equals_local_engine(client, documents, nlp, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", documents, broken_after=7)
    local = tmp_path / "local.jsonl"
    remote = tmp_path / "dask.jsonl"
    extract_to_jsonl([str(source)], local, nlp=nlp, batch_size=8)
    summary = extract_to_jsonl(
        [str(source)], remote, engine="dask", scheduler=client.scheduler.address, batch_size=8
    )
    assert (summary.documents, summary.errors) == (45, 1)
    assert remote.read_bytes() == local.read_bytes()


def test_dask_run_small_partitions_keep_order(client, documents, nlp) -> None:
    expected = [o.line for o in run_local(documents, nlp)]
    lines = [o.line for o in pdask.run_dask(documents, scheduler=client, partition_size=4)]
    assert lines == expected


def test_dask_bag_and_dataframe(client, documents, nlp) -> None:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

    expected = [o.line for o in run_local(documents, nlp)]
    bag = db.from_sequence([d.model_dump() for d in documents], npartitions=3)
    lines = pdask.extract_bag(bag, output="json").compute()
    assert lines == expected
    dicts = pdask.extract_bag(bag).compute()
    assert [d["id"] for d in dicts] == [d.id for d in documents]

    frame = pd.DataFrame(
        {"id": [d.id for d in documents], "text": [d.text for d in documents],
         "published": [d.meta.published for d in documents]}
    )
    result = pdask.extract_dataframe(dd.from_pandas(frame, npartitions=2)).compute()
    assert list(result.columns) == list(pdask.FRAME_COLUMNS)
    assert list(result["document"]) == expected
    assert result["ok"].all()
    assert json.loads(result["document"].iloc[0])["meta"]["published"] == "2023-09-28"
