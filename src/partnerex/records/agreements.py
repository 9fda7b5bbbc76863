"""Agreement mentions: one per reported agreement per partner, from sentence frames.

Pure functions over the text, its sentences and its mentions (see ``model.Mention``).
A mention becomes a record candidate when a trigger reports it and at least two parties
(organizations or countries) can be identified: first from the frame itself (the subject
before the trigger, the parties listed after "with"/"between"/"by", countries named inside
the instrument's name), then from the whole sentence, and finally by adding the publisher's
home country to a lone foreign partner. Several partners after "with" give one mention each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from partnerex.records.frames import (
    Trigger,
    instrument_mentions,
    is_plural,
    nearest_trigger,
    possession_triggers,
    region_parties,
    reported_triggers,
    triggers_in,
)
from partnerex.records.model import Mention, RecordLexicon, Sentence, within
from partnerex.records.parties import Party, country_codes, parties_in, unique_parties


@dataclass
class AgreementMention:
    """One agreement as one sentence reports it."""

    type: str
    status: str
    date: str | None
    parties: list[Party]
    sentence: Sentence
    span: Mention
    date_span: Mention | None = None
    programs: list[str] = field(default_factory=list)
    signatories: list[dict[str, Any]] = field(default_factory=list)
    signatory_evidence: list[dict[str, int]] = field(default_factory=list)
    partner_start: int | None = None
    partner_codes: list[str] = field(default_factory=list)
    orphan: bool = False

    @property
    def countries(self) -> list[str]:
        """Sorted ISO codes of the parties."""
        return country_codes(self.parties)


@dataclass(frozen=True)
class DocContext:
    """What every sentence of a document shares."""

    text: str
    mentions: Sequence[Mention]
    countries: Sequence[Mention]
    lexicon: RecordLexicon
    home: str | None
    pair: Sequence[str] = ()
    inner_orgs: Sequence[Mention] = ()
    #: False when the text names no implicit instrument / no generic head ("an agreement"):
    #: their sentence by sentence searches are skipped.
    implicit: bool = True
    generic: bool = True
    #: False when the text names no plural generic head ("agreements"): not searched.
    plural_generic: bool = True


def _in(mentions: Sequence[Mention], start: int, end: int, labels: frozenset[str]) -> list[Mention]:
    return [m for m in within(mentions, start, end) if m.label in labels]


_PARTY = frozenset({"ORG", "COUNTRY"})


def frame_mentions(ctx: DocContext, sentence: Sentence) -> list[AgreementMention]:
    """Every agreement mention a sentence reports (none without a trigger)."""
    text, lex = ctx.text, ctx.lexicon
    instruments = instrument_mentions(
        text, sentence, ctx.mentions, lex, with_plurals=True, implicit=ctx.implicit
    )
    if not instruments and not ctx.plural_generic:
        return []
    every_trigger = triggers_in(text, sentence, ctx.mentions, lex)
    if ctx.plural_generic and every_trigger:
        plurals = _plural_generics(ctx, sentence, every_trigger)
        instruments = sorted(
            [
                m
                for m in instruments
                if not any(p.inside(m.start, m.end) or m.inside(p.start, p.end) for p in plurals)
            ]
            + plurals,
            key=lambda m: m.start,
        )
    if not instruments:
        return []
    every_trigger = sorted(
        every_trigger + possession_triggers(text, instruments, lex), key=lambda t: t.start
    )
    triggers = reported_triggers(text, every_trigger, lex)
    if not triggers:
        return []
    s_start, s_end = sentence
    subject_end = min(instruments[0].start, every_trigger[0].start)
    subject = parties_in(
        text, _in(ctx.mentions, s_start, subject_end, _PARTY), ctx.countries, lex.org_countries
    )
    sentence_parties = parties_in(
        text, _in(ctx.mentions, s_start, s_end, _PARTY), ctx.countries, lex.org_countries
    )
    out: list[AgreementMention] = []
    for i, instrument in enumerate(instruments):
        trigger = nearest_trigger(triggers, instrument, text, instruments, lex)
        if trigger is None:
            continue
        region_end = instruments[i + 1].start if i + 1 < len(instruments) else s_end
        listed, intro = region_parties(text, instrument.end, region_end, ctx.mentions, lex)
        partners = parties_in(text, listed, ctx.countries, lex.org_countries)
        if is_plural(instrument.text) and not _listed_partners(
            intro, partners, _counted(text, instrument, lex)
        ):
            continue
        own = _named_inside(ctx, instrument)
        own_subject = _clause_subject(ctx, sentence, trigger, every_trigger, instruments) or subject
        groups = _party_sets(own_subject, partners, own, intro)
        for parties in groups:
            dated = bool(_in(ctx.mentions, s_start, s_end, frozenset({"DATE"})))
            # One agreement per partner: the other partners of the list are not its parties.
            others = set(country_codes(partners)) - set(country_codes(parties))
            fill = [p for p in sentence_parties if len(groups) == 1 or p.country not in others]
            parties = _complete(parties, fill, ctx.home, ctx.pair if dated else ())
            stateless = not country_codes(parties) and not _two_organizations(parties)
            if len(parties) < 2 or stateless:
                # Too few parties to stand alone: may still join a record of the document
                # ("The signing of this MRA is the next step"), adding evidence and signers.
                orphan = _mention(ctx, sentence, instrument, trigger, [])
                orphan.orphan = True
                out.append(orphan)
                continue
            mention = _mention(ctx, sentence, instrument, trigger, parties)
            if len(groups) > 1:
                _partner_date(ctx, mention, partners, region_end)
            if listed and intro == "with":
                mention.partner_start = listed[0].start
                mention.partner_codes = country_codes(
                    p for p in parties if p.start >= listed[0].start
                )
            out.append(mention)
    return out


def _plural_generics(
    ctx: DocContext, sentence: Sentence, triggers: Sequence[Trigger]
) -> list[Mention]:
    """ "concluded agreements on customs security with Norway and Switzerland": a plural
    generic head right after a trigger, typed by its complement (else ``other``); it counts
    only with two or more partners listed after "with" (see ``_listed_partners``)."""
    named = within(ctx.mentions, *sentence)
    out: list[Mention] = []
    for match in ctx.lexicon.plural_heads.finditer(ctx.text, *sentence):
        start, end = match.start(), match.end()
        if any(m.start < end and start < m.end for m in named):
            continue
        if not any(0 <= start - t.end <= PLURAL_TRIGGER_REACH for t in triggers):
            continue
        kind, cue_end = _cue_type(ctx, end, sentence, triggers)
        # The head and the type its complement names are one mention.
        out.append(Mention(start, cue_end, "AGREEMENT", kind or "other", ctx.text[start:cue_end]))
    return out


#: How far (characters) before a plural generic head its trigger may end ("signed two
#: agreements", "has also concluded agreements").
PLURAL_TRIGGER_REACH = 12


def _partner_date(
    ctx: DocContext, mention: AgreementMention, partners: Sequence[Party], region_end: int
) -> None:
    """The date stated right after one partner of a list: "signed MRAs with Japan in 2010
    and with China in 2014" dates each agreement by its own partner."""
    own = [p for p in partners if p.country in mention.countries and p.start >= 0]
    if not own:
        return
    start = own[-1].end
    end = min([p.start for p in partners if p.start >= start] or [region_end])
    dates = [d for d in _in(ctx.mentions, start, end, frozenset({"DATE"})) if d.norm]
    if dates:
        mention.date, mention.date_span = dates[0].norm, dates[0]


