"""Peta jabatan: the positions a unit is planned to have (formasi), from its analisis jabatan
and analisis beban kerja (ABK).

One row says "unit U needs N holders of jabatan J". The Formasi report sets these against the
employees holding J in U now (bezetting) and those retiring in the years ahead, which gives the
vacancies an office asks for in the next recruitment round (:mod:`app.services.formasi`).

Rows belong to the office that owns the unit and travel in bundles like the org tree (they
reference no employee, so the province receives every office's peta jabatan).
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Synced
from app.db.columns import fk


class PlannedPosition(Synced, Base):
    """How many holders of one jabatan a unit needs.

    ``jabatan_id`` points into the jabatan catalogue when the position was chosen from it;
    ``jabatan_name`` is always filled (an imported peta jabatan may name jabatan the catalogue
    does not have yet) and is what holders are matched by when there is no id.
    """

    __tablename__ = "planned_position"

    unit_id: Mapped[str] = mapped_column(fk("org_unit.id", "RESTRICT"), index=True)
    jabatan_id: Mapped[str | None] = mapped_column(fk("jabatan.id", "RESTRICT"))
    jabatan_name: Mapped[str] = mapped_column(String(250))
    jabatan_kind: Mapped[str | None] = mapped_column(String(24))
    kelas_jabatan: Mapped[int | None]
    needed: Mapped[int]  # kebutuhan pegawai from the ABK
    sort_order: Mapped[int] = mapped_column(default=0)
    note: Mapped[str | None] = mapped_column(String(250))
