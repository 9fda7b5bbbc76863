"""``partnerex corpus validate PATH``: check an annotated corpus, every problem at once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from partnerex.cli.app import app
from partnerex.errors import Errors, PartnerexError

corpus_app = typer.Typer(help="Annotated corpora: validate gold documents.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


@corpus_app.command("validate")
def validate(
    path: Annotated[Path, typer.Argument(help="A JSONL corpus file or a folder of *.jsonl.")],
    patterns: Annotated[
        Path | None, typer.Option(help="Patterns directory (default: bundled).")
    ] = None,
) -> None:
    """Check offsets, span text, labels, norms, overlaps, records and ids.

    Prints one ``file:line [code] message`` per problem; exit 1 when there is any,
    2 when the path cannot be read. Codes are listed in ``partnerex.evaluate.validate``.
    """
    from partnerex.evaluate.validate import validate_corpus
    from partnerex.kb import load_kb

    try:
        problems = validate_corpus(path, load_kb(patterns))
    except PartnerexError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    for line in problems:
        typer.echo(line)
    if problems:
        typer.echo(f"[E031] {Errors.E031.format(count=len(problems), problems='').strip()}", err=True)
        raise typer.Exit(1)
    typer.echo(f"{path}: ok", err=True)