def _two_organizations(parties: Sequence[Party]) -> bool:
    """Two distinct named organizations are identifiable parties even without a country
    ("The World Customs Organization and the Universal Postal Union signed an MoU")."""
    return len({p.name for p in parties if p.is_org}) >= 2


def _listed_partners(intro: str | None, partners: Sequence[Party], counted: bool = False) -> bool:
    """A plural instrument counts only with two or more partner countries listed after "with"
    ("has signed MRAs with Japan, Korea and Canada": one agreement per partner), or with one
    when a number counts the instruments ("signed two MOUs with Mexico")."""
    return intro == "with" and len(country_codes(partners)) >= (1 if counted else 2)


_LAST_WORD = re.compile(r"(\S+)\s+$")


def _counted(text: str, instrument: Mention, lex: RecordLexicon) -> bool:
    """A number right before the instrument: "two Memoranda of Understanding", "3 MRAs"."""
    match = _LAST_WORD.search(text, max(0, instrument.start - 24), instrument.start)
    if match is None:
        return False
    word = match.group(1).lower()
    return word in lex.count_words or word.replace(",", "").isdigit()


def _clause_subject(
    ctx: DocContext,
    sentence: Sentence,
    trigger: Trigger,
    triggers: Sequence[Trigger],
    instruments: Sequence[Mention],
) -> list[Party]:
    """The parties between the previous trigger and this one ("DHS announced that the United
    States and Israel signed ..."), when that stretch names parties and no other instrument."""
    earlier = [t for t in triggers if t.end <= trigger.start]
    if not earlier:
        return []
    lo = earlier[-1].end
    if any(lo <= m.start < trigger.start for m in instruments):
        return []
    return parties_in(
        ctx.text,
        _in(ctx.mentions, lo, trigger.start, _PARTY),
        ctx.countries,
        ctx.lexicon.org_countries,
    )


