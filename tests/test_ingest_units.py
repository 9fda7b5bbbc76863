"""Pure helpers of the ingest layer: dates, ids, HTML text, encodings, sniffing, tagless feeds."""

from __future__ import annotations

import pytest

from partnerex.ingest.dates import dateline_date, is_date_only, parse_date
from partnerex.ingest.encoding import decode, looks_binary
from partnerex.ingest.flatfeed import looks_like_flat_feed, split_flat_feed
from partnerex.ingest.html import html_to_text, nesting_exceeds, soup_text
from partnerex.ingest.ids import host_of, item_id, path_id, url_id
from partnerex.ingest.sniff import sniff


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("(09/16/2008)", "2008-09-16"),
        ("Tue, 11/27/2012", "2012-11-27"),
        ("Wed, 27 Sep 2023 17:01:17 +0000", "2023-09-27"),
        ("Wed, 27 Sep 2023 00:30:00 -0400", "2023-09-27"),  # the date as written, no shift
        ("2023-09-27T13:01:17-04:00", "2023-09-27"),
        ("September 26, 2023", "2023-09-26"),
        ("Sept. 26, 2023", "2023-09-26"),
        ("26 September 2023", "2023-09-26"),
        ("Friday, September 28, 2007", "2007-09-28"),
        ("Release Date: April 26, 2011", "2011-04-26"),
        ("Posted on 1st March 2020 by staff", "2020-03-01"),
        # near misses
        ("September 2023", None),
        ("13/45/2020", None),
        ("Call (202) 344-1780", None),
        ("Foo 26, 2023", None),
        ("in 1984", None),
        ("", None),
    ],
)
def test_dates_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("line", "only"),
    [
        ("(09/16/2008)", True),
        ("Tue, 11/27/2012", True),
        ("Wed, 09/27/2023 - 13:01", True),
        ("2023-09-27T13:01:17-04:00", True),
        ("September 26, 2023", True),
        ("Release Date: April 26, 2011", False),
        ("Signed on September 26, 2023", False),
        ("Monday said May 3, 2006", False),
        ("Industry Partnership Programs", False),
    ],
)
def test_dates_is_date_only(line, only):
    assert is_date_only(line) is only


@pytest.mark.parametrize(
    ("paragraph", "iso"),
    [
        ("WASHINGTON — Sept. 26, 2023 — CBP signed an agreement.", "2023-09-26"),
        ("SAN DIEGO, Calif. – 10/02/2022 – Agents seized", "2022-10-02"),
        ("WASHINGTON – U.S. Customs and Border Protection signed", None),
        ("The agreement of Sept. 26, 2023 — signed today", None),
    ],
)
def test_dates_dateline_date(paragraph, iso):
    assert dateline_date(paragraph) == iso


@pytest.mark.parametrize(
    ("url", "ident"),
    [
        ("https://www.cbp.gov/newsroom/national-media-release/cbp-mra-brazil",
         "cbp.gov/newsroom/national-media-release/cbp-mra-brazil"),
        ("http://WWW.ICE.gov/news/releases/x/", "ice.gov/news/releases/x"),
        ("https://dhs.gov/news?id=5#top", "dhs.gov/news?id=5"),
        ("https://example.org", "example.org"),
    ],
)  # fmt: skip
def test_ids_url_id(url, ident):
    assert url_id(url) == ident


@pytest.mark.parametrize(
    ("path", "ident"),
    [
        ("000_7e34c4e37029df36.txt", "000_7e34c4e37029df36"),
        ("sub/dir/page.html.gz", "sub/dir/page"),
        ("feed.rss", "feed"),
        ("v1.2.notes.txt", "v1.2.notes"),
        ("README", "README"),
    ],
)
def test_ids_path_id(path, ident):
    assert path_id(path) == ident


