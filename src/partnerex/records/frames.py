"""Agreement frames in one sentence: which AGREEMENT mentions count, their triggers and regions.

A frame is a sentence that reports an agreement: a trigger word (signed, entered into force,
will sign, announced ...) near an AGREEMENT mention that is neither a plural ("70 CMAAs"),
a parenthesised acronym repeating the mention before it, nor the subject of a definition
("A JWP is a document that ...").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from partnerex.records.model import Mention, RecordLexicon, Sentence, within

_WORD = re.compile(r"[\w'’.&-]+|[,:;()]")
_PAREN_GAP = re.compile(r"^\s*[(\[]\s*$")
_ACRONYM_AFTER = re.compile(r"^\s*\(\s*[A-Za-z][\w.-]*\s*\)")
_NOT_PLURAL = frozenset({"its", "this", "us", "was", "has", "is", "status", "process", "items"})
#: Words after the head of an instrument's name ("Agreement on ...", "Plan for 2011").
_HEAD_ENDS = frozenset({"of", "on", "for", "concerning", "regarding", "between", "to", "in"})


@dataclass(frozen=True)
class Trigger:
    """A trigger word in the text and the status it reports."""

    start: int
    end: int
    status: str

    def distance(self, start: int, end: int) -> int:
        """Characters between the trigger and ``[start, end)`` (0 when they touch)."""
        return max(start - self.end, self.start - end, 0)


def is_plural(text: str) -> bool:
    """True for a plural instrument name: "CMAAs", "Mutual Recognition Arrangements", "Memoranda
    of ...", but not "Framework Agreement on ... Operations" (the head precedes "on")."""
    words = text.split()
    if not words:
        return False
    lowered = [w.lower() for w in words]
    cut = next((i for i, w in enumerate(lowered[1:], 1) if w in _HEAD_ENDS), len(words))
    head = words[cut - 1]
    lower = head.lower()
    if lower.endswith(("memoranda", "memorandums")):
        return True
    return lower.endswith("s") and not lower.endswith("ss") and lower not in _NOT_PLURAL


def is_definition(text: str, mention: Mention, lexicon: RecordLexicon) -> bool:
    """True when a definition follows the mention: "A JWP is a document that ..."."""
    after = text[mention.end : mention.end + 80]
    acronym = _ACRONYM_AFTER.match(after)
    if acronym:
        after = after[acronym.end() :]
    return lexicon.definitions.starts(after)


def instrument_mentions(
    text: str,
    sentence: Sentence,
    mentions: Sequence[Mention],
    lexicon: RecordLexicon,
    with_plurals: bool = False,
    implicit: bool = True,
) -> list[Mention]:
    """AGREEMENT mentions of a sentence that may be records, plus implicit ones
    ("has mutual recognition with ...") where no AGREEMENT mention covers them. Plurals
    ("signed MRAs with Japan and Korea") only with ``with_plurals``; ``implicit`` False
    when the text is known to name no implicit instrument (its sentences are not searched)."""
    start, end = sentence
    inside = within(mentions, start, end)
    spans = [m for m in inside if m.label == "AGREEMENT" and m.norm]
    if not spans and not implicit:
        return []
    spans.sort(key=lambda m: m.start)
    kept: list[Mention] = []
    previous: Mention | None = None
    for span in spans:
        repeat = (
            previous is not None
            and previous.norm == span.norm
            and _PAREN_GAP.match(text[previous.end : span.start])
        )
        previous = span
        plural = is_plural(span.text) and not with_plurals
        if repeat or plural or is_definition(text, span, lexicon):
            continue
        kept.append(span)
    covered = [(m.start, m.end) for m in inside]
    for match in lexicon.implicit.finditer(text, start, end) if implicit else ():
        if any(s < match.end() and match.start() < e for s, e in covered):
            continue
        after = text[match.end() : match.end() + 20].lstrip(" :")
        if not after.lower().startswith(("with", "between")):
            continue
        kept.append(
            Mention(
                match.start(),
                match.end(),
                "AGREEMENT",
                lexicon.implicit.value(match),
                match.group(0),
            )
        )
    return sorted(kept, key=lambda m: m.start)


def triggers_in(
    text: str, sentence: Sentence, mentions: Sequence[Mention], lexicon: RecordLexicon
) -> list[Trigger]:
    """Trigger words of a sentence that are not inside a name."""
    start, end = sentence
    inside = [(m.start, m.end) for m in within(mentions, start, end)]
    out: list[Trigger] = []
    for match in lexicon.triggers.finditer(text, start, end):
        if any(s <= match.start() and match.end() <= e for s, e in inside):
            continue
        out.append(Trigger(match.start(), match.end(), lexicon.triggers.value(match)))
    return out


def possession_triggers(
    text: str, instruments: Sequence[Mention], lexicon: RecordLexicon
) -> list[Trigger]:
    """ "The CBSA has Mutual Recognition Arrangements with the United States, Japan ...": a
    possession verb right before an instrument that a partner follows reports it in force."""
    out: list[Trigger] = []
    for instrument in instruments:
        before = lexicon.possession.search(text, max(0, instrument.start - 40), instrument.start)
        after = text[instrument.end : instrument.end + 30]
        if before is None or not lexicon.party_intro.starts(after):
            continue
        out.append(Trigger(before.start(1), before.end(1), "in_force"))
    return out


