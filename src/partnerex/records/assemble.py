"""Document-level assembly: agreement mentions -> signatories -> merged agreement records."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from partnerex.records.agreements import (
    AgreementMention,
    DocContext,
    frame_mentions,
    generic_mentions,
    heading_mentions,
)
from partnerex.records.frames import instrument_mentions, triggers_in
from partnerex.records.merge import group_mentions, merge_group
from partnerex.records.model import (
    Mention,
    MentionIndex,
    RecordLexicon,
    Sentence,
    may_contain,
    within,
)
from partnerex.records.parties import home_country, main_pair
from partnerex.records.signatories import SignatoryMention, fill_sides, signatories_in

#: Sentences after a signing sentence that may name its signatories.
FOLLOW_UP = 2
_CAPTION_JOIN = re.compile(r"^\s*(?:with|and|meets with|greets)\s", re.IGNORECASE)


def _follow_ups(ctx: DocContext, sentences: Sequence[Sentence], index: int) -> list[Sentence]:
    """Sentences right after a signing that report who signed: "X signed the agreement on
    behalf of CBP ..." (a trigger or an "on behalf of", a person, no other instrument)."""
    out: list[Sentence] = []
    for sentence in sentences[index + 1 : index + 1 + FOLLOW_UP]:
        if instrument_mentions(
            ctx.text, sentence, ctx.mentions, ctx.lexicon, implicit=ctx.implicit
        ):
            break
        has_person = any(m.label == "PERSON" for m in within(ctx.mentions, *sentence))
        signing = triggers_in(ctx.text, sentence, ctx.mentions, ctx.lexicon)
        behalf = list(ctx.lexicon.on_behalf.finditer(ctx.text, *sentence))
        if has_person and (behalf or any(t.status == "signed" for t in signing)):
            out.append(sentence)
    return out


def _follow_up_date(
    ctx: DocContext, sentences: Sequence[Sentence], index: int, mention: AgreementMention
) -> None:
    """Date an undated mention from a following sentence that refers back to the agreement
    and reports the same event: "... have signed a CMAA. The agreement was signed on
    October 30 in Lima by ..."."""
    if mention.date is not None:
        return
    for sentence in sentences[index + 1 : index + 1 + FOLLOW_UP]:
        if instrument_mentions(
            ctx.text, sentence, ctx.mentions, ctx.lexicon, implicit=ctx.implicit
        ):
            return
        if not ctx.lexicon.anaphors.starts(ctx.text[sentence[0] : sentence[1]]):
            continue
        triggers = [
            t
            for t in triggers_in(ctx.text, sentence, ctx.mentions, ctx.lexicon)
            if t.status == mention.status
        ]
        dates = [m for m in within(ctx.mentions, *sentence) if m.label == "DATE" and m.norm]
        if not triggers or not dates:
            continue
        date = min(dates, key=lambda d: (triggers[0].distance(d.start, d.end), d.start))
        mention.date, mention.date_span = date.norm, date
        return


def _attach(mention: AgreementMention, people: list[SignatoryMention]) -> None:
    """Add the people of a signing to a mention (people announce or plan, they sign)."""
    if mention.status != "signed":
        return
    people = fill_sides(people, mention.countries, mention.partner_start, mention.partner_codes)
    names = {s["name"] for s in mention.signatories}
    for person in people:
        if person.name in names:
            continue
        names.add(person.name)
        mention.signatories.append(person.as_record())
        mention.signatory_evidence.append({"start": person.start, "end": person.end})


