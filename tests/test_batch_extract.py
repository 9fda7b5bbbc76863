"""``partnerex extract``: error records, exit codes, determinism, resume after a kill."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from batch_helpers import failing_pipeline, make_documents, write_jsonl
from partnerex.batch.job import extract_to_jsonl
from partnerex.batch.resume import done_ids, skip_done
from partnerex.batch.writer import JsonlWriter, truncate_partial_line
from partnerex.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("batch-in")
    return write_jsonl(folder / "in.jsonl", make_documents(60), broken_after=10)


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory) -> bytes:
    """Output of one uninterrupted CLI run over ``corpus``."""
    out = tmp_path_factory.mktemp("batch-ref") / "out.jsonl"
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--batch-size", "8"])
    assert result.exit_code == 1, result.output
    return out.read_bytes()


def test_extract_broken_input_becomes_error_record_and_run_goes_on(reference: bytes) -> None:
    records = [json.loads(line) for line in reference.decode().splitlines()]
    assert len(records) == 61
    errors = [r for r in records if "error" in r]
    assert len(errors) == 1
    assert errors[0]["error"]["code"] and errors[0]["error"]["message"]
    documents = [r for r in records if "error" not in r]
    assert [d["id"] for d in documents] == [f"doc-{i:04d}" for i in range(60)]
    assert records[11] is errors[0]


def test_extract_summary_and_exit_codes(corpus: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    assert "documents 60 | errors 1" in result.output
    assert "records: spans" in result.output
    clean = write_jsonl(tmp_path / "clean.jsonl", make_documents(3))
    ok = runner.invoke(app, ["extract", str(clean), "-o", str(tmp_path / "c.jsonl"), "-q"])
    assert ok.exit_code == 0
    assert ok.output == ""


@pytest.mark.parametrize(
    "args",
    [
        ["--engine", "spark"],
        ["--workers", "0"],
        ["--scheduler", "tcp://localhost:8786"],
        ["--batch-size", "0"],
    ],
)
def test_extract_usage_errors_exit_2(corpus: Path, tmp_path: Path, args: list[str]) -> None:
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(tmp_path / "o.jsonl"), *args])
    assert result.exit_code == 2


def test_extract_same_input_same_bytes(corpus: Path, reference: bytes, tmp_path: Path) -> None:
    out = tmp_path / "again.jsonl"
    runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--batch-size", "5", "-q"])
    assert out.read_bytes() == reference


def test_extract_workers_two_equals_one(corpus: Path, reference: bytes, tmp_path: Path) -> None:
    out = tmp_path / "w2.jsonl"
    result = runner.invoke(
        app, ["extract", str(corpus), "-o", str(out), "--workers", "2", "--batch-size", "4", "-q"]
    )
    assert result.exit_code == 1
    assert out.read_bytes() == reference


def test_extract_failing_component_error_record(tmp_path: Path) -> None:
    documents = make_documents(12, fail=(4,))
    out = tmp_path / "o.jsonl"
    summary = extract_to_jsonl([], out, items=documents, nlp=failing_pipeline(), batch_size=4)
    assert (summary.documents, summary.errors, summary.exit_code) == (11, 1, 1)
    assert summary.error_codes == {"E020": 1}
    lines = out.read_text().splitlines()
    assert json.loads(lines[4])["error"]["code"] == "E020"
    assert json.loads(lines[4])["id"] == "doc-0004"


@pytest.mark.parametrize("cut", [1, 57, 0.5, 0.999, -1])
def test_extract_resume_after_truncation(corpus: Path, reference: bytes, tmp_path: Path, cut):
    """A file cut anywhere (mid-line included) resumes to the uninterrupted bytes."""
    position = cut if isinstance(cut, int) and cut > 0 else int(len(reference) * cut)
    if cut == -1:
        position = len(reference)
    out = tmp_path / "cut.jsonl"
    out.write_bytes(reference[:position])
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--resume", "-q"])
    assert result.exit_code in (0, 1)
    assert out.read_bytes() == reference


def test_extract_resume_after_kill(tmp_path: Path) -> None:
    """SIGKILL a running extraction after some lines, then --resume: same bytes as a full run."""
    big = write_jsonl(tmp_path / "big.jsonl", make_documents(120), broken_after=40)
    full = tmp_path / "full.jsonl"
    extract_to_jsonl([str(big)], full, batch_size=1)
    reference = full.read_bytes()
    out = tmp_path / "killed.jsonl"
    code = "from partnerex.cli import main; main()"
    command = [
        sys.executable,
        "-c",
        code,
        "extract",
        str(big),
        "-o",
        str(out),
        "--batch-size",
        "1",
        "-q",
    ]
    process = subprocess.Popen(command)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 10:
                break
            time.sleep(0.005)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    written = out.read_bytes()
    assert 10 <= written.count(b"\n") < 121, "the run was not interrupted"
    assert reference.startswith(written[: written.rfind(b"\n") + 1])
    result = runner.invoke(app, ["extract", str(big), "-o", str(out), "--resume", "-q"])
    assert result.exit_code == 1
    assert out.read_bytes() == reference


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        (b"", b""),
        (b'{"id":"a"}\n', b'{"id":"a"}\n'),
        (b'{"id":"a"}\n{"id', b'{"id":"a"}\n'),
        (b'{"id', b""),
        (b'{"id":"a"}\n{"id":"b"}\n', b'{"id":"a"}\n{"id":"b"}\n'),
    ],
)
def test_writer_truncate_partial_line(tmp_path: Path, content: bytes, kept: bytes) -> None:
    path = tmp_path / "o.jsonl"
    path.write_bytes(content)
    assert truncate_partial_line(path) == len(content) - len(kept)
    assert path.read_bytes() == kept


def test_writer_lines_are_complete_and_flushed(tmp_path: Path) -> None:
    path = tmp_path / "o.jsonl"
    with JsonlWriter(path) as writer:
        writer.write_line('{"id": "a"}')
        assert path.read_bytes() == b'{"id": "a"}\n'  # visible before close
    with JsonlWriter(path, append=True) as writer:
        writer.write_line('{"id": "b"}')
    assert path.read_text().splitlines() == ['{"id": "a"}', '{"id": "b"}']


def test_resume_skips_each_done_occurrence_once(tmp_path: Path) -> None:
    path = tmp_path / "o.jsonl"
    path.write_bytes(b'{"id": "a"}\n{"id": "b"}\nnot json\n{"id": "a"}\n{"id": "c"')
    done = done_ids(path)
    assert done == {"a": 2, "b": 1}
    documents = make_documents(1)[0]
    items = [documents.model_copy(update={"id": i}) for i in ["a", "b", "a", "a", "c", "b"]]
    assert [i.id for i in skip_done(items, done)] == ["a", "c", "b"]


def test_extract_tables_match_output(corpus: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out, folder = tmp_path / "o.jsonl", tmp_path / "tables"
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--tables", str(folder)])
    assert result.exit_code == 1
    documents = [json.loads(line) for line in out.read_text().splitlines()]
    documents = [d for d in documents if "error" not in d]
    mentions = pq.read_table(folder / "mentions.parquet").to_pylist()
    assert len(mentions) == sum(len(d["spans"]) for d in documents)
    assert {m["doc_id"] for m in mentions} <= {d["id"] for d in documents}
    figures = pq.read_table(folder / "figures.parquet").to_pylist()
    assert len(figures) == sum(len(d["figures"]) for d in documents)
    assert f"mentions {len(mentions):,} rows" in result.output


@pytest.mark.parametrize(
    ("tty", "quiet", "expected"), [(True, False, True), (True, True, False), (False, False, False)]
)
def test_progress_only_on_a_terminal(monkeypatch, tty: bool, quiet: bool, expected: bool) -> None:
    from partnerex.batch import progress

    monkeypatch.setattr(progress.sys.stderr, "isatty", lambda: tty)
    assert progress.wanted(quiet) is expected


def test_extract_cli_reads_jsonl_with_other_text_and_id_keys(tmp_path):
    import json
    import subprocess
    import sys

    source = tmp_path / "export.jsonl"
    source.write_text(json.dumps({"body": "CBP signed an MRA with Brazil.", "uid": "x1"}) + "\n")
    out = tmp_path / "out.jsonl"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "partnerex.cli",
            "extract",
            str(source),
            "-o",
            str(out),
            "--text-key",
            "body",
            "--id-key",
            "uid",
            "-q",
        ],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    doc = json.loads(out.read_text().splitlines()[0])
    assert doc["id"] == "x1"
    assert {s["norm"] for s in doc["spans"]} >= {"cbp", "mra", "BR"}
