"""Named organizations, programs and agreements that the knowledge base lacks.

Rules over word classes from ``patterns/entity_rules.jsonl``, no lists of names:

* ORG: a run of capitalized words around an organization head ("Ministry", "Police",
  "Customs", "Agency" ...), with a complement ("of Finance", "de Aduanas de Uruguay"):
  "Taiwan Ministry of Finance", "Colombian National Police", "Canada Border Services Agency".
* PROGRAM: capitalized words ending in a program head ("the Megaports Initiative",
  "the Secure Exports Scheme") or opened by a prefix ("Operation Martillo"); the id is
  ``x:`` + snake_case of the name without a trailing "Program" (ANNOTATION.md 4.1).
* EVENT (internal): names ending in an event head ("Trade Conference", "Summit"); a
  country inside one belongs to it (ANNOTATION.md 2), so it yields no COUNTRY span.
* AGREEMENT: capitalized words ending in an instrument head ("Protection Cooperative
  Agreement", "Smart Border Declaration"), typed by the knowledge-base name inside
  it, else by the head's class value.

``and`` joins words only between organization vocabulary ("Air and Marine Operations")
so "Bersin and Korea Immigration Service" does not become one name; title words
(``patterns/titles.jsonl``) end a name. In Title Case lines (headlines) only
organization vocabulary extends a name leftwards.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc

from partnerex.kb import KnowledgeBase
from partnerex.pipeline.state import sentence_bounds, token_flags, token_table

#: Internal label of event names: they hold the countries named inside them
#: ("the U.S.-Cabo Verde Trade Conference") and are never output as spans.
EVENT = "EVENT"
_POSSESSIVE = frozenset({"'s", "’s"})
#: Complements that name a place more often than a part of the name ("Academy in Abu Dhabi").
_PLACE_COMPLEMENTS = frozenset({"in", "at"})
#: Complements whose first word must be organization vocabulary ("Committee on Homeland
#: Security", not "Baltimore Field Office on Twitter").
_VOCAB_COMPLEMENTS = frozenset({"on"})
_HYPHENS = frozenset({"-", "–", "‑", "/"})
_DASHES = frozenset({"-", "–", "—", "/"})
#: Lower-case words that may join the capitalized words of an instrument's name.
_TAIL_CONNECTORS = frozenset({"and", "in", "of", "for", "on", "the"})


@dataclass(frozen=True)
class NameClasses:
    """The word classes the rules read, resolved once per knowledge base."""

    org_heads: frozenset[str]
    org_vocab: frozenset[str]
    program_heads: frozenset[str]
    program_prefixes: frozenset[str]
    program_generic: frozenset[str]
    agreement_heads: dict[str, str]
    complements: frozenset[str]
    inner: frozenset[str]
    ands: frozenset[str]
    determiners: frozenset[str]
    title_words: frozenset[str]
    verbs: frozenset[str]
    event_heads: frozenset[str]
    heads_needing_vocab: frozenset[str]
    calendar: frozenset[str]
    prepositions: frozenset[str]
    head_initial: frozenset[str]
    org_suffixes: frozenset[str]
    office_prefixes: frozenset[str]
    program_nouns: frozenset[str]
    final_heads: frozenset[str]

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> NameClasses:
        title_words = {
            word
            for entry in kb.titles
            if entry.role in {"head", "modifier"}
            for term in entry.terms
            for word in (term.split()[-1:] if entry.role == "head" else term.split())
            if word[:1].isupper()
        } - kb.terms("org_vocab")
        return cls(
            org_heads=frozenset(t.split()[-1] for t in kb.terms("org_head"))
            | kb.terms("org_head_initial"),
            org_vocab=kb.terms("org_vocab"),
            program_heads=kb.terms("program_head"),
            program_prefixes=kb.terms("program_prefix"),
            program_generic=kb.terms("program_generic_word"),
            agreement_heads=dict(kb.values("agreement_head")),
            complements=kb.terms("name_complement"),
            inner=kb.terms("name_inner"),
            ands=kb.terms("name_and"),
            determiners=kb.terms("determiner"),
            title_words=frozenset(title_words) - kb.terms("org_head"),
            verbs=kb.terms("headline_verb"),
            event_heads=kb.terms("event_head"),
            heads_needing_vocab=kb.terms("org_head_needing_vocab"),
            calendar=kb.terms("date_month") | kb.terms("date_weekday"),
            prepositions=kb.terms("name_preposition"),
            head_initial=kb.terms("org_head_initial"),
            org_suffixes=kb.terms("org_suffix"),
            office_prefixes=kb.terms("org_office_prefix"),
            program_nouns=kb.terms("program_noun"),
            final_heads=kb.terms("org_head_final"),
        )


@dataclass(frozen=True)
class Tokens:
    """The per-token columns the name rules read (see ``pipeline.state``)."""

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]
    glued: list[bool]
    lower: list[str]
    punct: list[bool]
    like_num: list[bool]
    alpha: list[bool]
    sent_start: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> Tokens:
        """The columns of ``doc``, from the per-document cache."""
        table, flags = token_table(doc), token_flags(doc)
        return cls(
            table.text,
            table.words,
            table.starts,
            table.ends,
            table.glued,
            flags.lower,
            flags.punct,
            flags.like_num,
            flags.alpha,
            flags.sent_start,
        )

    def __len__(self) -> int:
        return len(self.words)

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``[start, end)``, like ``doc[start:end].text``."""
        return self.text[self.starts[start] : self.ends[end - 1]] if end > start else ""


