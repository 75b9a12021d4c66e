import datetime

import pytest

from tests.recognizers.conftest import Found

THIS_YEAR = datetime.date.today().year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DOB 04/11/2011", ["04/11/2011"]),
        ("d.o.b: 4.11.11", ["4.11.11"]),
        ("Patryk (D.O.B. 09-Sep-2008) interviewed", ["09-Sep-2008"]),
        ("born on 16th August 2005 in Bradford", ["16th August 2005"]),
        ("date of birth 2 March 1963", ["2 March 1963"]),
        # the day in words: a date of birth with "DOB" or "born" near, like an unlabelled date
        ("DOB on file fourteenth of November 2010", ["fourteenth of November 2010"]),
        ("born on the twenty-first of March 2011", ["twenty-first of March 2011"]),
        ("Panel meets on the eighth of May 2024", []),
        ("Jayden Clarke, 04/11/2011, Year 7", ["04/11/2011"]),
        # a nickname in brackets, or a label saying whose details these are
        ('Harold Dempsey ("Harry"), 11/02/1938, NHS', ["11/02/1938"]),
        ("Child: Lachlan, 14.05.2009, CHI", ["14.05.2009"]),
        ("Seen by: Sarah, 3/4/25", []),
        ("Mum: Sarah, 03/04/2025 phoned about contact.", []),
        ("Child: Sam, 01/02/2024 meeting notes", []),
        # spaced as dictation or a PDF's copy leaves it, after a DOB label (session 23)
        ("mrs winifred cole date of birth 12 10 1935 full stop", ["12 10 1935"]),
        ("NAME WIŚNIEWSKI\nD.O.B. 30 . 01 . 2013\nREASON", ["30 . 01 . 2013"]),
        ("Meeting 12 10 2025 in room 3", []),
        ("Dates: a. 12 10 2024 strategy meeting, b. 14 10 2024 review.", []),  # a list's "b."
        # who they are to the case, or an age in months, before the date
        ("Leah Cummings (LAC, 19/06/2008) — CSE concerns", ["19/06/2008"]),
        ("Kasia Wróbel (mum, 06/06/1993) has OCD", ["06/06/1993"]),
        ("Child Leo Barker, 8 mths, 05/06/2024, admitted", ["05/06/2024"]),
        ("Attendees: Sarah Jones (SW, 12/03/2024) and the IRO", []),
        ("Leah Cummings (CP, 14/03/2025) conference minutes attached.", []),  # a recent date
        ('Event "Lessons from Arthur Labinjo-Hughes", 12 November 2025, 09:30', []),
        # an age in brackets then a comma; a label, a name and a date alone on the line (session 18)
        ("Referral: Iestyn Morgan (14), 7th June 2010, low mood", ["7th June 2010"]),
        ("Child: Ruby Hext 17 March 2020, conference", ["17 March 2020"]),
        ("Supervision with Jane Smith 12 March 2025 in room 4", []),
        # a letter's or a meeting's date after a titled name; a visit's date said in dictation
        ("Letter from Dr Okafor, 3 March 2025, confirms the diagnosis.", []),
        ("Email from Mrs Kaur, 01/12/2025, asking for a copy of the plan.", []),
        ("dictated note visited Tom Jones 3rd of June 2025 comma he was in good spirits", []),
        # a date in a pasted table's date-of-birth column, in a row that names someone
        ("Name | DOB | NHS no\nAmelia Scott | 12/03/2015 | Year 4", ["12/03/2015"]),
        ("| Name | D.O.B. |\n|---|---|\n| Ethan Wood | 04/11/2015 |", ["04/11/2015"]),
        ("| Name | DOB | Date seen |\nAmelia Scott | 12/03/2015 | 01/02/2025", ["12/03/2015"]),
        ("Name | Date seen\nAmelia Scott | 12/03/2015", []),
        ("Supervision notes\nName | DOB | Notes\nTeam meeting | 12/03/2025 | agreed", []),
        ("04/11/2011 (DOB)", ["04/11/2011"]),
        ("team meeting on 3 March at 10:30", []),
        ("CP review 12/01/2025 with the IRO", []),
        ("the Children Act 1989", []),
        # a chronology's birth line; a date of death beside a birth is not a date of birth
        ("2019-04-27 Oliwia Kaczmarek born, Royal Infirmary", ["2019-04-27"]),
        ("from his birth in March 2006 to his death on 3 August 2007", []),
        ("Dad died on 3 August 2007; Tyler was born on 4 May 2008", ["4 May 2008"]),
        ("Baby Harper Lowe was born and died on 4 March 2023", ["4 March 2023"]),
        ("Since 1 April 2024 all babies born in Wales get a baby bundle.", []),
        # someone anonymised to a letter or a number: the date is still theirs
        ("02/01 - Child A (14/09/2016) seen at A&E with burn to hand.", ["14/09/2016"]),
        ('Excerpt: "Mrs E (4th of May 1944) lives alone"', ["4th of May 1944"]),
        ("Dear Parent/Carer, Re: Child L, 21st July 2019. We are writing", ["21st July 2019"]),
        ("Mr X, 3/4/25 visit notes", []),  # after a comma, only a child's
        ("Child A, 14/09/2024 meeting notes", []),  # the date does not end the details
        ("Participant 3 (12/06/2024) said supervision helped her.", []),  # an adult's, recent
        ("LADO referral: Mr X (12/03/2025) allegation of rough handling.", []),
        ("Child 2 (1 September 2025) start date at new school.", []),  # an event follows
        # the label in the family's language
        ("Dyddiad geni: 03/07/2015. Mae'r fam yn gweithio", ["03/07/2015"]),
        ("Kasia, ur. 12.03.2010 w Gdańsku", ["12.03.2010"]),
        ("data nașterii: 14.02.2012", ["14.02.2012"]),
        ("Plentyn C – Dyddiad geni: 1 Mawrth 2017 – pryderon", ["1 Mawrth 2017"]),
        ("Nain, ganwyd 8fed Ebrill 1944, DOB 8fed Ebrill 1944", ["8fed Ebrill 1944", "8fed Ebrill 1944"]),
        ("Kasia Nowak, data urodzenia: 12 marca 2010", ["12 marca 2010"]),
        ("Cyfarfod tîm ar 3 Mai 2025 am 10", []),  # a meeting's date, not a birth's
        # a file named by a person's name and a date at least two years old; a letter's heading
        ('Attachment: "Assessment - Jasmine Kerr 12.03.2014.pdf". Send it', ["12.03.2014"]),
        ("Covering email for Trewin_Jayden_2010-05-14_EHCP_draft.pdf please", ["2010-05-14"]),
        ('File: "Mulholland - Jack - 11.02.2013 - CSE risk.xlsx" misplaced', ["11.02.2013"]),
        ("Dear Colleague,\nRe: Gareth Anderton 09/12/1966\nThis gentleman was seen", ["09/12/1966"]),
        ('Saved as "O\'Driscoll Aoife - LAC review - 15.04.2012.docx" by mistake', ["15.04.2012"]),
        ("Jane Smith said the policy from 12.03.2019 is in Policy.docx", []),  # prose, not a file name
        ("Scanned form:\nChild: Ruby Hext\nDOB: 12-03-\n2015\nSchool: Pen-y-Bryn", ["12-03-\n2015"]),
        (f'Attached: "Minutes - Jane Smith 12.03.{THIS_YEAR - 1}.docx"', []),  # a meeting's date
        (f"Re: Jane Smith 12.03.{THIS_YEAR} visit", []),  # the date does not end the heading
        # a date years old closing a name's details; not a recent one
        ("Strategy record: Thomas Baxter 30/09/2015, 8 Elm Grove, Seaham.", ["30/09/2015"]),
        ("Court list:\nIBRAHIM, Yusuf 01/09/2008 — robbery", ["01/09/2008"]),
        (f"Visit to Jane Smith 12/03/{THIS_YEAR}, all fine", []),
        ("Visit to Jane Smith 12/03/2015 went well", []),  # the details go on
        # after a dash or a line break in a list's line or a form's block
        ("Chronology please:\nClara Vincent – 19/11/1943\n1 Quay Lane, St Mawes", ["19/11/1943"]),
        ("Discharge please:\nMarjorie Chegwidden\n07/07/1937\nBos Venton, Sennen", ["07/07/1937"]),
        (f"Visits:\nSarah Jones – 12/03/{THIS_YEAR} – home visit", []),
        # a date years old straight after a person's number, ending the details there
        ("Mr Alfred Cheetham, NHS 987 532 0242, 30/06/1932. Items: capacity", ["30/06/1932"]),
        (f"NHS 987 532 0242, 14/05/{THIS_YEAR} appointment at the clinic", []),
        # a table's date-of-birth column, in rows that name someone
        ("Name\tDOB\tRisk\nTheo Bright\t05/02/2008\tHigh", ["05/02/2008"]),
        (
            "Worker,Case,DOB\nLowri,HOPKINS Mali,03/05/2015\nGareth,NOWAK Zuzanna,21/12/2011",
            ["03/05/2015", "21/12/2011"],
        ),
        ("Course,D.O.B.\nWorkshop,12/12/2015", []),  # no one named in the row
    ],
)
def test_when_text_then_dates_of_birth_found(found: Found, text: str, expected: list[str]) -> None:
    assert found("DATE_OF_BIRTH", text) == expected


def test_when_an_age_is_reached_on_a_date_then_that_date_is_found(found: Found) -> None:
    text = "Kofi turns 18 on 3rd October 2025, so transition planning starts now"
    assert found("DATE_OF_BIRTH", text) == ["3rd October 2025"]
