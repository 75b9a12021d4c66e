import pytest

from genai_guard.recognizers.name_recognizer import _fold
from tests.recognizers.conftest import Found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NHS no 943 476 5919 for Jayden Clarke", ["Jayden Clarke"]),
        ("seen mum sarah at home", ["sarah"]),
        ("son Jack (7) was at school", ["Jack"]),
        ("Mrs O'Neill attended", ["O'Neill"]),
        ("spoke to Aisha Smith-Jones", ["Aisha Smith-Jones"]),
        ("SW visit: kacper and dad present", ["kacper"]),
        ("Victoria Climbié inquiry by Lord Laming", []),  # public record
        ("Bowlby's attachment theory", []),
        ("What does section 47 of the Children Act 1989 require?", []),
        ("Summarise Working Together to Safeguard Children", []),
    ],
)
def test_when_text_then_names_found(found: Found, text: str, expected: list[str]) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Visited Mrs Munro at home", ["Munro"]),  # a public surname, but a title says it is a person
        ("Jack Bowlby (7) was upset", ["Jack Bowlby"]),
        ("Gerald Caplan, 79, lives alone", ["Gerald Caplan"]),  # a listed public name, with an age
        ("Gerald Caplan (client) refused entry", ["Gerald Caplan"]),
        ("Learning from Logan Mwangi (Child Practice Review, 2023)", []),
        (
            "Siblings Jayden Clarke (2011) and Mia Clarke (2014) live with mum",
            ["Jayden Clarke", "Mia Clarke"],
        ),
        ("Child [Jayden Clarke] was seen", ["Jayden Clarke"]),  # brackets are not a template slot
        ("Use [Child name] and [Worker] placeholders", []),
        ("Munro (2011) on compliance; Brandon et al. on SCRs; Williams v Hackney", []),
        # how reviews and laws are named, how reference lists and author lists give names
        ("What did the reviews of Keanu Williams (Birmingham, 2011) find?", []),
        ("Is Clare's Law the same as Sarah's Law?", []),
        ("Draft a letter explaining Martha's Rule to families on the ward.", []),
        ("Martha's rule at home: no phones at tea.", ["Martha"]),
        ("- Holland, S., Faulkner, A. and Perez-del-Aguila, R. Promoting stability", []),
        ("the rule of optimism from Dingwall, Eekelaar and Murray (1983)", []),
        ('"Re-imagining Child Protection" (Featherstone, White and Morris, 2014)', []),
        ("Photos (Tyler, Jayden and Kacey, 2019) at nan's", ["Tyler", "Jayden", "Kacey"]),
        # several citations in one bracket; scholarship and research credited to a whole name
        ("in residential care (Steckley, 2010; Steckley & Kendrick, 2008).", []),
        ("I want to use Kate Morris's work on family-minded practice.", []),
        ("the AMHP workforce research by Jim Campbell and colleagues", []),
        ("Jayden Clarke's work on his life story book", ["Jayden Clarke"]),
        ("Ahmed Hassan's papers were taken by the agent.", ["Ahmed Hassan"]),
        ("Kyle Brown's work on trauma with CAMHS is going well.", ["Kyle Brown"]),
        ("Reading list for the seminar:\n(Featherstone, White and Morris, 2014)", []),
        ("the report by Sarah Clarke and colleagues", ["Sarah Clarke"]),
        ("Siblings Jayden Clarke (Leeds Road school) and Mia Clarke", ["Jayden Clarke", "Mia Clarke"]),
        # a cue word in a title before the name does not make it a real person's
        ('Tyra Henry ("Whose Child?"), Kimberley Carlile ("A Child in Mind")', []),
        # the way reports are named does not excuse a child's name
        ("Mum Sarah Clarke (Bradford, 2015) had a previous CP plan", ["Sarah Clarke"]),
        ("Kacey report for panel", ["Kacey"]),
        ("Notes from the Jayden review held today", ["Jayden"]),
        ("Jayden test results came back", ["Jayden"]),
        ("Explain the Fraser guidelines and the Bichard inquiry", []),
        # a claimant in the writer's own case is a client
        ("My client's JR: R (on the application of Jayden Smith) v Leeds CC [2025]", ["Jayden Smith"]),
        (
            "mum Precious " + "and the visit went well. " * 300 + "Later Precious said no.",
            ["Precious", "Precious"],
        ),
    ],
)
def test_when_public_record_or_template_then_only_real_people(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Stephen has bipolar disorder; he watched the Stephen Fry documentary",
        "Patient moved to Mary Seacole ward on 3/5. Mary has schizophrenia.",  # a ward's name
        "Referral from Aneurin Bevan UHB. Bevan family: mum has bipolar disorder.",  # a surname's family
        "His father Eileen Munro was convicted of assault in 2019.",  # a whole public name, kin-cued
        "Jan - 79, lives alone, has Alzheimer's\nMay - daughter, visits Sundays",  # a household list
    ],
)
def test_a_client_sharing_a_word_of_a_public_name_is_still_a_person(found: Found, text: str) -> None:
    """A lone first name is never excused by a public figure's full name in the text, nor a
    surname before "family", "children"...: clients share them with wards, boards and people."""
    public = {"Stephen Fry", "Mary Seacole", "Aneurin Bevan"}
    assert [name for name in found("PERSON", text) if name not in public]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # casework said of the person now, just after a public figure's whole name
        ("Referral: Stephen Case has been drinking heavily and is low in mood.", ["Stephen Case"]),
        ("Kevin Haines was released from prison last week and is drinking again.", ["Kevin Haines"]),
        ("Stanley Cohen is an 82-year-old man with dementia living alone.", ["Stanley Cohen"]),
        ("Jerry Tew's daughter has been self-harming, he told the duty worker.", ["Jerry Tew"]),
        ("Olive Morris, my client, has dementia and was found wandering.", ["Olive Morris"]),
        ("Ms Shabana Mahmood is Lord Chancellor and Bridget Phillipson is Education Secretary", []),
        ("Alan Turing was convicted of gross indecency in 1952 and pardoned in 2013.", []),
        # the public figures themselves
        ("Summarise Stanley Cohen's Folk Devils in relation to drug users.", []),
        ("Eluned Morgan became First Minister of Wales in 2024.", []),
    ],
)
def test_a_client_with_a_public_figures_name_is_told_apart_by_casework(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tracy Beaker lives in a care home. How does Tracy show her anger?", []),
        ("We watched I, Daniel Blake. Why does Daniel refuse to give up?", []),
        ("Hetty Feather is a foundling. Katie is a single mother.", ["Katie"]),  # not a character here
        # a sentence that says he is a client's, or says his name is the same, keeps him
        ("A young person I work with, Oliver, loves Oliver Twist.", ["Oliver", "Oliver Twist"]),
        ("His name is Harry, like Harry Potter.", ["Harry", "Harry Potter"]),
        ("Oliver is 12 and loves Oliver Twist.", ["Oliver", "Oliver"]),
        ("Billy Casper is a character.\n\nBilly has been excluded.", ["Billy", "Billy"]),  # elsewhere
        ("Tracy Beaker is her favourite. Tracy (12, in care) disclosed it.", ["Tracy", "Tracy"]),
        # an age or a kin word makes her a real girl, and then every Tracy may be her
        ("Tracy (12) loves Tracy Beaker.", ["Tracy", "Tracy"]),
        ("Mum Tracy reads Tracy Beaker to him.", ["Tracy", "Tracy"]),
        # published reviews call the people in them by first name too (patterns/public_cases.txt)
        ("For a seminar: the Maria Colwell inquiry (1974). Maria was 7 when she died.", []),
        ("Timeline of the Oliver McGowan story: Oliver died at Southmead Hospital in 2016.", []),
        ("Victoria Climbié: Laming noted Victoria was seen by professionals at least 12 times.", []),
        ("Oliver McGowan training. Oliver has autism and lives with his dad.", ["Oliver", "Oliver"]),
        ("A boy I work with, Logan, asked about the Logan Mwangi review.", ["Logan", "Logan"]),
        ("Daniel Pelka SCR notes. Daniel (9) on my caseload is similar.", ["Daniel", "Daniel"]),
        # ... unless the writer's own household or placement may hold someone of that name
        ("Our Maria came to us at 7. Reading about the Maria Colwell inquiry scared me.", ["Maria", "Maria"]),
        ("We did the Daniel Pelka review. Daniel on my placement is 4 and hides food.", ["Daniel", "Daniel"]),
        ("We studied the Peter Connelly review; My Peter is the same age.", ["Peter", "Peter"]),
        ("The old Temperance Hall is being converted into a café.", []),
        # present-day casework about a child who shares the name
        ("Logan Mwangi review learning: Logan was seen by the GP today.", ["Logan", "Logan"]),
    ],
)
def test_a_characters_first_name_beside_the_full_name_is_the_character(
    found: Found, text: str, expected: list[str]
) -> None:
    """Stories call characters by first name (patterns/public_characters.txt); a first name beside
    a public figure's full name stays a person's (see the test above)."""
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For my reflection on sanctions: I, Daniel Blake, the food bank scene with Katie.", []),
        ("In Matilda by Roald Dahl, would Miss Honey count as a connected person?", []),
        ("Katie (19) has depression; she reminded me of I, Daniel Blake.", ["Katie"]),  # an age
        ("Matilda has been neglected and mum has depression.", ["Matilda"]),  # no author, no title
        ("Ryan is on a CP plan. Tracy Beaker is a character I admire.", ["Ryan"]),  # no title
        # a title counts only as it is written; an everyday full name is no character without one
        ("Mum is still Alice's main carer. John and Anna visit.", ["Alice", "John", "Anna"]),
        ("Mum says they are like blood brothers. Jack and Eddie fight.", ["Jack", "Eddie"]),
        ("George Milton was evicted. George now sleeps in his car.", ["George Milton", "George"]),
        ("Katie (care leaver, 19) cried at I, Daniel Blake.", ["Katie"]),
        ("Coronation Street's Hayley Cropper: how did Hayley change views?", []),  # a soap's storyline
    ],
)
def test_where_a_works_title_is_written_its_characters_are_no_ones(
    found: Found, text: str, expected: list[str]
) -> None:
    """patterns/fiction_works.yaml: a title that is also a name ("Matilda") counts only with its
    author; a child with an age is a real child whatever film she is compared to."""
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cn 14:10 - faith (15) told me in the car she's scared", ["faith"]),  # lower case, an age
        ("Case discussion: Seo-yeon (Korean student, 20) disclosed it.", ["Seo-yeon"]),  # no list
        ("keep the faith (2) and hope", []),  # a thing, after "the"
        ("Themes coded: faith (15), hope (12), resilience (9).", []),  # words with counts
        ("Report (draft, 2) attached", []),  # an ordinary word
        ("Section 47 (Children Act, 1989) applies", []),
        ("Sertraline (tablet, 50) daily", []),  # no role or relation in the brackets
        # "is" and an age, or said to be the name, for names that are also words
        ("Summer is 12 and helps her mum most evenings.", ["Summer"]),
        ("hope is 11 and helps look after her brothers", []),  # in lower case, brackets only
        ("Her electricity bill is 40 and gas is 30.", []),
        ("her name is Storm and she keeps asking to go home", ["Storm"]),
        ("Letter to Sky (care leaver) about her rent", ["Sky"]),
        ("Summer is 12 weeks away.", []),
        ("We watched Sky Sports at the contact centre.", []),
        ("Storm Arwen caused power cuts; River Severn flooded.", []),
        ("Home visit at Brook Farm, then Rose Cottage.", []),
        ("Autumn is 7 - she has FASD", ["Autumn"]),
        ("Sky (16, looked after) told me", ["Sky"]),
        ("She's called Sky and she is scared", ["Sky"]),
        ("Her name's Mercy and she keeps asking", ["Mercy"]),
        ("Sunny Days nursery, Sky Mobile and the Sky Garden", []),  # cue-only names start no full name
        # more names that are words, and ages said more ways
        ("pls summarise - river (14) told me she's been self harming", ["river"]),
        ("Storm (11 weeks old) discharged after surgery", ["Storm"]),
        ("Kid on my caseload, Rain, 12, wants to change her surname", ["Rain"]),
        ("I loved working with Harmony, a 12-year-old in foster care", ["Harmony"]),
        ("How do I explain to Autumn (she's 6) why contact is off?", ["Autumn"]),
        ("2022 - Annabel (then 14) disclosed to school", ["Annabel"]),
        ("A dad called Star is asking to see the school reports", ["Star"]),
        ("a 15 yr old called Summer wants to go on the trip", ["Summer"]),
        ("The Brook family (fictional) and the River Severn", []),
        ("Heaven (2011) and the rain (3 days) after the storm", []),
        ("Oct - Rose's dad moved back in", ["Rose"]),
        ("Brook is in Year 8 and is a good student", ["Brook"]),
        ("What's a fun way to celebrate Miracle's adoption day?", ["Miracle"]),
        ("Autumn's leaves are falling and Summer's here", []),
        ("Summer's school holiday club is full", []),
        ("Oct - Rose's Dad moved back in; Brook is in year 8", ["Rose", "Brook"]),
        ("We had heavy rain (2 weeks) and flooding", []),
        ('please make this a short text: "Hi Sky, thanks for coming today."', ["Sky"]),
        ("Rain and Storm (twins, 6) are on a plan", ["Storm"]),
        ("Any good resources from Mencap or Brook?", []),  # a cue-only name the model reads as one
        # opening a sentence, a word no list holds with an age after it, the sentence going on
        ("Assessment: Merih (60), Eritrean, TB in remission", ["Merih"]),
        ("Supervision: Nova (17) has asked me to help her", ["Nova"]),
        ("Justice (29) was assessed on the ward today.", ["Justice"]),
        ("Recommendations (5) were agreed by the panel.", []),
        ("Section (17) says the local authority must act. Appendix (2) holds the template.", []),
        ("Referrals (14) | Assessments (9) | Reviews (5)", []),
        ("Supervision: Mantvydas (14) has been excluded again.", ["Mantvydas"]),
        ("Eldest (12) is being bullied and Youngest (7) needs surgery.", []),
        # Welsh words that are also given names
        ("Beth yw'r gwahaniaeth rhwng dementia ac iselder? Mae hi'n byw bob dydd gyda'r tîm.", []),
        ("Beth says she is fine; tim said so too.", ["Beth", "tim"]),
        ("Actions (3):\n1. Book the room", []),
        ("Nova Scotia and Marvel Comics", []),  # names only with a cue
    ],
)
def test_an_age_in_brackets_makes_a_name_of_a_word_no_list_or_capital_marks(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A teacher rings about Young Person X, missing overnight twice.", []),
        ("Young Person X lives with Mr Y. and Parent B.", []),
        ("Write a report extract for 'Sam' (fictional), 16, first offence.", []),
        ("Apply ecological theory to the invented Hughes family.", []),
        ("The case-study family (the Okafors - made up by the lecturer).", []),
        ("Sam (real name withheld) has been excluded.", ["Sam"]),
        # "made up" as a verb, a made-up story, or a stand-in based on a client
        ("Tyler - made up a story about falling off his bike.", ["Tyler"]),
        ("Mum had made up Kayla's bed.", ["Kayla"]),
        ("the invented story Tyler Briggs gave the police.", ["Tyler Briggs"]),
        ("Sam - invented for this, but based on my client - is 14.", ["Sam"]),
        ("Mr Yates has been excluded.", ["Yates"]),
        # a word standing in for a surname in training material
        ("Visited Mr and Mrs Example at home. Mr Example was open about it.", []),
        ('A fictional meeting where "DC Example" and the ward manager disagree.', []),
        ("Mr Sample rang the duty line about his son.", ["Sample"]),
        ("Mr Fictional told me this, but it is based on my client.", ["Fictional"]),
        # a family said to be made up, and its members named after it in the same paragraph
        (
            "Template: The Hughes family (fictional): Mum Kerry, 34, and children Tyler (8) and Mia (3).",
            [],
        ),
        ('Characters: Panel Chair, "Jack" (a fictional 14 year old), his mum', []),
        ("chaired by the fictional TM 'Jo Bloggs' about fictional 9-year-old 'Sam'.", []),
        ("A fictional 15 year old, called 'Ryan' for the exercise, is found with cash", []),
        (
            "The Hughes family (fictional) is the example.\n\nSeen Kerry Lowe today at home.",
            ["Kerry Lowe"],
        ),
        ("Please make these fictional: Kerry Hughes, 34, and Tyler (8)", ["Kerry Hughes", "Tyler"]),
        (
            "We role-played the Hughes family (fictional). Then we discussed Kerry Jones, my actual client.",
            ["Kerry Jones"],
        ),
    ],
)
def test_stand_ins_for_no_one_are_no_names(found: Found, text: str, expected: list[str]) -> None:
    assert found("PERSON", text) == expected


