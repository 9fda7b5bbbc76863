"""Chrome line rules (patterns/chrome.jsonl) and the page-text cleaner."""

from __future__ import annotations

import pytest

from partnerex.ingest.chrome import default_rules, is_link_bar
from partnerex.ingest.html import html_to_text
from partnerex.ingest.text import clean_page_text, is_prose
from partnerex.kb import load_kb

LINE_CLASSES = (
    "chrome_line", "chrome_line_prefix", "chrome_line_contains", "chrome_footer_start",
    "chrome_links_heading", "chrome_file_type", "chrome_size_unit",
)  # fmt: skip


def _lexicon_cases(classes: tuple[str, ...]) -> list[tuple[str, str, bool]]:
    kb = load_kb()
    cases = []
    for word_class in classes:
        for entry in kb.entries(word_class):
            cases += [(entry.id, text, True) for text in entry.examples]
            cases += [(entry.id, text, False) for text in entry.counterexamples]
    return cases


@pytest.mark.parametrize(("entry", "line", "chrome"), _lexicon_cases(LINE_CLASSES))
def test_chrome_lexicon_examples(entry, line, chrome):
    assert default_rules().is_chrome(line) is chrome, entry


@pytest.mark.parametrize(
    ("entry", "token", "dropped"), _lexicon_cases(("chrome_html_class", "chrome_html_tag"))
)
def test_chrome_lexicon_html_examples(entry, token, dropped):
    if entry == "html.chrome_tag":
        html = f"<div><{token}>chrome text</{token}><p>keep</p></div>"
    else:
        html = f'<div><div class="x {token}">chrome text</div><p>keep</p></div>'
    assert ("chrome text" not in html_to_text(html)) is dropped


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Skip To Main Content", True),
        ("DHS Seal Navigates to CBP homepage", True),
        ("\u00a0\u00a0About CBP\u00a0\u00a0 \u00a0\u00a0Newsroom\u00a0\u00a0 \u00a0\u00a0Trade", True),
        ("Home | News | Press Releases | Contact", True),
        ("What's New Contacts Ports Questions Forms Sitemap EEO | FOIA | Privacy Statement", True),
        ("\u00a0\u00a0Inquiries (877) CBP-5511 \u00a0\u00a0|\u00a0\u00a0 International Callers", True),
        ("(doc - 42 KB.)", True),
        ("...more", True),
        ("Report Trade Violations Online - E-Allegations", True),
        ("Share this page", True),
        ("An official website of the United States government", True),
        # near misses: content that shares words with chrome
        ("Overview of Partnerships", False),
        ("(09/16/2008)", False),
        ("The agreement covers trade | security | and travel cooperation in full.", False),
        ("Read more about the agreement in the annex signed by both parties.", False),
        ("Department of Homeland Security Secretary Mayorkas met his counterpart.", False),
        ("Report Drug Smuggling efforts rose.", True),  # a known prefix wins
        ("CBP officers seized 42 kilograms of cocaine.", False),
        ("• Over 4800 participants in CIP", False),
    ],
)
def test_chrome_is_chrome_table(line, chrome):
    assert default_rules().is_chrome(line, line) is chrome


@pytest.mark.parametrize(
    ("line", "bar"),
    [
        ("A | B | C", True),
        ("About CBP   Newsroom   Border Security   Trade", True),
        ("One  Two", False),
        ("He said | she said", False),
        ("CBP signed the agreement. | It enters into force today. | More to come soon.", False),
    ],
)
def test_chrome_is_link_bar(line, bar):
    assert is_link_bar(line) is bar


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("Overview of Partnerships", False),
        ("CBP signed a Customs Mutual Assistance Agreement with Cabo Verde today in Boston.", True),
        ("Industry Partnership Program (IPP) Goals:", False),
        ("word " * 25, True),
    ],
)
def test_text_is_prose(line, prose):
    assert is_prose(line) is prose


GOV_PAGE = """An official website of the United States government
Here's how you know
Home > News > Press Releases
Menu
News
ICE signs agreement with Guatemala
Release Date: April 26, 2011
GUATEMALA CITY — ICE signed a memorandum of understanding with the Guatemalan police today, the agency said.
Share
The agreement establishes a vetted unit and provides training to 40 officers over the next year.
Contacts
• Press office
Related Links
 • ICE and Guatemala
 • (pdf - 21 KB)
Was this page helpful?
Yes No
Last Modified: 04/27/2011
"""


