"""Figures: numbers with what they count or measure, their kind and their links.

``lexicon`` reads the ``figure_*`` word classes, ``context`` gathers what a doc offers
(entity candidates, dates, the document's dollar), ``extent`` finds where a figure starts
and ends, and ``kinds`` classifies it. The spaCy component is ``pipeline/figures.py``.
"""
