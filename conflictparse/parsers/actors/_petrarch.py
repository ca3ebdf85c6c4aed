"""
Reading PETRARCH / Phoenix actor dictionaries (the TABARI 0.8 layout).

The layout, as documented by the PETRARCH project: one actor per root line,
words joined by underscores, the CAMEO code in brackets; synonyms follow on
lines starting with ``+``; date-restricted codes follow on indented lines::

    # comment
    HAMID_KARZAI_  [AFGGOV 011222-141231]
    +PRESIDENT_KARZAI_
    ASHRAF_GHANI_
        [AFGGOV >140929]
        [AFGELI <140929]

Restrictions are ``YYMMDD-YYMMDD`` (a closed range), ``<YYMMDD`` (before)
and ``>YYMMDD`` (after); eight-digit ``YYYYMMDD`` dates are read too, and
six-digit years below 30 are taken as 20xx.
"""

from __future__ import annotations

import datetime as _dt
import os
from typing import Final

import regex

from conflictparse._countries import by_alpha3
from conflictparse._text import lazy
from conflictparse.errors import DataError
from conflictparse.parsers.actors._dictionary import Actor, ActorDictionary

__all__ = ["load_petrarch", "petrarch_kind"]

_CODE_RE: Final = lazy(
    globals(),
    "_CODE_RE",
    r"""
    \[\s*+
    (?P<code>[A-Z0-9~]++)                     # the CAMEO code
    (?:\s++(?:
        (?P<from>\d{6}(?:\d{2})?+)-(?P<to>\d{6}(?:\d{2})?+)   # a closed range
      | <(?P<before>\d{6}(?:\d{2})?+)                       # before a date
      | >(?P<after>\d{6}(?:\d{2})?+)                        # after a date
    ))?+
    \s*+\]
    """,
    regex.VERBOSE,
)

_STATE_ROLES: Final = frozenset({"MIL", "GOV", "COP", "SPY", "JUD", "LEG", "PRE"})
_REBEL_ROLES: Final = frozenset({"REB", "INS", "SEP"})
_CIVIL_ROLES: Final = frozenset(
    {"CVL", "REF", "LAB", "EDU", "MED", "HLH", "BUS", "AGR", "REL", "HRI", "JRN"}
)


def petrarch_kind(code: str) -> str:
    """
    The actor kind of a CAMEO code, read from its role segments.

    >>> petrarch_kind("AFGGOV"), petrarch_kind("PHLREB"), petrarch_kind("IGOUNO")
    ('state', 'rebel', 'external')

    .. versionadded:: 0.1.0
    """
    segments = {code[i : i + 3] for i in range(0, len(code), 3)}
    if segments & _STATE_ROLES:
        return "state"
    if segments & _REBEL_ROLES:
        return "rebel"
    if code.startswith(("IGO", "NGO", "IMG")):
        return "external"
    if segments & _CIVIL_ROLES:
        return "civilians"
    if "OPP" in segments:
        return "political_militia"
    return "unknown"


def _country(code: str) -> str | None:
    c = by_alpha3().get(code[:3])
    return None if c is None else c.alpha2


def _date(raw: str, *, path: str, line: int) -> _dt.date:
    try:
        if len(raw) == 6:
            yy = int(raw[:2])
            year = 2000 + yy if yy < 30 else 1900 + yy
            return _dt.date(year, int(raw[2:4]), int(raw[4:6]))
        return _dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
    except ValueError:
        raise DataError(f"bad date {raw!r}", path=path, line=line) from None


def _phrase(raw: str) -> str:
    words = [w for w in raw.strip().strip("_").split("_") if w]
    return " ".join(w if any(c.isdigit() for c in w) else w.capitalize() for w in words)


