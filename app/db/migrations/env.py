"""Alembic environment, configured in code by :mod:`app.db.schema` (there is no alembic.ini).

The caller hands over an open connection in ``config.attributes["connection"]`` so the whole
upgrade runs inside the caller's transaction (on SQLite too: our engine emits ``BEGIN`` itself,
see :mod:`app.db.engine`). Without one (autogenerate from ``scripts/regen_baseline.py``) an
engine is made from ``sqlalchemy.url``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from app.db.engine import make_engine
from app.db.models import metadata

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        compare_type=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    try:
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise RuntimeError("SIMPEG Luring runs migrations online only")
run_migrations_online()
