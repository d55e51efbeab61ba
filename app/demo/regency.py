"""The regency/city of the demo office, from the Kemendagri table (:mod:`app.domain.wilayah`).

Facts the table does not hold and a demo needs: the capital (office address, signature place),
the Roman numeral Jambi schools carry after their number (``SD Negeri 12/VI`` in Merangin), the
first three digits of postal codes, the RSUD name. They are demo decoration, not reference data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cached_property

from app.domain import wilayah
from app.errors import SimpegError

# code: (capital, kecamatan of the offices, school numeral, postal prefix, RSUD)
_FACTS = {
    "15.01": ("Siulak", "Siulak", "III", "371", "RSUD Kabupaten Kerinci"),
    "15.02": ("Bangko", "Bangko", "VI", "373", "RSUD Kolonel Abundjani Bangko"),
    "15.03": ("Sarolangun", "Sarolangun", "VII", "374", "RSUD Prof. Dr. H. Chatib Quzwain"),
    "15.04": ("Muara Bulian", "Muara Bulian", "I", "366", "RSUD Hamba Muara Bulian"),
    "15.05": ("Sengeti", "Sekernan", "IX", "363", "RSUD Ahmad Ripin"),
    "15.06": ("Kuala Tungkal", "Tungkal Ilir", "V", "365", "RSUD KH Daud Arif Kuala Tungkal"),
    "15.07": ("Muara Sabak", "Muara Sabak Timur", "X", "367", "RSUD Nurdin Hamzah"),
    "15.08": ("Muara Bungo", "Pasar Muaro Bungo", "II", "372", "RSUD H. Hanafie Muara Bungo"),
    "15.09": ("Muara Tebo", "Tebo Tengah", "VIII", "375", "RSUD Sultan Thaha Saifuddin"),
    "15.71": ("Jambi", "Telanaipura", "IV", "361", "RSUD Abdul Manap Kota Jambi"),
    "15.72": ("Sungai Penuh", "Sungai Penuh", "XI", "371", "RSUD Kota Sungai Penuh"),
}


@dataclass(frozen=True)
class Regency:
    code: str  # "15.02"
    full_name: str  # "Kabupaten Merangin"
    short_name: str  # "Merangin"
    kind: str  # kabupaten / kota
    city: str
    school_roman: str
    postal_prefix: str
    rsud_name: str
    capital_name: str

    @cached_property
    def districts(self) -> tuple[wilayah.Region, ...]:
        return wilayah.districts(self.code)

    @cached_property
    def capital_district(self) -> str:
        for d in self.districts:
            if d.name == self.capital_name:
                return d.code
        return self.districts[0].code

    def villages(self, district: wilayah.Region | str) -> tuple[wilayah.Region, ...]:
        code = district if isinstance(district, str) else district.code
        return wilayah.villages(code)

    def kelurahan(self, district: wilayah.Region) -> list[wilayah.Region]:
        """Kelurahan (codes 1xxx; desa are 2xxx) of a kecamatan."""
        return [v for v in self.villages(district) if v.code.rsplit(".", 1)[1].startswith("1")]

    def village_name(self, district: wilayah.Region, rng: random.Random) -> str:
        villages = self.villages(district)
        return rng.choice(villages).name if villages else district.name

    @property
    def bupati_title(self) -> str:
        return f"{'Wali Kota' if self.kind == 'kota' else 'Bupati'} {self.short_name}"


def regency(code: str) -> Regency:
    """The regency/city of an office code; the province and unknown codes are refused."""
    office = wilayah.office(code or "")
    if office is None or office.kind == "provinsi" or office.code not in _FACTS:
        raise SimpegError("demo.not_regency", office=code)
    capital, district, roman, postal, rsud = _FACTS[office.code]
    short = office.full_name.replace("Kabupaten ", "").replace("Kota ", "")
    return Regency(office.code, office.full_name, short, office.kind, capital, roman, postal,
                   rsud, district)


def other_regencies(code: str) -> tuple[wilayah.Region, ...]:
    """The other regencies/cities of Jambi (birth places and first NIK registrations)."""
    return tuple(r for r in wilayah.regencies() if r.code != code)