def test_ids_item_id_and_host():
    assert item_id("feed", 3) == "feed#3"
    assert host_of("https://www.cbp.gov/x") == "cbp.gov"
    assert host_of(None) is None


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
        ("<p>A <a href='x'>link</a> and <em>emphasis</em>.</p>", "A link and emphasis."),
        ("<p>Line<br>break</p>", "Line\nbreak"),
        ("<p>&quot;Quoted&quot; &amp; &rsquo;s&nbsp;x</p>", "\"Quoted\" & ’s x"),
        ("<figure><img alt='ALT' title='T'><figcaption>Caption.</figcaption></figure>",
         "Caption."),
        ("<div title='attr'>Text<div>Nested</div>tail</div>", "Text\n\nNested\n\ntail"),
        ("<ul><li>a</li><li>b</li></ul><h2>Head</h2>", "a\n\nb\n\nHead"),
        ("<p> </p><p>\u00a0</p><p>Only</p>", "Only"),
        ("<table><tr><td>a</td><td>b</td></tr></table>", "a b"),
        ("<script>x=1</script><style>p{}</style><p>Kept</p>", "Kept"),
        ("<span aria-hidden='true'>icon</span><p>Kept</p>", "Kept"),
        ("<div class='field--name-field-page-footer'><p>Boilerplate.</p></div><p>Kept</p>",
         "Kept"),
    ],
)  # fmt: skip
def test_html_to_text(html, text):
    assert html_to_text(html) == text


def test_html_nesting_guard_and_soup_fallback():
    assert not nesting_exceeds("<div>" * 10 + "x" + "</div>" * 10)
    assert nesting_exceeds("<div>" * 3000, limit=2000)
    assert not nesting_exceeds("<span>" * 3000, limit=2000)  # inline nesting is cheap
    html = "<div><p>One &amp; two.</p><script>bad()</script><p>Three<br>four</p></div>"
    assert soup_text(html) == html_to_text(html) == "One & two.\n\nThree\nfour"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('<?xml version="1.0"?><rss version="2.0">', "feed"),
        ('<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        ("<!-- c --><rdf:RDF>", "feed"),
        ('<!DOCTYPE rss PUBLIC "-//Netscape" "http://x"><rss>', "feed"),
        ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><rss>', "feed"),
        ('<?xml version="1.0"?><catalog>', "xml"),
        ("<!DOCTYPE html><html>", "html"),
        ('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C" "http://x">\n<html>', "html"),
        ("<p>hello</p>", "html"),
        ('{"id": 1}', "jsonl"),
        ("[{}]", "jsonl"),
        ("Plain text", "text"),
    ],
)
def test_sniff(text, kind):
    assert sniff(text) == kind


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Aduanas de México".encode(), "Aduanas de México"),
        ("\ufeffWith BOM".encode(), "With BOM"),
        ("Aduanas de México y más texto en español aquí.".encode("cp1252"),
         "Aduanas de México y más texto en español aquí."),
        ("“Smart quotes” — dash".encode("cp1252"), "“Smart quotes” — dash"),
    ],
)  # fmt: skip
def test_encoding_decode(data, text):
    assert decode(data)[0] == text


@pytest.mark.parametrize(
    ("data", "binary"),
    [
        (b"plain ascii text\n", False),
        ("ünïcödé text".encode(), False),
        ("UTF-16 text".encode("utf-16"), False),
        (b"\x89PNG\r\n\x1a\n....", True),
        (b"PK\x03\x04zipdata", True),
        (bytes(range(32)) * 10, True),
    ],
)
def test_encoding_looks_binary(data, binary):
    assert looks_binary(data) is binary


def test_flatfeed_detection_near_misses():
    assert not looks_like_flat_feed("A plain page without markup, dated Wed, 27 Sep 2023.")
    assert not looks_like_flat_feed('<?xml version="1.0"?><rss><item>Wed, 27 Sep 2023 17:01:17'
                                    " +0000 https://x.org <p>x</p></item></rss>")
    assert not looks_like_flat_feed("Title https://x.org <p>a body without any feed date</p>")
    assert looks_like_flat_feed(
        "T https://x.org/a <p>body</p> Wed, 27 Sep 2023 17:01:17 +0000 user 1 at https://x.org"
    )


def test_flatfeed_item_without_guid_and_language():
    text = (
        "Channel https://x.org/feed en-US Item one https://x.org/1 <p>One.</p> "
        "Wed, 27 Sep 2023 17:01:17 +0000"
    )
    (item,) = list(split_flat_feed(text))
    assert (item.title, item.url, item.author) == ("Item one", "https://x.org/1", None)
