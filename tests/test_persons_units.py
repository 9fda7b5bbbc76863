"""Pure helpers of ``partnerex.persons``: folding, token kinds, name runs, headings, lexicon data."""

from __future__ import annotations

import pytest
import spacy

import partnerex
from partnerex.kb import load_kb
from partnerex.persons import build_view, default_lexicon, find_persons
from partnerex.persons.lexicon import fold, phrase_tokens
from partnerex.persons.view import mark_titles, name_runs, title_case_sentences, word_kind
from partnerex.pipeline.state import final_spans


@pytest.fixture(scope="module")
def lex():
    return default_lexicon()


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Poiré", "poire"), ("Napolitano’s", "napolitano's"), ("Dirección", "direccion"), ("CBP", "cbp")],
)
def test_lexicon_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("Magnus", "W"),
        ("McGurk", "W"),
        ("Ugalde", "W"),
        ("GILBRIDE", "C"),
        ("A.", "I"),
        ("al", "P"),
        ("de", "P"),
        ("signed", "L"),
        ("Border", "O"),
        ("Patrol", "O"),
        ("September", "O"),
        ("Tuesday", "O"),
        ("Mexican", "O"),
        ("The", "O"),
        ("Mr.", "O"),
        ("Said", "O"),
        ("2023", "O"),
        (",", "O"),
    ],
)
def test_view_word_kind(lex, word: str, kind: str) -> None:
    assert word_kind(word, lex) == kind


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("Chief Patrol Agent Patricia D. McGurk-Daniel stated", ["Patricia D. McGurk-Daniel"]),
        ("Commissioner Dong-hyeon Seok and R. Gil Kerlikowske", ["Dong-hyeon Seok", "R. Gil Kerlikowske"]),
        ("Saeed Ahmed Abdullah al Muhairi signed", ["Saeed Ahmed Abdullah al Muhairi"]),
        ("said Sanjeev “Sonny” Bhagowalia.", ["Sanjeev “Sonny” Bhagowalia"]),
        ("JOHN P. GILBRIDE, Special Agent", ["JOHN P. GILBRIDE"]),
        ("SHCP Meade", ["SHCP", "Meade"]),
        ("the Field Office in Costa Rica", ["Costa Rica"]),
        ("Plan A.", []),
    ],
)
def test_view_name_runs(blank, lex, text: str, runs: list[str]) -> None:
    doc = blank(text)
    view = build_view(doc, lex)
    assert [doc[s:e].text for s, e in name_runs(view)] == runs


def test_view_mark_titles_prefers_the_longest_term(lex) -> None:
    words = [fold(w) for w in ["Chief", "Patrol", "Agent", "Smith"]]
    marks = mark_titles(words, lex)
    assert [m[0] if m else None for m in marks] == ["head", "head", "head", None]
    assert marks[0][2] == marks[2][2] == 0


@pytest.mark.parametrize(
    ("words", "starts", "expected"),
    [
        (["Grace", "Period", "Extended", "For", "Trusted", "Traders"], [True] + [False] * 5, True),
        (["CBP", "signed", "an", "agreement", "with", "Brazil", "."], [True] + [False] * 6, False),
        (["Photo", "Credit"], [True, False], False),
    ],
)
def test_view_title_case_sentences(lex, words, starts, expected) -> None:
    assert title_case_sentences(words, starts, lex) == [expected] * len(words)


def test_view_title_case_needs_its_own_line(lex) -> None:
    words = ["justice", ".", "Leonidas", "Molina", "and", "Humberto", "Avila"]
    starts = [True, False, True, False, False, False, False]
    assert not any(title_case_sentences(words, starts, lex))


@pytest.mark.parametrize(
    ("word", "known"),
    [("Werner", True), ("Ingrid", True), ("Troy", True), ("Saeed", True), ("Border", False), ("X", False)],
)
def test_lexicon_is_given_name(lex, word: str, known: bool) -> None:
    assert lex.is_given_name(word) is known


def test_finder_runs_on_a_blank_pipeline(blank, lex) -> None:
    doc = blank("“We agree,” said Commissioner Chris Magnus. Magnus’ visit ended.")
    found = [(doc[m.start : m.end].text, m.rule) for m in find_persons(build_view(doc, lex), lex)]
    assert found == [("Chris Magnus", "person:title"), ("Magnus", "person:repeat")]


def _lexicon_entries():
    kb = load_kb()
    for word_class, entries in kb.lexicon.items():
        if word_class.startswith("person_"):
            yield from ((word_class, e) for e in entries)


@pytest.mark.parametrize(
    ("word_class", "entry"), list(_lexicon_entries()), ids=lambda v: getattr(v, "id", v)
)
def test_persons_lexicon_examples_hold_a_term(word_class, entry) -> None:
    terms = [phrase_tokens(t) for t in entry.terms]
    for example in entry.examples:
        words = phrase_tokens(example)
        assert any(
            words[i : i + len(t)] == t for t in terms for i in range(len(words))
        ), f"{entry.id}: no term of {word_class} in {example!r}"


def test_persons_lexicon_counterexamples_give_no_person() -> None:
    nlp = partnerex.load(exclude=("partnerex_dates", "partnerex_figures", "partnerex_records"))
    kb = load_kb()
    checked = 0
    for entry in [*kb.titles, *(e for _, e in _lexicon_entries())]:
        for counter in entry.counterexamples:
            names = [s.text for s in final_spans(nlp(counter)) if s.label_ == "PERSON"]
            assert names == [], f"{entry.id}: {names} in {counter!r}"
            checked += 1
    assert checked >= 5
