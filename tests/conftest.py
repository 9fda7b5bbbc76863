"""Shared fixtures: the pipeline (loaded once) and paths to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

import partnerex

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def nlp():
    """The default partnerex pipeline."""
    return partnerex.load()


#: Components the span-only fixture leaves out (persons depend only on the entities).
SPANS_ONLY = ("partnerex_dates", "partnerex_figures", "partnerex_records")


@pytest.fixture(scope="session")
def nlp_spans():
    """The pipeline up to the resolver, without dates, figures and records."""
    return partnerex.load(exclude=SPANS_ONLY)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the repository; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED
