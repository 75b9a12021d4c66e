"""Identifiers with a single shape each: UPN, prison number, passport, bank, card, email, address."""

import pytest
import yaml

from genai_guard.guard import Guard
from genai_guard.paths import patterns_dir
from tests.recognizers.conftest import Found


@pytest.mark.parametrize(
    ("entity_type", "text", "expected"),
    [
        ("UK_UPN", "UPN U820200101001", ["U820200101001"]),
        ("UK_UPN", "UPN A820200101001", []),  # wrong check letter
        ("UK_POSTCODE", "moved to B1 0XX last week", ["B1 0XX"]),  # X is a real postcode letter
        ("UK_UPN", "UPN: A000000000000 (placeholder on the form)", []),
        ("PRISON_NUMBER", "prison number A1234BC at HMP Leeds", ["A1234BC"]),
        ("PRISON_NUMBER", "the A1234BC form", []),
        ("PRISON_NUMBER", "he's 17 and in HMYOI Cookham Wood, number A7112EP", ["A7112EP"]),
        ("PRISON_NUMBER", "Brandon, 16, remanded to Wetherby (A3349EP); LAC now", ["A3349EP"]),
        ("UK_PASSPORT", "passport no 123456789", ["123456789"]),
        ("UK_PASSPORT", "school hold a copy of her passport, 548 201 736", ["548 201 736"]),
        ("UK_PASSPORT", "123456789 people", []),
        ("BANK_ACCOUNT", "sort code 20-00-00 account 12345678", ["20-00-00 account 12345678"]),
        ("BANK_ACCOUNT", "20-00-00 12345678", ["20-00-00 12345678"]),
        ("BANK_ACCOUNT", "costs £20,000 a year", []),
        ("CREDIT_CARD", "card 4111 1111 1111 1111", ["4111 1111 1111 1111"]),
        ("CREDIT_CARD", "card 4111 1111 1111 1112", []),
        ("EMAIL_ADDRESS", "email sarah.khan87@example.com today", ["sarah.khan87@example.com"]),
        # a team's shared mailbox is no one's; a person's name in it still is
        ("EMAIL_ADDRESS", "Email: childrens.services@borsetshire.example.gov.uk", []),
        ("EMAIL_ADDRESS", "mash@leeds.gov.uk or duty-team@example.nhs.net", []),
        ("EMAIL_ADDRESS", "carer: joanne.care@example.com", ["joanne.care@example.com"]),
        ("EMAIL_ADDRESS", "mum uses front.door@gmail.com", ["front.door@gmail.com"]),
        ("EMAIL_ADDRESS", "his business: info@tylerbriggs.com", ["info@tylerbriggs.com"]),
        ("EMAIL_ADDRESS", "her campaign: info@kellyclarke.org.uk", ["info@kellyclarke.org.uk"]),
        ("STREET_ADDRESS", "Addresses:\n1.14 Moor Lane, Leeds", ["14 Moor Lane"]),
        ("STREET_ADDRESS", "Room 4.07, Riverside House, 2 Canal Wharf", []),  # an office room
        ("STREET_ADDRESS", "Tyler Briggs lives at No.12 Acacia Avenue", ["12 Acacia Avenue"]),
        ("STREET_ADDRESS", "lives at 14 Elm Road, Leeds", ["14 Elm Road"]),
        ("STREET_ADDRESS", "input at 19 Polvelyn Parc, elderly resident found", ["19 Polvelyn Parc"]),
        ("STREET_ADDRESS", "Police call-out to 59 Hill Top, Low Moor last night", ["59 Hill Top"]),
        # Welsh and Gaelic street words with their articles
        ("STREET_ADDRESS", "of 4 Sràid na h-Eaglais, Stornoway", ["4 Sràid na h-Eaglais"]),
        ("STREET_ADDRESS", "lives at 11 Gwel an Mor, St Ives", ["11 Gwel an Mor"]),  # Cornish
        ("STREET_ADDRESS", "at 1 Ffordd yr Hen Gae, Pencoed", ["1 Ffordd yr Hen Gae"]),
        ("STREET_ADDRESS", "the 4 sraid na things", []),
        # a flat and its building's name before the street
        (
            "STREET_ADDRESS",
            "JV to Flat 12B, Riverside Hostel, 3 Quay Street, Newport",
            ["Flat 12B, Riverside Hostel, 3 Quay Street"],
        ),
        ("STREET_ADDRESS", "Flat 3, Jane Smith, 14 High Street, Leeds", ["14 High Street"]),
        ("STREET_ADDRESS", "moved to flat 3, 22 kirkstall lane", ["flat 3, 22 kirkstall lane"]),
        ("STREET_ADDRESS", "3 weeks in court", []),
        # a lower-case street with an everyday street word, in a flat or after a word of where
        ("STREET_ADDRESS", "visited mum at 14 orchard way ashford", ["14 orchard way"]),
        ("STREET_ADDRESS", "nan lives at 7 chapel hill newry", ["7 chapel hill"]),
        ("STREET_ADDRESS", "picking him up at 9 for court", []),
        ("STREET_ADDRESS", "he sat at 3 family court hearings", []),
        ("STREET_ADDRESS", "Grandad lives 2 hrs drive away", []),
        ("STREET_ADDRESS", "She moved to 2 placements quite close to school.", []),
        ("STREET_ADDRESS", "address eleven rose walk sheerness", ["eleven rose walk"]),
        # a street with no street word, then the town
        ("STREET_ADDRESS", "son's at 9 Greenway, Bletchley. SLT", ["9 Greenway"]),
        ("STREET_ADDRESS", "Pauline Wray (80), 4 Flemingate, Beverley.", ["4 Flemingate"]),
        ("STREET_ADDRESS", "at home 2 The Paddock, Chalfont St Giles", ["2 The Paddock"]),
        ("STREET_ADDRESS", "Head office: 1 Rivermead, Pipers Way, Swindon", []),  # a building's name
        ("STREET_ADDRESS", "Voices Group (Beacon House, 41 Wellgate, Tuesdays 6pm)", []),
        ("STREET_ADDRESS", "The office: 3 Station Yard, Hope, S33 6RS", []),  # a yard is a venue
        ("STREET_ADDRESS", "Team 4 Wakefield, Team 5 Leeds and Team 6 Bradford", []),  # teams
        ("STREET_ADDRESS", "In 2022 Huddersfield, Halifax and Dewsbury merged", []),  # a year
        ("STREET_ADDRESS", "born first of august 1939 lives six quarry lane", ["six quarry lane"]),
        # an Edinburgh stair and flat; a Welsh house name and a street after "y"
        ("STREET_ADDRESS", "moved to 14/3 Easter Road, Edinburgh", ["14/3 Easter Road"]),
        ("STREET_ADDRESS", "Home visit. Ty Gwyn, Heol y Felin, Llanrug", ["Ty Gwyn, Heol y Felin"]),
        ("STREET_ADDRESS", "Board meeting at Unit 3 Enterprise Park", []),  # a business's premises
        ("STREET_ADDRESS", "He lives at 7 Harbour View Park now", ["7 Harbour View Park"]),
        ("STREET_ADDRESS", "Mum lives at 5 Enterprise Court, Hull", ["5 Enterprise Court"]),
        ("STREET_ADDRESS", "They live at 12 Science Park Close", ["12 Science Park Close"]),
        ("STREET_ADDRESS", "Plot 6, Riverside Industrial Estate", ["Plot 6, Riverside Industrial Estate"]),
        ("STREET_ADDRESS", "Client: Tyler Briggs\nHospital Farm, Moor Lane", ["Hospital Farm, Moor Lane"]),
        # a street with no street word, when the town and the postcode follow
        ("STREET_ADDRESS", "details for the taxi: 12 Ashgrove, Bradford, BD7 1BN", ["12 Ashgrove"]),
        ("STREET_ADDRESS", "Visit to Mr Shah at 19 Whalley Range, Blackburn BB1 6EB.", ["19 Whalley Range"]),
        ("STREET_ADDRESS", "Our office: 1 Civic Centre, Leeds, LS1 1UR", []),  # an organisation's building
        ("STREET_ADDRESS", "Room 3.14, Wrexham Guildhall, LL11 1AY", []),  # a room, not a house number
        ("STREET_ADDRESS", "12 Ashgrove is a nice street", []),  # no town or postcode
        ("STREET_ADDRESS", "Visiting: Derek, The Caravan, Hill Top Farm, DE4 2HP", ["Hill Top Farm"]),
        ("STREET_ADDRESS", "Address 2 Teras Glanrafon, Bethesda.", ["2 Teras Glanrafon"]),
        ("STREET_ADDRESS", "visted maria at 14 brunswick st, gl1 1jf.", ["14 brunswick st"]),
        ("STREET_ADDRESS", "it was 14 days st the latest", []),
        ("STREET_ADDRESS", "Ms Briggs\nThe Old Police House, Mill Lane", ["The Old Police House, Mill Lane"]),
        ("STREET_ADDRESS", "section 47 enquiry and court", []),
        # a pitch on a Travellers' site, a plot on a park, a rural home known by its name
        (
            "STREET_ADDRESS",
            "visit at Bay 4, Ashbrook Lane Travellers' Site",
            ["Bay 4, Ashbrook Lane Travellers' Site"],
        ),
        ("STREET_ADDRESS", "Plot 3, Ryebank Travellers Site, Salford", ["Plot 3, Ryebank Travellers Site"]),
        (
            "STREET_ADDRESS",
            "Bay 6, Appleby Fair site, Long Marton Road",
            ["Bay 6, Appleby Fair site, Long Marton Road"],
        ),
        ("STREET_ADDRESS", "Gwilym, 79, Penlan Farm, Crymych SA41 3QN", ["Penlan Farm"]),
        ("STREET_ADDRESS", "home to 4 Burnside Cottages, Kirriemuir", ["4 Burnside Cottages"]),
        ("STREET_ADDRESS", "flat above 47 Green Lanes", ["47 Green Lanes"]),
        ("STREET_ADDRESS", "Parked in bay 3, Hospital Car Park", []),
        ("STREET_ADDRESS", "the Farm Cottage, then the bay", []),
        ("STREET_ADDRESS", "Visit Dove Cottage, Grasmere LA22 9SH with the group", ["Dove Cottage"]),
        ("STREET_ADDRESS", "Plot 7, Kings Hill Development Site is being built", ["Plot 7, Kings Hill"]),
        # judged by its labels, a case number with letters before the year, a police file, SCRA
        ("CASE_REFERENCE", "custody no CUS/WY/24/018832.", ["CUS/WY/24/018832"]),
        # bank details under their short labels (not "sort" as a verb)
        ("BANK_ACCOUNT", "capital £31k, account sort 16-52-21 acct 78200461.", ["16-52-21 acct 78200461"]),
        ("BANK_ACCOUNT", "is this a real sort code? 30-96-26 - a foster carer's", ["30-96-26"]),
        ("BANK_ACCOUNT", "we sort 12 14 16 boxes a day", []),
        ("BANK_ACCOUNT", "We need to sort 12-03-24 out in the diary", []),
        ("CASE_REFERENCE", "Police URN 13LS0518724.", ["13LS0518724"]),
        ("CASE_REFERENCE", "SCRA ref 2024/118734.", ["2024/118734"]),
        ("CASE_REFERENCE", "the school's Ofsted URN 123456", []),
        ("CASE_REFERENCE", "SCRA 2023/24 statistical analysis of referrals", []),
        ("CASE_REFERENCE", "Mosaic ID 2023/45 - mum has schizophrenia", ["2023/45"]),
        # a UPN in spaced groups; bank details a few words after their label (session 18)
        ("UK_UPN", "her daughter has a new UPN E352 5337 13548 since moving", ["E352 5337 13548"]),
        ("BANK_ACCOUNT", "paid into your account ending 48213360 from 1 May", ["48213360"]),
        ("BANK_ACCOUNT", "The sort code you gave us was 09-01-29.", ["09-01-29"]),
        ("BANK_ACCOUNT", "the sort code is usually printed on the card", []),
        # a house number said in words, as dictation writes it, on a capitalised street
        (
            "STREET_ADDRESS",
            "she's now living at fifty four Antrim Road comma flat two",
            ["fifty four Antrim Road"],
        ),
        ("STREET_ADDRESS", "visited at her flat eleven Tower Road full stop", ["eleven Tower Road"]),
        ("STREET_ADDRESS", "We have two Parish Lane sites and three Church Street offices.", []),
        ("STREET_ADDRESS", "There are four Oak Tree Close residents on the list.", []),
        ("STREET_ADDRESS", "The seven Station Road flats were refurbished.", []),
        ("STREET_ADDRESS", "We have two Park Lane and three Church Street offices.", []),
        ("STREET_ADDRESS", "Stock check: four Oak Tree Close, six Elm Road and two Mill Lane garages.", []),
        ("STREET_ADDRESS", "Callum nine Orchard Close full stop", ["nine Orchard Close"]),
        # ... and dictated all in lower case, not a count of roads or premises
        ("STREET_ADDRESS", "visit note morag ferrier six brae street dunkeld good form", ["six brae street"]),
        ("STREET_ADDRESS", "mr jenkins lives at two heol y nant tregaron", ["two heol y nant"]),
        ("STREET_ADDRESS", "we closed two grove road flats last year", []),
        ("STREET_ADDRESS", "families can be two hours' drive from the office", []),
        ("STREET_ADDRESS", "Trust is a two way street; she has two really close friends.", []),
        ("STREET_ADDRESS", "visited william at twenty two high street ellon", ["twenty two high street"]),
        ("STREET_ADDRESS", "there are three bus lane cameras and two slip road closures", []),
        # Welsh street words that open a street's name, hyphenated too; a ward is no home
        ("STREET_ADDRESS", "inspection at 3 Tan-y-Fron, Rhayader on Thursday", ["3 Tan-y-Fron"]),
        ("STREET_ADDRESS", "Joint visit to Flat 8, Glan Ffrwd, Ystradgynlais.", ["Flat 8, Glan Ffrwd"]),
        ("STREET_ADDRESS", "Ward 4, Glan Clwyd Hospital", []),
        # more Welsh, Irish, Cornish and Channel Islands street words (session 20)
        ("STREET_ADDRESS", "Police called at 01:40, concern at 14 Pen y Maes, Holywell", ["14 Pen y Maes"]),
        ("STREET_ADDRESS", "morning call at 3 Rhes Glanrafon, Corwen", ["3 Rhes Glanrafon"]),
        ("STREET_ADDRESS", "caller says kids at 23 Ard Na Ree, Kesh were outside", ["23 Ard Na Ree"]),
        ("STREET_ADDRESS", "home address 30 Chy-an-Gweal, St Ives", ["30 Chy-an-Gweal"]),
        ("STREET_ADDRESS", "second referral (4 Rue des Frères, St Peter Port)", ["4 Rue des Frères"]),
        ("STREET_ADDRESS", "Agenda: 3 Pen Portrait exercises and 2 Tai Chi sessions", []),
        ("STREET_ADDRESS", "Bed 12 Mill Lane side, then home", []),
        (
            "STREET_ADDRESS",
            "Address: Flat 3 Hayward 12 Mill Lane",
            ["12 Mill Lane"],
        ),  # a surname ending "ward"
        # a bail address in a room is a home, not an office
        (
            "STREET_ADDRESS",
            "Bail address approved – Room 3, 102 Wolverhampton Road, Cannock.",
            ["Room 3, 102 Wolverhampton Road"],
        ),
        # a case's code after the word; a label a few words before, or a system's answer after it
        ("CASE_REFERENCE", "What's a Liquidlogic ID look like? Ours says LL-6602143 for him", ["LL-6602143"]),
        (
            "CASE_REFERENCE",
            "got the custody ref for the stepdad – WMP/CU/250314/0922",
            ["WMP/CU/250314/0922"],
        ),
        ("CASE_REFERENCE", "Home Office ref for Mr Tesfay's family: T2290148 — update", ["T2290148"]),
        ("CASE_REFERENCE", "the Mosaic record for Dylan Harte (2984412) is wrong", ["2984412"]),
        ("CASE_REFERENCE", "The case ref is SOSCARE 1103887. Isn't that wrong?", ["SOSCARE 1103887"]),
        ("CASE_REFERENCE", "Supplier engaged via support portal (case SUP-88121).", []),
        ("CASE_REFERENCE", "ethics approval ref HEALTH 0481 (2025)", []),
        # an organisation's own business: contracts, expense claims, grants, FOI, the Ombudsman
        ("CASE_REFERENCE", "Under the Framework Agreement (contract ref ASC/FW/2022/041) this", []),
        ("CASE_REFERENCE", "My mileage claim ref MC-2025-3318 was rejected", []),
        ("CASE_REFERENCE", "From the Information Governance Team, FOI ref FOI-24-1187.", []),
        ("CASE_REFERENCE", "the LGSCO decision published this month (ref 23 004 118)", []),
        ("CASE_REFERENCE", "Helpdesk ref FAC-00771 and supplier ref SYS-ACCT-2209 are open.", []),
        ("CASE_REFERENCE", "Framework ref WMRF-2022, advert ref HC-SW-2261, audit ref CPD-AUD-2025-114", []),
        ("CASE_REFERENCE", "Her Disabled Facilities Grant ref DFG/2024/0113 is delayed.", ["DFG/2024/0113"]),
        ("CASE_REFERENCE", "His tenancy agreement ref TA-558812 shows arrears.", ["TA-558812"]),
        ("CASE_REFERENCE", "check the website has the right MASH number 01632 960725", []),
        ("CASE_REFERENCE", "Mum's ref: HX-4471823 on the letter", ["HX-4471823"]),
        # a passport number in threes, with the word near
        ("UK_PASSPORT", "Is 108 492 377 the passport number format?", ["108 492 377"]),
        ("UK_PASSPORT", "Call 108 492 377 now", []),
        ("UK_UPN", "A 0751 2345 6789 was the tracking number on the parcel.", []),
        # the placeholder a case system fills in is no one's
        ("DATE_OF_BIRTH", "DOB: 01/01/1900 (unknown)", []),
        ("DATE_OF_BIRTH", "DOB: 01/01/1990", ["01/01/1990"]),
        ("IP_ADDRESS", "logged in from 203.0.113.7", ["203.0.113.7"]),
    ],
)
def test_when_text_then_identifier_found(
    found: Found, entity_type: str, text: str, expected: list[str]
) -> None:
    assert found(entity_type, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Send it to Ofsted, Piccadilly Gate, Store Street, Manchester M1 2WD", []),
        ("the Care Inspectorate (Compass House, 11 Riverside Drive, Dundee DD1 4NY)", []),
        ("Leeds City Council, Civic Hall, Calverley Street, Leeds LS1 1UR", []),
        # the address begins with the building's name
        ("in Committee Room 4, Civic Hall, Calverley Street, Leeds LS1 1UR", []),
        # a range of house numbers in the block
        ("Care Council, 7th Floor, Millennium House, 19-25 Great Victoria Street, Belfast BT2 7AQ", []),
        # not in a public body's address block: a person's address, whoever is mentioned nearby
        ("Ofsted said mum at 12 High Street, Leeds LS6 2AB needs support", ["12 High Street", "LS6 2AB"]),
        (
            "Mum lives at 12 High Street, Leeds LS6 2AB near the Council offices",
            ["12 High Street", "LS6 2AB"],
        ),
        # said to be the body's address; the body's name in the same line
        ("Ofsted's correspondence address is Piccadilly Gate, Store Street, Manchester M1 2WD", []),
        ("Please reply to the team at House of Commons, London SW1A 0AA", []),
        (
            "To the Chief Executive, Great Ormond Street Hospital for Children NHS Foundation Trust, "
            "Great Ormond Street, London WC1N 3JH",
            [],
        ),
        ("Mum's correspondence address is 12 High Street, Leeds LS6 2AB", ["12 High Street", "LS6 2AB"]),
        (
            "Mum has told Wigan Council her new address is 14 Ash Grove, Wigan WN1 2AB.",
            ["14 Ash Grove", "WN1 2AB"],
        ),
        # a labelled address that runs on into a body's name is still the client's (the span is
        # long: the labelled pattern takes up to six words a part)
        (
            "Mum lives at Rose Cottage, Church Lane and said West Yorkshire Police had visited.",
            ["Rose Cottage, Church Lane and said West Yorkshire"],
        ),
        # a block of flats called a court is no court of law
        ("Flat at Flat 11, Wyvil Court, Lambeth SW8 2TG", ["Flat 11, Wyvil Court", "SW8 2TG"]),
        ("Mum lives at 12 St James Hospital Road, Leeds LS9 7TF", ["12 St James Hospital Road", "LS9 7TF"]),
        # a sentence after a body's name is not its address block
        ("Police: Jayden is at home with mum, Leeds LS1 4AB.", ["LS1 4AB"]),
        (
            "From Leeds City Council: the family now live at Flat 2, Oak House, Leeds LS6 1AA",
            ["Flat 2, Oak House", "LS6 1AA"],
        ),
        # a body's address that starts with its name, or a court centre's
        ("Social Work Department, Leeds General Infirmary, Great George Street, Leeds LS1 3EX", []),
        ("Hearing at Leeds Combined Court Centre, 1 Oxford Row, LS1 3BG, Court 7", []),
        # a national body's listed postcode, and the address before it
        ("Their address is 1 North Bank, Blonk Street, Sheffield S3 8JY.", []),
        ("they're both at Compass House, 11 Riverside Drive, Dundee DD1 4NY", []),
        ("Mum has moved to 3 Blonk Street, Sheffield S3 8JZ.", ["3 Blonk Street", "S3 8JZ"]),
        # listed national bodies' postcodes (SW1P 3BT, CF10 1EW) and the addresses before them
        ("Social Care Wales regional workshop, South Gate House, Wood Street, Cardiff CF10 1EW", []),
        ("Her office is at Sanctuary Buildings, 20 Great Smith Street, London SW1P 3BT.", []),
        (
            "Mum lives near Oakfield Family Centre, 2 Chapel Walk, Rotherham S60 1DT.",
            ["2 Chapel Walk", "S60 1DT"],
        ),
        # a review found these: someone living at a registered office, above a centre, or in one
        (
            "The registered office is at 14 Oak Street, Leeds LS9 8AB, where she lives with the children.",
            ["14 Oak Street", "LS9 8AB"],
        ),
        (
            "They moved to the flat above St Mark's Community Centre, 22 Mill Road, Leeds LS9 8AB.",
            ["22 Mill Road", "LS9 8AB"],
        ),
        (
            "Young person's address: Room 4, Hollins Youth Centre, 22 Mill Road, Leeds LS9 8AD (lodgings)",
            ["Room 4, Hollins Youth Centre, 22 Mill Road", "LS9 8AD"],
        ),
        # a room, a floor or a hall no one lives in, and the address after it
        ("Strategy discussion, Thursday 08:30, Room G.07, Riverside House, Sheffield S1 2SH.", []),
        ("ICPC panel, 13:30, Room 4.03, County Hall, Truro TR1 3AY. Three audits.", []),
        ("Agenda for the Adoption Panel, 09:30, Panel Room, Bryn Road offices.", []),
        # any other venue reads like a home, a refuge or a hostel: it is flagged, as are a tower
        # block and a converted building
        (
            "Address: Flat 12, Trellick Tower, Golborne Road, London W10 5UT. Neglect.",
            ["Trellick Tower, Golborne Road", "W10 5UT"],
        ),
        (
            "Contact venue: the foster carers' home, The Old School, Main Street, Clun SY7 8JA",
            ["The Old School, Main Street", "SY7 8JA"],
        ),
        (
            "Induction on Saturday, 10am, at Thistle House, 91 Haymarket Terrace, Edinburgh EH12 5HE.",
            ["91 Haymarket Terrace", "EH12 5HE"],
        ),
        (
            "She will attend the induction at the refuge, Haven House, 12 Mill Road, Leeds LS6 2AB.",
            ["12 Mill Road", "LS6 2AB"],
        ),
        # a review found these: conferences at home, someone's name before the comma, a home
        # beside an office, a converted building, a home with a listed postcode in the sentence
        (
            "The review conference will be at Mum's, 14 Cross Street, Leeds LS6 2AB; she has agoraphobia.",
            ["14 Cross Street", "LS6 2AB"],
        ),
        (
            "Pre-birth conference: venue is Ivy House, 40 Wellington Street, Leeds LS1 4DL (mum's home).",
            ["40 Wellington Street", "LS1 4DL"],
        ),
        (
            "Her office is at Ivy House, 40 Wellington Street, Leeds LS1 4DL where she lives with her son.",
            ["40 Wellington Street", "LS1 4DL"],
        ),
        (
            "Flat 12, The Old Infirmary, Mill Lane, Hexham NE46 3AB is mum's.",
            ["The Old Infirmary, Mill Lane", "NE46 3AB"],
        ),
        # a home in the sentence: the address and a listed postcode are flagged
        ("Mum lives at 14 Oak Street, Manchester M1 2WD.", ["14 Oak Street", "M1 2WD"]),
        ("Tyler has moved to 14 Oak Street, Manchester M1 2WD.", ["14 Oak Street", "M1 2WD"]),
        # a meeting about a family, or a home, in the venue's paragraph
        (
            "LAC review\nVenue: Oakwood, 3 Beech Close, Otley LS21 3AB\nThe foster carers asked",
            ["3 Beech Close", "LS21 3AB"],
        ),
        (
            "Core group workshop: Holly Bank, 9 Church Street, Ilkley LS29 9AA.",
            ["9 Church Street", "LS29 9AA"],
        ),
        # a home in a building that is named like a body
        (
            "Grandad lives at Harrow County Court, Station Road - the flats above.",
            ["Harrow County Court, Station Road"],
        ),
        ("The foster home is 14 Oak Street and the Ofsted office is M1 2WD.", ["14 Oak Street", "M1 2WD"]),
        (
            "14 Oak Street\nSalford\nM6 5AB\n\nOfsted\nPiccadilly Gate\nManchester\nM1 2WD",
            ["14 Oak Street", "M6 5AB"],
        ),
    ],
)
def test_public_body_address_is_not_personal(found: Found, text: str, expected: list[str]) -> None:
    assert found("STREET_ADDRESS", text) + found("UK_POSTCODE", text) == expected


