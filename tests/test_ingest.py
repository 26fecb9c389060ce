"""Ingest: decoding with clear refusals, manifest metadata, publication dates from text."""
from __future__ import annotations

import codecs

import pytest

from pipeline.ingest import DatelineFinder, InputError, decode, manifest_problems, read_bulletin, read_manifest
from pipeline.patterns import PATTERNS_DIR

TEXT = "Minning (闽宁) Town earned “a new life” – 2020"

DECODES = [
    ("utf-8", TEXT.encode("utf-8"), "utf_8"),
    ("utf-8 with BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf_8_bom"),
    ("utf-16 le with BOM", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf_16_le_bom"),
    ("utf-16 be with BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf_16_be_bom"),
    ("gbk", TEXT.encode("gbk"), "gb18030"),
    ("gb18030", TEXT.encode("gb18030"), "gb18030"),
]


@pytest.mark.parametrize("data,encoding", [(d, e) for _, d, e in DECODES], ids=[n for n, _, _ in DECODES])
def test_ingest_decodes_to_the_same_text(data, encoding):
    assert decode(data) == (TEXT, encoding)


REFUSALS = [
    ("empty", b"", "empty file"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("nul inside text", b"Poverty fell\x00 by half", "contains NUL bytes"),
    ("bad utf-16", codecs.BOM_UTF16_LE + b"\x00\xd8a", "byte-order mark"),
    ("undecodable", bytes(range(0x80, 0x100)) * 4, "not UTF-8 or GBK text"),
]


@pytest.mark.parametrize("data,reason", [(d, r) for _, d, r in REFUSALS], ids=[n for n, _, _ in REFUSALS])
def test_ingest_refuses_with_a_reason(data, reason):
    with pytest.raises(InputError, match=reason):
        decode(data)


DATELINES = [
    ("Report title\nUpdated: Nov 16, 2011\nText follows.", "2011-11-16"),
    ("home > NEWS\nTitle\n2018-08-31 09:35:20\n\nAs the report learned", "2018-08-31"),
    ("Headline by Liu Min, June 28, 2020\nAdjust font size:", "2020-06-28"),
    ("Statistics bureau\nIncomes in 2023\n\nTaiyuan, 24 January 2024\n\nRural residents", "2024-01-24"),
    ("Incomes rose.\nVillagers at a fair, 3 May 2019. (Photo: Xinhua)\nMore text.", ""),
    ("Source: Xinhua| 2018-02-01 16:22:04|Editor: Lifang", "2018-02-01"),
    ("Title\nPublished: 2012-8-28\n\nText follows.", "2012-08-28"),
    ("No date here, only 2020 as a year.", ""),
    ("Incomes rose.\nA chart of rural poverty, Oct 17, 2016. (Photo: Xinhua)\nMore text.", ""),
    ("By Vivian Yan|Sep 10,2020\nCHONGQING - Farmers", "2020-09-10"),
    ("update:August 21,2020\nAug.21,2020 -- China has", "2020-08-21"),
    ("Updated: Feb 22,2019 3:01 PM   chinadaily.com.cn\nText", "2019-02-22"),
    ("Published on June 28, 2020\nText", "2020-06-28"),
    # A date the text speaks of is not its publication.
    ("DOWN THE MOUNTAIN\n\nIn the early morning of July 4, 2019, Han Wei moved out.", ""),
    ("Title\n\nOn March 22, 1999, the State Council set out ten measures.", ""),
    ("Title\n\nThe office said that as at December 31, 2015, the province had built 31,350 stations.", ""),
    ("Title\nPosted at June 5, 2020\nText", "2020-06-05"),
    ("Forum\nposter123\nJoined Apr 30, 2014\nMessages 27,848\nText follows.", ""),
]


@pytest.mark.parametrize("text,date", DATELINES, ids=[d or "none" for _, d in DATELINES])
def test_ingest_dateline(text, date):
    assert DatelineFinder(PATTERNS_DIR).find(text) == date


def test_ingest_manifest_date_wins_and_partial_dates_kept(tmp_path):
    (tmp_path / "a.txt").write_text("Updated: Nov 16, 2011\nText", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Updated: Nov 16, 2011\nText", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Text without a date", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        'file,url,title,publisher,published\na.txt,http://x,"A, title",Pub,2019-12\n'
        'b.txt,,,,\n', encoding="utf-8")
    manifest = read_manifest(tmp_path)
    finder = DatelineFinder(PATTERNS_DIR)
    a, b, c = (read_bulletin(tmp_path / n, tmp_path, manifest, finder) for n in ("a.txt", "b.txt", "c.txt"))
    assert (a.published, a.published_source, a.title) == ("2019-12", "manifest", "A, title")
    assert (b.published, b.published_source) == ("2011-11-16", "text")
    assert (c.published, c.published_source) == ("", "")


@pytest.mark.parametrize("url,date", [
    ("https://www.chinadaily.com.cn/a/202002/29/WS5e59d089a31012821727b38f.html", "2020-02-29"),
    ("http://english.news.cn/2020-07/08/c_533272.htm", "2020-07-08"),
    ("https://english.news.cn/20220829/fb304cb312f94e8fbba11de2dcff911e/c.html", "2022-08-29"),
    ("http://en.tibetol.cn/html/News/china/2020/1127/10402.html", "2020-11-27"),
    ("https://news.cgtn.com/news/2020-04-28/Poverty-alleviation-in-Sichuan", "2020-04-28"),
    ("https://authorityngr.com/2020/12/30/pair-assistance-helps", "2020-12-30"),
    ("http://www.globaltimes.cn/content/1138159.shtml", ""),
    ("http://example.com/2020/1399/page.html", ""),
    # A month alone is kept at that precision.
    ("https://www.focalsolar.com/2015/05/pv-poverty-alleviation-work", "2015-05"),
    ("http://example.com/zrlx/202503/700c8906a01144eb.shtml", "2025-03"),
    ("http://example.com/news/2015/13/page.html", ""),
])
def test_ingest_date_in_a_manifest_url(url, date):
    assert DatelineFinder(PATTERNS_DIR).find_in_url(url) == date


def test_ingest_url_date_comes_before_the_text(tmp_path):
    (tmp_path / "a.txt").write_text("Updated: Nov 16, 2011\nText", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,url,title,publisher,published\na.txt,https://www.chinadaily.com.cn/a/202002/29/WS5e.html,,,\n",
        encoding="utf-8")
    a = read_bulletin(tmp_path / "a.txt", tmp_path, read_manifest(tmp_path), DatelineFinder(PATTERNS_DIR))
    assert (a.published, a.published_source) == ("2020-02-29", "manifest")


@pytest.mark.parametrize("text,published,source", [
    ("Updated: Dec 15, 2020\nText", "2020-12-15", "text"),
    ("Text", "2020-12", "manifest"),
    # A date of the text outside the address's month is no dateline.
    ("Title\nCHENGDU, Nov 30, 2019 -- Text", "2020-12", "manifest"),
])
def test_ingest_dateline_is_more_precise_than_a_url_month(tmp_path, text, published, source):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,url,title,publisher,published\na.txt,https://example.org/news/2020/12/five-years,,,\n", encoding="utf-8")
    a = read_bulletin(tmp_path / "a.txt", tmp_path, read_manifest(tmp_path), DatelineFinder(PATTERNS_DIR))
    assert (a.published, a.published_source) == (published, source)


def test_ingest_manifest_problems_are_named(tmp_path):
    (tmp_path / "a.txt").write_text("Text", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,url,title,publisher,published\na.txt,,,,\"July 8, 2020\"\nb.txt,,,,2020\n", encoding="utf-8")
    assert manifest_problems(tmp_path) == [
        "manifest.csv:2: published 'July 8, 2020' is not 2019, 2019-12 or 2019-12-23; the date of a.txt is read "
        "from its text", "manifest.csv:3: no file b.txt in the corpus"]
    (tmp_path / "manifest.csv").write_text("path,published\na.txt,2020\n", encoding="utf-8")
    assert manifest_problems(tmp_path) == ["manifest.csv: no 'file' column (it has path, published); its rows are not used"]
    assert read_manifest(tmp_path) == {}


def test_ingest_doc_id_keeps_subfolders(tmp_path):
    (tmp_path / "2020").mkdir()
    (tmp_path / "2020" / "guizhou-counties.txt").write_text("Text", encoding="utf-8")
    bulletin = read_bulletin(tmp_path / "2020" / "guizhou-counties.txt", tmp_path, {}, DatelineFinder(PATTERNS_DIR))
    assert bulletin.doc_id == "2020/guizhou-counties"
