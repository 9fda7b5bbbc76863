"""Hostile and broken inputs: each gives an error record or a bounded result, never a crash,
a hang, a file read or a network access."""

from __future__ import annotations

import gzip
import io
import socket
import sys
import time
from pathlib import Path

import pytest

import partnerex
from partnerex.models import Document, ErrorRecord

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><item><title>&lol4;</title><description>x</description></item>
</channel></rss>"""


def _xxe(secret: Path) -> dict[str, bytes]:
    item = b"<item><title>&xxe;</title><description>&xxe;</description></item>"
    return {
        "file_entity": b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "'
        + secret.as_uri().encode()
        + b'">]><rss><channel>' + item + b"</channel></rss>",
        "http_entity": b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM '
        b'"http://127.0.0.1:9/secret">]><rss><channel>' + item + b"</channel></rss>",
        "parameter_entity": b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % pe SYSTEM '
        b'"http://127.0.0.1:9/evil.dtd"> %pe;]><rss><channel>' + item + b"</channel></rss>",
        "external_dtd": b'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://127.0.0.1:9/x.dtd">'
        b"<rss><channel><item><title>t</title></item></channel></rss>",
    }


@pytest.fixture
def no_network(monkeypatch):
    """Fail the test on any socket connection attempt."""

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def _only(items: list) -> Document | ErrorRecord:
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize("suffix", [".xml", ".rss", ".txt"])
def test_safety_billion_laughs_refused(tmp_path, suffix, no_network):
    path = tmp_path / f"bomb{suffix}"
    path.write_bytes(BILLION_LAUGHS)
    record = _only(list(partnerex.read(path)))
    assert isinstance(record, ErrorRecord)
    assert record.error.code == "E011"
    assert "never expands entities" in record.error.message


@pytest.mark.parametrize("case", ["file_entity", "http_entity", "parameter_entity", "external_dtd"])
def test_safety_external_entities_refused(tmp_path, case, no_network):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    path = tmp_path / "xxe.xml"
    path.write_bytes(_xxe(secret)[case])
    record = _only(list(partnerex.read(path)))
    assert isinstance(record, ErrorRecord)
    assert record.error.code == "E011"
    assert "TOP-SECRET" not in record.model_dump_json()


def test_safety_external_entity_file_never_opened(tmp_path, monkeypatch, no_network):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    path = tmp_path / "xxe.xml"
    path.write_bytes(_xxe(secret)["file_entity"])
    opened: list[str] = []
    real_open = io.open

    def spy(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spy)
    list(partnerex.read(path))
    assert str(secret) not in opened


MALFORMED = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Feed</title>
<item><title>CBP signs MRA & more&nbsp;news</title><link>https://www.cbp.gov/a</link>
<pubDate>Fri, 16 Sep 2022 14:55:19 +0000</pubDate>
<description>&lt;p&gt;Para one.&lt;/p&gt;&lt;p&gt;Para two.&lt;/p&gt;</description></item>
<item><title>Second</title><link>https://www.cbp.gov/b</link><description>Plain body
"""


def test_safety_malformed_xml_lenient_fallback(tmp_path, no_network):
    path = tmp_path / "broken.xml"
    path.write_bytes(MALFORMED)
    docs = list(partnerex.read(path))
    assert [type(d) for d in docs] == [Document, Document]
    assert docs[0].meta.title == "CBP signs MRA & more news"
    assert docs[0].text == "Para one.\n\nPara two."
    assert docs[0].meta.published == "2022-09-16"
    assert docs[1].meta.title == "Second"
    assert docs[1].text.startswith("Plain body")


def test_safety_malformed_xml_declaring_entities_refused(tmp_path):
    path = tmp_path / "broken.xml"
    path.write_bytes(b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><rss><item><title>&a;')
    assert _only(list(partnerex.read(path))).error.code == "E011"


def test_safety_xml_without_items(tmp_path):
    path = tmp_path / "other.xml"
    path.write_bytes(b'<?xml version="1.0"?><catalog><book>x</book></catalog>')
    assert _only(list(partnerex.read(path))).error.code == "E017"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Dirección Nacional de Aduanas signed the Protocolo de Cooperación in Montevideo "
         "with the customs administration of Uruguay.".encode("cp1252"), "Dirección"),
        ("Die Zollverwaltung unterzeichnete die Vereinbarung über die Zusammenarbeit "
         "mit den Behörden in München.".encode("latin-1"), "München"),
        ("Федеральная таможенная служба России подписала соглашение о сотрудничестве с таможней "
         "США.".encode("cp1251"), "таможенная служба"),
        ("Η τελωνειακή υπηρεσία υπέγραψε συμφωνία συνεργασίας με τις ΗΠΑ για την "
         "ασφάλεια.".encode("iso8859_7"), "συμφωνία"),
        (b"Valid start \xe9\xe8 then \xff\xfe\xfa odd bytes in the middle of a text line here.",
         "Valid start"),
    ],
)  # fmt: skip
def test_safety_undecodable_bytes_decoded(tmp_path, raw, expected):
    path = tmp_path / "latin.txt"
    path.write_bytes(raw)
    doc = _only(list(partnerex.read(path)))
    assert isinstance(doc, Document)
    assert expected in doc.text


