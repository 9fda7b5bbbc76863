"""Person names without a statistical model, and the titles that go with them.

    >>> from partnerex.persons import find_persons, title_before
"""

from partnerex.persons.finder import PersonMatch, find_persons
from partnerex.persons.lexicon import PersonLexicon, default_lexicon
from partnerex.persons.titles import title_before
from partnerex.persons.view import DocView, build_view

__all__ = [
    "DocView",
    "PersonLexicon",
    "PersonMatch",
    "build_view",
    "default_lexicon",
    "find_persons",
    "title_before",
]
