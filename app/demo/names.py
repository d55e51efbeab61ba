"""Names, titles and places of the demo's people.

Given names mix the Malay/Minang/Muslim names common in Jambi with the Javanese names of Faker's
``id_ID`` locale (Jambi has many transmigrant families); Christians, Buddhists and Hindus get
names of their communities (Batak, Chinese-Indonesian, Balinese). Birth places outside Jambi
come from Faker's ``id_ID`` city list. Academic titles are composed from the study programmes a
person finished (:func:`titles`), so a name always agrees with its education history.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from faker.providers.address.id_ID import Provider as FakerAddress
from faker.providers.person.id_ID import Provider as FakerPerson

from app.demo.education import Programme

_MALE = ("Ahmad", "Muhammad", "Abdul", "Rahmat", "Syaiful", "Zulkifli", "Hendra", "Rizki",
         "Yusuf", "Arif", "Firdaus", "Hasan", "Husin", "Ismail", "Jamaludin", "Lukman",
         "Mukhlis", "Nasrul", "Rusdi", "Taufik", "Usman", "Wahyu", "Yudi", "Zainal", "Fauzi",
         "Irwan", "Darmawan", "Edi", "Hamdani", "Iskandar", "Junaidi", "Khairul", "Ridwan",
         "Nofrizal", "Syafrizal", "Erwin", "Azwar", "Alfian", "Bustami", "Dedi", "Efendi",
         "Fahmi", "Ilham", "Andika", "Bayu", "Rudi", "Heri", "Zulfikar", "Syahrial", "Amri",
         "Anwar", "Asril", "Burhanuddin", "Darwis", "Hafiz", "Rahmad", "Sofyan", "Suhaimi")
_MALE_LAST = ("Saputra", "Hidayat", "Pratama", "Putra", "Syahputra", "Rahman", "Hakim",
              "Effendi", "Kurniawan", "Setiawan", "Firmansyah", "Ramadhan", "Rahmadi", "Saleh",
              "Yunus", "Hamzah", "Ibrahim", "Idris", "Rasyid", "Sulaiman", "Tanjung",
              "Chaniago", "Nasution", "Lubis", "Harahap", "Siregar", "Hasibuan", "Koto")
_FEMALE = ("Siti", "Nur", "Sri", "Dewi", "Fitri", "Rina", "Yuli", "Desi", "Eka", "Lina",
           "Maya", "Nurul", "Rahmi", "Yusnida", "Elvira", "Fatimah", "Indah", "Juwita",
           "Kartini", "Melati", "Novita", "Putri", "Ratna", "Susi", "Tuti", "Wulan", "Yanti",
           "Zulaikha", "Aisyah", "Anisa", "Dian", "Evi", "Herlina", "Ika", "Mardiah",
           "Nurhayati", "Rosmawati", "Syarifah", "Emi", "Leni", "Rika", "Yenni", "Zuraida",
           "Hasnah", "Rosdiana", "Marlina")
_FEMALE_LAST = ("Rahmawati", "Susanti", "Handayani", "Lestari", "Safitri", "Wahyuni",
                "Anggraini", "Maharani", "Puspita", "Utami", "Yulianti", "Sari", "Purnamasari",
                "Ramadhani", "Fitriani", "Novianti", "Agustina", "Hartati", "Herawati",
                "Marlina", "Nengsih", "Oktavia", "Wulandari", "Aprilia", "Yusnita")
_APOSTROPHE = {"L": ("Ma'ruf", "Syafi'i", "Mu'min", "Sya'ban", "Ma'arif"),
               "P": ("Nur'aini", "Qur'ani", "Mu'minah", "Ru'yati")}
_CHRISTIAN = {"L": ("Yohanes", "Paulus", "Petrus", "Markus", "Stefanus", "Robert", "Daniel",
                    "Samuel", "Yosua", "Andreas", "Fransiskus", "Benediktus"),
              "P": ("Maria", "Theresia", "Yohana", "Ruth", "Debora", "Ester", "Lidia",
                    "Kristina", "Agnes", "Veronika", "Monika", "Elisabet")}
_BATAK = ("Sihombing", "Simanjuntak", "Situmorang", "Sitompul", "Panjaitan", "Hutagalung",
          "Simatupang", "Manurung", "Silalahi", "Tambunan", "Sinaga", "Pardede")
_CHINESE = {"L": ("Hendra", "Budi", "Andi", "Sugianto", "Ferry", "Willy", "Jimmy", "Kelvin",
                  "Rudy", "Steven"),
            "P": ("Lina", "Susan", "Meliana", "Yenny", "Lili", "Vivian", "Cindy", "Mei")}
_CHINESE_LAST = ("Wijaya", "Gunawan", "Tanoto", "Halim", "Salim", "Sutanto", "Tandiono",
                 "Hartono", "Lim", "Tan")
_BALI = {"L": ("I Made", "I Ketut", "I Wayan", "I Nyoman", "I Gede"),
         "P": ("Ni Luh", "Ni Made", "Ni Ketut", "Ni Wayan", "Ni Nyoman")}
_BALI_LAST = {"L": ("Suardana", "Artawan", "Sudarsana", "Wirawan", "Astawa", "Mahendra"),
              "P": ("Sukerti", "Ariani", "Sudiasih", "Suartini", "Kartika", "Widiasih")}
SUMATRA_CITIES = ("Padang", "Palembang", "Bukittinggi", "Medan", "Pekanbaru", "Bengkulu",
                  "Payakumbuh", "Solok", "Lubuklinggau", "Curup")
STREETS = ("Jenderal Sudirman", "Diponegoro", "Gatot Subroto", "Ahmad Yani", "Lintas Sumatera",
           "Prof. M. Yamin", "Sultan Thaha", "Kartini", "Pattimura", "Hasanuddin", "Merdeka",
           "Pahlawan", "Raden Mattaher", "Imam Bonjol", "Veteran", "H.O.S. Cokroaminoto",
           "Teuku Umar", "Cut Nyak Dien", "Pemuda", "Kolonel Abundjani", "Depati Parbo",
           "Sisingamangaraja", "Hayam Wuruk", "Gajah Mada", "Pelita", "Bhayangkara",
           "Pendidikan", "Kesehatan", "Lingkar Selatan", "Rang Kayo Hitam")


def person_name(rng: random.Random, gender: str, religion: str) -> tuple[str, bool]:
    """A plausible full name and whether it is Javanese (birth places lean to Java then)."""
    if religion in ("kristen", "katolik"):
        last = rng.choice(_BATAK) if rng.random() < 0.7 else rng.choice(_MALE_LAST)
        return f"{rng.choice(_CHRISTIAN[gender])} {last}", False
    if religion in ("buddha", "khonghucu"):
        return f"{rng.choice(_CHINESE[gender])} {rng.choice(_CHINESE_LAST)}", False
    if religion == "hindu":
        return f"{rng.choice(_BALI[gender])} {rng.choice(_BALI_LAST[gender])}", False
    roll = rng.random()
    if roll < 0.28:  # Javanese names of transmigrant families (Faker id_ID)
        firsts = FakerPerson.first_names_male if gender == "L" else FakerPerson.first_names_female
        lasts = FakerPerson.last_names_male if gender == "L" else FakerPerson.last_names_female
        if rng.random() < 0.35:
            return rng.choice(firsts), True
        return f"{rng.choice(firsts)} {rng.choice(lasts)}", True
    firsts = _MALE if gender == "L" else _FEMALE
    lasts = _MALE_LAST if gender == "L" else _FEMALE_LAST
    first = rng.choice(_APOSTROPHE[gender]) if roll > 0.992 else rng.choice(firsts)
    if rng.random() < 0.25:
        return f"{first} {rng.choice(firsts)} {rng.choice(lasts)}", False
    return f"{first} {rng.choice(lasts)}", False


def titles(finished: Sequence[tuple[Programme, int]], gender: str,
           hajj: bool = False) -> tuple[str | None, str | None]:
    """``(gelar_depan, gelar_belakang)`` from the programmes finished, each with its year.

    Diploma titles give way to a later degree; an S1 before 1994 of a field with an old title
    is written ``Drs.``/``Dra.``/``Ir.`` in front; doctors keep ``dr.`` in front; an S3 adds
    ``Dr.`` first; ``H.``/``Hj.`` (hajj) comes after the academic front titles.
    """
    front: list[str] = []
    back: list[str] = []
    has_degree = any(p.level in ("D-IV", "S1", "S2", "S3") for p, _ in finished)
    for p, year in finished:
        if p.level in ("D-I", "D-II", "D-III") and has_degree:
            continue
        if p.level == "S1" and p.old_title and year < 1994:
            front.append(_old_title(p.old_title, gender))
            continue
        if p.gelar_depan:
            front.append(p.gelar_depan)
        if p.gelar_belakang:
            back.append(p.gelar_belakang)
    front.sort(key=lambda t: 0 if t == "Dr." else 1)
    if hajj:
        front.append("H." if gender == "L" else "Hj.")
    return (" ".join(front) or None), (", ".join(back) or None)


def _old_title(kind: str, gender: str) -> str:
    if kind == "Ir":
        return "Ir."
    return "Drs." if gender == "L" else "Dra."


def full_name(gelar_depan: str | None, nama: str, gelar_belakang: str | None) -> str:
    text = f"{gelar_depan} {nama}" if gelar_depan else nama
    return f"{text}, {gelar_belakang}" if gelar_belakang else text


def birth_place(rng: random.Random, local: Sequence[str], other_jambi: Sequence[str],
                javanese: bool) -> str:
    roll = rng.random()
    if javanese and roll < 0.45:
        return rng.choice(FakerAddress.cities)
    if roll < 0.62:
        return rng.choice(local)
    if roll < 0.85:
        return rng.choice(other_jambi)
    if roll < 0.95:
        return rng.choice(SUMATRA_CITIES)
    return rng.choice(FakerAddress.cities)


def phone(rng: random.Random) -> str:
    prefix = rng.choice(("0812", "0813", "0821", "0822", "0852", "0853", "0857", "0877",
                         "0878", "0815", "0819", "0895"))
    return prefix + "".join(str(rng.randrange(10)) for _ in range(rng.choice((7, 8))))


def email(rng: random.Random, nama: str, year: int) -> str:
    words = [w.lower().replace("'", "") for w in nama.split() if w.isalpha() or "'" in w]
    local = ".".join(words[:2]) if words else "pegawai"
    domain = rng.choice(("gmail.com", "gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com"))
    return f"{local}{year % 100:02d}@{domain}"


def street_address(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return f"Perumahan {rng.choice(('Griya', 'Villa', 'Permata'))} " \
               f"{rng.choice(('Asri', 'Indah', 'Permai', 'Lestari'))} Blok " \
               f"{rng.choice('ABCDEF')} No. {rng.randint(1, 40)}"
    return f"Jl. {rng.choice(STREETS)} No. {rng.randint(1, 150)}"
