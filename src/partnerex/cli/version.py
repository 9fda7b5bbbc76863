"""``partnerex version``."""

from __future__ import annotations

import typer

from partnerex.cli.app import app


@app.command()
def version() -> None:
    """Print the partnerex, spaCy and Python versions."""
    import platform

    import spacy

    import partnerex

    typer.echo(f"partnerex {partnerex.__version__} (spaCy {spacy.__version__}, Python {platform.python_version()})")
