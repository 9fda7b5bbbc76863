"""Plain values the record builders work on: mentions, sentences and the record lexicon."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from partnerex.kb import KnowledgeBase
from partnerex.persons.lexicon import fold

#: A sentence as ``(start_char, end_char)`` offsets into the text.
Sentence = tuple[int, int]


@dataclass(frozen=True)
class Mention:
    """A resolved span as plain values: offsets, label, norm (None when unknown) and text."""

    start: int
    end: int
    label: str
    norm: str | None
    text: str

    def inside(self, start: int, end: int) -> bool:
        """True when the mention lies within ``[start, end)``."""
        return start <= self.start and self.end <= end

    def evidence(self) -> dict[str, int]:
        """The mention's offsets as an evidence entry."""
        return {"start": self.start, "end": self.end}


class MentionIndex(Sequence[Mention]):
    """Mentions in text order (a stable sort by start) with their starts kept for bisection,
    so the mentions of one sentence are found without scanning the whole document's."""

    __slots__ = ("_items", "_starts")

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self._items = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self._items]

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        return self._items[index]

    def __iter__(self) -> Iterator[Mention]:
        return iter(self._items)

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions inside ``[start, end)``, in text order."""
        lo = bisect_left(self._starts, start)
        hi = bisect_right(self._starts, end)
        return [m for m in self._items[lo:hi] if m.end <= end]


def within(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    """The mentions inside ``[start, end)``, in the order of ``mentions`` (by bisection for a
    :class:`MentionIndex`)."""
    if isinstance(mentions, MentionIndex):
        return mentions.within(start, end)
    return [m for m in mentions if start <= m.start and m.end <= end]


@dataclass(frozen=True)
class TermMatcher:
    """Whole-word, case-insensitive matching of a word class's terms, longest first."""

    values: dict[str, Any]
    pattern: re.Pattern[str] | None
    #: Lowercased terms none of which contains another (None when not all terms are ASCII).
    anchors: tuple[str, ...] | None = None

    @classmethod
    def build(cls, values: dict[str, Any]) -> TermMatcher:
        """A matcher over ``term -> value`` (terms lowercased)."""
        if not values:
            return cls({}, None)
        terms = sorted(values, key=len, reverse=True)
        if all(t and t.isascii() for t in terms):
            # Positions whose character starts no term are skipped with one class test.
            firsts = "".join(sorted({re.escape(t[0].lower()) for t in terms}))
            alternation = f"(?=[{firsts}]){_trie_alternation(terms)}"
        else:
            alternation = "|".join(re.escape(t) for t in terms)
        pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)
        return cls({k.lower(): v for k, v in values.items()}, pattern, _anchors(terms))

    def may_occur(self, lowered: str) -> bool:
        """False when no term can match anywhere in a text, given ``text.lower()``: a quick
        check before scanning the text's sentences one by one."""
        if self.pattern is None:
            return False
        return may_contain(lowered, self.anchors)

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterable[re.Match[str]]:
        """Matches in ``text[start:end]`` (offsets stay relative to ``text``)."""
        if self.pattern is None:
            return []
        return self.pattern.finditer(text, start, len(text) if end is None else end)

    def value(self, match: re.Match[str]) -> Any:
        """The value of the matched term."""
        return self.values.get(match.group(0).lower())

    def starts(self, text: str) -> bool:
        """True when ``text`` (left-stripped) begins with a term."""
        if self.pattern is None:
            return False
        stripped = text.lstrip()
        return self.pattern.match(stripped) is not None


