"""Resolve: each value's indicator, years (with how they were found) and place."""
from __future__ import annotations

import pytest

from pipeline.model import Bulletin
from pipeline.resolve import Resolver
from pipeline.resolve.cues import CHINA, RANKED_FIELD, STATEMENT_VENUE, MentionIndex
from pipeline.resolve.when import DocumentTime, lead_sentence, names_past_time
from pipeline.resolve.where import document_place, is_dateline

# A feature story that names its village two paragraphs before the figures that follow it.
RELOCATION_STORY = ("Relocation in Guizhou\n\nResidents of rocky areas in Guizhou province are moving to new homes.\n\n"
                    "In Ma'an village, in Taoyuan county, relocation plans were made in 2006 after a landslide "
                    "struck.\n\nSince then, new houses have been built on what is called Friendship Street.\n\n")

# (text, value text, indicator, year_start, year_end, time_basis, place)
RECORDS = [
    ("Financial input went up from 12.75 billion yuan in 2001 to reach 34.93 billion yuan in 2010.",
     "12.75 billion yuan", "funding", 2001, 2001, "explicit", "China"),
    ("Financial input went up from 12.75 billion yuan in 2001 to reach 34.93 billion yuan in 2010.",
     "34.93 billion yuan", "funding", 2010, 2010, "explicit", "China"),
    ("Over the past ten years, input grew fast.\nThe accumulative input totaled 204.38 billion yuan.",
     "204.38 billion yuan", "funding", 2010, 2019, "context", "China"),
    ("Banks extended 40.993 billion yuan of such loans in 2019.",
     "40.993 billion yuan", "loans", 2019, 2019, "explicit", "China"),
    ("Their average annual net income rose to 11,487 yuan this year.",
     "11,487 yuan", "income", 2020, 2020, "explicit", "China"),
    ("It is well above the 4,000-yuan national poverty line.",
     "4,000-yuan", "poverty_line", 2020, 2020, "publication", "China"),
    ("Poverty incidence dropped to 0.6 percent at the end of 2019.",
     "0.6 percent", "poverty_rate", 2019, 2019, "explicit", "China"),
    ("Its average annual growth rate stood at 11.9 percent in 2010.",
     "11.9 percent", "growth_rate", 2010, 2010, "explicit", "China"),
    ("In 2019, 13.86 million people were lifted out of poverty.",
     "13.86 million", "people_lifted", 2019, 2019, "explicit", "China"),
    ("Guangxi Zhuang Autonomous Region said its 240,000 residents are still impoverished.",
     "240,000", "poor_population", 2020, 2020, "publication", "Guangxi Zhuang Autonomous Region"),
    ("Sichuan relocated 1.36 million impoverished people by 2020.",
     "1.36 million", "people_relocated", 2020, 2020, "explicit", "Sichuan"),
    ("In 2019, 52 counties in Guizhou remained on the poverty list.",
     "52", "poor_counties", 2019, 2019, "explicit", "Guizhou"),
    ("Zhejiang sent 138 additional designated cadres to the areas.",
     "138", "personnel", 2020, 2020, "publication", "Zhejiang"),
    ("The program trained more than four million people in 2015.",
     "four million", "people_trained", 2015, 2015, "explicit", "China"),
    ("The factory brought 815,000 jobs to Gansu in 2018.",
     "815,000", "jobs", 2018, 2018, "explicit", "Gansu"),
    ("About 1,113 impoverished villages need to emerge from poverty.",
     "1,113", "poor_villages", 2020, 2020, "publication", "China"),
    ("Donations accounted for 71.3 percent of the total input.",
     "71.3 percent", "share", 2020, 2020, "publication", "China"),
    ("The group helped 5,684 enterprises last year.",
     "5,684", "other", 2019, 2019, "explicit", "China"),
    ("GUIYANG, June 28 -- Guizhou Province will move 1.88 million people out of the mountains by 2022.",
     "1.88 million", "people_relocated", 2020, 2022, "explicit", "Guizhou"),
    ("The number of poor people fell by 1.48 million to 1.55 million in 2018.",
     "1.48 million", "people_lifted", 2018, 2018, "explicit", "China"),
    ("The number of poor people fell by 1.48 million to 1.55 million in 2018.",
     "1.55 million", "poor_population", 2018, 2018, "explicit", "China"),
    ("Income rose to 12,300 yuan, compared with 9,100 yuan in 2015.",
     "12,300 yuan", "income", 2020, 2020, "publication", "China"),
    ("Xigaze is in Tibet. The city sent 300 cadres to villages.",
     "300", "personnel", 2020, 2020, "publication", "Xigaze"),
    ("In the four prefectures of southern Xinjiang, including Kashgar and Hotan, 165,000 laborers found jobs.",
     "165,000", "jobs", 2020, 2020, "publication", "Southern Xinjiang"),
    ("Dongxiang County, in Linxia Hui Autonomous Prefecture in Gansu Province, had 71,000 poor people.",
     "71,000", "poor_population", 2020, 2020, "publication", "Dongxiang Autonomous County"),
    ("Financial input went up from 12.75 billion yuan in 2001 to reach 34.93 billion yuan in 2010, "
     "a yearly average growth rate of 11.9 percent.",
     "11.9 percent", "growth_rate", 2001, 2010, "explicit", "China"),
    # A trend's two figures take the first and the last year of the period or trend that
    # dates them, in the sentence or the one before; a figure with its own date keeps it.
    ("Between the end of 2012 and end of 2017, China lifted 68.53 million people out of poverty, "
     "and the poverty rate went down from 10.2 percent to 3.1 percent.",
     "68.53 million", "people_lifted", 2012, 2017, "explicit", "China"),
    ("Between the end of 2012 and end of 2017, China lifted 68.53 million people out of poverty, "
     "and the poverty rate went down from 10.2 percent to 3.1 percent.",
     "10.2 percent", "poverty_rate", 2012, 2012, "explicit", "China"),
    ("Between the end of 2012 and end of 2017, China lifted 68.53 million people out of poverty, "
     "and the poverty rate went down from 10.2 percent to 3.1 percent.",
     "3.1 percent", "poverty_rate", 2017, 2017, "explicit", "China"),
    ("513 villages got out of poverty last year, and the poverty headcount ratio fell from "
     "11.57 percent in 2017 to 6.51 percent.",
     "6.51 percent", "poverty_rate", 2019, 2019, "explicit", "China"),
    ("513 villages got out of poverty last year, and the poverty headcount ratio fell from "
     "11.57 percent in 2017 to 6.51 percent.",
     "11.57 percent", "poverty_rate", 2017, 2017, "explicit", "China"),
    ("The poor population shrank from 98.99 million at the end of 2012 to just 5.51 million at the end of 2019. "
     "Poverty incidence went down from 10.2 percent to 0.6 percent.",
     "10.2 percent", "poverty_rate", 2012, 2012, "context", "China"),
    ("The poor population shrank from 98.99 million at the end of 2012 to just 5.51 million at the end of 2019. "
     "Poverty incidence went down from 10.2 percent to 0.6 percent.",
     "0.6 percent", "poverty_rate", 2019, 2019, "context", "China"),
    ("Taken together, the input from 2001 to 2010 came to 204.38 billion yuan.",
     "204.38 billion yuan", "funding", 2001, 2010, "explicit", "China"),
    ("Families from 1,400 rural counties will be affected.",
     "1,400", "other", 2020, 2020, "publication", "China"),
    # Places of the level a value counts are its members, not its scope.
    # (Counties withdrawing from the list are poor counties, as the real ground truth has them.)
    ("The notice approved 8 counties of Rongshui, Sanjiang, Napo and Leye to withdraw from the list.",
     "8", "poor_counties", 2020, 2020, "publication", "Guangxi Zhuang Autonomous Region"),
    ("All poverty-stricken counties in 21 provinces, including Gansu and Guangxi, got rid of poverty.",
     "21", "other", 2020, 2020, "publication", "China"),
    ("Poverty is gone everywhere but in four prefectures in southern Xinjiang -- Kashgar, Hotan, Kizilsu and Aksu.",
     "four", "other", 2020, 2020, "publication", "Southern Xinjiang"),
    ("Southwest China's Tibet lifted 150,000 people out of poverty.",
     "150,000", "people_lifted", 2020, 2020, "publication", "Tibet Autonomous Region"),
    # Where a figure lands: "to", "for"... before the place, with a few words of what is there.
    ("Eight eastern regions had given almost 23 billion yuan of funding to 10 western regions.",
     "23 billion yuan", "funding", 2020, 2020, "publication", "Western China"),
    ("Fujian set aside 1.21 billion yuan for its partner counties in Ningxia.",
     "1.21 billion yuan", "funding", 2020, 2020, "publication", "Ningxia Hui Autonomous Region"),
    ("Shandong donated 42.5 million yuan to 14 key poor counties of Chongqing.",
     "42.5 million yuan", "funding", 2020, 2020, "publication", "Chongqing"),
    ("Liangshan Yi Autonomous Prefecture sold 210,000 tons of potatoes, walnuts and peppers to buyers in Zhejiang.",
     "210,000", "other", 2020, 2020, "publication", "Liangshan Yi Autonomous Prefecture"),
    ("Xinjiang spent over 33.4 billion yuan on poverty reduction, 85.5 percent of which flowed to the four "
     "prefectures in southern Xinjiang.",
     "33.4 billion yuan", "funding", 2020, 2020, "publication", "Xinjiang Uygur Autonomous Region"),
    ("Xinjiang spent over 33.4 billion yuan on poverty reduction, 85.5 percent of which flowed to the four "
     "prefectures in southern Xinjiang.",
     "85.5 percent", "share", 2020, 2020, "publication", "Southern Xinjiang"),
    # A place after the value in a later clause or given as an example of a part is not its scope.
    ("The input reached 145.72 billion yuan; the central government appropriated 135.62 billion yuan for "
     "22 provinces, including 87.7 billion yuan for 12 provinces in the western regions.",
     "145.72 billion yuan", "funding", 2020, 2020, "publication", "China"),
    ("The input reached 145.72 billion yuan; the central government appropriated 135.62 billion yuan for "
     "22 provinces, including 87.7 billion yuan for 12 provinces in the western regions.",
     "135.62 billion yuan", "funding", 2020, 2020, "publication", "China"),
    ("The input reached 145.72 billion yuan; the central government appropriated 135.62 billion yuan for "
     "22 provinces, including 87.7 billion yuan for 12 provinces in the western regions.",
     "87.7 billion yuan", "funding", 2020, 2020, "publication", "Western China"),
    # A place a site stands near, or one inside a relative clause describing another
    # place, is not the scope of the figures around it; it stays where nothing else is named.
    ("Xiji County built a tea factory near Huashi Township in 2018, and in 2019 it opened 40 village shops.",
     "40", "other", 2019, 2019, "explicit", "Xiji County"),
    ("Xiji County built a solar plant near Huashi Township in 2018. The plant earns 2 million yuan a year.",
     "2 million yuan", "income", 2020, 2020, "publication", "Xiji County"),
    ("A tea factory near Huashi Township employs 300 people.",
     "300", "jobs", 2020, 2020, "publication", "Huashi Township"),
    ("Guyuan, the prefecture-level city that administers Xiji County, trained 3,000 farmers in 2019.",
     "3,000", "people_trained", 2019, 2019, "explicit", "Guyuan"),
    ("Xiji County, a county in Guyuan, trained 3,000 farmers in 2019.",
     "3,000", "people_trained", 2019, 2019, "explicit", "Xiji County"),
    ("The program that runs in Xiji County trained 3,000 farmers in 2019.",
     "3,000", "people_trained", 2019, 2019, "explicit", "Xiji County"),
    # The whole a part is taken from is national when its list is.
    ("Guizhou is home to three of the 52 counties that remained on the national poverty list in 2020.",
     "52", "poor_counties", 2020, 2020, "explicit", "China"),
    ("In 2019, nine of the 33 poor counties of Guizhou left the poverty list.",
     "33", "poor_counties", 2019, 2019, "explicit", "Guizhou"),
    # Aid from a place after the value is where the sentence puts it; workers from a place are its own.
    ("More than 400 doctors from Shanghai have worked in Yunnan since 2017.",
     "400", "personnel", 2017, 2020, "explicit", "Yunnan"),
    ("About 50,000 workers from Yunnan have found jobs in Shanghai since 2017.",
     "50,000", "jobs", 2017, 2020, "explicit", "Yunnan"),
    # A sentence opening in the present reports as of publication.
    ("To this point, over 96 percent of the relocation homes scheduled under the 13th Five-Year Plan have "
     "been finished.",
     "96 percent", "share", 2020, 2020, "publication", "China"),
    ("So far this year, 1.2 million people were lifted out of poverty.",
     "1.2 million", "people_lifted", 2020, 2020, "explicit", "China"),
    ("So far, 67 counties in Gansu have been delisted, 20 of them in 2019.",
     "67", "poor_counties", 2020, 2020, "publication", "Gansu"),
    ("So far, 67 counties in Gansu have been delisted, 20 of them in 2019.",
     "20", "poor_counties", 2019, 2019, "explicit", "Gansu"),
    # "nationwide" makes a figure national; "in the province" after it points back.
    ("Shiyi Village in Sichuan built roads.\n"
     "By now, 832 poverty-alleviated counties nationwide have pillar industries.",
     "832", "poor_counties", 2020, 2020, "publication", "China"),
    ("Guizhou Province named them.\nSo far, all 66 poor counties in the province, the poorest in "
     "China, have left poverty behind.",
     "66", "poor_counties", 2020, 2020, "publication", "Guizhou"),
    ("Guizhou Province named them.\nAll 66 impoverished counties in China have shaken off poverty.",
     "66", "poor_counties", 2020, 2020, "publication", "China"),
    ("Over the past ten years, incomes grew fast.\nA family guesthouse can earn 10,000 yuan per month.",
     "10,000 yuan", "income", 2020, 2020, "publication", "China"),
    # The publication day opening a line files the story; it dates no figure.
    ("date 2020-06-28 25 counties in Tibet cast off poverty in 2019",
     "25", "poor_counties", 2019, 2019, "explicit", "Tibet Autonomous Region"),
    # A cue after an amount that it is compared with names the comparison, not the amount.
    ("Villagers' per capita net income was 2,380 yuan in 2019, only 80 yuan above the national poverty line.",
     "2,380 yuan", "income", 2019, 2019, "explicit", "China"),
    ("Villagers' per capita net income was 2,380 yuan in 2019, only 80 yuan above the national poverty line.",
     "80 yuan", "income", 2019, 2019, "explicit", "China"),
    ("About 6.2 million farmers still lived below the new national poverty line in 2019.",
     "6.2 million", "poor_population", 2019, 2019, "explicit", "China"),
    # The base of a comparison without a cue of its own measures what it is compared with.
    ("The average disposable income of herders and their families in the most remote high-altitude "
     "townships of the prefecture rose to 9,800 yuan last year from 7,200 yuan in 2016.",
     "7,200 yuan", "income", 2016, 2016, "explicit", "China"),
    # A cue that is the means names how, not what: lifted through relocation.
    ("More than two million registered poor people have escaped poverty through relocation.",
     "two million", "people_lifted", 2020, 2020, "publication", "China"),
    # Money that is none of funding, loans, income or a poverty line is "other".
    ("The cooperative's online sales reached 12 million yuan last year.",
     "12 million yuan", "other", 2019, 2019, "explicit", "China"),
    ("A seamstress in the workshop can make 2,500 yuan a month.",
     "2,500 yuan", "income", 2020, 2020, "publication", "China"),
    ("Each migrant worker sends home about 15,000 yuan a year.",
     "15,000 yuan", "income", 2020, 2020, "publication", "China"),
    ("The standard for low income was raised to 1,067 yuan in 2007.",
     "1,067 yuan", "poverty_line", 2007, 2007, "explicit", "China"),
    # Rates: a share of a total or of a change; a level a rate moved to is no growth.
    ("Its grain output grew steadily and reached 35 percent of the national total in 2019.",
     "35 percent", "share", 2019, 2019, "explicit", "China"),
    ("The contribution rate of tourism to the increase of farmers' income was 38.5 percent in 2019.",
     "38.5 percent", "share", 2019, 2019, "explicit", "China"),
    ("The share of pupils who drop out has fallen to 0.5 percent.",
     "0.5 percent", "share", 2020, 2020, "publication", "China"),
    ("Aid reached 950 million yuan in 2018, up4.2% over 2017.",
     "4.2%", "growth_rate", 2018, 2018, "explicit", "China"),
    ("Farmers' income rose 9.5 percent in 2019.",
     "9.5 percent", "growth_rate", 2019, 2019, "explicit", "China"),
    # People: who left poverty, who still are poor, who a programme served, and the whole.
    ("The number of poor villagers shrank by 1.2 million in 2019.",
     "1.2 million", "people_lifted", 2019, 2019, "explicit", "China"),
    ("The county is helping its 35,000 residents who are presently impoverished.",
     "35,000", "poor_population", 2020, 2020, "publication", "China"),
    ("The poverty alleviation office of the county built 5,000 new homes for the migrants.",
     "5,000", "other", 2020, 2020, "publication", "China"),
    ("The project benefited 80,000 impoverished people in 2019.",
     "80,000", "other", 2019, 2019, "explicit", "China"),
    ("The foundation financed 12,000 students from poor families.",
     "12,000", "other", 2020, 2020, "publication", "China"),
    ("The county solved the drinking water problem of 9,000 people.",
     "9,000", "other", 2020, 2020, "publication", "China"),
    ("Poverty reduction is hard for a developing country with a population of 1.4 billion.",
     "1.4 billion", "other", 2020, 2020, "publication", "China"),
    ("There were still 30,000 people living below the national poverty line in 2019.",
     "30,000", "poor_population", 2019, 2019, "explicit", "China"),
    ("Of its 120,000 residents, 18,000 were still registered as poor in 2019.",
     "120,000", "other", 2019, 2019, "explicit", "China"),
    ("Of its 120,000 residents, 18,000 were still registered as poor in 2019.",
     "18,000", "poor_population", 2019, 2019, "explicit", "China"),
    ("Three million people received vocational training, and 900,000 of them found steady work.",
     "900,000", "jobs", 2020, 2020, "publication", "China"),
    ("Local officials told the delegation that the new school has 600 students.",
     "600", "other", 2020, 2020, "publication", "China"),
    ("A total of 40 teachers and doctors were exchanged between the two cities.",
     "40", "personnel", 2020, 2020, "publication", "China"),
    ("Thirty counties remained on the list at the end of 2019.",
     "Thirty", "poor_counties", 2019, 2019, "explicit", "China"),
    # A trend's second figure takes the last year of a period said after the trend, and
    # the stock a change by some amount ends at is of the period's last year.
    ("The poverty rate went down from 32 percent to 15.8 percent throughout the 12th Five-Year Plan (2011-15).",
     "15.8 percent", "poverty_rate", 2015, 2015, "explicit", "China"),
    ("From 2012 to 2018, the number of poor people fell by over 80 million to 16.6 million.",
     "16.6 million", "poor_population", 2018, 2018, "explicit", "China"),
    ("From 2012 to 2018, the number of poor people fell by over 80 million to 16.6 million.",
     "80 million", "people_lifted", 2012, 2018, "explicit", "China"),
    # The central government's figures are national unless the sentence names a place.
    ("China Agricultural University in Beijing studied it.\nIn 1986, the central government set up a "
     "fund of 1 billion yuan.", "1 billion yuan", "funding", 1986, 1986, "explicit", "China"),
    ("The central government allocated 2 billion yuan to Guizhou.",
     "2 billion yuan", "funding", 2020, 2020, "publication", "Guizhou"),
    # A state said in the present holds at publication, not over a period opened before.
    ("Since 1996, the province has built roads.\nThe fund is 2 billion yuan.",
     "2 billion yuan", "funding", 2020, 2020, "publication", "China"),
    ("Since 1996, the province has built roads.\nIt has spent 2 billion yuan.",
     "2 billion yuan", "funding", 1996, 2020, "context", "China"),
    # ... and so does a state said with a present verb of people; not a noun ("work in"), nor
    # an action under way ("are being asked").
    ("Since 1996, Fujian has sent officials to Ningxia.\nSome 50,000 people from Ningxia work in Fujian.",
     "50,000", "jobs", 2020, 2020, "publication", "Ningxia Hui Autonomous Region"),
    ("Since 1996, Fujian has sent officials to Ningxia.\nIts poverty alleviation work in Ningxia received "
     "funding of 3 billion yuan.", "3 billion yuan", "funding", 1996, 2020, "context", "Ningxia Hui Autonomous Region"),
    ("Since 2016, the province has relocated villages.\nCounties are being asked to raise 360 billion yuan.",
     "360 billion yuan", "funding", 2016, 2020, "context", "China"),
    # A sentence opening in the present ends the reach of a period opened before it.
    ("Over the past ten years, the province has built roads.\nCurrently, the county runs a fund.\n"
     "The fund employs 300 workers.", "300", "jobs", 2020, 2020, "publication", "China"),
    ("Over the past ten years, the province has built roads.\nThe county set up a fund.\n"
     "The fund employed 300 workers.", "300", "jobs", 2010, 2019, "context", "China"),
    # A state said in the simple present holds now, not over the period.
    ("Over the past ten years, the province has built roads.\nThe county runs a fund.\n"
     "The fund employs 300 workers.", "300", "jobs", 2020, 2020, "publication", "China"),
    # A date in a relative clause on another figure between them is that figure's.
    ("Guizhou declared on November 23, 2020 that its last poor counties had left poverty behind.\n"
     "The nine counties were the last on the list of 832 poor counties that had been identified in 2014.",
     "nine", "poor_counties", 2020, 2020, "context", "Guizhou"),
    ("Guizhou declared on November 23, 2020 that its last poor counties had left poverty behind.\n"
     "The nine counties were the last on the list of 832 poor counties that had been identified in 2014.",
     "832", "poor_counties", 2014, 2014, "explicit", "China"),
    ("Officials said 1.2 million people and 300 villages were lifted out of poverty in 2019.",
     "1.2 million", "people_lifted", 2019, 2019, "explicit", "China"),
    # A sentence naming one year only dates the next, unless that year is a target still
    # ahead or a comparison's base.
    ("Rural incomes reached 11,567 yuan in 2019.\nActual growth was 8.0 percent.",
     "8.0 percent", "growth_rate", 2019, 2019, "context", "China"),
    ("Xinjiang aims to end poverty by 2022.\nSupport funds of 16 billion yuan were allocated.",
     "16 billion yuan", "funding", 2020, 2020, "publication", "Xinjiang Uygur Autonomous Region"),
    ("Income rose 12.2 percent compared with the same period of last year.\nWages grew 6.8 percent.",
     "6.8 percent", "growth_rate", 2020, 2020, "publication", "China"),
    # A figure of aid placed at a giving province belongs to the receiver the bulletin names,
    # unless the sentence puts it at the giver; aid "provided by" a place names no giver.
    ("Fujian has helped Ningxia since 1996.\nFujian has poured in 3 billion yuan and dug 15,000 wells.",
     "3 billion yuan", "funding", 1996, 2020, "context", "Ningxia Hui Autonomous Region"),
    ("Fujian has helped Ningxia since 1996.\nFujian has poured in 3 billion yuan and dug 15,000 wells.",
     "15,000", "other", 1996, 2020, "context", "Ningxia Hui Autonomous Region"),
    ("Shanghai's partner aid to Yunnan began in 1996.\nIt paired 12 districts in Shanghai with 23 counties.",
     "12", "other", 1996, 1996, "context", "Shanghai"),
    ("Yunnan fights poverty with aid provided by Shanghai.\nYunnan spent 2 billion yuan.",
     "2 billion yuan", "funding", 2020, 2020, "publication", "Yunnan"),
    ("Guangdong makes great contributions to Guangxi.\nThe two parties invested 3.68 billion yuan.",
     "3.68 billion yuan", "funding", 2020, 2020, "publication", "Guangxi Zhuang Autonomous Region"),
    # A bracketed conversion does not keep the place after it from the value; a place a
    # figure comes from is not its scope.
    ("Shanghai and Guangdong steered companies into investing more than 16.2 billion yuan ($2.48 billion) in Yunnan.",
     "16.2 billion yuan", "funding", 2020, 2020, "publication", "Yunnan"),
    ("Shaanxi attracted 400 firms from Jiangsu, with a total investment of 14.1 billion yuan.",
     "14.1 billion yuan", "funding", 2020, 2020, "publication", "Shaanxi"),
    # "nationwide" right after a value makes it national, whatever place the sentence names.
    ("Poverty relief in Xinjiang will be hard as China seeks to help its remaining 50 million poor people "
     "nationwide.", "50 million", "poor_population", 2020, 2020, "publication", "China"),
    # ", accounting for" opens the clause of a share.
    ("The number of poor people has dropped by 800 million, accounting for nearly three-quarters of the world's "
     "poverty reduction.", "three-quarters", "share", 2020, 2020, "publication", "China"),
    # A pointer back may carry an adjective.
    ("Leaders toured Yunnan and then Dali.\nOver 700,000 people in the remote province have benefited.",
     "700,000", "other", 2020, 2020, "publication", "Yunnan"),
    # Places counted before and pointed back to ("these six counties") keep the place
    # given then; other numbers do not point back.
    ("Poverty work goes on.\n\nThe last six poor counties are all in Gansu Province.\n\n"
     "Officials said the work was hard.\n\nIncomes in these six counties rose to 9,800 yuan.", "9,800 yuan", "income", 2020, 2020, "publication",
     "Gansu"),
    ("Poverty work goes on.\n\nThe last six poor counties are all in Gansu Province.\n\n"
     "Officials said the work was hard.\n\nIncomes in these five counties rose to 9,800 yuan.", "9,800 yuan", "income", 2020, 2020, "publication",
     "China"),
    # An amount right before "national" is a national standard; a count before it is not.
    ("Farmers in Guizhou earned 11,487 yuan, above the 4,000-yuan national poverty line.",
     "4,000-yuan", "poverty_line", 2020, 2020, "publication", "China"),
    ("Farmers in Guizhou earned 11,487 yuan, above the 4,000-yuan national poverty line.",
     "11,487 yuan", "income", 2020, 2020, "publication", "Guizhou"),
    ("Yunnan had 88 national-level poor counties.", "88", "poor_counties", 2020, 2020, "publication", "Yunnan"),
    # A place in a later clause (", and ...") or in a clause of result (", bringing ...")
    # is that clause's; one in a clause describing the figures (", covering ...") is theirs.
    ("Jinzhai County left the list in 2018.\nThe income of its rural residents rose to 13,560 yuan in 2019, "
     "and officials in Huashi Township say more is needed.", "13,560 yuan", "income", 2019, 2019, "explicit",
     "Jinzhai County"),
    ("In 2020, 832 poor counties were taken off the list, bringing poverty in central and western China to an "
     "end.", "832", "poor_counties", 2020, 2020, "explicit", "China"),
    ("About 110 projects had been implemented by 2010, covering 300 counties in central and western China.",
     "110", "other", 2010, 2010, "explicit", "Central and Western China"),
    # "across the country" where something comes from or goes to is not the figures' scope.
    ("Jinzhai County sells tea.\nMore than 1,500 online shops now sell tea to buyers across the country.",
     "1,500", "other", 2020, 2020, "publication", "Jinzhai County"),
    ("Jinzhai County has tourism.\nThe town drew 300,000 visitors from across the country.",
     "300,000", "other", 2020, 2020, "publication", "Jinzhai County"),
    ("Jinzhai County has a fund.\nThe fund sent 3 billion yuan to poor counties across the country.",
     "3 billion yuan", "funding", 2020, 2020, "publication", "China"),
    # A region the sentence before names as a subject is a part compared, not kept; one
    # figures went to is kept.
    ("Rural poverty fell across China.\n\nThe western region cut its poor population by 7 million, while the "
     "eastern region had 1.5 million poor people left.\n\nIn poor areas, per capita income rose to 10,371 yuan.",
     "10,371 yuan", "income", 2020, 2020, "publication", "China"),
    ("Eastern provinces sent 872 million yuan in aid to poor areas of western China.\n\n"
     "Of this sum, schools took 144 million yuan.", "144 million yuan", "funding", 2020, 2020, "publication",
     "Western China"),
    # "the prefecture" is no prefecture-level city: Guangzhou's officials sent to the
    # prefecture land at Qiannan.
    ("Guangzhou steps up aid to Qiannan\n\nGuangzhou, the capital of Guangdong Province, gave 1.8 billion yuan "
     "to Qiannan Bouyei and Miao Autonomous Prefecture.\n\nThe city also sent 64 officials to work in the "
     "prefecture.", "64", "personnel", 2020, 2020, "publication", "Qiannan Bouyei and Miao Autonomous Prefecture"),
    # A conversion is the same observation as the amount before it.
    ("In 2004, the fund was lifted to 668 yuan (US$81), up from 637 yuan (US$77) the previous year.",
     "US$77", "funding", 2003, 2003, "explicit", "China"),
    # Aid pairs stated with numbers, asides and long objects between giver and receiver;
    # people sent to learn from the other place make no pair, and of two places said to
    # help each other the first stated gives.
    ("Jiangsu has channelled 2.1 billion yuan (about 300 million U.S. dollars) in aid to Shaanxi.\n"
     "Jiangsu also sent 120 teachers and 45 doctors and nurses to work there.",
     "120", "personnel", 2020, 2020, "publication", "Shaanxi"),
    ("Beijing's helping hand reaches dozens of poor villages in Hebei\n\nBeijing firms built 40 workshops.",
     "40", "other", 2020, 2020, "publication", "Hebei"),
    ("Zhejiang has pledged RMB 3 billion to Lishui.\nZhejiang sent 160 cadres.",
     "160", "personnel", 2020, 2020, "publication", "Lishui"),
    ("Guizhou sent 926 officials and 4,038 professionals to study in Zhejiang.\nGuizhou also built 50 schools.",
     "50", "other", 2020, 2020, "publication", "Guizhou"),
    ("Fujian helps Ningxia.\nNingxia supports Fujian firms.\nNingxia built 30 roads.",
     "30", "other", 2020, 2020, "publication", "Ningxia Hui Autonomous Region"),
    # What is said of what comes from a giver lands at its receiver; the giver's own
    # divisions stay with it.
    ("Tianjin has helped Gansu since 2016.\nAid from Tianjin rose by 20 percent in 2019.",
     "20 percent", "growth_rate", 2019, 2019, "explicit", "Gansu"),
    ("Tianjin has helped Gansu since 2016.\nTianjin's output rose by 4 percent in 2019.",
     "4 percent", "growth_rate", 2019, 2019, "explicit", "Tianjin"),
    ("Tianjin has helped Gansu since 2016.\nTianjin paired 16 of its districts with poor counties.",
     "16", "other", 2016, 2020, "context", "Tianjin"),
    # "the province", "the city" count where a named place would: a municipality is "the
    # city", never "the province"; "the province" after a county is the county's province.
    ("Tianjin has helped Gansu since 2016.\nTianjin firms invested 21 billion yuan in the province.",
     "21 billion yuan", "funding", 2016, 2020, "context", "Gansu"),
    ("Chongqing has poor counties.\nApples from Gansu now fill 1,000 stores in the city.",
     "1,000", "other", 2020, 2020, "publication", "Chongqing"),
    ("Linxia Hui Autonomous Prefecture is poor.\nThe province has 75 poor counties.",
     "75", "poor_counties", 2020, 2020, "publication", "Gansu"),
    ("Shidi Village is high in the hills.\nHe Wenhua, the village's Party secretary, called a meeting.\n"
     "Twenty-three households signed up.", "Twenty-three", "other", 2020, 2020, "publication", "Shidi Village"),
    # A ranking's field after the value is not its place; a superlative that describes the
    # place is.
    ("Dongxiang County is poor.\nIncome in Dongxiang was 5,868 yuan, the lowest figure in the province.",
     "5,868 yuan", "income", 2020, 2020, "publication", "Dongxiang Autonomous County"),
    ("The World Bank lent 1.2 billion yuan for projects in the poorest parts of western China.",
     "1.2 billion yuan", "loans", 2020, 2020, "publication", "Western China"),
    # The place whose noun phrase holds the value wins over a place named before it.
    ("Dongxiang County is poor.\nIncome for the county's residents was 1,602 yuan, above China's poverty "
     "line of 1,196 yuan.", "1,196 yuan", "poverty_line", 2020, 2020, "publication", "China"),
    ("Dongxiang County is poor.\nIncome for the county's residents was 1,602 yuan, above China's poverty "
     "line of 1,196 yuan.", "1,602 yuan", "income", 2020, 2020, "publication", "Dongxiang Autonomous County"),
    # A place said of part of the things counted, or in an aside on the subject, is not
    # their place; a place said of all of them is.
    ("Nujiang Lisu Autonomous Prefecture relocated villages.\nBy 2020, 95,000 people had moved into 60 "
     "communities, most of them in Lushui.\nThe last 6,000 will move in June.",
     "95,000", "people_relocated", 2020, 2020, "explicit", "Nujiang Lisu Autonomous Prefecture"),
    ("Nujiang Lisu Autonomous Prefecture relocated villages.\nBy 2020, 95,000 people had moved into 60 "
     "communities, most of them in Lushui.\nThe last 6,000 will move in June.",
     "6,000", "people_relocated", 2020, 2020, "explicit", "Nujiang Lisu Autonomous Prefecture"),
    ("Nujiang Lisu Autonomous Prefecture relocated villages.\nBy 2020, 95,000 people had moved into 60 "
     "communities, all of them in Lushui.", "95,000", "people_relocated", 2020, 2020, "explicit", "Lushui"),
    # Places named as one list stand for the smallest division holding them, where the value
    # lands and when carried to the next sentence; a chain of places each in the next is the
    # first; a list over several provinces carries no place; an example cue before a list
    # covers all of it.
    ("In 2019, 1.8 billion yuan was spent on roads in Xingyi, Anlong and Zhenfeng.",
     "1.8 billion yuan", "funding", 2019, 2019, "explicit", "Qianxinan Bouyei and Miao Autonomous Prefecture"),
    ("In 2019 poverty incidence in Dongxiang County, Linxia, Gansu fell to 2.1 percent.",
     "2.1 percent", "poverty_rate", 2019, 2019, "explicit", "Dongxiang Autonomous County"),
    ("In 2019 Ningbo firms opened plants in Xingyi, Anlong and Zhenfeng. They invested 2.6 billion yuan.",
     "2.6 billion yuan", "funding", 2019, 2019, "context", "Qianxinan Bouyei and Miao Autonomous Prefecture"),
    ("In 2019 Ningbo firms opened a plant in Zhenfeng. They invested 2.6 billion yuan.",
     "2.6 billion yuan", "funding", 2019, 2019, "context", "Zhenfeng County"),
    ("Funds went to Fenghuang, Huayuan and Baojing in 2019. They received 3 billion yuan.",
     "3 billion yuan", "funding", 2019, 2019, "context", "Xiangxi Tujia and Miao Autonomous Prefecture"),
    ("Jiangxi Province helped its rural workers find jobs in 2019. About 40 percent of them went to Guangdong, "
     "Zhejiang and Fujian. Each received a transport subsidy of 400 yuan.",
     "400 yuan", "funding", 2020, 2020, "publication", "Jiangxi"),
    ("Hunan named 15 key counties in 2019, among them Fenghuang, Huayuan and Baojing in Xiangxi and Sangzhi "
     "and Cili in Zhangjiajie. They received 3 billion yuan.", "3 billion yuan", "funding", 2019, 2019, "context",
     "Hunan"),
    ("Since 2018, 40 companies from Hangzhou have opened factories in Kaili, Leishan and Taijiang.",
     "40", "other", 2018, 2020, "explicit", "Qiandongnan Miao and Dong Autonomous Prefecture"),
    ("Since 2018, 40 companies from Hangzhou have opened factories in Kaili.",
     "40", "other", 2018, 2020, "explicit", "Kaili"),
    # A year closing "from 2017 to 2019," is no count of where the money lands.
    ("From 2017 to 2019, Hangzhou put 1.2 billion yuan of aid into Qiandongnan.",
     "1.2 billion yuan", "funding", 2017, 2019, "explicit", "Qiandongnan Miao and Dong Autonomous Prefecture"),
    ("In 2019 Hangzhou allocated 600 million yuan to 14 counties of Qiandongnan.",
     "600 million yuan", "funding", 2019, 2019, "explicit", "Qiandongnan Miao and Dong Autonomous Prefecture"),
    ("Tianjin is a port.\nThe port city, one of the wealthiest places in northern China, linked 16 of its "
     "districts with poor counties.", "16", "other", 2020, 2020, "publication", "Tianjin"),
    # Places counted lie in the wider place closing their noun phrase, not in a partner's.
    ("The program covers 38 poor counties spread over five prefectures of Gansu.",
     "38", "poor_counties", 2020, 2020, "publication", "Gansu"),
    ("Shanghai paired 12 of its districts with poor counties in Yunnan.",
     "12", "other", 2020, 2020, "publication", "Shanghai"),
    # Money the central government transfers to the bulletin's place is not national.
    ("Guizhou spent 182 billion yuan on poverty.\nThe sum includes 62 billion yuan transferred by the "
     "central authorities.", "62 billion yuan", "funding", 2020, 2020, "publication", "Guizhou"),
    # A reduction of the poor said with "the number of" is a flow; recipients of money are no stock.
    ("In 2019 the prefecture cut the number of its poor by 1.2 million.",
     "1.2 million", "people_lifted", 2019, 2019, "explicit", "China"),
    ("Banks lent 2 billion yuan in microcredit to 50,000 poor households in 2019.",
     "50,000", "other", 2019, 2019, "explicit", "China"),
    ("In 2019, 50,000 poor households still lived in the county.",
     "50,000", "poor_population", 2019, 2019, "explicit", "China"),
    ("In 2019 a programme in poor areas gave free nutrition supplements to 11.2 million infants.",
     "11.2 million", "other", 2019, 2019, "explicit", "China"),
    # Work given, labour moved into jobs; relocation said in other words.
    ("The new factories gave work to 12,000 farmers in 2019.", "12,000", "jobs", 2019, 2019, "explicit", "China"),
    ("The program moved 20,000 rural workers into jobs in coastal cities in 2019.",
     "20,000", "jobs", 2019, 2019, "explicit", "China"),
    ("The program moved 20,000 villagers to new homes in 2019.",
     "20,000", "people_relocated", 2019, 2019, "explicit", "China"),
    ("In 2019, 8,000 villagers left the mountains for new towns.",
     "8,000", "people_relocated", 2019, 2019, "explicit", "China"),
    ("In 2019, 12,000 people from 3,000 households moved into 20 new towns. The last 4,000 or so will move soon.",
     "4,000", "people_relocated", 2019, 2019, "context", "China"),
    # What was done with people outweighs who they are; a noun of people speaks of its own clause.
    ("In 2019, 5,000 officials from the county went to the provincial capital for training.",
     "5,000", "people_trained", 2019, 2019, "explicit", "China"),
    ("In 2019, the county sent 5,000 officials to villages.", "5,000", "personnel", 2019, 2019, "explicit", "China"),
    ("In 2019, Fujian sent 11 groups of officials to the county.", "11", "personnel", 2019, 2019, "explicit", "Fujian"),
    ("The city sends 50 doctors to the county a year, and his three children go to a new school.",
     "three", "other", 2020, 2020, "publication", "China"),
    ("The city sends 50 doctors to the county a year, and his three children go to a new school.",
     "50", "personnel", 2020, 2020, "publication", "China"),
    # Pay for work and dividends are income; what a family pays is not.
    ("A forest ranger post pays 900 yuan a month.", "900 yuan", "income", 2020, 2020, "publication", "China"),
    ("A family of four pays 10,000 yuan for a flat.", "10,000 yuan", "funding", 2020, 2020, "publication", "China"),
    ("Each member household got a dividend of 2,000 yuan in 2019.",
     "2,000 yuan", "income", 2019, 2019, "explicit", "China"),
    ("He used to get 600 yuan for a whole season of herding goats.",
     "600 yuan", "income", None, None, "", "China"),
    # An income in apposition to the poverty line is the line; an income that rose from
    # less than an amount is an income.
    ("Under the poverty standard of that time, a yearly income of 200 yuan per person, 30 million farmers were poor.",
     "200 yuan", "poverty_line", 2020, 2020, "publication", "China"),
    ("An annual income of 5,000 yuan is now common in the village.",
     "5,000 yuan", "income", 2020, 2020, "publication", "China"),
    ("Per capita income of poor households rose from less than 3,000 yuan in 2016 to 9,000 yuan in 2019.",
     "3,000 yuan", "income", 2016, 2016, "explicit", "China"),
    ("Some 2,000 households lived on incomes of less than 1,500 yuan in 2016.",
     "1,500 yuan", "poverty_line", 2016, 2016, "explicit", "China"),
    # A value with no cue of its own measures what its pronoun subject stands for.
    ("The county's poverty line was raised twice. It stood at 2,800 yuan in 2018.",
     "2,800 yuan", "poverty_line", 2018, 2018, "explicit", "China"),
    ("The poverty line was raised twice. It is said that 5 billion yuan was needed in 2018.",
     "5 billion yuan", "funding", 2018, 2018, "explicit", "China"),
    ("Poverty incidence fell from 8 percent in 2016 to 2 percent in 2019, and it should drop below 0.5 percent in 2020.",
     "0.5 percent", "poverty_rate", 2020, 2020, "explicit", "China"),
    # A change said with 'by' or against an earlier time is a growth rate.
    ("Tea output was raised by 40 percent in 2019.", "40 percent", "growth_rate", 2019, 2019, "explicit", "China"),
    ("Funds reached 2 billion yuan in 2019, 15 percent more than in 2018.",
     "15 percent", "growth_rate", 2019, 2019, "explicit", "China"),
    ("In 2019, more than 60 percent of villagers had broadband.",
     "60 percent", "share", 2019, 2019, "explicit", "China"),
    # A count that repeats one counted before is that count again.
    ("In 2019 the province removed its last nine poor counties from the list. The 9 counties lie in the mountains.",
     "9", "poor_counties", 2019, 2019, "context", "China"),
    # (a habit said in the present holds at publication)
    ("In 2019 the province had 40 poor counties. The 12 counties in the south grow tea.",
     "12", "other", 2020, 2020, "publication", "China"),
    ("The county had 3 million poor people in 2012. By 2019 their number had fallen to 1.2 million.",
     "1.2 million", "poor_population", 2019, 2019, "explicit", "China"),
    # Recipients of things built and members of a cooperative are not stocks of the poor;
    # an adjective of another clause's figure does not describe this one.
    ("In 2019 the company installed water tanks for 5,000 poor households.",
     "5,000", "other", 2019, 2019, "explicit", "China"),
    ("In 2019 there were 5,000 poor households in the county.",
     "5,000", "poor_population", 2019, 2019, "explicit", "China"),
    ("In 2019 the county gave cows to 3,000 poor families and built a clinic in each of its 120 villages.",
     "120", "other", 2019, 2019, "explicit", "China"),
    ("In 2019 the county had 3,000 poor families and 120 poor villages.",
     "120", "poor_villages", 2019, 2019, "explicit", "China"),
    ("In 2019 the cooperative had 200 member households, 80 of them formerly poor.",
     "80", "other", 2019, 2019, "explicit", "China"),
    # Visitors are counted as visitors, whatever else the sentence does.
    ("In 2019 the park employs 90 villagers and it drew 50,000 tourists.",
     "50,000", "other", 2019, 2019, "explicit", "China"),
    ("In 2019 the park employs 90 villagers and it drew 50,000 tourists.",
     "90", "jobs", 2019, 2019, "explicit", "China"),
    # What a source of earnings brings in is income; investment brought in is funding.
    ("Each guesthouse brings in 40,000 yuan a year.", "40,000 yuan", "income", 2020, 2020, "publication", "China"),
    ("The orchard brings each family 6,000 yuan.", "6,000 yuan", "income", 2020, 2020, "publication", "China"),
    ("The project brought in 3 billion yuan of investment.",
     "3 billion yuan", "funding", 2020, 2020, "publication", "China"),
    # People hired, or counted by the post they hold, are people employed; what they are
    # paid is their income; a village collective's earnings are income too.
    ("In 2019 the county hired 900 road sweepers from poor families.", "900", "jobs", 2019, 2019, "explicit", "China"),
    ("In 2019, 640 forest guards patrolled the reserve.", "640", "jobs", 2019, 2019, "explicit", "China"),
    ("In 2019 the county sent 640 officials to the villages.", "640", "personnel", 2019, 2019, "explicit", "China"),
    ("In 2019 the guards were paid 3.2 million yuan in all.",
     "3.2 million yuan", "income", 2019, 2019, "explicit", "China"),
    ("In 2019 the county paid 3.2 million yuan for new roads.",
     "3.2 million yuan", "funding", 2019, 2019, "explicit", "China"),
    ("In 2019 each orchard brought its village collective 80,000 yuan.",
     "80,000 yuan", "income", 2019, 2019, "explicit", "China"),
    # Recipients of aid are not the poor population; household consumption is not funding.
    ("In 2019 assistance was given to 40,000 pupils from poor families.",
     "40,000", "other", 2019, 2019, "explicit", "China"),
    ("In 2019 there were 40,000 pupils from poor families in the county.",
     "40,000", "poor_population", 2019, 2019, "explicit", "China"),
    ("In 2019 the per capita consumption expenditure of farmers was 9,800 yuan.",
     "9,800 yuan", "other", 2019, 2019, "explicit", "China"),
    ("In 2019 fiscal expenditure on poverty relief was 9.8 billion yuan.",
     "9.8 billion yuan", "funding", 2019, 2019, "explicit", "China"),
    # A coefficient or ratio is a share of its own clause, whatever grows in another; a
    # difference in percentage points is a change, even of the poverty rate.
    ("In 2019 spending rose 9 percent, and the Engel coefficient was 31.2 percent.",
     "31.2 percent", "share", 2019, 2019, "explicit", "China"),
    ("In 2019 the poverty rate fell to 1.2 percent, a drop of 2.1 percentage points.",
     "2.1 percentage points", "growth_rate", 2019, 2019, "explicit", "China"),
    ("In 2019 the poverty rate fell to 1.2 percent, a drop of 2.1 percentage points.",
     "1.2 percent", "poverty_rate", 2019, 2019, "explicit", "China"),
    # A list closed by "and other <region>" stands for the region; a plain list does not.
    ("In 2020 Gansu ran 30 offices in Jiangsu, Shanghai and other eastern provinces.",
     "30", "other", 2020, 2020, "explicit", "Eastern China"),
    ("In 2020 Gansu ran 30 offices in Jiangsu and Shanghai, as did the eastern provinces.",
     "30", "other", 2020, 2020, "explicit", "Jiangsu"),
    # "from across the country" says where visitors come from, not the figure's place.
    ("Dahe Village is in Guizhou. In 2020 the village hosted 900 tour groups from across the country.",
     "900", "other", 2020, 2020, "explicit", "Dahe Village"),
    ("Dahe Village is in Guizhou. In 2020 900 tour groups toured villages across the country.",
     "900", "other", 2020, 2020, "explicit", "China"),
    # Where the giver of money sits is not where the figure is.
    ("Dahe Village is in Guizhou. In 2020 a plant built with funds from a firm in Guiyang hired 30 villagers.",
     "30", "jobs", 2020, 2020, "explicit", "Dahe Village"),
    ("Dahe Village is in Guizhou. In 2020 a plant in Guiyang hired 30 villagers.",
     "30", "jobs", 2020, 2020, "explicit", "Guiyang"),
    # A ", where" clause is about the place right before it.
    ("In 2020 Dahe Village copied a model from Ziyun County, where tea covers 5,000 mu.",
     "5,000", "other", 2020, 2020, "explicit", "Ziyun Miao and Bouyei Autonomous County"),
    ("In 2020 Ziyun County helped Dahe Village, which planted tea on 5,000 mu.",
     "5,000", "other", 2020, 2020, "explicit", "Dahe Village"),
    # The whole a county is counted among is not where the county's figures are.
    ("Longxi County in Dingxi left the poverty list in 2019. It is one of 31 counties in Gansu to leave that year."
     "\n\nIn 2019 inspectors visited 800 households.", "800", "other", 2019, 2019, "explicit", "Longxi County"),
    ("Longxi County in Dingxi left the poverty list in 2019. It spent 9 million yuan for 31 counties in Gansu."
     "\n\nIn 2019 inspectors visited 800 households.", "800", "other", 2019, 2019, "explicit", "Gansu"),
    ("In 2019 Longxi, with 26,000 poor people, was one of the 31 counties in Gansu that left the poverty list.",
     "26,000", "poor_population", 2019, 2019, "explicit", "Longxi County"),
    # A part set off after its figure is where that figure is, unless it names its own place.
    ("In 2020 jobs were found for 900 workers from Luquan, 400 of them women, in Shanghai and Suzhou.",
     "400", "jobs", 2020, 2020, "explicit", "Luquan"),
    ("In 2020 jobs were found for 900 workers from Luquan, 400 of them in Shanghai and the rest in Suzhou.",
     "400", "jobs", 2020, 2020, "explicit", "Shanghai"),
    # "the county" never points back to a place named a district; a county named bare it may.
    ("Pairing aid\n\nLuquan County has been helped by Songjiang District since 2018. In 2020 the county had 5,000 "
     "poor people.",
     "5,000", "poor_population", 2020, 2020, "explicit", "Luquan Yi and Miao Autonomous County"),
    ("Pairing aid\n\nSongjiang District has helped Luquan since 2018. In 2020 the county had 5,000 poor people.",
     "5,000", "poor_population", 2020, 2020, "explicit", "Luquan"),
    # Provinces counted lie in the country, however few are named; a count of villages
    # is not placed at a village a sentence before.
    ("Tibet\n\nThe 18 provinces that pair up with the region's counties sent 4,000 officials.",
     "18", "other", 2020, 2020, "publication", "China"),
    ("Xiji County\n\nIn Sanhe Village, a plant hired 300 people. More than 40 villages had no plant.",
     "40", "other", 2020, 2020, "publication", "Xiji County"),
    ("Xiji County\n\nIn Sanhe Village, a plant hired 300 people. More than 40 households had no plant.",
     "40", "other", 2020, 2020, "publication", "Sanhe Village"),
    # People of a receiving place placed in jobs or trained at the giver it is paired with stay
    # at home (the most specific place of it named since the paragraph before); aid figures
    # the sentence puts at the receiver stay there; the giver's own jobs stay at the giver.
    ("Guangdong has helped Guangxi.\n\nGuangxi and Guangdong carried out labor cooperation. By April, 98,757 "
     "workers had returned to Guangdong and 25,668 people had found jobs there.",
     "98,757", "jobs", 2020, 2020, "explicit", "Guangxi Zhuang Autonomous Region"),
    ("Guangdong has helped Guangxi.\n\nGuangxi and Guangdong carried out labor cooperation. By April, 98,757 "
     "workers had returned to Guangdong and 25,668 people had found jobs there.",
     "25,668", "jobs", 2020, 2020, "explicit", "Guangxi Zhuang Autonomous Region"),
    # Where a statement was made, before the figures it reports, is not their place.
    ("Incomes keep rising\n\nThe head of the administration told a press conference in Beijing that the income "
     "of people lifted out of poverty reached 12,550 yuan in 2021.", "12,550 yuan", "income", 2021, 2021, "explicit",
     "China"),
    # A dateline set off by a single hyphen files the story; it places no figure.
    ("Guizhou speeds up relocation\n\nGUIYANG - The province moved 150,000 people out of the mountains in 2019, "
     "officials said.", "150,000", "people_relocated", 2019, 2019, "explicit", "Guizhou"),
    # A province is no giver to its own city unless it opens the sentence as one; a province
    # before a lower-case county word describes the county.
    ("Hunan keeps children in school\n\nThe province gave aid to more than 1.3 million students in 2019. All 51 "
     "poor counties in Hunan have been paired with top hospitals in Changsha.", "1.3 million", "other", 2019, 2019,
     "explicit", "Hunan"),
    ("Walnuts put a Gansu county on the map\n\nLast year online sales in Cheng County reached 1.06 billion yuan. "
     "Its sellers earn 3,000 yuan a month.", "3,000 yuan", "income", 2020, 2020, "publication", "Cheng County"),
    # A newswire's dateline and a masthead's edition place nothing, even when the title names them.
    ("Beijing (ots/PRNewswire) - Phuntsog lives in Sangri County, Tibet Autonomous Region.\n\nThe new village "
     "has 106 greenhouses.", "106", "other", 2020, 2020, "publication", "Sangri County"),
    ("China Daily (Hong Kong)\n\nShandong helps Xinjiang\n\nIn Shule County, Kashgar, workers get a salary of "
     "around 2,500 yuan a month.\n\nThe park involves a total investment of 1.5 billion yuan.", "1.5 billion yuan",
     "funding", 2020, 2020, "publication", "Shule County"),
    ("Xinjiang's year\n\nURUMQI: A total of 64,000 people moved to new homes in the region in 2019.", "64,000",
     "people_relocated", 2019, 2019, "explicit", "Xinjiang Uygur Autonomous Region"),
    # Three places or more across provinces, listed together, are no one place of a figure.
    ("Huize County sends workers east\n\nLast year 3,000 workers took jobs with employers in Guangdong, "
     "Zhejiang and Shanghai.", "3,000", "jobs", 2019, 2019, "explicit", "Huize County"),
    # A province the title names only inside an organisation's name is what the report is about.
    ("Report on the Work of the Government of Hubei Province\n\nFellow deputies, our province moved 120,000 "
     "people out of the mountains in 2019, more than planned. We built 300 new schools. Much of this work was done "
     "in Enshi and Xiaogan.", "300", "other", 2019, 2019, "context", "Hubei"),
    # A place in the counted phrase itself is the count's scope, whatever other place the sentence names.
    ("East-west cooperation in 2012\n\nIn 2012, the governments of 13 eastern provinces and cities gave great "
     "weight to the work in western China.", "13", "other", 2012, 2012, "explicit", "Eastern China"),
    # Where goods worth a figure go, and who arranged what it counts, are not its place.
    ("Hainan will sell at least 2 billion yuan worth of tropical fruit to northern provinces this year.",
     "2 billion yuan", "other", 2020, 2020, "explicit", "Hainan"),
    ("Hainan steps up labour cooperation\n\nLast year 12,000 workers took jobs arranged by Guangdong and Fujian.",
     "12,000", "jobs", 2019, 2019, "explicit", "Hainan"),
    # A city of the giver is no second partner that would leave the pair in doubt.
    ("Jiangsu steps up its aid to Shaanxi\n\nThis year Jiangsu sent 300 teachers and doctors. With Jiangsu's "
     "help, 4,000 workers moved to factories in Suzhou.",
     "300", "personnel", 2020, 2020, "explicit", "Shaanxi"),
    ("Shanghai has helped Yunnan.\n\nYing visited Yunnan and went to Wazu Village. His family shed poverty.\n\n"
     "A village official said nearly 50 villagers found jobs in Shanghai.",
     "50", "jobs", 2020, 2020, "publication", "Wazu Village"),
    # A period opening a sentence after a speaker's name in a transcript dates what follows.
    ("Zhao Wenming: Last year 33.97 million people were in work. About 60 percent of them worked away. "
     "Posts employed another 5.2 million people.", "5.2 million", "jobs", 2019, 2019, "context", "China"),
    # A period opening what a speaker said dates the paragraphs that report on it.
    ("The minister said that in 2019, grain output reached 663.8 million tonnes.\n\n"
     "The per capita disposable income of rural residents reached 16,021 yuan.",
     "16,021 yuan", "income", 2019, 2019, "context", "China"),
    # A pronoun before "county" is no county's name ("They county" for "The county").
    ("Huangyuan County\n\nThey county covers an area of 1,509 square kilometers and has 146 villages.",
     "146", "other", 2020, 2020, "publication", "Huangyuan County"),
    # A direction inside a longer word names no part of the province after it; the part of a
    # province is in the province.
    ("China's southwestern Tibet region saw farmers' income rise 12 percent.",
     "12 percent", "growth_rate", 2020, 2020, "publication", "Tibet Autonomous Region"),
    ("Some 300 rangers work in the reserve in the northwest part of Gansu.",
     "300", "jobs", 2020, 2020, "publication", "Gansu"),
    # The years between money and where it goes are no other figure the place could be of.
    ("The central government of China will inject two billion yuan annually from 2011-2015 into a "
     "subsidy program for grassland conservation in Tibet.",
     "two billion yuan", "funding", 2011, 2015, "explicit", "Tibet Autonomous Region"),
    # A person's full name before "from" makes the place a home, not where the figure comes from.
    ("Cai Guangmei from Caifanggou village, Danjiangkou of Hubei province runs a poultry farm that "
     "houses 1,500 chickens.", "1,500", "other", 2020, 2020, "publication", "Caifanggou Village"),
    # A hyphenated adjective may stand inside a pointer back to a prefecture.
    ("Shanghai will donate 18 million yuan to Aksu Prefecture in Xinjiang. Feng Guoqin, vice-mayor of "
     "Shanghai, said the money would fund 28 projects in the Uygur-dominated prefecture.",
     "28", "other", 2020, 2020, "publication", "Aksu"),
    # A capitalized word before a name is not always part of it; a province before "Village"
    # says where the village lies.
    ("After gaining access to broadband Internet Shibazi village, in Ningqiang county, has sold 165 tons of tea.",
     "165", "other", 2020, 2020, "publication", "Shibazi Village"),
    ("Cantaloupe Bears Fruit in Guangxi Village\n\nIn Wuxuan County, a village grows melons. "
     "The village has 300 greenhouses.", "300", "other", 2020, 2020, "publication", "Wuxuan County"),
    # "that year" points back to the year the text speaks of, not to a year a figure is compared with.
    ("In 2009, Hebei made progress. Net income in the poor counties was 2,988 yuan, 8.69% up over 2008. "
     "Thirdly, 70% of the task was completed that year.", "70%", "share", 2009, 2009, "explicit", "Hebei"),
    # A date inside a later clause with a subject of its own dates that clause only.
    ("She adds that the cooperative now employs more than 100 female embroiderers, and the income "
     "created last year reached 1.2 million yuan.", "100", "other", 2020, 2020, "publication", "China"),
    # An ethnic group in an autonomous county's name is no place of its own later on.
    ("Such is the scene in Hejiayan village, Youyang Tujia and Miao autonomous county, Chongqing.\n\n"
     "Chen now has four Miao embroidery workshops, employing more than 1,000 locals.",
     "1,000", "jobs", 2020, 2020, "publication", "Hejiayan Village"),
    # A county seating a village school sets the scene; a clause after a chain of places is
    # about the smallest of them.
    ("When Tian, a math teacher, was transferred to the Mawangxi Primary School in Luxi county, Hunan province, "
     "the pay was meager.\n\nNow his annual income has reached 50,000 yuan.",
     "50,000 yuan", "income", 2020, 2020, "publication", "Luxi County"),
    ("Li teaches at Mawangxi Primary School in Luxi county, Hunan province, where 120 students study.",
     "120", "other", 2020, 2020, "publication", "Luxi County"),
    # A state said in the present holds at publication, whatever year the sentence before opens on.
    ("By the end of 2019, 6.5 million people had been placed under monitoring. Some two million of the others "
     "are covered by the minimum living allowance.", "two million", "other", 2020, 2020, "publication", "China"),
    ("By the end of 2019, 6.5 million people had been placed under monitoring. Some two million of the others "
     "were covered by the minimum living allowance.", "two million", "other", 2019, 2019, "context", "China"),
    # People counted with where they come from stay at home, wherever they work.
    ("Last year 2,300 people from Shangluo found work in factories in Jiangsu.",
     "2,300", "jobs", 2019, 2019, "explicit", "Shangluo"),
    ("Last year 2,300 people found work in factories in Jiangsu.", "2,300", "jobs", 2019, 2019, "explicit", "Jiangsu"),
    ("About 310,000 farmers worked outside Shanxi, mainly in Beijing and Hebei.",
     "310,000", "jobs", 2020, 2020, "publication", "Shanxi"),
    # Where buyers are is not where their purchases are counted: the seller named after them is;
    # a place of a later clause is not where the purchases land.
    ("Last year buyers in Nanjing took 58 million yuan worth of fungus from Zhashui, and 2,300 people "
     "found work in factories in Jiangsu.", "58 million yuan", "other", 2019, 2019, "explicit", "Zhashui County"),
    ("Last year companies in Nanjing took 58 million yuan worth of fungus to Zhashui.",
     "58 million yuan", "funding", 2019, 2019, "explicit", "Zhashui County"),
    # Places one sentence contrasts hold the next figure together, in the division holding them;
    # one place of the sentence before still holds it.
    ("Kelan County in Xinzhou grew fastest, while Daning County in Linfen grew slowest.\n\n"
     "The net income of the population lifted out of poverty was 14,785 yuan.",
     "14,785 yuan", "income", 2020, 2020, "publication", "Shanxi"),
    ("Kelan County in Xinzhou grew fastest.\n\nThe net income of the population lifted out of poverty was "
     "14,785 yuan.", "14,785 yuan", "income", 2020, 2020, "publication", "Kelan County"),
    # A place where some of the figure's people are is not its scope.
    ("About 60 percent of them worked away from their home counties, many in the eastern provinces.",
     "60 percent", "share", 2020, 2020, "publication", "China"),
    ("About 60 percent of the workers were employed in the eastern provinces.",
     "60 percent", "share", 2020, 2020, "publication", "Eastern China"),
    # A sentence given as an example does not carry its place to the next.
    ("China's posts employed 5.2 million.\n\nIn Gansu, for example, Linxia alone created 41,000 such posts. Our target is to keep the number of "
     "employed people above 30 million.", "30 million", "jobs", 2020, 2020, "publication", "China"),
    ("China's posts employed 5.2 million.\n\nIn Gansu, Linxia alone created 41,000 such posts. Its target is to keep the number of "
     "employed people above 30,000.", "30,000", "jobs", 2020, 2020, "publication", "Linxia Hui Autonomous Prefecture"),
    ("Shanghai has helped Yunnan.\n\nShanghai hired 5,000 workers in its own ports.",
     "5,000", "jobs", 2020, 2020, "publication", "Shanghai"),
    ("Shanghai has helped Yunnan.\n\nShanghai trained 300 workers for its own ports.",
     "300", "people_trained", 2020, 2020, "publication", "Shanghai"),
    # A giver helping a province and a city in it is paired with the province; aid the
    # sentence sends to the city lands there.
    ("Shanghai has helped Yunnan since 1996.\n\nShanghai gave support to Pu'er City, totaling 900 million "
     "yuan. About 3,000 workers from Yunnan work in Shanghai.",
     "900 million yuan", "funding", 2020, 2020, "publication", "Pu'er"),
    ("Shanghai has helped Yunnan since 1996.\n\nShanghai gave support to Pu'er City, totaling 900 million "
     "yuan. About 3,000 workers from Yunnan work in Shanghai.",
     "3,000", "jobs", 2020, 2020, "publication", "Yunnan"),
    # The seat of a speaker's institution is not carried to the figures after it.
    ("China began in 1986. Li, a scholar at China Agricultural University in Beijing, said so. In 1988 the "
     "government set up a fund of 1 billion yuan.", "1 billion yuan", "funding", 1988, 1988, "explicit", "China"),
    ("Jobs move inland. Yang, a professor at Southwest Jiaotong University in Chengdu, Sichuan province, said so. "
     "China had 295 million rural workers last year. Among them, 123 million were employed in their hometowns.",
     "123 million", "jobs", 2019, 2019, "context", "China"),
    ("China began in 1986. Li, an official in Beijing, said so. In 1988 the city set up a fund of 1 billion yuan.",
     "1 billion yuan", "funding", 1988, 1988, "explicit", "Beijing"),
    # Where all of a figure's things are said to be is its place; what it is compared with, or
    # where part of it comes from, is not; a place whose relative clause holds the value is.
    ("From 2016 to 2020, the region moved about 153,000 poor people out of places where the land could not "
     "support them, all of them in Southern Xinjiang.", "153,000", "people_relocated", 2016, 2020, "explicit",
     "Southern Xinjiang"),
    ("In Lankao income grew 9.1 percent, 0.8 percentage points faster than the growth for Henan as a whole.",
     "0.8 percentage points", "growth_rate", 2020, 2020, "publication", "Lankao County"),
    ("Last year 300 counties in Henan grew faster than the national average.", "300", "other", 2019, 2019,
     "explicit", "Henan"),
    ("Nanzhang Town rebuilt the homes of 146 households. The work cost 19.5 million yuan, three-quarters of it "
     "from the county budget.", "19.5 million yuan", "funding", 2020, 2020, "publication", "Nanzhang Town"),
    ("Guangdong's share went mainly to Shufu County and Jiashi County, while Shenzhen funded projects in Kashgar "
     "and Taxkorgan, among them a dairy cooperative in Taxkorgan that received 1.8 million yuan.",
     "1.8 million yuan", "funding", 2020, 2020, "publication", "Taxkorgan Tajik Autonomous County"),
    # The country as a possessive after the value describes something else; as the whole
    # of a part it is the scope.
    ("Ningxia moves villagers.\n\nIn 2019 Ningxia moved 299,300 villagers to protect one of China's worst "
     "regions.", "299,300", "people_relocated", 2019, 2019, "explicit", "Ningxia Hui Autonomous Region"),
    ("Ningxia moves villagers.\n\nIn 2019, 601 of China's 832 poor counties had shed poverty.",
     "601", "poor_counties", 2019, 2019, "explicit", "China"),
    # Where a statement was made is not the scope of the figures it reports; a meeting's figures are its place's.
    ("Yunnan lifted its last poor residents out of poverty.\n\nIncome rose to 10,340 yuan in 2019, officials told "
     "a press conference in Kunming.", "10,340 yuan", "income", 2019, 2019, "explicit", "Yunnan"),
    ("Yunnan lifted its last poor residents out of poverty.\n\nIncome in Kunming rose to 10,340 yuan in 2019.",
     "10,340 yuan", "income", 2019, 2019, "explicit", "Kunming"),
    # Counties "in China" are the country's, whatever province the sentence names first.
    ("With the last counties in Guizhou delisted, all 832 poor counties in China left the list in 2020.", "832",
     "poor_counties", 2020, 2020, "explicit", "China"),
    ("In Guizhou income rose. That is above the national poverty line, which stands at about 4,000 yuan in 2020.",
     "4,000 yuan", "poverty_line", 2020, 2020, "explicit", "China"),
    # Where a statement was made is no figure's place in the sentences after it either.
    ("More money\n\nOfficials spoke during the annual session of the National People's Congress in Beijing.\n\n"
     "Special funds for poverty alleviation will total 106.1 billion yuan in 2020.", "106.1 billion yuan", "funding",
     2020, 2020, "explicit", "China"),
    # A national average or standard is China's, whatever place the sentence is about.
    ("Rural income in Tibet stayed below the national rural average of 14,617 yuan in 2018.", "14,617 yuan",
     "income", 2018, 2018, "explicit", "China"),
    ("Rural income in Tibet reached 11,450 yuan in 2018, below the national average.", "11,450 yuan",
     "income", 2018, 2018, "explicit", "Tibet Autonomous Region"),
    # A place after two coordinated figures is where both are; not one after a purpose "to".
    ("Fujian paid for 15,000 cellars and 230 schools across southern Ningxia in 2005.", "15,000", "other", 2005,
     2005, "explicit", "Southern Ningxia"),
    ("Guizhou sent 926 officials and 4,038 teachers to study in Jiangsu in 2019.", "926", "personnel", 2019, 2019,
     "explicit", "Guizhou"),
    # Counties listed as the members of a count are in the prefecture they share.
    ("Sichuan still had 7 poor counties in 2019.\n\nThe seven -- Puge, Butuo, Zhaojue, Jinyang, Meigu, Xide "
     "and Yuexi -- left the poverty list this year.", "seven", "poor_counties", 2020, 2020, "explicit",
     "Liangshan Yi Autonomous Prefecture"),
    # Where goods are sold or visitors come from is not a figure's scope.
    ("Luoyu Village grows tea.\n\nLast year the village sold 21 tons of tea, mostly to buyers in Haikou and Sanya.",
     "21", "other", 2019, 2019, "explicit", "Luoyu Village"),
    ("Luoyu Village grows tea.\n\nIn the first quarter the village had 26,000 visitors, as travelers from the north "
     "of the country came.", "26,000", "other", 2020, 2020, "explicit", "Luoyu Village"),
    # People a giver trains are the receiver's, wherever the training is held.
    ("Shandong is paired with 14 poor counties of Chongqing.\n\nShandong has trained more than 9,000 local "
     "teachers and medical workers in Jinan, Qingdao and other cities.", "9,000", "people_trained", 2020, 2020,
     "publication", "Chongqing"),
    # "The region" is an autonomous region named, not a province that is none; else the province.
    ("Fujian helps Ningxia. Fujian helps Ningxia a lot.\n\nNingxia had 580,000 poor people in 2019. The region "
     "plans to lift 100,000 of them out of poverty this year.", "100,000", "people_lifted", 2020, 2020, "explicit",
     "Ningxia Hui Autonomous Region"),
    ("Herders in Qinghai Province are paid as rangers.\n\nIn Zadoi County each post pays 21,600 yuan. Herder "
     "income in the region grew 9.2 percent in 2019.", "9.2 percent", "growth_rate", 2019, 2019, "explicit",
     "Qinghai"),
    # Figures said "respectively" pair with the places, years and keys in the same positions.
    ("Of the fund, Garze and Aba prefectures get 480 million yuan and 390 million yuan respectively.",
     "390 million yuan", "funding", 2020, 2020, "publication", "Aba Tibetan and Qiang Autonomous Prefecture"),
    ("Loans of 2.1 billion yuan, 1.5 billion yuan and 800 million yuan went to Gansu, Ningxia and Qinghai "
     "respectively.", "1.5 billion yuan", "loans", 2020, 2020, "publication", "Ningxia Hui Autonomous Region"),
    ("Poverty incidence fell to 1.7 percent and 0.6 percent in 2018 and 2019 respectively.",
     "0.6 percent", "poverty_rate", 2019, 2019, "explicit", "China"),
    ("Average incomes in Hunan and Hubei reached 11,000 yuan and 12,000 yuan, up 9 percent and 10 percent "
     "respectively.", "10 percent", "growth_rate", 2020, 2020, "publication", "Hubei"),
    ("In 2018 and 2019, Guizhou lifted 1.48 million and 1.1 million people out of poverty respectively.",
     "1.48 million", "people_lifted", 2018, 2018, "explicit", "Guizhou"),
    # A list of counties in two prefectures holds its figure at their province.
    ("By the end of last year, 126,000 people in Diebu and Ning counties had left poverty.",
     "126,000", "people_lifted", 2019, 2019, "explicit", "Gansu"),
    # A landmark, a giver of money after the value, are no scope; counties "of inland province Gansu" lie there.
    ("Zhangbei, two hours away from Beijing, is one of 10 counties in the poverty belt.",
     "10", "poor_counties", 2020, 2020, "publication", "Hebei"),
    ("Fuping County is poor. It received 50 million yuan from Dongcheng District last year.",
     "50 million yuan", "funding", 2019, 2019, "explicit", "Fuping County"),
    ("Tianjin's Hedong district has helped two counties of inland province Gansu escape poverty.",
     "two", "poor_counties", 2020, 2020, "publication", "Gansu"),
    # A base named by a pronoun ("more than that in 2008") dates nothing; "after five years of
    # efforts" is the five years before the publication's.
    ("Incomes in the project areas were 757 yuan more than that in 2008.",
     "757 yuan", "income", 2020, 2020, "publication", "China"),
    ("The funds are 10 billion yuan more than those allocated last year.",
     "10 billion yuan", "funding", 2020, 2020, "publication", "China"),
    ("After 5 years of relentless efforts, the province lifted 2.5 million people out of poverty.",
     "2.5 million", "people_lifted", 2015, 2019, "explicit", "China"),
    # Where a conference was held is not where the figures it reported apply, nor what the bulletin is about.
    ("Some 682,000 cooperatives have been set up in 832 poor counties, according to a national conference "
     "on industries held Monday in the city of Longnan, northwest China's Gansu Province.",
     "682,000", "other", 2020, 2020, "explicit", "China"),
    # A growth rate said before the trend it measures takes the trend's years; a yearly change does not.
    ("Incomes of the poor surged 30.2 percent from 3,416 yuan in 2015 to 9,808 yuan in 2019.",
     "30.2 percent", "growth_rate", 2015, 2019, "explicit", "China"),
    ("Income was up 9.3 percent from a year earlier to 12,000 yuan in 2019.",
     "9.3 percent", "growth_rate", 2019, 2019, "explicit", "China"),
    # The place that files the story is no scope, nor does the date closing its dateline date a figure.
    ("XI\u2019AN: Another 29 counties in Shaanxi Province have left poverty. A total of 578,800 people were "
     "lifted out of poverty in 2019.", "578,800", "people_lifted", 2019, 2019, "explicit", "Shaanxi"),
    ("China News Service, Guiyang, November 23 (Reporter Zhang Wei) Ziyun County and 9 other poor counties "
     "left the list.", "9", "poor_counties", 2020, 2020, "publication", "Guizhou"),
    # The capital as the actor of a statement stands for the country; the hall where the
    # premier spoke is no scope.
    ("Beijing says 13.86 million Chinese left rural poverty in 2019.",
     "13.86 million", "people_lifted", 2019, 2019, "explicit", "China"),
    ("Some 10 million people will leave poverty this year, the premier said at the Great Hall of the People "
     "in Beijing on Saturday.", "10 million", "people_lifted", 2020, 2020, "explicit", "China"),
    # A dateline opened by the agency's other name.
    ("China News Agency, Beijing, December 3 (Reporter Wang Li) The official said 9.6 million people "
     "were relocated in 2019.", "9.6 million", "people_relocated", 2019, 2019, "explicit", "China"),
    # A period from a month or year "until now" runs to the publication, as "since" does.
    ("From March 2018 until now, the platform has sold 2 million boxes of tea.", "2 million", "other",
     2018, 2020, "explicit", "China"),
    # Where a statement was made or a meeting held places none of its figures, even after a
    # possessive country before the figure.
    ("Close to 80 percent of China's rural poor now draw a living allowance, the ministry said in Beijing "
     "on Monday.", "80 percent", "share", 2020, 2020, "explicit", "China"),
    ("Some 300 counties will shed the poverty label this year, the office's director said at a recent "
     "gathering in Beijing.", "300", "poor_counties", 2020, 2020, "explicit", "China"),
    ("The yearly report was released today. The release was held in Beijing. Rural per capita income "
     "reached 16,021 yuan.", "16,021 yuan", "income", 2020, 2020, "publication", "China"),
    # A ranking's field named before the figure is not where it is.
    ("A resettlement site opened in Zhaojue County. As the largest relocation project in Sichuan Province, "
     "it houses 3,914 poor households.", "3,914", "people_relocated", 2020, 2020, "publication", "Zhaojue County"),
    # A place in the field of a ranking in the clause before, or in a party's name, is no scope;
    # "county-level regions" count counties, which lie in the province after them.
    ("Guizhou has done well: the rate of poverty reduction is among the highest in China; the incidence of "
     "poverty dropped to 0.85% in 2019.", "0.85%", "poverty_rate", 2019, 2019, "explicit", "Guizhou"),
    # The place the text keeps pointing back to ("the region") outweighs the country named in passing.
    ("Forty years after China began reforms, 18 million people in Guangxi Zhuang Autonomous Region left poverty. "
     "The southern autonomous region reported 2.67 million poor people at the end of 2017.\n\nThe rural poverty "
     "rate fell to 5.7 percent, officials said.\n\nThe region built roads. The region built schools. China's "
     "line is 2,300 yuan.",
     "5.7 percent", "poverty_rate", 2020, 2020, "publication", "Guangxi Zhuang Autonomous Region"),
    ("Of the 183 county-level regions in Sichuan, 161 were plagued by poverty.",
     "161", "poor_counties", 2020, 2020, "publication", "Sichuan"),
    ("The income increased 8 percent from the same period last year.",
     "8 percent", "growth_rate", 2020, 2020, "publication", "China"),
    # A wider place closing an apposition to a list stands for the list.
    ("Kashgar, Hotan, Kizilsu Kyrgyz Autonomous Prefecture and Aksu Prefecture, four regions in southern "
     "Xinjiang, have eliminated poverty for nearly 1.89 million people.",
     "1.89 million", "people_lifted", 2020, 2020, "publication", "Southern Xinjiang"),
    # The country or a region that only describes an unnamed province places nothing.
    ("Shanxi did well. Each of the 58 impoverished counties in the North China province has a plan.",
     "58", "poor_counties", 2020, 2020, "publication", "Shanxi"),
    # "China's" as a modifier does not make the bulletin national.
    ("Ma'anshan Village, once a poor area in north China's Inner Mongolia, has gained much since the start of "
     "China's poverty campaign. Ma'anshan Village grew fast.\n\nChina's tourism grew too.\n\nIn 2019, the "
     "villagers' per capita income reached 18,300 yuan.", "18,300 yuan", "income", 2019, 2019, "explicit",
     "Ma'anshan Village"),
    # A year a dash follows in running text is no dateline's date.
    ("Commitments increased from RMB 12.75 billion in 2001 to RMB 34.93 billion in 2010 \u2013 an average annual "
     "growth of 11.9 percent.", "RMB 34.93 billion", "funding", 2010, 2010, "explicit", "China"),
    # Two years a sentence names span the period "these ten years" and "the same period" point back to.
    ("Commitments increased from 12.75 billion yuan in 2001 to 34.93 billion yuan in 2010. This represents a "
     "total investment of 204.38 billion yuan over these 10 years.", "204.38 billion yuan", "funding", 2001, 2010,
     "explicit", "China"),
    ("The rural poor fell from 98.99 million at the end of 2012 to 16.6 million at the end of 2018. The incidence "
     "dropped 8.5 percentage points during the same time period.", "8.5 percentage points", "growth_rate", 2012,
     2018, "explicit", "China"),
    # The national poverty line named some words before its amount is China's.
    ("Hainan did well. The national poverty line is an annual income of 2,300 yuan per capita.",
     "2,300 yuan", "poverty_line", 2020, 2020, "publication", "China"),
    ("From 2012 to 2021, incomes in the eastern, central, western and northeastern regions increased by "
     "110.1%, 116.2%, 123.5% and 89.5% respectively.", "123.5%", "growth_rate", 2012, 2021, "explicit",
     "Western China"),
    # A region a cause is put down to is not where the next sentence's figures went.
    ("A statistician attributed the growth of wages to more hired labour in central and western parts of China. "
     "Operating revenue in impoverished areas rose 6.8 percent.", "6.8 percent", "growth_rate", 2020, 2020,
     "publication", "China"),
    # "Bijie's Zhijin county": the smaller place the possessive names.
    ("Guizhou sent 310 private companies to help 328 villages in Bijie's Zhijin county.",
     "328", "other", 2020, 2020, "publication", "Zhijin County"),
    # A change written end first: "fell to A from B" dates A at the period's end, B at its start.
    ("Between 2015 and 2019, the poverty rate fell to 3.36 percent from 26.54 percent.",
     "3.36 percent", "poverty_rate", 2019, 2019, "explicit", "China"),
    ("Between 2015 and 2019, the poverty rate fell to 3.36 percent from 26.54 percent.",
     "26.54 percent", "poverty_rate", 2015, 2015, "explicit", "China"),
    # "Since" an event named without its year: from the event's year.
    ("Since the 18th CPC National Congress, the province has lifted 5.6 million people out of poverty.",
     "5.6 million", "people_lifted", 2012, 2020, "explicit", "China"),
    # Where a statement was made, however the meeting is described, is no figure's place.
    ("Zhang said at the administration's work meeting in Libo County, southwestern Guizhou Province, that rangers "
     "were recruited nationwide.\n\nIn addition, more than 1.6 million poor households have received subsidies "
     "for giving up farmland.", "1.6 million", "other", 2020, 2020, "publication", "China"),
    # Money put into a named area of a place lands in that place (Wulong County, since 2016
    # Chongqing's Wulong District); since an event at the end of a year runs from that year.
    ("Jinan City invested 3.3 million yuan in Baima Mountain Area of Wulong County.", "3.3 million yuan",
     "funding", 2020, 2020, "publication", "Wulong District"),
    ("Since the city's own fund was set up at the end of 2016, Wuxi has invested 503 million yuan in it.",
     "503 million yuan", "funding", 2016, 2020, "explicit", "Wuxi"),
    # A poverty line the sentence calls the country's, or at the national line's amount, is China's,
    # wherever the story is filed; a line "measured in 2010 value" is not of 2010.
    ("LANKAO, Henan -- The Chinese government defines poverty as having an income of less than 2,800 yuan "
     "(400 US dollars) a year.", "2,800 yuan", "poverty_line", 2020, 2020, "publication", "China"),
    ("Guizhou still has many poor. The poverty line is 2,300 yuan per capita annual income, measured in 2010 "
     "value.", "2,300 yuan", "poverty_line", 2020, 2020, "publication", "China"),
    # A person's figure with no place near it is of the smallest place the story last named,
    # not of the province the bulletin is about; a speaker's attribution is no person's figure.
    ("Xinjiang helps herders\n\nAbudukrim lives in Yvrvktax, a poor village in Qira county in Xinjiang's Hotan "
     "prefecture. Xinjiang lifted 1 million people out of poverty in 2019.\n\nWith the team's support, his shed "
     "soon had water.\n\nNow he owns more than 500 sheep and earned 50,000 yuan last year.", "50,000 yuan",
     "income", 2019, 2019, "explicit", "Yvrvktax Village"),
    ("Poverty in China\n\nLi Mei lives in Liupanshui, a city in Guizhou Province, China. Poverty fell across "
     "China.\n\nShe once made little.\n\nNow she earns 1,200 yuan per month.", "1,200 yuan", "income", 2020, 2020,
     "publication", "Liupanshui"),
    ("Poor areas in China\n\nThe county of Fuping in Hebei has many poor.\n\nIncomes in China's poorest areas were "
     "3,300 yuan in 2010.\n\n\"We must keep a growth rate of 13.7 percent in poor areas,\" he said.", "13.7 percent",
     "growth_rate", 2020, 2020, "publication", "China"),
    # A receiver paired with before its giver's clause: the giver's aid lands there.
    ("Since the establishment of a pair relationship with Haidong at the end of 2016, Wuxi has invested 503 "
     "million yuan.", "503 million yuan", "funding", 2016, 2020, "explicit", "Haidong"),
    # Two places joined by a hyphen before words of pairing: the first gives to the second.
    ("Jiangsu-Shaanxi Pairing-off Poverty Alleviation\n\nIn 2011, Jiangsu Province invested a total of 24.53 "
     "million yuan of government assistance funds.", "24.53 million yuan", "funding", 2011, 2011, "explicit",
     "Shaanxi"),
    # Between a giving province's place and one of a province receiving paired aid, any word of aid
    # in the sentence pairs them.
    ("Shenzhen was designated by the central government in 2010 to offer one-on-one assistance to the urban area "
     "of Kashgar.\n\nThe Shenzhen government provided an extra 200 million yuan to build a university.",
     "200 million yuan", "funding", 2020, 2020, "publication", "Kashgar"),
    # Of a western province's place and an eastern one's, the western receives, whichever comes first.
    ("Ganzi-Hangzhou partnership launches consumer aid\n\nOver the past three years, Hangzhou has teamed up 574 "
     "professionals, invested 2.2 billion yuan, and carried out 293 projects to support Ganzi's development.",
     "2.2 billion yuan", "funding", 2017, 2019, "explicit", "Garze Tibetan Autonomous Prefecture"),
    # Where a speaker works is not where the figure lands.
    ("In Jiangxi the impoverished population fell from 2 million to 96,000, said an official in Gaowang Village.",
     "96,000", "poor_population", 2020, 2020, "publication", "Jiangxi"),
    # The village a photo's caption shows sets no scene for the report's figures.
    ("Jiangxi lifts many out of poverty\nVillagers pick tea in Shangping Village, Wuyuan County, east China's "
     "Jiangxi Province. (Xinhua/Li Ming)\nA total of 411,000 people in Jiangxi Province left poverty in 2019, the "
     "provincial government said.\nOfficials said 90 percent of the old houses were renovated.",
     "90 percent", "share", 2019, 2019, "context", "Jiangxi"),
    ("Relocation gathers pace in Tibet\nHerders in Sumdan Village, Tibet. [Photo by Li Wei/China Daily] |\nThe "
     "regional government has invested 4 billion yuan in poor areas.", "4 billion yuan", "funding", 2020, 2020,
     "publication", "Tibet Autonomous Region"),
    ("Rural income grows 7% a year\nSince China began its reforms, rural incomes grew 7.1 percent a year.\n\nThis "
     "photograph taken a year ago shows shoppers in Nanjing. [China Daily]\nBetween 1978 and 2007, the per capita "
     "income of rural residents increased from 133.6 yuan to 4,140.4 yuan.", "4,140.4 yuan", "income", 2007, 2007,
     "explicit", "China"),
    # A series said "respectively" over a period of as many years: a year each.
    ("From 2017 to 2019, farmers' incomes in Gansu grew 10.2 percent, 10.3 percent and 11.8 percent, respectively.",
     "10.3 percent", "growth_rate", 2018, 2018, "explicit", "Gansu"),
    # A province in a clause opened by ", with" after the figure is a part of it; an official's
    # "my country" is China.
    ("The cost is large.\nChina plans to lift 10 million people above the poverty line this year, with Guizhou "
     "one of the frontline provinces.", "10 million", "people_lifted", 2020, 2020, "explicit", "China"),
    ("Yunnan and Xinjiang exit\nToday, Yunnan Province and the Xinjiang Uygur Autonomous Region announced that all "
     "their poor counties had exited.\nSo far, a total of 17 impoverished counties in my country, including Yunnan, "
     "Xinjiang, and Anhui, have all been lifted out of poverty.", "17", "poor_counties", 2020, 2020, "publication",
     "China"),
    # Places in brackets that explain a term set no scene for the next sentence.
    ("The final push against poverty\nWe took the \"three regions\" (Tibet, Hotan and Kizilsu in southern Xinjiang) "
     "and the \"three prefectures\" (Liangshan Prefecture in Sichuan and Nujiang Prefecture in Yunnan) as the focus "
     "of our work.\nBesides them, 169 poor counties have been designated as the focus of our work.", "169",
     "poor_counties", 2020, 2020, "publication", "China"),
    # Places counted lie in the place closing their noun phrase, past a bracketed aside.
    ("Zhejiang-Sichuan Pairing-off Poverty Alleviation\nSince 1996, Zhejiang Province has undertaken the task of "
     "lifting 12 national poor counties (cities, districts) of Guangyuan and Nanchong in Sichuan Province out of "
     "poverty.", "12", "poor_counties", 1996, 2020, "explicit", "Sichuan"),
    # A figure no place is named for after a national figure of the sentence before is national
    # too, not of the bulletin's main place; so is a share of the world's population, however
    # a scraped page spaces its apostrophe.
    ("Guizhou counts its gains\n\nGuizhou lifted 1.2 million people out of poverty last year, the province said."
     "\n\nAccording to the State Council office, from 2013 to 2016 the number of people living in poverty "
     "nationwide fell from 99 million to 43.36 million.\n\nThirteen million people have been lifted above the "
     "poverty line in each of the past five years.", "Thirteen million", "people_lifted", 2015, 2019, "explicit",
     "China"),
    # Where goods are supplied or introduced to is neither the figure's place nor the scene after.
    ("Tea from the hills\nIn addition to kiwi fruit, Huayuan County has built a 667-hectare tea base.\nIn October, "
     "a total of 182.4 kilograms of golden tea was supplied to Hong Kong.", "182.4", "other", 2019, 2019, "explicit",
     "Huayuan County"),
    ("A village of embroidery\nIn 2014, Shi was invited by a company to introduce Miao embroidery and smoked pork, a "
     "local delicacy, to Beijing.\nThe committee provides her with about 550 yuan a month.", "550 yuan", "funding",
     2020, 2020, "publication", "China"),
    # In a county's story, a person's figure is of the town the story set them in.
    ("Cattle bring cash to Xiji County\n\nXiji County in Ningxia has 30,000 cattle farmers, the county said.\n\n"
     "Yang Zhirong built his house in the town of Malian ten years ago.\n\nSubsidies have helped farmers grow more "
     "corn for their herds.\n\nHe sold two of his cows last year, the bigger one fetching 23,000 yuan.",
     "23,000 yuan", "other", 2019, 2019, "explicit", "Malian Town"),
    # A dateline in capitals after a page's clock files the story; it places nothing.
    ("Extreme poverty declines\n(Xinhua)\nUpdated: 2008-07-08 20:47 BEIJING -- The number of people under extreme "
     "poverty in rural areas dropped from 250 million in 1978 to 14.79 million in 2007.", "14.79 million",
     "poor_population", 2007, 2007, "explicit", "China"),
    # The seat of the office a statement came from sets no scene.
    ("Tibet's poor\nAt the end of last year, Tibet had 502,000 people in absolute poverty, said a statement from the "
     "poverty relief office in Tibet's capital Lhasa.\nThe per capita net income of farmers grew fast.\nLast year, "
     "their income reached 3,990 yuan.", "3,990 yuan", "income", 2019, 2019, "explicit", "Tibet Autonomous Region"),
    ("Henan exits\nHenan lifted 1 million people this year.\n\"Among the 592 impoverished counties across China, "
     "Lankao and Jinggangshan took the lead,\" said the director of Henan's poverty relief office.", "592",
     "poor_counties", 2020, 2020, "context", "China"),
    # A number of Chinese people is the country's; Chinese firms are not.
    ("Henan tackles poverty\nHenan lifted 1 million people.\nThere are still 30 million Chinese living below the "
     "national poverty line.", "30 million", "poor_population", 2020, 2020, "publication", "China"),
    ("Xinjiang aid\nIn Xinjiang, 16 Chinese centrally administered enterprises helped 10,000 poor residents.",
     "10,000", "other", 2020, 2020, "publication", "Xinjiang Uygur Autonomous Region"),
    # A place the scope surrounds or borders only says where it lies; a neighbouring one is the scope.
    ("Hebei exits poverty\nIn Hebei province, surrounding the capital, Beijing, all 2.32 million rural poor have "
     "been lifted out of poverty.", "2.32 million", "people_lifted", 2020, 2020, "publication", "Hebei"),
    ("Relocation in Chongqing\nIn Wuxi County, 12 sites were built. In neighboring Fengjie County, 37 resettlement "
     "sites were finished by the end of October.", "37", "other", 2020, 2020, "explicit", "Fengjie County"),
    # A sentence opening with a pronoun goes on with the example before it.
    ("Roads for poor areas\n\nTransport has helped poor areas. For instance, Shiquan county, in Ankang, Shaanxi "
     "province, has been working to improve its roads. It has built 1,186 kilometers of roads and 352 bridges.",
     "352", "other", 2020, 2020, "publication", "Shiquan County"),
    # Where a meeting opened or was held, or a figure was revealed, is not the figures' place.
    ("Firms created 307,600 jobs in those areas, Wang said at a symposium that opened in Zhijin County of "
     "southwest China's Guizhou Province on May 3.", "307,600", "jobs", 2020, 2020, "explicit", "China"),
    ("An official revealed in Yan'an on the 17th that enterprises purchased more than 22 billion yuan of farm "
     "products from poor areas.", "22 billion yuan", "other", 2020, 2020, "explicit", "China"),
    # Where the value's things are said to be carried out or built is their place; partners
    # "across China" that support them (after "by") are not.
    ("A total of 2,806 projects involving 20 billion yuan (around 2.97 billion U.S. dollars), supported by "
     "partners across China, have been implemented in Tibet Autonomous Region since 2012.",
     "2,806", "other", 2012, 2020, "explicit", "Tibet Autonomous Region"),
    ("Since 2010, Jiangsu has arranged for 1203 investment projects to be launched in Xinjiang.",
     "1203", "other", 2010, 2020, "explicit", "Xinjiang Uygur Autonomous Region"),
    # A preposition opening a sentence is no part of the name after it.
    ("Within Wudu district in Longnan, officials from Qingdao have introduced an investment of 43 million yuan.",
     "43 million yuan", "funding", 2020, 2020, "publication", "Wudu District"),
    # Aid given to a list of places goes to what holds them all.
    ("Dalian donated 46.91 million yuan to Bijie and Qiannan of Guizhou. It implemented 124 aid projects "
     "to benefit 130,000 local residents.", "124", "other", 2020, 2020, "publication", "Guizhou"),
    # A line "nationally defined by the annual household income of" a sum is the country's line.
    ("Dahua county had 20,000 people below the poverty line, which is nationally defined by the annual "
     "household income of 2,300 yuan.", "2,300 yuan", "poverty_line", 2020, 2020, "publication", "China"),
    # A giver of aid to several apart places keeps its first receiver as the home of people
    # who find jobs in the giver.
    ("In 2021, Shanghai sent 1,034 cadres to Yunnan, Xinjiang, Tibet and Qinghai. In Yunnan, about 38,000 "
     "rural workers found jobs in Shanghai this year.", "38,000", "jobs", 2020, 2020, "explicit", "Yunnan"),
    # A headline's prefecture before "village" describes the village the text then names.
    ("Nantong village sees progress\n\nXinsanyuan village in Tongzhou district, Nantong, has made strides. "
     "The village generated a revenue of 44 million yuan.", "44 million yuan", "income", 2020, 2020,
     "publication", "Xinsanyuan Village"),
    # A place some distance from which another lies is no scope.
    ("The village of Xieli is less than 1 km from Myanmar, with 18 households.", "18", "other", 2020, 2020,
     "publication", "Xieli Village"),
    # A giver's bulletin counts the poor of the place it helps.
    ("In 2013, Hangzhou began helping Qiandongnan. Over 200 technical workers from Hangzhou are still working "
     "there. The number of impoverished people has been reduced from 1.21 million in 2013.", "1.21 million",
     "poor_population", 2013, 2013, "explicit", "Qiandongnan Miao and Dong Autonomous Prefecture"),
    # Two places "and" joins after words of pairing: the first gives to the second.
    ("Liaoning has promoted counterpart support between Dalian and Liupanshui. Up to now, Dalian has invested "
     "a total of 487 million yuan in funds and materials.", "487 million yuan", "funding", 2020, 2020,
     "publication", "Liupanshui"),
    # A period in brackets right after a plan spells it out; "since" the plan's start governs.
    ("Since the beginning of the 13th Five-Year Plan period (2016-2020), the county has built 300 workshops.",
     "300", "other", 2016, 2020, "explicit", "China"),
    # A masthead opening the text names who published it, not whose figures it gives.
    ("Beijing Review\n\nDisabled people fight poverty\n\nThe number of disabled people in poverty dropped to "
     "about 500,000.", "500,000", "poor_population", 2020, 2020, "publication", "China"),
    # A county's bulletin calls its own area "the region".
    ("Youyu County turns green\n\nYouyu County in Shanxi Province planted trees for decades. Forest coverage "
     "in Youyu rose, and farmers in the region earned 4,200 yuan more.", "4,200 yuan", "income", 2020, 2020,
     "publication", "Youyu County"),
    # "located in" after a place describes that place; it is no landing of the value.
    ("The collective income of 19 villages topped 1 million yuan each last year, according to officials in "
     "Jingjiang city, located in East China's Jiangsu province.", "19", "other", 2019, 2019, "explicit",
     "Jingjiang"),
    # A national total of the programs is China's, whatever province the text is about.
    ("Tibet's poor counties all left poverty.\nThe number of impoverished counties decreased from 832 to 52.",
     "832", "poor_counties", 2020, 2020, "publication", "China"),
    # The capital as an actor is the country, unless the text speaks of the municipality.
    ("The Beijing municipal government issued a rural plan on Thursday.\n"
     "Also by 2020, Beijing plans to promote about 1,500 demonstration villages.",
     "1,500", "other", 2020, 2020, "explicit", "Beijing"),
    ("Beijing plans to build 1,500 rural schools by 2020.",
     "1,500", "other", 2020, 2020, "explicit", "China"),
    # A place only a comma parts from the value ends the item before it.
    ("It included 124.67 million yuan for the Tibet autonomous region, 71.74 million yuan for the Hainan "
     "Tibetan autonomous prefecture of Qinghai.", "71.74 million yuan", "funding", 2020, 2020, "publication",
     "Hainan Tibetan Autonomous Prefecture"),
    # A place the counted phrase puts things in, inside the one it names, is narrower.
    ("This year, the province plans to implement 102 Xinjiang aid projects in Turpan.",
     "102", "other", 2020, 2020, "explicit", "Turpan"),
    # Where an announcement was made is no scope.
    ("Guizhou gets help.\nAnnouncing details in Beijing, Chen said the projects involve a total investment of "
     "162 billion yuan.", "162 billion yuan", "funding", 2020, 2020, "publication", "Guizhou"),
    # Figures a ministry reports, in a sentence naming no place, are national.
    ("Wudu is a district in Gansu.\nAccording to the Ministry of Commerce, the value of farm products sold online "
     "was 397.5 billion yuan in 2019.", "397.5 billion yuan", "other", 2019, 2019, "explicit", "China"),
    # A nickname in quotation marks is no place.
    ("Xuchang Village, of Lankao County in Henan Province, is known as \u201cPipa Village.\u201d It has 54 workshops.",
     "54", "other", 2020, 2020, "publication", "Xuchang Village"),
    # A figure before "before 2005", a conversion in brackets between, is of the years up to 2004.
    ("Incomes increased from about 4,600 yuan (about 678 U.S. dollars) before 2005 to 8,800 yuan in 2010.",
     "4,600 yuan", "income", None, 2004, "explicit", "China"),
    # "Before that," is the time before the year named last.
    ("Peng, who opened her homestay in 2016, now earns about 110,000 yuan a year. Before that, the couple's "
     "income was around 9,000 yuan a year.", "9,000 yuan", "income", None, 2015, "explicit", "China"),
    # "beginning in 2014," opening a clause runs to the publication, like "since 2014".
    ("Deeming roads essential, beginning in 2014, the county government invested 3.8 billion yuan in roads.",
     "3.8 billion yuan", "funding", 2014, 2020, "explicit", "China"),
    # A line people live under is no cue for an amount that is not the line's.
    ("People under the poverty line will receive 1,750 yuan a year from the tea plantation.",
     "1,750 yuan", "funding", 2020, 2020, "publication", "China"),
    ("Farmers below the national poverty line (2,300 yuan) got help.",
     "2,300 yuan", "poverty_line", 2020, 2020, "publication", "China"),
    ("In 2015, half of residents lived under poverty line - the annual income per capita was less than 3,000 yuan.",
     "3,000 yuan", "poverty_line", 2015, 2015, "explicit", "China"),
    # What an industry produces, or a disaster cost, is no funding.
    ("The industry's annual output is worth 120 million yuan.", "120 million yuan", "other", 2020, 2020,
     "publication", "China"),
    ("The direct economic cost of the earthquake was almost 980 billion yuan.", "980 billion yuan", "other", 2020,
     2020, "publication", "China"),
    # A quoted name after "a" is a nickname, no place.
    ("Bama Yao Autonomous County is in Guangxi. It became a famed \"Longevity Village\" in the 1990s. It is home to "
     "less than 300,000 residents.", "300,000", "other", 2020, 2020, "publication", "Bama Yao Autonomous County"),
    # A deadline before a "since" period closes it; one of a later clause does not.
    ("By the end of 2020, nearly 100 million rural residents had escaped poverty since 2012.",
     "100 million", "people_lifted", 2012, 2020, "explicit", "China"),
    ("Since 2014, more than 1.4 million km of rural roads have been built, and all villages had been connected to "
     "bus services by 2019.", "1.4 million", "other", 2014, 2020, "explicit", "China"),
    # What a person has to pay, or what something costs each one, is an outlay; a bank's loan is a loan.
    ("In the clinic I only need to pay 18 yuan for three days of treatment.", "18 yuan", "other", 2020, 2020,
     "publication", "China"),
    ("It only costs every farmer 30 yuan to join the scheme.", "30 yuan", "other", 2020, 2020, "publication", "China"),
    ("The bank has loaned 112 million yuan to farmers in the village.", "112 million yuan", "loans", 2020, 2020,
     "publication", "China"),
    ("Built by the local government at a cost of 420 million yuan, the site opened.", "420 million yuan", "funding",
     2020, 2020, "publication", "China"),
    # A village a story named shortly before sets the scene of figures no bigger than a village's,
    # in sentences that name no wider unit.
    (RELOCATION_STORY + "So far, 80 households have relocated.", "80", "people_relocated", 2020, 2020, "publication",
     "Ma'an Village"),
    (RELOCATION_STORY + "So far, 80,000 households have relocated.", "80,000", "people_relocated", 2020, 2020,
     "publication", "Guizhou"),
    (RELOCATION_STORY + "In the poor counties, per capita income rose to 3,400 yuan.", "3,400 yuan", "income", 2006,
     2020, "context", "Guizhou"),
    # In a province's bulletin a county the story named sets the scene too; not past a section heading.
    ("A new breed of hope\n\nA young man returns to his hometown in Gansu to rebuild its livestock industry.\n\n"
     "At the end of 2023, a severe earthquake hit Jishishan in Gansu province, destroying sheds.\n\nIn response, Lu "
     "arrived to help set up a breeding center.\n\nLu led a newly recruited team of 24 local employees to build the "
     "farm.", "24", "jobs", 2023, 2023, "context", "Jishishan Bonan, Dongxiang and Salar Autonomous County"),
    ("Rural incomes in Tibet\n\nXigaze lifted 52,000 people out of poverty, among them in Lhatse County. In Lhatse "
     "County, income of poor households reached 8,260 yuan.\n\nII. Incomes of Rural Residents\n\n11. Per capita "
     "wage income: 2,871 yuan, up 16.3%.", "2,871 yuan", "income", 2020, 2020, "publication",
     "Tibet Autonomous Region"),
    ("Rural incomes in Shanxi grew\n\nShanxi's rural incomes rose 7 percent last year.\n\nKelan County in Xinzhou "
     "recorded the fastest growth, while Daning County in Linfen grew the slowest.\n\nIn the northern mountains, new "
     "roads were built.\n\nWages accounted for nearly 70 percent of income.", "70 percent", "share", 2020, 2020,
     "publication", "Shanxi"),
    # A base year glued to "from" by scraping is still a comparison base.
    ("China will allocate 123.7 billion yuan this year to fund the allowance system. The money is an increase of "
     "12.9 percent, or 11.27 billion yuan, from2019, the ministry said.", "11.27 billion yuan", "funding", 2020, 2020,
     "context", "China"),
]


