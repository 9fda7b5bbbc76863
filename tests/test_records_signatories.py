"""Signatories: titles before and after names, sides, and the fill from record countries."""

from __future__ import annotations

import pytest

import partnerex
from partnerex.records.signatories import SignatoryMention, fill_sides, signatories_in
from records_helpers import lexicon, spans


def _people(text, *specs, countries=None):
    mentions = spans(text, *specs)
    nested = spans(text, *countries) if countries else None
    return [
        (p.name, p.title, p.on_behalf_of)
        for p in signatories_in(text, (0, len(text)), mentions, lexicon(), nested)
    ]


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (
            "CBP Deputy Executive Assistant Commissioner Mark Koumans signs a Customs Mutual "
            "Assistance Agreement with Cabo Verde Ambassador to the U.S. Jose Luis Livramento.",
            [
                ("CBP", "ORG", "cbp"),
                ("Mark Koumans", "PERSON", None),
                ("Cabo Verde", "COUNTRY", "CV"),
                ("U.S.", "COUNTRY", "US"),
                ("Jose Luis Livramento", "PERSON", None),
            ],
            [
                ("Mark Koumans", "Deputy Executive Assistant Commissioner", "US"),
                ("Jose Luis Livramento", "Ambassador to the U.S.", "CV"),
            ],
        ),
        (
            "U.S. Customs and Border Protection (CBP) Commissioner R. Gil Kerlikowske signed the "
            "agreement on behalf of CBP and U.S. Immigration and Customs Enforcement (ICE), and "
            "Uruguay's Minister of Foreign Affairs Luis Almagro signed the agreement on behalf of Uruguay.",
            [
                ("U.S. Customs and Border Protection", "ORG", "cbp"),
                ("CBP", "ORG", "cbp", -1),
                ("R. Gil Kerlikowske", "PERSON", None),
                ("U.S. Immigration and Customs Enforcement", "ORG", "ice"),
                ("ICE", "ORG", "ice"),
                ("Uruguay", "COUNTRY", "UY", -1),
                ("Luis Almagro", "PERSON", None),
            ],
            [
                ("R. Gil Kerlikowske", "Commissioner", "US"),
                ("Luis Almagro", "Minister of Foreign Affairs", "UY"),
            ],
        ),
        (
            "Mexico Customs Administrator General Juan Jose Bravo today signed a plan.",
            [
                ("Mexico", "COUNTRY", "MX"),
                ("Juan Jose Bravo", "PERSON", None),
                ("today", "DATE", None),
            ],
            [("Juan Jose Bravo", "Administrator General", "MX")],
        ),
        (
            "Managing Director of AIT, Barbara Schrage and Acting Representative of TECRO, "
            "Ta Tung Jacob Chang signed the arrangement.",
            [
                ("AIT", "ORG", None),
                ("Barbara Schrage", "PERSON", None),
                ("TECRO", "ORG", None),
                ("Ta Tung Jacob Chang", "PERSON", None),
            ],
            [
                ("Barbara Schrage", "Managing Director of AIT", None),
                ("Ta Tung Jacob Chang", "Acting Representative of TECRO", None),
            ],
        ),
        (
            "“This is a milestone,” said CBP Commissioner Chris Magnus.",
            [("CBP", "ORG", "cbp"), ("Chris Magnus", "PERSON", None)],
            [],
        ),
    ],
)
def test_signatories_titles_and_sides(text, specs, expected):
    assert _people(text, *specs) == expected


def test_signatories_appositive_title_uses_nested_country():
    text = "Commissioner Magnus with Jaime Borgiani, Director General for the Direccion Nacional de Aduanas de Uruguay."
    people = _people(
        text,
        ("Magnus", "PERSON", None),
        ("Jaime Borgiani", "PERSON", None),
        ("Direccion Nacional de Aduanas de Uruguay", "ORG", None),
        countries=[("Uruguay", "COUNTRY", "UY")],
    )
    assert people == [
        ("Magnus", "Commissioner", None),
        (
            "Jaime Borgiani",
            "Director General for the Direccion Nacional de Aduanas de Uruguay",
            "UY",
        ),
    ]


def _person(name, start, side=None):
    return SignatoryMention(name, None, side, start, start + len(name))


