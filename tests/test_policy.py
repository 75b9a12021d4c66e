"""Each decision rule on hand-built findings, and the per-site ceiling."""

from __future__ import annotations

import pytest

from genai_guard.config import default_config
from genai_guard.entities import catalogue
from genai_guard.findings import Finding
from genai_guard.guard import Guard, build_guard
from genai_guard.policy import Policy


def finding(entity_type: str, category: str | None = None) -> Finding:
    return Finding(0, 1, entity_type, 0.9, entity_type, category)


@pytest.fixture
def policy() -> Policy:
    config = default_config()["policy"]
    config["sites"] = {"copilot.cloud.microsoft": "warn"}
    return Policy.from_config(config)


@pytest.mark.parametrize(
    ("findings", "decision", "reason"),
    [
        ([], "allow", None),
        ([finding("UK_NHS")], "block", "direct_identifier"),
        ([finding("DATE_OF_BIRTH")], "block", "direct_identifier"),
        ([finding("UK_POSTCODE")], "block", "direct_identifier"),
        ([finding("PERSON")], "warn", "name"),
        ([finding("PERSON"), finding("SPECIAL_CATEGORY", "health")], "block", "together:name+special"),
        ([finding("SPECIAL_CATEGORY", "health")], "allow", None),
        ([finding("SPECIAL_CATEGORY", "genetic"), finding("AGE"), finding("LOCATION")], "warn", "jigsaw"),
        ([finding("AGE"), finding("LOCATION")], "allow", None),
    ],
)
def test_when_findings_then_decision(
    policy: Policy, findings: list[Finding], decision: str, reason: str | None
) -> None:
    verdict = policy.decide(findings, catalogue(), "chatgpt.com")
    assert verdict.decision == decision
    if reason:
        assert reason in verdict.reasons
    else:
        assert verdict.findings == []


def test_when_approved_site_then_block_capped_at_warn(policy: Policy) -> None:
    verdict = policy.decide([finding("UK_NHS")], catalogue(), "copilot.cloud.microsoft")
    assert verdict.decision == "warn"
    assert "site_ceiling:warn" in verdict.reasons


def test_context_findings_reported_only_for_jigsaw(policy: Policy) -> None:
    verdict = policy.decide([finding("PERSON"), finding("AGE")], catalogue(), None)
    assert [f.entity_type for f in verdict.findings] == ["PERSON"]


