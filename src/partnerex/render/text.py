"""A text with its marks as displaCy's span view, with evidence anchors and real spacing.

``spacy.displacy.render(..., style="span", manual=True)`` draws each token and stacks
overlapping spans (a nested country under its org name). We give it tokens cut at every
mark and evidence boundary, so any character offset is a token edge. displaCy joins
tokens with spaces and has no hook for ids, so three kinds of tokens carry private-use
sentinels that are replaced after rendering (displaCy escapes everything else):

* a word ends with ``END`` (removed, so "CBP" + "'s" stays "CBP's");
* whitespace becomes one separator token (space, line break or paragraph), which also
  keeps the underline continuous inside a multi-word span;
* an anchor token (``ANCHOR n ANCHOR_END``) becomes an empty ``<a id=...>`` element:
  evidence starts (``data-end`` names the end anchor) and ends, targets of table links.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import pairwise

from spacy import displacy

from partnerex.render.marks import Mark
from partnerex.render.style import DISPLACY_TEMPLATES, LABEL_COLORS

SPACE, BREAK, PARAGRAPH, ANCHOR, ANCHOR_END, END = (
    "\ue000", "\ue001", "\ue002", "\ue003", "\ue004", "\ue00f"
)
_SENTINELS = re.compile("[\ue000-\ue00f]")
_RUNS = re.compile(r"\s+|\S+")
_ANCHOR_RE = re.compile(f"{ANCHOR}(\\d+){ANCHOR_END} ?")
_OUTSIDE = {SPACE: " ", BREAK: "<br>", PARAGRAPH: '<span class="px-para"></span>'}


def evidence_id(prefix: str, start: int, end: int) -> str:
    """The id of the anchor where the evidence range ``start``-``end`` begins."""
    return f"{prefix}-ev-{start}-{end}"


def _end_id(prefix: str, end: int) -> str:
    return f"{prefix}-to-{end}"


def _separator(space: str) -> str:
    newlines = space.count("\n")
    return PARAGRAPH if newlines >= 2 else BREAK if newlines == 1 else SPACE


def _pieces(text: str, cuts: set[int]) -> list[tuple[int, int]]:
    """(start, end) of the whitespace runs and words of ``text``, also cut at ``cuts``."""
    ordered = sorted(cuts)
    out: list[tuple[int, int]] = []
    for run in _RUNS.finditer(text):
        inside = ordered[bisect_right(ordered, run.start()) : bisect_left(ordered, run.end())]
        edges = [run.start(), *inside, run.end()]
        out.extend(pairwise(edges))
    return out


def displacy_input(
    text: str, marks: Sequence[Mark], ranges: Sequence[tuple[int, int]], prefix: str,
    href: Callable[[Mark], str | None] = lambda mark: None,
) -> tuple[list[dict[str, object]], list[str]]:
    """displaCy's manual span inputs (one per paragraph) and the HTML of the anchor sentinels."""
    size = len(text)
    starts: dict[int, list[int]] = defaultdict(list)
    ends: set[int] = set()
    for start, end in ranges:
        starts[start].append(end)
        ends.add(end)
    cuts = {o for m in marks for o in (m.start, m.end)} | set(starts) | ends
    anchors: list[str] = []
    tokens: list[str] = []
    first_token: dict[int, int] = {}
    after_token: dict[int, int] = {}

    def emit_anchors(offset: int) -> None:
        if offset in ends:
            anchors.append(f'<a class="px-evend" id="{_end_id(prefix, offset)}"></a>')
            tokens.append(f"{ANCHOR}{len(anchors) - 1}{ANCHOR_END}")
        for end in sorted(starts.get(offset, ())):
            anchors.append(
                f'<a class="px-ev" id="{evidence_id(prefix, offset, end)}" '
                f'data-end="{_end_id(prefix, end)}"></a>'
            )
            tokens.append(f"{ANCHOR}{len(anchors) - 1}{ANCHOR_END}")

    for start, end in _pieces(text, cuts):
        emit_anchors(start)
        first_token[start] = len(tokens)
        piece = text[start:end]
        tokens.append(
            _separator(piece) if piece.isspace() else _SENTINELS.sub("\ufffd", piece) + END
        )
        after_token[end] = len(tokens)
    emit_anchors(size)

    spans: list[tuple[int, int, dict[str, str]]] = []
    for mark in marks:
        if mark.start not in first_token or mark.end not in after_token:
            continue
        info = {"label": mark.label}
        if mark.norm:
            info["kb_id"] = html.escape(mark.norm)  # displaCy inserts kb_id unescaped
            info["kb_url"] = html.escape(href(mark) or f"#{prefix}", quote=True)
        spans.append((first_token[mark.start], after_token[mark.end], info))
    return _paragraphs(tokens, spans), anchors


def _paragraphs(
    tokens: list[str], spans: list[tuple[int, int, dict[str, str]]]
) -> list[dict[str, object]]:
    """displaCy inputs: the tokens split at paragraph breaks that no span crosses.

    displaCy checks every span at every token, so one input per paragraph keeps long
    documents fast; each paragraph becomes its own ``div.spans`` block.
    """
    covered = [False] * len(tokens)
    for start, end, _ in spans:
        covered[start:end] = [True] * (end - start)
    breaks = [i for i, tok in enumerate(tokens) if tok == PARAGRAPH and not covered[i]]
    firsts = [0, *(i + 1 for i in breaks)]
    lasts = [*breaks, len(tokens)]
    chunks: list[tuple[list[str], list[dict[str, object]]]] = [
        (tokens[a:b], []) for a, b in zip(firsts, lasts, strict=True)
    ]
    for start, end, info in spans:
        k = bisect_right(firsts, start) - 1
        shift = firsts[k]
        chunks[k][1].append({"start_token": start - shift, "end_token": end - shift, **info})
    return [{"tokens": toks, "spans": sp} for toks, sp in chunks if toks]


def _restore(markup: str, anchors: list[str]) -> str:
    markup = _ANCHOR_RE.sub(lambda m: anchors[int(m.group(1))], markup)
    markup = re.sub(f"{END} ?", "", markup)
    for sentinel, outside in _OUTSIDE.items():
        markup = markup.replace(sentinel + " ", outside)  # displaCy adds " " outside spans
    return _SENTINELS.sub("&nbsp;", markup)  # separators inside a span


def render_text(
    text: str, marks: Sequence[Mark], ranges: Sequence[tuple[int, int]], prefix: str,
    href: Callable[[Mark], str | None] = lambda mark: None,
) -> str:
    """HTML of displaCy's span view of ``text`` with ``marks`` and evidence anchors.

    ``prefix`` makes the anchor ids unique on the page; ``href`` gives the link of a
    mark's norm badge (e.g. its record row).
    """
    data, anchors = displacy_input(text, marks, ranges, prefix, href)
    markup = displacy.render(
        data,
        style="span",
        manual=True,
        page=False,
        jupyter=False,
        options={"colors": LABEL_COLORS, "template": DISPLACY_TEMPLATES},
    )
    return _restore(markup, anchors)
