"""Record assembly (ANNOTATION.md section 3) as pure functions over plain values.

* ``model``: ``Mention`` (a span as plain values), sentences as ``(start, end)`` offsets and
  ``RecordLexicon`` (the word classes of ``patterns/records.jsonl``).
* ``frames`` / ``agreements`` / ``parties`` / ``signatories``: agreement mentions per sentence.
* ``merge``: one record per agreement, with the evidence of every mention.
* ``programs``: program records with founding date, participants and countries.
"""

from partnerex.records.assemble import build_agreements
from partnerex.records.model import Mention, RecordLexicon, Sentence
from partnerex.records.programs import build_programs

__all__ = ["Mention", "RecordLexicon", "Sentence", "build_agreements", "build_programs"]
