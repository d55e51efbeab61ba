"""Alembic autogenerate hooks for the name-token triggers of :mod:`app.db.name_search`.

The comparator reports missing triggers as an operation whose rendering calls
:func:`app.db.name_search.create_sql_objects` in the migration. Imported by
:mod:`app.db.schema` (everything that migrates or autogenerates goes through it), not by the
models: the program's start does not load Alembic for it.
"""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import renderers
from alembic.autogenerate.compare import comparators
from alembic.operations import ops
from alembic.util import DispatchPriority, PriorityDispatchResult
from sqlalchemy import inspect

from app.db.name_search import TOKEN_TABLE, existing_triggers, trigger_names


class CreateNameSearchTriggers(ops.MigrateOperation):
    """Autogenerate operation: the name-token triggers are missing."""

    def reverse(self) -> DropNameSearchTriggers:
        return DropNameSearchTriggers()

    def to_diff_tuple(self) -> tuple[Any, ...]:
        return ("add_sql_objects", TOKEN_TABLE, "triggers")


class DropNameSearchTriggers(ops.MigrateOperation):
    def reverse(self) -> CreateNameSearchTriggers:
        return CreateNameSearchTriggers()

    def to_diff_tuple(self) -> tuple[Any, ...]:
        return ("remove_sql_objects", TOKEN_TABLE, "triggers")


@comparators.dispatch_for("schema", priority=DispatchPriority.LAST)
def _compare_triggers(autogen_context: Any, upgrade_ops: Any, _schemas: Any) -> Any:
    conn = autogen_context.connection
    if conn is None:
        return PriorityDispatchResult.CONTINUE
    wanted = set(trigger_names(conn.dialect.name))
    tables = set(inspect(conn).get_table_names())
    if "employee" not in tables or not wanted <= existing_triggers(conn):
        upgrade_ops.ops.append(CreateNameSearchTriggers())
    return PriorityDispatchResult.CONTINUE


@renderers.dispatch_for(CreateNameSearchTriggers)
def _render_create(autogen_context: Any, _op: Any) -> str:
    autogen_context.imports.add("from app.db import name_search")
    return "name_search.create_sql_objects(op)"


@renderers.dispatch_for(DropNameSearchTriggers)
def _render_drop(autogen_context: Any, _op: Any) -> str:
    autogen_context.imports.add("from app.db import name_search")
    return "name_search.drop_sql_objects(op)"
