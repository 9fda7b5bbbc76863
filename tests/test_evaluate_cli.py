"""``partnerex evaluate``: tables, JSON, --errors, --min-f1 and --floors exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from partnerex.cli import app
from partnerex.models import Document, Span

TEXT = "CBP and Mexico signed it. Canada did not."
GOLD = Document(id="g1", text=TEXT, countries=["CA", "MX"], spans=[
    Span(start=0, end=3, label="ORG", text="CBP", norm="cbp"),
    Span(start=8, end=14, label="COUNTRY", text="Mexico", norm="MX"),
    Span(start=26, end=32, label="COUNTRY", text="Canada", norm="CA"),
])
PRED = Document(id="g1", text=TEXT, countries=["MX"], spans=[
    Span(start=0, end=3, label="ORG", text="CBP", norm="cbp", pattern="org:cbp:acronym"),
    Span(start=8, end=14, label="COUNTRY", text="Mexico", norm="MX", pattern="country:mx"),
    Span(start=15, end=21, label="ORG", text="signed", pattern="org:ice:acronym"),
])


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(GOLD.model_dump_json() + "\n")
    pred.write_text(PRED.model_dump_json() + "\n")
    return gold, pred


def run(*args: str):
    return CliRunner().invoke(app, ["evaluate", *args], terminal_width=200)


def test_cli_evaluate_tables_and_errors(files: tuple[Path, Path]) -> None:
    gold, pred = files
    result = run(str(gold), "--pred", str(pred), "--errors")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Spans" in out and "Records" in out and "Per document" in out
    micro = next(line for line in out.splitlines() if line.strip().startswith("micro"))
    assert micro.split()[1:6] == ["3", "3", "0.667", "0.667", "0.667"]
    assert "pattern=org:ice:acronym" in out  # not an emoji and "[[signed]]" in out and "[[Canada]]" in out


def test_cli_evaluate_json(files: tuple[Path, Path]) -> None:
    gold, pred = files
    result = run(str(gold), "--pred", str(pred), "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["spans"]["strict_micro"] == {
        "tp": 2, "fp": 1, "fn": 1, "precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3
    }
    assert data["records"]["countries"]["fn"] == 1
    assert {e["text"] for e in data["errors"]} >= {"signed", "Canada", "CA"}


@pytest.mark.parametrize(("min_f1", "code"), [("0.6", 0), ("0.7", 1)])
def test_cli_evaluate_min_f1(files: tuple[Path, Path], min_f1: str, code: int) -> None:
    gold, pred = files
    result = run(str(gold), "--pred", str(pred), "--min-f1", min_f1, "--json")
    assert result.exit_code == code
    if code:
        assert "below floor" in result.stderr


def test_cli_evaluate_floors(files: tuple[Path, Path], tmp_path: Path) -> None:
    gold, pred = files
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"span_strict_micro_f1": 0.6, "country_f1": 0.6}))
    assert run(str(gold), "--pred", str(pred), "--floors", str(floors)).exit_code == 0
    floors.write_text(json.dumps({"span_strict_micro_f1": 0.6, "partial_f1_per_label": 0.9}))
    result = run(str(gold), "--pred", str(pred), "--floors", str(floors))
    assert result.exit_code == 1
    assert "partial F1 of ORG 0.6667 < floor 0.9000" in result.stderr
    assert "COUNTRY" in result.stderr
    floors.write_text("{nope")
    assert run(str(gold), "--pred", str(pred), "--floors", str(floors)).exit_code == 2


def test_cli_evaluate_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n')
    result = run(str(bad), "--pred", str(bad))
    assert result.exit_code == 2 and "E016" in result.stderr
    assert run(str(tmp_path / "none.jsonl")).exit_code == 2


def test_cli_evaluate_runs_pipeline_without_pred(files: tuple[Path, Path]) -> None:
    gold, _ = files
    result = run(str(gold), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["n_documents"] == 1 and data["missing"] == []
