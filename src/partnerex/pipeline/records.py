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
    sentence_offsets,
    state,
)
from partnerex.records import Mention, RecordLexicon, Sentence, build_agreements, build_programs
from partnerex.records.model import publisher_country

#: A span as its token offsets and its values, every Span attribute read once.
Located = tuple[int, int, Mention]


def located_mentions(
    spans: list[Span], text: str, linked: frozenset[str] | None = None
) -> list[Located]:
    """``(start token, end token, mention)`` of each span, in order (the text is sliced from
    the document's: ``Span.text`` builds a Token object per token). With ``linked``, only
    the spans of those labels that have a norm."""
    out: list[Located] = []
    for span in spans:
        label = span.label_
        if linked is not None and label not in linked:
            continue
        norm = span.kb_id_ or None
        if linked is not None and norm is None:
            continue
        start, end = span.start_char, span.end_char
        out.append((span.start, span.end, Mention(start, end, label, norm, text[start:end])))
    return out


#: The candidates the records read: countries (also inside longer names), organizations
#: inside longer names and programs inside figures, each only with a norm.
_LINKED_CANDIDATES = frozenset({"COUNTRY", "ORG", "PROGRAM", "AGREEMENT"})


def document_countries(final: list[Located], found: list[Located]) -> list[str]:
    """Sorted ISO codes of every COUNTRY candidate with a norm (of ``found``): final spans and those inside
    longer names ("Dirección Nacional de Aduanas de Uruguay" adds UY), but not those inside a
    person's name ("Photo Credit: Josh Denmark")."""
    persons = [(a, b) for a, b, m in final if m.label == "PERSON"]
    return sorted(
        {
            m.norm
            for start, end, m in found
            if m.label == "COUNTRY"
            and m.norm
            and not any(a <= start and end <= b for a, b in persons)
        }
    )


def drop_qualifiers(located: list[Located], text: str, lexicon: RecordLexicon) -> list[Located]:
    """Without the COUNTRY mentions that only qualify a territory: "China" in "Hong Kong,
    China" (the WCO's style) is not a country the text names."""
    cut = [
        (match.start(), match.end(), lexicon.territory_qualifiers.value(match))
        for match in lexicon.territory_qualifiers.finditer(text)
    ]
    if not cut:
        return located
    return [
        item
        for item in located
        if not (
            item[2].label == "COUNTRY"
            and any(
                a < item[2].start and item[2].end <= b and item[2].norm == code
                for a, b, code in cut
            )
        )
    ]


def inside_figures(final: list[Located], found: list[Located], label: str) -> list[Mention]:
    """Candidates of ``label`` inside a FIGURE span: "24 Super Carrier Initiative
    participants" is a FIGURE (the longer span wins) and still a mention of super_carrier;
    "two Memoranda of Understanding with Mexico" still names two MOUs with Mexico."""
    figures = [(a, b) for a, b, m in final if m.label == "FIGURE"]
    return [
        m
        for start, end, m in found
        if m.label == label and m.norm and any(a <= start and end <= b for a, b in figures)
    ]


def programs_inside_figures(final: list[Located], found: list[Located]) -> list[Mention]:
    """PROGRAM candidates inside a FIGURE span (see :func:`inside_figures`)."""
    return inside_figures(final, found, "PROGRAM")


def doc_sentences(doc: Doc) -> list[Sentence]:
    """Sentence offsets (the whole text when no component set boundaries)."""
    offsets = sentence_offsets(doc)
    # Several sentences mean boundaries were set (checking it reads every token).
    if len(offsets) == 1 and not doc.has_annotation("SENT_START"):
        return [(0, len(doc_text(doc)))]
    return offsets


class RecordBuilder(KBComponent):
    """Assembles records from the final spans into ``state(doc)["records"]``."""

    def setup(self) -> None:
        self.lexicon = RecordLexicon.from_kb(self.kb)

    def __call__(self, doc: Doc) -> Doc:
        data = state(doc)
        text = doc_text(doc)
        spans = final_spans(doc)
        final = located_mentions(spans, text)
        figures = []
        for span, (_, _, mention) in zip(spans, final, strict=True):
            if mention.label == "FIGURE":
                details = figure_details(doc, span)
                if details is not None:
                    figures.append({**details, "start": mention.start, "end": mention.end})
        mentions = [m for _, _, m in drop_qualifiers(final, text, self.lexicon)]
        found = drop_qualifiers(
            located_mentions(candidates(doc), text, _LINKED_CANDIDATES), text, self.lexicon
        )
        countries = sorted(
            (m for _, _, m in found if m.label == "COUNTRY" and m.norm), key=lambda m: m.start
        )
        inner_orgs = [m for _, _, m in found if m.label == "ORG" and m.norm]
        sentences = doc_sentences(doc)
        info = meta(doc)
        publisher = publisher_country(info.get("source") or info.get("url"), self.lexicon)
        data["records"] = {
            "programs": build_programs(
                text,
                sentences,
                sorted(mentions + programs_inside_figures(final, found), key=lambda m: m.start),
                figures,
                self.lexicon,
            ),
            "agreements": build_agreements(
                text,
                sentences,
                sorted(
                    mentions + inside_figures(final, found, "AGREEMENT"), key=lambda m: m.start
                ),
                countries,
                self.lexicon,
                inner_orgs,
                publisher,
            ),
            "figures": figures,
        }
        data["countries"] = document_countries(final, found)
        drop_caches(doc)
        return doc


@Language.factory("partnerex_records", default_config={"patterns": None})
def make_records(nlp: Language, name: str, patterns: str | None) -> RecordBuilder:
    """Assemble document records from the resolved spans."""
    return RecordBuilder(nlp, name, patterns)
