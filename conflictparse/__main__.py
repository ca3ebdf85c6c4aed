"""``python -m conflictparse``: see :mod:`conflictparse._cli`."""

from conflictparse._cli import main

raise SystemExit(main())