@pytest.mark.parametrize("text,value,placed", [
    ("Some 736 million people were living in extreme poverty worldwide in 2015.", "736 million", False),
    ("The extremely poor fell from 35 percent of the world's population in 1990 to 11 percent.", "35 percent", False),
    ("The extremely poor fell from 35 percent of the world' s population in 1990 to 11 percent.", "35 percent", False),
    ("Below the $1.90 a day poverty line used by the World Bank, few Chinese live.", "$1.90", False),
    ("China accounted for more than 70 percent of global poverty reduction.", "70 percent", True),
    ("Over 40 years, 800 million people left poverty, over 70 percent of global poverty reduction.", "800 million",
     True),
    ("Incomes were 65 cents a day, a figure far below the World Bank minimum of $1.25 daily.", "65 cents", True),
    ("China lifted 800 million. The number accounts for over 75 percent of people lifted out of poverty worldwide.",
     "75 percent", True),
    ("Extreme poverty in the world outside China rose from 1,548 million in 1981.", "1,548 million", False),
    ("The developing world's population rose by nearly 60% in three decades.", "60%", False),
    # A global total is the world's, not the country's a text is about.
    ("China met its goals.\nThe incidence of global poverty decreased from 35.9 percent in 1990.", "35.9 percent", False),
    ("China will work with other countries, which could boost global trade by up to 6.2 percent.", "6.2 percent", False),
    ("China set a line of 2,300 yuan, above the global poverty line of 1.9 dollars a day.", "2,300 yuan", True),
])
def test_resolve_world_figures_have_no_place(run_text, text, value, placed):
    """A figure its sentence makes the world's, or a line an international body uses, is no
    place's; China's share of the world's poverty reduction, and a figure only compared with
    an international line, keep theirs."""
    bulletin, mentions, sentences, _ = run_text(text, published="2021-06-01")
    places = {r.mention.text: r.place for r in Resolver().resolve(bulletin, mentions, sentences)}
    assert (places[value] is not None) == placed, places


