"""Documents to render: extracted or gold JSONL as they are, anything else read and extracted."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from itertools import islice
from pathlib import Path

from spacy.language import Language

from partnerex.models import Document, ErrorRecord

RECORD_KEYS: frozenset[str] = frozenset({"spans", "agreements", "programs", "figures"})
"""A JSONL line with any of these keys is a finished document (extracted or gold)."""


def is_documents_jsonl(path: Path) -> bool:
    """True for a ``.jsonl`` file whose first record is a finished document or error record."""
    if path.suffix != ".jsonl" or not path.is_file():
        return False
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                try:
                    first = json.loads(line)
                except json.JSONDecodeError:
                    return False
                return isinstance(first, dict) and (
                    bool(RECORD_KEYS & first.keys()) or ("error" in first and "text" not in first)
                )
    return False


def _read_and_extract(
    source: str, nlp: Language | None, n_process: int
) -> Iterator[Document | ErrorRecord]:
    from partnerex import extract_documents, read

    yield from extract_documents(read(source), nlp=nlp, n_process=n_process)


def load_documents(
    sources: Sequence[str],
    *,
    extract: bool = False,
    limit: int | None = None,
    nlp: Language | None = None,
    n_process: int = 1,
) -> list[Document | ErrorRecord]:
    """Documents of every source, in order, at most ``limit``.

    A JSONL file of documents (``partnerex extract`` output or a gold corpus) is shown as
    it is, unless ``extract`` asks to run the pipeline on its texts; any other input
    ``partnerex.read`` accepts is read and extracted. Raises ``InputError`` (E016) for a
    bad line in a documents file.
    """
    from partnerex.evaluate.io import read_documents

    def stream() -> Iterator[Document | ErrorRecord]:
        for source in sources:
            if not extract and is_documents_jsonl(Path(source)):
                yield from read_documents(source)
            else:
                yield from _read_and_extract(source, nlp, n_process)

    return list(islice(stream(), limit))
