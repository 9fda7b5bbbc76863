"""Build the partnerex pipeline on ``spacy.blank("en")``."""

from __future__ import annotations

from typing import Any

from spacy.lang.en import English
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex

#: Component order: each reads what the ones before it wrote.
PIPE_NAMES: tuple[str, ...] = (
    "partnerex_sentences",
    "partnerex_entities",
    "partnerex_persons",
    "partnerex_dates",
    "partnerex_figures",
    "partnerex_resolver",
    "partnerex_records",
)
#: Components configured with the patterns directory.
KB_PIPES = frozenset(
    {
        "partnerex_entities",
        "partnerex_persons",
        "partnerex_dates",
        "partnerex_figures",
        "partnerex_records",
    }
)
#: Extra infixes: split "U.S.-Cabo" and "U.S./Mexico" after an abbreviation's period.
EXTRA_INFIXES = (
    r"(?<=[A-Za-z]\.)[-/–—](?=[A-Za-z])",
    # "CBP.CTPAT" (a missing space after a sentence's last acronym)
    r"(?<=[A-Z]{2})\.(?=[A-Z]{2})",
)
#: Extra suffixes: "CTPAT- CBP" (a dash glued to an acronym before a space).
EXTRA_SUFFIXES = (r"(?<=[A-Z]{2})[-–]",)


def customize_tokenizer(nlp: Language) -> None:
    """Add partnerex's infix and suffix rules to an existing English pipeline's tokenizer
    (saved with ``nlp.to_disk``), for users who add the partnerex components to their own
    pipeline; ``load()`` and ``PartnerexEnglish`` build the same tokenizer directly."""
    infixes = list(nlp.Defaults.infixes or []) + list(EXTRA_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    suffixes = list(nlp.Defaults.suffixes or []) + list(EXTRA_SUFFIXES)
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


class _PartnerexDefaults(English.Defaults):
    infixes = (*English.Defaults.infixes, *EXTRA_INFIXES)
    suffixes = (*English.Defaults.suffixes, *EXTRA_SUFFIXES)


class PartnerexEnglish(English):
    """``spacy.blank("en")`` whose tokenizer is built with partnerex's rules from the start.

    The tokenizer is byte-for-byte the one ``customize_tokenizer`` makes, without loading
    the special cases three times (about 0.3 s of cold start); ``lang`` stays
    ``"en"``, so a saved pipeline loads with plain ``spacy.load``.
    """

    Defaults = _PartnerexDefaults


def _register_components() -> None:
    # Importing the modules registers the factories (the entry points do the same).
    from partnerex.pipeline import (  # noqa: F401
        dates,
        entities,
        figures,
        persons,
        records,
        resolver,
        sentences,
    )


def add_partnerex_pipes(
    nlp: Language, patterns: str | None = None, exclude: tuple[str, ...] = ()
) -> Language:
    """Add every partnerex component to an existing English pipeline, in order."""
    _register_components()
    for name in PIPE_NAMES:
        if name in exclude or name in nlp.pipe_names:
            continue
        config: dict[str, Any] = {"patterns": patterns} if name in KB_PIPES else {}
        nlp.add_pipe(name, config=config)
    return nlp


def load(patterns: str | None = None, exclude: tuple[str, ...] | list[str] = ()) -> Language:
    """A ``Language`` on ``spacy.blank("en")`` with the partnerex components.

    ``patterns`` names a patterns directory (default: the bundled one); ``exclude``
    leaves components out, e.g. ``("partnerex_records",)`` for spans only.
    """
    nlp = PartnerexEnglish()
    return add_partnerex_pipes(nlp, patterns=patterns, exclude=tuple(exclude))