def load_petrarch(path: str | os.PathLike[str]) -> ActorDictionary:
    """
    Load a PETRARCH / Phoenix actor dictionary as an :class:`ActorDictionary`.

    Each ``(root, code, date range)`` becomes one :class:`Actor` whose
    canonical name is the CAMEO code (``"AFGGOV"``) and whose aliases are the
    root phrase and its ``+`` synonyms; kind and country come from the code.
    Use it as ``ActorParser(dictionary=load_petrarch(path))``.

    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "Phoenix.actors.txt")
    >>> with open(path, "w") as fh:
    ...     _ = fh.write("ASHRAF_GHANI_\\n    [AFGELI <140929]\\n    [AFGGOV >140929]\\n")
    >>> [(a.canonical, a.valid_from) for a in load_petrarch(path)]
    [('AFGELI', None), ('AFGGOV', datetime.date(2014, 9, 30))]

    Raises:
        DataError: the file is unreadable, or a line is malformed (a code
            line before any root, a bad date, an unreadable bracket).

    .. versionadded:: 0.1.0
    """
    name = os.fspath(path)
    try:
        with open(name, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read PETRARCH dictionary: {exc}", path=name) from exc
    actors: list[Actor] = []
    root: str | None = None
    synonyms: list[str] = []
    codes: list[tuple[str, _dt.date | None, _dt.date | None]] = []
    root_line = 0
    counter: dict[str, int] = {}
    in_comment = False

    def flush() -> None:
        if root is None:
            return
        if not codes:
            return  # an actor with no code (PETRARCH then codes nothing)
        slug = "_".join(root.lower().split())
        for code, start, end in codes:
            n = counter.get(slug, 0)
            counter[slug] = n + 1
            try:
                actors.append(
                    Actor(
                        id=f"{slug}#{n}",
                        canonical=code,
                        kind=petrarch_kind(code),
                        country=_country(code),
                        valid_from=start,
                        valid_to=end,
                        aliases=tuple(dict.fromkeys((root, *synonyms))),
                    )
                )
            except ValueError as exc:
                raise DataError(str(exc), path=name, line=root_line) from exc

    for lineno, raw in enumerate(lines, start=1):
        line = raw
        if in_comment:
            if "-->" in line:
                in_comment = False
                line = line.split("-->", 1)[1]
            else:
                continue
        if "<!--" in line:
            head, _, tail = line.partition("<!--")
            if "-->" in tail:
                line = head + tail.split("-->", 1)[1]
            else:
                in_comment = True
                line = head
        if line.lstrip().startswith("#"):
            continue
        if " #" in line:
            line = line.split(" #", 1)[0]
        if not line.strip():
            continue
        indented = line[:1].isspace()
        body = line.strip()
        if body.startswith("+"):
            if root is None:
                raise DataError("a synonym before any actor", path=name, line=lineno)
            synonyms.append(_phrase(_CODE_RE.sub("", body[1:])))
            continue
        found = list(_CODE_RE.finditer(body))
        if indented and body.startswith("["):
            if root is None:
                raise DataError("a code line before any actor", path=name, line=lineno)
            if not found:
                raise DataError(f"unreadable code {body!r}", path=name, line=lineno)
        else:
            flush()
            phrase = _phrase(_CODE_RE.sub("", body))
            if not phrase:
                raise DataError(f"no actor name in {body!r}", path=name, line=lineno)
            if "[" in body and not found:
                raise DataError(f"unreadable code {body!r}", path=name, line=lineno)
            root, synonyms, codes, root_line = phrase, [], [], lineno
        for m in found:
            start = end = None
            if m.group("from"):
                start = _date(m.group("from"), path=name, line=lineno)
                end = _date(m.group("to"), path=name, line=lineno)
            elif m.group("before"):
                end = _date(m.group("before"), path=name, line=lineno) - _dt.timedelta(1)
            elif m.group("after"):
                start = _date(m.group("after"), path=name, line=lineno) + _dt.timedelta(1)
            codes.append((m.group("code"), start, end))
    flush()
    return ActorDictionary(actors)
