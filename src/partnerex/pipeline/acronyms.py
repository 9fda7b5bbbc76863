"""Acronyms defined in the text, linked to their long form (Schwartz & Hearst, 2003).

"Joint Work Plan (JWP)" defines JWP; every later "JWP" gets the long form's label and
norm. The pure function ``find_definitions`` works on token texts, as scispacy's
``find_abbreviation`` does; the component code applies it to candidate spans.
"""

from __future__ import annotations

import re
from collections import Counter

_HYPHENS = frozenset({"-", "‐", "‑"})
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&\-]{1,9}s?$")


def looks_like_acronym(text: str) -> bool:
    """Two to ten characters, starting upper-case, with at least two capitals: "JWP", "CMAAs"."""
    return bool(_ACRONYM.match(text)) and sum(c.isupper() for c in text) >= 2


def matches_long_form(acronym: str, words: list[str]) -> bool:
    """Schwartz-Hearst check: the acronym's letters appear, in order, in the long form,
    the first letter starting a word of it."""
    letters = [c.lower() for c in acronym.rstrip("s") if c.isalnum()]
    text = " ".join(words).lower()
    if not letters or not text:
        return False
    pos = len(text) - 1
    for index in range(len(letters) - 1, -1, -1):
        char = letters[index]
        while pos >= 0 and (
            text[pos] != char or (index == 0 and pos > 0 and text[pos - 1].isalnum())
        ):
            pos -= 1
        if pos < 0:
            return False
        pos -= 1
    return True


def initials_cover(acronym: list[str], words: list[str]) -> bool:
    """True when every letter of the acronym (``[]`` or ``[text]``) is the initial of its own
    word of the long form, in any order: "CCMAA" for "Agreement on Co-operation and Mutual
    Administrative Assistance in Customs Matters"."""
    if not acronym:
        return False
    initials = Counter(w[0].lower() for w in words if w[:1].isalpha())
    letters = Counter(c.lower() for c in acronym[0].rstrip("s") if c.isalpha())
    return bool(letters) and not letters - initials


def find_definitions(words: list[str]) -> list[tuple[int, int, int]]:
    """``(long_start, long_end, acronym_index)`` for each "Long Form (ACR)" in ``words``.

    The long form is the shortest run of words before the parenthesis whose initials
    cover the acronym, within ``min(len+5, 2*len)`` words (Schwartz & Hearst).
    """
    out: list[tuple[int, int, int]] = []
    quotes = {'"', "“", "”", "'", "‘", "’"}
    for opener in positions(words, "("):
        i = opener + 1
        if i + 1 < len(words) and words[i] in quotes and i + 2 < len(words) - 1:
            if words[i + 2] not in quotes:
                continue
            i += 1  # ("CNP")
            closer = words[i + 2]
        elif i + 1 < len(words):
            closer = words[i + 1]
        else:
            continue
        if opener == 0 or closer not in {")", ","}:
            continue
        acronym = words[i]
        if not looks_like_acronym(acronym):
            continue
        end = opener
        limit = min(len(acronym) + 5, 2 * len(acronym))
        start = end - 1
        while start >= 0 and end - start <= limit:
            if words[start] in _HYPHENS and start > 0 and words[start - 1][:1].isalnum():
                limit += 2  # "Co-operation" is one word of the long form
                start -= 1
                continue
            if not words[start][:1].isalnum():
                break
            if words[start][:1].lower() == acronym[0].lower() and matches_long_form(
                acronym, words[start:end]
            ):
                out.append((start, end, i))
                break
            start -= 1
    return out


def positions(words: list[str], word: str) -> list[int]:
    """Every index of ``word`` in ``words`` (``list.index`` runs in C: no loop per token)."""
    out: list[int] = []
    try:
        i = words.index(word)
        while True:
            out.append(i)
            i = words.index(word, i + 1)
    except ValueError:
        return out
