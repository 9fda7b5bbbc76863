"""partnerex: structured data from customs and border-security press releases.

    >>> import partnerex
    >>> doc = partnerex.extract("CBP signed a Mutual Recognition Arrangement with Brazil.",
    ...                         published="2022-09-16")
    >>> nlp = partnerex.load()  # a spaCy Language for nlp.pipe
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from partnerex.api import extract, extract_documents
from partnerex.evaluate import Report, evaluate
from partnerex.models import (
    Agreement,
    Document,
    ErrorRecord,
    Evidence,
    Figure,
    Meta,
    Participant,
    Program,
    Signatory,
    Span,
)
from partnerex.pipeline import load

if TYPE_CHECKING:
    from partnerex.ingest import read

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """Import the ingest layer on first use of ``read``: ``load()`` does not need it."""
    if name == "read":
        from partnerex.ingest import read

        return read
    raise AttributeError(f"module 'partnerex' has no attribute {name!r}")

__all__ = [
    "Agreement",
    "Document",
    "ErrorRecord",
    "Evidence",
    "Figure",
    "Meta",
    "Participant",
    "Program",
    "Report",
    "Signatory",
    "Span",
    "__version__",
    "evaluate",
    "extract",
    "extract_documents",
    "load",
    "read",
]
