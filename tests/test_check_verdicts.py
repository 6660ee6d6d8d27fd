"""Verdicts of ``check`` that respect direction, values and scope (issue 16).

Every row is an invented claim and an invented source article of one or two sentences,
on many topics, checked through the public ``api.check_articles`` beside an unrelated
article. The rows are grouped by the mechanism they depend on; each group's rows fail when
that mechanism is switched off (the commit that added them says which rows need which
rule), but for two scope rows marked as guards, which no rule would get wrong today.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from claimcheck import align as align_module
from claimcheck import annotate as annotate_module
from claimcheck import api, entities, measures, stance
from claimcheck import check as check_module
from claimcheck import facts as facts_module
from claimcheck import relate as relate_module
from claimcheck.facts import FactRelation
from claimcheck.models import DATE_KINDS, Article, Verdict
from claimcheck.relate import relate_facts

S, C, P, A = Verdict.SUPPORTS, Verdict.CONFLICTS, Verdict.PARTIAL, Verdict.ABSENT

OTHER_STORY = ("Volunteers planted 400 oak saplings along the canal path on Saturday.\n"
               "The gardening club meets every Thursday evening in the old library.\n")
"""A story about something else, beside every source: what a source shares with no claim."""

DAY = dt.date(2025, 5, 14)  # a Wednesday


def verdict(claim: str, source: str, published: dt.date | None = DAY):
    articles = (Article("src", "src.txt", source, published=published),
                Article("other", "other.txt", OTHER_STORY, published=published))
    (result,) = api.check_articles([claim], articles)
    return {v.source: v for v in result.verdicts}["src"]


# (a) Opposite acts and directions, and the scope of a negation: conflicts.
DIRECTION = [
    # How much of a thing an act took: all of it, or a part.
    ("The roof of the Tarn depot fell in partially during the gale.",
     "The gale brought the roof of the Tarn depot down completely, crews said.", C),
    ("The roof of the Vell depot fell in completely during the gale.",
     "Part of the roof of the Vell depot fell in partially during the gale.", C),
    ("The city cut its parking fees.", "The city raised its parking fees on Monday.", C),
    ("The challenger won the seat.", "The challenger lost the seat by 212 votes.", C),
    ("Shipments exceeded targets in the spring.", "Shipments fell short of targets in the spring.", C),
    ("The diet was associated with fewer hospital visits.",
     "The diet was associated with more hospital visits, the study found.", C),
    ("The minister ruled out a second referendum.",
     "The minister refused to rule out a second referendum.", C),
    ("The minister ruled out a second referendum.",
     "The minister did not rule out a second referendum.", C),
    ("The union has not ruled out further strikes.", "The union ruled out further strikes.", C),
    ("Investigators ruled in arson as the cause of the warehouse fire.",
     "Investigators ruled out arson as the cause of the warehouse fire.", C),
    ("The bakery chain beat analysts' profit forecasts.",
     "The bakery chain missed analysts' profit forecasts.", C),
    ("Rents in the harbour district were higher than a year earlier.",
     "Rents in the harbour district were lower than a year earlier.", C),
    ("The museum opened its new sculpture wing.", "The museum closed its new sculpture wing.", C),
    ("The club confirmed the goalkeeper's transfer.", "The club denied the goalkeeper's transfer.", C),
    ("The final budget includes funding for the branch library.",
     "The final budget excludes funding for the branch library.", C),
    ("The airline increased its fares on regional routes.",
     "The airline lowered its fares on regional routes.", C),
    ("The gale strengthened as it crossed the Tarnia coast.",
     "The gale weakened as it crossed the Tarnia coast, forecasters said.", C),
    ("The patient's condition improved overnight.", "The patient's condition worsened overnight.", C),
    ("The senator voted for the water bill.", "The senator voted against the water bill.", C),
    ("The factory hired 200 workers.", "The factory laid off 200 workers.", C),
    ("The regulator approved the pipeline.", "The regulator rejected the pipeline.", C),
    ("The injured cyclist is in a stable condition.",
     "Doctors said the injured cyclist was in a critical condition.", C),
    ("The school board accepted the superintendent's resignation.",
     "The school board refused the superintendent's resignation.", C),
]

# (b) Another value for the same quantity is never support.
VALUES = [
    # A bound the claim's figure lies just past, even an estimate of it, is vaguer, not the
    # same; a floor far short of it is another count (``short_floor``).
    ("The mill employs about 340 people.", "The mill employs more than 300 people.", P),
    ("The mill employs about 1,500 people.", "The mill employs more than 300 people.", C),
    ("The former treasurer faces up to 20 years in prison.",
     "The former treasurer faces up to 25 years in prison.", C),
    ("The fire started on the fourth floor of the hotel.",
     "The fire started on the fifth floor of the hotel.", C),
    # ("second" ranks a row, a deck or a storey as it ranks a floor, not only a time.)
    ("The Vell family sat in the fourth row of the public seats.",
     "The Vell family sat in the third row of the gallery.", C),
    ("The fire broke out on the ferry's second deck.", "The fire broke out on the ferry's fourth deck.", C),
    ("The strike involves more than 31,000 workers.", "The strike involves more than 3,100 workers.", C),
    # (Two nouns of one class are one count, as relate reads them: a floor in each is a limit.)
    ("More than 3,400 structures burned in Tarnby.", "More than 1,500 buildings burned in Tarnby.", C),
    # (... and a floor far short of a figure is another count, whichever noun of the class counts.)
    ("About 900 people attended the rally in Tarnby.",
     "At least 40 men attended the rally in Tarnby, police said.", C),
    # The room a place has ("seats 5,200") is no count of those who came.
    ("Vell Hall seats 5,200 people.",
     "Footage from the night shows at least two armed men walking into Vell Hall.", A),
    ("The new footbridge cost $40 million.", "The new footbridge cost $45 million.", C),
    ("Turnout in the mayoral election was 62%.", "Turnout in the mayoral election was 58%.", C),
    ("The landslide killed 12 villagers.", "The landslide killed 21 villagers.", C),
    ("The asthma trial enrolled 480 patients.", "The asthma trial enrolled 840 patients.", C),
    ("The festival drew at least 50,000 fans.", "The festival drew at least 5,000 fans.", C),
    ("The council vote is scheduled for March 3.", "The council vote is scheduled for March 13.", C),
    # An estimate lying itself beyond the claim's bound is another figure, whatever its margin.
    ("More than 9,000 runners finished the harbour marathon.",
     "About 8,300 runners finished the harbour marathon.", C),
    ("About 640 families were evacuated from the valley.",
     "More than 700 families were evacuated from the valley.", C),
    ("The freight train was travelling at 80 mph.", "The freight train was travelling at 60 mph.", C),
    ("The brewery employs about 1,200 people.", "The brewery employs about 12,000 people.", C),
    ("The stadium lease runs for ten years.", "The stadium lease runs for 15 years.", C),
    ("The smelter will close in 2027.", "The smelter will close in 2029.", C),
]

# (c) The same value told another way is not a conflict.
EQUAL = [
    ("The central bank set its policy rate at 3%.",
     "The central bank set its policy rate in a range between 2.75% and 3%.", S),
    ("The discount offer expires on December 31.", "The discount offer expires at the end of the year.", S),
    ("The appeal hearing is on May 15.", "The appeal hearing is tomorrow.", S),
    ("The board met on May 13.", "The board met yesterday.", S),
    ("The museum will reopen on Saturday.", "The museum will reopen on May 17.", S),
    ("Inflation in the province was 3.1%.", "Inflation in the province was 3.1 percent.", S),
    ("The insurer paid $2.4 billion in claims.", "The insurer paid 2.4 billion dollars in claims.", S),
    ("About 12% of voters were undecided.", "Some 11.9% of voters were undecided.", S),
    ("The rally drew 5,000 people.", "The rally drew five thousand people.", S),
    ("The dock strike lasted two weeks.", "The dock strike lasted 14 days.", S),
    # A whole counted ("all four charges") is the whole named without the count ("all charges").
    ("The former mayor was found guilty on all four charges.",
     "A jury found the former mayor guilty on all charges on Friday.", S),
    ("The economy is forecast to grow 2% this year.",
     "The economy is forecast to grow between 1.5% and 2.5% this year.", S),
]

# (d) What a clause says of something else neither conflicts nor supports.
SCOPE = [
    ("The bakery held its prices in May.",  # guard: nothing reads "held" against "raised"
     "After holding its prices in May, the bakery raised them again in June.", S),
    ("The central bank raised its interest rates.",
     "After leaving its interest rates unchanged all winter, the central bank raised them.", S),
    ("The mayor was cleared of the charges.", "The mayor denies the charges.", A),
    ("The chemical company was fined for the spill.",
     "The chemical company denies responsibility for the spill.", A),
    ("The airline cut its fares in January.",
     "The airline, which cut its fares in January, raised them again in April.", S),
    ("The suspect was charged with burglary.",  # guard: the denial is of another charge
     "The suspect was charged with burglary but not with assault.", S),
    ("The drug did not reduce mortality.",
     "The drug did not reduce mortality, though it reduced hospital stays.", S),
    ("The retailer did not raise prices.", "The retailer raised wages but did not raise prices.", S),
    ("The council voted to keep the library open.",
     "The council voted to close the swimming pool and keep the library open.", S),
    ("The ferry operator cut its timetable.", "The ferry operator raised its ticket prices.", A),
]

# (e) A source sharing only the story's subject is absent; one stating the point without
# the claim's figure, date or place is partial.
PRESENCE = [
    ("The city cut its parking fees by 20%.", "The city cut its parking fees.", P),
    ("The council approved the stadium on Tuesday.", "The council approved the stadium.", P),
    ("The storm killed 14 people in Leeds.", "The storm brought heavy rain to the north of England.", A),
    # What talks are held over ("talks over the rent settlement") is not an agreement told
    # as done: the claim's act is left out. A settlement reached is one.
    ("The landlord has agreed to talks with the tenants' union.",
     "Tenants of the landlord began a rent strike on Monday after talks with the union over this "
     "year's rent settlement broke down.", A),
    ("The studio has agreed to negotiations with the writers.",
     "The writers picketed the studio after negotiations over a new contract failed.", A),
    ("The council agreed a settlement with the tenants.",
     "The council reached a settlement with the tenants on Monday.", S),
    ("The hospital laid off 300 nurses.", "The hospital has struggled with its finances for years.", A),
    ("The festival drew 40,000 visitors.", "The festival drew large crowds.", P),
    ("The car plant will close in Ohio.", "The car plant will close.", P),
    ("The union accepted a 5% pay rise.", "The union has been negotiating with the employer.", A),
    ("The health minister resigned on Friday.", "The health minister resigned.", P),
    ("Researchers found the vaccine was 90% effective.",
     "The vaccine trial enrolled volunteers in six countries.", A),
    ("The ferry service will resume in April.", "The ferry service will resume.", P),
    ("The airline cut 2,000 jobs.", "The airline announced job cuts.", P),
    ("The company moved its headquarters to Denver.",
     "The company has had its headquarters in the same building since 1990.", A),
]

# (f) An act the claim says was done, stated in other words ("paraphrases": a winner, a
# victory, a champion), and a verb right after a name, which says what was done, not what
# the name is of: supports.
WORDED = [
    ("Marta Lindqvist won the regional chess final.",
     "Marta Lindqvist is the champion of the regional chess final after beating three grandmasters.", S),
    ("Tomas Brek won the hill climb.", "Tomas Brek's victory came after a late attack on the final bend.", S),
    ("The Orla Rowing Club won the autumn regatta.",
     "The Orla Rowing Club were the winners of the autumn regatta for a third year.", S),
    ("The village choir won the folk prize.",
     "The village choir were crowned champions of the folk prize on Saturday night.", S),
    # Clinching a title is winning it, and beating the other side in the final.
    ("The Otters beat the Herons in the cup final.",
     "The Otters clinched a third cup title by holding off the Herons in a tense final.", S),
    ("Marta Quell won the regional chess title.",
     "Marta Quell clinched the regional chess title on Sunday.", S),
    # "sold" is "sell" in its irregular past: the sentence states what the claim says of the site.
    ("Harrow Mills will sell the Brenton site.",
     "Harrow Mills reported a small rise in profit on Monday.\n"
     "The Brenton site will be sold to a housing developer, the mayor said.", S),
    # "spotted" says "discovered": beside the date, the sentence states the claim's act.
    ("The leak at the Carran reservoir was discovered early on Tuesday, 4 March.",
     "Engineers are repairing the Carran reservoir dam, the water board said.\n"
     "The seepage was first spotted shortly before 5 a.m. on 4 March by a night guard.", S),
    # Beating the other side says who won: "edged" and "a victory over" state "beat".
    ("The Kelso Harriers beat the Dunmore Falcons 3-1 in the shield final.",
     "The Kelso Harriers edged the Dunmore Falcons 3-1 in a tense shield final on Saturday.", S),
    ("The Kelso Harriers beat the Dunmore Falcons 3-1 in the shield final.",
     "Two late goals gave the Kelso Harriers a 3-1 victory over the Dunmore Falcons in the shield final.", S),
    # Setting off, going somewhere and getting a share, each in other words.
    ("The charter flight took off from Dunmore.",
     "The charter flight departed from Dunmore on Sunday morning, the airport said.", S),
    ("Mayor Ilse Varga travelled to the flooded villages.",
     "Mayor Ilse Varga left for the flooded villages with a rescue team on Sunday.", S),
    ("Petrov received the backing of the farmers' union.",
     "Petrov obtained the backing of the farmers' union on Monday, officials said.", S),
]

# (g) Another count of the claim's noun, for the act said in other words, addresses the
# claim however little else the sentence repeats: conflicts.
RECOUNTED = [
    ("Nine wagons derailed near Pellow Junction.",
     "Eleven freight wagons jumped the tracks shortly after dawn on Friday where the old branch line "
     "crosses Brindle Lane, spilling grain across two fields.", C),
    ("About 300 gallons of bleach spilled near the Orrin depot.",
     "A tanker overturned near the Orrin depot on Monday morning.\n"
     "Roughly 900 gallons of bleach leaked onto the road, the fire service said.", C),
]

# (h0) "has gone up to N" is the figure reached, not the bound "up to N": a smaller figure
# of the claim is another value.
REACHED = [
    ("The death toll from the mudslide reached 390.",
     "The death toll from the mudslide has gone up to 412, officials said.", C),
    ("Membership of the rowing club climbed to 1,200 this spring.",
     "Membership of the rowing club went up to 1,380 this spring.", C),
]

# (h) A time of day with its half of the day, and a time taken in hours, minutes and seconds,
# are values: another one for the same act conflicts.
CLOCKS = [
    ("The night train left Corbel at 10:15 pm.", "The night train left Corbel at 10:15 am.", C),
    ("The tremor was felt at 4:20 a.m.", "Residents first felt the tremor at 5:20 a.m. on Tuesday.", C),
    ("Lena Varga won the city half-marathon in 1:09:52.",
     "Lena Varga won the city half-marathon on Sunday in a personal-best 1:09:25.", C),
]

# (i) A value the source tells of an earlier or later happening ("at its previous meeting")
# is no value of the happening the claim reports: neither conflicts nor supports.
OCCASIONS = [
    ("The water board voted 5-2 to raise charges.",
     "At its previous meeting in March, the water board voted 7-0 to raise charges.", A),
    ("The orchestra sold 3,000 tickets for its winter gala.",
     "At the previous winter gala, the orchestra sold 4,500 tickets.", A),
    ("The league fined the rugby club $20,000.",
     "In the prior season, the league fined the rugby club $50,000.", A),
    # A claimed projection ("could reach") says nothing of the count so far.
    ("The port authority said cargo volumes could reach 9 million tonnes.",
     "Cargo volumes at the port rose to 7 million tonnes last year.", A),
    ("The zoo said ticket sales could reach 100,000 this summer.",
     "Ticket sales at the zoo reached 80,000 by the end of July.", A),
    # "Last" before a noun of those counted picks the final ones of a group, no other happening.
    ("There were 81 people on board the ferry.",
     "The two bodies found on Monday were the last people missing after officials said that 64 of the "
     "76 people on the ferry had died.", C),
]

# (j) An act in an irregular past form ("stolen", "fled") is an act the claim says was done:
# a sentence that does not state it does not support it. A participle that reads as its
# verb's base ("hurt", "shut", "spread") is such a form too: denied, it is contradicted by a
# sentence telling it done.
IRREGULAR = [
    ("No one was hurt when the scaffolding collapsed.",
     "Two painters were hurt when the scaffolding collapsed.", C),
    ("Nobody was hurt in the kitchen fire.", "A cook was hurt in the kitchen fire on Tuesday.", C),
    ("The ferry terminal was not shut during the gale.", "The ferry terminal was shut during the gale.", C),
    ("The water main burst under the high street.",
     "The water main under the high street held, engineers said.", A),
    ("The rumour was not spread by the club's staff.",
     "The rumour was spread by the club's staff, the inquiry found.", C),
    ("Patient data was stolen in the cyberattack.",
     "The cyberattack on the clinic's patient data systems was detected early on Sunday.", A),
    ("The suspects were caught near the border.",
     "Police said the suspects had been near the border on Friday.", A),
    ("The painting was stolen from the gallery.",
     "The painting hung in the gallery's east wing for a decade.", A),
]

# (k) A name under an indefinite article, before a noun, says what kind of thing or whose it
# is ("a Brightwater Lines cargo vessel"): it names no other one in the claim's thing's place.
KINDS = [
    ("The Morning Gull capsized near Tarn Point on Tuesday.",
     "A Brightwater Lines cargo vessel capsized near Tarn Point on Tuesday.", S),
    ("The Silver Comet derailed outside Hollin on Friday.",
     "An Orrel Rail passenger train derailed outside Hollin on Friday.", S),
    ("The Blue Heron ran aground off Skell Head on Sunday.",
     "A Harlow Shipping fishing boat ran aground off Skell Head on Sunday.", S),
    # A guard: a name in the thing's own place is another one.
    ("The Morning Gull capsized near Tarn Point on Tuesday.",
     "The Evening Tern capsized near Tarn Point on Tuesday.", C),
]

# (l) A speaker is no subject of the words it is said to have spoken: "X said the driver had
# not been arrested" denies the arrest of the claim's driver, whoever X is.
SPOKEN = [
    ("The driver of the Blue Line bus has been arrested.",
     "Metro Transit said the driver had not been arrested and was cooperating with police.", C),
    ("The pilot of the Falcon Air jet has been grounded.",
     "Skyreach Holdings said the pilot had not been grounded and was flying again.", C),
    ("The chef of the Copper Pot has been fired.",
     "Brennock Group said the chef had not been fired.", C),
]

# (m) A date the sentence gives to another act than the claim's, where it repeats of the
# claim's point only what the claim is about, is no date of the claim's act: absent.
OTHER_ACTS = [
    ("The Sea Lark will be refloated on Monday.",
     "The Sea Lark struck a reef on Saturday with 80 people aboard.", A),
    ("The striker will undergo surgery on Wednesday.", "The striker was injured in training on Sunday.", A),
    ("Dorrance Hall will reopen on 3 June.", "Dorrance Hall was flooded by a burst pipe on 12 April.", A),
    # Two acts both told as done may be one act in other words: its dates conflict.
    ("The Kerrow Fire started on July 4.", "The fire ignited on July 5 near a lay-by on the Kerrow road.", C),
    ("The Brannock Fire started on June 9.", "The Brannock Fire broke out on June 10 in dry scrub.", C),
    # Two acts told alike: a date of another act than the claim's, which the sentence does not state.
    ("The new Tolland ferry terminal opened on March 2.",
     "A cargo ship ran aground near the new Tolland ferry terminal on Saturday.", A),
    ("The Ashby bypass was completed on 14 May.",
     "A lorry overturned on the Ashby bypass on 3 June, closing it for hours.", A),
]

# (n) A change measured against the previous quarter is no value of a change from a year
# earlier ("than in the previous quarter" names its base as "from the previous quarter" does):
# the sentence speaks of the measure without the claim's figure.
BASES = [
    ("Harbor Foods' quarterly sales fell 8% from a year earlier.",
     "Harbor Foods said quarterly sales were 5% higher than in the previous quarter.", P),
    ("Orland Mining said profit rose 12% from a year ago.",
     "Orland Mining said profit was 30% lower than the prior quarter.", P),
    # A guard: against the same base, another figure conflicts.
    ("Kessel Air said bookings rose 6% from a year earlier.",
     "Kessel Air said bookings were 2% lower than in the year-ago quarter.", C),
]

# (o) A subject denied by its determiner denies the act: "No fuel leaked" says nothing leaked,
# against a source saying fuel (or diesel) did; words after "from" say whence, not what.
DENIED_SUBJECTS = [
    ("No fuel leaked from the Sea Lark.",
     "The coastguard said a small amount of fuel had leaked from the vessel.", C),
    ("No fuel leaked from the Sea Lark.",
     "A small amount of diesel has leaked from the Sea Lark, the coastguard confirmed.", C),
    # A fuel by its name is fuel: the sentence that says what leaked is the one addressing it.
    ("No fuel leaked from the Sea Lark.",
     "The Sea Lark ran aground off Kell Point on Sunday with 80 people aboard.\n"
     "The coastguard has confirmed that a small amount of diesel has leaked from the vessel.", C),
    # Such a claim is contradicted, as "no one was hurt" is, by a sentence telling the act
    # as a noun of some ("suffered damage", "faced delays").
    ("No homes were damaged in the storm.", "Forty homes suffered damage in the storm, the council said.", C),
    ("No passengers were injured in the derailment.",
     "Six passengers suffered injuries in the derailment.", C),
    ("No flights were delayed by the fog.", "Dozens of flights faced delays because of the fog.", C),
    # A guard: a noun denied in the source against the claim's plain noun was read before.
    ("Fuel leaked from the tanker Orla.", "The harbour master said no fuel had leaked from the Orla.", C),
    ("No chemicals spilled into the Brenn canal.", "Chemicals spilled into the Brenn canal overnight.", C),
    # A guard: the same denial supports.
    ("No fuel leaked from the Sea Lark.", "The coastguard said no fuel had leaked from the Sea Lark.", S),
]

# (p) A sale or a move being explored is hedged where the claim says it will happen: partial.
HEDGED = [
    ("The Arlow brewery will sell its canal warehouse.",
     "The Arlow brewery is exploring a sale of its canal warehouse, a spokesman said.", P),
    # "according to X" credits the one the claim says put the figure so: no hedge of it.
    ("The Northern Seismic Bureau put the tremor's magnitude at 4.7.",
     "The tremor, measuring magnitude 4.7 according to the Northern Seismic Bureau, shook the valley.", S),
    # A claim that someone forecast a figure states an expectation: "expects" says it.
    ("Dorrin Foods forecast annual sales of $3 billion.",
     "Dorrin Foods expects annual sales of $3 billion, its finance chief said.", S),
    # A guard: a claim that states the sales plainly is weakened by "expects".
    ("Dorrin Foods made annual sales of $3 billion.",
     "Dorrin Foods expects annual sales of $3 billion, its finance chief said.", P),
]

# (q) Another agent of the same act ("was set by X" / "was set by Y") stands in the claim's
# name's role: conflicts.
AGENTS = [
    ("The county sprint record was set by Anna Holt.",
     "The county sprint record of 11.2 seconds was set by Mia Strand in 2011.", C),
    ("The previous club record was set by Tomas Reyes.",
     "The previous best of 2:14:05 was set by Lise Brandt in 2019.", C),
    # A guard: the same agent supports.
    ("The county sprint record was set by Anna Holt.",
     "The county sprint record of 11.2 seconds was set by Anna Holt in 2011.", S),
    # A place after "near" is not in the role of the claim's subject, nor is the one who
    # tells of the act after it ("..., X said") the one it is of.
    ("Storm Halda made landfall with winds of 120 mph.",
     "The Category 2 hurricane, which made landfall near Porthcawl early on Monday with winds of 120 mph, "
     "flooded the harbour.", S),
    ("Three people were missing after Storm Halda.",
     "Three people are still missing, Harbour Commissioner Ewan Pryce said on Monday.", S),
]

# (r) Relevance: the sentence that states the claim's point is found though the claim is
# worded otherwise: every word of what the claim says was done, in a sentence that leaves
# the doer to an earlier one ("his bail was revoked"); a phrase that says the claim's act
# ("lost their lives" for "killed").
FOUND = [
    ("Judge Mara Ellis revoked Tom Vale's bail.",
     "Judge Mara Ellis read the verdict at 4:05 p.m. and Tom Vale showed no emotion.\nAfterwards, his bail "
     "was revoked and he was led away in handcuffs.\nSentencing is set for June.", S),
    ("Judge Mara Ellis revoked Tom Vale's bail.",
     "Judge Mara Ellis read the verdict at 4:05 p.m. and Tom Vale showed no emotion.\nAfterwards, his bail "
     "was revoked and he was led away.\nSentencing is set for June.", S),
    ("The storm killed people in the valley.",
     "The storm hit the valley on Sunday night, cutting power to 12,000 homes.\nSeveral residents lost "
     "their lives in the valley, the regional governor said on Monday after visiting the area.\n"
     "Schools will stay closed.", S),
]

# (s) The claim's figure told to a coarser last digit ("62%" for "61.7%", "7 pm" for
# "6:42 pm"): partial. A claim rounder than its source is stated in full by it.
ROUNDED = [
    ("Turnout in the mayoral election was 61.7%.",
     "Turnout in the mayoral election was 62%, the county clerk said.", P),
    ("The ferry docked at 6:42 pm.", "The ferry docked at 7 pm, the harbour master said.", P),
    # Guards: the source more exact than the claim supports it.
    ("Turnout in the mayoral election was 62%.",
     "Turnout in the mayoral election was 61.7%, the county clerk said.", S),
    ("The ferry docked at 7 pm.", "The ferry docked at 6:58 pm, the harbour master said.", S),
]

# (t) A sentence that gives a figure of the claim's kind for something else, and does not
# state the claim's act, states another measure, not the claim without its figure: absent.
# A verb that only says its subject happened ("occurred") is no act a source must repeat.
ANOTHER_MEASURE = [
    ("Ortiz received 38.5% of the vote.",
     "Provisional results show Vidal with over 60% of the vote, with 90% of ballots counted.", A),
    ("Serious side effects occurred in 3.2% of patients.",
     "Serious side effects were rare among patients, and the maker expects sales to grow 35% this year.", P),
    # A guard: the claim's figure for its holder supports.
    ("Ortiz received 38.5% of the vote.",
     "Provisional results show Ortiz with 38.5% of the vote, with 90% of ballots counted.", S),
]

# (u) A point of the compass in either spelling is one direction; another point of it, told
# of the same place, is another place: conflicts.
BEARINGS = [
    ("The epicentre was southwest of Farrow.",
     "The epicentre was 40 km south-west of Farrow, the survey said.", S),
    ("The epicentre was southwest of Farrow.",
     "The epicentre was about 40 km southeast of Farrow, the survey said.", C),
    # A guard: a bearing from another place says nothing of the claim's.
    ("The epicentre was southwest of Farrow.",
     "The epicentre was south-west of Farrow and 60 km northeast of Linwick, the survey said.", S),
]

# (v) A figure told of another holder than the claim's, where the claim's is named nowhere in
# the sentence ("Y winning 31 seats" for "X won 14 seats"): two holders' figures, not two
# values of one, so absent. The holder is the name close before the figure, not a place, a
# speaker or an owner ("X's study").
FIGURE_HOLDERS = [
    ("The Green Union won 14 seats.", "The count showed the Harbour Party winning 31 seats.", A),
    ("The Green Union won 14 seats.",
     "With most ballots counted, the Harbour Party (HP) has won 31 seats on the council.", A),
    # The name in the claim's role, with its own figure: no name clash either.
    ("Meridian Rail carried 40,000 passengers in May.",
     "Northway Buses carried 52,000 passengers in May.", A),
    # A figure of the claim's measure that align pairs with none of the claim's (another verb),
    # or beside a date both share, told of another holder.
    ("The Green Union won 14 seats.", "Turnout was high, and the Harbour Party took 31 seats.", A),
    ("Meridian Rail carried 40,000 passengers in May.",
     "In May, Northway Buses alone carried 52,000 passengers.", A),
    # Guards: the claim's own holder with another figure, the holder in a list beside
    # another's, a place before the figure, an owner of the counted thing.
    ("The Green Union won 14 seats.", "The Green Union won 12 seats, the count showed.", C),
    ("The Green Union won 14 seats.", "The Harbour Party won 31 seats and the Green Union won 14 seats.", S),
    ("The Tolland plant employs 900 workers.",
     "In Tolland, the county's largest plant employs 1,200 workers.", C),
    ("The VESTA trial enrolled 480 patients.", "Corlan's late-stage study enrolled 520 patients.", C),
]

# (w) An act stated in other words (``act_paraphrases``), and a time the sentence gives to
# another of its acts than the claim's.
REWORDED_ACTS = [
    ("All four people aboard the balloon were killed.",
     "The four people in the balloon that went missing over the sea on Monday did not survive, the "
     "operator said.", S),
    ("The search in the Tarn valley was switched to a recovery effort.",
     "Crews in the Tarn valley transitioned on Friday from searching to a recovery operation, the fire "
     "chief said.", S),
    ("The collision happened near Marlow Junction.",
     "The collision took place near Marlow Junction, officials said.", S),
    ("The research balloon landed in a wheat field.",
     "The research balloon touched down in a wheat field on Tuesday morning.", S),
    ("The crop duster crashed into an orchard near the airfield.",
     "The crop duster nosedived into an orchard beside the airfield.", S),
    ("The defeated mayor phoned her rival to concede the race.",
     "The defeated mayor said she had called her rival to concede the race.", S),
    ("The former treasurer must surrender to the prison authorities.",
     "The former treasurer will turn himself in to the prison authorities, his lawyer said.", S),
    ("Senator Ilse Varga tabled a motion to censure the harbour board.",
     "Senator Ilse Varga introduced a motion to censure the harbour board on Tuesday.", S),
    ("Rebel militias took control of the port of Vellhaven.",
     "Rebel militias seized the port of Vellhaven overnight, residents said.", S),
    ("Governor Ola Vell travelled to Tarnby by road.",
     "Governor Ola Vell went by road to Tarnby to open the fair.", S),
    ("The harbour master issued a storm warning before noon.",
     "The harbour master sent out a storm warning before noon, the port said.", S),
    ("A fuel leak is being considered as a possible cause of the Tarnby ferry fire.",
     "Investigators suspect a fuel leak started the Tarnby ferry fire, the coastguard said.", S),
    ("Ice on the wings is being considered as a possible cause of the Vell crash.",
     "The Vell crash is under investigation; possible causes include ice on the wings.", S),
    # A denial the claim makes too ("a motion of no confidence") is the claim's own words, no
    # denial of its act.
    ("Senator Ilse Varga tabled a motion of no confidence in the harbour board.",
     "Senator Ilse Varga has now tabled a motion of no confidence in the harbour board, aides said.", S),
    # Guards: the time is of the other act of the sentence, not of the claim's.
    ("The glider landed at 3:40 pm.",
     "The glider took off at 1:15 pm and landed in a field near the lake.", A),
    ("The glacier survey began at 8:30 am.",
     "The survey team left camp at 6:00 am and started measuring the glacier later.", A),
]

# (x) A plural scale word ("thousands of", "dozens of") is a vague amount, not another figure
# for the claim's limit: where the claim's bound lies inside it, the source says the point
# without the figure (partial), as compare calls it a matter of specificity.
VAGUE_AMOUNTS = [
    ("More than 5,000 residents were evacuated from the valley.",
     "Thousands of residents were evacuated from the valley on Monday.", P),
    ("At least 300 fans were turned away at the stadium gates.",
     "Hundreds of fans were turned away at the stadium gates.", P),
    ("More than 40 flights were cancelled at the airport.",
     "Dozens of flights were cancelled at the airport on Friday.", P),
    # A guard: a bound with a figure of its own is another figure for the limit.
    ("The library lent more than 3,200 books last month.",
     "The library lent more than 320 books last month.", C),
]

# (y) A change told by its size and its ends ("by two points, from 8% to 6%", "cut the 8%
# tax by two points to 6%"): the size is another measure than the level it moved to, and a
# figure before the size and the level reached is the level it started from
# (``Measure.change``, ``earlier``), so the claim's levels meet the source's.
CHANGE_STEPS = [
    ("The county will lower its sales tax from 8% to 6%.",
     "The county said it would lower its sales tax by two per cent, from 8 per cent to 6 per cent.", S),
    ("The county will lower its sales tax from 8% to 6%.",
     "The county will lower its 8% sales tax by two percentage points to 6%.", S),
    ("The regional jobless rate fell from 7.5% to 6.9%.",
     "The regional jobless rate fell by 0.6 per cent, from 7.5 per cent to 6.9 per cent.", S),
    ("The hospital cut its waiting-list target from 18% to 15%.",
     "The hospital cut its 18% waiting-list target by three percentage points to 15%.", S),
    # A guard: another level reached is another value.
    ("The port will raise its docking charge from 5% to 7%.",
     "The port will raise its docking charge from 5% to 9%.", C),
]

# (z) An act named by its noun ("the postponement of the vote" for "was postponed";
# ``act_noun_endings``, ``act_nouns``) or in its other spelling ("canceled" / "cancelled").
NAMED_ACTS = [
    ("The Vardo chess final was cancelled because of the storm.",
     "Heavy rain flooded the old town of Vardo on Friday.\nIt led to the cancellation of the final.", S),
    ("The Vardo chess final was cancelled because of the storm.",
     "Heavy rain flooded the old town of Vardo on Friday.\n"
     "It forced the cancellation of this weekend's chess tournament.", S),
    ("The Vardo chess final was cancelled because of the storm.",
     "Heavy rain flooded the old town of Vardo on Friday.\n"
     "The weekend's chess tournament has been canceled.", S),
    ("The Orla relief convoy arrived in Kelby on Monday.",
     "Crowds gathered in the main square of Kelby.\n"
     "The arrival of the trucks on Monday was met with cheers.", S),
    # A guard: the noun of another act is no statement of the claim's.
    ("The Vardo chess final was cancelled because of the storm.",
     "Heavy rain flooded the old town of Vardo on Friday.\nIt led to the relocation of the final.", A),
]

# (aa) A claim with a negative subject ("No one at the depot was injured") is stated by a source
# that denies the same act of its own subject, whoever it names ("none of the drivers").
DENIED_POINTS = [
    ("No one at the depot was injured.",
     "A fire broke out at the Tarn bus depot overnight.\n"
     "The fire service said on Monday that none of the drivers or mechanics had suffered an injury "
     "in the blaze.", S),
    ("No one in the building was injured.",
     "A gas leak forced the closure of the Pell library on Friday.\n"
     "Staff and visitors were led out to the car park with no injuries, the council said later.", S),
    # A telling of the act as done, as a noun too, contradicts the denial (``told_where_claim_denies``),
    # even told beside a denial of it.
    ("No one on the ferry was injured.",
     "The ferry struck a sandbank near Orla on Tuesday.\n"
     "Two deckhands had injuries that needed treatment at the Orla clinic.", C),
    ("No one on the ferry was injured.",
     "The ferry struck a sandbank near Orla on Tuesday.\n"
     "The travellers got off without serious injuries, though two deckhands had minor injuries.", C),
    ("No one at the plant was injured.",
     "A boiler exploded at the Kell plant on Monday.\nThree workers had injuries, one of them serious.", C),
    ("Nobody was arrested after the derby.",
     "Fans clashed outside the Rowe stadium after the derby.\n"
     "Police made four arrests after the derby, the force said.", C),
    # Guard: a telling of what might have happened is none.
    ("No one on the ferry was injured.",
     "The ferry struck a sandbank near Orla on Tuesday.\n"
     "The operator said the collision could have caused injuries.", A),
]

# (ae) A denial of only the worst of the act ("without serious injuries") says less than a
# claim that denies it all (``denied_only_the_worst``).
DENIED_WORST = [
    ("No one in the crowd was injured.",
     "A stand collapsed at the Orrin ground on Saturday.\n"
     "Spectators walked out without serious injuries, the club said.", P),
    ("No one on the bus was injured.",
     "A bus slid off the icy road near Fenby on Monday.\n"
     "The passengers escaped with no major injuries, police said.", P),
    ("No one in the tunnel was injured.",
     "Part of the Brack tunnel roof fell in on Monday.\n"
     "The workers inside suffered no life-threatening injuries.", P),
]

# (ab) A place in a race said in other words: "came third" says "finished third".
PLACINGS = [
    ("Ana Velic finished second in the Lyon half marathon.",
     "Ana Velic came in second in the Lyon half marathon, behind a runner from Porto.", S),
    ("Mara Lind finished second in the Tarn ski race.",
     "Snow fell all morning over the Tarn valley.\n"
     "Mara Lind came in second, ten seconds behind the winner.", S),
    ("The Dunmore crew finished first in the regatta.",
     "The Dunmore crew took first place in the regatta on the lake.", S),
]

# (ac) An organ of an organisation named by its function ("the Board of Directors") acts
# for the organisation: it stands in no other name's role.
ORGANS = [
    ("Halbrook Mining raised its annual dividend to 40 pence a share.",
     "The Board of Directors raised the annual dividend to 40 pence a share.", S),
    ("Mirova Bank cut its interim payout to 12 cents.",
     "The Supervisory Board cut the interim payout to 12 cents.", S),
    ("Tarlow Shipping approved the sale of its tanker unit.",
     "The Executive Committee approved the sale of the tanker unit on Friday.", S),
]

# (ad) A claim of what is to come against a sentence that tells the thing done, without
# the claim's verb or anything ahead: the point without what the claim says of it.
AHEAD = [
    ("Further fare increases will be needed.",
     "The transit authority raised its bus fares by 5% on Monday, the second increase this year.", P),
    ("More job cuts will be required at the mill.",
     "The paper mill cut 80 jobs in March after orders slumped.", P),
    ("Additional water restrictions will be imposed across the county.",
     "The county introduced water restrictions in June as reservoirs fell.", P),
]

# (af) A substance let out told in other words ("was released" for "spilled"): the figure
# of the source is then set against the claim's, a source naming the substance generically.
SPILLED = [
    ("About 300 litres of diesel spilled into the harbour at Brenmouth.",
     "A fuel barge ran into the quay wall at Brenmouth on Monday.\n"
     "One of its tanks was breached, and an estimated 900 litres of fuel was released, "
     "some of which reached the marina.", C),
    ("Roughly 40 tonnes of wheat spilled onto the motorway.",
     "A lorry overturned on the northbound motorway near Dessing early on Friday.\n"
     "Its trailer split open, and an estimated 12 tonnes of its load was released onto the motorway.", C),
    ("About 2,000 gallons of crude oil leaked from the Ostrel pipeline.",
     "A crack was found in the Ostrel pipeline on Tuesday.\n"
     "One valve failed, and an estimated 600 gallons of oil was released, some of which reached a creek.", C),
]

# (ag) A figure of a list ("X had 52% and Y 48%"): the claim's own value told right after the
# claim's holder is its figure, whichever figure of the list the alignment would pair.
LIST_HOLDERS = [
    ("Dalby received 41.5% of the vote.",
     "With most ballots counted, Orrin had 58.5% and the challenger Mara Dalby 41.5%, "
     "the commission said.", S),
    ("The Vantor fund returned 6.3% last year.",
     "Last year the Oakley fund gained 9.8% while the Vantor fund 6.3%, its report said.", S),
    ("Pell Harbour handled 18% of the cargo.",
     "Of the cargo landed, Dunmore took 44% and Pell Harbour 18%, the port authority said.", S),
    # Guard: the claim's figure told of the other holder of the list.
    ("Dalby received 41.5% of the vote.",
     "With most ballots counted, Mara Dalby had 58.5% and the challenger Orrin 41.5%, "
     "the commission said.", C),
]

# (ah'') What a judge or an inquiry found is the point, not the finding: a source may state it
# without the verb of finding (``finding_verbs``).
FINDINGS = [
    ("The judge found that the ferry captain lied during the inquiry.",
     "The ferry captain lied during the inquiry, the judge said in her ruling.", S),
    ("The inquiry concluded that the signal box crew ignored the warning.",
     "The signal box crew ignored the warning, the inquiry's report says.", S),
    # Guard: the opposite of what was found.
    ("The judge found that the ferry captain lied during the inquiry.",
     "The ferry captain did not lie during the inquiry, the judge said.", C),
]

# (ai1) A name joined by "and" to a name the claim has stands on its side, in no other's role.
JOINED_NAMES = [
    ("Harbour United beat Rovers 2-1 in the cup final.",
     "Tom Pell and Harbour United won the cup final 2-1.", S),
    ("The Harbour Hawks beat the Dunmore Dockers 88-80 on Sunday.",
     "Ana Reyes and the Harbour Hawks are champions again after Sunday's 88-80 win.", S),
]

# (ai0) An irregular past denied in its base form ("stole" / "did not steal"): the act denied.
DENIED_IRREGULARS = [
    ("The ferry captain stole the harbour funds.", "The ferry captain did not steal the harbour funds.", C),
    ("The ferry captain lied to the inquiry.",
     "The ferry captain did not lie to the inquiry, the judge said.", C),
    ("The club sold its training ground.",
     "The club did not sell its training ground, its chairman said.", C),
]

# (ah') An age set beside a name between commas is that one's age, whoever else the sentence
# names or credits its words to ("said X, 58,"); so is one that ends the sentence ("X, 61.").
APPOSED_AGES = [
    ("Tomas Berg is 61 years old.",
     "\"Berg has done well for the valley,\" said Ines Vidal, 58, who runs a bakery.", A),
    ("Tomas Berg is 61 years old.",
     "Voters in the valley backed the veteran mayor Tomas Berg, 61.", S),
    ("Tomas Berg is 61 years old.",
     "Voters in the valley backed the veteran mayor Tomas Berg, 64.", C),
]
# A number in brackets after a name an honorific opens is that person's age ("Mr. Roe (41)").
BRACKETED_AGES = [
    ("The cabin attendant Ben Roe is 41 years old.",
     "The male cabin attendant, Mr. Roe (41), was taken to Tarnby hospital.", S),
    ("The cabin attendant Ben Roe is 41 years old.",
     "The male cabin attendant, Mr. Roe (40), was taken to Tarnby hospital.", C),
]


# (ah) A court's judgement in other words (``act_paraphrases``): "found guilty" is "convicted",
# "his conviction", "a guilty verdict"; not "pleaded guilty", which the accused says.
CONVICTED = [
    ("The driver was found guilty of dangerous driving.",
     "The court heard the driver's conviction for dangerous driving was his second.", S),
    ("The former mayor was found guilty of fraud.",
     "The former mayor was convicted of fraud by a jury in Harwick on Tuesday.", S),
    ("The nurse was found guilty of theft.",
     "After her conviction for theft, the nurse was struck off the register.", S),
    # Guards: the accused's own plea, and the opposite verdict.
    ("The trader was found guilty of fraud.", "The trader pleaded guilty to fraud at the first hearing.", A),
    ("The trader was found guilty of fraud.",
     "The trader was found not guilty of fraud after a short trial.", C),
]

# (ai) An irregular verb in another form than the claim's past (``irregular_verbs``): "to find
# her guilty" tells the act of "was found guilty".
IRREGULAR_FORMS = [
    ("Ms Orly was found guilty of perjury.",
     "Twelve jurors took less than a day to find Ms Orly guilty in the Halden perjury case.", S),
    ("The ferry captain was found guilty of negligence.",
     "It took the jury at Carrow Crown Court under six hours of deliberation to find the ferry captain "
     "guilty of negligence.", S),
    ("The gallery owner was found guilty of forgery.",
     "A jury took three days to find the gallery owner guilty, the court in Lisle heard, "
     "and sentencing was set for June.", S),
]

# (aj) A count the source tells only as a plural scale word standing for the ones acted on
# ("thousands have fled their homes"): the claim's act is stated, its figure left out.
SCALE_WORD_COUNTS = [
    ("More than 2,000 residents were evacuated.",
     "Heavy rain lashed the valley for a third day, and thousands have fled their homes as the river kept "
     "rising, officials in Brenna said on Monday.", P),
    ("About 300 passengers were stranded.",
     "Hundreds were left stranded at the terminal in Ovik after the storm grounded every flight on Sunday "
     "evening, the airport said.", P),
    ("Over 5,000 workers walked out.",
     "Talks broke down late on Thursday, and thousands walked out at the Tarrow plant the next morning, "
     "the union said.", P),
    # Guard: the scale word of another act.
    ("More than 2,000 residents were evacuated.",
     "Heavy rain lashed the valley for a third day, and thousands watched the river rise from the old "
     "bridge in Brenna on Monday.", A),
]

# (ag) A hedge inside an aside ("the X, the largest according to records, started ...") weakens
# the aside, not the act told after it closes.
ASIDES = [
    ("The fire started near the old mill on Tuesday.",
     "The fire, the largest in the valley according to local records, started near the old "
     "mill on Tuesday.", S),
    ("The bridge reopened to traffic on Monday.",
     "The bridge, the busiest in the county according to council figures, reopened to traffic on Monday.", S),
    ("The orchestra performed at the harbour hall on Sunday.",
     "The orchestra, the oldest in the region according to its archive, performed at the "
     "harbour hall on Sunday.", S),
]

# (ah) A claim that reports a "will" ("said it would appeal") is said as firmly by a plan
# or an intention ("plans to appeal").
INTENTIONS = [
    ("The bakery chain said it would appeal the ruling.",
     "The bakery chain plans to appeal the ruling.", S),
    ("The council said it would review the parking scheme.",
     "The council intends to review the parking scheme.", S),
    ("The rowing club said it would rebuild the boathouse.",
     "The rowing club aims to rebuild the boathouse.", S),
]

# (ai) A place inside a relative clause set off by a comma ("Y, who was born in Z") is a
# place of that clause, not the claim's venue in another role.
RELATIVE_PLACES = [
    ("Tomas Berger finished second in Lisbon.",
     "The Lisbon half marathon was run on Sunday.\nTomas Berger finished second, ahead of Paul "
     "Ainslie, who was born in Norway, in third place.", S),
    ("Mara Quint won the sprint in Ghent.",
     "The Ghent track meeting closed on Friday.\nMara Quint won the sprint, beating Ida Rusk, "
     "who trains in Denmark, by a wheel.", S),
    ("Olek Varga scored twice in Turin.",
     "Turin hosted the cup tie on Wednesday.\nOlek Varga scored twice, with a pass from Dario "
     "Fenn, who grew up in Spain, setting up the second.", S),
]

# (aj) A name in brackets right after a name the claim gives ("the ABC (Alpha Beta Circle)")
# spells that name out: it stands in no one else's role.
GLOSSED = [
    ("Ivo Marsh's LKP won 41 seats.",
     "The LKP (Labour Kinship Party) won 41 seats.", S),
    ("Dana Holt's RTG bought the mill.",
     "The RTG (Rural Timber Group) bought the mill.", S),
    ("Pia Lund's NVA opened a clinic.",
     "The NVA (Northern Veterans Association) opened a clinic.", S),
]

# (ak) A name after "the" before a common noun ("in the Adriatic city") only says which the
# noun is: the city may be the claim's named one.
QUALIFYING_NAMES = [
    ("200 people are missing in Carvale.",
     "Floods swept through Carvale on Monday.\nAnother 200 people are missing in the Adriatic city.", S),
    ("150 residents were evacuated in Dunmore.",
     "A storm hit Dunmore overnight.\nAbout 150 residents were evacuated in the Atlantic town.", S),
    ("40 boats were damaged in Perrow.",
     "Gales battered Perrow on Sunday.\nSome 40 boats were damaged in the Baltic port.", S),
]

# (al) An acronym of every word of a name, its small words too ("BOT" for "Bank of
# Tarvia"), names the claim's one.
SPELLED_OUT = [
    ("The Bank of Tarvia abandoned yield band control.",
     "The BOT also abandoned a policy known as yield band control, YBC, which saw it buying bonds.", S),
]

# (am) A hyphened name written apart ("Lin Mei Ho" for "Lin Mei-ho") is the same name.
HYPHENED = [
    ("Lin Mei-ho won the mayoral election.",
     "Wendy Lin, also known as Lin Mei Ho, won the mayoral election.", S),
    ("Park Ji-won won the final.",
     "Sandra Park, known as Park Ji Won, won the final.", S),
    ("Chen Li-wei opened the new museum.",
     "Peter Chen, or Chen Li Wei, opened the new museum.", S),
]

# (an) A floor at or above the claim's floor of the same count ("at least 9" for "at least
# 6") makes the claim's floor hold: a count that grew, not another figure.
FLOORS = [
    ("At least six hikers were injured in the rockfall.",
     "At least nine hikers were injured in the rockfall, rescuers said.", S),
    ("More than 2,000 people signed the petition.",
     "More than 2,400 people signed the petition by Friday.", S),
    ("At least 40 homes were flooded in the village.",
     "At least 55 homes were flooded in the village on Sunday.", S),
]

# (ao) A hyphened place written apart ("Nord Vale" for "Nord-Vale") is named.
HYPHENED_PLACES = [
    ("Storms cut power to 3,000 homes in Nord-Vale.",
     "Storms cut power to 3,000 homes in Nord Vale on Tuesday.", S),
    ("The ferry docked at Port-Ellis on Monday.",
     "The ferry docked at Port Ellis on Monday morning.", S),
    ("Hail damaged 200 cars in Saint-Maur.",
     "Hail damaged 200 cars in Saint Maur overnight.", S),
]

# (ap) A negative subject denies its verb whatever words say among whom ("None of the
# ship's crew was injured"): "there were no injuries" states it.
DENIED_AMONG = [
    ("None of the ship's crew was injured.",
     "All 20 crew were accounted for and there were no injuries, the operator said.", S),
    ("Nobody at the depot was hurt.", "There were no injuries at the depot, the fire service said.", S),
    ("None of the farm's workers were harmed.", "No workers were harmed, the farm said.", S),
]

# (aq) An act told only as what someone meant or did not mean ("did not intend to hurt
# anyone") says neither that it happened nor that it did not.
DENIED_AIMS = [
    ("No one on the ferry was injured.",
     "The ferry hit the pier on Monday.\n"
     "We do not want to injure any of the rescue divers, the captain said.", A),
    ("Nobody at the plant was hurt.",
     "A boiler burst at the plant on Friday.\nThe managers said they did not intend to hurt anyone.", A),
    ("No one in the stadium was injured.",
     "A stand collapsed at the stadium on Sunday.\n"
     "Stewards tried not to injure fans as they cleared the stand.", A),
]

# (ar) A speed is spelled many ways, glued to its number or not ("120kmh", "110 km/hr"):
# each is the claim's unit, and another figure in it conflicts.
SPEED_UNITS = [
    ("Gusts reached 120 km/h on the ridge.",
     "Gusts reached 120kmh on the ridge overnight.", S),
    ("The freight train ran at 90 km/h through the valley.",
     "The freight train ran at 110 km/hr through the valley.", C),
    ("Winds of 140 km/h hit the island.",
     "Winds of 160kmh hit the island on Sunday.", C),
]

# (as) A verb that only says its subject brought or had what its figure measures ("brought
# winds of up to 150 km/h") is said by the figure: the sentence giving it need not say "brought".
LIGHT_VERBS = [
    # (So is a verb of a level reached: "reached an intensity of 6" is told by "measured 6".)
    ("The quake reached an intensity of 6 on the Tarnian scale.",
     "The quake measured 6 on the Tarnian scale of intensity, its highest level, in Vellmark.", S),
    ("Storm Pella brought winds of up to 150 km/h when it made landfall.",
     "Storm Pella made landfall in the port town of Varen in Osk county at 6:40 am on Monday, "
     "with wind speeds of up to 150 kilometres per hour tearing down power lines "
     "and leaving floods in its wake.", S),
    ("The express brought speeds of up to 300 km/h when it entered service.",
     "The express entered service on the coastal line between Arlo and Senn at 7:15 am on Friday, "
     "with top speeds of up to 300 kilometres per hour cutting the journey and drawing large crowds.", S),
    ("The new ferry brought speeds of up to 60 km/h when it crossed the strait.",
     "The new ferry crossed the strait between Lorne and Pell at 9:20 am on Sunday, "
     "with cruising speeds of up to 60 kilometres per hour halving the crossing and pleasing commuters.", S),
]

# (at) A tally right after its verb ("voted 7-2") is what the act came to: the sentence that
# gives the tally of the same thing ("the resolution passed 7-2") tells the act.
TALLIES = [
    ("The council voted 7-2 to close the pool.",
     "The council met on Monday to decide whether to close the pool.\nThe resolution passed 7-2.", S),
    ("The board voted 5-4 to sell the depot.",
     "The tally was 5 to 4 on the motion to sell the depot.", S),
    ("The senate voted 61-39 to confirm the judge.",
     "The senate took up the nomination of the judge on Thursday.\nThe nomination passed 61-39.", S),
]

# (au) A country where the claim names a place may hold that place: naming only the wider
# place leaves the claim's out (partial), it names no other place.
WIDER_PLACES = [
    ("The ferry sank in Port Ellis.",
     "The ferry sank in Greece on Sunday, officials said.", P),
    ("The plant opened in Marlow.",
     "The plant opened in Portugal on Monday.", P),
    ("The bus crashed in Tervel.",
     "The bus crashed in Bulgaria late on Friday.", P),
]

# (au2) So may the claim's country hold the town the source places its subject in: the town
# is no other place than the country ("headquartered in Vell" for "the largest bank in Portugal").
NARROWER_PLACES = [
    ("Tarco is the third-largest bank in Portugal.",
     "Tarco, headquartered in Vell, is the nation's third-largest bank.", P),
    ("The Palder museum is the oldest in Bulgaria.",
     "The Palder museum, founded in Varn, is the oldest in the country.", P),
]

# (au3) A country is named whole, a compass word in its name and all ("South Korea"), and a
# country set after a town by a comma stands where the town does ("in Vell, South Korea"):
# two countries in one role still conflict.
TWO_COUNTRIES = [
    ("The two leaders will meet in Japan.", "The two leaders will meet in South Korea next week.", C),
    ("The two leaders will meet in Japan.", "The two leaders will meet in Vell, South Korea, next week.", C),
    ("The summit will be held in Japan.", "The summit will be held in North Macedonia in May.", C),
]

# (au4) A grade on a scale ("Category 4") is a value of it, and a place taken after a verb of
# placing ("finished second") a rank; a word a sentence writes both in a name and plainly
# ("Storm Tarvis ... as a Category 3 storm") still says what its figure is of.
GRADES = [
    ("Tarvis was a Category 2 storm when it came ashore.",
     "Late on Friday, Storm Tarvis came ashore close to Tarnby, on the western shore, near 3 p.m. as a "
     "Category 3 storm with gusts of 95 mph.", C),
    ("The Tarco drug is in a Phase 3 trial.", "The Tarco drug entered a Phase 2 trial in May.", C),
    ("Ann Roe finished second in the poll of club captains.",
     "Ann Roe finished third in the poll of club captains, behind Ola Vell.", C),
]

# (au6) Two figures told of the same noun ("a depth of 5 kilometres" / "at a depth of 12.5km")
# are of one measure, however few other words their sentences share.
NAMED_MEASURES = [
    ("The main shock struck at a depth of 5 kilometres.",
     "The bureau put the 5.9 shock at a depth of 12.5km under the hills west of Palder, hours before the "
     "aftershocks.", C),
]

# (au7) A claim that marks its subject as one of several ("the second tremor") is not answered
# by a value of one the source leaves unmarked: that is another of them. (A source marking it
# alike still answers it, and a rank that is itself the value still differs.)
MARKED_INSTANCES = [
    ("The second tremor had a magnitude of 5.4.",
     "A strong 6.2 magnitude tremor shook Tarnia before dawn on Sunday.", A),
    ("The second tremor had a magnitude of 5.4.",
     "A second tremor, of magnitude 5.1, shook Tarnia six hours later.", C),
    ("This was the fourth round of talks.", "This was the fifth round of talks in Vell.", C),
]

# (au8) A destination or origin the claim names ("bound for Palder") that the source leaves
# out is stated less fully; a name that qualifies the noun after it ("for EMA approval") is no
# place of the claim's.
DESTINATIONS = [
    ("The ferry was bound for Palder, Tarnia.",
     "The ferry, which had left the quay at dawn bound for Tarnia, struck the pier.", P),
    ("The ferry was bound for Palder, Tarnia.", "The ferry, bound for Palder in Tarnia, struck the pier.", S),
    ("Tarco will apply for EMA approval by June.", "Tarco said it would apply for approval by June.", S),
]

# (au9) A source that never names the claim's subject but names another of its kind says
# nothing of it, however its sentences call one of that kind, or name the other doing the same;
# one naming another speaker (no name of the kind) still conflicts.
NEVER_NAMED = [
    ("Tarco Bank shut its doors on Tuesday.",
     "Vell Bank, the county's biggest lender, failed this week.\n"
     "The troubled lender shut its doors on Tuesday, its regulator said.", A),
    ("Tarco Bank shut its doors on Tuesday.", "Vell Bank shut its doors on Tuesday, its regulator said.", A),
    ("Tarco Bank shut its doors on Tuesday.",
     "Tarco Bank, the county's biggest lender, failed this week.\n"
     "The troubled lender shut its doors on Tuesday, its regulator said.", S),
    ("Ola Vell said the city was handing the club a blank check.",
     "Ben Roe said the city was handing the club a blank check.", C),
]

# (au10) A floor well short of the claim's figure ("at least five" for twelve) is another
# count, not the same one told loosely: "at least" counts what is known so far. A floor the
# claim's figure passes by less than the floor's last step ("more than 30" for 38) is vaguer.
SHORT_FLOORS = [
    ("Twelve climbers were rescued from the ridge above Tarnby.",
     "At least five climbers were rescued from the ridge above Tarnby on Sunday.", C),
    ("The Vell ferry strike lasted about seven hours.",
     "The Vell ferry strike lasted more than three hours, the union said.", C),
    ("The Tarco petition drew 38 signatures.", "The Tarco petition drew more than 30 signatures.", P),
]

# (au11) Two counts of those one fate befell ("missing", "dead") are one tally of the story,
# however few other words their sentences share; a part of it is told as one.
ONE_FATE = [
    ("Nine fishermen were missing after the squall off Tarnby on Monday.",
     "Four fishermen are missing, the coastguard said.", C),
    ("The squall off Tarnby left nine fishermen missing.",
     "Four fishermen are still missing, the coastguard said.", C),
    ("The squall off Tarnby left nine fishermen missing.",
     "Nine fishermen are still missing, the coastguard said.", S),
]

# (cc1) A count of one fate answers the claim's count of it however few other words the two
# sentences share, "died" for "the death toll", "were hospitalized" for "taken to hospital";
# but a count a relative clause picks out ("four people who lived there") is a group of the
# tally, not the tally.
FATES_FOUND = [
    ("The toll of the Tarn fair stampede was 236.",
     "The steep lane where most of the 231 people lost their lives runs past the old mill up to the "
     "market square.", C),
    ("40 passengers were taken to hospital after the Vell derailment.",
     "At least 58 passengers were hospitalized, several with burns.", C),
    ("The toll of the Tarn fair stampede was 236.",
     "By nightfall 190 people were dead after the stampede by the mill.", C),
    ("58 passengers were taken to hospital after the Vell derailment.",
     "At least 58 passengers were hospitalized, several with burns.", S),
    # (Those in hospital at one time are no count of all who were taken in.)
    ("31 passengers were in hospital after the Vell derailment.",
     "At least 58 passengers were hospitalized, several with burns.", A),
    ("The confirmed toll of the Vell tremor was 73.",
     "The tremor left 35 people dead across the river valley and hurt dozens in three nearby "
     "districts, the regional radio said, quoting doctors.", C),
]
RELATIVE_GROUPS = [
    ("Four people who lived in the Tarn orchard died in the fire.",
     "The governor said 47 people had been killed in the fires across the province.", P),
]

# (cc2) A word for a nation's people counts them as a noun of people it qualifies does: "five
# Bolivians" are the "five Bolivian nationals".
NATION_PEOPLE = [
    ("Five Bolivian nationals were aboard the Tarn ferry.",
     "The ferry carried 40 passengers, among them 12 foreigners, including five Bolivians and four "
     "Peruvians.", S),
    ("Six Bolivian nationals were aboard the Tarn ferry.",
     "The ferry carried 40 passengers, among them 12 foreigners, including five Bolivians and four "
     "Peruvians.", C),
]

# (cc) Two counts of one specific thing (no measure, not anyone) that the source says was done
# what the claim says was done to it, in its words or others, are one count told two ways,
# however few other words the two sentences share. Another act ("damaged" / "destroyed") or a
# group of the thing ("tank cars" of "cars") is another count.
COUNTED_ALIKE = [
    ("The spring storm flooded 31 farms along the Tarn river.",
     "The governor said 74 farms were under water.", C),
    ("Only six cottages had been rebuilt by the end of March in Vellmark.",
     "By then only four cottages had been rebuilt, a council officer said.", C),
    ("The spring storm flooded 31 farms along the Tarn river.",
     "The governor said 31 farms were under water.", S),
    ("The gale destroyed 31 barns along the Tarn river.",
     "The governor said 74 barns were damaged.", A),
    ("Twelve wagons derailed near the Tarn bend.",
     "Of the wagons that derailed, two grain wagons were carrying feed.", P),
]

# (au12) The same noun qualified by another word of a group of which only one can qualify
# it ("left" / "right", "cargo" / "passenger", "federal" / "state") is another thing; a
# sentence qualifying it with both tells of both.
OTHER_KINDS = [
    ("A stray pellet hit the guard in the left hand.",
     "A stray pellet grazed the guard's right hand, police said.", C),
    ("The Vell barge was on a cargo run when it sank.",
     "The Vell barge sank during a passenger run on the lake, the owners said.", C),
    ("The case was heard in a federal court in Tarnby.",
     "The case was heard in a state court in Tarnby last week.", C),
    ("The fire started in the left wing of the Tarn hall.",
     "The fire started in the left and right wings of the Tarn hall, crews said.", S),
]

# (au13) One sum in two currencies ("40 billion euros" / "£40 billion") is no conversion: the
# figure ties the sentences however few other words they share, and one has the currency wrong.
OTHER_CURRENCY = [
    ("The Tarco central bank provided 40 billion euros in standby support to lenders.",
     "Tarco's central bank will open a £40 billion line for Vell Bank under the rescue, the Ledger "
     "reported.", C),
]

# (au14) A length written into a noun ("a 2.1-mile deck") is that thing's length, as "2.4
# miles long" says it.
WRITTEN_LENGTHS = [
    ("The Tarn viaduct was 2.4 miles long.",
     "Lorries were barred from the Tarn viaduct's 2.1-mile deck over the Vell estuary on Monday.", C),
    ("The Tarn viaduct was 2.4 miles long.",
     "Lorries were barred from the 2.1-mile deck of the Tarn viaduct on Monday.", C),
    ("The Tarn viaduct was 2.4 miles long.",
     "Lorries were barred from the Tarn viaduct's 2.4-mile deck over the Vell estuary on Monday.", S),
]

# (av) One name in two forms, a noun and its adjective ("Socialists" / "the Socialist bloc"),
# is the same name, in no other one's role.
NAME_FORMS = [
    ("Eight Agrarians joined Socialists in voting to halt the bill.",
     "Eight Agrarians joined a unanimous Socialist bloc in voting to halt the bill.", S),
    ("Two Greens joined Federalists in backing the treaty.",
     "Two Greens joined a united Federalist caucus in backing the treaty.", S),
    ("Three Liberals joined Centrists in blocking the tax plan.",
     "Three Liberals joined a solid Centrist group in blocking the tax plan.", S),
]

# (aw) A rank before a superlative is read written apart too ("the second largest").
ORDINAL_RANKS = [
    ("The Orla is the second-largest lake in the region.",
     "The Orla is the second largest lake in the region.", S),
    ("Varna is the second-busiest port in the country.",
     "Varna is the second busiest port in the country.", S),
    ("Delmar is the third-richest county in the state.",
     "Delmar is the second richest county in the state.", C),
]

# (ax) A date told right after a name ("after Rulan in 1998") is when that one happened: a
# sentence that does not name it gives no date of it to set against the claim's.
NAMED_DATES = [
    ("The drought is the second-worst to hit the valley, after Rulan in 1998.",
     "It was the longest drought this year, and the second-worst to hit the valley.", P),
    ("The bridge is the second-longest in the state, after Tarrow in 1961.",
     "The bridge, opened this month, is the second-longest in the state.", S),
    ("The fire is the second-largest in the park, after Kestrel in 2011.",
     "Rangers said this week the fire was the second-largest in the park.", S),
]

# (ay) Putting someone in a post is told as the post held from then on ("will serve as",
# "takes over as", "is the interim ..."): the sentence states the appointment.
POSTS_HELD = [
    ("Dana Moss was named acting principal.",
     "The school board met on Tuesday.\n"
     "Dana Moss will serve as acting principal until a new head is found.", S),
    ("Karl Ivers was appointed coach of the under-21 side.",
     "The club parted ways with its manager on Sunday.\n"
     "Karl Ivers takes over as coach of the under-21 side for the rest of the season.", S),
    ("Lena Voss was named chair of the housing board.",
     "The housing board lost its chair in March.\n"
     "In the meantime, Lena Voss of Harwick is the interim chair of the housing board.", S),
]

# (az) A verb of claiming with a possessive after it names what was won ("claimed her first
# world title"): it states the win and hedges nothing; with a clause after the possessive it
# still reports a statement (the last row, a guard).
CLAIMED_WINS = [
    ("Ana Ruiz won her first world title.", "Ana Ruiz claimed her first world title in Oslo on Sunday.", S),
    ("The Harriers won their third league crown.",
     "The Harriers claimed their third league crown with a draw.", S),
    ("Tom Veld won his maiden stage victory.",
     "Tom Veld claimed his maiden stage victory after a long breakaway.", S),
    ("The rebels captured the town.", "The rebels claimed their fighters had captured the town.", P),
]

# (ba) A sentence that tells what someone does as a rule ("its usual routine: ...") reports no
# act of this event: it makes the claim likely, no more. (A cue inside an aside is the last
# row's guard: the rise is told, only the aside is of what is usual.)
HABITS = [
    ("The burglars disabled the alarm at the bakery.",
     "The bakery on Mill Lane was burgled overnight.\n"
     "The gang follows its usual routine: disable the alarm, force the back door, then empty the till.", P),
    ("The heron caught a trout in the millpond.",
     "A heron has nested by the millpond since April.\n"
     "It usually catches a trout in the millpond at dawn.", P),
    ("The courier left the parcels at the depot.",
     "Parcels went missing in Harwick last week.\n"
     "The courier routinely leaves the parcels at the depot when no one answers.", P),
    ("Tickets for the ferry sold out on Monday.",
     "Tickets for the ferry sold out on Monday, which is not what you usually see in May.", S),
]

# (bb) A claim that dates when something was found is not answered by a sentence that dates
# the thing itself: it may have happened days before anyone noticed.
FOUND_DAYS = [
    ("The leak was discovered on Monday, June 2.",
     "Monday, June 2: the water main under the square bursts.", P),
    ("The forgery was detected on Friday, March 7.",
     "On Friday, March 7, the painting went on show at the gallery.", P),
    ("The crack was spotted on Tuesday, May 13.",
     "The bridge deck cracked on Tuesday, May 13, after a heavy lorry crossed it.", P),
]

GROUPS = {"direction": DIRECTION, "values": VALUES, "equal": EQUAL, "scope": SCOPE, "presence": PRESENCE,
          "worded": WORDED, "recounted": RECOUNTED, "reached": REACHED, "clocks": CLOCKS,
          "occasions": OCCASIONS, "irregular": IRREGULAR, "kinds": KINDS,
          "spoken": SPOKEN, "other_acts": OTHER_ACTS, "bases": BASES, "denied_subjects": DENIED_SUBJECTS,
          "hedged": HEDGED, "agents": AGENTS, "found": FOUND, "rounded": ROUNDED,
          "another_measure": ANOTHER_MEASURE, "bearings": BEARINGS, "figure_holders": FIGURE_HOLDERS,
          "reworded_acts": REWORDED_ACTS, "vague_amounts": VAGUE_AMOUNTS,
          "change_steps": CHANGE_STEPS, "named_acts": NAMED_ACTS, "denied_points": DENIED_POINTS,
          "placings": PLACINGS, "organs": ORGANS, "ahead": AHEAD,
          "denied_worst": DENIED_WORST, "spilled": SPILLED, "list_holders": LIST_HOLDERS,
          "apposed_ages": APPOSED_AGES, "findings": FINDINGS,
          "denied_irregulars": DENIED_IRREGULARS, "joined_names": JOINED_NAMES,
          "convicted": CONVICTED, "irregular_forms": IRREGULAR_FORMS, "scale_word_counts": SCALE_WORD_COUNTS,
          "asides": ASIDES, "intentions": INTENTIONS, "relative_places": RELATIVE_PLACES,
          "glossed": GLOSSED, "qualifying_names": QUALIFYING_NAMES, "spelled_out": SPELLED_OUT,
          "hyphened": HYPHENED, "floors": FLOORS, "hyphened_places": HYPHENED_PLACES,
          "denied_among": DENIED_AMONG, "denied_aims": DENIED_AIMS, "speed_units": SPEED_UNITS,
          "light_verbs": LIGHT_VERBS, "tallies": TALLIES, "wider_places": WIDER_PLACES,
          "narrower_places": NARROWER_PLACES, "grades": GRADES,
          "named_measures": NAMED_MEASURES, "marked_instances": MARKED_INSTANCES,
          "destinations": DESTINATIONS, "never_named": NEVER_NAMED,
          "short_floors": SHORT_FLOORS, "one_fate": ONE_FATE, "counted_alike": COUNTED_ALIKE,
          "fates_found": FATES_FOUND, "relative_groups": RELATIVE_GROUPS,
          "nation_people": NATION_PEOPLE,
          "other_kinds": OTHER_KINDS,
          "other_currency": OTHER_CURRENCY, "written_lengths": WRITTEN_LENGTHS,
          "two_countries": TWO_COUNTRIES,
          "name_forms": NAME_FORMS, "ordinal_ranks": ORDINAL_RANKS, "named_dates": NAMED_DATES,
          "posts_held": POSTS_HELD, "claimed_wins": CLAIMED_WINS,
          "habits": HABITS, "found_days": FOUND_DAYS}
# (bk) A word of a move right before an auxiliary is a noun, the subject of the verb after it:
# no move stated ("wage rises had eased").
MOVE_NOUNS = [
    ("Bread prices in Norland fell from 4.2% in April to 3.9% in May.",
     "Wage rises had eased by then, with bread prices in Norland falling from 4.2% in April to 3.9% "
     "in May.", S),
]
# (bl) Opposite moves told of two times are two moves: a rise in May is not denied by a fall
# forecast for another year.
TIMED_MOVES = [
    ("Bread prices in Norland rose to 3.9% in May.",
     "Bread prices in Norland are expected to fall below 1.5% in the third quarter of 2027.", P),
]
# (bm) An outcome set against what was expected is told as fact, in check as in compare.
SET_AGAINST = [
    ("Wage growth in Norland eased in June.",
     "Wage growth in Norland eased more than anticipated in June, the statistics office said.", S),
]
# (bn) A noun of the act states the act, in the plural and before a participle too.
ACT_NOUNS = [
    ("Rhys Pell scored twice for Harlow in the final.",
     "Harlow won the final 2-0, with the first of Rhys Pell's two goals coming after 40 seconds.", S),
]
# (bo) A hedge in the claim says how sure it is, not what it says happened: "is expected to"
# is neither its point nor its act, and a source hedging the same act otherwise states it.
HEDGED_CLAIMS = [
    ("The death toll is expected to climb further.",
     "Rescue teams worked through the night at the site.\n"
     "The number of dead may climb further, officials warned.", S),
    ("Harwick council is expected to approve the budget.",
     "Harwick council will probably approve the budget next week.", S),
]
# (bq) A side of a time of day is a bound with the time for its edge ("shortly after 2 p.m."
# is no reading of 1:52 p.m. rounded to the hour), and a span before or after a time comes to
# another time ("three minutes before 2 p.m." is 1:57 p.m.).
CLOCK_SIDES = [
    ("The jury returned its verdict shortly after 2 p.m.",
     "The jury returned its verdict at 1:52 p.m. on Tuesday, the clerk said.", C),
    ("The jury returned its verdict shortly after 2 p.m.",
     "Three minutes before 2 p.m., the jury returned its verdict.", C),
    ("The jury returned its verdict at 1:57 p.m.",
     "Three minutes before 2 p.m., the jury returned its verdict.", S),
]
# (bq1) Near its edge ("shortly after", "just before") a side of a time is the hour on that
# side, no open bound: "shortly after noon" is not "just before midnight", nor is "about 2 p.m."
# "just before 11 p.m."; a time of day is told by name too ("noon", "midnight").
NEAR_SIDES = [
    ("The ferry ran aground shortly after 2 p.m. on Friday.",
     "The Vell ferry ran aground just before 11 p.m. on Friday near Tarnby.", C),
    ("The ferry ran aground around 2 p.m. on Friday.",
     "The Vell ferry ran aground just before 11 p.m. on Friday near Tarnby.", C),
    ("The ferry ran aground shortly after noon on Friday.",
     "The Vell ferry ran aground just before midnight on Friday near Tarnby.", C),
    ("The ferry ran aground at 10:40 p.m. on Friday.",
     "The Vell ferry ran aground just before 11 p.m. on Friday near Tarnby.", S),
]
# (br) The claim's figure as a count of another class ("45 households" for "45 people ...
# rescued") tells the act without the claim's count: partial, not the same.
OTHER_CLASSES = [
    ("About 45 people were rescued from the flooded streets of Tarnby.",
     "About 45 households were rescued from the flooded streets of Tarnby.", P),
]
# (bs) A plural noun of hedging after an adjective only a noun takes ("over false claims that")
# names what was said, it hedges nothing (certainty.yaml noun_leads).
NOUN_HEDGES = [
    ("Tarco sued Norcrest for $2 million.",
     "Tarco sued Norcrest for $2 million over false claims that Tarco's mills were unsafe.", S),
]
# (bt) A participle of expecting after a word that opens a noun phrase is an adjective of the
# noun ("with expected growth"): in check as in compare, it hedges no act; after a subject it is
# the verb and hedges (the guard row).
AWAITED_NOUNS = [
    ("Tarco's output doubled to 300 tonnes a day.",
     "Tarco's output doubled to 300 tonnes a day, with expected growth to 500 tonnes by 2029.", S),
]
# (bu) In a sentence of several holders' figures, the claim's holder's own figure answers the
# claim, whichever the alignment paired first (the guard row: a figure no one else holds that
# gives the claim's value stays the claim's).
HOLDERS_FIGURES = [
    ("The exit poll projected 17 seats for the Harbour Party.",
     "Following in the poll is the Tarn Alliance, led by Ola Berg, projected to secure 31 seats, while "
     "the Harbour Party (HP), previously led by Ivo Rand and now under Lia Moss, is forecast to secure "
     "17 seats.", S),
]
HOLDERS_GUARD = [
    ("The Bank of Norland raised its base rate by half a percentage point to 4.75%.",
     "The Bank of Norland has raised interest rates by 0.5% to 4.75%, a nine-year high.", S),
]
# (bv) A list that goes on to the claim's holder after a figure gives that figure of the one
# before: the claim's holder is named, but holds no figure of it.
LISTED_AFTER = [
    ("The exit poll projected 17 seats for the Harbour Party.",
     "The Tarn Alliance is second with 19 seats, followed by the Harbour Party of Premier Ivo Rand.", A),
]
# (bw) A restriction told in other words ("barred" / "prohibited", synonyms.yaml) is one act: the
# span it runs for is the claim's.
RESTRICTIONS = [
    ("Lena Voss is barred from involvement in running Tarco for three years.",
     "Lena Voss stepped down on Monday.\nShe is also prohibited from any part in the firm's management "
     "for 3 years.", S),
]
# (bx) A span after a verb of lasting is the length of its subject ("the strike lasted 23 days
# before the deal"), told as "a 23-day strike" or "a 22-day strike".
LASTING = [
    ("The dock workers' strike at Tarco lasted 23 days before the deal was signed.",
     "Dock workers at Tarco voted on Friday to end a 23-day strike at the port.", S),
    ("The dock workers' strike at Tarco lasted 23 days before the deal was signed.",
     "Dock workers at Tarco voted on Friday to end a 22-day strike at the port.", C),
]
GROUPS |= {"lasting": LASTING}
# (bx2) Two number words joined by "and" that make no one number are the ends of a range
# ("between eight and nine minutes"): before, the first was read alone and the second lost.
RANGES_IN_WORDS = [
    ("The raid lasted about five minutes.", "The raid took between eight and nine minutes, police said.", C),
    ("The raid lasted about six minutes.", "The raid took between five and seven minutes, police said.", S),
]
GROUPS |= {"ranges_in_words": RANGES_IN_WORDS}
# (bx3) A verb of lasting before a span says nothing but the span ("lasted", "took"): a
# source tells the span with its own verb, or with none, and the span decides.
LASTING_TOLD = [
    ("The Tarn probe's mission took nine years.",
     "The Tarn probe returned to Earth, nine years after its launch.", S),
]
# (A robbery is a heist: synonyms.yaml.)
CRIMES_NAMED_TWO_WAYS = [
    ("The heist lasted about five minutes.",
     "The robbery took between eight to nine minutes, the prosecutor said.", C),
]
GROUPS |= {"lasting_told": LASTING_TOLD, "crimes_named_two_ways": CRIMES_NAMED_TWO_WAYS}
# (bx4) A time of day whose half is told by the part of the day after its weekday.
DAYPARTED_TIMES = [
    ("The theft at the Varn gallery took place at around 8.40 am on Sunday.",
     "The Varn gallery was raided just after 8.40 on Sunday morning by four thieves.", S),
    ("The theft at the Varn gallery took place at around 8.40 am on Sunday.",
     "The Varn gallery was raided just after 8.40 on Sunday evening by four thieves.", C),
]
GROUPS |= {"dayparted_times": DAYPARTED_TIMES}
# (bx5) "N of the X" counts some of the X; the whole, where given ("of the ferry's six cars"),
# is a figure of its own, no count of those the claim counts.
PARTITIVES = [
    ("Five of the ferry's cars were damaged.", "Six cars were damaged when the ferry hit the pier.", C),
    ("Five of the ferry's cars were damaged.",
     "Five of the ferry's cars were damaged, the operator said.", S),
    ("Five of the ferry's cars were damaged.",
     "Five of the ferry's six cars were damaged, the operator said.", P),
]
GROUPS |= {"partitives": PARTITIVES}
# (bx6) A date right after a name is when that one happened ("since Storm Oro in 2009"): a
# sentence that never names it gives no date of it. A place the act happened in ("began in
# Tarnia in November 2011") is no such name: the date is the act's.
NAMES_DATED = [
    ("The flood was the worst since Storm Oro in 2009.",
     "The flood was the worst since the great flood of 1998, officials said.", P),
]
PLACES_DATED = [
    ("The outbreak began in Tarnia in November 2011.",
     "This most recent outbreak, which began in February 2012, has been the largest in history.", C),
]
GROUPS |= {"names_dated": NAMES_DATED, "places_dated": PLACES_DATED}
# (bx7) A stage of an event ("in the second half") is the stage of many things, as a date is
# the day of many: a sentence sharing only the stage with the claim does not address it.
STAGES_ONLY = [
    ("The Tarn side scored on all of its second-half possessions.",
     "The Hawks were held to 9 points in the second half.", A),
]
GROUPS |= {"stages_only": STAGES_ONLY}
# (by) A state kept is told by any verb of keeping it (synonyms.yaml): "will remain chief
# executive" is "will continue in post as CEO" and "will stay in place as CEO". (Both rows are
# absent without the group.)
STATE_KEPT = [
    ("Ilse Varga will remain chief executive of Tarco after the merger.",
     "Tarco said Ilse Varga will continue in post as CEO after the merger.", S),
    ("Ilse Varga will remain chief executive of Tarco after the merger.",
     "Ilse Varga will stay in place as Tarco's CEO once the merger closes.", S),
]
GROUPS |= {"state_kept": STATE_KEPT}
# (bz) A nationality is no one's name: "was a Portuguese national" says what someone was, so
# a source that lists "a Portuguese" among the passengers says the claim's point (absent when
# point() left the nationality out with the names).
NATIONALITY_SAID = [
    ("One of the ferry's passengers was a Portuguese national.",
     "Foreign nationals on the ferry included three Germans, a Dutch couple and a Portuguese.", S),
]
GROUPS |= {"nationality_said": NATIONALITY_SAID}
# (ca) A player ordered off is told by the card that orders it (``act_paraphrases``): absent
# without the group, the act "sent" unsaid.
CARD_FOR_ACT = [
    ("The Tarco winger was sent off for a late tackle.",
     "The Tarco winger's red card followed a late challenge on the goalkeeper.", S),
]
GROUPS |= {"card_for_act": CARD_FOR_ACT}
# (cb) Deaths told as no one surviving ("there were no survivors"): absent without the phrase
# in the group of killing, the act "killed" unsaid.
NO_SURVIVORS = [
    ("Everyone on the ferry was killed when it sank.",
     "There were no survivors when the ferry sank off Tarn, the coastguard said.", S),
    ("Everyone on the ferry was killed when it sank.",
     "All 40 people on the ferry survived when it sank off Tarn, the coastguard said.", C),
]
GROUPS |= {"no_survivors": NO_SURVIVORS}
GROUPS |= {"holders_figures": HOLDERS_FIGURES, "holders_guard": HOLDERS_GUARD, "listed_after": LISTED_AFTER,
           "restrictions": RESTRICTIONS}
GROUPS |= {"move_nouns": MOVE_NOUNS, "timed_moves": TIMED_MOVES, "set_against": SET_AGAINST,
           "act_nouns": ACT_NOUNS, "hedged_claims": HEDGED_CLAIMS, "clock_sides": CLOCK_SIDES,
           "near_sides": NEAR_SIDES,
           "other_classes": OTHER_CLASSES, "noun_hedges": NOUN_HEDGES, "awaited_nouns": AWAITED_NOUNS,
           "awaited_guard": [("Tarco's output doubled to 300 tonnes a day.",
                              "Analysts expected output at Tarco to double to 300 tonnes a day.", P)]}
# A date right after a noun of an act and its preposition ("an auction on Thursday") is that act's,
# whatever verb the clause has: set against the claim's date for that act.
TIMED_NOUNS = [
    ("The harbour painting was auctioned on a Friday.",
     "The harbour painting fetched $12 million at a dealer's auction on Thursday evening.", C),
    ("The harbour painting was auctioned on a Friday.",
     "The harbour painting fetched $12 million at a dealer's auction on Friday evening.", S),
]
GROUPS |= {"timed_nouns": TIMED_NOUNS}
# The converse act told with the claim's doer after "to" states the claim's act ("was sold to X"
# for "X bought"); told of the doer itself, or of another, it does not.
CONVERSES = [
    ("The harbour trust bought the old lighthouse.",
     "The old lighthouse was sold to the harbour trust last spring.", S),
    ("Art collector Ines Vidal bought the harbour painting.",
     "The harbour painting went under the hammer and was sold to collector Ines Vidal by phone.", S),
    ("The mill borrowed money from the harbour trust.",
     "The harbour trust lent money to the mill in May.", S),
]
CONVERSES_GUARD = [
    ("The harbour trust bought the old lighthouse.",
     "The harbour trust sold the old lighthouse last spring.", A),
    ("The harbour trust bought the old lighthouse.",
     "The old lighthouse was sold to a hotel group last spring.", A),
]
GROUPS |= {"converses": CONVERSES, "converses_guard": CONVERSES_GUARD}
# A sentence that gives the claim's own value of a kind and unit beside another tells of two
# quantities: the claim's is answered, not set against the other. A value a change started
# from is the guard: "rose from 300 to 340" does set 340 against 300.
OWN_VALUES = [
    ("The jury deliberated for five days before reaching its verdict.",
     "The ruling on Tuesday came after eight days of hearings and five days of jury deliberation.", S),
    ("The court fined Ola Berg $12,000.",
     "The court told Ola Berg to hand back $1.9 million in fees and fined him $12,000.", S),
]
OWN_VALUES_GUARD = [
    ("Tarco's output rose to 300 tonnes a day.",
     "Tarco's output rose from 300 tonnes a day to 340 tonnes a day.", C),
    ("The Harbour Party won 7.4% of the vote.",
     "The Harbour Party won 9.1% of the vote, up from 7.4% last time.", C),
]
GROUPS |= {"own_values": OWN_VALUES, "own_values_guard": OWN_VALUES_GUARD}
# Opposite outcomes conflict only of one doer and one thing: one side's win is the other's
# loss ("Tarco won, beating Harlow" says Harlow lost), and a level's move is of what moves
# ("shares rose" / "falling sales", "the ferry arm will fall under"). The guards: the same doer,
# the same level.
TWO_DOERS = [
    ("Harlow lost the cup final.",
     "On Saturday Tarco won the cup final, beating Harlow 3-1 in extra time.", S),
    ("Harlow lost the cup final.",
     "In Lisbon, Tarco have won the cup final against Harlow with a header from Ola Berg.", S),
]
TWO_LEVELS = [
    ("Tarco's shares rose after the merger was announced.",
     "The merger comes a month after Tarco reported falling sales and a board shake-up.", A),
    ("Tarco's shares rose on news of the merger.",
     "When the merger is done, Tarco's ferry arm will fall under Ola Berg and her team.", A),
]
ONE_DOER_ONE_LEVEL = [
    ("Harlow lost the cup final.",
     "On Saturday Harlow won the cup final, beating Tarco 3-1 in extra time.", C),
    ("Tarco's shares rose on news of the merger.", "Tarco's shares fell 3% on news of the merger.", C),
]
# A passive act's subject is what it is done to, not its doer ("the budget was rejected"):
# the name there clashes with no doer of the claim's act.
PASSIVE_DOERS = [
    ("The Harrow Assembly approved the Kellner budget.",
     "The Kellner budget was overwhelmingly rejected on Tuesday night.", C),
    ("The Harrow Assembly rejected the Kellner budget.",
     "The Kellner budget has been approved by a wide margin, officials said.", C),
]
# An acronym in the plural ("MPs", "CEOs") names many of a kind, no one entity: no doer that
# clashes with the claim's, nor a name in another's role.
MANY_OF_A_KIND = [
    ("The Harrow Assembly rejected the Kellner budget.",
     "On Tuesday night MPs rejected the Kellner budget by 310 votes to 250.", S),
]
# Whoever "said that" something was agreed announced it (``act_paraphrases``), and "following a
# night of talks" is a preposition, no marker of another happening (``occasion_not_before``):
# the day of the announcement is the claim's day. (Both rows are absent without those tables.)
ANNOUNCED = [
    ("The truce was announced on a Sunday.",
     "In a post on her blog on Saturday, Governor Ida Lunde said that both unions would observe a truce.",
     C),
    ("The truce was announced on a Sunday.",
     "Both unions accepted a truce following a weekend of talks, Governor Ida Lunde announced on Saturday.",
     C),
]
# The claim's own "X said that ..." credits what it reports: no act of announcing it asks
# about, which a source quoting the words would have to tell.
CREDITED_CLAIMS = [
    ("After the vote Mayor Ida Lunde said that the council will listen.",
     "Responding to the heavy defeat, Mayor Ida Lunde told the chamber: 'The members have decided and the "
     "council will listen.'", S),
]
# Accepting and rejecting are opposite acts ("accepted the offer" / "rejected the offer";
# ``polarity.yaml``: absent without "rejected" on the refusing side).
ACCEPTED = [
    ("Harlow Mills rejected Tarco's improved offer.",
     "Harlow Mills on Thursday accepted Tarco's improved offer of $2 billion.", C),
]
# A subject is read only so far back: the doer is each whole name it reaches into
# ("... Harlow Mills Group Ltd HML.L on Thursday agreed" is Harlow Mills's act).
WHOLE_DOERS = [
    ("Harlow Mills rejected Tarco's improved offer.",
     "Harlow Mills Group Ltd HML.L on Thursday agreed to the improved bid from Tarco.", C),
]
# A sentence that names only the opposite of the claim's act in passing ("signed a fresh agreement"
# for "rejected the offer"), which no rule reads as told against the claim, states nothing
# the claim says.
OPPOSITE_IN_PASSING = [
    ("Harlow Mills rejected Tarco's improved offer.",
     "Tarco said on Thursday that it had signed a fresh agreement to buy Harlow Mills at a higher price.",
     A),
]
# What is done in place of another act denies that one ("rather than join", ``negation_cues``:
# supports without them), and a source's "will join" or "would then join" tells as firmly
# what is to come as the claim's own denial does.
DONE_INSTEAD = [
    ("Ola Berg will leave the Harlow board rather than join Tarco.",
     "Harlow's chair Ola Berg and the rest of the board will then join Tarco's ferry arm.", C),
    ("Ola Berg will leave the Harlow board rather than join Tarco.",
     "Harlow's chair Ola Berg and the rest of the board would then join Tarco's ferry arm, Tarco said.", C),
]
# A verb of happening before a date ("the collision happened on Monday") is no act of its
# own: the date is of the subject's event, which a source tells with its verb ("collided on
# Tuesday"), and the subject's noun is said by that verb.
HAPPENINGS = [
    ("The derailment at Carvale happened on a Monday.",
     "A freight train derailed on the bend outside Carvale station on Tuesday and caught fire, the rail "
     "authority said.", C),
    # ... or a time of day.
    ("The derailment happened at 6:10 p.m. local time.",
     "The freight train derailed today as it approached Carvale station to stop at 18.40 local time.", C),
]
VERBS_OF_NOUNS = [
    ("The collision at Carvale happened on a Monday.",
     "The rail authority said two freight trains collided on the bend outside Carvale station on Tuesday.",
     C),
]
# A participle between a possessive and its noun ("Tarco's improved offer") is a word of the
# noun phrase, no act the claim tells.
POSSESSED_PARTICIPLES = [
    ("Harlow Mills rejected Tarco's improved offer.",
     "Tarco improved its offer for Harlow Mills on Thursday, raising it by 40%.", A),
]
GROUPS |= {"two_doers": TWO_DOERS, "two_levels": TWO_LEVELS, "one_doer_one_level": ONE_DOER_ONE_LEVEL,
           "possessed_participles": POSSESSED_PARTICIPLES, "passive_doers": PASSIVE_DOERS,
           "many_of_a_kind": MANY_OF_A_KIND, "announced": ANNOUNCED,
           "credited_claims": CREDITED_CLAIMS, "accepted": ACCEPTED, "whole_doers": WHOLE_DOERS,
           "opposite_in_passing": OPPOSITE_IN_PASSING, "done_instead": DONE_INSTEAD,
           "happenings": HAPPENINGS, "verbs_of_nouns": VERBS_OF_NOUNS}
# (A passive change is done to its subject: "Library fines were raised" is answered by a source
# that leaves library fines as they were ("froze", ``no_change``); with the object read after
# the verb instead, no such thing is found.
PASSIVE_THINGS = [
    ("Library fines were raised.", "The trustees froze library fines for another year.", C),
    ("Harbour dues were cut.", "Harbour dues were left unchanged, the board said.", C),
]
# A coordinator before a verb opens another verb phrase: what the second verb acts on is in its
# own phrase ("froze ferry fares and raised parking charges" raised no fares). Without the cut,
# the raise read as the claim's restates it, and the freeze is passed over.
COORDINATED_VERBS = [
    ("The council raised ferry fares.", "The council froze ferry fares and raised parking charges.", C),
    ("Ferry fares were raised in the spring budget.",
     "The council froze ferry fares in the spring budget and raised parking charges.", C),
]
# A sentence that never names what the claim counts does not state the count's point without
# its figure: it is absent (partial without the reading); one that names it is partial.
THINGS_UNNAMED = [
    ("About 2,300 dockworkers are on strike at the Tarn port.",
     "The 72-hour strike at the Tarn port has begun.", A),
    ("The Harlow clinic treated about 40 patients after the fire.",
     "The Harlow clinic stayed open through the night after the fire.", A),
]
THINGS_NAMED = [
    # (What the count measures, named by the sentence, is named too.)
    ("The Tarn side's target in the cup final was 268 runs.",
     "The Tarn side chased down the target in the cup final in 46 overs.", P),
    ("About 2,300 dockworkers are on strike at the Tarn port.",
     "Dockworkers at the Tarn port began a strike on Monday.", P),
]
# Opposite superlatives of one thing conflict, whatever word opens the thing ("the lowest No
# vote" / "the strongest No vote"), as opposite comparatives do.
SUPERLATIVES = [
    ("Tarnia recorded the lowest No vote of any province.",
     "Tarnia's rural districts gave the strongest No vote.", C),
    ("The Vell ward gave the smallest Yes vote in the city.",
     "The Vell ward gave the biggest Yes vote in the city.", C),
]
SUPERLATIVES_PLAIN = [
    ("The Vell ward had the highest turnout in the city.",
     "The Vell ward had the lowest turnout in the city.", C),
    ("The Vell ward had the highest turnout in the city.",
     "The Vell ward had the highest turnout in the city.", S),
]
# An act still wanted, told by its noun ("still needs regulatory approval", "is subject to shareholder
# approval"), is not yet done: it conflicts with the act done. Not where the noun is of no act.
STILL_WANTED = [
    ("The Tarco dividend rise has already been approved.",
     "The dividend rise would still need regulatory approval, Tarco said.", C),
    ("Vell shareholders approved the merger with Tarco.",
     "The merger with Tarco is subject to Vell shareholder approval.", C),
    ("Vell shareholders approved the merger.",
     "The merger still requires the approval of Vell shareholders.", C),
]


def test_a_want_of_no_act_denies_nothing():
    # ("Subject to the ban" says the ban holds: no act is still wanted.)
    found = verdict("The ban on Vellish steel took effect on Monday.",
                    "Vellish steel is subject to the ban from Monday.\n")
    assert found.verdict is S


# A credit whose words are all the claim's own ("according to the state police" where the
# claim says the police said so) is the claim's own credit: no hedge.
OWN_CREDITS = [
    ("The Tarn state police said about 188 passengers and crew were aboard.",
     "The train carried about 188 passengers and crew when it crashed, according to the state police.", S),
    ("The exit poll gave the Tarn party 28 seats.",
     "The Tarn party is set to win 28 seats, according to exit polls.", S),
]
# A claim that itself projects or plans ("officials project", "the planned increase") is not
# weakened by a source that expects or plans it (verdicts.yaml expectation_acts, claim_hedges).
OWN_EXPECTATIONS = [
    ("Tarnian bank officials project the policy rate at 3.1% at the end of the year.",
     "The bank now expects the policy rate at 3.1% at the end of the year.", S),
    ("Tarco's planned $1.5 billion increase in buybacks depends on oil prices.",
     "After closing, Tarco plans to increase buybacks by $1.5 billion if oil prices stay high.", S),
]
# A hedge word in the plural right before an auxiliary is a noun, the subject of its verb
# ("hopes were raised when ..."): it hedges nothing after it.
HEDGE_NOUN_SUBJECTS = [
    ("Tarnia were 39 for 2 early in their chase.",
     "Vellian hopes were raised when Tarnia lost two wickets for 39 but a long stand followed.", S),
    ("Tarnia were 39 for 2 early in their chase.",
     "Vellian hopes rose when Tarnia lost two wickets for 39 but a long stand followed.", S),
]
# A hedge does not reach past a colon or a semicolon: what follows is another clause.
HEDGE_CLAUSES = [
    ("Ann Vell's lawyer said she rejects the ruling.",
     "A challenge looks likely: in a statement, Ann Vell's lawyer said she rejects the ruling.", S),
    ("Tarco shut its Vell plant.", "Further cuts look likely; Tarco shut its Vell plant.", S),
]
# A count right after "claimed" is what was taken ("claimed four wickets"), no claim made.
CLAIMED_COUNTS = [
    ("Ola Vell took four wickets for Tarnia.",
     "For Tarnia, Ola Vell claimed four wickets while Ben Tarn took one.", S),
]

# The claim's act told only as not done, of another thing than the claim's, says nothing
# done: never support (a denial of the claim's own thing conflicts, the guard row).
DENIED_OF_ANOTHER = [
    ("Tarnia confirmed the truce.", "Tarnia has not confirmed the talks.", A),
    ("Tarco signed the lease.", "Tarco has not signed the loan agreement.", A),
]
DENIED_OF_ANOTHER_GUARD = [("Tarco signed the lease.", "Tarco has not signed the lease.", C)]
# A population is a count of residents, and inhabitants are residents: "a town of about
# 84,000 inhabitants" states the claim's population.
POPULATIONS = [
    ("Tarnby has a population of about 84,000.",
     "The flood struck Tarnby, a port town of about 84,000 inhabitants, on Tuesday.", S),
]
# A claim that a named person "was 47" gives an age: a source's "47-year-old" states it.
AGES_SAID = [
    ("Ann Roe was 47 and Ben Roe was 19.",
     "The court heard of the killings of 47-year-old Ann Roe and her son, 19-year-old Ben Roe, in June.", S),
]
# "Neither" denies the verb of the subject it opens ("neither state has confirmed it"), as "no"
# does, wherever the clause stands (annotate's reading of a negative subject).
NEITHER = [
    ("Both Tarnia and Velmar confirmed the truce.",
     "Vell announced a truce between Tarnia and Velmar on Sunday, but neither state has confirmed it.", C),
]


GROUPS |= {"denied_of_another": DENIED_OF_ANOTHER, "denied_of_another_guard": DENIED_OF_ANOTHER_GUARD,
           "neither": NEITHER, "ages_said": AGES_SAID, "populations": POPULATIONS}
GROUPS |= {"hedge_noun_subjects": HEDGE_NOUN_SUBJECTS, "own_expectations": OWN_EXPECTATIONS,
           "own_credits": OWN_CREDITS, "claimed_counts": CLAIMED_COUNTS,
           "hedge_clauses": HEDGE_CLAUSES,
           "still_wanted": STILL_WANTED,
           "passive_things": PASSIVE_THINGS,
           "coordinated_verbs": COORDINATED_VERBS, "things_unnamed": THINGS_UNNAMED,
           "things_named": THINGS_NAMED, "superlatives": SUPERLATIVES,
           "superlatives_plain": SUPERLATIVES_PLAIN}
# A participle denied after a comma ("not counting the crew") sets something aside from what
# the clause counts: no denial a source must answer.
SET_ASIDE = [
    ("The ferry carried 212 passengers, not counting its crew.",
     "The ferry was carrying 212 passengers and 14 crew when it grounded off Tarn.", S),
    ("Tarco employs 800 people in Vellmark, not including seasonal staff.",
     "Tarco, which employs 800 people in Vellmark, plans to hire more next year.", S),
]
# Opposite fates told of two counts ("killed 52" / "18 survived") are of two groups, some of a
# whole each: no act denied. (Of all of them, "all 40 survived", they conflict: NO_SURVIVORS.)
COUNTED_APART = [
    ("The ferry crash killed 52 people.",
     "Rescuers said 18 people survived the ferry crash off Tarn.", P),
    ("The Vell mine blast killed 12 miners.",
     "Only three miners survived the Vell mine blast, officials said.", P),
]
GROUPS |= {"counted_apart": COUNTED_APART}
# A count of a place's people ("a town of 90,000") is no value of a count of those something
# befell there.
PEOPLED = [
    ("Tarnby is a town of about 90,000 people.",
     "As many as 300 people may have died in the town of Tarnby, officials said.", P),
]
GROUPS |= {"peopled": PEOPLED}
GROUPS |= {"set_aside": SET_ASIDE, "bracketed_ages": BRACKETED_AGES}
# A figure placed in another place than the claim's ("killed in Y" for "killed in X") is no
# value of the claim's count: of another place, or of a part of it or the whole it is in.
PLACED_ELSEWHERE = [
    ("At least 140 people were killed in Tarnia.",
     "In neighbouring Vellmark, at least nine people were killed.", A),
    ("About 100 people were missing in Vellmark.",
     "Officials said 57 people are still missing in the Palder district.", A),
    # Guard: the claim's place, another figure.
    ("At least 140 people were killed in Tarnia.", "In Tarnia, at least 96 people were killed.", C),
]
GROUPS |= {"placed_elsewhere": PLACED_ELSEWHERE}
# A claim's noun of an act ("the collision happened") is told by a source's verb of it ("two
# barges collided"): the sentence addresses the claim and its time answers the claim's
# (``with_claims_act_nouns``, as ``with_claims_acts`` reads the claim's verbs told as nouns).
ACT_NOUNS_TOLD_AS_VERBS = [
    ("The collision happened at about 10:53 pm.",
     "Two freight barges collided at about 10:47 pm near the Tarn lock, the port said.", C),
    ("The eruption happened at 4:10 am.", "The Vell volcano erupted at 4:40 am, the observatory said.", C),
]
GROUPS |= {"act_nouns_told_as_verbs": ACT_NOUNS_TOLD_AS_VERBS}
# A place name that qualifies a noun ("the Tarn floods in Vellmark") names what the noun is of:
# no other place the source sets apart from the one it places its figure in.
EVENTS_NAMED_BY_PLACE = [
    ("At least 40 people were killed in the Tarn floods.",
     "The death toll from the Tarn floods in Vellmark reached 52 on Saturday.", S),
]
GROUPS |= {"events_named_by_place": EVENTS_NAMED_BY_PLACE}
# A total the source tells by its parts, each as the claim gives it, is told: the parts say it.
TOLD_BY_PARTS = [
    ("The ferry was carrying 60 people: 52 passengers and eight crew members.",
     "There were 52 passengers and eight crew members aboard the ferry, the coast guard said.", S),
]
GROUPS |= {"told_by_parts": TOLD_BY_PARTS}
# Acts told in other words (``act_paraphrases``): a plane that "came down" crashed; recorders
# "found" were recovered.
ACTS_IN_OTHER_WORDS = [
    ("The plane came down in the Tarn river gorge.",
     "The plane crashed into the Tarn river gorge, officials said.", S),
    ("Both of the plane's flight recorders were recovered.",
     "Both flight recorders found, say airport officials.", S),
]
GROUPS |= {"acts_in_other_words": ACTS_IN_OTHER_WORDS}
# An outcome the source says is held off until a time comes then: its other side is of the
# time before ("closed after the fire and will not reopen until 9 am").
AWAITED_OUTCOMES = [
    ("The Tarnby ferry terminal was to reopen at 9 a.m. on Thursday.",
     "The Tarnby ferry terminal closed shortly after the fire and will not reopen until at least 9 a.m. "
     "on Thursday.", S),
    # Guard: closed on the claim's day, with nothing awaited.
    ("The Tarnby ferry terminal reopened on Thursday.",
     "The Tarnby ferry terminal closed on Thursday, officials said.", C),
]
GROUPS |= {"awaited_outcomes": AWAITED_OUTCOMES}
# A size glued to the word of what it measures ("a 740-foot-long ship") says that word, and
# is the size a claim of that measure ("1,100 feet long") is answered by.
GLUED_SIZES = [
    ("The Vell is about 1,100 feet long.",
     "The 740-foot-long cargo ship called Vell struck one of the bridge supports, causing it to break "
     "apart.", C),
]
GROUPS |= {"glued_sizes": GLUED_SIZES}
# Two tallies of two fates joined by "and" ("1,900 had been killed and 2,100 injured") each count
# all it befell: neither is a part of a whole, and each answers a claim of its fate's count.
TALLIES_OF_TWO_FATES = [
    ("On Saturday officials put the number of injured at 2,310.",
     "Officials in Tarnia said 1,480 people had been killed and 1,730 injured, including 960 in critical "
     "condition.", C),
]
GROUPS |= {"tallies_of_two_fates": TALLIES_OF_TWO_FATES}
# A count's own fate, told by the noun of the act ("the deaths of four miners"), makes it a
# count of that fate, whatever other counts the sentence gives; a noun after "and" with a figure
# of its own ("and injuries to 11 more") heads its own count, not one joined to the first.
FATED_AMONG_OTHERS = [
    ("Three men died in the crash at the quarry.",
     "Tuesday's crash at the quarry caused the deaths of two men and injuries to six others, the council "
     "said.", C),
    ("Four people died in the warehouse fire.",
     "The fire, which destroyed 30 stalls, caused the deaths of six people.", C),
]
GROUPS |= {"fated_among_others": FATED_AMONG_OTHERS}
# A word of asking reaches no figure past a phrase of time or cause after it: "was wanted for
# questioning after the deaths of seven hikers" asks for nothing, and states the toll.
ASKED_IN_REACH = [
    ("Nine hikers died on the Tarn ridge.",
     "Ann Roe was wanted for questioning after the deaths of seven hikers on the Tarn ridge.", C),
]
GROUPS |= {"asked_in_reach": ASKED_IN_REACH}
# A region set after a town by a comma alone ("near Tarnby, Vellshire") says where the town
# is: a figure placed there is placed in the region, which the claim names.
LOCATED_PLACES = [
    ("Storm Vera came ashore in Vellshire with winds of 95 mph.",
     "The storm came ashore near Tarnby, Vellshire, early on Monday with winds of 80 mph.", C),
]
GROUPS |= {"located_places": LOCATED_PLACES}
# A claim's place name that qualifies its noun ("the Tarnby stabbings") says where its thing
# was, not whose the figure is: a source that places its figure there tells the same thing's,
# whoever it names as doing it.
EVENTS_PLACED_ALIKE = [
    ("The Tarnby stabbings killed 9 people.",
     "Ann Roe is accused of killing 11 people at a market and a station in Tarnby on Friday.", C),
]
GROUPS |= {"events_placed_alike": EVENTS_PLACED_ALIKE}
# A name a distance is measured from ("95 miles south of Vellmark") is a point of reference, no
# holder of the figure after it.
DISTANCE_REFERENCES = [
    ("Storm Vera made landfall in Vellshire with sustained winds of 90 mph.",
     "The storm came ashore close to Tarnby, a fishing town about 70 miles east of Vellmark, with "
     "sustained winds of 85 mph.", C),
]
GROUPS |= {"distance_references": DISTANCE_REFERENCES}
# An age after "aged" may open with a word of a bound or an estimate ("aged between 6 and 11");
# two ranges are one only where both their ends are.
AGED_RANGES = [
    ("The pupils on the trip were aged 7 to 10.",
     "The school trip was organised for pupils aged between 7 and 12.", C),
]
GROUPS |= {"aged_ranges": AGED_RANGES}
RANGE_ENDS = [
    ("Day tickets cost between $20 and $30.", "Day tickets cost between $20 and $35 at the gate.", C),
    ("The pupils on the trip were aged 7 to 10.",
     "The school trip was organised for pupils aged 7 to 12.", C),
    # A figure a range does not hold, "about" or not, is another figure.
    ("About seven stalls were damaged in the fire.",
     "Between four and six stalls were damaged in the fire, the market said.", C),
]
GROUPS |= {"range_ends": RANGE_ENDS}
# Words of one happening in other words: a blow "struck" or "hit" (and see
# ``test_words_of_one_happening_weigh_as_the_claims_words``).
HAPPENINGS_REWORDED = [
    ("The quake struck on Saturday 4 October 2025.",
     "More than 50 homes were damaged after a quake hit the valley on Saturday (Oct 4).", S),
]
GROUPS |= {"happenings_reworded": HAPPENINGS_REWORDED}
# A figure its sentence places in none of the places it lists ("Conditions across X and Y are
# grim; the overall toll stands at 163") is the whole across them: no figure of one of them.
WHOLES_OF_LISTED_PLACES = [
    ("At least 41 people died in Vell West.",
     "Conditions across Tarnby and Vell West are grim, and the overall toll now stands at 163.", A),
]
GROUPS |= {"wholes_of_listed_places": WHOLES_OF_LISTED_PLACES}
# An irregular verb's forms are one act ("took off" / "had taken off"): the source's time is
# the claim's act's.
IRREGULAR_FORMS = [
    ("The glider took off from Tarnby at 10:05 a.m.", "The glider had taken off from Tarnby at 10:20 am.", C),
]
GROUPS |= {"irregular_forms": IRREGULAR_FORMS}
# A noun a year names, as the subject of a figure's verb or told of in a relative clause ("The
# 2009 sinking killed 154", "a 2009 sinking that killed 154"), holds the figure in that year: a
# count of this year's event is no value of it (the first source tells the claim's act, of
# another sinking: at most partial).
YEARS_OF_SUBJECTS = [
    ("The 2009 Vell sinking killed more than 150 people.",
     "The ferry that capsized off Vell on Friday killed at least 48 people, the coastguard said.", P),
    ("The toll rose to 48 on Friday.",
     "It was the deadliest disaster since a 2009 sinking that killed 154 people, the mayor said.", A),
]
GROUPS |= {"years_of_subjects": YEARS_OF_SUBJECTS}
# A count of a place's inhabitants is its population: no count of people an event gathered.
POPULATIONS_TOLD = [
    ("The town of Tarnby has about 90,000 inhabitants.",
     "A vigil was held in Tarnby on Sunday after some 2,000 people came together late on Saturday.", A),
]
GROUPS |= {"populations_told": POPULATIONS_TOLD}
# A value the claim writes twice, once in brackets ("about 40 km (25 miles)"), is told by a
# source that gives either writing: one value, not one left out.
TWINS_TOLD = [
    ("The epicentre was about 40 km (25 miles) north of Tarnby, the agency said.",
     "The agency put the epicentre about 25 miles north of Tarnby.", S),
]
GROUPS |= {"twins_told": TWINS_TOLD}
# A time of day told as the place's own ("local time") is no reading of a named zone's clock
# ("GMT"), whatever its digits; a source that gives only such a reading, with the claim's day,
# states the day and not the claim's time.
OTHER_CLOCKS = [
    ("The quake struck at 11:05 pm local time on Friday.",
     "According to the agency, the tremor hit the valley at 23:05 GMT on Friday.", P),
]
GROUPS |= {"other_clocks": OTHER_CLOCKS}
# A participle of suspicion before a noun ("the suspected gunman") doubts who the noun is, not
# the figure its clause tells of it: that figure is compared as stated.
SUSPECTED_NOUNS = [
    ("The suspected gunman was 58 years old.",
     "Police said the gunman, aged 63, was held by guards at once.", C),
]
# A figure set beside a name by commas ("Ann Vell, 17,") is that person's, and a claim that
# names another person after its figure ("a 15-year-old pupil named Ben Roe") tells his.
NAMED_AFTER_FIGURE = [
    ("The attacker is a 15-year-old pupil named Ben Roe.",
     "Ann Vell, 17, a pupil at the school, said she had sat beside the attacker in class.", A),
]
# A figure after a preposition is that preposition's object, not those a verb of fate before it
# befell: "fired from about 150 yards" counts no one fired.
FATE_OBJECTS = [
    ("The gunman fired from about 150 yards from the stage.",
     "Ben Roe fired at least six bullets from a roof only 125 yards away from the mayor.", C),
]
# A size written in words into its noun ("an eight-lane road") is a size as one in digits is; a
# number written with a hyphen ("Ninety-three bodies") is no size (the second row guards it).
WORDED_SIZES = [
    ("The Tarn bypass is an eight-lane road.", "Traffic stood still on the Tarn bypass, a 12-lane road.", C),
    ("Rescuers had found 87 bodies by Tuesday.", "Eighty-seven bodies were found by Tuesday.", S),
]
# Two nouns of no common class count one thing only where the figure itself says so (2,300 of
# each); a small number any two sentences may share does not.
SMALL_FIGURES = [
    ("Four people died in the fire.", "The fires began in four places at the same moment.", A),
]
# An age told by its decade is an age: "in their 60s" is no age "in their 40s".
AGE_DECADES = [
    ("The two climbers who fell were in their 40s.",
     "Police said both climbers who fell were in their 60s.", C),
]
GROUPS |= {"age_decades": AGE_DECADES}
# How high a place lies is one measure whether told as its altitude, height or elevation.
HEIGHTS_NAMED_ALIKE = [
    ("The Tarn lake lies at an altitude of about 4,000 metres.",
     "The tarn sits at a height of 3,100 metres, with a snow-capped ridge at about 3,900 metres to its "
     "west.", C),
]
GROUPS |= {"heights_named_alike": HEIGHTS_NAMED_ALIKE}
# Another reading of the thing the claim measures (its length, its distance north of a town)
# answers the claim, however few of its other words the sentence repeats.
MEASURED_THINGS = [
    ("The Vell Cross bridge was about 600 metres long.",
     "Engineers said the 240-metre (790 feet) bridge, half of which fell into the swollen river during the "
     "night, will be replaced by a temporary pontoon until the province finds money for a new crossing.", C),
    ("According to the agency, the epicentre was about 40 km (25 miles) north of Tarnby city.",
     "The national seismology office said a series of strong tremors hit 25 kilometres north of the "
     "town of Tarnby overnight, with one measuring 5.9.", C),
]
GROUPS |= {"measured_things": MEASURED_THINGS}
# A verb that only says its subject came to be what follows it ("became acting mayor"), or did the
# act its object names ("took part in the search"), is told by any sentence giving the subject
# that role or act with a verb of its own; a sentence that names the subject but not the role or
# the act does not tell it.
ROLES_TAKEN = [
    ("Deputy mayor Ann Vell became acting mayor of Tarnby.",
     "Council members said deputy mayor Ann Vell would take over as acting mayor of Tarnby until a vote in "
     "May.", S),
    ("Deputy mayor Ann Vell became acting mayor of Tarnby.",
     "Deputy mayor Ann Vell has been named acting mayor, the Tarnby council said.", S),
    ("Coast guard crews took part in the search off Vell Point.",
     "Coast guard crews joined the search off Vell Point on Sunday, the harbour office said.", S),
    ("Deputy mayor Ann Vell became acting mayor of Tarnby.",
     "Deputy mayor Ann Vell chaired a meeting of the Tarnby council on Monday.", A),
    ("Coast guard crews took part in the search off Vell Point.",
     "Coast guard crews patrolled the water off Vell Point on Sunday, the harbour office said.", A),
    # Doing an act is told of the doer the claim names.
    ("Police said Vellcrypt carried out the attack on the Tarnby clinic.",
     "Staff said the attack hit the Tarnby clinic's network late on Sunday.", A),
]
DOERS_OF_SUPPORTED_ACTS = ROLES_TAKEN[-1:]
GROUPS |= {"roles_taken": ROLES_TAKEN}
# A figure told as the most reached ("maximum winds of 140 km/h") is another figure for the
# ceiling a claim's "up to 180 km/h" gives, not a value within it; the same figure still agrees.
MAXIMA_AS_CEILINGS = [
    ("The storm reached the Tarn coast with winds of up to 180 km/h.",
     "Forecasters said the storm hit the Tarn coast with maximum winds of 140 km/h.", C),
    ("The storm reached the Tarn coast with winds of up to 180 km/h.",
     "Forecasters said the storm hit the Tarn coast with maximum winds of 180 km/h.", S),
]
GROUPS |= {"maxima_as_ceilings": MAXIMA_AS_CEILINGS}
# A verb of a stage of an act ("began responding", "started to evacuate") tells of the act after
# it: a time a source gives for a start of something else is no time of that act.
STAGES_OF_ACTS = [
    ("Firefighters began responding to the Tarnby blaze at 4:15 a.m.",
     "The Tarnby blaze broke out at 2:50 a.m. in a six-storey guest house, officials said.", A),
    ("Crews started to evacuate Vellmark on Monday.",
     "Crews evacuated Vellmark on Tuesday, officials said.", C),
]
GROUPS |= {"stages_of_acts": STAGES_OF_ACTS}
# Those an event touched in any way ("25,000 people were affected") are a count of their own, no
# count of the missing among them; another count of the affected is one.
AFFECTED = [
    ("About 25,000 people were affected by the Tarnia flood.",
     "Police said nine people died in the Tarnia flood and 85 others could not be found in the valley.", A),
    ("About 25,000 people were affected by the Tarnia flood.",
     "Some 30,000 people were affected by the Tarnia flood, officials said.", C),
]
GROUPS |= {"affected": AFFECTED}
# A verb of happening after a noun of the act ("the sinking happened at 4:25") times that
# act, as the act's own verb would; a time on the 12-hour face with no half of the day ("4:25
# local time") may be either half.
HAPPENED_ACTS = [
    ("The Vell ferry sank at about 4:25 p.m. local time.",
     "The sinking happened around 6:40 p.m. local time, the coastguard said of the Vell ferry.", C),
    ("The Vell ferry sank at about 4:25 p.m. local time.",
     "The sinking happened around 4:25 local time, the coastguard said of the Vell ferry.", S),
]
GROUPS |= {"happened_acts": HAPPENED_ACTS}
# Two counts joined by "and" are parts of one whole only when both count things: a crew
# beside a load measured in tonnes or litres is no part of one count.
CARGO_BESIDE_CREW = [
    ("Nine crew members were aboard the ship.",
     "The Vell freighter was carrying four crew members and 900 tonnes of grain when it ran aground on a "
     "sandbank off Tarnby in thick fog early on Sunday, according to the harbour authority.", C),
    ("Four crew members were aboard the Vell freighter.",
     "The Vell freighter was carrying four crew members and 900 tonnes of grain when it ran aground.", S),
]
GROUPS |= {"cargo_beside_crew": CARGO_BESIDE_CREW}
# "Who" stands only for people: a figure before it with no noun counts people ("the 40,000
# who marched"); number words with a scale ("two million") are a figure with no noun too.
COUNTED_BY_WHO = [
    ("About 60,000 fans attended the Tarnby marathon.",
     "Rain soaked the 45,000 who attended the Tarnby marathon on Sunday.", C),
    ("About 3 million visitors attended the Vellmark fair this year.",
     "Organisers said some two million who attended the Vellmark fair this year spent record sums.", C),
]
GROUPS |= {"counted_by_who": COUNTED_BY_WHO}
# Officials word a person's sex as a noun: "a 35-year-old male" is a man of that age.
SEXES_AS_NOUNS = [
    ("A 61-year-old man died when the Tarn footbridge gave way.",
     "The collapse of the Tarn footbridge killed a 48-year-old male and injured a 66-year-old woman.", C),
    ("A 48-year-old woman died when the Tarn footbridge gave way.",
     "The collapse of the Tarn footbridge killed a 48-year-old female and a 66-year-old man.", S),
]
GROUPS |= {"sexes_as_nouns": SEXES_AS_NOUNS}
# The objects of one verb joined by "and" ("killed a 70-year-old woman and a 52-year-old man") all
# take the verb's fate: the second is no count of another fate.
JOINED_OBJECTS = [
    ("A 61-year-old man died when the Tarn footbridge gave way.",
     "The collapse of the Tarn footbridge killed a 70-year-old woman and a 52-year-old man.", C),
]
GROUPS |= {"joined_objects": JOINED_OBJECTS}
# Taken into hospital care is told by the journey there or by the stay ("were rushed to
# hospital", "remains in hospital"): one act in other words.
HOSPITAL_STAYS = [
    ("The ferry's cook was taken to hospital after the Vellmark collision.",
     "The ferry's cook remains in hospital after the Vellmark collision, the operator said.", S),
    ("The driver of the Tarnby tram was taken to hospital.",
     "The driver of the Tarnby tram is recovering in hospital with a broken arm.", S),
]
GROUPS |= {"hospital_stays": HOSPITAL_STAYS}
# A tally "by" a day is the tally as read that day, and one "as of" a day after the figures is
# theirs: a tally read on another day is another reading, no other figure for the same one.
TALLIES_READ_APART = [
    ("The death toll in the Vellmark floods had reached 21 by Friday, 13 October.",
     "The death toll in the Vellmark floods has climbed to 17 with around 40 people unaccounted for as of "
     "Thursday (Oct 12), officials said.", P),
    ("The death toll in the Vellmark floods had reached 21 by Friday.",
     "The death toll in the Vellmark floods had reached 18 by Friday, officials said.", C),
]
GROUPS |= {"tallies_read_apart": TALLIES_READ_APART}
GROUPS |= {"suspected_nouns": SUSPECTED_NOUNS, "named_after_figure": NAMED_AFTER_FIGURE,
           "fate_objects": FATE_OBJECTS, "worded_sizes": WORDED_SIZES, "small_figures": SMALL_FIGURES}


ROWS = [pytest.param(claim, source, expected, id=f"{group}-{k}")
        for group, rows in GROUPS.items() for k, (claim, source, expected) in enumerate(rows)]


@pytest.mark.parametrize("claim,source,expected", ROWS)
def test_verdict(claim, source, expected):
    found = verdict(claim, source + "\n")
    assert found.verdict is expected, (found.verdict, found.explanation)


# (cd) A claim that only dates its subject's happening ("the collision happened on Tuesday
# night") is answered by a date of the subject in the source's words ("collided on Wednesday
# night"); in an article of no known date, a bare weekday is vaguer than the claim's whole date.
UNDATED_ARTICLES = [
    ("The collision happened on Tuesday night.",
     "Two crew members were probably killed when their glider collided with a small plane above "
     "the Vell estuary on Wednesday night.", C),
    ("The collision happened on Tuesday night.",
     "The helicopter and the plane collided over the Vell estuary on Wednesday night.", C),
    ("The crash happened on 14 May 2025.",
     "The cargo plane with four people aboard crashed Wednesday shortly after leaving Tarnby, the "
     "airline said.", P),
]
# A figure the claim places in a past year ("the 2009 Vell crash, which killed 154") is not
# answered by a figure a source of no known date gives in no year: nothing says it is that year's.
YEARS_UNTOLD = [
    ("It was the worst ferry disaster since the 2009 Vell sinking, which killed 154 people.",
     "Divers have so far brought up 19 bodies from the ferry that capsized on Friday, killing all 48 people "
     "on board.", A),
]
UNDATED_ARTICLES += YEARS_UNTOLD


@pytest.mark.parametrize("claim, source, expected", UNDATED_ARTICLES)
def test_verdict_in_an_article_of_no_known_date(claim, source, expected):
    found = verdict(claim, source + "\n", published=None)
    assert found.verdict is expected, (found.verdict, found.explanation)


def test_a_bare_weekday_is_the_claims_day_in_an_article_of_that_week():
    claim, source, _ = UNDATED_ARTICLES[2]
    assert verdict(claim, source + "\n", published=dt.date(2025, 5, 15)).verdict is S


def _raw_hedges(text, lexicon):
    pattern = lexicon.phrases(("certainty", "hedges"))
    return list(pattern.finditer(text)) if pattern else []


def _who_words_plain_too(toks, facts, found, lexicon):
    """``annotate._who_words`` as it was: every word capitalised inside the sentence, also one
    it writes in lower case besides."""
    from claimcheck.text import concept

    return frozenset({w for n in found for w in n.spelled}
                     | {concept(t.norm, lexicon) for k, t in enumerate(toks) if k and t.text[:1].isupper()})


def test_a_grade_written_like_a_name_is_read_as_a_grade(monkeypatch):
    # "Category 2" is a grade, whose word is no one's name (``_who_words``); so is the measure
    # both figures name (``_named_by_both``), which tells it alone where the words do not.
    claim, source, expected = GRADES[0]
    monkeypatch.setattr(align_module, "_named_by_both", lambda *args: frozenset())
    assert verdict(claim, source + "\n").verdict is expected
    monkeypatch.setattr(annotate_module, "_who_words", _who_words_plain_too)
    assert verdict(claim, source + "\n").verdict is not expected


@pytest.mark.parametrize("rows, module, reading, stand_in", [
    (MOVE_NOUNS, annotate_module, "subject_noun", lambda *args: False),
    (ACT_NOUNS_TOLD_AS_VERBS, check_module, "claim_act_nouns", lambda *args: {}),
    (EVENTS_NAMED_BY_PLACE, align_module, "qualifies_a_noun", lambda *args: False),
    (TOLD_BY_PARTS, check_module, "_sum_of_stated", lambda *args: False),
    (AWAITED_OUTCOMES[:1], check_module, "_awaited", lambda *args: False),
    (GLUED_SIZES, check_module, "_GLUED_AFTER", re.compile(r"(?!)")),
    (DENIED_OF_ANOTHER, check_module, "VERDICT_RULES",
     tuple(rule for rule in check_module.VERDICT_RULES if rule.__name__ != "_denied_of_another")),
    (TIMED_MOVES, check_module, "_acts_timed_apart", lambda *args: False),
    (SET_AGAINST, check_module, "hedge_cues", _raw_hedges),
    (ACT_NOUNS, check_module, "act_forms", lambda *args: frozenset()),
    (HEDGED_CLAIMS, check_module, "_hedging", lambda *args: []),
    (OTHER_CLASSES, check_module, "_counts_of_two_classes", lambda *args: False),
    (HOLDERS_FIGURES, check_module, "_held_by_claims_holder", lambda *args: None),
    (LISTED_AFTER, check_module, "named_after_figure", lambda *args: False),
    (AWAITED_NOUNS, check_module, "qualifies_noun", lambda *args: False),
    # (The first row holds without the reading too, now that a verb of lasting is light: the
    # source states the claim's 23 days in its own words; tests/test_align.py keeps its pairing.)
    (LASTING[1:], measures, "_lasted", lambda *args: ""),
    (LASTING_TOLD, check_module, "light_acts", lambda *args: []),
    (NAMES_DATED, check_module, "_dates_a_name_not_named", lambda *args: False),
    (PLACES_DATED, check_module, "PLACE_PREPOSITIONS", frozenset()),
    (STAGES_ONLY, check_module, "_in_time", lambda claim, fact, lexicon: fact.kind in DATE_KINDS),
    (TIMED_NOUNS[:1], check_module, "_timed_noun", lambda *args: set()),
    (CONVERSES, check_module, "_converses", lambda *args: {}),
    (OWN_VALUES, check_module, "_own_value_instead", lambda m, *args: m),
    (TWO_DOERS, check_module, "_doers_clash", lambda *args: False),
    (TWO_LEVELS, check_module, "_moves_apart", lambda *args: False),
    (PASSIVE_DOERS, stance, "_after_be", lambda *args: False),
    (MANY_OF_A_KIND, entities.Name, "many", property(lambda self: False)),
    (CREDITED_CLAIMS, check_module, "speech_words", lambda *args: frozenset()),
    (WHOLE_DOERS, check_module, "_doer_names",
     lambda side, doer: doer & {w for n in side.names for w in n.spelled}),
    (OPPOSITE_IN_PASSING, check_module, "_opposite_by_another", lambda *args: True),
    (POSSESSED_PARTICIPLES, stance, "_possessive", lambda *args: False),
    (DONE_INSTEAD, check_module, "_foretold", lambda *args: False),
    (HAPPENINGS, check_module, "_happenings_dated", lambda *args: []),
    (VERBS_OF_NOUNS, check_module, "claim_act_nouns", lambda *args: {}),
    (PASSIVE_THINGS, check_module, "passive_subject", lambda *args: None),
    (THINGS_UNNAMED, check_module, "_things_unnamed", lambda r: []),
    (COORDINATED_VERBS, check_module, "verb_phrase_at", lambda sentence, at, lexicon: sentence.clause_at(at)),
    (SUPERLATIVES, annotate_module, "_superlatives", lambda lexicon: frozenset()),
    (STILL_WANTED, stance, "_phrase_head", lambda text, toks, *args: len(toks)),
    (OWN_CREDITS, check_module, "_credited_words", lambda *args: frozenset()),
    (CLAIMED_COUNTS, check_module, "_takes_an_object", lambda *args: False),
    (HEDGE_CLAUSES, check_module, "_CLAUSE_END", re.compile(r"(?!)")),
    (HEDGE_NOUN_SUBJECTS, stance, "_subject_of_a_verb", lambda *args: False),
    (NARROWER_PLACES, check_module, "is_country", lambda *args: False),
    (NAMED_MEASURES, check_module, "_named_alike", lambda *args: False),
    (MARKED_INSTANCES[:1], check_module, "_instances_apart", lambda *args: False),
    (DESTINATIONS[:1], check_module, "UNNAMED_PREPOSITIONS", frozenset({"in", "at", "on"})),
    (NEVER_NAMED[:1], check_module, "_never_named", lambda *args: None),
    (SHORT_FLOORS[:2], check_module, "short_floor", lambda *args: False),
    (ONE_FATE[:2], check_module, "_one_fate", lambda *args: False),
    (COUNTED_ALIKE[:2], check_module, "_counted_alike", lambda *args: False),
    (FATES_FOUND[:2], check_module, "_one_fate", lambda *args: False),
    (RELATIVE_GROUPS, check_module, "_RELATIVE_AFTER", re.compile(r"(?!)")),
    (NATION_PEOPLE[1:], align_module, "_nation_counted", lambda *args: ""),
    (OTHER_KINDS[:3], check_module, "exclusive_qualifiers", lambda *args: {}),
    (OTHER_CURRENCY, check_module, "in_two_currencies", lambda *args: False),
    (WRITTEN_LENGTHS[:2], measures, "_tables",
     lambda lexicon, _read=measures._tables: dataclasses.replace(_read(lexicon), lengths=frozenset())),
    (SET_ASIDE, annotate_module, "_SET_ASIDE", re.compile(r"(?!)")),
    (COUNTED_APART, check_module, "counted_apart", lambda *args: False),
    (PEOPLED, align_module, "_peopled_apart", lambda *args: False),
    (BRACKETED_AGES[1:], annotate_module, "_bracketed_age", lambda lexicon: None),
    (PLACED_ELSEWHERE[:2], check_module, "placed_elsewhere", lambda *args: False),
    (FATED_AMONG_OTHERS[1:], align_module, "_fated_as", lambda *args: False),
    (FATED_AMONG_OTHERS[:1], measures, "_OWN_FIGURE_AFTER", re.compile(r"(?!)")),
    (ASKED_IN_REACH, measures, "_tables",
     lambda lexicon, _read=measures._tables: dataclasses.replace(_read(lexicon),
                                                                 asked_ends=re.compile(r"(?!)"))),
    (LOCATED_PLACES, align_module, "locates", lambda *args: False),
    (LOCATED_PLACES, check_module, "locates", lambda *args: False),
    (EVENTS_PLACED_ALIKE, check_module, "_event_placed_alike", lambda *args: False),
    (DISTANCE_REFERENCES, annotate_module, "_distance_reference", lambda *args: False),
    (WHOLES_OF_LISTED_PLACES, align_module, "_whole_of_listed", lambda *args: False),
    (TWINS_TOLD, check_module, "_told_by_its_twin", lambda *args: False),
    (POPULATIONS_TOLD, align_module, "RESIDENT_UNITS", frozenset({"resident", "inhabitant", "person"})),
    (YEARS_OF_SUBJECTS[:1], measures, "_SUBJECT_DETERMINERS", re.compile(r"(?!)")),
    (YEARS_OF_SUBJECTS[1:], measures, "_RELATIVE_AFTER",
     re.compile(r"[^,;:()]*,\s+(?:which|that|who|when)\s[^,;:()]*")),
    (AGED_RANGES, annotate_module, "_age_lead",
     lambda lexicon: re.compile(r"\baged\s+(?=\d)", re.IGNORECASE)),
    (SUSPECTED_NOUNS, check_module, "qualifies_noun", lambda *args: False),
    (AGE_DECADES, facts_module, "_AGE_DECADES", re.compile(r"(?!)")),
    (NAMED_AFTER_FIGURE, check_module, "_named_anywhere", lambda claim: []),
    (FATE_OBJECTS, measures, "_tables",
     lambda lexicon, _read=measures._tables: dataclasses.replace(_read(lexicon),
                                                                 fate_object_breaks=frozenset())),
    (WORDED_SIZES[:1], measures, "_HYPHEN_SIZE", re.compile(r"\d-([a-z]+)$")),
    (MEASURED_THINGS, check_module, "_one_measured_thing", lambda *args: False),
    (ROLES_TAKEN[:3], check_module, "_role_told", lambda *args: False),
    (DOERS_OF_SUPPORTED_ACTS, check_module, "_doer_unnamed", lambda *args: False),
    (MAXIMA_AS_CEILINGS[:1], align_module, "_maximum_as_ceiling", lambda fa, ma, fb, mb, lexicon: (fa, fb)),
    (STAGES_OF_ACTS[:1], check_module, "_act_of_its_stage", lambda claim, p, lexicon: p),
    (HAPPENED_ACTS[:1], check_module, "_happened", lambda side, p, lexicon: set()),
    (CARGO_BESIDE_CREW[:1], measures, "_tables",
     lambda lexicon, _read=measures._tables: dataclasses.replace(_read(lexicon),
                                                                 measurement_units=frozenset())),
    (AFFECTED[:1], measures, "_tables",
     lambda lexicon, _read=measures._tables: dataclasses.replace(_read(lexicon), fate_words={
         word: fate for word, fate in _read(lexicon).fate_words.items() if fate != "affected"})),
])
def test_each_reading_decides_its_rows(rows, module, reading, stand_in, monkeypatch):
    monkeypatch.setattr(module, reading, stand_in)
    for claim, source, expected in rows:
        assert verdict(claim, source + "\n").verdict is not expected


def test_a_small_figure_alone_makes_no_two_nouns_one_count(monkeypatch):
    # (``relate_facts`` keeps what it has answered: emptied before and after the switch.)
    monkeypatch.setattr(relate_module, "TELLING_FIGURE", 0)
    relate_facts.cache_clear()
    try:
        assert all(verdict(claim, source + "\n").verdict is not expected
                   for claim, source, expected in SMALL_FIGURES)
    finally:
        monkeypatch.undo()
        relate_facts.cache_clear()


# (bp) A month without its day, or a year without its month, is vaguer than the claim's day,
# whichever year a date without one is placed in: an article of midyear places "December" and
# "29 November" a year apart when each goes to the November nearest it.
MIDYEAR = dt.date(2025, 5, 30)
COARSER_DATES = [
    ("Lena Voss was convicted on 29 November.",
     "In November, Lena Voss was convicted by a jury on five charges.", P),
    ("The Tarn plant closed on 30 November.", "The Tarn plant closed in November after a fire.", P),
    ("Lena Voss was convicted on 29 November.",
     "On 29 November, Lena Voss was convicted by a jury on five charges.", S),
]


def test_a_coarser_date_is_partial_whichever_year_it_is_placed_in(monkeypatch):
    for claim, source, expected in COARSER_DATES:
        assert verdict(claim, source + "\n", MIDYEAR).verdict is expected, (claim, source)
    monkeypatch.setattr(check_module, "_fewer_calendar_parts", lambda *args: False)
    assert all(verdict(claim, source + "\n", MIDYEAR).verdict is not expected
               for claim, source, expected in COARSER_DATES if expected is P)


def test_enough_rows():
    assert len(ROWS) >= 60


# --- property: another value for the same quantity is never support ---------------------------

HOLDERS = ["The Marlow plant", "The county hospital", "The river ferry company", "Orbis Foods",
           "The city zoo", "The northern mine", "The Calder school district", "The regional airline"]
COUNTED = [("employs", "workers"), ("treated", "patients"), ("carried", "passengers"),
           ("reported", "complaints"), ("sold", "tickets"), ("recalled", "vehicles")]
BOUNDS = ["", "more than ", "at least ", "up to ", "nearly ", "fewer than "]
FLOORS_FROM_BELOW = ("more than ", "at least ")
TEMPLATES = [
    "{holder} {verb} {bound}{value:,} {noun} last year.",
    "{holder} {verb} {bound}{value:,} {noun}, officials said.",
]
MEASURES = [
    "{holder} raised its prices by {bound}{value}%.",
    "{holder} will pay {bound}${value} million for the new depot.",
    "{holder} signed a {value}-year lease on the depot.",
    "The fire at {holder} started on the {ordinal} floor.",
]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]


def _figure(draw, low: int, high: int) -> int:
    """A figure whose last digit is not 0: two of them differ, never one rounded to the other."""
    value = draw(st.integers(low, high))
    return value if value % 10 else value + 1


@st.composite
def restated_quantities(draw) -> tuple[str, str]:
    """A claim and a source sentence stating the claim's quantity (the same noun, the same
    holder, the same bound) with another value."""
    holder = draw(st.sampled_from(HOLDERS))
    bound = draw(st.sampled_from(BOUNDS))
    if draw(st.booleans()):
        verb, noun = draw(st.sampled_from(COUNTED))
        template = draw(st.sampled_from(TEMPLATES))
        a = _figure(draw, 2, 90_000)
        b = _figure(draw, 2, 90_000)
        assume(abs(a - b) / max(a, b) > 0.05)
        if bound in FLOORS_FROM_BELOW:
            # A higher floor makes the claim's floor hold ("at least 9" for "at least 6"):
            # the source's floor is then set below the claim's.
            a, b = max(a, b), min(a, b)
        fill = {"holder": holder, "verb": verb, "noun": noun, "bound": bound}
        return template.format(value=a, **fill), template.format(value=b, **fill)
    template = draw(st.sampled_from(MEASURES))
    if "ordinal" in template:
        a_ord, b_ord = draw(st.lists(st.sampled_from(ORDINALS), min_size=2, max_size=2, unique=True))
        return template.format(holder=holder, ordinal=a_ord), template.format(holder=holder, ordinal=b_ord)
    bound = "" if "year" in template else bound.replace("fewer", "less")
    a = _figure(draw, 2, 99)
    b = _figure(draw, 2, 99)
    assume(a != b)
    if bound in FLOORS_FROM_BELOW:
        a, b = max(a, b), min(a, b)
    fill = {"holder": holder, "bound": bound}
    return template.format(value=a, **fill), template.format(value=b, **fill)


@st.composite
def estimates_beyond_bounds(draw) -> tuple[str, str]:
    """A claim giving a count as a bound and a source giving the same count as an estimate or
    a plain figure beyond that bound ("more than 900" / "about 800"), or the other way round."""
    holder = draw(st.sampled_from(HOLDERS))
    verb, noun = draw(st.sampled_from(COUNTED))
    template = draw(st.sampled_from(TEMPLATES))
    bound = _figure(draw, 200, 90_000)
    low = draw(st.booleans())
    # Within an estimate's margin of the bound ("about 8,300" may be 9,100), but beyond it.
    gap = draw(st.floats(0.03, 0.08))
    figure = round(bound * (1 - gap if low else 1 + gap))
    figure = figure if figure % 10 else figure + (-1 if low else 1)
    bounded = draw(st.sampled_from(["more than ", "at least "] if low else ["fewer than ", "up to "]))
    estimate = draw(st.sampled_from(["about ", "around ", "roughly "]))
    claim = template.format(holder=holder, verb=verb, noun=noun, bound=bounded, value=bound)
    source = template.format(holder=holder, verb=verb, noun=noun, bound=estimate, value=figure)
    return (claim, source) if draw(st.booleans()) else (source, claim)


@settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(restated_quantities(), estimates_beyond_bounds()))
def test_another_value_of_the_same_quantity_is_never_support(pair):
    claim, source = pair
    found = verdict(claim, source + "\n")
    assert found.verdict is not Verdict.SUPPORTS, (claim, source, found.explanation)


# (f) Who and what a value is of. A surname written alone names the one the claim names in
# full, and no other one's figure is read off it; a reading to a decimal place ("magnitude
# 5.0") is no count of a toll beside it, and "quake" is "earthquake" said short.
HOLDERS_AND_READINGS = [
    ("Ada Feld was sent off in the 36th minute of the final.",
     "The sides were level when Feld was sent off, on review, for a late challenge on "
     "Mara Voss in the 33rd minute.\n", C),
    ("The earthquake had a magnitude of 5.4.",
     "Damage from the magnitude 5.0 quake was reported in four provinces.\n", C),
]


@pytest.mark.parametrize("claim, source, expected", HOLDERS_AND_READINGS)
def test_holders_and_readings(claim, source, expected):
    assert verdict(claim, source).verdict is expected


# (bq) A whole calendar date falls on one weekday: in an undated article, "on a Sunday"
# against "on March 8, 2025" (a Saturday) is another day, and the date's own weekday the same.
WEEKDAY_DATES = [
    ("The Vell lido closed on a Sunday.",
     "The Vell lido closed on March 8, 2025, after a storm flooded the pumps.", C),
    ("The Vell lido closed on a Saturday.",
     "The Vell lido closed on March 8, 2025, after a storm flooded the pumps.", S),
]


def test_a_whole_date_falls_on_one_weekday(monkeypatch):
    for claim, source, expected in WEEKDAY_DATES:
        assert verdict(claim, source + "\n", None).verdict is expected, (claim, source)
    monkeypatch.setattr(facts_module, "_weekday_against_date", lambda *args: FactRelation.INCOMPARABLE)
    relate_facts.cache_clear()  # (it keeps what it answered with the reading on)
    for claim, source, expected in WEEKDAY_DATES:
        assert verdict(claim, source + "\n", None).verdict is not expected, (claim, source)
    relate_facts.cache_clear()


def test_two_ranges_are_one_only_where_both_ends_are(monkeypatch):
    monkeypatch.setattr(relate_module, "_ends_apart", lambda *args: False)
    monkeypatch.setattr(relate_module, "_outside_the_range", lambda *args: False)
    relate_facts.cache_clear()  # (it keeps what it answered with the reading on)
    for claim, source, expected in RANGE_ENDS:
        assert verdict(claim, source + "\n").verdict is not expected, (claim, source)
    relate_facts.cache_clear()


def test_a_figure_of_a_past_year_is_not_answered_by_an_undated_one(monkeypatch):
    monkeypatch.setattr(align_module, "_year_untold", lambda *args: False)
    for claim, source, expected in YEARS_UNTOLD:
        assert verdict(claim, source + "\n", published=None).verdict is not expected, (claim, source)


@pytest.mark.parametrize("claim, reworded, unrelated", [
    ("Storm Vera came ashore near Tarnby on Monday.", "Storm Vera made landfall near Tarnby on Monday.",
     "Storm Vera weakened near Tarnby on Monday."),
    ("Hikers were stranded in the Tarn valley.", "Hikers were stuck in the Tarn valley.",
     "Hikers were injured in the Tarn valley."),
    ("The quake struck the valley at dawn.", "The quake hit the valley at dawn.",
     "The quake rattled the valley at dawn."),
])
def test_words_of_one_happening_weigh_as_the_claims_words(claim, reworded, unrelated):
    """A sentence that says the claim's act in other words (synonyms.yaml) addresses the claim
    clearly more nearly than one that says another act of the same thing: by a margin, as a
    word of the claim would, not by the likeness of the letters alone (under a point)."""
    from claimcheck.corpus import Corpus

    corpus = Corpus((), {"src": DAY})
    options = check_module.CheckOptions()
    scores = []
    for sentence in (reworded, unrelated):
        read_claim, read_source, lexicon = _profiles(claim, sentence)
        scores.append(check_module.relevance(read_claim, read_source, corpus, DAY, options, lexicon))
    assert scores[0] - scores[1] >= SAID_IN_OTHER_WORDS, scores


SAID_IN_OTHER_WORDS = 5.0
"""Relevance a word of the claim's act, said in other words, adds at the least."""


