"""Every model module, imported so ``Base.metadata`` is complete (Alembic, tests, sync).

Import this module — not the individual ones — wherever the whole schema is needed.
"""

from __future__ import annotations

from app.db import (  # noqa: F401  (imported for their tables)
    appraisal,
    audit,
    family,
    formasi,
    histories,
    name_search,
    org,
    performance,
    personnel,
    reference,
    sync_meta,
    sync_peers,
    training,
    users,
)
from app.db.base import Base

metadata = Base.metadata

__all__ = ["Base", "metadata"]