def _captions(
    ctx: DocContext, sentences: Sequence[Sentence], mentions: list[AgreementMention]
) -> None:
    """Photo captions "Commissioner Magnus with Jaime Borgiani, Director General for the
    Direccion Nacional de Aduanas de Uruguay." name the signatories of the agreement with the
    country they mention, when its mentions have none yet."""
    if not mentions:
        return
    for sentence in sentences:
        persons = [m for m in within(ctx.mentions, *sentence) if m.label == "PERSON"]
        if len(persons) != 2:
            continue
        persons.sort(key=lambda m: m.start)
        if not _CAPTION_JOIN.match(ctx.text[persons[0].end : persons[1].start]):
            continue
        if triggers_in(ctx.text, sentence, ctx.mentions, ctx.lexicon):
            continue
        people = signatories_in(ctx.text, sentence, ctx.mentions, ctx.lexicon, ctx.countries)
        sides = {p.on_behalf_of for p in people if p.on_behalf_of and p.on_behalf_of != ctx.home}
        if len(sides) != 1:
            continue
        side = sides.pop()
        targets = [m for m in mentions if side in m.countries and not m.signatories]
        if len({(m.type, tuple(m.countries)) for m in targets}) != 1:
            continue
        for target in targets:
            _attach(target, people)


def _may_frame(ctx: DocContext, sentences: Sequence[Sentence]) -> list[int]:
    """Indices of the sentences that may report an agreement: those naming an instrument or a
    plural generic head (any sentence when the text may name an implicit one)."""
    if ctx.implicit:
        return list(range(len(sentences)))
    named = MentionIndex(m for m in ctx.mentions if m.label == "AGREEMENT" and m.norm)
    plural: list[int] = []
    if ctx.plural_generic:
        starts = [s for s, _ in sentences]
        plural = [
            bisect_right(starts, m.start()) - 1 for m in ctx.lexicon.plural_heads.finditer(ctx.text)
        ]
    wanted = set(plural)
    return [
        index
        for index, sentence in enumerate(sentences)
        if index in wanted or named.within(*sentence)
    ]


def build_agreements(
    text: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    countries: Sequence[Mention],
    lexicon: RecordLexicon,
    inner_orgs: Sequence[Mention] = (),
    publisher: str | None = None,
) -> list[dict[str, Any]]:
    """Agreement records of a document (ANNOTATION.md 3.2), with evidence.

    ``mentions`` are the resolved spans; ``countries`` every COUNTRY candidate, including those
    inside longer names; ``inner_orgs`` ORG candidates inside longer names ("CBP" in
    "CBP-WBO Action Plan"); ``publisher`` the country of the publishing site, the home side
    when the text names no agency of a known country.
    """
    ordered = MentionIndex(mentions)
    home = home_country(ordered, lexicon.org_countries) or publisher
    lowered = text.lower()
    ctx = DocContext(
        text,
        ordered,
        countries,
        lexicon,
        home,
        main_pair(ordered, countries, lexicon.org_countries, home),
        inner_orgs,
        implicit=lexicon.implicit.may_occur(lowered),
        generic=may_contain(lowered, lexicon.generic_anchors),
        plural_generic=lexicon.plural_heads.may_occur(lowered),
    )
    found: list[AgreementMention] = []
    for index in _may_frame(ctx, sentences):
        sentence = sentences[index]
        framed = frame_mentions(ctx, sentence)
        if not framed:
            continue
        scope = [sentence, *_follow_ups(ctx, sentences, index)]
        signers = [signatories_in(text, part, ordered, lexicon, countries) for part in scope]
        for mention in framed:
            for people in signers:
                _attach(mention, people)
            _follow_up_date(ctx, sentences, index, mention)
        found.extend(framed)
    typed = any(m.label == "AGREEMENT" for m in ordered)
    if not found or typed:
        for mention in generic_mentions(ctx, sentences, typed_only=typed):
            for part in [
                mention.sentence,
                *_follow_ups(ctx, sentences, sentences.index(mention.sentence)),
            ]:
                _attach(mention, signatories_in(text, part, ordered, lexicon, countries))
            found.append(mention)
    found.extend(heading_mentions(ctx, sentences))
    _captions(ctx, sentences, found)
    programs = {m.norm for m in ordered if m.label == "PROGRAM" and m.norm}
    return [merge_group(group, lexicon, programs) for group in group_mentions(found)]