def test_resolve_international_poverty_line_has_no_place(run_text):
    """A line an international body sets is no place's; China's own line stays China's."""
    text = ("In Dongxiang County incomes were 1,602 yuan, above China's poverty line of 1,196 yuan but far below "
            "the World Bank minimum of $1.25 daily.")
    bulletin, mentions, sentences, _ = run_text(text, published="2010-06-01")
    places = {r.mention.text: r.place for r in Resolver().resolve(bulletin, mentions, sentences)}
    assert places["$1.25"] is None
    assert places["1,196 yuan"].name == "China"


@pytest.mark.parametrize("text,value,indicator,y0,y1,basis,place", RECORDS,
                         ids=[f"{r[2]}-{i}" for i, r in enumerate(RECORDS)])
def test_resolve_record(run_text, text, value, indicator, y0, y1, basis, place):
    bulletin, mentions, sentences, _ = run_text(text, published="2020-06-28")
    records = Resolver().resolve(bulletin, mentions, sentences)
    found = [r for r in records if r.mention.text == value]
    assert len(found) == 1, [r.mention.text for r in records]
    r = found[0]
    assert (r.indicator, r.year_start, r.year_end, r.time_basis, r.place.name) == (indicator, y0, y1, basis, place)


# (text, value text, indicator): what a figure measures, said by the words around it.
INDICATOR_KEYS = [
    # The level a subsistence allowance is set at is a line.
    ("Last year, the average monthly urban subsistence level was 287.6 yuan per person.", "287.6 yuan",
     "poverty_line"),
    ("92.6 billion yuan was spent on subsistence allowances, which were set at 734 yuan per person per month.",
     "734 yuan", "poverty_line"),
    ("92.6 billion yuan was spent on subsistence allowances, which were set at 734 yuan per person per month.",
     "92.6 billion yuan", "funding"),
    # The ratio of a poverty population is a poverty rate; a bare count living under the line is poor.
    ("The ratio of poverty population in rural and pastoral areas has dropped from 20 percent in 1994.",
     "20 percent", "poverty_rate"),
    ("However, China still has a long way to go, as there remain 36.1 million living under poverty line now.",
     "36.1 million", "poor_population"),
    # An income that marks off a group of people is a line; an average a group has is income.
    ("Besides, the country has 40.67 million people whose annual income is less than 944 yuan.", "944 yuan",
     "poverty_line"),
    ("The low-income level was defined by an annual per-capita income of 1,067 yuan or less a year in 2007.",
     "1,067 yuan", "poverty_line"),
    ("There are 2,895 poor families with an average annual income of 1,809 yuan.", "1,809 yuan", "income"),
    # A region's gross regional product is no funding; what an employer pays a worker is a wage.
    ("In the first six months of 2019, Guangdong's gross regional product (GRP) exceeded 5 trillion yuan.",
     "5 trillion yuan", "other"),
    ("The factory pays him more than 3,000 yuan a month.", "3,000 yuan", "income"),
    ("The government pays each household 3,000 yuan in subsidies.", "3,000 yuan", "funding"),
    # Officials removed from their posts, and bribes, are neither personnel, jobs nor funding.
    ("In Wulong, two township leaders were removed from their posts in December.", "two", "other"),
    ("Two officials from the bureaus were found to have received bribes of 40,900 yuan.", "40,900 yuan", "other"),
    ("He took 10.4 million yuan in bribes.", "10.4 million yuan", "other"),
    # A multiple a quantity grew by is a growth rate; a count of occasions is not.
    ("The per capita GDP reached 8,062 yuan, with an increase of 2.36 times.", "2.36", "growth_rate"),
    ("Regional GDP has increased 335-fold compared with that of 1949.", "335", "growth_rate"),
    ("Its GDP per capita has multiplied by a factor of almost 65.", "65", "growth_rate"),
    ("Sales saw a 20-fold increase.", "20", "growth_rate"),
    # Bills a family faces are spending.
    ("Yuan checked Shi's medical bills totaling over 7,000 yuan.", "7,000 yuan", "other"),
    # The level of a rate an annual average names is no growth; a purchase order from a buyer
    # is a purchase; what is received as a shareholder is a dividend.
    ("The region's annual average urban surveyed unemployment rate stood at 5.2 percent in 2020.", "5.2 percent",
     "share"),
    ("The event received a purchase order from the government of 800,000 yuan.", "800,000 yuan", "other"),
    ("She received about 11,510 yuan as a shareholder last year, she says.", "11,510 yuan", "income"),
    # People who work at a site or went out to work hold jobs; teachers added to schools are
    # personnel.
    ("More than 400 local people work at the bases.", "400", "jobs"),
    ("Last year, 143 people in the village went out to work.", "143", "jobs"),
    ("After the survey, there were 1.0463 million people willing to go out to work.", "1.0463 million", "other"),
    ("The ministry plans to add 10,000 teachers in 2018.", "10,000", "personnel"),
    # The share of a population a scheme or service reaches is coverage, not a poverty rate;
    # a cost due each year is a fee; a place's total production is no funding.
    ("A total of 833 million rural residents, or 94 percent of the rural population, have joined the rural "
     "cooperative medical care system.", "94 percent", "share"),
    ("These projects, which currently serve 60 percent of the rural population, mark an increase of 4 percent "
     "from 2022.", "60 percent", "share"),
    ("The poor made up 3.1 percent of the rural population.", "3.1 percent", "poverty_rate"),
    ("The lowest costs 100 yuan (US$14.65) a year.", "100 yuan", "other"),
    ("Total production of the city reached 73.7 billion yuan by the end of 2011.", "73.7 billion yuan", "other"),
    # A city of so many people is its population; costs saved are no funding.
    ("In Linqing, a city of about 800,000 people, more than 3,000 people have benefited from social jobs this "
     "year.", "800,000", "other"),
    ("The farmland helped increase grain output and save costs by 500 yuan per mu, Zhang said.", "500 yuan", "other"),
    ("A seventy-square-meter three-bedroom resettlement apartment costs 120,000 yuan.", "120,000 yuan", "other"),
    # "Living under poverty line" makes a share of people a poverty rate; people helped
    # "shaking off" poverty left it; the poorest counties and townships are poor ones.
    ("Rongshui was a poor county, with 28.53 percent of its people living under poverty line.", "28.53 percent",
     "poverty_rate"),
    ("The group accounts for about 12 percent of the country's total population living in poverty.", "12 percent",
     "share"),
    ("The project has helped about 30,000 local villagers shaking off poverty.", "30,000", "people_lifted"),
    ("Danzhai was one of 592 of the poorest counties in China.", "592", "poor_counties"),
    ("Sanbao was one of the 20 poorest townships in Guizhou.", "20", "poor_villages"),
    # "Official" before a poverty line is no official; people below any named line are poor; a
    # total population is everyone.
    ("Out of a total population of 40 million people, 11.5 million live below China's official rural poverty "
     "line.", "11.5 million", "poor_population"),
    ("Out of a total population of 40 million people, 11.5 million live below China's official rural poverty "
     "line.", "40 million", "other"),
    ("In 2013, a hurricane left about one-third of the population of 3,000 living below the national poverty line.",
     "3,000", "other"),
    # Villages called non-poor are no poor villages; a crop that nets a sum earns it; what a
    # family paid is a price.
    ("Xiji county has investigated 237 poor villages, 58 non-poor villages and eight communities.", "58", "other"),
    ("The crop of peppercorns and walnuts on the family farm nets upwards of 10,000 yuan in normal years.",
     "10,000 yuan", "income"),
    ("Each family paid 10,000 yuan for the apartment.", "10,000 yuan", "other"),
    ("They will be paid 1,400 yuan a month, Gong said.", "1,400 yuan", "income"),
    # The whole a part of the poor is taken from is the poor stock; "registered as" goes with
    # the noun after it.
    ("From 2014 to 2019, more than 2.92 million out of the 3.09 million registered as impoverished people shook "
     "off poverty.", "2.92 million", "people_lifted"),
    ("From 2014 to 2019, more than 2.92 million out of the 3.09 million registered as impoverished people shook "
     "off poverty.", "3.09 million", "poor_population"),
    # A dash typed as a hyphen before an aside leaves the counted noun whole; people helped to
    # raise their incomes above the poverty line left poverty; a rent is a price, not funding.
    ("So far, 365 households-roughly 1,700 people-have been resettled in the area.", "365", "people_relocated"),
    ("So far, 365 households-roughly 1,700 people-have been resettled in the area.", "1,700", "people_relocated"),
    ("The projects have helped 70,000 villagers raise their incomes to above the provincial poverty line.",
     "70,000", "people_lifted"),
    ("He lives in the industrial park at an annual rent of about 120 yuan.", "120 yuan", "other"),
    # People who found jobs are placed in jobs, whatever training led there; those trained
    # to find jobs are trained.
    ("So far, 35 villagers have found jobs after training.", "35", "jobs"),
    ("The project aims to provide free vocational training to five million young farmers and help them to find "
     "jobs in cities.", "five million", "people_trained"),
    # A subsidy that is paid is no one's pay; a purchase price is a price; the Gini index is
    # a coefficient; officials investigated are not sent to help; people no longer counted
    # as poor have left poverty.
    ("A government subsidy of 500 yuan ($73) will be paid for each square meter.", "500 yuan", "funding"),
    ("The red peppers will be purchased at 2.4 yuan ($0.36) per kilogram.", "2.4 yuan", "other"),
    ("Income inequality, as measured by the Gini index, fell from 49.1 in 2008 to 46.2 in 2015.", "46.2", "share"),
    ("A total of 8,888 officials were investigated for alleged corruption in poverty relief.", "8,888", "other"),
    ("Since 2012, about 650,000 rural residents of Hainan are not considered as poor any more.", "650,000",
     "people_lifted"),
    # People water is channelled or supplied to, and those whose expenses or housing a
    # programme covers, are those it served, not a stock of the poor.
    ("The county spent 1.4 billion yuan to channel fresh tap water to over 266,000 poor residents.", "266,000",
     "other"),
    ("The program of safe drinking water has secured supplies to 28.89 million poor.", "28.89 million", "other"),
    ("The grant helps cover basic living expenses for 533,000 poor students.", "533,000", "other"),
    # People brought above the line are lifted out of poverty; a count a relative "who"
    # follows counts people.
    ("In China, 12.4 million people brought above poverty line in 2016.", "12.4 million", "people_lifted"),
    ("Among nearly 100 million who have shaken off poverty, women account for half.", "100 million",
     "people_lifted"),
    # What a lender makes as loans is no income; what a worker makes is.
    ("The bank's micro-credit business, which makes loans of 3,000 to 50,000 yuan in size, has helped 15 million "
     "farmers.", "3,000 to 50,000 yuan", "loans"),
    ("She makes 3,000 yuan a month at the factory.", "3,000 yuan", "income"),
    # A child's growth retardation is a condition, its rate a share, not a growth rate.
    ("The rates of anaemia and growth retardation among children were 16.3 percent and 3.2 percent, respectively.",
     "3.2 percent", "share"),
    # The proportion of a people in poverty is the poverty rate.
    ("Meanwhile, the proportion of Tibetans in poverty had fallen from 67 percent to 10.5 percent, he said.",
     "10.5 percent", "poverty_rate"),
    # A place's whole population a share is taken of is no stock of the poor; people helped out
    # of poverty are lifted, not moved.
    ("Even today, nearly 30 percent of the county's 200,000 residents live on less than one dollar a day.",
     "200,000", "other"),
    ("Even today, nearly 30 percent of the county's 200,000 residents live on less than one dollar a day.",
     "30 percent", "poverty_rate"),
    ("Targeted policies helped move 93 farmers from 29 of the village's households out of poverty in 2015.", "93",
     "people_lifted"),
    ("Measured by China's own line, 770 million rural residents have moved out of poverty since 1978.",
     "770 million", "people_lifted"),
    # A second noun joined to a count's own noun is counted with it: the officials are sent.
    ("Hangzhou has spent 2.3 billion yuan supporting Qiandongnan and has sent 991 skilled workers and officials to "
     "the region.", "991", "personnel"),
    # People paying for a service or a premium spend it; posts which pay a sum pay wages.
    ("Now, residents at the home pay 1,500 yuan a month if they need no nursing services.", "1,500 yuan", "other"),
    ("Rural residents need to pay premiums of 10 yuan for the policies.", "10 yuan", "other"),
    ("Another 124,000 held public welfare posts such as road maintenance, which pay 600 to 1,000 yuan a month.",
     "600 to 1,000 yuan", "income"),
    ("Over the past two years, nearly 8 million poor farmers have been included in the health insurance project.",
     "8 million", "other"),
    # An amount a day people live on, or below, or a standard is set at, is a line; one said
    # again in other terms measures the same; what people lived on is their income.
    ("There were 106.1 million people living below one dollar a day in China in 2005, but calculated to the bank's "
     "new standard of 1.25 dollars per day, that number grew to 207.7 million.", "1.25 dollars", "poverty_line"),
    ("There were 106.1 million people living below one dollar a day in China in 2005.", "one dollar",
     "poverty_line"),
    ("There were 106.1 million people living below one dollar a day in China in 2005.", "106.1 million",
     "poor_population"),
    ("The program targets villagers registered as surviving on just $1 a day.", "$1", "poverty_line"),
    ("The poverty threshold is set at an annual net income of 2,300 yuan (365 U.S. dollars), or around 1 U.S. "
     "dollar a day.", "1 U.S. dollar", "poverty_line"),
    ("The homestay earns 1,000 yuan a month, a large amount for villagers who had lived on less than 7 yuan a day.",
     "7 yuan", "income"),
    # People newly poor or falling into poverty move the other way, people reached by a project
    # are its beneficiaries, and people of areas of poverty are not all poor; people who fell
    # into poverty and were lifted out are lifted.
    ("The number of the newly poor has also dropped to less than 100,000, compared with more than 1 million in 2016.",
     "100,000", "other"),
    ("Some 20,000 people fell into poverty last year.", "20,000", "other"),
    ("By the end of 2019, 4.18 million people who fell into poverty due to illness have been lifted out.",
     "4.18 million", "people_lifted"),
    ("The water supply was improved for 256 million rural people, with 17.1 million impoverished people getting "
     "access to clean water.", "17.1 million", "other"),
    ("Nearly 19 million residents from areas of extreme poverty in China have benefited from a power grid project.",
     "19 million", "other"),
    # The poor counted, then said to account for a share of the whole: that share is the rate.
    ("About 240,000 people live below the poverty line in Nujiang, accounting for 53.9 percent of its total "
     "population.", "53.9 percent", "poverty_rate"),
    # What a person pays is an outlay, not income: pay as a verb; what an employer pays in
    # wages or bonuses is income, and a sum's purpose ("to pay for") leaves it what it is.
    ("Under the program, rural residents will pay 20 yuan more.", "20 yuan", "other"),
    ("It took him years to pay off a debt of 60,000 yuan to cover the medical bills.", "60,000 yuan", "other"),
    ("His father could not afford to pay 300 yuan for an X-ray.", "300 yuan", "other"),
    ("He still needed to pay a high cost of over 10,000 yuan himself.", "10,000 yuan", "other"),
    ("Workers in the factory earn 3,000 yuan a month, and the company will pay 2,000 yuan in bonuses.", "2,000 yuan",
     "income"),
    ("She took out a student loan of 8,000 yuan to pay for her tuition.", "8,000 yuan", "loans"),
    ("The monthly pay of a ranger is 800 yuan.", "800 yuan", "income"),
    # People a place still has in poverty are poor, a figure standing between "still" and the
    # words of poverty, whatever was shed before in the sentence.
    ("Thanks to government efforts, 265,000 border people shook off poverty from 2014 to 2015, however, there are "
     "still 560,000 people living under poverty line at the border area.", "560,000", "poor_population"),
    ("The county lifted 20,000 people out of poverty last year, and it still has 3,000 poor people.", "3,000",
     "poor_population"),
    # A figure a subject is moved to again measures what the first does; a level raised to a
    # figure is no money raised.
    ("In Tibet, the poverty line was set at 1,300 yuan in per capita net annual income in 2001 and was raised to "
     "1,700 yuan in 2006.", "1,700 yuan", "poverty_line"),
    ("The county raised 30 million yuan for roads.", "30 million yuan", "funding"),
    # The level a value is compared with measures what the value does.
    ("The poverty incidence of the county was 1.2 percent, much lower than the national average of 3.1 percent.",
     "3.1 percent", "poverty_rate"),
    ("Poverty-stricken residents in the province only accounted for 0.65 percent of its total population.",
     "0.65 percent", "poverty_rate"),
    ("The incidence of destitution had dropped to below 0.1 percent.", "0.1 percent", "poverty_rate"),
    # The share of a population classified as poor, or a poor population fallen to a percentage, is a poverty rate.
    ("A county can be removed from the list if less than 2 percent of its population is classified as "
     "impoverished.", "2 percent", "poverty_rate"),
    ("A county can be removed from the list if its impoverished population drops to less than 2 percent.",
     "2 percent", "poverty_rate"),
    ("Over eight years, almost 100 million people have been removed from poverty.", "100 million", "people_lifted"),
    # People a relative clause describes as lifted out of poverty are counted for what the main clause says.
    ("China will strive to ensure that at least 30 million people who have been lifted out of poverty are "
     "employed this year.", "30 million", "jobs"),
    ("Rural people with an annual net income per capita of 2,300 yuan (337.05 U.S. dollars) or less are classified "
     "as poor.", "2,300 yuan", "poverty_line"),
    # Counties on, in, topping or dropped from the list, or receiving relief, are poor counties; not a list of others.
    ("Yunnan Province topped the list with 73 counties.", "73", "poor_counties"),
    ("Guizhou and Shaanxi each have 50 counties included in the list.", "50", "poor_counties"),
    ("There are 832 counties that receive relief and preferential policies, said Wang.", "832", "poor_counties"),
    ("The list of pilot zones includes 12 counties.", "12", "other"),
    # What a person can make up to, or rakes in, is earned; costs that make up a sum are not.
    ("I have raised 120 yaks and I can make up to 60,000 yuan a year from yak milk.", "60,000 yuan", "income"),
    ("The family has 40 female yaks and can rake in about 400 yuan a day.", "400 yuan", "income"),
    ("The costs make up 60,000 yuan of the budget.", "60,000 yuan", "funding"),
    # The poor said to have been lifted out of poverty, or to be no longer poor, left it.
    ("Over the past eight years, the final 98.99 million impoverished rural residents living under the current "
     "poverty line have all been lifted out of poverty.", "98.99 million", "people_lifted"),
    ("Some 99 million rural people, 832 counties and 128,000 villages are no longer impoverished.", "99 million",
     "people_lifted"),
    # The income a definition of poverty names is a line, a conversion with a decimal point between.
    ("People whose annual income is lower than 2,300 yuan ($337.3) are defined as living below the poverty line.",
     "2,300 yuan", "poverty_line"),
    ('China defines "extreme rural poverty" as an annual per capita income of 4,000 yuan.', "4,000 yuan",
     "poverty_line"),
    ("The population in absolute poverty, with an annual per capita income of no more than 785 yuan, was reduced.",
     "785 yuan", "poverty_line"),
    ("The poor households, with incomes of 3,000 yuan a year, got help.", "3,000 yuan", "income"),
    # Poor towns count with poor villages; villages visited where a poverty rate was measured are not poor ones.
    ("It has 29 poor counties, 100 poor towns and 1,000 impoverished villages.", "100", "poor_villages"),
    ("Inspectors visited 1,540 households in 36 villages and found that poverty incidence had fallen to 0.66 "
     "percent.", "36", "other"),
    # A rate a verb moved to, an adverb or a multiple between, is a level, not a growth.
    ("Loan approval rates went up more than tenfold to 26.7 percent.", "26.7 percent", "share"),
    ("The coverage rate rose sharply to 96 percent.", "96 percent", "share"),
    # People helped out of poverty, however long the phrase naming them, left it.
    ("This has helped nearly 540,000 people of all ethnic groups in the province to escape poverty.", "540,000",
     "people_lifted"),
    # A value whose clause names nothing measured takes a cue from further back in its sentence.
    ("The per capita disposable income of rural residents in poverty-stricken areas in southwest China's Yunnan "
     "Province grew by 9 percent, year on year, to 11,740 yuan (1,826.74 U.S. dollars) in 2020.", "11,740 yuan",
     "income"),
    # A verb right before the rate is what it measures, a means phrase before it aside.
    ("Sales of farm products through e-commerce platforms surged 49.7 percent in the quarter.", "49.7 percent",
     "growth_rate"),
    # People who shed poverty left it.
    ("Some 150,000 residents have shed poverty.", "150,000", "people_lifted"),
    ("The 4,000 households shed the label of poverty last year.", "4,000", "people_lifted"),
    # The income below which the minimum living allowance is paid is a line.
    ("The rural minimum living standard has been raised to 636 yuan per person per month.", "636 yuan",
     "poverty_line"),
    ("The average subsistence allowance standard reached 706.6 yuan per person per month.", "706.6 yuan",
     "poverty_line"),
    ("The province spent 2 billion yuan on subsistence allowances, and the standard rose.", "2 billion yuan",
     "funding"),
    # A living allowance "of not less than" a sum is no poverty line.
    ("A monthly living allowance of not less than 400 yuan was given to rural teachers.", "400 yuan", "funding"),
    # The worth of what an industry produces or exports is neither funding nor income.
    ("The county's apple industry had an output worth 480 million yuan last year.", "480 million yuan", "other"),
    ("Its export value amounted to 110 million yuan in 2019.", "110 million yuan", "other"),
    ("Farmers bought 13 tons of potatoes worth more than 100,000 yuan.", "100,000 yuan", "other"),
    ("The county exported 6,577.7 tons of tea worth 231 million dollars.", "231 million dollars", "other"),
    ("The fund bought equipment worth 2 million yuan for the clinics.", "2 million yuan", "funding"),
    ("The value of the apple industrial chain reached 4.5 billion yuan.", "4.5 billion yuan", "other"),
    # People a programme supports, aids or visits are what it reached, not the poor population;
    # villages supported stay poor villages.
    ("The foundation has aided 1,000 cataract patients from poor families.", "1,000", "other"),
    ("Officials visited two impoverished families in the county.", "two", "other"),
    ("The funds support 7,102 poverty-stricken villages.", "7,102", "poor_villages"),
    # Insurance premiums, a bank's assets and a production value are no funding; subsidies on
    # premiums and fixed-asset investment are.
    ("China's agricultural insurance premiums totaled 119.2 billion yuan last year.", "119.2 billion yuan", "other"),
    ("The central government has offered 26.21 billion yuan in subsidies on agricultural premiums.",
     "26.21 billion yuan", "funding"),
    ("The annual production value of the industry reached 5.5 billion yuan.", "5.5 billion yuan", "other"),
    # The proportion of destitute people is the poverty rate.
    ("Between 2013 and 2018 the proportion of destitute people dropped from 5.4 percent to 1 percent.",
     "5.4 percent", "poverty_rate"),
    # Teachers or doctors no one sent are no personnel; those from elsewhere are.
    ("Living allowances for rural teachers in contiguous poor areas now reach 1.27 million teachers.",
     "1.27 million", "other"),
    ("More than 5,700 teachers from Chengdu and other cities have taught in the prefecture.", "5,700", "personnel"),
    # What tourism or a plant took in is income; a store's turnover and fiscal revenue are not.
    ("The county received 7.6 million visits last year, and tourism revenue reached 3.5 billion yuan.",
     "3.5 billion yuan", "income"),
    ("Over the past nine months, the turnover of her online store has exceeded 1.1 million yuan.",
     "1.1 million yuan", "other"),
    ("The government is set to reap 10 trillion yuan fiscal revenue in 2011.", "10 trillion yuan", "other"),
    # People living on less than an amount a day are poor.
    ("In China, the number of people living on less than US$1.25 a day in 2005 prices has dropped from "
     "835 million in 1981 to 207 million in 2005.", "835 million", "poor_population"),
    # A poor population said to fall from a figure was that many poor, whatever lifting is said after.
    ("China's poverty-stricken rural population fell from 94.22 million at the end of 2000 to 26.88 million "
     "at the end of 2010, an equivalent to lifting the population of France out of poverty.",
     "94.22 million", "poor_population"),
    # The income a line or standard is set at, is, or is raised to is the line, however
    # near the word "income" stands to it.
    ("The poverty threshold for China's rural residents is set at an annual net income of 2,300 yuan.",
     "2,300 yuan", "poverty_line"),
    ("China's poverty benchmark is a per capita annual income of 683 yuan.", "683 yuan", "poverty_line"),
    ("In 2011, many lived under the government poverty line of annual per-capita net income of 2,300 yuan.",
     "2,300 yuan", "poverty_line"),
    ("The near doubling of the existing poverty gauge of 1,274 yuan annually could double the count.",
     "1,274 yuan", "poverty_line"),
    ("The government defines those who earn less than 1,274 yuan a year as \"poor people\".",
     "1,274 yuan", "poverty_line"),
    # First (Party) secretaries are sent to villages; a gross domestic product is no funding.
    ("Yunnan has appointed 48,500 first secretaries to villages.", "48,500", "personnel"),
    ("By 2020, 459,000 party members had been selected as the first Party secretaries of villages.",
     "459,000", "personnel"),
    ("Kunshan ranked first, with a gross domestic product of 474.8 billion yuan.", "474.8 billion yuan", "other"),
    # The figure a trend runs to measures what the one it runs from does.
    ("The poverty rate decreased significantly, from 26.8 percent to 8 percent over the same period.",
     "8 percent", "poverty_rate"),
    # Those a loan goes to, however many words name it first, are its recipients.
    ("Guangxi had issued 25.412 billion yuan of micro-credit for poverty alleviation to 563,000 impoverished "
     "households.", "563,000", "other"),
    # The scale of employment of a group counts jobs, whatever group it is of.
    ("The employment scale of the relocated people was 4.594 million.", "4.594 million", "jobs"),
    # The whole a share after it is taken from is no stock of the poor; "of whom were living in
    # poverty" is a poverty rate; households that beat poverty left it; orders are no funding.
    ("The village had 2,000 residents, 30 percent of whom were living in poverty.", "2,000", "other"),
    ("The village had 2,000 residents, 30 percent of whom were living in poverty.", "30 percent", "poverty_rate"),
    ("Last year 120 households beat poverty.", "120", "people_lifted"),
    ("In order to help, her online shop received orders worth 50,000 yuan.", "50,000 yuan", "other"),
    # "incidence of rural poverty" is a poverty rate; a rate joined to a cued one by "and" measures the same.
    ("The incidence of rural poverty has dropped from 10.5% at the end of 2015 to 0.6% at the end of 2019.",
     "10.5%", "poverty_rate"),
    ("Incomes reached 30,671 yuan and 10,330 yuan, respectively, up 10.3 percent and 13.6 percent.",
     "13.6 percent", "growth_rate"),
    # Raising chickens raises no money; a profit made is earned; losses said of an amount are no funding.
    ("Now I've raised more than 10,000 chickens, which can rake in a profit of around 300,000 yuan a year.",
     "300,000 yuan", "income"),
    ("Floods left 600 dead or missing and 46 billion yuan (US$6.5 billion) of direct economic losses.",
     "46 billion yuan", "other"),
    ("Counties set up risk compensation funds totaling 1.5 billion yuan to share losses with the banks.",
     "1.5 billion yuan", "funding"),
    # After a fall by so many, the levels it ran from and to are stocks; the fall is the flow.
    ("From 2012 to 2018 the impoverished population decreased by 82.39 million-from 98.99 million to 16.6 million.",
     "98.99 million", "poor_population"),
    ("From 2012 to 2018 the impoverished population decreased by 82.39 million-from 98.99 million to 16.6 million.",
     "16.6 million", "poor_population"),
    ("The number of rural residents in absolute poverty shrank by 2.9 million from the previous year.",
     "2.9 million", "people_lifted"),
    # People recruited, or helped into jobs, have jobs; teachers recruited are personnel.
    ("The region recruited more than 8,000 poor farmers and herdsmen to take care of the forests.", "8,000", "jobs"),
    ("Hunan has recruited some 23,000 new teachers for rural schools since 2016.", "23,000", "personnel"),
    ("Tourism helped 47,000 farmers and herdsmen getting jobs last year.", "47,000", "jobs"),
    # An amount with no words of its own after another of its sentence measures the same.
    ("Through the east-west pairing, buyers in Tianjin took 412 million yuan of angelica and other herbs from Min "
     "County through the partner channels last year, Jingning County 356 million yuan of apples, and Dongxiang "
     "County 138 million yuan of mutton and potatoes.", "138 million yuan", "other"),
    # A poverty line defined as an income, or an income at or below which people count as poor.
    ("And the national poverty line is defined as a per capita annual income of 2,300 yuan at 2010 prices.",
     "2,300 yuan", "poverty_line"),
    ("Rural people with an annual net income per capita of 2,300 yuan or less are classified as poor.",
     "2,300 yuan", "poverty_line"),
    # A change said with a participle or against a year before is a growth rate.
    ("The government allocated 299.6 billion yuan for the work, surging 31.9 percent from the previous year.",
     "31.9 percent", "growth_rate"),
    ("Migrant workers from poor families numbered 28.3 million, 3.7 percent more than last year.", "3.7 percent",
     "growth_rate"),
    # The poor as a share of a population, named before the share with their place or number.
    ("The impoverished population in rural areas accounted for 10.2 percent of the country's total rural "
     "population, 2.5 percentage points lower than in 2011.", "10.2 percent", "poverty_rate"),
    ("The impoverished population in rural areas accounted for 10.2 percent of the country's total rural "
     "population, 2.5 percentage points lower than in 2011.", "2.5 percentage points", "growth_rate"),
    ("More than 2.3 million impoverished people lived in the province, accounting for 3 percent of its population.",
     "3 percent", "poverty_rate"),
    # Other names of the poverty rate; other words for leaving poverty; an interest rate and
    # a transaction volume are no share and no funding.
    ("The poverty head count rate was 3.9% in 2001.", "3.9%", "poverty_rate"),
    ("The impoverishment rate of the prefecture fell to 7.2 percent.", "7.2 percent", "poverty_rate"),
    ("The ratio of poverty-stricken population dropped to 5.1 percent.", "5.1 percent", "poverty_rate"),
    ("Last year the province helped 310,000 poor rural residents overcome poverty.", "310,000", "people_lifted"),
    ("Poverty has been eradicated for 96,000 of the previously poor villagers.", "96,000", "people_lifted"),
    ("The loans carry a fixed interest rate of 2.35 percent.", "2.35 percent", "other"),
    ("The livestream recorded a transaction volume of 8 million yuan in three hours.", "8 million yuan", "other"),
    ("The county's e-commerce transactions topped 20 million yuan.", "20 million yuan", "other"),
    ("Nine counties, including Ziyun, have reached the withdrawal criteria.", "Nine", "poor_counties"),
    ("Some 240,000 people in the county live below the poverty line, accounting for 53.9 percent.",
     "53.9 percent", "poverty_rate"),
    ("Poor households got loans accounting for 20 percent of the total.", "20 percent", "share"),
    # A fee, fare or charge is a price, not funding.
    ("The land transfer fee is 800 yuan per mu.", "800 yuan", "other"),
    ("For each plate, she charges 20 yuan.", "20 yuan", "other"),
    # A percent of the poor is a part of them, not a poverty rate.
    ("About 42 percent of poor households are impoverished due to illness.", "42 percent", "share"),
    ("About 85 percent of Chinese people living below the poverty line have been lifted out of poverty.",
     "85 percent", "share"),
    ("In 1981, 88 percent of the population lived below the poverty line.", "88 percent", "poverty_rate"),
    ("Nearly 200,000 residents in Xihaigu live below the poverty line, accounting for around 80 percent of "
     "Ningxia's population in poverty.", "80 percent", "share"),
    ("Per capita net operating revenue in impoverished areas climbed 6.8 percent.", "6.8 percent", "growth_rate"),
    ("The preschool enrolment rate climbed from 48 percent in 2015 to 91 percent.", "91 percent", "share"),
    # A line raised to a figure, said verb first; an amount a day people consume less than;
    # an international standard; not what a family lived on.
    ("China will raise the poverty threshold to 2,300 yuan in terms of the annual net income.", "2,300 yuan",
     "poverty_line"),
    ("The threshold, lifted from 1,196 yuan in 2009, is now higher.", "1,196 yuan", "poverty_line"),
    ("Some 200 million people were consuming less than a $1.25 per day.", "$1.25", "poverty_line"),
    ("The World Bank sets the international standard of $1.25 a day.", "$1.25", "poverty_line"),
    ("In 1997 his family lived on less than 2,000 yuan a year from potatoes.", "2,000 yuan", "income"),
    ("The poverty head-count ratio in the county has declined to below 3 percent.", "3 percent", "poverty_rate"),
    # The verb of the figure's clause says they left poverty, whatever describes them.
    ("All remaining impoverished residents, 34,000 people, had been lifted out of poverty.", "34,000",
     "people_lifted"),
    ("The four prefectures have eliminated poverty for nearly 1.89 million people.", "1.89 million",
     "people_lifted"),
    ("The county renovated the decrepit dwellings of 8,073 poverty-stricken households.", "8,073", "other"),
    ("In 2009 the credit poverty relief fund of 947 million yuan was invested.", "947 million yuan", "loans"),
    ("It aims to lift everyone above the poverty line -- per capita annual income of 2,300 yuan -- by 2020.",
     "2,300 yuan", "poverty_line"),
    ("Some 120,000 medical experts were temporarily transferred to less developed regions.", "120,000", "personnel"),
    ("Over 13 million residents are currently working in poverty alleviation workshops.", "13 million", "jobs"),
    # A share of a population living under the poverty line is its poverty rate; the
    # population it is taken of is no count of the poor.
    ("In 2015, 27.73 percent of the county's 179,000-strong population lived under the national poverty line.",
     "27.73 percent", "poverty_rate"),
    ("In 2015, 27.73 percent of the county's 179,000-strong population lived under the national poverty line.",
     "179,000", "other"),
    ("Ten years ago I made about 4,000 yuan a year.", "4,000 yuan", "income"),
    # An income "below" an average is no poverty line; one below an amount makes the amount one.
    ("Incomes there are below the provincial average, but they grew 12.4 percent last year to 6,970 yuan.",
     "6,970 yuan", "income"),
    ("About 3,000 people live on incomes below 2,300 yuan a year.", "2,300 yuan", "poverty_line"),
    # A poverty line "measured by" income is still the line.
    ("The absolute poverty line, measured by annual net income per person, was raised to 683 yuan in 2005.",
     "683 yuan", "poverty_line"),
    # People fewer than a year before, right after the figure, are a fall in the number of poor.
    ("China had 5.51 million rural poor people at the end of 2019. This was 11.09 million fewer than at the end "
     "of 2018.", "11.09 million", "people_lifted"),
    ("The school had 1,100 pupils, 300 fewer students than in 2018.", "300", "other"),
    # Relocated people who found jobs are counted as jobs; people the county relocated are relocated.
    ("Another 36,000 relocated residents have found jobs outside the prefecture.", "36,000", "jobs"),
    ("The county relocated 36,000 residents last year.", "36,000", "people_relocated"),
    # A cue after an amount that opens the next figure is that figure's.
    ("At the end of 2019 the rural poor population in the eastern region was 470,000, a decrease of 1 million.",
     "470,000", "poor_population"),
    ("At the end of 2019 the rural poor population in the eastern region was 470,000, a decrease of 1 million.",
     "1 million", "people_lifted"),
    # Banners are counties.
    ("Beijing gave funds to 31 poverty-stricken banners and counties in Inner Mongolia.", "31", "poor_counties"),
    # A text on poverty lines says "the line" for short; the share of a people that is poor is a poverty rate.
    ("Because the line is indexed to prices, it goes up. In 2019 prices it stood at 3,218 yuan.", "3,218 yuan",
     "poverty_line"),
    ("The current Chinese line comes to about $2.30 a day.", "$2.30", "poverty_line"),
    ("The production line cost 2 million yuan.", "2 million yuan", "funding"),
    ("Close to 90 percent of Chinese were extremely poor in 1981.", "90 percent", "poverty_rate"),
    ("Close to 90 percent of villages were connected in 2019.", "90 percent", "share"),
    # A statistical line's label says what its figure measures; the change after it is another's.
    ("5. Poverty incidence: 5.6%, down 5.4 percentage points.", "5.6%", "poverty_rate"),
    ("5. Poverty incidence: 5.6%, down 5.4 percentage points.", "5.4 percentage points", "growth_rate"),
    ("In the year before, 1.16 million people had shaken off poverty.", "1.16 million", "people_lifted"),
    # Officials, teachers, doctors sent are personnel whatever they go to do; workers sent to jobs are jobs.
    ("Minhang sent 12 officials to work in Yuanyang, along with 86 teachers and 54 doctors.", "12", "personnel"),
    ("Minhang sent 12 officials to work in Yuanyang, along with 86 teachers and 54 doctors.", "54", "personnel"),
    ("The county sent 3,000 workers to jobs in Guangdong.", "3,000", "jobs"),
    # Loans said with other words; loans that fell due are no change.
    ("Banks issued 8.64 billion yuan of microloans to poor households.", "8.64 billion yuan", "loans"),
    ("In the county 21,300 households have borrowed 1.02 billion yuan since 2014.", "1.02 billion yuan", "loans"),
    ("Of the loans that fell due in 2019, 99.3 percent were repaid on time.", "99.3 percent", "share"),
    # A fall of the poor population is a flow out of poverty; the level it falls to is the stock.
    ("The province's rural poor population falls by 420,000 in 2019.", "420,000", "people_lifted"),
    ("The number of poor people in the county decreases by 20,000 every year.", "20,000", "people_lifted"),
    ("Last year the county, home to 40 percent of the remaining poor, cut its poor population by 63,000 to 91,000.",
     "63,000", "people_lifted"),
    ("Last year the county, home to 40 percent of the remaining poor, cut its poor population by 63,000 to 91,000.",
     "91,000", "poor_population"),
    ("The prefecture reduced the number of its impoverished residents by about 52,000 to 130,000.", "52,000",
     "people_lifted"),
    ("The prefecture reduced the number of its impoverished residents by about 52,000 to 130,000.", "130,000",
     "poor_population"),
    ("The rural poor population was 5.5 million at the end of 2019, a decrease of 11 million from a year earlier.",
     "5.5 million", "poor_population"),
    ("The rural poor population was 5.5 million at the end of 2019, a decrease of 11 million from a year earlier.",
     "11 million", "people_lifted"),
    ("The south had 640,000 poor people left, 310,000 fewer than in 2017.", "640,000", "poor_population"),
    ("The south had 640,000 poor people left, 310,000 fewer than in 2017.", "310,000", "people_lifted"),
    ("There were 3,000 fewer students in the county's schools than in 2017.", "3,000", "other"),
    ("The province lifted 1.2 million people out of poverty, leaving 300,000 villagers below the poverty line.",
     "300,000", "poor_population"),
    ("The province lifted 1.2 million people out of poverty, leaving 300,000 villagers below the poverty line.",
     "1.2 million", "people_lifted"),
    # People only described as lifted out of poverty are counted by the clause's own verb.
    ("In 2021, 870,000 people lifted out of poverty were employed in factories.", "870,000", "jobs"),
    ("In 2021, 870,000 people lifted out of poverty in the province, the most in a decade.", "870,000", "people_lifted"),
    ("The number of people lifted out of poverty was 870,000 in 2021.", "870,000", "people_lifted"),
    # Risk of returning to poverty is no poverty.
    ("By June, 9,400 households at risk of returning to poverty had been placed under monitoring.", "9,400", "other"),
    ("By June, 9,400 households were still living in poverty.", "9,400", "poor_population"),
    # What households get from their own sales is income; what they get as aid is funding.
    ("The cooperative sold its tea, and each of its 85 households got more than 6,000 yuan.", "6,000 yuan", "income"),
    ("Each household got 6,000 yuan in subsidies to rebuild its house.", "6,000 yuan", "funding"),
    ("Farmers get 800 yuan for each mu of farmland returned to forest.", "800 yuan", "funding"),
    # What buyers paid for products is sales, not funding.
    ("Schools and hospitals in the city have bought farm produce from the county worth 42 million yuan.",
     "42 million yuan", "other"),
    ("The county spent 3 million yuan buying cattle for poor households.", "3 million yuan", "funding"),
    # A level a thing covers is a share, whatever change the sentence's other clause spans.
    ("Tap water reached 2.1 million farmers over the same period, while broadband covers 98 percent of villages.",
     "98 percent", "share"),
    ("Broadband coverage rose 12 percent over the same period.", "12 percent", "growth_rate"),
    # Workers taken in, and a part of them, are labour transferred to work; a part with its own verb is counted by it.
    ("Jiangsu took in 40,000 workers from the county, 25,000 of them from registered poor households.",
     "40,000", "jobs"),
    ("Jiangsu took in 40,000 workers from the county, 25,000 of them from registered poor households.",
     "25,000", "jobs"),
    ("The plant employs 900 villagers, of whom 400 come from poor households.", "400", "jobs"),
    ("The cooperative has 500 member households, 120 of them from formerly poor families.", "120", "other"),
    ("The county had 3,000 poor households in 2015, 2,400 of them moved to new towns by 2019.", "2,400",
     "people_relocated"),
    ("The county trained 6,000 workers in welding last year.", "6,000", "people_trained"),
    ("The county ran vocational training in 2020, and 9,000 rural workers took part.", "9,000", "people_trained"),
    ("The hospital sent 30 medical workers to the township.", "30", "personnel"),
    # People paid to do a job are employed.
    ("I pay six women from the village to sort the fruit.", "six", "jobs"),
    ("The county paid 300 households compensation for their land.", "300", "other"),
    # Returnees have moved back on their own; relocation moves people away.
    ("Since 2016, 48 young people have moved back to the village.", "48", "other"),
    ("Since 2016, 480 villagers have moved to the new town.", "480", "people_relocated"),
    # The whole a part is taken from is not the part: the village's households are not all poor.
    ("In 2014, 95 of the village's 160 households were registered as poor.", "160", "other"),
    ("In 2014, 95 of the village's 160 households were registered as poor.", "95", "poor_population"),
    ("In 2014, the village had 160 poor households.", "160", "poor_population"),
    # What a trade brings in is earnings; investment it brings in is funding.
    ("The village hosted 80,000 visitors, and tourism brought in about 2 million yuan.", "2 million yuan", "income"),
    ("The forum brought in 2 billion yuan of investment for the county.", "2 billion yuan", "funding"),
    # Counties or villages leaving the poverty list are poor ones, the noun implied; not another list.
    ("Of the 40 poor counties in the province, 28 have exited poverty. The remaining 12 counties will leave the "
     "list in 2020.", "12", "poor_counties"),
    ("In 2019, 300 villages left the list.", "300", "poor_villages"),
    ("In 2019, 14 counties left the list of pilot zones for rural e-commerce.", "14", "other"),
    # Villages where the work against poverty was assessed are not poor villages.
    ("Inspectors visited 76 villages and praised the poverty relief work there.", "76", "other"),
    ("Inspectors visited 76 poverty-stricken villages in 2019.", "76", "poor_villages"),
    # Recipients of microloans are not the poor population.
    ("Banks granted microloans to 60,000 registered poor households in 2019.", "60,000", "other"),
    # Buyers of a list of products pay for sales; animals bought for the poor are funding.
    ("Companies in the city bought tea, rice, mushrooms and other local products worth 30 million yuan.",
     "30 million yuan", "other"),
    ("The county bought cattle, sheep and pigs for poor households with 3 million yuan of aid.",
     "3 million yuan", "funding"),
    ("Hotels in the city have bought 300 million yuan worth of rice, tea, beef and other farm products.",
     "300 million yuan", "other"),
    # People from poor families who do something else, or of poor areas, are not the poor population.
    ("Some 3,200 children from poor families who had left school returned to classes.", "3,200", "other"),
    ("Over 80,000 students from registered poor households entered university.", "80,000", "other"),
    ("More than 2 million women in poor areas were screened for cancer.", "2 million", "other"),
    ("The county still has 12,000 poor households.", "12,000", "poor_population"),
    ("The town watches 3,000 people who still face a risk of returning to poverty.", "3,000", "other"),
    ("About 5,000 people still live in poverty in the county.", "5,000", "poor_population"),
    ("About 6,000 poor households receive a dividend of 800 yuan each from the plant.", "6,000", "other"),
    ("About 6,000 poor households remain in the county.", "6,000", "poor_population"),
    ("Of the 2.3 million farmers who rose above the poverty line from 2015 to 2019, half were herders.",
     "2.3 million", "people_lifted"),
    # Counties and villages still on the list, or the county-level areas taken off it.
    ("All 39 county-level areas of the province are now off the poverty list.", "39", "poor_counties"),
    ("The 39 county-level areas of the province have broadband.", "39", "other"),
    ("The last 12 counties were approved for removal in 2020.", "12", "poor_counties"),
    ("The remaining 13 counties and 40 villages will get extra help.", "13", "poor_counties"),
    ("The remaining 13 counties and 40 villages will get extra help.", "40", "poor_villages"),
    ("Roads now reach 13 counties and 40 villages.", "40", "other"),
    # Pay for work by the period is income; collective revenue is income; a total's parts are its own.
    ("The county created 9,000 forest ranger posts, each paying 4,000 yuan a year.", "9,000", "jobs"),
    ("The county created 9,000 forest ranger posts, each paying 4,000 yuan a year.", "4,000 yuan", "income"),
    ("The county is paying 2 million yuan for new roads.", "2 million yuan", "funding"),
    ("She guards the forest for 800 yuan a month.", "800 yuan", "income"),
    ("Village collective revenue topped 50,000 yuan in every village.", "50,000 yuan", "income"),
    ("The collective economies of the town took in 12 million yuan last year.", "12 million yuan", "income"),
    ("The city invested 300 million yuan in the plants, including 100 million yuan of bank loans.",
     "300 million yuan", "funding"),
    ("The city invested 300 million yuan in the plants, including 100 million yuan of bank loans.",
     "100 million yuan", "loans"),
    ("Income reached 9,000 yuan in 2019, and the office expects it to pass 10,000 yuan this year.",
     "10,000 yuan", "income"),
    # What a benefit verb takes, however described and however many figures it coordinates, is
    # what it served; the same words without the verb are a stock of the poor.
    ("The projects benefited over 1,000 impoverished villages and 1.6 million impoverished residents.",
     "1,000", "other"),
    ("The projects benefited over 1,000 impoverished villages and 1.6 million impoverished residents.",
     "1.6 million", "other"),
    ("The county still had 1,000 impoverished villages and 1.6 million impoverished residents.", "1,000", "poor_villages"),
    ("The county still had 1,000 impoverished villages and 1.6 million impoverished residents.",
     "1.6 million", "poor_population"),
    # Nor are the poor whose livelihood, income or needs a programme secures, raises or covers.
    ("The plants helped secure livelihood for 283,000 poor people from 77,000 local households.", "283,000", "other"),
    ("The station raised the income of 1,132 registered poor households by 3,357 yuan.", "1,132", "other"),
    ("The certified products cover the needs of about 594,000 impoverished people.", "594,000", "other"),
    # "Official" as an adjective, or one official who speaks, counts no personnel.
    ("According to official statistics, the population in abject poverty was reduced from 250 million to 26 "
     "million.", "250 million", "poor_population"),
    ("Some 14.2 million elderly citizens have been brought into the allowance system, an official with the "
     "ministry said.", "14.2 million", "other"),
    # The share of the poor in a population, however put, is a poverty rate.
    ("The ratio of the very poor to the total rural population has been reduced from 30.7 percent to 3.1 percent.",
     "30.7 percent", "poverty_rate"),
    ("Fewer than 1 per cent of people in China live on less than $1 a day.", "1 per cent", "poverty_rate"),
    # A whole population a percentage is taken of, or a place is home to, is no stock of the
    # poor unless the words call it poor; people who returned to poverty are no stock either;
    # people a place has yet to lift out of poverty are still poor.
    ("Only 0.02 percent of Fujian's 38.7 million people still lived in poverty.", "38.7 million", "other"),
    ("Some 12 percent of its 30,000 impoverished residents are elderly.", "30,000", "poor_population"),
    ("Heilingou Village was home to 208 people from 99 households, and over half of them lived under the "
     "national poverty line.", "208", "other"),
    ("The mountain area is home to 214,000 poor people.", "214,000", "poor_population"),
    ("In 2017, 95 households, or around 270 individuals, returned to absolute poverty.", "95", "other"),
    ("There was a reduction of 965,500 in poor population, and 550,900 people fell back to poverty.", "550,900",
     "other"),
    ("For one, it has yet to lift 47,000 people, or about one-tenth of its population, out of poverty.", "47,000",
     "poor_population"),
    # Money lost, and what an output or a harvest is worth, are neither funding nor income;
    # what a farm brings its owner is income.
    ("They were hit by a severe drought, and they lost over 200,000 yuan.", "200,000 yuan", "other"),
    ("The output of 500 mu of chili peppers is expected to be worth 1 million yuan.", "1 million yuan", "other"),
    ("The plantation area of 5,400 hectares yields produce worth 120 million yuan.", "120 million yuan", "other"),
    ("Zhong raises fish and livestock, which bring him about 1 million yuan a year.", "1 million yuan", "income"),
    # A cue in a clause on a part of the figure (", of whom ...") is the part's; what a move
    # costs a company relocates no one.
    ("The workshop solves the employment problem of 65 people, of whom 34 are from relocated households.", "65",
     "jobs"),
    ("Over 5 million people lived below the poverty line at the end of 2016, about 3.5 million of whom had already "
     "been lifted out of poverty.", "3.5 million", "people_lifted"),
    ("Those who provide jobs for more than 100 villagers have half of their relocation costs subsidized.", "100",
     "jobs"),
    # The people insurance is bought for are those it served.
    ("The branch donated accident insurance for the 500 registered impoverished people in the town.", "500",
     "other"),
    # Key villages or towns for poverty alleviation are designated poor ones, like key counties.
    ("It has 20 national key counties and 65 key towns for poverty alleviation and development.", "65",
     "poor_villages"),
    # The income a household must fall below to be counted poor is a line.
    ("A household is considered poor if its income is below 2,300 yuan.", "2,300 yuan", "poverty_line"),
    ("In rural Yunnan, people earning 2,800 yuan a year or less are officially designated as living in poverty.",
     "2,800 yuan", "poverty_line"),
    ("Villagers earning 2,800 yuan a year now buy cars.", "2,800 yuan", "income"),
    # Money paid for products bought from poor areas is a purchase, not funding.
    ("They purchased 525 million yuan and helped sell 1.29 billion yuan worth of local agricultural products.",
     "525 million yuan", "other"),
    ("In total, products totaling a value of 68.4 million yuan were bought via the platform.", "68.4 million yuan",
     "other"),
    # The share of a population said to live in poverty is a poverty rate; another share is not.
    ("About 70 percent of the families still live in poverty.", "70 percent", "poverty_rate"),
    ("Last year 40 percent of the residents were poor.", "40 percent", "poverty_rate"),
    ("About 70 percent of the households raise cattle.", "70 percent", "share"),
    ("About 70 percent of the households live in new houses.", "70 percent", "share"),
    # Being in work or working away is a job; people only described as monitored are not watched by the clause.
    ("Last year 33.97 million people lifted out of poverty were in work, above the target of 30 million.",
     "33.97 million", "jobs"),
    ("Last year 33.97 million people lifted out of poverty were in work, above the target of 30 million.",
     "30 million", "jobs"),
    ("A total of 832,000 people lifted out of poverty or under monitoring were in work.", "832,000", "jobs"),
    ("Some 310,000 farmers worked outside the province.", "310,000", "jobs"),
    ("Some 310,000 farmers were in poverty.", "310,000", "poor_population"),
    # People watched are what is counted, not the officials who watch them.
    ("Officials now keep watch over 1,870 households, or about 5,600 people, who could slip back.", "5,600", "other"),
    ("Officials now keep watch over 1,870 households, or about 5,600 people, who could slip back.", "1,870", "other"),
    ("The county sent 5,600 officials to the villages.", "5,600", "personnel"),
    # Pay a month is a wage; money paid for something else is not.
    ("Public-welfare posts, which paid 500 to 1,000 yuan a month, were created.", "500 to 1,000 yuan", "income"),
    ("The government paid 2 million yuan to build roads.", "2 million yuan", "funding"),
    # A percent of a whole is a share whatever its verb; a growth said of the value is not.
    ("About 30 percent of the households grow tea.", "30 percent", "share"),
    ("Since 2021 the county has expanded 60 schools, and 94 percent of relocated households now have someone in a job.",
     "94 percent", "share"),
    ("Tea output grew 30 percent last year.", "30 percent", "growth_rate"),
    # What buyers took and purchases are sales of products, not funding.
    ("Last year buyers in Nanjing took 58 million yuan worth of fungus from Zhashui.", "58 million yuan", "other"),
    ("Purchases this year have already reached 27 million yuan.", "27 million yuan", "other"),
    ("The city invested 58 million yuan in the factory.", "58 million yuan", "funding"),
    # An income that was less than an amount is that income; an income of less than one is the line.
    ("In 2014 per capita income was less than 3,000 yuan.", "3,000 yuan", "income"),
    ("Some 5,000 people lived on an income of less than 2,300 yuan a year.", "2,300 yuan", "poverty_line"),
    # The level a poor population is reduced to, once its noun is known.
    ("Thanks to industry, the region's poverty-stricken population has now been reduced to 1.85 million people.",
     "1.85 million", "poor_population"),
    # People sent to study, and those training courses are held for, are trained.
    ("Guizhou dispatched 926 officials and 4,038 specialists to study in East China.", "4,038", "people_trained"),
    ("13 training courses for technicians and managers were held for about 2100 teachers and doctors.", "2100",
     "people_trained"),
    ("The city sent 4,038 teachers and doctors to work in the county.", "4,038", "personnel"),
    # An item of a list of names and figures, or a part of the figure before, with no words of
    # its own measures what the item before measures; not a name and figure after no such item.
    ("From 2016 to 2020 the region resettled 153,000 people. By prefecture:\n- Kashgar: 73,200 people, resettled at 96 sites.\n- Hotan: 51,600 people at 62 sites.\n- Aksu: 14,900 people, of whom 4,100 were herders.", "51,600", "people_relocated"),
    ("From 2016 to 2020 the region resettled 153,000 people. By prefecture:\n- Kashgar: 73,200 people, resettled at 96 sites.\n- Hotan: 51,600 people at 62 sites.\n- Aksu: 14,900 people, of whom 4,100 were herders.", "14,900", "people_relocated"),
    ("From 2016 to 2020 the region resettled 153,000 people. By prefecture:\n- Kashgar: 73,200 people, resettled at 96 sites.\n- Hotan: 51,600 people at 62 sites.\n- Aksu: 14,900 people, of whom 4,100 were herders.", "4,100", "people_relocated"),
    ("From 2016 to 2020 the region resettled 153,000 people. By prefecture:\n- Kashgar: 73,200 people, resettled at 96 sites.\n- Hotan: 51,600 people at 62 sites.\n- Aksu: 14,900 people, of whom 4,100 were herders.", "62", "other"),
    ("Kashgar has 96 sites.\nHotan: 51,600 people at 62 sites.", "51,600", "other"),
    # Moving down from high camps or into new settlements is relocation; coming to a fair is not.
    ("Some 1,040 herder households came down from camps to three new settlements.", "1,040", "people_relocated"),
    ("Some 1,040 herder households came to the fair.", "1,040", "other"),
    # A fall said as a noun, and a pronoun after a fronted phrase that stands for it, is a flow out of poverty.
    ("The number of rural poor fell fast. From 1986 to 1993 the decline slowed to about 6.4 million people a "
     "year. Under the 8-7 Plan it picked up again to about 6.8 million people a year.", "6.4 million",
     "people_lifted"),
    ("The number of rural poor fell fast. From 1986 to 1993 the decline slowed to about 6.4 million people a "
     "year. Under the 8-7 Plan it picked up again to about 6.8 million people a year.", "6.8 million",
     "people_lifted"),
    ("The decline slowed, and 300 people found jobs.", "300", "jobs"),
    # People lacking food and clothing, or below a line named before, are the poor; a line in money is a
    # poverty line; a group of poor and formerly poor households is no stock of the poor.
    ("About 80 million rural people still lacked adequate food and clothing.", "80 million", "poor_population"),
    ("About 80 million rural people received food and clothing.", "80 million", "other"),
    ("A line of 2,300 yuan widens the net: about 128 million rural people fall below it.", "2,300 yuan",
     "poverty_line"),
    ("A line of 2,300 yuan widens the net: about 128 million rural people fall below it.", "128 million",
     "poor_population"),
    ("The new rail line of the county cost 2 billion yuan.", "2 billion yuan", "funding"),
    ("Nearly two-thirds of the township's 1,860 poor and formerly poor households take part.", "1,860", "other"),
    ("The township had 1,860 poor households.", "1,860", "poor_population"),
    # Poor people of another clause do not make the townships counted poor.
    ("Incomes in all 16 townships grew, and the number of poor people fell.", "16", "other"),
    ("The county has 16 poor townships.", "16", "poor_villages"),
    # A premium paid over the price is farmers' income; insurance premiums are not.
    ("A mill pays a premium of 60-80 yuan per mu over the market price.", "60-80 yuan", "income"),
    ("The county paid insurance premiums of 3 million yuan for farmers.", "3 million yuan", "funding"),
    ("The central government has offered 26.21 billion yuan in subsidies for premiums.", "26.21 billion yuan",
     "funding"),
    # Districts said to shake off poverty are poor units like counties; districts pairing up are not.
    ("By the end of 2019, the 19 districts shook off poverty.", "19", "poor_counties"),
    ("Shanghai's 12 districts have paired with poor counties in Yunnan.", "12", "other"),
    # A percentage naming a change right after it is a growth rate, wherever it ran from.
    ("The number fell to 6.97 million, a 22.7 percent drop from 9.02 million in 2016.", "22.7 percent",
     "growth_rate"),
    # Living and household spending is no funding; fiscal spending is.
    ("Rural per capita living expenditure reached 4,382 yuan in 2010.", "4,382 yuan", "other"),
    ("Per capita expenditure on food, tobacco, and alcohol was 7,178 yuan.", "7,178 yuan", "other"),
    ("The county's per capita fiscal expenditure on education was 2,000 yuan.", "2,000 yuan", "funding"),
    # A ratio given as a bare number is a share.
    ("The ratio of per capita disposable income of urban and rural residents is 2.50.", "2.50", "share"),
    # The rural poor, and a share of the whole they make up.
    ("In 2009, the rural poor in the province decreased to 1.259 million, accounting for 3.8% of the total rural "
     "residents.", "1.259 million", "poor_population"),
    ("In 2009, the rural poor in the province decreased to 1.259 million, accounting for 3.8% of the total rural "
     "residents.", "3.8%", "poverty_rate"),
    # "Those numbers" stand for what the sentence before measured; "the number of" names its own.
    ("In 2008, per-capita disposable income of urban residents was 9,450 yuan. In 2010, those numbers climbed to "
     "12,800 yuan.", "12,800 yuan", "income"),
    ("The completion rate reached 95.2 percent, and the number of children from poor families who had dropped out "
     "fell from about 200,000 in 2019 to 682.", "200,000", "other"),
    # A cue adjoining another rate is that rate's; a rate a year is a growth rate.
    ("Vegetation cover reached 41.2 percent last year, 0.6 percentage points higher than in 2015.", "41.2 percent",
     "share"),
    ("Vegetation cover reached 41.2 percent last year, 0.6 percentage points higher than in 2015.",
     "0.6 percentage points", "growth_rate"),
    ("Income climbed from 1,277 yuan in 2002 to 3,273 yuan in 2010, 11 percent a year.", "11 percent", "growth_rate"),
    ("The poverty rate declined to 3.1 percent from 4.5 percent a year earlier.", "4.5 percent", "poverty_rate"),
    # A clause opening ``that of`` measures what the value before it measures.
    ("As for what drove income growth, the contribution rate of wages to the rise in rural residents' "
     "income was 43.3 percent, that of net operating income was 18.6 percent.", "18.6 percent", "share"),
    ("Income rose 9 percent, and exports of tea grew 18.6 percent.", "18.6 percent", "growth_rate"),
    # A sending still ahead is one too; not people of a later clause.
    ("It will also send 1,200 more officials to work in the key counties this year.", "1,200", "personnel"),
    ("Zhuhai sends about 60 doctors and teachers to Nujiang a year, and Yu's two children now walk to school.",
     "two", "other"),
    # People who crossed the (poverty) line left poverty.
    ("The following year another 1.35 million people crossed the line.", "1.35 million", "people_lifted"),
    ("The village's last 62 registered poor households crossed the poverty line.", "62", "people_lifted"),
    # People in work, with or without a verb, are jobs, however described.
    ("China had 32.33 million people from households lifted out of poverty in work by the end of June.",
     "32.33 million", "jobs"),
    ("The aim is to keep the number of people from formerly poor households in work above 30 million.",
     "30 million", "jobs"),
    # A cue that is the verb of another count in an earlier clause is not this count's.
    ("Some 520,000 people moved into new homes, 1.5 million left poverty and 33 counties came off the list.",
     "1.5 million", "people_lifted"),
    ("They have invested 3.6 billion yuan and hired about 9,800 local workers, 4,200 of them from poor households.",
     "9,800", "jobs"),
    # A cue after an aside closes speaks of the value; one inside it of the part.
    ("The final nine counties, among them Zhenxiong and Ninglang, were delisted in November.", "nine",
     "poor_counties"),
    ("7,868 herders hold a post, including 2,300 from registered poor households.", "7,868", "other"),
    # Money from a named giver is what it provided; not a trend's base, nor money from a thing.
    ("The factory was built in 2019 with 26 million yuan from Tianjin, and Wang earns 3,800 yuan a month.",
     "26 million yuan", "funding"),
    ("Per capita income climbed from less than 2,700 yuan in 2015 to 8,660 yuan last year.", "2,700 yuan", "income"),
    ("Each of our 312 households got at least 4,000 yuan from it in dividends.", "4,000 yuan", "income"),
    # What makes up a share is no earning; training for people, workers sent out and movers employed.
    ("The prefecture, where mountains make up nearly 90 percent of the land, has spent 1.6 billion yuan on the "
     "program since 2016.", "1.6 billion yuan", "funding"),
    ("The county will spend 30 million yuan on skills training for 2,000 movers.", "2,000", "people_trained"),
    ("Xiji County sent 16,000 workers out last year.", "16,000", "jobs"),
    ("Workshops at the sites employ about 900 movers.", "900", "jobs"),
    # A share something takes up, or one raised to a level, is no growth; the rise before it is.
    ("Housing took up nearly a quarter of household spending.", "a quarter", "share"),
    ("Wage income rose by 9.1 percent to 3,300 yuan, lifting its share to 41.2 percent.", "41.2 percent", "share"),
    ("Wage income rose by 9.1 percent to 3,300 yuan, lifting its share to 41.2 percent.", "9.1 percent",
     "growth_rate"),
    # In a text on poverty, incidence alone is the poverty incidence; not an incidence of disease.
    ("By the end of the year the province had 1.2 million poor and an incidence of 4.1 percent.", "4.1 percent",
     "poverty_rate"),
    ("The county aims to bring the headcount ratio below 2 percent.", "2 percent", "poverty_rate"),
    ("The incidence of malaria fell to 0.3 percent among the poor.", "0.3 percent", "share"),
    # A fall of the poor right before a figure is a flow out of poverty; the level after 'to' is the stock.
    ("The region had 12 million poor people in 2016. The west, home to most of the remaining rural poor, saw the "
     "number fall by 2.1 million to 9.6 million.", "2.1 million", "people_lifted"),
    ("The region had 12 million poor people in 2016. The west, home to most of the remaining rural poor, saw the "
     "number fall by 2.1 million to 9.6 million.", "9.6 million", "poor_population"),
    ("The rural poor population fell to 16.6 million, a decline of 13.86 million from a year earlier.",
     "13.86 million", "people_lifted"),
    ("Rural income rose 10.5 percent in nominal terms and 8.9 percent in real terms.", "8.9 percent", "growth_rate"),
    ("The west is home to more than half of the remaining rural poor.", "half", "share"),
    # A line set at, raised to or standing at a figure; prices of goods; family sizes and survey samples.
    ("When the reform began, the line was set at 100 yuan of annual income per person.", "100 yuan",
     "poverty_line"),
    ("In 2011 the bar was raised sharply, to 2,300 yuan a year.", "2,300 yuan", "poverty_line"),
    ("Some 650 million people are still below the $1.90-a-day line.", "650 million", "poor_population"),
    ("Some 650 million people are still below the $1.90-a-day line.", "$1.90", "poverty_line"),
    ("His family of six moved into a new flat last year.", "six", "other"),
    ("Their tea now fetches up to 600 yuan a kilogram.", "600 yuan", "other"),
    ("The bureau's annual survey of around 150,000 households found that incomes rose.", "150,000", "other"),
    ("Since 1978, 770 million rural residents have moved out of poverty.", "770 million", "people_lifted"),
    ("Training courses held in the county reached 1,200 village cadres.", "1,200", "people_trained"),
    # A fall of the poor said as "down N from"; counties named for key assistance; a rise by a rate.
    ("The rural poor numbered 30.46 million at the end of 2017, down 12.89 million from a year earlier.",
     "12.89 million", "people_lifted"),
    ("The province has 15 of the 160 counties named for key assistance in rural revitalization.", "15",
     "poor_counties"),
    ("This year the city aims to raise farmers' per capita disposable income by about 9 percent.", "9 percent",
     "growth_rate"),
    ("The rural poor numbered 16.6 million at the end of 2018, 13.86 million less than a year before.",
     "13.86 million", "people_lifted"),
    ("The state supports 22 small ethnic groups, each with a population less than 100,000.", "100,000", "other"),
    ("Up to 59 percent of the village's population of 5,850, from 1,274 families, were extremely poor in 2014.",
     "59 percent", "poverty_rate"),
    # A monitoring line; what residents spend per capita; what a thing brings each of them.
    ("The monitoring line was 6,000 yuan per person in 2021.", "6,000 yuan", "poverty_line"),
    ("Rural residents in poor areas spent 8,043 yuan per capita, up 9.5 percent.", "8,043 yuan", "other"),
    ("The government spent 12 billion yuan on poverty relief.", "12 billion yuan", "funding"),
    ("Solar panels installed for 5,000 poor households now bring each of them about 3,000 yuan a year.",
     "3,000 yuan", "income"),
    # People a programme helped are those it served, unless helped out of poverty, into jobs or to move.
    ("Online sales have helped 11,400 registered poor households in the county find buyers.", "11,400", "other"),
    ("The county helped 12,000 poor people shake off poverty last year.", "12,000", "people_lifted"),
    ("It helped 5,000 poor households move to new homes.", "5,000", "people_relocated"),
    # What a family lived on or a household took in, and what is paid to a collective, is income.
    ("Five years ago the family owned two cows and lived on about 8,000 yuan a year.", "8,000 yuan", "income"),
    ("Last year the household took in about 56,000 yuan in all.", "56,000 yuan", "income"),
    ("A water plant employs 30 people and pays the village collective 500,000 yuan a year.", "500,000 yuan",
     "income"),
    # Goods bought by their worth, and trade worth a sum, are no funding; investment worth a sum is.
    ("Canteens in Ningbo bought 320 million yuan worth of tea and walnuts from the county.", "320 million yuan",
     "other"),
    ("The herb market handled trade worth 18 billion yuan last year.", "18 billion yuan", "other"),
    ("The province diverted over 140 billion yuan worth of investment to the west.", "140 billion yuan", "funding"),
    # Those a thing was done for or reached are its beneficiaries, not the poor population.
    ("It rebuilt the houses of 3,817 poor families last year.", "3,817", "other"),
    ("Water projects have brought safe drinking water to 28.89 million poor people.", "28.89 million", "other"),
    ("The ranger posts cover 17,300 poor households.", "17,300", "other"),
    ("The plants gave jobs to 3,000 poor people.", "3,000", "jobs"),
    # People who cast off or bid farewell to poverty, or a fall "compared with" a year, left poverty;
    # what a person says he gets is income; the proportion of poor people is the poverty rate.
    ("A total of 45,000 people cast off poverty in the prefecture in 2019.", "45,000", "people_lifted"),
    ("About 370,000 people bid farewell to poverty last year.", "370,000", "people_lifted"),
    ("About 80,000 villagers have bidden farewell to poverty.", "80,000", "people_lifted"),
    ("In 2016, more than 1.11 million people were liberated from poverty.", "1.11 million", "people_lifted"),
    ("The cooperative helped 720 people get out from poverty.", "720", "people_lifted"),
    ("The rural poor numbered 9.9 million at the end of 2012, down 2.3 million compared with 2011.", "2.3 million",
     "people_lifted"),
    ("\"I can get 4,000 yuan a month,\" she said.", "4,000 yuan", "income"),
    ("The proportion of poverty-stricken people in the total rural population was 30.7 percent in 1978.",
     "30.7 percent", "poverty_rate"),
    ("The region lifted 2.3 million people above the poverty line, defined by a per capita annual income of "
     "2,300 yuan.", "2,300 yuan", "poverty_line"),
    # A line stated as its definition, or as what those in poverty live on.
    ("A county leaves the list when fewer than 2 percent of its people live below the poverty line, defined as "
     "a per capita annual income of 2,300 yuan at 2010 prices.", "2,300 yuan", "poverty_line"),
    ("Herders living in absolute poverty, with less than 1,700 yuan per capita annual income, were halved.",
     "1,700 yuan", "poverty_line"),
    ("A county leaves the list when fewer than 2 percent of its population lives below the poverty line.",
     "2 percent", "poverty_rate"),
    ("In the west a county needs less than 3 percent of people living in poverty.", "3 percent", "poverty_rate"),
    # Poor people counted by what they take part in or are given are not the poor population.
    ("About 6,100 registered poor households have joined the cooperatives.", "6,100", "other"),
    ("Over the five years 18 million poor patients with chronic illnesses received free treatment.", "18 million",
     "other"),
    ("The county still had 6,100 poor households at the end of the year.", "6,100", "poor_population"),
    ("Twenty-one counties have been taken off the country's list of impoverished areas.", "Twenty-one",
     "poor_counties"),
    ("Jinan put the money into 11 poor districts and counties of the partner city.", "11", "poor_counties"),
    ("It paired 9 districts and counties of its own with the poor counties of the west.", "9", "other"),
    ("By then 80 trainings had been held for 3,900 person-times.", "3,900", "people_trained"),
    ("The city ran 14 technician trainings for 420 person-times.", "420", "people_trained"),
    # A line set at an income; an official who speaks is not a count of officials.
    ("The national poverty line is set at an annual income of 2,300 yuan.", "2,300 yuan", "poverty_line"),
    # A line by another name, or an income below which people are defined as poor; not an
    # income that only stands near the word poor.
    ("The current poverty level of 1,196 yuan per capita annually is low.", "1,196 yuan", "poverty_line"),
    ("China defines those who earn less than 1,274 yuan (about 200 U.S. dollars) a year as poor people.",
     "1,274 yuan", "poverty_line"),
    ("Farmers earn less than 2,300 yuan a year, and many are poor.", "2,300 yuan", "income"),
    # Reducing the number of the poor by a figure, or helping people rise from poverty, lifts them.
    ("China aims to reduce the number of rural residents living in poverty by more than 10 million this year.",
     "10 million", "people_lifted"),
    ("Investment helps 10 million people rise from poverty.", "10 million", "people_lifted"),
    # People brought, pulled or raised out of poverty, or relieved of it, left it; a poor
    # population that drops a figure lost that many.
    ("The program brought 80 million people out of sheer poverty over seven years.", "80 million",
     "people_lifted"),
    ("More than 40 million impoverished people will be relieved of poverty.", "40 million", "people_lifted"),
    ("Impoverished population in China's minority areas drops 32.3 mln.", "32.3 mln", "people_lifted"),
    ("More than half a million people have thrown off the shackles of poverty.", "half a million", "people_lifted"),
    # Counties that only had poverty relief projects or funds are not said to be poor.
    ("The audit found that 39 poverty relief projects in 20 counties had failed.", "20", "other"),
    ("Some 52 poverty counties remained on the list.", "52", "poor_counties"),
    # A rate's level before the change that follows it is a share; the change is growth.
    ("Tap water coverage in rural areas will reach 88% in 2023, up one percentage point.", "88%", "share"),
    # A level compared with another figure is no growth; a boost is.
    ("The lambing rate increased to 90 percent, compared with only 70 percent previously.", "70 percent", "share"),
    ("The government promised a 43% boost in funding.", "43%", "growth_rate"),
    # The poor as a count, then as a percentage of the whole; a share of people in poverty.
    ("Its registered poverty-stricken population was around 110,000, or 48 percent of its total.", "48 percent",
     "poverty_rate"),
    ("Its poor households received 3 million yuan, or 48 percent of the total.", "48 percent", "share"),
    ("The village had around 44 percent of its more than 3,200 residents living below the poverty line.",
     "44 percent", "poverty_rate"),
    # Poor people a programme served are not the poor population.
    ("Some 6 million poor households have seen their dilapidated houses renovated.", "6 million", "other"),
    ("The project provided clean drinking water for more than 24 million poor rural residents.", "24 million",
     "other"),
    ("The province will subsidize 4 million poor rural households.", "4 million", "other"),
    ("Some 20 impoverished households have been involved in greenhouse farming.", "20", "other"),
    # What was bought, an output's value-added and a price are no funding.
    ("As of October, the purchase amount exceeded 401 million yuan.", "401 million yuan", "other"),
    ("The value-added of primary industry reached 2,074.4 billion yuan.", "2,074.4 billion yuan", "other"),
    ("Now the electricity price is 0.4 yuan per kWh.", "0.4 yuan", "other"),
    # People not lifted out of poverty are still poor.
    ("By the end of last year, 5.51 million people had not been lifted out of poverty.", "5.51 million",
     "poor_population"),
    ("The impoverished population fell from 2 million people to 96,000, said an official in the county.",
     "96,000", "poor_population"),
    # People a scheme covers, pays or enrols are its coverage.
    ("China had 53.41 million rural recipients of subsistence allowances.", "53.41 million", "other"),
    ("About 20 million people are covered by the safety net.", "20 million", "other"),
    ("Basic medical insurance for urban employees covered 180 million people.", "180 million", "other"),
    ("Some 199 million rural residents had joined the pension insurance program.", "199 million", "other"),
    # What a brand or an industry is worth, and a price, measure no spending.
    ("The brand value of Yuncheng Apple reached 13.5 billion yuan.", "13.5 billion yuan", "other"),
    ("Garlic sold at an average price of less than one yuan.", "one yuan", "other"),
    ("The county has built a 300-million yuan industry.", "300-million yuan", "other"),
    # The poverty rate by other names.
    ("The poverty occurrence rate dropped from 14.8% in 2014.", "14.8%", "poverty_rate"),
    ("The proportion of the population considered impoverished dropped to 15.8 percent.", "15.8 percent",
     "poverty_rate"),
]


