"""``partnerex_dates``: DATE candidates with ISO values anchored to the release date.

1. When ``meta.published`` is missing, the release date is read from the text
   (``pipeline/published.py``) and stored with ``published_from``, before anything relative
   is resolved.
2. ``DateFinder`` (regexes over the ``date_*`` word classes of ``patterns/dates.jsonl``) finds
   the expressions; each is aligned to tokens and valued by
   ``partnerex.normalize.dates.resolve_date`` (fast path, cached; dateparser only for spans
   the fast path cannot read). Span conventions: ``partnerex.normalize.dates``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from spacy.language import Language
from spacy.tokens import Doc

from partnerex.normalize.dates import DateLexicon, resolve_date
from partnerex.pipeline.base import KBComponent
from partnerex.pipeline.date_patterns import DateFinder
from partnerex.pipeline.published import PublishedFinder
from partnerex.pipeline.state import add_candidate, doc_text, meta


class DatesFinder(KBComponent):
    """Adds DATE candidates (norm = ISO value) and fills a missing ``meta.published``."""

    def setup(self) -> None:
        self.lexicon = DateLexicon.from_kb(self.kb)
        self.finder = DateFinder(self.kb)
        self.published = PublishedFinder(self.kb, self.finder)
        self.day_first_sources = sorted(self.kb.terms("date_day_first_source"))

    def _day_first(self, info: dict[str, Any]) -> bool:
        """Whether the source writes numeric dates day-first (a Canadian or EU site)."""
        hosts = [urlsplit(str(info.get("url") or "")).hostname or ""]
        hosts.append(str(info.get("source") or "").split("/")[0].split(" ")[0])
        return any(
            host.lower() == suffix or host.lower().endswith("." + suffix)
            for host in hosts
            if host
            for suffix in self.day_first_sources
        )

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        info = meta(doc)
        day_first = self._day_first(info)
        if not info.get("published"):
            found = self.published.find(text, day_first=day_first)
            if found:
                info["published"], info["published_from"] = found
        anchor = info.get("published")
        for match in self.finder.find(text):
            span = doc.char_span(match.start, match.end)
            if span is None:  # not on token boundaries ("2013Kabul"): not a clean date
                continue
            kind = "numeric_day_first" if day_first and match.kind == "numeric" else match.kind
            value = resolve_date(
                match.text, anchor, kind, future=match.future, lexicon=self.lexicon
            )
            add_candidate(doc, span.start, span.end, "DATE", value, match.pattern)
        return doc


@Language.factory("partnerex_dates", default_config={"patterns": None})
def make_dates(nlp: Language, name: str, patterns: str | None) -> DatesFinder:
    """Find dates candidates."""
    return DatesFinder(nlp, name, patterns)
