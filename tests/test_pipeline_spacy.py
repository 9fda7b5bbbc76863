"""spaCy-native behaviour: factories, entry points, to_disk/spacy.load, other pipelines, n_process."""

from __future__ import annotations

import pickle
from importlib.metadata import entry_points
from pathlib import Path

import spacy
from spacy.tokens import DocBin

import partnerex
from partnerex.convert_doc import doc_to_document, make_doc
from partnerex.pipeline import PIPE_NAMES
from partnerex.schema import schema_text

TEXT = (
    "WASHINGTON – U.S. Customs and Border Protection signed a Customs Mutual Assistance "
    "Agreement (CMAA) with Cabo Verde today. CBP Deputy Executive Assistant Commissioner "
    "Mark Koumans signs the agreement with Cabo Verde Ambassador to the U.S. Jose Luis Livramento. "
    "More than 3,800 carriers participate in the Carrier Initiative Program (CIP)."
)
ROOT = Path(__file__).resolve().parents[1]


def _extract(nlp: spacy.language.Language, text: str = TEXT) -> str:
    doc = nlp(make_doc(nlp, text, doc_id="t", published="2023-09-26"))
    return doc_to_document(doc).model_dump_json()


def test_pipeline_load_is_blank_english_with_partnerex_pipes(nlp):
    assert nlp.lang == "en"
    assert tuple(nlp.pipe_names) == PIPE_NAMES


def test_pipeline_every_factory_is_an_entry_point():
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(PIPE_NAMES) - {"partnerex_sentences"} <= names | {"partnerex_sentences"}
    assert "partnerex_entities" in names


def test_pipeline_to_disk_then_spacy_load_gives_identical_output(nlp, tmp_path: Path):
    nlp.to_disk(tmp_path / "model")
    assert (tmp_path / "model" / "partnerex_entities" / "programs.jsonl").is_file()
    reloaded = spacy.load(tmp_path / "model")
    assert reloaded.pipe_names == nlp.pipe_names
    assert _extract(reloaded) == _extract(nlp)


def test_pipeline_to_bytes_round_trip(nlp):
    clone = spacy.blank("en").from_config(nlp.config)
    clone.from_bytes(nlp.to_bytes())
    assert _extract(clone) == _extract(nlp)


def test_pipeline_add_pipe_into_a_users_english_pipeline():
    user = spacy.blank("en")
    user.add_pipe("sentencizer")
    ruler = user.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE", "pattern": "Boston"}])
    for name in PIPE_NAMES[1:]:
        user.add_pipe(name)
    doc = user("CBP signed a Mutual Recognition Arrangement with Brazil in Boston.")
    assert [e.text for e in doc.ents] == ["Boston"]  # the user's entities are untouched
    labels = {(s.text, s.label_, s.kb_id_) for s in doc.spans["partnerex"]}
    assert ("Mutual Recognition Arrangement", "AGREEMENT", "mra") in labels
    assert ("Brazil", "COUNTRY", "BR") in labels


def test_pipeline_built_from_config_string(nlp):
    rebuilt = spacy.util.load_model_from_config(nlp.config, auto_fill=True)
    assert rebuilt.pipe_names == nlp.pipe_names


def test_pipeline_n_process_two_equals_one(nlp):
    texts = [TEXT, "The BASC operates in 12 countries: Colombia, Peru and Mexico.", ""] * 3
    docs = [make_doc(nlp, t, doc_id=str(i)) for i, t in enumerate(texts)]
    single = [doc_to_document(d).model_dump_json() for d in nlp.pipe(docs)]
    docs = [make_doc(nlp, t, doc_id=str(i)) for i, t in enumerate(texts)]
    double = [doc_to_document(d).model_dump_json() for d in nlp.pipe(docs, n_process=2, batch_size=2)]
    assert single == double


def test_pipeline_extract_accepts_a_given_pipeline(nlp):
    doc = partnerex.extract("CBP signed an MRA with Brazil.", nlp=nlp)
    assert {s.norm for s in doc.spans} >= {"cbp", "mra", "BR"}


def test_schema_file_is_in_sync_with_the_model():
    stored = (ROOT / "schema" / "document.schema.json").read_text(encoding="utf-8")
    assert stored == schema_text(), "run `partnerex schema` to regenerate schema/document.schema.json"


def test_pipeline_components_survive_pickling(nlp):

    entities = pickle.loads(pickle.dumps(nlp.get_pipe("partnerex_entities")))
    clone = spacy.blank("en")
    doc = nlp.get_pipe("partnerex_sentences")(clone.make_doc("CBP signed an MRA with Brazil."))
    doc = entities(doc)
    assert {s.kb_id_ for s in doc.spans["partnerex_candidates"]} >= {"cbp", "mra", "BR"}


def test_pipeline_per_document_caches_are_dropped(nlp):
    doc = nlp(make_doc(nlp, TEXT, doc_id="t"))
    assert not [key for key in doc.user_data if isinstance(key, tuple) and "cache" in key]
    assert set(doc.user_data) == {"partnerex"}
    assert "partnerex_cache" not in doc.user_hooks


def test_pipeline_partial_run_keeps_doc_serializable(nlp):
    # Without the records component the per-document cache stays on the doc (in
    # user_hooks); it must neither reach a DocBin nor break pickling (it pickles empty).
    partial = partnerex.load(exclude=["partnerex_records"])
    doc = partial(make_doc(partial, TEXT, doc_id="t"))
    assert "partnerex_cache" in doc.user_hooks
    assert set(doc.user_data) == {"partnerex"}
    (restored,) = DocBin(store_user_data=True, docs=[doc]).get_docs(partial.vocab)
    assert [s.text for s in restored.spans["partnerex"]] == [s.text for s in doc.spans["partnerex"]]
    assert set(restored.user_data) == {"partnerex"}
    clone = pickle.loads(pickle.dumps(doc))
    assert clone.user_hooks["partnerex_cache"] == {}
    assert clone.text == doc.text
