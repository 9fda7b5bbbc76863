"""The robust runner: error isolation, order, workers, memory zones, api.extract_documents."""

from __future__ import annotations

import json

import pytest

import partnerex
from batch_helpers import failing_pipeline, make_documents
from partnerex.batch.runner import batched, process_batch, run_local, to_item
from partnerex.models import Document, ErrorInfo, ErrorRecord


@pytest.fixture(scope="module")
def failing_nlp():
    return failing_pipeline()


def _ids(outcomes) -> list[str]:
    return [o.id for o in outcomes]


@pytest.mark.parametrize(
    ("size", "expected"),
    [(1, [[0], [1], [2], [3], [4]]), (2, [[0, 1], [2, 3], [4]]), (5, [[0, 1, 2, 3, 4]]),
     (9, [[0, 1, 2, 3, 4]]), (0, [[0], [1], [2], [3], [4]])],
)
def test_runner_batched_sizes(size: int, expected: list[list[int]]) -> None:
    assert list(batched(range(5), size)) == expected


@pytest.mark.parametrize("fail", [(0,), (3,), (7,), (2, 5), (0, 1, 2, 3, 4, 5, 6, 7)])
def test_runner_failing_document_becomes_error_record(failing_nlp, fail) -> None:
    documents = make_documents(8, fail=fail)
    outcomes = process_batch(failing_nlp, documents)
    assert _ids(outcomes) == [d.id for d in documents]
    for index, outcome in enumerate(outcomes):
        record = json.loads(outcome.line)
        if index in fail:
            assert not outcome.ok
            assert outcome.error_code == "E020"
            assert record["error"]["code"] == "E020"
            assert "component failed on purpose" in record["error"]["message"]
            assert record["id"] == documents[index].id
        else:
            assert outcome.ok, record
            assert record["text"] == documents[index].text
            assert "error" not in record


def test_runner_failing_batch_matches_clean_documents(failing_nlp) -> None:
    """Documents around a failure are extracted exactly as without it."""
    clean = process_batch(failing_nlp, make_documents(6))
    mixed = process_batch(failing_nlp, make_documents(6, fail=(2,)))
    assert [o.line for i, o in enumerate(mixed) if i != 2] == [
        o.line for i, o in enumerate(clean) if i != 2
    ]


def test_runner_error_records_pass_through(nlp) -> None:
    broken = ErrorRecord(id="x.html", error=ErrorInfo(code="E013", message="binary"), source="x")
    documents = make_documents(3)
    outcomes = process_batch(nlp, [documents[0], broken, documents[1], documents[2]])
    assert _ids(outcomes) == ["doc-0000", "x.html", "doc-0001", "doc-0002"]
    assert outcomes[1].line == broken.model_dump_json()
    assert (outcomes[1].ok, outcomes[1].error_code) == (False, "E013")


def test_runner_bad_published_date_is_an_error_not_a_crash(nlp) -> None:
    good = make_documents(2)
    bad = Document.model_construct(id="bad-date", text="CBP signed.", meta={"published": "soon"})
    outcomes = process_batch(nlp, [good[0], bad, good[1]])
    assert [o.ok for o in outcomes] == [True, False, True]
    assert outcomes[1].id == "bad-date"


def test_runner_memory_zone_keeps_string_store_flat(nlp) -> None:
    process_batch(nlp, make_documents(30))  # warm up: permanent strings are in
    before = len(nlp.vocab.strings)
    for start in range(0, 300, 50):
        documents = [
            Document(id=f"u{start + i}", text=f"CBP met officials from zzuniq{start + i}q today.")
            for i in range(50)
        ]
        process_batch(nlp, documents)
    assert len(nlp.vocab.strings) - before < 10


def test_runner_counts_words_and_records(nlp) -> None:
    documents = make_documents(3)
    for document, outcome in zip(documents, process_batch(nlp, documents), strict=True):
        record = json.loads(outcome.line)
        assert outcome.words == len(document.text.split())
        assert outcome.counts[0] == len(record["spans"])
        assert outcome.counts[2] == len(record["agreements"])
        assert outcome.counts[4] == len(record["figures"])


def test_runner_workers_two_equals_one(failing_nlp) -> None:
    documents = make_documents(40, fail=(5, 33))
    one = [o.line for o in run_local(documents, failing_nlp, workers=1, batch_size=4)]
    two = [o.line for o in run_local(documents, failing_nlp, workers=2, batch_size=4)]
    assert two == one
    assert len(one) == 40
    assert sum('"error"' in line for line in one) == 2


@pytest.mark.parametrize("batch_size", [1, 3, 64])
def test_runner_output_independent_of_batch_size(nlp, batch_size: int) -> None:
    documents = make_documents(10)
    reference = [o.line for o in run_local(documents, nlp, batch_size=10)]
    assert [o.line for o in run_local(documents, nlp, batch_size=batch_size)] == reference


def test_runner_to_item_round_trips() -> None:
    document = make_documents(1)[0]
    error = ErrorRecord(id="e", error=ErrorInfo(code="E012", message="empty"))
    assert to_item(document.model_dump_json()) == document
    assert to_item(document.model_dump()) == document
    assert to_item(error.model_dump_json()) == error
    assert to_item(document) is document


def test_api_extract_documents_isolates_failures(failing_nlp) -> None:
    documents = make_documents(5, fail=(1,))
    results = list(partnerex.extract_documents(documents, nlp=failing_nlp, batch_size=2))
    assert [r.id for r in results] == [d.id for d in documents]
    assert isinstance(results[1], ErrorRecord)
    assert all(isinstance(r, Document) for i, r in enumerate(results) if i != 1)
    assert results[0] == partnerex.extract(
        documents[0].text, meta=documents[0].meta, doc_id=documents[0].id, nlp=failing_nlp
    )


def test_runner_pipeline_spec_round_trip_for_spawned_workers(nlp) -> None:
    """Workers on spawn platforms rebuild the pipeline from config + bytes: same output."""
    import pickle

    from partnerex.batch.runner import pipeline_from_spec, pipeline_spec

    rebuilt = pipeline_from_spec(pickle.loads(pickle.dumps(pipeline_spec(nlp))))
    assert rebuilt.pipe_names == nlp.pipe_names
    documents = [*make_documents(6), Document(id="infix", text="The U.S.-Cabo Verde CMAA.")]
    assert [o.line for o in process_batch(rebuilt, documents)] == [
        o.line for o in process_batch(nlp, documents)
    ]
