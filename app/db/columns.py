"""Small column helpers shared by the model modules.

Every foreign key is ``DEFERRABLE INITIALLY IMMEDIATE``: ordinary writes are checked at once
(a service gets its error at flush), while the bundle importer may defer the checks to COMMIT
for one transaction — ``SET CONSTRAINTS ALL DEFERRED`` on PostgreSQL,
``PRAGMA defer_foreign_keys=ON`` on SQLite — so rows of a bundle can be applied in any order.
"""

from __future__ import annotations

from typing import Literal

from sqlalchemy import ForeignKey

OnDelete = Literal["CASCADE", "RESTRICT", "SET NULL"]


def fk(target: str, ondelete: OnDelete = "RESTRICT") -> ForeignKey:
    """A deferrable foreign key to ``table.column`` with an explicit delete rule.

    The delete rules only matter when a row is physically purged (a tombstone after every
    peer acknowledged it, or a merged duplicate): ordinary deletes are tombstones.
    ``CASCADE`` is for rows that belong to their parent (histories of an employee, RHK of an
    SKP), ``RESTRICT`` for references that must not dangle (an org unit still in use),
    ``SET NULL`` for loose references (the penilai of an SKP, the subject of public feedback).
    """
    return ForeignKey(target, ondelete=ondelete, deferrable=True, initially="IMMEDIATE")
