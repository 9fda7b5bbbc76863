"""The word classes of figures (``patterns/figures.jsonl``), read once from the knowledge base."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from partnerex.kb import KnowledgeBase
from partnerex.normalize.numbers import NumberLexicon, first_words, match_phrase

Phrases = dict[tuple[str, ...], Any]


def phrases(terms: Iterable[str]) -> Phrases:
    """Lowercase word tuples of multiword terms, for ``match_phrase``."""
    return {tuple(t.lower().split()): True for t in terms}


def valued_phrases(values: Mapping[str, Any]) -> Phrases:
    """Lowercase word tuples of terms mapped to their values."""
    return {tuple(k.lower().split()): v for k, v in values.items()}


def has_phrase(words: list[str], table: Phrases) -> bool:
    """True when any entry of ``table`` occurs in the lowercase ``words``."""
    starts = first_words(table)
    return any(
        match_phrase(words, i, table) is not None for i, word in enumerate(words) if word in starts
    )


_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class FigureLexicon:
    """Every vocabulary the figure rules use; see ``patterns/figures.jsonl`` for each class."""

    numbers: NumberLexicon
    stop_words: frozenset[str]
    never_unit: Phrases  # durations, clock times, file sizes, lengths: "seven months", "KB"
    counted_phrase: Phrases  # multiword counted nouns: "ports of entry"
    partitive: Phrases  # "of the" in "Six of the brick-shaped objects"
    seizure_trigger: Phrases  # seized, intercepted, street value ...
    value_trigger: Phrases  # street value, wholesale value ...
    goods: Phrases  # seizable goods -> subject ("meth" -> methamphetamine)
    money_goods: Phrases  # "in Drug Money": a sum without a currency sign
    money_noun: frozenset[str]  # penalty, budget ...: a sum that is not a seizure
    value_word: frozenset[str]  # worth, valued: a sum that prices goods
    not_counted: frozenset[str]  # words in -s that are no plural heads: customs, news
    irregular: frozenset[str]  # people, personnel, staff ...
    modifiers: frozenset[str]  # stop words allowed between number and noun: more, other
    id_prefix: frozenset[str]  # Form 3171, Interstate 19, Table 3
    months: frozenset[str]
    participant: frozenset[str]  # members, companies, carriers ...
    agreement: frozenset[str]  # agreements, CMAAs, MRAs ...
    seizure_noun: frozenset[str]  # packages, bricks, bales ...
    person_noun: frozenset[str]  # people are never seized goods
    event_noun: frozenset[str]  # seizures, arrests, cases ...: counted events, never goods
    program_link: frozenset[str]  # "participating in", "enrolled in" ...
    participant_name: Phrases  # names of a program's participants -> program id ("AEOs")
    program_anaphor: frozenset[str]  # "the program", "it": a program named the sentence before
    origin: frozenset[str]  # launched, established ...: "from seven ... launched in 2001"
    as_of: Phrases  # "as of July 1, 1996"
    to_date: Phrases  # "(to date)", "so far"
    dollar_sources: Mapping[str, Any]  # source host -> the currency of "$"
    dollar_countries: Mapping[str, Any]  # agency country -> the currency of "$"
    currency_goods: str  # the subject of seized money
    arrest_word: frozenset[str]  # arrested, charged ...: people so counted are no participants
    bare_subject: Phrases  # "number of": a bare count's subject (besides ``membership``)
    membership: Phrases  # membership, enrollment: a program's participants as a subject
    bare_verb: Phrases  # reached, "grown to": a bare count's verb
    bare_from: Phrases  # "grew from": "... from seven companies to more than 11,400"
    bare_tail: frozenset[str]  # words that may follow a bare count: today, worldwide
    compound_noun: Mapping[str, Any]  # "186-member" -> members
    trade_word: Phrases  # exports, two-way trade: "worth of" goods that are not seized
    starts: frozenset[str]  # lowercase words a figure can start with, besides digits

    def may_start(self, word: str) -> bool:
        """A cheap test before reading a quantity at ``word``."""
        return word.lower() in self.starts or _DIGIT.search(word) is not None

    def start_positions(self, words: list[str], lower: list[str]) -> list[int]:
        """The indices of the tokens that pass :meth:`may_start` (``lower`` holds the
        lowercase ``words``); alphabetic words hold no digit."""
        starts, digit = self.starts, _DIGIT.search
        return [
            i
            for i, word in enumerate(words)
            if lower[i] in starts or (not word.isalpha() and digit(word) is not None)
        ]

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> FigureLexicon:
        """Build the lexicon from the ``figure_*`` word classes."""
        numbers = NumberLexicon.from_kb(kb)
        tables = (
            numbers.words,
            numbers.vague,
            numbers.qualifiers,
            numbers.currency_prefix,
            {(w,): True for w in numbers.between},
        )
        starts = frozenset(key[0].lower() for table in tables for key in table) | {"a"}
        return cls(
            numbers=numbers,
            starts=starts,
            stop_words=frozenset(STOP_WORDS),
            never_unit=phrases(kb.terms("figure_never_unit")),
            counted_phrase=phrases(kb.terms("figure_counted_phrase")),
            partitive=phrases(kb.terms("figure_partitive")),
            seizure_trigger=phrases(kb.terms("figure_seizure_trigger")),
            value_trigger=phrases(kb.terms("figure_value_trigger")),
            goods=valued_phrases(kb.values("figure_goods")),
            money_goods=phrases(kb.terms("figure_money_goods")),
            money_noun=kb.terms("figure_money_noun"),
            value_word=kb.terms("figure_value_word"),
            not_counted=kb.terms("figure_not_counted"),
            irregular=kb.terms("figure_irregular_plural"),
            modifiers=kb.terms("figure_modifier"),
            id_prefix=kb.terms("figure_id_prefix"),
            months=kb.terms("figure_month"),
            participant=kb.terms("figure_participant_noun"),
            agreement=kb.terms("figure_agreement_noun"),
            seizure_noun=kb.terms("figure_seizure_noun"),
            person_noun=kb.terms("figure_person_noun"),
            event_noun=kb.terms("figure_event_noun"),
            program_link=kb.terms("figure_program_link"),
            participant_name=valued_phrases(kb.values("figure_participant_name")),
            program_anaphor=kb.terms("figure_program_anaphor"),
            origin=kb.terms("figure_origin_word"),
            as_of=phrases(kb.terms("figure_as_of")),
            to_date=phrases(kb.terms("figure_to_date")),
            dollar_sources=kb.values("figure_dollar_source"),
            dollar_countries=kb.values("figure_dollar_country"),
            currency_goods=str(kb.values("figure_goods").get("currency", "currency")),
            arrest_word=kb.terms("figure_arrest_word"),
            bare_subject=phrases(kb.terms("figure_bare_subject")),
            membership=phrases(kb.terms("figure_membership_word")),
            bare_verb=phrases(kb.terms("figure_bare_verb")),
            bare_from=phrases(kb.terms("figure_bare_from")),
            bare_tail=kb.terms("figure_bare_tail"),
            compound_noun={k.lower(): v for k, v in kb.values("figure_compound_noun").items()},
            trade_word=phrases(kb.terms("figure_trade_word")),
        )
