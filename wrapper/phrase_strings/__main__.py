"""``python -m phrase_strings`` runs the command line."""

from .cli import main

raise SystemExit(main())