def test_signatories_fill_sides_with_the_remaining_country():
    filled = fill_sides([_person("A", 0, "US"), _person("B", 10)], ["CV", "US"])
    assert [p.on_behalf_of for p in filled] == ["US", "CV"]


def test_signatories_fill_sides_around_with():
    people = [_person("McAleenan", 10), _person("Hill", 50)]
    filled = fill_sides(people, ["SV", "US"], partner_start=40, partner_codes=["SV"])
    assert [p.on_behalf_of for p in filled] == ["US", "SV"]


def test_signatories_fill_sides_leaves_ambiguous_people_alone():
    people = [_person("Obama", 0), _person("Harper", 20)]
    assert [p.on_behalf_of for p in fill_sides(people, ["CA", "US"])] == [None, None]


def test_signatories_appositive_keeps_an_acronym_in_parentheses():
    text = (
        "Clint Lamm, Director of U.S. Customs and Border Protection’s (CBP) Preclearance Field "
        "Office, and Andrew Murphy, Managing Director of the Shannon Airport Authority, signed a "
        "Memorandum of Understanding."
    )
    people = _people(
        text,
        ("Clint Lamm", "PERSON", None),
        ("U.S. Customs and Border Protection", "ORG", "cbp"),
        ("CBP", "ORG", "cbp"),
        ("Andrew Murphy", "PERSON", None),
        ("Shannon Airport Authority", "ORG", None),
    )
    assert people == [
        (
            "Clint Lamm",
            "Director of U.S. Customs and Border Protection’s (CBP) Preclearance Field Office",
            "US",
        ),
        ("Andrew Murphy", "Managing Director of the Shannon Airport Authority", None),
    ]


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (
            "SHANNON, Ireland – Clint Lamm, Director of U.S. Customs and Border Protection, and "
            "Andrew Murphy signed a Memorandum of Understanding.",
            [
                ("Ireland", "COUNTRY", "IE"),
                ("Clint Lamm", "PERSON", None),
                ("U.S. Customs and Border Protection", "ORG", "cbp"),
                ("Andrew Murphy", "PERSON", None),
            ],
            [
                ("Clint Lamm", "Director of U.S. Customs and Border Protection", "US"),
                ("Andrew Murphy", None, None),
            ],
        ),
        (
            "WASHINGTON — U.S. Homeland Security Investigations (HSI) International Operations "
            "Assistant Director (AD) David J. Magdycz signed a memorandum of cooperation.",
            [
                ("U.S. Homeland Security Investigations", "ORG", None),
                ("HSI", "ORG", None),
                ("David J. Magdycz", "PERSON", None),
            ],
            # HSI is a U.S. agency (patterns/organizations.jsonl), as the d019 gold says
            [("David J. Magdycz", "Assistant Director", "US")],
        ),
    ],
)
def test_signatories_datelines_and_acronyms(text, specs, expected):
    assert _people(text, *specs) == expected


def test_signatory_cues_come_from_the_loaded_patterns(tmp_path) -> None:
    # A custom patterns directory reaches the witness cues of the records component
    # (they used to be read from the bundled patterns only).
    import json
    import shutil

    from partnerex.kb.loader import bundled_patterns_dir

    custom = tmp_path / "patterns"
    shutil.copytree(bundled_patterns_dir(), custom)
    path = custom / "persons.jsonl"
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line) if line.strip() else None
        if entry and entry["id"] == "witness_before":
            entry["terms"].append("flanked by")
            line = json.dumps(entry, ensure_ascii=False)
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    text = (
        "CBP Commissioner Alan Bersin, flanked by Secretary Janet Napolitano, signed the "
        "Mutual Recognition Arrangement with Korea Customs Service Commissioner Yoon Young-sun."
    )
    names = lambda nlp: [  # noqa: E731
        s["name"] for a in nlp(text).user_data["partnerex"]["records"]["agreements"]
        for s in a["signatories"]
    ]
    bundled = names(partnerex.load())
    custom_names = names(partnerex.load(str(custom)))
    assert "Janet Napolitano" in bundled
    assert "Janet Napolitano" not in custom_names
    assert "Alan Bersin" in custom_names