@pytest.mark.parametrize("text,value,indicator", INDICATOR_KEYS, ids=[f"{r[2]}-{i}" for i, r in enumerate(INDICATOR_KEYS)])
def test_resolve_indicator_key(run_text, text, value, indicator):
    bulletin, mentions, sentences, _ = run_text(text, published="2020-06-28")
    records = Resolver().resolve(bulletin, mentions, sentences)
    assert [r.indicator for r in records if r.mention.text == value] == [indicator], \
        [(r.mention.text, r.indicator) for r in records]


@pytest.mark.parametrize("text,value,measure", [
    ("Officials visited more than 400,000 monitored people.", "400,000", "monitored people"),
    ("The fund supports about 100,000 students a year.", "100,000", "students a year"),
])
def test_resolve_measure_leaves_out_the_qualifier(run_text, text, value, measure):
    """The words a record measures are the noun's, not a qualifier's before the value."""
    bulletin, mentions, sentences, _ = run_text(text, published="2020-06-28")
    records = Resolver().resolve(bulletin, mentions, sentences)
    assert [r.measure for r in records if r.mention.text == value] == [measure]


def test_resolve_present_figure_takes_the_publication_year_of_an_early_bulletin(run_text):
    """A bulletin of February 2019 reporting 2018 dates undated figures 2018, but one it
    says holds "so far" 2019."""
    bulletin, mentions, sentences, _ = run_text(
        "25 counties in Tibet shook off poverty in 2018, and 2,100 villages in 2018.\n"
        "Incomes rose by 12 percent.\n55 counties in Tibet have so far left poverty behind.", published="2019-02-06")
    years = {r.mention.text: (r.year_start, r.time_basis) for r in Resolver().resolve(bulletin, mentions, sentences)}
    assert years["12 percent"] == (2018, "context")
    assert years["55"] == (2019, "publication")


