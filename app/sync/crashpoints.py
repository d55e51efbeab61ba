"""Named crash points for the crash harness (sync.md §5.4).

``crash_point("import.before-commit")`` ends the process at once (``os._exit(137)``, like a
``kill -9``) when the environment variable ``SIMPEG_CRASH_AT`` names that point. Tests run
an import or export in a subprocess with it set, then check that the database is either
before or after, never between. Unset (always, outside those tests) it costs one lookup.
"""

from __future__ import annotations

import os

CRASH_ENV = "SIMPEG_CRASH_AT"


def crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        os._exit(137)
