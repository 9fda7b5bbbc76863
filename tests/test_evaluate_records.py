"""Record scorer: hand-counted agreements, programs, figures and document countries."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from partnerex.evaluate.records import pair_by_key, score_records
from partnerex.models import Agreement, Document, Figure, Program, Signatory

TEXT = "Seized 9,600 kilos and 200 packages; 200 pounds more. " * 3


def doc(**fields: Any) -> Document:
    return Document(id="d", text=TEXT, **fields)


def A(type_: str, countries: list[str], date: str | None = None, status: str = "signed",
      names: tuple[str, ...] = ()) -> Agreement:
    return Agreement(type=type_, countries=countries, date=date, status=status,
                     signatories=[Signatory(name=n) for n in names])


def Fig(value: float, unit: str, start: int, end: int, kind: str = "count",
        qualifier: str = "exact") -> Figure:
    return Figure(value=value, unit=unit, start=start, end=end, kind=kind, qualifier=qualifier)


def F(x: float | None) -> Fraction | None:
    return None if x is None else Fraction(x).limit_denominator(10_000)


def test_records_agreements_match_on_type_and_country_set() -> None:
    gold = doc(agreements=[
        A("mra", ["US", "UY"], "2023-09-26", "signed", ("Troy Miller", "Ana Perez")),
        A("jwp", ["GT", "US"], "2023-09"),
        A("jwp", ["CO", "US"]),
    ])
    pred = doc(agreements=[
        A("mra", ["UY", "US"], "2023-09-26", "announced", ("troy  miller", "Someone Else")),
        A("jwp", ["US", "GT"], "2023"),
        A("jwp", ["GT", "US"], "2023"),  # duplicate: a false positive
        A("mou", ["US"]),
    ])
    scores, errors = score_records(gold, pred)
    a = scores.agreements
    assert (a.tp, a.fp, a.fn) == (2, 2, 1)
    assert F(a.precision) == Fraction(1, 2)
    assert F(a.recall) == Fraction(2, 3)
    assert F(a.f1) == Fraction(4, 7)
    assert (scores.agreement_date.correct, scores.agreement_date.total) == (1, 2)
    assert (scores.agreement_status.correct, scores.agreement_status.total) == (1, 2)
    s = scores.agreement_signatories
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)
    kinds = sorted((e.category, e.type, e.text) for e in errors if e.category == "agreement")
    assert ("agreement", "fn", "jwp [CO, US]") in kinds
    assert ("agreement", "fp", "mou [US]") in kinds
    assert ("agreement", "fp", "jwp [GT, US]") in kinds
    assert sum(1 for e in errors if e.type == "mismatch") == 3  # status, signatories, date


def test_records_duplicate_gold_agreements_need_two_predictions() -> None:
    gold = doc(agreements=[A("mra", ["US", "UY"], "2020"), A("mra", ["US", "UY"], "2021")])
    pred = doc(agreements=[A("mra", ["UY", "US"], "2021")])
    scores, _ = score_records(gold, pred)
    assert (scores.agreements.tp, scores.agreements.fp, scores.agreements.fn) == (1, 0, 1)
    # the pair chosen is the one whose date agrees
    assert (scores.agreement_date.correct, scores.agreement_date.total) == (1, 1)


def test_records_programs_match_on_id_one_to_one() -> None:
    gold = doc(programs=[Program(id="ctpat", established="2001"), Program(id="aeo")])
    pred = doc(programs=[Program(id="ctpat", established="2002"), Program(id="ctpat"),
                         Program(id="basc")])
    scores, errors = score_records(gold, pred)
    p = scores.programs
    assert (p.tp, p.fp, p.fn) == (1, 2, 1)
    assert F(p.f1) == Fraction(2, 5)
    # the duplicate without a date is the false positive; "2002" is compared and wrong
    assert (scores.program_established.correct, scores.program_established.total) == (0, 1)
    assert {(e.type, e.text) for e in errors if e.category == "program"} == {
        ("fn", "aeo"), ("fp", "ctpat"), ("fp", "basc"), ("mismatch", "ctpat")
    }


def test_records_figures_match_on_value_and_unit() -> None:
    gold = doc(figures=[
        Fig(9600, "kg", 7, 18, "seizure"),
        Fig(200, "count", 23, 35, "seizure"),
        Fig(200, "lb", 37, 47, "seizure", "over"),
        Fig(5, "count", 0, 6),
    ])
    pred = doc(figures=[
        Fig(9600.0, "kg", 7, 18, "seizure"),
        Fig(200, "count", 23, 35, "count"),
        Fig(200, "lb", 37, 47, "seizure", "exact"),
        Fig(200, "kg", 37, 47, "seizure"),
        Fig(3, "count", 0, 6),
    ])
    scores, errors = score_records(gold, pred)
    f = scores.figures
    assert (f.tp, f.fp, f.fn) == (3, 2, 1)
    assert F(f.precision) == Fraction(3, 5)
    assert F(f.recall) == Fraction(3, 4)
    assert F(f.f1) == Fraction(2, 3)
    assert (scores.figure_kind.correct, scores.figure_kind.total) == (2, 3)
    assert (scores.figure_qualifier.correct, scores.figure_qualifier.total) == (2, 3)
    fn = [e for e in errors if e.category == "figure" and e.type == "fn"]
    assert len(fn) == 1 and fn[0].start == 0 and fn[0].text == TEXT[0:6]
    assert fn[0].left == "" and fn[0].right.startswith(" 9,600")


def test_records_duplicate_figures_pair_by_offsets() -> None:
    gold = doc(figures=[Fig(200, "count", 23, 35, "seizure"), Fig(200, "count", 80, 90, "count")])
    pred = doc(figures=[Fig(200, "count", 80, 90, "count"), Fig(200, "count", 23, 35, "seizure"),
                        Fig(200, "count", 100, 110, "count")])
    scores, _ = score_records(gold, pred)
    assert (scores.figures.tp, scores.figures.fp, scores.figures.fn) == (2, 1, 0)
    assert scores.figure_kind.accuracy == 1.0


def test_records_countries_as_sets() -> None:
    gold = doc(countries=["CV", "US"])
    pred = doc(countries=["BR", "CV", "MX", "US"])
    scores, errors = score_records(gold, pred)
    c = scores.countries
    assert (c.tp, c.fp, c.fn) == (2, 2, 0)
    assert F(c.f1) == Fraction(2, 3)
    assert sorted(e.text for e in errors if e.category == "country") == ["BR", "MX"]


def test_records_empty_gold_and_empty_prediction() -> None:
    scores, errors = score_records(doc(), doc())
    assert scores.agreements.f1 is None and scores.figures.f1 is None
    assert scores.agreement_date.accuracy is None
    assert errors == []
    scores, _ = score_records(doc(agreements=[A("mra", ["US"])], countries=["US"]), doc())
    assert (scores.agreements.tp, scores.agreements.fn) == (0, 1)
    assert scores.agreements.recall == 0.0 and scores.agreements.precision is None
    assert scores.countries.f1 == 0.0


def test_records_pair_by_key_prefers_affinity() -> None:
    pairs, fn, fp = pair_by_key([1, 2, 11], [12, 3, 22], key=lambda x: x % 10,
                                affinity=lambda g, p: -abs(g - p))
    assert pairs == [(1, 0)] and fn == [0, 2] and fp == [1, 2]
