"""The look of a rendered page: label colors, legend text, displaCy templates, CSS, tiny JS.

Everything here is a constant; the page is self-contained (no external fonts, scripts or
images). The displaCy templates are displaCy's own span templates with the inline styles
moved into classes (``px-tok``, ``px-slice``, ``px-start``, ``px-label``) and no whitespace
around a token, so the page stays small and the text keeps its original spacing.
"""

from __future__ import annotations

from typing import Final

LABEL_COLORS: Final[dict[str, str]] = {
    "PROGRAM": "#8fe0a0",
    "AGREEMENT": "#ffb86b",
    "ORG": "#7aecec",
    "PERSON": "#d9b8f5",
    "COUNTRY": "#feca74",
    "DATE": "#b9cff7",
    "FIGURE": "#f7a8c8",
}
"""One fixed color per label (every label of ``models.LABELS``; a test checks)."""

LABEL_HELP: Final[dict[str, str]] = {
    "PROGRAM": "a named program, initiative, framework or operation (norm: program id)",
    "AGREEMENT": "a type of formal instrument: MRA, CMAA, MOU, Joint Statement... (norm: type)",
    "ORG": "a named organization (norm: org id when known)",
    "PERSON": "a person's name, without title",
    "COUNTRY": "a country or the EU (norm: ISO code); lower bars are countries inside a name",
    "DATE": "a calendar expression (norm: ISO value)",
    "FIGURE": "a number with what it counts or measures (details in the figures table)",
}

DISPLACY_TEMPLATES: Final[dict[str, str]] = {
    "span": '<span class="px-tok" style="height: {total_height}px">'
    "{text}{span_slices}{span_starts}</span>",
    "slice": '<span class="px-slice" style="background: {bg}; top: {top_offset}px"></span>',
    "start": '<span class="px-start" style="background: {bg}; top: {top_offset}px">'
    '<span class="px-label" style="background: {bg}">{label}{kb_link}</span></span>',
}
"""displaCy ``SpanRenderer`` templates (its ``template`` option), class-based."""

CSS: Final[str] = """
:root { --ink: #1d2330; --muted: #5b6475; --line: #dfe3ea; --paper: #ffffff; --wash: #f5f7fa; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--wash); color: var(--ink);
  font: 15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
header.px-page h1 { margin: .2rem 0 .3rem; font-size: 1.7rem; }
.px-sub { color: var(--muted); margin: 0 0 1rem; }
.px-box { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: 1rem 1.25rem; margin: 1rem 0; }
.px-box h2 { margin-top: 0; }
.px-legend { display: flex; flex-wrap: wrap; gap: .4rem .9rem; list-style: none; padding: 0;
  margin: .3rem 0 0; }
.px-legend li { font-size: .85rem; color: var(--muted); }
.px-chip { display: inline-block; padding: 1px 6px; border-radius: 3px; font-weight: bold;
  font-size: .75rem; color: #000; margin-right: .3rem; }
.px-toc ol { margin: .3rem 0 0; padding-left: 1.6rem; }
.px-toc-wide ol { columns: 2; column-gap: 2rem; }
.px-toc li { break-inside: avoid; margin: .1rem 0; font-size: .92rem; }
.px-counts { color: var(--muted); font-size: .8rem; white-space: nowrap; }
section.px-doc { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: 1rem 1.5rem 1.5rem; margin: 1.5rem 0; scroll-margin-top: 1rem; }
section.px-doc > h2 { margin: 0 0 .4rem; font-size: 1.3rem; }
.px-meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem;
  font-size: .85rem; color: var(--muted); margin: 0 0 .8rem; }
.px-meta dt { font-weight: 600; }
.px-meta dd { margin: 0; overflow-wrap: anywhere; }
.px-text { border-top: 1px solid var(--line); border-bottom: 1px solid var(--line);
  padding: .5rem 0 1rem; margin-bottom: 1rem; }
.px-text .spans { font-size: 16px; }
.px-text .spans + .spans { margin-top: .4em; }
.px-tok { font-weight: bold; display: inline-block; position: relative; }
.px-slice, .px-start { height: 4px; left: -1px; width: calc(100% + 2px); position: absolute; }
.px-start { border-top-left-radius: 3px; border-bottom-left-radius: 3px; }
.px-label { z-index: 10; color: #000; top: -.5em; padding: 2px 3px; position: absolute;
  font-size: .6em; font-weight: bold; line-height: 1; border-radius: 3px; white-space: nowrap; }
.px-label a { text-decoration: none; color: inherit; font-weight: normal; }
.px-tok:hover .px-label { z-index: 30; box-shadow: 0 0 0 1px #0006; }
.px-para { display: block; height: .4em; }
.px-ev { scroll-margin-top: 40vh; }
.px-ev:target::after { content: "\\25B6"; color: #b00020; font-size: 1.1em; padding: 0 2px;
  background: #fff59d; border-radius: 3px; }
::highlight(px-evidence) { background-color: #fff59d; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
table.px-records { border-collapse: collapse; width: 100%; font-size: .85rem; }
table.px-records th, table.px-records td { border: 1px solid var(--line); padding: 3px 6px;
  text-align: left; vertical-align: top; }
table.px-records th { background: var(--wash); font-weight: 600; }
table.px-records tr:target { background: #fff59d; }
table.px-records tr { scroll-margin-top: 40vh; }
.px-evlink { white-space: nowrap; margin-right: .4rem; }
table.px-agreements td:nth-child(4), table.px-overview-table td:nth-child(4) { white-space: nowrap; }
table.px-agreements td:nth-child(9) { min-width: 16rem; font-style: italic; }
.px-none { color: var(--muted); font-style: italic; font-size: .85rem; }
.px-error { border-color: #e0a0a0; }
.px-error pre { white-space: pre-wrap; color: #8a1020; }
.px-top { float: right; font-size: .8rem; }
code { font-size: .9em; }
"""

JS: Final[str] = """
(function () {
  function show() {
    var id = decodeURIComponent(location.hash.slice(1));
    var start = id && document.getElementById(id);
    if (!window.CSS || !CSS.highlights || !window.Highlight) return;
    CSS.highlights.delete("px-evidence");
    delete document.documentElement.dataset.pxHighlight;
    if (!start || !start.dataset.end) return;
    var end = document.getElementById(start.dataset.end);
    if (!end) return;
    var range = document.createRange();
    range.setStartAfter(start);
    range.setEndBefore(end);
    CSS.highlights.set("px-evidence", new Highlight(range));
    document.documentElement.dataset.pxHighlight = id;
  }
  window.addEventListener("hashchange", show);
  window.addEventListener("load", show);
})();
"""
"""Optional: highlights the whole evidence range of the anchor in the URL (CSS Custom
Highlight API) and names it in ``<html data-px-highlight>``. Without JS the link still
jumps to a marked anchor."""
