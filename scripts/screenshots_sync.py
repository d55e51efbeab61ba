"""Screenshots of the Sinkronisasi screen at the province, 1366×768: the peer offices
(docs/sinkronisasi-mitra.png) and a conflict side by side (docs/sinkronisasi-konflik.png).

Merangin (15.02) sends two bundles; the second carries a name it changed while the province
corrected the same name, so the province's queue holds one conflict.
"""

from __future__ import annotations

from pathlib import Path

from screenshots import PASSWORD, _save, _small, open_window, run_alone, wait_for


def shoot_sync(out: Path, home: Path) -> None:

    from app.db.personnel import Employee
    from app.services.context import ServiceContext
    from app.services.office import AdminSpec, init_office
    from tests.core.sync.conftest import Site, link, sync

    base = home / "sync"
    base.mkdir()
    prov_db, kab_db = base / "15.db", base / "15.02.db"
    init_office(str(prov_db), "15", admin=AdminSpec("admin", PASSWORD, "Dewi Lestari, S.E."))
    init_office(str(kab_db), "15.02")
    link(f"sqlite:///{prov_db}", f"sqlite:///{kab_db}")
    prov = Site("15", f"sqlite:///{prov_db}", base / "out-15")
    kab = Site("15.02", f"sqlite:///{kab_db}", base / "out-15.02")
    try:
        pk = kab.add_employee("Siti Aminah", "1502014506850001", nip="198506152010012003")
        kab.add_employee("Budi Santoso", "1502010101790002", nip="197901012005011002")
        sync(kab, prov)
        sync(prov, kab)
        prov.edit(Employee, pk, nama="Siti Aminah, S.Pd.", nik="1502014506850001")
        kab.edit(Employee, pk, nama="Sitti Aminah")
        sync(kab, prov)
        kab.export_to("15")  # not yet delivered: awaits confirmation
    finally:
        prov.close()
        kab.close()
    with ServiceContext.open(str(prov_db)) as ctx:
        ctx.login("admin", PASSWORD)
        window, page = open_window(ctx, page="sinkronisasi")
        wait_for(lambda: page.data is not None and not page.busy, 30.0, "the sync page")
        page.tabs.setCurrentWidget(page.tabs.peers)  # the province opens on Status kantor
        _small(_save(window, out, "sinkronisasi-mitra"))
        page.tabs.setCurrentWidget(page.tabs.conflicts)
        _small(_save(window, out, "sinkronisasi-konflik"))
        window.close()


if __name__ == "__main__":
    raise SystemExit(run_alone(shoot_sync))
