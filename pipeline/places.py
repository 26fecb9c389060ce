"""The place gazetteer: China's provinces, prefectures and counties by English name.

``patterns/places.csv`` (built by ``tools/build_gazetteer.py``, see
``patterns/README.md``) lists every division with its 6-digit code and the forms
bulletins write it in. Many forms are shared (``Tongren`` is a prefecture in
Guizhou and a county-level city in Qinghai), so lookups return every candidate and
:meth:`Places.resolve` picks one from the places named nearby.

>>> places = load_places(PLACES_CSV)
>>> places.by_code("451227").name
'Bama Yao Autonomous County'
>>> [p.code for p in places.lookup("bama county")]
['451227']
>>> places.resolve("Qinglong", [])
(None, 'ambiguous: Qinglong (Guizhou, Hebei)')
>>> places.resolve("Tongren", ["630000"])[0].province
'Qinghai'
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PLACES_CSV = Path(__file__).resolve().parent.parent / "patterns" / "places.csv"
COLUMNS = ("code", "name", "level", "parent_code", "province", "variants")
LEVELS = ("province", "prefecture", "county")
_RANK = {level: rank for rank, level in enumerate(LEVELS)}


@dataclass(frozen=True, slots=True)
class Place:
    """One division; ``province`` is the canonical name of the province it lies in
    (itself for a province), ``province_code`` that province's code."""

    code: str
    name: str
    level: str
    parent_code: str
    province: str
    province_code: str


class PlacesFileError(ValueError):
    """A places file that cannot be used; the message lists every bad row."""


# The forms an apostrophe takes in bulletins besides ``'``: typeset (``Xi’an``), and a UTF-8
# ``’`` decoded as GBK by the page that was scraped (``Pu¡¯er``).
APOSTROPHES = ("\u2019", "\u2018", "\u00a1\u00af")


def normalize_surface(surface: str) -> str:
    """Key for case-insensitive lookup: ``Xi’an``, ``Xi¡¯an``, ``XI'AN`` and ``xi'an  `` meet."""
    for apostrophe in APOSTROPHES:
        surface = surface.replace(apostrophe, "'")
    return " ".join(surface.split()).casefold()


class Places:
    """Index over the gazetteer rows: by code and by every variant."""

    def __init__(self, places: Iterable[Place], variants: Iterable[tuple[str, str]]):
        self._by_code = {p.code: p for p in places}
        self._variants = list(variants)
        index: dict[str, list[Place]] = {}
        for variant, code in self._variants:
            bucket = index.setdefault(normalize_surface(variant), [])
            place = self._by_code[code]
            if place not in bucket:
                bucket.append(place)
        self._index = index

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[Place]:
        return iter(self._by_code.values())

    def by_code(self, code: str) -> Place:
        """The place with this code; KeyError names the code when there is none."""
        try:
            return self._by_code[str(code)]
        except KeyError:
            raise KeyError(f"no place with code {code!r} in the gazetteer") from None

    def lookup(self, surface: str) -> list[Place]:
        """Every place that has ``surface`` among its variants, ignoring case."""
        return list(self._index.get(normalize_surface(surface), ()))

    def variants(self) -> list[tuple[str, str]]:
        """Every (variant, code) pair in file order, to build a PhraseMatcher from."""
        return list(self._variants)

    def province_short_names(self) -> list[str]:
        """The forms of province-level units written without a suffix (``Ningxia``, ``Inner
        Mongolia``, ``Xizang``), which a direction word makes a part of (``southern Ningxia``)."""
        suffixed = {"Province", "Region", "Municipality", "City", "SAR"}
        return [variant for variant, code in self._variants
                if self._by_code[code].level == "province" and not suffixed & set(variant.split())]

    def resolve(self, surface: str, context_codes: Iterable[str] = (), level: str = "") -> tuple[Place | None, str]:
        """Pick the place a surface form means, with a word on how it was picked.

        Rules, in order: a single candidate wins (``unique``); else the one candidate of
        ``level``, the level of the places it is listed with (``Beijing, Tianjin and Hebei``:
        the province, not Tianjin's Hebei District), wins (``listed``); else candidates
        whose own, parent or province code is among ``context_codes`` (the places
        named nearby) are kept, and one left wins (``context``); else a province
        wins over smaller namesakes (``Hainan`` the province, not Hainan Tibetan
        Autonomous Prefecture); else, when all candidates lie in one province,
        the one of highest level wins (``Hotan`` the prefecture, not the city
        or county, ``Yushu`` with Qinghai as context the prefecture); else the
        one whose canonical name is the surface wins over those that only share
        a shortened form (``Xi'an`` the city, not the two Xi'an Districts;
        ``Quzhou`` the city, not Quzhou County); else the one prefecture wins over
        counties of other provinces (``Liangshan`` the Sichuan prefecture the news
        speaks of, not Shandong's county). Otherwise the answer is
        ``None`` with ``ambiguous: Tongren (Guizhou, Qinghai)``; a surface the
        gazetteer does not list gives ``None`` and an empty reason.
        """
        candidates = self.lookup(surface)
        if not candidates:
            return None, ""
        if len(candidates) == 1:
            return candidates[0], "unique"
        listed = [p for p in candidates if p.level == level]
        if len(listed) == 1:
            return listed[0], "listed"
        context = {str(code) for code in context_codes}
        near = [p for p in candidates if context & {p.code, p.parent_code, p.province_code}]
        if len(near) == 1:
            return near[0], "context"
        if near:
            candidates = near
        provinces = [p for p in candidates if p.level == "province"]
        if len(provinces) == 1:
            return provinces[0], "province preferred"
        if len({p.province_code for p in candidates}) == 1:
            top = min(_RANK[p.level] for p in candidates)
            highest = [p for p in candidates if _RANK[p.level] == top]
            if len(highest) == 1:
                return highest[0], "higher level preferred"
        key = _loose(surface)
        named = [p for p in candidates if _loose(p.name) == key]
        if len(named) == 1:
            return named[0], "canonical name preferred"
        prefectures = [p for p in candidates if p.level == "prefecture"]
        if len(prefectures) == 1:
            return prefectures[0], "prefecture preferred"
        return None, f"ambiguous: {surface} ({self._labels(named or candidates)})"

    def _labels(self, candidates: list[Place]) -> str:
        """``Guizhou, Qinghai``; where a province repeats, each with its parent."""
        provinces = [_short_province(p.province) for p in candidates]
        if len(set(provinces)) == len(provinces):
            return ", ".join(sorted(provinces))
        labels = []
        for place, province in zip(candidates, provinces):
            parent = self._by_code.get(place.parent_code)
            labels.append(f"{parent.name}, {province}" if parent and parent.level != "province" else province)
        return "; ".join(sorted(labels))