def reported_triggers(
    text: str, triggers: Sequence[Trigger], lexicon: RecordLexicon
) -> list[Trigger]:
    """Triggers without the reporting verbs of a later one: in "the Minister announced that
    the Agreement ... has entered into force", "announced" reports the entry into force."""
    out: list[Trigger] = []
    for i, trigger in enumerate(triggers):
        later = triggers[i + 1 :]
        if (
            trigger.status == "announced"
            and any(t.status != "announced" for t in later)
            and lexicon.complementizers.starts(text[trigger.end : trigger.end + 30])
        ):
            continue
        out.append(trigger)
    return out


def nearest_trigger(
    triggers: Sequence[Trigger],
    mention: Mention,
    text: str | None = None,
    instruments: Sequence[Mention] = (),
    lexicon: RecordLexicon | None = None,
) -> Trigger | None:
    """The trigger closest to a mention (the earlier one on a tie).

    With ``instruments``, a trigger only reaches past another instrument through a
    coordination ("signed the MOU and MOC"), not through a clause ("The BSP stems from a
    DOP that was signed ...").
    """
    usable = [
        t
        for t in triggers
        if text is None
        or lexicon is None
        or _reaches(t, mention, text, instruments, lexicon.coordination | lexicon.party_words)
    ]
    if not usable:
        return None
    return min(usable, key=lambda t: (t.distance(mention.start, mention.end), t.start))


def _reaches(
    trigger: Trigger,
    mention: Mention,
    text: str,
    instruments: Sequence[Mention],
    coordination: frozenset[str],
) -> bool:
    lo, hi = (
        (trigger.end, mention.start)
        if trigger.end <= mention.start
        else (mention.end, trigger.start)
    )
    between = sorted(
        (m for m in instruments if m is not mention and lo <= m.start and m.end <= hi),
        key=lambda m: m.start,
    )
    if not between:
        return True
    edges = [*between, mention] if trigger.end <= mention.start else [mention, *between]
    for left, right in itertools.pairwise(edges):
        words = _WORD.findall(text[left.end : right.start])
        if any(
            w.lower() not in coordination and not w[:1].isupper() and not w[:1].isdigit()
            for w in words
        ):
            return False
    return True


def gap_words(text: str) -> list[str]:
    """Words and punctuation of a stretch of text, lowercased."""
    return [w.lower() for w in _WORD.findall(text)]


def region_parties(
    text: str,
    start: int,
    end: int,
    mentions: Sequence[Mention],
    lexicon: RecordLexicon,
    max_gap: int = 6,
) -> tuple[list[Mention], str | None]:
    """ORG/COUNTRY mentions listed after the first party word ("with", "between", "by") of
    ``[start, end)``, up to a stop word; also returns that party word."""
    keep_out = [m for m in mentions if m.label in ("PERSON", "DATE", "AGREEMENT", "PROGRAM")]
    intros = list(lexicon.party_intro.finditer(text, start, end))
    for index, intro in enumerate(intros):
        if any(m.start < intro.start() < m.end for m in keep_out):
            continue
        found = _listed(text, intro.end(), end, mentions, keep_out, lexicon, max_gap)
        if found:
            word = intro.group(0).lower()
            for later in intros[index + 1 :]:
                # "with Japan in 2010 and with China in 2014": the list goes on.
                if later.group(0).lower() != word or later.start() < found[-1].end:
                    continue
                if not _continues(text[found[-1].end : later.start()], lexicon):
                    break
                more = _listed(text, later.end(), end, mentions, keep_out, lexicon, max_gap)
                if not more:
                    break
                found.extend(more)
            return found, word
    return [], None


def _continues(gap: str, lexicon: RecordLexicon) -> bool:
    """True when ``gap`` joins two lists of parties: a coordination, and otherwise only
    dates ("in 2010 and", ", in May 2011, and")."""
    words = _WORD.findall(gap)
    lowered = [w.lower() for w in words]
    if not words or len(words) > 8 or not ({"and", ","} & set(lowered)):
        return False
    return all(
        w in lexicon.list_continuation
        or w in lexicon.coordination
        or w[:1].isdigit()
        or o[:1].isupper()
        for w, o in zip(lowered, words, strict=True)
    )


def _listed(
    text: str,
    cursor: int,
    end: int,
    mentions: Sequence[Mention],
    keep_out: Sequence[Mention],
    lexicon: RecordLexicon,
    max_gap: int,
) -> list[Mention]:
    """ORG/COUNTRY mentions listed from ``cursor`` on, until a stop word or a long gap."""
    found: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start < cursor or mention.end > end:
            continue
        if mention.label not in ("ORG", "COUNTRY"):
            continue
        words = gap_words(text[cursor : mention.start])
        if (
            len(words) > max_gap
            or any(w in lexicon.region_stop or w == ";" for w in words)
            or _crosses(mention, cursor, keep_out)
        ):
            break
        found.append(mention)
        cursor = mention.end
    return found


def _crosses(mention: Mention, cursor: int, others: Sequence[Mention]) -> bool:
    """True when a PERSON/DATE/AGREEMENT/PROGRAM mention lies in the gap before ``mention``."""
    return any(cursor <= o.start and o.end <= mention.start and o.label == "PERSON" for o in others)
