"""pipeline review: the page escapes everything from bulletins and tables, and highlights every mention.

The hostile bulletin and its tables are made here, so the payloads sit in every place
text reaches the page: the bulletin, a mention's span, a record's measure (which also
feeds the chart data), the manifest title and url, and a validation message.
"""
from __future__ import annotations

import base64
import csv
import hashlib
import json
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.diff import load_tables
from pipeline.review import build_review, chart_specs, element_id
from pipeline.validate import PackageValidator

DIFF = Path(__file__).resolve().parent / "data" / "diff"
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
HOSTILE_TEXT = (f"Hostile County spent 5 million yuan in 2019. {SCRIPT}\n"
                f"It said {IMG} and more.\n")


class Page(HTMLParser):
    """Tags, attributes and script bodies of a page, as a browser's tokenizer sees them."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self.scripts.append((dict(attrs), ""))

    def handle_data(self, data):
        self.text.append(data)
        if self.lasttag == "script" and self.scripts and not self.scripts[-1][1]:
            self.scripts[-1] = (self.scripts[-1][0], data)

    def ids(self, tag: str) -> set[str]:
        return {a["id"] for t, a in self.tags if t == tag and a.get("id")}


def columns(table: str) -> list[str]:
    return PackageValidator().columns(table)


def write_table(out: Path, table: str, rows: list[dict[str, str]]) -> None:
    with (out / f"{table}.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns(table), lineterminator="\n", restval="")
        w.writeheader()
        w.writerows(rows)


@pytest.fixture
def hostile(tmp_path) -> tuple[Path, Path]:
    """(out_dir, corpus) for one bulletin carrying the payloads everywhere text can go."""
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    out.mkdir()
    (corpus / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    data = HOSTILE_TEXT.encode("utf-8")
    money = HOSTILE_TEXT.index("5 million yuan")
    span = HOSTILE_TEXT.index(IMG)
    write_table(out, "documents", [{
        "doc_id": "hostile", "path": "hostile.txt", "sha256": hashlib.sha256(data).hexdigest(), "title": SCRIPT,
        "publisher": IMG, "url": "javascript:alert(1)", "chars": str(len(HOSTILE_TEXT)), "status": "ok"}])
    write_table(out, "mentions", [
        {"doc_id": "hostile", "mention_id": f"hostile:{money}-{money + 14}", "type": "MONEY", "start": str(money),
         "end": str(money + 14), "text": "5 million yuan", "value": "5000000", "unit": "CNY", "qualifier": "exact"},
        {"doc_id": "hostile", "mention_id": f"hostile:{span}-{span + len(IMG)}", "type": "PLACE", "start": str(span),
         "end": str(span + len(IMG)), "text": IMG, "place_name": SCRIPT, "place_level": "county"},
    ])
    write_table(out, "indicators", [{
        "record_id": f"hostile:{money}-{money + 14}", "doc_id": "hostile", "indicator": "funding", "measure": SCRIPT,
        "value": "5000000", "unit": "CNY", "qualifier": "exact", "year_start": "2019", "year_end": "2019",
        "place_name": IMG, "start": str(money), "end": str(money + 14), "sentence_start": "0",
        "sentence_end": str(HOSTILE_TEXT.index(".") + 1)}])
    with (out / "validation.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows([["id", "field", "message"],
                                                      [f"hostile:{span}-{span + len(IMG)}", "place_code", IMG]])
    return out, corpus


def test_review_escapes_hostile_text_everywhere(hostile):
    html = build_review(*hostile)
    assert SCRIPT not in html and IMG not in html
    page = Page(html)
    assert not [a for _, a in page.tags if any(k.startswith("on") for k in a)]
    assert "img" not in {t for t, _ in page.tags}
    assert [a.get("type") for a, _ in page.scripts] == [None, "application/json", None]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html


def test_review_keeps_hostile_text_as_text(hostile):
    """Escaped, not dropped: the reader sees exactly what the bulletin says."""
    text = "".join(Page(build_review(*hostile)).text)
    assert text.count(SCRIPT) >= 4 and text.count(IMG) >= 4    # bulletin, span, table cells, validation


def test_review_links_only_web_urls(hostile):
    assert not [a for t, a in Page(build_review(*hostile)).tags if t == "a" and "javascript:" in (a.get("href") or "")]


def test_review_escapes_json_inside_script(hostile):
    attrs, body = next(s for s in Page(build_review(*hostile)).scripts if s[0].get("type") == "application/json")
    assert "<" not in body and ">" not in body
    values = json.loads(body)["charts"][0]["spec"]["data"]["values"]
    assert (values[0]["measure"], values[0]["place"]) == (SCRIPT, IMG)


def test_review_csp_allows_exactly_its_inline_code(hostile):
    page = Page(build_review(*hostile))
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    policy = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert policy["default-src"] == "'none'"
    digest = lambda body: "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
    executed = [body for attrs, body in page.scripts if attrs.get("type") is None]
    assert sorted(policy["script-src"].split()) == sorted(digest(b) for b in executed)
    assert "unsafe" not in csp and "http" not in csp
    assert not [a for t, a in page.tags if "src" in a]
    assert [a.get("href") for t, a in page.tags if t == "link"] == ["data:,"]


@pytest.fixture(params=["diff-new", "hostile", "source-missing"])
def review_input(request, hostile, tmp_path) -> tuple[Path, Path]:
    if request.param == "hostile":
        return hostile
    return DIFF / "new", DIFF / "corpus" if request.param == "diff-new" else tmp_path / "nowhere"


def test_review_highlights_every_mention(review_input):
    out, corpus = review_input
    with (out / "mentions.csv").open(encoding="utf-8", newline="") as f:
        mentions = [r["mention_id"] for r in csv.DictReader(f)]
    page = Page(build_review(out, corpus))
    marks = {a["id"]: a for t, a in page.tags if t == "mark" and a.get("id")}
    assert set(marks) == {element_id("m-", m) for m in mentions}
    assert all("m" in a["class"].split() and a["tabindex"] == "0" for a in marks.values())
    assert {a["aria-describedby"] for a in marks.values()} <= page.ids("span")


def test_review_record_rows_link_to_their_mention(review_input):
    out, corpus = review_input
    html = build_review(out, corpus)
    marks = Page(html).ids("mark")
    table = html[html.index('<table id="records">'):]
    links = [a["href"][1:] for t, a in Page(table[:table.index("</table>")]).tags if t == "a"]
    with (out / "indicators.csv").open(encoding="utf-8", newline="") as f:
        assert sorted(links) == sorted(element_id("m-", r["record_id"]) for r in csv.DictReader(f))
    assert set(links) <= marks


def drop_mention(src: Path, dest: Path, mention_id: str) -> Path:
    shutil.copytree(src, dest)
    rows = (dest / "mentions.csv").read_text(encoding="utf-8").splitlines()
    (dest / "mentions.csv").write_text("\n".join(r for r in rows if f",{mention_id}," not in r) + "\n",
                                       encoding="utf-8")
    return dest


@pytest.mark.parametrize("dropped_from, state", [("baseline", "added"), ("current", "removed")])
def test_review_marks_mentions_changed_since_baseline(tmp_path, dropped_from, state):
    mention = "alpha:52-56"
    trimmed = drop_mention(DIFF / "new", tmp_path / "trimmed", mention)
    current, baseline = (DIFF / "new", trimmed) if dropped_from == "baseline" else (trimmed, DIFF / "new")
    result = CliRunner().invoke(main, ["review", str(current), "--baseline", str(baseline), "--corpus",
                                       str(DIFF / "corpus"), "--html", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    marks = {a["id"]: a["class"].split() for t, a in Page((tmp_path / "r.html").read_text()).tags
             if t == "mark" and a.get("id")}
    assert state in marks[element_id("m-", mention)]
    assert not [m for m, c in marks.items() if m != element_id("m-", mention) and state in c]


def test_review_marks_changed_values_against_baseline(tmp_path):
    html = build_review(DIFF / "new", DIFF / "corpus", baseline=None)
    assert "changed" not in {c for t, a in Page(html).tags if t == "mark" for c in a.get("class", "").split()}
    html = build_review(DIFF / "new", DIFF / "corpus", baseline=load_tables(DIFF / "old"))
    marks = {a["id"]: a["class"].split() for t, a in Page(html).tags if t == "mark" and a.get("id")}
    assert "changed" in marks[element_id("m-", "alpha:14-30")]
    assert "value: 120000000 → 1200000000" in html


@pytest.mark.parametrize("indicators, charted", [
    (["funding", "funding", "other"], ["funding"]),
    (["poor_counties", "funding"], ["funding", "poor_counties"]),
    (["other"], []),
])
def test_review_charts_one_per_indicator_but_other(indicators, charted):
    records = [{"record_id": f"d:{i}-{i + 1}", "doc_id": "d", "indicator": ind, "value": str(i + 1), "unit": "CNY",
                "year_start": "2019", "year_end": "2020", "place_name": "Guizhou", "measure": "m"}
               for i, ind in enumerate(indicators)]
    assert [c["title"] for c in chart_specs(records)] == charted


def test_review_lists_validation_notes_and_failed_documents(tmp_path):
    out = shutil.copytree(DIFF / "new", tmp_path / "out")
    with (out / "documents.csv").open("a", encoding="utf-8", newline="") as f:
        csv.DictWriter(f, fieldnames=columns("documents"), lineterminator="\n", restval="").writerow(
            {"doc_id": "broken", "path": "broken.txt", "sha256": "0" * 64, "status": "error",
             "error": "not UTF-8 or GBK text"})
    with (out / "validation.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows([["id", "field", "message"],
                                                      ["alpha:0-7", "place_code", "ambiguous: Guizhou"]])
    html = build_review(out, DIFF / "corpus")
    section = html[html.index('<section id="validation">'):html.index('<section id="documents">')]
    assert '<a href="#m-alpha:0-7">alpha:0-7</a>' in section and "ambiguous: Guizhou" in section
    assert "<td>broken</td><td>broken.txt</td><td>not UTF-8 or GBK text</td>" in section
