"""Find person names without a statistical model: name-shaped runs confirmed by context.

Pass 1 accepts a run of name-shaped tokens (:func:`partnerex.persons.view.name_runs`) when
its context says it is a person: a title or honorific before it, a speech verb, a title in
apposition, an alias cue, a caption verb or byline cue with a known given name, a
coordination with an accepted name, "the NAME administration", or the shape of a full name
(given name first, or a middle initial). Pass 2 finds the other mentions of accepted full
names in the document: the full name again, or the surname alone ("said Commissioner
Magnus", "Magnus’ first visit").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from partnerex.persons.context import (
    OPEN_QUOTES,
    next_word,
    phrase_at,
    phrase_ending_at,
    prev_word,
    title_after,
    title_cue_before,
)
from partnerex.persons.lexicon import PersonLexicon
from partnerex.persons.view import DocView, name_runs


@dataclass(frozen=True)
class PersonMatch:
    """A person name over tokens ``[start, end)`` and the rule that found it."""

    start: int
    end: int
    rule: str


def _name_pieces(view: DocView, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of a run as (start, end, folded text), hyphenated pieces glued."""
    out: list[tuple[int, int, str]] = []
    i = start
    while i < end:
        if view.kinds[i] == "H" and out and i + 1 < end:
            first, _, text = out[-1]
            out[-1] = (first, i + 2, f"{text}-{view.folded[i + 1]}")
            i += 2
            continue
        if view.kinds[i] in "WCIPLZ":
            out.append((i, i + 1, view.folded[i]))
        i += 1
    return out


def _name_tokens(view: DocView, start: int, end: int) -> list[str]:
    """The folded words of a run, hyphenated pieces glued."""
    return [text for _, _, text in _name_pieces(view, start, end)]


def _word_count(view: DocView, start: int, end: int) -> int:
    return sum(1 for t in _name_tokens(view, start, end) if not t.endswith("."))


def _given_name_first(view: DocView, start: int, end: int, lex: PersonLexicon) -> bool:
    """A known given name first, or a family name before a middle name and a given name
    ("Pham Van Dong", "Nguyen Thi An")."""
    first = view.words[start]
    if view.kinds[start] != "W":
        return False
    if lex.is_given_name(first.split("-")[0]):
        return True
    return (
        end - start == 3
        and view.words[start + 1] in lex.middle_names
        and view.kinds[start + 2] == "W"
    )


def _part_of_longer_name(view: DocView, end: int, lex: PersonLexicon) -> bool:
    """A capitalized stop word right after the run ("Ronald Reagan Building")."""
    j = end
    if j < len(view) and view.words[j] in {"’s", "'s", "’", "'"}:
        j += 1  # "Prince George’s County"
    return (
        j < len(view)
        and view.kinds[j] in "OTE"
        and view.words[j][:1].isupper()
        and view.words[j].isalpha()
        and view.folded[j] not in lex.verbs
        and view.folded[j] not in lex.common
    )


def _after_name_word(view: DocView, start: int, lex: PersonLexicon) -> bool:
    """A capitalized content word right before the run, maybe through "of" ("Coast Guard
    Cutter Oliver Berry", "the Port of Prince Rupert")."""
    p = start - 1
    if p < 0 or view.sent_start[start]:
        return False
    if view.folded[p] in lex.name_of and p > 0:
        p -= 1  # "the Port of Prince Rupert", "Ciudad de Juan Aldama"
    word = view.words[p]
    return (
        view.kinds[p] in "OET"
        and word[:1].isupper()
        and word.isalpha()
        and view.folded[p] not in lex.common
    )


