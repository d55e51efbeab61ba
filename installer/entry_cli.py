"""Entry script of the frozen ``simpeg`` (the command line; see installer/simpeg.spec)."""

from app.cli import main

raise SystemExit(main())