def _profiles(claim: str, source: str):
    from claimcheck.annotate import annotate
    from claimcheck.lexicon import DEFAULT
    from tests.test_align import _claim

    return (check_module.profile(annotate(_claim(claim, check_module.CLAIM_SOURCE)), DEFAULT, checked=True),
            check_module.profile(annotate(_claim(source, "src")), DEFAULT), DEFAULT)


@pytest.mark.parametrize("source, unanswered", [
    # Telling of the act by someone else, or of something else, states nothing of the denial ...
    ("Tarn commented on the truce at length on Friday.", True),
    ("The two towns agreed to a truce on Friday.", True),
    # ... a denial in the source, or the opposite act, answers it (the rules before read which way).
    ("Vell has yet to comment on the truce.", False),
    ("Vell declined to comment on the truce.", False),
])
def test_a_denial_is_answered_only_by_a_denial_or_the_opposite(source, unanswered):
    claim, evidence, lexicon = _profiles("Vell has not commented on the truce.", source)
    assert check_module._denial_unanswered(claim, evidence, lexicon) is unanswered


@pytest.mark.parametrize("claim, respelled, reaches", [
    # One name written as one word and as two, or in two spellings of a transliteration,
    # names the claim's name: the sentence weighs as naming it (for the first, the reading
    # decides whether the sentence addresses the claim at all).
    ("Norvex Energy agreed to buy Palder Oil for $41 billion.",
     "Analysts said NorvexEnergy agreed to acquire Palder Oil in a deal valued at $44.5 billion.", True),
    ("Kharavela Nagar was flooded on Monday.",
     "Floods hit Kharabela Nagar on Monday, officials said.", False),
])
def test_a_name_spelled_another_way_names_the_claims_name(claim, respelled, reaches, monkeypatch):
    from claimcheck.corpus import Corpus

    def relevance() -> float:
        c, evidence, lexicon = _profiles(claim, respelled)
        return check_module.relevance(c, evidence, Corpus((), {"src": DAY}), DAY, check_module.CheckOptions(),
                                      lexicon)
    present = check_module.CheckOptions().present
    named = relevance()
    monkeypatch.setattr(check_module, "spelled_otherwise", lambda *args: frozenset())
    unnamed = relevance()
    assert named > unnamed
    assert (named >= present > unnamed) is reaches


