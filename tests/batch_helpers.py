"""Inputs shared by the batch tests: small synthetic releases and a failing pipeline."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from partnerex.models import Document

TEMPLATES = (
    "WASHINGTON – U.S. Customs and Border Protection signed a Mutual Recognition Arrangement "
    "with {country} on September {day}, 2023. More than {n},800 carriers joined C-TPAT.",
    "CBP officers seized {n}00 pounds of cocaine at the port of entry on Tuesday. The "
    "Container Security Initiative now operates in {day} ports in {country}.",
    "The World Customs Organization and {country} announced a Memorandum of Understanding. "
    "Commissioner Troy A. Miller said about {n} million dollars was invested.",
)
COUNTRIES = ("Brazil", "Mexico", "Uruguay", "Cabo Verde", "Japan", "Canada", "Peru")
MARKER = "BOOM"


def make_documents(count: int, *, fail: tuple[int, ...] = ()) -> list[Document]:
    """``count`` distinct short documents; those at ``fail`` indexes carry the failure marker."""
    documents = []
    for i in range(count):
        text = TEMPLATES[i % len(TEMPLATES)].format(
            country=COUNTRIES[i % len(COUNTRIES)], day=1 + i % 28, n=1 + i % 9
        )
        text += f" Release number {i}, token uniq{i}x."
        if i in fail:
            text += f" {MARKER}"
        documents.append(
            Document(id=f"doc-{i:04d}", text=text, meta={"published": "2023-09-28"})
        )
    return documents


def write_jsonl(path: Path, documents: list[Document], broken_after: int | None = None) -> Path:
    """Write documents as JSONL; ``broken_after`` inserts an unparsable line after that index."""
    lines = []
    for i, document in enumerate(documents):
        lines.append(document.model_dump_json())
        if broken_after == i:
            lines.append(json.dumps({"id": "broken", "text": 5}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@Language.component("test_batch_fail_on_marker")
def fail_on_marker(doc: Doc) -> Doc:
    """Raise on documents containing the failure marker (a stand-in for a component bug)."""
    if MARKER in doc.text:
        raise RuntimeError("component failed on purpose")
    return doc


def failing_pipeline() -> Language:
    """The partnerex pipeline plus a component that fails on marked documents."""
    import partnerex

    nlp = partnerex.load()
    nlp.add_pipe("test_batch_fail_on_marker", after="partnerex_entities")
    return nlp
