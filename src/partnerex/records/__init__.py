"""Record assembly (ANNOTATION.md section 3) as pure functions over plain values.

* ``model``: ``Mention`` (a span as plain values), sentences as ``(start, end)`` offsets and
  ``RecordLexicon`` (the word classes of ``patterns/records.jsonl`` plus KB facts).
* ``frames``: which AGREEMENT mentions of a sentence may be records (not plural, not a
  repeated "(ACRONYM)", not defined: "A JWP is a document that ..."), their trigger
  (signed / in_force / planned / announced) and the parties listed after "with"/"between"/"by".
* ``agreements``: one mention per agreement per partner ("an MRA with Uruguay and a JWP with
  Guatemala and Colombia" gives three). Parties come from the frame (subject, listed
  partners, names inside the instrument's name), then the sentence, then the publisher's
  home country for a lone foreign partner, then, for a dated single-party frame, the two
  countries the document is about. Documents naming no instrument type fall back to
  "signed an agreement" typed by a program (Preclearance -> ``preclearance_agreement``); a
  heading that is an instrument's name ("Joint Statement") makes the document that instrument.
* ``parties``: organizations (org id, else name) win over the bare name of their country.
* ``signatories``: people of signing sentences with title and ``on_behalf_of`` (ISO code).
* ``merge``: mentions of one agreement (same type and countries, compatible dates and names)
  become one record whose ``evidence`` lists each mention; mentions without parties only
  join the one record they fit.
* ``programs``: one record per program id with ``established``, ``participants`` (figure
  records whose ``program`` is the id) and ``countries``.
"""

from partnerex.records.assemble import build_agreements
from partnerex.records.model import Mention, RecordLexicon, Sentence
from partnerex.records.programs import build_programs

__all__ = ["Mention", "RecordLexicon", "Sentence", "build_agreements", "build_programs"]
