"""
The default actors parser family: alias dictionaries with date-bounded
canonical actors, acronyms defined in the text, generic mentions and
metonymy.

The public names are :class:`ActorParser`, the dictionary types
:class:`Actor` and :class:`ActorDictionary`, the loaders
:func:`load_dictionary` and :func:`load_petrarch`, the shipped
:func:`default_dictionary`, and :func:`inter_code` (ACLED ``inter`` codes).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from conflictparse.parsers.actors._default import default_dictionary, state_actors
from conflictparse.parsers.actors._dictionary import (
    COLUMNS,
    FORMAT,
    INTER_CODES,
    Actor,
    ActorDictionary,
    inter_code,
    load_dictionary,
)
from conflictparse.parsers.actors._parser import ActorParser
from conflictparse.parsers.actors._petrarch import load_petrarch

__all__ = [
    "COLUMNS",
    "FORMAT",
    "INTER_CODES",
    "Actor",
    "ActorDictionary",
    "ActorParser",
    "default_dictionary",
    "inter_code",
    "load_dictionary",
    "load_petrarch",
    "state_actors",
]
