"""Record model helpers: the mention index and the prefix-sharing term matcher."""

from __future__ import annotations

import random
import re

from partnerex.records.model import Mention, MentionIndex, TermMatcher, within


def _flat(terms: list[str]) -> re.Pattern[str]:
    """The plain longest-first alternation the term matcher must agree with."""
    alternation = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def test_records_term_matcher_matches_like_a_longest_first_alternation() -> None:
    terms = ["sign", "signed", "signs", "sign on", "signed into law", "in force", "into force",
             "entered into force", "MoU", "mou signing", "a.b", "co-sign"]
    matcher = TermMatcher.build({t: t for t in terms})
    flat = _flat(terms)
    rng = random.Random(8)
    pieces = [*terms, "Signed", "SIGN-", "-sign", "signing", " ", " ", ", ", "x", "on", "law",
              "force", "entered", "ſign", "MOU", "(", ")"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        got = [m.span() for m in matcher.finditer(text, start, end)]
        assert got == [m.span() for m in flat.finditer(text, start, end)], (text, start, end)
        assert matcher.starts(text) == (flat.match(text.lstrip()) is not None)


def test_records_term_matcher_non_ascii_terms_keep_the_plain_alternation() -> None:
    matcher = TermMatcher.build({"on behalf of": 1, "Ministère": 2})
    assert [m.group(0) for m in matcher.finditer("le ministère, On Behalf Of X")] == [
        "ministère",
        "On Behalf Of",
    ]


def test_records_mention_index_within_is_a_scan_in_text_order() -> None:
    rng = random.Random(3)
    mentions = []
    for _ in range(200):
        start = rng.randint(0, 300)
        mentions.append(Mention(start, start + rng.randint(0, 20), "ORG", None, ""))
    index = MentionIndex(mentions)
    ordered = sorted(mentions, key=lambda m: m.start)
    assert list(index) == ordered and len(index) == len(ordered) and index[3] == ordered[3]
    for _ in range(300):
        start = rng.randint(0, 320)
        end = rng.randint(start, 330)
        assert index.within(start, end) == within(ordered, start, end)
        assert within(index, start, end) == [m for m in ordered if m.inside(start, end)]


def test_records_term_matcher_may_occur_only_says_no_when_no_term_matches() -> None:
    matcher = TermMatcher.build({"signed": 1, "signed into law": 2, "entered into force": 3})
    assert matcher.anchors == ("signed", "entered into force")
    for text in ["They SIGNED it.", "Entered  into force", "ſigned", "sıgned", "SİGNED", "Kelvin"]:
        found = any(True for _ in matcher.finditer(text))
        assert matcher.may_occur(text.lower()) or not found, text
    assert not matcher.may_occur("they agreed to it.")
    assert TermMatcher.build({"Ministère": 1}).may_occur("nothing here")  # not ASCII: unsure
    assert not TermMatcher.build({}).may_occur("signed")


def test_records_only_known_non_ascii_characters_match_ascii_case_insensitively() -> None:
    """``may_contain`` relies on it: besides "İ", "ı" and "ſ" (flagged in the lowercased
    text), the only non-ASCII character matching an ASCII one is the Kelvin sign ("k")."""
    ascii_class = re.compile("[\x00-\x7f]", re.IGNORECASE)
    found = {
        chr(code)
        for code in range(0x80, 0x110000)
        if ascii_class.fullmatch(chr(code)) is not None
    }
    assert found == {"\u0130", "\u0131", "\u017f", "\u212a"}
    assert "\u212a".lower() == "k"
