"""Review: one self-contained HTML page for checking a run's tables against the bulletins.

A reviewer reads each bulletin with every mention highlighted at its offsets and its
normalised reading a hover or a Tab away, filters the records and jumps from any of
them to its evidence, sees each indicator charted by place and year, and reads the
validation notes. The page opens offline: Vega, Vega-Lite and Vega-Embed are inlined
from the bundle the ``vl-convert-python`` package builds without a network, and a
Content-Security-Policy lets only this page's own inline script and style run.

Bulletins and tables are untrusted: all their text goes through Jinja's autoescaping or
``markupsafe.escape``; JSON inside ``<script>`` has ``<``, ``>`` and ``&`` escaped.

>>> html = build_review(Path("outputs"), Path("corpus"))    # doctest: +SKIP
"""
from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import altair as alt
import jinja2
import vl_convert
from markupsafe import Markup, escape

from .diff import KEYS, RowChange, Sources, Tables, compare_table, csp_hash, load_tables

TEMPLATES = Path(__file__).with_name("templates")
TYPES = ("MONEY", "PERCENT", "COUNT", "DATE", "PLACE")
UNCHARTED = "other"


@dataclass
class Mark:
    """One mention to highlight; ``state`` is its change since the baseline, if any."""

    mention_id: str
    type: str
    start: int
    end: int
    text: str
    tip: list[tuple[str, str]]
    state: str = ""


def element_id(prefix: str, key: str) -> str:
    """An HTML id (and URL fragment) for a table key: unique, no whitespace, no ``%``."""
    return prefix + "".join(c if c.isascii() and (c.isalnum() or c in "-.:/") else f"_{ord(c):x}_" for c in key)


def years(row: dict[str, str]) -> str:
    ys, ye = row.get("year_start", ""), row.get("year_end", "")
    return ys if ys == ye or not ye else f"{ys}–{ye}"


def place(row: dict[str, str]) -> str:
    if not row.get("place_name"):
        return ""
    extra = ", ".join(v for v in (row.get("place_level"), row.get("place_code"), row.get("province"))
                      if v and v != row["place_name"])
    return row["place_name"] + (f" ({extra})" if extra else "")


def tip_lines(m: dict[str, str], record: dict[str, str] | None, change: RowChange | None) -> list[tuple[str, str]]:
    """What a reviewer checks on a mention: its reading, and the record it feeds."""
    lines = [(m["type"], m["text"])]
    if m.get("value"):
        value = m["value"] + (f"–{m['value_high']}" if m.get("value_high") else "")
        lines.append(("value", " ".join(v for v in (value, m.get("unit"), f"per {m['per']}" if m.get("per") else "")
                                        if v)))
        lines.append(("qualifier", m.get("qualifier", "")))
    if m.get("year_start"):
        lines.append(("years", years(m) + (f" (date {m['date']})" if m.get("date") else "")))
    if m.get("place_name"):
        lines.append(("place", place(m)))
    if record is not None:
        lines.append(("record", " · ".join(v for v in (record["indicator"], record.get("measure"), years(record),
                                                      place(record)) if v)))
    elif m["type"] in ("MONEY", "PERCENT", "COUNT"):
        lines.append(("record", "none"))
    if change is not None and change.status == "changed":
        lines.append(("changed", "; ".join(f"{c}: {change.old[c] or '∅'} → {change.new[c] or '∅'}"
                                           for c in change.changed)))
    elif change is not None:
        lines.append((change.status, "since baseline"))
    return [(k, v) for k, v in lines if v]


def open_tag(m: Mark, first: bool) -> str:
    classes = " ".join(c for c in ("m", f"t-{m.type}", m.state, "" if first else "cont") if c)
    if not first:
        return f'<mark class="{escape(classes)}">'
    mid = element_id("m-", m.mention_id)
    return f'<mark class="{escape(classes)}" id="{escape(mid)}" tabindex="0" aria-describedby="{escape("t" + mid[1:])}">'


def tip_html(m: Mark) -> str:
    body = "<br>".join(f"<b>{escape(k)}</b> {escape(v)}" for k, v in m.tip)
    return f'<span class="tip" role="tooltip" id="{escape(element_id("t-", m.mention_id))}">{body}</span>'