def _named_inside(ctx: DocContext, instrument: Mention) -> list[Party]:
    """Parties named inside an instrument's name: "CBP-WBO Action Plan", "U.S.-EU Mutual
    Recognition Decision" (known organizations and countries only)."""
    inner = [
        m
        for m in [*ctx.inner_orgs, *ctx.countries]
        if m.norm and m.inside(instrument.start, instrument.end)
    ]
    named = parties_in(
        ctx.text, sorted(inner, key=lambda m: m.start), ctx.countries, ctx.lexicon.org_countries
    )
    return named + _pair_aliases(ctx, instrument, inner) if named else named


_JOIN = re.compile(r"\s*[-–/]\s*")


def _pair_aliases(ctx: DocContext, instrument: Mention, inner: Sequence[Mention]) -> list[Party]:
    """A country acronym joined to a named party inside the instrument's name: "EC" in the
    "EC-China Agreement" is the European Community (a party for the EU)."""
    aliases = ctx.lexicon.pair_aliases
    if not aliases:
        return []
    text, out = ctx.text, []
    for match in re.finditer(r"[A-Z][A-Za-z.]*", text[instrument.start : instrument.end]):
        code = aliases.get(match.group(0))
        if code is None:
            continue
        start, end = instrument.start + match.start(), instrument.start + match.end()
        joined = any(
            (_JOIN.fullmatch(text[end : m.start]) and m.start > end)
            or (_JOIN.fullmatch(text[m.end : start]) and m.end < start)
            for m in inner
        )
        if joined:
            out.append(Party(match.group(0), code, start, end))
    return out


def _party_sets(
    subject: list[Party], partners: list[Party], own: list[Party], intro: str | None
) -> list[list[Party]]:
    """One party list per agreement: split per partner country after "with"."""
    base = unique_parties(subject + own)
    base_codes = set(country_codes(base))
    foreign = [p for p in partners if p.country and p.country not in base_codes]
    if intro == "with" and len({p.country for p in foreign}) >= 2:
        groups: dict[str, list[Party]] = {}
        for party in foreign:
            assert party.country is not None
            groups.setdefault(party.country, []).append(party)
        return [unique_parties(base + group) for group in groups.values()]
    return [unique_parties(base + partners)]


def _complete(
    parties: list[Party],
    sentence_parties: list[Party],
    home: str | None,
    pair: Sequence[str] = (),
) -> list[Party]:
    """Fill a frame with too few countries from its sentence, then with the home country,
    then, for a frame with a single party, with the two countries the document is about."""
    if len(country_codes(parties)) < 2:
        extra = [
            p for p in sentence_parties if p.country and p.country not in country_codes(parties)
        ]
        if extra and len(country_codes(parties + extra)) >= 2:
            parties = unique_parties(parties + extra)
    codes = country_codes(parties)
    if home and len(codes) == 1 and codes[0] != home:
        parties = [*parties, Party(home, home, -1, -1)]
    codes = country_codes(parties)
    if len(parties) < 2 and len(codes) < 2 and pair and set(codes) <= set(pair):
        parties = parties + [Party(c, c, -1, -1) for c in pair if c not in codes]
    return parties


