"""Context tests around a name run: titles before it, appositions and cue words around it.

Each function is pure over a :class:`DocView` and token offsets.
"""

from __future__ import annotations

from partnerex.persons.lexicon import PersonLexicon
from partnerex.persons.view import DocView

POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
OPEN_QUOTES = frozenset({"“", '"', "‘", "'"})
#: How far back a title's complement may reach.
MAX_COMPLEMENT = 14


def is_title_end(view: DocView, i: int) -> bool:
    """True when token ``i`` ends a title that contains a head or is complete."""
    role = view.title_role[i] if i >= 0 else None
    if role not in ("head", "complete", "complement"):
        return False
    if i + 1 < len(view) and view.title_begin[i + 1] == view.title_begin[i]:
        return False
    if role == "complement":  # "to the U.S." only after a title: "Ambassador to the U.S."
        begin = view.title_begin[i]
        return begin > 0 and view.title_begin[begin - 1] != begin and is_title_end(view, begin - 1)
    return True


def is_capitalized_title_end(view: DocView, i: int) -> bool:
    """A title ending at ``i`` that is written capitalized ("Commissioner", not "justice")."""
    if not is_title_end(view, i):
        return False
    return any(w[:1].isupper() for w in view.words[view.title_begin[i] : i + 1])


def owned_title(view: DocView, i: int) -> bool:
    """A title ending at ``i`` right after its owner, an entity or a possessive: wire style
    "Egyptian Customs Authority head NAME", "CBP’s chief NAME" (lowercase titles count)."""
    begin = view.title_begin[i]
    p = begin - 1
    while p >= 0 and view.kinds[p] == "S":
        p -= 1
    return p >= 0 and (view.kinds[p] == "E" or view.words[p] in POSSESSIVES)


def is_bound_title(view: DocView, i: int, lex: PersonLexicon) -> bool:
    """A one-word title that names a person only with a complement: "Head" (of ...)."""
    return view.title_begin[i] == i and view.folded[i] in lex.bound_titles


def skip_back_decorations(view: DocView, i: int, lex: PersonLexicon) -> int:
    """From token ``i`` going left, skip honorifics, "[...]" insertions and "(ACRONYM)"."""
    while i >= 0:
        word = view.words[i]
        if view.folded[i] in lex.honorifics:
            i -= 1
        elif word == "]" and "[" in view.words[max(0, i - 4) : i]:
            i = i - 1 - view.words[max(0, i - 4) : i][::-1].index("[") - 1
        elif (
            word == ")"
            and i >= 2
            and view.words[i - 2] == "("
            and view.words[i - 1][:1].isupper()
            and len(view.words[i - 1]) <= 8
        ):
            i -= 3
        elif view.kinds[i] == "S" and "\n" not in word:
            i -= 1
        else:
            break
    return i


def title_cue_before(view: DocView, start: int, lex: PersonLexicon) -> tuple[str, int, int] | None:
    """How a title precedes the run at ``start``: (how, first title token, last title token).

    ``how`` is ``title`` (directly: "Commissioner Magnus"), ``complement`` (through a
    complement: "Ambassador to the U.S. Jose ..."), ``comma`` ("Managing Director of AIT,
    Barbara Schrage") or ``honorific`` ("Mr. Robert Perez", no title).
    """
    i = skip_back_decorations(view, start - 1, lex)
    if i < start - 1 and view.folded[i + 1] in lex.honorifics and not is_title_end(view, i):
        return "honorific", i + 1, i + 1  # also at the start of the text: "H.E. Mr. ..."
    if i < 0:
        return None
    how = "title"
    if view.words[i] == "," and i > 0:
        how, i = "comma", i - 1
    if is_capitalized_title_end(view, i) and not is_bound_title(view, i, lex):
        return how, view.title_begin[i], i
    if how == "title" and is_title_end(view, i) and owned_title(view, i):
        return how, view.title_begin[i], i  # "Egyptian Customs Authority head Elshahat ..."
    # A complement between the title head and the name.
    j = i
    lowest = max(0, i - MAX_COMPLEMENT)
    while j >= lowest:
        word, kind = view.words[j], view.kinds[j]
        if view.title_role[j] in ("head", "complete") and j < i and view.folded[j + 1] in lex.openers:
            return ("complement" if how == "title" else how), view.title_begin[j], i
        if (
            view.title_role[j] == "complement"
            and view.title_begin[j] == j
            and is_title_end(view, j - 1)
        ):
            return ("complement" if how == "title" else how), view.title_begin[j - 1], i
        if (
            kind in "WCITEP"
            or view.folded[j] in lex.connectors
            or word in POSSESSIVES
            or (kind == "O" and word[:1].isupper() and word.isalpha())
        ):
            j -= 1
            continue
        if word in {".", "(", ")"} and j < i and view.glued[j]:
            j -= 1  # "U.S." pieces, "(CBP)"
            continue
        if word == "," and j < i and view.words[next_word(view, j + 1)][:1].isupper():
            j -= 1  # a list of portfolios: "Minister of Public Safety, Democratic Institutions"
            continue
        break
    return None


