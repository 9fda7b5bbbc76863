"""JSONL output that stays valid if the process is killed: complete lines, flushed."""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType
from typing import IO


def truncate_partial_line(path: str | Path) -> int:
    """Cut a trailing incomplete line (a run killed mid-write); returns the bytes removed."""
    file = Path(path)
    if not file.exists():
        return 0
    size = file.stat().st_size
    if size == 0:
        return 0
    with file.open("rb+") as handle:
        handle.seek(-1, os.SEEK_END)
        if handle.read(1) == b"\n":
            return 0
        # Walk back to the last newline in blocks.
        position = size
        keep = 0
        while position > 0:
            step = min(65536, position)
            position -= step
            handle.seek(position)
            block = handle.read(step)
            newline = block.rfind(b"\n")
            if newline >= 0:
                keep = position + newline + 1
                break
        handle.truncate(keep)
    return size - keep


class JsonlWriter:
    """Write one JSON document per line; each line is written whole and flushed.

    ``append=False`` starts a fresh file; ``append=True`` (resume) first removes a
    trailing partial line. ``"-"`` writes to standard output.
    """

    def __init__(self, path: str | Path, *, append: bool = False) -> None:
        self.path = str(path)
        self.lines = 0
        self._handle: IO[str]
        self._owned = self.path != "-"
        if self._owned:
            target = Path(self.path)
            target.parent.mkdir(parents=True, exist_ok=True)
            if append:
                truncate_partial_line(target)
            self._handle = target.open("a" if append else "w", encoding="utf-8", newline="\n")
        else:
            import sys

            self._handle = sys.stdout

    def write_line(self, line: str) -> None:
        """Write one serialized record (no newline inside) and flush it."""
        self._handle.write(line + "\n")
        self._handle.flush()
        self.lines += 1

    def close(self) -> None:
        """Flush and close the file (standard output is only flushed)."""
        self._handle.flush()
        if self._owned:
            self._handle.close()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
