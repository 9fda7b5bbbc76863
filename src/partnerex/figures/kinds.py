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

from bisect import bisect_right
from typing import Any

from spacy.tokens import Doc

from partnerex.figures.context import FigureContext
from partnerex.figures.extent import CountedNoun, FigureMatch
from partnerex.figures.lexicon import FigureLexicon, has_phrase
from partnerex.normalize.numbers import first_words, match_phrase, parse_digits
from partnerex.pipeline.state import norm_of, published

WEIGHTS = frozenset({"kg", "g", "lb", "oz", "t"})
LIST_JOINERS = frozenset({",", "and", "or", ";"})
BULLETS = frozenset({"-", "•", "*", "–", "—", "·"})

#: Tokens ``[start, end)``: a figure or a sentence.
Range = tuple[int, int]


def sentence_at(ctx: FigureContext, k: int) -> Range:
    """The sentence holding token ``k``."""
    return ctx.sentences[bisect_right(ctx.sentences, k, key=lambda bounds: bounds[0]) - 1]


def figure_sentence(ctx: FigureContext, start: int) -> Range:
    """The figure's sentence; a list item also gets the lines that introduce it."""
    begin, end = sentence_at(ctx, start)
    words = ctx.words
    for _ in range(12):
        first = next((w for w in words[begin:end] if not w.isspace()), words[begin])
        if begin == 0 or first not in BULLETS:
            break
        begin = sentence_at(ctx, begin - 1)[0]
    return begin, end


def with_previous(ctx: FigureContext, sent: Range) -> Range:
    """``sent`` joined with the sentence before it."""
    return sent if sent[0] == 0 else (sentence_at(ctx, sent[0] - 1)[0], sent[1])


def goods_at(words: list[str], i: int, lex: FigureLexicon) -> tuple[str, int] | None:
    """The seizable goods named at ``words[i]``: (subject, end)."""
    found = match_phrase(words, i, lex.goods)
    return (str(found[0]), found[1]) if found is not None else None


def goods_after(ctx: FigureContext, end: int, lex: FigureLexicon) -> str | None:
    """Goods named right after a figure: "of illegal narcotics", "in cocaine", "worth of"."""
    words = ctx.lower[end : end + 8]
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


def subject_of(ctx: FigureContext, span: Range, sent: Range, lex: FigureLexicon) -> str | None:
    """What was seized: goods right after the figure, else the nearest goods in ``sent``."""
    after = goods_after(ctx, span[1], lex)
    if after is not None:
        return after
    words = ctx.lower[sent[0] : sent[1]]
    starts = first_words(lex.goods)
    found: list[tuple[int, str]] = []
    for i, word in enumerate(words):
        goods = goods_at(words, i, lex) if word in starts else None
        pos = sent[0] + i
        if goods is not None and not span[0] <= pos < span[1]:
            distance = pos - span[1] if pos >= span[1] else (span[0] - pos) * 2
            found.append((distance, goods[0]))
    return min(found)[1] if found else None


def money_noun_after(ctx: FigureContext, end: int, lex: FigureLexicon) -> bool:
    """A sum that names what it is right after it: "$5,000 penalty", "€11bn in lost
    revenue", "$2 million in funding" (a sum that is not seized goods)."""
    lower, n = ctx.lower, len(ctx.lower)
    if end < n and lower[end] in lex.money_noun:
        return True
    if end + 1 < n and lower[end] == "in":
        return any(lower[k] in lex.money_noun for k in range(end + 1, min(n, end + 3)))
    return False


def named_participants(ctx: FigureContext, span: Range, lex: FigureLexicon) -> str | None:
    """The program whose participants the figure names: "2,300 Authorised Economic
    Operators", "1,000 AEOs" (``figure_participant_name``)."""
    starts = first_words(lex.participant_name)
    for k in range(span[0], span[1]):
        if ctx.lower[k] in starts:
            found = match_phrase(ctx.lower, k, lex.participant_name)
            if found is not None and found[1] == span[1]:
                return str(found[0])
    return None


def seizure_verb_in(words: list[str], lex: FigureLexicon) -> bool:
    """True when ``words`` hold a seizure trigger that is not a mere value word: "seized",
    "intercepted", not "worth" ("Trade ... was worth €9.1 billion")."""
    return any((word,) in lex.seizure_trigger and word not in lex.value_word for word in words)


def valued_at(ctx: FigureContext, start: int, lex: FigureLexicon) -> bool:
    """True after "valued at", "a value of", "valued approximately at"."""
    if start < 2 or ctx.lower[start - 1] not in ("at", "of"):
        return False
    return any(ctx.lower[k] in lex.value_word for k in range(max(0, start - 3), start - 1))


