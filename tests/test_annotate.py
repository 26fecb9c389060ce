"""Annotation: which spans are mentions, and how each is read.

Every case is a sentence marked inline; all mentions of the listed types must be
found with exactly the marked spans, and each marked attribute must match. Cases are
grouped by where the construction comes from; known misses are strict xfails.
"""
from __future__ import annotations

import pytest

from conftest import parse_case, reading_fields

ALL = ("MONEY", "PERCENT", "COUNT", "DATE", "PLACE")
NUMBERS = ("MONEY", "PERCENT", "COUNT")

CASES = {
    # The examples DATA_CONTRACT.md and the issue give, in sentences of our own.
    "contract": [
        ("The input rose to [12.75 billion yuan](MONEY value=12750000000 unit=CNY) in [2001](DATE 2001).", ALL),
        ("Prices climbed [11.9 percent](PERCENT value=11.9 unit=percent).", NUMBERS),
        # A figure listed before another that names the unit is a percentage too.
        ("residents account for [1.06](PERCENT value=1.06 unit=percent) and [0.58 percent](PERCENT value=0.58) "
         "respectively", ("PERCENT",)),
        # A percent sign glued to the next word or full stop still ends the figure.
        ("[95%](PERCENT value=95)of the villages. It was [90%](PERCENT value=90).The share rose [40.2%](PERCENT value=40.2)and more.",
         ("PERCENT",)),
        ("Some [four million](COUNT value=4000000 unit=person) people moved.", NUMBERS),
        ("[3,000](COUNT value=3000 unit=person) tea growers and [150](COUNT value=150 unit=person) adults signed up",
         NUMBERS),
        ("[Fifty-two](COUNT value=52 unit=county) counties remained.", NUMBERS),
        ("Farmers earned [300-400 yuan](MONEY value=300 high=400 unit=CNY per=month) per month more.", NUMBERS),
        # The thousands groups of the second number carry to a first below its leading group.
        ("Each earns [5-10,000 yuan](MONEY value=5000 high=10000 unit=CNY per=year) a year.", NUMBERS),
        ("Each earns [500-1,000 yuan](MONEY value=500 high=1000 unit=CNY per=month) a month.", NUMBERS),
        ("Work ran [from 2001 to 2010](DATE 2001-2010) in the region.", ("DATE",)),
        ("It covers [2001-2010](DATE 2001-2010).", ("DATE",)),
        ("Data as of [the end of July 2011](DATE 2011 date=2011-07) show it.", ("DATE",)),
        ("Spending doubled [last year](DATE 2019).", ("DATE",)),
        ("[Over the past ten years](DATE 2010-2019) it grew.".replace("[Over ", "Over ["), ("DATE",)),
        ("The [18th](COUNT value=18) item", ()),
        ("A [5G](COUNT) network", ()),
        ("the \"100 enterprises helping 100 villages\" plan was launched", NUMBERS),
        ("[Guangxi](PLACE name=Guangxi_Zhuang_Autonomous_Region level=province code=450000) and its "
         "[240,000](COUNT value=240000 unit=person) residents", ALL),
        ("the [Outline for Development-oriented Poverty Reduction (2011-2020)](DATE 2011-2020)", ()),
    ],
    # Money: currencies, scale and number words, ranges, glued tokens.
    "money": [
        ("It won [US$4.7 billion](MONEY value=4700000000 unit=USD) in loans.", ("MONEY",)),
        # A tilde for "about" glued to the sign is no part of the currency.
        ("It spent [16 billion yuan](MONEY value=16000000000 unit=CNY) (~[US$2.61 billion](MONEY value=2610000000 "
         "unit=USD)).", ("MONEY",)),
        # A Chinese-style amount in two scales is one number.
        ("a registered capital of [8 billion 150 million yuan](MONEY value=8150000000 unit=CNY)", ("MONEY",)),
        ("about [1,740 U.S. dollars](MONEY value=1740 unit=USD qualifier=approx)", ("MONEY",)),
        ("invested [136.3 million U.S.dollars](MONEY value=136300000 unit=USD)", ("MONEY",)),
        ("a [$500 million](MONEY value=500000000 unit=USD) fund", ("MONEY",)),
        ("he earns a monthly salary of [2,000 yuan](MONEY value=2000 unit=CNY per=month)", ("MONEY",)),
        # A verb with "over", a ceiling, the pataca; a campaign's name and a street number are no figures.
        ("Macao handed over [110 million yuan](MONEY value=110000000 unit=CNY qualifier=exact)", ("MONEY",)),
        ("an amount not exceeding [RMB30 million](MONEY value=30000000 unit=CNY qualifier=under)", ("MONEY",)),
        # A total "added up to" is exact; sales that "neared" a figure are about it.
        ("the funds added up to [RMB30 million](MONEY value=30000000 unit=CNY qualifier=exact) and sales neared "
         "[400 billion yuan](MONEY value=400000000000 unit=CNY qualifier=approx)", ("MONEY",)),
        ("scholarships of [MOP100,000](MONEY value=100000 unit=MOP per=year) per year", ("MONEY", "COUNT")),
        # "year-on-year" compares with last year; it rates nothing.
        ("sales reached [1429.31 billion yuan](MONEY value=1429310000000 per=), a year-on-year increase of "
         "[8 percent](PERCENT value=8)", ("MONEY", "PERCENT")),
        # "ha" is a hectare, "per ha" rates by it; the dead and missing are people.
        ("about [0.33](COUNT value=0.33 unit=hectare) ha of land, a profit of [5,000 yuan](MONEY value=5000 "
         "per=hectare) per ha, leaving [600](COUNT value=600 unit=person) dead or missing", ("COUNT", "MONEY")),
        # Grain is weighed in jin; a percent may be hyphened to its number.
        ("output reached [1.413 trillion](COUNT value=1413000000000 unit=jin) jin, up [1.4-percent](PERCENT "
         "value=1.4 unit=percent), and [300](COUNT value=300 unit=jin) catties", ("COUNT", "PERCENT")),
        ("the 10,000 Enterprises Assist 10,000 Villages program", ("MONEY", "COUNT")),
        ("The shop, at 695 Qixin Road, opened.", ("MONEY", "COUNT")),
        # Ages, sizes of things, numbered headings and the base of a rate measure nothing.
        ("Children aged from seven to 15 live with her mother-in-law, 68, in a two-story house with a 32-inch TV. "
         "Group 1: the rate fell to [18.3](COUNT value=18.3) out of every 100,000.", ("COUNT",)),
        ("during the province's two sessions, workers aged 18 to 60 in one of the top 100 tea counties "
         "since the Yuan Dynasty (1271-1368) got [300](COUNT value=300 unit=job) jobs", ("MONEY", "COUNT")),
        # Job openings count jobs; an acronym's plural and "bases" are not singularised into other words.
        ("the fair listed [10,000](COUNT value=10000 unit=job) job vacancies and [840,000](COUNT value=840000 "
         "unit=job) job opportunities, offered by [34](COUNT value=34 unit=enterprise) central SOEs and "
         "[1,000](COUNT value=1000 unit=base) farming bases", ("COUNT",)),
        # A two-word currency sign; a conversion after a rate takes the amount's rate.
        ("the line is [2,300 yuan](MONEY value=2300 unit=CNY per=year) a year "
         "([U.S. $340](MONEY value=340 unit=USD per=year))", ("MONEY",)),
        # A change's first figure takes the unit (and scale) written after the second; a
        # change's second amount the currency written before the first; "ranged from" is a range.
        ("income rose from [1,505](MONEY value=1505 unit=CNY) to [1,800 yuan](MONEY value=1800 unit=CNY)",
         ("MONEY", "COUNT")),
        ("funds rose from [1.5](MONEY value=1500000000 unit=CNY) to [2 billion yuan](MONEY value=2000000000 unit=CNY)",
         ("MONEY", "COUNT")),
        ("from [US$188](MONEY value=188 unit=USD) to [225](MONEY value=225 unit=USD) a head", ("MONEY", "COUNT")),
        ("incidence fell from [10.2](PERCENT value=10.2 unit=percent) to [3.1 percent](PERCENT value=3.1 unit=percent)",
         ("PERCENT", "COUNT")),
        ("grants ranged from [10,000 to 35,000 yuan](MONEY value=10000 high=35000 unit=CNY) a home", ("MONEY", "COUNT")),
        ("a [RMB 3 billion](MONEY value=3000000000 unit=CNY) plan", ("MONEY",)),
        ("the [4,000-yuan](MONEY value=4000 unit=CNY) national poverty line", ("MONEY",)),
        ("over [140 billion yuan](MONEY value=140000000000 unit=CNY qualifier=over)-worth of investment",
         ("MONEY",)),
        ("[two billion yuan](MONEY value=2000000000 unit=CNY) was raised", ("MONEY",)),
        ("incomes of [10,000 yuan](MONEY value=10000 unit=CNY per=year) a year", ("MONEY",)),
        ("donated [HK$10.05 billion](MONEY value=10050000000 unit=HKD)", ("MONEY",)),
        # An ISO code after the amount names the currency.
        ("invested [10 billion RMB](MONEY value=10000000000 unit=CNY) ([5.904 billion MYR](MONEY value=5904000000 "
         "unit=MYR))", ("MONEY",)),
        ("worth [1-2 billion yuan](MONEY value=1000000000 high=2000000000 unit=CNY)", ("MONEY",)),
        ("more than [33.4 billion yuan](MONEY value=33400000000 qualifier=over) "
         "([US$4.9 billion](MONEY value=4900000000 unit=USD qualifier=over))", ("MONEY",)),
        ("nearly [2 mln yuan](MONEY value=2000000 qualifier=approx)", ("MONEY",)),
        ("about [1.61 trln yuan](MONEY value=1610000000000 qualifier=approx) of loans", ("MONEY",)),
        ("a [$13.6m](MONEY value=13600000 unit=USD) deal", ("MONEY",)),
        ("it paid [75 USD million](MONEY value=75000000 unit=USD)", ("MONEY",)),
        ("worth [50 cents](MONEY value=0.5 unit=USD)", ("MONEY",)),
        ("[0.7 yuan](MONEY value=0.7 unit=CNY) ([10 US cents](MONEY value=0.1 unit=USD)) a kilowatt-hour", ("MONEY",)),
        # A rate said before the noun the amount measures, in the same clause.
        ("the per capita net income of the poor reached [14,342 yuan](MONEY value=14342 per=person)",
         ("MONEY",)),
        ("Per capita income rose 10 percent and the fund reached [3 billion yuan](MONEY value=3000000000 per=)",
         ("MONEY",)),
        ("they earn [3,000 yuan](MONEY per=month) ([$464](MONEY per=month)) per month", ("MONEY",)),
        ("those living on [$1.25](MONEY per=day) daily", ("MONEY",)),
        ("the average annual net income has risen to [11,487 yuan](MONEY per=year) "
         "(about [1,740 U.S. dollars](MONEY per=year qualifier=approx))", ("MONEY",)),
        ("the average input for each county reached [136 million yuan](MONEY per=county)", ("MONEY",)),
        ("per capita net income was [1,602 yuan](MONEY per=person) - only [406 yuan](MONEY per=person) "
         "above the poverty line of [1,196 yuan](MONEY per=)", ("MONEY",)),
        ("to raise per capita income above [7,000 yuan](MONEY per=person qualifier=over)", ("MONEY",)),
        # The rate carries to a move's other end across a year between them.
        ("The per capita net income of farmers living in key counties of China's poverty alleviation project had "
         "increased from [1,277 yuan](MONEY per=person) in 2001 to [3,273 yuan](MONEY per=person) in 2010.",
         ("MONEY",)),
        ("the per capita annual income rose to [6,690 yuan](MONEY per=person)", ("MONEY",)),
        # A qualifier before a figure is no comparison that ends the rate's clause.
        ("per capita income climbed from less than [2,000 yuan](MONEY per=person qualifier=under) in 2016 "
         "to [7,000 yuan](MONEY per=person)", ("MONEY",)),
        ("per capita income was [900 yuan](MONEY per=person), less than the rural average of "
         "[1,500 yuan](MONEY per=)", ("MONEY",)),
    ],
    "percent": [
        # A time rate right after a percentage is its rate; a date phrase is not.
        ("incomes grew by [9.5 percent](PERCENT per=year) a year on average", ("PERCENT",)),
        ("output rose [6 percent](PERCENT per=year) annually until 2020", ("PERCENT",)),
        ("down to [3 percent](PERCENT per=) from [4.5 percent](PERCENT per=) a year earlier", ("PERCENT",)),
        ("[30 percent](PERCENT per=) of each household's land", ("PERCENT",)),
        ("down [3.8%](PERCENT value=3.8) on the year", ("PERCENT",)),
        ("up[3.8%](PERCENT value=3.8) over 2011", ("PERCENT",)),
        ("fell to [zero per cent](PERCENT value=0)", ("PERCENT",)),
        ("rose [2.3 percentage points](PERCENT value=2.3 unit=percentage_point)", ("PERCENT",)),
        ("a [5 pct](PERCENT value=5) rise", ("PERCENT",)),
        ("from [10.2 percent](PERCENT value=10.2) to [0.6 percent](PERCENT value=0.6)", ("PERCENT",)),
        ("between [10-15 percent](PERCENT value=10 high=15)", ("PERCENT",)),
        ("cut from [8.2 percent](PERCENT value=8.2) to [zero](PERCENT value=0) by 2020", ("PERCENT",)),
        ("rose [5% to 10%](PERCENT value=5 high=10) a year", ("PERCENT",)),
        ("up from [5%](PERCENT value=5) to [10%](PERCENT value=10)", ("PERCENT",)),
        ("accounting for close to [three-quarters](PERCENT value=75 qualifier=approx) of the decline",
         ("PERCENT",)),
        ("Minorities make up [a third](PERCENT value=33.33) of the population.", ("PERCENT",)),
        ("half of the funds and two thirds of the villages", NUMBERS),
    ],
    "count": [
        # Small numbers joined by "or" before a noun are one range; not years, "one or more",
        # amounts with their own unit, or a duration (dropped).
        ("\"We must build [two or three](COUNT value=2 high=3 unit=industry) more industries\"", NUMBERS),
        ("[5 or 6](COUNT value=5 high=6 unit=village) villages", NUMBERS),
        ("[two or three million](COUNT value=2000000 high=3000000 unit=person) people moved", NUMBERS),
        ("[one](COUNT value=1 qualifier=over unit=village) or more villages", NUMBERS),
        ("the [2019](DATE 2019) or [2020](DATE 2020) figures", ("COUNT", "DATE")),
        ("officials stay for two or three years", NUMBERS),
        ("they earn [20 or 30 yuan](MONEY value=20 high=30) a day", NUMBERS),
        ("it grew [two or three percent](PERCENT value=2 high=3)", NUMBERS),
        ("three or two villages", NUMBERS),
        # A year before 1949 modifying a noun that counts nothing is no count (and no DATE:
        # the tables' years start at 1949); a plural or counted noun keeps it a count.
        ("described in the 1933 novel Lost Horizon", NUMBERS),
        ("below the [2018](DATE 2018) poverty line", ("COUNT", "DATE")),
        ("its [2020](DATE 2020) target was met", ("COUNT", "DATE")),
        ("they moved the [1933](COUNT value=1933 unit=household) poor households", ("COUNT", "DATE")),
        ("they moved the [1,933](COUNT value=1933 unit=household) households", ("COUNT", "DATE")),
        ("they moved the [2000](COUNT value=2000 unit=household) households", ("COUNT", "DATE")),
        # People named by a nation's or group's name, or as dwellers or human beings.
        ("[13.86 million](COUNT value=13860000 unit=person) Chinese left poverty", ("COUNT",)),
        ("[250,000](COUNT value=250000 unit=person) Tibetans moved; [263 thousand](COUNT value=263000 unit=person) "
         "rural dwellers", ("COUNT",)),
        ("some [250](COUNT value=250 unit=village) Tibetan villages", ("COUNT",)),
        # A figure in a series takes the noun of the next one, not of a count before it.
        ("The [two](COUNT value=2 unit=county) counties had [3,000](COUNT value=3000 unit=household) and [4,500](COUNT value=4500 unit=household) "
         "poor households", ("COUNT", "DATE")),
        ("lifting [1.48 million](COUNT value=1480000 unit=person) and [1.1 million](COUNT value=1100000 unit=person) "
         "people out of poverty", ("COUNT",)),
        # A population, the subject of a change, counts people.
        ("the autonomous region's poverty-stricken population has been reduced to [1.85 million](COUNT unit=person)",
         NUMBERS),
        ("its poor population fell to [2.5 million](COUNT unit=person)", NUMBERS),
        # The poor (or a population) that numbered a figure are people; a plural written out.
        ("a diet of [2,100](COUNT unit=kilocalorie) kilocalories a day; the rural poor numbered about "
         "[125 million](COUNT unit=person) in 1985", NUMBERS),
        ("Hotan lifts [162,000](COUNT unit=person) out of poverty in 2018", NUMBERS),
        # A population the clause is about counts people, with no other figure between.
        ("the rural poor population in the eastern region was [470,000](COUNT unit=person)", NUMBERS),
        # A statistical line's label names what its figure counts: the label's head noun.
        ("1. Registered poor people who shook off poverty: [181,000](COUNT value=181000 unit=person).", NUMBERS),
        ("Poor villages (residential communities) removed from the list: [2,100](COUNT unit=village).", NUMBERS),
        ("Ecological posts held by members of poor households: [665,400](COUNT unit=job), each paid", NUMBERS),
        ("Update on the plan: [300](COUNT unit=) more than planned", NUMBERS),
        ("its[18,800](COUNT value=18800 unit=person) residents", NUMBERS),
        ("helping[100](COUNT value=100 unit=village) villages", NUMBERS),
        ("a population of [1.3 billion](COUNT value=1300000000 unit=person)", NUMBERS),
        ("from [98.99 million](COUNT value=98990000 unit=person) people in 2012 to "
         "[5.51 million](COUNT value=5510000 unit=person) in 2019", NUMBERS),
        ("[2,034,000](COUNT value=2034000 unit=household) poor farmers' households", NUMBERS),
        ("trained [553](COUNT value=553 unit=person-time) person-times", NUMBERS),
        ("[66](COUNT value=66 unit=center) health centers and nursing homes", NUMBERS),
        ("[454](COUNT value=454 unit=enterprise) enterprises for [2185](COUNT value=2185 unit=project) "
         "cooperative projects", NUMBERS),
        ("delisted [67](COUNT value=67 unit=county) out of [75](COUNT value=75 unit=county) counties",
         NUMBERS),
        ("[2000](COUNT value=2000 unit=household) households in [2000](DATE 2000)", ("COUNT", "DATE")),
        ("In [2019](DATE 2019) households earned more", ("COUNT", "DATE")),
        ("[138](COUNT value=138 unit=cadre) additional designated cadres", NUMBERS),
        ("one of the poorest places", NUMBERS),
        ("call 010-6513 2588 for details", NUMBERS),
        ("at 09:35:20 yesterday", NUMBERS),
        ("No. 1 Central Document and Article 5", NUMBERS),
        ("the fight against COVID-19 continued", NUMBERS),
        ("served for [20](COUNT) years", ()),
        ("[two and a half million](COUNT value=2500000 unit=person) people", NUMBERS),
        ("[half a million](COUNT value=500000 unit=person) people", NUMBERS),
        ("two thirds of the villages", NUMBERS),
        ("the \"three tough battles\" of the plan", NUMBERS),
        ("the \"one village, one product\" project, \"1+1\" practices and the Three Rural Issues", NUMBERS),
        ("1.1 Agriculture\n[1.5 million](COUNT value=1500000 unit=person) people", NUMBERS),
        # Footnote markers in square brackets (written as escapes: brackets mark spans here).
        ("the risk of poverty \u005b1\u005d ended; [300](COUNT value=300 unit=village) villages \u005b2\u005d",
         NUMBERS),
        # Ages, travel times, a road's number and a phone extension measure nothing.
        ("At age 67 she sews; when she was 18 she left; the 25-yearold works a 4-hour drive away on the No 382 "
         "road (phone 0551-65179860-203) with [16](COUNT value=16 unit=person) people", NUMBERS),
        ("at 7 a.m. on the day", NUMBERS),
        # The size of a unit is no figure; a figure's conversion is.
        ("They planted [500](COUNT value=500 unit=mu) mu ([33](COUNT value=33 unit=hectare) hectares) at "
         "[30 yuan](MONEY value=30 unit=CNY per=mu) per mu (0.067 hectares); one mu equals one-fifteenth of a "
         "hectare.", NUMBERS),
        # A glued "m" before a distance's word is metres, no million.
        ("The road is 3m wide and the river is only 40m to 50m away; the fund raised "
         "[$4m](MONEY value=4000000 unit=USD).", NUMBERS),
        # A bare count of the employment a sentence is about counts people.
        ("By the end of [2024](DATE), employment in poverty-stricken areas reached "
         "[33.05 million](COUNT value=33050000 unit=person).", NUMBERS),
        # A bare count set off by commas before a verb of people counts people.
        ("[31](COUNT value=31 unit=county) counties left the list. About [70 percent](PERCENT value=70), or "
         "[650,000](COUNT value=650000 unit=person), shook off poverty.", NUMBERS),
        # "plus" inside an amount is a qualifier.
        ("the son earns [50,000 plus yuan](MONEY value=50000 unit=CNY qualifier=over) a year, his brother "
         "[8,000-plus yuan](MONEY value=8000 unit=CNY qualifier=over)", NUMBERS),
        # A headline in title case counts its noun; the date after it is no table cell.
        ("China's Yunnan Lifts [1.37 Mln](COUNT value=1370000 unit=person) People Out Of Poverty In "
         "[2019](DATE)", NUMBERS),
        # An earthquake's magnitude is a reading on a scale.
        ("A 6.5-magnitude quake, then quakes of magnitude 4 and 5 and a magnitude of 6.4, 7.0 on the Richter "
         "scale, killed [176](COUNT value=176 unit=person) people", NUMBERS),
        ("[25k](COUNT value=25000 unit=person) people", NUMBERS),
        # The noun a count leaves implicit: a possessive partitive, a comparative
        # population, a partitive without a noun falling back to the sentence before.
        ("[Seven](COUNT value=7 unit=province) of China's provinces and regions took part.", NUMBERS),
        ("[601](COUNT value=601 unit=county) of China's [832](COUNT value=832 unit=county) poor counties",
         NUMBERS),
        ("In 2013, [136](COUNT value=136 unit=household) of the village's [225](COUNT value=225 unit=household) "
         "households were poor", NUMBERS),
        ("Each group has a population less than [100,000](COUNT value=100000 unit=person).", NUMBERS),
        ("Some [16 million](COUNT value=16000000 unit=person) people will move. Only "
         "[9.8 million](COUNT value=9800000 unit=person) of those to be moved are poor.", NUMBERS),
        # A noun hyphenated to the number is what it counts.
        ("flats for [two](COUNT value=2 unit=person)-person households", NUMBERS),
        ("a [300](COUNT value=300 unit=household)-household village", NUMBERS),
        ("it fitted [5](COUNT value=5 unit=kilowatt)-kilowatt panels on [40](COUNT value=40 unit=house) houses", NUMBERS),
        ("\"Life is better now,\" said Xie Xingchang, 66, a villager.", NUMBERS),
        ("it trained [3,883](COUNT value=3883 unit=person) educators", NUMBERS),
        ("a road of [1,078](COUNT value=1078 unit=kilometer) km", NUMBERS),
        # ``it`` as subject speaks of the amount of the sentence before, with its rate.
        ("Per capita income was less than [3,000 yuan](MONEY per=person). Last year it reached "
         "[16,580 yuan](MONEY per=person).", ("MONEY",)),
        ("Per capita net income reached [16,396 yuan](MONEY per=person). It has risen from "
         "[10,740 yuan](MONEY per=person) in 2020.", ("MONEY",)),
        ("Per capita income was [3,000 yuan](MONEY per=person). The fund gave it [2 million yuan](MONEY per=).",
         ("MONEY",)),
        ("Per capita income was [3,000 yuan](MONEY per=person). Roads came. It cost [2 million yuan](MONEY per=).",
         ("MONEY",)),
        # An amount said of each single thing is a rate per thing.
        ("I have [40,000](COUNT value=40000 unit=bag) bags, and each bag earns me about [two yuan](MONEY value=2 unit=CNY qualifier=approx "
         "per=bag).", NUMBERS),
        ("Each household earned [3,000 yuan](MONEY value=3000 unit=CNY per=household).", NUMBERS),
        ("Each impoverished rural household gets [7,500 yuan](MONEY value=7500 unit=CNY per=household).", NUMBERS),
        ("a line of [$1.90](MONEY value=1.9 unit=USD per=day)/day", NUMBERS),
        ("a line of [2,300 yuan](MONEY value=2300 unit=CNY per=year) in annual income", NUMBERS),
        ("Some [5.56 million](COUNT value=5560000 unit=person) were lifted out of poverty.", NUMBERS),
        ("pieces at [20-30 RMB](MONEY value=20 high=30 unit=CNY per=piece) per piece, or "
         "[20](COUNT value=20 unit=person per=minute) people per minute", NUMBERS),
        ("The bag maker earned [3,000 yuan](MONEY value=3000 unit=CNY per=) in all.", NUMBERS),
        # A name listed after a province is a province; after a county, a comma means "in".
        ("They work in [Beijing](PLACE code=110000), [Tianjin](PLACE code=120000) and [Hebei](PLACE code=130000).",
         ("PLACE",)),
        ("[KANGBAO](PLACE), [Hebei](PLACE code=130000), Sept. 14 -- Farms near [Tianjin](PLACE code=120000) grew.",
         ("PLACE",)),
        # ``over`` after a verb it belongs to is no qualifier.
        ("Officials keep watch over [1,870](COUNT value=1870 unit=household qualifier=exact) households", NUMBERS),
        # A bare count before a verb said of people counts people (headline style).
        ("Nearly [300,000](COUNT value=300000 unit=person qualifier=approx) relocated to protect environment",
         NUMBERS),
        ("[1.2 million](COUNT value=1200000 unit=person) lifted out of poverty in 2019", NUMBERS),
        # A bare count said to live in poverty, or by which people were reduced, counts people.
        ("there are [1.672 million](COUNT value=1672000 unit=person) living in poverty", NUMBERS),
        ("it reduced the poverty-stricken people by [980,000](COUNT value=980000 unit=person)", NUMBERS),
        ("Rural population lifted out of poverty from 2011 to 2015 totaling [109.92 million](COUNT value=109920000 "
         "unit=person).", NUMBERS),
        # A bare count in a sentence about people that names no figure before it counts them.
        ("The total scale of employment for poor people reached [32.953 million](COUNT value=32953000 unit=person).",
         NUMBERS),
        ("It has [2,600](COUNT value=2600 unit=shop) shops run by local people, up from about "
         "[300](COUNT value=300 unit=shop) in 2014", NUMBERS),
        # ``such`` and ``other`` stand between a number and its noun; ``the others`` is no noun.
        ("Linxia created [41,000](COUNT value=41000 unit=job) such posts and [five](COUNT value=5 unit=village) "
         "other villages", NUMBERS),
        ("[6.5 million](COUNT value=6500000 unit=person) people are monitored. Some [two million](COUNT "
         "value=2000000 unit=person) of the others get an allowance.", NUMBERS),
        # Unit abbreviations are nouns of their own, not an ellipsis of the count before.
        ("[120](COUNT value=120 unit=station) stations with [45](COUNT value=45 unit=megawatt) MW, or "
         "[45,000](COUNT value=45000 unit=kilowatt) kW, making [1.2 million](COUNT value=1200000 "
         "unit=kilowatt-hour) kWh", NUMBERS),
        ("Indicator Income (Yuan) Growth (%) Disposable Income 8163 10.8 Net Business Income 2308 6.8",
         NUMBERS),
        ("By 2019 [25](COUNT value=25 unit=county) counties were delisted", NUMBERS),
        ("the populace below the poverty line ([approximately 70 million](COUNT value=70000000 unit=person))"
         .replace("[approximately ", "approximately ["), NUMBERS),
        ("the number of such units has reached [272](COUNT value=272 unit=unit)", NUMBERS),
        ("it trained [720](COUNT value=720 unit=person) middle- and high-ranking officials", NUMBERS),
        # A long noun phrase still reaches its head.
        ("About [110](COUNT value=110 unit=project qualifier=approx) foreign-funded poverty reduction "
         "projects were carried out.", NUMBERS),
        # Number words and forms beside the usual ones.
        ("the rate fell to [nought](COUNT value=0)", NUMBERS),
        ("it rose by [naught point five](COUNT value=0.5)", NUMBERS),
        ("the index stood at [two hundred point seventy-one](COUNT value=200.71)", NUMBERS),
        ("[fifty - two](COUNT value=52 unit=county) counties", NUMBERS),
        ("some [hundred thousand](COUNT value=100000 unit=person) people", NUMBERS),
        ("[a quarter of a million](COUNT value=250000 unit=person) people", NUMBERS),
        ("[quarter million](COUNT value=250000 unit=person) people", NUMBERS),
        ("nearly [a dozen](COUNT value=12 unit=county qualifier=approx) counties", NUMBERS),
        ("[half a dozen](COUNT value=6 unit=project) projects", NUMBERS),
        ("[five dozs](COUNT value=60) of eggs and [3 dzs](COUNT value=36) of apples", NUMBERS),
        ("[three hundred and two dozens](COUNT value=324) of eggs", NUMBERS),
        ("[3 hundred and 21](COUNT value=321 unit=household) households", NUMBERS),
        ("[4 thousand 3 hundred](COUNT value=4300 unit=person) people", NUMBERS),
        ("[4 hundred million](COUNT value=400000000 unit=person) people", NUMBERS),
        ("[6 crore and two hundred](COUNT value=60000200 unit=person) people", NUMBERS),
        ("[3 million and a half](COUNT value=3500000 unit=person) people", NUMBERS),
        ("[12,34,567.89](COUNT value=1234567.89) in Indian grouping", NUMBERS),
        ("[1\u202f234\u202f567.89](COUNT value=1234567.89) with narrow spaces", NUMBERS),
        ("the score was [three](COUNT value=3)-[nought](COUNT value=0)-[four](COUNT value=4)", NUMBERS),
        # Each number its own figure: a second scale, a zero, a percentage.
        ("[3 hundred](COUNT value=300) and [2 hundred](COUNT value=200) homes", ("COUNT",)),
        ("[4 thousand 3 hundred](COUNT value=4300) and [0](COUNT value=0)", ("COUNT",)),
        ("between [2 million](COUNT value=2000000) and [3 million](COUNT value=3000000 unit=person) people",
         ("COUNT",)),
        ("it added [3 million](COUNT value=3000000) and [2 percent](PERCENT value=2)", NUMBERS),
        ("dozens of villages and hundreds of thousands of people", NUMBERS),
        ("in the first quarter, half the villages", NUMBERS),
        ("A 5G network and 4G base stations", NUMBERS),
        # A capitalized number word between a lower-case "the" and a capitalized word begins a name.
        ("during the Two Sessions and the Three Gorges project, [two](COUNT value=2) counties", NUMBERS),
        # A comma no thousands group follows separates two numbers: scraping glue, lists.
        ("income was 531 yuan in [2002](DATE 2002) and [2003](DATE 2003),and is low", ("DATE",)),
        ("In [2019](DATE 2019),[24](COUNT value=24 unit=county) counties were lifted out of poverty.",
         ("COUNT", "DATE")),
        ("the poorest,[24](COUNT value=24 unit=county) counties", NUMBERS),
        ("Exercises nrs. [22](COUNT value=22),[24](COUNT value=24),[26](COUNT value=26),[31](COUNT value=31).",
         NUMBERS),
        ("in [2018](DATE 2018),[2019](DATE 2019) and [2020](DATE 2020)", ("COUNT", "DATE")),
        ("[1](COUNT value=1),[3](COUNT value=3)", NUMBERS),
        ("Documents Nos. 22,24 were issued", NUMBERS),
        ("[1,674,200.5](COUNT value=1674200.5) tonnes for [12,34,567](COUNT value=1234567) people",
         NUMBERS),
        # Scale letters: glued k, m, b in either case; after a space a lower-case k, MM,
        # and a capital M or G only after a decimal or grouped number; G never glued to a
        # whole number (5G).
        ("I can give you [10M](COUNT value=10000000).", NUMBERS),
        ("[2.33 k](COUNT value=2330) and [10K](COUNT value=10000 unit=person) people", NUMBERS),
        ("[1,674,200.5 M](COUNT value=1674200500000) in all", NUMBERS),
        ("a [RMB 1,000 M](MONEY value=1000000000 unit=CNY) fund", NUMBERS),
        ("by [2020](DATE 2020) M. Li and K. Wang said", ("COUNT", "DATE")),
        ("[1,674.5 G](COUNT value=1674500000000) in all", NUMBERS),
        ("a revenue target of [US$ 1MM](MONEY value=1000000 unit=USD)", NUMBERS),
        ("an [RMB 2.5M](MONEY value=2500000 unit=CNY) loan", NUMBERS),
        ("10G broadband, 5G base stations, 4G networks and the G20", NUMBERS),
        ("[10](COUNT value=10 unit=millimeter)mm of rain on a [100](COUNT value=100) m road", NUMBERS),
        # A glued m after a thousands group or before a length's word is metres, not a million.
        ("a mountain 1,500m above sea level, a road 800m long and "
         "[3m](COUNT value=3000000 unit=person) people", NUMBERS),
        # A number glued to a unit counts that unit; a year is not read from it.
        ("each [10](COUNT value=10 unit=kilowatt)kW station, [300](COUNT value=300 unit=mu)mu of land and "
         "[2000](COUNT value=2000 unit=kilometer)km of road", NUMBERS),
    ],
    # Qualifiers after the figure or off its usual place, rates away from it, nouns a count
    # only implies or reaches past modifiers.
    "qualifier_rate_noun": [
        # The other end of a move keeps the first amount's rate, across a conversion too.
        ("The per capita annual income of farmers in the poorest listed counties increased to "
         "[6,690 yuan](MONEY per=person) ([$1,080](MONEY per=person)) last year from [3,543 yuan](MONEY per=person)",
         ("MONEY",)),
        ("wages rose to [300 yuan](MONEY per=month) a month from [200 yuan](MONEY per=month)", ("MONEY",)),
        ("wages were [300 yuan](MONEY per=month) a month. The fund got [200 yuan](MONEY per=) from the state",
         ("MONEY",)),
        # ``for each X`` after the figure's noun phrase rates the figure.
        ("with the subsidies of [one](COUNT value=1 unit=mu per=person) mu irrigable land for each person and "
         "[one](COUNT value=1 unit=greenhouse per=household) subsidized greenhouse for each household", NUMBERS),
        ("the county sent [3,000](COUNT unit=person per=) officials to every village", NUMBERS),
        ("it built [30](COUNT unit=house per=) houses for each of the villages", NUMBERS),
        ("[2,000](COUNT value=2000 unit=household qualifier=approx) or so households signed up.", NUMBERS),
        ("The town built [300](COUNT value=300 unit=house qualifier=over)-plus houses.", NUMBERS),
        ("[1,200](COUNT value=1200 unit=village qualifier=over) or more villages joined.", NUMBERS),
        ("[15](COUNT value=15 unit=person qualifier=under) or fewer people stayed.", NUMBERS),
        ("Exports passed [3 billion yuan](MONEY value=3000000000 qualifier=over) in [2019](DATE 2019).",
         ("MONEY", "DATE")),
        ("The office expects income to pass [10,000 yuan](MONEY value=10000 qualifier=over).", ("MONEY",)),
        ("Sales will likely exceed [5 million yuan](MONEY value=5000000 qualifier=over).", ("MONEY",)),
        ("Revenue surpasses [2 billion yuan](MONEY value=2000000000 qualifier=over) now.", ("MONEY",)),
        ("the top [10](COUNT value=10 unit=county qualifier=exact) counties", NUMBERS),
        ("a pass rate of [95 percent](PERCENT value=95 qualifier=exact)", ("PERCENT",)),
        # An elliptical second amount keeps the first one's rate; a new amount does not.
        ("a meal subsidy of [3 yuan](MONEY value=3 per=day) a day, raised to [4 yuan](MONEY value=4 per=day) in 2014",
         ("MONEY",)),
        ("wages of [2,000 yuan](MONEY per=month) a month, up from [1,500 yuan](MONEY per=month)", ("MONEY",)),
        ("[300 yuan](MONEY per=year) a year, increased to about [500 yuan](MONEY per=year qualifier=approx)",
         ("MONEY",)),
        ("a subsidy of [3 yuan](MONEY per=day) a day and a grant of [400 yuan](MONEY per=)", ("MONEY",)),
        ("[3 yuan](MONEY per=day) a day. Funds rose to [4 billion yuan](MONEY per=)", ("MONEY",)),
        ("[3 yuan](MONEY per=day) a day for 5 years, raised to [9 yuan](MONEY per=)", ("MONEY",)),
        ("[3 yuan](MONEY per=day) a day, raised to [4 yuan](MONEY per=month) a month", ("MONEY",)),
        # A subject said of each member of a group: the amount is each member's.
        ("Every one of the [180](COUNT) administrative villages earned more than [100,000 yuan](MONEY per=village "
         "qualifier=over), and [41](COUNT unit=village) of them topped [1 million yuan](MONEY per=village).",
         ("MONEY", "COUNT")),
        ("Each of the [30](COUNT) households earned [5,000 yuan](MONEY per=household).", ("MONEY", "COUNT")),
        ("The [180](COUNT) villages earned [100 million yuan](MONEY per=) in all.", ("MONEY", "COUNT")),
        ("[41](COUNT unit=village) villages got funds and [12](COUNT unit=village) of them spent "
         "[1 million yuan](MONEY per=).", ("MONEY", "COUNT")),
        ("Its [40](COUNT value=40 unit=farm qualifier=exact) farms are spread over "
         "[six](COUNT value=6 unit=township qualifier=exact) townships.", NUMBERS),
        ("He did [20](COUNT value=20 unit=job qualifier=exact) odd jobs.", NUMBERS),
        ("counties with poor populations of [5,000](COUNT value=5000 unit=person qualifier=over) people or more.",
         NUMBERS),
        ("flats of [100](COUNT value=100 qualifier=exact) square meters for [four](COUNT value=4 qualifier=over) "
         "and over.", NUMBERS),
        ("[5,000](COUNT value=5000 unit=person qualifier=exact) people or more than "
         "[20](COUNT value=20 unit=village qualifier=over) villages", NUMBERS),
        ("It cost [2 million yuan](MONEY value=2000000 qualifier=exact) plus "
         "[300,000 yuan](MONEY value=300000 qualifier=exact) in fees.", NUMBERS),
        ("rural income per head rose 8 percent, to [9,800 yuan](MONEY value=9800 per=person)", ("MONEY",)),
        ("The city sends [40](COUNT value=40 unit=person per=year) teachers to the county a year.", NUMBERS),
        ("[40](COUNT value=40 unit=person per=) teachers arrived a year earlier.", NUMBERS),
        ("[40](COUNT value=40 unit=person per=) teachers came in a year.", NUMBERS),
        ("It named [331](COUNT value=331 unit=county per=) counties for special support and began to earmark funds "
         "for them every year.", NUMBERS),
        ("[3,000](COUNT value=3000 unit=household per=) households with per capita income below the line",
         NUMBERS),
        ("Every year, [500](COUNT value=500 unit=person per=year) students enroll at the school.", NUMBERS),
        ("Each year, the fund pays [2 million yuan](MONEY value=2000000 per=year) to the county.", NUMBERS),
        ("Each year's budget of [5 million yuan](MONEY value=5000000 per=) is spent on roads.", NUMBERS),
        ("each poor household received [2,000 yuan](MONEY value=2000 per=household) in subsidies", NUMBERS),
        ("the projects spent about [900 yuan](MONEY value=900 per=village) per participating village",
         NUMBERS),
        ("A family of [five](COUNT value=5 unit=person) lives here.", NUMBERS),
        ("a team of [12](COUNT value=12 unit=person) experts", NUMBERS),
        ("a group of [20](COUNT value=20 unit=village) villages", NUMBERS),
        ("[30](COUNT value=30 unit=department) provincial and municipal departments took part.", NUMBERS),
        ("[30](COUNT value=30 unit=county) counties and [5](COUNT value=5 unit=city) cities took part.", NUMBERS),
        ("it trained [2,000](COUNT value=2000 unit=person) grassroots officials", NUMBERS),
        ("it built [126](COUNT value=126 unit=station) village stations and [60](COUNT value=60 unit=clinic) "
         "village clinics in [12](COUNT value=12 unit=village) villages", NUMBERS),
        ("it hired [1,850](COUNT value=1850 unit=person) forest rangers", NUMBERS),
        ("it runs [86](COUNT value=86 unit=station) labor service stations and [300](COUNT value=300 unit=cooperative) "
         "farmer cooperatives", NUMBERS),
        ("[15](COUNT value=15 unit=person) sales staff", NUMBERS),
        ("the county had [2,870](COUNT value=2870 unit=farm) family farms and [40](COUNT value=40 unit=fair) job fairs",
         NUMBERS),
        ("it placed [300](COUNT value=300 unit=person) job seekers and [500](COUNT value=500 unit=household) "
         "village households", NUMBERS),
        ("supplements went to [11.2 million](COUNT value=11200000 unit=person) infants and toddlers", NUMBERS),
        ("The maternal mortality rate fell from [24.5](COUNT value=24.5 unit=death) per 100,000 to "
         "[16.9](COUNT value=16.9 unit=death) per 100,000, and the infant mortality rate from "
         "[10.3](COUNT value=10.3 unit=death) per 1,000 to [5.4](COUNT value=5.4 unit=death) per 1,000.", NUMBERS),
        ("the county had [2.6](COUNT value=2.6 unit=person) doctors per 1,000 people", NUMBERS),
        ("a fee of [5 yuan](MONEY value=5 unit=CNY) per [100 yuan](MONEY value=100 unit=CNY) of loans", NUMBERS),
        ("[20 to 30](COUNT value=20 high=30 unit=village) villages", NUMBERS),
        ("Next year we want every village to earn at least [200,000 yuan](MONEY value=200000 per=village)", NUMBERS),
        ("The county made sure every village had a clinic, and it spent [2 billion yuan](MONEY value=2000000000 per=) "
         "on roads", NUMBERS),
        ("[63](COUNT value=63 unit=center) product sales centers", NUMBERS),
        ("with [454](COUNT value=454 unit=enterprise) enter-\nprises in the west", NUMBERS),
        ("Some [12,000](COUNT value=12000 unit=person) people from [3,000](COUNT value=3000 unit=household) "
         "households moved into [20](COUNT value=20 unit=town) new towns. The last "
         "[4,000](COUNT value=4000 unit=person qualifier=approx) or so will move next year.", NUMBERS),
        ("The county built [20](COUNT value=20 unit=town) new towns. The last [five](COUNT value=5 unit=town) "
         "will open next year.", NUMBERS),
        # A fraction of a population or a total is a share; of things, no figure.
        ("nearly [a third](PERCENT value=33.33 qualifier=approx) of the county's population", NUMBERS),
        ("[half](PERCENT value=50 qualifier=exact) of its residents", NUMBERS),
        ("half of the funds and a third of the villages", NUMBERS),
        # Of the people or households a population is counted in, too; not of what they have.
        ("Only about [half](PERCENT value=50 qualifier=approx) of the boys in these hamlets could read.", NUMBERS),
        ("[A third](PERCENT value=33.33 qualifier=exact) of all registered poor households keep goats.", NUMBERS),
        ("Half of the herders' income comes from wool and a third of the money for herders is spent.", NUMBERS),
        ("Nearly half of the poor villages have clinics.", NUMBERS),
        # With their number and coordinated modifiers; a plural before ``and`` is a noun of its own.
        ("Nearly [two-thirds](PERCENT value=66.67 qualifier=approx) of the township's "
         "[1,860](COUNT value=1860 unit=household) poor and formerly poor households take part.", NUMBERS),
        ("A third of the villages and households have wells.", ("PERCENT",)),
        # Coordinated modifiers before the counted noun, even one that is also a noun (``the poor``).
        ("it sent [300](COUNT value=300 unit=cadre) village and township cadres", NUMBERS),
        ("it merged [12](COUNT value=12 unit=district) districts and counties", NUMBERS),
        # ``the poor``, the subject of a change, counts people; not as a modifier.
        ("By that measure the rural poor fell from [94.22 million](COUNT value=94220000 unit=person) at the end "
         "of 2000 to [26.88 million](COUNT value=26880000 unit=person) at the end of 2010.", NUMBERS),
        ("the poor villages fell from [300](COUNT value=300 unit=) to [120](COUNT value=120 unit=)", NUMBERS),
        # A multiplier is no count; a number of occasions is.
        ("about [128 million](COUNT value=128000000 unit=person) rural people fall below it, more than four "
         "times the number counted under the old line", NUMBERS),
        ("The line was adjusted [three](COUNT value=3 unit=time) times based on prices.", NUMBERS),
        # A programme named with numbers before capitalised words that end in ``Plan``.
        ("when the National 8-7 Poverty Reduction Plan set the agenda", NUMBERS),
        ("it drew up [8](COUNT value=8 unit=plan) poverty reduction plans", NUMBERS),
        # ``Each family`` rates the amounts of its clause, as ``each household`` does.
        ("Each family received an 80-square-meter house and a one-off grant of "
         "[10,000 yuan](MONEY value=10000 per=household).", ("MONEY",)),
        ("The family received a one-off grant of [10,000 yuan](MONEY value=10000 per=).", ("MONEY",)),
        # An article after a count opens a rate or a date, not its noun.
        ("The number of poor fell to [80,000](COUNT value=80000 unit=person per=), down from "
         "[120,000](COUNT value=120000 unit=person per=) a year before.", NUMBERS),
        ("The plant trains [3,000](COUNT value=3000 unit=person per=) people, [600](COUNT value=600 unit=person "
         "per=year) a year in the county.", NUMBERS),
        # ``N of them``: the group named before, a plural noun or one said of every member.
        ("Each pupil in the township now has a desk, and [40](COUNT value=40 unit=person) of them board.", NUMBERS),
        ("Years ago the hamlets had few wells; now the herders are richer and [300](COUNT value=300 unit=person) "
         "of them own trucks.", NUMBERS),
        # What a figure is given for each of, said after it.
        ("Growers get [800 yuan](MONEY value=800 per=mu) for each mu of tea planted.", NUMBERS),
        ("Each household got [15](COUNT value=15 unit=mu) mus of land.", NUMBERS),
        ("The city paid [3,000 yuan](MONEY value=3000 per=person) for every student enrolled.", NUMBERS),
        ("It spent [4 million yuan](MONEY value=4000000 per=) for each of the counties.", NUMBERS),
    ],
    "date": [
        # ``the past year``, like ``the past ten years``, ends the year before publication.
        ("In [the past year](DATE 2019), they moved.", ("DATE",)),
        ("income rose over [the past year](DATE 2019)", ("DATE",)),
        ("over [the past few years](DATE) it rose", ("DATE",)),
        ("Released [June 28, 2020](DATE 2020 date=2020-06-28).", ("DATE",)),
        ("Updated: [Nov 16, 2011](DATE 2011 date=2011-11-16)", ("DATE",)),
        ("[2018-08-31](DATE 2018 date=2018-08-31) 09:35:20", ("DATE",)),
        ("Published: [2012-8-28](DATE 2012 date=2012-08-28)", ("DATE", "COUNT")),
        # A month glued to the word before it still opens a date.
        ("Published[August 29, 2017](DATE 2017 date=2017-08-29)\nThe poor fell to within "
         "[100,000](COUNT value=100000 qualifier=under) people.", ("DATE", "COUNT")),
        # A bracket glued to a word before a figure opens a token; "U.S dollars" are dollars; a
        # number led by zeros is a code.
        ("invested [54.16 million yuan](MONEY value=54160000 unit=CNY)([$8 million](MONEY value=8000000 unit=USD)) "
         "and [460 million U.S dollars](MONEY value=460000000 unit=USD); Town Group Co.Ltd(000061)", ("MONEY", "COUNT")),
        # A day before its month is a date, not a count.
        ("Guiyang, [20 Jan](DATE 2020 date=2020-01-20) (Xinhua) -- said on [20 January](DATE 2020 date=2020-01-20) "
         "that [30](COUNT value=30) counties left", ("DATE", "COUNT")),
        # A bracket glued to a question mark still opens a token.
        ("What comes in the next step?([2023-02-23](DATE 2023 date=2023-02-23))", ("DATE", "COUNT")),
        # A range runs upwards: "38.1% to 23.6%" is a fall, two figures.
        ("fell from [35.6%](PERCENT value=35.6) to [26%](PERCENT value=26) and [38.1%](PERCENT value=38.1) to "
         "[23.6%](PERCENT value=23.6), and [5 to 10 percent](PERCENT value=5 high=10)", ("PERCENT",)),
        # A year, a spaced dash and a smaller number are no range.
        ("rose to [30,000 yuan](MONEY 30000 unit=CNY) in [2012](DATE 2012) \u2013 100 times more", ("DATE", "COUNT", "MONEY")),
        ("[Since 2004](DATE 2004-2020), output grew.", ("DATE",)),
        ("by [the end of 2019](DATE 2019 date=2019-12)", ("DATE",)),
        ("in [May 2020](DATE 2020 date=2020-05)", ("DATE",)),
        ("by [the end of October](DATE 2020 date=2020-10)", ("DATE",)),
        ("during [the 13th Five-Year Plan period](DATE 2016-2020)", ("DATE",)),
        ("in [the 1980s](DATE 1980-1989)", ("DATE",)),
        ("the [2012-13](DATE 2012-2013) season", ("DATE",)),
        ("[this year](DATE 2020) and [next year](DATE 2021)", ("DATE",)),
        ("[between 2001 and 2010](DATE 2001-2010)", ("DATE",)),
        ("announced on [Monday](DATE 2020)", ("DATE",)),
        ("in [the next three years](DATE 2020-2022)", ("DATE",)),
        ("on [Nov. 18](DATE 2019 date=2019-11-18), [Nov.27,2020](DATE 2020 date=2020-11-27)", ("DATE",)),
        ("updatetime:[2020-10-15](DATE 2020) 17:13:42", ("DATE",)),
        ("[From 2017 to the end of September this year](DATE 2017-2020), firms signed deals", ("DATE",)),
        # An initialism typed with spaces is the same currency; a plural in -ves of a noun
        # in -ve keeps the e.
        ("cost [149.3 million U. S. dollars](MONEY 149300000 unit=USD)", ("MONEY", "COUNT")),
        ("has [12](COUNT 12 unit=reserve) nature reserves and [30](COUNT 30 unit=wolf) wolves", ("COUNT",)),
        # Quotation marks around the counted noun; livestock counted in head; grassroots modifies.
        ('[100](COUNT 100 unit=school) "sister schools" and [163](COUNT 163 unit=workshop) \'poverty alleviation '
         'workshops\'', ("COUNT",)),
        ("[1.415 million](COUNT 1415000 unit=head) livestock and [800,000](COUNT 800000 unit=person) grassroots "
         "health workers", ("COUNT",)),
        # The population a long subject names is what a bare number counts, not the count before.
        ("all [57](COUNT 57 unit=banner) poor banners will exit. The region's poor population living below the "
         "country's poverty line in the region's rural and pastoral areas have been reduced to [152,400](COUNT 152400 "
         "unit=person)", ("COUNT",)),
        # A scaled second amount said without its currency is money in the first one's.
        ("rose from [41.6 billion yuan](MONEY 41600000000 unit=CNY) in 2007 to [168.9 billion](MONEY 168900000000 "
         "unit=CNY) in 2016", ("MONEY", "COUNT")),
        ("gave [2 billion yuan](MONEY 2000000000 unit=CNY) to [1.2 billion](COUNT 1200000000 unit=person) people",
         ("MONEY", "COUNT")),
        # A byline's fields joined by a pipe: the day is no count.
        ("By Vivian Yan|[Sep 10,2020](DATE 2020 date=2020-09-10)", ("DATE", "COUNT")),
        # "the end of the year" is of the year named last, else of the publication's.
        ("In [2019](DATE 2019), output rose. At [the end of the year](DATE 2019 date=2019-12), stocks were high.",
         ("DATE",)),
        ("By [the end of the year](DATE 2020 date=2020-12), all will move.", ("DATE",)),
        ("the end of the yearly cycle", ("DATE",)),
        # A year before a capitalised word in running text names a title's year, not a count.
        ("Communique of Hunan on the [2019](DATE 2019) National Economic and Social Development",
         ("DATE", "COUNT")),
        ("Village Relocates [2000](COUNT value=2000 unit=household) Households", ("DATE", "COUNT")),
        ("they moved [2000](COUNT value=2000 unit=household) households", ("DATE", "COUNT")),
        ("[From January to October](DATE 2020 date=2020-10), spending rose.", ("DATE",)),
        ("sales in the [January-September](DATE 2020 date=2020-09) period", ("DATE",)),
        ("In [January-September 2019](DATE 2019 date=2019-09), sales rose.", ("DATE",)),
        ("in [the first three quarters](DATE 2019 date=2019-09) income grew", ("DATE",)),  # published in June
        ("In [2012](DATE 2012), it began; [since then](DATE 2012-2020), it grew.", ("DATE",)),
        ("It was 2.9 million in [2004](DATE 2004), against 3.1 million [the previous year](DATE 2003).",
         ("DATE",)),
        ("[the first half of 2020](DATE 2020 date=2020-06)", ("DATE",)),
        # "That year", "at year end" point back to the year the text speaks of: not to a base
        # compared with, nor to the open end of "since".
        ("In [2018](DATE 2018) the stock was 150,000, down from 331,000 at [the end of 2017](DATE 2017 date=2017-12); "
         "at [year end](DATE 2018 date=2018-12) it rose.", ("DATE",)),
        ("In [2018](DATE 2018) the count rose by 2.4 points over [the previous year](DATE 2017); during "
         "[the year](DATE 2018) it grew.", ("DATE",)),
        ("Sales grew in [2015](DATE 2015) and have doubled [since 2016](DATE 2016-2020); by "
         "[the year-end](DATE 2015 date=2015-12) they had risen.", ("DATE",)),
        # Published 2020-06-28 (the default of these cases).
        ("since the 18th CPC National Congress in [2012](DATE 2012-2020), incomes rose", ("DATE",)),
        # An event named without its year dates the period by the event's year (named_events.csv).
        ("[Since the 19th Party Congress](DATE 2017-2020), 30 counties have left the list", ("DATE",)),
        ("wages rose [since the reform and opening-up](DATE 1978-2020) began", ("DATE",)),
        ("it will spend 5 billion yuan over [the next decade](DATE 2020-2029)", ("DATE",)),
        # Consecutive years end in the year the sentence is about, else the publication's.
        ("It stayed above 1,000 for [the fourth consecutive year](DATE 2017-2020). In [2019](DATE 2019), for "
         "[the 19th straight year](DATE 2001-2019), it rose. It rose [two years in a row](DATE 2018-2019).", ("DATE",)),
        # The N years since an event the text does not date: up to the publication's year.
        ("In [the six years since](DATE 2014-2020) the strategy was introduced, it has invested much", ("DATE",)),
        ("in [the first decade of this century](DATE 2001-2010), it halved", ("DATE",)),
        ("[Since 2004](DATE 2004-2020), output rose in [2010](DATE 2010).", ("DATE",)),
        # A date written month first or with the month's name between hyphens; a month and
        # day before a comma and a count.
        ("GPIG, [10-20-2017](DATE 2017 date=2017-10-20); updated [11-Mar-2020](DATE 2020 date=2020-03-11)",
         ("DATE",)),
        ("As of [April 15](DATE 2020 date=2020-04-15), [300](COUNT value=300 unit=village) villages had exited.",
         ("COUNT", "DATE")),
        # "by then": the target year the text named last.
        ("By [2025](DATE 2025) incomes will rise; the share should pass 50 percent by [then](DATE 2025).", ("DATE",)),
        # Since a season or a month of a year: from that year.
        ("[Since late 2015](DATE 2015-2020) it gave much; [since November 2012](DATE 2012-2020) more.", ("DATE",)),
        # A period to a month of a year; the years that end with a year named; a year glued to
        # its edge; past years counted loosely.
        ("[From 2016 to May of 2020](DATE 2016-2020 date=2020-05), 417,500 came.", ("DATE",)),
        ("In [the five years to December 2017](DATE 2013-2017 date=2017-12), it fell.", ("DATE",)),
        ("It was 52 percent by [end-2021](DATE 2021 date=2021-12) and 60 at [mid-2022](DATE 2022 date=2022-06).",
         ("DATE",)),
        ("over [the past 10 plus years](DATE 2010-2019) it grew", ("DATE",)),
        # A decade ago counts back from the publication; this season is the publication's year.
        ("[A decade ago](DATE 2010), nobody came; [this summer](DATE 2020) many did.", ("DATE",)),
        ("last winter many came", ("DATE",)),
        # "The first N years" of the period named last.
        ("[Since 1996](DATE 1996-2020), aid has flowed; in [the first 10 years](DATE 1996-2005) it built wells.",
         ("DATE",)),
        ("in the first years it built wells", ("DATE",)),
        # A count of the years since a start gives the end; one past the publication does not.
        ("in the eight years [since 2012](DATE 2012-2020), funds doubled", ("DATE",)),
        ("in the 12 years [since 2012](DATE 2012-2020), funds doubled", ("DATE",)),
        ("770 million people escaped poverty since the country's reform and opening up in "
         "[the late 1970s](DATE 1977-2020)",
         ("DATE",)),
        ("it began in [the late 1970s](DATE 1977-1979)", ("DATE",)),
        ("[From October 2018 to March 2019](DATE 2018-2019), seedlings were planted", ("DATE",)),
        ("over [the past four decades](DATE 1980-2019)", ("DATE",)),
        ("in [the past decades](DATE year_start= year_end=2019)", ("DATE",)),
        ("in [the past decade](DATE 2010-2019)", ("DATE",)),
        ("in [the past decade and a half](DATE 2005-2019)", ("DATE",)),
        # A year's end the period ends with leaves "the period" the period; part of a year does not.
        ("Over [the past five years](DATE 2015-2019), aid grew. By [the end of last year](DATE 2019), 90 percent "
         "were covered. Access reached 80 percent over [the period](DATE 2015-2019).", ("DATE",)),
        ("Over [the past five years](DATE 2015-2019), aid grew. In [the first half of last year](DATE 2019), "
         "income rose. Guizhou grew 11 percent for [the period](DATE 2019).", ("DATE",)),
        ("over [the past two and a half decades](DATE 1995-2019)", ("DATE",)),
        ("a village of mud huts [two and a half decades ago](DATE 1995)", ("DATE",)),
        ("a village of mud huts [20 years ago](DATE 2000)", ("DATE",)),
        ("the village was completed in [December two years ago](DATE 2018)", ("DATE",)),
        # Half a year more reaches into the year before (published 2020-06-28).
        ("[Two and a half years ago](DATE 2017), and in [the past one and a half years](DATE 2018-2019)",
         ("DATE",)),
        ("up 8 percent on [the same period of last year](DATE 2019)", ("DATE",)),
        ("up 8 percent from [the same period last year](DATE 2019)", ("DATE",)),
        ("lifted [between 2012 and last year](DATE 2012-2019)", ("DATE",)),
        ("has issued loans [since last year](DATE 2019-2020)", ("DATE",)),
        ("[Since the beginning of last year](DATE 2019-2020), 300 projects were approved", ("DATE",)),
        ("[Between 2012 and 2016](DATE 2012-2016), aid grew. In [the four years](DATE 2012-2016), it doubled.",
         ("DATE",)),
        ("[From 2013 to now](DATE 2013-2020), it grew", ("DATE",)),
        ("[55 million](COUNT value=55000000 unit=person) left poverty", ("COUNT",)),
        # "of them" counts the group counted in the sentences just before.
        ("A plant employs [30](COUNT unit=person) local people.\n\nYoung people are also coming home. Since 2017, "
         "[43](COUNT value=43 unit=person) of them have returned.", ("COUNT",)),
        ("quit the list on [February 25 and 27, 2017](DATE 2017 date=2017-02-27)", ("DATE", "COUNT")),
        ("the team visited [from August 25 to 27](DATE 2020 date=2020-08-27)", ("DATE", "COUNT")),
        ("output rose in [June last year](DATE 2019 date=2019-06)", ("DATE",)),
        ("the agency reported in [January](DATE 2020 date=2020-01).", ("DATE",)),
        ("In [March 2008](DATE 2008 date=2008-03) it planned moves over [the following five years](DATE 2008-2012).",
         ("DATE",)),
        ("It will move them in [the next three years](DATE 2020-2022).", ("DATE",)),
        ("prices may rise in May 2019 and may fall", ("MONEY",)),
        ("In [2011](DATE 2011), it began. [Throughout the year](DATE 2011), it donated more.", ("DATE",)),
        ("by [the end of this year](DATE 2020)", ("DATE",)),
        ("[Between the close of 2012 and the end of 2017](DATE 2012-2017 date=2017-12), it fell.", ("DATE",)),
        ("[from the end of 2012 to the end of 2017](DATE 2012-2017 date=2017-12)", ("DATE",)),
        ("[From 1978 to 2017](DATE 1978-2017), it fell, the NBS said on [Monday](DATE 2020); "
         "[the same time period](DATE 1978-2017) saw growth.", ("DATE",)),
        ("[From 1978 to 2017](DATE 1978-2017), it fell, the NBS said [June 3](DATE 2020 date=2020-06-03). "
         "The ratio dropped during [the same time period](DATE 1978-2017).", ("DATE",)),
        ("In [2012](DATE 2012) it began, he said [today](DATE 2020); "
         "[that year](DATE 2012) was hard.", ("DATE",)),
        # Published 2020-06-28: "last <month>" is the latest such month before June.
        ("the counties removed [last November](DATE 2019 date=2019-11)", ("DATE",)),
        ("the plant opened [last March](DATE 2020 date=2020-03)", ("DATE",)),
        ("sales rose [last month](DATE 2020 date=2020-05)", ("DATE",)),
        ("by [the end of last year](DATE 2019 date=2019-12)", ("DATE",)),
        ("in [the first ten months of this year](DATE 2020 date=2020-10)", ("DATE",)),
        ("by [the end of this year](DATE 2020 date=2020-12)", ("DATE",)),
        ("it has sent aid to Gansu since the two provinces were paired up under the east-west cooperation "
         "program in [2016](DATE 2016-2020)", ("DATE",)),
        # Pointers back to a period: the last one named of that length, or the last period.
        ("[From 2016 to 2020](DATE 2016-2020) it grew; it rose 8 percent [last year](DATE 2019), and over "
         "[the five years](DATE 2016-2020) 10 percent a year.", ("DATE",)),
        ("Over [the past ten years](DATE 2010-2019) it grew, and in [those ten years](DATE 2010-2019) it doubled.",
         ("DATE",)),
        ("the input totaled 20 billion yuan in [these ten years](DATE 2010-2019)", ("DATE",)),
        ("Spending doubled in the two years.", ("DATE",)),
        ("Over [the past five years](DATE 2015-2019) 600,000 left poverty. [Since 2016](DATE 2016-2020) 200,000 "
         "moved. Over [the five years](DATE 2015-2019) it spent 80 billion yuan.", ("DATE",)),
        ("Over [the past five years](DATE 2015-2019) it grew. [From 2016 to 2020](DATE 2016-2020) it moved "
         "people, and over [the five years](DATE 2015-2019) it spent more.", ("DATE",)),
        ("Over [the past three years](DATE 2017-2019) it grew. [Since 2016](DATE 2016-2020) it moved people, "
         "and over [the five years](DATE 2016-2020) it spent more.", ("DATE",)),
        ("The five years [from 2016 to 2020](DATE 2016-2020) were hard.", ("DATE",)),
        ("[Between 2016 and 2020](DATE 2016-2020) it rose to 9 billion yuan in [2020](DATE 2020), and "
         "spending totaled 18 billion yuan over [the period](DATE 2016-2020).", ("DATE",)),
        ("[From 2016 to 2019](DATE 2016-2019) it grew. In [the first half of 2020](DATE 2020 date=2020-06) exports "
         "rose, as did imports in [the same period](DATE 2020).", ("DATE",)),
        ("[Two years ago](DATE 2018) they voted; [that evening](DATE 2018) 23 households signed up.", ("DATE",)),
    ],
    "place": [
        # A named area that is no division: a macro region in its province.
        ("a small mountain village in [Xihaigu](PLACE name=Xihaigu level=macro_region "
         "province=Ningxia_Hui_Autonomous_Region), where drought", ("PLACE",)),
        # A county or larger place before a lower-case village or town word says where it lies.
        ("how visitors changed a [Hunan](PLACE name=Hunan level=province) village", ("PLACE",)),
        ("buses help a [Henan](PLACE name=Henan level=province) county", ("PLACE",)),
        ("herders of [Henan County](PLACE name=Henan_Mongol_Autonomous_County level=county)", ("PLACE",)),
        # Another spelling of a listed name, with its unit word, is the listed place.
        ("herders of [Wulanchabu City](PLACE name=Ulanqab level=prefecture code=150900)", ("PLACE",)),
        ("roads reached [Metok County](PLACE name=Medog_County level=county code=540423)", ("PLACE",)),
        ("in [Qahar Right Wing Middle Banner](PLACE name=Qahar_Right_Middle_Banner code=150927)", ("PLACE",)),
        ("tea grows in this Li village and in a Miao town", ("PLACE",)),
        # A name set off before "a ... village" is that village; a person so described is not.
        ("[Shibadong](PLACE name=Shibadong_Village level=village), a Miao village in the mountains, grew.",
         ("PLACE",)),
        ("Zhu, a village official, said so; Li, a farmer in the village, agreed.", ("PLACE",)),
        # A town or village the text names is no county of its name elsewhere, and its bare name
        # stays the town; a county before a lower-case unit word describes it only after a determiner.
        ("[Lantian](PLACE name=Lantian_Town level=township), a town in [Chengkou county](PLACE level=county), grew; "
         "tourists visited [Lantian](PLACE name=Lantian_Town level=township).", ("PLACE",)),
        ("Zhang lives in [Boli village](PLACE name=Boli_Village level=village).", ("PLACE",)),
        # A bare place name after a surname is a person's given name.
        ("General Secretary Xi Jinping spoke of grain.", ("PLACE",)),
        # A pronoun or a verb opening a sentence is no part of a village's name.
        ("His village lies high. Take [Wangdazhuang village](PLACE name=Wangdazhuang_Village level=village), "
         "for example.", ("PLACE",)),
        ("In [Shidian County](PLACE level=county), the [Jianshan village](PLACE name=Jianshan_Village "
         "level=village) grows tea.", ("PLACE",)),
        ("[Dazhuanguai](PLACE name=Dazhuanguai_Village level=village) is a village in "
         "[Longfeng Town](PLACE level=township); [Dazhuanguai](PLACE name=Dazhuanguai_Village) built cellars.",
         ("PLACE",)),
        # "Chinese" before a unit word in a headline is no name.
        ("Chinese County Bets on Tourism", ("PLACE",)),
        # A postal code and a country code without its plus are no counts.
        ("12 South Road, Lanzhou 730000, P. R. China. Tel: 86-931-8912345. It runs "
         "[40](COUNT value=40 unit=project) projects.", ("COUNT",)),
        # An age after a speaker's name ends a sentence too.
        ("\"Sales doubled,\" said Huang, 33. \"We hired [12](COUNT value=12 unit=person) people.\"", ("COUNT",)),
        # A Taobao village is a kind of village, named after the platform.
        ("To be labeled a Taobao Village, sales must reach 10 million yuan.", ("PLACE",)),
        # A prefecture's short name is read bare; a short county name or a given name is not.
        ("aid to [Aba](PLACE level=prefecture code=513200) and [Ganzi](PLACE level=prefecture) rose", ("PLACE",)),
        ("Ali said Usu grew", ("PLACE",)),
        # An adjective before a suffixed name is no part of it.
        ("Neighboring [Hotan County](PLACE name=Hotan_County level=county) moved 2,000 people.", ("PLACE",)),
        ("[Lop County](PLACE name=Lop_County level=county code=653224) lies near Lop Nur.", ("PLACE",)),
        ("he moved to [Minning town](PLACE name=Minning_Town level=township) in 1998", ("PLACE",)),
        # A town lies in the province of the county named before it in its sentence, not of a
        # province named there as a source of aid.
        ("In [Ongniud Banner](PLACE level=county) of [Chifeng](PLACE level=prefecture), [Beijing](PLACE "
         "level=province) aid built a cooperative in [Wudan Town](PLACE name=Wudan_Town level=township "
         "province=Inner_Mongolia_Autonomous_Region).", ("PLACE",)),
        # A name said to be a person's is the person's throughout, not Dawa District.
        ("Dawa, a Tibetan farmer, sells bronze in [Lhasa](PLACE level=prefecture). Dawa is the head of the "
         "cooperative.", ("PLACE",)),
        # So is a surname once a person's given name follows it: Duan, not Du'an County.
        ("Born in [Beichuan](PLACE level=county), Duan Zhixiu went to college. Duan's parents farm.", ("PLACE",)),
        # So is one after a person's role or before an age; a figure after the name is not an age.
        ("Dongsheng owns 40 yaks. A herdsman, Dongsheng, 28, lives in [Angsai Town](PLACE level=township).",
         ("PLACE",)),
        ("Some 23,600 workers from [Qiannan](PLACE level=prefecture), 14,900 of them poor, found work.", ("PLACE",)),
        # A word opening the sentence is no part of the name after it.
        ("Now [Yading Village](PLACE name=Yading_Village level=village) has 120 households. But [Pingshun "
         "County](PLACE level=county province=Shanxi) lifted 2,000 people.", ("PLACE",)),
        # An unlisted village lies in the province of the place it is located in right after,
        # not of the one named before it.
        ("Shops sell produce in [Longnan](PLACE level=prefecture), [Gansu province](PLACE level=province).\n"
         "[Yinguang village](PLACE name=Yinguang_Village level=village province=Guizhou) in [southwest China](PLACE "
         "level=macro_region)'s [Guizhou province](PLACE level=province) held a webcast.", ("PLACE",)),
        ("In [Gansu](PLACE level=province), [Wangdazhuang village](PLACE name=Wangdazhuang_Village level=village "
         "province=Henan) of [Ningling county](PLACE level=county) grows pears.", ("PLACE",)),
        # A title after a place is no given name: the place stays; an organisation does not.
        ("accompanied by [Yunnan](PLACE name=Yunnan level=province) Governor Ruan Chengfa", ("PLACE",)),
        ("a letter from the Yunnan Provincial Government", ("PLACE",)),
        ("said Li Jian of the office", ("PLACE",)),
        # A province before a lower-case county word describes the county; it names none.
        ("Walnuts put a [Gansu](PLACE name=Gansu level=province) county on the map", ("PLACE",)),
        # In a heading that capitalizes every word, a capital after a place is no given name.
        ("[Jiangsu](PLACE level=province) - [Qinghai](PLACE name=Qinghai level=province) Pairing Support\n\nThe work began.", ("PLACE",)),
        ("More Than 120,000 Workers Lifted out of Poverty in [Changde](PLACE name=Changde) Find Employment\n\nThe work "
         "began.", ("PLACE",)),
        ("The envoy met Qinghai Ma in the city", ("PLACE",)),
        # After a surname a place name is a given name, at the start of a line too.
        ("Host: Good morning.\n\nLi Hongwei: The number fell.", ("PLACE",)),
        ("Zhang Anding, a farmer, said so.", ("PLACE",)),
        ("Quan Xiping, a resident of the village, said so. By Wen Xinzheng in [Beijing](PLACE)", ("PLACE",)),
        # In capitals too: a byline or a photo credit.
        ("By MO JINGXI in [Beijing](PLACE) and YANG JUN in [Guiyang](PLACE) | China Daily", ("PLACE",)),
        ("Houses at [Zhaoxing village](PLACE name=Zhaoxing_Village level=village). LUO SIYANG/CHINA DAILY", ("PLACE",)),
        # A name before a manager's post is a person's.
        ("said You Yumin, deputy general manager of the park", ("PLACE",)),
        # Other spellings of an ethnic group in a unit's name; a group alone names no unit.
        ("funds for [Ili Kazakh Autonomous Prefecture](PLACE name=Ili_Kazak_Autonomous_Prefecture level=prefecture) and "
         "[Haixi Mongolian and Tibetan Autonomous Prefecture](PLACE level=prefecture)", ("PLACE",)),
        ("Mountain village gets a road", ("PLACE",)),
        # ü after l or n is also spelt yu, as passports do.
        ("the [Shanxi](PLACE level=province) city of [Lyuliang](PLACE name=Lüliang level=prefecture)", ("PLACE",)),
        ("An [Anhui](PLACE name=Anhui level=province) official said so.", ("PLACE",)),
        # An apostrophe mis-decoded (UTF-8 ’ read as GBK) inside a gazetteer name.
        ("support to [Pu\u00a1\u00afer City](PLACE name=Pu'er level=prefecture code=530800), totaling",
         ("PLACE",)),
        # A gazetteer variant with its own level word in lower case.
        ("a brook in [Qumalai county](PLACE name=Qumarleb_County code=632726) stretches", ("PLACE",)),
        ("in [Xiji county](PLACE name=Xiji_County level=county code=640422 province=Ningxia_Hui_Autonomous_Region)",
         ("PLACE",)),
        ("[Beichuan Qiang Autonomous County](PLACE code=510726) in [Sichuan Province](PLACE code=510000)",
         ("PLACE",)),
        ("[Minning Town](PLACE name=Minning_Town level=township)", ("PLACE",)),
        ("the [eastern regions](PLACE name=Eastern_China level=macro_region)", ("PLACE",)),
        ("[east China](PLACE name=Eastern_China)", ("PLACE",)),
        ("the [central and western regions](PLACE name=Central_and_Western_China)", ("PLACE",)),
        ("[southwest China](PLACE name=Southwest_China)'s [Guizhou Province](PLACE code=520000)", ("PLACE",)),
        ("[Southern Xinjiang](PLACE name=Southern_Xinjiang level=macro_region)", ("PLACE",)),
        ("workers from counties in [southern Ningxia](PLACE name=Southern_Ningxia level=macro_region "
         "province=Ningxia_Hui_Autonomous_Region)", ("PLACE",)),
        ("dry land in [western Inner Mongolia](PLACE name=Western_Inner_Mongolia level=macro_region)", ("PLACE",)),
        ("in southern [Ningxia Hui Autonomous Region](PLACE code=640000) and northern [Guizhou Province](PLACE)",
         ("PLACE",)),
        ("students of West Hunan University", ("PLACE",)),
        ("[Liangshan Yi Autonomous Prefecture](PLACE level=prefecture code=513400)", ("PLACE",)),
        ("[Kashgar](PLACE name=Kashgar level=prefecture)", ("PLACE",)),
        ("the Gansu Provincial Government said", ("PLACE",)),
        ("[Shandong](PLACE name=Shandong) donated 42.5 million Yuan.", ("PLACE",)),
        ("Help for [Liangshan](PLACE name=Liangshan_Yi_Autonomous_Prefecture)\r\n\r\n[Liangshan Yi Autonomous "
         "Prefecture](PLACE level=prefecture) had 11 poor counties.", ("PLACE",)),
        ("It lies in [Yinchuan](PLACE name=Yinchuan), [Ningxia](PLACE name=Ningxia_Hui_Autonomous_Region). "
         "Investors from [Fujian](PLACE name=Fujian) came. In [Yuanlong Village](PLACE name=Yuanlong_Village "
         "level=village province=Ningxia_Hui_Autonomous_Region), 1,998 households grow vegetables.", ("PLACE",)),
        ("[Fujian](PLACE name=Fujian) and [Fuzhou](PLACE name=Fuzhou) helped. In [Guizhou](PLACE name=Guizhou), "
         "[Dahe Village](PLACE name=Dahe_Village province=Guizhou) grew oranges.", ("PLACE",)),
        ("In [Hotan prefecture](PLACE name=Hotan level=prefecture), incomes rose", ("PLACE",)),
        ("[Minning (闽宁) Town](PLACE name=Minning_Town level=township)", ("PLACE",)),
        ("[BEIJING](PLACE name=Beijing), Sept. 3 (Xinhua) --", ("PLACE",)),
        ("People's Government of Guangxi Zhuang Autonomous Region approved it", ("PLACE",)),
        ("said Li Jian of the Guizhou Academy of Social Sciences", ("PLACE",)),
        ("since the Communist Party of China held its 18th National Congress", ("PLACE",)),
        ("at the Jiangsu-Shaanxi Entrepreneur Innovation and Development Conference", ("PLACE",)),
        ("the [Guizhou](PLACE)-[Yunnan](PLACE) border", ("PLACE",)),
        ("herders of the Qinghai-Tibet Plateau", ("PLACE",)),
        ("a fair in [Xi\u2019an](PLACE name=Xi'an level=prefecture)", ("PLACE",)),
        ("rain in [SW China](PLACE name=Southwest_China level=macro_region)", ("PLACE",)),
        ("in [Dehong Dai and Jingpo autonomous prefecture](PLACE name=Dehong_Dai_and_Jingpo_Autonomous_Prefecture)",
         ("PLACE",)),
        ("they moved to the town of [Minning](PLACE name=Minning_Town level=township)", ("PLACE",)),
        # Names listed before a plural unit word are places of that unit.
        ("people in [Diebu](PLACE name=Diebu_County code=623024) and [Ning](PLACE name=Ning_County code=621026) "
         "counties", ("PLACE",)),
        ("the Yi and Tibetan villages", ("PLACE",)),
        # A place name never runs across a line break.
        ("[Sichuan Province](PLACE name=Sichuan)\n[Liangshan Yi Autonomous Prefecture](PLACE code=513400)",
         ("PLACE",)),
        # A bare place name after another capitalized name is part of a person's name.
        ("the money will be spent, said Losum Dawa, head of the office", ("PLACE",)),
        ("* Under [China](PLACE name=China)'s scheme, [Fujian](PLACE) helps", ("PLACE",)),
        # The places of a nickname are no place of the text.
        ("Lunang has been dubbed \"China's Switzerland\".", ("PLACE",)),
        # A village lies where the towns and counties named are, not in the partner named most.
        ("[Shanghai](PLACE) leaders said [Shanghai](PLACE) will help. A [Shanghai](PLACE) team went to "
         "[Dali](PLACE province=Yunnan). In [Xiangyun Village](PLACE name=Xiangyun_Village province=Yunnan), "
         "incomes rose.", ("PLACE",)),
        ("[Minning Town](PLACE name=Minning_Town) grew. [Minning](PLACE name=Minning_Town level=township) "
         "was a village.", ("PLACE",)),
        ("it donated [42.5 million Yuan](MONEY value=42500000 unit=CNY) to [Chongqing](PLACE)", ("MONEY", "PLACE")),
        ("[China](PLACE name=China level=country) and the [United States](PLACE level=country)", ("PLACE",)),
        # A headline's adjective of rank before a unit names no place.
        ("[China](PLACE name=China level=country)'s Poorest Prefecture Eradicates Poverty", ("PLACE",)),
        ("[Tongren](PLACE name=Tongren level=prefecture province=Guizhou) in [Guizhou](PLACE code=520000)",
         ("PLACE",)),
        # A country naming a currency is no place, also where the amount is glued to it.
        ("an allowance of [16 yuan](MONEY value=16 unit=CNY) ([1.9US dollars](MONEY value=1.9 unit=USD)) and "
         "[204,848 US dollars](MONEY value=204848 unit=USD)", ("MONEY", "PLACE")),
        ("In this small village of [Nantian](PLACE name=Nantian_Village level=village), incomes rose.", ("PLACE",)),
        # A river named after its kind is no place; a village's name may have two words.
        ("on the bank of the boundary river Beilun, [Dongxing](PLACE) grew", ("PLACE",)),
        ("He lives in the village of [Shelkar Monba](PLACE name=Shelkar_Monba_Village level=village).", ("PLACE",)),
        # A bank's branch named after a city is an organisation.
        ("a loan from the Xi'an branch of the Postal Savings Bank to [Qinhan New City](PLACE)", ("PLACE",)),
        # A preposition opening a sentence is no part of a name.
        ("Within [Wudu district](PLACE name=Wudu_District) in [Longnan](PLACE), farms grew.", ("PLACE",)),
        ("Except [Wuhai City](PLACE name=Wuhai), all 11 cities set up offices.", ("PLACE",)),
    ],
}