def _named_type(lexicon: RecordLexicon, instrument: Mention) -> str:
    """The instrument's type; a name of no known type takes the type its words name ("EU-Canada
    Customs Mutual Assistance Protocol" -> cmaa)."""
    if instrument.norm and instrument.norm != "other":
        return instrument.norm
    for match in lexicon.generic_types.finditer(instrument.text):
        return str(lexicon.generic_types.value(match))
    return "other"


def _mention(
    ctx: DocContext,
    sentence: Sentence,
    instrument: Mention,
    trigger: Trigger,
    parties: list[Party],
) -> AgreementMention:
    dates = _in(ctx.mentions, sentence[0], sentence[1], frozenset({"DATE"}))
    dates = [d for d in dates if d.norm] or dates
    date_span = min(dates, key=lambda d: (trigger.distance(d.start, d.end), d.start), default=None)
    programs = [
        m.norm
        for m in _in(ctx.mentions, sentence[0], sentence[1], frozenset({"PROGRAM"}))
        if m.norm
    ]
    return AgreementMention(
        type=_named_type(ctx.lexicon, instrument),
        status=trigger.status,
        date=date_span.norm if date_span else None,
        parties=parties,
        sentence=sentence,
        span=instrument,
        date_span=date_span,
        programs=list(dict.fromkeys(programs)),
    )


#: How far (characters) a trigger may sit from "an agreement" it reports.
GENERIC_TRIGGER_REACH = 40


def _generic_type(ctx: DocContext, start: int, end: int) -> tuple[str | None, list[str]]:
    """The agreement type a program of ``[start, end)`` implies, and those programs' ids."""
    lex = ctx.lexicon
    programs = [m.norm for m in _in(ctx.mentions, start, end, frozenset({"PROGRAM"})) if m.norm]
    kinds = [lex.program_kinds.get(p) for p in programs]
    typed = [lex.type_by_program_kind[k] for k in kinds if k in lex.type_by_program_kind]
    return (typed[0] if typed else None), list(dict.fromkeys(programs))


def _named_next(ctx: DocContext, sentence: Sentence) -> str | None:
    """The type of the one instrument a following sentence names without reporting a
    signing of its own ("Today we have signed an agreement ... This document is called a
    letter of intent.")."""
    named = instrument_mentions(
        ctx.text, sentence, ctx.mentions, ctx.lexicon, implicit=ctx.implicit
    )
    if len(named) != 1 or triggers_in(ctx.text, sentence, ctx.mentions, ctx.lexicon):
        return None
    return named[0].norm


#: How far (characters) after a generic head its complement may name the agreement's type.
CUE_REACH = 200


def _plain_head(lexicon: RecordLexicon, head: re.Match[str]) -> bool:
    """ "an agreement", "a reciprocal arrangement": an indefinite article and a generic noun."""
    article, noun = head.group(1).lower(), head.group(2).lower()
    return article != "the" and noun in lexicon.generic_nouns


def _cue_type(
    ctx: DocContext, start: int, sentence: Sentence, triggers: Sequence[Trigger]
) -> tuple[str | None, int]:
    """The type the complement of a generic head names and where that name ends: "an
    agreement on the mutual recognition of their AEO programmes" -> mra; "The Agreement
    between the EU and China on ... mutual administrative assistance in customs matters" ->
    cmaa. The complement starts with a preposition and ends at a comma, semicolon or trigger."""
    lex = ctx.lexicon
    limit = min(sentence[1], start + CUE_REACH)
    limit = min([t.start for t in triggers if start <= t.start < limit] or [limit])
    stop = _CLAUSE_END.search(ctx.text, start, limit)
    limit = stop.start() if stop else limit
    if not lex.complement_intro.starts(ctx.text[start:limit]):
        return None, start
    for match in lex.generic_types.finditer(ctx.text, start, limit):
        return lex.generic_types.value(match), match.end()
    return None, start


_CLAUSE_END = re.compile(r"[,;:]")