def _split_after_complement(view: DocView, start: int, end: int, lex: PersonLexicon) -> int:
    """Where the name starts in a run that may begin with complement words (the end of a
    place name after "Los", "San": "Consul General in Los Angeles Marcela Celorio")."""
    p = prev_word(view, start)
    if p >= 0 and view.words[p][:1].isupper() and view.folded[p] in lex.place_prefixes:
        pieces = _name_pieces(view, start, end)
        if len(pieces) >= 3:
            start = pieces[1][0]
    if _word_count(view, start, end) < 3:
        return start
    for i in range(start, end - 1):
        if (
            view.kinds[i] == "W"
            and lex.is_given_name(view.words[i])
            and not (i > start and view.words[i] in lex.middle_names)
        ):
            return i  # but "Pham Van Dong": "Van" is a middle name there
        if view.kinds[i + 1] == "I" and i > start:
            return i
    if _word_count(view, start, end) > 4:
        return max(start, end - 2)
    return start


@dataclass(frozen=True)
class Run:
    """A name-shaped run with the facts the rules look at."""

    view: DocView
    lex: PersonLexicon
    start: int
    end: int
    words: int  # name words, initials not counted
    prev: int  # the non-space token before the run (-1 when none)
    next: int  # the non-space token after the run (len when none)
    given: bool  # starts with a known given name
    initial: bool  # has a middle initial ("Troy A. Miller")
    caps: bool  # written in capitals
    longer: bool  # continues into a longer capitalized name ("Ronald Reagan Building")

    @classmethod
    def at(cls, view: DocView, lex: PersonLexicon, start: int, end: int) -> Run:
        return cls(
            view=view,
            lex=lex,
            start=start,
            end=end,
            words=_word_count(view, start, end),
            prev=prev_word(view, start),
            next=next_word(view, end),
            given=_given_name_first(view, start, end, lex),
            initial="I" in view.kinds[start + 1 : end] and view.kinds[start] in "WI",
            caps="C" in view.kinds[start:end],
            longer=_part_of_longer_name(view, end, lex),
        )

    def prev_in(self, words: frozenset[str]) -> bool:
        return self.prev >= 0 and self.view.folded[self.prev] in words

    def next_in(self, words: frozenset[str]) -> bool:
        return self.next < len(self.view) and self.view.folded[self.next] in words


#: A rule returns (rule id, start of the name) when it accepts the run.
Rule = Callable[[Run], "tuple[str, int] | None"]


def _rule_title(run: Run) -> tuple[str, int] | None:
    """A title or honorific before the name, directly, through a complement or a comma."""
    cue = title_cue_before(run.view, run.start, run.lex)
    if cue is None:
        return None
    how = cue[0]
    if how == "honorific" or (how == "title" and not run.longer):
        return f"person:{how}", run.start
    if how == "complement":
        start = _split_after_complement(run.view, run.start, run.end, run.lex)
        enough = _word_count(run.view, start, run.end) >= 2
        if enough and run.view.kinds[start] != "C" and not run.longer:
            return "person:title_complement", start
    if how == "comma" and run.words >= 2 and not _list_item(run):
        return "person:title_comma", run.start
    return None


def _list_item(run: Run) -> bool:
    """A run inside a list of portfolios after a title and a comma ("Minister of Public
    Safety, Democratic Institutions and Intergovernmental Affairs"): no given name nor
    initial, and "and" or "," then a capitalized word that starts no title nor given name."""
    view, lex = run.view, run.lex
    if run.given or run.initial or run.next >= len(view):
        return False
    if view.folded[run.next] not in ("and", ","):
        return False
    k = next_word(view, run.next + 1)
    if k >= len(view) or view.kinds[k] not in "WO" or not view.words[k][:1].isupper():
        return False
    return view.title_role[k] is None and not lex.is_given_name(view.words[k])


def _rule_role(run: Run) -> tuple[str, int] | None:
    """A role noun before a full name: "Defendant Jose Luis Garcia-Lopez"."""
    if run.words >= 2 and run.prev_in(run.lex.role_nouns):
        return "person:role", run.start
    return None


def _rule_speech(run: Run) -> tuple[str, int] | None:
    """ "said NAME", "according to NAME", "NAME said" (the last with a given name or initial)."""
    view, lex = run.view, run.lex
    before = run.prev_in(lex.speech_verbs) or (
        run.prev >= 0 and phrase_ending_at(view, run.prev, lex.speech_before)
    )
    if before and run.words >= 2 and not run.longer:
        return "person:speech", run.start
    if run.next_in(lex.speech_verbs) and run.words >= 2 and (run.given or run.initial):
        return "person:speech", run.start
    return None


