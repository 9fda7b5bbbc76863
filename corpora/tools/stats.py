"""Count documents, spans per label and records in the corpora; keep the README table fresh.

    python corpora/tools/stats.py            # print the markdown table
    python corpora/tools/stats.py --write    # replace the table in corpora/README.md

The table sits between the ``<!-- stats:begin -->`` and ``<!-- stats:end -->`` markers of
``corpora/README.md``; ``tests/test_corpora_files.py`` fails when it is stale.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

CORPORA = Path(__file__).resolve().parent.parent
README = CORPORA / "README.md"
LABELS = ("PROGRAM", "AGREEMENT", "ORG", "PERSON", "COUNTRY", "DATE", "FIGURE")
RECORDS = ("programs", "agreements", "figures")
BEGIN, END = "<!-- stats:begin -->", "<!-- stats:end -->"


def counts(path: Path) -> dict[str, int]:
    """Documents, spans per label, all spans and records of one JSONL corpus file."""
    out = dict.fromkeys(("documents", *LABELS, "spans", *RECORDS), 0)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        out["documents"] += 1
        for span in doc["spans"]:
            out[span["label"]] += 1
            out["spans"] += 1
        for key in RECORDS:
            out[key] += len(doc[key])
    return out


def table(corpora: Path = CORPORA) -> str:
    """The markdown table: one row per ``*.jsonl`` file and a total row."""
    columns = ("documents", *LABELS, "spans", *RECORDS)
    rows = [(p.name, counts(p)) for p in sorted(corpora.glob("*.jsonl"))]
    total = {c: sum(r[c] for _, r in rows) for c in columns}
    lines = [
        "| file | " + " | ".join(columns) + " |",
        "|---|" + "---:|" * len(columns),
    ]
    for name, row in [*rows, ("**total**", total)]:
        lines.append(f"| {name} | " + " | ".join(str(row[c]) for c in columns) + " |")
    return "\n".join(lines)


def with_table(readme: str, body: str) -> str:
    """The README text with the table between the markers replaced by ``body``."""
    head, rest = readme.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n{body}\n{END}{tail}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update corpora/README.md")
    args = parser.parse_args()
    body = table()
    if args.write:
        README.write_text(with_table(README.read_text(encoding="utf-8"), body), encoding="utf-8")
    print(body)


if __name__ == "__main__":
    main()
