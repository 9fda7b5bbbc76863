"""Word classes the person rules use, read from ``patterns/persons.jsonl`` and ``titles.jsonl``.

Everything is folded (lowercased, accents stripped) except the name particles, which are
case-sensitive: ``al`` and ``de`` join names only in lowercase.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from partnerex.kb import KnowledgeBase, load_kb

#: Title roles in ``titles.jsonl``.
TITLE_ROLES = ("complete", "head", "complement", "modifier")


@functools.lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lowercase without accents, with typographic apostrophes made plain (cached: the
    same words recur in every document)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


#: Turns a phrase into a Doc: the pipeline's own ``make_doc``, so phrases split like text.
MakeDoc = Callable[[str], Doc]


@functools.lru_cache(maxsize=1)
def _default_make_doc() -> MakeDoc:
    from partnerex.pipeline.language import PartnerexEnglish

    return PartnerexEnglish().make_doc


def phrase_tokens(phrase: str, make_doc: MakeDoc | None = None) -> tuple[str, ...]:
    """A phrase as folded tokens, tokenized by ``make_doc`` (default: partnerex's tokenizer)."""
    doc = (make_doc or _default_make_doc())(phrase)
    return tuple(fold(t.text) for t in doc if not t.is_space)


@dataclass(frozen=True)
class TitleEntryIndex:
    """Title terms as folded token tuples, with their role and entry id."""

    phrases: dict[tuple[str, ...], tuple[str, str]]
    max_len: int

    @functools.cached_property
    def lengths_by_first(self) -> dict[str, tuple[int, ...]]:
        """For each first word of a title term, the term lengths, longest first."""
        out: dict[str, set[int]] = {}
        for phrase in self.phrases:
            out.setdefault(phrase[0], set()).add(len(phrase))
        return {word: tuple(sorted(ns, reverse=True)) for word, ns in out.items()}

    def match_at(self, words: list[str], i: int) -> tuple[int, str, str] | None:
        """The longest title term starting at ``words[i]``: (length, role, entry id)."""
        for n in self.lengths_by_first.get(words[i], ()):
            if i + n > len(words):
                continue
            hit = self.phrases.get(tuple(words[i : i + n]))
            if hit is not None:
                return n, hit[0], hit[1]
        return None


@dataclass(frozen=True)
class PersonLexicon:
    """The word classes of ``patterns/persons.jsonl`` and the titles of ``titles.jsonl``."""

    stop: frozenset[str]  # with the verbs, honorifics and role nouns
    common: frozenset[str]  # function words (spaCy's stop words and person_function_word)
    verbs: frozenset[str]  # speech, caption and headline verbs
    demonyms: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]  # case-sensitive: "Jr.", "III"
    honorifics: frozenset[str]
    role_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    speech_before: frozenset[tuple[str, ...]]
    caption_verbs: frozenset[str]
    byline_cues: frozenset[str]
    copulas: frozenset[tuple[str, ...]]
    alias_cues: frozenset[tuple[str, ...]]
    place_prepositions: frozenset[str]
    group_nouns: frozenset[str]
    vessel_words: frozenset[str]  # a name after these names a ship: "Cutter Kathleen Moore"
    connectors: frozenset[str]  # words inside a title's complement ("of", "the", "de")
    openers: frozenset[str]  # words that open a complement after a head ("to", "for")
    determiners: frozenset[str]
    name_of: frozenset[str]  # "of" between a place word and a name ("Port of Prince Rupert")
    titles: TitleEntryIndex
    given_names: frozenset[str] = frozenset()  # lowercase, from patterns/given_names.jsonl
    bound_titles: frozenset[str] = frozenset()  # titles naming a person only with a complement
    place_prefixes: frozenset[str] = frozenset()  # "Los", "San": the next word is a place's
    #: Stop words that end a name after two name words ("Nguyen Van Can", "Tran Van Do").
    name_stop_words: frozenset[str] = frozenset()
    #: Middle names that never start a name after a name word ("Pham Van Dong").
    middle_names: frozenset[str] = frozenset()

    @functools.cached_property
    def kind_memo(self) -> dict[str, str]:
        """Memo of ``persons.view.word_kind`` (a token's kind depends on its text alone)."""
        return {}

    def is_given_name(self, word: str) -> bool:
        """True when ``word`` is a given name of ``patterns/given_names.jsonl``."""
        return len(word) >= 2 and word[:1].isalpha() and word.lower() in self.given_names

    @classmethod
    def from_kb(cls, kb: KnowledgeBase, make_doc: MakeDoc | None = None) -> PersonLexicon:
        """Build the lexicon from a loaded knowledge base; ``make_doc`` tokenizes its phrases
        (the pipeline passes its own: building a second tokenizer costs ~0.3 s of start-up)."""

        def phrase(text: str) -> tuple[str, ...]:
            return phrase_tokens(text, make_doc)

        def folded(word_class: str) -> frozenset[str]:
            return frozenset(fold(t) for t in kb.terms(word_class))

        phrases: dict[tuple[str, ...], tuple[str, str]] = {}
        for role in TITLE_ROLES:  # earlier roles win on identical phrases
            for entry in kb.titles:
                if entry.role != role:
                    continue
                for term in entry.terms:
                    phrases.setdefault(phrase(term), (role, entry.id))
        demonyms = frozenset(fold(d) for c in kb.countries.values() for d in c.demonyms)
        return cls(
            stop=folded("person_stop")
            | folded("person_function_word")
            | frozenset(STOP_WORDS)
            | folded("person_headline_verb")
            | folded("person_speech_verb")
            | folded("person_caption_verb")
            | folded("person_honorific")
            | folded("person_role_noun")
            | folded("person_vessel_word"),
            common=frozenset(STOP_WORDS) | folded("person_function_word"),
            verbs=folded("person_headline_verb")
            | folded("person_speech_verb")
            | folded("person_caption_verb"),
            demonyms=demonyms,
            particles=kb.terms("person_particle"),
            suffixes=kb.terms("person_suffix"),
            honorifics=folded("person_honorific"),
            role_nouns=folded("person_role_noun"),
            speech_verbs=folded("person_speech_verb"),
            speech_before=frozenset(phrase(t) for t in kb.terms("person_speech_before")),
            caption_verbs=folded("person_caption_verb"),
            byline_cues=folded("person_byline_cue"),
            copulas=frozenset(phrase(t) for t in kb.terms("person_copula")),
            alias_cues=frozenset(phrase(t) for t in kb.terms("person_alias_cue")),
            place_prepositions=folded("person_place_preposition"),
            group_nouns=folded("person_group_noun"),
            given_names=kb.terms("given_name"),
            vessel_words=folded("person_vessel_word"),
            connectors=folded("person_title_connector"),
            openers=folded("person_complement_opener"),
            determiners=folded("person_determiner"),
            name_of=folded("person_name_of"),
            bound_titles=folded("person_bound_title"),
            place_prefixes=folded("person_place_prefix"),
            name_stop_words=kb.terms("person_name_stop_word"),
            middle_names=kb.terms("person_middle_name"),
            titles=TitleEntryIndex(phrases, max((len(p) for p in phrases), default=1)),
        )


@functools.lru_cache(maxsize=4)
def default_lexicon() -> PersonLexicon:
    """The lexicon of the bundled knowledge base."""
    return PersonLexicon.from_kb(load_kb())