@pytest.mark.parametrize(
    ("entity_type", "text", "expected"),
    [
        # a team's or a service's inbox names no one
        ("EMAIL_ADDRESS", "Send the form to mash.referrals@kelby.gcsx.gov.uk today", []),
        ("EMAIL_ADDRESS", "Questions to childrensfrontdoor@kelby.gov.uk or lscp@kelby.gov.uk", []),
        ("EMAIL_ADDRESS", "Book a place via events@basw.co.uk or help@nspcc.org.uk", []),
        ("EMAIL_ADDRESS", "Referrals to discharge.hub@nhs.net; the LSCP is lscp@kelby.gov.uk", []),
        ("EMAIL_ADDRESS", "Our inbox is hospital.socialwork@nhs.net; BASW is advice@basw.co.uk", []),
        ("EMAIL_ADDRESS", "Example row: Named Nurse | safeguarding@trust.example", []),
        ("EMAIL_ADDRESS", "the new inbox is adults.north@council.example", []),
        # a public body's address that names no one, or said to be a team's inbox
        ("EMAIL_ADDRESS", "Send the form to cwd.referrals@ealing.gov.uk for the child.", []),
        ("EMAIL_ADDRESS", "Letters to families will come from the team inbox dct@kelby.gov.uk.", []),
        # a line said to be a service's, or a mobile labelled as a team's
        ("PHONE_NUMBER", "If a child is at risk, contact the Front Door on 020 7946 0236 (9-5).", []),
        ("PHONE_NUMBER", "Families reach the ward social worker via the ward clerk on 029 2074 7747.", []),
        ("PHONE_NUMBER", "Duty senior this week is on 07700 900497 (team mobile).", []),
        # a text about no one: the contact details are an organisation's, but not a mobile
        ("PHONE_NUMBER", "For anything urgent contact the team on 01632 960587.", []),
        ("PHONE_NUMBER", "For course queries ring 07700 900123.", ["07700 900123"]),
        ("STREET_ADDRESS", "Agenda for all staff: the meeting is at 2 Station Road, Whitehaven, 10am.", []),
        # a place of work before an address
        ("STREET_ADDRESS", "Parents' evening at the Dolphin Centre, 2 Horsemarket, Darlington", []),
        # a person's address, a personal provider's, or a business said to be someone's
        ("EMAIL_ADDRESS", "Mum's email is k.tranter@kelby.gov.uk", ["k.tranter@kelby.gov.uk"]),
        ("EMAIL_ADDRESS", "Dad uses info@gmail.com for everything", ["info@gmail.com"]),
        ("EMAIL_ADDRESS", "Mum's email is jo.smith@council.example", ["jo.smith@council.example"]),
        ("EMAIL_ADDRESS", "her shop's inbox: enquiries@tranterbakes.co.uk", ["enquiries@tranterbakes.co.uk"]),
        # a line named as a service's, a team's signature, a bar or a colon after a body's name
        ("PHONE_NUMBER", "The payroll helpdesk number is 0113 496 0321.", []),
        ("PHONE_NUMBER", "Booking line: 0113 496 0322", []),
        ("PHONE_NUMBER", "Booking line: 0113 496 0322 (mum's own phone)", ["0113 496 0322"]),
        ("PHONE_NUMBER", "Carers Mr and Mrs Kowalski – the main line is 01924 562341", ["01924 562341"]),
        ("EMAIL_ADDRESS", "Papers to courtofprotectionenquiries@justice.gov.uk by Friday", []),
        ("STREET_ADDRESS", "Dummy data for the slide: Address: 1 Example Street.", []),
        ("STREET_ADDRESS", "Mum has moved to 11 Example Street", ["11 Example Street"]),
        ("STREET_ADDRESS", "Mum has moved to ground floor 23 Park Road", ["23 Park Road"]),
        ("STREET_ADDRESS", "Venue: Training Room 2, Eastfield House", []),
        ("STREET_ADDRESS", "Address: Flat 2, Eastfield House, Leeds", ["Flat 2, Eastfield House"]),
        ("PHONE_NUMBER", "Kind regards, Fostering Team, 0113 496 0654", []),
        ("PHONE_NUMBER", "Patient Advice and Liaison Service (PALS): 0113 496 0700", []),
        ("PHONE_NUMBER", "Fostering Service | Kelby Council | 0113 496 0111", []),
        ("STREET_ADDRESS", "Cafcass national office is at 3rd Floor, 10 Queen Street Place, London", []),
        # an office said to be one before its address; a PO box; the post town before a postcode
        ("STREET_ADDRESS", "Our office is at Ty Glas, 4 Heol y Felin, Barry CF62 8NB.", []),
        ("UK_POSTCODE", "Our office is at Ty Glas, 4 Heol y Felin, Barry CF62 8NB.", []),
        ("PERSON", "Our office is at Ty Glas, 4 Heol y Felin, Barry CF62 8NB.", []),
        ("UK_POSTCODE", "Replies to the Placements Team, PO Box 1720, Huddersfield HD1 9EL", []),
        ("UK_POSTCODE", "Write to Mr Gary Holt, PO Box 12, Huddersfield HD1 9EL.", ["HD1 9EL"]),  # his
        ("STREET_ADDRESS", "Our office is near mum's at 14 Oak Street, Leeds LS6 2AB", ["14 Oak Street"]),
        ("PERSON", "Referral: Tyler Briggs LS6 2AB", ["Tyler Briggs"]),
        ("PERSON", "Contacts:\nTyler Briggs LS6 2AB", ["Tyler Briggs"]),  # a line's start is no comma
        # still someone's: said to be, or with a client's name in the way
        ("PHONE_NUMBER", "Jayden's Team, 0113 496 0654", ["0113 496 0654"]),
        (
            "STREET_ADDRESS",
            "From Hope Trust (charity 1098765) about Jayden Clarke, 9 Mill Street",
            ["9 Mill Street"],
        ),
        ("STREET_ADDRESS", "Her office is at 12 Chapel Walk where she lives", ["12 Chapel Walk"]),
        ("STREET_ADDRESS", "Family Hub, 14 Acacia Avenue is where they live now", ["14 Acacia Avenue"]),
        ("PHONE_NUMBER", "Runs Ace Cab Service, 01924 496012. Has a conviction", ["01924 496012"]),
        ("EMAIL_ADDRESS", "Email kjb@kelby.gov.uk about her", ["kjb@kelby.gov.uk"]),
        ("EMAIL_ADDRESS", "admin@oakfieldfarm.co.uk (the farmer's own)", ["admin@oakfieldfarm.co.uk"]),
        ("EMAIL_ADDRESS", "Contact info@tylerbriggs.org.uk about it", ["info@tylerbriggs.org.uk"]),
        ("PHONE_NUMBER", "Contact list: Leeds City Council | Grandma | 0113 496 0456", ["0113 496 0456"]),
        ("PHONE_NUMBER", "Children's Social Care | 0113 496 0456 (Mum)", ["0113 496 0456"]),
        ("STREET_ADDRESS", "Charity 1167321, 14 Acacia Avenue, Leeds", ["14 Acacia Avenue"]),
        ("PHONE_NUMBER", "Call the team about Jayden, his mum's number is 0113 496 0577.", ["0113 496 0577"]),
        ("EMAIL_ADDRESS", "Her worker is sarah.jones@kelby.gov.uk", ["sarah.jones@kelby.gov.uk"]),
        ("EMAIL_ADDRESS", "Send the minutes to grace.hill@nhs.net and the chair.", ["grace.hill@nhs.net"]),
        ("EMAIL_ADDRESS", "Allocated worker: jsmith@kelby.gov.uk, copy her in.", ["jsmith@kelby.gov.uk"]),
        ("STREET_ADDRESS", "14 Oak Street, Leeds", ["14 Oak Street"]),
        ("STREET_ADDRESS", "Visit to 14 Oak Street, Leeds. Hoarding. Team to refer.", ["14 Oak Street"]),
        ("STREET_ADDRESS", "Visit to 14 Oak Street, Leeds; she refused the team entry.", ["14 Oak Street"]),
        ("STREET_ADDRESS", "Flat 11, Wyvil Court, Lambeth; the office knows.", ["Flat 11, Wyvil Court"]),
        # a service named by whom it serves ("Adult Social Care", "the Family Hub") names no one
        ("PHONE_NUMBER", "Write website text: Adult Social Care Contact Centre, 01632 960785.", []),
        ("STREET_ADDRESS", "Poster for the family hub with our address (The Hub, 2 Station Road).", []),
        ("PHONE_NUMBER", "Leaflet: contact the Carers' Centre (Unit 4, Harbour Park, 01632 960340).", []),
        ("STREET_ADDRESS", "Newsletter: our adult social care team has moved to 14 Quay Street.", []),
        # a service's line, said in an email or a protocol rather than a leaflet
        ("PHONE_NUMBER", "Include the conference admin line 01632 960275 as the reply route.", []),
        ("PHONE_NUMBER", "Our MASH takes referrals on 01632 960441 and by email.", []),
        ("PHONE_NUMBER", "Health joins via the safeguarding nurse line 01632 960387.", []),
        ("PHONE_NUMBER", "Call mum on her line 01632 960415 after 5", ["01632 960415"]),
        ("PHONE_NUMBER", "The neighbour takes calls on 01632 960415 for the family.", ["01632 960415"]),
        ("PHONE_NUMBER", "Mum's landline 01632 960415, she's at home", ["01632 960415"]),
        # ... but a family's home, a family court's papers or a case note stay someone's
        ("STREET_ADDRESS", "Poster draft: the family home is 27 Ash Street, Hull", ["27 Ash Street"]),
        ("STREET_ADDRESS", "Family court: address for service is 27 Ash Street, Hull", ["27 Ash Street"]),
        ("STREET_ADDRESS", "Referral from school re 18 Beech Grove, Luton; team B.", ["18 Beech Grove"]),
        # session 15: a venue's own name is no one's ("Children's Centre"), a practice's address,
        # and casework said far from an address that follows a venue's word, in a longer email
        (
            "STREET_ADDRESS",
            "Draft a form for our Early Help Hub. The hub is at Moorside Children's Centre, 4 Moorside Road.",
            [],
        ),
        ("STREET_ADDRESS", "Redraft the letter to Riverside Medical Practice, 3 Mill Lane, Stockport.", []),
        (
            "STREET_ADDRESS",
            "Hi all, strategy discussions with the police now start at 9:30 and every referral goes through"
            " the MASH form. Thanks for all your hard work this quarter; the figures are excellent and the"
            " inspectors noticed. The away day is in our training room at The Old Library, High Street.",
            [],
        ),
        # ... but not a bare label at the end of a story about a household
        (
            "STREET_ADDRESS",
            "Please draft an email to the housing team. Over the weekend the front door was kicked in and"
            " the window is boarded, so repairs are urgent. Address for the repair: 9 Wren Close, Leicester.",
            ["9 Wren Close"],
        ),
        (
            "STREET_ADDRESS",
            "Handover for the team. Family of five placed in emergency accommodation last night.\n"
            "Temporary address: Brookside Family Hub, 3 Canal Street, Burnley",
            ["3 Canal Street"],
        ),
        ("STREET_ADDRESS", "Mum is staying at the Haven Centre, 12 Mill Road, Leeds.", ["12 Mill Road"]),
        # a place of work's own address with a name in the text: the venue's name says whose
        ("STREET_ADDRESS", "Jo, the hub is at Moorside Children's Centre, 4 Moorside Road, Swinton.", []),
        ("STREET_ADDRESS", "Jo: Yusuf placed.\nAddress: Riverside Centre, 22 Quay Road", ["22 Quay Road"]),
        ("STREET_ADDRESS", "From Jo. Refuge: The Haven Centre, 12 Mill Road, Leeds", ["12 Mill Road"]),
        ("STREET_ADDRESS", "Jo moved to 4 Upper Chapel Street, Clun.", ["4 Upper Chapel Street"]),
        # said to be an organisation's on its line, with no casework near it
        ("STREET_ADDRESS", "Our office is at Thistle House, 91 Haymarket Terrace, Edinburgh.", []),
        ("PHONE_NUMBER", "Reminder for schools. Duty line: 0113 496 0300, 9 to 5.", []),
        ("STREET_ADDRESS", "Team diary: 10am, 14 Windsor Road, Bath.", ["14 Windsor Road"]),
        ("STREET_ADDRESS", "Spare key with the team at 19 Tregenna Hill, St Ives.", ["19 Tregenna Hill"]),
        ("PHONE_NUMBER", "Rang the number on file, 0114 496 0772, went to answerphone.", ["0114 496 0772"]),
        ("PHONE_NUMBER", "Front Door received a call from 0161 496 0321 at 11pm.", ["0161 496 0321"]),
        ("PHONE_NUMBER", "Out of hours log. Call at 02:10 from 0114 496 0999, slurred.", ["0114 496 0999"]),
        # a team sent to a house is no team's address; a house named "X House" is a home
        ("STREET_ADDRESS", "Duty team: 14 Oak Street, Leeds - door kicked in.", ["14 Oak Street"]),
        ("STREET_ADDRESS", "Team at 14 Oak Street, Leeds tonight: no electricity.", ["14 Oak Street"]),
        ("STREET_ADDRESS", "Please send the team to 14 Oak Street, Leeds tomorrow.", ["14 Oak Street"]),
        (
            "STREET_ADDRESS",
            "Draft a polite letter from our team to Ivy House, Church Lane, Clun about the hedge.",
            ["Ivy House, Church Lane"],
        ),
        ("STREET_ADDRESS", "Newsletter: training is at the office: Thistle House, 91 Haymarket Terrace.", []),
        ("STREET_ADDRESS", "Drop off at 19 Tregenna Hill, St Ives. Spare key with us.", ["19 Tregenna Hill"]),
        # session 17: advice to groups, groups counted or served, a court by name, "our ... line":
        # no one's household
        (
            "STREET_ADDRESS",
            'Carers can get a direct payment - e.g. "Carers in Cornwall can ring Cornwall Carers Service'
            ' on 01632 960934 or drop into the Carers Hub, 1 Chapel Street, Redruth TR15 2BY."',
            [],
        ),
        (
            "STREET_ADDRESS",
            "Draft a letter to all families on our caseload: the office at 21 Market Street is closing",
            [],
        ),
        (
            "STREET_ADDRESS",
            "For the website: 88% of children had their views recorded; the service is based at the"
            " Grange Centre, 4 Grange Road.",
            [],
        ),
        (
            "PHONE_NUMBER",
            "A paragraph for parents about the Parenting Order, and who to call: YJS 01632 960703.",
            [],
        ),
        ("STREET_ADDRESS", 'Letter template: "The Family Court at Leeds, 1 Oxford Row, Leeds LS1 3BG.', []),
        ("PHONE_NUMBER", "Children can call our Private Fostering number on 0114 496 0247.", []),
        # ... but a household's parents, carers or children, and a number rung from, stay someone's
        ("PHONE_NUMBER", "Her parents can be reached on 0161 496 0330 at home.", ["0161 496 0330"]),
        ("PHONE_NUMBER", "Parents can be contacted on 0161 496 0330.", ["0161 496 0330"]),
        ("PHONE_NUMBER", "The carers can be rung on 0161 496 0330 after 6.", ["0161 496 0330"]),
        ("PHONE_NUMBER", "Mum rang our duty line from 0161 496 0786 last night.", ["0161 496 0786"]),
        ("STREET_ADDRESS", "Her 3 children live at 14 Oak Street with their nan.", ["14 Oak Street"]),
        # a review found these: home care and going home to an address are someone's
        (
            "STREET_ADDRESS",
            "After you go home to Hazel Court, 20 Abbey Road, Barrow, your home care will restart.",
            ["20 Abbey Road"],
        ),
        (
            "STREET_ADDRESS",
            "Home care to Willow Court, 5 Station Road, Beverley from Monday.",
            ["5 Station Road"],
        ),
        ("PHONE_NUMBER", "Our home number is 01274 551903, ring after 5.", ["01274 551903"]),
        (
            "PHONE_NUMBER",
            "Left a voicemail for the school. Parents can only be reached on 0161 496 0330 after 6pm.",
            ["0161 496 0330"],
        ),
        (
            "STREET_ADDRESS",
            "Text message to the agency: support at home starts Monday at 14 Oak Street, Salford M6 5AB.",
            ["14 Oak Street"],
        ),
        ("PHONE_NUMBER", "Please update our system with this number: 0161 496 0330.", ["0161 496 0330"]),
        # session 19: an event's venue, the town before a venue's postcode, a body's number
        ("STREET_ADDRESS", "The Partnership Board met on 3 October at the Hub, 88 Market Street, Hyde.", []),
        (
            "UK_POSTCODE",
            "The subgroup meets bimonthly at Cunard Building, Water Street, Liverpool L3 1AH.",
            [],
        ),
        ("STREET_ADDRESS", "Panel dates: 9 Jan, 13 Feb, all 9.30am at Regent House, 2 Regent Street.", []),
        ("STREET_ADDRESS", "Visit booked for 2pm at 14 Oak Street, Leeds.", ["14 Oak Street"]),
        ("STREET_ADDRESS", "Core group meeting at 22 Acacia Avenue, Hull.", ["22 Acacia Avenue"]),
        ("STREET_ADDRESS", "Next meeting 10am at 22 Acacia Avenue, Hull.", ["22 Acacia Avenue"]),
        ("STREET_ADDRESS", "Core group meeting at Flat 2, 14 Oak Street, Hull.", ["Flat 2, 14 Oak Street"]),
        ("PHONE_NUMBER", "Please put the Bury Carers Centre number 0161 762 1300 in the email.", []),
        ("PHONE_NUMBER", "The nursery asked for a contact number; ours is 0113 496 0011.", ["0113 496 0011"]),
        # a house known by its name, or a casework meeting, is no event's venue
        ("STREET_ADDRESS", "Core group meets at The Willows, 22 Acacia Avenue, Hull.", ["22 Acacia Avenue"]),
        ("STREET_ADDRESS", "Panel held at Hillview Farm, Moor Lane, Kendal.", ["Hillview Farm, Moor Lane"]),
        (
            "STREET_ADDRESS",
            "Strategy meeting held at Regent House, 2 Regent Street, Wrexham.",
            ["2 Regent Street"],
        ),
        ("PHONE_NUMBER", "Mum said the Carers Centre number 0161 762 1300 is hers", ["0161 762 1300"]),
    ],
)
def test_organisations_own_contact_details_are_not_personal(
    found: Found, entity_type: str, text: str, expected: list[str]
) -> None:
    assert found(entity_type, text) == expected


