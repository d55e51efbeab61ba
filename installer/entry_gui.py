"""Entry script of the frozen ``simpeg-gui`` (the desktop program; see installer/simpeg.spec)."""

from ui.main import main

raise SystemExit(main())
