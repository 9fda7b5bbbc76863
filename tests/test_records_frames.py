"""Frames: triggers, plural/definition filters, party regions; and the records lexicon data."""

from __future__ import annotations

import pytest

from partnerex.kb import load_kb
from partnerex.records.frames import (
    instrument_mentions,
    is_definition,
    is_plural,
    nearest_trigger,
    region_parties,
    triggers_in,
)
from partnerex.records.model import Mention
from records_helpers import lexicon, spans


@pytest.mark.parametrize(
    ("text", "plural"),
    [
        ("CMAAs", True),
        ("MRAs", True),
        ("Customs Mutual Assistance Agreements", True),
        ("Memoranda of Understanding", True),
        ("Letters of Intent", True),
        ("Customs Mutual Assistance Agreement", False),
        ("Declaration of Principles", False),
        ("Memorandum of Understanding", False),
        ("CBP-WBO Action Plan", False),
        ("Joint Statement", False),
        ("MRA", False),
        ("Mutual Recognition Arrangement", False),
    ],
)
def test_frames_is_plural(text, plural):
    assert is_plural(text) is plural


@pytest.mark.parametrize(
    ("text", "surface", "definition"),
    [
        ("A JWP is a document that lays out the path towards MR.", "JWP", True),
        ("CMAAs are bilateral agreements between countries.", "CMAAs", True),
        (
            "Mutual Recognition Arrangements (MRA) are bilateral understandings.",
            "Mutual Recognition Arrangements",
            True,
        ),
        ("The MRA, signed in 2012, is a document of record.", "MRA", False),
        ("The Mutual Recognition (MR) refers to those activities.", "Mutual Recognition", True),
        ("The JWP was signed with Colombia.", "JWP", False),
        (
            "The Declaration of Principles (DOP) signed by Secretary Meade is a statement.",
            "Declaration of Principles",
            False,
        ),
    ],
)
def test_frames_is_definition(text, surface, definition):
    start = text.index(surface)
    mention = Mention(start, start + len(surface), "AGREEMENT", "x", surface)
    assert is_definition(text, mention, lexicon()) is definition


def _status_of(text: str) -> set[str]:
    return {t.status for t in triggers_in(text, (0, len(text)), [], lexicon())}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("CBP, Cabo Verde sign Customs Mutual Assistance Agreement", "signed"),
        ("first signed a Customs Mutual Assistance Agreement in 2002", "signed"),
        ("the Government of Brazil inked the arrangement", "signed"),
        ("the strategy culminated in the CBP-WBO Action Plan", "signed"),
        ("the agreement entered into force on May 1", "in_force"),
        ("CBP currently has mutual recognition with Japan", "in_force"),
        ("the two countries will sign an MRA next year", "planned"),
        ("which will lead to its signing in the Spring of 2012", "planned"),
        ("Once entered into force, the CMAA will allow exchanges", "planned"),
        ("the leaders announced the Beyond the Border Action Plan", "announced"),
    ],
)
def test_frames_trigger_status(text, status):
    assert status in _status_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "CMAAs are bilateral agreements between the United States and its partners.",
        "The MOU extends CBP service hours.",
        "Diverse agreements with Guatemala.",
        "President Bush and Prime Minister Chrétien met and asked that they be updated regularly.",
    ],
)
def test_frames_no_trigger(text):
    assert _status_of(text) == set()


def test_frames_trigger_inside_a_name_is_ignored():
    text = "The Signing Authority Act was read."
    mentions = spans(text, ("Signing Authority Act", "ORG", None))
    assert triggers_in(text, (0, len(text)), mentions, lexicon()) == []


