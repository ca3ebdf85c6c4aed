"""
Precompute the shipped actor dictionary and its alias index.

Building the dictionary (validating its TSV rows, generating the state
actors) and its index (folding and splitting some 24,000 aliases) was most
of the cost of the first parse; the default parser reads the stored form
instead when its digest matches the sources
(:mod:`conflictparse.parsers.actors._stored`). Rerun this script after
editing ``actors.tsv``, ``actors_states.tsv``, ``demonyms.tsv``,
``actors_generic.tsv`` or ``countries.tsv``:

    python tools/make_actor_index.py           # (re)write the shipped file
    python tools/make_actor_index.py --check   # exit 1 if the shipped file is stale

``tests/test_actors.py`` compares the shipped file with :func:`render`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from conflictparse.parsers.actors._default import default_dictionary, source_digest
from conflictparse.parsers.actors._index import AliasIndex
from conflictparse.parsers.actors._parser import alias_list
from conflictparse.parsers.actors._stored import dump_index

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "conflictparse" / "data" / "actors_index.tsv"


def render() -> str:
    """The stored form of the shipped dictionary and its index, built the slow way."""
    actors = default_dictionary().actors
    index = AliasIndex(alias_list(actors))
    return dump_index(index, source_digest(), actors)


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) ``conflictparse/data/actors_index.tsv``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--check", action="store_true", help="only compare")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is stale: run python tools/make_actor_index.py")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {TARGET} ({len(text.splitlines()) - 1} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