def test_special_detail_inside_a_singling_out_detail_still_makes_jigsaw_risk(guard: Guard) -> None:
    """ "The only ... family" and the ethnic origin inside it are both kept for the jigsaw rule."""
    text = "Advice please: the only Slovak Roma family in the village have asked the school for help."
    answer = guard.analyze(text)
    assert answer.decision == "warn" and "jigsaw" in answer.reasons
    types = {f.entity_type for f in answer.findings}
    assert {"UNIQUE_DESCRIPTOR", "SPECIAL_CATEGORY"} <= types
    assert "[DETAIL 1]" in answer.redacted_text and "Roma" not in answer.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        # singled out by a calling in a small place, or as the relative of someone known by one
        "AMHP reflection, no names: I assessed the only vet in the town, 44, during a manic episode.",
        "Referral: the 34-year-old daughter of the ferry skipper has fragile X syndrome.",
        "Discharge: 23-year-old woman, twin sister of the Paralympic archer, admitted after an overdose.",
        # an age set off by commas beside what is said about the person
        "One of my social workers, 52, our only trans woman in the team, is off with depression.",
        # a possessive place, a home, a calling at a named place
        "Visit on Eigg: mum is the island's only primary teacher and has multiple sclerosis.",
        "The family in the only ground-floor flat of Beech Court: the 7 year old has cystic fibrosis.",
        "MHA assessment for the organist at the chapel in Goathland, 58, with bipolar disorder.",
        "LADO: the deputy head at the only primary school in Hutton-le-Hole was charged yesterday.",
        "She's 14 and the goalkeeper for the county under-15 team; she has an eating disorder.",
        # the only household up a road or along a canal; a place by its size; a worker or a
        # parent who is the only one; a calling on a council or a lifeboat; a business's keeper
        "MHA assessment at the hill farm (only farm up that road). Farmer with severe depression.",
        "The lock-keeper, 81 (only house on that stretch of the canal), has Parkinson's.",
        "A councillor on our parish council; in a village of 400 everyone knows she uses codeine.",
        "My colleague is the only male social worker in our team and has told me he is bisexual.",
        "The under-12s coach is the only dad who volunteers there; he is on the sex offenders register.",
        "Patient is the lifeboat coxswain for the harbour town; new hypertrophic cardiomyopathy.",
        "He has run the post office counter in the village shop in Clun; now Alzheimer's.",
        # a place's own calling; the last of a kind; known locally or in the news; a former post
        "A girl of 13 whose father is the island's GP disclosed she has been self-harming.",
        "She is the last surviving Land Girl in the village and is now registered blind.",
        "The service user is widely known locally and now has Lewy body dementia.",
        "She won the national young carers award last month; her mum has multiple sclerosis.",
        "Photo in the Herald last week; he has since been diagnosed with bipolar disorder.",
        "He is the former town crier of Chester and has Lewy body dementia.",
        "The head groundsman at the local club has alcohol-related liver disease.",
        "The village GP has been drinking heavily.",
        "She was in the Craven Herald last week and has depression.",
        "Everyone in Clun knows her; she has schizophrenia.",
        "The harbour master in Staithes has cancer.",
        # in the paper or a fundraiser; a relative by an office's possessive; the oldest in a place
        "The girl that was all over the Gazette last week thinks she might be pregnant.",
        "The Evening Chronicle ran a story about the family: all three boys have Duchenne.",
        "The boy at Ashby Primary has leukaemia; his crowdfunder went round the whole town.",
        "The Director of Children's Services' 16-year-old son has been arrested for possession.",
        "The oldest resident in Orkney has heart failure and refuses the care home.",
        "He is the only male teaching assistant at the infant school and is HIV positive.",
        "The retired headmistress of the village school has Lewy body dementia.",
        "A 15-year-old who plays in goal for the Morecambe under-16s was arrested for supply.",
        # a handful in a place; known by everyone there, or for a first; a viral video, a TV show
        "Woman, 40s, a GP partner at one of the two practices in Hessle, took an overdose.",
        "She is the retired lollipop lady everyone in Tywyn knows and has dementia.",
        "She was Bolton's first female bus driver and is now registered blind.",
        "His video of the fight went viral last week; he has ADHD.",
        "A young man who was a contestant on Love Island disclosed bulimia.",
        "The depot named a bus after her last year; macular degeneration, now registered blind.",
        "The club did a guard of honour for him in August. Prostate cancer confirmed.",
        # the paper's piece about them, the fundraiser the town did, a rare birth
        "The quadruplets' mum (there was a piece in the Chronicle about them) has postpartum psychosis.",
        "The ones the Evening Chronicle ran the fundraising story about: all three boys have Duchenne.",
        "The little boy with leukaemia (the one the whole town did the head-shave fundraiser for).",
        # a business in a place, a regular pitch, lodgings above a shop, a relative of a medallist
        "She works at the only Vietnamese nail bar on Bath Street and may be pregnant.",
        "The woman who runs the Polish deli on the market place in Boston is pregnant.",
        "The girl on the only Traveller site in the district is pregnant.",
        "The Big Issue seller who stands outside Boots every day says he has TB.",
        "She works from the flat above the launderette on Queen Street; crack cocaine use.",
        "Child B, daughter of the Olympic rowing bronze medallist, has anorexia nervosa.",
        "A well-known GP in the town has psychotic depression.",
        "One of my cases is the son of a Labour councillor who is the cabinet member; dad uses cocaine.",
        # a trade or a guest a place has one of, a player's or a pastor's family, a former office
        # holder from a place, a stall or a van in a place, local groups, a programme or news item
        "He's the only black cab driver in Kirkwall and has just been diagnosed with MS.",
        "The only asylum seeker in Tobermory has PTSD.",
        "The son of the county cricketer who captains the side has anorexia.",
        "The retired vet from Clun has Parkinson's and lives alone.",
        "She's the pastor at the Elim church in Hexham; her husband was arrested for fraud.",
        "He does the burger van at the Thirsk auction mart and is HIV positive.",
        # slice 11's mechanisms, in other words: an opened shop, a win, a selection, a local office,
        # a relative's calling, a place's only nursery, the one GP, a facility's instructor, a
        # bus route, a place's event, a paper's feature, followers, a pitch, the only family
        "The woman who opened the deli in Hexham last year has told me she is pregnant.",
        "He won £800,000 on the lottery in 2021 and now has a gambling addiction.",
        "The boy who represented Scotland at the under-16 judo championships has anorexia.",
        "She stood as the Green Party candidate in May and has bipolar disorder.",
        "He chaired the Appleby bowls club for years; now has dementia.",
        "The girl whose mum is the village postmistress is self-harming.",
        "The cook at Tongue's only care home has hepatitis C.",
        "On Coll there is only one nurse, and she has multiple sclerosis.",
        "The coach at the Lerwick pool has been arrested for assault.",
        "He drives the school bus over the hill to Glenelg and has epilepsy.",
        "The man who runs the village panto has prostate cancer.",
        "The local paper did a feature on her last month; she has cystic fibrosis.",
        "She has 300k followers for her baking videos and has an eating disorder.",
        "The man who sells the Big Issue outside Greggs on Fore Street is using heroin.",
        "They are the only Black family in the village and the boy has sickle cell.",
        "It's been all over the local Facebook groups: the teenager from the farm is pregnant.",
        "The man who was on the Channel 4 documentary about the estate is using heroin again.",
        # in the news or the paper, said in passing
        "The girl who was on the evening news after the flood has anorexia.",
        "Re the twins (the ones in the Echo) - mum has postnatal psychosis.",
        "He was interviewed on BBC Radio Cymru last year and now has schizophrenia.",
        "The boy on the front of last week's Courier has been charged with robbery.",
        "Journalists are camped outside her house; she has a history of psychosis.",
        "Local press are outside the house again; the father has been arrested.",
        # an incident in a named place, and a sole post
        "The only survivor of the fire at the Hillcrest flats has PTSD.",
        "His brother was killed in the collision on the Ardmore bypass; he is now self-harming.",
        "Allegation about the ward sister (only one on the ward at night): arrested for theft.",
        "The village's only plumber has early onset dementia.",
        "Carnforth's only taxi driver has epilepsy.",
        # a named place's prize or office, a crossing, a route, an unusual home
        "The woman who won the baking prize at the Tarnside Agricultural Show has bipolar disorder.",
        "The chair of Holmby parish council has been diagnosed with Parkinson's.",
        "The lottery winner from Little Ashby is now drinking heavily.",
        "The lollipop lady outside St Cuthbert's has been arrested for drink driving.",
        "The minibus driver on the Sunday run from Glenmore has had a seizure.",
        "Update:\nTaxi driver on the school run from Kilmory, arrested for drink driving.",
        "Her dad died in the Carluke gas explosion last year; she now has PTSD.",
        "His brother drowned in the Loch Lomond boating accident and he has been drinking heavily.",
        "The lollipop lady on Church Street has been drinking before her shift and has liver disease.",
        "He won first prize at the Keswick Show and has since been diagnosed with Huntington's.",
        "The president of the Whitby lifeboat association has been arrested for child sex offences.",
        "(the ones in the local paper last week) - dad has been arrested for assault.",
        "Notes for a training session from a real case: the village's only GP has depression.",
        # seen, pictured or known about the place; a record, an honour, a landmark home
        "She is the only female welder in the village and has started self-harming.",
        "His photo is on the rugby club's website; he has told school he is gay.",
        "(front page of the Courier last week) - she has since been sectioned.",
        "It was featured on the regional news; the boy now has PTSD.",
        "The video went round the village Facebook groups and he has been arrested for criminal damage.",
        "He is known to all the walkers on the fell path and now has dementia.",
        "All the regulars know her; she is registered blind and her partner hits her.",
        "He got an MBE last year for the youth club and now has Alzheimer's.",
        "He was the first man from Ardcairn to have a kidney transplant and now needs dialysis.",
        "She raised £8k for the hospice and her cancer has come back.",
        "The referee of the Thornby Town v Eskdale game was assaulted and now has panic attacks.",
        "The sisters who got to the final of the TV talent show are both autistic.",
        "He lives in the old signal box on the Ardcairn road and hears voices.",
        "The man on the boat moored at Gorsley Lock is injecting heroin.",
        "The campervan is always parked outside Thornby library; its owner is HIV positive.",
        "The head of the village primary in Eskdale has told governors she has breast cancer.",
        "He is the only wheelchair user in Pentre Gwenallt and his depression has got worse.",
        "She won gold at the Mòd and now has Alzheimer's.",
        "His pony won champion at this summer's Thornby show; he is being groomed by a stable hand.",
        # booked, elected, in brackets, on a poster, turned 100
        "The piper who plays at most weddings in Ardcairn has been arrested for assault.",
        "The clown who does most parties in Eskdale has bipolar disorder.",
        "He stood for the Liberal Democrats in the Thornby by-election and now has dementia.",
        "She was elected as the youth councillor for Gorsley and has type 1 diabetes.",
        "Referral re the Polish-speaking TA (only member of staff who speaks Polish): asylum seeker.",
        "The lollipop man (only one, covers both schools) has epilepsy.",
        "- Only cub leader for 2nd Eskdale Cubs, arrested on suspicion of voyeurism",
        "She is on the council's recycling poster and has multiple sclerosis.",
        "The lady in Thornby who turned 100 last week has depression.",
        "He is well known in Gorsley for his allotment and has Alzheimer's.",
        "The owner of the only car wash in Eskdale was arrested for modern slavery offences.",
        "Referral for the barber (only barber in town) who is profoundly Deaf.",
        "The boy's father is the piper at most funerals in Strathcoyle; he has PTSD.",
        "- only Sikh lad in Pennock, dad has a drink problem",
        "Mum: only female taxi driver in Stornoway, drinks heavily",
        "Dad drives the school bus in Clun and was found unresponsive after using heroin.",
        "He was a contestant on that dating show last year and is now using crack.",
        "Man sleeping in his horsebox behind the Royal Oak in Pellworth, hears voices.",
        "The old man at the top of Quarry Lane has a leg ulcer and refuses care.",
        # session 8: members of a small group, a school year, relatives by an office's possessive,
        # the only one "there", a school's size, country callings and landmark homes
        "Panel: the only Year 10 at the tiny secondary on Rum has started self-harming.",
        "Referral: the vicar's teenage daughter has told the school nurse she is pregnant.",
        "The academy has only one pupil who uses a wheelchair, and she has disclosed self-harm.",
        "The only female trustee on the gurdwara committee has terminal cancer.",
        "Carer's assessment: the head gardener at Hollin Hall has early-onset dementia.",
        "The beekeeper at Low Fold has Parkinson's and his son takes his pension.",
        "He lives in the water tower conversion and hears voices at night.",
        "Owner of the only narrowboat moored at Kelby Lock has severe depression.",
        "Youth panel: he is the only under-16 in the Carnbrae pipe band and was arrested for theft.",
        "Mar - child (8) at Hollins pool, only wheelchair user there, has bruising\nApr - no contact",
        "Relief teacher at Ardnish Primary (38 pupils): a Year 2 girl has disclosed FGM.",
        "The only Seventh-day Adventist elder in Tarbet has been sectioned twice.",
        # session 8, second round: a named programme, a local event's champion or Santa, known by a
        # name about the place, a face on adverts, a viral post, a local radio voice
        "Dad is the one who was on Countryfile with his sheep; he now has bipolar disorder.",
        "Nan is the Kelby show's jam champion and has been diagnosed with dementia.",
        "He's been the Santa at Marsby village fete for years and now has Parkinson's.",
        "She won the Llanfoel Eisteddfod solo last year and has an eating disorder.",
        "The lad who plays the drums at every Glenfinn games has been arrested for assault.",
        "She is known in Trewin as the egg lady, 81, has dementia and leaves the gas on.",
        "He is the face on their cider adverts and has an alcohol dependence.",
        "The girl in the Hollins Primary nativity video that went viral has disclosed self-harm.",
        "Mum reads the news on the Aberlyn community radio and is in a violent relationship; she has PTSD.",
        "The organist's widow at Capel Bethel is housebound and has dementia.",
        "The grandchild of the Kilmory estate gamekeeper has a fractured skull.",
        "Bracketed: the drummer in the Hawley band (only teenager in the band) hears voices.",
        # one person described, by who they are or what they do, in a local place
        "The retired ferryman who still lives on Inchmore has dementia.",
        "Referral: the woman whose son delivers the papers in Tarbet has breast cancer.",
        "The busker at Holme Cross has been arrested for assault.",
        "The historian who gives the tours at Hollin Hall has Parkinson's.",
        "The kit man in his village has bipolar disorder.",
        "The man on the red scooter who does laps of the harbour at Tenby has multiple sclerosis.",
        "The widower at the farm at the head of the Elan valley is drinking heavily.",
        "He is the last man still fishing out of Staithes and has angina.",
        "Chronology, no names: barista at Mousehole harbour. 2022 - gambling, debts; 2024 - psychosis.",
        "Concern: boy in P6 at Tobermory primary whose dad runs the hotel; the boy has ADHD.",
        "The man who lives in Clun and plays the organ at St Mary's has bipolar disorder.",
        # "the one" business in a small place, like "the only" one
        "He works at the one pub in Askrigg and is HIV positive.",
        "The man who lives on the narrowboat at the top lock at Tardebigge has schizophrenia.",
        # a calling after a small place's name (patterns/small_places.txt)
        "The Clun farmer has been drinking heavily and talks about suicide.",
        "Staithes's lifeboat coxswain has PTSD.",
        "The Portaferry harbourmaster, 63, has angina and lives on his boat.",
        "Reeth's chippy owner's son self-harms.",
        "Yesterday Clun's farmer told me he has depression.",
        "Staithes' coxswain has PTSD.",
        "The Stow-on-the-Wold florist has cancer.",
        "The St Davids fisherman has angina and lives alone.",
        # the one business of its kind in a small place
        "Concerns re the manager of the only care home on Islay; she has been using morphine.",
        "The Burnham on Crouch ferryman has dementia.",
        "The Clun Post Office postmistress has schizophrenia.",
        # a small island is a small place (patterns/small_islands.txt)
        "Tiree's postie has been drinking every night since his wife died.",
        "The Sanday ferryman has dementia.",
        # a village too small for GeoNames (patterns/small_villages.txt)
        "The Applecross postman has been drinking heavily since his wife died.",
        "Visited the Kinlochbervie harbourmaster, who has early-onset dementia.",
        # an acronym between the place and the calling
        "The man is the Barmouth RNLI mechanic. He has PTSD from a body recovery.",
        # known to everyone, said plainly
        "Everyone on the island knows him, and he has been self-harming.",
        "You'll all know him - he has been diagnosed with bipolar disorder.",
        "The Year 10 who went viral has been self-harming since.",
        "The lad from the viral video is on a referral order and smokes cannabis daily.",
        "She is the Moderator of the Presbytery - very well known. Diagnosed with bipolar II.",
        "The piper who plays at every games - famous around Deeside - has dementia.",
        "The only female firefighter in the crew, everyone knows who she is, had an abortion.",
        "He's been in the papers and now has schizophrenia.",
        # the only one, in an aside
        "Case: the Lay Reader at the parish (retired, only one). Recurrence of bowel cancer.",
        "Patient is a GP in a small town (one of only two), admitted after a subarachnoid haemorrhage.",
        "The teaching assistant (only TA in the school) has been binge drinking.",
        "The manager (only undertaker for the area) has a gambling addiction.",
        # a place's oldest, first or last
        "The lady is Clun's oldest bookseller. Heart failure.",
        "Tiree's last crofter has depression.",
        # the only one, or the one with what sets them apart
        "The only health visitor covering Unst told me she has breast cancer.",
        "Our team's only male AMHP is off sick with depression.",
        "The one female police officer at the station has postnatal depression.",
        # a relative of someone known by a calling beyond the village (session 12)
        "The widow of the well-known Tenby fiddler has heart failure.",
        "The sister of the Cardiff City striker has an eating disorder.",
        "The mother-in-law of the Aberaeron GP has dementia.",
        "The wife of the local magistrate says he hit her.",
        "The twin brother of the Stockport County goalkeeper is in rehab for alcohol.",
        "The aunt of our senior practitioner has dementia.",
        "The Dornoch GP's mother-in-law has been sectioned.",
        "Our team manager's sister has bipolar disorder.",
        # a post a small place, team or authority has one of
        "The only IRO in Rutland has early dementia.",
        "The sole LADO for the islands has been arrested.",
        "The adoption team's only medical adviser has Parkinson's.",
        "The single-handed GP on Colonsay is using opiates.",
        "The hospital chaplain at Brora (only one) is drinking heavily.",
        "The one OT for the whole of Arran has MS.",
        "The health visitor for Scalloway (there's one for the whole village) has hyperemesis.",
        # one person known about a small place by what they do or run
        "The retired undertaker in Corwen has Parkinson's.",
        "The Methodist minister in Mousehole has bipolar disorder.",
        "The librarian at Corwen library has epilepsy.",
        "Reeth has one taxi driver, and he has been arrested for assault.",
        "The school in Tongue has one janitor, who has been charged with supplying cannabis.",
        "The woman who runs the Reeth bookshop has MS.",
        # known to everyone, pointed out, or in the news
        "He is known to everyone in the valley and has dementia.",
        "The man who runs the pet shop in Kendal (the one with the parrot in the window) has depression.",
        "The man who climbed the Tay Bridge (it was on the news) has schizophrenia.",
        "The woman who ran the flood appeal and was on the news has depression.",
        "The girl injured in the Lampeter minibus crash has depression.",
        # one of a few
        "One of our two AMHPs in Shetland has bipolar disorder.",
        # round 2 (session 12): a place's vet, a possessive of a calling, news said plainly, firsts
        "The Tiree vet told me her husband has bipolar disorder.",
        "The Braemar ghillie's wife has had a stroke.",
        "The mayor's carer in Ludlow is pregnant and has hyperemesis.",
        "The boy from the canal rescue in Skipton was in the news; he is now selectively mute and has PTSD.",
        "The woman who chained herself to the railings (she made the local news) has psychosis.",
        "She was the first in Orkney to have a cochlear implant and is now self-harming.",
        "The first Kurdish family to settle in Aberaeron: dad has kidney failure.",
        "The only survivor of the fishing boat sinking off Thurso has PTSD.",
        "The lad from the TikTok video in Hartlepool says he's gay and has depression.",
        "The scout leader in Grassington has been arrested for grooming.",
        "The crossing patrol in Kirkcudbright has epilepsy.",
        "The oldest foster carer in Alderney has heart failure.",
        "The Clun GP has depression.",
        "The girl from the Snapchat video in Hartlepool says she is self-harming.",
        "The only survivor of the Lairg minibus crash has PTSD.",
        "The safeguarding lead's daughter has an eating disorder.",
        # one person and a village or small island in the same sentence
        "I'm writing about a 97-year-old former miner living alone on Sanday with motor neurone disease.",
        "On Papa Westray she is caring alone for her husband, who has dementia.",
        # more callings a small place has one of, and a place's possessive
        "The dad is the only special constable in Hay-on-Wye and has depression.",
        "Herm's only year-round handyman, 64, is going home after a heart attack.",
        "The island's only blacksmith has been convicted of assault.",
        # the last, the oldest, known by a name, in the papers
        "He is one of the last two Quaker elders at the meeting house, 86, with Lewy body dementia.",
        "She is the last of her generation in the Chapeltown congregation and has vascular dementia.",
        "Discharge note: oldest man on Alderney, going home after pneumonia.",
        'The retired headteacher known in Cullen as "the Dominie" has severe depression.',
        'The woman everyone on the Gurnos estate calls "the cat lady" has a hoarding disorder.',
        "The man known on the Gipton estate for feeding the pigeons has a hoarding disorder.",
        "The first transgender pupil at St Ninian's in Kirkwall to transition is self-harming.",
        "The councillor - she's the one in the papers - has depression.",
        "The lad from the pit closure - he's in the famous photo - has depression.",
        "The boy has ADHD; his video had 2 million views.",
        "The man was born in Leeds and now lives in Clun with dementia.",
        "The woman moved to Tobermory last year and has depression.",
        "The man who runs the group in Tobermory on Fridays has dementia.",
        "A family of 11 children in a two-bed flat in Fraserburgh; mum has postnatal depression.",
        "Family: the twins born on the ferry to Shetland (it was in every paper). Mum has depression.",
        "The Skye paramedic (there are two) has PTSD after the bus crash.",
        "Our one wheelchair user in Year 9 has spina bifida.",
        # session 14: more callings a small place has one of, and an origin said of one family
        "The Appledore boatbuilder is caring for his wife with MS.",
        "The Alderney ferry captain, 50s, has paranoid delusions.",
        "The Launceston market auctioneer has Lewy body dementia.",
        "I'm working with the school's only male TA in Alston, who is HIV positive.",
        "The town's only kipper smoker, 84, has Alzheimer's.",
        "The only Pagan celebrant in Glastonbury has depression.",
        "The family are the only Afghan family on the Brookside estate; dad has PTSD.",
        "Supervision: the only Gypsy pupil in her year at Settle College is self-harming.",
        "The first Syrian family resettled in Newtown: dad is bed-bound with kidney failure.",
        "I worked with the first openly gay councillor elected in Fermanagh, who is depressed.",
        "The foster carers are the only lesbian couple approved in Radnorshire.",
        "The senior partner at the only solicitors in Presteigne has dementia.",
        # session 15: whoever works at a place's only club or surgery, "(he's the only one)"
        "She coaches at the only rugby league club in Castleford and has depression.",
        "He volunteers at Cleethorpes' only LGBT youth group and has depression.",
        "Our caretaker (he's the only one) has epilepsy.",
        "The fostering manager in Shetland (there is only one) has a conviction for drink driving.",
        # session 16: more callings a small place knows, a language taught, a business's manager
        "Chronology: the Pittenweem artist - 2021 psychosis, 2022 admission.",
        "Referral: the Eyemouth harbour pilot, ex-Royal Marine, has PTSD.",
        "AMHP note: assessed the Shobdon airfield manager - manic episode.",
        "MHO report: the Portree Gaelic teacher is hypomanic.",
        "Subject is the part-time fireman at Llanfyllin station. PTSD after the barn fire.",
        "Chronology: the Ballycastle GAA captain (27): 2020 opioid dependence.",
        # session 17: an age and a small place set off by commas, a form's place and age fields
        "Case note: 16-year-old boy, Lairg, came out as gay to me.",
        "fyi - new ref: 13yo girl, Rousay, only kid in her year, self-harming.",
        "Blank form: | Age/sex: 16, female | Location: Tiree | Issue: eating disorder |",
        '"Lives: converted chapel in Wedmore. Age: 91. Health: cataracts, angina."',
        # a church's name before a calling, more callings, a place's possessive, known there
        "MHO note: the Church of Scotland minister in Lairg, 55, found with a suicide note.",
        "the Church of Ireland rector in Fivemiletown, manic, preaching in the street",
        "The patient is the Portrush hotelier whose hotel burned down. Panic attack.",
        "the Ullapool ferry terminal's longest-serving port worker, 63, below-knee amputation",
        "Clun's famous second-hand bookseller has dementia.",
        "he's the Portstewart surfer who was on the cover, 33, bipolar",
        "the Stromness swimming pool attendant, reported for sexual messages to a 13-year-old",
        "The Llanidloes cheese maker has dementia.",
        "The Tobermory chemist has depression.",
        "Need to speak to the Clun farmer about his drinking, he has depression.",
        "I'll ask the Tobermory pharmacist, who has depression, to help.",
        # session 18: a harbour pilot and a musical director are ones a place has
        "Hi - the Isle of Man's only female harbour pilot is off with stress.",
        "the musical director of the only choir in Llanwrtyd is under investigation for abuse",
        # session 20: a named place's only one, by what they do
        "Hayle's only braille bookbinder, 68, registered blind, lives above the shop.",
        # session 21: a place's landmark's staff; villages the lists had missed
        "Case note: the Braemar Castle tour guide came in, throat cancer, can't work.",
        "Training case: the Aberlour distillery manager who has come out as a trans woman.",
        # known by a deed in a named small place
        "Chronology: the Fraserburgh woman who rescued the whale calf - breast cancer, arrested",
        "Email to police: the Stornoway taxi driver who found the missing teenager has PTSD",
        # a calling with the small place after it
        "DHR agenda: the death of the postwoman in Kirk Michael; her husband convicted of murder",
        "The vet on Tiree has depression.",
        "the only cheesemaker in Clun has dementia",  # the only one by what they do, the place after
        # session 22: a documentary, a plaque, a local paper's yearly piece or photos, a poster
        "the Ilfracombe man, the subject of the BBC documentary on hoarding, 70, hoarding disorder",
        "She was the last weaver at the mill - her name's on the heritage plaque - 85, psychotic symptoms",
        "the retired Coleraine bandmaster - the one in the Chronicle every Twelfth - now 85, dementia",
        "the lollipop lady (photos in the Lancashire Telegraph) has been diagnosed with dementia",
        "she was on the heritage railway's poster. Heart failure; wants to stay home.",
        # session 23: a named place's one holder of a role, said in a relative clause
        "Agenda: the man, 85, who was the Welshpool town crier; stroke.",
        "YOT: the 15-year-old who is the Hereford cathedral head chorister; shoplifting.",
        "AMHP: the woman (38) who was the Brighton marathon winner in 2019, anorexia, refusing admission.",
        # a post a town has one of, after the town's name
        "Discharge note - the Morecambe Bay lifeboat coxswain, 58, had a heart attack on a shout.",
        "Summary: the retired Lanhydrock head gardener, 89, Parkinson's, lives in the estate lodge.",
    ],
)
def test_singled_out_by_calling_or_relative_makes_jigsaw_risk(guard: Guard, text: str) -> None:
    answer = guard.analyze(text)
    assert answer.decision == "warn" and "jigsaw" in answer.reasons


