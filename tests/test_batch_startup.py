"""Cold start: ``load()`` builds its tokenizer once, identical to a customized blank English."""

from __future__ import annotations

import spacy

from partnerex.pipeline.language import PartnerexEnglish, customize_tokenizer


def test_startup_tokenizer_equals_customized_blank() -> None:
    reference = spacy.blank("en")
    customize_tokenizer(reference)
    built = PartnerexEnglish()
    assert built.lang == "en"
    assert built.tokenizer.to_bytes() == reference.tokenizer.to_bytes()


def test_startup_pipeline_tokenizer_is_the_customized_one(nlp) -> None:
    text = "The U.S.-Cabo Verde CMAA, CTPAT- CBP and U.S./Mexico talks."
    reference = spacy.blank("en")
    customize_tokenizer(reference)
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in reference.make_doc(text)]
    assert "Cabo" in [t.text for t in nlp.make_doc(text)]
