"""Corpus validator: every problem reported at once as ``file:line [code] message``."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from partnerex.cli import app
from partnerex.evaluate.validate import valid_date_norm, valid_unit, validate_corpus

TEXT = "CBP signed a Mutual Recognition Arrangement with Uruguay on May 5, 2023, 9,600 kilos."


def span(text: str, label: str, norm: str | None = None, shift: int = 0) -> dict[str, Any]:
    start = TEXT.index(text) + shift
    return {"start": start, "end": start + len(text), "label": label, "text": text, "norm": norm}


def good_doc(doc_id: str = "ok") -> dict[str, Any]:
    fig = span("9,600 kilos", "FIGURE")
    return {
        "id": doc_id,
        "text": TEXT,
        "meta": {"published": "2023-05-05"},
        "spans": [
            span("CBP", "ORG", "cbp"),
            span("Mutual Recognition Arrangement", "AGREEMENT", "mra"),
            span("Uruguay", "COUNTRY", "UY"),
            span("May 5, 2023", "DATE", "2023-05-05"),
            fig,
        ],
        "agreements": [{"type": "mra", "countries": ["US", "UY"], "date": "2023-05-05"}],
        "figures": [{"value": 9600, "unit": "kg", "kind": "seizure",
                     "start": fig["start"], "end": fig["end"]}],
        "countries": ["US", "UY"],
    }


def write(tmp_path: Path, *docs: Any, name: str = "c.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(d if isinstance(d, str) else json.dumps(d) for d in docs) + "\n")
    return path


def codes(problems: list[str]) -> list[str]:
    return [re.search(r"\[(C\d{3})\]", p).group(1) for p in problems]


def test_validate_good_document(tmp_path: Path) -> None:
    assert validate_corpus(write(tmp_path, good_doc())) == []


def mutate(change: Any) -> dict[str, Any]:
    doc = good_doc()
    change(doc)
    return doc


def _set_span(i: int, **values: Any) -> Any:
    return lambda d: d["spans"][i].update(values)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_set_span(0, end=500), ["C010"]),
        (_set_span(0, start=3, end=3, text=""), ["C010"]),
        (_set_span(0, text="CBX"), ["C011"]),
        (_set_span(0, start=0, end=4, text="CBP "), ["C013"]),
        (lambda d: d["spans"].append(span("Recognition", "PROGRAM", None)), ["C012"]),
        (_set_span(0, norm="nosuchorg"), ["C022"]),
        (_set_span(0, norm=None), []),
        (_set_span(1, norm="treaty"), ["C021"]),
        (_set_span(1, norm=None), ["C021"]),
        (_set_span(1, norm="other"), []),
        (_set_span(2, norm="XX"), ["C023"]),
        (_set_span(2, norm="us"), ["C023"]),
        (_set_span(3, norm="May 5"), ["C024"]),
        (_set_span(3, norm="2023-02-30"), ["C024"]),
        (_set_span(3, norm=None), []),
        (_set_span(4, norm="9600"), ["C025"]),
        (_set_span(0, label="PROGRAM", norm="cbp"), ["C020"]),
        (_set_span(0, label="PROGRAM", norm="x:cbp_thing"), []),
        (_set_span(0, label="LOCATION"), ["C002"]),
        (lambda d: d["figures"][0].update(start=0), ["C030", "C031"]),
        (lambda d: d["figures"][0].update(unit="kilos"), ["C035"]),
        (lambda d: d["figures"][0].update(unit="eur"), []),
        (lambda d: d["figures"][0].update(program="nope"), ["C034"]),
        (lambda d: d["figures"].clear(), ["C031"]),
        (lambda d: d["agreements"][0].update(type="treaty"), ["C033"]),
        (lambda d: d["agreements"][0].update(countries=["US", "ZZ"]), ["C032"]),
        (lambda d: d["agreements"][0].update(status="done"), ["C002"]),
        (lambda d: d["agreements"][0].update(date="last May"), ["C024"]),
        (lambda d: d["agreements"][0].update(evidence={"date": [{"start": 0, "end": 999}]}),
         ["C038"]),
        (lambda d: d.update(programs=[{"id": "made_up"}]), ["C034"]),
        (lambda d: d.update(programs=[{"id": "ctpat", "countries": ["USA"]}]), ["C032"]),
        (lambda d: d.update(countries=["UY", "US"]), ["C036"]),
        (lambda d: d.update(countries=["US"]), ["C037"]),
        (lambda d: d["meta"].update(published="05/05/2023"), ["C002"]),
    ],
)
def test_validate_problem_table(tmp_path: Path, change: Any, expected: list[str]) -> None:
    problems = validate_corpus(write(tmp_path, mutate(change)))
    assert codes(problems) == expected, problems


def test_validate_reports_every_problem_with_file_and_line(tmp_path: Path) -> None:
    bad = good_doc("bad")
    bad["spans"][0]["text"] = "XYZ"
    bad["spans"][2]["norm"] = "ZZ"
    bad["figures"][0]["unit"] = "bags"
    first = write(tmp_path, good_doc("a"), "{not json", bad, name="a.jsonl")
    write(tmp_path, good_doc("a"), name="b.jsonl")
    problems = validate_corpus(tmp_path)
    assert codes(problems) == ["C001", "C011", "C023", "C035", "C003"]
    assert problems[0].startswith(f"{first}:2 [C001]")
    assert problems[1].startswith(f"{first}:3 [C011] bad: span 0:3 ORG 'XYZ'")
    assert problems[-1].endswith(f"(first at {first}:1)")


@pytest.mark.parametrize(
    ("value", "ok"),
    [("2023-09-26", True), ("2023-09", True), ("2023", True), ("1995-SP", True),
     ("199X", True), ("2023-W38", True), ("2010-Q3", True), ("FY2010", True),
     ("2023-13", False), ("2023-02-29", False), ("2024-02-29", True), ("23-09-26", False),
     ("2023-W54", False), ("Spring 1995", False), ("", False)],
)
def test_validate_date_norm(value: str, ok: bool) -> None:
    assert valid_date_norm(value) is ok


@pytest.mark.parametrize(
    ("unit", "ok"),
    [("kg", True), ("usd", True), ("cad", True), ("count", True), ("USD", False),
     ("kilos", False), ("xyz", False)],
)
def test_validate_unit(unit: str, ok: bool) -> None:
    assert valid_unit(unit) is ok


def test_validate_cli(tmp_path: Path) -> None:
    runner = CliRunner()
    good = write(tmp_path, good_doc(), name="good.jsonl")
    result = runner.invoke(app, ["corpus", "validate", str(good)])
    assert result.exit_code == 0 and result.stdout == ""
    bad = write(tmp_path, mutate(_set_span(0, text="CBX")), "[]", name="bad.jsonl")
    result = runner.invoke(app, ["corpus", "validate", str(bad)])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{bad}:1 [C011] ok: span 0:3 ORG 'CBX': text slice is 'CBP'",
        f"{bad}:2 [C002] document: Input should be a valid dictionary or instance of Document",
    ]
    assert "2 problem(s)" in result.stderr
    assert runner.invoke(app, ["corpus", "validate", str(tmp_path / "no")]).exit_code == 2


def test_validate_shared_gold_is_clean(shared_dir: Path) -> None:
    assert validate_corpus(shared_dir / "corpus" / "gold" / "dev.jsonl") == []
