"""
The default casualty parser family: who was killed, wounded, kidnapped,
arrested, missing, displaced, released or unharmed, and how many.

Counts carry UCDP-style ``low``/``best``/``high`` bounds read from the
qualifier ("at least six": low 6; "up to 30": high 30; "between 20 and 30":
low 20, high 30, never averaged), the victims' category, and their actor
when the actors stage tagged the victims' words.

>>> from conflictparse import Document
>>> doc = Document(text="KABUL (AFP) - Some twenty militants and one soldier died, officials said.")
>>> [(c.text, c.low, c.best, c.high, c.approximate, c.victim)
...  for c in CasualtyParser()(doc)]
[('Some twenty militants', 20, 20, None, True, 'militants'), ('one soldier', 1, 1, 1, False, 'soldiers')]

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from conflictparse.parsers.casualties._lexicon import VAGUE_QUANTITIES
from conflictparse.parsers.casualties._parser import CasualtyParser
from conflictparse.parsers.casualties._summary import (
    CasualtySummary,
    OutcomeTotal,
    parse_count,
    summarize,
)

__all__ = [
    "VAGUE_QUANTITIES",
    "CasualtyParser",
    "CasualtySummary",
    "OutcomeTotal",
    "parse_count",
    "summarize",
]