@pytest.mark.parametrize("claim, source, distinctive", [
    # A figure told to several digits, or a score, ties a sentence to the claim as a rare word
    # would: few things in a story share it ...
    ("81,627 people watched the final at the Vell ground.",
     "Tarnia won the final at the Vell ground, where 81,627 people saw them take the cup.", True),
    ("Tarco paid $48.6 million for the Vell mine.",
     "Shares in Tarco rose after the $48.6 million deal for the Vell mine was signed on Friday.", True),
    # ... a round figure many things share does not.
    ("300 people watched the final at the Vell ground.",
     "Tarnia won the final at the Vell ground, where 300 people saw them take the cup.", False),
])
def test_a_distinctive_value_weighs_as_a_rare_word(claim, source, distinctive, monkeypatch):
    from claimcheck.corpus import Corpus

    def relevance() -> float:
        c, evidence, lexicon = _profiles(claim, source)
        return check_module.relevance(c, evidence, Corpus((), {"src": DAY}), DAY, check_module.CheckOptions(),
                                      lexicon)
    told = relevance()
    monkeypatch.setattr(check_module, "_distinctive", lambda fact: False)
    plain = relevance()
    assert (told - plain == pytest.approx(check_module.CheckOptions().fact_bonus)) is distinctive
    assert told >= plain