def _trie_alternation(terms: Iterable[str]) -> str:
    """The terms as one regex alternation that shares common prefixes ("sign(?:ed|s)?"), so a
    position is tried once per prefix rather than once per term.

    Matching is the same as a plain longest-first alternation: at a position, a case-insensitive
    ASCII character can take at most one branch, and each branch is tried (greedy) before the
    shorter term ending there, so the longest term that matches (and satisfies what follows
    the alternation) wins. Only for non-empty ASCII terms (ASCII case folding).
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for term in terms:
        node = root
        for char in term.lower():
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(char) + emit(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = f"(?:{'|'.join(branches)})"
        return body + "?" if "" in node else body

    return emit(root)


#: Characters of a lowercased text that may hide a case-insensitive match of an ASCII letter:
#: "ı" and "ſ" match "i" and "s", and "İ" lowers to "i" + U+0307 (the only other non-ASCII
#: match of an ASCII letter, the Kelvin sign, lowers to "k").
_UNSURE_LOWER = ("\u0131", "\u017f", "\u0307")


def _anchors(terms: Iterable[str]) -> tuple[str, ...] | None:
    """Lowercased terms none of which contains another (one of them is in the lowercased
    text wherever a term matches), or None when a term is not ASCII."""
    lowered = sorted({t.lower() for t in terms}, key=len)
    if not lowered or not all(t and t.isascii() for t in lowered):
        return None
    out: list[str] = []
    for term in lowered:
        if not any(anchor in term for anchor in out):
            out.append(term)
    return tuple(out)


def may_contain(lowered: str, anchors: tuple[str, ...] | None) -> bool:
    """False when the text whose ``str.lower()`` is ``lowered`` has no case-insensitive match
    of any ASCII term with these ``anchors`` (see :func:`_anchors`); True when unsure."""
    if anchors is None or any(char in lowered for char in _UNSURE_LOWER):
        return True
    return any(anchor in lowered for anchor in anchors)


def _org_countries(kb: KnowledgeBase) -> dict[str, str]:
    """Country of each knowledge-base organization, by id and by every surface form, so an
    organization whose span norm stays null ("linked": false, e.g. "CBSA") still has one."""
    out: dict[str, str] = {}
    for org_id, entry in kb.organizations.items():
        if not entry.country:
            continue
        out[org_id] = entry.country
        if not entry.linked:
            for form, _ in entry.surface_forms():
                out.setdefault(form, entry.country)
    return out


@dataclass(frozen=True)
class RecordLexicon:
    """Word classes of ``patterns/records.jsonl`` and KB facts the record builders need."""

    triggers: TermMatcher
    definitions: TermMatcher
    implicit: TermMatcher
    on_behalf: TermMatcher
    party_intro: TermMatcher
    region_stop: frozenset[str]
    generic_heads: re.Pattern[str]
    coordination: frozenset[str]
    established: TermMatcher
    operates_in: TermMatcher
    located: TermMatcher
    type_by_program_kind: dict[str, str]
    linked_programs: dict[str, list[str]]
    org_countries: dict[str, str]
    program_kinds: dict[str, str]
    title_heads: frozenset[str]
    publisher_countries: dict[str, str]
    not_person_after: TermMatcher
    title_modifiers: frozenset[str]
    #: Words that introduce parties ("with", "between"): a trigger reaches past another
    #: instrument through them ("signed an MOU with Mexico and a Joint Statement with CBP").
    party_words: frozenset[str] = frozenset()
    #: Words after a reporting verb that open what it reports ("announced that ...").
    complementizers: TermMatcher = field(default_factory=lambda: TermMatcher.build({}))
    #: Generic nouns of "an agreement" (``generic_heads`` also matches typed-only nouns).
    generic_nouns: frozenset[str] = frozenset()
    #: Words that open a generic head's complement ("an agreement on ...") and the types
    #: the complement may name ("mutual recognition" -> mra).
    complement_intro: TermMatcher = field(default_factory=lambda: TermMatcher.build({}))
    generic_types: TermMatcher = field(default_factory=lambda: TermMatcher.build({}))
    #: Plural generic heads ("concluded agreements ... with Norway and Switzerland").
    plural_heads: TermMatcher = field(default_factory=lambda: TermMatcher.build({}))
    #: A possession verb and the determiners right before an instrument ("has MRAs with").
    possession: re.Pattern[str] = re.compile("(?!)")
    #: Words between two lists of partners that only date the first ("in 2010 and with ...").
    list_continuation: frozenset[str] = frozenset()
    #: Sentence openings that refer back to an agreement ("The agreement was signed on ...").
    anaphors: TermMatcher = field(default_factory=lambda: TermMatcher.build({}))
    witness_before: TermMatcher = field(default_factory=lambda: TermMatcher.build({}))
    witness_after: TermMatcher = field(default_factory=lambda: TermMatcher.build({}))
    honorifics: frozenset[str] = frozenset()  # folded: "mr.", "dr.", "h.e."
    status_rank: dict[str, int] = field(
        default_factory=lambda: {"signed": 0, "in_force": 1, "planned": 2, "announced": 3}
    )
    #: Anchors of the nouns of ``generic_heads`` (see :func:`may_contain`).
    generic_anchors: tuple[str, ...] | None = None
    #: "Hong Kong, China" (the WCO's style): the ISO code of the sovereign named after a
    #: territory only qualifies it; that country is not named as such.
    territory_qualifiers: TermMatcher = field(default_factory=lambda: TermMatcher.build({}))
    #: Cues of a side only right after the signer's name ("X for the European Community").
    on_behalf_adjacent: TermMatcher = field(default_factory=lambda: TermMatcher.build({}))
    #: Acronyms that name a country party only when joined to another party by a dash or a
    #: slash inside an instrument's name ("EC-China Agreement": the European Community).
    pair_aliases: dict[str, str] = field(default_factory=dict)
    #: Number words ("two"): "two MOUs with Mexico" counts agreements with one partner.
    count_words: frozenset[str] = frozenset()

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> RecordLexicon:
        """Build the lexicon from a loaded knowledge base."""
        heads = {
            term.split()[0].lower()
            for role in ("head", "complete")
            for term in kb.titles_by_role(role)
        }
        ranks = {
            term.lower()
            for entry in kb.titles
            if entry.id == "modifier.rank"
            for term in entry.terms
        }
        heads_all = kb.terms("agreement.generic_head") | kb.terms("agreement.typed_head")
        return cls(
            triggers=TermMatcher.build(kb.values("agreement.trigger")),
            definitions=TermMatcher.build(kb.values("agreement.definition")),
            implicit=TermMatcher.build(kb.values("agreement.implicit")),
            on_behalf=TermMatcher.build(kb.values("agreement.on_behalf")),
            territory_qualifiers=TermMatcher.build(kb.values("country.territory_qualifier")),
            on_behalf_adjacent=TermMatcher.build(kb.values("agreement.on_behalf_adjacent")),
            pair_aliases=dict(kb.values("agreement.pair_alias")),
            count_words=frozenset(t.lower() for t in kb.terms("figure_number_word")),
            party_intro=TermMatcher.build(kb.values("agreement.party_intro")),
            region_stop=kb.terms("agreement.region_stop"),
            generic_heads=_generic_heads(heads_all),
            generic_anchors=_anchors(heads_all),
            generic_nouns=frozenset(t.lower() for t in kb.terms("agreement.generic_head")),
            complement_intro=TermMatcher.build(kb.values("agreement.complement_intro")),
            generic_types=TermMatcher.build(kb.values("agreement.generic_type")),
            anaphors=TermMatcher.build(kb.values("agreement.anaphor")),
            plural_heads=TermMatcher.build(kb.values("agreement.plural_generic_head")),
            possession=_possession(
                kb.terms("agreement.possession"), kb.terms("agreement.possession_determiner")
            ),
            list_continuation=frozenset(t.lower() for t in kb.terms("agreement.list_continuation")),
            coordination=kb.terms("agreement.coordination"),
            established=TermMatcher.build(kb.values("program.established")),
            operates_in=TermMatcher.build(kb.values("program.operates_in")),
            located=TermMatcher.build(kb.values("program.located")),
            type_by_program_kind=dict(kb.values("agreement.type_by_program_kind")),
            linked_programs={k: list(v) for k, v in kb.values("agreement.linked_programs").items()},
            org_countries=_org_countries(kb),
            program_kinds={k: v.kind for k, v in kb.programs.items()},
            title_heads=frozenset(heads),
            publisher_countries=dict(kb.values("publisher.country")),
            not_person_after=TermMatcher.build(kb.values("signatory.not_after")),
            title_modifiers=frozenset(ranks),
            party_words=frozenset(t.lower() for t in kb.terms("agreement.party_intro")),
            complementizers=TermMatcher.build(kb.values("agreement.complementizer")),
            witness_before=TermMatcher.build(kb.values("person_witness_before")),
            witness_after=TermMatcher.build(kb.values("person_witness_after")),
            honorifics=frozenset(fold(t) for t in kb.terms("person_honorific")),
        )


def _possession(verbs: frozenset[str], determiners: frozenset[str]) -> re.Pattern[str]:
    """A possession verb (group 1) and only determiners up to the end of the searched text."""
    if not verbs:
        return re.compile("(?!)")
    verb = "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True))
    det = "|".join(sorted((re.escape(d) for d in determiners), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\b({verb})\s+(?:(?:{det})\s+)*$", re.IGNORECASE)


def _generic_heads(nouns: frozenset[str]) -> re.Pattern[str]:
    """ "an agreement", "a reciprocal agreement", "an amended preclearance arrangement", "the
    Agreement" (group 1 the article, group 2 the noun)."""
    alternation = "|".join(sorted((re.escape(n) for n in nouns), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\b(a|an|the)\s+(?:[\w-]+\s+){{0,2}}?({alternation})\b", re.IGNORECASE)


def publisher_country(source: str | None, lexicon: RecordLexicon) -> str | None:
    """The country of a publisher's web domain ("cbp.gov" -> US, "cbsa-asfc.gc.ca" -> CA).

    The longest matching domain suffix wins; the first word of ``source`` is its domain.
    """
    if not source:
        return None
    domain = source.split()[0].lower().rstrip("/")
    domain = domain.split("://")[-1].split("/")[0]
    best: tuple[int, str] | None = None
    for suffix, code in lexicon.publisher_countries.items():
        if (domain.endswith(suffix) or domain == suffix.lstrip(".")) and (
            best is None or len(suffix) > best[0]
        ):
            best = (len(suffix), code)
    return best[1] if best else None
