"""The knowledge base in patterns/: validation reports every problem at once."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from partnerex.errors import KnowledgeBaseError
from partnerex.kb import bundled_patterns_dir, load_kb
from partnerex.kb.loader import load_kb_uncached

ANNOTATION_PROGRAM_IDS = {
    "cip", "super_carrier", "lbcip", "basc", "acsi", "ipp", "ctpat", "csi", "sfi", "aeo",
    "safe_framework", "preclearance", "global_entry", "nexus", "sentri", "fast", "jsp",
    "ilea", "exbs", "pip", "neec", "operation_allies_welcome",
}
ANNOTATION_AGREEMENT_TYPES = {
    "mra", "cmaa", "jwp", "mou", "moc", "loi", "action_plan", "joint_statement",
    "declaration_of_principles", "preclearance_agreement", "program_agreement",
}
ANNOTATION_ORG_IDS = {"cbp", "ice", "dhs", "wco", "wbo", "usbp", "ofo", "ina", "state"}


def test_kb_bundled_patterns_hold_every_annotation_id():
    kb = load_kb()
    assert set(kb.programs) >= ANNOTATION_PROGRAM_IDS
    assert set(kb.agreement_types) >= ANNOTATION_AGREEMENT_TYPES
    assert set(kb.organizations) >= ANNOTATION_ORG_IDS


def test_kb_bundled_dir_is_inside_the_package():
    assert (bundled_patterns_dir() / "programs.jsonl").is_file()


def test_kb_reports_every_problem_at_once(tmp_path: Path):
    for path in bundled_patterns_dir().glob("*.jsonl"):
        shutil.copy(path, tmp_path / path.name)
    with (tmp_path / "programs.jsonl").open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
        handle.write(json.dumps({"id": "Bad Id", "names": ["X"], "kind": "k"}) + "\n")
        handle.write(json.dumps({"id": "zz_prog", "names": [], "kind": "k", "colour": 1}) + "\n")
        handle.write(json.dumps({"id": "zz_prog2", "names": ["Carrier Initiative Program"], "kind": "k", "country": "QQ"}) + "\n")
    with pytest.raises(KnowledgeBaseError) as info:
        load_kb_uncached(tmp_path)
    problems = "\n".join(info.value.problems)
    for code in ("[K001]", "[K002]", "[K004]", "[K005]"):
        assert code in problems, problems
    assert all(p.startswith("programs.jsonl:") for p in info.value.problems)
    assert len(info.value.problems) >= 5