@pytest.mark.parametrize(
    "text",
    [
        "How do I support a parent with bipolar disorder who works as a vet?",
        "Rooms 3, 12, 14 are booked for the depression and anxiety training.",
        "Is the GP at the surgery the right person to ask about a client's diabetes?",
        # a place in a reported case's name is no one's home
        "Gillick v West Norfolk and Wisbech AHA [1986]: contraception advice for a 14 year old?",
        "How is depression assessed in a town of 20,000 people compared with a city?",
        "I work in a primary school of 200 pupils. How should we support children with autism?",
        "In a community of 5,000 people, how common is schizophrenia?",
        "What are the rules for a coach of a football team who has epilepsy?",
        "Tips for a warden at a sheltered housing scheme supporting residents with dementia?",
        "Which benefits apply? Num members in household: 4, the youngest has asthma.",
        "How has guidance on self-harm changed since the previous edition of Working Together?",
        "Since the last review in March she has had depression.",
        "Is it widely known that autism is under-diagnosed in girls?",
        "How do I talk to the last remaining parent about bereavement and depression?",
        "The coach on Saturday mentioned the boy's asthma.",
        "How does the Youth Justice Board's Child First principle apply to a child with ADHD?",
        "How do I support the client's son, who has depression?",
        "In the mid-90s, how were children with autism assessed?",
        # news, fundraisers, offices and groups in generic questions and emails
        "The Guardian ran an article on autism diagnoses; what does it say?",
        "Self-harm content is all over the internet; what advice can I give parents?",
        "Panorama was on the BBC last week about learning disability hospitals.",
        "We're holding a fundraiser for Mind; draft a poster about depression awareness.",
        "Explain the Secretary of State's children's guidance on disabled children with epilepsy.",
        "The youngest pupils in Reception with autism need extra support.",
        "Between the early-80s and mid-90s, children in Rotherham were sexually exploited.",
        "Agenda: 3. Perinatal mental health pathway update.",
        "Can a tenant with depression be told they have no right to remain silent?",
        # generic questions with the new descriptors' words
        "How do I support one of two pupils in Year 9 with autism?",
        "Everyone knows that depression is common; how do I raise it with a parent?",
        "Britain's first female prime minister talked about dementia care.",
        "We're holding a fundraiser for Mind; draft a poster about depression awareness.",
        "The Guardian ran a story on autism; what does it say?",
        "She was named after her grandmother, who had dementia.",
        "How should staff respond when a video about self-harm goes viral?",
        # a review found these
        "What are the risks of postnatal depression for mothers of quadruplets?",
        "How should schools respond to a self-harm challenge that went viral on TikTok?",
        "Write a lesson on a well-known footballer who spoke openly about his depression.",
        "Which contestant on Strictly has a hearing impairment?",
        "Marvel's first Muslim superhero is great for a session about identity and Islam.",
        "Football's first openly gay player: discuss homophobia and mental health in sport.",
        "Our whole school did a sponsored walk for Autism Awareness Week. Write a thank-you letter.",
        "Case study: a man with schizophrenia lives in a flat above the chip shop on the high street.",
        # a second review found these
        "Autism assessment sits outside CAMHS here; learning disability stands outside the Act.",
        "Re A (the conjoined twins): how did the court weigh the parents' Catholic faith?",
        "Children with ADHD see videos where they went viral.",
        "Is one of the two people in Wales with this condition entitled to epilepsy support?",
        "There was a story in the Guardian about the family of a boy who died of sepsis.",
        # the words of the newer descriptors in questions about no one
        "How do I support a taxi driver with epilepsy who wants to keep working?",
        "People who were on the show say it helped with their depression.",
        "A pupil who was in the school show has asthma; what adjustments are fair?",
        "Explain Re Z: is a family's belief in witchcraft grounds for a section 47?",
        "What visa does a care worker from Nigeria need, and does HIV status matter?",
        # a review found these
        "Dad does the chippy run on Fridays; mum has depression.",
        "The woman who was on the Freedom Programme now wants to tell her story of domestic abuse.",
        "A child who was in the Year 6 show has asthma.",
        "It's been all over the local news: how do we support pupils with PTSD after the coach crash?",
        "The only cook at our team away day has coeliac disease; any menu ideas?",
        "How do I support an award winner with depression?",
        "Only one GP in ten has training in autism; what does the research say?",
        # the words of the newest descriptors in questions about no one
        "How do I support a child who was the only survivor of a house fire and has PTSD?",
        "How do I support a family whose house burned down and whose son now has anxiety?",
        "What should I do if a case involving a child with autism was reported in the local press?",
        "Are the autism figures the ones in the Guardian?",
        "How do we support people living in tents in the park who have TB?",
        "Is there guidance for a driving instructor with type 1 diabetes?",
        "What are the rules for a chair of a community council who has dementia?",
        "Can a lollipop lady with arthritis keep working?",
        # a review found these
        "Research participants were interviewed by the BBC about being gay in the 1980s.",
        "Lemn Sissay's poem was on the front of today's Guardian; use it with care leavers with depression.",
        "When press are outside the house after a child death, how do I support a parent with depression?",
        "How do we support people killed in the fire at Grenfell Tower's families who now have depression?",
        "How should I support a child who was the only survivor of the crash on the M6 and has PTSD?",
        "Are these the figures on youth self-harm - the ones in the Guardian - correct?",
        "Our CMHT (only one psychiatrist for 5,000 patients) is stretched; how do we prioritise psychosis?",
        "A research question (only one in the team has done it): how common is autism in care?",
        "Is Wakefield's only refugee drop-in still running? A client with PTSD wants to go.",
        "A girl who won a silver at the Tokyo Olympic Games talked about her eating disorder.",
        "Write a case study where the lottery winner from Anytown develops a gambling addiction.",
        "Can a lollipop lady for Kent County Council with arthritis claim PIP?",
        "Can a bus driver on the route to Manchester refuse a passenger with autism who is distressed?",
        "What support is there for someone living in a van in London with depression?",
        "How do I assess capacity for a man living in a boat on the Thames who has Korsakoff's?",
        "In Coronation Street, is the man at the end of Coronation Street with dementia realistic?",
        # a second review found these
        "In the Archers, the chair of Ambridge parish council has dementia - is that accurate?",
        "What happened to the only survivor of the shooting at Dunblane Primary; did he get PTSD support?",
        "How do I support a teenager whose dad was killed in the crash in Manchester and has PTSD?",
        "Fictional scenario for students: the woman at the end of Elm Street has dementia. s.42 duties?",
        "Training scenario: the only survivor of the fire at Meadow Court has PTSD and drinks heavily.",
        "Malala was on the front of the Guardian after she was shot; good case study on PTSD?",
        # a third review found these
        "The only food bank on the island closes on Fridays; where do people with depression go?",
        "(It was on the local news) - a council's new policy on asylum seekers. Summarise the law.",
        "In villages everyone knows the van of the mental health crisis team; how can we be discreet?",
        "The whole village raised money for the dementia cafe; how does fundraising meet our duties?",
        "What is the youngest ever age a child has been diagnosed with schizophrenia?",
        "Which famous people got an MBE after being diagnosed with dyslexia? For an assembly.",
        "The referee of the England v Italy match talked about depression; discussion questions?",
        "She lives in the tower block at Park Hill and has depression; can she be rehoused?",
        "What does the head of the Virtual School in Kent do for asylum-seeking children?",
        "Mum drives the car to the surgery in Penrith for his insulin injections.",
        "He owns the studio flat in Redcar where his daughter with schizophrenia lives; can he evict her?",
        "A young person who is transitioning to college has autism; any EHCP tips?",
        # a fourth review found these
        "Research on centenarians: prevalence of dementia among people who turned 100 in England.",
        "Which band won best newcomer at the Glastonbury Fest? The singer has talked about depression.",
        "Workshop plan (only one, please) for parents of someone with diabetes.",
        "Why are people with HIV on the poster for the NHS campaign?",
        "A young person with ADHD was featured in the magazine Community Care; summarise it.",
        "Policy example: never say 'posted about her on Instagram' about someone's self-harm.",
        "Who chairs the residents' association usually? Generic question about learning disabilities.",
        "Lecture notes: the GP practice's sole pharmacist handles methadone prescriptions.",
        "Does the only mobile library in Powys visit housebound people with dementia?",
        "Fiction: she was a contestant on that cooking show and later disclosed her anorexia.",
        "What happens if a woman gives birth in a car park and tests positive for cocaine?",
        "Is a black eye on a toddler always a safeguarding concern?",
        # a review found these
        "The award winner of Social Worker of the Year spoke about alcohol misuse.",
        "Research on lottery winner wellbeing and gambling disorder?",
        "Elite athletes who represented England in sport can have depression.",
        "Someone who stood as a candidate in local elections has bipolar disorder.",
        "Minutes: the chair of the Bradford Fostering community group spoke about attachment disorder.",
        "A vignette: a child whose father is the vicar is self-harming.",
        "York's only mosque: how can we engage the Muslim community?",
        "The librarian at the Central Library runs a dementia cafe.",
        "Who drives the community bus to Leeds for dementia patients?",
        "Who runs the village fete usually, and can people with learning disabilities help?",
        "He is well known for his work on attachment theory and depression.",
        "The charity has 25k followers and talks about HIV stigma.",
        "Everybody knows the teacher shortage affects pupils with autism.",
        "It was in last week's Yorkshire Leader that the council is consulting on learning disability.",
        "Training exercise: the head girl of a secondary school discloses self-harm.",
        # session 8: a service for a group, a school model, a class size
        "Is the only refugee charity in Leeds any good for people with PTSD?",
        "Is a one-teacher school common in the Highlands? How do they support autism?",
        "Class sizes (30 pupils) and ADHD: what does the research say?",
        "The only elders' group in Clun supports people with dementia.",
        "Scams are all over Facebook; how do we protect people with dementia?",
        "Who was the Olympic champion who talked about depression?",
        "Is the Freedom Programme any good for women with PTSD?",
        "A Science Fair winner last year had dyslexia; how can schools celebrate that?",
        "Scams targeting people with dementia are all over local Facebook groups.",
        "At the funeral the eldest son laid the wreath; he has had depression since.",
        "Have you seen the video that went viral about a care leaver with autism?",
        "The team manager's dad died last month; she has depression.",
        "Child A (only child) lives with mum, who has bipolar disorder.",
        "The drop-in, known locally as the Hut, supports young people who self-harm.",
        "He's on Sky Sports all day and low in mood; dad has depression.",
        "We took the children to see Santa at Meadowhall; the youngest has ADHD.",
        "He did an interview on BBC Radio 4 about his recovery from alcoholism.",
        "Young people are the face of the anti-vaping campaign; asthma rates are up.",
        "Everyone in the street has been affected by the flood; several residents have PTSD.",
        "The Harvest Festival raffle winner has dementia, the vicar says.",
        "Young person (only teenager in the house) has anxiety.",
        "Discussed with the GP at Millbrook Surgery: mum has depression.",
        # a group, a town, a thing, a professional, a source, a school year, a medicine, a title, a
        # public case's town, one of several; the speaker's own link ("who I work with"), anyone
        # said only to live or care for someone somewhere, anyone in a place "who has ...", and
        # the next item of a list
        "The agencies who work in Kendal see a lot of dementia.",
        "The man who lives in Preston has cancer.",
        "The heater in Room 4 is broken again and I have a migraine.",
        "The health visitor at Ashby clinic is worried about mum's postnatal depression.",
        "The cook at Holme Primary says mum has depression.",
        "The girl in Year 10 has anxiety and is self-harming.",
        "The lad on Ritalin is much calmer in class.",
        "The Boy in the Striped Pyjamas is about Jewish prisoners.",
        "The toddler who died in Haringey had fractured ribs.",
        "Mum goes to the one church in Kendal that does a Polish mass; she is Catholic.",
        "The man who I work with in Kendal has been off with depression.",
        "The grandmother who cares for her grandson in Wigan has diabetes.",
        "The woman who works at Tesco in Preston has depression.",
        "The woman in Preston who lives alone has depression.",
        "Concern:  Boy in Year 6 at Holme Primary, nothing else known; ADHD.",
        "The man in Kendal who I work with has been off with depression.",
        "The woman in Preston who has depression wants to know about PIP.",
        "Calls today:\n- the man who rang about his benefits\n- meeting at Ashby school re a pupil with ADHD",
        # a calling after a town's, a chain's or a word's name, a professional, a group, a shop
        "The Kendal farmer has cancer.",
        "The Tesco cleaner has depression.",
        "The Church organist has dementia.",
        "The Brora GP says mum has depression.",
        "The Clun bell ringers raised money for dementia.",
        "The Ulverston butcher's shop closed; Mum has depression and liked going there.",
        "The Ambleside butcher's is where he works; he has autism.",
        "How would you support a Clun farmer with depression?",
        "The Clun Road barber has depression.",
        "The Tipperary goalkeeper has depression.",
        "The Hackney taxi driver has depression.",
        "The Kelso jockey has depression.",
        "The Clun farmer's cottage has damp; mum has asthma.",
        "The Clun caretaker says he saw the boy smoking cannabis.",
        # said of no one: a theory, a place, an allowance, an office
        "Bowlby is famous around the world for his work on attachment and maternal depression.",
        "Free school meals (only one per family); how does depression affect take-up?",
        "Leaflets (only available in the area) on dementia support.",
        "Scotland's First Minister spoke about depression at the conference.",
        "Britain's oldest charity for the blind has a new leaflet on sight loss.",
        "Britain's oldest man, who died this week aged 112, spoke about dementia prevention.",
        "Greta Thunberg - everyone knows who she is - has talked about her autism.",
        "Stephen Fry - famous, successful, and open about living with bipolar disorder.",
        "Ewloe Castle, famous around Deeside, hosts the memory clinic's fun day.",
        "Young people who went viral with self-harm content later had eating disorders.",
        "Teenagers copying stunts from the viral TikTok trend risk brain injury.",
        "Samaritans - we all know them - are there for anyone with suicidal thoughts.",
        "Our service (one of only three in Wales) supports fathers with perinatal depression.",
        "Wales's youngest MS opened the conference on youth mental health.",
        "The Ruthin SNP councillor is hosting a surgery on cost of living and mental health.",
        "Is this the one person who can help with depression?",
        "Our one manager says the depression training is booked.",
        "Thanks to the one hundred volunteers who came to the dementia cafe.",
        "We spoke to the one year old child's mum about postnatal depression.",
        "Child B's father, who is the sole carer, has had a psychotic episode.",
        # anyone's relative, a team's staffing, a pointer to a form, a city (session 12)
        "The mother of the child has depression.",
        "The son of a driver has depression.",
        "The mother of a social worker has dementia.",
        "The son of a manager has depression.",
        "The team has only one manager, so the depression training waits.",
        "Use the referral form (the one with the blue header) for depression referrals.",
        "(It was on the local news) - the council's new dementia strategy.",
        "Leeds has one children's hospital, and depression referrals go there.",
        "The Brora GP referred the girl for anxiety.",
        "The floods were in the news; how do we support people with anxiety afterwards?",
        "The video was shared nationally: a campaign about dementia.",
        "The boy (he was watching TV in his room) has ADHD.",
        "The Tiree doctor confirmed the boy has asthma.",
        "The Unst doctor says my client has cancer.",
        "The first in Orkney to have a dementia cafe was Stromness.",
        "My supervisor's sister works in CAMHS and says self-harm referrals are up.",
        "The director's wife is a nurse and recommends training on diabetes.",
        # a small place said with no one, or a place's school, church or big-place name
        "We're opening a dementia cafe in Tobermory; write a poster.",
        "The cook at Holme Primary says mum has depression.",
        "Agenda for our AMHP refresher at Whitby Methodist Church hall: a man with depression.",
        "What are the lessons from Winterbourne View for a young man with autism?",
        "The first Black woman to be elected to Parliament had depression.",
        "Our one manager in the team has depression.",
        "The drop-in, known locally as the Hut, supports people with depression.",
        "Family drop-in at Laxey every Tuesday for anyone affected by dementia.",
        "He leads the self-harm support group in Kirkwall, which is open to anyone.",
        "The tutor asked us to imagine a woman in Staithes with depression and write an assessment.",
        "The training film shows an actress playing a mum in Millom with postnatal depression.",
        "The council's decision was in every paper; a session on depression.",
        "The campaign video had 2 million views; it is about depression.",
        "Everyone on Teams went quiet when we discussed depression.",
        "Our lunch club supports the oldest members of the community, many living with dementia.",
        "The first person at the Front Door to pick up a referral about depression.",
        "Is this the only official guidance on DoLS for people with dementia?",
        "Staff should offer drinks every day; I'm paranoid about dehydration on the ward.",
        "Our Somali family support group in Appledore welcomes anyone living with depression.",
        "The Appledore boatbuilders' guide to working safely with MS Teams.",
        "Is the only TA in the class allowed to do intimate care for a child with autism?",
        "The only night porter on shift has to manage residents with dementia.",
        "Is there only one GP surgery in Brampton that does dementia reviews?",
        "Use the referral form (there is only one) to record depression.",
        "The Gaelic teacher role in Portree supports pupils with dyslexia.",
        "Every firefighter at the station is offered help with PTSD.",
        # session 17: an age range is a group's; a workplace's first post; words that end like a doer
        "Group: Age: 16-25 | Location: Tiree | Topic: depression",
        "Group: Age: 16 to 25 | Location: Kirkwall | Topic: self-harm",
        "Update the Kirkwall checklist for clients with dementia.",
        "Ask the Oban psychiatrist about lithium levels for bipolar disorder.",
        "Speak to the Church of Scotland minister in Lairg if you need bereavement support after a suicide.",
        "Ask the Tobermory pharmacist about PrEP if you're worried about HIV.",
        "the Lerwick office's first dementia worker starts Monday",
        "the Lerwick cancer support group meets on Tuesdays",
        "the Kirkwall social worker runs the dementia cafe",
        "the Appleby horse fair planning meeting; depression and anxiety support on site",
        "In Kinlochleven reported racist incidents rose; how do we support people with PTSD?",
        "Rural practice: when everyone there knows him, how does a man with depression ask for help?",
        "A Stornoway woman who needs support with depression can ring us.",  # no deed, anyone's need
        "Ask the pharmacist in Tobermory about PrEP if you're worried about HIV.",
        "the teacher in Leeds has depression",  # a city
        "We watched the subject of a documentary about hoarding disorder.",  # not a named programme
        "And who is the Chief Social Worker for Adults now? Writing about dementia care.",  # a question
        "the National Trust head gardener gave a talk on depression",  # no one place's
        "What has the Greater Manchester mayor said about dementia services?",  # a public office
        "Ask the person who is the Designated Teacher about pupils with ADHD.",  # an office
    ],
)
def test_callings_and_numbers_alone_do_not_single_anyone_out(guard: Guard, text: str) -> None:
    assert guard.analyze(text).decision == "allow"


def test_context_details_are_looked_for_only_beside_special_category_detail(guard: Guard) -> None:
    """They can change a decision only through the jigsaw rule, so a text without special-category
    detail is not searched for them; with it, they are found as before."""
    plain = "Visit to the only vet in the town, 44, about the barn conversion."
    assert {f.entity_type for f in guard.detector.detect(plain)} == set()
    found = {f.entity_type for f in guard.detector.detect(plain + " He has bipolar disorder.")}
    assert {"UNIQUE_DESCRIPTOR", "SPECIAL_CATEGORY"} <= found


def test_context_details_are_always_looked_for_when_the_policy_warns_on_them() -> None:
    config = default_config()
    config["policy"]["warn_kinds"] = [*config["policy"]["warn_kinds"], "context"]
    guard = build_guard(config)
    text = "Visit to the only vet in the town, 44, about the barn conversion."
    assert guard.analyze(text).decision == "warn"
    assert "UNIQUE_DESCRIPTOR" in {f.entity_type for f in guard.detector.detect(text)}
