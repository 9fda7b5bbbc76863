"""What a figure is: its kind, the seized goods, the program it belongs to, its date.

* ``percent``, ``measure`` (distances, weights that are not seized), ``money``;
* ``seizure``: weights, seizable counts ("16 packages") and sums in a sentence about seized
  goods (triggers and goods of ``patterns/figures.jsonl``), sums of seized goods
  ("street value"), things a seizure verb governs ("seized 25 vehicles") and figures
  listed right after a seizure ("3 firearms, 2 vehicles and $12,500");
* ``agreements``: counted agreements ("69 CMAAs");
* ``participants``: members, companies, carriers ... of a program, named inside the figure
  ("16 BASC Chapters"), right after it ("participants in CIP") or leading the sentence
  ("The BASC currently has over 2,500 companies ...");
* ``count``: anything else.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from partnerex.figures.context import FigureContext
from partnerex.figures.extent import CountedNoun, FigureMatch
from partnerex.figures.lexicon import FigureLexicon, has_phrase
from partnerex.normalize.numbers import match_phrase, parse_digits
from partnerex.pipeline.state import norm_of, published

WEIGHTS = frozenset({"kg", "g", "lb", "oz", "t"})
BULLETS = frozenset({"-", "•", "*", "–", "—", "·"})


def figure_sentence(doc: Doc, start: int) -> Span:
    """The figure's sentence; a list item also gets the lines that introduce it."""
    sent = doc[start].sent
    begin = sent.start
    for _ in range(12):
        first = next((t for t in doc[begin : sent.end] if not t.is_space), doc[begin])
        if begin == 0 or first.text not in BULLETS:
            break
        begin = doc[begin - 1].sent.start
    return doc[begin : sent.end]


def with_previous(doc: Doc, sent: Span) -> Span:
    """``sent`` joined with the sentence before it."""
    return sent if sent.start == 0 else doc[doc[sent.start - 1].sent.start : sent.end]


def lower_words(span: Span) -> list[str]:
    return [t.lower_ for t in span]


def goods_at(words: list[str], i: int, lex: FigureLexicon) -> tuple[str, int] | None:
    """The seizable goods named at ``words[i]``: (subject, end)."""
    found = match_phrase(words, i, lex.goods)
    return (str(found[0]), found[1]) if found is not None else None


def goods_after(doc: Doc, end: int, lex: FigureLexicon) -> str | None:
    """Goods named right after a figure: "of illegal narcotics", "in cocaine", "worth of"."""
    words = lower_words(doc[end : min(len(doc), end + 8)])
    if not words or words[0] not in ("of", "in", "worth", "("):
        return None
    i = 2 if words[:2] == ["worth", "of"] else 1
    names: list[str] = []
    while i < len(words):
        goods = goods_at(words, i, lex)
        if goods is not None:
            if goods[0] not in names:
                names.append(goods[0])
            i = goods[1]
            if i < len(words) and words[i] in (",", "and", "or"):
                i += 1
                continue
            break
        if names or words[i] in (".", ";", ")") or parse_digits(words[i]) is not None:
            break
        i += 1
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def subject_of(doc: Doc, span: Span, sent: Span, lex: FigureLexicon) -> str | None:
    """What was seized: goods right after the figure, else the nearest goods in ``sent``."""
    after = goods_after(doc, span.end, lex)
    if after is not None:
        return after
    words = lower_words(sent)
    found: list[tuple[int, str]] = []
    for i in range(len(words)):
        goods = goods_at(words, i, lex)
        pos = sent.start + i
        if goods is not None and not span.start <= pos < span.end:
            distance = pos - span.end if pos >= span.end else (span.start - pos) * 2
            found.append((distance, goods[0]))
    return min(found)[1] if found else None


def seized_object(doc: Doc, span: Span, lex: FigureLexicon) -> bool:
    """True when a seizure verb governs the figure: "seized 25 vehicles"."""
    return span.start > 0 and (doc[span.start - 1].lower_,) in lex.seizure_trigger


def linked_program(
    doc: Doc, span: Span, sent: Span, ctx: FigureContext, lex: FigureLexicon
) -> str | None:
    """The program named right after a participant count, else the one leading its sentence."""
    for program in sorted(ctx.programs, key=lambda p: (p.start, p.start - p.end)):
        if span.end <= program.start < min(sent.end, span.end + 6):
            between = doc[span.end : program.start]
            linking = all(t.is_stop or t.lower_ in lex.program_link for t in between)
            if linking and not any(t.is_punct for t in between):
                return program.norm
    before = [p for p in ctx.programs if sent.start <= p.start and p.end <= span.start]
    return min(before, key=lambda p: (p.start, p.start - p.end)).norm if before else None


