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

from dataclasses import dataclass

from partnerex.persons.context import (
    OPEN_QUOTES,
    next_word,
    phrase_at,
    phrase_ending_at,
    prev_word,
    title_after,
    title_before,
)
from partnerex.persons.lexicon import PersonLexicon, fold, is_first_name
from partnerex.persons.view import DocView, name_runs

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "our", "their"})


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
        if view.kinds[i] in "WCIPL":
            out.append((i, i + 1, view.folded[i]))
        i += 1
    return out


def _name_tokens(view: DocView, start: int, end: int) -> list[str]:
    """The folded words of a run, hyphenated pieces glued."""
    return [text for _, _, text in _name_pieces(view, start, end)]


def _word_count(view: DocView, start: int, end: int) -> int:
    return sum(1 for t in _name_tokens(view, start, end) if not t.endswith("."))


def _given_name_first(view: DocView, start: int, end: int) -> bool:
    first = view.words[start]
    return view.kinds[start] == "W" and is_first_name(first.split("-")[0])


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
    if view.folded[p] in {"of", "de", "del"} and p > 0:
        p -= 1  # "the Port of Prince Rupert", "Ciudad de Juan Aldama"
    word = view.words[p]
    return (
        view.kinds[p] in "OET"
        and word[:1].isupper()
        and word.isalpha()
        and view.folded[p] not in lex.common
    )


def _split_after_complement(view: DocView, start: int, end: int) -> int:
    """Where the name starts in a run that may begin with complement words."""
    if _word_count(view, start, end) < 3:
        return start
    for i in range(start, end - 1):
        if view.kinds[i] == "W" and is_first_name(view.words[i]):
            return i
        if view.kinds[i + 1] == "I" and i > start:
            return i
    if _word_count(view, start, end) > 4:
        return max(start, end - 2)
    return start


def _context_rule(view: DocView, start: int, end: int, lex: PersonLexicon) -> tuple[str, int] | None:
    """The rule that accepts the run (and possibly a later start), or None."""
    words = _word_count(view, start, end)
    caps = view.kinds[start] == "C" or (view.kinds[start] == "I" and "C" in view.kinds[start:end])
    before = title_before(view, start, lex)
    if before is not None:
        how = before[0]
        if how == "honorific" or (how == "title" and not _part_of_longer_name(view, end, lex)):
            return f"person:{how}", start
        if how == "complement":
            new_start = _split_after_complement(view, start, end)
            if (
                _word_count(view, new_start, end) >= 2
                and view.kinds[new_start] != "C"
                and not _part_of_longer_name(view, end, lex)
            ):
                return "person:title_complement", new_start
            return None
        if how == "comma" and words >= 2:
            return "person:title_comma", start
    p = prev_word(view, start)
    nxt = next_word(view, end)
    if p >= 0 and view.folded[p] in lex.role_nouns and words >= 2:
        return "person:role", start
    longer = _part_of_longer_name(view, end, lex)
    speech_before = p >= 0 and (
        view.folded[p] in lex.speech_verbs or phrase_ending_at(view, p, lex.speech_before)
    )
    if speech_before and words >= 2 and not longer:
        return "person:speech", start
    given = _given_name_first(view, start, end)
    initial = "I" in view.kinds[start + 1 : end] and view.kinds[start] in "WI"
    if (
        nxt < len(view)
        and view.folded[nxt] in lex.speech_verbs
        and words >= 2
        and (given or initial)
    ):
        return "person:speech", start
    q = prev_word(view, p) if p >= 0 and view.words[p] in OPEN_QUOTES else p
    if q >= 0 and phrase_ending_at(view, q, lex.alias_cues):
        return "person:alias", start
    after = title_after(view, end, lex)
    if after is not None and (words >= 2 or _given_name_first(view, start, end)):
        return "person:apposition", start
    if (
        nxt + 1 < len(view)
        and view.words[nxt] == ","
        and phrase_at(view, next_word(view, nxt + 1), lex.alias_cues)
    ):
        return "person:alias", start
    if caps:
        return None
    if words >= 2 and given and _after_byline(view, p, lex):
        return "person:byline", start
    if words >= 2 and initial:
        return "person:initial", start
    if view.headline[start]:
        return None
    if words >= 2 and given and nxt < len(view) and view.folded[nxt] in lex.caption_verbs:
        return "person:caption", start
    if (
        p >= 0
        and view.folded[p] == "the"
        and nxt < len(view)
        and view.folded[nxt] in lex.group_nouns
        and words <= 3
    ):
        return "person:group", start
    determiner = p >= 0 and view.folded[p] in DETERMINERS
    if longer or determiner or _after_name_word(view, start, lex):
        return None
    if 2 <= words <= 4 and given:
        return "person:shape", start
    return None


def _after_byline(view: DocView, p: int, lex: PersonLexicon) -> bool:
    """The run follows a byline cue: "By", "Photo by", "Photo Credit:", "Contact:"."""
    if p >= 0 and view.words[p] == ":":
        p = prev_word(view, p)
    return p >= 0 and view.folded[p] in lex.byline_cues


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


def surname_key(text: str) -> str:
    """The folded last word of a name (used to link later mentions)."""
    parts = fold(text).split()
    return parts[-1] if parts else ""