def test_shared_mailbox_words_read_one_way_only() -> None:
    """A role word listed twice, or made of two listed words ("help" + "desk"), lets a run of them
    ("teamteamteam...@gmail.com") be read in exponentially many ways before it is ruled out."""
    recognizer = yaml.safe_load((patterns_dir() / "recognizers" / "email_address.yaml").read_text())
    listed = recognizer["definitions"]["ROLE_WORD"].removeprefix("(?:").removesuffix(")").split("|")
    assert len(listed) == len(set(listed))
    words = {spelling for word in listed for spelling in _spellings(word)}
    assert not {a + b for a in words for b in words} & words


def _spellings(word: str) -> list[str]:
    """A listed word's spellings ("referrals?": "referral", "referrals"). The list is read by
    splitting on "|", so it must stay a flat alternation of words with no groups of its own."""
    return [word[:-2], word[:-1]] if word.endswith("s?") else [word]


@pytest.mark.parametrize(
    ("entity_type", "text", "expected"),
    [
        # opening hours, an extension or a dial-in PIN after a number: an office's
        ("PHONE_NUMBER", "For advice about our service call 0113 496 0984 (Mon–Fri 9–5).", []),
        ("PHONE_NUMBER", "Phone: 01632 960415 (Mon–Thu 8.45–5.15) for the Children's Front Door", []),
        ("PHONE_NUMBER", "If invited to a strategy meeting, dial 020 7946 0902, PIN 77413#.", []),
        ("PHONE_NUMBER", "Messages for the panel adviser: 01632 960418 ext 2480.", []),
        # a venue, a base that moves, a service named inside its own address block
        ("STREET_ADDRESS", "From 3 March our Ludlow base moves to 7 Corve Street, Ludlow.", []),
        (
            "UK_POSTCODE",
            "Placement Office, Ulster University, Magee campus, Northland Road, Derry BT48 7JL.",
            [],
        ),
        ("STREET_ADDRESS", "The Jobcentre at 3 Mill Road, Leeds is open again.", []),
        ("PHONE_NUMBER", "Queries: 0113 496 0000, Monday mornings only.", []),
        ("PHONE_NUMBER", "Bookings: 0113 496 0001 for the training days.", []),
        ("UK_POSTCODE", "Plymouth City Council | Windsor House | Tavistock Road | Plymouth PL6 5UF", []),
        (
            "STREET_ADDRESS",
            "Office: Unit 4, 3 Mill Road, Leeds. Email families@westmarch.gov.uk for the form.",
            [],
        ),
        ("STREET_ADDRESS", "Return address: AMHP Service, Stanley House, 1 Harrow Road, Sunderland", []),
        # the next detail of the same organisation
        (
            "PHONE_NUMBER",
            "For referrals our duty line is 0113 496 0300 or you can call them on 0113 496 0301.",
            [],
        ),
        # words about people inside a body's own name or a mailbox say nothing of a home
        ("PHONE_NUMBER", "Queries to our Housing Safeguarding Lead, 020 7946 0557, option 2.", []),
        ("STREET_ADDRESS", "The Child Abuse Investigation Team office: Unit 4, 3 Mill Road, Leeds.", []),
        ("STREET_ADDRESS", "Annual Safeguarding Conference venue: Westmarch Hall, 3 Mill Road, Leeds.", []),
        # an office building's name before the street, an organisation's name and what its number
        # is for, a service's way of taking referrals, the Home Office (session 18)
        ("STREET_ADDRESS", "Venue: Melbury Fostering, Oak House, 9 Elm Road, Melbury MB2 5LT.", []),
        ("STREET_ADDRESS", "Inclusion Healthcare, Charles Berry House, 7 Prebend Street, LE2 0LA.", []),
        ("PHONE_NUMBER", "Hexley CAMHS single point of access (0113 496 0326), open weekdays.", []),
        ("PHONE_NUMBER", "The correct number for AMHP requests is 0151 496 0813. Thanks.", []),
        (
            "PHONE_NUMBER",
            "Our Early Help hub takes self-referral from the website or on 0113 496 0140 (9-5).",
            [],
        ),
        (
            "EMAIL_ADDRESS",
            "Set up an Outlook rule for mail to our team inbox asylum@portsmouth.gov.uk that"
            " mentions the Home Office.",
            [],
        ),
        # a house with a name, a household's referral, a number described by whose it is, a home
        # office written in lower case: someone's (the review's attacks)
        ("STREET_ADDRESS", "Oak House, 9 Elm Road, Melbury", ["9 Elm Road"]),
        ("STREET_ADDRESS", "Living in Oak House, 9 Elm Road since March.", ["9 Elm Road"]),
        ("STREET_ADDRESS", "Found in Ivy House, 3 Church Lane, unresponsive.", ["3 Church Lane"]),
        ("STREET_ADDRESS", "Section 17 payment to Ivy House, 3 Church Lane agreed.", ["3 Church Lane"]),
        ("STREET_ADDRESS", "Moved to Oak House, 9 Elm Road, Melbury MB2 5LT last week.", ["9 Elm Road"]),
        ("PHONE_NUMBER", "MASH referral received: 01632 960555, shouting at 2am.", ["01632 960555"]),
        ("PHONE_NUMBER", "Out of hours the lodger's number is 01632 960555.", ["01632 960555"]),
        ("PHONE_NUMBER", "LADO number for the supply teacher is 01632 960555.", ["01632 960555"]),
        ("PHONE_NUMBER", "DACT outreach tried the number, 01632 960555, no answer.", ["01632 960555"]),
        (
            "PHONE_NUMBER",
            "The duty team line is off, ring the home office line on 0113 496 0984 after 6.",
            ["0113 496 0984"],
        ),
        (
            "STREET_ADDRESS",
            "Referral from a neighbour about 14 Oak Street, Leeds LS9 8AB: children left alone.",
            ["14 Oak Street"],
        ),
        # but a home's detail stays a home's, however an office might word it
        ("PHONE_NUMBER", "Mum rang from 0113 496 0984, 8am, upset.", ["0113 496 0984"]),
        ("PHONE_NUMBER", "Visited 4 Oak Road. Call them on 0113 496 0984 after 6.", ["0113 496 0984"]),
        (
            "STREET_ADDRESS",
            "Address for the repair: 9 Wren Close. Police attended last week.",
            ["9 Wren Close"],
        ),
        (
            "STREET_ADDRESS",
            "Venue: family home, 14 Oak Street, where mum lives with the twins.",
            ["14 Oak Street"],
        ),
        # a review's attacks: a home's venue, a trip from a workplace, a household's calling hours,
        # a relative after a service, a relative's extension, temporary accommodation
        (
            "STREET_ADDRESS",
            "Core group on Thursday. Venue: 22 Acacia Avenue, Hull. Knock loudly.",
            ["22 Acacia Avenue"],
        ),
        (
            "STREET_ADDRESS",
            "Transport request: taxi from college, 41 Grange Road, Leigh, 3.30pm.",
            ["41 Grange Road"],
        ),
        ("PHONE_NUMBER", "Best contact number 0113 496 0521 weekdays after 3.", ["0113 496 0521"]),
        ("PHONE_NUMBER", "Best number 0113 496 0984, 9-5.", ["0113 496 0984"]),
        ("PHONE_NUMBER", "Home Tel: 0161 496 0123 (6-8pm)", ["0161 496 0123"]),
        (
            "PHONE_NUMBER",
            "Escalation: call EDT on 0300 555 0123 or the Nanna on 01924 496330.",
            ["01924 496330"],
        ),
        (
            "PHONE_NUMBER",
            "Stepdad's work number 0113 496 0221 ext 304, the only one to use.",
            ["0113 496 0221"],
        ),
        (
            "STREET_ADDRESS",
            "Temporary Accommodation: Room 12, Premier Inn, 4 Station Road, Crewe.",
            ["4 Station Road"],
        ),
        # a form's label in capitals is no body's name; a home's number after a service's is a home's
        (
            "PHONE_NUMBER",
            "Foster Carer Landline: 0113 496 0984 (Mon-Fri). Our office is closed.",
            ["0113 496 0984"],
        ),
        (
            "PHONE_NUMBER",
            "Front Door: 0113 496 0000 or Family Home 0113 496 0984.",
            ["0113 496 0000", "0113 496 0984"],
        ),
        ("PHONE_NUMBER", "Duty line: 0113 496 0000. Foster Carers 0113 496 0984.", ["0113 496 0984"]),
        ("PHONE_NUMBER", "Team office: 0113 496 0000. Landline Wren Close 0113 496 0984.", ["0113 496 0984"]),
        # an organisation's number in a clause of its own, whatever casework is said elsewhere
        (
            "PHONE_NUMBER",
            "Where do they send a referral for a child? Please write: \"Children's Front Door – phone"
            ' 0161 496 0518 (8.30–5)"',
            [],
        ),
        (
            "PHONE_NUMBER",
            'Email to all Family Hubs: "The Front Door has a new consultation line for staff: 01632 960624."',
            [],
        ),
        ("PHONE_NUMBER", "Home visit to mum today, she was low.\nFront Door: 0113 496 0976", []),
        (
            "PHONE_NUMBER",
            "Mum's number via the Front Door: 0113 496 0976. She has been drinking.",
            ["0113 496 0976"],
        ),
        ("PHONE_NUMBER", "She rang the council from 01632 960712 yesterday.", ["01632 960712"]),
        (
            "PHONE_NUMBER",
            "Please stop phoning the office from 01632 960514.",
            ["01632 960514"],
        ),  # the caller's
        ("PHONE_NUMBER", "Hi Team, can someone on duty ring back on 0113 496 0906?", ["0113 496 0906"]),
        ("PHONE_NUMBER", "Team log 12/02: 0113 496 0777 called about noise next door.", ["0113 496 0777"]),
        ("PHONE_NUMBER", "Our Team gave out the number, 01632 960555.", ["01632 960555"]),
        # an address is read with the sentences around it: a refuge said before makes it a home
        (
            "STREET_ADDRESS",
            "Visited at the refuge today. Address for records: Haven Centre, 14 Cross Street, Bury BL9 0AB.",
            ["14 Cross Street"],
        ),
        # an agenda of a risk meeting or of call-outs to homes is casework, not a venue's notice
        (
            "STREET_ADDRESS",
            "agenda: RAM – 11 Grange Road, Jarrow; 4 Moor View, Consett.",
            ["11 Grange Road", "4 Moor View"],
        ),
        (
            "STREET_ADDRESS",
            'Add to the panel agenda: "22 Welbeck Road, Walker NE6 2HX – repeat fire service callouts".',
            ["22 Welbeck Road"],
        ),
        (
            "PHONE_NUMBER",
            "Office: 0113 496 0000 or 0113 496 0984 - which is the grandparents'?",
            ["0113 496 0984"],
        ),
    ],
)
def test_when_a_detail_is_said_to_be_an_offices_then_not_personal(
    found: Found, entity_type: str, text: str, expected: list[str]
) -> None:
    assert found(entity_type, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lives at 6 Jiggers Bank, Coalbrookdale, alone.", ["6 Jiggers Bank"]),
        ("We gave out 4 Food Bank vouchers this week.", []),
        ("We made 3 Baby Bank referrals this month.", []),
        # a listed body's postcode, with a street and a town between it and the address
        ("Is Social Work England at 1 North Bank, Blonk Street, Sheffield S3 8JY?", []),
    ],
)
def test_a_bank_is_a_street_but_not_a_food_bank(found: Found, text: str, expected: list[str]) -> None:
    assert found("STREET_ADDRESS", text) == expected


def test_a_special_category_term_inside_a_postcode_is_the_postcode(guard: Guard) -> None:
    """ "S3" is section 3 of the Mental Health Act, and also Social Work England's postcode district."""
    answer = guard.analyze(
        "Write to Social Work England, 1 North Bank, Sheffield S3 8JY about Tom's registration."
    )
    assert answer.decision == "warn" and "SPECIAL_CATEGORY" not in {f.entity_type for f in answer.findings}
