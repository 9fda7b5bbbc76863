"""``partnerex convert IN OUT``: documents <-> spaCy DocBin (.spacy) <-> Prodigy JSONL."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from partnerex.cli.app import app
from partnerex.errors import PartnerexError


@app.command()
def convert(
    source: Annotated[Path, typer.Argument(help="Input: .spacy, Prodigy .jsonl, documents .jsonl "
                                                "or a folder of documents.")],
    target: Annotated[Path, typer.Argument(help="Output file (.spacy or .jsonl).")],
    to: Annotated[
        str | None,
        typer.Option(help="Output format: docbin, prodigy or documents (default: from OUT)."),
    ] = None,
    source_format: Annotated[
        str | None, typer.Option("--from", help="Input format (default: sniffed).")
    ] = None,
) -> None:
    """Convert annotated documents to and from spaCy DocBin and Prodigy-style JSONL.

    Without --to, a .spacy OUT is a DocBin and a .jsonl OUT is the other JSONL kind
    (documents -> Prodigy, Prodigy or DocBin -> documents).
    """
    from partnerex.interchange import convert as run

    try:
        fmt_in, fmt_out, count = run(source, target, to=to, source_format=source_format)
    except PartnerexError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"{count} document(s): {source} ({fmt_in}) -> {target} ({fmt_out})", err=True)
