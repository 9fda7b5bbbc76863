"""The rendered page in a real browser: headless Chromium screenshot and DOM.

Skipped where Chromium is absent (CI installs Debian's ``chromium``). The page is made
from seed documents run through the pipeline, so records carry evidence offsets.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from selectolax.lexbor import LexborHTMLParser

import partnerex
from partnerex.evaluate.io import read_gold
from partnerex.models import Document
from partnerex.render import render_page
from partnerex.render.page import display_marks
from partnerex.render.style import LABEL_COLORS
from partnerex.render.text import evidence_id

ROOT = Path(__file__).resolve().parents[1]
SEED_IDS = (
    "cbp.gov/newsroom/national-media-release/cbp-cabo-verde-sign-customs-mutual-assistance-agreement",
    "cbp.gov/newsroom/national-media-release/cbp-signs-mutual-recognition-arrangement-brazil",
    "001_9d8f0374a0479c4c",
)
WIDTH, HEIGHT = 1280, 2000


def _find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


CHROMIUM = _find_chromium()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="Chromium not found: install Debian's chromium (apt-get install chromium); "
        "CI installs it",
    ),
]


def chromium(url: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium once on ``url`` with a throwaway profile."""
    command = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", f"--user-data-dir={profile}",
        f"--window-size={WIDTH},{HEIGHT}", *args, url,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


@pytest.fixture(scope="module")
def docs(nlp) -> list[Document]:
    gold = {d.id: d for d in read_gold(ROOT / "corpora" / "seeds.jsonl")}
    out = list(partnerex.extract_documents([gold[i] for i in SEED_IDS], nlp=nlp))
    assert all(isinstance(d, Document) for d in out)
    return out  # type: ignore[return-value]


@pytest.fixture(scope="module")
def page(docs: list[Document], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("render") / "page.html"
    path.write_text(render_page(docs, title="Seeds"), encoding="utf-8")
    return path


def _screenshot(url: str, tmp: Path, name: str) -> Path:
    png = tmp / f"{name}.png"
    chromium(url, tmp / f"profile-{name}", f"--screenshot={png}")
    return png


def _color_counts(png: Path) -> dict[tuple[int, int, int], int]:
    with Image.open(png) as image:
        colors = image.convert("RGB").getcolors(maxcolors=WIDTH * HEIGHT) or []
    return {color: count for count, color in colors}


def _rgb(hex_color: str) -> tuple[int, int, int]:
    return tuple(int(hex_color[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def test_browser_screenshot_is_painted_with_marks(page: Path, docs: list[Document],
                                                  tmp_path: Path) -> None:
    shot = _screenshot(page.as_uri(), tmp_path, "page")
    assert shot.is_file() and shot.stat().st_size > 30_000
    with Image.open(shot) as image:
        assert image.format == "PNG" and image.size == (WIDTH, HEIGHT)
    colors = _color_counts(shot)
    assert len(colors) > 200, "the screenshot is (nearly) blank"

    # The same page without documents has only the legend chips: the label colors must
    # cover far more pixels with the documents (their marks' bars and badges).
    empty = page.with_name("empty.html")
    empty.write_text(render_page([], title="Seeds"), encoding="utf-8")
    baseline = _color_counts(_screenshot(empty.as_uri(), tmp_path, "empty"))
    first = docs[0]
    shown = {m.label for m in display_marks(first)}
    assert {"ORG", "COUNTRY", "AGREEMENT", "PERSON", "DATE"} <= shown
    for label in shown:
        rgb = _rgb(LABEL_COLORS[label])
        assert colors.get(rgb, 0) > baseline.get(rgb, 0) + 200, label


def test_browser_dom_has_marks_tables_and_evidence_highlight(page: Path,
                                                             docs: list[Document],
                                                             tmp_path: Path) -> None:
    agreement = docs[0].agreements[0]
    ev = next(iter(agreement.evidence.values()))[0]
    target = evidence_id("d1", ev.start, ev.end)
    dom = chromium(f"{page.as_uri()}#{target}", tmp_path / "profile", "--dump-dom").stdout
    tree = LexborHTMLParser(dom)

    # the inline script ran in the browser and resolved the evidence range
    assert tree.css_first("html").attributes.get("data-px-highlight") == target
    sections = tree.css("section.px-doc")
    assert len(sections) == len(docs)
    for doc, section in zip(docs, sections, strict=True):
        labels = [n.text(separator=" ").split()[0] for n in section.css(".px-label")]
        assert labels == [m.label for m in display_marks(doc)], doc.id
        assert len(section.css("table.px-agreements tbody tr")) == len(doc.agreements)
        assert len(section.css("table.px-programs tbody tr")) == len(doc.programs)
        assert len(section.css("table.px-figures tbody tr")) == len(doc.figures)
    row = tree.css_first("#d1-agreement-1")
    assert row is not None and row.text().count(agreement.type) >= 1
    assert row.css_first(f'a[href="#{target}"]') is not None
