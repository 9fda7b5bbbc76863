"""Build ``corpora/dev.jsonl``: the shared dev gold, with the fixes of ``dev_fixes.json``.

    python corpora/tools/build_dev.py [--shared ../shared]

Every document keeps its text, meta (with the source URL) and records as in the shared
gold; a fix adds spans located by ``locate.py`` (failing loudly when a surface is not
found) and may replace the document countries. The output is validated with
``partnerex.models.Document``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from locate import AnnotationError, check_spans, locate_spans

from partnerex.models import Document

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent


def apply_fix(doc: dict[str, Any], fix: dict[str, Any]) -> dict[str, Any]:
    """The document with one fix applied."""
    text = doc["text"]
    after = fix.get("after", "")
    offset = text.find(after) + len(after) if after else 0
    if after and offset < len(after):
        raise AnnotationError(f"{doc['id']}: anchor {after!r} not found")
    added = locate_spans(doc["id"], text[offset:], fix.get("add_spans", []))
    for span in added:
        span["start"] += offset
        span["end"] += offset
    spans = sorted([*doc["spans"], *added], key=lambda s: (s["start"], s["end"]))
    check_spans(doc["id"], text, spans)
    fixed = {**doc, "spans": spans}
    if "countries" in fix:
        fixed["countries"] = fix["countries"]
    return fixed


def build(shared: Path) -> list[dict[str, Any]]:
    """The fixed dev documents, in the shared order."""
    fixes = {f["id"]: f for f in json.loads((HERE / "dev_fixes.json").read_text())["fixes"]}
    docs = []
    lines = (shared / "corpus" / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines:
        doc = json.loads(line)
        if doc["id"] in fixes:
            doc = apply_fix(doc, fixes.pop(doc["id"]))
        check_spans(doc["id"], doc["text"], doc["spans"])
        Document.model_validate(doc)
        docs.append(doc)
    if fixes:
        raise AnnotationError(f"fixes for unknown documents: {sorted(fixes)}")
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=CORPORA.parent.parent / "shared")
    parser.add_argument("--out", type=Path, default=CORPORA / "dev.jsonl")
    args = parser.parse_args()
    docs = build(args.shared)
    with args.out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {args.out}")


if __name__ == "__main__":
    main()
