"""Signatories: the people who sign an agreement, with their title and whom they sign for.

Titles come from the words before a name ("CBP Deputy Executive Assistant Commissioner
Mark Koumans": the organization before the first title word is dropped) or from an
apposition after it ("Jaime Borgiani, Director General for the Direccion Nacional de Aduanas
de Uruguay"). ``on_behalf_of`` is the ISO code (else the org id) of an explicit
"on behalf of X", else of the organization or country before the title, else of one named
in the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from partnerex.persons.lexicon import fold
from partnerex.records.model import Mention, RecordLexicon, Sentence, within
from partnerex.records.parties import party_of

_TOKEN = re.compile(r"[\w.’'&-]+|[,;:()“”\"–—]")
_CONNECTORS = frozenset(
    {"of", "for", "to", "the", "de", "del", "la", "los", "las", "and", "at", "in"}
)
_TRAILING = " ,;:-–—"
#: A title in apposition has a title word among its first words ("Customs Director of ...").
APPOSITIVE_LEAD = 3
_TRAILING_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z.]{0,9}\)\s*$")
_ABBREVIATION_END = re.compile(r"\b[A-Z]\.$")
_OWNER_AFTER = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
_SAID = re.compile(r"(?:\bsaid|\bsays|\bstated|\badded|\bnoted|\bexplained)[\s,]*$", re.IGNORECASE)


@dataclass(frozen=True)
class SignatoryMention:
    """A person of a signing sentence: name, title and side, with the name's offsets."""

    name: str
    title: str | None
    on_behalf_of: str | None
    start: int
    end: int

    def as_record(self) -> dict[str, str | None]:
        """The ANNOTATION.md signatory shape."""
        return {"name": self.name, "title": self.title, "on_behalf_of": self.on_behalf_of}


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, end)]


def _is_title_word(word: str, lexicon: RecordLexicon) -> bool:
    lower = word.lower()
    return lower in lexicon.title_heads or lower in lexicon.title_modifiers


def _covering(mentions: Sequence[Mention], pos: int) -> Mention | None:
    for mention in mentions:
        if mention.start <= pos < mention.end:
            return mention
    return None


def _portfolio_comma(
    tokens: list[tuple[int, int, str]], i: int, names: Sequence[Mention]
) -> bool:
    """A comma between capitalized words of a title, not after a name ("Canada, CBSA ...")."""
    if i == 0 or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    return (
        before[2][:1].isupper()
        and after[2][:1].isupper()
        and _covering(names, before[0]) is None
        and _covering(names, after[0]) is None
    )


def _owner_after(
    text: str,
    person: Mention,
    limit: int,
    mentions: Sequence[Mention],
    countries: Sequence[Mention],
    lexicon: RecordLexicon,
) -> str | None:
    """The side of an "of (the) ORG" right after a name ("Commissioner Yoon Tae-sik of the
    Korea Customs Service")."""
    match = _OWNER_AFTER.match(text, person.end, limit)
    if match is None:
        return None
    owner = next(
        (m for m in mentions if m.start == match.end() and m.label in ("ORG", "COUNTRY")), None
    )
    return _side(owner, countries, lexicon)


def prefix_title(
    text: str,
    sentence: Sentence,
    person: Mention,
    mentions: Sequence[Mention],
    lexicon: RecordLexicon,
) -> tuple[str | None, int, int]:
    """The title before a name and the start of the zone (org or country) before it.

    Returns ``(title, zone_start, title_start)``; ``title`` is None when no title word precedes
    the name.
    """
    scoped = within(mentions, *sentence)
    names = [m for m in scoped if m.label in ("ORG", "COUNTRY")]
    stops = [m for m in scoped if m.label in ("PERSON", "DATE")]
    tokens = _tokens(text, sentence[0], person.start)
    honorifics = lexicon.honorifics
    name_start = person.start
    while tokens and fold(tokens[-1][2]) in honorifics:
        name_start = tokens.pop()[0]  # "the Secretary General of the WCO, Dr. Kunio Mikuriya"
    accepted_start = name_start
    if tokens and tokens[-1][2].islower() and tokens[-1][2] in lexicon.title_heads:
        accepted_start = tokens.pop()[0]  # wire style: "... Service head Raquel Buenrostro"
    i = len(tokens) - 1
    while i >= 0:
        start, _end, word = tokens[i]
        name = _covering(names, start)
        if name is not None:
            accepted_start = name.start
            while i >= 0 and tokens[i][0] >= name.start:
                i -= 1
            continue
        if _covering(stops, start) is not None:
            break
        if word == "," and _portfolio_comma(tokens, i, names):
            # "Minister of Public Safety, Democratic Institutions and ... Affairs Dominic LeBlanc"
            accepted_start = start
            i -= 1
            continue
        if word in ("(", ")", "’s", "'s") or word[:1].isupper() or word.lower() in _CONNECTORS:
            if word.lower() == "and" and (
                i == 0
                or not tokens[i - 1][2][:1].isupper()
                # "Commissioner Yoon of the Korea Customs Service and Commissioner Magnus"
                or _covering(names, tokens[i - 1][0]) is not None
            ):
                break
            accepted_start = start
            i -= 1
            continue
        break
    if accepted_start == name_start and tokens and tokens[-1][2] == ",":
        # "Managing Director of AIT, Barbara Schrage": the title before a comma.
        before_comma = Mention(tokens[-1][0], tokens[-1][0], "PERSON", None, "")
        title, zone_start, title_start = prefix_title(
            text, sentence, before_comma, mentions, lexicon
        )
        if title is not None:
            return title, zone_start, title_start
    zone = _tokens(text, accepted_start, name_start)
    first = next(
        (
            k
            for k, t in enumerate(zone)
            if _is_title_word(t[2], lexicon) and _covering(names, t[0]) is None
        ),
        None,
    )
    if first is None:
        return None, accepted_start, person.start
    title_start = zone[first][0]
    title = _TRAILING_ACRONYM.sub("", text[title_start:name_start]).strip(_TRAILING)
    # "and" inside a title joins two people ("Minister X and Deputy Minister"): keep the last.
    return (title or None), accepted_start, title_start


