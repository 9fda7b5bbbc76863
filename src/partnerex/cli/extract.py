"""``partnerex extract INPUT... -o OUT``: batch extraction to JSONL (and flat tables).

Exit codes: 0 every input was extracted; 1 some inputs became error records (the run
still completed and wrote every other document); 2 usage error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from partnerex.cli.app import app


def _summary_text(summary: object) -> str:
    from partnerex.batch.summary import Summary

    assert isinstance(summary, Summary)
    data = summary.to_dict()
    records = ", ".join(f"{kind} {count:,}" for kind, count in data["records"].items())
    lines = [
        f"documents {data['documents']:,} | errors {data['errors']:,}"
        + (f" | skipped (already in output) {data['skipped']:,}" if data["skipped"] else ""),
        f"records: {records}",
    ]
    if data["error_codes"]:
        lines.append(
            "errors by code: " + ", ".join(f"{c} {n:,}" for c, n in data["error_codes"].items())
        )
    if data["tables"]:
        lines.append(
            "tables: " + ", ".join(f"{name} {rows:,} rows" for name, rows in data["tables"].items())
        )
    return "\n".join(lines)


@app.command()
def extract(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT...", help="Files, folders, feeds, .jsonl, .gz, or '-' for stdin."
        ),
    ],
    output: Annotated[
        str, typer.Option("-o", "--output", help="Output JSONL file ('-' for stdout).")
    ],
    tables: Annotated[
        Path | None,
        typer.Option("--tables", help="Also write flat tables (Parquet and CSV) into this folder."),
    ] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")] = 1,
    resume: Annotated[
        bool, typer.Option("--resume", help="Skip inputs already in OUT and append the rest.")
    ] = False,
    engine: Annotated[str, typer.Option("--engine", help="local or dask.")] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Dask scheduler address (default: a local cluster)."),
    ] = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Documents per batch.")
    ] = 64,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")
    ] = False,
    text_key: Annotated[
        str, typer.Option("--text-key", help="JSONL inputs: the field holding the text.")
    ] = "text",
    id_key: Annotated[
        str, typer.Option("--id-key", help="JSONL inputs: the field holding the id.")
    ] = "id",
    max_bytes: Annotated[
        int | None,
        typer.Option("--max-bytes", min=1, help="Largest input read (default 10 MB)."),
    ] = None,
) -> None:
    """Extract documents and records from every INPUT into OUT (JSONL), resumably.

    Exit code 0: every input extracted; 1: some inputs became error records (the rest was
    written); 2: usage error.
    """
    from partnerex.batch.job import ENGINES, extract_to_jsonl
    from partnerex.batch.progress import Progress, wanted
    from partnerex.errors import PartnerexError

    if engine not in ENGINES:
        raise typer.BadParameter(f"use one of {', '.join(ENGINES)}", param_hint="--engine")
    if scheduler and engine != "dask":
        raise typer.BadParameter("needs --engine dask", param_hint="--scheduler")
    if output == "-" and (tables is not None or resume):
        raise typer.BadParameter(
            "--tables and --resume need a file, not '-'", param_hint="--output"
        )
    with Progress(wanted(quiet)) as progress:
        try:
            summary = extract_to_jsonl(
                inputs,
                output,
                tables=tables,
                resume=resume,
                engine=engine,
                workers=workers,
                batch_size=batch_size,
                scheduler=scheduler,
                on_progress=progress.update,
                read_options={
                    "text_key": text_key,
                    "id_key": id_key,
                    **({"max_bytes": max_bytes} if max_bytes else {}),
                },
            )
        except PartnerexError as exc:
            typer.echo(f"partnerex extract: {exc}", err=True)
            raise typer.Exit(2) from exc
        progress.update(summary, force=True)
    if not quiet:
        typer.echo(_summary_text(summary), err=True)
    raise typer.Exit(summary.exit_code)
