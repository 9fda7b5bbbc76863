"""One batch job: inputs -> JSONL output (+ tables), resumable; returns a ``Summary``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language

from partnerex.batch.resume import done_ids, skip_done
from partnerex.batch.runner import Item, Outcome, run_local
from partnerex.batch.sources import read_inputs
from partnerex.batch.summary import Summary
from partnerex.batch.tables import tables_from_jsonl
from partnerex.batch.writer import JsonlWriter, truncate_partial_line
from partnerex.errors import Errors, PartnerexError

ENGINES = ("local", "dask")


def outcomes(
    items: Iterable[Item],
    *,
    engine: str = "local",
    nlp: Language | None = None,
    workers: int = 1,
    batch_size: int = 64,
    scheduler: str | None = None,
    patterns: str | None = None,
) -> Iterator[Outcome]:
    """Run ``items`` through the chosen engine; outcomes come in input order."""
    if engine == "local":
        from partnerex.pipeline import load

        yield from run_local(items, nlp or load(patterns), workers=workers, batch_size=batch_size)
    elif engine == "dask":
        from partnerex.batch.dask import run_dask

        yield from run_dask(
            items,
            scheduler=scheduler,
            workers=max(1, workers),
            batch_size=batch_size,
            patterns=patterns,
        )
    else:
        raise PartnerexError("E040", Errors.E040.format(engine=engine))


def extract_to_jsonl(
    inputs: Sequence[str],
    output: str | Path,
    *,
    tables: str | Path | None = None,
    resume: bool = False,
    engine: str = "local",
    nlp: Language | None = None,
    workers: int = 1,
    batch_size: int = 64,
    scheduler: str | None = None,
    patterns: str | None = None,
    items: Iterable[Item] | None = None,
    on_progress: Callable[[Summary], None] | None = None,
    read_options: dict[str, Any] | None = None,
) -> Summary:
    """Extract every input into ``output`` (JSONL), one line per document or error record.

    With ``resume`` the inputs already in ``output`` are skipped and new lines are
    appended after removing a partial last line, so a killed run completes to the same
    bytes as an uninterrupted one. ``tables`` writes the flat tables of the whole file.
    ``items`` replaces reading ``inputs`` (for callers holding documents already);
    ``read_options`` go to ``partnerex.read`` (``text_key``, ``id_key``, ``max_bytes``).
    """
    if engine not in ENGINES:
        raise PartnerexError("E040", Errors.E040.format(engine=engine))
    summary = Summary()
    stream: Iterable[Item] = items if items is not None else read_inputs(inputs, **(read_options or {}))
    to_stdout = str(output) == "-"
    if resume and not to_stdout:
        truncate_partial_line(output)
        done = done_ids(output)
        summary.skipped = sum(done.values())
        stream = skip_done(stream, done)
    with JsonlWriter(output, append=resume and not to_stdout) as writer:
        for outcome in outcomes(
            stream,
            engine=engine,
            nlp=nlp,
            workers=workers,
            batch_size=batch_size,
            scheduler=scheduler,
            patterns=patterns,
        ):
            writer.write_line(outcome.line)
            summary.add(outcome)
            if on_progress is not None:
                on_progress(summary)
    if tables is not None and not to_stdout:
        summary.tables = tables_from_jsonl(output, tables)
    return summary