def cases():
    for origin, rows in CASES.items():
        for i, (marked, types) in enumerate(rows):
            yield pytest.param(marked, types, id=f"{origin}-{i}")


@pytest.mark.parametrize("marked,types", list(cases()))
def test_annotate_marks_and_reads(run_text, marked, types):
    text, expected = parse_case(marked)
    expected = [e for e in expected if e["type"] in types]
    _, mentions, _, _ = run_text(text)
    found = [(m.type, m.start, m.end) for m in mentions if m.type in types]
    assert found == [(e["type"], e["start"], e["end"]) for e in expected], \
        f"{text!r}: found {[(t, text[s:e]) for t, s, e in found]}"
    for e, m in zip(expected, [m for m in mentions if m.type in types]):
        got = reading_fields(m.reading)
        wanted = {k: v for k, v in e.items() if k not in ("type", "start", "end", "text")}
        if "high" not in wanted:
            got.pop("high", None)
        assert {k: got.get(k, "") for k in wanted} == wanted, f"{m.text!r} read as {got}"


@pytest.mark.parametrize("published,marked", [
    ("2021-01-25", "nine counties left the list [last November](DATE 2020 date=2020-11)"),
    ("2024-06-30", "[Since last November](DATE 2023-2024 date=), his broadcasts have generated 13,200 orders"),
    ("2021-01-25", "output fell [last month](DATE 2020 date=2020-12)"),
    ("2020-05-20", "they moved [last December](DATE 2019 date=2019-12)"),
    ("2020-05-20", "they moved [last May](DATE 2019 date=2019-05)"),
    ("2024-01-24", "incomes rose 6.8 percent in [the first quarter](DATE 2023 date=2023-03)"),
    ("2021-02-08", "the final nine counties were delisted in [November](DATE 2020 date=2020-11)"),
    ("2021-02-08", "the last counties will be delisted in [November](DATE 2021 date=2021-11)"),
    ("2021-02-08", "all counties must finish the work by [November](DATE 2021 date=2021-11)"),
    ("2021-02-08", "the fair opened in [January](DATE 2021 date=2021-01)"),
    ("2021-02-08", "In [2016](DATE 2016 date=) work began. [The following year](DATE 2017 date=) more counties left."),
    ("2021-04-06", "over [the past century](DATE 1921-2020 date=) the Party led"),
    ("2018-05-01", "[Since the start of the 12th Five-Year Plan](DATE 2011-2018 date=) the city has invested"),
    ("2019-05-01", "[Five or six years ago](DATE 2013-2014 date=), he earned little"),
    ("2023-05-01", "[since the end of the 12th Five-Year Plan period](DATE 2015-2023 date=) work went on"),
    # "That period" after a period a point of its own sentence closes is the period, not the point.
    ("2019-03-14", "It lifted 80 million people in [the past 6 years](DATE 2013-2018 date=), down from 98.99 million "
     "at [the end of 2012](DATE 2012 date=2012-12) to 16.6 million at [the end of last year](DATE 2018 date=2018-12)."
     " Over 13 million people a year left poverty during [that period](DATE 2013-2018 date=)."),
    ("2017-10-10", "in [the 1980s](DATE 1980-1989 date=) of [last century](DATE 1901-2000 date=) the line was low"),
    # Since a decade runs from it, or the part of it named, to the publication.
    ("2021-04-06", "[Since the late 1970s](DATE 1977-2021 date=), 770 million people left poverty"),
    ("2021-04-06", "incomes have risen [since the 1980s](DATE 1980-2021 date=)"),
    # N decades ago counts back ten years each; since an event N years or decades ago runs to the publication.
    ("2015-12-04", "[Three decades ago](DATE 1985-1985 date=), 500 people lived there"),
    ("2015-12-04", "spent 8 billion yuan since it was founded [five years ago](DATE 2010-2015 date=)"),
    ("2015-12-04", "spent 9 billion yuan since introducing the policy [three decades ago](DATE 1985-2015 date=)"),
    ("2018-03-01", "launched 224 policies since the congress was held in [October last year](DATE 2017-2018 date=)"),
    ("2020-05-23", "Guangxi has helped 4.5 million people escape poverty in [four years](DATE 2016-2019 date=)"),
    ("2021-07-01", "the Party was founded in [1921](DATE 1921 date=), and the [1933](DATE 1933 date=) novel"),
    ("2023-06-16", "It left the list in [2019](DATE 2019 date=), down from 21.5 percent [five years earlier](DATE 2014 date=)."),
    ("2023-06-16", "The plant opened in [2010](DATE 2010 date=); [three years later](DATE 2013 date=) it closed."),
    ("2023-06-16", "Output doubled [five years earlier](DATE 2018 date=)."),
    # "N years earlier", "a year earlier" count from the time the statement is about: the
    # latest year named before it in its sentence, else in the last sentence naming one; a
    # comparison base, a "since" period's end and a dateline's day are no such time.
    ("2019-01-22", "By [the end of 2018](DATE 2018 date=2018-12) it had 2,317 poor, down from 77,350 in "
                   "[2014](DATE 2014 date=). Incidence stood at 0.33 percent, against 10.2 percent "
                   "[four years earlier](DATE 2014 date=). Income rose 9.1 percent from [a year earlier](DATE 2017 date=)."),
    ("2021-02-24", "Fujian, its partner [since 1996](DATE 1996-2021 date=), took in 86,000 workers "
                   "[last year](DATE 2020 date=). Their wage rose from 41,500 yuan [a year earlier](DATE 2019 date=)."),
    ("2019-02-14", "BEIJING, [Feb. 14](DATE 2019 date=2019-02-14) (Xinhua) -- It lifted 13.86 million people "
                   "[last year](DATE 2018 date=). Incidence fell 1.4 points from [a year earlier](DATE 2017 date=)."),
    ("2023-06-16", "The plant opened in [2010](DATE 2010 date=). [Three years later](DATE 2013 date=) it closed. "
                   "[Two years later](DATE 2015 date=) it reopened."),
    ("2011-11-21", "In [2010](DATE 2010 date=), 66 percent lived in the west, up from 61 percent "
                   "[a decade earlier](DATE 2000 date=)."),
    # "the previous decade": the ten years before the time named last; "the past decade" the
    # ten before the publication's year.
    ("2011-11-21", "The Outline years, [2001 to 2010](DATE 2001-2010 date=), are measured against "
                   "[the previous decade](DATE 1991-2000 date=)."),
    ("2011-11-21", "unlike [the previous decade](DATE 2001-2010 date=)"),
    ("2011-11-21", "In [2005](DATE 2005 date=), over [the past decade](DATE 2001-2010 date=)"),
    # "the end of the century": of the year named last, else of the publication's (2100: undated).
    ("2011-11-21", "Launched in [1994](DATE 1994 date=), it promised to end hunger by "
                   "[the end of the century](DATE 2000 date=)."),
    ("2011-11-21", "It may last to [the end of the century](DATE year_start= year_end= date=)."),
    ("2024-01-24", "incomes rose in [the first three quarters](DATE 2023 date=2023-09)"),
    ("2024-01-24", "incomes will rise in [the first quarter of this year](DATE 2024 date=2024-03)"),
    ("2019-10-18", "incomes rose in [the first three quarters](DATE 2019 date=2019-09)"),
    ("2023-12-05", "growth slowed in [the fourth quarter](DATE 2023 date=2023-12)"),
])
def test_annotate_reads_relative_to_publication(run_text, published, marked):
    """Dates read relative to the publication or to the time a statement is about: months
    across the turn of a year, parts of a year, and years counted back or on."""
    text, expected = parse_case(marked)
    _, mentions, _, _ = run_text(text, published=published)
    found = [m for m in mentions if m.type == "DATE"]
    assert [(m.start, m.end) for m in found] == [(e["start"], e["end"]) for e in expected]
    for e, m in zip(expected, found):
        got = reading_fields(m.reading)
        assert {k: got[k] for k in ("year_start", "year_end", "date")} == \
            {k: e[k] for k in ("year_start", "year_end", "date")}, f"{m.text!r} read as {got}"


