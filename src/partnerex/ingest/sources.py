"""Inputs to bytes, bounded: files, folders (recursive, sorted), ``-`` (stdin) and ``.gz``.

Each input becomes an ``Input`` (display name, id base, format from the extension, bytes) or
an ``ErrorRecord``: a missing path (E010), an unsupported file named directly (E015), an input
over ``max_bytes`` (E014, checked before reading, and while decompressing so a gzip bomb
stops at the limit). Inside folders, hidden entries and unsupported extensions are skipped.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from partnerex.ingest.build import error_record
from partnerex.ingest.ids import path_id
from partnerex.ingest.limits import CHUNK
from partnerex.models import ErrorRecord

#: Extension -> format read by ``dispatch``.
FORMATS: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
}  # fmt: skip


@dataclass(frozen=True)
class Input:
    """One input's bytes with its display name, id base and format (``auto`` for stdin)."""

    name: str
    base_id: str
    fmt: str
    data: bytes


class _TooLarge(Exception):
    pass


def format_of(path: Path) -> str | None:
    """The format of a path from its extension (``.gz`` looked through), or None."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return FORMATS.get(suffixes[-1]) if suffixes else None


def read_bounded(stream: BinaryIO, max_bytes: int) -> bytes:
    """Read at most ``max_bytes``; raise _TooLarge when there is more."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(CHUNK, max_bytes + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise _TooLarge


def _load(path: Path, name: str, base_id: str, max_bytes: int) -> Input | ErrorRecord:
    fmt = format_of(path) or "auto"
    try:
        if path.suffix.lower() == ".gz":
            with gzip.open(path, "rb") as handle:
                data = read_bounded(handle, max_bytes)
        else:
            if path.stat().st_size > max_bytes:
                raise _TooLarge
            with path.open("rb") as handle:
                data = read_bounded(handle, max_bytes)
    except _TooLarge:
        return error_record(base_id, "E014", name, limit=max_bytes, path=name)
    except (OSError, EOFError, zlib.error) as exc:
        return error_record(base_id, "E010", name, path=name, reason=exc)
    return Input(name=name, base_id=base_id, fmt=fmt, data=data)


def _walk(folder: Path) -> list[Path]:
    """Every non-hidden file under ``folder``, sorted by relative POSIX path."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root) / f for f in files if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def iter_inputs(source: str | os.PathLike[str], max_bytes: int) -> Iterator[Input | ErrorRecord]:
    """The inputs named by ``source``: a file, a folder, or ``-`` for stdin."""
    if str(source) == "-":
        try:
            data = read_bounded(_stdin_bytes(), max_bytes)
        except OSError as exc:
            yield error_record("stdin", "E010", "<stdin>", path="<stdin>", reason=exc)
            return
        except _TooLarge:
            yield error_record("stdin", "E014", "<stdin>", limit=max_bytes, path="<stdin>")
            return
        if data[:2] == b"\x1f\x8b":
            try:
                with gzip.GzipFile(fileobj=_bytes_io(data)) as handle:
                    data = read_bounded(handle, max_bytes)
            except _TooLarge:
                yield error_record("stdin", "E014", "<stdin>", limit=max_bytes, path="<stdin>")
                return
            except (OSError, EOFError, zlib.error) as exc:
                yield error_record("stdin", "E010", "<stdin>", path="<stdin>", reason=exc)
                return
        yield Input(name="<stdin>", base_id="stdin", fmt="auto", data=data)
        return
    path = Path(source)
    if path.is_dir():
        for file in _walk(path):
            if format_of(file) is None:
                continue
            relative = file.relative_to(path).as_posix()
            yield _load(file, str(file), path_id(relative), max_bytes)
        return
    base_id = path_id(path.name)
    if not path.exists():
        yield error_record(base_id, "E010", str(path), path=path, reason="no such file or folder")
        return
    if format_of(path) is None:
        yield error_record(base_id, "E015", str(path), path=path)
        return
    yield _load(path, str(path), base_id, max_bytes)


def _bytes_io(data: bytes) -> BinaryIO:
    return io.BytesIO(data)


def _stdin_bytes() -> BinaryIO:
    """Standard input as a binary stream (a text-only replacement is encoded as UTF-8)."""
    stream = sys.stdin
    if stream is None:
        raise OSError("standard input is closed")
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return buffer
    return io.BytesIO(stream.read().encode("utf-8", "surrogateescape"))
