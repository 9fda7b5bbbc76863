"""The rendered page without a browser: marks, spacing, escaping, anchors, tables, CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from typer.testing import CliRunner

from partnerex.cli import app
from partnerex.evaluate.io import read_gold
from partnerex.models import LABELS, Agreement, Document, ErrorInfo, ErrorRecord, Figure, Span
from partnerex.render import (
    LABEL_COLORS,
    Mark,
    document_marks,
    evidence_ranges,
    is_documents_jsonl,
    load_documents,
    nested_countries,
    render_page,
    render_text,
)
from partnerex.render.page import figure_badge
from partnerex.render.style import LABEL_HELP

ROOT = Path(__file__).resolve().parents[1]
SEEDS_GOLD = ROOT / "corpora" / "seeds.jsonl"


@pytest.fixture(scope="module")
def seed_gold() -> list[Document]:
    return read_gold(SEEDS_GOLD)


def _visible_text(markup: str) -> str:
    """The text a reader sees: labels removed, breaks as spaces, whitespace collapsed."""
    markup = markup.replace("<br>", " ").replace('<span class="px-para"></span>', " ")
    markup = markup.replace("</div>", " </div>")  # paragraphs are separate blocks
    tree = HTMLParser(f"<div>{markup}</div>")
    for node in tree.css(".px-start"):
        node.decompose()
    return " ".join(tree.body.text(separator="").split())


def test_style_every_label_has_a_color_and_help() -> None:
    assert set(LABEL_COLORS) == set(LABELS) == set(LABEL_HELP)
    assert len(set(LABEL_COLORS.values())) == len(LABELS)


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("Dirección Nacional de Aduanas de Uruguay", ["UY"]),
        ("U.S. Customs and Border Protection", ["US"]),
        ("United States Customs Service", ["US"]),
        ("Canada Border Services Agency", ["CA"]),
        ("Mexican Tax Administration Service", ["MX"]),
        ("CBP-Mexico Joint Work Plan", ["MX"]),
        ("Secretariat of Brazil and Argentina Customs", ["BR", "AR"]),
        ("European Union Customs Union", ["EU"]),
        # near misses: no country, a place that is not one, or the whole span is the country
        ("New Mexico State Police", []),
        ("Americas Counter Smuggling Initiative", []),
        ("Customs-Trade Partnership Against Terrorism", []),
        ("World Customs Organization", []),
        ("Business Anti-Smuggling Coalition", []),
        ("Brazil", []),
        ("Mexicana de Aviación", []),
    ],
)
def test_marks_nested_countries(name: str, codes: list[str]) -> None:
    text = f"Officials of the {name} met."
    start = text.index(name)
    marks = nested_countries(text, start, start + len(name))
    assert [m.norm for m in marks] == codes
    for mark in marks:
        assert mark.nested and mark.label == "COUNTRY"
        assert start <= mark.start < mark.end <= start + len(name)


def test_marks_document_adds_nested_countries_only_inside_names() -> None:
    text = "U.S. Customs and Border Protection met Brazil."
    doc = Document(id="x", text=text, spans=[
        Span(start=0, end=34, label="ORG", text=text[:34], norm="cbp"),
        Span(start=39, end=45, label="COUNTRY", text="Brazil", norm="BR"),
    ])
    marks = document_marks(doc)
    assert [(m.start, m.end, m.label, m.norm, m.nested) for m in marks] == [
        (0, 34, "ORG", "cbp", False),
        (0, 4, "COUNTRY", "US", True),
        (39, 45, "COUNTRY", "BR", False),
    ]


def test_marks_evidence_ranges_are_distinct_and_inside_the_text() -> None:
    text = "CBP signed an MRA with Brazil on Tuesday, seizing 5 kg."
    doc = Document(
        id="x", text=text,
        agreements=[Agreement(type="mra", evidence={
            "type": [{"start": 14, "end": 17}], "mention": [{"start": 0, "end": 40}],
            "date": [{"start": 0, "end": 40}, {"start": 30, "end": 999}],
        })],
        figures=[Figure(value=5, unit="kg", start=50, end=54)],
    )
    assert evidence_ranges(doc) == [(0, 40), (14, 17), (50, 54)]


@pytest.mark.parametrize(
    "text",
    [
        "CBP's officers seized 9,600 kilos.",
        "Line one.\nLine two.\n\n\nNew paragraph  with  double spaces.",
        "  leading and trailing whitespace  ",
        "Tabs\tand\u00a0non-breaking spaces",
        "U.S.-Mexico border (CBP)",
    ],
)
def test_text_keeps_every_character_and_glues_pieces(text: str) -> None:
    marks = [Mark(m.start(), m.end(), "ORG", "cbp") for m in re.finditer(r"CBP|U\.S\.", text)]
    html = render_text(text, marks, [(0, len(text) // 2)], "t")
    assert _visible_text(html) == " ".join(text.split())


def test_text_round_trips_every_seed_document(seed_gold: list[Document]) -> None:
    for doc in seed_gold:
        html = render_text(doc.text, document_marks(doc), evidence_ranges(doc), "s")
        assert _visible_text(html) == " ".join(doc.text.split()), doc.id


def test_text_marks_become_displacy_label_starts_and_slices() -> None:
    text = "Officials of Dirección Nacional de Aduanas de Uruguay met CBP."
    start = text.index("Dirección")
    end = text.index(" met")
    marks = [Mark(start, end, "ORG", "dna_uy"), *nested_countries(text, start, end),
             Mark(text.index("CBP"), text.index("CBP") + 3, "ORG", "cbp")]
    tree = HTMLParser(render_text(text, marks, [], "t"))
    labels = [n.text(separator=" ").split() for n in tree.css(".px-label")]
    assert labels == [["ORG", "dna_uy"], ["COUNTRY", "UY"], ["ORG", "cbp"]]
    # the nested country is stacked one slot lower (displaCy render slot 2)
    tops = [n.attributes["style"] for n in tree.css(".px-start")]
    assert "top: 40px" in tops[0] and "top: 57px" in tops[1] and "top: 40px" in tops[2]
    assert tree.css_first(".px-start").attributes["style"].startswith(
        f"background: {LABEL_COLORS['ORG']}"
    )


def test_text_escapes_everything() -> None:
    text = '<script>alert("x")</script> & <b>CBP</b> \ue000\ue003 "quoted"'
    norm = '"><img src=x onerror=alert(1)>'
    cbp = text.index("CBP")
    html = render_text(text, [Mark(cbp, cbp + 3, "ORG", norm)], [(0, 8)], "t")
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    assert "\ue000" not in html and "\ue003" not in html and "\ufffd" in html
    tree = HTMLParser(html)
    assert tree.css_first(".px-label").text(separator=" ").split()[1].startswith('">')


def test_text_anchors_bracket_each_evidence_range() -> None:
    text = "CBP signed it. Then it ended."
    html = render_text(text, [], [(0, 14), (4, 14), (15, 29)], "d7")
    tree = HTMLParser(html)
    starts = {n.id: n.attributes["data-end"] for n in tree.css("a.px-ev")}
    assert starts == {"d7-ev-0-14": "d7-to-14", "d7-ev-4-14": "d7-to-14",
                      "d7-ev-15-29": "d7-to-29"}
    assert {n.id for n in tree.css("a.px-evend")} == {"d7-to-14", "d7-to-29"}
    # the start anchor comes right before its text, the end anchor right after
    assert re.search(r'id="d7-ev-4-14"[^>]*></a>signed', html)
    assert re.search(r'it\.<a class="px-evend" id="d7-to-14"></a>', html)


def _page_ids_and_links(html: str) -> tuple[set[str], list[str]]:
    tree = HTMLParser(html)
    ids = {n.id for n in tree.css("[id]")}
    links = [n.attributes["href"][1:] for n in tree.css('a[href^="#"]')]
    return ids, links


def test_page_every_internal_link_has_a_target(seed_gold: list[Document]) -> None:
    html = render_page(seed_gold)
    ids, links = _page_ids_and_links(html)
    assert len(links) > 100
    assert not [link for link in links if link not in ids]


def test_page_structure_per_document(seed_gold: list[Document]) -> None:
    html = render_page(seed_gold, title="Seeds <gold>", subtitle="from corpora/seeds.jsonl")
    tree = HTMLParser(html)
    assert tree.css_first("title").text() == "Seeds <gold>"
    assert "<gold>" not in html
    assert len(tree.css(".px-legend li")) == len(LABELS)
    assert len(tree.css("nav.px-toc li")) == len(seed_gold)
    sections = tree.css("section.px-doc")
    assert [s.id for s in sections] == [f"d{i}" for i in range(1, len(seed_gold) + 1)]
    for doc, section in zip(seed_gold, sections, strict=True):
        assert len(section.css(".px-start")) == len(document_marks(doc)), doc.id
        assert len(section.css("table.px-agreements tbody tr")) == len(doc.agreements)
        assert len(section.css("table.px-programs tbody tr")) == len(doc.programs)
        assert len(section.css("table.px-figures tbody tr")) == len(doc.figures)
        n_signers = sum(len(a.signatories) for a in doc.agreements)
        assert len(section.css("table.px-signatories tbody tr")) == n_signers
    # self-contained: nothing is fetched (no src, link, import or url()), the script is inline
    assert not re.search(r"""\bsrc\s*=|<link\b|@import|url\(""", html, re.IGNORECASE)
    assert html.count("<script>") == 1 and "http" not in html.split("<script>")[1]


def test_page_links_norm_badges_to_record_rows(seed_gold: list[Document]) -> None:
    doc = next(d for d in seed_gold if d.programs and d.figures)
    tree = HTMLParser(render_page([doc]))
    badges = {n.attributes["href"] for n in tree.css(".px-label a")}
    assert any(b.startswith("#d1-program-") for b in badges)
    assert any(b.startswith("#d1-figure-") for b in badges)


def test_page_error_record_is_shown_escaped() -> None:
    error = ErrorRecord(id="bad<1>", error=ErrorInfo(code="E013", message="binary <x>"),
                        source="a.bin")
    html = render_page([error])
    tree = HTMLParser(html)
    section = tree.css_first("section.px-error")
    assert section is not None and "E013" in section.text()
    assert "bad<1>" not in html and "bad&lt;1&gt;" in html
    assert "0 documents" in tree.css_first("header").text()
    assert "1 error." in tree.css_first("header").text()


def test_page_url_links_only_for_http() -> None:
    safe = Document(id="a", text="x", meta={"url": "https://www.cbp.gov/a?b=1&c=2"})
    unsafe = Document(id="b", text="x", meta={"url": "javascript:alert(1)"})
    html = render_page([safe, unsafe])
    assert 'href="https://www.cbp.gov/a?b=1&amp;c=2"' in html
    assert 'href="javascript' not in html


def test_inputs_tells_documents_from_raw_jsonl(tmp_path: Path) -> None:
    raw = tmp_path / "raw.jsonl"
    raw.write_text(json.dumps({"text": "CBP signed an MRA.", "id": "r1"}) + "\n")
    errors = tmp_path / "errors.jsonl"
    errors.write_text(json.dumps({"id": "e", "error": {"code": "E013", "message": "m"}}) + "\n")
    text = tmp_path / "page.txt"
    text.write_text("CBP signed an MRA.")
    assert is_documents_jsonl(SEEDS_GOLD)
    assert is_documents_jsonl(errors)
    assert not is_documents_jsonl(raw)
    assert not is_documents_jsonl(text)
    assert not is_documents_jsonl(tmp_path / "missing.jsonl")


def test_inputs_documents_jsonl_is_read_as_is_with_limit(seed_gold: list[Document]) -> None:
    docs = load_documents([str(SEEDS_GOLD)], limit=3)
    assert docs == seed_gold[:3]


def test_cli_render_writes_one_page(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "page.html"
    result = CliRunner().invoke(
        app, ["render", str(SEEDS_GOLD), "-o", str(out), "--limit", "2", "--title", "Two"]
    )
    assert result.exit_code == 0, result.output
    assert "2 documents" in result.output
    tree = HTMLParser(out.read_text(encoding="utf-8"))
    assert len(tree.css("section.px-doc")) == 2
    assert tree.css_first("h1").text() == "Two"


def test_cli_render_bad_documents_file_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x", "spans": [{"start": "oops"}]}\n')
    result = CliRunner().invoke(app, ["render", str(bad), "-o", str(tmp_path / "p.html")])
    assert result.exit_code == 2
    assert "E016" in result.output


@pytest.mark.parametrize(
    ("figure", "badge"),
    [
        (Figure(value=9600, unit="kg", qualifier="over", start=0, end=1), ">9,600 kg"),
        (Figure(value=24, unit="count", counted="participants", start=0, end=1),
         "24 participants"),
        (Figure(value=1.2e6, unit="usd", qualifier="approx", start=0, end=1), "~1,200,000 usd"),
        (Figure(value=10, max=20, unit="percent", start=0, end=1), "10–20 percent"),
        (Figure(value=3, unit="count", start=0, end=1), "3"),
    ],
)
def test_page_figure_badge(figure: Figure, badge: str) -> None:
    assert figure_badge(figure) == badge


def test_records_agreement_row_quotes_its_mention_and_links_evidence() -> None:
    text = "Intro.\n\nCBP signed a Mutual Recognition Arrangement with Brazil <today>."
    start = text.index("CBP")
    doc = Document(id="x", text=text, agreements=[Agreement(
        type="mra", countries=["BR", "US"],
        evidence={"mention": [{"start": start, "end": len(text)}],
                  "type": [{"start": text.index("Mutual"), "end": text.index(" with")}]},
    )])
    tree = HTMLParser(render_page([doc]))
    cells = tree.css("#d1-agreement-1 td")
    mention = cells[8].css_first("a")
    assert mention.text() == text[start:]
    assert mention.attributes["href"] == f"#d1-ev-{start}-{len(text)}"
    links = cells[9].css("a")
    assert [a.text() for a in links] == [f"mention {start}–{len(text)}", "type 21–51"]
    assert links[1].attributes["title"] == "21-51: Mutual Recognition Arrangement"


def test_records_quote_is_one_line_and_cut() -> None:
    from partnerex.models import Evidence
    from partnerex.render.records import quote

    text = "A  long\nsentence " * 40
    assert quote(text, Evidence(start=0, end=16)) == "A long sentence"
    cut = quote(text, Evidence(start=0, end=len(text)), limit=30)
    assert len(cut) == 30 and cut.endswith("…") and "\n" not in cut


def test_inputs_raw_records_are_read_and_extracted(tmp_path: Path, nlp) -> None:
    raw = tmp_path / "raw.jsonl"
    text = "CBP signed a Mutual Recognition Arrangement with Brazil on Tuesday."
    raw.write_text(json.dumps({"id": "r1", "text": text, "published": "2022-09-16"}) + "\n")
    gold_as_text = load_documents([str(SEEDS_GOLD)], extract=True, limit=1, nlp=nlp)
    (doc,) = load_documents([str(raw)], nlp=nlp)
    assert isinstance(doc, Document) and doc.id == "r1"
    assert {s.label for s in doc.spans} >= {"ORG", "AGREEMENT", "COUNTRY"}
    assert [(a.type, a.countries) for a in doc.agreements] == [("mra", ["BR", "US"])]
    assert gold_as_text[0].id == read_gold(SEEDS_GOLD)[0].id and gold_as_text[0].spans


def test_page_overview_lists_every_agreement_with_links(seed_gold: list[Document]) -> None:
    tree = HTMLParser(render_page(seed_gold))
    rows = tree.css("table.px-overview-table tbody tr")
    assert len(rows) == sum(len(d.agreements) for d in seed_gold) > 0
    first_doc = next(i for i, d in enumerate(seed_gold, start=1) if d.agreements)
    links = [a.attributes["href"] for a in rows[0].css("a")]
    assert links == [f"#d{first_doc}", f"#d{first_doc}-agreement-1"]
    assert tree.css_first(".px-overview") is not None
    assert HTMLParser(render_page(seed_gold[:1])).css_first(".px-overview") is None


def test_text_paragraphs_are_blocks_unless_a_span_crosses_them() -> None:
    text = "First CBP paragraph.\n\nSecond one.\n\nThird\n\nends here."
    cbp = text.index("CBP")
    crossing = Mark(text.index("Third"), len(text) - 1, "ORG", None)
    html = render_text(text, [Mark(cbp, cbp + 3, "ORG", "cbp"), crossing], [], "t")
    blocks = HTMLParser(html).css("div.spans")
    assert [" ".join(b.text(separator=" ").split()) for b in blocks] == [
        "First CBP ORG cbp paragraph.", "Second one.", "Third ORG ends here .",
    ]
    assert _visible_text(html) == " ".join(text.split())
