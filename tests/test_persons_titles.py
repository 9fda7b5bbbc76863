"""``title_before`` (the title of a signatory) and the titles knowledge base."""

from __future__ import annotations

import pytest

from partnerex.kb import load_kb
from partnerex.persons import title_before
from partnerex.persons.lexicon import default_lexicon, phrase_tokens
from partnerex.pipeline.state import final_spans


def title_of(nlp, text: str, name: str) -> str | None:
    doc = nlp(text)
    spans = [s for s in final_spans(doc) if s.label_ == "PERSON" and s.text == name]
    assert spans, f"{name!r} not found as PERSON in {text!r}"
    return title_before(spans[0])


# Sentences from the seeds and the dev corpus, with the title the gold signatory carries.
TITLES = [
    (
        "CBP Deputy Executive Assistant Commissioner Mark Koumans signs a Customs Mutual "
        "Assistance Agreement with Cabo Verde Ambassador to the U.S. Jose Luis Livramento.",
        "Mark Koumans",
        "Deputy Executive Assistant Commissioner",
    ),
    (
        "CBP Deputy Executive Assistant Commissioner Mark Koumans signs a Customs Mutual "
        "Assistance Agreement with Cabo Verde Ambassador to the U.S. Jose Luis Livramento.",
        "Jose Luis Livramento",
        "Ambassador to the U.S.",
    ),
    (
        "Commissioner Magnus with Jaime Borgiani, Director General for the Direccion Nacional "
        "de Aduanas de Uruguay.",
        "Jaime Borgiani",
        "Director General for the Direccion Nacional de Aduanas de Uruguay",
    ),
    ("Commissioner Magnus with Jaime Borgiani, Director General.", "Magnus", "Commissioner"),
    (
        "Grettings from Mr. Robert Perez, CBP Deputy Commissioner",
        "Robert Perez",
        "Deputy Commissioner",
    ),
    (
        "Mexico Customs Administrator General Juan Jose Bravo today signed a plan.",
        "Juan Jose Bravo",
        "Administrator General",
    ),
    (
        "Director General of the Abu Dhabi General Administration of Customs Saeed Ahmed "
        "Abdullah al Muhairi signed the MOU.",
        "Saeed Ahmed Abdullah al Muhairi",
        "Director General of the Abu Dhabi General Administration of Customs",
    ),
    (
        "CBP Executive Assistant Commissioner Todd Owen and Ireland’s Ambassador to the United "
        "States Daniel Mulhall signed the agreement.",
        "Daniel Mulhall",
        "Ambassador to the United States",
    ),
    (
        "Managing Director of AIT, Barbara Schrage and Acting Representative of TECRO, Ta Tung "
        "Jacob Chang signed the arrangement.",
        "Ta Tung Jacob Chang",
        "Acting Representative of TECRO",
    ),
    (
        "Today, the Acting Secretary of the U.S. Department of Homeland Security, Kevin K. "
        "McAleenan, signed a Protection Cooperative Agreement.",
        "Kevin K. McAleenan",
        "Acting Secretary of the U.S. Department of Homeland Security",
    ),
    (
        "Secretary Napolitano called on Finance Secretary (SHCP) José Antonio Meade.",
        "José Antonio Meade",
        "Finance Secretary",
    ),
    (
        "Korea Immigration Service Commissioner Dong-hyeon Seok signed a joint statement.",
        "Dong-hyeon Seok",
        "Commissioner",
    ),
    (
        "SHANNON, Ireland – Clint Lamm, Director of U.S. Customs and Border Protection’s (CBP) "
        "Preclearance Field Office, and Andrew Murphy signed.",
        "Clint Lamm",
        "Director of U.S. Customs and Border Protection’s (CBP) Preclearance Field Office",
    ),
    (
        "In December 2001, Governor Tom Ridge and Deputy Prime Minister John Manley signed it.",
        "John Manley",
        "Deputy Prime Minister",
    ),
    (
        "“This agreement strengthens our partnership,” said CBP’s Senior Official Performing the "
        "Duties of the Commissioner Troy A. Miller.",
        "Troy A. Miller",
        "Senior Official Performing the Duties of the Commissioner",
    ),
    (
        "Ludmilla Ugalde (seated), Costa Rica Consul General, signs documents.",
        "Ludmilla Ugalde",
        "Consul General",
    ),
]

TITLES.append(
    (
        "Clint Lamm and Andrew Murphy, Managing Director of the Shannon Airport Authority in "
        "Ireland, signed the agreement.",
        "Andrew Murphy",
        "Managing Director of the Shannon Airport Authority",
    )
)

NO_TITLE = [
    ("Photo Credit: James Tourtellotte", "James Tourtellotte"),
    ("“We are proud,” Clint Lamm said.", "Clint Lamm"),
    ("Contact: Erin Mulvey, 212-337-2906", "Erin Mulvey"),
]


@pytest.mark.parametrize(("text", "name", "expected"), TITLES)
def test_title_before_gives_the_signatory_title(nlp_spans, text, name, expected) -> None:
    assert title_of(nlp_spans, text, name) == expected


@pytest.mark.parametrize(("text", "name"), NO_TITLE)
def test_title_before_is_none_without_a_title(nlp_spans, text, name) -> None:
    assert title_of(nlp_spans, text, name) is None


def test_title_before_never_includes_the_name_or_honorific(nlp_spans) -> None:
    text = "the Honorable Ludmila Patricia Ugalde Simionova, Consul General of Costa Rica in Miami"
    got = title_of(nlp_spans, text, "Ludmila Patricia Ugalde Simionova")
    assert got == "Consul General of Costa Rica in Miami"
    assert "Honorable" not in got


def test_titles_kb_has_every_role() -> None:
    roles = {entry.role for entry in load_kb().titles}
    assert roles == {"head", "modifier", "complete", "complement"}


@pytest.mark.parametrize(
    "term",
    [
        "Commissioner",
        "Director General",
        "Ambassador",
        "Consul General",
        "Chief Patrol Agent",
        "Special Agent in Charge",
        "Minister of Finance",
        "Charge d'Affaires",
        "Senior Official Performing the Duties of the Commissioner",
        "Attaché",
        "Prime Minister",
        "Port Director",
    ],
)
def test_titles_kb_knows_official_titles(term: str) -> None:
    phrases = default_lexicon().titles.phrases
    assert phrases[phrase_tokens(term)][0] in {"head", "complete"}


@pytest.mark.parametrize("term", ["Acting", "Deputy", "Assistant", "Executive", "Former", "Vice"])
def test_titles_kb_knows_modifiers(term: str) -> None:
    assert default_lexicon().titles.phrases[phrase_tokens(term)][0] == "modifier"


@pytest.mark.parametrize("term", ["for the Office of Trade", "of Finance", "to the U.S."])
def test_titles_kb_knows_complements(term: str) -> None:
    assert default_lexicon().titles.phrases[phrase_tokens(term)][0] in {"complement", "complete"}


def test_titles_kb_rejects_an_unknown_role(tmp_path) -> None:
    from partnerex.kb.schema import TitleEntry

    with pytest.raises(ValueError, match="role"):
        TitleEntry(id="head.x", role="suffix", terms=["X"])