def _acronym_follows(t: Tokens, k: int, sent_end: int) -> bool:
    """A parenthesised acronym right after token ``k``: "... in Taiwan (AIT)"."""
    return (
        k + 2 < sent_end
        and t.words[k] == "("
        and t.words[k + 2] in {")", ","}
        and t.words[k + 1].isupper()
        and len(t.words[k + 1]) >= 2
    )


def _glued(t: Tokens, i: int) -> bool:
    """A hyphen with no space on either side ("CBP-WBO", "Anti-Narcotics")."""
    return i > 0 and t.glued[i - 1] and t.glued[i]


def is_cap(text: str) -> bool:
    """A capitalized word, an acronym or a number-like name part ("21st", "30-Point")."""
    return bool(text) and (
        text[0].isupper() or (text[0].isdigit() and any(c.isalpha() for c in text))
    )


def title_case_line(words: Iterable[str], alpha: Iterable[bool]) -> bool:
    """True for a headline: capitalized content words and no lower-case word of five
    letters or more (running text full of names still has "hosted", "event" ...)."""
    content = [w for w, a in zip(words, alpha, strict=True) if a and len(w) > 3]
    lower = sum(1 for w in content if len(w) >= 5 and w.islower())
    return len(content) >= 6 and lower == 0 and sum(map(is_cap, content)) >= 0.8 * len(content)