def test_resolve_days_of_the_publication_year_do_not_make_an_early_bulletin_speak_of_it(run_text):
    """A bulletin of February 2021 that names 2020 twice and, besides, the day it was told
    something and "earlier this month" reports 2020; one naming 2021 as often as 2020 its own year."""
    text = ("BEIJING, Feb. 3 -- The county placed 9,000 workers in jobs in 2020, the bureau said on Wednesday. "
            "Their wages rose 8 percent last year. Most of them work in Fujian. Workers earned 12 billion yuan. "
            "Earlier this month 40 buses took 2,000 workers back.")
    bulletin, mentions, sentences, _ = run_text(text, published="2021-02-03")
    years = {r.mention.text: r.year_start for r in Resolver().resolve(bulletin, mentions, sentences)}
    assert years["12 billion yuan"] == 2020
    bulletin, mentions, sentences, _ = run_text(text + " This year the county plans to place 10,000 in 2021.",
                                                published="2021-02-03")
    years = {r.mention.text: r.year_start for r in Resolver().resolve(bulletin, mentions, sentences)}
    assert years["12 billion yuan"] == 2021


# (published, text, value, year_start, year_end, time_basis)
DOCUMENT_YEARS = [
    # A date before a reporter's name in brackets closes a dateline and dates no figure.
    ("2022-02-28", "China News Agency, Beijing, February 27 (Reporter Ruan Yulin) Nearly 10 million poor people "
     "have completed the relocation of poverty alleviation.", "10 million", 2022, 2022, "publication"),
    # The day a statement was made is no figure's year; the year after the value is.
    ("2020-05-12", "Deputy Minister of Finance Xu Hongcai said on the 12th that 14 provinces such as Hebei had a "
     "comprehensive evaluation of the effectiveness of poverty alleviation in 2019.", "14", 2019, 2019, "explicit"),
    # A period of years just gone closing the value's clause dates it, though the sentence
    # opens in the present; a verb of the present with "now" dates a figure at publication,
    # whatever year the sentence names; a rate's trend after a relative period gives its years;
    # the day a statement was made is no year of a rate's period.
    ("2016-02-26", "Now, with government funding, Suiyang County Hospital has sent more than 100 doctors and 40 "
     "nurses for training at major metropolitan hospitals over the past five years.", "40", 2011, 2015, "explicit"),
    ("2017-10-05", "China has now only 43 million poor people, a huge drop from over 800 million people living in "
     "poverty in 1978.", "43 million", 2017, 2017, "publication"),
    ("", "The number of students receiving financial assistance rose about 6.55 percent each year in the past "
     "decade, up from 51.6 million in 2007 to 91.3 million in 2016.", "6.55 percent", 2007, 2016, "explicit"),
    ("2022-09-08", "Vice Minister Zhan Chengfu told a press conference on Thursday that between 2012 and 2021, the "
     "average subsistence allowance for urban residents has increased by 1.2 times.", "1.2", 2012, 2021,
     "explicit"),
    # A deadline after the value in its own clause closes a "since" period, with or without a
    # publication date; a deadline of a later clause does not.
    ("", "Since 2013, more than 1.55 million rural people have bid farewell to poverty in Inner Mongolia by the "
     "end of 2019.", "1.55 million", 2013, 2019, "explicit"),
    ("2020-03-01", "Since 2013, more than 1.55 million rural people have bid farewell to poverty in Inner Mongolia "
     "by the end of 2019.", "1.55 million", 2013, 2019, "explicit"),
    ("2020-03-01", "Since 2014, 1,000 km of roads have been built, and all villages had been connected by 2019.",
     "1,000", 2014, 2020, "explicit"),
    # When someone was born dates none of the figures said of them.
    ("2013-10-07", "Liu is among a group of seven young teachers at the school, who were all born in 1986.",
     "seven", 2013, 2013, "publication"),
    # A dateline closed by a hyphen set off by spaces files the story and dates no figure.
    ("2018-02-02", "SHANGHAI, Feb 2 (Reuters) - China brought 12.89 million rural people out of poverty in 2017, "
     "cutting its overall poverty rate to 3.1 percent.", "12.89 million", 2017, 2017, "explicit"),
    # A person who makes so much, or a speaker who earns it, says so of the present.
    ("2015-06-30", "Before 2013, he worked in a factory. He easily makes 140,000 yuan (22,550 U.S. dollars) a year.",
     "140,000 yuan", 2015, 2015, "publication"),
    ("2024-05-11", "Since the end of 2018, the township has grown Huangjing. \u201cI earn more than 30,000 yuan from "
     "part-time jobs,\u201d said Tan.", "30,000 yuan", 2024, 2024, "publication"),
    # What is still to happen is not of a period running since a year named before.
    ("", "Since 2016, the county has invested 300 million yuan in schools. Local authorities plan to invest 746 "
     "million yuan in four kindergartens.", "746 million yuan", None, None, ""),
    ("2019-05-01", "Since 2016, the county has invested 300 million yuan in schools. It will invest another 200 "
     "million yuan to build 12 kindergartens.", "200 million yuan", 2019, 2019, "publication"),
    # A group that benefits, lives or works somewhere, or a person who looks after a family,
    # says so of the present, not of a year named sentences before.
    ("2024-11-15", "In 2023, the county sold apples worth 2 billion yuan. Over 800,000 farmers benefit from the "
     "industry.", "800,000", 2024, 2024, "publication"),
    ("2020-12-04", "By the end of 2019, the town had 30 villages. He looks after a family of six.", "six", 2020, 2020,
     "publication"),
    ("2020-05-25", "In 2017, he bought 20 cows. \u201cI am thinking of adding another 10 cows,\u201d he said.", "10",
     2020, 2020, "publication"),
    # A deadline before "since" an event dated by its year closes the period.
    ("2021-02-03", "By the end of 2020, nearly 100 million rural residents had escaped poverty since the 18th "
     "National Congress of the Communist Party of China (CPC) in 2012.", "100 million", 2012, 2020, "explicit"),
    # When the thing a sentence speaks of began dates nothing another date of the sentence does.
    ("2009-02-18", "The rural cooperative medical insurance system, launched in 2003 to offer basic health care "
     "to rural residents, covered 814 million as of the end of last September.", "814 million", 2008, 2008,
     "explicit"),
    ("2020-05-01", "Wang works at a potato starch factory in the village, built in 2019 with 26 million yuan "
     "from Tianjin, Gansu's partner in east-west cooperation since 2016.", "26 million yuan", 2019, 2019, "explicit"),
    ("2021-04-06", "A nutrition programme launched in 2011 gave each rural student a meal subsidy of 3 yuan a day, "
     "raised to 4 yuan in 2014.", "3 yuan", 2011, 2011, "explicit"),
    # Undated, a lead crediting one year's figures to official data dates the figures after it.
    ("", "China per capita income rises in H1\nChina per capita disposable income reached 20,733 yuan in the "
     "first half of 2024, up 5.4 percent, according to data released by the National Bureau of Statistics on "
     "Monday. This growth shows a positive trend.\nWhen broken down, urban per capita disposable income was "
     "27,561 yuan.", "27,561 yuan", 2024, 2024, "context"),
    # A state or habit said in the simple present holds at publication, not in the year a
    # sentence before names: plural subjects that generate or provide, a verb that cannot be a
    # noun before a figure, "has" before a number word.
    ("2026-01-07", "In 2025, Tongxin county installed panels on 3,000 roofs. The installations generate about "
     "226 million kilowatt-hours annually.", "226 million", 2026, 2026, "publication"),
    ("2024-08-19", "In 2017, the village set up a coffee cooperative with 300 members. Annually the village "
     "processes about 6,000 tons of raw coffee beans.", "6,000", 2024, 2024, "publication"),
    ("2010-07-19", "In 2008, he borrowed 20,000 yuan from the bank. On his 8.5-acre grape farm he has seven types "
     "of the fruit.", "8.5", 2010, 2010, "publication"),
    # A past year said in the present perfect dates the present perfect of the sentences it
    # opens (but a year said in the past leaves "has reached" at publication).
    ("2019-05-13", "In 2018, Tibet has achieved good results in poverty alleviation, helping 47,000 farmers get "
     "jobs. 32,000 poor people have been lifted out of poverty by tourism.", "32,000", 2018, 2018, "context"),
    ("2019-05-13", "Ten years ago, only half of the girls finished school. The share covered by insurance has "
     "reached 99.8 percent.", "99.8 percent", 2019, 2019, "publication"),
    # A lead crediting one past year's figures to a ministry dates the undated figures after it.
    ("2018-03-12", "BEIJING -- China invested over 188 billion yuan to help 95.9 million students in 2017, according "
     "to the Ministry of Education.\nStudents at universities received 105 billion yuan in support, up nearly 10 "
     "percent from the year before.\nChina spent more than 20 billion yuan to provide free textbooks for 142 "
     "million students.", "20 billion yuan", 2017, 2017, "context"),
    # "Since" an event dated with a decimal figure between (a 7.1-magnitude earthquake), and
    # "Beginning in the 1980s," open periods running to the publication.
    ("2020-04-15", "Yushu has completed 1,248 projects since a 7.1-magnitude earthquake jolted the region on April "
     "14, 2010.", "1,248", 2010, 2020, "explicit"),
    ("2020-06-11", "Beginning in the 1980s, Ningxia implemented six relocation programs, moving 1.23 million people.",
     "1.23 million", 1980, 2020, "explicit"),
    # A date after a figure "more than" qualifies is the whole clause's, not that figure's
    # as one compared with; "no more than" qualifies too. "To have" says no present state;
    # a period still ahead keeps what "can" be got under it.
    ("2013-10-07", "In Yunnan, 79 counties recruited more than 6,800 teachers last year.", "79", 2012, 2012,
     "explicit"),
    ("2018-07-01", "A quarter of the people work in tourism now, earning 30,000 yuan a year from no more than 2,000 "
     "yuan a dozen years ago.", "30,000 yuan", 2018, 2018, "publication"),
    ("2019-02-28", "Daicun had risen by 2018 to have an average net income of 68,000 yuan.", "68,000 yuan", 2018,
     2018, "explicit"),
    ("2019-03-14", "For the next five years, each villager can get subsidies of 1,500 yuan per month.", "1,500 yuan",
     2019, 2023, "explicit"),
    # A month and year opening the sentence with "Starting in" runs on to the publication
    # like "Since"; so do the years "after three years' endeavors" stand for; a figure by the
    # current standard is of the present, not of a period opened before.
    ("2010-07-19", "Starting in April 2008, the bank's micro-credit business has helped 15 million farmers.",
     "15 million", 2008, 2010, "explicit"),
    ("2006-11-03", "After three years' endeavors, 28,000 herders have moved out of the valleys.", "28,000", 2003,
     2005, "explicit"),
    ("2016-08-31", "Since 2011, the nutrition program has spent 100 billion yuan. By the current standard, the "
     "country gives each student a daily subsidy of about 4 yuan.", "4 yuan", 2016, 2016, "publication"),
    # A sentence of its own paragraph that opens on words pointing back to the one before
    # ("Among them", "Also,", "Of the total") is of its time, and so on over such openers;
    # a new paragraph without them is not.
    ("2012-04-03", "Some 2.1 million disabled people in poverty got help from relief programs last year.\n\nAmong "
     "them, about 87,000 found work at 4,000 support centers.\n\nAlso, 71,000 disabled villagers took "
     "cheap loans.", "71,000", 2011, 2011, "context"),
    ("2012-04-03", "Some 2.1 million disabled people in poverty got help from relief programs last year.\n\nAmong "
     "them, about 87,000 found work at 4,000 support centers.", "87,000", 2011, 2011, "context"),
    ("2012-04-03", "Some 2.1 million disabled people in poverty got help from relief programs last year.\n\nLocal "
     "governments spent 950 million yuan on houses.", "950 million yuan", 2012, 2012, "publication"),
    ("2012-04-03", "Some 2.1 million disabled people in poverty got help from relief programs last year.\n\nThe "
     "program runs 4,000 centers.\n\nAlso, 71,000 disabled villagers took cheap loans.", "71,000", 2012, 2012,
     "publication"),
    # A goal the lead names with no figure of its own frames no plan over the figures that
    # follow; a lead that spends or moves figures by then does.
    ("2018-08-17", "China has vowed to eliminate poverty by 2020. Sichuan province saw 10 counties removed from the "
     "list.", "10", 2018, 2018, "publication"),
    ("2016-08-17", "China will spend 950 billion yuan to relocate 16 million people by 2020. Sichuan will move 1.2 "
     "million people.", "1.2 million", 2016, 2020, "context"),
    # Help a place gives in the simple present holds at publication, not over a period opened
    # before; what a relative clause says a thing includes leaves the sentence its year.
    ("2017-10-13", "Since 2012, Beijing has given 10 billion yuan to poor areas. Beijing provides assistance to 78 "
     "counties in eight provincial areas.", "78", 2017, 2017, "publication"),
    # A date saying when the subject began, or what befell it, does not date a count until
    # now said in the present perfect; a date "since" something began opens a period.
    ("2025-02-26", "All 832 poverty-stricken counties that were removed from the poverty list in 2020 have "
     "cultivated leading industries, with a total output value exceeding 1.7 trillion yuan.", "1.7 trillion yuan",
     2025, 2025, "publication"),
    ("2007-11-12", "The rural cooperative medical insurance system, initiated in 2003 to offer farmers basic "
     "healthcare, has expanded to cover more than 85 percent of rural residents.", "85 percent", 2007, 2007,
     "publication"),
    ("2021-05-01", "Ever since the central government initiated the pairing program in the 1990s, Hangzhou has been "
     "supporting 47 counties.", "47", 1990, 2021, "explicit"),
    # "The same period" after a sentence naming two years is the span between them, whichever
    # comes first; the end of a trend over it takes its last year. A period named before that
    # ends with the span stays the period.
    ("2019-07-18", "The poor population was reduced to 16.6 million in 2018 from 99 million in 2012. The "
     "incidence of poverty dropped from 10.2 to 1.7 percent during the same period.", "1.7 percent", 2018, 2018,
     "explicit"),
    ("2019-07-18", "The number of poor people fell to 16.6 million in 2018 from 99 million in 2012. Some 150,000 "
     "officials were sent to villages during the same period.", "150,000", 2012, 2018, "explicit"),
    ("2021-03-01", "In the five years from 2016 to 2020, rural incomes grew fast. Incomes of the registered poor went "
     "up from 2,610 yuan in 2015 to 10,200 yuan in 2020. Spending on poverty alleviation totaled 182.5 billion yuan "
     "over the period.",
     "182.5 billion yuan", 2016, 2020, "explicit"),
    # A month named alone after the publication's month is last year's, "as of" it too, and a
    # count after its comma is no day; a month whose year is only inferred does not make the
    # bulletin one on last year's results.
    ("2018-02-13", "Over 4.9 million families had been lifted out of poverty as of October, 46 percent of the total.",
     "46 percent", 2017, 2017, "explicit"),
    ("2018-02-13", "At the end of October, 4.9 million families had been lifted out of poverty.", "4.9 million", 2017,
     2017, "explicit"),
    ("2018-02-13", "The province will lift 300,000 people out of poverty by the end of October.", "300,000", 2018, 2018,
     "explicit"),
    ("2018-02-13", "A health program has benefited 4.2 million people. Over 4.9 million families had been lifted out "
     "of poverty as of October. Patients paid 19 percent of their bills last year.", "4.2 million", 2018, 2018,
     "publication"),
    # The start of a trend is dated by the period's first year, its end in words or digits.
    ("2001-10-15", "Between 1978 and 2000, the number of poor people decreased from 250 million to 30 million, and "
     "the proportion of poor people dropped from 30.7 percent to about three percent.", "30.7 percent", 1978, 1978,
     "explicit"),
    # "During the period" points back to the period the text speaks of, not to the base a
    # figure was compared with.
    ("2024-01-17", "China's per capita disposable income was 39,218 yuan in 2023.\nAfter deducting price factors, "
     "it rose 6.1 percent from the previous year.\nDuring the period, the median income was 33,036 yuan.",
     "33,036 yuan", 2023, 2023, "explicit"),
    # A relative clause holding the value, with a date of its own, is dated by it; not by the
    # date of what the value is compared with.
    ("2021-01-14", "In 2015, he planted 0.3 hectares of walnuts, which yielded 900 kilograms of the crop in 2019.",
     "900", 2019, 2019, "explicit"),
    ("2020-08-21", "As of June 30, the number of migrant laborers reached 28.3 million, which was 3.7 percent more "
     "than the total number of migrant workers last year.", "3.7 percent", 2020, 2020, "explicit"),
    # A month named alone ("As of April") dates the figure in the publication's year, over
    # the year a sentence before named.
    ("2018-05-22", "In 2017, the firms invested 10 billion yuan.\nAs of April, 9.2 billion yuan had been invested "
     "in 45 projects.", "9.2 billion yuan", 2018, 2018, "explicit"),
    # A definition said in the present holds at publication.
    ("2017-03-21", "Last year, China relocated 2.4 million people. China defines poverty as having an annual income "
     "of less than 2,800 yuan.", "2,800 yuan", 2017, 2017, "publication"),
    # A change "on the previous year" is of the year named, the previous one its base.
    ("2016-03-01", "In 2015, the number of rural poor was reduced to about 55 million, a drop of more than 14 million "
     "on the previous year.", "14 million", 2015, 2015, "explicit"),
    # A span of years opening a sentence runs up to the publication.
    ("2021-02-25", "Over eight years, almost 100 million people have been removed from poverty.", "100 million",
     2013, 2020, "explicit"),
    # A price base (PPP, a price index), in brackets or not, dates no figure.
    ("2024-10-01", "About 17 percent of the population was living below $6.85/day (2017 PPP) in 2021.",
     "17 percent", 2021, 2021, "explicit"),
    ("2021-04-06", "In 2011, China readjusted the standard to RMB2,300 (based on the 2010 price index) to help 122 "
     "million poor.", "122 million", 2011, 2011, "explicit"),
    # A trend said sentences after the period it runs over: its first figure is of the
    # period's first year, its last of the last, whichever is written first.
    ("2019-11-08", "From 2013 to 2018, Yunnan lifted 7.07 million people out of poverty. The poverty rate fell. "
     "The number of poor people in ethnic areas dropped to 865,000 from 4.26 million.", "865,000", 2018, 2018,
     "context"),
    ("2019-11-08", "From 2013 to 2018, Yunnan lifted 7.07 million people out of poverty. The poverty rate fell. "
     "The number of poor people in ethnic areas dropped to 865,000 from 4.26 million.", "4.26 million", 2013, 2013,
     "context"),
    # "before 2013" after the figure puts it in the years up to 2012, as one opening the sentence does.
    ("2023-11-15", "Shibadong used to be a poor village, where 57 percent of its residents lived below the poverty "
     "line before 2013.", "57 percent", None, 2012, "explicit"),
    # A clause opened by "after" that names its own period dates its figure, not the main clause's date.
    ("2017-03-01", "By the end of last year, 43 million impoverished people were living in rural areas, after 55 "
     "million people were lifted above the poverty line between 2012 and last year, the bureau said.",
     "55 million", 2012, 2016, "explicit"),
    # A sentence opening "Home to" describes the place as it stands, whatever its trend's years;
    # an aside "home to" is of its clause's time.
    ("2020-06-01", "The village has changed. Home to 225 families and 939 villagers, Shibadong's income rose from "
     "1,668 yuan in 2013 to 14,668 yuan in 2019, Shi said.", "939", 2020, 2020, "publication"),
    ("2021-04-06", "Between 2012 and 2020, the state rebuilt the unsafe houses of 7.9 million poor households, home "
     "to 25.68 million people.", "25.68 million", 2012, 2020, "explicit"),
    # A target opening a sentence before spans the years until it, as in its own sentence.
    ("2021-06-10", "By 2025, Zhejiang will make solid progress. The per capita GDP will reach 130,000 yuan.",
     "130,000 yuan", 2021, 2025, "context"),
    # A stock named as it stands before a target or a plan ahead is the stock now; the
    # level set as the target, and a stock said over a stated period, keep their years.
    ("2016-05-10", "China vows to help the remaining 70 million poor people who live below the poverty line "
     "of 2,300 yuan to shake off poverty by 2020.", "70 million", 2016, 2016, "publication"),
    ("2016-05-10", "China vows to help the remaining 70 million poor people, who live below the poverty line "
     "of 2,300 yuan, out of poverty by 2020.", "2,300 yuan", 2016, 2016, "publication"),
    ("2016-05-10", "There are still 88 poverty-stricken counties in Yunnan, and it will lift one million people "
     "out of poverty every year for the next five years.", "88", 2016, 2016, "publication"),
    ("2016-05-10", "Yunnan aims to cut the remaining poor population to 2 million by 2020.", "2 million", 2016, 2020,
     "explicit"),
    ("2016-05-10", "There are still 467,000 poor families who will be living in poverty from 2016 to 2018.",
     "467,000", 2016, 2018, "explicit"),
    # A plan a year opens "aims at" a target; a period to a day of a year; the base of "times that in".
    ("2010-05-10", "In 2009, the province aims at lifting 1,000 impoverished villages out of poverty by 2012.",
     "1,000", 2009, 2012, "explicit"),
    ("2020-11-10", "From the beginning of 2016 to Sept. 30, 2020, the platform sold goods worth 30 billion yuan.",
     "30 billion yuan", 2016, 2020, "explicit"),
    ("2022-05-10", "In 2021, urban and rural incomes were 2.1 times and 2.7 times that in 2012 respectively.",
     "2.7", 2021, 2021, "explicit"),
    # A year-shaped number before words and a counted noun is a count, and dates nothing.
    ("2010-05-10", "Chongqing has 14 national key counties and 2000 poverty-stricken villages.", "14", 2010, 2010,
     "publication"),
    # A past habit or a time before the story, undated, has no year; a clause that turns to
    # now, a passive "was used to" and "is used to" (accustomed) keep theirs.
    ("2020-05-10", "Per capita income in the village used to be less than 4,000 yuan.", "4,000 yuan", None, None, ""),
    ("2021-05-10", "When he was young, he hauled sulfur from Inner Mongolia and made less than 300 yuan a year.",
     "300 yuan", None, None, ""),
    ("2024-05-10", "Previously, Rao made around 150,000 yuan a year working in Fujian.", "150,000 yuan", None, None,
     ""),
    ("2020-05-10", "My family used to grow corn, said Yu, who now earns 2,500 yuan a month.", "2,500 yuan", 2020, 2020,
     "publication"),
    ("2020-05-10", "Some 4 billion yuan was used to support more than 600,000 orphans.", "600,000", 2020, 2020,
     "publication"),
    ("2020-05-10", "The county used to be poor, and Dawan was one of its 71 poverty-stricken villages.", "71", 2020, 2020,
     "publication"),
    # A total "so far" under a period running to now keeps the period's start; "now" does not.
    ("2024-05-10", "Since 2021, he has founded two companies, with total sales so far topping 70 million yuan.",
     "70 million yuan", 2021, 2024, "explicit"),
    ("2024-05-10", "Since 2021, he has founded two companies, and he now employs 30 people.", "30", 2024, 2024,
     "publication"),
    # A level a change reached under a period that is over is of the period's last year; a
    # flow of the period, or a level a plan ahead sets, keeps the period.
    ("2020-05-10", "From 2013 to 2019, the county invested 3 billion yuan and its per capita income increased "
     "eightfold to more than 14,000 yuan.", "14,000 yuan", 2019, 2019, "explicit"),
    ("2020-05-10", "From 2013 to 2019, the county invested 3 billion yuan and its per capita income increased "
     "eightfold to more than 14,000 yuan.", "3 billion yuan", 2013, 2019, "explicit"),
    ("2022-05-10", "Under the city's plan for 2021-2025, tea gardens will be expanded to 1.2 million mu.", "1.2 million",
     2021, 2025, "explicit"),
    # Early in a year, what a bulletin says is still to happen is of its own year, not of
    # the year it reports on.
    ("2017-01-16", "In 2016, Guizhou lifted 1.2 million people out of poverty. The province is vowing to lift "
     "1.1 million people out of poverty. Its poor population stood at 2.8 million.", "1.1 million", 2017, 2017,
     "publication"),
    ("2017-01-16", "In 2016, Guizhou lifted 1.2 million people out of poverty. The province is vowing to lift "
     "1.1 million people out of poverty. Its poor population stood at 2.8 million.", "2.8 million", 2016, 2016,
     "context"),
    # A word of the present right before a figure dates it at publication.
    ("2007-05-10", "The county plans to expand the orange area from the existing 100,000 mu to 300,000 mu in 2015.",
     "100,000", 2007, 2007, "publication"),
    # A target "by then" spans the years to the target year the text named last.
    ("2021-06-10", "By 2025, the province will raise rural incomes. The share of middle-income groups should "
     "surpass 50 percent by then.", "50 percent", 2021, 2025, "explicit"),
    # A base year that owns the figure after it dates that figure.
    ("2020-11-28", "Sales exceeded 330 billion yuan, up from last year's 160 billion yuan.", "160 billion yuan",
     2019, 2019, "explicit"),
    ("2013-06-01", "The ministry spent 2 billion yuan in aiding vagrants, doubling the amount of 2011.",
     "2 billion yuan", 2013, 2013, "publication"),
    ("2008-03-12", "Li led a miserable life before July 2006 when his family and a further 150 fellow villagers "
     "moved to a resettlement center.", "150", 2006, 2006, "explicit"),
    # What held before a year is of the years up to the one before it, its start unknown.
    ("2018-06-01", "Before 2016, 207 households in the village had been living in rundown houses.", "207", None,
     2015, "explicit"),
    ("2013-01-01", "Before the 2008 earthquake, per-capita income in Wenchuan was 9,450 yuan.", "9,450 yuan", None,
     2007, "explicit"),
    # A change runs from the year of the figure it started from, or a series' base.
    ("2018-10-01", "The number fell to 6.97 million, a 22.7 percent drop from 9.02 million in 2016.",
     "22.7 percent", 2016, 2018, "publication"),
    ("2018-10-01", "By 2018, the maternal and infant mortality rates dropped by 81.2 percent and 67.2 percent, "
     "respectively, from 1990.", "81.2 percent", 1990, 2018, "explicit"),
    # A lead on an annual report of one past year dates the undated figures after it.
    ("2016-09-21", "Overview of poverty alleviation for the disabled\nAccording to the annual report of poverty "
     "reduction, in 2013, the work for people with disabilities achieved significant results. Loans supported "
     "79,000 rural people with disabilities.\nThe number of poverty alleviation bases reached 6201, which arranged "
     "jobs for 164,000 people with disabilities.", "164,000", 2013, 2013, "context"),
    # A base year the sentence opens with runs a growth rate's period from it, whatever follows.
    ("2022-10-11", "Compared with 2012, in 2021, the income in the eastern, central and western regions increased "
     "by 110.1%, 116.2% and 123.5% respectively.", "116.2%", 2012, 2021, "explicit"),
    ("2022-10-11", "Compared with 2012, in 2021, the income in the eastern regions increased by 110.1%, with an "
     "average annual growth of 8.6%.", "8.6%", 2012, 2021, "explicit"),
    # The end of a plan is its last year; an agenda named by a year dates nothing.
    ("2025-01-01", "Per capita disposable income rose from 11,441 yuan at the end of the 13th Five-Year Plan to "
     "15,459 yuan in 2024.", "11,441 yuan", 2020, 2020, "explicit"),
    ("2023-05-01", "China met the poverty goal of the 2030 Agenda for Sustainable Development early, and helped "
     "60 countries.", "60", 2023, 2023, "publication"),
    # A period whose end month is set off by a comma.
    ("2012-01-01", "From 2007 to August, 2011, the insurer paid 35.6 billion yuan to rural households.",
     "35.6 billion yuan", 2007, 2011, "explicit"),
    # "This period" after a trend of its sentence is the span the trend ran over.
    ("2009-04-08", "The headcount rate fell from 65% of the population in 1981 to 4% in 2007 and more than half a "
     "billion people were lifted out of poverty over this period.", "half a billion", 1981, 2007, "explicit"),
    # A share of last year's total is of this year.
    ("2020-06-01", "As of May 31, purchases reached 20 billion yuan, accounting for 100.79 percent of the total last "
     "year.", "100.79 percent", 2020, 2020, "explicit"),
    # How long a rise has gone on does not date the level it reached.
    ("2020-06-01", "In 2019, financial aid for students rose for the 13th consecutive year, reaching 212.6 billion "
     "yuan.", "212.6 billion yuan", 2019, 2019, "explicit"),
    # Years a state has lasted date their own sentence, not the next.
    ("2021-10-25", "Taobao villages numbered 7,023 in 2021. The annual increase remains above 1,000 for the "
     "fourth consecutive year. Among them, 197 Taobao villages in Yiwu topped the list.", "197", 2021, 2021,
     "publication"),
    # A bulletin dated by its year alone (a yearbook) that names the year before more often
    # than its own reports on that year.
    ("2010", "The government allocated 616 million yuan in 2009, against 521 million yuan in 2008, and set up "
     "more funds in 2009. Work went on. Some 12 million yuan was issued for discount loans.", "12 million yuan",
     2009, 2009, "publication"),
    # The base of a comparison written "that in 2021" dates neither the change nor the level.
    ("2022-12-12", "Cereals output was 633.24 million tons, an increase of 490,000 tons or 0.1 percent compared "
     "with that in 2021.", "0.1 percent", 2022, 2022, "publication"),
    ("2022-12-12", "Cereals output was 633.24 million tons, an increase of 490,000 tons over that in 2021.",
     "490,000", 2022, 2022, "publication"),
    # "since ..." ends where a reporting verb begins: "in 2021" after it is no start.
    ("2022-11-20", "Reports on achievements since the 18th CPC National Congress released on November 11 showed "
     "that in 2021, per capita disposable income was 35,128 yuan.", "35,128 yuan", 2021, 2021, "explicit"),
    # What is still to happen is not of a period already over.
    ("2007-03-01", "In the last five years, the government has invested two billion yuan on water projects. "
     "Meanwhile, Guangxi will devote 420 million yuan to clean water projects.", "420 million yuan", 2007, 2007,
     "publication"),
    # The day a source said something does not keep its sentence from dating the next one.
    ("2020-12-10", "Shanxi issued a budget of 3.89 billion yuan for poverty funds in 2021, according to the "
     "provincial finance department on Dec 9. The central government's part is 2.68 billion yuan.",
     "2.68 billion yuan", 2021, 2021, "context"),
    # A plan the lead announces (ending after publication) dates the undated figures that
    # follow, unless one is said to hold now.
    ("2016-09-23", "Government Plans Massive Relocation\n\nChinese authorities said they will spend 950 billion "
     "yuan to relocate about 16 million people as China strives to end poverty by 2020.\n\nAbout 3.2 million of "
     "them were living in deserts.", "3.2 million", 2016, 2020, "context"),
    ("2016-09-23", "Government Plans Massive Relocation\n\nChinese authorities said they will spend 950 billion "
     "yuan to relocate about 16 million people as China strives to end poverty by 2020.\n\nCurrently, 9.8 million "
     "of them live below the poverty line.", "9.8 million", 2016, 2016, "publication"),
    ("2016-09-23", "Government Plans Massive Relocation\n\nChinese authorities said they will spend 950 billion "
     "yuan to relocate about 16 million people as China strives to end poverty by 2020.\n\nThe county's fund is "
     "2 billion yuan.", "2 billion yuan", 2016, 2016, "publication"),
    # A period over by publication is no plan.
    ("2020-06-28", "China's Rural Vitalization\n\nIn China, over 700 million people have got out of poverty "
     "over the past 40 years, officials said.\n\nThe county lifted 3,000 households out of poverty.",
     "3,000", 2020, 2020, "publication"),
    # A headline figure takes the years of the same figure in the body, not of another one.
    ("2020-11-11", "In 7 years, Gansu lifts 5.5 million residents out of poverty\n\nLANZHOU -- Gansu lifted "
     "5.5 million residents out of poverty from 2012 to 2019, local authorities said on Tuesday.",
     "5.5 million", 2012, 2019, "context"),
    ("2020-11-11", "In 7 years, Gansu lifts 5.5 million residents out of poverty\n\nLANZHOU -- Gansu lifted "
     "5.4 million residents out of poverty from 2012 to 2019, local authorities said on Tuesday.",
     "5.5 million", 2020, 2020, "publication"),
    # A state that still holds, in a clause of its own, is the publication's.
    ("2017-12-22", "Guizhou has raised nearly 7.8 million people out of poverty in the past five years, but 3.72 "
     "million in the rural areas still live below the poverty line.", "3.72 million", 2017, 2017, "publication"),
    # A present-tense comparison after a figure does not put the figure in the present.
    ("2020-07-29", "Ten years ago, farmers in Jiashan Village grew corn. Their annual per-capita income was about "
     "1,000 yuan, less than what they can now earn from a month of work.", "1,000 yuan", 2010, 2010, "context"),
    # A headline may round the body's figure of the same measure.
    ("2019-02-12", "1.3 mln lifted out of poverty in Yunnan\n\nKUNMING -- Yunnan lifted 1.31 million people out of "
     "poverty last year, local authorities said.", "1.3 mln", 2018, 2018, "context"),
    ("2019-02-12", "1.3 mln lifted out of poverty in Yunnan\n\nKUNMING -- Yunnan lifted 1.38 million people out of "
     "poverty last year, local authorities said.", "1.3 mln", 2019, 2019, "publication"),
    ("2020-05-14", "Over 20,000 forest rangers in Jiangxi shake off poverty\n\nNANCHANG -- In 2019, 21,500 forest "
     "rangers in Jiangxi province were lifted out of poverty, officials said.", "20,000", 2020, 2020, "publication"),
    # A count in the present perfect under a period running past publication ends then,
    # even after "So far"; a plan still ahead keeps the period, a present state ends it.
    ("2019-12-27", "During the 13th Five-Year Plan period (2016-2020), relocation targets people in harsh places.\n"
     "So far, support measures cover most of them.\nOver seven million people registered as poor have been "
     "lifted out of poverty through resettlement.", "seven million", 2016, 2019, "context"),
    ("2019-12-27", "During the 13th Five-Year Plan period (2016-2020), relocation targets people in harsh places.\n"
     "The plan will move ten million people.", "ten million", 2016, 2020, "context"),
    ("2019-12-27", "During the 13th Five-Year Plan period (2016-2020), relocation targets people in harsh places.\n"
     "So far, support measures cover most of them.\nThe new towns employ 8,000 workers.", "8,000", 2019, 2019,
     "publication"),
    # "last November" in a January bulletin is the November before.
    ("2021-01-25", "The final nine counties left the list last November.", "nine", 2020, 2020, "explicit"),
    # A pointer back to a period takes the period; the sentence after takes it too, within
    # its paragraph.
    ("2021-01-25", "Income grew from 2016 to 2020. Last year it rose 8 percent, and over the five years it rose "
     "at an average rate of 10.5 percent.", "10.5 percent", 2016, 2020, "explicit"),
    ("2021-01-25", "Roads were built from 2016 to 2020. Income reached 10,000 yuan in 2020. Spending totaled 18 "
     "billion yuan over the period. Banks lent 3 billion yuan to farmers.", "3 billion yuan", 2016, 2020,
     "context"),
    # A lead summing up what happened since a year dates the undated figures that follow,
    # except a state said in the present; a present marker in a clause after the figure
    # dates only that clause's figure, unless the clause says what the figure is.
    ("2020-12-09", "Tianjin aid to Gansu\n\nLANZHOU, Dec. 9 -- Tianjin has channelled 6.4 billion yuan in aid to Gansu "
     "Province since the two were paired up under the east-west cooperation program in 2016, officials said.\n\n"
     "The city has linked 16 of its districts with 38 poor counties.", "16", 2016, 2020, "context"),
    ("2020-12-09", "Tianjin aid to Gansu\n\nLANZHOU, Dec. 9 -- Tianjin has channelled 6.4 billion yuan in aid to Gansu "
     "Province since the two were paired up under the east-west cooperation program in 2016, officials said.\n\n"
     "The city's fund is 2 billion yuan.", "2 billion yuan", 2020, 2020, "publication"),
    ("2020-12-09", "Tianjin aid to Gansu\n\nLANZHOU, Dec. 9 -- Tianjin has channelled 6.4 billion yuan in aid to Gansu "
     "Province since the two were paired up under the east-west cooperation program in 2016, officials said.\n\n"
     "A total of 574 companies have invested 21.3 billion yuan, setting up 312 factories that now employ 48,000 "
     "residents.", "574", 2016, 2020, "context"),
    ("2020-12-09", "Tianjin aid to Gansu\n\nLANZHOU, Dec. 9 -- Tianjin has channelled 6.4 billion yuan in aid to Gansu "
     "Province since the two were paired up under the east-west cooperation program in 2016, officials said.\n\n"
     "A total of 574 companies have invested 21.3 billion yuan, setting up 312 factories that now employ 48,000 "
     "residents.", "48,000", 2020, 2020, "publication"),
    ("2020-12-09", "Tianjin aid to Gansu\n\nLANZHOU, Dec. 9 -- Tianjin has channelled 6.4 billion yuan in aid to Gansu "
     "Province since the two were paired up under the east-west cooperation program in 2016, officials said.\n\n"
     "The province has inspected its nine counties that are currently impoverished.", "nine", 2020, 2020,
     "publication"),
    # A state said in the present is not dated by the period of the sentence before.
    ("2019-12-01", "Zhejiang has pledged RMB 3 billion to Liangshan for 2018-2020. A total of 160 cadres from the "
     "province work in the prefecture.", "160", 2019, 2019, "publication"),
    # Which date of the sentence: not a change's base after "on", not a date in another
    # clause when the value's own clause names one, and never "now".
    ("2021-01-25", "It received 128 million tourist visits in 2019, up 18 percent on 2018.", "18 percent", 2019,
     2019, "explicit"),
    ("2021-01-25", "Bijie cut its poor by 1.46 million between 2016 and 2020; seven of its counties left the list "
     "in the last two years.", "seven", 2019, 2020, "explicit"),
    ("2021-01-25", "In 2019, incomes rose 9 percent; spending grew 5 percent.", "5 percent", 2019, 2019,
     "explicit"),
    ("2021-01-25", "In Congjiang County, where poverty incidence had been 30.8 percent in 2014, the last 4,600 poor "
     "residents reached the exit standard in 2020.", "4,600", 2020, 2020, "explicit"),
    ("2021-01-25", "In Congjiang County, where poverty incidence had been 30.8 percent in 2014, the last 4,600 poor "
     "residents reached the exit standard in 2020.", "30.8 percent", 2014, 2014, "explicit"),
    ("2021-01-25", "Roads were built from 2016 to 2020. Weining relocated 53,000 people in those five years, and "
     "the last 4,600 poor residents reached the exit standard in 2020.", "4,600", 2020, 2020, "explicit"),
    ("2021-01-25", "Roads were built from 2016 to 2020. Weining relocated 53,000 people in those five years, and "
     "the last 4,600 poor residents reached the exit standard in 2020.", "53,000", 2016, 2020, "explicit"),
    ("2018-10-01", "Tibet has lifted many out of poverty in the past five years, and its poor population fell "
     "from 860,000 down to 330,000 by the end of 2017.", "860,000", 2013, 2013, "explicit"),
    ("2020-05-20", "Poverty incidence has come down from 56.2 percent in 2014 to under 5 percent now.", "5 percent",
     2020, 2020, "publication"),
    # A state or habit said in the simple present holds at publication: not in a year of
    # an aside or an earlier clause before it, nor in one the sentences before name; a
    # date opening a later clause of its own dates only that clause.
    ("2020-06-28", "The cooperative, founded in 2012, has 540 members.", "540", 2020, 2020, "publication"),
    ("2020-06-28", "The cooperative, founded in 2012, now has 540 members.", "540", 2020, 2020, "publication"),
    ("2020-06-28", "Founded in 2012 with 40 members, the cooperative now has 540.", "40", 2012, 2012, "explicit"),
    ("2020-06-28", "The company invested 2 billion yuan in 2015 and employs 300 people.", "300", 2020, 2020,
     "publication"),
    ("2020-06-28", "The company invested 2 billion yuan in 2015 and employs 300 people.", "2 billion yuan", 2015, 2015,
     "explicit"),
    ("2020-06-28", "In 2019, the county has 30 villages left.", "30", 2019, 2019, "explicit"),
    ("2020-06-28", "The workshop employs 120 villagers, and in 2019 it paid out 1.5 million yuan in wages.", "120",
     2020, 2020, "publication"),
    ("2020-06-28", "The workshop employs 120 villagers, and in 2019 it paid out 1.5 million yuan in wages.",
     "1.5 million yuan", 2019, 2019, "explicit"),
    ("2020-06-28", "The county built 300 kilometers of roads and 40 bridges in 2019.", "300", 2019, 2019, "explicit"),
    ("2020-06-28", "In 2016 the county opened a solar plant. The plant earns each village 40,000 yuan a year.",
     "40,000 yuan", 2020, 2020, "publication"),
    ("2020-06-28", "From 2016 to 2018 the county built 12 workshops. Each workshop employs 30 people.", "30", 2020,
     2020, "publication"),
    ("2020-06-28", "In 2018 the county trained 500 women. Workers at the plant, most of them women, earn 3,000 yuan "
     "a month.", "3,000 yuan", 2020, 2020, "publication"),
    ("2020-06-28", "In 2016 the county opened a solar plant. The plant earned 2 million yuan.", "2 million yuan", 2016,
     2016, "context"),
    ("2020-06-28", "In 2018 the town built 20 greenhouses. Grain yields rose by 8 percent.", "8 percent", 2018, 2018,
     "context"),
    ("2020-06-28", "In 2016 the county opened 12 factories. It hired 900 workers, who earn 2,500 yuan a month.", "900",
     2016, 2016, "context"),
    ("2020-06-28", "In 2016 the county opened 12 factories. It hired 900 workers, who earn 2,500 yuan a month.",
     "2,500 yuan", 2020, 2020, "publication"),
    ("2020-06-28", "In 2018 the county trained 500 women. The training helped them earn 3,000 yuan a month.",
     "3,000 yuan", 2018, 2018, "context"),
    ("2020-06-28", "In 2016 the province set a new poverty line.\n\nNearly 50,000 migrants are employed in the coastal "
     "cities.", "50,000", 2020, 2020, "publication"),
    ("2020-06-28", "In 2016 the province set a new poverty line.\n\nSome 50,000 migrants found jobs in the coastal "
     "cities.", "50,000", 2016, 2016, "context"),
    # A count in the present perfect runs until now, not in the one past year the sentence
    # before names; a bulletin of early 2019 may still report 2018 so.
    ("2020-06-28", "Sales reached 2 billion yuan in 2018. Some 3,000 farmers have opened online shops.", "3,000", 2020,
     2020, "publication"),
    ("2019-01-20", "Tibet made decisive progress in 2018. Incomes rose 10 percent in 2018. Some 150,000 residents "
     "have shed poverty.", "150,000", 2018, 2018, "context"),
    # A deadline of a campaign the sentence names is the campaign's, not the value's.
    ("2017-12-23", "China has punished 970 people for misusing funds earmarked for a campaign intended to lift "
     "everyone out of poverty by 2020.", "970", 2017, 2017, "publication"),
    ("2016-06-01", "China will relocate 2 million people by 2020.", "2 million", 2016, 2020, "explicit"),
    # "Before 2012," opening a sentence dates the next one of its paragraph up to 2011.
    ("2020-06-01", "Before 2012, the village's land yielded little. More than 70 percent of villagers lived below "
     "the poverty line.", "70 percent", None, 2011, "context"),
    # One "Last year" in a January feature is an aside, not the year it reports on.
    ("2024-01-05", "The cooperative's coffee area exceeds 5,000 mu. Last year, its plant sold 400 tonnes of beans. "
     "Over 300 households have joined it.", "300", 2024, 2024, "publication"),
    # A bare "since" after a year: from that year until now.
    ("2020-06-28", "The town opened a logistics center in 2017 and has since trained 2,400 villagers.", "2,400", 2017,
     2020, "explicit"),
    ("2020-06-28", "The town opened a logistics center in 2017 and trained 2,400 villagers.", "2,400", 2017, 2017,
     "explicit"),
    # A rate with its own date is of that date, not of the trend before it.
    ("2020-06-28", "Poverty incidence fell from 8 percent in 2016 to 3 percent in 2018, and it is expected to fall "
     "below 1 percent by the end of this year.", "1 percent", 2020, 2020, "explicit"),
    ("2020-06-28", "Input rose from 2 billion yuan in 2016 to 3 billion yuan in 2018, an average annual growth rate of "
     "22 percent.", "22 percent", 2016, 2018, "explicit"),
    # A rate summing up a trend whose last figure has no year runs to that figure's year; a
    # rate said before its trend runs over it too.
    ("2020-06-28", "Income has increased from 5,193 yuan in 2012 to 10,141 yuan, an average annual increase of 10.3 "
     "percent.", "10.3 percent", 2012, 2020, "explicit"),
    ("2018-06-28", "Urban income saw an annual growth of 10.3 percent, increasing from 15,000 yuan in 2010 to 29,800 "
     "yuan in 2017.", "10.3 percent", 2010, 2017, "explicit"),
    # Three like figures right before a period as many years long: one a year.
    ("2015-03-12", "The rural poor population decreased by 23 million, 16 million and 12.32 million from 2012 to "
     "2014, an official said.", "16 million", 2013, 2013, "explicit"),
    # A falling "range" is two figures, the second trend of a pair with one "from" starts
    # at its first; the trend's period in years outweighs "recent years" before it.
    ("2020-01-13", "In recent years, rates in the two counties fell from 35.6% to 26% and 38.1% to 23.6% "
     "respectively, between late 2013 and late 2018.", "38.1%", 2013, 2013, "explicit"),
    ("2020-01-13", "In recent years, rates in the two counties fell from 35.6% to 26% and 38.1% to 23.6% "
     "respectively, between late 2013 and late 2018.", "23.6%", 2018, 2018, "explicit"),
    # A year after "percent of the (pre-pandemic) level" is the share's base, and dates nothing else.
    ("2023-03-29", "Gansu received 89.38 million tourist visits in 2022, about 70.19 percent of the pre-pandemic "
     "level in 2019, while tourism revenue reached 26.55 billion yuan.", "26.55 billion yuan", 2022, 2022,
     "explicit"),
    # A deadline before the value is another aim's; the value's own period follows it.
    ("2020-05-01", "As part of efforts to eliminate absolute poverty by 2020, China planned to relocate nearly 10 "
     "million poor residents to more habitable areas between 2016 and 2020.", "10 million", 2016, 2020,
     "explicit"),
    # "since" an event dated by month and year runs from that year to publication.
    ("2019-05-01", "Since it was launched in October 2016, the program has raised 3 billion yuan.", "3 billion yuan",
     2016, 2019, "explicit"),
    # Years joined by "and" date a figure together, unless the sentence pairs them "respectively".
    ("2020-05-01", "In 2018 and 2019, Beijing invested a total of 2.74 billion yuan in Inner Mongolia.",
     "2.74 billion yuan", 2018, 2019, "explicit"),
    ("2020-05-01", "In 2017, 2018 and 2019, Beijing invested a total of 2.74 billion yuan in Inner Mongolia.",
     "2.74 billion yuan", 2017, 2019, "explicit"),
    ("2020-05-01", "Incomes rose 1.7 percent and 0.6 percent in 2018 and 2019 respectively.", "0.6 percent", 2019,
     2019, "explicit"),
    # A price base dates a figure valued in it, not one past a clause mark nor the next sentence.
    ("2017-08-29", "As of the end of 2016, 43.35 million people lived below the line of 344.30 U.S. dollars of annual "
     "income as constant with 2010 prices, accounting for about 3 per cent of China's population.", "3 per cent",
     2016, 2016, "explicit"),
    ("2018-03-01", "A county can leave the list if no more than 2 percent of its residents earn less than 2,300 yuan "
     "at 2010 prices. In China's western regions, the threshold is 3 percent.", "3 percent", 2018, 2018,
     "publication"),
    # The span a record is measured over dates nothing; a year after a superlative does.
    ("2024-07-10", "The yield rose by 2.6 percent year on year, marking the biggest growth in the last five years.",
     "2.6 percent", 2024, 2024, "publication"),
    ("2018-07-10", "Tibet had the highest poverty rate in China in 2010, with 34.42 percent of its rural population "
     "living below the line.", "34.42 percent", 2010, 2010, "explicit"),
    # A year then a smaller number after a spaced dash is no range: the year dates the amount.
    ("2019-06-28", "Income had increased to 30,000 yuan (5,000 US dollars) in 2012 \u2013 100 times more than before.",
     "30,000 yuan", 2012, 2012, "explicit"),
    # A date after the figure saying when something it is put under began dates nothing
    # of the figure's (unless it follows the figure's own noun).
    ("2020-03-20", "By the end of 2019, the county had moved 9,000 people into new homes under a relocation program "
     "launched in 2016.", "9,000", 2019, 2019, "explicit"),
    ("2020-06-28", "The county had 300 cooperatives set up in 2019.", "300", 2019, 2019, "explicit"),
    # "At the end of the year" is of the year named last; a comparison's base is not.
    ("2020-03-20", "In 2019, the province made progress. At the end of the year, the poor population stood at 199,000, "
     "down from 650,000 a year earlier. Poverty incidence dropped to 0.35 percent, 1.02 percentage points lower than "
     "at the end of 2018.", "0.35 percent", 2019, 2019, "context"),
    # A date opening a later clause dates it even in a sentence that opens in the present.
    ("2020-10-17", "Now every child is in school, and last year 213 of them went to high school.", "213", 2019, 2019,
     "explicit"),
    ("2020-10-17", "Currently, 400 families live in the new town built in 2018.", "400", 2020, 2020, "publication"),
    # The present perfect runs until now: not in a past year opening a sentence before.
    ("2020-10-17", "Ten years ago only 40 percent of girls finished school. Health care has improved too. The insurance "
     "rate has reached 99 percent.", "99 percent", 2020, 2020, "publication"),
    ("2020-10-17", "In 2019 the county built 30 clinics. Schools did well too. Enrollment reached 99 percent.",
     "99 percent", 2019, 2019, "context"),
    # A sentence in between that names a past time after a period's end: the text has
    # moved on from the period.
    ("2020-10-17", "Over the past five years the county has spent 2 billion yuan on schools. The dropout rate fell from "
     "6 percent in 2015 to 0.3 percent by the end of September. The enrollment rate has reached 99.5 percent.",
     "99.5 percent", 2020, 2020, "publication"),
    ("2020-10-17", "Over the past five years the county has spent 2 billion yuan on schools. The dropout rate fell from "
     "6 percent in 2015 to 0.3 percent in 2017. Spending on teachers totaled 300 million yuan.", "300 million yuan",
     2015, 2019, "context"),
    # A plural subject with a verb in the simple present states a habit at publication.
    ("2021-06-05", "From 2016 to 2020 the county turned 14,500 mu of farmland into forest. Farmers receive 1,500 yuan for "
     "each mu converted.", "1,500 yuan", 2021, 2021, "publication"),
    ("2021-06-05", "From 2016 to 2020 the county turned 14,500 mu of farmland into forest. Farmers received 1,500 yuan "
     "for each mu converted.", "1,500 yuan", 2016, 2020, "context"),
    ("2021-06-05", "During the 13th Five-Year Plan period, the city hired 11,200 rangers. The rangers patrol about 1.35 "
     "million hectares of forest.", "1.35 million", 2021, 2021, "publication"),
    ("2021-06-05", "In 2018 the county opened 12 workshops. They helped villagers earn 3,000 yuan a month.", "3,000 yuan",
     2018, 2018, "context"),
    # A figure's own clause said in the present is not dated by another clause's date.
    ("2020-10-17", "Medical teams have worked in the prefecture since 2018, and 1,580 doctors are now on duty in its "
     "hospitals.", "1,580", 2020, 2020, "publication"),
    ("2020-10-17", "Each of the 3,745 villages now has a clinic, and 4,120 doctors have received training since 2017.",
     "3,745", 2020, 2020, "publication"),
    ("2020-10-17", "Each of the 3,745 villages now has a clinic, and 4,120 doctors have received training since 2017.",
     "4,120", 2017, 2020, "explicit"),
    ("2020-06-28", "The departments help 43 counties, and they put 1.1 billion yuan into those counties this year.",
     "43", 2020, 2020, "explicit"),
    # A verb of state in the simple present heading the figure's own clause.
    ("2021-05-10", "Since 2017, 48 graduates have returned to the township, and 20 of them run their own farms.", "20",
     2021, 2021, "publication"),
    ("2021-05-10", "Since 2017, 48 graduates have returned to the township, and 20 of them opened their own farms.", "20",
     2017, 2021, "explicit"),
    ("2020-12-01", "Broadband reached 3,200 villages during the period, while solar panels cover 40 percent of the roofs.",
     "40 percent", 2020, 2020, "publication"),
    ("2021-05-10", "Since 2017 the firms have opened 9 plants in the county that employ 700 women.", "700", 2017, 2021,
     "explicit"),
    # A date of a figure compared with, in an earlier clause, dates only that figure.
    ("2021-05-10", "The county ran 410 classes in 2020, up from 350 in 2019, and 9,800 farmers attended.", "9,800",
     2020, 2020, "explicit"),
    ("2021-05-10", "The county ran 410 classes in 2020, and 9,800 farmers attended.", "9,800", 2020, 2020, "explicit"),
    ("2021-05-10", "More than 5,000 farmers joined in 2019, and the county paid 30 million yuan.", "30 million yuan",
     2019, 2019, "explicit"),
    # A date inside a phrase set off by commas describes the subject; the figure's own
    # date after it governs.
    ("2021-05-10", "Zhejiang, the county's partner since 2016, bought 3,400 tons of tea from it last year.", "3,400",
     2020, 2020, "explicit"),
    ("2021-05-10", "Zhejiang, the county's partner since 2016, has bought 3,400 tons of tea, the bureau said on Monday.",
     "3,400", 2016, 2021, "explicit"),
    ("2020-05-11", "Income reached 9,800 yuan (US$1,384) in 2019, which was 9 percent more than the figure for 2018.",
     "9 percent", 2019, 2019, "explicit"),
    # A clause opened by "when" at the head of the sentence dates the main clause; one
    # set off in the middle does not.
    ("2021-05-10", "When the county first registered its poor in 2015, it had 52,000 poor residents.", "52,000",
     2015, 2015, "explicit"),
    ("2021-05-10", "The county, where incidence was 30 percent in 2014, had 4,000 poor residents left.", "4,000",
     2021, 2021, "publication"),
    # A relative clause set off by a comma dates its own figure, not the one it describes.
    ("2021-05-10", "The city invested 45 million yuan in two factories, which had hired 600 villagers by the end of "
     "2020.", "45 million yuan", 2021, 2021, "publication"),
    ("2021-05-10", "The city invested 45 million yuan in two factories, which had hired 600 villagers by the end of "
     "2020.", "600", 2020, 2020, "explicit"),
    ("2021-05-10", "The city invested 45 million yuan in two factories, which opened in 2020.", "45 million yuan",
     2020, 2020, "explicit"),
    # Terms said in the simple present hold at publication.
    ("2020-01-20", "Farmers borrowed 3 billion yuan in 2019. The loans, of up to 50,000 yuan each, require no "
     "collateral.", "50,000 yuan", 2020, 2020, "publication"),
    ("2020-01-20", "Farmers borrowed 3 billion yuan in 2019. The loans, of up to 50,000 yuan each, required no "
     "collateral.", "50,000 yuan", 2019, 2019, "context"),
    # A paragraph in between with times of its own ends a period's reach; a time named in
    # the figure's own paragraph does not.
    ("2021-05-10", "Since 2016, the county has spent 2 billion yuan on roads.\n\nIn one village, incomes rose from "
     "900 yuan in 2013 to 9,000 yuan in 2019.\n\n\"We will keep going,\" the mayor said.\n\nIn all, 40 villages "
     "have left the poverty list.", "40", 2021, 2021, "publication"),
    ("2021-05-10", "During the 13th Five-Year Plan period, the county spent 2 billion yuan on roads.\n\nIt paved "
     "900 km of roads from 2016 to 2020, and by 2019 every village had a bus. It dug 300 wells.", "300", 2016, 2020,
     "context"),
    # "from <places> to <figure>" is no trend: the figure takes the sentence's period; a
    # trend starts at a figure.
    ("2020-12-23", "Since 2016, 81,000 herders have moved from remote pastures and flood-prone gorges to 310 new "
     "settlements.", "310", 2016, 2020, "explicit"),
    ("2020-12-23", "Between 2016 and 2020, average incomes rose from about 3,000 yuan to 9,600 yuan.",
     "9,600 yuan", 2020, 2020, "explicit"),
    # A rate's base ("per 100,000") stands between the value and its own date.
    ("2021-09-27", "Child mortality fell from 11.6 per 1,000 live births in 2013 to 7.5 per 1,000 live births in "
     "2020.", "7.5", 2020, 2020, "explicit"),
    ("2021-09-27", "Child mortality fell from 11.6 per 1,000 live births in 2013 to 7.5 per 1,000 live births in "
     "2020.", "11.6", 2013, 2013, "explicit"),
    # A sentence opening on the whole a figure is part of: the whole's relative clause
    # dates the part, unless the part's own clause names a time.
    ("2021-04-06", "Of the 3.2 million herders who were resettled between 2016 and 2019, about 40 percent were "
     "children.", "40 percent", 2016, 2019, "explicit"),
    ("2021-04-06", "Of the 3.2 million herders who were resettled between 2016 and 2019, about 40 percent had "
     "found jobs by 2020.", "40 percent", 2020, 2020, "explicit"),
    # A relative clause saying a state that still holds puts its figure at publication.
    ("2020-12-23", "Over the past five years, 300,000 people left poverty.\n\nOfficials will keep watching some "
     "12,000 people who still face a risk of falling back.", "12,000", 2020, 2020, "publication"),
    ("2020-12-23", "Over the past five years, 300,000 people left poverty.\n\nOfficials kept watching some "
     "12,000 people who were at risk of falling back.", "12,000", 2015, 2019, "context"),
    # The day a statement was made dates no figure before it.
    ("2022-12-15", "All 90 villages earned over 50,000 yuan last year, and 12 of them topped 2 million yuan, the "
     "county government said on Tuesday.", "2 million yuan", 2021, 2021, "explicit"),
    ("2022-12-15", "All 90 villages earned over 50,000 yuan last year, and 12 of them topped 2 million yuan in "
     "2022.", "2 million yuan", 2022, 2022, "explicit"),
    # A founding date before a count until now is not the count's; before a figure said
    # of that time it is.
    ("2022-12-15", "A workshop set up in 2018 has trained 900 local women.", "900", 2022, 2022, "publication"),
    ("2022-12-15", "A workshop set up in 2018 trained 900 local women.", "900", 2018, 2018, "explicit"),
    # An infinitive is no verb of state: the date opening the sentence governs.
    ("2022-12-15", "Next year every farm should earn 50,000 yuan, and we will hire 300 young people to run the new "
     "shops.", "300", 2023, 2023, "explicit"),
    ("2022-12-15", "Next year every farm should earn 50,000 yuan, and 300 young people now run the new shops.",
     "300", 2022, 2022, "publication"),
    # A population given as what a place has is its present state, not of the year the place began.
    ("2022-08-29", "In 1997, Fujian and Ningxia agreed on a new village near Yinchuan.\nMinning was "
     "developed step by step into a town, with a population of more than 60,000 who live off wine grapes.",
     "60,000", 2022, 2022, "publication"),
    ("2022-08-29", "In 1997, Fujian and Ningxia agreed on a new village near Yinchuan.\nThe village then "
     "had 2,000 residents.", "2,000", 1997, 1997, "context"),
    ("2022-08-29", "In 2010, the county, with a population of 300,000, had 40,000 poor people.",
     "300,000", 2010, 2010, "explicit"),
    # What a plan begun at a date is set to achieve by a target covers the years between;
    # not a target of a later clause, nor a date right after the value.
    ("2019-08-03", "But in 2016, the province launched a five-year plan to lift nine of its 25 minority ethnic "
     "groups out of poverty by 2020.", "nine", 2016, 2020, "explicit"),
    ("2019-08-03", "In 2016, the county lifted 9,000 people out of poverty, and it aims to end poverty by 2020.",
     "9,000", 2016, 2016, "explicit"),
    ("2019-08-03", "In 2016, the county spent 9 million yuan to build 300 houses by 2018.", "300", 2018, 2018,
     "explicit"),
    # Without a publication date, a period the lead reckons forward from a dated start frames
    # the undated figures that follow; an absolute period does not; a state in the present
    # keeps no years.
    ("", "Largest Ecological Migration Started\n\nThe government started the migration project in Ningxia in "
     "March 2008, hoping to move 206 thousand farmers to new areas in the following five years.\n\nThe "
     "governments will invest totally 2.84 billion yuan in this project.", "2.84 billion yuan", 2008, 2012,
     "context"),
    ("", "Largest Ecological Migration Started\n\nThe government ran the migration project in Ningxia from 2008 "
     "to 2012, relocating 206 thousand farmers to new areas.\n\nThe governments will invest totally 2.84 "
     "billion yuan in this project.", "2.84 billion yuan", None, None, ""),
    ("", "Largest Ecological Migration Started\n\nThe government started the migration project in Ningxia in "
     "March 2008, hoping to move 206 thousand farmers to new areas in the following five years. The "
     "project involves 185 villages.", "185", None, None, ""),
    # A state said with a present verb of state holds at publication.
    ("2010-05-10", "Dongxiang is poor.\n\nIn 2009, rural residents of the county earned 1,602 yuan on average.\n"
     "Of the county's 279,600 people, rural residents account for 97 percent.", "97 percent", 2010, 2010,
     "publication"),
    # A single year dates the next sentence of its paragraph only.
    ("2020-06-28", "Roads were built.\n\nThe county sold 300 tons of tea in 2018.\n\nThe county also trained 5,000 "
     "farmers.", "5,000", 2020, 2020, "publication"),
    ("2020-06-28", "Roads were built.\n\nThe county sold 300 tons of tea in 2018. It also trained 5,000 farmers.",
     "5,000", 2018, 2018, "context"),
    # A year compared with is no year the next sentence is dated by.
    ("2020-05-11", "Income reached 11,567 yuan in 2019, up 11.5 percent over the figure for 2018. "
     "In real terms growth was 8.0 percent.", "8.0 percent", 2019, 2019, "context"),
    # A period in brackets after a title is the title's; the sentence's own date governs.
    ("2021-01-14", "In 2011, the Outline for Poverty Alleviation of Rural Areas (2011-2020) was released, and "
     "the list of 592 key poor counties was updated.", "592", 2011, 2011, "explicit"),
    ("2021-01-14", "The Outline for Poverty Alleviation of Rural Areas (2011-2020) lists 592 key poor counties.",
     "592", 2011, 2020, "explicit"),
    # Early in a year, a state said in the present holds at publication, not in the year the
    # release reports on; a clause of the figure's own in the past does not.
    ("2019-01-22", "By the end of 2018 the county had 1,029 poor households.\n\nGuyang Town, where some 110 "
     "workshops turn wood into guitars, topped the list.", "110", 2019, 2019, "publication"),
    ("2019-01-22", "By the end of 2018 the county had 1,029 poor households.\n\nThe workshops employ about 3,200 "
     "people, and the town's residents had a per capita income of 15,680 yuan.", "3,200", 2019, 2019, "publication"),
    ("2019-01-22", "By the end of 2018 the county had 1,029 poor households.\n\nThe workshops employ about 3,200 "
     "people, and the town's residents had a per capita income of 15,680 yuan.", "15,680 yuan", 2018, 2018,
     "context"),
    ("2019-01-22", "By the end of 2018 the county had 1,029 poor households. Nearly two-thirds of the township's "
     "1,860 poor and formerly poor households take part.", "1,860", 2019, 2019, "publication"),
    ("2019-01-22", "Yifeng Township signed contracts last year for 12,000 mu with a mill, which pays a premium of "
     "60-80 yuan per mu.", "60-80 yuan", 2019, 2019, "publication"),
    ("2019-01-22", "Yifeng Township signed contracts last year for 12,000 mu with a mill, which paid a premium of "
     "60-80 yuan per mu.", "60-80 yuan", 2018, 2018, "explicit"),
    # The day a statement was told is no figure's date.
    ("2019-01-22", "Incomes grew last year, and the number of poor people fell below 2,400, the office told a work "
     "meeting on Monday.", "2,400", 2018, 2018, "explicit"),
    # Figures compared with take the date closing their phrase, and their date does not carry to
    # the next sentence; the start of a trend does not make the sentence name one year.
    ("2019-01-22", "By the end of 2018 it still had 1,029 poor households, down from 23,275 households and 77,350 "
     "people in 2014.", "23,275", 2014, 2014, "explicit"),
    ("2019-01-22", "By the end of 2018 the county had 1,029 poor households. Poverty incidence stood at 0.33 "
     "percent, against 10.2 percent in 2014. Per capita income reached 12,407 yuan.", "12,407 yuan", 2018, 2018,
     "context"),
    ("2011-11-16", "During 2001-2010, poverty incidence dropped by 7.4 percentage points. The number of rural poor "
     "fell from 94.22 million people in 2000 to 26.88 million in 2010. Nearly four million people received "
     "training.", "four million", 2001, 2010, "context"),
    # A period in a relative clause on what the sentence is set under frames its figures.
    ("2020-10-16", "Under the second round of grassland subsidies, which runs from 2016 to 2020, the annual payment "
     "is 7.5 yuan per mu.", "7.5 yuan", 2016, 2020, "explicit"),
    # A change against a base year more than a year back runs from the base; year on year it is the year.
    ("2020-10-16", "Vegetation cover reached 41.2 percent last year, 0.6 percentage points higher than in 2015.",
     "0.6 percentage points", 2015, 2019, "explicit"),
    ("2020-10-16", "Vegetation cover reached 41.2 percent last year, 0.6 percentage points higher than in 2018.",
     "0.6 percentage points", 2019, 2019, "explicit"),
    # A pledge with a target past at publication runs from the year the sentences before name;
    # a level reached by a year is that year's; a target still ahead runs from the bulletin's year.
    ("2011-11-21", "When the State Council launched that plan in 1994, 80 million rural people lacked food. It "
     "promised to solve their problem by 2000 and concentrated funds on 592 designated poor counties.", "592",
     1994, 2000, "explicit"),
    ("2011-11-21", "When the State Council launched that plan in 1994, 80 million rural people lacked food. By "
     "2000 the number of rural poor had dropped to about 32 million people.", "32 million", 2000, 2000, "explicit"),
    ("2016-05-01", "In 2015 the county set up a fund. It aims to lift 9,000 people out of poverty by 2020.",
     "9,000", 2016, 2020, "explicit"),
    # A January bulletin on the year before: a target of this year is this year's only; a later
    # one runs from the year reported on.
    ("2020-01-20", "Review of 2019\n\nIn 2019 the province cut poverty. In 2019 incomes rose.\n\nTargets\n\nThe "
     "remaining 309,000 poor people will leave poverty by the end of this year.", "309,000", 2020, 2020, "explicit"),
    ("2020-01-20", "Review of 2019\n\nIn 2019 the province cut poverty. In 2019 incomes rose.\n\nTargets\n\nIncome "
     "will top 16,000 yuan by 2025.", "16,000 yuan", 2019, 2025, "explicit"),
    # A yearbook's bracketed section label does not stop a year opening the sentence after it.
    ("", "Jiangxi Province\n\n【Overview】 In 2011, Jiangxi invested 1.86 billion yuan, up 19.3% over the previous "
     "year. Of this total, 1.02 billion yuan came from the centre. The 21 key counties received 76.5% of the funds.",
     "76.5%", 2011, 2011, "context"),
    # A bulletin with no date of its own whose lead opens with the only year it names (a
    # yearbook entry) reports on that year; one that names several years leaves them open.
    ("", "Pairing in Brief\n\nIn 2013, Beijing gave 180 million yuan of aid to Inner Mongolia.\n\n"
     + "Officials met. " * 7 + "\n\nTraining\n\nThe two sides held 35 training courses.", "35", 2013, 2013,
     "context"),
    ("", "Pairing in Brief\n\nIn 2013, Beijing gave 180 million yuan of aid to Inner Mongolia, against 160 million "
     "yuan in 2012.\n\n" + "Officials met. " * 7 + "\n\nTraining\n\nThe two sides held 35 training courses.",
     "35", None, None, ""),
    # A trend whose sentence names only its first year ends in the latest later year of the
    # sentence before, else of the sentence itself, else at the year undated figures belong to.
    ("2019-10-15", "Poor residents numbered 98.99 million at the end of 2012 and 16.6 million by the end of last "
     "year. The poverty ratio fell from 10.2 percent in 2012 to 1.7 percent.", "1.7 percent", 2018, 2018, "context"),
    ("2019-01-15", "The region cleared 513 villages last year, and its poverty ratio fell from 11.57 percent in "
     "2017 to 6.51 percent, officials said.", "6.51 percent", 2018, 2018, "explicit"),
    ("2019-10-15", "A dry county.\n\nIts poverty ratio fell from 10.2 percent in 2012 to 1.7 percent.",
     "1.7 percent", 2019, 2019, "publication"),
    ("2019-10-15", "Its poverty ratio fell from 10.2 percent in 2012 to 1.7 percent in 2018.",
     "1.7 percent", 2018, 2018, "explicit"),
    # A plural subject after a fronted phrase doing something in the present holds at publication.
    ("2017-03-01", "Since 2014, the county has spent 1.3 billion yuan on roads. The trees now support a trade. In "
     "Guyang Town, more than 90 companies make guzheng zithers.", "90", 2017, 2017, "publication"),
    # A state said in the present ("hold", "reaches") holds at publication, not over a period named before.
    ("2021-04-02", "Since 2016 the province has created ranger posts.\n\nIn Golog, 14,700 herders hold ranger posts, "
     "and the scheme reaches 12,800 households.", "14,700", 2021, 2021, "publication"),
    # A period in a relative clause on the subject is the subject's, not the figure's.
    ("2020-06-12", "Shanghai, which has assisted Yunnan since 1996, has spent a further 680 million yuan in Nujiang "
     "over the past four years.", "680 million yuan", 2016, 2019, "explicit"),
    # A present tense in a "where" clause after the figure is that clause's, not the figure's.
    ("2019-03-06", "Last year Hotan found work for 116,000 laborers. In Pishan County, workshops created 8,000 jobs "
     "close to home, where a worker now earns about 1,500 yuan a month.", "8,000", 2018, 2018, "context"),
    # A date closing the figure's own clause governs it over one of an earlier clause; one set
    # off by a comma does not ("at 2010 prices" is a price base).
    ("2020-01-08", "Income reached 11,499 yuan in 2019, up 9 percent, and the province plans to train 50,000 "
     "farmers and herders this year.", "50,000", 2020, 2020, "explicit"),
    ("2020-10-17", "The current line was adopted in 2011: 2,300 yuan per person, at 2010 prices.", "2,300 yuan",
     2011, 2011, "explicit"),
    # A plural subject in the simple present holds at publication, with a word or two before
    # its noun, an adverb before it or a relative clause after it; a decimal point opens no clause.
    ("2020-06-28", "The cooperative was set up in 2016. Member households receive dividends of 900 yuan a year.",
     "900 yuan", 2020, 2020, "publication"),
    ("2020-06-28", "Last year the county sold 300 tons of tea. Forty tea companies buy from its growers.",
     "Forty", 2020, 2020, "publication"),
    ("2020-06-28", "Since 2017, firms from the east have opened 30 workshops here. Together they employ 1,500 people.",
     "1,500", 2020, 2020, "publication"),
    ("2020-06-28", "The plant opened in 2018. Villagers who work in its sheds earn 100 yuan a day.", "100 yuan",
     2020, 2020, "publication"),
    ("2020-06-28", "The programme ran well in 2012. About 1.2 million laborers from the west found work in the east.",
     "1.2 million", 2012, 2012, "context"),
    # A year that is a price base after a figure does not date it.
    ("2021-01-08", "The line, set in 2011 at 2,300 yuan per person at 2010 prices, was used until 2020.",
     "2,300 yuan", 2011, 2011, "explicit"),
    # What each one receives or gets, and what families contribute, are said of the publication.
    ("2020-06-28", "Building began in 2018. Each relocated person receives a subsidy of 20,000 yuan, while "
     "families contribute no more than 10,000 yuan.", "20,000 yuan", 2020, 2020, "publication"),
    ("2020-06-28", "Building began in 2018. Each relocated person receives a subsidy of 20,000 yuan, while "
     "families contribute no more than 10,000 yuan.", "10,000 yuan", 2020, 2020, "publication"),
    # A remark in brackets said in the present does not put a figure at the publication.
    ("2020-02-03", "In 2019, income in poor areas was 11,567 yuan.\n\nWage income was 4,082 yuan, an increase of "
     "12.5 percent (it is a nominal increase unless stated).", "4,082 yuan", 2019, 2019, "context"),
    # A weekday before the figure says when something was held or said; a date after it is the figure's.
    ("2019-01-26", "At a conference held on Friday, officials said 52,000 residents from 11 poor counties had left "
     "poverty in 2018.", "52,000", 2018, 2018, "explicit"),
    # A target in a later clause is its own figure's, not that of a figure before it.
    ("2011-11-16", "Wuxi County did most this year. It resettled 46,000 people in 132 new communities, and plans "
     "to move 60,000 more by 2015.", "46,000", 2011, 2011, "context"),
    ("2011-11-16", "Wuxi County did most this year. It resettled 46,000 people in 132 new communities, and plans "
     "to move 60,000 more by 2015.", "60,000", 2011, 2015, "explicit"),
    # A date in a clause of result on a total is the total's, not the figure's before it.
    ("2019-02-20", "Counties approved to leave the list: 25, bringing the number that have left since 2016 to 55.",
     "25", 2019, 2019, "publication"),
    ("2019-02-20", "Counties approved to leave the list: 25, bringing the number that have left since 2016 to 55.",
     "55", 2016, 2019, "explicit"),
    # "The year" of a communique is the year it reports on, not that of a base compared with
    # ("down from 331,000 at the end of 2017") nor the open end of "since 2016".
    ("2019-02-20", "In 2018 the region did well. Nine counties have left the list since 2016. Poor people at year "
     "end: 150,000, down from 331,000 at the end of 2017. Xigaze lifted 52,000 people out of poverty during the "
     "year.", "52,000", 2018, 2018, "explicit"),
    # A year before the tables' range (1949) is a DATE but dates no figure.
    ("2021-07-01", "The Party, founded in 1921, had 50 members in 1921.", "50", None, None, ""),
    ("2021-07-01", "The Party, founded in 1921, had 95 million members by 2021.", "95 million", 2021, 2021, "explicit"),
    # "From 2016," opening a sentence runs from that year on, like "since 2016"; ahead of the
    # publication, that year; "From next year," starts a time and is no base compared with.
    ("2019-10-20", "From 2016, the county has spent 3 billion yuan on roads.", "3 billion yuan", 2016, 2019, "explicit"),
    ("2018-10-20", "Starting from 2019, each household will receive 500 yuan.", "500 yuan", 2019, 2019, "explicit"),
    ("2010-10-20", "The project starts soon. From next year, the policy will give 90 yuan per hectare to herders.",
     "90 yuan", 2011, 2011, "explicit"),
    ("2014-06-01", "It is reported that from 2010, Pingnan county has spent over two million yuan on houses.",
     "two million yuan", 2010, 2014, "explicit"),
    # A title's own period ("Development (2011-2020)") leaves the year of its sentence to date the next one.
    ("2024-10-06", "It is reported that in 2015, the central finance implemented the Outline for Poverty Alleviation "
     "and Development (2011-2020). The budget allocated funds of 46.09 billion yuan.", "46.09 billion yuan", 2015,
     2015, "context"),
    # "Before" a year ahead of the publication is a deadline running from it; "till the end of"
    # a year includes that year.
    ("2012-05-01", "The province plans to move two million people out of poverty before 2020.", "two million",
     2012, 2019, "explicit"),
    ("2016-05-01", "Till the end of 2015, 29 million yuan of risk compensation funds were paid in.",
     "29 million yuan", 2015, 2015, "explicit"),
    # A year opening a sentence after "It is reported that" is a period opening it.
    ("2024-10-06", "It is reported that in 2015, the county spent 3 billion yuan. Officials visited the site. The "
     "fund gave 4 billion yuan.", "4 billion yuan", 2015, 2015, "context"),
    # "The past 32 years" of a trend 32 years long are the trend's years.
    ("2018-05-01", "The rate fell from 30 percent in 1978 to 3 percent in 2010, with 50 million people lifted out of "
     "poverty in the past 32 years.", "50 million", 1978, 2010, "explicit"),
    # A deadline closing a period of the sentence dates a figure with the whole period.
    ("2020-09-10", "Sichuan has made progress over the past six years, with over 6 million people escaping poverty "
     "by the end of 2019, an official said.", "6 million", 2014, 2019, "explicit"),
    ("2024-11-29", "By the end of 2023, graded rural roads amounted to 4.45 million km, with their share reaching "
     "96.8 percent, up 11.9 percentage points over the past 10 years.", "4.45 million", 2023, 2023, "explicit"),
    # A date opening a clause joined after a comma is that clause's.
    ("2018-05-01", "By 1993, the rural poor in Xiangxi were reduced to 900,000, and in 2000 this figure further "
     "declined to a mere 230,000.", "900,000", 1993, 1993, "explicit"),
    # Since an event dated by its day runs from that year to the publication.
    ("2022-06-01", "Since its official launch on January 1, 2020, the platform has seen cumulative sales exceed 30 "
     "billion yuan.", "30 billion yuan", 2020, 2022, "explicit"),
    # A long bracketed section label, or a plan's name in quotes, still leaves a period opening the sentence.
    ("2012-05-01", "【Investment to poverty alleviation fund projects】 In 2009, the government allocated 616 million "
     "yuan. Counties invested 1.1 billion yuan. Meanwhile, 12 million yuan of loan discount funds was issued.",
     "12 million yuan", 2009, 2009, "context"),
    ("2012-05-01", "During the \"Eleventh Five-Year Plan\" period, the bank invested 6.8 million yuan. It issued "
     "loans of 100 million yuan. It gave 446,000 yuan to poor students.", "446,000 yuan", 2006, 2010, "context"),
    # A change "on" a year, and "than the amount" of a year, name a base, not the figure's year.
    ("2017-05-01", "In 2017, the rate rose to 5.2 percent, marking a 0.04% increase on 2016.", "0.04%", 2017, 2017,
     "explicit"),
    ("2012-06-01", "A fund of 430 million yuan will be spent, 260 million more than the amount last year.",
     "260 million", 2012, 2012, "publication"),
    # The span a record is measured over dates no figure, in its sentence or the next.
    ("2023-01-01", "Officials met. Soybean output hit a record, the highest year since 1958. The output was 20.28 "
     "million tons.", "20.28 million", 2023, 2023, "publication"),
    # The beginning of a plan named in quotes is its first year.
    ("2021-01-01", "At the beginning of the \u201c13th Five-Year Plan\u201d, 150,000 villages had slow broadband.",
     "150,000", 2016, 2016, "explicit"),
    # An undated text whose lead opens with one year reports on it, whatever bases compared
    # with and quoted plans' names it holds.
    ("", "【Overview】 In 2011, the bureau carried out the decisions of the province on poverty alleviation. It "
     "spent 883 million yuan, 99 million yuan more than that in 2010. It "
     "issued the \u201cOutline for Development-oriented Poverty Reduction (2011-2020)\u201d in the name of the "
     "province.\n\n【Entire village advancement】 The province invested 806 million yuan in 387 villages.",
     "806 million yuan", 2011, 2011, "context"),
]


