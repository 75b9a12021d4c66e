import pytest

from tests.recognizers.conftest import Found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mum's mobile 07700 900123", ["07700 900123"]),
        ("call +44 7700 900123", ["+44 7700 900123"]),
        ("tel (0113) 496 0000", ["(0113) 496 0000"]),
        ("020 7946 0958 is her landline", ["020 7946 0958"]),
        ("Childline 0800 1111", []),
        ("NSPCC helpline 0808 800 5000", []),
        ("ring NHS 111 or 999", []),
        ("ISBN 0198526636", []),
        # numbers only organisations have, listed or not: freephone, 03, shared-cost, premium
        ("the carers' advice line is 0808 196 4472", []),
        ("council switchboard 0300 555 0119", []),
        ("benefits line 0845 604 3719 or 09067 123456", []),
        ("her work number is +44 800 046 4172", []),
        # Ofcom's drama ranges for those kinds too; its mobile and geographic ones are people's
        ("the main council number, 0306 999 0123, option 4", []),
        ("dad's landline 0113 496 0397", ["0113 496 0397"]),
        ("Emergency Duty Team (evenings, weekends, bank holidays) 01632 960999", []),
        ("the duty team (mum's landline) 0113 496 0234", ["0113 496 0234"]),
        ("Nan can be reached out of hours (weekends) on 0113 496 0718", ["0113 496 0718"]),
        # an organisation's own geographic lines, said to be so
        ("mum rang the helpline from her mobile 07700 900123", ["07700 900123"]),
    ],
)
def test_when_text_then_phone_numbers_found(found: Found, text: str, expected: list[str]) -> None:
    assert found("PHONE_NUMBER", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a service's landline after its name, or after its name and address
        ("If you can't reach me, Northfield City Council on 0113 496 0123", []),
        ("Elm Tree Surgery (0161 496 0456) for repeat prescriptions", []),
        ("Oakwood Primary School, Elm Road, Leeds LS6 1AA, tel: 0113 496 0789", []),
        ("reach me through the Belfast Trust switchboard on 028 9024 0503", []),
        ("Northbridge Children's Services front door - 0161 496 0000, out of hours 0161 496 0999", []),
        ("the AMHP hub is on 0113 496 0500 (9-5)", []),
        ("the transport desk is on 0113 496 0500 from 8am", []),
        ("ask them to call the office on 0113 496 0000 to rebook", []),
        ("The Adult Social Care front door in Kelby is 0113 496 0400", []),
        ("EDT is on 0113 496 0000 from 5pm Friday", []),
        ("Dial-in: 020 7946 0999, PIN 447219#", []),
        ("call me on 0113 496 0000 (switchboard) ext 4471", []),
        ("Our MHO team is at 0141 496 0300 if you need us", []),
        ("Kinship Care Advice Line – 020 7946 0321", []),
        ("I want to use fake phone numbers like 020 7946 0018 in the case study", []),
        ("Phone: 01632 960000 (Ofcom fictional range)", []),
        # a contact list's dash after a service's name, a ward's phone, EDT's line in brackets
        ("Moorside Carers Service — 0114 496 0123", []),
        ("Ward phone: 0113 496 0422 (24 hours)", []),
        ("inform the social worker and EDT (01632 960161 out of hours)", []),
        ("Mum — 0114 496 0125", ["0114 496 0125"]),
        ("Tanya Hollis - 0114 496 0126", ["0114 496 0126"]),
        # a mobile is a person's, and a person's number after a sentence is theirs
        ("Dad rang Leeds General Infirmary on 07700 900123", ["07700 900123"]),
        ("Leeds City Council said mum's number is 0113 496 0999", ["0113 496 0999"]),
        # a service named as a landmark, or the number said to be someone's own
        ("Nan lives near Roundhay School, phone 0113 496 0123", ["0113 496 0123"]),
        ("Mum was discharged from Leeds General Infirmary, tel 0113 496 0124", ["0113 496 0124"]),
        ("Elm Surgery on 0113 496 0125 is her home number", ["0113 496 0125"]),
        ("Mum's main number is 07700 900123", ["07700 900123"]),
        ("Nan's number 0113 496 0777 (her office)", ["0113 496 0777"]),
        ("Dad's work: 0113 496 0778. Fake phone numbers like this one worry me.", ["0113 496 0778"]),
        # a review found these: a client's number near "the team", an extension, "(reception ...",
        # a centre, a made-up example before real numbers, a form's example slot in a sentence
        ("Nan called the team on 0113 496 0234 about his ADHD", ["0113 496 0234"]),
        ("Grandad can be reached at work on 0113 496 0235 ext 221", ["0113 496 0235"]),
        ("Mum's landline is 0113 496 0236 (reception is poor upstairs)", ["0113 496 0236"]),
        ("Met Mum at Armley Leisure Centre, number 0113 496 0237", ["0113 496 0237"]),
        ("Hollins Youth Centre, tel 0113 496 0238 (mum's landline)", ["0113 496 0238"]),
        ("Please use fake numbers like 07700 900000 - Mum 07700 900456", ["07700 900456"]),
        # a third review found these: someone else's made-up numbers, a switchboard or a team's line
        # said in the same sentence to be a person's
        ("An adult male is using fake numbers such as 07700 900782 to contact Child A", ["07700 900782"]),
        (
            "Please use dummy values like 0113 496 0555 - these are copied from the live record",
            ["0113 496 0555"],
        ),
        ("Dad gave the school 07700 900456 (fake number - it is his partner's)", ["07700 900456"]),
        ("Mum's landline 0113 496 0782 (switchboard for the ward is on the letter)", ["0113 496 0782"]),
        ("Birth mum has given our adoption team 0113 496 0876 as her new landline", ["0113 496 0876"]),
        ("Carers Support Line 0113 496 0722 (that's nan's own)", ["0113 496 0722"]),
        ("Emergency contact [e.g. Nan 0113 496 0000 landline]", ["0113 496 0000"]),
        ("Mum has had several numbers [e.g. 07700 900457, 07700 900458]", ["07700 900457", "07700 900458"]),
    ],
)
def test_a_services_own_line_is_not_personal(found: Found, text: str, expected: list[str]) -> None:
    assert found("PHONE_NUMBER", text) == expected