def test_a_kin_word_ending_a_sentence_cues_no_name_in_the_next(found: Found) -> None:
    text = "In I, Daniel Blake, Katie is a single mother. Daniel Blake helps her. Daniel is ill."
    assert "Daniel" not in found("PERSON", text)


def test_public_helpline_does_not_hide_other_numbers(found: Found) -> None:
    text = "Call 999 if worried, or Childline 0800 1111. Mum's mobile is 07700 900123."
    assert found("PHONE_NUMBER", text) == ["07700 900123"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Visit to Faith (8) and Hope (5) at home", ["Faith", "Hope"]),  # listed names that are words
        ("Kids (Nnaemeka 6, Ifunanya (4)) present", ["Nnaemeka", "Ifunanya"]),  # Ifunanya by the age
        ("Referral: Abebech Gudeta, 16, arrived last week", ["Abebech Gudeta"]),  # age after a comma
        ("Worried about the Dvorak family again", ["Dvorak"]),  # surname before a family noun
        ("Family: Kowalczyk. Two children.", ["Kowalczyk"]),  # a family label
        ("Went out to the Patels, mum was in", ["Patels"]),  # a family in the plural
        ("Harvey and Jessica Lomax were seen", ["Harvey", "Jessica Lomax"]),  # joined first names
        ("PAUL and MAY BRENNAN - ref below", ["PAUL", "MAY BRENNAN"]),  # a heading in capitals
        ('Sandeep "Sunny" Gill-Bains was home', ['Sandeep "Sunny" Gill-Bains']),  # a nickname
        ("Lives with Niamh Ní Bhriain", ["Niamh Ní Bhriain"]),  # a name particle
        ("spoke to hope mcdermott (15) today", ["hope mcdermott"]),  # lower case, first name a word
        ("Hi Joy, can you check this", ["Joy"]),  # a greeting
        ("Joy, I have just heard about the visit", ["Joy"]),  # a vocative opening the message
        ("Hi R., thanks for covering", ["R."]),  # an initial after a greeting
        ("said r.j. and mum were out", ["r.j."]),  # lower-case initials
        ("email Maeve Foster about it", ["Maeve Foster"]),  # a surname that is also a role word
        ("Precious Okonjo-Adeyinka moved school", ["Precious Okonjo-Adeyinka"]),
        ("A little girl called Sky sat with her dad", ["Sky"]),  # a person said to be called so
        ("her son named Blue has started nursery", ["Blue"]),
        ("Referral about a Year 9 boy called Storm who says he is gay", ["Storm"]),
        ("A boy named Forrest has been excluded", ["Forrest"]),  # the model's name, kept by the cue
        ("Her son named Legend after his late grandad", ["Legend"]),  # "named" is never a call
        ("Her new partner, a fella called Storm, has a conviction", ["Storm"]),
        ("The girl called Summer disclosed it to her teacher", ["Summer"]),
        ("Worker: J. Lomax", ["J. Lomax"]),  # an initial and a listed surname
        ("SW: K. Okafor", ["K. Okafor"]),
        ("Prisoner name: Jermaine Wallace\nPrison number: G7730KT", ["Jermaine Wallace"]),  # next line
        ("Referral for Tyler Briggs. School report attached", ["Tyler Briggs"]),
        ("Visited Mrs Judge at home", ["Judge"]),  # a surname that is also a public title
        ("Explain Tyler's plan to his nan", ["Tyler"]),  # a request, then a name
        # who someone is, in brackets after the name
        ("Write to Destiny (care leaver) about her rent", ["Destiny"]),
        ("rewrite: Mo (Somali elder) discharged today", ["Mo"]),
        ("Can Tomasz (our care leaver) vote?", ["Tomasz"]),
    ],
)
def test_when_cue_in_the_words_around_then_name_found(found: Found, text: str, expected: list[str]) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Visited St Bartholomew's and St Anne's today",  # saints: a school, a church, a hospital
        "She has MS. Dad not involved.",  # a sentence ends between a cue and the next word
        "the named nurse read it out",  # a lower-case word after a title must be a name, not a word
        "They spent two years in a camp in Jordan",  # a place that is also a name
        # ... before its county's bodies, or a pair of places' patch (session 23)
        "Include the Devon MASH number as the example local contact.",
        "Guidance from Devon and Somerset Fire and Rescue Service with Devon County Council",
        "Agenda for our Skye and Lochalsh locality meeting",
        "Case study: Whorlton Hall and Winterbourne View",
        "Explain the Fraser guidelines and the Francis report",  # names of documents and rulings
        "Maslow's hierarchy and Kolb's cycle",
        "What do Brandon and Sidebotham say about neglect?",  # a co-author of a public name
        "Speaker: Dr Ruth Allen",  # a title before a listed full name
        "e.g. a p.e. lesson, i.e. school",  # abbreviations, not initials
        "How do Liberty Protection Safeguards work?",
        "the Polish family and the Roma family",  # nationalities and ethnicities, not surnames
        "Care package rose in June 2024",
        "found in Carlisle, 14, alone",  # a place after "in", then an age
        "We read a book called Wonder with the group",  # only a person is "called" a name
        "The girl called Childline last night",  # "called" as a verb, then a service
        "A neighbour called Social Services because the baby was crying",
        "A friend called Samaritans for him after the argument",
        "We're reading A Man Called Ove in our book club",  # a title, capitalised
        "Make up a case study of a woman named Person A",  # placeholders
        "Write a scenario about a girl called Example Child",
        "The client called Housing on Monday about the rent",  # "called" as rang
        "A friend called Women's Aid for her after the assault",
        "A Year 7 boy called Gay by other boys all week",  # a name someone was called
        "Summarise Williams v London Borough of Hackney [2018] UKSC 37",  # a request, then a case
        # a claimant in a judicial review, with the report's year
        "What did R (on the application of Kieran Sowerby) v Dorset CC [2019] EWHC 55 decide?",
        "Explain R (Sowerby) v Dorset CC [2019] EWHC 55",
        # an anonymised child by sex and age, a chronology's months
        'Composite case for the poster: "Boy, 16, exploited online, missing from care."',
        "Order these:\nMay - moved in with nan\nJan - born\nMar - first CP conference",
        "Jan - moved to nan's\nOct - school place",
        # a word in brackets that is no one's role
        "Book Hope (charity) for the event",
        "Safeguarding (child) procedures apply where there is self-harm.",  # no listed first name
        "We met in Leeds (client) last week",
    ],
)
def test_when_not_a_person_then_no_name(found: Found, text: str) -> None:
    assert found("PERSON", text) == []


