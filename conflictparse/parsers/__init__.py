"""
The built-in parser families.

Each family is a public namespace: :mod:`conflictparse.parsers.dates`,
:mod:`conflictparse.parsers.casualties`, :mod:`conflictparse.parsers.places`,
:mod:`conflictparse.parsers.actors`, :mod:`conflictparse.parsers.events` and
:mod:`conflictparse.parsers.dateline`.
"""