@pytest.mark.parametrize("sentence, country, preposition", [
    ("The two leaders will meet in South Korea next week.", "South Korea", "in"),
    ("The talks were held in Skopje, North Macedonia, on Monday.", "North Macedonia", "in"),
    ("The storm made landfall in Southern Japan.", "Southern Japan", "in"),
    ("Aid reached Vell, South Korea, by truck.", "South Korea", ""),
])
def test_a_country_is_named_whole_and_placed_as_its_town(sentence, country, preposition):
    """A compass word may be part of a country's name, not only a part of it; a country after
    a town and a comma takes the town's preposition (none when the town has none)."""
    names = {n.text: n for n in check_module.read_claim(sentence).names}
    assert entities.is_country(names[country], api.CompareOptions().lexicon)
    assert names[country].preposition == preposition


def _acts(claim: str) -> list[str]:
    """The words of the acts ``check`` reads in a claim (``claim_acts``)."""
    profile = check_module.profile(check_module.read_claim(claim), checked=True)
    return [claim[p.start:p.end] for p in check_module.claim_acts(profile)]


@pytest.mark.parametrize("claim, acts", [
    # A verb that opens a clause told with "that" tells who told or found it: what was done is
    # in the clause, and a source crediting it to them ("..., according to ...") states it.
    ("Tarnian harbour pilots reported that 9 deckhands were hurt during the gale.", []),
    ("Tarnian harbour pilots reported 9 deckhands hurt during the gale.", ["reported", "hurt"]),
])
def test_a_verb_before_a_that_clause_is_who_told_it(claim, acts):
    assert _acts(claim) == acts