def generic_mentions(
    ctx: DocContext, sentences: Sequence[Sentence], typed_only: bool = False
) -> list[AgreementMention]:
    """ "signed an agreement" between two named countries (or agencies of them).

    The type comes from a program named in the sentence or the next one (Preclearance ->
    ``preclearance_agreement``, a trusted traveler program -> ``program_agreement``), else
    ``other``; definitions never count. With ``typed_only`` (the document names instrument
    types elsewhere), only mentions typed by a program or by the one instrument the next
    sentence names are kept, and a dated one may take the document's two countries.
    """
    lex = ctx.lexicon
    out: list[AgreementMention] = []
    if not ctx.generic:
        return out
    for index, sentence in enumerate(sentences):
        found = list(lex.generic_heads.finditer(ctx.text, *sentence))
        if not found:
            continue
        named = _in(ctx.mentions, *sentence, frozenset({"AGREEMENT", "ORG", "PROGRAM"}))
        triggers = triggers_in(ctx.text, sentence, ctx.mentions, lex)
        heads = [
            (h, *_cue_type(ctx, h.end(), sentence, triggers))
            for h in found
            if not any(m.start < h.end() and h.start() < m.end for m in named)
        ]
        # "the agreement" and "a decision" count only with a complement naming their type.
        heads = [h for h in heads if h[1] is not None or _plain_head(lex, h[0])]
        if not heads:
            continue
        head, cue_type, cue_end = heads[0]
        pseudo = Mention(head.start(), cue_end, "AGREEMENT", None, ctx.text[head.start() : cue_end])
        trigger = nearest_trigger(triggers, pseudo)
        if trigger is None or trigger.distance(pseudo.start, pseudo.end) > GENERIC_TRIGGER_REACH:
            continue
        window_end = sentences[index + 1][1] if index + 1 < len(sentences) else sentence[1]
        kind_type, programs = _generic_type(ctx, sentence[0], window_end)
        kind_type = cue_type or kind_type
        if kind_type is None and typed_only and index + 1 < len(sentences):
            kind_type = _named_next(ctx, sentences[index + 1])
        if typed_only and kind_type is None:
            continue
        parties = unique_parties(
            parties_in(
                ctx.text, _in(ctx.mentions, *sentence, _PARTY), ctx.countries, lex.org_countries
            )
        )
        if typed_only and _in(ctx.mentions, *sentence, frozenset({"DATE"})):
            parties = _complete(parties, [], ctx.home, ctx.pair)
        if len(country_codes(parties)) < 2:
            continue
        if any(True for _ in lex.definitions.finditer(ctx.text, *sentence)):
            continue
        pseudo = Mention(pseudo.start, pseudo.end, "AGREEMENT", kind_type or "other", pseudo.text)
        mention = _mention(ctx, sentence, pseudo, trigger, parties)
        mention.programs = programs
        out.append(mention)
    return out


#: How many leading sentences may be a heading naming the document itself as an instrument,
#: and how far after it the parties may be listed.
HEADING_REACH = 4
PARTIES_REACH = 6


def heading_mentions(ctx: DocContext, sentences: Sequence[Sentence]) -> list[AgreementMention]:
    """A document headed by an instrument's name alone ("Joint Statement", "Communiqué") is
    that instrument: its parties are the countries of the first sentence that names two or
    more, its date the first dated expression up to there."""
    out: list[AgreementMention] = []
    for index, sentence in enumerate(sentences[:HEADING_REACH]):
        line = ctx.text[sentence[0] : sentence[1]].strip().rstrip(".:")
        heading = next(
            (
                m
                for m in _in(ctx.mentions, *sentence, frozenset({"AGREEMENT"}))
                if m.norm and m.text == line
            ),
            None,
        )
        if heading is None:
            continue
        for later in sentences[index + 1 : index + 1 + PARTIES_REACH]:
            named = [m for m in _in(ctx.mentions, *later, frozenset({"COUNTRY"})) if m.norm]
            parties = unique_parties(Party(m.text, m.norm, m.start, m.end) for m in named)
            if len(country_codes(parties)) < 2:
                continue
            dates = [
                m for m in _in(ctx.mentions, sentence[0], later[1], frozenset({"DATE"})) if m.norm
            ]
            out.append(
                AgreementMention(
                    type=heading.norm or "other",
                    status="signed",
                    date=dates[0].norm if dates else None,
                    parties=parties,
                    sentence=sentence,
                    span=heading,
                    date_span=dates[0] if dates else None,
                )
            )
            return out
    return out
