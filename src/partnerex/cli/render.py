"""``partnerex render INPUT... -o page.html``: one self-contained HTML page to look at.

Exit codes: 0 page written; 1 page written but some inputs became error records (shown
in the page); 2 a bad documents file, or no input at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from partnerex.cli.app import app


@app.command()
def render(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT...",
            help="JSONL of documents (partnerex extract output or gold), or any input "
            "partnerex.read accepts (then it is extracted).",
        ),
    ],
    output: Annotated[Path, typer.Option("-o", "--output", help="The HTML page to write.")],
    extract: Annotated[
        bool,
        typer.Option("--extract", help="Run the pipeline even on a JSONL of documents (gold)."),
    ] = False,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Render at most this many documents.")
    ] = None,
    title: Annotated[str, typer.Option("--title", help="Page title.")] = "partnerex",
    n_process: Annotated[int, typer.Option("--n-process", min=1, help="Processes.")] = 1,
) -> None:
    """Render documents as one HTML page: highlighted entities, record tables, evidence links."""
    from partnerex.errors import PartnerexError
    from partnerex.models import ErrorRecord
    from partnerex.render import load_documents, render_page
    from partnerex.render.page import plural

    try:
        docs = load_documents(inputs, extract=extract, limit=limit, n_process=n_process)
    except PartnerexError as exc:
        typer.echo(f"partnerex render: {exc}", err=True)
        raise typer.Exit(2) from exc
    if not docs:
        typer.echo("partnerex render: no documents in the input", err=True)
        raise typer.Exit(2)
    page = render_page(docs, title=title, subtitle="Rendered from " + ", ".join(inputs))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    errors = sum(isinstance(d, ErrorRecord) for d in docs)
    typer.echo(
        f"wrote {output} ({len(page) / 1024:,.0f} KiB): {plural(len(docs) - errors, 'document')}"
        + (f", {plural(errors, 'error record')}" if errors else ""),
        err=True,
    )
    if errors:
        raise typer.Exit(1)
