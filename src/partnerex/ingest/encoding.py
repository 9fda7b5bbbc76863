"""Bytes to text: BOMs, UTF-8, then a detected encoding (charset-normalizer); binary sniffing.

``decode`` never raises: BOM, else strict UTF-8, else Windows-1252 for mostly-ASCII input
(Western pages; charset-normalizer guesses CJK codecs on short Latin-1 texts), else the
encoding charset-normalizer detects, else Windows-1252 with replacement characters.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

#: Leading bytes of formats that are never text we can read.
BINARY_MAGIC: tuple[bytes, ...] = (
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"PK\x03\x04",
    b"\x7fELF",
    b"MZ",
    b"\xd0\xcf\x11\xe0",
    b"Rar!",
    b"7z\xbc\xaf",
    b"BZh",
    b"\x00\x00\x01\x00",
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 65536
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")
_HIGH_BYTES = bytes(range(0x80, 0x100))
#: Above this share of control characters (after decoding), input is binary.
BINARY_CONTROLS = 0.05
#: Above this share of ASCII bytes, non-UTF-8 input is read as Windows-1252.
MOSTLY_ASCII = 0.9


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def control_ratio(text: str) -> float:
    """Share of characters that are control characters other than whitespace."""
    if not text:
        return 0.0
    bad = sum(1 for ch in text if (ch < " " and ch not in _TEXT_CONTROLS) or ch == "\ufffd")
    return bad / len(text)


def looks_binary(data: bytes) -> bool:
    """True when the bytes are evidently not text (magic number, NULs, control characters)."""
    if _bom_encoding(data):
        return False
    if data.startswith(BINARY_MAGIC):
        return True
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        # UTF-16/32 without a BOM has NULs in a regular pattern; let the detector judge.
        guess = from_bytes(sample).best()
        if guess is None or (
            not guess.encoding.startswith("utf_16") and not guess.encoding.startswith("utf_32")
        ):
            return True
        return control_ratio(str(guess)) > BINARY_CONTROLS
    if len(data) > _SAMPLE:  # do not cut a multibyte character in two
        cut = len(sample)
        while cut > _SAMPLE - 4 and sample[cut - 1] >= 0x80:
            cut -= 1
        sample = sample[:cut]
    return control_ratio(decode(sample)[0]) > BINARY_CONTROLS


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to ``(text, encoding)``; never raises."""
    bom = _bom_encoding(data)
    if bom:
        return data.decode(bom, "replace"), bom
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if ascii_ratio(data) >= MOSTLY_ASCII:
        # Western text with a few accented letters: charset-normalizer's statistics are weak
        # on short inputs (it may pick a CJK codec); Windows-1252 is what such pages use.
        return data.decode("cp1252", "replace"), "cp1252"
    guess = from_bytes(data).best()
    if guess is not None and guess.encoding:
        try:
            return data.decode(guess.encoding, "replace"), guess.encoding
        except LookupError:  # pragma: no cover - codec names come from Python itself
            pass
    return data.decode("cp1252", "replace"), "cp1252"


def ascii_ratio(data: bytes) -> float:
    """Share of bytes below 0x80 in (a sample of) the data."""
    sample = data[:_SAMPLE]
    if not sample:
        return 1.0
    return len(sample.translate(None, _HIGH_BYTES)) / len(sample)