@pytest.mark.parametrize("text,unit", [
    ("the dam holds 3.5 million cubic meters of water", "cubic meter"),
    ("flats of 100 square metres each", "square meter"),
    ("the park covers 123,100 square km", "square kilometer"),
    ("the park covers 40 sq km", "square kilometer"),
    ("the stations sold 20 million kilowatt hours", "kilowatt-hour"),
])
def test_annotate_reads_units_of_two_words(run_text, text, unit):
    """Units written as two words, which the inline markup cannot spell."""
    _, mentions, _, _ = run_text(text)
    assert [reading_fields(m.reading)["unit"] for m in mentions if m.type == "COUNT"] == [unit]


@pytest.mark.parametrize("text", ["Over the next 50 years the fund will grow.", "It was set up 130 years ago."])
def test_annotate_leaves_a_time_outside_the_tables_undated(run_text, text):
    """A DATE whose years the tables cannot hold (1900-2059) keeps its span, not its years,
    so one bulletin cannot fail the run's validation."""
    _, mentions, _, _ = run_text(text, published="2024-01-01")
    (date,) = [m for m in mentions if m.type == "DATE"]
    assert (date.reading.year_start, date.reading.year_end) == (None, None)


def test_annotate_drops_a_period_whose_length_it_cannot_read(run_text):
    """A length in words the number reader cannot read is no date, and the bulletin goes on."""
    _, mentions, _, _ = run_text("Two thirds years ago, he earned 3,000 yuan.", published="2019-02-22")
    assert [m.type for m in mentions] == ["MONEY"]


@pytest.mark.parametrize("published,years", [("2016-12-26", (2017, 2019)), ("2016-06-26", (2016, 2018))])
def test_annotate_next_years_said_in_december_start_next_year(run_text, published, years):
    """"The next three years" said in December are the three calendar years to come."""
    _, mentions, _, _ = run_text("It will relocate 1 million people in the next three years.", published=published)
    (date,) = [m for m in mentions if m.type == "DATE"]
    assert (date.reading.year_start, date.reading.year_end) == years