def arrested(ctx: FigureContext, span: Range, sent: Range, lex: FigureLexicon) -> bool:
    """True when the counted are arrested or charged: "12 FAST drivers were arrested",
    "charged three C-TPAT members" (people so counted are no program's participants)."""
    before = ctx.lower[max(sent[0], span[0] - 2) : span[0]]
    after = ctx.lower[span[1] : min(sent[1], span[1] + 4)]
    return any(word in lex.arrest_word for word in (*before, *after))


def seized_object(ctx: FigureContext, span: Range, lex: FigureLexicon) -> bool:
    """True when a seizure verb governs the figure: "seized 25 vehicles"."""
    return span[0] > 0 and (ctx.lower[span[0] - 1],) in lex.seizure_trigger


def linked_program(
    ctx: FigureContext, span: Range, sent: Range, lex: FigureLexicon, after_only: bool = False
) -> str | None:
    """The program named right after a participant count, else (unless ``after_only``) the
    one leading its sentence."""
    start, end = span
    for program in sorted(ctx.programs, key=lambda p: (p.start, p.start - p.end)):
        if end <= program.start < min(sent[1], end + 6):
            between = range(end, program.start)
            linking = all(  # "1,500 companies in Mexico are NEEC certified"
                ctx.lower[k] in lex.stop_words or ctx.lower[k] in lex.program_link or k in ctx.places
                for k in between
            )
            if linking and not any(ctx.punct[k] for k in between):
                return program.norm
    if after_only:
        return None
    before = [p for p in ctx.programs if sent[0] <= p.start and p.end <= start]
    if before:
        return min(before, key=lambda p: (p.start, p.start - p.end)).norm
    return anaphoric_program(ctx, span, sent, lex)


def anaphoric_program(
    ctx: FigureContext, span: Range, sent: Range, lex: FigureLexicon
) -> str | None:
    """The program of the sentence before, when this one refers back to it and names none:
    "CBP launched CTPAT in 2001. Today the program's 11,500 partners ...", "... it has"."""
    if any(p.start < sent[1] and sent[0] < p.end for p in ctx.programs):
        return None
    outside = (k for k in range(sent[0], sent[1]) if not span[0] <= k < span[1])
    if not any(ctx.lower[k] in lex.program_anaphor for k in outside) or sent[0] == 0:
        return None
    previous = sentence_at(ctx, sent[0] - 1)
    named = [p for p in ctx.programs if previous[0] <= p.start and p.end <= previous[1]]
    return max(named, key=lambda p: p.start).norm if named else None


def as_of(
    doc: Doc,
    span: Range,
    sent: Range,
    noun: CountedNoun | None,
    ctx: FigureContext,
    lex: FigureLexicon,
) -> str | None:
    """The date a count holds at: "(to date)", "as of July 1, 1996", a launch year."""
    words = ctx.words
    after = match_phrase(words, span[1], lex.to_date)
    opening = match_phrase(words, sent[0], lex.to_date)
    to_date = (noun is not None and noun.to_date) or after is not None
    if to_date or (opening is not None and opening[1] <= span[0]):
        return published(doc)
    dates = [d for d in ctx.dates if sent[0] <= d.start and d.end <= sent[1]]
    for date in dates:
        for n in (2, 3, 4):
            found = match_phrase(words, date.start - n, lex.as_of) if date.start >= n else None
            if found is not None and found[1] == date.start:
                return norm_of(date)
    if span[0] > 0 and ctx.lower[span[0] - 1] == "from":
        for date in dates:
            window = ctx.lower[max(sent[0], date.start - 3) : date.start]
            if any(word in lex.origin for word in window):
                return norm_of(date)
    return None


