"""``partnerex schema``: write the document JSON schema."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from partnerex.cli.app import app


@app.command()
def schema(
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Where to write it.")
    ] = Path("schema/document.schema.json"),
) -> None:
    """Write the JSON schema of a partnerex document (gold and extracted alike)."""
    from partnerex.schema import write_schema

    typer.echo(f"wrote {write_schema(output)}")