@pytest.mark.parametrize("published,text,value,y0,y1,basis", DOCUMENT_YEARS,
                         ids=[f"{r[2]}-{i}" for i, r in enumerate(DOCUMENT_YEARS)])
def test_resolve_years_from_the_document(run_text, published, text, value, y0, y1, basis):
    """``value`` is the first figure so written."""
    bulletin, mentions, sentences, _ = run_text(text, published=published)
    found = [r for r in Resolver().resolve(bulletin, mentions, sentences) if r.mention.text == value]
    assert found, [m.text for m in mentions]
    assert (found[0].year_start, found[0].year_end, found[0].time_basis) == (y0, y1, basis)


def test_resolve_no_publication_date_leaves_years_empty(run_text):
    bulletin, mentions, sentences, _ = run_text("The fund gave 3 billion yuan.", published="")
    (record,) = Resolver().resolve(bulletin, mentions, sentences)
    assert (record.year_start, record.year_end, record.time_basis) == (None, None, "")


def test_resolve_no_publication_date_leaves_an_open_period_open(run_text):
    """A level reached since a year, in a bulletin with no date, runs from that year to an unknown end."""
    bulletin, mentions, sentences, _ = run_text("Since 2004, income rose to 14,000 yuan.", published="")
    (record,) = Resolver().resolve(bulletin, mentions, sentences)
    assert (record.year_start, record.year_end, record.time_basis) == (2004, None, "explicit")


