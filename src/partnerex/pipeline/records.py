"""``partnerex_records``: programs, agreements and figures records, and document countries."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from partnerex.pipeline.base import KBComponent
from partnerex.pipeline.state import (
    candidates,
    doc_text,
    drop_caches,
    figure_details,
    final_spans,
    meta,
    norm_of,
    sentence_offsets,
    state,
)
from partnerex.records import Mention, RecordLexicon, Sentence, build_agreements, build_programs
from partnerex.records.model import publisher_country


def document_countries(doc: Doc, found: list[Span] | None = None) -> list[str]:
    """Sorted ISO codes of every COUNTRY candidate: final spans and those inside longer
    names ("Dirección Nacional de Aduanas de Uruguay" adds UY), but not those inside a
    person's name ("Photo Credit: Josh Denmark")."""
    persons = [(s.start, s.end) for s in final_spans(doc) if s.label_ == "PERSON"]
    return sorted(
        {
            norm
            for s in (candidates(doc) if found is None else found)
            if s.label_ == "COUNTRY"
            and (norm := norm_of(s))
            and not any(a <= s.start and s.end <= b for a, b in persons)
        }
    )


def programs_inside_figures(doc: Doc, spans: list[Span], found: list[Span]) -> list[Span]:
    """PROGRAM candidates inside a FIGURE span: "24 Super Carrier Initiative participants"
    is a FIGURE (the longer span wins) and still a mention of super_carrier."""
    figures = [(s.start, s.end) for s in spans if s.label_ == "FIGURE"]
    return [
        c
        for c in found
        if c.label_ == "PROGRAM"
        and norm_of(c)
        and any(a <= c.start and c.end <= b for a, b in figures)
    ]


def to_mention(span: Span) -> Mention:
    """A span as plain values."""
    return Mention(span.start_char, span.end_char, span.label_, norm_of(span), span.text)


def doc_sentences(doc: Doc) -> list[Sentence]:
    """Sentence offsets (the whole text when no component set boundaries)."""
    if len(doc) and not doc.has_annotation("SENT_START"):
        return [(0, len(doc_text(doc)))]
    return sentence_offsets(doc)


class RecordBuilder(KBComponent):
    """Assembles records from the final spans into ``state(doc)["records"]``."""

    def setup(self) -> None:
        self.lexicon = RecordLexicon.from_kb(self.kb)

    def __call__(self, doc: Doc) -> Doc:
        data = state(doc)
        text = doc_text(doc)
        spans = final_spans(doc)
        figures = []
        for span in spans:
            if span.label_ == "FIGURE":
                details = figure_details(doc, span)
                if details is not None:
                    figures.append({**details, "start": span.start_char, "end": span.end_char})
        mentions = [to_mention(s) for s in spans]
        found = candidates(doc)
        countries = sorted(
            (to_mention(s) for s in found if s.label_ == "COUNTRY" and norm_of(s)),
            key=lambda m: m.start,
        )
        inner_orgs = [to_mention(s) for s in found if s.label_ == "ORG" and norm_of(s)]
        sentences = doc_sentences(doc)
        info = meta(doc)
        publisher = publisher_country(info.get("source") or info.get("url"), self.lexicon)
        data["records"] = {
            "programs": build_programs(
                text,
                sentences,
                sorted(
                    mentions + [to_mention(c) for c in programs_inside_figures(doc, spans, found)],
                    key=lambda m: m.start,
                ),
                figures,
                self.lexicon,
            ),
            "agreements": build_agreements(
                text, sentences, mentions, countries, self.lexicon, inner_orgs, publisher
            ),
            "figures": figures,
        }
        data["countries"] = document_countries(doc, found)
        drop_caches(doc)
        return doc


@Language.factory("partnerex_records", default_config={"patterns": None})
def make_records(nlp: Language, name: str, patterns: str | None) -> RecordBuilder:
    """Assemble document records from the resolved spans."""
    return RecordBuilder(nlp, name, patterns)