def test_name_in_capitals_repeats_in_title_case(found: Found) -> None:
    text = "KEITH and JUNE PARRY\n- June had a fall in June 2024"
    assert found("PERSON", text) == ["KEITH", "JUNE PARRY", "June"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lady Hale and Sir Martin Narey both spoke", []),
        ("Professor Harry Ferguson and Prof. Sue White on home visits", []),
        ("the statement from Alex Ross MP and Jo Lee CBE", []),
        # a capitalised honour is needed: "the lady next door" is anyone
        ("the lady next door, Sue, saw him", ["Sue"]),
        ("Jack Smith (MS) was seen at home", ["Jack Smith"]),  # MS here is multiple sclerosis
        # a cue before or an age after makes it a person after all; "Justice" is also a first name
        ("Dad, Lord Adeyemi, is in custody", ["Lord Adeyemi"]),
        ("Foster carer Prof Adeyemi reports he is settled", ["Adeyemi"]),
        ("Met with Justice Adeyemi and his mum at home", ["Justice Adeyemi"]),
        # a judge as law reports write one; a case note's "Sarah J" is Sarah
        ("In [2011] EWHC 1377 (COP), what did Peter Jackson J say about the standard?", []),
        ("Minutes\nLiam Jones J said he has been using heroin again.", ["Liam Jones"]),
        ("Actions: Leah Johnson LJ to see her GP. (Court of Appeal guidance applies.)", ["Leah Johnson"]),
        ("Seen Sarah J at home, she is well", ["Sarah"]),
        ("Seen Sarah Jones J. at home", ["Sarah Jones"]),
        # initials in an attendance list, or a name before "J has"
        ("Present: Leah Johnson LJ (mother), Jade Jones JJ (aunt).", ["Leah Johnson", "Jade Jones"]),
        ("Liam Jones J has a heroin addiction.", ["Liam Jones"]),
        ("Liam Jones\tLJ\tFather", ["Liam Jones"]),
    ],
)
def test_when_public_title_then_public_figure(found: Found, text: str, expected: list[str]) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office given beside the name, before it or after it
        ("Keynote: Iona Colvin, Chief Social Work Adviser to the Scottish Government", []),
        ("what Robin Swann as Health Minister said about it", []),
        ("chaired by Geoffrey Howe, who later became Chancellor", []),
        ("the sociologist Erving Goffman on stigma", []),
        # a case's own professionals are not public offices
        ("Strategy meeting chaired by Jo Adeyemi, team manager", ["Jo Adeyemi"]),
        ("Mum Sarah Clarke, a journalist, was upset", ["Sarah Clarke"]),  # a cue keeps it hers
    ],
)
def test_when_public_office_beside_then_public_figure(found: Found, text: str, expected: list[str]) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names inside the proper name of a body, a review or a document
        ("the Charlie Taylor Review of the Youth Justice System (2016)", []),
        ("the Jo Cox Commission on Loneliness", []),
        ("The paediatrician at the Royal Victoria Infirmary said the injury was not accidental", []),
        ("What did the Casey Report on the Metropolitan Police (2023) say?", []),
        # reviews known by a surname that is also a given name, listed as phrases
        ("I think it was the Flynn SCR that I need", []),
        ("a lunch-and-learn on the Sharif review, 12:30", []),
        ("What did the Wood Report say?", []),
        ("Tyler review is on Tuesday, mum Kerry attending", ["Tyler", "Kerry"]),
        ("the Harry review next week: his epilepsy meds", ["Harry"]),
        ("I volunteer with the St Vincent de Paul Society on Saturdays.", []),
        ("the model developed by David Mandel", []),
        ("Simon Hackett's continuum model", []),
        # works given with their publication, their authors and co-authors
        ("Hackney Child by Hope Daniels (Simon & Schuster, 2014)", []),
        ("Gillian Ruch, Danielle Turney and Adrian Ward's Relationship-Based Practice (2nd edn, 2018)", []),
        ("the Rolfe model (2nd edn, Palgrave, 2010)", []),
        ("Kitwood (1997) on personhood and Oliver's (1983) social model of disability", []),
        ('"The Boy Who Was Raised as a Dog" by Bruce Perry and Maia Szalavitz (2006)', []),
        ("what Charlie Taylor's 2016 Review of the Youth Justice System said", []),
        ("where has that got to in the Mental Health Bill?", []),
        ("Mum told Bill to leave the house", ["Bill"]),
        ("Jayden's 2023 review went well", ["Jayden"]),
        # a child's name is not a document's: lower case, a cue, or no publication
        ("Kacey review for panel", ["Kacey"]),
        ("a drawing by Jayden Clarke for his mum", ["Jayden Clarke"]),
        ("Mum Sarah Clarke's Family Plan (March 2024) agreed", ["Sarah Clarke"]),
        # bills, reported cases, inquiries' chairs, quoted works, qualified models, public record
        ("what the Children's Wellbeing and Schools Bill proposes", []),
        ("Aintree University Hospitals NHS Foundation Trust v James [2013] UKSC 67", []),
        ("the Ely Hospital inquiry (Geoffrey Howe, 1969)", []),
        ('Featherstone, White and Morris\'s "Re-imagining Child Protection" (2014)', []),
        ("how it relates to Michael Oliver's social model of disability", []),
        ("Victoria Climbié's arrival in England with Marie-Thérèse Kouao in 1999", []),
        ("Name: Jane Doe (example)", []),
        # the same shapes around a client are still a client
        ("CLA review (Jayden Clarke, 12/03/2024) held", ["Jayden Clarke"]),
        ("Mum told Bill to leave; the Schools meeting is on Monday", ["Bill"]),
        ("Tyler Smith's care plan (2024) was agreed", ["Tyler Smith"]),
        ("Jayden Clarke's role model is his cousin.", ["Jayden Clarke"]),
        ("Section 47 investigation (Tyler Briggs, 2021): neglect substantiated.", ["Tyler Briggs"]),
        ("Concerns about the safety of Georgia: mum's partner.", ["Georgia"]),
        ("We discussed the care of Jordan (aged 7).", ["Jordan"]),
        ("the town crier of Chester", []),
        ("I was caught in the middle of Sharon and Darren's row", ["Sharon", "Darren"]),
        ("C100: Darren Holt v Kelly Clarke (2024), Leeds Family Court", ["Darren Holt", "Kelly Clarke"]),
        # a party the model reads with the case's "v", before a law report's citation; a surname
        # naming a centre
        ("What did Gillick v West Norfolk and Wisbech AHA [1986] AC 112 decide?", []),
        ("the Hollins Family Centre, 2 Chapel Walk", []),
        # a client's court papers are not a reported case, a first name no centre's, a family's
        # court hearing no body
        ("Leeds CC v Kelly Clarke (2024) listed for the IRH", ["Kelly Clarke"]),
        ("Jayden Family Centre visit on Tuesday", ["Jayden"]),
        ("Re: Kowalczyk Family Court hearing on 14 March", ["Kowalczyk"]),
        # reviews found these: names further along the sentence, a client's character
        (
            "In Leeds CC v Marsh, Leah Marsh [2024] EWFC 3 was found to have failed to protect.",
            ["Marsh", "Leah Marsh"],
        ),
        ("She was out of character Kelly Hughes said.", ["Kelly Hughes"]),
        ("The character Mason Whitfield goes to contact with his mum.", ["Mason Whitfield"]),
        ("Zainab Price v Price, see Re B [2013] UKSC 33.", ["Zainab Price v Price"]),
        (
            "We discussed Zainab v Liam Price - cf Re B [2013] UKSC 33 - in supervision.",
            ["Zainab v Liam Price - cf Re B"],
        ),
        ("Child's surname: Okonkwo\nFamily Centre: Hollins", ["Okonkwo"]),
        ("He is of previous good character Jordan Pike says.", ["Jordan Pike"]),
        ("Describe the character\nMolly Dawson is 9.", ["Molly Dawson"]),
        ("The storyline about Keira Walsh's removal is in her life story book.", ["Keira Walsh"]),
    ],
)
def test_when_a_name_names_a_work_or_body_then_no_one(found: Found, text: str, expected: list[str]) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C.A.L.L. Mental Health Listening Line", []),  # four dotted capitals are an acronym
        ("seen J.K. at school", ["J.K."]),
        ("the history of long-stay hospitals", []),  # "long" is a name and an ordinary word
        ("spoke to Ellie-Rose and her brother", ["Ellie-Rose"]),
        ("we ran a pop-up clinic at the library", []),  # "pop" is a surname and a word, "up" no name
        ("Ah-Young told me she is scared", ["Ah-Young"]),
        ("a D-Day veteran, an X-ray and no-faith families", []),  # a letter or a particle makes a word
    ],
)
def test_initials_and_hyphenated_words(found: Found, text: str, expected: list[str]) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 14-year-old in Bala whose mum died", []),  # a town that is also a given name
        ("the only family on the Isle of Barra", []),
        # a place's or a building's name after a word that opens one
        ("How does that work at HMP Berwyn in Wrexham?", []),
        ("Letter to the Chair of Governors, Ysgol Bro Idris, Dolgellau", []),
        ("travel for staff from Dingwall and Fort William", []),
        # a name inside the title of a listed work, and made-up people said so after the name
        ("A fictional case note about Bob Cratchit's family from A Christmas Carol", []),
        ("Eeyore (Winnie the Pooh) has low mood", []),
        ('Case study: "Kai, 14 (fictional), excluded from school"', []),
        ('Training role-play: "Jay" is a fictional 15-year-old on a referral order.', []),
        ('I played "Mr Grimes", a fictional man who drinks', []),
        ("Jay is a lovely boy and a fictional story fan", ["Jay"]),
        ("Workshop: the Hughes family (fictional). Next: Kerry Lowe (34) was seen at home.", ["Kerry Lowe"]),
        # session 15: made-up people introduced before the name, by a role or in brackets
        ('an invented widow called "Edna", 16 entries', []),
        ('a made-up older woman called "Dorothy" (81) with falls', []),
        ('the fictional case of "Jamie", a 29-year-old', []),
        ('the made-up "Mr Wells", 50, has stopped eating', []),
        ('In the scenario the character "Kieran" is groomed online.', []),
        ('In the training video an actor plays "Tom", a young man.', []),
        ("'Lisa', a character in our training scenario, is unwell.", []),
        ('Scenario character: "Daniel", fictional, 34, known to be unwell', []),
        ("Exam practice: the Peters family (all names invented) and their GP.", []),
        ('Exemplar: the fictional "Johnson family", where Mrs Johnson cares for her son.', []),
        # ... not a verb, an eccentric, a reference, a quoted sentence, nor a real client
        ("Ellie, made up a story at school about her stepdad.", ["Ellie"]),
        ("Kyle Brown, fictional? No - he is on my list.", ["Kyle Brown"]),
        ("Lisa, a character in the village everyone knows, was sectioned.", ["Lisa"]),
        ("Mrs Patel (a character reference from her GP is attached) is low.", ["Patel"]),
        ("Mum described his character: 'Kyle Brown is kind but gets angry.'", ["Kyle Brown"]),
        ("Chloe has made up with her dad Kevin Marsh after the row.", ["Chloe", "Kevin Marsh"]),
        ("Police think the girl invented Mr Harris's role in it.", ["Harris"]),
        ("Not a made-up case study: Jamie is a real 9-year-old on my caseload.", ["Jamie"]),
        ("In my essay the character 'Kieran' is my real service user.", ["Kieran"]),
        ("Connor, a character in the school play, told his teacher.", ["Connor"]),
        ("Sam Green (character in the school play) disclosed it.", ["Sam Green"]),
        ("Jayden Price, fictional stories about his dad's job again today.", ["Jayden Price"]),
        ("Rhys Morgan (all names are made up by him online) is being groomed.", ["Rhys Morgan"]),
        # a title straight before a name, never with a comma; "MS" before Microsoft's products
        ("Participants: Chair, Police DS, School DSL, Health Visitor", []),
        ("Log in to MS Teams; MS Jones called about her son.", ["Jones"]),
        ("How do I use the Gibbs reflective cycle in supervision?", []),
        # a village's or small town's name written in full
        ("email to my TM about the Newton Stewart office closing", []),
        ("the cottage hospitals at Newton Stewart and Castle Douglas", []),
        ("referrals from the Port Talbot area went up 14%", []),
        ("Mr Newton Stewart rang the duty line", ["Newton Stewart"]),
        ("Newton Stewart rang the duty line about his son", ["Newton Stewart"]),
        ("Ashley Green is 14 and lives with mum", ["Ashley Green"]),
        ("I spoke to Ashley Green about the move", ["Ashley Green"]),
        ("Letter to Clayton West (15) about his exclusion", ["Clayton West"]),
        ("Ty Evans (15) has been excluded; meeting at Tŷ Hywel", ["Ty Evans"]),  # "Ty" is a given name
        ("Precious Okonjo-Adeyinka moved school", ["Precious Okonjo-Adeyinka"]),
    ],
)
def test_places_given_names_and_folded_letters(found: Found, text: str, expected: list[str]) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dear Mr Ó Súilleabháin,", ["Ó Súilleabháin"]),  # a particle after a title
        ("Assessment for Mr Krzysztof Zieliński (Krzys), NHS", ["Krzysztof Zieliński", "Krzys"]),
        ("Marlon and Precious both deny dealing.", ["Marlon", "Precious"]),
        ("Tyler Smith (Mosaic) met Jo and June.", ["Tyler Smith", "Jo"]),  # a system, a month
        # names that are also words, and not after a possessive
        ("Gene is 84 and Glen has been drinking again.", ["Gene", "Glen"]),
        ("The impact on Jordan has been significant since dad left.", ["Jordan"]),
        # a listed place in a list of places, after "the", or an island after "on"
        ("What about staff who live out towards Corwen and Bala?", []),
        ("Sections: news from the Skye and Lochalsh hub, dates for the diary.", []),
        ("A video link to Benbecula and Barra for the meeting.", []),
        ("Timeline of social services provision on Skye since 2000.", []),
        ("The Jordan family moved; Jordan has a new school.", ["Jordan", "Jordan"]),
        ("Talked to Mum and Jordan about the bruise.", ["Jordan"]),
        ("We're moving to Leeds and Jordan got upset.", ["Jordan"]),
        ("We met on Tuesday and Jordan said his stepdad shouts.", ["Jordan"]),
        ("The Skye I mentioned has moved.", ["Skye"]),
        ("The impact on Skye has been huge.", ["Skye"]),
        ("Dad took it out on Lewis, aged 9.", ["Lewis"]),
        ("Concerns were raised about Bishop Emmanuel Okafor at the church.", ["Emmanuel Okafor"]),
        ("What does Gillick / Fraser say about this?", []),
        ("he carries the Huntington's gene himself", []),
    ],
)
def test_particles_short_forms_pairs_and_places(found: Found, text: str, expected: list[str]) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In the Netflix drama Adolescence (2025), Jamie Miller is a 13-year-old arrested for murder.",
        "In the novel Room (2010), Jack is five and has never left the room.",
        "In the novel Still Alice (2007), Alice Howland has early onset Alzheimer's.",
        "Compare Ken Loach's film I, Daniel Blake (2016) with Katie's story as a single mum.",
        "For a recording workshop, a case note about a fictional family: Oliver and Mr Brownlow.",
        "Make it obvious it's about the TV characters (Fiona, Lip, Ian, Debbie, Carl and Liam).",
        "Lola Pearce's brain tumour storyline in EastEnders opened the conversation.",
        "Use Shuggie Bain by Douglas Stuart (Picador, 2020) to write about Agnes's isolation.",
        # the request names the film and no one; the material after it is the film's
        "Is this a good case note for training? It's based on the film Kes (1969).\n\n"
        '"Billy Casper is fifteen. Mr Farthing, his teacher, saw the kestrel."',
    ],
)
def test_characters_of_a_named_work_of_fiction_are_no_ones(found: Found, text: str) -> None:
    assert found("PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tyler watched a film with Jayden at the weekend.", ["Tyler", "Jayden"]),
        ("Mum Sarah Clarke read the book to Tyler at bedtime.", ["Sarah Clarke", "Tyler"]),
        # a cue further down reaches only its own paragraph
        (
            "Visit to Tyler Brown today.\n\nAfterwards we talked about the film Kes (1969) and Billy.",
            ["Tyler Brown"],
        ),
        # an age or a kin word says a person is real, and so are their other mentions
        (
            "Referral: Amy Lowe (15) watches the ITV series Coronation Street with nan. Amy is low.",
            ["Amy Lowe", "Amy"],
        ),
        (
            "Compare the film I, Daniel Blake (2016) with my work with Peter Dobson (58), who is low.",
            ["Peter Dobson"],
        ),
        # a request that names someone does not make the material fiction
        (
            "Can you summarise this? Liam likes the Netflix series Stranger Things.\n\n"
            "Referral: Liam Fletcher lives with mum Sarah Fletcher.",
            ["Liam", "Liam Fletcher", "Sarah Fletcher"],
        ),
        # words that only look like a work's title or a fiction cue
        ("Amelia Hart disclosed self-harm. She copies characters from TikTok.", ["Amelia Hart"]),
        ("Ron Walsh is a well-known character in Wigan.", ["Ron Walsh"]),
        ("Jayden Clarke attended Play Therapy (2023) and Triple P (2022).", ["Jayden Clarke"]),
        ("Completed Life Story Book (2023) with Mia Clarke.", ["Mia Clarke"]),
        (
            "Maternal Grandmother (Joan Fletcher, 1948-2020) raised Tyler Brown.",
            ["Joan Fletcher", "Tyler Brown"],
        ),
        ("Jayden's Care Plan (2024) was agreed with Tyler Brown.", ["Jayden", "Tyler Brown"]),
        ("Dad Darren Hughes registered a fictitious child for benefits.", ["Darren Hughes"]),
        ("Tyler dressed as his favourite book character for World Book Day.", ["Tyler"]),
        # a request for fictional names, or one about a film, over real material
        (
            "Can you change the names in this to fictional characters so I can share it?\n\n"
            "Visit to Shannon Doyle. Kieran Walsh has returned.",
            ["Shannon Doyle", "Kieran Walsh"],
        ),
        (
            "Can you improve my essay? It compares my placement with the film I, Daniel Blake (2016)."
            "\n\nOn placement I worked with Aisha Rahman.",
            ["Aisha Rahman"],
        ),
        # a child's favourite programme, a verb that is also a medium
        (
            "Tyler Briggs, DOB 12/03/2015. Tyler loves the Netflix series Stranger Things.",
            ["Tyler Briggs", "Tyler"],
        ),
        ("Please book Jayden Smith (2014) into the holiday club.", ["Jayden Smith"]),
        # a possessive that is a place, not an owner
        ("at nan's jayden disclosed that he gets hit", ["jayden"]),
        # fiction-like words in a case note, a documentary, a quotation, a client said to be one
        ("The character reference for Darren Smith mentions his drug use.", ["Darren Smith"]),
        ("During direct work Tyler Briggs chose the Paw Patrol characters.", ["Tyler Briggs"]),
        ("We planned the storyline of his life book with Tyler Briggs.", ["Tyler Briggs"]),
        (
            "A young person I work with, Tyler Briggs, reminded me of Billy in the film Kes (1969).",
            ["Tyler Briggs", "Billy"],
        ),
        ("Tyler Briggs, aged 8, watched the film Home Alone (1990).", ["Tyler Briggs"]),
        ("Kelly Brown featured in the Channel 4 documentary Benefits Street (2014).", ["Kelly Brown"]),
        ('Chronology: Tyler Briggs said "dad hits me" (2022).', ["Tyler Briggs"]),
        ('Kayleigh Brown\'s "Position Statement" (2024) was filed.', ["Kayleigh Brown"]),
        # a name before the cue, a client said so anywhere in the sentence, an identifier beside it
        ("Tyler Briggs loves the film Kes (1969) and watched it with his nan.", ["Tyler Briggs"]),
        ("He watched the film Kes (1969) with Jayden Clarke, my client.", ["Jayden Clarke"]),
        ("The film Kes (1969) with Tyler Briggs, NHS 943 476 5919, on Friday.", ["Tyler Briggs"]),
        ("We watched the film Kes (1969); Darren Holt shouted at Tyler.", ["Darren Holt", "Tyler"]),
        # a request that does not say the quoted material is fiction
        (
            "Please rewrite for a report, a bit like the book Wonder (2012).\n\n"
            "'Tyler Briggs told me Darren Holt hit him.'",
            ["Tyler Briggs", "Darren Holt"],
        ),
        ("Kelly Clarke claimed a fictional family member had died.", ["Kelly Clarke"]),
        ("Jayden Clarke's storyline at school has been difficult.", ["Jayden Clarke"]),
    ],
)
def test_a_film_or_a_book_in_a_case_note_does_not_hide_the_family(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("PERSON", text) == expected


def test_letters_without_a_separable_accent_fold_too() -> None:
    assert [_fold(w) for w in ("Işık", "Đạt", "Stanisław", "Søren", "O’Neill")] == [
        "isik",
        "dat",
        "stanislaw",
        "soren",
        "o'neill",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the shapes of citations, bodies and publications, around a client's name in a case note
        "The child (Jayden Clarke, 2011) was placed with kin.",
        "Seen by Grace Clarke (12/03/2024) at home.",
        "Grace Clarke's Family Plan (March 2024) agreed.",
        "Statement of Kayla Brown by Sarah Clarke (police, 2023).",
        "Jayden Clarke Review meeting held today with mum.",
        "Safety plan developed by Grace Clarke and her social worker.",
        "Jayden Clarke's attachment to his mum is strong.",
        "Tyler Brown, Jayden Smith and Keira Wilson's care plan (2024) reviewed at panel.",
        "Children: (Amelia Wood, 2014) and (Grace Pearson, 2016).",
        # callings and offices anyone may hold
        "Mum's new partner, a journalist Dean Walsh, has a conviction for ABH.",
        "Grace Clarke, local campaigner, disclosed that her partner hits her.",
        "Grace Clarke was the author of the threatening messages.",
        "Jonathan Cape rang about his son.",
    ],
)
def test_a_clients_name_in_those_shapes_is_still_a_name(found: Found, text: str) -> None:
    assert found("PERSON", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names of the communities social workers serve that no list knew (Manx, Eritrean)
        ("hv today - illiam (4) and baby moirrey with mum in Ramsey.", ["illiam", "moirrey"]),
        ("confirming that Awet (17, Eritrean) has been in our care since 15", ["Awet"]),
        # a school year in brackets, or a person's relative clause, after a name that is a word
        ("Team around the family - Brook (Y2) and family.", ["Brook"]),
        ("Hope (Year 10, EHCP) has been excluded again", ["Hope"]),
        ("Sky (Reception) has settled well at school.", ["Sky"]),
        # a section of an Act is no school year
        ("Hope (s17) funding was agreed at panel.", []),
        ("On placement I worked with Patience, who's 19 and a new mum.", ["Patience"]),
        # not a clause about a sentence's first word, nor a place's name before a clause
        ("Given who she is I'd suggest a senior practitioner.", []),
        ("the only Quaker in a village near Saffron Walden, who's refusing treatment", []),
    ],
)
def test_when_a_school_year_or_a_clause_about_them_follows_then_name_found(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("telecare roll-out to Barra and Vatersay next month", []),
        ("older people in Northern Ireland, especially Fermanagh and Tyrone?", []),
        ("The team covers Forres, Buckie, Keith and the Speyside villages.", []),
        # people in a list, or doing something after it: children are named after places
        ("Lewis and Harris were fighting in class again", ["Lewis"]),
        ("Keith, Tyrone and Jordan got excluded", ["Keith", "Tyrone", "Jordan"]),
        ("Phoenix and Skye, both autistic, need a foster home.", ["Phoenix", "Skye"]),
        ("I talked to Harris and Lewis about the move.", ["Lewis"]),
        ("Can someone cover the pick-up for Jordan and Phoenix?", ["Jordan", "Phoenix"]),
        ("Home visit to Jordan and Tyrone today, bruising on arms noted.", ["Jordan", "Tyrone"]),
    ],
)
def test_when_a_name_is_listed_among_places_then_a_place(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that is a word, saying or wanting something, in any case (session 17)
        ("pls tidy – case note: Destiny said she's been cutting again.", ["Destiny"]),
        ("Summer wants to bring her guinea pig to contact.", ["Summer"]),
        ("pat says her back is bad but she'll manage.", ["pat"]),
        ("nan says hope wants to bring her rabbit.", ["hope"]),
        # or with a relative of theirs, in lower case
        ('convert to email: "faith\'s dad kicked off @ contact agn"', ["faith"]),
        # not the word after a determiner, a month, or the end of a title
        ("The will said he left everything to the cats.", []),
        ("Some guy said the council would pay.", []),
        ("Her faith says divorce is wrong.", []),
        ("Last summer's placement review went well.", []),
        ("1. Minutes of 14 Jan agreed.", []),
        ("Chronology: Jun admitted to the unit; Feb stopped eating.", []),
        ("Amazing Grace said it all.", []),
        # a review found these: a month before the name, other verbs, and words that only read
        # like a name saying something
        ("In March Destiny said she'd tried to take an overdose.", ["Destiny"]),
        ("Dawn phoned, she's relapsed.", ["Dawn"]),
        ("Hope says a lot about resilience - find me research on hope theory.", []),
        ("Grace said before meals is part of the family's routine.", []),
        ("Summer says goodbye to the holiday club this week!", []),
        ("The Muslim faith says that divorce is permitted.", []),
        ("The mental health bill says that detention criteria will change.", []),
        ("Human rights group Liberty said that the powers go too far.", []),
        ("Police chase reported to the IOPC.", []),
    ],
)
def test_when_a_name_that_is_a_word_says_something_then_name_found(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a child of theirs, a family name, a role with a possessive in brackets (session 17)
        ("Saw Precious and her little boy Blessing at the family hub.", ["Blessing"]),
        ("Agenda for a family group conference - family name is McCluskey.", ["McCluskey"]),
        ("Called Seonaidh (patient's sister) to let her know.", ["Seonaidh"]),
        ("Agenda for the PEP meeting – Ocean (Year 9): attendance, targets.", ["Ocean"]),
        ("Can you help me rewrite this review for Callan? He's done well.", ["Callan"]),
        ("faith (15) told me she was scared", ["faith"]),
        ("grace (aged 14) was upset", ["grace"]),
    ],
)
def test_when_a_cue_of_session_17_stands_beside_a_word_then_name_found(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # places: a point of the compass, a forest or a vale, a king's or a bishop's town
        "Coughlan (R v North and East Devon HA, ex p Coughlan [1999])",
        "delays due to home care in East Lindsey (Skegness, Louth)",
        "what hidden rural poverty looks like in the Forest of Dean",
        "How do AMHP services in rural Norfolk (e.g. King's Lynn, Cromer) cope?",
        "how it affects welfare checks in Devon and Cornwall Police's area",
        # statistics for the nations
        "the age of criminal responsibility in England and Wales (10), Northern Ireland (10)",
        # a bill, a charity after MS
        "Wessely review (Dec 2018), White Paper (Jan 2021), draft Bill (June 2022)",
        "What did the Mental Health Alliance say about the 2025 Mental Health Bill?",
        "Joint Committee report (Jan 2023); Bill introduced (Nov 2024), Royal Assent (2025?)",
        "2. MH Bill implementation",
        "Use a diary (e.g. the MS Society symptom diary).",
        # public figures by distinctive full name
        "Summarise Damian Milton's double empathy problem.",
    ],
)
def test_places_bills_and_public_figures_of_session_17_are_not_names(found: Found, text: str) -> None:
    assert found("PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chelsea said her mum hit her.", ["Chelsea"]),
        ("Had a call from Chelsea, 14, crying.", ["Chelsea"]),
        ("Got a message from Chelsea about her stepdad.", ["Chelsea"]),
        ("Since moving down South Tyler has been happier.", ["South Tyler"]),
        ("Zyaire England (15) was excluded.", ["England"]),
        ("Visit to YP Bill (15) at the hostel.", ["Bill"]),
        ("Following Okafor's arrest the children were moved.", ["Following Okafor"]),
        ("Home visit to Devon and Chelsea today, both on CP plans.", ["Devon", "Chelsea"]),
    ],
)
def test_children_named_after_those_places_and_words_are_still_names(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name that is also a word, capitalised straight after a role (session 18)
        ("Jayden came in with his foster carer Amber to sign his pathway plan.", ["Jayden", "Amber"]),
        # ... or with a relative of theirs after "and her", "and his"
        ("Took Brook and her brother to the dentist.", ["Brook"]),
        # given names no list knew (session 18)
        ("tidy note: Elvira (mum) told me she's scared.", ["Elvira"]),
        ("Fill the health field: Sterling (4), eczema.", ["Sterling"]),
        ("Hi, Chanel's foster carer says she's been having seizures.", ["Chanel"]),
    ],
)
def test_when_a_cue_of_session_18_stands_beside_a_word_then_name_found(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The support worker Will be there at ten.",
        "The plan for the child Protection conference.",
        "balancing faith and her family's expectations",
        "The fees are paid in pounds sterling.",
        "Grace and her friends is a picture book.",
        "Our foster carer Amber scheme offers respite placements.",  # a role, then a thing's name
        "why a Chanel handbag on credit is a bad idea",  # a fashion house
        "Can a 17 year old apply for the Young Carer Grant in Scotland?",  # a role in a title
        "We watched a film called Joy in the student training session.",
        "She has lost hope and her mother is worried.",
        "He found strength in faith and his brother's support after the loss.",
    ],
)
def test_words_after_a_role_or_before_a_relative_stay_words(found: Found, text: str) -> None:
    assert found("PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed surname in a file's name or a path, with the given name or initial joined to it
        ("Which first: Chronology_Roskilly_v7.xlsx or the plan?", ["Roskilly"]),
        ("Current examples: SMITH_T_CIN_plan_v3.docx", ["SMITH_T"]),
        ("Rename Kowalczyk_Julia_LAC_review.docx please", ["Kowalczyk_Julia"]),
        ("Shared drive: S:\\CSC\\Team3\\Kaur_Simran\\CP_plan.docx", ["Kaur_Simran"]),
        ("the link is https://x.example/sites/cin/Mwangi%20Grace%20CIN%20review.docx", ["Mwangi%20Grace"]),
        # a common surname, a review's or a report's file, a birth date after the surname
        ("Which first: Wilson_chronology.docx or the plan?", ["Wilson"]),
        ("Which first: Roskilly_LAC_review.docx or CP_report_Roskilly_v2.docx?", ["Roskilly", "Roskilly"]),
        ("Attached: Roskilly_2010-05-14_EHCP.pdf", ["Roskilly"]),
        ("Client file: Munro_Kayden_CP_plan.docx", ["Munro_Kayden"]),  # a public surname with a given name
        ("Saved as Jones_Kayla_2015.docx in the child's folder.", ["Kayla"]),  # a given name before a year
    ],
)
def test_a_surname_in_a_file_name_is_a_name(found: Found, text: str, expected: list[str]) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Reading list: Munro_2011_review_final.pdf",  # cited by year
        "Narey_residential_care.pdf is on the reading list",  # a public surname alone
        # authors, co-authors or an initial, then the year (session 23)
        "Summarise Broadhurst_Mason_2017_Birth_parents_and_the_collateral_consequences.pdf",
        "Is Munro_E_2019_Decision_making_under_uncertainty.pdf a real paper?",
        "files: Mason1993_Safe_Uncertainty.pdf and Taylor_White_2006_Knowledge_and_reasoning.pdf",
        "Updated rota: Turner_Team_rota.xlsx",  # a team's file
        "Use CIN_plan_template_v4.docx and Threshold_guidance_2025.pdf",
        "The custody ref was CU/TR/25/01822 and/or the log number.",
    ],
)
def test_a_file_name_without_a_surname_names_no_one(found: Found, text: str) -> None:
    assert found("PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forms and court papers print names in capitals, after a label or surname first
        ("Patient: ALAN DOWRICK     NHS No: to follow", ["ALAN DOWRICK"]),
        ("NAME: ROBERTSON, CALLUM    CHI: pending", ["ROBERTSON, CALLUM"]),
        ("Header: KOWALCZYK, Hanna | carer's allowance", ["KOWALCZYK, Hanna"]),
        # a family no list knows, by "the ... family"
        ("4 kids, the Lakeman family, CP plan 9 months", ["Lakeman"]),
        ("the Armitage family have four children on CP plans", ["Armitage"]),  # a surname and a village
        ("Mrs White-Smith has dementia and lives alone", ["White-Smith"]),
        ("Claude said: he will not go back to the flat", ["Claude"]),  # no chatbot conversation here
        ("Jake Moss (training case for my practice educator) - he was sectioned", ["Jake Moss"]),
        # the sender of a line of an exported chat
        ("Summarise:\n[07/04/2025, 08:01] Mo: the lad's fine\n[07/04/2025, 08:02] Me: ok", ["Mo"]),
        ("Texts:\nMon 17:02 Deklan: wont be there 2moro\nMon 17:10 Me: why not", ["Deklan"]),
        # a parent called Claude in a family's chat, with no user's turn of a chatbot conversation
        (
            "[12/03/2025, 19:22] Claude: you lot cant stop me\n[12/03/2025, 19:25] Me: call the office",
            ["Claude"],
        ),
    ],
)
def test_names_as_forms_families_and_chats_write_them(found: Found, text: str, expected: list[str]) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a caseload list, surname first, one name to a line: never one name across lines
        (
            "Caseload by surname please:\nWood, Charlene\nAllan, Margaret\nPirie, Derek",
            ["Wood, Charlene", "Allan, Margaret", "Pirie, Derek"],
        ),
        ("Count them:\nHunter, Blake - CP\n- Milne, Cody - LAAC", ["Hunter, Blake", "Milne, Cody"]),
        ('Agenda: "Child\'s Plan Meeting - GRANT, Mia & GRANT, Leo"', ["GRANT, Mia", "GRANT, Leo"]),
        # a word-name said with casework of theirs or a role in brackets
        ("Agenda for River's LAC review next week", ["River"]),
        ("just so you know Harmony (YP in our hostel) has told staff", ["Harmony"]),
    ],
)
def test_names_in_lists_and_word_names_with_their_casework(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("PERSON", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the Somali family next door has asked about ESOL classes",  # a people, not a surname
        "the Nuffield Family Justice Observatory's report on recurrent care",  # a body's name
        "the Newry family support hub takes self-referrals",  # a service's name
        "Reflection: the Sark family I met have to take the ferry for every appointment.",  # a place
        "[09:00] Duty desk: call back\n[09:01] Admin: received\n[09:02] ChatGPT: sure",  # roles, bots
        "You said: shorten this\nClaude said: Here is a shorter version.",  # a chatbot's turn
        "User: shorten this\nGemini: Here is a shorter version.",
        "Reading list: Featherstone_Gupta_White_2018_Protecting_Children.pdf",  # co-authors
        "Subject: JOB ADVERT FINAL",
        "Subject: SUMMER READING list for the team",
        "Re: APRIL NEWSLETTER",
        'Role-play brief: "The Kessler family (training characters) have moved to Hull."',
        "the agency's only Welsh-speaking social worker was off sick",  # a people's language
        'Teaching case: "The Greene family" (invented), then list learning points.',
        'Training vignette: "the Quillfeather family" moved to Hull last year.',  # a teaching case in quotes
        "However, nothing was said.\nThanks, all",  # no surname before the comma
        "Summer's school holiday club opens in July",
    ],
)
def test_peoples_services_places_and_chatbots_are_no_families_or_senders(found: Found, text: str) -> None:
    assert found("PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a famous name said to be a client's: an age and a bracket, a dash, "not the presenter"
        ("AMHP: Amy Winehouse, 29 (client), alcohol dependency, Rhyl.", ["Amy Winehouse"]),
        ("Referral: Kerry Katona — our client, 15, panic attacks daily.", ["Kerry Katona"]),
        (
            "D/C plan: Mr Paddy McGuinness (our patient in Bolton, not the presenter), 83.",
            ["Paddy McGuinness"],
        ),
        # a word-name after a person called so, and with casework of theirs
        ("How do I start direct work with a shy 7-year-old called Brook?", ["Brook"]),
        ("How do I help a care leaver called Chardonnay with budgeting?", ["Chardonnay"]),
        ("how do i explain to a 9 yo called Mercy that she's staying with her auntie", ["Mercy"]),
        ("Agenda for Roman's transition to adult services meeting", ["Roman"]),
        ("Agenda for Sunny's leaving party at the children's home", ["Sunny"]),
        # a word only a cue makes a name opens the text before a request; places and buildings
        ("Long, please turn these notes into minutes.", []),
        ('Can you explain "Hope Valley" the area in Derbyshire?', []),
        ("Our ward is in the Hope Building at Salford Royal.", []),
        ("What can we learn from Amy Winehouse about addiction?", []),
    ],
)
def test_namesakes_word_names_and_names_of_places_of_session_22(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("PERSON", text) == expected