@pytest.mark.parametrize("claim, acts", [
    # A participle right after a noun, ending its clause or naming its doer with "by", qualifies
    # the noun when a verb of the clause stands before it: no act of the claim.
    ("The kiosk burned on land held by the Tarn harbour board.", ["burned"]),
    ("The Vell bakery was among the shops flooded.", []),
    ("The mayor confirmed a fire in the Tarnby market caused by a heater.", ["confirmed"]),
    # ... not a verb after a noun with no verb before it, nor the size of a change after "by",
    # nor a participle after an adverb, nor what befell those a figure counts.
    ("Shares of the Vell ferry line fell by 5%.", ["fell"]),
    ("Police said two fishermen drowned.", ["drowned"]),
    ("The alarm on the Tarn ferry was never triggered.", ["never triggered"]),
    ("The Vell lifeboat crew reported 14 people rescued.", ["reported", "rescued"]),
])
def test_a_participle_after_a_noun_qualifies_it(claim, acts):
    assert _acts(claim) == acts


def test_a_participle_before_the_noun_is_no_verb_of_its_clause():
    # "registered" is of the noun phrase: the verb after the noun is still the clause's act.
    claim = "Nine formally registered Tarnian climbers died."
    assert "died" in _acts(claim)


@pytest.mark.parametrize("claim, acts", [
    # A participle of naming between a noun phrase and a capitalised name gives the noun's
    # name: no act of naming is told.
    ("The rally was led by a retired teacher named Ann Vell.", ["led"]),
    ("The ferry docked at a village called Tarnby.", ["docked"]),
    # ... but a naming done: with no determiner before the noun, or with "as" after the name.
    ("Police named Ann Vell on Tuesday.", ["named"]),
    ("The report named Ann Vell as the driver.", ["named"]),
])
def test_a_participle_of_naming_gives_the_name_of_the_noun(claim, acts):
    assert _acts(claim) == acts