def highlight(text: str, marks: list[Mark]) -> Markup:
    """``text`` escaped, each mark wrapped in ``<mark>`` at its offsets, its tooltip right after.

    Marks may overlap (a removed mention under a current one): where one ends inside
    another, the inner one is closed and reopened as a continuation without an id, so
    the markup stays well nested and each mention keeps exactly one focusable element.
    """
    starts: dict[int, list[Mark]] = defaultdict(list)
    for m in marks:
        starts[m.start].append(m)
    points = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    out: list[str] = []
    opened: list[Mark] = []
    tipped: set[str] = set()
    pos = 0
    for p in points:
        out.append(str(escape(text[pos:p])))
        pos = p
        ending = [i for i, m in enumerate(opened) if m.end == p]
        if ending:
            cut = ending[0]
            for m in reversed(opened[cut:]):
                out.append("</mark>")
                if m.mention_id not in tipped:
                    out.append(tip_html(m))
                    tipped.add(m.mention_id)
            carried = [m for m in opened[cut:] if m.end != p]
            opened = opened[:cut]
            for m in carried:
                out.append(open_tag(m, first=False))
                opened.append(m)
        for m in sorted(starts.get(p, []), key=lambda m: -m.end):
            out.append(open_tag(m, first=True))
            opened.append(m)
    return Markup("".join(out))


def unplaced(marks: list[Mark]) -> Markup:
    """Marks whose source text is unavailable or does not match, as a list, so their anchors still work."""
    return Markup("".join(f"<li>{open_tag(m, first=True)}{escape(m.text)}</mark>{tip_html(m)}</li>" for m in marks))


def script_json(value) -> Markup:
    """JSON safe inside ``<script type=application/json>``: no ``</script>`` or ``<!--`` can form."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


@lru_cache(maxsize=1)
def vega_bundle() -> Markup:
    """Vega-Embed, Vega-Lite (the version Altair writes) and Vega as one script, built offline by vl-convert."""
    version = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    return Markup(vl_convert.javascript_bundle(vl_version=version).replace("</script", "<\\/script"))


def number(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def chart_specs(records: list[dict[str, str]]) -> list[dict]:
    """One Vega-Lite chart per indicator: value over year, one line per place, a panel per unit.

    ``other`` is left out: its records measure unrelated things, so a line through
    them would mean nothing; the table lists them.
    """
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        year = r.get("year_end") or r.get("year_start")
        value = number(r.get("value", ""))
        if year and value is not None and r["indicator"] != UNCHARTED:
            groups[r["indicator"]].append({
                "year": int(year), "value": value, "unit": r.get("unit") or "(no unit)",
                "place": r.get("place_name") or "(no place)", "document": r["doc_id"],
                "measure": r.get("measure", ""), "anchor": element_id("m-", r["record_id"])})
    charts = []
    for indicator, points in sorted(groups.items()):
        chart = alt.Chart(alt.Data(values=points)).mark_line(point=True).encode(
            x=alt.X("year:O", title="year"),
            y=alt.Y("value:Q", title="value"),
            color=alt.Color("place:N", title="place"),
            tooltip=[alt.Tooltip("place:N"), alt.Tooltip("year:O"), alt.Tooltip("value:Q", format=",~r"),
                     alt.Tooltip("unit:N"), alt.Tooltip("measure:N"), alt.Tooltip("document:N")],
        ).properties(width=640, height=180)
        units = {p["unit"] for p in points}
        if len(units) > 1:
            chart = chart.facet(row=alt.Row("unit:N", title=None)).resolve_scale(y="independent")
        else:
            chart = chart.encode(y=alt.Y("value:Q", title=units.pop()))
        charts.append({"id": element_id("chart-", indicator), "title": indicator,
                       "spec": chart.properties(title=indicator).to_dict()})
    return charts


def read_validation(out_dir: Path) -> list[dict[str, str]]:
    path = out_dir / "validation.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def mention_marks(mentions: list[dict[str, str]], record_of: dict[str, dict[str, str]],
                  changes: dict[str, RowChange]) -> dict[str, list[Mark]]:
    """Marks per document: every current mention, and the baseline's mentions removed since."""
    marks: dict[str, list[Mark]] = defaultdict(list)
    for m in mentions:
        change = changes.get(m["mention_id"])
        marks[m["doc_id"]].append(Mark(m["mention_id"], m["type"], int(m["start"]), int(m["end"]), m["text"],
                                       tip_lines(m, record_of.get(m["mention_id"]), change),
                                       change.status if change else ""))
    for c in changes.values():
        if c.status == "removed":
            marks[c.doc_id].append(Mark(c.key, c.old["type"], int(c.old["start"]), int(c.old["end"]), c.old["text"],
                                        tip_lines(c.old, None, c), "removed"))
    return marks


