"""Special-category terms find the whole condition or offence phrase, not a fragment of it."""

from __future__ import annotations

import pytest

from genai_guard.guard import Guard


def special(guard: Guard, text: str) -> list[tuple[str, str | None]]:
    return [
        (text[f.start : f.end].lower(), f.category)
        for f in guard.detector.detect(text)
        if f.entity_type == "SPECIAL_CATEGORY"
    ]


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        ("Grandad was told last week he has bladder cancer.", "bladder cancer", "health"),
        ("She has metastatic ovarian cancer, wants to die at home.", "metastatic ovarian cancer", "health"),
        ("Toddler has been in hospital twice with nephrotic syndrome.", "nephrotic syndrome", "health"),
        ("He has chronic kidney disease and misses dialysis.", "chronic kidney disease", "health"),
        ("Admitted with an intracranial haemorrhage after the fall.", "intracranial haemorrhage", "health"),
        ("Since his above-knee amputation he cannot manage the stairs.", "above-knee amputation", "health"),
        ("Dad's crack cocaine addiction has got worse.", "crack cocaine addiction", "health"),
        ("Mum has a psychotic relapse every winter.", "psychotic relapse", "health"),
        ("The doctors recommended section 2 this morning.", "section 2", "health"),
        ("He was detained s3 MHA overnight.", "s3 mha", "health"),
        ("The boy was charged with wounding with intent.", "wounding with intent", "criminal_offence"),
        ("Arrested for possession of a weapon outside school.", "possession of a weapon", "criminal_offence"),
        ("He has a drink-drive conviction from 2018.", "drink-drive conviction", "criminal_offence"),
        ("Police are treating it as a forced marriage.", "forced marriage", "criminal_offence"),
        ("The family are Czech Roma and moved here in May.", "czech roma", "ethnic_origin"),
        ("She is of Ghanaian descent.", "ghanaian descent", "ethnic_origin"),
        ("Her dad is the GMB rep at the depot.", "gmb rep", "trade_union"),
        ("They are still awaiting an asylum decision.", "awaiting an asylum decision", "immigration_status"),
        ("He told me he is pansexual.", "pansexual", "sexual_orientation"),
        ("Home from hospital after a double mastectomy on Friday.", "double mastectomy", "health"),
        ("He has severe burns to his arms from the bonfire.", "severe burns", "health"),
        ("The boy has encopresis and is teased at school.", "encopresis", "health"),
        ("A fall from the ladder left her with broken vertebrae.", "broken vertebrae", "health"),
        ("Ex-boxer with chronic traumatic encephalopathy.", "chronic traumatic encephalopathy", "health"),
        ("Her uncle touched her sexually.", "touched her sexually", "criminal_offence"),
        ("He made her watch porn on his phone.", "made her watch porn", "criminal_offence"),
        ("He made me watch porn at his flat.", "made me watch porn", "criminal_offence"),
        ("The grandmother wants deliverance prayers for him.", "deliverance prayers", "religion_or_belief"),
        ("Dad talks openly about his witchcraft beliefs.", "witchcraft beliefs", "religion_or_belief"),
        ("He was banned from driving for a year.", "banned from driving", "criminal_offence"),
        ("Her son has Usher syndrome and is losing his sight.", "usher syndrome", "genetic"),
        ("Found in the bus shelter with frostbite on both feet.", "frostbite", "health"),
        ("Ex-miner, 84, with pneumoconiosis and on home oxygen.", "pneumoconiosis", "health"),
        ("Nan says she's going blind and cannot read her post.", "she's going blind", "health"),
        ("He stopped his heart medication after the funeral.", "his heart medication", "health"),
        ("Her partner has secondary progressive MS.", "secondary progressive ms", "health"),
        ("He was caught with cannabis behind the sports hall.", "caught with cannabis", "criminal_offence"),
        ("Mum works in the sex industry from the flat.", "works in the sex industry", "sex_life"),
        ("He has gangrene in two toes and refuses hospital.", "gangrene", "health"),
        ("Her brother took his own life in March.", "took his own life", "health"),
        ("A volunteer says he exposed himself in the woods.", "exposed himself", "criminal_offence"),
        ("The Ukrainian GP is here on a temporary visa.", "temporary visa", "immigration_status"),
        ("He told me he was abused as a child by a teacher.", "was abused as a child", "criminal_offence"),
        # health abbreviations, in capitals only (health_abbreviations.yaml)
        ("Dean has MS and had to stop work.", "ms", "health"),
        ("Mrs Ann Kearney - MS, uses a hoist.", "ms", "health"),
        ("2019 - MND diagnosed.", "mnd", "health"),
        ("PMH: CVA, T2DM, IHD.", "t2dm", "health"),
        ("Mum has PND since the birth.", "pnd", "health"),
        ("She had a TIA in May.", "tia", "health"),
        ("She has ME/CFS and rarely leaves the house.", "me/cfs", "health"),
        ("He had a CVA in 2019.", "cva", "health"),
        ("Diagnoses:\nMS\nT2DM\nLives alone.", "t2dm", "health"),  # one a line, not a heading
        ("She had a TIA. Then she fell.", "tia", "health"),
        # said of a person
        ("He has been drinking every night since the funeral.", "drinking every night", "health"),
        ("She's not sleeping and won't eat.", "not sleeping", "health"),
        ("She's agoraphobic and the shop is shut.", "agoraphobic", "health"),
        ("Dad hits him with a belt.", "hits him", "criminal_offence"),
        ("She slapped a child at Sunday school.", "slapped a child", "criminal_offence"),
        ("She was being hit by her partner.", "hit by her partner", "criminal_offence"),
        ("Her son is transitioning and being bullied.", "son is transitioning", "gender_identity"),
        ("Discharged to foster carer after appendicitis.", "appendicitis", "health"),
        ("Nana says dad is on the gear again.", "on the gear", "health"),
        ("Stan is not known to police.", "known to police", "criminal_offence"),
        ("He wants to go back to mum's now she's out of prison.", "out of prison", "criminal_offence"),
        ("How do I support her after her husband's deportation?", "deportation", "immigration_status"),
        # said of a person (session 14)
        ("Mum gets help for her drinking.", "help for her drinking", "health"),
        ("Tadhg had an operation on his heart.", "operation on his heart", "health"),
        ("She's been low in mood since March.", "low in mood", "health"),
        ("He's been robbing phones in town.", "been robbing", "criminal_offence"),
        ("Told me she's bi and mum threw her out.", "she's bi", "sexual_orientation"),
        ("She's started transitioning.", "started transitioning", "gender_identity"),
        ("Her son has tested positive for the gene.", "tested positive for the gene", "genetic"),
        # an origin said of one person or one family
        ("He's Eritrean, age-disputed.", "eritrean", "ethnic_origin"),
        ("AMHP record: Ifrah, 31, Somali, presented unwell.", "somali", "ethnic_origin"),
        ("Samuel (15, Eritrean, UASC) needs ESOL.", "eritrean", "ethnic_origin"),
        ("working with Nuala, a Traveller woman near Newry", "traveller", "ethnic_origin"),
        ("the only Chinese family in Penistone", "chinese", "ethnic_origin"),
        ("Mum is Nigerian and wants action.", "nigerian", "ethnic_origin"),
        ("Winston (70), Windrush generation, lost his flat.", "windrush generation", "ethnic_origin"),
        # a party or a banned group said of one person (session 15)
        ("He told me he's in the SNP and pushes his views.", "snp", "political_opinion"),
        ("Gerry told me about being in the IRA in the 80s.", "ira", "political_opinion"),
        ("I think her late husband was in the BNP.", "bnp", "political_opinion"),
        ("Will his Sinn Féin membership count against him?", "sinn féin", "political_opinion"),
        ("She's been a Mebyon Kernow activist all her life.", "mebyon kernow", "political_opinion"),
        ("Beth voted Labour and told the team.", "voted labour", "political_opinion"),
        ("Yusuf (14) said he supports a banned group.", "banned group", "political_opinion"),
        # said of a person as a case note says it (session 15)
        ("Brook worries about mum when she's drinking.", "when she's drinking", "health"),
        ("Dad is on tablets for his nerves.", "tablets for his nerves", "health"),
        ("Malik told me he's been selling cannabis.", "been selling cannabis", "criminal_offence"),
        ("Tom is a staunch Tory.", "tory", "political_opinion"),
        # said of a person as a case note says it (session 16)
        ("Mr Bakr is a member of an opposition party.", "member of an opposition party", "political_opinion"),
        ("Eamon is in the GMB.", "in the gmb", "trade_union"),
        ("Kevin has a domestic abuse conviction.", "domestic abuse conviction", "criminal_offence"),
        ("Dad Wayne was released for drug supply.", "released for drug supply", "criminal_offence"),
        ("Maria told me she has no papers.", "has no papers", "immigration_status"),
        ("Mustafa, a trafficking survivor, told me more.", "trafficking survivor", "immigration_status"),
        ("Gary has been abstinent from alcohol for a year.", "abstinent from alcohol", "health"),
        ("Star told me she wants to transition.", "wants to transition", "gender_identity"),
        ("Rose says she likes girls.", "she likes girls", "sexual_orientation"),
        ("The hearing falls on Eid.", "falls on eid", "religion_or_belief"),
        ("Ibrahim (16, Kurdish from Iran) is in our care.", "kurdish", "ethnic_origin"),
        # named in full or said of a person (session 17)
        ("He was found in the manse with a suicide note.", "suicide note", "health"),
        ("Jayden has started wetting the bed again.", "started wetting the bed", "health"),
        ("Mr Ross has Diogenes syndrome.", "diogenes syndrome", "health"),
        ("Kyle (15) was charged with wilful fire-raising.", "wilful fire-raising", "criminal_offence"),
        (
            "Dad was convicted of culpable and reckless conduct.",
            "culpable and reckless conduct",
            "criminal_offence",
        ),
        ("Amir is a trafficking victim.", "trafficking victim", "immigration_status"),
        # named in full or said of a person (session 18)
        ("Dad's hair strand test came back positive.", "hair strand test", "health"),
        ("He was admitted to the adolescent unit in May.", "adolescent unit", "health"),
        (
            "Mrs Ozturk says her brother joined an armed political group.",
            "armed political group",
            "political_opinion",
        ),
        ("Kyle is on a Community Payback Order.", "community payback order", "criminal_offence"),
        ("He was charged with housebreaking in 2023.", "housebreaking", "criminal_offence"),
        ("His wife was detained at Yarl's Wood last week.", "yarl's wood", "immigration_status"),
        ("Is it OK to ask Marek about his sexuality?", "his sexuality", "sexual_orientation"),
        ("Akua takes them to the Church of Pentecost.", "church of pentecost", "religion_or_belief"),
        # said of a person, and the commonest conditions in the family's language (session 19)
        ("Tomasz agrees with the plan for informal admission.", "informal admission", "health"),
        ("Once her husband is trained in her PEG feeding.", "peg feeding", "health"),
        ("Mrs Hutchinson home today, MRSA positive wound.", "mrsa positive", "health"),
        ("Kai has been fitting again.", "fitting again", "health"),
        ("mae e wedi cael diagnosis o awtistiaeth", "awtistiaeth", "health"),
        ("Mama mówi, że ma depresja od roku.", "depresja", "health"),
        ("Babcia ma cukrzycę i padaczkę.", "cukrzycę", "health"),
        ("Anjali says she is being blackmailed with photos.", "being blackmailed", "criminal_offence"),
        ("Kian (14) was found with a knife at school.", "found with a knife", "criminal_offence"),
        ("Mr Hassan had been a political prisoner in Sudan.", "political prisoner", "political_opinion"),
        ("Can Hassan keep his prayer mat in his room?", "prayer mat", "religion_or_belief"),
        ("Her stepdad makes her watch pornography.", "watch pornography", "sex_life"),
        # a bare injury, procedure or record after a person's possessive (session 23)
        ("Question: Jordan Lee's caution - disclose?", "caution", "criminal_offence"),
        ("Will Kyle's conviction show up on his DBS?", "conviction", "criminal_offence"),
        ("Does dad need to be told about Zofia's termination?", "termination", "health"),
        ("Harley's burns were seen at school.", "burns", "health"),
    ],
)
def test_when_condition_or_offence_then_whole_phrase_found(
    guard: Guard, text: str, span: str, category: str
) -> None:
    assert (span, category) in special(guard, text)


