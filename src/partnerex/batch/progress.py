"""A rich progress display (documents/s, words/s) shown only on a terminal."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any

from partnerex.batch.summary import Summary


def wanted(quiet: bool = False) -> bool:
    """A progress bar is drawn when not quiet and stderr is a terminal."""
    return not quiet and sys.stderr.isatty()


class Progress:
    """Live counts of a run; a no-op when ``enabled`` is False."""

    def __init__(self, enabled: bool, description: str = "extracting") -> None:
        self.enabled = enabled
        self.description = description
        self._started = time.perf_counter()
        self._live: Any = None
        self._task: Any = None
        self._shown = 0.0

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import Progress as RichProgress
            from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

            self._live = RichProgress(
                SpinnerColumn(),
                TextColumn("[bold]{task.description}"),
                TextColumn("{task.completed:,} docs"),
                TextColumn("{task.fields[errors]:,} errors"),
                TextColumn("{task.fields[dps]:,.1f} docs/s"),
                TextColumn("{task.fields[wps]:,.0f} words/s"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self._live.__enter__()
            self._task = self._live.add_task(
                self.description, total=None, errors=0, dps=0.0, wps=0.0
            )
        self._started = time.perf_counter()
        return self

    def update(self, summary: Summary, *, force: bool = False) -> None:
        """Show the current counts (at most ten times a second unless ``force``)."""
        if self._live is None:
            return
        now = time.perf_counter()
        if not force and now - self._shown < 0.1:
            return
        self._shown = now
        elapsed = max(now - self._started, 1e-9)
        done = summary.documents + summary.errors
        self._live.update(
            self._task,
            completed=done,
            errors=summary.errors,
            dps=done / elapsed,
            wps=summary.words / elapsed,
        )

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._live is not None:
            self._live.__exit__(exc_type, exc, traceback)