def _rule_alias(run: Run) -> tuple[str, int] | None:
    """ 'a/k/a "Sofoco"' and 'NAME, a/k/a ...'."""
    view, lex = run.view, run.lex
    p = prev_word(view, run.prev) if run.prev >= 0 and view.words[run.prev] in OPEN_QUOTES else run.prev
    if p >= 0 and phrase_ending_at(view, p, lex.alias_cues):
        return "person:alias", run.start
    n = run.next
    if n + 1 < len(view) and view.words[n] == "," and phrase_at(view, next_word(view, n + 1), lex.alias_cues):
        return "person:alias", run.start
    return None


def _rule_apposition(run: Run) -> tuple[str, int] | None:
    """A title in apposition: "Jaime Borgiani, Director General for ...", "X is the ..."."""
    if (run.words >= 2 or run.given) and title_after(run.view, run.end, run.lex) is not None:
        return "person:apposition", run.start
    return None


def _rule_byline(run: Run) -> tuple[str, int] | None:
    """ "By NAME", "Photo Credit: NAME", "Contact: NAME" with a given name."""
    if run.caps or run.words < 2 or not run.given:
        return None
    p = run.prev
    if p >= 0 and run.view.words[p] == ":":
        p = prev_word(run.view, p)
    if p >= 0 and run.view.folded[p] in run.lex.byline_cues:
        return "person:byline", run.start
    return None


def _rule_initial(run: Run) -> tuple[str, int] | None:
    """A full name with a middle initial: "Peter S. Vincen"."""
    if not run.caps and run.words >= 2 and run.initial:
        return "person:initial", run.start
    return None


def _rule_caption(run: Run) -> tuple[str, int] | None:
    """ "Mark Koumans signs ...", outside headings."""
    if run.caps or run.view.headline[run.start]:
        return None
    if run.words >= 2 and run.given and run.next_in(run.lex.caption_verbs):
        return "person:caption", run.start
    return None


def _rule_group(run: Run) -> tuple[str, int] | None:
    """ "the Obama administration"."""
    if run.caps or run.view.headline[run.start] or run.words > 3:
        return None
    if run.prev >= 0 and run.view.folded[run.prev] == "the" and run.next_in(run.lex.group_nouns):
        return "person:group", run.start
    return None


def _rule_shape(run: Run) -> tuple[str, int] | None:
    """Two to four words led by a known given name, in running text, standing alone."""
    if run.caps or run.view.headline[run.start] or run.longer:
        return None
    if run.prev_in(run.lex.determiners) or _after_name_word(run.view, run.start, run.lex):
        return None
    if 2 <= run.words <= 4 and run.given:
        return "person:shape", run.start
    return None


#: Rules in order of strength: the first that accepts a run names it.
RULES: tuple[Rule, ...] = (
    _rule_title,
    _rule_role,
    _rule_speech,
    _rule_alias,
    _rule_apposition,
    _rule_byline,
    _rule_initial,
    _rule_caption,
    _rule_group,
    _rule_shape,
)


def _context_rule(view: DocView, start: int, end: int, lex: PersonLexicon) -> tuple[str, int] | None:
    """The first rule that accepts the run (and the name's start), or None."""
    run = Run.at(view, lex, start, end)
    if run.prev_in(lex.vessel_words):
        return None
    for rule in RULES:
        found = rule(run)
        if found is not None:
            return found
    # Sentence-initial capitals prove nothing: "Separately Maria Lopez said ...".
    if view.sent_start[start] and not run.given and run.words >= 3:
        nxt = _name_pieces(view, start, end)[1][0]
        if view.kinds[nxt] == "W" and lex.is_given_name(view.words[nxt]):
            return _context_rule(view, nxt, end, lex)
    return None