def classify(
    doc: Doc, match: FigureMatch, ctx: FigureContext, lex: FigureLexicon
) -> dict[str, Any]:
    """kind, counted, subject, program and as_of of a figure."""
    q, noun = match.quantity, match.noun
    span = (q.start, match.end)
    sent = figure_sentence(ctx, q.start)
    wider = with_previous(ctx, sent)
    sent_words = ctx.lower[sent[0] : sent[1]]
    trigger = has_phrase(sent_words, lex.seizure_trigger)
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
        other = money_noun_after(ctx, span[1], lex)  # "a $5,000 penalty", "in lost revenue"
        goods = goods_after(ctx, span[1], lex)
        governed = seized_object(ctx, span, lex)
        prices = span[0] > 0 and ctx.lower[span[0] - 1] in lex.value_word
        if governed and prices:  # "worth $3 million": seized only near a seizure verb
            governed = seizure_verb_in(ctx.lower[wider[0] : wider[1]], lex)
        elif valued_at(ctx, span[0], lex):  # "The seized goods were valued at €1.3 billion"
            governed = seizure_verb_in(ctx.lower[wider[0] : wider[1]], lex)
            prices = True
        # "Canada exported $2 billion worth of wine": traded goods, not seized ones
        traded = has_phrase(sent_words, lex.trade_word) and not seizure_verb_in(
            ctx.lower[wider[0] : wider[1]], lex
        )
        seized = not other and not traded and (
            goods is not None
            or governed
            or has_phrase(sent_words, lex.value_trigger)
            or (trigger and subject_of(ctx, span, wider, lex) is not None)
        )
        details["kind"] = "seizure" if seized else "money"
        if seized:
            own = lex.currency_goods if governed and not prices else None
            details["subject"] = goods or own or subject_of(ctx, span, wider, lex)
    elif q.unit in WEIGHTS:
        goods = goods_after(ctx, span[1], lex)
        seized = goods is not None or has_phrase(
            ctx.lower[wider[0] : wider[1]], lex.seizure_trigger
        )
        details["kind"] = "seizure" if seized else "measure"
        if seized:
            details["subject"] = goods or subject_of(ctx, span, sent, lex)
    elif q.unit is not None:
        details["kind"] = "measure"
    elif noun is not None:
        details.update(_count_kind(span, sent, trigger, noun, ctx, lex))
        details["as_of"] = as_of(doc, span, sent, noun, ctx, lex)
    return details


def _count_kind(
    span: Range,
    sent: Range,
    trigger: bool,
    noun: CountedNoun,
    ctx: FigureContext,
    lex: FigureLexicon,
) -> dict[str, Any]:
    if noun.form == "bare":  # "CTPAT membership reached 10,000": the subject says what
        program = linked_program(ctx, span, sent, lex)
        return {"kind": "participants" if program else "count", "counted": None, "program": program}
    lower = noun.counted.lower()
    details: dict[str, Any] = {"kind": "count", "counted": noun.counted, "program": noun.program}
    if noun.agreement or lower in lex.agreement or lower.split()[-1] in lex.agreement:
        details["kind"] = "agreements"
    elif lower in lex.participant:
        # People ("drivers", "travelers") are participants only when the figure says so:
        # "95,000 drivers are enrolled in FAST", not "Preclearance processed 1.6 million travelers"
        # ... or when the subject is a membership: "FAST enrollment climbed to 78,000 drivers"
        people = lower in lex.person_noun and not has_phrase(
            ctx.lower[sent[0] : span[0]], lex.membership
        )
        program = (
            noun.program
            or named_participants(ctx, span, lex)
            or linked_program(ctx, span, sent, lex, after_only=people or noun.form != "noun")
        )
        details["program"] = program
        if program is not None and not arrested(ctx, span, sent, lex):
            details["kind"] = "participants"
    elif lower in lex.seizure_noun or (
        seized_object(ctx, span, lex)
        and lower not in lex.person_noun
        and lower not in lex.event_noun
    ):
        goods = goods_after(ctx, span[1], lex)
        if goods is not None or trigger:
            own = goods_at([lower], 0, lex)
            details["kind"] = "seizure"
            details["subject"] = (
                goods or (own[0] if own else None) or subject_of(ctx, span, sent, lex)
            )
    return details


def chained(
    ctx: FigureContext,
    previous: tuple[int, dict[str, Any]],
    start: int,
    details: dict[str, Any],
    lex: FigureLexicon,
) -> bool:
    """A count or sum listed right after a seizure figure is seized too; ``previous`` is
    the end token and the details of the figure before, ``start`` this figure's start."""
    last_end, last_details = previous
    if last_details["kind"] != "seizure" or details["kind"] not in ("count", "money"):
        return False
    counted = (details.get("counted") or "").lower()
    if counted in lex.person_noun or counted in lex.event_noun:
        return False
    between = ctx.lower[last_end:start]
    if len(between) <= 2 and all(word in LIST_JOINERS for word in between):
        return True
    # "seized 2.5 tonnes of ivory and 470 live animals": the goods of the figure before,
    # named by content words only ("of cocaine and arrested 2 men" is no list)
    return (
        2 < len(between) <= 8
        and between[0] == "of"
        and between[-1] in LIST_JOINERS
        and all(
            word in LIST_JOINERS or (word.isalpha() and word not in lex.stop_words)
            for word in between[1:-1]
        )
    )


def outer_qualifier(words: list[str], start: int, qualifier: str, lex: FigureLexicon) -> str:
    """A qualifier parted from its number by "at": "valued approximately at $900,000"."""
    if qualifier != "exact" or start < 2 or words[start - 1].lower() != "at":
        return qualifier
    found = match_phrase(words, start - 2, lex.numbers.qualifiers)
    return found[0] if found is not None and found[1] == start - 1 else qualifier
