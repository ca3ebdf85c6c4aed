"""
The default casualties parser family (not implemented yet: it finds nothing).
"""

from __future__ import annotations

from conflictparse._document import Document
from conflictparse.results import CasualtyCount

__all__ = ["CasualtyParser"]


class CasualtyParser:
    """
    The default casualties parser. Until it is written it returns nothing, so
    scores for this family are honestly zero.

    >>> from conflictparse import Document
    >>> list(CasualtyParser()(Document(text="")))
    []

    .. versionadded:: 0.1.0
    """

    __slots__ = ()

    def __call__(self, doc: Document) -> tuple[CasualtyCount, ...]:
        return ()
