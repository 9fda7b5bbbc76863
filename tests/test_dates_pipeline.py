"""The ``partnerex_dates`` component: DATE candidates, published anchors, seeds and gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

import partnerex
from partnerex.convert_doc import make_doc
from partnerex.kb import load_kb
from partnerex.pipeline.date_patterns import DateFinder
from partnerex.pipeline.language import PIPE_NAMES
from partnerex.pipeline.resolver import resolve
from partnerex.pipeline.state import candidates, meta, norm_of


@pytest.fixture(scope="module")
def nlp():
    """Only the dates component (on partnerex's tokenizer): fast, and blind to other areas."""
    others = [name for name in PIPE_NAMES if name != "partnerex_dates"]
    return partnerex.load(exclude=others)


def _dates(nlp, text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    doc = nlp(make_doc(nlp, text, published=published))
    spans = resolve([s for s in candidates(doc) if s.label_ == "DATE"])
    return [(s.text, norm_of(s)) for s in spans]


SEED_SENTENCES = [
    (
        "Industry Partnership Programs\n\n(09/16/2008)\nIndustry Partnership Program (IPP) Goals:",
        None,
        [("09/16/2008", "2008-09-16")],
    ),
    ("The Carrier Initiative Program was established in 1984.", None, [("1984", "1984")]),
    ("BASC has grown since its creation in 1996.", None, [("1996", "1996")]),
    (
        "Developed in the Spring of 1995, the Americas Counter Smuggling Initiative",
        None,
        [("the Spring of 1995", "1995-SP")],
    ),
    ("As of July 1, 1996, BASC had chapters.", None, [("July 1, 1996", "1996-07-01")]),
    (
        "In June 2005, the World Customs Organization (WCO) adopted the SAFE Framework.",
        None,
        [("June 2005", "2005-06")],
    ),
    (
        "U.S. Customs and Border Protection signed a Customs Mutual Assistance Agreement (CMAA) "
        "with Cabo Verde today during the U.S.-Cabo Verde Trade Conference.",
        "2023-09-26",
        [("today", "2023-09-26")],
    ),
    (
        "CBP returned three historic artifacts on Thursday from the Caribbean Archaeological "
        "site to Costa Rica.",
        "2023-09-15",
        [("Thursday", "2023-09-14")],
    ),
    (
        "Last week these coordinated efforts led to the arrest of 20 smugglers.",
        "2023-09-27",
        [("Last week", "2023-W38")],
    ),
    (
        "Report Suspicious Activity to 1-800-BE-ALERT. For More Information (202) 344-1780 "
        '(txt - 2,379 KB.) Security Filing "10+2" about 4:30 p.m. on Wednesday.',
        "2023-08-17",
        [("Wednesday", "2023-08-16")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), SEED_SENTENCES)
def test_dates_component_seed_sentences(nlp, text, published, expected):
    assert _dates(nlp, text, published) == expected


def test_dates_component_finds_published_before_resolving(nlp):
    text = "WASHINGTON — Sept. 26, 2023 — CBP signed the agreement today."
    doc = nlp(make_doc(nlp, text))
    assert meta(doc)["published"] == "2023-09-26"
    assert meta(doc)["published_from"] == "dateline"
    dates = {s.text: norm_of(s) for s in candidates(doc) if s.label_ == "DATE"}
    assert dates == {"Sept. 26, 2023": "2023-09-26", "today": "2023-09-26"}


def test_dates_component_keeps_given_published(nlp):
    doc = nlp(make_doc(nlp, "Release Date: June 16, 2009\nSigned today.", published="2009-06-17"))
    assert meta(doc)["published"] == "2009-06-17"
    assert meta(doc)["published_from"] == "given"


def test_dates_component_relative_without_anchor_is_null(nlp):
    assert _dates(nlp, "CBP signed the agreement Tuesday.") == [("Tuesday", None)]


def test_dates_component_skips_unaligned_text(nlp):
    assert _dates(nlp, "February 6, 2013Kabul, Afghanistan") == []


def test_dates_component_serializes(nlp, tmp_path):
    pipe = nlp.get_pipe("partnerex_dates")
    pipe.to_disk(tmp_path / "dates")
    again = type(pipe)(nlp, "partnerex_dates")
    again.from_disk(tmp_path / "dates")
    doc = again(make_doc(nlp, "signed in June 2005", published=None))
    assert [(s.text, norm_of(s)) for s in candidates(doc)] == [("June 2005", "2005-06")]


def test_dates_component_from_config():
    blank = spacy.blank("en")
    blank.add_pipe("partnerex_dates", config={"patterns": None})
    doc = blank("Signed on Sept. 14, 2023.")
    assert [(s.text, norm_of(s)) for s in candidates(doc)] == [("Sept. 14, 2023", "2023-09-14")]


def test_dates_lexicon_examples_and_counterexamples():
    kb = load_kb()
    finder = DateFinder(kb)
    for entries in kb.lexicon.values():
        for entry in entries:
            if not entry.word_class.startswith("date_"):
                continue
            for example in entry.examples:
                assert finder.find(example), (entry.id, example)
            for counter in entry.counterexamples:
                assert not finder.find(counter), (entry.id, counter)


def test_dates_seed_feed_values(nlp, shared_dir):
    text = (shared_dir / "seeds" / "004_58656601d9789067.txt").read_text(encoding="utf-8")
    doc = nlp(make_doc(nlp, text, published="2023-09-27"))
    dates = {(s.text, norm_of(s)) for s in candidates(doc) if s.label_ == "DATE"}
    assert ("Wed, 27 Sep 2023 17:01:17 +0000", "2023-09-27") in dates
    assert ("Last week", "2023-W38") in dates
    assert ("December 2017", "2017-12") in dates
    assert not any(text.startswith(("24/7", "344", "1780", "fy")) for text, _ in dates)


def test_dates_gold_corpus_strict_f1(nlp, shared_dir):
    """DATE spans of the 60 gold releases, each run with its gold ``meta.published``."""
    tp, fp, fn, same_norm = _span_scores(nlp, shared_dir / "corpus" / "gold" / "dev.jsonl")
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.95, (tp, fp, fn)
    assert same_norm / tp >= 0.95


SEED_PAGES = {
    "000_7e34c4e37029df36.txt": [],
    "001_9d8f0374a0479c4c.txt": [
        ("09/16/2008", "2008-09-16"),
        ("1984", "1984"),
        ("1996", "1996"),
        ("1988", "1988"),
        ("the Spring of 1995", "1995-SP"),
        ("July 1, 1996", "1996-07-01"),
        ("1998", "1998"),
    ],
    "002_ccd5c2a2cd3c150b.txt": [
        ("1996", "1996"),
        ("2002", "2002"),
        ("2008", "2008"),
        ("2010", "2010"),
    ],
    "003_3a90c443c9c5a65f.txt": [("07/14/2008", "2008-07-14"), ("June 2005", "2005-06")],
}


@pytest.mark.parametrize(("name", "expected"), sorted(SEED_PAGES.items()))
def test_dates_seed_pages_every_date(nlp, shared_dir, name, expected):
    """Every date of the saved seed pages, and nothing else ("Act of 2006" and
    "World BASC Congress 2017" are years inside names; "Cartagena, Colombia 2010." is a
    caption's date)."""
    text = (shared_dir / "seeds" / name).read_text(encoding="utf-8")
    assert _dates(nlp, text) == expected


def _span_scores(nlp, path) -> tuple[int, int, int, int]:
    tp = fp = fn = same_norm = 0
    for line in path.open(encoding="utf-8"):
        gold_doc = json.loads(line)
        doc = nlp(make_doc(nlp, gold_doc["text"], meta=gold_doc["meta"]))
        pred = {
            (s.start_char, s.end_char): norm_of(s)
            for s in resolve([c for c in candidates(doc) if c.label_ == "DATE"])
        }
        gold = {
            (s["start"], s["end"]): s["norm"] for s in gold_doc["spans"] if s["label"] == "DATE"
        }
        tp += len(pred.keys() & gold.keys())
        fp += len(pred.keys() - gold.keys())
        fn += len(gold.keys() - pred.keys())
        same_norm += sum(pred[k] == gold[k] for k in pred.keys() & gold.keys())
    return tp, fp, fn, same_norm


def test_dates_project_seed_gold_exact(nlp):
    """``corpora/seeds.jsonl`` (the project's seed gold, feed items included): every DATE."""
    path = Path(__file__).resolve().parents[1] / "corpora" / "seeds.jsonl"
    if not path.is_file():
        pytest.skip("corpora/seeds.jsonl is not in this checkout")
    tp, fp, fn, same_norm = _span_scores(nlp, path)
    assert (fp, fn) == (0, 0) and same_norm == tp, (tp, fp, fn, same_norm)


@pytest.mark.parametrize(
    ("meta_given", "expected"),
    [
        ({"source": "cbp.gov"}, "2023-05-09"),
        ({"source": "cbsa-asfc.gc.ca"}, "2023-09-05"),
        ({"url": "https://taxation-customs.ec.europa.eu/news/x"}, "2023-09-05"),
        ({}, "2023-05-09"),
    ],
)
def test_dates_component_numeric_order_follows_the_source(nlp, meta_given, expected):
    doc = nlp(make_doc(nlp, "Signed on 05/09/2023 in Ottawa.", meta=meta_given))
    assert [norm_of(s) for s in candidates(doc)] == [expected]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "May", "Sept.", "(", "2023"])
def test_dates_component_degenerate_texts_give_nothing(nlp, text):
    assert _dates(nlp, text) == []
