"""The state of the personnel list's filters, how it becomes a service query, how it is kept in
the user's settings, and the requests other pages send to the Pegawai page.

:class:`ListFilters` is what the filter bar shows (text, unit, golongan, jabatan kind, jenis,
status); :class:`AttentionRequest` is a Beranda item — a ready query with its title, shown
as a banner above the list until the clerk clears it; :class:`OpenEmployeeRequest` opens one
employee's record.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.employee_query import EmployeeQuery

STATUS_CHOICES = ("active", "inactive", "all")
_RANGE_SEP = ".."


@dataclass(frozen=True)
class ListFilters:
    """The filter bar. ``golongan`` is a code (``"III/b"``) or a range ``"III/a..III/d"``;
    ``jabatan_kind`` a kind or several joined by ``,``; empty text means "any".
    ``deleted`` lists the deleted employees (to restore one); it is not kept in the settings:
    tomorrow the list opens on the live employees again."""

    text: str = ""
    unit_id: str = ""
    include_subunits: bool = True
    golongan: str = ""
    jabatan_kind: str = ""
    jenis_pegawai: str = ""
    status: str = "active"
    deleted: bool = False

    def query(self, sort: str = "nama", descending: bool = False) -> EmployeeQuery:
        from app.services.employee_query import EmployeeQuery

        return EmployeeQuery(
            text=self.text, unit_id=self.unit_id or None,
            include_subunits=self.include_subunits, golongan=golongan_value(self.golongan),
            jabatan_kind=_many(self.jabatan_kind), jenis_pegawai=self.jenis_pegawai or None,
            status=self.status or "active", deleted=self.deleted, sort=sort,
            descending=descending,
        )

    def is_default(self) -> bool:
        return self == ListFilters()

    # -- settings ----------------------------------------------------------------------------
    def to_settings(self) -> dict[str, str]:
        out = {f.name: str(getattr(self, f.name)) for f in fields(self) if f.name != "deleted"}
        out["include_subunits"] = "1" if self.include_subunits else "0"
        return out

    @classmethod
    def from_settings(cls, stored: dict[str, str]) -> ListFilters:
        """The filters saved by :meth:`to_settings`; unknown or damaged values fall back to
        the defaults (a settings file is user-editable)."""
        base = cls()
        values: dict[str, object] = {}
        for f in fields(cls):
            if f.name not in stored or f.name == "deleted":
                continue
            raw = stored[f.name]
            values[f.name] = raw not in ("0", "false", "") if f.name == "include_subunits" \
                else str(raw)[:200]
        found = replace(base, **values)  # type: ignore[arg-type]
        if found.status not in STATUS_CHOICES and not found.status.isidentifier():
            found = replace(found, status=base.status)
        return found


def golongan_value(text: str) -> str | tuple[str, str] | None:
    if not text:
        return None
    if _RANGE_SEP in text:
        low, high = text.split(_RANGE_SEP, 1)
        return (low, high)
    return text


def golongan_range(low: str, high: str) -> str:
    return f"{low}{_RANGE_SEP}{high}"


def _many(text: str) -> str | tuple[str, ...] | None:
    parts = tuple(p for p in text.split(",") if p)
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else parts


@dataclass(frozen=True)
class AttentionRequest:
    """Show the employees of a Beranda item: ``query`` as the service builds it, ``title``
    already in the current language."""

    key: str
    title: str
    query: EmployeeQuery


@dataclass(frozen=True)
class OpenEmployeeRequest:
    employee_id: str