@pytest.mark.parametrize(
    "text",
    [
        "We need a plan B if the meeting is cancelled.",
        "Meal prep ideas for a care leaver on a budget?",
        "Ms Patel will chair the meeting; she has Ms Okoro as deputy.",
        "He came out of the house when we arrived.",
        "Give the team a pep talk before the inspection.",
        "I'm going blind reading these court bundles!",
        "Essential skills: advanced MS Office and a full driving licence.",
        "He got caught dealing with two complaints at once.",
        # the everyday senses of session 19's phrases
        "Tomasz has been fitting kitchens since he came to the UK.",
        "Hi Sarah, I admire your conviction on this, but the policy says otherwise.",
        "Kasia felt blackmailed into covering the weekend shift.",
        # capitals that are not a condition; the everyday senses of the new phrases
        "Rhun ap Iorwerth MS will open the conference.",
        "Log in to MS Teams for the meeting.",
        "PLEASE SEE MS OKORO AT RECEPTION",
        "He was issued a PND last week.",
        "A PND was issued.",
        "Thanks for the rota. TIA, Gareth",
        "Children and Family Services (CFS) moved offices.",
        "Jess beat her personal best and Tom pushed her all the way.",
        "Gareth is transitioning the duty rota to the new system.",
        "If you have been drinking lots of coffee, take a break.",
        "Our volunteer delivers library books to housebound residents.",
        "Join us on the Offa's Dyke sponsored walk.",
        # nationalities and origins that say nothing about anyone
        "We need a Polish interpreter for Tuesday.",
        "The Somali family support group meets on Fridays.",
        "How do I support Eritrean young people in foster care?",
        "He's Polish-speaking and so is his social worker.",
        "The Homes for Ukraine scheme ends in March.",
        "Caseload breakdown: 12 Polish, 5 Romanian and 3 Somali families.",
        "Room 4, Polish, Romanian and Somali interpreters booked.",
        "Dad is Black Country born and bred.",
        "Is there a Black social worker network in the region?",
        "Jordan Price asked how the school supports its Polish pupils and Black mothers.",
        "Kai left his drinking bottle at school; saw mum drinking a coffee.",
        "We took the dog for grooming; building site hoarding is down.",
        # parties as the subject, and capitals that are not a party
        "The SNP government changed the law; Labour's policy on care is unclear.",
        "She is in Labour ward with her husband.",
        "Was the Labour leadership contest in the news?",
        "SNP voters and Labour members were surveyed about social care.",
        "Kerry Webb was in Labour with baby Max for 19 hours.",
        "Ben Griffiths joined Reform Academy Trust as head of year.",
        # the writer's own evening, a service's name, a training topic
        "Hi Sam, sorry I was drunk at the Christmas party!",
        "Hi Jo, can you book a room for the memory clinic drop-in?",
        "Training by Mark Evans: when young people are selling cannabis.",
        "Hi Dan, I've got a back injury from the gym.",
        "Hi Kate, I've been hurting myself lifting the boxes.",
        "Proceed with caution: the conviction rate fell.",
        "Her relapse prevention plan and his termination of employment.",
        "Children's injuries should be recorded on a body map.",
        "He said his conviction that the placement would work was clear.",
    ],
)
def test_when_ordinary_words_then_no_special_category(guard: Guard, text: str) -> None:
    assert special(guard, text) == []


def test_when_nationality_in_unique_descriptor_then_descriptor_kept(guard: Guard) -> None:
    text = "She is 14 and from the only Somali family in the village; she has epilepsy."
    types = {f.entity_type for f in guard.detector.detect(text)}
    assert "UNIQUE_DESCRIPTOR" in types
