"""``partnerex_sentences``: sentence boundaries for press-release text without a parser.

A sentence starts after terminal punctuation (``. ! ?``, optionally followed by a
closing quote or bracket) when the next token opens like a sentence, and after every
line break, since saved pages put headings, bullets and captions on lines of their own.
Docs that already carry boundaries (a parser or senter ran first) are left alone.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from partnerex.pipeline.state import doc_words

TERMINALS = frozenset({".", "!", "?", "…"})
CLOSERS = frozenset({'"', "”", "’", "'", ")", "]"})


def sentence_starts(words: list[str]) -> list[bool]:
    """Pure rule: for each token text, whether it starts a sentence."""
    starts = [False] * len(words)
    if not words:
        return starts
    starts[0] = True
    after_break = False
    after_terminal = False
    for i in _decisive_positions(words):
        word = words[i]
        if i and (after_break or after_terminal) and not word.isspace():
            opens = word[:1].isupper() or word[:1].isdigit() or word[:1] in "“\"'‘(•*-–—"
            if after_break or opens:
                starts[i] = True
            after_break = after_terminal = False
        if word.isspace() or not word:
            if "\n" in word:
                after_break = True
            continue
        if (
            word in TERMINALS
            or (word.endswith((".", "!", "?")) and len(word) > 1 and word[-2] in "!?.")
            or (word in CLOSERS and after_terminal)
        ):
            after_terminal = True
        elif not starts[i]:
            after_terminal = False
    return starts


def _decisive_positions(words: list[str]) -> list[int]:
    """The tokens where the rule's state can change: whitespace, terminal punctuation,
    closers, and the token right after each. Elsewhere the state stays clear and no
    sentence starts, so the rule skips those tokens."""
    special = [
        i
        for i, word in enumerate(words)
        if not word or word[-1] in ".!?…" or word in CLOSERS or word.isspace()
    ]
    n = len(words)
    return sorted({0, *special, *(i + 1 for i in special if i + 1 < n)})


class SentenceSplitter:
    """Sets ``is_sent_start`` on every token."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) and doc.has_annotation("SENT_START"):
            return doc
        if not len(doc):
            return doc
        starts = sentence_starts(doc_words(doc))
        # One array write: setting ``token.is_sent_start`` token by token re-checks the
        # whole doc each time (quadratic on long pages).
        values = numpy.full(len(starts), -1, dtype="int64")
        values[[i for i, start in enumerate(starts) if start]] = 1
        return doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))


@Language.factory("partnerex_sentences")
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    """Rule-based sentence boundaries (terminal punctuation and line breaks)."""
    return SentenceSplitter(nlp, name)
