"""The typer application every ``partnerex`` subcommand registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="partnerex",
    help="Structured data from customs and border-security press releases.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Structured data from customs and border-security press releases."""
