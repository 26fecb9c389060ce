"""Segment: sentences end at line breaks unless the line plainly continues, never after
an abbreviation; page furniture is marked."""
from __future__ import annotations

import pytest

SENTENCES = [
    ("title-line", "Poverty Report 2020\nThe rate fell. It rose again.",
     ["Poverty Report 2020", "The rate fell.", "It rose again."]),
    ("hard-wrap", "The counties were removed\nfrom the list in 2020. Next came more.",
     ["The counties were removed\nfrom the list in 2020.", "Next came more."]),
    ("hard-wrap-before-capital", "The district will train 15,000 more during the 12th\nFive-Year Plan period. Then "
     "more.", ["The district will train 15,000 more during the 12th\nFive-Year Plan period.", "Then more."]),
    ("heading-after-line", "Report of the Year\nThe rate fell.", ["Report of the Year", "The rate fell."]),
    ("abbreviation", "The U.S. dollar fell. Nov. 18 was the day.", ["The U.S. dollar fell.", "Nov. 18 was the day."]),
    ("paragraphs", "First part\n\nSecond part.", ["First part", "Second part."]),
    ("decimal", "It grew 3.5 percent in 2019. Then it slowed.", ["It grew 3.5 percent in 2019.", "Then it slowed."]),
    ("quote", 'He said "we won." The end.', ['He said "we won."', "The end."]),
    # Scraped text may glue a sentence to the stop before it; initials and lower-case web
    # addresses stay whole.
    ("glued-stop", "Yan'an announced it.Yan'an has 2.26 million people. The U.S.Army came via chinadaily.com.cn today.",
     ["Yan'an announced it.", "Yan'an has 2.26 million people.", "The U.S.Army came via chinadaily.com.cn today."]),
    # Hard-wrapped with a blank line after every line: lines run on over one blank line,
    # never over more; a title before a paragraph of an ordinary text stays apart.
    ("double-spaced-wrap", "Since the reform and opening up in the\n\nlate 1970s, poverty fell sharply in\n\n"
     "the whole\n\ncountry. By the World Bank's\n\nstandard, 700 million people were lifted\n\nout of poverty.\n\n\n"
     "Next part", ["Since the reform and opening up in the\n\nlate 1970s, poverty fell sharply in\n\nthe whole\n\n"
                   "country.", "By the World Bank's\n\nstandard, 700 million people were lifted\n\nout of poverty.",
                   "Next part"]),
    ("title-before-paragraph", "Pairing-up reduces poverty in\n\nchinadaily.com.cn | Updated: 2020-07-08\n\n"
     "The rate fell.\n\nIt rose again.", ["Pairing-up reduces poverty in",
                                           "chinadaily.com.cn | Updated: 2020-07-08", "The rate fell.",
                                           "It rose again."]),
]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in SENTENCES], ids=[n for n, _, _ in SENTENCES])
def test_segment_sentences(run_text, text, expected):
    _, _, sentences, _ = run_text(text)
    assert [text[s:e] for s, e in sentences] == expected