def _coordinated(
    view: DocView, runs: list[tuple[int, int]], accepted: dict[int, PersonMatch]
) -> list[PersonMatch]:
    """Runs joined by "and" or "," to an accepted name ("Vela and Garamendi")."""
    found: list[PersonMatch] = []
    changed = True
    while changed:
        changed = False
        for idx, (start, end) in enumerate(runs):
            if start in accepted or view.kinds[start] == "C":
                continue
            words = _word_count(view, start, end)
            for other in (idx - 1, idx + 1):
                if not 0 <= other < len(runs) or runs[other][0] not in accepted:
                    continue
                o_start, o_end = runs[other]
                gap = (
                    view.folded[o_end:start] if other < idx else view.folded[end:o_start]
                )
                gap = [g for g in gap if g.strip()]
                if gap not in (["and"], [","], [",", "and"]):
                    continue
                o_words = _word_count(view, o_start, o_end)
                if words >= 2 or o_words == 1:
                    match = PersonMatch(start, end, "person:coordination")
                    accepted[start] = match
                    found.append(match)
                    changed = True
                    break
    return found


def _propagate(
    view: DocView, runs: list[tuple[int, int]], accepted: dict[int, PersonMatch]
) -> None:
    """Other mentions of accepted full names: the full name, or its surname alone."""
    full: set[tuple[str, ...]] = set()
    surnames: set[str] = set()
    for m in accepted.values():
        toks = tuple(_name_tokens(view, m.start, m.end))
        if len([t for t in toks if not t.endswith(".")]) >= 2:
            full.add(toks)
            surnames.add(toks[-1])
    if not surnames:
        return
    for start, end in runs:
        toks = _name_tokens(view, start, end)
        if not toks:
            continue
        current = accepted.get(start)
        if current is not None:
            # Cut a headline run after a known surname ("Commissioner Magnus Shares ...").
            if (
                tuple(toks) not in full
                and len(toks) > 1
                and toks[0] in surnames
                and not any(f[0] == toks[0] for f in full)
            ):
                first_end = _name_pieces(view, start, end)[0][1]
                accepted[start] = PersonMatch(current.start, first_end, current.rule)
            continue
        pieces = _name_pieces(view, start, end)
        if any(f[len(f) - len(toks) :] == tuple(toks) for f in full):
            accepted[start] = PersonMatch(start, end, "person:repeat")
        elif toks[0] in surnames and not any(f[0] == toks[0] for f in full):
            accepted[start] = PersonMatch(start, pieces[0][1], "person:surname")
        elif toks[-1] in surnames:
            accepted[start] = PersonMatch(pieces[-1][0], end, "person:surname")


#: Rules strong enough to keep a name that the document also uses as a place.
PLACE_PROOF = frozenset(
    {"person:honorific", "person:speech", "person:alias", "person:apposition", "person:byline"}
)


def _drop_places(
    view: DocView,
    runs: list[tuple[int, int]],
    accepted: dict[int, PersonMatch],
    lex: PersonLexicon,
) -> None:
    """Forget names the document also uses as places ("a Customs Academy in Abu Dhabi")."""
    places = set()
    for start, end in runs:
        proven = accepted.get(start)
        if proven is not None and proven.rule in PLACE_PROOF:
            continue
        p = prev_word(view, start)
        if p >= 0 and view.folded[p] in lex.place_prepositions:
            places.add(tuple(_name_tokens(view, start, end)))
    for key, match in list(accepted.items()):
        if match.rule in PLACE_PROOF:
            continue
        if tuple(_name_tokens(view, match.start, match.end)) in places:
            del accepted[key]


def find_persons(view: DocView, lex: PersonLexicon) -> list[PersonMatch]:
    """Every person name of the document, in text order."""
    runs = name_runs(view)
    accepted: dict[int, PersonMatch] = {}
    for start, end in runs:
        rule = _context_rule(view, start, end, lex)
        if rule is not None:
            name, new_start = rule
            accepted[start] = PersonMatch(new_start, end, name)
    _drop_places(view, runs, accepted, lex)
    _coordinated(view, runs, accepted)
    _propagate(view, runs, accepted)
    return sorted(accepted.values(), key=lambda m: m.start)