def _loose(text: str) -> str:
    """Key that also ignores apostrophes and writes ü as v: ``Xian`` is ``Xi'an``."""
    return normalize_surface(text).replace("'", "").replace("ü", "v")


def _short_province(name: str) -> str:
    """``Xinjiang Uygur Autonomous Region`` -> ``Xinjiang``; ``Inner Mongolia`` stays."""
    head = name.removesuffix(" Autonomous Region")
    if head != name and head != "Inner Mongolia":
        return head.split(" ")[0]
    return head


def load_places(path: str | Path = PLACES_CSV) -> Places:
    """Read and check a places CSV; every bad row is reported in one PlacesFileError.

    Rows are named by their line in the file (the header is line 1).
    """
    path = Path(path)
    errors: list[str] = []
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as error:
        raise PlacesFileError(f"{path}: cannot read places file: {error.strerror}") from None
    with handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise PlacesFileError(f"{path}: header must be {','.join(COLUMNS)}, got {reader.fieldnames}")
        for row in reader:
            rows.append((reader.line_num, row))

    def bad(line: int, row: dict[str, str], reason: str) -> None:
        errors.append(f"{path}: row {line} (code {row.get('code')!r}): {reason}")

    first_line: dict[str, int] = {}
    for line, row in rows:
        if None in row or any(row[c] is None for c in COLUMNS):
            bad(line, row, f"expected {len(COLUMNS)} fields")
            continue
        code, level = row["code"], row["level"]
        if not (len(code) == 6 and code.isdigit()):
            bad(line, row, "code is not 6 digits")
        elif code in first_line:
            bad(line, row, f"code repeats row {first_line[code]}")
        else:
            first_line[code] = line
        if level not in LEVELS:
            bad(line, row, f"level {level!r} is not one of {', '.join(LEVELS)}")
        elif (level == "province") != code.endswith("0000"):
            bad(line, row, f"level {level} does not fit the code")
        if not row["name"].strip():
            bad(line, row, "name is empty")
        if not row["variants"].strip() or any(not v.strip() for v in row["variants"].split("|")):
            bad(line, row, "variants is empty or has an empty entry")
        if level == "province" and row["parent_code"]:
            bad(line, row, "a province has no parent_code")

    names = {row["code"]: row["name"] for _, row in rows if row.get("code")}
    for line, row in rows:
        code = row.get("code") or ""
        if row.get("level") in ("prefecture", "county") and row.get("parent_code") not in names:
            bad(line, row, f"parent_code {row.get('parent_code')!r} is not a code in the file")
        province_code = code[:2] + "0000"
        if row.get("province") is not None and names.get(province_code) != row["province"]:
            bad(line, row, f"province {row['province']!r} is not the name of row {province_code}")
    if errors:
        raise PlacesFileError(f"{len(errors)} bad row(s) in {path}:\n" + "\n".join(errors))

    places = []
    variants = []
    for _, row in rows:
        code = row["code"]
        places.append(Place(code, row["name"], row["level"], row["parent_code"], row["province"], code[:2] + "0000"))
        variants.extend((v.strip(), code) for v in row["variants"].split("|"))
    return Places(places, variants)


@lru_cache(maxsize=2)
def places_of(patterns_dir: Path) -> Places:
    """The gazetteer of a ``patterns/`` folder, loaded once per process for every stage."""
    return load_places(patterns_dir / "places.csv")