FURNITURE = [
    "Share this Article",
    "[Print] [Close]",
    "Adjust font size: A A A",
    "home > NEWS",
    "Location:HOME > ISSUES > 2008 No.3 > COVER STORY",
    "Photo: Xinhua",
    "2 Min Read",
    "China Daily | 2 Min Read",
    "Copyright\u00a92024 China Daily. All rights reserved.",
    "0 Comment(s)Print E-mail",
    "28 \u6b21\u9605\u8bfb",
    "Views: 1,024",
    "1578578077000",
    "All:1page Current1page",
    "Sown Areas (1000 hectares) |",
    "118332.1 |",
    "| 2021 | 68652.8 | 5801.7 |",
    "0 CommentsPrint E-mail",
    "1   2   Next",
    "1 2 3 4 5 6 7",
    "1 2 3 4 5 6 7 8 N",
    "Top 10 world news events of People's Daily in 2020",
    "<   1   2   3   4   5   6   7   8   9   10   11   12   >",
    "< 1 ... 4 5 6 7 8 ... 12 >",
    "1 2 >",
    "US EUROPE AFRICA ASIA \u4e2d\u6587",
    "\u00b71 min read",
    "  Print Mail Large Medium  Small \u5206\u4eab\u6309\u94ae 0",
    "  Comments() Print Mail Large Medium  Small 0",
    "Off the wire\nTaiwan stocks close down 0.06 pct  \u2022 Jeremy Lin set to start for Hornets in Shanghai  \u2022 Hong "
    "Kong stocks close down  \u2022 UN agency launches 24.6-mln-USD appeal for drought-hit Somalia  ",
    "Ryanair's passenger numbers up 10 pct in February  \u2022 Website launched to commemorate late Premier  \u2022 "
    "Civilian killed, 3 wounded in grenade blast  \u2022 DiDi gets first official license",
    "Smart Quarterly\n\n\u20b9900\n\n3 Months\n\n\u20b9300/Month\n\nSAVE 25%",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_segment_furniture_yields_no_figures(run_text, line):
    text = f"Title of the bulletin\n{line}\nIn 2019, 52 counties remained poor."
    _, mentions, _, dropped = run_text(text)
    assert all(m.start > text.index(line) + len(line) for m in mentions)


def test_segment_a_number_grouped_by_spaces_is_no_pager(run_text):
    """Page numbers have one or two digits; a line of a number grouped by spaces is a figure."""
    text = "Title of the bulletin\n1 234 567\nIn 2019, 52 counties remained poor."
    _, mentions, _, _ = run_text(text)
    assert "1 234 567" in [m.text for m in mentions]


@pytest.mark.parametrize("heading", ["Related:", "Related readings:"])
def test_segment_related_links_yield_no_figures(run_text, heading):
    """Headlines listed under a "Related:" heading are other stories, up to the next blank line."""
    text = (f"Hotan lifts 162,000 out of poverty\n\nThe prefecture did well.\n\n{heading}\nXinjiang lifts 537,000 "
            "people out of poverty in 2018\nKashgar sets up 1,000 factories\n\nIn 2019, 52 counties remained poor.")
    _, mentions, _, _ = run_text(text)
    assert [m.text for m in mentions] == ["Hotan", "162,000", "2019", "52"]


def test_segment_related_links_end_where_body_text_begins(run_text):
    """A "Related" heading with no blank line after its links does not swallow the story:
    a long line, or one holding two sentences, is body text."""
    text = ("Related\n28 million to benefit from new poverty standards\n(Xinhua)\nUpdated: 2008-12-28 The "
            "government said it would cover an additional 28.41 million residents. Fan Xiaojian said so.")
    _, mentions, _, _ = run_text(text)
    assert "28.41 million" in [m.text for m in mentions]
    assert "28 million" not in [m.text for m in mentions]


def test_segment_photo_caption_is_text(run_text):
    """A caption that is a sentence is text, not a credit line: its places are mentions."""
    text = "Title\nPhoto: A brook in Qumalai county winds away toward the horizon. (Photo via People's Daily app)\n"
    _, mentions, _, _ = run_text(text)
    assert [m.text for m in mentions] == ["Qumalai county"]


def test_segment_dateline_before_breadcrumb_stays_a_date(run_text):
    """A breadcrumb's section names hold no date of the text; a dateline glued before it does."""
    text = " date 2019-01-15 Home \u00bb Nation\n\nIn 2018, 52 counties remained poor."
    _, mentions, _, _ = run_text(text)
    assert [m.text for m in mentions if m.type == "DATE"] == ["2019-01-15", "2018"]


def test_segment_dateline_in_furniture_stays_a_date(run_text):
    text = "Title\nSource: Xinhua | Updated: Nov 16, 2011\nIn 2011, 52 counties remained poor."
    _, mentions, _, _ = run_text(text)
    assert "Nov 16, 2011" in [m.text for m in mentions if m.type == "DATE"]