def title_after(view: DocView, end: int, lex: PersonLexicon) -> tuple[int, int] | None:
    """A title in apposition after the run ending at ``end``: "NAME, Director General for ...".

    Skips a short parenthesis ("(seated)"), needs a comma (or a copula: "is the"), then
    allows owners ("CBP’s", "Costa Rica", "the") before a title word. Returns the title's
    first token and the token after the whole apposition.
    """
    n = len(view)
    i = end
    if i < n and view.words[i] == "(" and ")" in view.words[i : i + 6]:
        i = view.words.index(")", i) + 1
    if i >= n:
        return None
    if view.words[i] == ",":
        i += 1
    else:
        copula = next(
            (c for c in lex.copulas if tuple(view.folded[i : i + len(c)]) == c), None
        )
        if copula is None:
            return None
        i += len(copula)
    while i < n and view.kinds[i] == "S":
        i += 1
    limit = min(n, i + 10)
    j = i
    while j < limit:
        role = view.title_role[j]
        if role in ("head", "complete", "modifier"):
            k = j
            while k < n and view.title_role[k] is not None:
                k += 1
            if any(view.title_role[m] in ("head", "complete") for m in range(j, k)):
                return j, apposition_end(view, k)
            return None
        if (
            view.kinds[j] in "WCEIS"
            or view.folded[j] in lex.determiners
            or view.words[j] in POSSESSIVES
        ):
            j += 1
            continue
        if view.words[j] == "." and view.glued[j - 1]:
            j += 1
            continue
        return None
    return None


def apposition_end(view: DocView, i: int) -> int:
    """The token after an apposition that continues from ``i``: stops at , ; . or a quote."""
    n = len(view)
    depth = 0
    while i < n:
        word = view.words[i]
        if word == "(":
            depth += 1
        elif word == ")":
            depth -= 1
        elif depth <= 0 and _ends_apposition(view, i):
            break
        i += 1
    return i


def _ends_apposition(view: DocView, i: int) -> bool:
    word = view.words[i]
    if word in {",", ";", ":", "”", '"', "“"} or view.sent_start[i]:
        return True
    if word != ".":
        return False
    if not view.glued[i - 1]:
        return True
    at_end = i + 1 >= len(view) or not view.glued[i]
    return at_end and not (i + 1 < len(view) and view.words[i + 1][:1].islower())


def phrase_at(view: DocView, i: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """Length of a phrase of ``phrases`` starting at token ``i`` (0 when none)."""
    for phrase in phrases:
        if tuple(view.folded[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def phrase_ending_at(view: DocView, i: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    """True when a phrase of ``phrases`` ends at token ``i``."""
    return any(
        i + 1 - len(p) >= 0 and tuple(view.folded[i + 1 - len(p) : i + 1]) == p for p in phrases
    )


def prev_word(view: DocView, i: int) -> int:
    """Index of the closest non-space token before ``i`` (-1 when none)."""
    i -= 1
    while i >= 0 and view.kinds[i] == "S":
        i -= 1
    return i


def next_word(view: DocView, i: int) -> int:
    """Index of the closest non-space token at or after ``i`` (len when none)."""
    while i < len(view) and view.kinds[i] == "S":
        i += 1
    return i