def appositive_title(
    text: str,
    sentence: Sentence,
    person: Mention,
    lexicon: RecordLexicon,
    mentions: Sequence[Mention] = (),
) -> str | None:
    """ "Name, Director General for ..." -> the title after the comma (words inside a name such
    as "U.S. Customs and Border Protection" never end it)."""
    rest = text[person.end : sentence[1]]
    if not rest.startswith(", "):
        return None
    words = _tokens(rest, 2, len(rest))
    if not any(_is_title_word(w[2], lexicon) for w in words[:APPOSITIVE_LEAD]):
        return None
    end = len(rest)
    names = [m for m in mentions if m.label in ("ORG", "COUNTRY", "PROGRAM")]
    for index, (start, _stop, word) in enumerate(words):
        if _covering(names, person.end + start) is not None:
            continue
        acronym = (
            word == "("
            and index + 2 < len(words)
            and words[index + 1][2].isupper()
            and words[index + 2][2] == ")"
        )
        if (word in (",", ";", "(", "“", '"') and not acronym) or (
            word in ("and", "signed", "signs", "sign") and start > 2
        ):
            end = start
            break
    title = rest[2:end].strip()
    if title.endswith(".") and not _ABBREVIATION_END.search(title):
        title = title[:-1]
    return title.strip(_TRAILING) or None


def _side(
    mention: Mention | None, countries: Sequence[Mention], lexicon: RecordLexicon
) -> str | None:
    if mention is None:
        return None
    party = party_of(mention, countries, lexicon.org_countries)
    return party.country or (mention.norm if mention.label == "ORG" else None)


def _behalf(
    text: str,
    person: Mention,
    limit: int,
    mentions: Sequence[Mention],
    countries: Sequence[Mention],
    lexicon: RecordLexicon,
) -> str | None:
    """The party of an "on behalf of X" after the person (before ``limit``); a cue followed
    by "by" ("... and on behalf of China by Minister Y") is the next signer's."""
    for match in lexicon.on_behalf.finditer(text, person.end, limit):
        target = _cue_target(match.end(), mentions)
        if target is not None and _BY.match(text, target.end):
            continue
        if target is not None and target.start - match.end() <= 12:
            return _side(target, countries, lexicon)
    return _adjacent_behalf(text, person, limit, mentions, countries, lexicon)


_BY = re.compile(r"\s*,?\s*by\s", re.IGNORECASE)


def _cue_target(cue_end: int, mentions: Sequence[Mention]) -> Mention | None:
    after = [m for m in mentions if m.label in ("ORG", "COUNTRY") and m.start >= cue_end]
    return min(after, key=lambda m: m.start, default=None)


def _behalf_before(
    text: str,
    person: Mention,
    zone_start: int,
    previous: int,
    mentions: Sequence[Mention],
    countries: Sequence[Mention],
    lexicon: RecordLexicon,
) -> str | None:
    """The party of an "on behalf of X by" right before the signer's title: "signed on behalf
    of the EU by Commissioner X" (nothing but the title between "by" and the name)."""
    found = None
    for match in lexicon.on_behalf.finditer(text, previous, zone_start):
        target = _cue_target(match.end(), mentions)
        if target is None or target.start - match.end() > 12 or target.end > zone_start:
            continue
        by = _BY.match(text, target.end)
        if by is not None and by.end() >= zone_start - 1:
            found = target
    return _side(found, countries, lexicon)


_ADJACENT_GAP = re.compile(r"[\s,]*")
_ARTICLE = re.compile(r"\s+(?:the\s+)?")


def _adjacent_behalf(
    text: str,
    person: Mention,
    limit: int,
    mentions: Sequence[Mention],
    countries: Sequence[Mention],
    lexicon: RecordLexicon,
) -> str | None:
    """The party right after a short cue that follows the name: "signed by Commissioner
    Frits Bolkestein for the European Community" (the party must follow at once)."""
    gap = _ADJACENT_GAP.match(text, person.end, limit)
    cue = lexicon.on_behalf_adjacent.pattern
    match = cue.match(text, gap.end(), limit) if cue is not None and gap else None
    if match is None:
        return None
    article = _ARTICLE.match(text, match.end(), limit)
    if article is None:
        return None
    target = next(
        (
            m
            for m in mentions
            if m.label in ("ORG", "COUNTRY") and m.start == article.end() and m.end <= limit
        ),
        None,
    )
    return _side(target, countries, lexicon)


