"""Merging the mentions of one agreement; the pipeline component's records stay JSON-only."""

from __future__ import annotations

import json

import pytest

from partnerex.records.agreements import AgreementMention
from partnerex.records.merge import (
    dates_compatible,
    group_mentions,
    merge_group,
    names_compatible,
)
from partnerex.records.model import Mention
from partnerex.records.parties import Party
from records_helpers import lexicon


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("2022-09-16", "2022-09-16", True),
        ("2022-09-16", None, True),
        (None, None, True),
        ("2022", "2022-09-16", True),
        ("2008", "2019-03-12", False),
        ("2022-09-16", "2022-09-17", False),
    ],
)
def test_merge_dates_compatible(left, right, same):
    assert dates_compatible(left, right) is same


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("Action Plan for 2011", "2012 Action Plan", False),
        ("Action Plan for 2011", "Action Plan", True),
        ("MRA", "Mutual Recognition Arrangement", True),
    ],
)
def test_merge_names_compatible(left, right, same):
    assert names_compatible(left, right) is same


def _mention(
    kind: str,
    codes: list[str],
    date: str | None,
    at: int,
    status: str = "signed",
    orphan: bool = False,
) -> AgreementMention:
    parties = [Party(code, code, at + i, at + i + 1) for i, code in enumerate(codes)]
    return AgreementMention(
        type=kind,
        status=status,
        date=date,
        parties=parties,
        sentence=(at, at + 10),
        span=Mention(at, at + 3, "AGREEMENT", kind, kind.upper()),
        orphan=orphan,
    )


def test_merge_groups_by_type_countries_and_date():
    mentions = [
        _mention("mra", ["BR", "US"], "2022-09-16", 0),
        _mention("cmaa", ["BR", "US"], "2002", 20),
        _mention("mra", ["BR", "US"], None, 40),
        _mention("mra", ["BR", "US"], "2015", 60),
    ]
    groups = group_mentions(mentions)
    assert [(g[0].type, g[0].date, len(g)) for g in groups] == [
        ("mra", "2022-09-16", 2),
        ("cmaa", "2002", 1),
        ("mra", "2015", 1),
    ]


def test_merge_partial_and_orphan_mentions_join_their_only_host():
    mentions = [
        _mention("mou", ["AE", "US"], "2010-05-10", 0),
        _mention("mou", ["US"], None, 20),
        _mention("mou", [], None, 40, orphan=True),
        _mention("jwp", [], None, 60, orphan=True),
    ]
    groups = group_mentions(mentions)
    assert [(g[0].type, len(g)) for g in groups] == [("mou", 3)]


def test_merge_record_prefers_signed_dated_lead_and_lists_evidence():
    group = [
        _mention("cmaa", ["CV", "US"], None, 50, status="planned"),
        _mention("cmaa", ["CV", "US"], "2023-09-26", 0),
    ]
    record = merge_group(group, lexicon(), [])
    assert (record["status"], record["date"], record["countries"]) == (
        "signed",
        "2023-09-26",
        ["CV", "US"],
    )
    assert record["evidence"]["mention"] == [{"start": 0, "end": 10}, {"start": 50, "end": 60}]
    json.dumps(record)  # records are plain JSON values


def test_merge_links_programs_of_the_type_when_mentioned():
    record = merge_group([_mention("mra", ["BR", "US"], None, 0)], lexicon(), ["ctpat", "csi"])
    assert record["programs"] == ["ctpat"]


def test_merge_fills_the_last_side_at_record_level():
    first = _mention("mou", ["AE", "US"], "2010-05-10", 0)
    second = _mention("mou", [], None, 40, orphan=True)
    second.signatories = [
        {"name": "John Morton", "title": "Assistant Secretary for ICE", "on_behalf_of": "US"},
        {"name": "Saeed al Muhairi", "title": "Director General", "on_behalf_of": None},
    ]
    record = merge_group([first, second], lexicon(), [])
    assert [s["on_behalf_of"] for s in record["signatories"]] == ["US", "AE"]