def test_frames_trigger_reaches_through_coordination_only():
    text = (
        "They signed a Memorandum of Understanding (MOU) and Memorandum of Cooperation (MOC) today."
    )
    mentions = spans(
        text,
        ("Memorandum of Understanding", "AGREEMENT", "mou"),
        ("MOU", "AGREEMENT", "mou"),
        ("Memorandum of Cooperation", "AGREEMENT", "moc"),
        ("MOC", "AGREEMENT", "moc"),
    )
    instruments = instrument_mentions(text, (0, len(text)), mentions, lexicon())
    assert [m.norm for m in instruments] == ["mou", "moc"]
    triggers = triggers_in(text, (0, len(text)), mentions, lexicon())
    assert nearest_trigger(triggers, instruments[1], text, instruments, lexicon()) is not None

    clause = "The BSP stems from a Declaration of Principles that was signed on June 8."
    mentions = spans(
        clause,
        ("BSP", "AGREEMENT", "other"),
        ("Declaration of Principles", "AGREEMENT", "declaration_of_principles"),
    )
    instruments = instrument_mentions(clause, (0, len(clause)), mentions, lexicon())
    triggers = triggers_in(clause, (0, len(clause)), mentions, lexicon())
    assert nearest_trigger(triggers, instruments[0], clause, instruments, lexicon()) is None
    assert nearest_trigger(triggers, instruments[1], clause, instruments, lexicon()) is not None


def test_frames_implicit_mutual_recognition_needs_a_partner_list():
    text = "CBP currently has mutual recognition with: New Zealand and Japan."
    (implicit,) = instrument_mentions(text, (0, len(text)), [], lexicon())
    assert implicit.norm == "mra"
    generic = "Upon achieving mutual recognition, one program may recognize the other."
    assert instrument_mentions(generic, (0, len(generic)), [], lexicon()) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "signed a JWP with the customs administrations of Guatemala and Colombia at the Summit in Peru.",
            ["Guatemala", "Colombia"],
        ),
        (
            "signed a CMAA with Cabo Verde Ambassador to the U.S. Jose Luis Livramento.",
            ["Cabo Verde"],
        ),
        ("signed a CMAA with Chile Monday marking a milestone with Peru.", ["Chile"]),
        ("signed a CMAA on Friday with the customs service of Russia.", ["Russia"]),
        ("signed the Joint Statement between CBP and WBO", ["CBP", "WBO"]),
        ("signed a MOU to cooperate in Peru.", []),
    ],
)
def test_frames_region_parties(text, expected):
    names = [
        ("Guatemala", "COUNTRY", "GT"),
        ("Colombia", "COUNTRY", "CO"),
        ("Peru", "COUNTRY", "PE"),
        ("Cabo Verde", "COUNTRY", "CV"),
        ("U.S.", "COUNTRY", "US"),
        ("Jose Luis Livramento", "PERSON", None),
        ("Chile", "COUNTRY", "CL"),
        ("Russia", "COUNTRY", "RU"),
        ("CBP", "ORG", "cbp"),
        ("WBO", "ORG", "wbo"),
        ("Monday", "DATE", None),
        ("Friday", "DATE", None),
    ]
    mentions = spans(text, *[n for n in names if n[0] in text])
    found, _ = region_parties(text, 0, len(text), mentions, lexicon())
    assert [m.text for m in found] == expected


def test_frames_lexicon_examples_run():
    """Every example of the records lexicon's trigger entries shows a trigger of its status."""
    kb = load_kb()
    for entry in kb.entries("agreement.trigger"):
        for example in entry.examples:
            assert entry.value in _status_of(example), (entry.id, example)
    for entry in kb.entries("agreement.definition"):
        for example in entry.examples:
            assert any(True for _ in lexicon().definitions.finditer(example)), example
        for counter in entry.counterexamples:
            assert not any(True for _ in lexicon().definitions.finditer(counter)), counter


def test_frames_lexicon_publisher_and_founding_examples_run():
    """Examples of the publisher and founding-cue entries match; counterexamples do not."""
    from partnerex.records.model import publisher_country

    kb = load_kb()
    for entry in kb.entries("publisher.country"):
        for example in entry.examples:
            assert publisher_country(example, lexicon()) == entry.value, (entry.id, example)
        for counter in entry.counterexamples:
            assert publisher_country(counter, lexicon()) != entry.value, (entry.id, counter)
    for entry in kb.entries("program.established"):
        for example in entry.examples:
            assert any(True for _ in lexicon().established.finditer(example)), example
        for counter in entry.counterexamples:
            assert not any(True for _ in lexicon().established.finditer(counter)), counter
