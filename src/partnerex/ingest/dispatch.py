"""From an input's bytes to documents: empty/binary checks, decoding, the reader by format."""

from __future__ import annotations

from collections.abc import Iterator

from partnerex.errors import PartnerexError
from partnerex.ingest.build import error_record
from partnerex.ingest.encoding import decode, looks_binary
from partnerex.ingest.feed import read_feed
from partnerex.ingest.jsonl import read_jsonl
from partnerex.ingest.pages import (
    looks_like_xml_feed,
    read_html_page,
    read_text_like,
)
from partnerex.ingest.sources import Input
from partnerex.models import Document, ErrorInfo, ErrorRecord


def _sniff(text: str) -> str:
    head = text.lstrip()[:1]
    if looks_like_xml_feed(text):
        return "feed"
    if head in ("{", "["):
        return "jsonl"
    return "text"


def read_input(item: Input, text_key: str, id_key: str) -> Iterator[Document | ErrorRecord]:
    """The documents of one input; its problems become error records, never exceptions."""
    name, base_id = item.name, item.base_id
    if not item.data.strip():
        yield error_record(base_id, "E012", name, path=name)
        return
    if looks_binary(item.data):
        yield error_record(base_id, "E013", name, path=name)
        return
    text, _encoding = decode(item.data)
    fmt = item.fmt
    if fmt in ("auto", "text", "html") and looks_like_xml_feed(text):
        fmt = "feed"
    elif fmt == "auto":
        fmt = _sniff(text)
    try:
        if fmt == "feed":
            yield from read_feed(item.data, base_id, name)
        elif fmt in ("jsonl", "json"):
            yield from read_jsonl(text, base_id, name, text_key=text_key, id_key=id_key)
        elif fmt == "html":
            yield from read_html_page(text, base_id, name)
        else:
            yield from read_text_like(text, base_id, name)
    except PartnerexError as exc:
        yield ErrorRecord(id=base_id, error=ErrorInfo(code=exc.code, message=exc.message), source=name)
    except Exception as exc:  # one bad input must never stop a batch
        yield error_record(base_id, "E010", name, path=name, reason=f"{type(exc).__name__}: {exc}")

