"""Measure HTML-to-text libraries on the item bodies of seed 004 (speed and quality).

    python benchmarks/ingest_html_libraries.py [../shared/seeds/004_*.txt]

Quality checks per library, over the 10 item bodies: figure captions kept (they name the
signatories), ``alt``/``title`` attribute text absent, paragraph breaks kept, entities
unescaped, no sentence broken at an inline tag (``broken`` counts breaks between a
lowercase letter or comma and a lowercase letter or punctuation). Speed: median wall time of converting all 10 bodies, over several rounds.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from partnerex.ingest.flatfeed import split_flat_feed
from partnerex.ingest.html import html_to_text

CAPTION = "Mark Koumans signs a Customs Mutual Assistance Agreement"
ALT = "Event photo; description located in caption"
#: A paragraph break inside a sentence (inline tags such as <a> or <em> split the text).
BROKEN = re.compile(r"[a-z,]\n+[a-z,.;)]")


def _selectolax_plain(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    return tree.body.text(separator="\n") if tree.body else ""


def _lxml(html: str) -> str:
    import lxml.html

    root = lxml.html.fromstring(html)
    for bad in root.xpath("//script|//style|//img"):
        bad.drop_tree()
    blocks = root.xpath("//p|//figcaption|//li|//h1|//h2|//h3")
    return "\n\n".join(b.text_content().strip() for b in blocks if b.text_content().strip())


def _bs4(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    return soup.get_text("\n\n", strip=True)


def _bs4_lxml(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    return soup.get_text("\n\n", strip=True)


def _trafilatura(html: str) -> str:
    import trafilatura

    return trafilatura.extract(f"<html><body>{html}</body></html>") or ""


LIBRARIES: dict[str, Callable[[str], str]] = {
    "selectolax (partnerex html_to_text)": html_to_text,
    "selectolax (plain .text)": _selectolax_plain,
    "lxml.html (block xpath)": _lxml,
    "BeautifulSoup html.parser": _bs4,
    "BeautifulSoup lxml": _bs4_lxml,
    "trafilatura.extract": _trafilatura,
}


def main(path: Path, rounds: int = 20) -> None:
    bodies = [item.html for item in split_flat_feed(path.read_text(encoding="utf-8"))]
    print(f"{len(bodies)} bodies, {sum(map(len, bodies))} characters of HTML")
    print(f"{'library':36} {'ms/10 bodies':>12} {'captions':>9} {'no alt':>7} {'paras':>6} "
          f"{'broken':>7}")
    for name, convert in LIBRARIES.items():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            convert(bodies[0])  # warm up imports
            times = []
            for _ in range(rounds):
                start = time.perf_counter()
                texts = [convert(b) for b in bodies]
                times.append((time.perf_counter() - start) * 1000)
        caption = sum(CAPTION in t for t in texts) == 1
        no_alt = not any(ALT in t for t in texts)
        paragraphs = sum(t.count("\n\n") for t in texts)
        broken = sum(len(BROKEN.findall(t)) for t in texts)
        print(f"{name:36} {statistics.median(times):12.1f} {caption!s:>9} {no_alt!s:>7} "
              f"{paragraphs:6d} {broken:7d}")


if __name__ == "__main__":
    default = sorted(Path("../shared/seeds").glob("004_*.txt"))
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else default[0])
