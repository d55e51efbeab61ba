"""Schema-version negotiation for bundles (sync.md §4.9).

A bundle's ``schema_version`` is the sender's Alembic head revision (text, e.g. ``"0001"``) and
``reads_schema`` the oldest and newest revisions it can read. The order of revisions is the
order of the migration chain, so "newer" means "a revision this program does not know" — a
bundle from a newer program is refused with "update the application", never partly applied.
``oldest_readable`` is the support window: bundles older than it need the sender to upgrade.
Until upcasters for change records exist the window is the current revision only; whoever adds
a migration with an upcaster widens it by passing ``oldest_readable``.

A migration that changes no synced record (indexes only, say) is listed in
:data:`RECORD_NEUTRAL`: it is left out of the chain bundles speak of, so an office that has
upgraded and one that has not yet still exchange bundles (their change records are the same).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from app.sync.errors import BundleRejected

RECORD_NEUTRAL: frozenset[str] = frozenset({
    "0002",  # indexes on training_session and audit_log: no synced column changed
})
"""Alembic revisions that leave every synced table's columns as they were."""


@dataclass(frozen=True)
class SchemaSupport:
    revisions: tuple[str, ...]
    """Every revision this program knows, oldest first."""
    oldest_readable: str

    def __post_init__(self) -> None:
        if not self.revisions or self.oldest_readable not in self.revisions:
            raise ValueError("oldest_readable must be one of the known revisions")

    @property
    def current(self) -> str:
        return self.revisions[-1]

    @property
    def reads_schema(self) -> tuple[str, str]:
        return (self.oldest_readable, self.current)

    def check(self, schema_version: str) -> None:
        """Raise :class:`BundleRejected` unless a bundle of ``schema_version`` can be read."""
        if schema_version not in self.revisions:
            raise BundleRejected("bundle.schema_newer", schema=schema_version)
        if self.revisions.index(schema_version) < self.revisions.index(self.oldest_readable):
            raise BundleRejected("bundle.schema_older", schema=schema_version,
                                 oldest=self.oldest_readable)

    def is_readable(self, schema_version: str) -> bool:
        try:
            self.check(schema_version)
        except BundleRejected:
            return False
        return True

    @classmethod
    def from_alembic(cls, oldest_readable: str | None = None) -> SchemaSupport:
        """The revisions of this program's migration chain (cached)."""
        revisions = _alembic_revisions()
        return cls(revisions, oldest_readable or revisions[-1])


@lru_cache(maxsize=1)
def _alembic_revisions() -> tuple[str, ...]:
    from alembic.script import ScriptDirectory

    from app.db.schema import alembic_config

    scripts = ScriptDirectory.from_config(alembic_config())
    newest_first = [rev.revision for rev in scripts.walk_revisions()
                    if rev.revision not in RECORD_NEUTRAL]
    return tuple(reversed(newest_first))
