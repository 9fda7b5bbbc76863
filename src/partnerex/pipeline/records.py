"""``partnerex_records``: programs, agreements and figures records, and document countries."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from partnerex.pipeline.base import KBComponent
from partnerex.pipeline.state import candidates, figure_details, final_spans, norm_of, state


def document_countries(doc: Doc) -> list[str]:
    """Sorted ISO codes of every COUNTRY candidate: final spans and those inside longer names."""
    return sorted({norm_of(s) for s in candidates(doc) if s.label_ == "COUNTRY" and norm_of(s)})


class RecordBuilder(KBComponent):
    """Assembles records from the final spans into ``state(doc)["records"]``."""

    def __call__(self, doc: Doc) -> Doc:
        data = state(doc)
        figures = []
        for span in final_spans(doc):
            if span.label_ == "FIGURE":
                details = figure_details(doc, span)
                if details is not None:
                    figures.append({**details, "start": span.start_char, "end": span.end_char})
        data["records"] = {"programs": [], "agreements": [], "figures": figures}
        data["countries"] = document_countries(doc)
        return doc


@Language.factory("partnerex_records", default_config={"patterns": None})
def make_records(nlp: Language, name: str, patterns: str | None) -> RecordBuilder:
    """Assemble document records from the resolved spans."""
    return RecordBuilder(nlp, name, patterns)
