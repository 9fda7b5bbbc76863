"""The JSON schema of a document, exported to ``schema/document.schema.json``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from partnerex.models import Document


def document_schema() -> dict[str, Any]:
    """The JSON schema of ``Document`` (gold and extracted documents alike)."""
    schema = Document.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://partnerex.invalid/schema/document.schema.json"
    return schema


def schema_text() -> str:
    """The schema as stable, indented JSON text (what the repository keeps)."""
    return json.dumps(document_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schema(path: str | Path) -> Path:
    """Write the schema file; returns its path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(schema_text(), encoding="utf-8")
    return target