def test_safety_undecodable_xml_feed(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_bytes(
        b"<rss><channel><item><title>Aduan\xe9s</title><description>Caf\xe9 cr\xe8me is"
        b" served.</description></item></channel></rss>"
    )
    doc = _only(list(partnerex.read(path)))
    assert isinstance(doc, Document)
    assert doc.text == "Café crème is served."


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n", b"\xef\xbb\xbf"])
def test_safety_empty_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    record = _only(list(partnerex.read(path)))
    assert isinstance(record, ErrorRecord) and record.error.code == "E012"


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n" + bytes(range(256)),
        bytes(range(256)) * 64,
        b"\x00\x01\x02\x03binary\xff\xfe\x00\x00" * 100,
    ],
)
def test_safety_binary_file(tmp_path, content):
    path = tmp_path / "image.html"
    path.write_bytes(content)
    record = _only(list(partnerex.read(path)))
    assert isinstance(record, ErrorRecord) and record.error.code == "E013"


def test_safety_utf16_with_bom_is_text(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("A UTF-16 text about the CBP agreement with Brazil.".encode("utf-16"))
    assert _only(list(partnerex.read(path))).text.startswith("A UTF-16 text")


def test_safety_50mb_file_is_refused_fast(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.seek(50 * 1024 * 1024 - 1)
        handle.write(b"\n")
    start = time.perf_counter()
    record = _only(list(partnerex.read(path)))
    assert time.perf_counter() - start < 5
    assert isinstance(record, ErrorRecord) and record.error.code == "E014"
    assert "--max-bytes" in record.error.message


def test_safety_gzip_bomb_stops_at_the_limit(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    with gzip.open(path, "wb", compresslevel=9) as handle:
        block = b"A" * (1024 * 1024)
        for _ in range(50):
            handle.write(block)
    assert path.stat().st_size < 1024 * 1024
    start = time.perf_counter()
    record = _only(list(partnerex.read(path, max_bytes=2_000_000)))
    assert time.perf_counter() - start < 5
    assert record.error.code == "E014"


def test_safety_corrupt_gzip(tmp_path):
    path = tmp_path / "bad.txt.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage-not-deflate")
    assert _only(list(partnerex.read(path))).error.code == "E010"


def test_safety_deep_html_is_bounded(tmp_path):
    path = tmp_path / "deep.html"
    depth = 30_000
    path.write_text("<html><body>" + "<div>" * depth + "deep text" + "</div>" * depth)
    start = time.perf_counter()
    doc = _only(list(partnerex.read(path)))
    assert time.perf_counter() - start < 10
    assert doc.text == "deep text"


def test_safety_large_single_line_is_bounded(tmp_path):
    path = tmp_path / "line.txt"
    path.write_text("customs agreement signed " * 80_000)  # 2 MB, one line
    start = time.perf_counter()
    doc = _only(list(partnerex.read(path)))
    assert time.perf_counter() - start < 10
    assert len(doc.text) > 1_900_000


def test_safety_missing_and_unsupported(tmp_path):
    missing = _only(list(partnerex.read(tmp_path / "nope.txt")))
    assert missing.error.code == "E010"
    other = tmp_path / "report.pdf"
    other.write_bytes(b"%PDF-1.4")
    assert _only(list(partnerex.read(other))).error.code == "E015"


def test_safety_bad_files_do_not_stop_a_batch(tmp_path, monkeypatch):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_bomb.xml").write_bytes(BILLION_LAUGHS)
    (tmp_path / "c_binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "d_boom.txt").write_text("this file makes the reader crash", encoding="utf-8")
    (tmp_path / "e_good.txt").write_text(
        "Good title\n\nA good paragraph about the agreement signed by both customs agencies.",
        encoding="utf-8",
    )
    from partnerex.ingest import pages

    real = pages.read_page_text

    def boom(text, base_id, name):
        if "crash" in text:
            raise RuntimeError("reader bug")
        return real(text, base_id, name)

    monkeypatch.setattr(pages, "read_page_text", boom)
    items = list(partnerex.read(tmp_path))
    codes = [i.error.code if isinstance(i, ErrorRecord) else "doc" for i in items]
    assert codes == ["E012", "E011", "E013", "E010", "doc"]
    assert "reader bug" in items[3].error.message
    assert items[4].meta.title == "Good title"


def test_safety_stdin_limit(monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO(b"x" * 5000))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert _only(list(partnerex.read("-", max_bytes=1000))).error.code == "E014"


def test_safety_stdin_closed_or_text_only(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    assert _only(list(partnerex.read("-"))).error.code == "E010"
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": "t1", "text": "text-only stdin"}\n'))
    assert _only(list(partnerex.read("-"))).id == "t1"
