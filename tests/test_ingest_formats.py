"""Every input format read() accepts: RSS, RDF, Atom, HTML, JSONL/JSON, folders, stdin, gzip."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

import partnerex
from partnerex.models import Document, ErrorRecord

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Newsroom</title><link>https://www.ice.gov/news</link><language>en</language>
<item>
  <title>ICE signs MOU with Guatemala</title>
  <link>https://www.ice.gov/news/releases/ice-signs-mou-guatemala</link>
  <pubDate>Tue, 26 Apr 2011 10:00:00 -0400</pubDate>
  <dc:creator>Office of Public Affairs</dc:creator>
  <description>Short summary.</description>
  <content:encoded><![CDATA[<p>GUATEMALA CITY &#8212; ICE signed a <a href="/mou">memorandum</a>
  of understanding.</p><figure><img alt="ALT TEXT" src="x.jpg"/><figcaption>Director John Doe
  signs the MOU.</figcaption></figure><ul><li>First point</li><li>Second point</li></ul>]]>
  </content:encoded>
</item>
<item>
  <title>Second release</title>
  <guid isPermaLink="true">https://www.ice.gov/news/releases/second</guid>
  <description>Plain text description without tags &amp; with an entity.</description>
</item>
<item><title>No link at all</title><description>&lt;p&gt;Escaped HTML body.&lt;/p&gt;</description>
</item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>EU customs news</title>
  <entry>
    <title type="html">EU and Japan &lt;b&gt;extend&lt;/b&gt; mutual recognition</title>
    <link rel="enclosure" href="https://ec.europa.eu/file.pdf"/>
    <link rel="alternate" href="https://taxation-customs.ec.europa.eu/news/eu-japan-mra"/>
    <id>urn:uuid:1</id>
    <updated>2023-05-02T09:00:00Z</updated>
    <published>2023-05-01T09:00:00Z</published>
    <author><name>DG TAXUD</name></author>
    <content type="html">&lt;p&gt;Brussels, 1 May 2023&lt;/p&gt;&lt;p&gt;The EU and Japan
    agreed.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>XHTML entry</title>
    <link href="https://example.org/xhtml-entry"/>
    <updated>2022-01-31T00:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First.</p>
    <p>Second <em>emphasised</em> paragraph.</p></div></content>
  </entry>
</feed>"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.org/"><title>RSS 1.0</title></channel>
  <item rdf:about="https://example.org/a">
    <title>RDF item</title><link>https://example.org/a</link>
    <dc:date>2010-03-26</dc:date><description>Body of the RDF item.</description>
  </item>
</rdf:RDF>"""

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Site | CBP signs MRA with Brazil</title>
<meta property="og:title" content="CBP signs Mutual Recognition Arrangement with Brazil">
<link rel="canonical" href="https://www.cbp.gov/newsroom/national-media-release/cbp-mra-brazil">
<meta name="author" content="CBP Public Affairs">
<script>var tracking = "SCRIPT TEXT";</script><style>p { color: red }</style>
</head><body>
<a class="usa-skipnav" href="#main">Skip to main content</a>
<header class="site-header"><nav><ul><li>Home</li><li>Newsroom</li></ul></nav></header>
<div class="breadcrumb">Home &gt; Newsroom</div>
<main id="main">
  <h1>CBP signs Mutual Recognition Arrangement with Brazil</h1>
  <div class="field"><div class="field__label">Release Date</div>
  <div class="field__item">Fri, 09/16/2022</div></div>
  <p><strong>WASHINGTON &ndash;</strong> U.S. Customs and Border Protection and Brazil&rsquo;s
  Receita Federal today signed an <em>Authorized Economic Operator</em> MRA.</p>
  <figure><img src="a.jpg" alt="ALT TEXT"><figcaption>Commissioner Chris Magnus signs the
  arrangement.</figcaption></figure>
  <p>Line one<br>Line two</p>
  <div class="social-share">Share on Facebook</div>