@pytest.mark.parametrize("published,past", [("", True), ("2016-05-01", False), ("2018-05-01", True)])
def test_resolve_a_year_in_digits_is_a_time_the_text_moved_to(run_text, published, past):
    """Up to the bulletin's year, and any year in a bulletin with no date: a period opened
    before it no longer dates what follows (In 1992 ... a title in 2017 ... has invested)."""
    _, mentions, _, _ = run_text("The county won a national title in 2017.", published=published)
    (date,) = [m for m in mentions if m.type == "DATE"]
    year = int(published[:4]) if published else None
    assert names_past_time(date, DocumentTime(year, year)) is past


def test_resolve_every_record_is_a_value_mention(run_text):
    bulletin, mentions, sentences, _ = run_text(
        "In Gansu Province, 75 counties got 3 billion yuan, 11 percent more than in 2018.")
    records = Resolver().resolve(bulletin, mentions, sentences)
    assert sorted(r.mention.type for r in records) == ["COUNT", "MONEY", "PERCENT"]
    assert isinstance(bulletin, Bulletin)


@pytest.mark.parametrize("text,counts,recorded", [
    ("Aid went to the four prefectures of southern Xinjiang.", ["four"], []),
    ("Flats of 25 square meters are for one-person households.", ["25", "one"], ["25"]),
    ("Aid went to four prefectures and the 832 counties.", ["four", "832"], ["four", "832"]),
    ("The nine poverty-stricken counties shook off poverty.", ["nine"], ["nine"]),
    # A count in apposition to the places it counts is no new figure, unless the names open
    # the sentence as its setting or are not as many.
    ("Officials visited Pu'er and Dali, two cities in Yunnan.", ["two"], []),
    ("Aid went to Xingyi, Anlong and Zhenfeng, three counties of Qianxinan.", ["three"], []),
    ("Officials visited Pu'er and Dali, three cities in Yunnan.", ["three"], ["three"]),
    ("In Guizhou and Yunnan, two counties were removed from the list.", ["two"], ["two"]),
    # That something was done a few times is no figure; how often many did it is.
    ("He visited Liangshan six times.", ["six"], []),
    ("The night school is joined 1,200 times each year.", ["1,200"], ["1,200"]),
    # The parts a text divides what it says into are no figures.
    ("Gains show in three aspects, and the plan has four broad objectives.", ["three", "four"], []),
])
def test_resolve_small_counts_that_point_back_or_classify_make_no_record(run_text, text, counts, recorded):
    bulletin, mentions, sentences, _ = run_text(text)
    assert [m.text for m in mentions if m.type == "COUNT"] == counts
    assert [r.mention.text for r in Resolver().resolve(bulletin, mentions, sentences)
            if r.mention.type == "COUNT"] == recorded


