"""Command-line interface: a thin typer layer over pure library functions.

Each module in this package registers its subcommands on ``app`` (see ``app.py``);
they are discovered here, so adding a command is adding a module.
"""

from __future__ import annotations

import importlib
import pkgutil

from partnerex.cli.app import app

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    if _module != "app" and not _module.startswith("_"):
        importlib.import_module(f"{__name__}.{_module}")


def main() -> None:
    """Console-script entry point."""
    app()


__all__ = ["app", "main"]
