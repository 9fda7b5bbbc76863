"""Interchange: lossless round trips through spaCy DocBin and Prodigy JSONL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.tokens import Doc, DocBin
from spacy.tokens import Span as SpacySpan
from typer.testing import CliRunner

from partnerex.cli import app
from partnerex.errors import PartnerexError
from partnerex.evaluate.io import read_gold
from partnerex.interchange import (
    aligned_doc,
    document_to_doc,
    document_to_task,
    read_docbin,
    read_prodigy,
    sniff_format,
    target_format,
    task_to_document,
    tokenizer_nlp,
    write_docbin,
    write_prodigy,
)
from partnerex.models import Agreement, Document, Figure, Meta, Program, Signatory, Span

TEXT = "U.S.-Cabo Verde: CBP signed a CMAA (9,600kg seized) with\n\nCabo Verde's customs on Tuesday."


def S(text: str, label: str, norm: str | None = None, pattern: str | None = None,
      at: int | None = None) -> Span:
    start = TEXT.index(text) if at is None else at
    return Span(start=start, end=start + len(text), label=label, text=text, norm=norm,
                pattern=pattern)


DOC = Document(
    id="cv-1",
    text=TEXT,
    meta=Meta(title="CMAA", url="https://example.org/x", published="2023-09-26", source="cbp.gov"),
    spans=[
        S("U.S.", "COUNTRY", "US"),
        S("Cabo Verde", "COUNTRY", "CV"),
        S("CBP", "ORG", "cbp", "org:cbp:acronym"),
        S("CMAA", "AGREEMENT", "cmaa"),
        S("9,600kg", "FIGURE"),
        S("Cabo Verde", "COUNTRY", "CV", at=TEXT.index("Cabo Verde'")),
        S("Tuesday", "DATE", "2023-09-26"),
    ],
    programs=[Program(id="x:secure_export_scheme", established="2001", countries=["CV"])],
    agreements=[Agreement(type="cmaa", date="2023-09-26", countries=["CV", "US"],
                          parties=["cbp", "Cabo Verde"],
                          signatories=[Signatory(name="Mark Koumans", on_behalf_of="US")])],
    figures=[Figure(value=9600, unit="kg", kind="seizure", start=TEXT.index("9,600"),
                    end=TEXT.index("9,600") + 7)],
    countries=["CV", "US"],
)
# Span boundaries inside tokens ("abcdef", "ghi") must survive the round trip.
ODD = Document(id="odd", text="abcdef ghi", spans=[
    Span(start=2, end=4, label="ORG", text="cd"), Span(start=4, end=9, label="ORG", text="ef gh"),
])


def test_interchange_aligned_doc_splits_tokens_at_boundaries() -> None:
    doc = aligned_doc(tokenizer_nlp(), "abcdef ghi", [2, 4, 9])
    assert [t.text for t in doc] == ["ab", "cd", "ef", "gh", "i"]
    assert doc.text == "abcdef ghi"


def test_interchange_doc_has_spans_ents_and_user_data() -> None:
    doc = document_to_doc(DOC)
    group = doc.spans["partnerex"]
    assert [(s.text, s.label_, s.kb_id_) for s in group][:3] == [
        ("U.S.", "COUNTRY", "US"), ("Cabo Verde", "COUNTRY", "CV"), ("CBP", "ORG", "cbp")
    ]
    assert group[2].id_ == "org:cbp:acronym"
    assert len(doc.ents) == len(DOC.spans) and doc.ents[3].kb_id_ == "cmaa"
    assert doc.user_data["partnerex"]["id"] == "cv-1"
    assert doc.user_data["partnerex"]["meta"]["published"] == "2023-09-26"


@pytest.mark.parametrize("document", [DOC, ODD, Document(id="empty", text="")])
def test_interchange_docbin_round_trip(tmp_path: Path, document: Document) -> None:
    path = tmp_path / "x.spacy"
    assert write_docbin([document, DOC], path) == 2
    assert read_docbin(path) == [document, DOC]


@pytest.mark.parametrize("document", [DOC, ODD])
def test_interchange_prodigy_round_trip(tmp_path: Path, document: Document) -> None:
    path = tmp_path / "x.jsonl"
    write_prodigy([document], path)
    assert read_prodigy(path) == [document]


def test_interchange_prodigy_task_shape() -> None:
    task = document_to_task(DOC)
    assert set(task) == {"text", "tokens", "spans", "meta", "partnerex"}
    assert task["meta"]["id"] == "cv-1" and task["meta"]["source"] == "cbp.gov"
    cbp = task["spans"][2]
    tokens = task["tokens"]
    assert tokens[cbp["token_start"]]["start"] == cbp["start"]
    assert tokens[cbp["token_end"]]["end"] == cbp["end"]  # token_end is inclusive
    assert cbp["norm"] == "cbp" and cbp["pattern"] == "org:cbp:acronym"
    assert "".join(t["text"] + (" " if t["ws"] else "") for t in tokens) == TEXT


def test_interchange_reads_plain_prodigy_tasks(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    tasks = [
        {"text": "CBP met WCO.", "spans": [{"start": 0, "end": 3, "label": "ORG"},
                                            {"start": 8, "end": 11, "label": "ORG",
                                             "kb_id": "wco"}],
         "meta": {"id": "t1", "note": "x"}, "answer": "accept"},
        {"text": "rejected", "spans": [], "answer": "reject"},
        {"text": "no id", "spans": []},
    ]
    path.write_text("\n".join(json.dumps(t) for t in tasks))
    docs = read_prodigy(path)
    assert docs[0].id == "t1" and len(docs) == 2
    assert docs[0].spans[1].norm == "wco" and docs[0].spans[0].text == "CBP"
    assert docs[1].id.startswith("sha1:")
    assert task_to_document({"text": "a", "meta": {"id": 5}}).id == "5"


def test_interchange_reads_foreign_docbin_from_ents(tmp_path: Path) -> None:
    nlp = tokenizer_nlp()
    doc = Doc(nlp.vocab, words=["CBP", "met", "WCO"], spaces=[True, True, False])
    doc.ents = [SpacySpan(doc, 0, 1, label="ORG", kb_id="cbp"), SpacySpan(doc, 2, 3, label="ORG")]
    DocBin(docs=[doc]).to_disk(tmp_path / "f.spacy")
    [back] = read_docbin(tmp_path / "f.spacy")
    assert [(s.text, s.norm) for s in back.spans] == [("CBP", "cbp"), ("WCO", None)]


def test_interchange_formats(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text(DOC.model_dump_json() + "\n")
    prodigy = tmp_path / "p.jsonl"
    write_prodigy([DOC], prodigy)
    assert sniff_format(docs) == "documents" and sniff_format(prodigy) == "prodigy"
    assert sniff_format(tmp_path / "a.spacy") == "docbin" and sniff_format(tmp_path) == "documents"
    assert target_format("o.jsonl", "documents") == "prodigy"
    assert target_format("o.jsonl", "docbin") == "documents"
    assert target_format("o.spacy", "prodigy") == "docbin"
    assert target_format("o.out", "prodigy", "documents") == "documents"
    for bad in (("o.txt", None), ("o.jsonl", "conll")):
        with pytest.raises(PartnerexError) as err:
            target_format(bad[0], "documents", bad[1])
        assert err.value.code == "E034"


def test_interchange_cli_chain(tmp_path: Path) -> None:
    runner = CliRunner()
    docs = tmp_path / "docs.jsonl"
    docs.write_text(DOC.model_dump_json() + "\n" + ODD.model_dump_json() + "\n")
    steps = [(docs, "a.spacy", "docbin"), ("a.spacy", "b.jsonl", "documents"),
             ("b.jsonl", "c.jsonl", "prodigy"), ("c.jsonl", "d.jsonl", "documents")]
    for source, target, fmt in steps:
        result = runner.invoke(app, ["convert", str(tmp_path / source), str(tmp_path / target)])
        assert result.exit_code == 0, result.output
        assert f"({fmt})" in result.stderr and "2 document(s)" in result.stderr
    assert read_gold(tmp_path / "d.jsonl") == [DOC, ODD]
    result = runner.invoke(app, ["convert", str(docs), str(tmp_path / "x.txt")])
    assert result.exit_code == 2 and "E034" in result.stderr


def test_interchange_shared_gold_round_trip(shared_dir: Path, tmp_path: Path) -> None:
    gold = read_gold(shared_dir / "corpus" / "gold" / "dev.jsonl")[:20]
    write_docbin(gold, tmp_path / "g.spacy")
    assert read_docbin(tmp_path / "g.spacy") == gold
    write_prodigy(gold, tmp_path / "g.jsonl")
    assert read_prodigy(tmp_path / "g.jsonl") == gold
