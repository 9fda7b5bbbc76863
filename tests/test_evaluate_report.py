"""evaluate(): corpus sums, per-document scores, error listing, JSON, floors."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest

import partnerex
from partnerex.errors import PartnerexError
from partnerex.evaluate import Floors, Report, check_floors, load_floors, read_gold
from partnerex.models import Document, ErrorInfo, ErrorRecord, Span

TEXT = (
    "WASHINGTON - U.S. Customs and Border Protection signed a Mutual Recognition "
    "Arrangement with Uruguay on Tuesday, seizing 9,600 kilos of cocaine."
)


def S(text: str, label: str, norm: str | None = None, pattern: str | None = None,
      occurrence: int = 0, cut: int = 0) -> Span:
    start = TEXT.index(text)
    for _ in range(occurrence):
        start = TEXT.index(text, start + 1)
    return Span(start=start, end=start + len(text) - cut, label=label,
                text=text[: len(text) - cut], norm=norm, pattern=pattern)


GOLD_1 = Document(id="a", text=TEXT, countries=["US", "UY"], spans=[
    S("U.S. Customs and Border Protection", "ORG", "cbp"),
    S("Mutual Recognition Arrangement", "AGREEMENT", "mra"),
    S("Uruguay", "COUNTRY", "UY"),
    S("Tuesday", "DATE", None),
    S("9,600 kilos", "FIGURE"),
])
PRED_1 = Document(id="a", text=TEXT, countries=["US", "UY"], spans=[
    S("U.S. Customs and Border Protection", "ORG", "cbp", "org:cbp:name"),
    S("Mutual Recognition Arrangement", "AGREEMENT", "mra", "agreement:mra:name", cut=12),
    S("Uruguay", "COUNTRY", "MX", "country:uy:name"),
    S("WASHINGTON", "ORG", None, "org:caps"),
    S("9,600 kilos", "FIGURE", None, "figure:weight"),
])
GOLD_2 = Document(id="b", text=TEXT, spans=[S("Uruguay", "COUNTRY", "UY")])
PRED_2 = Document(id="b", text=TEXT, spans=[S("Uruguay", "COUNTRY", "UY")])


def test_evaluate_sums_documents() -> None:
    report = partnerex.evaluate([GOLD_1, GOLD_2], [PRED_2, PRED_1])
    assert report.n_documents == 2
    assert [d.id for d in report.documents] == ["a", "b"]
    micro = report.spans.strict_micro
    # doc a: ORG 1 TP + 1 FP; AGREEMENT 1 FP + 1 FN; COUNTRY 1 TP; DATE 1 FN; FIGURE 1 TP
    # doc b: COUNTRY 1 TP
    assert (micro.tp, micro.fp, micro.fn) == (4, 2, 2)
    assert (report.spans.strict["COUNTRY"].tp, report.spans.strict["COUNTRY"].fp) == (2, 0)
    assert (report.spans.partial_micro.tp, report.spans.partial_micro.fp) == (5, 1)
    # norms: ORG ok, COUNTRY wrong in a, FIGURE ok, COUNTRY ok in b: 3 of 4
    assert Fraction(report.spans.norm_micro.accuracy).limit_denominator(100) == Fraction(3, 4)
    assert report.documents[1].spans.strict_micro.f1 == 1.0
    assert report.records.countries.tp == 2
    assert report.missing == [] and report.extra == []


def test_evaluate_errors_carry_context_and_pattern() -> None:
    report = partnerex.evaluate([GOLD_1], [PRED_1])
    by_text = {(e.type, e.text): e for e in report.errors if e.category in ("span", "norm")}
    fp = by_text[("fp", "WASHINGTON")]
    assert fp.pattern == "org:caps" and fp.left == "" and fp.right.startswith(" - U.S. Customs")
    assert len(fp.right) <= 40
    fn = by_text[("fn", "Tuesday")]
    assert fn.pattern is None and fn.left.endswith("with Uruguay on ") and fn.detail == ""
    boundary = by_text[("fp", "Mutual Recognition")]
    assert boundary.pattern == "agreement:mra:name"
    assert boundary.detail.startswith("boundary: gold 'Mutual Recognition Arrangement'")
    assert by_text[("fn", "Mutual Recognition Arrangement")].detail.startswith("boundary:")
    norm = by_text[("mismatch", "Uruguay")]
    assert norm.category == "norm" and "gold 'UY', predicted 'MX'" in norm.detail


def test_evaluate_missing_and_failed_predictions_score_as_empty() -> None:
    failed = ErrorRecord(id="b", error=ErrorInfo(code="E020", message="boom"))
    extra = Document(id="zzz", text="x")
    report = partnerex.evaluate([GOLD_1, GOLD_2], [failed, PRED_1, extra])
    assert report.failed == ["b"] and report.extra == ["zzz"]
    assert report.documents[1].spans.strict["COUNTRY"].fn == 1
    report = partnerex.evaluate([GOLD_1, GOLD_2], [PRED_1])
    assert report.missing == ["b"]


def test_evaluate_refuses_unrelated_and_duplicate_ids() -> None:
    with pytest.raises(PartnerexError) as err:
        partnerex.evaluate([GOLD_1], [PRED_2])
    assert err.value.code == "E030"
    with pytest.raises(PartnerexError) as err:
        partnerex.evaluate([GOLD_1, GOLD_1], [PRED_1])
    assert err.value.code == "E032"


def test_evaluate_flags_text_mismatch() -> None:
    other = PRED_2.model_copy(update={"text": TEXT + " more"})
    assert partnerex.evaluate([GOLD_2], [other]).text_mismatch == ["b"]


def test_evaluate_report_json_round_trip() -> None:
    report = partnerex.evaluate([GOLD_1, GOLD_2], [PRED_1, PRED_2])
    data = json.loads(report.model_dump_json())
    assert data["n_documents"] == 2
    assert data["spans"]["strict_micro"]["tp"] == 4
    assert data["spans"]["strict"]["ORG"]["precision"] == 0.5
    assert data["spans"]["strict"]["PERSON"]["f1"] is None
    assert Report.model_validate(data) == report


def test_evaluate_empty_corpus() -> None:
    report = partnerex.evaluate([], [])
    assert report.n_documents == 0 and report.spans.strict_micro.f1 is None


def test_evaluate_floors() -> None:
    report = partnerex.evaluate([GOLD_1, GOLD_2], [PRED_1, PRED_2])
    assert check_floors(report, Floors()) == []
    assert check_floors(report, Floors(span_strict_micro_f1=0.66)) == []
    failures = check_floors(
        report, Floors(span_strict_micro_f1=0.9, partial_f1_per_label=0.9, agreement_f1=0.5)
    )
    assert failures[0].startswith("span_strict_micro_f1 0.6667 < floor 0.9000")
    labels = sorted(f.split()[3] for f in failures[1:])
    # AGREEMENT overlaps (partial F1 1.0); agreement_f1 is None (no records): not failed
    assert labels == ["DATE", "ORG"]
    assert check_floors(report, Floors(partial_f1_per_label={"ORG": 0.6, "COUNTRY": 1.0})) == []


def test_evaluate_load_floors(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    path.write_text('{"span_strict_micro_f1": 0.5, "partial_f1_per_label": {"ORG": 0.7}}')
    assert load_floors(path).span_strict_micro_f1 == 0.5
    for bad in ('{"span_strict_micro": 0.5}', '{"agreement_f1": 1.5}',
                '{"partial_f1_per_label": {"ORGS": 0.5}}', '{"partial_f1_per_label": 2}', "[]"):
        path.write_text(bad)
        with pytest.raises(PartnerexError) as err:
            load_floors(path)
        assert err.value.code == "E033"


def test_evaluate_read_gold_folder(tmp_path: Path) -> None:
    (tmp_path / "b.jsonl").write_text(GOLD_2.model_dump_json() + "\n\n")
    (tmp_path / "a.jsonl").write_text(GOLD_1.model_dump_json() + "\n")
    (tmp_path / "floors.json").write_text("{}")
    assert [d.id for d in read_gold(tmp_path)] == ["a", "b"]


def test_evaluate_shared_gold_against_itself(shared_dir: Path) -> None:
    gold = read_gold(shared_dir / "corpus" / "gold" / "dev.jsonl")
    report = partnerex.evaluate(gold, gold)
    assert report.spans.strict_micro.tp == sum(len(d.spans) for d in gold)
    assert all(v == 1.0 for v in report.summary().values())
    assert report.errors == []


def test_evaluate_perturbed_shared_gold_counts(shared_dir: Path) -> None:
    """Drop every 3rd span, widen every 5th kept one: the counts follow by construction."""
    gold = read_gold(shared_dir / "corpus" / "gold" / "dev.jsonl")
    preds, dropped, widened = [], 0, 0
    for doc in gold:
        spans = []
        for n, span in enumerate(doc.spans):
            if n % 3 == 2:
                dropped += 1
                continue
            if n % 5 == 4 and span.end < len(doc.text):
                widened += 1
                span = span.model_copy(update={"end": span.end + 1,
                                               "text": doc.text[span.start : span.end + 1]})
            spans.append(span)
        preds.append(doc.model_copy(update={"spans": spans, "figures": doc.figures[1:]}))
    report = partnerex.evaluate(gold, preds)
    total = sum(len(d.spans) for d in gold)
    strict = report.spans.strict_micro
    assert (strict.tp, strict.fp, strict.fn) == (total - dropped - widened, widened,
                                                 dropped + widened)
    partial = report.spans.partial_micro
    assert (partial.tp, partial.fp, partial.fn) == (total - dropped, 0, dropped)
    assert strict.tp == sum(d.spans.strict_micro.tp for d in report.documents)
    figures = report.records.figures
    lost = sum(1 for d in gold if d.figures)
    assert (figures.tp, figures.fp, figures.fn) == (sum(len(d.figures) for d in gold) - lost, 0, lost)
    assert report.records.figure_kind.accuracy == 1.0


def test_evaluate_summary_keys_are_the_floor_names() -> None:
    assert list(Report().summary()) == list(Floors.model_fields)
