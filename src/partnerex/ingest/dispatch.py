"""From an input's bytes to documents: empty/binary checks, decoding, the reader by format."""

from __future__ import annotations

import re
from collections.abc import Iterator

from partnerex.errors import PartnerexError
from partnerex.ingest.build import error_record
from partnerex.ingest.encoding import decode, looks_binary
from partnerex.ingest.feed import read_feed
from partnerex.ingest.jsonl import read_jsonl
from partnerex.ingest.pages import read_html_page, read_text_like
from partnerex.ingest.sniff import sniff
from partnerex.ingest.sources import Input
from partnerex.models import Document, ErrorInfo, ErrorRecord

_ENCODING_DECL = re.compile(rb"\s*<\?xml[^>]*encoding=", re.I)


def _xml_bytes(data: bytes, text: str, encoding: str) -> bytes:
    """The bytes to give the XML parser: as they are when UTF-8/16/32 or when the prolog names
    an encoding, else the detected decoding re-encoded as UTF-8 (undecodable input)."""
    if encoding.startswith("utf") or _ENCODING_DECL.match(data[:200]):
        return data
    return text.encode("utf-8")


def _format(declared: str, sniffed: str) -> str:
    """The reader to use: content that is evidently a feed or XML goes to the safe XML reader
    whatever the extension; otherwise the extension decides (``auto``: the content)."""
    if declared in ("jsonl", "json"):
        return "jsonl"
    if sniffed == "feed" or (sniffed == "xml" and declared != "html"):
        return "feed"
    if declared == "auto":
        return sniffed
    return declared


def read_input(item: Input, text_key: str, id_key: str) -> Iterator[Document | ErrorRecord]:
    """The documents of one input; its problems become error records, never exceptions."""
    name, base_id = item.name, item.base_id
    if not item.data.strip():
        yield error_record(base_id, "E012", name, path=name)
        return
    if looks_binary(item.data):
        yield error_record(base_id, "E013", name, path=name)
        return
    text, encoding = decode(item.data)
    fmt = _format(item.fmt, sniff(text))
    try:
        if fmt == "feed":
            yield from read_feed(_xml_bytes(item.data, text, encoding), base_id, name)
        elif fmt in ("jsonl", "json"):
            yield from read_jsonl(text, base_id, name, text_key=text_key, id_key=id_key)
        elif fmt == "html":
            yield from read_html_page(text, base_id, name)
        else:
            yield from read_text_like(text, base_id, name)
    except PartnerexError as exc:
        yield ErrorRecord(
            id=base_id, error=ErrorInfo(code=exc.code, message=exc.message), source=name
        )
    except Exception as exc:  # one bad input must never stop a batch
        yield error_record(base_id, "E010", name, path=name, reason=f"{type(exc).__name__}: {exc}")
