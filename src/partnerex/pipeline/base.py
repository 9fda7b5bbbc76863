"""Shared base of partnerex components: the knowledge base they use, saved with the pipeline."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from partnerex.kb import KnowledgeBase, load_kb
from partnerex.kb.loader import kb_from_files


class KBComponent:
    """A pipeline component that reads the knowledge base.

    ``patterns`` is a directory path (JSON-native config) or None for the bundled
    patterns. ``to_disk`` writes the knowledge base files into the component's folder
    so a saved pipeline is a complete artifact; ``from_disk`` reads them back.
    """

    def __init__(self, nlp: Language, name: str, patterns: str | None = None) -> None:
        self.nlp = nlp
        self.name = name
        self.kb: KnowledgeBase = load_kb(patterns)
        self.setup()

    def setup(self) -> None:
        """Build matchers and lookups from ``self.kb``; called again after ``from_disk``."""

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - overridden
        raise NotImplementedError

    def _reload(self, files: dict[str, bytes]) -> None:
        with tempfile.TemporaryDirectory(prefix="partnerex-kb-") as tmp:
            self.kb = kb_from_files(files, Path(tmp))
        self.setup()

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        return srsly.msgpack_dumps({"files": self.kb.files})

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> KBComponent:
        self._reload(srsly.msgpack_loads(data)["files"])
        return self

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        for name, content in self.kb.files.items():
            (folder / name).write_bytes(content)

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> KBComponent:
        folder = Path(path)
        files = {p.name: p.read_bytes() for p in sorted(folder.glob("*.jsonl"))}
        if files:
            self._reload(files)
        return self

    def __getstate__(self) -> dict[str, Any]:
        return {"name": self.name, "files": self.kb.files, "nlp": None}

    def __setstate__(self, data: dict[str, Any]) -> None:
        from partnerex.pipeline.language import PartnerexEnglish

        self.name = data["name"]
        # A fresh English vocabulary with partnerex's tokenizer: patterns are tokenized
        # as in the pipeline the component came from.
        self.nlp = PartnerexEnglish()
        self._reload(data["files"])