def as_of(
    doc: Doc,
    span: Span,
    sent: Span,
    noun: CountedNoun | None,
    ctx: FigureContext,
    lex: FigureLexicon,
) -> str | None:
    """The date a count holds at: "(to date)", "as of July 1, 1996", a launch year."""
    words = ctx.words
    after = match_phrase(words, span.end, lex.to_date)
    opening = match_phrase(words, sent.start, lex.to_date)
    to_date = (noun is not None and noun.to_date) or after is not None
    if to_date or (opening is not None and opening[1] <= span.start):
        return published(doc)
    dates = [d for d in ctx.dates if sent.start <= d.start and d.end <= sent.end]
    for date in dates:
        for n in (2, 3, 4):
            found = match_phrase(words, date.start - n, lex.as_of) if date.start >= n else None
            if found is not None and found[1] == date.start:
                return norm_of(date)
    if span.start > 0 and doc[span.start - 1].lower_ == "from":
        for date in dates:
            window = doc[max(sent.start, date.start - 3) : date.start]
            if any(t.lower_ in lex.origin for t in window):
                return norm_of(date)
    return None


def classify(
    doc: Doc, match: FigureMatch, span: Span, ctx: FigureContext, lex: FigureLexicon
) -> dict[str, Any]:
    """kind, counted, subject, program and as_of of a figure."""
    q, noun = match.quantity, match.noun
    sent = figure_sentence(doc, q.start)
    wider = with_previous(doc, sent)
    trigger = has_phrase(lower_words(sent), lex.seizure_trigger)
    details: dict[str, Any] = {
        "kind": "count",
        "counted": None,
        "subject": None,
        "program": None,
        "as_of": None,
    }
    if q.unit == "percent":
        details["kind"] = "percent"
    elif q.currency:
        nxt = doc[span.end] if span.end < len(doc) else None
        other = nxt is not None and nxt.lower_ in lex.money_noun  # "a $5,000 penalty"
        goods = goods_after(doc, span.end, lex)
        governed = seized_object(doc, span, lex)
        seized = not other and (
            goods is not None
            or governed
            or has_phrase(lower_words(sent), lex.value_trigger)
            or (trigger and subject_of(doc, span, wider, lex) is not None)
        )
        details["kind"] = "seizure" if seized else "money"
        if seized:
            prices = span.start > 0 and doc[span.start - 1].lower_ in lex.value_word
            own = lex.currency_goods if governed and not prices else None
            details["subject"] = goods or own or subject_of(doc, span, wider, lex)
    elif q.unit in WEIGHTS:
        goods = goods_after(doc, span.end, lex)
        seized = goods is not None or has_phrase(lower_words(wider), lex.seizure_trigger)
        details["kind"] = "seizure" if seized else "measure"
        if seized:
            details["subject"] = goods or subject_of(doc, span, sent, lex)
    elif q.unit is not None:
        details["kind"] = "measure"
    elif noun is not None:
        details.update(_count_kind(doc, span, sent, trigger, noun, ctx, lex))
        details["as_of"] = as_of(doc, span, sent, noun, ctx, lex)
    return details


def _count_kind(
    doc: Doc,
    span: Span,
    sent: Span,
    trigger: bool,
    noun: CountedNoun,
    ctx: FigureContext,
    lex: FigureLexicon,
) -> dict[str, Any]:
    lower = noun.counted.lower()
    details: dict[str, Any] = {"kind": "count", "counted": noun.counted, "program": noun.program}
    if noun.agreement or lower in lex.agreement or lower.split()[-1] in lex.agreement:
        details["kind"] = "agreements"
    elif lower in lex.participant:
        program = noun.program or linked_program(doc, span, sent, ctx, lex)
        details["program"] = program
        if program is not None:
            details["kind"] = "participants"
    elif lower in lex.seizure_noun or (
        seized_object(doc, span, lex) and lower not in lex.person_noun
    ):
        goods = goods_after(doc, span.end, lex)
        if goods is not None or trigger:
            own = goods_at([lower], 0, lex)
            details["kind"] = "seizure"
            details["subject"] = (
                goods or (own[0] if own else None) or subject_of(doc, span, sent, lex)
            )
    return details


def chained(
    doc: Doc,
    previous: tuple[Span, dict[str, Any]],
    span: Span,
    details: dict[str, Any],
    lex: FigureLexicon,
) -> bool:
    """A count or sum listed right after a seizure figure is seized too."""
    last, last_details = previous
    if last_details["kind"] != "seizure" or details["kind"] not in ("count", "money"):
        return False
    if (details.get("counted") or "").lower() in lex.person_noun:
        return False
    between = doc[last.end : span.start]
    return len(between) <= 2 and all(t.lower_ in (",", "and", "or", ";") for t in between)


def outer_qualifier(words: list[str], start: int, qualifier: str, lex: FigureLexicon) -> str:
    """A qualifier parted from its number by "at": "valued approximately at $900,000"."""
    if qualifier != "exact" or start < 2 or words[start - 1].lower() != "at":
        return qualifier
    found = match_phrase(words, start - 2, lex.numbers.qualifiers)
    return found[0] if found is not None and found[1] == start - 1 else qualifier
