"""A per-token view of a doc for the person rules: token kinds, title marks, entity cover.

Token kinds (one letter each):
``W`` capitalized name word, ``C`` all-caps word, ``I`` initial ("A."), ``P`` lowercase name
particle ("al", "de"), ``H`` hyphen glued to both neighbours, ``L`` lowercase word,
``Z`` one-letter surname after a particle, ``X`` name suffix ("Jr.", "III"), ``T`` part of an official title, ``E`` inside an ORG/COUNTRY/PROGRAM/AGREEMENT candidate,
``S`` whitespace, ``O`` anything else (punctuation, numbers, stop words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from partnerex.persons.lexicon import PersonLexicon, fold
from partnerex.pipeline.acronyms import positions
from partnerex.pipeline.state import candidates, token_flags, token_table

#: Candidate labels a person name must not overlap.
ENTITY_LABELS = frozenset({"ORG", "COUNTRY", "PROGRAM", "AGREEMENT"})
HYPHENS = frozenset({"-", "‐", "‑"})
_INITIAL = re.compile(r"^[A-Z]\.$")
_WORD = re.compile(r"^[^\W\d_][^\W\d_]*(?:['’][^\W\d_]+)?$")


@dataclass(frozen=True)
class DocView:
    """Plain per-token facts; every list has one item per token."""

    words: list[str]
    folded: list[str]
    glued: list[bool]  # no whitespace after the token
    sent_start: list[bool]
    kinds: list[str]
    title_role: list[str | None]
    title_entry: list[str | None]
    title_begin: list[int]  # first token of the title term covering the token, or -1
    headline: list[bool]  # the token's sentence is written in Title Case

    def __len__(self) -> int:
        return len(self.words)


def word_kind(word: str, lex: PersonLexicon) -> str:
    """The kind of a token from its text alone (``W C I P L O``; see the module doc)."""
    if _INITIAL.match(word):
        return "I"
    if word in lex.particles:
        return "P"
    if not _WORD.match(word):
        return "O"
    folded = fold(word)
    if not word[0].isupper():
        return "L"
    if folded in lex.stop or folded in lex.demonyms:
        return "O"
    if word.isupper():
        return "C" if len(word) > 1 else "O"
    return "W"


#: Bound of the per-lexicon memo of word kinds (cleared when full).
KIND_MEMO_SIZE = 20_000


def known_kind(word: str, lex: PersonLexicon) -> str:
    """:func:`word_kind`, memoized on the lexicon."""
    memo = lex.kind_memo
    kind = memo.get(word)
    if kind is None:
        kind = word_kind(word, lex)
        if len(memo) >= KIND_MEMO_SIZE:
            memo.clear()
        memo[word] = kind
    return kind


def mark_titles(folded: list[str], lex: PersonLexicon) -> list[tuple[str, str, int] | None]:
    """Greedy longest-first title marks: (role, entry id, first token) per token."""
    marks: list[tuple[str, str, int] | None] = [None] * len(folded)
    firsts = lex.titles.lengths_by_first
    i = 0
    while i < len(folded):
        hit = lex.titles.match_at(folded, i) if folded[i] in firsts else None
        if hit is None:
            i += 1
            continue
        length, role, entry = hit
        for j in range(i, i + length):
            marks[j] = (role, entry, i)
        i += length
    return marks


def build_view(doc: Doc, lex: PersonLexicon) -> DocView:
    """Classify every token of ``doc`` for the person rules."""
    table = token_table(doc)
    words = table.words
    glued = table.glued
    sent_start = token_flags(doc).sent_start
    folded = [fold(w) for w in words]
    entity = [False] * len(doc)
    lone_country: set[int] = set()  # one-word COUNTRY candidates: "Chad", "Jordan", "Denmark"
    other: set[int] = set()
    for span in candidates(doc):
        if span.label_ in ENTITY_LABELS:
            for i in range(span.start, span.end):
                entity[i] = True
            if span.label_ == "COUNTRY" and len(span) == 1:
                lone_country.add(span.start)
            else:
                other.update(range(span.start, span.end))
    marks = mark_titles(folded, lex)
    # Most tokens take the kind of their text alone; the rest (whitespace, entities, hyphens,
    # titles, one-letter capitals, suffixes) are revisited in order by ``contextual_kind``.
    memo = lex.kind_memo
    kinds = [memo.get(word) or known_kind(word, lex) for word in words]
    suffixes = lex.suffixes
    revisit = [
        i
        for i, word in enumerate(words)
        if word in HYPHENS
        or word in suffixes
        or word.isspace()
        or (len(word) == 1 and word.isupper())
    ]
    revisit += [i for i, mark in enumerate(marks) if mark is not None]
    revisit += [i for i, covered in enumerate(entity) if covered]
    for i in sorted(set(revisit)):
        kinds[i] = contextual_kind(i, words, folded, glued, entity, marks, kinds, lex)
    for i in sorted(lone_country - other):
        if country_is_name(words, kinds, i, lex):
            kinds[i] = "W"
    headline = title_case_sentences(words, sent_start, lex, folded)
    for term in lex.name_stop_words:
        for i in positions(words, term):
            if (
                i >= 2
                and not sent_start[i]
                and not headline[i]
                and kinds[i - 1] == "W"
                and kinds[i - 2] == "W"
                and not sent_start[i - 1]
            ):
                kinds[i] = "W"  # "Nguyen Van Can": a stop word ending a three-part name
    return DocView(
        words=words,
        folded=folded,
        glued=glued,
        sent_start=sent_start,
        kinds=kinds,
        title_role=[m[0] if m else None for m in marks],
        title_entry=[m[1] if m else None for m in marks],
        title_begin=[m[2] if m else -1 for m in marks],
        headline=headline,
    )


def contextual_kind(
    i: int,
    words: list[str],
    folded: list[str],
    glued: list[bool],
    entity: list[bool],
    marks: list[tuple[str, str, int] | None],
    kinds: list[str],
    lex: PersonLexicon,
) -> str:
    """The kind of token ``i`` given its neighbours, entity cover and title marks
    (``kinds[i - 1]`` must be final)."""
    word = words[i]
    if word.isspace():
        return "S"
    if entity[i]:
        return "E"
    if word in HYPHENS and i and glued[i - 1] and glued[i]:
        return "H"
    if marks[i] is not None and (word[:1].isupper() or not word[:1].isalpha()):
        return "T"
    kind = known_kind(word, lex)
    if kind == "L" and marks[i] is not None:
        kind = "T"
    elif len(word) == 1 and word.isupper() and i and folded[i - 1] in lex.particles:
        kind = "Z"  # a one-letter surname after a particle: "De La O"
    if word in lex.suffixes and i and kinds[i - 1] == "W":
        kind = "X"  # "Jr.", "III" right after a name word
    return kind


def title_case_sentences(
    words: list[str],
    sent_start: list[bool],
    lex: PersonLexicon,
    folded: list[str] | None = None,
    min_words: int = 3,
) -> list[bool]:
    """Per token: its sentence is a Title Case heading (on a line of its own, every
    content word capitalized).

    Heading words are capitalized whatever they are, so capitalization proves nothing there.
    """
    out = [False] * len(words)
    folds = folded if folded is not None else [fold(w) for w in words]
    starts = [i for i, start in enumerate(sent_start) if start and i]
    for begin, end in zip([0, *starts], [*starts, len(words)], strict=True):
        if begin and "\n" not in words[begin - 1]:
            continue  # not on a line of its own
        content = [
            word
            for word, low in zip(words[begin:end], folds[begin:end], strict=True)
            if word[:1].isalpha() and low not in lex.common
        ]
        if len(content) >= min_words and all(w[:1].isupper() for w in content):
            out[begin:end] = [True] * (end - begin)
    return out


def country_is_name(words: list[str], kinds: list[str], i: int, lex: PersonLexicon) -> bool:
    """A one-word country that is clearly part of a person's name: a given name between a
    title and a surname ("Acting Secretary Chad Wolf"), or a surname after a title or byline
    and a given name ("Photo Credit: Josh Denmark")."""
    word = words[i]
    if not (word.istitle() and word.isalpha()):
        return False
    before = i - 1
    after = i + 1 if i + 1 < len(words) else -1
    if after > 0 and kinds[after] == "W" and before >= 0 and kinds[before] == "T":
        return lex.is_given_name(word)
    if before >= 1 and kinds[before] == "W" and lex.is_given_name(words[before]):
        cue = before - 1
        if words[cue] == ":":
            cue -= 1
        closed = after < 0 or kinds[after] not in "WCI"
        return (
            closed
            and cue >= 0
            and (kinds[cue] == "T" or fold(words[cue]) in lex.byline_cues | lex.honorifics)
        )
    return False


def name_runs(view: DocView) -> list[tuple[int, int]]:
    """Maximal runs of name-shaped tokens, as ``(start, end)`` token offsets.

    A run mixes capitalized words, initials, inner particles, glued hyphens and quoted
    nicknames ("Sanjeev “Sonny” Bhagowalia"); an all-caps run holds only all-caps words
    and initials. Leading particles and trailing particles, initials and hyphens are cut.
    """
    kinds = view.kinds
    n = len(kinds)
    runs: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if kinds[i] not in "WCI":
            i += 1
            continue
        start = i
        mode = ""
        j = i
        while j < n:
            k = kinds[j]
            if k == "I" or (k in "WC" and (not mode or k == mode)):
                mode = mode or (k if k in "WC" else "")
                j += 1
            elif k == "P" and mode == "W":
                j += 1
            elif k == "Z" and mode == "W":
                j += 1  # "Jennifer De La O"
            elif k == "X" and mode == "W":
                j += 1  # "Robert Jones Jr."
            elif k == "H" and j + 1 < n and (kinds[j + 1] == mode or kinds[j + 1] == "L"):
                j += 2
            elif mode == "C" and view.words[j] == "\n" and j + 1 < n and kinds[j + 1] == "C":
                j += 1  # an all-caps name broken by a line wrap
            elif (
                mode == "W"
                and view.words[j] in {"“", '"', "‘"}
                and j + 3 < n
                and kinds[j + 1] == "W"
                and view.words[j + 2] in {"”", '"', "’"}
                and kinds[j + 3] == "W"
            ):
                j += 3
            else:
                break
        end = j
        while end > start and kinds[end - 1] in "PIH":
            end -= 1
        if mode and end > start:
            runs.append((start, end))
        i = max(j, i + 1)
    return runs
