"""Read gold or predicted documents: a JSONL file, or a folder of ``*.jsonl`` files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from partnerex.errors import Errors, InputError
from partnerex.models import Document, ErrorRecord


def corpus_files(path: str | Path) -> list[Path]:
    """The JSONL files of a corpus: the file itself, or a folder's ``*.jsonl`` sorted by name."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.glob("*.jsonl") if p.is_file())
        if not files:
            raise InputError("E012", Errors.E012.format(path=path))
        return files
    if not path.is_file():
        raise InputError("E010", Errors.E010.format(path=path, reason="no such file or folder"))
    return [path]


def iter_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Non-blank lines of a text file with their 1-based numbers."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield number, line


def read_documents(path: str | Path) -> list[Document | ErrorRecord]:
    """Every document (or error record) of a JSONL file or folder, in file and line order.

    Raises ``InputError`` E016 naming the file and line of the first bad record; run
    ``partnerex corpus validate`` to see every problem at once.
    """
    out: list[Document | ErrorRecord] = []
    for file in corpus_files(path):
        for number, line in iter_lines(file):
            try:
                data = json.loads(line)
                if isinstance(data, dict) and "error" in data and "text" not in data:
                    out.append(ErrorRecord.model_validate(data))
                else:
                    out.append(Document.model_validate(data))
            except (json.JSONDecodeError, ValidationError) as exc:
                reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise InputError(
                    "E016", Errors.E016.format(line=number, path=file, reason=reason)
                ) from exc
    return out


def read_gold(path: str | Path) -> list[Document]:
    """Gold documents only: an error record in a gold corpus is an input error."""
    docs = read_documents(path)
    bad = [d.id for d in docs if isinstance(d, ErrorRecord)]
    if bad:
        raise InputError(
            "E016", Errors.E016.format(line="?", path=path, reason=f"error record {bad[0]!r}")
        )
    return [d for d in docs if isinstance(d, Document)]
