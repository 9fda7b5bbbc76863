"""``title_before``: the official title that goes with a person name, for signatory records."""

from __future__ import annotations

from spacy.tokens import Span

from partnerex.persons.context import (
    POSSESSIVES,
    skip_back_decorations,
    title_after,
)
from partnerex.persons.lexicon import PersonLexicon, default_lexicon
from partnerex.persons.view import DocView, build_view
from partnerex.pipeline.state import candidates

#: Title entries whose words may open a title ("Acting", "Deputy", ...); unit words such as
#: "Customs" or "Field" belong to the owner when they come first ("Mexico Customs
#: Administrator General" -> "Administrator General").
RANK_PREFIX = "modifier.rank"
MAX_TITLE = 16


def _person_tokens(span: Span) -> set[int]:
    out: set[int] = set(range(span.start, span.end))
    for other in candidates(span.doc):
        if other.label_ == "PERSON":
            out.update(range(other.start, other.end))
    return out


def _title_region_before(view: DocView, i: int, stop: set[int], lex: PersonLexicon) -> int:
    """First token of the title-like stretch ending at token ``i`` (``i + 1`` if empty)."""
    j = i
    lowest = max(0, i - MAX_TITLE)
    while j >= lowest and j not in stop:
        word, kind = view.words[j], view.kinds[j]
        if view.sent_start[j] and (kind in "WCITE" or view.title_role[j]):
            return j
        if word in POSSESSIVES:
            break
        if (
            kind in "WCITEP"
            or view.title_role[j]
            or view.folded[j] in lex.connectors
            or (kind == "O" and word[:1].isupper() and word.isalpha())
        ):
            j -= 1
            continue
        if word in {".", "(", ")"} and j < i:
            j -= 1
            continue
        break
    return j + 1


def _title_start(view: DocView, first: int, last: int) -> int | None:
    """The first token of the title inside ``[first, last]``: its leftmost head, extended
    left over rank modifiers ("Deputy Executive Assistant Commissioner")."""
    head = next(
        (k for k in range(first, last + 1) if view.title_role[k] in ("head", "complete")), None
    )
    if head is None:
        return None
    start = view.title_begin[head]
    while start - 1 >= first and (
        view.title_entry[start - 1] == RANK_PREFIX or view.title_role[start - 1] == "head"
    ):
        start = view.title_begin[start - 1]
    return start


def _drop_trailing_location(view: DocView, start: int, end: int) -> int:
    """Cut a final "in COUNTRY" from an apposition ("... Airport Authority in Ireland")."""
    k = end
    while k > start and view.kinds[k - 1] in "ES":
        k -= 1
    if start < k - 1 < end - 1 and view.folded[k - 1] == "in":
        return k - 1
    return end


def _clean(text: str) -> str | None:
    text = " ".join(text.split()).strip(" ,;:")
    return text or None


def title_before(person: Span, lex: PersonLexicon | None = None) -> str | None:
    """The official title that qualifies ``person`` (a PERSON span), or None.

    Looks first before the name, skipping honorifics and "(ACRONYM)": the title keeps its
    complement ("Ambassador to the U.S.", "Director General of the Abu Dhabi General
    Administration of Customs") and drops the owner in front ("CBP", "Cabo Verde",
    "Ireland’s", "Korea Immigration Service"). A title separated by a comma counts too
    ("Managing Director of AIT, Barbara Schrage"). Otherwise takes a title in apposition
    after the name, up to the next comma or sentence end ("Jaime Borgiani, Director
    General for the Direccion Nacional de Aduanas de Uruguay." gives "Director General
    for the Direccion Nacional de Aduanas de Uruguay"). Honorifics (Mr., the Honorable)
    are never part of the title.

    >>> # "CBP Deputy Executive Assistant Commissioner Mark Koumans signs ..."
    >>> # title_before(span_of("Mark Koumans")) -> "Deputy Executive Assistant Commissioner"
    """
    lex = lex or default_lexicon()
    doc = person.doc
    view = build_view(doc, lex)
    stop = _person_tokens(person) - set(range(person.start, person.end))
    i = skip_back_decorations(view, person.start - 1, lex)
    if i >= 0 and view.words[i] == ",":
        i -= 1
    if i >= 0 and i not in stop:
        first = _title_region_before(view, i, stop, lex)
        if first <= i:
            start = _title_start(view, first, i)
            if start is not None:
                return _clean(doc[start : i + 1].text)
    after = title_after(view, person.end, lex)
    if after is not None:
        start, end = after
        return _clean(doc[start : _drop_trailing_location(view, start, end)].text)
    return None