</main>
<aside>Related: SIDEBAR TEXT</aside>
<footer class="usa-footer">Privacy Policy | FOIA | Accessibility</footer>
</body></html>"""


def _docs(path: Path, **kwargs) -> list[Document]:
    items = list(partnerex.read(path, **kwargs))
    assert all(isinstance(i, Document) for i in items), items
    return items  # type: ignore[return-value]


def test_formats_rss(tmp_path):
    path = tmp_path / "news.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second, third = _docs(path)
    assert first.id == "ice.gov/news/releases/ice-signs-mou-guatemala"
    assert first.meta.title == "ICE signs MOU with Guatemala"
    assert first.meta.url == "https://www.ice.gov/news/releases/ice-signs-mou-guatemala"
    assert (first.meta.published, first.meta.published_from) == ("2011-04-26", "feed")
    assert first.meta.author == "Office of Public Affairs"
    assert first.meta.source == "ice.gov"
    assert first.text == (
        "GUATEMALA CITY — ICE signed a memorandum of understanding.\n\n"
        "Director John Doe signs the MOU.\n\nFirst point\n\nSecond point"
    )
    assert second.meta.url == "https://www.ice.gov/news/releases/second"
    assert second.text == "Plain text description without tags & with an entity."
    assert second.meta.published is None
    assert third.id == "news#3"
    assert third.text == "Escaped HTML body."
    assert third.meta.source == "news.rss"


def test_formats_atom(tmp_path):
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    first, second = _docs(path)
    assert first.meta.url == "https://taxation-customs.ec.europa.eu/news/eu-japan-mra"
    assert first.id == "taxation-customs.ec.europa.eu/news/eu-japan-mra"
    assert first.meta.published == "2023-05-01"
    assert first.meta.author == "DG TAXUD"
    assert first.text == "Brussels, 1 May 2023\n\nThe EU and Japan agreed."
    assert second.text == "First.\n\nSecond emphasised paragraph."
    assert second.meta.published == "2022-01-31"


def test_formats_rdf(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(RDF, encoding="utf-8")
    (doc,) = _docs(path)
    assert (doc.meta.title, doc.meta.url, doc.meta.published) == (
        "RDF item", "https://example.org/a", "2010-03-26"
    )
    assert doc.text == "Body of the RDF item."


def test_formats_html_page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    (doc,) = _docs(path)
    assert doc.id == "cbp.gov/newsroom/national-media-release/cbp-mra-brazil"
    assert doc.meta.title == "CBP signs Mutual Recognition Arrangement with Brazil"
    assert (doc.meta.published, doc.meta.published_from) == ("2022-09-16", "release_date_line")
    assert doc.meta.author == "CBP Public Affairs"
    assert doc.meta.source == "cbp.gov"
    assert doc.text.startswith("CBP signs Mutual Recognition Arrangement with Brazil\n\n")
    assert (
        "WASHINGTON – U.S. Customs and Border Protection and Brazil’s Receita Federal today"
        " signed an Authorized Economic Operator MRA."
    ) in doc.text
    assert "\n\nCommissioner Chris Magnus signs the arrangement.\n\n" in doc.text
    assert "Line one\nLine two" in doc.text
    for chrome in ("SCRIPT TEXT", "color", "ALT TEXT", "Skip to", "Home", "Share",
                   "SIDEBAR", "Privacy", "Site |"):  # fmt: skip
        assert chrome not in doc.text, chrome


def test_formats_html_time_tag_and_dateline(tmp_path):
    timed = tmp_path / "timed.htm"
    timed.write_text(
        "<html><body><article><h1>T</h1><time datetime='2021-03-04T10:00:00Z'>4 March</time>"
        "<p>Body text that says nothing about the date at all, long enough.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (doc,) = _docs(timed)
    assert (doc.meta.published, doc.meta.published_from) == ("2021-03-04", "time_tag")
    assert doc.id == "timed"
    dated = tmp_path / "dated.html"
    dated.write_text(
        "<html><body><h1>CBP, Cabo Verde sign CMAA</h1><p>WASHINGTON — Sept. 26, 2023 — "
        "U.S. Customs and Border Protection signed an agreement today.</p></body></html>",
        encoding="utf-8",
    )
    (doc,) = _docs(dated)
    assert (doc.meta.published, doc.meta.published_from) == ("2023-09-26", "dateline")


def test_formats_jsonl_annotation_shape(tmp_path):
    gold = {
        "id": "d001", "text": "CBP signed an MRA.",
        "meta": {"title": "T", "url": "https://www.cbp.gov/x", "published": "2022-09-16",
                 "source": "cbp.gov"},
        "spans": [{"start": 0, "end": 3, "label": "ORG", "text": "CBP", "norm": "cbp"}],
        "programs": [], "agreements": [], "figures": [], "countries": ["US"],
    }  # fmt: skip
    path = tmp_path / "gold.jsonl"
    lines = [json.dumps(gold), "", "not json", json.dumps({"id": "d3", "body": "no text"}),
             json.dumps({"text": "No id here."}), json.dumps([1, 2])]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(partnerex.read(path))
    assert [type(i).__name__ for i in items] == [
        "Document", "ErrorRecord", "ErrorRecord", "Document", "ErrorRecord"
    ]  # fmt: skip
    doc = items[0]
    assert doc.id == "d001" and doc.text == "CBP signed an MRA." and doc.spans == []
    assert (doc.meta.published, doc.meta.published_from) == ("2022-09-16", "given")
    assert doc.meta.url == "https://www.cbp.gov/x" and doc.meta.title == "T"
    assert [i.error.code for i in items if isinstance(i, ErrorRecord)] == ["E016"] * 3
    assert items[1].id == "gold#3"
    assert items[3].id == "gold#5"


def test_formats_jsonl_custom_keys(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text(
        json.dumps({"uid": 7, "body": "Body one.", "url": "https://dhs.gov/news/a"}) + "\n"
        + json.dumps({"uid": "x8", "body": "Body two."}) + "\n",
        encoding="utf-8",
    )
    first, second = _docs(path, text_key="body", id_key="uid")
    assert (first.id, first.text, first.meta.source) == ("7", "Body one.", "dhs.gov")
    assert second.id == "x8"


def test_formats_json_raw_corpus_shape(tmp_path):
    record = {"id": "d015", "url": "https://www.cbp.gov/n", "title": "US and Chile sign CMAA",
              "published": None, "source": "cbp.gov", "category": "agreement",
              "text": "WASHINGTON— The United States signed a CMAA with Chile Monday."}  # fmt: skip
    single = tmp_path / "015.json"
    single.write_text(json.dumps(record, indent=1), encoding="utf-8")
    (doc,) = _docs(single)
    assert (doc.id, doc.meta.title, doc.meta.published) == ("d015", "US and Chile sign CMAA", None)
    array = tmp_path / "all.json"
    array.write_text(json.dumps([record, {**record, "id": "d016"}]), encoding="utf-8")
    assert [d.id for d in _docs(array)] == ["d015", "d016"]
    archived = tmp_path / "002.json"
    archived.write_text(json.dumps({**record, "id": "d002", "source": "ice.gov (archive copy)",
                                    "url": "https://webarchive.library.unt.edu/x"}))
    (doc,) = _docs(archived)
    assert doc.meta.source == "ice.gov (archive copy)"  # a given source wins over the host
    no_id = tmp_path / "noid.json"
    no_id.write_text(json.dumps({"text": "Only text."}), encoding="utf-8")
    assert [d.id for d in _docs(no_id)] == ["noid"]


def test_formats_folder_recursive_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    body = "Title\n\nA paragraph that is long enough to be prose in the test document here."
    (tmp_path / "b" / "z.txt").write_text(body, encoding="utf-8")
    (tmp_path / "a" / "y.txt").write_text(body, encoding="utf-8")
    (tmp_path / "x.txt").write_text(body, encoding="utf-8")
    (tmp_path / ".hidden" / "h.txt").write_text(body, encoding="utf-8")
    (tmp_path / ".dot.txt").write_text(body, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "feed.rss.gz").write_bytes(gzip.compress(RDF.encode()))
    ids = [d.id for d in _docs(tmp_path)]
    assert ids == ["a/y", "b/z", "example.org/a", "x"]
    assert ids == [d.id for d in _docs(tmp_path)]  # stable on re-read


@pytest.mark.parametrize(
    ("name", "payload", "expected_ids"),
    [
        ("page.txt.gz", b"Title\n\nThe text of a gzipped page that is long enough to count.",
         ["page"]),
        ("news.rss.gz", RSS.encode(), ["ice.gov/news/releases/ice-signs-mou-guatemala",
                                      "ice.gov/news/releases/second", "news#3"]),
        ("gold.jsonl.gz", b'{"id": "g1", "text": "t"}\n', ["g1"]),
        ("page.html.gz", HTML_PAGE.encode(), ["cbp.gov/newsroom/national-media-release/cbp-mra-brazil"]),
    ],
)  # fmt: skip
def test_formats_gzip(tmp_path, name, payload, expected_ids):
    path = tmp_path / name
    path.write_bytes(gzip.compress(payload))
    assert [d.id for d in _docs(path)] == expected_ids


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (b"Title\n\nPlain text from stdin, long enough to be a prose line of text.", "stdin"),
        (RDF.encode(), "example.org/a"),
        (b'{"id": "s1", "text": "from stdin"}\n', "s1"),
        (gzip.compress(b'{"id": "s2", "text": "gzipped stdin"}\n'), "s2"),
        (HTML_PAGE.encode(), "cbp.gov/newsroom/national-media-release/cbp-mra-brazil"),
    ],
)
def test_formats_stdin(monkeypatch, payload, expected):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload)))
    assert [d.id for d in _docs(Path("-"))] == [expected]


def test_formats_stdin_flat_feed(monkeypatch, shared_dir):
    seed = next((shared_dir / "seeds").glob("004_*.txt")).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(seed)))
    docs = list(partnerex.read("-"))
    assert len(docs) == 10 and all(d.meta.source == "cbp.gov" for d in docs)


FLAT = (
    "Press releases https://agency.example/feed.xml en-us "
    "First release title https://agency.example/news/first "
    "<div class='body'><p>ROME — The customs agency signed an accord.</p>"
    "<figure><img alt='hidden alt'><figcaption>The director signs.</figcaption></figure></div> "
    "Mon, 02 Jan 2023 10:00:00 GMT Jane Roe https://agency.example/news/first "
    "Second release https://agency.example/news/second <p>Second &amp; last body.</p> "
    "Tue, 03 Jan 2023 11:30:00 +0100 John Doe https://agency.example/news/second"
)


def test_formats_flat_feed_generic(tmp_path):
    path = tmp_path / "saved_feed.txt"
    path.write_text(FLAT, encoding="utf-8")
    first, second = _docs(path)
    assert (first.meta.title, first.meta.url) == (
        "First release title", "https://agency.example/news/first"
    )
    assert first.text == "ROME — The customs agency signed an accord.\n\nThe director signs."
    assert (first.meta.published, first.meta.published_from) == ("2023-01-02", "feed")
    assert first.meta.author == "Jane Roe"
    assert (second.meta.title, second.text, second.meta.author) == (
        "Second release", "Second & last body.", "John Doe"
    )
    assert second.meta.published == "2023-01-03"


def test_formats_html_page_frame_dropped_without_main(tmp_path):
    path = tmp_path / "frame.html"
    path.write_text(
        "<html><body><header><div>SITE BANNER</div></header>"
        "<h1>Agency signs accord</h1><p>The agency signed an accord with its partner today.</p>"
        "<article><header>Byline kept</header><p>Article text.</p><footer>Notes kept</footer>"
        "</article><article><p>Second article.</p></article>"
        "<footer><p>SITE FOOTER</p></footer></body></html>",
        encoding="utf-8",
    )
    (doc,) = _docs(path)
    assert "SITE" not in doc.text
    assert "Byline kept" in doc.text and "Notes kept" in doc.text
    assert doc.meta.title == "Agency signs accord"
