"""The rules of the field: pure functions over plain values, no database, no Qt.

One module per rule family (``nip``, ``nik``, ``wilayah``, ``golongan``, ``jabatan``,
``pensiun``, ``masa_kerja``, ``kgb``, ``kenaikan_pangkat``, ``bangkom``, ``kinerja``,
``talenta``, ``duk``, ...). Every rule names its regulation in its docstring. Facts the
domain reference marks UNCONFIRMED live as data under ``resources/data/`` (see
:mod:`app.domain.refdata`), so a province can correct them without a code change.
"""
