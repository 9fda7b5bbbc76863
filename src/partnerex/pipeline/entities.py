"""``partnerex_entities``: PROGRAM, AGREEMENT, ORG and COUNTRY candidates.

Three sources, all from ``patterns/``:

1. the knowledge base through spaCy's ``PhraseMatcher``: program and agreement names
   case-insensitively, organization names and every acronym case-sensitively, country
   names from pycountry plus the aliases and demonyms of ``countries.jsonl``; country
   look-alikes ("New Mexico", "Latin American") block the country inside them;
2. name rules over word classes for names the knowledge base lacks (``name_rules``);
3. acronyms defined in the text ("Joint Work Plan (JWP)"), linked to their long form.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from partnerex.normalize.countries import country_surface_forms
from partnerex.pipeline.acronyms import (
    find_definitions,
    initials_cover,
    looks_like_acronym,
    positions,
)
from partnerex.pipeline.base import KBComponent
from partnerex.pipeline.name_rules import NameRules, Tokens, program_id
from partnerex.pipeline.state import add_candidate, doc_words

Candidate = tuple[int, int, str, str | None, str]
_LINKABLE = frozenset({"ORG", "PROGRAM", "AGREEMENT"})
_POSSESSIVES = frozenset({"'s", "’s"})
_GENERIC_TAIL = frozenset({"program", "programs", "programme", "programmes"})
#: Lower-case nouns that make the name before them a program.
_PROGRAM_NOUNS = frozenset({"program", "programme", "initiative"})
#: Endings of a program name that names its members ("Operator", "Trader", "Partner").
_PERSON_NOUN_ENDINGS = ("tor", "der", "ner", "ter")


def _capitalized_plural(form: str) -> str | None:
    """The plural of a Title Case name of two words or more whose last word is a person
    noun ("Authorized Economic Operator" -> "Authorized Economic Operators"); ``None``
    otherwise."""
    words = form.split()
    last = words[-1]
    if (
        len(words) < 2
        or not all(w[:1].isupper() for w in words if w.isalpha() and len(w) > 3)
        or not last.isalpha()
        or not last.endswith(_PERSON_NOUN_ENDINGS)
    ):
        return None
    return f"{form}s"


class EntityFinder(KBComponent):
    """Gazetteer, name rules and acronym links for PROGRAM, AGREEMENT, ORG and COUNTRY."""

    def setup(self) -> None:
        vocab = self.nlp.vocab
        self.by_lower = PhraseMatcher(vocab, attr="LOWER")
        self.by_orth = PhraseMatcher(vocab, attr="ORTH")
        self.blockers = PhraseMatcher(vocab, attr="ORTH")
        self.keys: dict[int, tuple[str, str | None, str]] = {}
        for label, entries in (
            ("PROGRAM", self.kb.programs),
            ("AGREEMENT", self.kb.agreement_types),
            ("ORG", self.kb.organizations),
        ):
            for entry in entries.values():
                norm = entry.id if getattr(entry, "linked", True) else None
                for form, case_sensitive in entry.surface_forms():
                    exact = case_sensitive or label == "ORG"
                    kind = "acronym" if form in entry.acronyms else "name"
                    self._add(label, norm, f"{label.lower()}:{entry.id}:{kind}", form, exact)
                    plural = _capitalized_plural(form) if label == "PROGRAM" else None
                    if plural and kind == "name":
                        # "Authorised Economic Operators": the program's members by its name
                        self._add(label, norm, f"program:{entry.id}:plural", plural, True)
        for code, form, kind in country_surface_forms(self.kb):
            self._add("COUNTRY", code, f"country:{code}:{kind}", form, True)
        places = sorted(self.kb.terms("place_not_country"))
        self.blockers.add("place", [self.nlp.make_doc(p) for p in places])
        self.rules = NameRules(self.kb)

    def _add(self, label: str, norm: str | None, pattern: str, form: str, exact: bool) -> None:
        key = f"{label}|{norm}|{pattern}"
        self.keys[self.nlp.vocab.strings.add(key)] = (label, norm, pattern)
        (self.by_orth if exact else self.by_lower).add(key, [self.nlp.make_doc(form)])

    def gazetteer(self, doc: Doc) -> list[Candidate]:
        """Knowledge-base matches, without countries inside country look-alikes."""
        blocked = {i for _, s, e in self.blockers(doc) for i in range(s, e)}
        found: list[Candidate] = []
        words = doc_words(doc)
        for matcher in (self.by_lower, self.by_orth):
            for key_id, start, end in matcher(doc):
                label, norm, pattern = self.keys[key_id]
                if label == "COUNTRY" and any(i in blocked for i in range(start, end)):
                    continue
                tail = words[end - 1]
                if label == "PROGRAM" and end - start > 1 and tail in _GENERIC_TAIL:
                    end -= 1  # "the Global Entry program": the name is "Global Entry"
                found.append((start, end, label, norm, pattern))
        return found

    def __call__(self, doc: Doc) -> Doc:
        found = self.gazetteer(doc)
        known = {(s, e): (label, norm) for s, e, label, norm, _ in found if label in _LINKABLE}
        countries = frozenset(
            i for s, e, label, *_ in found if label == "COUNTRY" for i in range(s, e)
        )
        kb_orgs = [(s, e) for s, e, label, *_ in found if label == "ORG"]
        kb_programs = [s for s, _, label, *_ in found if label == "PROGRAM"]
        country_extents = {(s, e) for s, e, label, *_ in found if label == "COUNTRY"}
        t = Tokens.of(doc)
        for start, end, label, norm, pattern in self.rules.find(doc, countries):
            if label == "AGREEMENT":
                if any(start < s < end and t.words[s - 1].islower() for s in kb_programs):
                    # "Declaration of Principles on the Container Security Initiative": the
                    # type and the program (but "Amended Preclearance Agreement" is one)
                    continue
                norm = (
                    self._agreement_type(found, start, end)
                    or self._agreement_cue(t, start, end)
                    or norm
                )
            if label == "ORG":
                if (start, end) in country_extents:
                    continue  # "Russian Federation" is the country
                start, end = self._around_known_orgs(t, kb_orgs, countries, start, end)
                if start is not None and self._describes_known(t, kb_orgs, start, end):
                    continue
            elif label == "PROGRAM":
                start, end = self._around_known_orgs(
                    t, kb_orgs, frozenset(), start, end, strict=False
                )
                if start is not None and any(
                    lab == "PROGRAM" and e == end and s > start for s, e, lab, *_ in found
                ):
                    continue  # a known program's name ends it: that name is the program
                if start is not None:
                    norm = self._known_program(known, t, start, end) or norm
            if start is None:
                continue
            if (start, end) in known and known[(start, end)][0] == label:
                continue
            found.append((start, end, label, norm, pattern))
        found.extend(self._named_instruments(t, found, countries))
        found = [self._as_program(t, c) for c in found]
        found.extend(self._acronyms(t.words, found))
        for start, end, label, norm, pattern in found:
            add_candidate(doc, start, end, label, norm, pattern)
        return doc

    def _around_known_orgs(
        self,
        t: Tokens,
        kb_orgs: list[tuple[int, int]],
        countries: frozenset[int],
        start: int,
        end: int,
        strict: bool = True,
    ) -> tuple[int | None, int]:
        """The extent of a rule name given the knowledge-base ORGs it touches.

        A rule name never crosses a known name's boundary: one that begins inside it starts
        after it; an ORG that ends inside it takes it whole ("Brazil's Customs Authority
        Receita Federal").

        A known organization at its start stays inside an ORG (a sub-unit: "ICE Academy",
        "DHS Press Office") but not a PROGRAM ("World Customs Organization SAFE Framework"
        -> "SAFE Framework"); a known name at its end absorbs only organization words or
        countries ("Ramey Border Patrol" -> None, keep "Border Patrol").
        """
        vocab = self.rules.words.org_vocab
        for s, e in kb_orgs:
            if s < start < e < end:
                start = e  # the rule began inside a known name: start after it
            elif strict and s == start and e + 1 < end and t.words[e] in _POSSESSIVES:
                start = e + 1  # "U.S. Customs Service's Office of Investigations": two names
            elif strict and start < s < end < e:
                end = e  # the known name finishes the rule's name
            elif s == start and e < end and not strict:
                start = e
            elif strict and start < s and e == end:
                extra = range(start, s)
                if not all(t.words[i] in vocab or i in countries or t.punct[i] for i in extra):
                    return None, end
        while start < end and t.punct[start]:
            start += 1
        return (start if end - start >= 2 else None), end

    def _as_program(self, t: Tokens, candidate: Candidate) -> Candidate:
        """A rule-found name that the text calls a program is a PROGRAM: "HSI's
        Transnational Criminal Investigative Unit (TCIU) program", "The Korea Immigration
        Smart Service, that country's trusted traveler program"."""
        start, end, label, norm, pattern = candidate
        if label != "ORG" or norm is not None or not pattern.startswith("org:rule"):
            return candidate
        heads = _PROGRAM_NOUNS
        i = end
        words = t.words
        defined = i + 2 < len(t) and words[i] == "(" and words[i + 2] == ")"
        if defined:
            i += 3  # "(TCIU)"
        vocab = self.rules.org_words
        if not defined and end - start < 3 and all(words[k] in vocab for k in range(start, end)):
            return candidate  # "the foreign Customs Administration program" is generic
        if i < len(t) and words[i] in heads:
            return self._program(t, start, end)
        if i < len(t) and words[i] == ",":
            for k in range(i + 1, min(i + 8, len(t))):
                if words[k] in heads:
                    return self._program(t, start, end)
                if t.punct[k] or t.sent_start[k]:
                    break
        return candidate

    def _describes_known(
        self, t: Tokens, kb_orgs: list[tuple[int, int]], start: int, end: int
    ) -> bool:
        """Organization words right before a known name describe it: "Brazil's Customs
        Authority Receita Federal" names Receita Federal only."""
        vocab = self.rules.org_words
        return any(s == end for s, _ in kb_orgs) and all(
            t.words[k] in vocab for k in range(start, end)
        )

    def _known_program(
        self, known: dict[tuple[int, int], tuple[str, str | None]], t: Tokens, start: int, end: int
    ) -> str | None:
        """The id of a known program named before the rule's head word: "Authorized Economic
        Operator Programme" is ``aeo``, not a new ``x:`` program."""
        if t.words[end - 1] not in self.rules.words.program_heads:
            return None
        value = known.get((start, end - 1))
        return value[1] if value and value[0] == "PROGRAM" else None

    @staticmethod
    def _program(t: Tokens, start: int, end: int) -> Candidate:
        return start, end, "PROGRAM", program_id(t.span_text(start, end)), "program:rule:called"

    def _named_instruments(
        self, t: Tokens, found: list[Candidate], countries: frozenset[int]
    ) -> list[Candidate]:
        """A known instrument type followed by its subject, the instrument's full name:
        "Memorandum of Understanding on the Exchange of Information"."""
        out: list[Candidate] = []
        programs = [s for s, _, label, norm, pattern in found if label == "PROGRAM"]
        for start, end, label, norm, pattern in found:
            if label != "AGREEMENT" or not pattern.endswith(":name"):
                continue
            tail = self.rules._instrument_tail(t, end, len(t), countries)
            if any(end < s < tail for s in programs):
                continue  # "Declaration of Principles on the Container Security Initiative"
            if tail > end + 1:
                out.append((start, tail, label, norm, f"agreement:{norm}:named"))
        return out

    def _agreement_cue(self, t: Tokens, start: int, end: int) -> str | None:
        """The type that a cue phrase inside an instrument's name gives it ("Agreement on
        Customs Co-operation and Mutual Assistance in Customs Matters" is a ``cmaa``)."""
        text = f" {t.span_text(start, end).lower()} "
        for cue, value in self.kb.values("agreement_type_cue").items():
            if f" {cue} " in text:
                return value
        return None

    @staticmethod
    def _agreement_type(found: list[Candidate], start: int, end: int) -> str | None:
        """The type of the longest knowledge-base agreement name inside the rule's name
        ("Amended Preclearance Agreement", "Action Plan for 2011")."""
        inside = [
            (e - s, norm)
            for s, e, label, norm, _ in found
            if label == "AGREEMENT" and start <= s and e <= end
        ]
        return max(inside)[1] if inside else None

    def _acronyms(self, words: list[str], found: list[Candidate]) -> list[Candidate]:
        """Acronyms defined after a candidate's long form, and their other mentions."""
        by_extent = {(s, e): (label, norm) for s, e, label, norm, _ in found if label in _LINKABLE}
        covered = {s for s, e, *_ in found if e - s == 1}
        links: dict[str, tuple[str, str | None]] = {}
        for long_start, long_end, index in find_definitions(words):
            for (s, e), value in by_extent.items():
                if e == long_end and s <= long_start + 1:
                    links.setdefault(words[index], value)
                    break
        for (s, e), value in by_extent.items():
            # An acronym right after an organization's name, even one whose letters come
            # from another language: "General Directorate of Customs (DGA)"; after an
            # instrument or program when its letters are initials of the name, in any
            # order: "Agreement on Co-operation ... in Customs Matters (CCMAA)".
            if (
                (value[0] == "ORG" or initials_cover(words[e + 1 : e + 2], words[s:e]))
                and e + 2 < len(words)
                and words[e] == "("
                and words[e + 2] == ")"
                and words[e + 1].isupper()
                and e + 1 not in covered
                and looks_like_acronym(words[e + 1])
            ):
                links.setdefault(words[e + 1], value)
        out: list[Candidate] = []
        for word, (label, norm) in links.items():
            if not looks_like_acronym(word):
                continue
            pattern = f"{label.lower()}:acronym:defined"
            out.extend(
                (i, i + 1, label, norm, pattern) for i in positions(words, word) if i not in covered
            )
        return out


@Language.factory("partnerex_entities", default_config={"patterns": None})
def make_entities(nlp: Language, name: str, patterns: str | None) -> EntityFinder:
    """Find programs, agreement types, organizations and countries."""
    return EntityFinder(nlp, name, patterns)