def test_text_clean_general_gov_page():
    page = clean_page_text(GOV_PAGE)
    assert page.title == "ICE signs agreement with Guatemala"
    assert (page.published, page.published_from) == ("2011-04-26", "release_date_line")
    assert page.text.startswith("ICE signs agreement with Guatemala\nRelease Date: April 26, 2011")
    assert "provides training to 40 officers over the next year." in page.text
    for chrome in ("official website", "Home >", "Menu", "News\n", "Share", "Contacts",
                   "Related Links", "Was this page", "Yes No", "Last Modified", "pdf"):  # fmt: skip
        assert chrome not in page.text, chrome


def test_text_clean_dateline_published():
    page = clean_page_text(
        "CBP, Cabo Verde sign agreement\n\n"
        "WASHINGTON — Sept. 26, 2023 — U.S. Customs and Border Protection signed a Customs"
        " Mutual Assistance Agreement with Cabo Verde today."
    )
    assert (page.published, page.published_from) == ("2023-09-26", "dateline")


def test_text_clean_plain_text_unchanged_but_for_spacing():
    raw = "Title line\n\n\n\nFirst paragraph of a plain text file with no chrome at all in it.\n"
    page = clean_page_text(raw)
    assert page.text == (
        "Title line\n\nFirst paragraph of a plain text file with no chrome at all in it."
    )
    assert page.title == "Title line"
    assert page.published is None


def test_text_clean_footer_start_only_after_article():
    raw = "Featured RSS Links\nA real article sentence that is long enough to count as prose here."
    assert "A real article sentence" in clean_page_text(raw).text


@pytest.mark.parametrize(("entry", "line", "label"), _lexicon_cases(("chrome_header_line",)))
def test_chrome_lexicon_header_examples(entry, line, label):
    assert default_rules().is_header_line(line) is label, entry


def test_text_clean_section_label_kept_below_article_start():
    raw = (
        "Menu\nNews\nTitle of the release\n"
        "A sentence that is long enough to be the first prose line of the article.\n"
        "Trade\nA second paragraph that is long enough to count as prose for this test."
    )
    text = clean_page_text(raw).text
    assert text.startswith("Title of the release")
    assert "\nTrade\n" in text  # section-label words inside the article stay


USWDS_PAGE = """Skip to main content
An official website of the United States government
Here’s how you know
Official websites use .gov
A .gov website belongs to an official government organization in the United States.
Secure .gov websites use HTTPS
A lock (LockA locked padlock) or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.
Menu
Newsroom
Press Releases
DHS and Mexico sign a joint action plan on border security
September 20, 2019
WASHINGTON — The Department of Homeland Security and Mexico signed a joint action plan today.
The plan covers information sharing, training and joint patrols along the border.
Topics
Border Security
Last Updated: 09/20/2019
"""


def test_text_clean_uswds_banner_page():
    page = clean_page_text(USWDS_PAGE)
    assert page.title == "DHS and Mexico sign a joint action plan on border security"
    assert (page.published, page.published_from) == ("2019-09-20", "release_date_line")
    assert page.text.startswith("DHS and Mexico sign a joint action plan on border security\n")
    assert page.text.endswith("joint patrols along the border.")


CANADA_PAGE = """Skip to main content
Skip to "About government"
Language selection
Français
Search Canada.ca
Menu
Canada.ca > Canada Border Services Agency > News
CBSA and U.S. CBP sign arrangement on trusted traders
From: Canada Border Services Agency
News release
OTTAWA, ON, Sept. 26, 2023 /CNW/ - The Canada Border Services Agency signed an arrangement with U.S. Customs and Border Protection today.
The arrangement links the Partners in Protection program with CTPAT.
Contacts
Media Relations
Report a problem or mistake on this page
Date modified: 2023-09-27
"""


def test_text_clean_canada_page():
    page = clean_page_text(CANADA_PAGE)
    assert page.title == "CBSA and U.S. CBP sign arrangement on trusted traders"
    assert (page.published, page.published_from) == ("2023-09-26", "dateline")
    assert page.text.startswith("CBSA and U.S. CBP sign arrangement on trusted traders\n")
    assert page.text.endswith("links the Partners in Protection program with CTPAT.")
    assert "Français" not in page.text and "Date modified" not in page.text