def test_an_alias_after_the_name_is_no_naming_done():
    # "..., popularly known as X" names the one named again: no "as" of a naming done.
    claim = "The march was organised by a preacher named Ormsby Tarn, popularly known as Baba Kell."
    assert "named" not in _acts(claim)


# A verb of finding before a toll ("the mayor confirmed two deaths") frames the point, as one
# before "that" does: a source that tells the deaths supports the claim without the verb.
# (What is confirmed of another thing, "confirmed the truce", may be the act itself.)
CONFIRMED_TOLLS = [
    ("The Vell mayor confirmed a death in the flooded market.",
     "A stallholder died in the flooded Vell market, the mayor said.", S),
    ("Police confirmed a death on the Tarnby bypass caused by a falling gantry.",
     "One driver on the Tarnby bypass was killed when a gantry fell on the car, police said.", S),
]


@pytest.mark.parametrize("claim, source, expected", CONFIRMED_TOLLS)
def test_a_verb_of_finding_before_a_toll_frames_it(claim, source, expected, monkeypatch):
    assert verdict(claim, source + "\n").verdict is expected
    judged = check_module.findings
    monkeypatch.setattr(check_module, "findings", lambda c, lexicon=None: frozenset(
        t.start for t, nxt in zip(c.sentence.tokens, c.sentence.tokens[1:], strict=False)
        if t.start in judged(c) and nxt.norm == "that"))
    assert verdict(claim, source + "\n").verdict is not expected
