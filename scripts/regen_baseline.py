"""Regenerate the baseline migration ``0001_baseline`` from the models (before the first release).

Deletes ``app/db/migrations/versions/0001_baseline.py`` and autogenerates it again against an
empty SQLite database, so the baseline always equals ``app.db.models.metadata``. Anyone adding
or changing tables before release re-runs it:

    .venv/bin/python scripts/regen_baseline.py

After the first release, add ordinary migrations instead (``alembic revision --autogenerate``
through :func:`app.db.schema.alembic_config`).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from app.db.schema import MIGRATIONS_DIR, alembic_config

BASELINE = MIGRATIONS_DIR / "versions" / "0001_baseline.py"


def main() -> int:
    BASELINE.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'empty.db'}"
        config = alembic_config(url)
        command.revision(config, message="baseline", autogenerate=True, rev_id="0001")
    if not BASELINE.exists():
        print(f"regen_baseline: expected {BASELINE} was not written", file=sys.stderr)
        return 1
    print(f"regen_baseline: wrote {BASELINE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