def document_view(d: dict[str, str], marks: list[Mark], sources: Sources, old_sources: Sources | None,
                  corpus: Path) -> dict:
    """One bulletin: its text highlighted where offsets reproduce the mention's text, the rest listed."""
    text = sources.text(d["doc_id"])
    note = ""
    if text is None and d["status"] == "ok":
        note = f"Source not found in {corpus} (or changed since extraction): mentions listed without text."
    placed, left = [], []
    for m in sorted(marks, key=lambda m: (m.start, -m.end)):
        src = text
        if m.state == "removed":
            # A removed mention's offsets point into the baseline's text.
            src = text if old_sources and old_sources.text(d["doc_id"]) == text else None
        fits = src is not None and 0 <= m.start < m.end <= len(src) and src[m.start:m.end] == m.text
        (placed if fits else left).append(m)
    if text is not None and left:
        note = f"{len(left)} mention(s) whose offsets do not match this text are listed below it."
    url = d.get("url", "")
    return {**d, "anchor": element_id("d-", d["doc_id"]), "note": note,
            "url": url if url.startswith(("https://", "http://")) else "",
            "text": highlight(text, placed) if text is not None else "", "unplaced": unplaced(left)}


def build_review(out_dir: Path, corpus: Path, baseline: Tables | None = None) -> str:
    """The review page for the tables in ``out_dir``, bulletins read from ``corpus``.

    With ``baseline`` (tables of an earlier run), mentions and records added or changed
    since are marked, and removed mentions are shown struck through where the bulletin
    is unchanged.
    """
    tables = load_tables(out_dir)
    documents = tables["documents"].records()
    mentions = tables["mentions"].records()
    records = tables["indicators"].records()
    record_of = {r["record_id"]: r for r in records}
    sources = Sources(tables, corpus)

    diffs = {name: compare_table(name, baseline[name], tables[name]) for name in KEYS} if baseline else {}
    changes = {name: {c.key: c for c in diffs[name].rows} if diffs else {} for name in KEYS}
    old_sources = Sources(baseline, corpus) if baseline else None

    marks = mention_marks(mentions, record_of, changes["mentions"])
    doc_views = [document_view(d, marks.get(d["doc_id"], []), sources, old_sources, corpus) for d in documents]

    record_views = []
    for r in records:
        change = changes["indicators"].get(r["record_id"])
        text = sources.text(r["doc_id"])
        ss, se = r.get("sentence_start", ""), r.get("sentence_end", "")
        sentence = " ".join(text[int(ss):int(se)].split()) if text and ss.isdigit() and se.isdigit() else ""
        record_views.append({**r, "anchor": element_id("m-", r["record_id"]), "years": years(r),
                             "sentence": sentence, "state": change.status if change else ""})

    mention_ids = {m["mention_id"] for m in mentions}
    validation = [{**v, "anchor": element_id("m-", v.get("id", "")) if v.get("id") in mention_ids else ""}
                  for v in read_validation(out_dir)]
    charts = chart_specs(records)
    baseline_view = {
        "counts": {name: d.counts() for name, d in diffs.items()},
        "removed_documents": [k for k, c in changes["documents"].items() if c.status == "removed"],
    } if diffs else None

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["csp_hash"] = lambda body: csp_hash(str(body))
    return env.get_template("review.html").render(
        title=out_dir.name or str(out_dir),
        counts={"documents": len(documents), "errors": sum(d["status"] == "error" for d in documents),
                "mentions": len(mentions), "records": len(records), "validation": len(validation)},
        types=TYPES, baseline=baseline_view, records=record_views, charts=charts, validation=validation,
        errors=[d for d in documents if d["status"] == "error"], documents=doc_views,
        filters={"indicator": sorted({r["indicator"] for r in records}),
                 "place": sorted({r["place_name"] for r in records if r.get("place_name")}),
                 "doc": sorted({r["doc_id"] for r in records})},
        vega_js=vega_bundle(), data_json=script_json({"charts": [{"id": c["id"], "spec": c["spec"]} for c in charts]}),
    )