class NameRules:
    """Finds (start, end, label, norm, pattern) name candidates in a doc."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.words = NameClasses.from_kb(kb)

    @functools.cached_property
    def org_words(self) -> frozenset[str]:
        """Organization vocabulary and heads."""
        return self.words.org_vocab | self.words.org_heads

    # -- extents -----------------------------------------------------------------------
    def _name_word(self, t: Tokens, k: int) -> bool:
        text = t.words[k]
        return (
            is_cap(text)
            and t.lower[k] not in self.words.calendar
            and text not in self.words.title_words
            and not t.punct[k]
            and not (len(text) == 2 and text.endswith("."))  # initials: "D."
        )

    def _left(
        self,
        t: Tokens,
        head: int,
        sent_start: int,
        headline: bool,
        vocab: frozenset[str] | None = None,
        countries: frozenset[int] = frozenset(),
    ) -> int:
        """Leftmost token of the name whose head is at ``head``; in headlines only words
        of ``vocab`` (default: organization vocabulary; an empty set: any name word) and
        countries extend it. A capitalized headline verb ("Signs", "Expands") ends it."""
        words = self.words
        vocab = words.org_vocab if vocab is None else vocab
        texts, lower = t.words, t.lower
        start = head
        i = head - 1
        while i >= sent_start:
            text = texts[i]
            if (
                text in _HYPHENS
                and i - 1 >= sent_start
                and _glued(t, i)
                and (is_cap(texts[i - 1]) or t.like_num[i - 1])
            ):
                i -= 1
                if t.like_num[i] and not is_cap(texts[i]) and start == i + 2:
                    start = i  # "30-Point Action Plan": the number leads the name
                    i -= 1
                continue
            if (
                text in _POSSESSIVE
                and i - 1 >= sent_start
                and is_cap(texts[i - 1])
                and start == i + 1
            ):
                # "Attorney's Office", "Sheriff's Office" — but not "Brazil's Customs Authority"
                owner = texts[i - 1]
                if texts[i + 1] == "Office" and not (owner.isupper() or i - 1 in countries):
                    # "Attorney's Office", not "CBP's Office of Trade", "Canada's Office"
                    i -= 1
                    continue
                break
            if lower[i] in words.ands and i - 1 >= sent_start:
                if texts[i - 1] in words.org_vocab and texts[i + 1] in words.org_vocab:
                    i -= 1
                    continue
                break
            if text in words.title_words and (
                texts[i + 1] in words.org_vocab
                or (
                    texts[i + 1] in words.org_heads
                    and i - 1 >= sent_start
                    and self._name_word(t, i - 1)
                )
            ):
                # "Executive Steering Committee", "Free Trade Area Secretariat": a title
                # word inside a name
                start = i
                i -= 1
                continue
            if lower[i] == "the" and i - 1 >= sent_start and texts[i - 1] in words.prepositions:
                i -= 1  # "Beyond the Border Action Plan"
                continue
            if not self._name_word(t, i) or (t.sent_start[i] and lower[i] in words.determiners):
                break
            if lower[i] in words.verbs:
                break
            if text in words.final_heads:
                break  # "Puerto Rico Police Department | Joint Forces for Rapid Action"
            if t.like_num[i] and texts[i + 1] not in words.org_vocab:
                break  # "Two Corrupt Colombian Police" — but "Five Country Ministerial"
            if (
                headline
                and vocab
                and text not in vocab
                and i not in countries
                and not self._segment_start(t, i, sent_start)
            ):
                break
            start = i
            i -= 1
        while (
            start < head
            and lower[start] in words.determiners
            and start not in countries
            and (texts[start] != "New" or t.sent_start[start])
        ):
            start += 1  # "the", but not the "New" of "New Zealand Customs Service"
        return start

    def _segment_start(self, t: Tokens, i: int, sent_start: int) -> bool:
        """The first word of a headline segment ("Laredo Field Office Seizes ...", "HSI
        Houston, Texas Department of Public Safety Dismantle ...")."""
        return (
            i == sent_start
            or t.words[i - 1] in {",", ";", ":"}
            or (t.lower[i - 1] in self.words.ands)
        )

    def _complement(
        self,
        t: Tokens,
        end: int,
        sent_end: int,
        headline: bool = False,
        countries: frozenset[int] = frozenset(),
    ) -> int:
        """Extend past ``end`` over trailing organization words ("Enforcement Affairs") and
        "of/for/de (the) Capitalized ..." complements; "in"/"at" only before another
        organization ("Committee at the Public Prosecutor's Office")."""
        words = self.words
        texts, lower = t.words, t.lower
        # A head-initial foreign name takes its capitalized words ("Guardia Civil",
        # "Servicio de Vigilancia Aduanera").
        foreign = end > 0 and texts[end - 1] in words.head_initial
        i = end
        # A name ending in a final head ends there ("Police Department | Joint Forces").
        final = end > 0 and texts[end - 1] in words.final_heads
        while (
            not final
            and i < sent_end
            and is_cap(texts[i])
            and (texts[i] in self.org_words or (foreign and self._free_word(t, i, headline)))
        ):
            i += 1
            if texts[i - 1] in words.final_heads:
                break
        # Organization words after the head must end in another head or lead into a
        # complement ("Direccion Nacional de Aduanas"); otherwise they are not part of the
        # name ("Customs Cooperation 2018", "Police Department Joint Forces").
        if (
            i > end
            and not foreign
            and texts[i - 1] not in words.org_heads
            and (i >= sent_end or lower[i] not in words.complements)
        ):
            i = end
        if (
            i == end
            and i < sent_end
            and texts[i] in words.org_suffixes
            and end >= 2
            and is_cap(texts[end - 2])
        ):
            i += 1  # "Joint Interagency Task Force South"
        best = i
        while i < sent_end and lower[i] in words.complements:
            j = i + 1
            while j < sent_end and lower[j] in words.inner:
                j += 1
            k = last = j
            while k < sent_end:
                if self._complement_word(t, k, j, sent_end, headline, countries):
                    last = k + 1
                elif k == j or not self._free_word(t, k, headline):
                    break
                k += 1
            # Later plain words count only up to the last organization word ("of Indirect
            # Taxes and Customs", but not the person of "of Customs Saeed Ahmed"), except
            # in a foreign name ("de Vigilancia Aduanera").
            k = k if foreign else last
            if k == j:
                break
            if lower[i] in _PLACE_COMPLEMENTS and not _acronym_follows(t, k, sent_end):
                break  # "Academy in Abu Dhabi"; but "American Institute in Taiwan (AIT)"
            best = i = k
        return best

    def _free_word(self, t: Tokens, k: int, headline: bool) -> bool:
        """A plain name word inside a complement: capitalized, no title, not in a headline."""
        return not headline and self._name_word(t, k) and t.lower[k] not in self.words.verbs

    def _complement_word(
        self, t: Tokens, k: int, j: int, sent_end: int, headline: bool, countries: frozenset[int]
    ) -> bool:
        """Whether token ``k`` continues a complement that started at token ``j``.

        The first word may be any name word; later ones must be organization words,
        heads or countries, so a following person's name stays out ("... of Customs
        Saeed Ahmed"). A title word ends it unless it closes the name ("Office of the
        Press Secretary", "Office of the Spokesman")."""
        words = self.words
        texts = t.words
        text = texts[k]
        nxt = texts[k + 1] if k + 1 < sent_end else None
        known = text in words.org_vocab or text in words.org_heads or k in countries
        opener = t.lower[j - 1] if j > 0 else ""
        first_free = k == j and not headline and opener not in _VOCAB_COMPLEMENTS
        if self._name_word(t, k) and (known or first_free):
            return True
        if (
            text in words.title_words
            and (k == j or texts[k - 1] in words.org_vocab)
            and not (nxt is not None and is_cap(nxt))
        ):
            return True
        if nxt is None or k == j:
            return False
        if text in _HYPHENS and _glued(t, k):
            return True
        if text in _POSSESSIVE and nxt == "Office":
            return True  # "the Public Prosecutor's Office"
        return (
            t.lower[k] in words.ands and texts[k - 1] in words.org_vocab and nxt in words.org_vocab
        )

    # -- finders -----------------------------------------------------------------------
    def find(
        self, doc: Doc, countries: frozenset[int] = frozenset()
    ) -> Iterator[tuple[int, int, str, str | None, str]]:
        """Every ORG, PROGRAM and AGREEMENT name candidate of the doc; ``countries`` are
        the token indices inside country names (they may continue a complement)."""
        triggers = self.trigger_words
        t = Tokens.of(doc)
        texts = t.words
        for start, end in sentence_bounds(doc):
            # Only sentences with a head or prefix word can hold a rule name.
            hits = [i for i in range(start, end) if texts[i] in triggers]
            if hits:
                headline = title_case_line(texts[start:end], t.alpha[start:end])
                yield from self._in_sentence(t, start, end, headline, countries, hits)

    @functools.cached_property
    def trigger_words(self) -> frozenset[str]:
        """Every word that can make a name: the heads and prefixes of all classes."""
        w = self.words
        return (w.org_heads | w.program_heads | frozenset(w.agreement_heads) | w.event_heads) | (
            w.program_prefixes | w.office_prefixes | w.program_nouns
        )

    def _in_sentence(
        self,
        t: Tokens,
        s0: int,
        s1: int,
        headline: bool,
        countries: frozenset[int],
        positions: Iterable[int] | None = None,
    ) -> Iterator[tuple[int, int, str, str | None, str]]:
        words = self.words
        texts = t.words
        for i in range(s0, s1) if positions is None else positions:
            text = texts[i]
            if "\n" in text:
                continue
            if text in words.org_heads and is_cap(text):
                start = self._left(t, i, s0, headline, None, countries)
                if (
                    i + 1 < s1
                    and texts[i + 1] in words.title_words
                    and i > s0
                    and texts[i - 1] in words.title_words
                ):
                    continue  # "Chief Patrol Agent" is a title
                before = start - 1
                if before > s0 and t.lower[before] in words.determiners - {"a", "an"}:
                    before -= 1  # "a new Customs Academy"
                described = before >= s0 and t.lower[before] in {"a", "an"}
                if described and not _acronym_follows(t, i + 1, s1):
                    continue  # "establishing a Customs Academy": a description
                if text in words.heads_needing_vocab and not any(
                    texts[k] in words.org_vocab or k in countries for k in range(start, i)
                ):
                    continue  # "the Trump Administration" is a presidency
                end = self._complement(t, i + 1, s1, headline, countries)
                if end - start >= 2 and not self._generic(t, start, end):
                    yield start, end, "ORG", None, "org:rule:head"
            elif text in words.event_heads and is_cap(text):
                start = self._country_pair(t, self._left(t, i, s0, headline, frozenset()), s0)
                if i - start >= 1:
                    yield start, i + 1, EVENT, None, "event:rule:head"
            elif text in words.program_heads:
                start = self._left(t, i, s0, headline, frozenset())
                plural = text.endswith("s") and not text.endswith("ss")
                if i - start >= 1 and not plural and not self._generic(t, start, i + 1):
                    yield (
                        start,
                        i + 1,
                        "PROGRAM",
                        program_id(t.span_text(start, i + 1)),
                        "program:rule:head",
                    )
            elif text in words.agreement_heads:
                start = self._country_pair(t, self._left(t, i, s0, headline, frozenset()), s0)
                if start > s0 and t.like_num[start - 1] and len(texts[start - 1]) == 4:
                    start -= 1  # "the 2012 Action Plan"
                end = self._instrument_tail(t, i + 1, s1, countries)
                named = i - start >= 1 or end - i >= 3  # "the Declaration on ... Management"
                if named and not self._generic(t, start, end):
                    yield (
                        start,
                        end,
                        "AGREEMENT",
                        words.agreement_heads[text],
                        "agreement:rule:head",
                    )
            elif text in words.program_nouns and i > s0:
                found = self._named_before_noun(t, i, s0, headline, countries)
                if found is not None:
                    yield found
            elif text in words.office_prefixes:
                end = self._office(t, i + 1, s1)
                # "the HSI Miami dive team" names the unit HSI, not an office
                modifier = i > s0 and t.lower[i - 1] == "the" and end < s1 and texts[end].islower()
                if end > i + 1 and not modifier:
                    yield i, end, "ORG", None, "org:rule:office"
            if text in words.program_prefixes and i + 1 < s1:
                end = i + 1
                while end < s1 and self._name_word(t, end) and texts[end] not in words.org_heads:
                    end += 1
                if end - i >= 2 and not self._generic(t, i + 1, end):
                    yield i, end, "PROGRAM", program_id(t.span_text(i, end)), "program:rule:prefix"

    def _named_before_noun(
        self, t: Tokens, i: int, s0: int, headline: bool, countries: frozenset[int]
    ) -> tuple[int, int, str, str | None, str] | None:
        """A capitalized name before a lower-case "program"/"programme"/"initiative", with an
        optional acronym between: "the Secure Trade Partnership (STP) programme", "the
        Integrated Border Management programme". Names of organization words or countries
        only ("the Border Security program", "the U.S.-Mexico initiative") are generic."""
        texts = t.words
        end = i
        if end - 3 > s0 and texts[end - 1] == ")" and texts[end - 3] == "(":
            end -= 3
        head = end - 1
        if head <= s0 or not self._name_word(t, head) or texts[head] in self.words.org_heads:
            return None
        start = self._left(t, head, s0, headline, frozenset(), countries)
        if end - start < 2 or self._generic(t, start, end):
            return None
        if start > s0 + 1 and texts[start - 1] in _HYPHENS and t.glued[start - 2]:
            return None  # "the counter-Improvised Explosive Device (IED) initiative"
        vocab = self.org_words
        if all(texts[k] in vocab or k in countries or t.punct[k] for k in range(start, end)):
            return None
        return start, end, "PROGRAM", program_id(t.span_text(start, end)), "program:rule:noun"

    def _office(self, t: Tokens, k: int, s1: int) -> int:
        """End of the place after a unit's acronym ("HSI Kabul", "ERO New York"); ``k`` when
        none follows or the words lead into a longer name ("HSI Cyber Crimes Center")."""
        words = self.words
        end = k
        while (
            end < s1
            and end - k < 3
            and self._name_word(t, end)
            and t.words[end] not in self.org_words
            and t.lower[end] not in words.verbs
        ):
            end += 1
        if end < s1 and (t.words[end] in self.org_words or t.words[end] in words.program_heads):
            return k
        return end

    def _country_pair(self, t: Tokens, start: int, s0: int) -> int:
        """Extend over a "U.S. – Chile" / "U.S.-EU" prefix of an instrument's name."""
        i = start
        while i - 2 >= s0 and t.words[i - 1] in _DASHES and is_cap(t.words[i - 2]):
            i -= 2
        return i

    def _tail_connector(self, t: Tokens, k: int, s1: int, countries: frozenset[int]) -> bool:
        """A lower-case "and"/"in"/"of" inside an instrument's name: the word after it is a
        capitalized name word that is not a country ("... Assistance in Customs Matters",
        not "... Border Management and Canada")."""
        if k + 2 < s1 and t.lower[k] != "the" and t.lower[k + 1] == "the":
            k += 1  # "on the Importation of ..."
        return (
            k + 1 < s1
            and t.lower[k] in _TAIL_CONNECTORS
            and t.words[k].islower()
            and is_cap(t.words[k + 1])
            and not t.punct[k + 1]
            and k + 1 not in countries
            and t.lower[k + 1] not in self.words.calendar
        )

    def _instrument_tail(
        self, t: Tokens, end: int, s1: int, countries: frozenset[int] = frozenset()
    ) -> int:
        """ "Declaration on Twenty-First Century Border Management", "Action Plan for 2011"."""
        lower = t.lower
        if end + 1 < s1 and lower[end] in {"for", "of"} and t.like_num[end + 1]:
            return end + 2
        if end < s1 and lower[end] in {"on", "of"}:
            k = end + 1
            while k < s1:
                if (
                    is_cap(t.words[k]) and not t.punct[k] and lower[k] not in self.words.calendar
                ) or (t.words[k] in _HYPHENS and _glued(t, k)):
                    k += 1
                elif k > end + 1 and t.words[k - 1] in _HYPHENS and t.alpha[k]:
                    k += 1  # "Co-operation": the rest of a hyphenated word
                elif self._tail_connector(t, k, s1, countries) and not any(
                    t.like_num[j] for j in range(end + 1, k)
                ):  # not "Statement on Two Hundred and Seven Million"
                    k += 1  # "... Cooperation and Mutual Assistance in Customs Matters"
                else:
                    break
            while k > end + 1 and (
                t.words[k - 1] in _HYPHENS or t.lower[k - 1] in _TAIL_CONNECTORS
            ):
                k -= 1
            if k > end + 1:
                return k
        return end

    def _generic(self, t: Tokens, start: int, end: int) -> bool:
        """True when every word of the name is generic ("The Program", "Advisory Program")."""
        generic = self.words.program_generic
        return all(t.lower[k] in generic or t.punct[k] for k in range(start, end))


_NON_WORD = re.compile(r"[^a-z0-9]+")
_TRAILING_PROGRAM = re.compile(r"[\s_]+(program|programme|programs|programmes)$", re.IGNORECASE)
_PLURAL_HEAD = re.compile(r"(initiative|unit|scheme|framework|operation)s$")


def program_id(name: str) -> str:
    """``x:`` + snake_case of a program name without a trailing "Program" (ANNOTATION.md 4.1).

    >>> program_id("the International Visitors Program")
    'x:international_visitors'
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    text = re.sub(r"['’]s\b", "", text)
    stripped = _TRAILING_PROGRAM.sub("", text)
    text = stripped if stripped.strip() else text
    slug = _NON_WORD.sub("_", text.lower()).strip("_")
    slug = _PLURAL_HEAD.sub(r"\1", slug)
    return f"x:{slug}"