def test_resolve_main_place_is_not_a_source(run_text):
    """A place named mostly as where things come from is not what the bulletin is about."""
    text = ("Zhuhai helps Nujiang.\nNujiang is poor.\nA company from Zhuhai set up a factory. Doctors from "
            "Zhuhai came too.\n\nThe weather was fine.\nWages rose to 8,000 yuan.")
    bulletin, mentions, sentences, _ = run_text(text)
    (record,) = Resolver().resolve(bulletin, mentions, sentences)
    assert record.place.name == "Nujiang Lisu Autonomous Prefecture"


@pytest.mark.parametrize("text,place", [
    # Named as often as one of its parts, the place the lead introduces is the subject.
    ("Incomes in 2023\n\nRural incomes in Shanxi Province rose. Kelan County in Xinzhou grew fastest. "
     "Many migrants lived in Xinzhou. Few left Shanxi.", "Shanxi"),
    ("Incomes in 2023\n\nXinzhou grew fastest of all the cities of Shanxi Province. Xinzhou is poor. "
     "Shanxi is large.", "Xinzhou"),
    # A national briefing citing provinces as examples is about China, however often one recurs.
    ("Press conference\n\nQ: What has changed?\nA: In Guizhou alone 6.7 million left poverty. Gansu and Yunnan "
     "did well. In Guizhou, 9.23 million were poor in 2012. Guizhou, Sichuan and Yunnan have 27 of the counties.",
     "China"),
    # A national report whose only province comes as a closing example is about China.
    ("Education results 2016-2020\n\nDropouts fell to 682. Subsidies reached 1 trillion yuan. Schools were "
     "rebuilt. Teachers were hired. Classrooms were built.\n\nGansu: an example\n\nGansu spent 23.6 billion "
     "yuan.", "China"),
    # A title's "a village in Hubei" is about the first village the text names there.
    ("Tea brings a better life to a Tujia village in Hubei\n\nPeng works above Wujiatai Village in Xuan'en "
     "County, Hubei Province. Hubei grows tea.", "Wujiatai Village"),
    # A province named with its own cities and counties outweighs the neighbours it mentions.
    ("Incomes in 2023\n\nRural incomes in Shanxi rose. Kelan County in Xinzhou grew fastest. Migrants went to "
     "Tianjin and Hebei. Many lived in Xinzhou. Few left Shanxi.", "Shanxi"),
    # Nor is where a report was released.
    ("Migrant workers\n\nAn alliance says in a report released January 6 in Chengdu that young people are "
     "reluctant to farm. Migrant workers earn 1,233 yuan a month. The survey was released on Friday in Chengdu. "
     "Wages rose. Costs rose faster than wages did. Many workers went home.", "China"),
    # Where a byline's reporters were is no subject: a national story filed from a launch ceremony.
    ("Jobs for the poor\n\nBy Huang Zhiling and Wang Yu in Zhaojue, Sichuan | chinadaily.com.cn\n\nA villager "
     "smiles in Sanhe village in Zhaojue county, Liangshan Yi autonomous prefecture, Sichuan province, in March, "
     "2020. [Photo/Xinhua]\n\nSome 2.9 million poor people in 52 counties found work.", "China"),
    ("Jobs for the poor\n\nBy LI MING in Kunming | China Daily\n\nFarmers in Kunming earned more. Villages in "
     "Kunming grew tea.", "Kunming"),
])
def test_resolve_main_place(run_text, text, place):
    """The place a bulletin is about, where no sentence places a figure."""
    _, mentions, sentences, _ = run_text(text)
    named = [m for m in mentions if m.type == "PLACE"]
    assert document_place(named, sentences[0][1], text).name == place


@pytest.mark.parametrize("title,place", [
    ("Tea lifts a Guizhou mountain village", "Dahe Village"),
    ("Tea lifts Guizhou", "Guizhou"),
    ("Tea lifts a Guizhou province town", "Guizhou"),
])
def test_resolve_title_place_locating_a_smaller_unit(run_text, title, place):
    """``a Guizhou mountain village`` in a headline: the bulletin is about the village it tells of."""
    text = f"{title}\n\nDahe Village lies in Ziyun County of Guizhou Province. Its tea sold well."
    _, mentions, sentences, _ = run_text(text)
    named = [m for m in mentions if m.type == "PLACE"]
    assert document_place(named, sentences[0][1], text).name == place


@pytest.mark.parametrize("text,pointers", [
    ("Quzhou is a city in Zhejiang. The city sent teachers.", ["The city"]),
    ("Hongsibao District lies in Ningxia. Wine is the district's main industry.", ["the district"]),
    ("Quzhou is a city in Zhejiang. The city of Hangzhou sent teachers.", []),
    ("Quzhou is a city in Zhejiang. The city-level fund grew.", []),
    ("Quzhou is a city in Zhejiang. The city level fund grew.", []),
    ("Quzhou is a city in Zhejiang. The country grew.", []),
    ("Quzhou is a city in Zhejiang. The Zhejiang Province fund grew.", []),
    # Two modifiers before a county or a city; a banner; not a superlative, the capital, a far region.
    ("Ar Horqin Banner lies in Inner Mongolia. Grass grew in this national-level poverty-stricken county "
     "and in the banner.", ["this national-level poverty-stricken county", "the banner"]),
    ("Xigaze lies in Tibet. Aid went to the second-largest city in Tibet.", ["the second-largest city"]),
    ("Quzhou is a city in Zhejiang. The most affluent city earns more.", []),
    ("Quzhou is a city in Zhejiang. Counties ring the glamorous capital city.", []),
    ("Aba lies in Sichuan. Roads now cross the far-flung inland region.", []),
])
def test_resolve_pointers_back_to_places(run_text, text, pointers):
    """``the city`` names a place only where it points back to one."""
    bulletin, mentions, sentences, _ = run_text(text)
    finder = Resolver().where
    named = MentionIndex([m for m in mentions if m.type == "PLACE"])
    assert [p.text for p in finder.pointers("case", text, named, CHINA, sentences)] == pointers


def test_resolve_lead_is_no_photo_caption(run_text):
    """The lead whose period frames a bulletin's undated figures is body text, not the
    caption of the photo above it."""
    text = ("Hechi in numbers\n\nA resettlement site in Bama Yao autonomous county, Hechi. [Photo/Guangxi Daily]\n\n"
            "During the 13th Five-Year Plan period (2016-20), Hechi has made great achievements.")
    _, _, sentences, _ = run_text(text)
    start, _ = sentences[lead_sentence(text, sentences)]
    assert text[start:].startswith("During")


@pytest.mark.parametrize("published,text,value,place", [
    # A page with no blank line runs a paragraph a line: a county of its opening scene
    # does not reach figures three lines on, after the region is named again.
    ("2017-05-01", "The first universal health check in Xinjiang reached Rosuli, a man in Bachu County.\n"
     "The examination was performed at his home.\n\"I know my height now,\" said Rosuli.\n"
     "The head of the Xinjiang health commission said the checks covered the whole region. The program cost "
     "1.49 billion yuan.", "1.49 billion yuan", "Xinjiang Uygur Autonomous Region"),
    # A national list said to lie in a province counts that province's part of it.
    ("2019-06-01", "Fugong is one of the 88 national-level poverty-stricken counties in Yunnan Province.", "88",
     "Yunnan"),
    ("2019-06-01", "Fugong is one of the 832 national-level poverty-stricken counties in China.", "832", "China"),
    # A village whose name a wrapped line splits across a sentence break still sets the scene.
    ("2006-04-06", "Rural tourism has helped her family shake off poverty, along with 170 other households in "
     "Nanhua\nVillage of Miao minority in southwest China's\nGuizhou Province.\nHer annual family income has soared "
     "from 200 dollars to nearly 4,000 dollars.\nXiong and her husband started a small restaurant in 1998.\nTheir "
     "daughter earns 1,000 dollars each year by dancing for visitors.", "1,000 dollars", "Nanhua Village"),
    # A pointer may carry two adjectives joined by "and".
    ("2018-02-27", "NANCHANG, Feb. 27 (Xinhua) -- Jinggangshan witnessed rapid growth after leaving the list a year "
     "ago.\n\nThe per capita income of rural residents in the remote and hilly city in east China's Jiangxi Province "
     "reached 9,606 yuan in 2017.", "9,606 yuan", "Jinggangshan"),
    # The national standard, said at its 2010 prices, is China's in a province's story.
    ("2018-06-01", "Tibet removed 25 counties.\nA county can leave the list if less than 2 percent of its population "
     "lives below the poverty line, defined as an annual income of 2,300 yuan (around 335 U.S. dollars) at 2010 "
     "prices.", "2,300 yuan", "China"),
    # So is the rule any county must meet to leave the list.
    ("2018-06-01", "Tibet removed 25 counties.\nA county can leave the list if less than 2 percent of its population "
     "lives below the poverty line.", "2 percent", "China"),
    # What a clause sends to several countries, and a count of countries, are no place's in China.
    ("2011-06-01", "China has provided nearly RMB400 billion to 166 countries, and trained 720 officials from 91 "
     "developing countries. Chinas poverty fell by 10 million.", "RMB400 billion", None),
    ("2011-06-01", "China has provided nearly RMB400 billion to 166 countries, and trained 720 officials from 91 "
     "developing countries. Chinas poverty fell by 10 million.", "91", None),
    ("2011-06-01", "China has provided nearly RMB400 billion to 166 countries, and trained 720 officials from 91 "
     "developing countries. Chinas poverty fell by 10 million.", "10 million", "China"),
    # A photo's caption on a page's first line does not make its township the page's subject.
    ("2024-07-10", "Farmers harvest wheat in Hongguang township of Helan county, Ningxia, July 6, 2024. [Photo/Xinhua]"
     "\nBEIJING -- Officials said on Wednesday that about 346 million mu of wheat were harvested this summer.\n"
     "Summer grain output totaled 149.78 million tonnes.", "149.78 million", "China"),
    # Where a conference was held places nothing.
    ("2024-09-29", "The ministries held a conference on employment assistance for poverty-stricken populations in "
     "Chongqing on the 27th. As of the end of August, the total scale of employment for poverty-stricken people has "
     "reached 32.953 million.", "32.953 million", "China"),
    # Where a report was announced, and the place that locates it, set no scene.
    ("2018-07-11", "Alibaba announced a semi-annual report on its poverty relief fund in Hangzhou, East China's "
     "Zhejiang province, on Tuesday.\nThe company pledged 10 billion yuan in December 2017 to combat poverty.\n"
     "Sales of products from national-level poor counties reached 26 billion yuan in the first half of this year.",
     "26 billion yuan", "China"),
    # A count of things said to lie in China is the country's, whoever the sentence is about.
    ("2020-05-01", "Tibet did well.\nLhasa ranked first among the 168 key cities in China for air quality.", "168",
     "China"),
    # A count spanning several provinces is the country's ...
    ("2020-04-21", "Qinghai removed 17 counties from the list.\nAll impoverished counties in 11 provincial-level areas "
     "have recovered, including Chongqing and Hebei.", "11", "China"),
    ("2020-04-21", "Qinghai removed 17 counties from the list.\nThe remaining 52 counties in seven provinces will "
     "leave.", "52", "China"),
    # ... unless a region holds them, or they are where things come from or go.
    ("2020-04-21", "Qinghai removed 17 counties from the list.\nWe built 23,000 cooperatives in 22 provinces in "
     "central and western China.", "22", "Central and Western China"),
    ("2020-04-21", "Qinghai removed 17 counties from the list.\nThe county ships its walnuts to more than 20 "
     "provinces.", "20", "Qinghai"),
    # Givers counting themselves stay where they are; what they send goes to the receiver.
    ("2012-03-01", "In 2011, 15 eastern provinces sent 300 officials to western regions.", "15", "Eastern China"),
    ("2012-03-01", "In 2011, 15 eastern provinces sent 300 officials to western regions.", "300", "Western China"),
    ("2013-12-01", "Fujian helps Ningxia.\nDuring the year, 172 Fujian enterprises invested in Ningxia.", "172",
     "Ningxia Hui Autonomous Region"),
    # Trainees from several countries are theirs, not their host's.
    ("2018-09-01", "A total of 32 officials from 18 African countries will attend a 15-day training course in "
     "China.", "32", None),
    # The world named in the value's clause, after the country, makes it the world's ...
    ("2018-09-01", "Kim added that China was the major contributor to global poverty reduction, with the ratio of "
     "people living in extreme poverty in the world having dropped to less than 10 percent.", "10 percent", None),
    ("2018-09-01", "It will leave about 6.5 percent of the world population extremely poor in 2030.",
     "6.5 percent", None),
    ("2018-09-01", "The country uses the 1.9 U.S. dollar per day global poverty line.", "1.9 U.S. dollar", None),
    # ... not in a clause of its own.
    ("2021-01-01", "China, with about a fifth of the world's population, accounted for more than 70 percent of "
     "global poverty reduction.", "70 percent", "China"),
    # What a value is compared with, and a company named after a county, set no scene.
    ("2012-07-12", "The poverty line was raised.\nThe revision redefined about 128 million Chinese in rural areas, "
     "a number equivalent to the population of Japan, as poor, 100 million more than before.", "100 million",
     "China"),
    ("2011-01-01", "In Jilin province, Anhua Agricultural Insurance paid compensation to 451,900 families.",
     "451,900", "Jilin"),
    # A residential community named after a county is not the county.
    ("2021-01-01", "Pingli County relocated many families.\nEighty-nine households moved into Jinping community, "
     "where 11 households now work in community factories.", "11", "Pingli County"),
    # A line at an amount China has used as its national line is the country's.
    ("2016-01-01", "Sichuan is large.\nStatistics compiled in 2015 found that 283,000 people in Guang'an were "
     "below the poverty line set at an annual income of 2,300 yuan.", "2,300 yuan", "China"),
    # "The province" where only an organisation's name holds one.
    ("2019-03-01", "Rangers guard the forests\nWang Wei is director of the Shanxi Forestry Bureau.\nLast year "
     "370,000 people in the province were forest rangers.", "370,000", "Shanxi"),
    # A time zone, and where a statement was made, set no scene.
    ("2003-12-01", "Last updated at: (Beijing Time) Monday, December 01, 2003\nThe plan covers 13 million rural "
     "households.", "13 million", "China"),
    ("2003-12-01", "The policy will protect farmers, the SFA said yesterday in Beijing.\nThe plan covers 13 "
     "million rural households.", "13 million", "China"),
    # "In the northwest of" a county is inside it, where "northwest of" a city is a landmark.
    ("2021-05-01", "The canyon lies in the northwest of Xuanhan County, Dazhou, southwest China's Sichuan Province. "
     "It has lifted 102 villages out of poverty.", "102", "Xuanhan County"),
    # A name said to be a village, with a participle after the unit, is that village.
    ("2021-05-01", "Simola is a village inhabited by Va people in Yunnan Province. It received 210,000 visits.",
     "210,000", "Simola Village"),
    # The field of a rank given by its number is not where the figure is.
    ("2017-05-08", "Anhui Sees Income Rise of 9.0% in Q1, Ranking 8th in China\n\nAnhui's income grew.", "9.0%",
     "Anhui"),
    # "across the country" a few words after the value's noun still makes it national; not
    # when it is the scope of where the value comes from.
    ("2017-05-08", "Anhui's income rose.\nThe eastern Chinese province came in at No.14 in the country, with its "
     "urban income at 8,689 yuan.", "8,689 yuan", "Anhui"),
    ("2020-07-27", "Ninglang County in Yunnan Province, one of the 52 poverty-stricken counties across the "
     "country, develops tourism.", "52", "China"),
    ("2020-07-27", "Xinjiang's growth is the aim.\nBeijing mobilized support from 19 provincial governments across "
     "the country to help Xinjiang.", "19", "Xinjiang Uygur Autonomous Region"),
    # A relative's place elsewhere sets no scene; the village the person works in does.
    ("2017-11-20", "Zhang, a 58-year-old farmer in Bijie City of Guizhou Province, knows poverty. With his son in "
     "the coastal Shenzhen City as a migrant worker, the baby was left to the couple.\n\nBut the cows he bought "
     "with a 24,000-yuan loan are expected to change his fate.", "24,000-yuan", "Bijie"),
    ("2017-11-20", "Gu lives in Gujiatai Village, Hebei Province. Since 2013 Gu and his son have been working in the "
     "village.\n\nThey earn 200 yuan per day.", "200 yuan", "Gujiatai Village"),
    ("2018-10-12", "Li lives in Libei Village of Guizhou Province. In 2015, Li and her son returned to Libei Village "
     "to sell chili online.\n\nThey now hire 5 villagers.", "5", "Libei Village"),
    # A place a size is compared with is no scope.
    ("2019-08-01", "Aba prefecture lies in Sichuan. The 83,400-square-kilometer region is roughly the size of "
     "Austria, and is home to 920,000 residents.", "920,000", "Aba Tibetan and Qiang Autonomous Prefecture"),
    # A value in a phrase fronted before the subject is the subject's.
    ("2020-06-01", "An ancient hamlet in Shanxi province has beaten poverty.\n\nWith 286 dwellings, Shangwu village "
     "in Zuoquan county enjoys fresh air.", "286", "Shangwu Village"),
    # "the number of village": words joined by a preposition point back to no place.
    ("2008-09-29", "Over 8000 villages' output exceeds 100 million yuan\n\nLeaders of star villages such as Huaxi "
     "Village gathered in Zhengge Town in Beijing.\n\nIn 2007 the number of village whose per capita net income "
     "reached 10,000 yuan was 11,054.", "11,054", "China"),
    # A figure in or for another continent is no place's of the tables, China giving it.
    ("2021-11-30", "China has trained nearly 9,000 agricultural personnel in Africa since 2012.", "9,000", None),
    ("2021-11-30", "China set up farming centers in 14 African nations, training 30,000 local farmers.", "30,000", None),
    ("2024-01-17", "Beijing, January 17, 2024, The Europe Today: China's per capita disposable income reached "
     "39,218 yuan in 2023.", "39,218 yuan", "China"),
    # A place in a clause that only says where something else lies is not the figure's.
    ("2018-08-11", "Shaping village has solar panels.\n\nIn Badong County, where Shaping is located, 40 percent of "
     "residents live below the national poverty line.", "40 percent", "Badong County"),
    # A list of western provinces, all receivers of paired aid, is Western China.
    ("2020-07-03", "The program has served some 17.77 million residents in 198 poor counties in the five "
     "provincial-level regions of Sichuan, Gansu, Qinghai, Xinjiang and Tibet.", "17.77 million", "Western China"),
    # Where aid lands: an institution named in full, pairing programmes with a region, a year between.
    ("2022-09-27", "Since 2016, a hospital in Guangzhou, Guangdong province, has sent 38 medical experts to the "
     "Zhongba County Hospital in the Tibet autonomous region.", "38", "Tibet Autonomous Region"),
    ("2023-08-01", "Suzhou of East China's Jiangsu province raised 1.78 billion yuan in 2022 for pairing "
     "assistance programs with cities and regions in West China.", "1.78 billion yuan", "Western China"),
    # A rule any county must meet is the country's, whatever place the story is about; not one
    # a place the sentence names sets.
    ("2017-03-27", "Lankao county in Henan left the list.\nA county can be removed from the list if less than 2 "
     "percent of its population is classified as impoverished.", "2 percent", "China"),
    ("2017-03-27", "Lankao county in Henan left the list.\nIn Henan, a county can be removed from the list if less "
     "than 3 percent of its population is poor.", "3 percent", "Henan"),
    # The Tibetan areas of a province are a part of it, named as one area.
    ("2020-11-10", "By the end of 2013, there were 2,063 poverty-stricken villages in Tibetan-inhabited areas in "
     "Sichuan.", "2,063", "Tibetan areas of Sichuan"),
    # The whole a share is taken of is not where the figures lie.
    ("2020-11-05", "Hechi lies in the north of Guangxi.\n\nThe city has invested heavily.\n\nA total of 176,200 "
     "impoverished people have been relocated, accounting for 25 percent of Guangxi's total.", "176,200", "Hechi"),
    # "according to the city's office": a source of the figure, not where it lands.
    ("2019-04-01", "Shanghai is paired with Yunnan.\n\nShanghai has given 11.7 billion yuan to the province. The "
     "aid budget is 4.48 billion yuan, up from 3.24 billion yuan last year, according to the city's cooperation "
     "office.", "3.24 billion yuan", "Yunnan"),
    # The 592 key counties of the national work are a national total, wherever the sentence is.
    ("2014-01-28", "According to the office, 73 of 592 national economically deprived counties are located in "
     "Yunnan.", "592", "China"),
    # A national rate of poverty is China's however it moves, whatever county the story is about.
    ("2018-02-28", "Debo County in Gansu is poor. The county has 20,000 people.\n\nA total of 68.53 million rural "
     "people have seen their fortunes transformed, with the national poverty rate falling from 10.2 percent to 3.1 "
     "percent.", "3.1 percent", "China"),
    # "The region" is the autonomous region named before, not a province the story is also
    # about; where none is named, the main place.
    ("2021-03-10", "Farmers need brands, Ma said.\nNingxia still lags behind in technology, a strength of Fujian "
     "province.\nGoals are set in the region.\nChen, director of the region's finance bureau, said 11.2 billion "
     "yuan will be allocated this year.", "11.2 billion yuan", "Ningxia Hui Autonomous Region"),
    ("2021-03-10", "Fujian helps farmers\n\nFujian province has sent 500 teachers. A director of the region's "
     "finance bureau said 11.2 billion yuan will be allocated.", "11.2 billion yuan", "Fujian"),
    # Every country of a list a product is exported to is a market, not the figure's place;
    # a landmark named like a city is no place.
    ("2017-10-31", "The Hotan carpet company employs 300 workers. Ten percent of its products are exported to "
     "Australia, Britain, the United States and Germany.", "Ten percent", "Hotan"),
    ("2020-12-15", "As of 2018, 224 million square meters of school buildings were renovated, equivalent to 310 "
     "Forbidden City complexes.", "310", "China"),
    # A dateline whose agency is written in lower case and whose day is lost files the story.
    ("", "Xinhua news agency, Beijing, August, (reporter Wang Youling) \u2013 A spokesman said rural online sales "
     "grew fast.\n\nAccording to statistics, rural network retail sales reached 310 billion yuan.",
     "310 billion yuan", "China"),
    # "The county" points back past counties named alongside the one the text is about.
    ("2021-06-21", "Once a poor county, Lankao is now one of the three major folk musical instrument production "
     "centers in China, alongside Dunhuang, Gansu province, and Yangzhou, Jiangsu province.\nThe county, with "
     "about 6 million paulownia trees, produces most of the soundboards.", "6 million", "Lankao County"),
    ("2021-01-01", "Yang's family was among 350,000 poor villagers whose lives, along with their children's, have "
     "been changed by a relocation project that resettled villagers from southern Ningxia.", "350,000",
     "Southern Ningxia"),
    # Money a place gives to speed up development elsewhere lands there; a section menu in
    # capitals names no place.
    ("2011-09-19", "Shanghai ethnic affairs committee has allocated a total of 31.015 million yuan to speed up "
     "development of Derung ethnic minority in Yunnan.", "31.015 million yuan", "Yunnan"),
    ("2015-11-09", "US EUROPE AFRICA ASIA\nBusiness / Technology\n\nE-commerce boosts earnings for farmers\n\n"
     "The government plans to invest up to 140 billion yuan by 2020.", "140 billion yuan", "China"),
    # A railway named after cities is neither city; a landscape word opening a headline is no
    # village's name; villages named for sites joined by "and" set no one scene.
    ("2016-10-12", "Hongcun village is in Yixian county of Anhui province.\n\nThe Hefei-Fuzhou high-speed "
     "railway opened in 2015. Wang made 200,000 yuan from his hotel last year.", "200,000 yuan", "Hongcun Village"),
    ("2020-05-01", "Desert village in NW China's Xinjiang sheds poverty\n\nThe village has 1,404 residents.",
     "1,404", "Xinjiang Uygur Autonomous Region"),
    ("2018-07-13", "Congjiang County in Guizhou is developing tourism.\n\nThe county built a tourist center in "
     "Jiabang township and a parking lot in Basha village.\n\nThe local government has nurtured cooperatives. It "
     "now has about 86 such cooperatives.", "86", "Congjiang County"),
    # Two prefectures listed with "and the" are a list: their province holds the figure.
    ("2017-01-01", "The program moved 32,000 residents from 26 townships in Golog and the Yushu Tibetan Autonomous "
     "Prefecture.", "32,000", "Qinghai"),
    # An eastern place and a western one joined by "and" before words of cooperation are
    # giver and receiver: what the giver invests lands at the receiver.
    ("2020-05-09", "Since April 2018, Beijing and the Inner Mongolia Autonomous Region signed an agreement to deepen "
     "poverty alleviation cooperation. In 2018 and 2019, Beijing invested a total of 2.74 billion yuan in financial "
     "assistance.", "2.74 billion yuan", "Inner Mongolia Autonomous Region"),
    # A place in title case before a colon opening a whole paragraph files the story.
    ("2017-02-12", "China to relocate millions\n\nBeijing: China plans to relocate 3.4 million people from "
     "poverty-stricken communities to more developed areas this year as part of its poverty relief drive.",
     "3.4 million", "China"),
    # Prefectures that together make a region of their own are that region's; others are their province's.
    ("2018-01-10", "In Kashgar and Hotan, 47,000 destitute people found jobs.", "47,000", "Southern Xinjiang"),
    ("2018-01-10", "In Kashgar and Urumqi, 47,000 people found jobs.", "47,000", "Xinjiang Uygur Autonomous Region"),
    # Where a meeting was held by a body is not the scope of the figures it reported.
    ("2024-11-27", "China has built more than 9,100 workshops nationwide, spanning over 1,721 county-level areas, "
     "according to a meeting held by the Ministry of Culture and Tourism in Longyan, Fujian Province.", "1,721",
     "China"),
    # What goes to help several developing countries, or is in the beneficiary countries, is theirs.
    ("2021-06-25", "China supports others. We have sent more than 600,000 aid workers to help over 120 developing "
     "countries with their efforts to achieve MDGs.", "600,000", None),
    ("2019-09-27", "China and its partners have implemented nearly 100 poverty reduction projects in the relevant "
     "developing countries.", "100", None),
    # A ranking's field after the value is not its place.
    ("2017-10-05", "Zhang said identifying the poor is a tough task since Sichuan has 90 million people, the fourth "
     "highest in China.", "90 million", "Sichuan"),
    # Consumption aid: what a city buys of products from a poor region is the region's sales.
    ("2021-02-05", "Shenzhen in Guangdong province purchased a total of 3.23 billion yuan ($500 million) of poverty "
     "alleviation products from Guangxi Zhuang autonomous region in 2020.", "3.23 billion yuan",
     "Guangxi Zhuang Autonomous Region"),
    ("2021-02-05", "Shenzhen in Guangdong province purchased a total of 3.23 billion yuan ($500 million) of poverty "
     "alleviation products from Guangxi Zhuang autonomous region in 2020.", "$500 million",
     "Guangxi Zhuang Autonomous Region"),
    # "The national average in 2018" is China's, whatever place the sentence names.
    ("2019-05-10", "The beans are a source of revenue for the region, where per capita income was once below 3,200 "
     "yuan, according to a research center in Mangshi, while the national average in 2018 was 28,000 yuan.",
     "28,000 yuan", "China"),
    # A province owning what is counted is not one of the counted regions.
    ("2019-01-24", "Rural incomes rose in Hunan. Hunan's resident incomes in four major regions have achieved rapid "
     "growth.", "four", "Hunan"),
    # The province holding the county government that registered a family is not where it lives.
    ("2017-09-12", "Tsamjo Drolma's family of four was registered as impoverished last year by the Lhunze county "
     "government in the Tibet autonomous region.", "four", "Lhunze County"),
])
def test_resolve_place_of_a_value(run_text, published, text, value, place):
    bulletin, mentions, sentences, _ = run_text(text, published=published)
    places = {r.mention.text: r.place for r in Resolver().resolve(bulletin, mentions, sentences)}
    assert (places[value].name if places[value] else None) == place, places


@pytest.mark.parametrize("text,dateline", [
    ("BEIJING, Sept. 3 (Xinhua) -- Output rose.", True),
    ("China News Service, Guiyang, November 23 -- Output rose.", True),
    ("Chinanews client, Beijing, July 15 (Reporter Li Jinlei) Output rose.", True),
    ("Xinhua, Beijing :\nOver 68 million people left poverty.", True),
    ("Officials in Beijing : a note.", False),
    ("Beijing: the capital set up 20 funds.", False),
    ("ZHENGZHOU/HEFEI, June 25 -- Big money has attracted millions of migrants.", True),
    ("Beijing (People's Daily) - To date, the authorities have approved 134 projects.", True),
])
def test_resolve_dateline_files_the_story(run_text, text, dateline):
    """A place that files the story (an agency's dateline) is no scope of its figures."""
    _, mentions, _, _ = run_text(text)
    place = next(m for m in mentions if m.type == "PLACE")
    assert is_dateline(place, text) == dateline


# Words right before a place that make it no scope of the figures: where something was said
# or announced (a venue), the field a ranking is made in.
@pytest.mark.parametrize("cue,before,aside", [
    (STATEMENT_VENUE, "said Premier Wen at the opening meeting of the Fifth Session of the Tenth National People's "
     "Congress (NPC) in ", True),
    (STATEMENT_VENUE, "told a press conference in ", True),
    (STATEMENT_VENUE, "Announcing details in ", True),
    (STATEMENT_VENUE, "Luo spoke during the second session of the 13th NPC in ", True),
    (STATEMENT_VENUE, "invested 20 million yuan in ", False),
    (RANKED_FIELD, "As the largest relocation project in ", True),
    (RANKED_FIELD, "The eastern province came in at No.14 in the ", True),
    (RANKED_FIELD, "Anhui was ranked 14th among the ", True),
    (RANKED_FIELD, "Incomes rose 9 percent in ", False),
    (RANKED_FIELD, "The county ranked poverty alleviation first in ", False),
])
def test_resolve_place_set_aside_by_words_before_it(cue, before, aside):
    assert bool(cue.search(before + "Beijing", 0, len(before))) == aside