_WHO = re.compile(r",\s*(?:[^,;]{0,80},\s*)?who\s+(?:\w+ly\s+)?")
_WITNESS_GAP = re.compile(r"^[\s,]*(?:who\s+)?")


def _who_signs(text: str, person: Mention, limit: int, lexicon: RecordLexicon) -> bool:
    """ "said CBP Commissioner Chris Magnus, who signed the arrangement ..."."""
    match = _WHO.match(text, person.end, limit)
    return match is not None and lexicon.triggers.starts(text[match.end() : match.end() + 40])


def _witness(
    text: str, person: Mention, zone_start: int, previous: int, limit: int, lexicon: RecordLexicon
) -> bool:
    """A person who watches a signing: "in the presence of (title) X", "witnessed by X" (the
    cue right before the title zone), "while X looked on", "X, who witnessed the signing"."""
    window = max(previous, zone_start - 40)
    for match in lexicon.witness_before.finditer(text, window, person.start):
        if match.end() >= zone_start - 1:
            return True
    after = text[person.end : limit]
    gap = _WITNESS_GAP.match(after)
    return lexicon.witness_after.starts(after[gap.end() if gap else 0 :][:40])


def signatories_in(
    text: str,
    sentence: Sentence,
    mentions: Sequence[Mention],
    lexicon: RecordLexicon,
    countries: Sequence[Mention] | None = None,
) -> list[SignatoryMention]:
    """Every person of a sentence who signs, with title and side (side None when unknown).

    Quoted speakers ("said X") are left out unless they are said to sign ("said X, who
    signed ..."), and so are witnesses ("in the presence of X", "while X looked on").
    ``countries`` are all COUNTRY mentions, including those inside longer names (defaults to
    the COUNTRY mentions of ``mentions``).
    """
    if countries is None:
        countries = [m for m in mentions if m.label == "COUNTRY"]
    persons = sorted(
        (m for m in within(mentions, *sentence) if m.label == "PERSON"), key=lambda m: m.start
    )
    scoped = within(mentions, *sentence)
    out: list[SignatoryMention] = []
    for index, person in enumerate(persons):
        limit = persons[index + 1].start if index + 1 < len(persons) else sentence[1]
        title, zone_start, title_start = prefix_title(
            text, sentence, person, scoped, lexicon
        )
        quoted = _SAID.search(text[max(sentence[0], zone_start - 30) : zone_start])
        if quoted and not _who_signs(text, person, limit, lexicon):
            continue
        previous = persons[index - 1].end if index else sentence[0]
        if _witness(text, person, zone_start, previous, limit, lexicon):
            continue
        if lexicon.not_person_after.starts(text[person.end : person.end + 20]):
            continue  # "the Trump Administration"
        title_end = person.start
        if title is None:
            # No title before the name: what precedes it (a dateline) says nothing of its side.
            zone_start = title_start = person.start
            title = appositive_title(text, sentence, person, lexicon, scoped)
            title_start = person.end
            title_end = person.end + 2 + len(title) if title else person.end
        side = _behalf_before(
            text, person, zone_start, previous, scoped, countries, lexicon
        ) or _behalf(text, person, limit, scoped, countries, lexicon)
        if side is None:
            zone = [
                m
                for m in scoped
                if m.label in ("ORG", "COUNTRY") and zone_start <= m.start < title_start
            ]
            side = _side(zone[-1] if zone else None, countries, lexicon)
        if side is None:
            side = _owner_after(text, person, limit, scoped, countries, lexicon)
        if side is None and title:
            named = [
                m
                for m in scoped
                if m.label in ("ORG", "COUNTRY") and title_start <= m.start and m.end <= title_end
            ]
            side = next(
                (side for m in named if (side := _side(m, countries, lexicon)) is not None), None
            )
        out.append(SignatoryMention(person.text, title, side, person.start, person.end))
    return out


def fill_sides(
    signatories: list[SignatoryMention],
    countries: Sequence[str],
    partner_start: int | None = None,
    partner_codes: Sequence[str] = (),
) -> list[SignatoryMention]:
    """Give people without a side a country of the record: the one left when only one is,
    else, around a "with" at ``partner_start``, the partner's country to people after it and
    the other side's to people before it."""
    known = {s.on_behalf_of for s in signatories if s.on_behalf_of}
    left = [c for c in countries if c not in known]
    partner = [c for c in partner_codes if c in countries]
    others = [c for c in countries if c not in partner]
    out: list[SignatoryMention] = []
    for s in signatories:
        side = s.on_behalf_of
        if side is None and len(left) == 1:
            side = left[0]
        elif side is None and partner_start is not None and len(partner) == 1 and len(others) == 1:
            side = partner[0] if s.start >= partner_start else others[0]
        out.append(SignatoryMention(s.name, s.title, side, s.start, s.end))
    return out
