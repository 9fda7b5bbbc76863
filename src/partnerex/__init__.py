"""partnerex: structured data from customs and border-security press releases.

    >>> import partnerex
    >>> doc = partnerex.extract("CBP signed a Mutual Recognition Arrangement with Brazil.",
    ...                         published="2022-09-16")
    >>> nlp = partnerex.load()  # a spaCy Language for nlp.pipe
"""

from __future__ import annotations

from partnerex.api import extract, extract_documents
from partnerex.evaluate import Report, evaluate
from partnerex.ingest import read
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

__version__ = "0.1.0"

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
