"""From text to findings: normalize, run the analyzer, then apply what case notes need.

The text is analysed in overlapping pieces (see chunking.py). After Presidio has scored every
candidate, the detector promotes a date that stands in a person's details to a date of birth,
drops public-record names, public helpline numbers, template slots and citations, marks the other
mentions of a name found once, keeps one finding per stretch of text, and maps offsets back to
the text as submitted. Every step is linear (or n log n) in the number of candidates.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import accumulate, pairwise
from pathlib import Path

from presidio_analyzer import AnalyzerEngine, RecognizerResult

from genai_guard import file_names
from genai_guard.chunking import chunks
from genai_guard.engine import MONTHS
from genai_guard.entities import Catalogue
from genai_guard.findings import Finding
from genai_guard.normalize import normalize
from genai_guard.recognizers.name_recognizer import (
    HOUSEHOLD_NOUNS,
    LIST_OPENERS,
    LOCATIVE,
    WORD,
    CaseNoteNameRecognizer,
    without_possessive,
)
from genai_guard.recognizers.pattern_recognizer import (
    CATEGORY_KEY,
    VALUE_GROUP,
    CaseNotePatternRecognizer,
    place_key,
)
from genai_guard.recognizers.term_list import TermMatcher, read_terms, term_key
from genai_guard.recognizers.term_recognizer import TermListRecognizer
from genai_guard.tables import table_columns
from genai_guard.yaml_file import read_yaml

KIND_PRIORITY = {"identifier": 3, "name": 2, "special": 1, "context": 0}
# Between a name and the birth date in their details: a bracket or a comma, then perhaps who they
# are to the case ("(CLA, ", "(mum, ", "(Y3, "; with a date years old only, since "(CP, 14/03/2025)"
# is a conference's), their age ("16, ", "(14), ", "8 mths, ") and a DOB label.
DETAILS_GAP = re.compile(
    r"^[ \t]*(?:[\"”’'][ \t]*\)[ \t]*)?(?:\(|,)[ \t]*"
    r"(?P<role>(?:(?-i:CLA|LAC|CIN|CP|UASC|YP)|y(?:ear)?[ \t]?\d{1,2}|mum|mother|dad|father|child|son"
    r"|daughter|baby|patient|client|pupil)[ \t]*,[ \t]*)?"
    r"(?:(?:aged?[ \t]*)?\d{1,2}(?:[ \t]*(?:mths?|months?|wks|weeks?))?[ \t]*(?:\)[ \t]*,?|,)[ \t]*)?"
    r"(?:(?:d\.?o\.?b|born)[ \t.:\-]*)?$",
    re.IGNORECASE,
)
DETAILS_GAP_CHARS = 16
DETAILS_LABEL_CHARS = 40  # how far before a name its label is looked for
DETAILS_END = re.compile(r"[ \t]*(?:[,;\n]|$)")
DETAILS_OR_DASH_END = re.compile(r"[ \t]*(?:[,;\n]|[—–\-][ \t]|$)")
# Between a name and a date closing its details, in a list's line or a form's block: a space, a
# dash or a line break ("Kaiden Paul – 19/07/2012", "Marjorie Chegwidden\n07/07/1937\n"; a
# table's date is its column's, `_promote_dates_in_dob_columns`).
CLOSING_DATE_GAP = re.compile(r" |[ \t]*(?:[—–\-]|\n)[ \t]*")
# After a person's number, a date years old ends their details: "NHS 987 532 0242, 30/06/1932.",
# "H&C 3796108873, 29/01/2014. Mum ...".
AFTER_A_NUMBER_GAP = re.compile(r"[ \t]*,?[ \t]*")
AFTER_A_NUMBER_CHARS = 3
AFTER_A_NUMBER_END = re.compile(r"[ \t]*(?:[,;.\n|\t)]|[—–\-][ \t]|$)")
PERSONS_NUMBERS = frozenset({"UK_NHS", "SCOT_CHI", "NI_HCN", "UK_NINO", "CASE_REFERENCE"})
# A table's header cell for dates of birth ("| Name | DOB | NHS |", "D.O.B.", "Date of birth").
DOB_HEADER = re.compile(r"(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s*date|born)", re.IGNORECASE)
# A label that says whose details follow, alone at the start of the line: "Child: Lachlan, ..." (with
# the date ending the details: "Child: Sam, 01/02/2024 meeting notes" is a meeting's date).
DETAILS_LABEL_BEFORE = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:child|client|patient|resident|young\s+person|service\s+user|pupil|baby|re"
    r"|name|defendant|accused|suspect|victim)"
    r"[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
# A file named by a person's name and birth date: "Kowalczyk_Julia_2012-04-19_LAC_review.docx",
# "Assessment - Jasmine Kerr 12.03.2014.pdf", "O'Driscoll Aoife - LAC review - 15.04.2012.docx":
# the name before the date in the same file's name: written without spaces, or in quotes.
BIRTH_DATE_YEARS = 3  # a more recent date after a name is as often a meeting's or a letter's
FILE_NAME_REACH = 60  # how far before the name the quote opening its file's name is looked for
QUOTE_BEFORE = re.compile(r"[\"“][^\n\"“”]*$")
FILE_NAME_DATE_GAP = re.compile(r"[^\n\"“”]{1,60}")
FILE_EXTENSION_AHEAD = re.compile(rf"[^\s\"“”]{{0,60}}?{file_names.EXTENSION}", re.IGNORECASE)
QUOTED_FILE_NAME_AHEAD = re.compile(rf"[^\n\"“”]{{0,60}}?{file_names.EXTENSION}[\"”]", re.IGNORECASE)
# Someone anonymised to a letter or a number, their date straight after: "Child A (14/09/2016)",
# "Mrs E (4th of May 1944)", "Re: Child L, 21st July 2019." The date is real even when the name is
# not. A child's date after a comma or in brackets, when it is past and no event follows it
# ("Child 2 (1 September 2025) start date" is a start date); an adult's only in brackets and only a
# date at least ADULT_YEARS ago ("Mr X (12/03/2025) allegation", "Participant 3 (12/06/2024) said"
# are an event's or an interview's date).
PLACEHOLDER_DETAILS_BEFORE = re.compile(
    r"\b(?:(?P<child>child|young\s+person|yp|baby|infant|sibling)[ \t]+(?-i:[A-Z]|\d{1,2})\.?[ \t]*(?:\(|,)"
    r"|(?:mr|mrs|ms|miss|mx|client|patient|service\s+user|participant|person)[ \t]+(?-i:[A-Z]|\d{1,2})\.?"
    r"[ \t]*\()[ \t]*$",
    re.IGNORECASE,
)
PLACEHOLDER_DETAILS_CHARS = 30  # as far back as "Young person AB (" reaches
PLACEHOLDER_BRACKET_END = re.compile(r"[ \t]*\)")
PLACEHOLDER_COMMA_END = re.compile(r"[ \t]*(?:[,;.\n]|$)")
EVENT_AFTER_DATE = re.compile(
    r"[ \t]*\)?[ \t,:\-–]*(?:allegation|complaint|referral|start|started|starts|meeting|visit|interview"
    r"|reported|incident|said|says|attended|appointment|session|review)\b",
    re.IGNORECASE,
)
FOUR_DIGIT_YEAR = re.compile(r"(?:19|20)\d{2}")
ADULT_YEARS = 16
PROMOTED_DOB_SCORE = 0.75
CUE_WINDOW = 200  # characters read either side of a word that only a cue makes a name
CHUNK_CHARS = 5_000
CHUNK_OVERLAP = 200
# "[Child name]", "[DOB]" (a template slot, if one of its words is in patterns/template_slots.txt),
# or our own "[PERSON 1]".
TEMPLATE_SLOT = re.compile(r"\[([^\[\]\n]{1,40})\]")
# A value that shows a format by placeholder letters: "XX24C00000", "XX1 1XX" (not a postcode's
# real letters: "B1 0XX").
PLACEHOLDER_VALUE = re.compile(r"XX(?=\d)|XXX")
# A long run of noughts, with a letter or two, is a form's placeholder ("A000000000000", "000 000
# 0000"); a short one may be a real value's digits ("AA 00 00 00 A").
PLACEHOLDER_NOUGHTS = re.compile(r"[A-Za-z]{0,2}[\s\-]?0(?:[\s\-]?0){8,}[\s\-]?[A-Za-z]?")
# Values the writer asks the tool to make up: "I want to use fake phone numbers like 020 7946
# 0018", "give me dummy NHS numbers such as ..." (not "he is using fake numbers such as ...": his
# burners).
MADE_UP_VALUES_BEFORE = re.compile(
    r"\b(?:I\s+(?:want|need|would\s+like)\s+to\s+use|give\s+me|generate|create|make\s+up|invent"
    r"|(?:can|could)\s+you\s+use|please\s+use)\s+(?:some\s+|a\s+few\s+|these\s+|the\s+)?"
    r"(?:fake|made[\s\-]up|dummy|sample|example|fictional|fictitious|pretend|invented)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:numbers?|values?|postcodes?|emails?|addresses|references?)\s*(?:like|such\s+as|e\.g\.)",
    re.IGNORECASE,
)
# Between one value and the next in a list of them: "07700 900123, 07700 900456 or 0113 ...".
VALUE_RUN_GAP = re.compile(r"\s*+(?:[,:;/&]|\band\b|\bor\b)?+\s*+")
VALUE_RUN_GAP_CHARS = 12
# A record's next reference after one found, with a name or a month in brackets between:
# "Mosaic 5531907 / 5531908", "LL/CP/660213 (Sonny) and LL/CP/660214".
REFERENCE_RUN_GAP = re.compile(r"(?:[ \t]*\([^()\n]{1,30}\))?" + VALUE_RUN_GAP.pattern)
REFERENCE_TYPES = frozenset({"CASE_REFERENCE"})
# A value marked as made up by a bracket that says nothing else: "01632 960000 (Ofcom fictional
# range)", "(fictional)".
MADE_UP_VALUE_AFTER = re.compile(
    r"\s*\(\s*(?:Ofcom\s+)?(?:fictional|fictitious|drama)(?:\s+(?:range|number))?\s*\)", re.IGNORECASE
)
# Said in the same sentence (within this many characters) to be real after all: "... - these are
# copied from the live record".
REAL_AFTER_ALL_CHARS = 200
REAL_AFTER_ALL = re.compile(
    r"\b(?:real|actual|actually|live|genuine|copied|lives|own)\b|['’]s\s+(?:number|mobile|landline|phone)",
    re.IGNORECASE,
)
OWN_PLACEHOLDER = re.compile(r"[A-Z&]+(?: [A-Z&]+)* \d+")
ADDRESS_JOIN = re.compile(r"^\s*,?\s*$")
# Only names that touch or overlap are one name (not two across a line break: `$` would match
# before a "\n").
SAME_NAME_JOIN = re.compile(r"\Z")
# A special-category term's word long enough for a scan to have hyphenated it across a line.
TERM_WORD = re.compile(r"[a-z]{4,}")
# A line's part of a name the model ran across lines: from its first letter to its last.
NAME_PART_OF_A_LINE = re.compile(r"[^\W\d_](?:[^\n]*[^\W\d_])?")
# What follows a month heading a chronology's line ("Jan – baby born", "May: moved to nan's").
MONTH_ENTRY_AFTER = re.compile(r"[ \t]*(?:[–—:\-]|\d{2,4}\b)")
# A line that begins with a month no one is called ("Mar – HV notes ..."): "Jan – 79, lives
# alone\nMay – daughter" is a household list of Jan and May, not a chronology.
UNNAMED_MONTH_LINE = re.compile(
    r"^[ \t]*(?:january|feb(?:ruary)?|mar(?:ch)?|apr|jun|jul(?:y)?|aug|sept?(?:ember)?|oct(?:ober)?"
    rf"|nov(?:ember)?|dec(?:ember)?)\b\.?{MONTH_ENTRY_AFTER.pattern}",
    re.IGNORECASE | re.MULTILINE,
)
AGE_AFTER = re.compile(r"\s*\(\s*(?:aged?\s*)?\d{1,2}\s*\)", re.IGNORECASE)
NAME_TYPES = frozenset({"PERSON", "LOCATION"})
FAMILY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:family|families|children|kids|household|twins|boys|girls|siblings)\b", re.I
)
# Capitalised words next to a name that may make it part of a place's name written in full: "Newton
# Stewart", "Castle Douglas".
PLACE_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w'’]*[ \-]){1,2}$")
PLACE_WORDS_AFTER = re.compile(r"(?:[ \-][A-Z][\w'’]*){1,2}")
PLACE_WORD_REACH = 30
# Said as a place: "in Sion Mills", "near Saint John" (a place's name that is also a person's; not
# "from": "notes from Ashley Green's meeting").
AS_A_PLACE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(LOCATIVE - {'from'}))})\s+$", re.I)
# A place's name before "family" is where a family or a family's service is ("the Sark family", "the
# Thurso family centre").
HOUSEHOLD_AFTER = re.compile(rf" (?:{'|'.join(sorted(HOUSEHOLD_NOUNS))})\b")
# What a person does, said straight after their name: "Newton Stewart rang the duty line".
DOES_AFTER = re.compile(
    r"\s+(?:rang|phoned|called|said|says|told|tells|texted|emailed|came|went|wants|wanted|is|was|has|had)\b"
)
ET_AL = re.compile(r"^(?:['’]s)?\s+et\s+al\b")
YEAR_AFTER = re.compile(r"^(?:['’]s)?\s*\(\s*(?:19|20)\d{2}[a-z]?\s*[),;:]")  # Munro (2011)
# A year and a theory after a surname that is also a first name: "Oliver's (1983) social model".
YEAR_THEN_THEORY_AFTER = re.compile(
    r"^['’]s\s*\(\s*(?:19|20)\d{2}[a-z]?\s*\)\s+(?:[\w\-]+\s+){0,2}"
    r"(?:model|theory|framework|approach|concept|hierarchy|triangle|cycle|ladder|continuum|normalisation)\b",
    re.IGNORECASE,
)
BRACKETED_CITATION = re.compile(r"^(?:\s+et\s+al\.?)?,?\s*(?:19|20)\d{2}[a-z]?\s*[);]")  # (Ferguson, 2011)
CASE_PARTY_AFTER = re.compile(r"^\s+v\.?\s+[A-Z]")  # Williams v Hackney
CASE_PARTY_BETWEEN = re.compile(r"\s+v\.?\s+[A-Z]")
CASE_YEAR_AFTER = re.compile(r"[^.\n]{0,30}?[\[(](?:19|20)\d{2}[\])]")
# Authors as a reference list gives them: "Featherstone, B., White, S. and Morris, K.", and the
# last of several authors before the year: "Dingwall, Eekelaar and Murray (1983)".
REFERENCE_INITIALS_AFTER = re.compile(r"^,\s*[A-Z]\.(?:\s?[A-Z]\.)*(?:,|\s+(?:and|&)\s|\s*\()")
INITIALS_AFTER = re.compile(r"^,\s*[A-Z]\.(?:\s?[A-Z]\.)*")
AUTHOR_BEFORE = re.compile(r"[A-Z][\w'’\-]+,\s*[A-Z]\.")
AUTHOR_CHAIN_BEFORE = re.compile(r"[A-Z][\w'’\-]+(?:,\s*[A-Z][\w'’\-]+)*,?\s+(?:and|&)\s+$")
# A public body's address block: the body's name, then (after a comma, a bracket, a colon, a bar
# or "'s correspondence address is", "national office is at" before a part) up to five parts
# separated by commas or bars, each made of capitalised words and numbers as an address is
# ("Piccadilly Gate, Store Street, Manchester M1 2WD"), so that a sentence ("Police: Jayden is at
# home with mum, Leeds LS1 4AB") never reads as one.
# Councils, trusts, courts and the like are known by a capitalised name ending in their last
# word; others are in patterns/public_bodies.txt.
_ADDRESS_WORD = r"(?:[A-Z0-9][\w'’\-]*|y|yr|upon|on|the|of|and|&)"
_ADDRESS_RUN = (
    rf"\s*+(?:{_ADDRESS_WORD}(?:\s++{_ADDRESS_WORD}){{0,5}}[,|]\s*+){{0,4}}"
    rf"(?:{_ADDRESS_WORD}(?:\s++{_ADDRESS_WORD}){{0,3}}\s++)?(?:\d{{1,4}}[a-z]?\s?[-–]\s?)?"
)
ADDRESS_PARTS = re.compile(
    r"(?:\s*+[,(:|]|(?:['’]s)?\s++(?:(?:national|main|head|registered)\s++)?"
    r"(?:(?:correspondence|postal|registered|head\s++office|office)\s++address(?:\s++(?:is|for\s++post))?"
    r"|(?:office|offices|headquarters)\s++(?:is|are)(?:\s++(?:at|in))?(?=\s++[A-Z0-9][^,.\n]{0,40},))\s*+:?)"
    rf"{_ADDRESS_RUN}"
)
# The same after a place of work said to be one, which ends with its own "at" or colon: "Our
# office is at Ty Glas, ...", "Our office: Perceval House, ...".
ADDRESS_PARTS_AFTER_OFFICE = re.compile(rf"(?:\s*+[,(:|])?{_ADDRESS_RUN}")
_BODY_LAST_WORDS = (
    r"Council|NHS (?:Foundation )?Trust|Health Board|Health and Social Care Trust|University"
    r"|(?:Crown|County|Magistrates['’]?|Family|Youth|High|Sheriff|Combined|Justice|Coroner['’]?s)"
    r" Court(?: Centre)?"
    r"|Courts of Justice"
    r"|Tribunal|Police|Constabulary|Hospital|Infirmary|Children's Services|Adult Services|Social Services"
    r"|Social Care"
)
# Centres and business parks, named after a place or a person.
_VENUE_LAST_WORDS = (
    r"(?:Family|Children['’]s|Community|Resource|Conference|Day|Youth|Leisure|Civic|Contact|Business)\s+Centre"
    r"|Business Park|Industrial Estate"
)
# A surname naming a centre: "Hollins Family Centre" (not "Kowalczyk Family Court hearing", a
# family's own case).
BODY_NAME_AFTER = re.compile(rf"^[ \t]+(?:{_VENUE_LAST_WORDS})\b(?![ \t]*:)")
# A home in a building that used to be a body's: "The Old Infirmary", "Former Police Station".
CONVERTED_BUILDING = re.compile(r"\b(?:Old|Former)\b")
BODY_BY_LAST_WORD = re.compile(rf"\b(?:[A-Z][\w'’\-]+\s+){{1,4}}(?:{_BODY_LAST_WORDS})\b")
# A service's own line: after its name (and perhaps its address), a label or nothing ("Leeds
# City Council on 0113 ...", "Northfield Hospital switchboard: 0161 ...", "Elm Surgery (0161 ...",
# "Moorside Carers Service — 0114 ..." in a contact list). Not "... Centre": people meet there.
# Mobile numbers are people's, whoever they are written after.
SERVICE_BY_LAST_WORD = re.compile(
    rf"\b(?:[A-Z][\w'’\-]+\s+(?:(?:and|of|for|&)\s+)?){{1,4}}(?:{_BODY_LAST_WORDS}|Trust|Surgery|Practice"
    r"|Medical Centre|Health Centre|School|Academy|College|Services?|Team|Hub|Unit|Helpline|Partnership"
    r"|Foundation|Charity|Society|Association|Network|Clinic|Project|Equipment)\b(?:\s*\([A-Z]{2,8}\))?"
)
# The label before a service's number ("on", "tel:", "switchboard", "call", a colon, a dash in a
# list, or a bar in a signature "Fostering Service | 01978 ..."); a bare comma is not one ("near
# Roundhay School, 0113 ... is her landline").
NUMBER_LABELS = (
    r"(?:on|tel|telephone|phone|switchboard|enquiries|number|call|ring|front\s+door|duty|out\s+of\s+hours)"
)
NUMBER_WORD_LABEL = re.compile(rf"\b{NUMBER_LABELS}\b", re.IGNORECASE)
SERVICE_NUMBER_GAP = re.compile(
    rf"(?:{ADDRESS_PARTS.pattern})?[\s,.;)\-–]*+"
    rf"(?:(?::[\s\-–]*+)?(?:(?:{NUMBER_LABELS}\b\.?[\s:\-–]*+){{1,3}}\(?|\(|\|)|:|—|(?<=[\-–][ \t]))\s*+"
)
# A service named as a landmark or a past stay, not as the one to call: "lives near Elm School",
# "discharged from Leeds General Infirmary", "known to the Leeds Mental Health Team".
LANDMARK_BEFORE = re.compile(
    r"\b(?:lives?|living|near|opposite|next\s+to|behind|beside|outside|from|discharged|known\s+to"
    r"|works?\s+(?:at|for)|business)\b[^.\n]{0,40}$",
    re.IGNORECASE,
)
# After the number: it is someone's own ("... is her landline", "(home)", "(mum's landline)", "–
# her home number").
OWN_NUMBER_AFTER = re.compile(
    r"\s*(?:\(\s*(?:[\w'’]+\s+){0,2}?(?:home|mobile|personal|landline)|(?:is|was)\s+(?:her|his|their|my|mum's|dad's)\b"
    r"|[\-–,]\s*(?:her|his|their|my|mum's|dad's)\s+(?:own\s+|home\s+|personal\s+)?(?:number|mobile|landline|phone))",
    re.IGNORECASE,
)
# A service's line named as one, with no name before it: "the AMHP hub is on 0113 ...", "the
# transport desk is on ...", "call the office on ...", "the front door in Kirklees is ...", "the
# out-of-hours line is ...", "..., out of hours 0113 ...", "duty desk: ...", "Emergency Duty Team
# (evenings, weekends) 0113 ..." (not "Nan can be reached out of hours on ...").
# When a line is open, in brackets after its name: "(evenings, weekends, bank holidays)".
_HOURS = (
    r"(?:[\s,&\d:.\-–]|am|pm|and|to|from|only|evenings?|nights?|weekends?|bank|holidays?|out|of|hours"
    r"|24/7|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*)+"
)
SERVICE_LINE_BEFORE = re.compile(
    r"(?:\bthe\s+(?:[\w\-]+\s+){0,3}?(?:hub|helpline|advice\s+line|desk|contact\s+centre|office)"
    r"|\bfront\s+door(?:\s+(?:in|for)\s+(?-i:[A-Z])[\w\-]+)?|\bduty\s+(?:desk|team|line)"
    r"|\b(?-i:EDT|MASH|SPA|SPOC|CMHT|CAMHS|LADO)"
    r"|\bswitchboard|(?:\bthe\s|(?:^|[,;:(\n])\s*)out[\s\-]of[\s\-]hours(?:\s+(?:line|team|service))?"
    rf"|\bout[\s\-]of[\s\-]hours\s+(?:line|team|service))(?:\s*\({_HOURS}\))?"
    r"\s+(?:is\s+)?(?:on\s+)?[:\-–(]?\s*$",
    re.IGNORECASE,
)
# A team's or a named line's own number, said to be one: "our MHO team is at 0141 ...", "Kinship
# Care Advice Line – 020 ...", "the finance helpdesk number is ...", "Booking line ...", a signature
# "Thanks, Commissioning Team, 0131 ...", "0113 496 0000 (switchboard) ext 4471". Each holds only
# when nothing in the sentence says the number is a person's (THEIRS).
TEAM_LINE_BEFORE = re.compile(
    r"(?:\bour\s+(?-i:[A-Z]{2,5}|duty|fostering|adoption|safeguarding|social\s+work|leaving\s+care)\s+"
    r"(?:team|hub|office)\s+(?:is\s+)?(?:on|at|:)"
    r"|\b(?-i:[A-Z][\w'’\-]*\s+(?:Advice|Help|Support)\s+Line)\s*[:\-–]?"
    r"|\b(?:help\s*desk|service\s+desk|bookings?\s+line|customer\s+(?:services?\s+)?line|enquir(?:y|ies)\s+line"
    r"|information\s+line)(?:\s+(?:phone\s+)?number)?(?:\s+is)?(?:\s+on)?\s*[:\-–]?"
    r"|\b(?:thanks|regards|wishes|from)\s*,?\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’\-]*\s+){1,3}(?:Team|Hub|Unit)),)\s*$",
    re.IGNORECASE,
)
# Rooms, floors, halls and PO boxes no one lives in: an address after one is a workplace's ("Room
# 4.03, County Hall, Truro TR1 3AY", "Training Room 1, Civic Centre, Newport NP20 4UR", "PO Box
# 1720, Huddersfield HD1 9EL"), unless its sentence speaks of a home. A "Venue:" may be a foster
# home, so it is not one of them.
OFFICE_PART = re.compile(
    r"\b(?:(?:Training|Meeting|Panel|Committee|Conference|Interview|Board|Seminar|Lecture|Consulting)\s+Room"
    r"(?:\s+[A-Z0-9][\w.\-]*)?|(?:Room|Level|Suite|Wing)\s+[A-Z]?[.\-]?\d[\w.\-]*"
    r"|(?:Ground|First|Second|Third|\d{1,2}(?:st|nd|rd|th))\s+Floor|(?:County|Town|City|Civic|Shire)\s+Hall"
    r"|Guildhall|Civic\s+(?:Centre|Offices)|Atrium|P\.?\s?O\.?\s+Box\s+\d+)"
)
# A place of work named before an address, or said to be one: "the Dolphin Centre, Horsemarket,
# ...", "Rothesay Joint Campus, Academy Road, ...", "Our office: Perceval House, ...", "based at
# ..." (not "... House", "... Tower", "... Hall" or "... Chambers", which people live in, nor
# "The Old School", a converted one; a "Venue:" may be a foster home, so it is no sign).
VENUE_BY_LAST_WORD = re.compile(
    r"\b(?:[A-Z][\w'’\-]+\s+){1,4}(?:Centre|Center|Hub|Campus|Offices|School|Academy|College|Library"
    r"|Courts|Prison|Surgery|Practice|Clinic|Hospice|Museum|Institute|Showground|Arena|Stadium|Church"
    r"|Chapel|Mosque|Gurdwara|Synagogue|Mandir|Meeting\s+House|Jobcentre(?:\s+Plus)?)\b"
    r"(?!\s+(?:Street|Road|Lane|Hill|Walk|Close|Way|Row|Terrace|Place|Square|View|Avenue|Court|Yard|Gardens)\b)"
)
OFFICE_BEFORE = re.compile(
    r"\b(?:(?:our|the|their|its)\s+(?:[\w\-]+\s+){0,3}?(?:office|offices|base|headquarters)(?:\s+(?:is|are))?"
    r"(?:\s+(?:now|still))?(?:\s+(?:at|in))?|(?:based|located|situated)\s+(?:at|in))\s*[:(]?",
    re.IGNORECASE,
)
HOME_IN_BLOCK = re.compile(r"\b(?:Flat|Apartment|Apt|Bedsit)\s+\d", re.IGNORECASE)
SWITCHBOARD_AFTER = re.compile(r"\s*\(\s*switchboard\s*[),]", re.IGNORECASE)
# A line said to be a service's, the service's word just before it: "contact the Front Door on
# ...", "the duty line for new referrals is ...", "via the ward clerk on ...", "First Contact team
# is on ...", "Advice line: ...", "Help desk for go-live week: ...", "ring reception on ..." (not
# "call the sister on ...", nor "given to the team: ..."; checked with PERSONAL_LINE, not THEIRS:
# "Children's Services" is no one's).
ORG_LINE_BEFORE = re.compile(
    r"(?<!\bto\sthe\s)(?<!\bwith\sthe\s)(?:\b(?:team|service|hub|desk|help\s*desk|reception|office|unit|clerk|switchboard|department|dept"
    r"|co-?ordinator|partnership|front\s+door|contact\s+centre|gateway|(?:duty|team|ward|phone|direct|advice"
    r"|support|help|enquiry|enquiries)\s+(?:phone|number|line|mobile)|enquiries|tech\s+help|ff[oô]n)\b"
    r"(?<!service\suser)(?:\s+(?:number|line))?(?:\s+for\s+(?!the\b)(?:[\w\-]+\s+){0,2}?[\w\-]+)?"
    r"|\b(?:call|ring|phone|contact|text)\s+(?:us|reception)"
    r"|\b(?:admin|conference|referral|referrals|rota|nurse|duty\s+\w+|hub|booking|intake|access|contact)\s+line"
    r"|\b(?:takes|receives)\s+referrals|\bfreephone|\b(?-i:MASH|SPA|SPOA|AMHP|EDT|IAA|CAIT)\s+(?:phone|number))"
    r"(?:\s+(?:is|are|stays|remains))?(?:\s+(?:now|still))?(?:\s+(?:can\s+be\s+)?(?:reached|contacted))?"
    r"(?:\s+(?:directly\s+)?(?:on|at|via))?\s*[:\-–(]?\s*$",
    re.IGNORECASE,
)
# "Home" at the start of a public body's or a scheme's name, which is no one's home: "the Home
# Office", "the Home Secretary", "Home-Start", "Home Instead" (capitalised as written).
_HOME_AS_A_BODY = r"(?-i:Home[ \t\-]+(?:Office|Secretary|Start|Affairs|Instead)\b)"
# Words that say a number or an address is someone's: a relative, a pronoun, "own", "home" (not
# "the Home Office").
_SOMEONES_OWN = (
    rf"own|(?!{_HOME_AS_A_BODY})home|personal"
    r"|mum|mother|dad|father|nan|gran|grandad|grandma|auntie|aunt|uncle|carer|her|his|she|he"
)
THEIRS = re.compile(
    rf"\b(?:{_SOMEONES_OWN}|real|actually|landline|partner|their|gave)\b|['’]s\b", re.IGNORECASE
)
# The same, for a line named as a service's, where any possessive would be too much ("Children's
# Services"): only a relative's or a client's, and owning or running something.
PERSONAL_LINE = re.compile(
    rf"\b(?:{_SOMEONES_OWN}|owns|owned|runs|ran)\b|\b(?:mum|dad|nan|gran|client|patient|partner)['’]s\b",
    re.IGNORECASE,
)
# A mobile labelled as a team's and nothing more: "07700 900958 (team phone)", "(training team
# mobile)" (not "(team phone for contact with the YP)").
TEAM_PHONE_AFTER = re.compile(
    r"\s*\(\s*(?:[\w\-]+\s+){0,2}?(?:team|duty|office|service)\s+(?:phone|mobile|number)"
    r"(?:\s*,\s*not\s+(?:a\s+)?personal)?\s*\)",
    re.IGNORECASE,
)
# Someone staying at an address: in both HOME_WORDS and STAYING.
_STAYING_THERE = r"placed|staying|lodgings|sleeps|sleeping"
# Words that say an address is someone's home, or where someone is staying.
HOME_WORDS = re.compile(
    r"\b(?:homes?|lives?|living|lived|family|families|mum|mam|mummy|mother|dad|daddy|father|parents?|nan|nana"
    r"|nanna|nain|taid|gran|granny|grandad|grandpa|grandma|papa|grand(?:mother|father|parents?)"
    r"|step[\s\-]?(?:mum|dad|mother|father|parents?)|aunt|auntie|aunty|uncle|foster|carers?|(?-i:child|children)|son"
    r"|daughter|baby|client|service\s+user|patient|resident|tenant|tenancy|rents?|rented|renting|moved"
    rf"|placement|{_STAYING_THERE})\b",
    re.IGNORECASE,
)
# Someone staying somewhere, a refuge or a hostel, a bail address: a venue's address near these is
# someone's home
# ("Shelter" and "Refuge" in capitals are charities, but "Refuge:" is a label).
STAYING = re.compile(
    rf"\b(?:{_STAYING_THERE}|(?-i:refuges?|shelter)|(?:refuge|shelter)(?=\s*:)|hostel"
    r"|rehoused|(?:temporary|emergency|bail|release|curfew)\s+(?:address|accommodation)|(?:emergency|respite|temporary)\s+placement)\b",
    re.IGNORECASE,
)
# Either, read once: a sentence that says a home or whose a detail is.
THEIRS_OR_HOME = re.compile(f"{THEIRS.pattern}|{HOME_WORDS.pattern}", re.IGNORECASE)
# Anyone a text could be about, besides HOME_WORDS: a person's word, a relative or a pronoun, or
# the writer's own details ("my mobile"). Contact details in a text with none of these and no
# name are an organisation's: "call the team on ...", a venue, a signature block.
SOMEONE = re.compile(
    r"\b(?:he|she|his|her|hers|him|himself|herself|boy|girl|man|woman|lady|gentleman|lad|lass|teenager"
    r"|youngster|young\s+person|pupil|victim|suspect|offender|perpetrator|wife|husband|brother|sister"
    r"|grand(?:son|daughter|child)|nephew|niece|cousin|neighbour|landlord|landlady|toddler|infant|pensioner"
    r"|occupier|hoarder|(?-i:kid))s?\b"
    r"|\b(?:owns|owned|self-employed|sole\s+trader|flats?|bungalow|maisonette|bedsits?|care\s+leavers?"
    r"|adults?|household|occupants?|tenants?)\b"
    r"|(?-i:(?:^|[.!?]\s+)(?:Runs|Owns|Lives|Works)\b)|\bmy\s+(?:own\s+|personal\s+|home\s+|work\s+)?(?:number|mobile|phone|landline|e-?mail|address|details)\b",
    re.IGNORECASE,
)
CONTACT_TYPES = frozenset({"STREET_ADDRESS", "UK_POSTCODE", "PHONE_NUMBER", "EMAIL_ADDRESS"})
# A service named by whom it serves ("the Family Hub", "Adult Social Care", "the Carers' Centre",
# "children's services", "the care home", "home from hospital", "the office has moved"): these words
# say whom an organisation is for, not that the text is about someone.
SERVICE_NAME = re.compile(
    r"\b(?:famil(?:y|ies)|adults?|carers?[\'’]?|child(?:ren)?(?:[\'’]s)?|parents?[\'’]?|parenting|foster(?:ing)?"
    r"|placements?|patients?[\'’]?|young\s+carers?)\s+(?:[\w\'’\-]+\s+)?(?:services?|social\s+care"
    r"|teams?|hubs?|centres?|centers?|support|line|helpline|unit|panel|network|forum|groups?|trust"
    r"|association|safeguarding|liaison|advice|transport|partnership|board|information|contact|front\s+door"
    r"|hospital|charity|office|clinic|ward|service|scheme|programme|project)\b"
    r"|\bcare\s+homes?\b|\bhome\s+from\s+hospital\b|\b(?:we|team|office|service|hub|unit|department|dept)\s+(?:has\s+|have\s+)?moved\b",
    re.IGNORECASE,
)
# Services for anyone at home, and a court by its place ("home care providers", "support at
# home", "after you go home", "the family court at Leeds"): near a detail said to be an
# organisation's, these say nothing about whose it is (not "Family court: address for service is
# ...", a party's, "home care to Willow Court, ...", "after you go home to ...").
HOME_SERVICES = re.compile(
    r"\bfamily\s+(?:proceedings\s+)?court(?=\s+(?:at|in|of|sitting)\b|\s*[,(—–]|\s+-\s)"
    r"|\bhome[\s\-](?:care\s+(?:providers?|market|sector|agenc(?:y|ies)|services?|workforce)|help\s+services?|education"
    r"|treatment|first|start|working)\b|\bworking\s+from\s+home\b|\bchildren[\'’]s\s+homes?\b"
    r"|\b(?:care|support|help|reablement|equipment|adaptations|services?|cope)\s+(?:at|in\s+(?:your|the))\s+home\b"
    r"(?!\s+(?:at|in|to)\s)|\b(?:after|when|before)\s+(?:you\s+)?(?:go|going|get|getting)\s+home\b(?!\s+to\s)"
    r"|\bgoing\s+home\s+from\b",
    re.IGNORECASE,
)
# Groups told what they can do, as advice to anyone ("Carers can ring the Carers Centre on ...",
# "parents and carers can drop in at ...", "Young carers aged 8-18 can self-refer"): these words say
# whom advice is for, not that the text is about someone (not "Her parents can collect her from
# ...", "the carers can be rung on ...", "Parents can be contacted on ...").
GROUPS_ADVISED = re.compile(
    r"(?<!\bthe\s)(?<!\bher\s)(?<!\bhis\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bmy\s)(?<!\bits\s)"
    r"\b(?:(?:young|unpaid|kinship|foster|adult|working|older)\s+)?(?:parents|carers|families|children|young\s+people"
    r"|residents|tenants|adults|people|grandparents)(?:\s+(?:and|or|&)\s+(?:(?:young|unpaid|kinship|foster)\s+)?"
    r"(?:parents|carers|families|children|young\s+people|grandparents))?"
    r"(?=(?:\s+(?:who|aged|in|of|with|under|over|from|across|living)\b[^.;:\n]{0,40}?)?\s+(?:can|may|could|should"
    r"|are\s+(?:welcome|invited|entitled|able))\s+(?!be\s+(?:contacted|reached|rung|called|seen|visited|collected)\b))",
    re.IGNORECASE,
)
# Groups counted or spoken of in general ("supported 312 children", "62% of children", "a risk to
# children", "for parents and carers"): statistics and services' aims, not someone's household
# ("her 3 children", "the children" are).
GROUPS_IN_GENERAL = re.compile(
    r"(?<![\w,])\d(?:,?\d)++%?\s+(?:of\s+(?:the\s+)?)?(?:children|families|parents|carers|young\s+people|adults|people)\b"
    r"|\b(?:for|to|all|most|many)\s+(?:children|families|parents|carers)(?:\s+(?:and|or|&)\s+(?:young\s+people"
    r"|families|carers|parents))?\b",
    re.IGNORECASE,
)
# Casework said without a person's word: a text with any of these may be about whoever lives at
# the address ("Visit to 14 Oak Street ... hoarding", "New address: ...", "Referral about the
# house at ...", "the key safe code for 3 Mill Lane", "deliver the food parcel to ...", "a call from
# 0161 ...", "the number on file", "curfew address").
CASEWORK = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|referrals?|referred|concerns?|occupants?|occupiers?|property|welfare|hoard\w*"
    r"|neglect|self-neglect|squalor|capacity|evict\w*|missing|refused|allocated|located|attended|injur\w*"
    r"|abuse\w*|risks?|s\.?\s?4[27]|section\s+4[27]|cases?|cin|cp|lac|cla|dols|bia|kinship|fostering"
    r"|placements?|lives|living|occupancy|tenants?|police|safeguarding|assessments?|unannounced|found|seen"
    r"|adult\s+at\s+risk|child\s+protection|appointment|withheld|anon\w*|(?:new|home|correct|last|known)"
    r"\s+address|address\s+(?:on\s+file|of\s+concern|to\s+check)|(?:our|your|the)\s+worker|reviews?"
    r"|exploitation|incident|victim|officers?|landline|key[\s\-]?safe|food\s+parcels?"
    r"|deliver\w*\s+(?:[\w\-]+\s+){0,3}?to|collect\w*\s+from|drop[\s\-]?off|spare\s+keys?|(?<![\w\-])(?-i:house)|curfew|tagged"
    r"|(?:electronic|curfew|gps)\s+tag|tag\s+fitted|key\s*holders?|letters?\s+to(?=\s+\d)|as\s+the\s+address|calls?\s+(?:at\s+[\d:.]+(?:\s*[ap]m)?\s+|(?:today|yesterday|tonight|last\s+night)\s+)?from|caller|called\s+from|rang|on\s+file"
    r"|(?:has|have|been|was|were)\s+offered|call[\s\-]?outs?|(?-i:RAM))\b",
    re.IGNORECASE,
)
# A text written for others to read (a leaflet, a notice, an agenda, a signature, a letter to
# all), where words about someone count only near a contact detail (CONTACT_REACH).
PUBLISHED = re.compile(
    r"\b(?:leaflets?|flyers?|posters?|newsletters?|bulletins?|notices?|websites?|web\s+page|signature"
    r"|letterhead|footer|stationery|agendas?|programme|invitations?|invites?|out[\s\-]of[\s\-]office"
    r"|all[\s\-]staff|all\s+(?:parents|carers|providers|schools|partners|landlords|colleagues|foster\s+carers"
    r"|care\s+homes|gps|practitioners|managers)|dear\s+(?:all|colleagues|parents?|carers?|providers?|partners"
    r"|sir|madam)|templates?|directory|contacts?\s+(?:list|sheet)|induction\s+pack|handbook|text\s+message"
    r"|voicemail|standard\s+letter|generic|general\s+letter|public)\b",
    re.IGNORECASE,
)
# Words for an organisation or a place of work, in both ORGANISATION_WORDS and ORGANISATION_BEFORE.
_CREW = r"teams?|services?"  # who works somewhere, not where: "Team at 14 Oak Street tonight"
_WORKPLACE = (
    r"office|council|centre|center|hub|reception|department|dept|trust|nhs|hospital|courts?"
    r"|agency|unit|room|floor|conference|inbox|mailbox|schools?|academy|college|university"
)
# An organisation's words in a text with contact details and no one in it (a bare address says
# nothing of whose it is).
ORGANISATION_WORDS = re.compile(
    rf"\b(?:{_CREW}|{_WORKPLACE}|organisations?|panel|meeting|agenda|training|staff|colleagues|professionals|venue"
    r"|switchboard|helpline|board|partnership|providers?|front\s+door|course|event|workshop|session|invoices?"
    r"|payments?|us|our|we)\b",
    re.IGNORECASE,
)
LOCAL_PART_WORDS = re.compile(r"[A-Za-z]+")
INITIALS = re.compile(r"[b-df-hj-np-tv-z]{2,3}", re.IGNORECASE)  # "kjb": no vowel, so no word
# Shaped like a person's address: two words and perhaps a number ("grace.hill", "mark.white2").
PERSON_SHAPED_MAILBOX = re.compile(r"[a-z]{2,}[._][a-z]{2,}\d{0,4}", re.IGNORECASE)
# Said to be a team's inbox: "the team inbox dct@...", "shared mailbox: ...", "secure email ...".
MAILBOX_BEFORE = re.compile(
    r"\b(?:inbox|mailbox|(?:generic|team|secure|shared|group|functional)\s+e-?mail(?:\s+address)?)\b[^.;\n]{0,20}$",
    re.IGNORECASE,
)
# Domains only public bodies hold (as `PUBLIC_DOMAIN` in email_address.yaml, less the charities,
# schools and universities whose people have their own addresses there).
PUBLIC_BODY_MAIL = re.compile(
    r"@(?:[a-z0-9\-]+\.)*(?:gov\.uk|nhs\.net|nhs\.uk|police\.uk|gov\.scot|gov\.wales|llyw\.cymru|hscni\.net"
    r"|cjsm\.net|mod\.uk|parliament\.uk)$",
    re.IGNORECASE,
)
# Between an address and its postcode on one line: a comma or a space, and a town or a street and
# a town ("14 Oak Street, Salford M6 5AB", "Compass House, 11 Riverside Drive, Dundee DD1 4NY",
# "1 North Bank, Blonk Street, Sheffield S3 8JY").
TOWN_GAP = re.compile(r"[ \t]*,?[ \t]*(?:[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2}[ \t]*,?[ \t]*){0,2}")
MOBILE = re.compile(r"(?:\+?44\s*(?:\(0\))?|\(?0)\s*7")
# How a body's name and what stands between it and its address, or its number, read.
ADDRESS_BLOCK = (BODY_BY_LAST_WORD, ADDRESS_PARTS)
NUMBER_BLOCK = (SERVICE_BY_LAST_WORD, SERVICE_NUMBER_GAP)
PO_BOX = re.compile(r"\bP\.?\s?O\.?\s+Box\s+\d", re.IGNORECASE)
# A role and a letter, standing in for a person in teaching material: "Young Person X", "Child A",
# "Parent B", "Mrs Z".
LETTER_STAND_IN = re.compile(
    r"(?:(?:Young\s+)?Person|Child|Parent|Mother|Father|Carer|Adult|Client|Patient|Baby|Sibling|Pupil"
    r"|Student|Service\s+User|Family|Mr|Mrs|Ms|Miss|Mx)\s+[A-Z]\.?"
)
STAND_IN_LETTER = re.compile(r"[XYZ]\.?")
# Words that stand in for a surname in training material: "Mr and Mrs Example", "DC Example",
# "Mr Fictional" (not "Sample", a surname).
STAND_IN_WORD = re.compile(r"(?:Example|Fictional|Placeholder|Anonymous)")
TITLE_BEFORE_LETTER = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+$")
# A work of fiction or teaching material a character is "in" ("a character in our training
# scenario"; not a school play or a nativity, which are real children's lives).
_MADE_UP_WORK = (
    r"(?:(?:our|the|a|an|this|my)\s+)?(?:[\w\-]+\s+){0,2}?(?:training|role[\s\-]?play|scenario|vignette"
    r"|case\s+study|novel|book|film|soap|series|exercise|module|pack)\b"
)
# Said to be made up, just after the name or before it: "'Sam' (fictional)", "'Jack' (a fictional
# 14 year old)", "the Hughes family (fictional)", "the Okafors - made up by the lecturer", "the
# invented Hughes family", "a fictional 15 year old, called 'Ryan'" (not "Sam (real name
# withheld)"). A family said to be made up (`family` group) makes up its members named after it
# in the same paragraph too: "The Hughes family (fictional): Mum Kerry, 34, and children Tyler (8)"
# (see Detector._made_up_families). "'Lisa', a character in our training scenario", "Daniel,
# fictional, 34" and "(all names invented)" say so too; not "Ellie, made up a story", "a character
# in the village" or "(a character reference from her GP)".
MADE_UP_AFTER = re.compile(
    r"['’\"]?(?P<family>\s+(?:family|household|twins|children|kids|siblings)['’\"”]?)?(?:\s*,\s*\d{1,2})?\s*"
    r"(?:\(\s*(?:an?\s+)?(?:fictional|fictitious|made[\s\-]up|invented|imaginary|not\s+a\s+real)\b"
    r"|\(\s*all\s+names\s+(?:are\s+)?(?:fictional|invented|made[\s\-]up)\s*\)"
    r"|\(\s*(?:training|teaching|role[\s\-]?play)\s+(?:characters?|family)\s*\)"
    rf"|\(\s*(?:an?\s+)?character\s+(?:in|from)\s+{_MADE_UP_WORK}"
    r"|[—–-]\s*(?:made[\s\-]up\s+by|invented\s+by|fictional|fictitious|imaginary)\b"
    r"|(?:,|\s+is)\s+an?\s+(?:fictional|fictitious|made[\s\-]up|invented|imaginary)\b"
    r"|,\s+(?:fictional|fictitious|imaginary)(?=\s*[,)]|\s*$)"
    rf"|,\s+a\s+character\s+(?:played\s+by\s+an?\s+(?:actor|actress|student|trainer)|(?:in|from)\s+{_MADE_UP_WORK}))",
    re.IGNORECASE,
)
# The words a made-up person is introduced with: "a fictional young person, 'Sam'", "an invented
# widow called 'Edna'", "a made-up older woman called 'Dorothy'", "a fictional man, 'Mr Okafor'",
# "the fictional case of 'Jamie'", "the character 'Kieran'", "an actor plays 'Tom'".
MADE_UP_BEFORE = re.compile(
    r"(?:\b(?:fictional|fictitious|made[\s\-]up|invented|imaginary|hypothetical)\s+(?:(?P<noun>(?:(?!(?:with|for|to|by"
    r"|against|about|his|her|their|a|an|the|allegations?|stor(?:y|ies)|excuses?|lies)\b)[\w\-]+\s+){0,2}?"
    r"(?:character|person|client|family|child|boy|girl|man|woman|lady|gentleman|widow|widower|couple|mum|dad"
    r"|mother|father|parent|carer|pupil|student|patient|resident|teenager|adult|young\s+person|service\s+user"
    r"|(?:social\s+)?worker|practitioner|tm|team\s+manager|case(?:\s+study)?(?:\s+of)?|scenario|vignette"
    r"|\d{1,2}[\s\-]?(?:year|yr)s?[\s\-]?old))\s*[,:]?\s+(?:(?:called|named)\s+)?)?"
    r"|\b(?P<role>(?:the\s+)?character(?:\s+(?:is|called|named))?|(?:an?\s+)?act(?:or|ress)\s+plays)\s*:?\s*)"
    r"(?P<quote>['‘’\"“])?(?P<the>the\s+)?['‘’\"“]?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?$",
    re.IGNORECASE,
)
QUOTES = "'’\"”"  # closing quotes
REAL_OR_ACTUAL = re.compile(r"\b(?:real|actual)\b", re.IGNORECASE)
MADE_UP_REACH = 40
# Said to be about a real person after all: "but based on my client", "Jamie is a real 9-year-old
# on my caseload", "the character 'Kieran' is my real service user" (not "not a real person", nor
# "don't look up anything about a real family").
REAL_SOMEONE = re.compile(
    r"\bbased\s+on\s+(?:a\s+real|my|our|an?\s+actual)\b|\b(?:my|our)\s+(?:real\s+)?(?:service\s+user|client"
    r"|young\s+person|caseload)\b|\bon\s+my\s+caseload\b|\b(?:is|are|was|were)\s+(?:a\s+|an\s+)?(?:real|actual)\s+(?:person"
    r"|client|service\s+user|case|child|family|young\s+person|people|\d{1,2}[\s\-]?(?:year|yr)s?[\s\-]?old)\b",
    re.IGNORECASE,
)
# Between a post town and its postcode.
POST_TOWN_GAP = re.compile(r"[ \t]*,?[ \t]*")
# How far before an address or postcode its body's name can stand (five parts and the name).
ADDRESS_BLOCK_CHARS = 300
# How far either side of a contact detail words about someone count, when the detail follows an
# organisation's word: in a longer email between services, "referral" or "families" two sentences
# away say nothing about whose the office is.
CONTACT_REACH = 100
# A contact detail said to be an organisation's, by what stands before it on its line: a name only
# an organisation has ("the MASH", "EDT", "Front Door", "out of hours", "fax", "Room 4") or an
# organisation's word ("team", "office", "centre", "duty line", "our bed management line",
# "Thistle House"), linked to it by "at", "is", "moved to", a colon, a dash or a bracket (after a
# name or a capitalised title, a comma too), with nothing between but a building's capitalised
# words and a number's label:
# "the team at Unit 4, ...", "Duty line: ...", "our office is 5 Queen Street, Cardiff CF10 2BQ,
# phone ...", "EDT, 0345 ...", "Plymouth City Council | Windsor House | Tavistock Road". Not
# "Address:", which says nothing of whose, nor "please send the team to 14 Oak Street", "Duty
# team, 14 Oak Street", "Team diary: 10am, 14 Windsor Road", "Rang the number on file, ...", "a
# taxi from college, 41 Grange Road".
_ORGANISATION_NAME = (
    r"(?-i:MASH|SPA|SPOA|EDT|AMHP|YOT|YOS|YJS|CAMHS|CMHT|ICB|OOH|HQ|LADO|SENDIASS|DACT|PDU|Front\s+Door)"
    r"|out\s+of\s+hours|switchboard"
    r"|freephone|helpline|fax|(?:room|unit|floor|level|suite)\s+[A-Z]?\d[\w.\-]*"
)
_ORGANISATION_WORD = (
    rf"{_WORKPLACE}|offices|hospice|building|surgery|practice|clinic|library|church|hall|base|headquarters"
    r"|campus|jobcentre|queries|bookings|enquiries|first\s+point\s+of\s+contact"
    r"|our\s+(?:[\w\-]+\s+){0,2}?(?:duty|helpline|team|service|office|advice|referrals?|bed\s+management|fostering"
    r"|liaison|booking|enquiry|support|discharge)\s+(?:line|number|phone|inbox)"
    r"|(?:customer|advice|referrals?|duty|dial[\s\-]in|team|service|office"
    r"|main|direct|enquiry|booking|bookings|admin|consultation)\s+(?:line|number|phone|tel)"
    r"|(?-i:[A-Z][\w'’\-]+\s+(?:House|Building|Buildings|Chambers|Suite|Wing|Campus|Offices))"
)
_LINK = r"(?:at|in|on)\b|[:(|–—\-]"
_MOVED_TO = r"(?:\s+(?:has|have|had|is|are))?(?:\s+now)?\s+(?:moves|moved|moving|relocated|relocating)\s+to\b"
# The same words capitalised at the end of a service's own name, before a comma, a colon, a bracket
# or "at": "Payments Team, PO Box 68", "the Community LD Team at Lakeside House", "the Family Hub,
# 21 King Street" (not "Duty team, 14 Oak Street", nor "Team at 14 Oak Street tonight").
_ORGANISATION_TITLE = (
    r"(?-i:Team|Service|Services|Office|Offices|Hub|Centre|Center|Unit|Department|Trust|Hospital|Court|Council"
    r"|Surgery|Practice|Clinic|Library|Church|Hall|School|Academy|College|University|Hospice)"
)
# A capitalised word and one of those: "Hexley CAMHS Hub", "the Youth Justice Service".
_TITLED_ORGANISATION = rf"(?-i:[A-Z][\w'’\-]*)\s+{_ORGANISATION_TITLE}"
ORGANISATION_BEFORE = re.compile(
    rf"(?:\b(?:{_ORGANISATION_NAME})\b(?:{_MOVED_TO}|\s*(?:{_LINK}|,))?"
    rf"|{_TITLED_ORGANISATION}\s*(?:{_LINK}|,)"
    r"|\b(?:headquarters|hq|campus|offices)\s*,"  # "Belfast campus, York Street" (not "from college, ...")
    rf"|\b(?:(?P<crew>{_CREW})|{_ORGANISATION_WORD})(?:['’]s)?"
    r"(?P<label>\s+(?:new\s+|main\s+|postal\s+|registered\s+)?(?:address|office|base))?"
    rf"(?:{_MOVED_TO}|(?P<verb>\s+(?:is|are|remains?)(?:\s+(?:now|still))?)?(?:\s+(?:based|located|situated))?"
    rf"(?(verb)(?:\s*(?:{_LINK}))?|(?(crew)(?(label)\s*(?:{_LINK})|(?!))|\s*(?:{_LINK})))))"
    r"\s*(?:(?>(?-i:[A-Z0-9])[\w'’\-–.]*+|(?-i:of|the|and|or|on|in|upon|under|by|le|y|yr|phone|tel|telephone|fax"
    r"|ext|email|e-mail|number)|&)"
    r"(?:[\s,;:()|]++|$)){0,10}$",
    re.IGNORECASE,
)
ORGANISATION_BEFORE_CHARS = 80
# An organisation's word that makes a phone number in the same clause its own (not a team that
# goes somewhere or passes a number on: "the team went to ...", "our team gave out the number").
# Narrower than _CREW and _WORKPLACE: a room, a floor, an inbox or a school in a clause says
# nothing about whose a number is.
ORGANISATION_IN_A_CLAUSE = re.compile(
    r"\b(?:office|council|centre|hub|department|trust|nhs|hospital|court|agency|unit|switchboard"
    r"|helpline|front\s+door|services?|teams?)\b(?!\s+(?:at|to|visited|attended|went|called|rang|gave|passed)\b)",
    re.IGNORECASE,
)
# A caller's own number, whatever organisation the clause names: "phoning the office from ...",
# "can someone ring back on ...", "0113 496 0777 called about ...".
CALLERS_NUMBER_BEFORE = re.compile(r"\b(?:from|back\s+(?:on|to))\s*[:(]?\s*$", re.IGNORECASE)
CALLERS_NUMBER_AFTER = re.compile(
    r"\s*\)?\s*(?:called|calls|rang|rings|phoned|phones|texted|texts)\b", re.IGNORECASE
)
# Where a clause opens before a detail, and closes after it: a sentence's end, a line's, a quote's.
CLAUSE_OPENING = re.compile(r"(?:[.?!;]\s|[\n\"“])(?!.*(?:[.?!;]\s|[\n\"“]))", re.DOTALL)
CLAUSE_CLOSING = re.compile(r"[.?!;](?:\s|$)|[\n\"”]")
# An organisation's name, then its building's, then the street: "Melbury Fostering, Oak House, 9 Elm
# Road", "NIACRO, Amelia House, 4 Amelia Street", "Leeds PDU, Waterloo House, 58-60 Wellington
# Street". The organisation's name is two capitalised words or more, or letters in capitals (people
# live in "Ivy House, 3 Church Lane" too, and a person's name before it is found as a name).
OFFICE_BUILDING_BEFORE = re.compile(
    r"(?-i:(?:\b(?!(?:Dear|To|Hi|Hello|Attn|Re|From|For)\b)[A-Z][\w'’&\-]*"
    r"(?:[ \t]+(?:of|for|and|&|[A-Z][\w'’\-]*))+|\b[A-Z]{2,}))[ \t]*,[ \t]*"  # the organisation
    r"(?-i:[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3}[ \t]+(?:House|Building|Buildings|Chambers|Offices))"
    r"[ \t]*,[ \t]*(?:(?:\d+(?:st|nd|rd|th)|[Gg]round|[A-Z][a-z]+)[ \t]+[Ff]loor[ \t]*,[ \t]*)?$"
)
# An event's venue by its name: a meeting, a drop-in or a training day held at a building whose
# name says it is a venue, or a time then "at" one ("meets bimonthly at Cunard Building, Water
# Street", "drop-in on Fridays 1-4 at the Hub, 17 Church Street", "all 9.30am at Regent House, 2
# Regent Street"). Read only in a text that names no one and says nothing of a home (a visit is
# casework, and keeps its address). A house known by its name ("Rose Cottage", "The Willows") or a
# number is as likely a family's home, and a text about a casework meeting (a core group, a
# strategy meeting, a family group conference) is held wherever the family is: neither is a venue.
VENUE_AT_BEFORE = re.compile(
    r"(?:\b(?:meets|met|meeting|held|hosted|drop-in|event|training|panel|forum|launch|conference"
    r"|workshop|co-locate|relocating|moving)\b[^.\n]{0,80}?|\b\d{1,2}(?:[.:]\d\d)?[ \t]*(?:am|pm)[ \t]+)"
    r"\bat[ \t]+(?-i:(?:[Tt]he[ \t]+)?(?P<venue>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*[ \t]*,[ \t]*)?)$",
    re.IGNORECASE,
)
VENUE_NAME = re.compile(
    r"(?-i:\b(?:Building|House|Centre|Center|Hall|Hub|Library|Church|Chambers|Offices|Hotel|Campus|College"
    r"|Institute|Stadium|Suite|Theatre|Museum|Arena))\b"
)
CASEWORK_MEETING = re.compile(
    r"\b(?:core\s+group|strategy|network\s+meeting|fgc|family\s+group|family\s+meeting|professionals|cin|cp|lac"
    r"|cla|pep|tac|taf|child\s+protection|chronology|review\s+meeting|best\s+interests)\b",
    re.IGNORECASE,
)
# An organisation's name (the first two kinds in ORGANISATION_BEFORE), then words that say which of
# its lines a number is, then the number: "Hexley CAMHS single point of access (0113 ...", "The
# correct number for AMHP requests is 0151 ...", "out of hours it's 01274 ...", "the Bury Carers
# Centre number 0161 ..." (not "LADO number for the supply teacher is ...", "DACT outreach tried
# the number, ...", "MASH referral received:").
_SERVICE_LINE_WORD = (
    r"the|our|its|main|correct|direct|general|daytime|single|point|of|access|number|line|phone|telephone"
    r"|tel|helpline|for|requests|referrals|enquiries|professionals|duty|team|new|contact|advice|out|hours|it"
)
ORGANISATION_SAYS_BEFORE = re.compile(
    rf"(?:\b(?:{_ORGANISATION_NAME})\b|\b{_TITLED_ORGANISATION}\b)"
    rf"(?:[ \t]+(?:{_SERVICE_LINE_WORD})\b){{0,5}}[ \t]*(?:\bis|\bare|(?<=\bit)['’]s|\bon|[:(,–—\-]"
    r"|(?<=number)|(?<=line)|(?<=phone))[ \t]*$",
    re.IGNORECASE,
)
# A proper name of two or more capitalised words, or an email address or a web address: words
# about people inside one are a body's name or a mailbox ("Housing Safeguarding Lead", "Merseyside
# Police", "Young Carers", "fostering@...", "the Home Office"), not casework said of a home ("Runs
# Ace Cabs", "Met Mum at ...", "Moved to Oak House, ..." are).
_NOT_IN_A_NAME = (
    rf"(?!(?:Runs|Owns|Lives|Works|(?!{_HOME_AS_A_BODY})Home"
    r"|Mum|Mam|Dad|Nan|Nana|Nanna|Gran|Granny|Grandad|Grandpa|Grandma|Papa"
    r"|Mother|Father|Stepdad|Stepmum|Son|Daughter|Family|Foster|Carers?|Client|Parents?|Child|Partner|Patient"
    r"|Tenant|Resident|Visit|Landline|Mobile)\b)"
)
_NAME_WORD = rf"{_NOT_IN_A_NAME}[A-Z][\w'’\-]*"
# The first word of a proper-name run when a joining word follows it: "Living in Oak House".
OPENER_BEFORE_A_JOIN = re.compile(r"([A-Za-z]+)[ \t]+(?:of|and|for|the|to|in|on|&)[ \t]")
PROPER_NAME_RUN = re.compile(
    rf"(?-i:\b{_NAME_WORD}(?:[ \t]+(?:(?:of|and|for|the|to|in|on|&)[ \t]+)*{_NAME_WORD})+)"
    r"|[\w.+\-]+@[\w.\-]+|\b(?:https?://|www\.)\S+"
)
# Words about people used of an agency or of a student's placement, not of anyone's home: "Police:
# 101", "police liaison", "the police custody suite", "my placement at Age UK", "placement
# provider" (not "police attended", "a foster placement"); and how a service takes referrals
# ("self-referral", "we accept referrals", "referrals received by 12 noon"; not "referral from a
# neighbour about 14 Oak Street", "MASH referral received: ...", a household's).
NO_ONES_SENSE = re.compile(
    r"\bself[\s\-]referrals?\b|\b(?:professional|online|open)\s+referrals\b"
    r"|\b(?:take|takes|accept|accepts|accepting|receive|receives|welcome|welcomes)\s+referrals\b"
    r"|\breferral(?=\s+(?:routes?|forms?|pathways?|guidance|criteria|process|portal)\b)"
    r"|\breferrals(?=\s+(?:routes?|forms?|pathways?|guidance|criteria|process|portal|received|go\s+(?:via|to|through)"
    r"|should|can|must)\b)"
    r"|\bpolice(?=\s*[:—–]|\s+(?:-|liaison|custody|control\s+room|stations?|non[\s\-]emergency|101|public\s+protection"
    r"|child\s+abuse|units?|teams?|suites?|hub|colleagues|partners|contacts?|force|hq|headquarters|mental\s+health"
    r"|s\.?136|must|should|use)\b)"
    r"|\b(?:(?:my|our|your|student|practice|final|first|second|assessed|on)\s+placements?"
    r"|placements?(?=\s+(?:students?|providers?|offices?|agency|agencies|dates|induction|portfolio|educators?"
    r"|tutors?|modules?|hours|learning)\b))\b",
    re.IGNORECASE,
)
# Between two contact details of one organisation: "01292 612 555 or email fgc@...", "KA7 1UB. You
# can call them on ...", "Tel 0113 ...; fax ..." (not "EDT on 0300 ... or the Nanna on ...").
CONTACT_CHAIN_GAP = re.compile(
    r"(?:[\s,;:.()|/–—\-]|\b(?:or|and|you|can|also|call|ring|phone|tel|telephone|text|textphone|fax|e-?mail"
    r"|mail|on|at|via|them|us|by|contact|write\s+to|main|direct|line|number|reception|office)\b)*",
    re.IGNORECASE,
)
CONTACT_CHAIN_CHARS = 60
# The town between an organisation's address and its postcode: ", Liverpool ", "\nDundee ".
TOWN_BEFORE_POSTCODE = re.compile(
    r"[ \t]*[,\n]?[ \t]*(?:[A-Z][\w'’\-]*[ \t]+){0,3}[A-Z][\w'’\-]*[ \t]*[,\n]?[ \t]*|[ \t]*[,\n]?[ \t]*"
)
DIGIT = re.compile(r"\d")
# A list of places, item by item: "Barra and Vatersay", "Skye, Lochaber and Badenoch".
_LIST_LINK = r"\s*[,/&]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+"
_LIST_ITEM = r"(?-i:[A-Z])[\w'’\-]*"
LIST_ITEM_AFTER = re.compile(rf"(?:{_LIST_LINK})({_LIST_ITEM})")
LIST_ITEM_BEFORE = re.compile(rf"({_LIST_ITEM})(?:{_LIST_LINK})$")
LIST_REACH = 5  # items read either side
# What opens a list of places: "telecare to Barra and Vatersay", "especially Fermanagh and Tyrone",
# "covers Forres, Buckie, Keith and ..." (not "Transport for Harris and Lewis", children).
PLACE_LIST_OPENER = re.compile(
    rf"\b(?:{'|'.join(sorted(LIST_OPENERS))}|especially|particularly|mainly|covers?|covering|serving|serves)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# What people do, said straight after a list: "Lewis and Harris were fighting" (not "the Lewis and
# Harris day service").
THEY_DO_AFTER = re.compile(
    r"\s+(?:were|are|was|is|have|has|had|both|got|did|do|does|will|would|can|could|need|needs|said|told"
    r"|rang|came|went|want|wants|wanted)\b"
)
# What only an organisation's contact detail has straight after it: opening days ("(Mon–Fri)") or
# a working day's hours, five or more ("(Mon–Thu 8.45–5.15)", ", 8am–6pm", "(9–5)", "24/7"; not
# "(6-8pm)" or "weekdays after 3", when a household can be rung), or after a number, an
# extension, a menu option or a dial-in PIN ("ext 4421", "option 2", "PIN 77413#").
_WEEKDAY = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:[a-z]*day)?"
_OPENS = r"(?P<h1>\d{1,2})(?:[.:](?P<m1>\d{2}))?\s*(?P<x1>am|pm)?"
_CLOSES = r"(?P<h2>\d{1,2})(?:[.:](?P<m2>\d{2}))?\s*(?P<x2>am|pm)?"
OPENING_HOURS_AFTER = re.compile(
    rf"[\s,;.(\-–]*(?:open(?:ing)?\s+(?:hours\s+)?|lines?\s+open\s+)?"
    rf"(?:(?P<always>24/7|24\s+hours)"
    rf"|(?P<days>{_WEEKDAY}\s*(?:[–—\-]|to)\s*{_WEEKDAY}\b)?[\s,]*(?:{_OPENS}\s*(?:[–—\-]|to)\s*{_CLOSES}\b)?)",
    re.IGNORECASE,
)
DAYS_END = re.compile(r"\s*(?:[),;.\n]|$)")
WORKING_DAY_HOURS = 5
EXTENSION_AFTER = re.compile(
    r"[\s,;.(\-–]*(?:ext(?:ension)?\.?\s*\d|option\s*\d|pin\s*:?\s*\d)", re.IGNORECASE
)
BODY_NAME_CHARS = 80  # longest body name looked for either side of an address
NAMED_LAW_AFTER = re.compile(r"^['’]s\s+(?:Law|Rule)\b")  # Sarah's Law, Clare's Law, Martha's Rule
# How serious case reviews and inquiries are cited: the place and the year. "(Sutton, 2013)"
CASE_CITATION_AFTER = re.compile(r"^\s*\(\s*[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2},\s*(?:19|20)\d{2}\s*\)")
# A surname that names a theory or a test: "Maslow's hierarchy", "Gillick competence", "Kolb's
# cycle". A document or a ruling only with "the" before a surname no first-name list holds ("the
# Laming report", "the Bichard inquiry"): "Kacey report for panel" and "the Jayden review" are a
# child's; public reports named after first names are in patterns/public_names.txt and
# public_cases.txt.
EPONYM_AFTER = re.compile(
    r"^\s+(?:competen(?:ce|cy|t)|principles?|criteria|curve|effect|scale|model|framework"
    r"|triangle|hierarchy|theory|cycle|reflective\s+(?:cycle|model)|ladder|matrix|pyramid|wheel|stages"
    r"|quadrants?|taxonomy|continuum)\b"
    r"|^['’]s\s+(?:model|framework|triangle|hierarchy|theory|theories|cycle|ladder|matrix|pyramid|wheel"
    r"|stages|quadrants?|taxonomy|principles|curve|reflective\s+cycle|ecological|attachment|continuum)\b",
    re.IGNORECASE,
)
# A whole name before a model's technical name: "Simon Hackett's continuum model". Not the words
# a case note uses of a person ("Jayden Clarke's attachment to his mum", "her cycle of abuse").
MODEL_OF_WHOLE_NAME_AFTER = re.compile(
    r"^['’]s\s+(?:continuum|taxonomy|hierarchy|pyramid|ladder|triangle|matrix)\b", re.IGNORECASE
)
# A review named for its author, capitalised and "of" something: "Charlie Taylor's 2016 Review of
# the Youth Justice System" ("Jayden's 2023 review" is a child's).
AUTHORS_REVIEW_AFTER = re.compile(
    r"^['’]s\s+(?:(?:19|20)\d{2}\s+)?(?:Review|Inquiry|Report)\s+(?:of|into|on)\b"
)
# A name inside the proper name of a body or a document, after "the": "the Charlie Taylor Review
# of the Youth Justice System", "the Jo Cox Commission", "The Christian Institute". A review is
# one when it is "of", "into" or "on" something; "the Jayden Clarke Review meeting" is a child's.
BODY_NOUNS = (
    r"Commission|Institute|Foundation|Inquiry|Lecture|Prize|Award|Memorial|Act|Principles|Guidelines"
    r"|Review(?=\s+(?:of|into|on)\b|\s*\()"
)
NAMED_BODY_AFTER = re.compile(rf"^\s+(?:{BODY_NOUNS})")
# The model often takes the whole proper name for a person's: "Charlie Taylor Review".
NAMED_BODY = re.compile(rf"(?:[A-Z][\w'’\-]*\s+)+(?:{BODY_NOUNS})")
# Whoever developed a model or a theory: "the model developed by David Mandel" (not "the safety
# plan developed by Grace Clarke").
DEVELOPED_BY_BEFORE = re.compile(
    r"\b(?:model|theory|framework|approach|method|concept|scale)\s+(?:was\s+)?"
    r"(?:developed|devised|coined|pioneered|theori[sz]ed)\s+by\s+$",
    re.IGNORECASE,
)
# A published work and its author, given with the publication in brackets: a publisher, an
# edition or an ISBN and the year ("Hackney Child by Hope Daniels (Simon & Schuster, 2014",
# "Lemn Sissay's My Name Is Why (Canongate, 2019"). A bracket with only a date or a place is
# not a publication: "Seen by Grace Clarke (12/03/2024)", "by Sarah Clarke (police, 2023)".
# Words only a publication's bracket has; not publishers that are also surnames ("(Grace Pearson,
# 2019)" is a child and a year).
PUBLISHER_WORDS = (
    r"Press|Publish\w*|Books|ISBN|edn|ed\.|Routledge|Palgrave|Penguin|Picador|Canongate|Schuster"
    r"|Bloomsbury|Virago|Polity|HarperCollins|Learning Matters"
)
PUBLICATION_BRACKET = rf"\s*\((?=[^()\n]{{0,80}}?\b(?:{PUBLISHER_WORDS}))[^()\n]{{0,80}}?\b(?:19|20)\d{{2}}\b"
AUTHOR_OF_TITLE_AFTER = re.compile(rf"^['’]s\s+(?:[\w'’\-:,]+\s+){{0,7}}[\w'’\-?!]+{PUBLICATION_BRACKET}")
BY_AUTHOR_BEFORE = re.compile(r"\bby\s+$")
# A title in quotation marks, then its author: '"The Boy Who Was Raised as a Dog" by Bruce Perry'.
QUOTED_TITLE_BY_BEFORE = re.compile(r"[\"“][^\"”\n]{3,80}[\"”]\s+by\s+$")
# A bill before Parliament: "the Mental Health Bill", "the Public Office (Accountability) Bill",
# "the Bill", "a draft Bill", "the 2025 Mental Health Bill" ("Bill" is also a first name, but no
# one calls a man "the Bill" or "a draft Bill").
LEGISLATION_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]|[Dd]raft|[Nn]ew)\s+(?:\d{4}\s+)?(?:\(?[A-Z][\w'’\-]*\)?\s+(?:and\s+|of\s+)?){0,5}$"
)
# What a bill goes through, said straight after "Bill": "Bill introduced (June 2022)", "Bill passed
# its third reading", "Bill received Royal Assent".
LEGISLATION_AFTER = re.compile(
    r"\s+(?:was\s+|is\s+|has\s+)?(?:introduced(?!\s+(?:himself|me|us|him|her|his|them|their)\b)"
    r"|passed(?!\s+(?:away|out|me|us|him|her)\b)|published|enacted|received\s+Royal\s+Assent"
    r"|became\s+(?:an?\s+)?Act|had\s+its\s+(?:first|second|third)\s+reading|at\s+(?:Stage|Committee|Report)\b)"
)
PUBLICATION_AFTER = re.compile(rf"^{PUBLICATION_BRACKET}")
# "Shuggie Bain by Douglas Stuart (Picador, 2020": a title named after its character.
TITLE_BY_AUTHOR_AFTER = re.compile(
    rf"^\s+by\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,3}}{PUBLICATION_BRACKET}"
)
# A publisher or an author in a reference list line: "..., 2nd edn, Jessica Kingsley, 2010, ISBN".
REFERENCE_LINE_AFTER = re.compile(r"^,\s*(?:19|20)\d{2}\b[^\n]{0,40}\bISBN\b")
# A quoted title and its year after the last of several authors' possessive: 'Featherstone,
# White and Morris's "Re-imagining Child Protection" (2014)' (not 'Kayleigh Brown's "Position
# Statement" (2024)').
QUOTED_WORK_AFTER = re.compile(r"^['’]s\s+[\"“][^\"”\n]{3,80}[\"”]\s*\((?:19|20)\d{2}\)")
# A theory named with its kind before its noun: "Michael Oliver's social model" (not "Jayden
# Clarke's role model", "Darren's conspiracy theory").
QUALIFIED_MODEL_AFTER = re.compile(
    r"^['’]s\s+(?:social|medical|ecological|systems|psychosocial|biopsychosocial|developmental"
    r"|humanistic|relational|transactional|exchange|strengths|dual\s+process|stage)\s+(?:model|theory)\b"
)
# A whole name with the scholarship it is known by: "Kate Morris's work on family-minded practice",
# "Barry Goldson's research on youth justice", "Jonathan Shay's writings on moral injury" (not a
# first name alone; not "Ahmed Hassan's papers", "Mia Clarke's studies", "Kyle Brown's work on trauma
# with CAMHS", "Jordan Lee's research project" or "Leanne Fox's research into her birth family": a
# client's documents, schooling, therapy, homework or own story). Work on something ends in a
# practice, a theory, a model, an approach or a policy.
SCHOLARSHIP_AFTER = re.compile(
    r"^['’]s\s+(?:(?:early|later|seminal|influential|classic|recent)\s+)?"
    r"(?:(?:research|scholarship|writings?|articles?)\s+(?:on|into|about)\s+(?!(?:her|his|their|my|your|our)\b)"
    r"|(?:work|book|chapter)\s+on\s+(?:[\w\-]+\s+){0,3}?(?:practice|theory|models?|approach|policy|[\w]+-(?:minded|informed|based|centred|focused)\s+\w+)\b"
    r"|typology\b)",
    re.IGNORECASE,
)
# Research credited to a whole name and their colleagues, or with its year: "research by Jim
# Campbell and colleagues", "a study by Sue White et al.", "the paper by Harry Ferguson (2016)" (not
# "the life story book by Sarah Clarke (2016)").
RESEARCH_BY_BEFORE = re.compile(
    r"\b(?:research|stud(?:y|ies)|papers?|articles?|typology|survey)\s+(?:[\w\-]+\s+){0,2}?by\s+$",
    re.IGNORECASE,
)
RESEARCHERS_AFTER = re.compile(
    r"^(?:\s+(?:and|&)\s+colleagues\b|\s+et\s+al\b|\s*\(\s*(?:19|20)\d{2}|,\s*(?:19|20)\d{2}\b)"
)
# Whatever the name's length: a law or a rule, a review cited by place and year, a model named
# after it.
NAMED_AFTER_CHARS = 120  # how far after the name they are read (a quoted title is long)
NAMED_AFTER = (
    NAMED_LAW_AFTER,
    CASE_CITATION_AFTER,
    MODEL_OF_WHOLE_NAME_AFTER,
    AUTHORS_REVIEW_AFTER,
    QUALIFIED_MODEL_AFTER,
)
# A party after "v" in a reported case ("... NHS Foundation Trust v James [2013] UKSC 67"), and
# the chair of a named inquiry, with its year ("the Ely Hospital inquiry (Geoffrey Howe, 1969)";
# not "section 47 investigation (Tyler Briggs, 2021)").
CASE_PARTY_BEFORE = re.compile(r"\sv\.?\s+$")
REPORTED_CASE_AFTER = re.compile(r"^[^.\n]{0,30}?\[(?:19|20)\d{2}\]")  # not "(2024)": a private case
# A law report's citation: the year in square brackets and the court or the series after it.
_REPORT_CITATION = (
    r"\[(?:19|20)\d{2}\]\s+(?:\d+\s+)?"
    r"(?:EWHC|EWCA|EWFC|EWCOP|UKSC|UKHL|UKUT|UKFTT|AC|WLR|FLR|CSIH|CSOH|NICA|NIQB|NIFam)\b"
)
# A name the model read with the case's "v" in it (capitalised words either side and nothing
# else), then the rest of the party's name and the citation: "Gillick v West Norfolk" + " and
# Wisbech AHA [1986] AC 112".
CASE_NAME = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*\s+v\.?\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*")
CASE_NAME_AFTER = re.compile(rf"(?:\s+and(?:\s+[A-Z][\w'’\-]*){{1,4}})?,?\s*{_REPORT_CITATION}")
# The claimant in a judicial review: "R (on the application of Luke Davey) v Oxfordshire County
# Council [2017] EWCA Civ 1308", "R (Davey) v Oxfordshire CC [2017]".
CLAIMANT_BEFORE = re.compile(r"\bR\s*\(\s*(?:on\s+the\s+application\s+of\s+)?$")
CLAIMANT_AFTER = re.compile(r"\s*\)\s+v\.?\s+[^.\n\[\]]{1,80}?\[(?:19|20)\d{2}\]")
INQUIRY_BRACKET_BEFORE = re.compile(r"\bthe\s+(?:[A-Z][\w'’\-]*\s+){1,4}(?:[Ii]nquiry|[Cc]ommission)\s*\($")
YEAR_CLOSES_AFTER = re.compile(r"^,\s*(?:19|20)\d{2}\s*\)")
DOCUMENT_AFTER = re.compile(
    r"^\s+(?:report|reports|inquiry|enquiry|guidelines?|guidance|judg(?:e)?ment|ruling|test)\b", re.IGNORECASE
)
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# "Brandon and Sidebotham", "Braye, Preston-Shoot", "Gillick / Fraser": co-authors (or a pair of
# rulings) joined to a public name.
CO_AUTHOR_GAP = re.compile(r"^(?:\s*(?:,|and|&|/)\s*|\s*,\s*and\s+)$")
# A work of fiction named the way a teaching prompt names one, with its year: a medium and a
# title ("the film Kes (1969)", "the Netflix drama Adolescence (2025)", "Ken Loach's film I,
# Daniel Blake (2016)"), a book with its author and publisher ("Shuggie Bain by Douglas Stuart
# (Picador, 2020"); or people said to be characters ("fictional characters", "a fictional
# family", "the TV characters", "Jamie Miller, the 13-year-old character", "Lola Pearce's
# storyline"). Not a documentary (its people are real), a quoted title alone ('"Position
# Statement" (2024)' is a court document's), or a favourite programme in a child's notes
# ("loves the Netflix series Stranger Things": no year). See Detector._drop_fictional_characters
# for how far a cue reaches.
_MEDIUM = r"(?i:film|novel|book|drama|series|soap|sitcom|musical)"
_CHANNEL = r"(?:Netflix|BBC|ITV|Channel\s+[45]|Sky|Disney|Amazon|TV|television)"
_TITLE_JOINS = r"(?:of|the|and|in|a|an|on|to|for|with|is|was|who)"
_QUOTED_TITLE = r"[\"“][^\"”\n]{2,60}[\"”]"
_TITLE = rf"(?:{_QUOTED_TITLE}|(?:[A-Z][\w'’\-]*,?\s+(?:{_TITLE_JOINS}\s+)*){{0,7}}[A-Z][\w'’\-!?]*)"
_YEAR_ONLY = r"\s*\((?:19|20)\d{2}\)"
_POSSESSIVE = r"[A-Z][\w'’\-]*(?:['’]s|(?<=s)['’])"
# Each of these ends in a bracket holding a year (or a publication), so they are tried only in
# a window before each such bracket: tried at every capital of a long text they cost 60 ms in
# 100,000 characters.
FICTION_TITLE_CUE = re.compile(
    rf"(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)|{_POSSESSIVE})\s+(?:{_CHANNEL}\s+)?{_MEDIUM}\s+{_TITLE}{_YEAR_ONLY}"
    rf"|[A-Z][\w'’\-!?]*\s+by\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,3}}{PUBLICATION_BRACKET}"
)
YEAR_BRACKET = re.compile(r"\((?=[^()\n]{0,80}?(?:19|20)\d{2})")
# Characters looked at before and after a bracket: a medium word or an author and a title of up to
# eight words; the bracket's contents.
TITLE_CUE_WINDOW = (160, 90)
FICTION_WORD_CUE = re.compile(
    r"\b(?i:fictional|fictitious)\s+(?:\w+\s+)?(?i:characters?|famil(?:y|ies))\b"
    r"(?!\s+(?i:member|members|address|history|details|home|tree|name|names|background)\b)"
    r"|\b(?i:the\s+(?:TV|television|film|novel|book|soap|cartoon)\s+characters)\b"
    rf"|{_POSSESSIVE}\s+(?:[\w\-]+\s+){{0,3}}?(?i:storylines?)\s+(?:in|on)\s+[A-Z]"
)
# A word each FICTION_WORD_CUE alternative holds, looked for first as plain text (the expression
# itself takes 15 ms over 100,000 characters), and the window around it the cue is looked for in.
WORD_CUE_WINDOW = (40, 80)
FICTION_WORDS = ("charact", "fictio", "fictit", "storyline")
# Where a sentence (or a clause after a semicolon) ends: its last stop and any closing quote or
# bracket and the space after, or a line break.
SENTENCE_END = re.compile(r"[.!?;]+[\"”’')\]]*\s+|\n")
# A first paragraph this short is a request ("Is this a good case note for training? It's
# based on the film Kes (1969).") rather than material; material quoted after it is what the
# request is about when the request says it is fiction.
REQUEST_CHARS = 300
FICTION_REQUEST = re.compile(
    r"\b(?:fictional|fictitious|characters?|made[\s\-]up|based\s+on\s+the\s+(?:film|novel|book|drama|series|play))\b",
    re.IGNORECASE,
)
QUOTED_PARAGRAPH = re.compile(r"[\"“‘']")
# Said of a real person whatever the cue: an age after the name ("(12)", ", 12,", "(12, in
# care)"); in the sentence, who the client is, or a label ("Name: ...").
AGE_GIVEN_AFTER = re.compile(
    rf"{AGE_AFTER.pattern}|\s*,\s*(?:aged\s+)?\d{{1,2}}\s*(?:[,.;)]|\()|\s*\(\s*(?:aged?\s*)?\d{{1,2}}\s*,"
    r"|\s*\([^()\n]{0,30},\s*(?:aged?\s*)?\d{1,2}\s*\)|,?\s+(?:who\s+)?is\s+(?:now\s+|only\s+)?\d{1,2}\b"
    r"(?!\s*(?:%|per|weeks?|days?|months?|hours?|minutes?|miles?|km|am|pm))",
    re.IGNORECASE,
)
# Said after a name to be the client or a relative: "Gerald Caplan (client)", "Nicky Morgan – mum"
# (not "Logan Mwangi (Child Practice Review, ...)").
CLIENT_AFTER = re.compile(
    r"\s*(?:\(|[,\-–—]\s*)(?:the\s+|our\s+|my\s+)?(?:mum|mother|dad|father|client|service\s+user|patient|foster\s+carer"
    r"|carer|young\s+person|child|son|daughter|grandmother|grandfather|nan|gran)\s*(?:[),.;\-–]|$)",
    re.IGNORECASE,
)
# Said soon after a famous name to be someone else's: "Paddy McGuinness (our patient in Bolton,
# not the presenter)", "Kerry Katona — no relation to anyone famous", "(no not that one!)".
NOT_THE_FAMOUS_ONE = re.compile(
    r"[^.\n]{0,60}?\b(?:not\s+(?:the|that)\s+(?:one|celebrity|famous\s+one|singer|presenter|actor|actress"
    r"|footballer|politician|author|writer|comedian|tv\s+one)|no\s+relation|nothing\s+to\s+do\s+with)\b",
    re.IGNORECASE,
)
# Casework said of the person just after the name, in the present: what they are doing now, their
# age, a relative's trouble now, a release from prison last week ("Stephen Case has been drinking
# heavily", "Stanley Cohen is an 82-year-old man", "Jerry Tew's daughter has been self-harming",
# "Kevin Haines was released from prison last week"): a client who shares a public figure's name.
# Not the past a public life or a published case is told in ("Alan Turing was convicted in 1952",
# "Victoria Climbié was seen by many agencies", "Cathy's children are taken into care").
_KIN_WORD = (
    r"(?:daughter|son|mum|mam|dad|mother|father|wife|husband|partner|children|kids|baby|carer|sister|brother)"
)
CASEWORK_AFTER = re.compile(
    r"\s+(?:has|had)\s+been\s+(?:drinking|using|self[\s\-]harming|missing|sleeping\s+rough|staying|living)\b"
    r"|\s+is\s+(?:now\s+)?(?:an?\s+)?\d{1,3}[\s\-]*(?:years?|yrs?)[\s\-]*old\b"
    rf"|['’]s\s+{_KIN_WORD}\s+(?:has|have|is|are)\s+(?:been\s+)?[\w\-]+ing\b"
    r"|\s+(?:was|has\s+been)\s+(?:released|discharged)\s+from\s+(?:prison|custody|hospital)\s+"
    r"(?:last|this|on|yesterday|today)\b",
    re.IGNORECASE,
)
CLIENT_WORDS = re.compile(
    r"\b(?:I\s+(?:work|worked|am\s+working)\s+with|(?:my|our)\s+(?:real\s+)?(?:service\s+user|client|young\s+person"
    r"|case|caseload)|client\s+of\s+mine|on\s+my\s+caseload|I\s+(?:support|supported|visit|visited)|service\s+user)\b",
    re.IGNORECASE,
)
# A household or a placement the writer speaks of: a first name shared with someone in a published
# review is then as likely the writer's own child's ("Our Maria was 7 when she came to live with
# us", "Daniel on my placement is 4", "My Peter is the same age").
HOUSEHOLD_SAID = re.compile(
    r"\b(?:(?:placed|living|lives|live|staying|stays)\s+with\s+(?:us|me)|came\s+to\s+(?:live|stay)\s+with\s+(?:us|me)"
    r"|on\s+my\s+placement|(?:my|our)\s+(?:foster|kinship|adopted|birth|step)[\s\-]?(?:child|children|son|daughter|kids?)"
    r"|we\s+(?:foster(?:ed)?|adopted))\b",
    re.IGNORECASE,
)
OWNER_BEFORE = re.compile(r"\b(?:my|our)\s+$", re.IGNORECASE)  # "our Maria", "My Peter"
# Present-day casework said in the sentence that calls someone by a published case's first name: a
# child who shares the name ("Logan was seen by the GP today"), not the review's ("Laming's point
# about Victoria being seen by professionals at least 12 times").
CASEWORK_NOW = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening|week|month|term|year)"
    r"|last\s+(?:night|week|month)|next\s+week|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|on\s+my\s+caseload|I\s+(?:visited|saw|met|spoke)|let\s+me\s+in)\b",
    re.IGNORECASE,
)
# The present tense straight after the first name: a living child ("Victoria has missed school",
# "Oliver has a learning disability", "Logan is 9"), not a review's past ("Victoria was seen").
PRESENT_AFTER = re.compile(
    r"\s+(?:has|is|isn[’']t|hasn[’']t|does|doesn[’']t|will|won[’']t|can[’']t|keeps|wants|needs|says|lives|goes|attends)\b",
    re.IGNORECASE,
)
# Said to be a real person's name, beside a character's: "His name is Harry, like Harry Potter".
REAL_NAME_SAID = re.compile(
    r"\b(?:(?:his|her|their)\s+(?:real\s+)?name\s+is|(?:he|she)\s+is\s+called)\b", re.I
)
LABEL_LINE = re.compile(r"[ \t]*[A-Z][\w ]{0,24}:\s")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A prompt that opens by saying its material is invented: "Fictional scenario for students: ...",
# "Training scenario: ...", "In the novel, ...", "imagine a woman in ...", "the training film shows an
# actress playing ..." ("case study" alone is not one: placement case studies are real people's).
MADE_UP_MATERIAL = re.compile(
    r"\b(?:fiction|fictional|fictitious|made[\s\-]up|invented|hypothetical|imaginary)\b"
    r"|\b(?:training|teaching)\s+(?:scenario|exercise|case\s+study|vignette|pack|session|materials?)\b"
    r"|\bexercise\s+for\s+students\b|\brole[\s\-]?play\b|\bvignettes?\b|\bimagine\s+(?:a|an|that)\b"
    r"|\b(?:training|teaching)\s+(?:film|video)\b|\b(?:actor|actress)\s+playing\b"
    r"|\bin\s+the\s+(?:film|novel|book|soap|play|series|episode|storyline)\b",
    re.IGNORECASE,
)
# ... unless it also says the material is someone's: "a real case", "my client".
REAL_MATERIAL = re.compile(r"\b(?:real|actual|genuine|anonymi[sz]ed|on\s+placement)\b", re.IGNORECASE)
NER_RECOGNIZER = "SpacyRecognizer"
DIGIT_AFTER = re.compile(r"\s*\d")
UNKNOWN_NER_NAME_SCORE = 0.35


@dataclass
class Candidate:
    entity_type: str
    start: int
    end: int
    score: float
    category: str | None
    recognizer: str | None = None

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Allowlist:
    """Phrases that are public record, and the entity types they excuse."""

    matcher: TermMatcher | None
    entity_types: frozenset[str]
    surnames: frozenset[str] = frozenset()  # last words of listed full names ("brandon")
    # first words of listed full names that stand for the whole name beside it ("tracy"): only
    # for characters, whom stories call by first name, and for people whose published cases do
    first_names: frozenset[str] = frozenset()

    @classmethod
    def from_files(
        cls,
        paths: list[Path],
        entity_types: set[str],
        extra: list[str] = (),
        *,
        known_by_first_name: bool = False,
    ) -> Allowlist:
        terms = [term for path in paths if path.exists() for term in read_terms(path)]
        terms.extend(t.lower() for t in extra)
        if not terms:
            return cls(None, frozenset(entity_types))
        full_names = [words for words in map(_words, terms) if len(words) > 1]
        surnames = frozenset(words[-1] for words in full_names)
        first_names = frozenset(words[0] for words in full_names) if known_by_first_name else frozenset()
        return cls(TermMatcher(terms), frozenset(entity_types), surnames, first_names)

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self.matcher.finditer(text)] if self.matcher else []


@dataclass(frozen=True)
class FictionWorks:
    """Works of fiction and what their characters are called in them (patterns/fiction_works.yaml):
    where a work's title is written, its characters' names, first names too, are public."""

    titles: TermMatcher | None
    # a title's term key -> the work's index in `characters`, and the title as it is written
    work_of_title: dict[str, tuple[int, str]]
    characters: tuple[Allowlist, ...]

    @classmethod
    def from_file(cls, path: Path) -> FictionWorks:
        works = ((read_yaml(path) or {}).get("works") or []) if path.exists() else []
        work_of_title: dict[str, tuple[int, str]] = {}
        for index, work in enumerate(works):
            for title in work.get("titles") or []:
                key = term_key(title)
                if key in work_of_title:
                    raise ValueError(f"{path.name}: the title {title!r} is listed twice")
                work_of_title[key] = (index, " ".join(title.split()))
        characters = tuple(
            Allowlist(TermMatcher(work["characters"]), frozenset({"PERSON"})) for work in works
        )
        return cls(TermMatcher(work_of_title) if work_of_title else None, work_of_title, characters)

    def written_titles(self, text: str) -> list[tuple[int, tuple[int, int]]]:
        """Each work whose title the text writes as it is written (capitals and all: "Still
        Alice", not "is still Alice's carer"), and where."""
        if self.titles is None:
            return []
        written_here = []
        for match in self.titles.finditer(text):
            index, written = self.work_of_title[match.key]
            span = match.span(VALUE_GROUP)
            if " ".join(text[slice(*span)].replace("’", "'").split()) == written:
                written_here.append((index, span))
        return written_here

    def named_in(self, text: str) -> list[Allowlist]:
        """The characters of each work whose title the text writes as it is written."""
        named = {index for index, _ in self.written_titles(text)}
        return [self.characters[index] for index in sorted(named)]


@dataclass(frozen=True)
class PublicRecord:
    """What is public and never flagged, read from patterns/: listed names, numbers and placeholder
    values (`allowlists`), bodies whose own addresses and numbers these are (`bodies`), national
    bodies' postcodes (`postcodes`), characters of fiction known everywhere by name (`characters`),
    people whose published cases call them by first name (`cases`) and the characters of works
    named in the text (`works`)."""

    allowlists: tuple[Allowlist, ...]
    bodies: Allowlist
    postcodes: Allowlist
    characters: Allowlist = field(default_factory=lambda: Allowlist(None, frozenset({"PERSON"})))
    cases: Allowlist = field(default_factory=lambda: Allowlist(None, frozenset({"PERSON"})))
    works: FictionWorks = field(default_factory=lambda: FictionWorks(None, {}, ()))


@dataclass(frozen=True)
class PublicMentions:
    """Where public-record phrases stand in one text, and the words they are made of."""

    spans: list[tuple[int, int]]
    starts: list[int]
    words: frozenset[str]


class Detector:
    """Finds personal data in a text with the assembled analyzer and the catalogue's rules."""

    def __init__(
        self,
        analyzer: AnalyzerEngine,
        catalogue: Catalogue,
        public: PublicRecord,
        threshold: float,
        template_slots: frozenset[str] = frozenset(),
        context_needs_special: bool = False,
    ) -> None:
        """`context_needs_special`: the policy reads context details (ages, places, singling-out
        phrases) only beside special-category detail, so a text with none is not searched for them
        (a tenth of the time of an analysis)."""
        self.analyzer = analyzer
        self.public = public
        self.catalogue = catalogue
        self.threshold = threshold
        self.template_slots = template_slots
        self.names = next(
            (r for r in analyzer.registry.recognizers if isinstance(r, CaseNoteNameRecognizer)), None
        )
        self.special = [
            r
            for r in analyzer.registry.recognizers
            if isinstance(r, CaseNotePatternRecognizer) and "SPECIAL_CATEGORY" in r.supported_entities
        ]
        self.context_needs_special = context_needs_special and bool(self.special)
        self.places = frozenset().union(
            *(r.places for r in analyzer.registry.recognizers if isinstance(r, CaseNotePatternRecognizer))
        )
        self.without_context = [e for e in catalogue.entities if catalogue.kind(e) != "context"]
        # the special-category terms' words, which a scan may have hyphenated across a line
        self.term_words = frozenset(
            word
            for r in analyzer.registry.recognizers
            if isinstance(r, TermListRecognizer)
            for term in r.categories
            for word in TERM_WORD.findall(term)
        )

    def detect(self, text: str) -> list[Finding]:
        normalized = normalize(text, self.term_words)
        plain = normalized.text
        results = self._analyze_in_chunks(plain)
        candidates = [self._candidate(r) for r in results if r.entity_type in self.catalogue.entities]
        candidates = self._split_names_at_line_breaks(plain, candidates)
        candidates = self._check_model_names(plain, candidates)
        candidates = self._promote_dates_in_details(plain, candidates)
        candidates = self._promote_dates_in_dob_columns(plain, candidates)
        candidates = [c for c in candidates if c.score >= self.threshold]
        candidates = self._extend_reference_runs(plain, candidates)
        candidates = self._drop_terms_inside_identifiers(candidates)
        candidates = self._drop_allowlisted(plain, candidates)
        candidates = self._drop_inside_template_slots(plain, candidates)
        candidates = self._drop_stand_ins(plain, candidates)
        candidates = self._drop_made_up_values(plain, candidates)
        candidates = self._drop_citations(plain, candidates)
        candidates = self._drop_post_towns(plain, candidates)
        candidates = self._drop_place_names(plain, candidates)
        candidates = self._drop_places_in_lists(plain, candidates)
        candidates = self._drop_organisation_contacts(plain, candidates)
        candidates = self._drop_public_figures(plain, candidates)
        candidates = self._drop_fictional_characters(plain, candidates)
        candidates = self._drop_contacts_of_no_one(plain, candidates)
        candidates = self._drop_shared_mailboxes(plain, candidates)
        candidates = self._mark_repeated_names(plain, candidates)
        candidates = self._drop_context_in_made_up_material(plain, candidates)
        candidates = self._join_adjacent(plain, candidates, "STREET_ADDRESS", ADDRESS_JOIN)
        candidates = self._join_adjacent(plain, candidates, "PERSON", SAME_NAME_JOIN)
        findings = []
        for candidate in self._resolve_overlaps(candidates):
            start, end = normalized.to_original(candidate.start, candidate.end)
            info = self.catalogue[candidate.entity_type]
            findings.append(
                Finding(start, end, candidate.entity_type, candidate.score, info.label, candidate.category)
            )
        return sorted(findings)

    def _analyze_in_chunks(self, text: str) -> list[RecognizerResult]:
        """Long texts in overlapping pieces; their NLP artifacts are made in one batch."""
        results: list[RecognizerResult] = []
        entities = None  # all of them
        if self.context_needs_special and not any(r.finds_any(text) for r in self.special):
            entities = self.without_context
        pieces = list(chunks(text, CHUNK_CHARS, CHUNK_OVERLAP))
        prepared = self.analyzer.nlp_engine.process_batch(
            (text[c.start : c.end] for c in pieces), "en", whole_text=text
        )
        for chunk, (piece, artifacts) in zip(pieces, prepared, strict=True):
            for result in self.analyzer.analyze(
                piece, language="en", entities=entities, score_threshold=0.0, nlp_artifacts=artifacts
            ):
                result.start += chunk.start
                result.end += chunk.start
                if chunk.core_start <= result.start < chunk.core_end:
                    results.append(result)
        return results

    @staticmethod
    def _candidate(result: RecognizerResult) -> Candidate:
        metadata = result.recognition_metadata or {}
        return Candidate(
            result.entity_type,
            result.start,
            result.end,
            result.score,
            metadata.get(CATEGORY_KEY),
            metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY),
        )

    @staticmethod
    def _split_names_at_line_breaks(text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A name never runs on to the next line: the model reads a list's lines as one name
        ("Charlene\nAllan" in "Wood, Charlene\nAllan, Margaret"), so each line's part stands alone."""
        split = []
        for c in candidates:
            if c.entity_type != "PERSON" or "\n" not in text[c.start : c.end]:
                split.append(c)
                continue
            split.extend(
                replace(c, start=c.start + part.start(), end=c.start + part.end())
                for part in NAME_PART_OF_A_LINE.finditer(text[c.start : c.end])
            )
        return split

    def _check_model_names(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """Trim titles and cues off model names ("Mrs ", "Dad "), and doubt a "name" none of whose
        words is a known name, or that is followed by a place word ("Marsh Lane"); and doubt any
        recognizer's one-word "name" that is a month heading a chronology's line ("Jan – baby born").

        The small spaCy model calls capitalised phrases names ("Summarise Working Together");
        a real name nearly always has a word in the gazetteers, or a cue the name recognizer sees
        ("a boy named Forrest").
        """
        if self.names is None:
            return candidates
        chronology = _Chronology(text)
        cue_only = [
            c.start
            for c in candidates
            if c.entity_type == "PERSON"
            and c.recognizer == NER_RECOGNIZER
            and self.names.is_cue_only(WORD.findall(text[c.start : c.end]))
        ]
        cued_starts = self._cued_name_starts(text, cue_only) if cue_only else set()
        for c in candidates:
            if c.entity_type != "PERSON":
                continue
            if c.recognizer != NER_RECOGNIZER:
                if chronology.month_heading(c):
                    c.score = min(c.score, UNKNOWN_NER_NAME_SCORE)
                continue
            cued = self.names.prefix_length(text[c.start : c.end])
            c.start += cued
            if text[c.start : c.end].endswith(("'s", "’s")):
                c.end -= 2
            words = WORD.findall(text[c.start : c.end])
            following = WORD.match(text, c.end + 1) if text[c.end : c.end + 1] == " " else None
            place = (
                words and (self.names.is_place_word(words[-1]) or self.names.opens_a_place(words[0]))
            ) or (following is not None and self.names.is_place_word(following.group()))
            # a town or a county the model took for a name: "Devon County Council", "on Skye"
            place = place or (len(words) == 1 and self.names.stands_as_a_place(text, c.start, c.end))
            named = bool(words) and self.names.said_to_be_named(text, c.start, c.start + len(words[0]))
            # a word only a cue makes a name ("Brook") is one only where the name recognizer, which
            # reads cues, finds one ("Hi Sky,"): its own finding lost to the model's higher score
            known = c.start in cued_starts if self.names.is_cue_only(words) else self.names.knows(words)
            if place or not (cued or named or known) or chronology.month_heading(c):
                c.score = min(c.score, UNKNOWN_NER_NAME_SCORE)
        return [c for c in candidates if c.end > c.start]

    def _cued_name_starts(self, text: str, positions: list[int]) -> set[int]:
        """Where the name recognizer finds a name, read only around `positions` (cues stand within
        a sentence), each stretch of text once however many words are asked about."""
        assert self.names is not None
        stretches: list[list[int]] = []
        for at in sorted(positions):
            start, end = max(0, at - CUE_WINDOW), at + CUE_WINDOW
            if stretches and start <= stretches[-1][1]:
                stretches[-1][1] = end
            else:
                stretches.append([start, end])
        return {
            r.start + start
            for start, end in stretches
            for r in self.names.analyze(text[start:end], ["PERSON"])
        }

    @staticmethod
    def _extend_reference_runs(text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A reference found once is one wherever else it stands ("ECL/1177204 — 01/06 ...",
        then "ECL/1177204 — 02/06 ..."), and so is the next value of its shape in a run of them
        ("Mosaic 5531907 / 5531908", "CF-22817, CF-22901, CF-23011", "CU/24/00718 (Feb) and
        CU/24/01443"): a record's numbers come in lists with the label on the first alone."""
        queue = [c for c in candidates if c.entity_type in REFERENCE_TYPES]
        taken = {(c.start, c.end) for c in queue}
        searched: set[str] = set()
        added: list[Candidate] = []
        while queue:
            c = queue.pop()
            value = text[c.start : c.end]
            spans = [] if value in searched else list(_standing_alone(text, value))
            searched.add(value)
            gap = REFERENCE_RUN_GAP.match(text, c.end)
            after = gap.end() if gap else c.end
            end = after + len(value)
            if after > c.end and _same_shape(value, text[after:end]) and not _runs_on(text, end):
                spans.append((after, end))
            for span in spans:
                if span not in taken:
                    taken.add(span)
                    sibling = replace(c, start=span[0], end=span[1])
                    added.append(sibling)
                    queue.append(sibling)
        return candidates + added

    def _drop_terms_inside_identifiers(self, candidates: list[Candidate]) -> list[Candidate]:
        """A special-category term inside an identifier's value is part of it: "S3" (section 3 of
        the Mental Health Act) in the postcode "S3 8JY"."""
        spans = sorted((c.start, c.end) for c in candidates if self._kind(c) == "identifier")
        if not spans:
            return candidates
        starts = [start for start, _ in spans]
        reach = list(accumulate((end for _, end in spans), max))  # furthest end of any span so far

        def inside(c: Candidate) -> bool:
            at = bisect_right(starts, c.start)
            return at > 0 and reach[at - 1] >= c.end

        return [c for c in candidates if self._kind(c) != "special" or not inside(c)]

    def _promote_dates_in_details(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A date in a person's details is their birth date: "Jayden Clarke, 04/11/2011",
        "Kyle Bennett, 16, 12/08/2008", "Iestyn Morgan (14), 7th June 2010", "Jayden (04/11/2011)",
        "Harold Dempsey ("Harry"), 11/02/1938" or "Child: Lachlan, 14.05.2009". A single name then
        a comma is too loose ("seen by Sarah, 3/4/25") unless a label says whose details these are,
        and so is a name then a space ("Jane Smith 12 March 2025") unless a label stands before it
        and nothing after it ("Child: Ruby Hext 17 March 2020," on its own line) or the date is years
        old and closes the details ("Thomas Baxter 30/09/2015, 8 Elm Grove"). In a file's name a
        date years old after a name is theirs ("Hughes_Rhian_CIN_04-11-2015.docx")."""
        names = sorted(
            (c for c in candidates if c.entity_type == "PERSON" and c.score >= self.threshold),
            key=lambda c: c.end,
        )
        ends = [name.end for name in names]
        numbers_end = {
            c.end for c in candidates if c.entity_type in PERSONS_NUMBERS and c.score >= self.threshold
        }
        for date in (c for c in candidates if c.entity_type == "DATE_OF_BIRTH"):
            if _after_a_placeholder(text, date) or self._after_a_persons_number(text, date, numbers_end):
                date.score = max(date.score, PROMOTED_DOB_SCORE)
                continue
            index = bisect_right(ends, date.start) - 1
            if index < 0:
                continue
            name = names[index]
            gap = text[name.end : date.start]
            if FILE_NAME_DATE_GAP.fullmatch(gap) and _in_one_file_name(text, gap, date):
                # not a meeting's date: "Minutes - Jane Smith 12.03.2025.docx"
                if _years_ago(text, date) >= BIRTH_DATE_YEARS:
                    date.score = max(date.score, PROMOTED_DOB_SCORE)
                continue
            label = DETAILS_LABEL_BEFORE.search(text, max(0, name.start - DETAILS_LABEL_CHARS), name.start)
            labelled = label is not None and DETAILS_END.match(text, date.end) is not None
            if CLOSING_DATE_GAP.fullmatch(gap):
                # or a date years old that closes the name's details: "Thomas Baxter 30/09/2015,
                # 8 Elm Grove", "IBRAHIM, Yusuf 01/09/2008 — robbery", "Clara Vincent – 19/11/1943\n"
                old = (
                    _years_ago(text, date) >= BIRTH_DATE_YEARS
                    and DETAILS_OR_DASH_END.match(text, date.end) is not None
                    and any(self._first_name(word) for word in WORD.findall(text[name.start : name.end]))
                )
                if (labelled and gap == " ") or old:
                    date.score = max(date.score, PROMOTED_DOB_SCORE)
                continue
            details = DETAILS_GAP.match(gap) if 0 < len(gap) <= DETAILS_GAP_CHARS else None
            if details is None or (details.group("role") and _years_ago(text, date) < BIRTH_DATE_YEARS):
                continue
            whole_name = " " in text[name.start : name.end].strip()
            nickname = gap.lstrip().startswith(('")', "”)", "’)", "')"))  # ... ("Harry"), 11/02/1938
            if "(" in gap or whole_name or nickname or labelled:
                date.score = max(date.score, PROMOTED_DOB_SCORE)
        return candidates

    @staticmethod
    def _after_a_persons_number(text: str, date: Candidate, numbers_end: set[int]) -> bool:
        """A date years old straight after a person's NHS, CHI, H&C, NI or case number, ending
        the details there: "Mr Alfred Cheetham, NHS 987 532 0242, 30/06/1932. Items: ..."."""
        ends = [end for end in numbers_end if 0 < date.start - end <= AFTER_A_NUMBER_CHARS]
        return (
            bool(ends)
            and AFTER_A_NUMBER_GAP.fullmatch(text, max(ends), date.start) is not None
            and _years_ago(text, date) >= BIRTH_DATE_YEARS
            and AFTER_A_NUMBER_END.match(text, date.end) is not None
        )

    @staticmethod
    def _promote_dates_in_dob_columns(text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A date in a pasted table's date-of-birth column is a birth date ("Name | DOB | NHS no",
        then "Amelia Scott | 12/03/2015 | ..."; tab- and comma-separated rows too), in the rows
        that name someone."""
        dates = sorted(
            (c for c in candidates if c.entity_type == "DATE_OF_BIRTH" and c.score < PROMOTED_DOB_SCORE),
            key=lambda c: c.start,
        )
        if not dates:
            return candidates
        persons = sorted(c.start for c in candidates if c.entity_type == "PERSON")
        starts = [date.start for date in dates]
        for column in table_columns(text, lambda label: DOB_HEADER.fullmatch(label) is not None):
            for (start, end), (line_start, line_end) in zip(column.cells, column.rows, strict=True):
                if bisect_left(persons, line_start) == bisect_left(persons, line_end):
                    continue
                for date in dates[bisect_left(starts, start) : bisect_left(starts, end)]:
                    if date.end <= end:
                        date.score = PROMOTED_DOB_SCORE
        return candidates

    def _cued(self, text: str, start: int) -> bool:
        return self.names is not None and self.names.cue_before(text, start)

    def _told_real(self, text: str, c: Candidate) -> bool:
        """An age after the name, or a kin or role word before it: "Amy Lowe (15)", "Tyler
        Briggs, aged 8,", "nan Joan"."""
        return AGE_GIVEN_AFTER.match(text, c.end) is not None or self._kin_cued(text, c.start)

    def _first_name(self, word: str) -> bool:
        return self.names is not None and self.names.knows_first_name(word)

    def _only_a_given_name(self, word: str) -> bool:
        """A listed first name that is no listed surname ("Kayla", not "Mason")."""
        names = self.names
        return names is not None and names.knows_first_name(word) and not names.is_surname(word)

    def _kin_cued(self, text: str, start: int) -> bool:
        return self.names is not None and self.names.kin_cue_before(text, start)

    @staticmethod
    def _next_to(text: str, c: Candidate, found: PublicMentions) -> bool:
        """Whether a public mention stands just before or after `c`, joined by "and", "&" or a comma."""
        index = bisect_right(found.starts, c.start)
        after = found.spans[index] if index < len(found.spans) else None
        before = found.spans[index - 1] if index else None
        return (after is not None and CO_AUTHOR_GAP.match(text[c.end : after[0]]) is not None) or (
            before is not None
            and before[1] <= c.start
            and CO_AUTHOR_GAP.match(text[before[1] : c.start]) is not None
        )

    def _drop_allowlisted(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """Drop findings on public-record phrases: a number on the public list, a name that is
        (part of) a public name as written here, or one word of a public name mentioned in the
        same text ("Tony Morrison ... Morrison's model"; a character's first name too: "Tracy
        Beaker ... Tracy"), or a character of a work whose title the text writes ("I, Daniel Blake
        ... Katie"), outside a sentence that says who the client is ("A young person I work with
        reminded me of Billy in Kes"); a published case's first name in the paragraph that names
        them in full, where its sentence tells of no present-day casework ("the Maria Colwell
        inquiry ... Maria was 7 when she died"; not "... Logan was seen by the GP today").
        A title or a kin cue before it, or an age after it, makes it a person after all ("Mrs
        Munro", "Jack Bowlby (7)")."""
        for allowlist in self.public.allowlists:
            candidates = self._drop_listed(text, candidates, allowlist)
        candidates = [c for c in candidates if not self._published_file(text, c)]
        sentences: list[Sentences] = []  # read only when a character is named, once
        client_said: list[bool] = []

        def about_the_client(c: Candidate) -> bool:
            """A name in a text that says whose case it is ("A young person I work with, Oliver,
            loves Oliver Twist"), or in a sentence that says it is someone's real name ("His name is
            Harry, like Harry Potter")."""
            if not sentences:
                sentences.append(Sentences(text))
                client_said.append(CLIENT_WORDS.search(text) is not None)
            return client_said[0] or sentences[0].holds(REAL_NAME_SAID, sentences[0].of(c.start))

        def maybe_a_client(c: Candidate) -> bool:
            """A published case's first name, when something says it may be the writer's own
            child's or client's, the present tense follows it, or its sentence tells of present-day
            casework (CASEWORK_NOW's words)."""
            owned = OWNER_BEFORE.search(text, max(0, c.start - 5), c.start) is not None
            if about_the_client(c) or owned or HOUSEHOLD_SAID.search(text) is not None:
                return True
            return PRESENT_AFTER.match(text, c.end) is not None or sentences[0].holds(
                CASEWORK_NOW, sentences[0].of(c.start)
            )

        candidates = self._drop_listed(text, candidates, self.public.characters, about_the_client)
        candidates = self._drop_listed(text, candidates, self.public.cases, maybe_a_client)
        for allowlist in self.public.works.named_in(text):
            candidates = self._drop_listed(text, candidates, allowlist, about_the_client)
        return candidates

    def _published_file(self, text: str, c: Candidate) -> bool:
        """A surname alone in a file's name that public_names.txt lists on its own (an uncommon
        one, the usual citation form) is a published document's author ("Munro_Review_final_2011.pdf",
        "Narey_residential_care.pdf"); with a given name joined to it, it is a client's
        ("Munro_Kayden_CP_plan.docx"). So is any name that co-authors and a year follow there
        ("Broadhurst_Mason_2017_Birth_parents.pdf"), but not a surname and a given name alone
        before the year ("Jones_Kayla_2015.docx" is a client's)."""
        if c.entity_type != "PERSON":
            return False
        authors = file_names.names_before_a_year(text, c.start, c.end)
        if authors is not None:
            parts = WORD.findall(authors)
            return not (len(parts) == 2 and self._only_a_given_name(parts[1]))
        if not file_names.joined_in_a_file_name(text, c.start, c.end):
            return False
        word = text[c.start : c.end]
        return len(_words(word)) == 1 and any(
            allowlist.spans(word) == [(0, len(word))] for allowlist in self.public.allowlists
        )

    def _drop_listed(
        self,
        text: str,
        candidates: list[Candidate],
        allowlist: Allowlist,
        keep: Callable[[Candidate], bool] = lambda c: False,
    ) -> list[Candidate]:
        """`candidates` less those `allowlist` makes public (see `_public`), save those `keep` keeps."""
        spans = allowlist.spans(text)
        if not spans:
            return candidates
        found = PublicMentions(spans, [start for start, _ in spans], _words_in(text, spans))
        return [c for c in candidates if not self._public(text, c, allowlist, found) or keep(c)]

    def _public(self, text: str, c: Candidate, allowlist: Allowlist, found: PublicMentions) -> bool:
        """A number is public when it is a listed number (same digits); a name when, past the
        public name it overlaps, no word of it is a known name ("Logan Mwangi Child Practice
        Review"), or when it is a lone surname of a public name mentioned in the text. An age or
        a client's or relative's word after it ("Gerald Caplan, 79,", "(client)") makes it a
        person's."""
        if c.entity_type not in allowlist.entity_types:
            return False
        first = max(bisect_right(found.starts, c.start) - 1, 0)
        overlapping = [
            (start, end) for start, end in found.spans[first : first + 3] if start < c.end and c.start < end
        ]
        if c.entity_type not in NAME_TYPES:
            digits = _digits(text[c.start : c.end])
            return any(_digits(text[start:end]) == digits for start, end in overlapping)
        if _said_to_be_someone_of_ours(text, c):
            return False
        words = _words(text[c.start : c.end])
        if self._cued(text, c.start):
            # "Dr Ruth Allen", "Professor Eileen Munro": a listed full name is the public person;
            # "Mrs Munro" may be anyone
            whole = len(words) > 1 and all(w in found.words for w in words)
            titled = any(start < c.start for start, _ in overlapping)  # listed with it: "Miss Honey"
            if not ((whole or titled) and overlapping and not self._kin_cued(text, c.start)):
                return False
        if len(words) == 1 and words[0] in allowlist.surnames and self._next_to(text, c, found):
            return True  # "Brandon and Sidebotham": a co-author of a public name
        if overlapping:
            rest = [w for w in words if w not in found.words]
            return not rest or self.names is None or not self.names.knows(rest)
        # a lone surname of a public name, not a first name ("Stephen ... the Stephen Fry
        # documentary", "Mary ... Mary Seacole ward") nor a family ("the Rowntree children"); a
        # character's or a published case's lone first name beside their full name ("Tracy Beaker
        # ... Tracy's anger", "the Logan Mwangi review ... Logan's injuries")
        if len(words) != 1 or words[0] not in found.words or FAMILY_AFTER.match(text, c.end):
            return False
        if words[0] in allowlist.first_names:
            return _in_one_paragraph(text, c.start, found.spans)
        return words[0] in allowlist.surnames and not self._first_name(words[0])

    def _drop_inside_template_slots(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """Template slots such as "[Child name]", "[DOB]" or our own "[PERSON 1]" hold no one's data.
        Other bracketed text is checked like any other: "[Jayden Clarke]" is a name."""
        slots = [m.span() for m in TEMPLATE_SLOT.finditer(text) if self._is_slot(m.group(1))]
        if not slots:
            return candidates
        starts = [start for start, _ in slots]

        def in_slot(c: Candidate) -> bool:
            index = bisect_right(starts, c.start) - 1
            return index >= 0 and slots[index][0] <= c.start and c.end <= slots[index][1]

        return [c for c in candidates if not in_slot(c)]

    def _drop_stand_ins(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """Names that stand in for no one: a role and a letter ("Young Person X", "Mr Y"), a word
        that stands in for a surname ("Mr and Mrs Example") and a name said to be made up ("'Sam'
        (fictional)", "the Okafors - made up by the lecturer", "the invented Hughes family")."""
        real_someone = REAL_SOMEONE.search(text) is not None  # "but based on my client"
        families = [] if real_someone else self._made_up_families(text, candidates)

        def stand_in(c: Candidate) -> bool:
            if c.entity_type != "PERSON":
                return False
            if LETTER_STAND_IN.fullmatch(text, c.start, c.end):
                return True
            if STAND_IN_LETTER.fullmatch(text, c.start, c.end) and TITLE_BEFORE_LETTER.search(
                text, max(0, c.start - 6), c.start
            ):
                return True  # "Mr Y."
            if real_someone:
                return False
            if STAND_IN_WORD.fullmatch(text, c.start, c.end):
                return True  # "Mr and Mrs Example"
            if MADE_UP_AFTER.match(text, c.end):
                return True
            if any(
                start < c.start < end and self._member_of(text, c, surname)
                for start, end, surname in families
            ):
                return True  # "Mum Kerry", a member of the made-up family named before
            before = MADE_UP_BEFORE.search(text, max(0, c.start - MADE_UP_REACH), c.start)
            # "the invented Hughes family"; "a fictional young person, 'Sam'", "the made-up 'Mr
            # Wells'" (not "the invented story Tyler gave")
            if before is None:
                return False
            # a role needs the name in quotes: "the character 'Kieran'" (not "the character Mason
            # Whitfield", nor "his character: 'Kyle Brown is kind'")
            if before.group("role"):
                return before.group("quote") is not None and text[c.end : c.end + 1] in QUOTES
            # a title alone is no sign: "the girl invented Mr Harris's role"
            said = any(before.group(group) for group in ("noun", "quote", "the"))
            return said or FAMILY_AFTER.match(text, c.end) is not None

        return [c for c in candidates if not stand_in(c)]

    @staticmethod
    def _made_up_families(text: str, candidates: list[Candidate]) -> list[tuple[int, int, str]]:
        """Each family said to be made up, the paragraph after it where its members may be named,
        and its surname ("The Hughes family (fictional): Mum Kerry, 34, ...", "the invented Johnson
        family, where Mrs Johnson ..."); none when the text speaks of a real client too ("the Patel
        family (fictional) ... my client Amir", "fictional in the report, real in my notes")."""
        if CLIENT_WORDS.search(text) or REAL_OR_ACTUAL.search(text):
            return []
        families = []
        for c in candidates:
            if c.entity_type != "PERSON":
                continue
            made_up = MADE_UP_AFTER.match(text, c.end)
            if made_up is None or not made_up.group("family"):
                # "the fictional 'Johnson family', where Mrs Johnson ..."
                made_up = FAMILY_AFTER.match(text, c.end)
                said_before = MADE_UP_BEFORE.search(text, max(0, c.start - MADE_UP_REACH), c.start)
                if made_up is None or said_before is None:
                    continue
            end = PARAGRAPH_BREAK.search(text, made_up.end())
            families.append((c.start, end.start() if end else len(text), _words(text[c.start : c.end])[-1]))
        return families

    def _member_of(self, text: str, c: Candidate, surname: str) -> bool:
        """A made-up family's member: a first name with no title ("Mum Kerry", "Josh"), or a name
        with the family's surname ("Tracey Hughes"); not "Kerry Lowe (34)" or "PC Smith"."""
        words = _words(text[c.start : c.end])
        titled = self.names is not None and self.names.title_before(text, c.start)
        return words[-1] == surname or (len(words) == 1 and not titled)

    def _drop_made_up_values(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """Values the writer asks the tool to make up, straight after the request ("I want to use
        fake phone numbers like 020 7946 0018 and 07700 900123"), up to the first other word ("...
        like 07700 900000 - Mum 07700 900456": Mum's is real) and unless the sentence calls them
        real after all; a value marked made up by a bracket that says nothing else ("01632 960000
        (Ofcom fictional range)"); and a value with placeholder letters or noughts ("XX24C00000",
        "A000000000000")."""
        values = sorted((c for c in candidates if self._kind(c) == "identifier"), key=lambda c: c.start)
        made_up = {
            id(c)
            for c in values
            if MADE_UP_VALUE_AFTER.match(text, c.end)
            or PLACEHOLDER_VALUE.search(text, c.start, c.end)
            or PLACEHOLDER_NOUGHTS.fullmatch(text, c.start, c.end)
        }
        starts = [c.start for c in values]
        for cue in MADE_UP_VALUES_BEFORE.finditer(text):
            reached, run = cue.end(), []
            for c in values[bisect_left(starts, reached) :]:
                gap = c.start - reached
                if gap > VALUE_RUN_GAP_CHARS or (
                    gap > 0 and not VALUE_RUN_GAP.fullmatch(text, reached, c.start)
                ):
                    break
                run.append(id(c))
                reached = max(reached, c.end)
            sentence_end = SENTENCE_END.search(text, reached, reached + REAL_AFTER_ALL_CHARS)
            if not REAL_AFTER_ALL.search(
                text, reached, sentence_end.start() if sentence_end else reached + REAL_AFTER_ALL_CHARS
            ):
                made_up.update(run)
        return [c for c in candidates if id(c) not in made_up]

    def _is_slot(self, inside: str) -> bool:
        if OWN_PLACEHOLDER.fullmatch(inside):
            return True
        words = {without_possessive(w.lower()) for w in WORD.findall(inside)}
        return bool(words) and not any(ch.isdigit() for ch in inside) and bool(words & self.template_slots)

    def _drop_citations(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """An author cited by surname ("Munro (2011)", "(Ferguson, 2011)", "Brandon et al.") or a
        party in a reported case ("Williams v Hackney") is public record. Only a single word with
        no cue before it counts: "Jayden Clarke (2011)" is a child and the year of birth. Whole
        names count in the way reviews, laws, bodies and models are named ("Ellie Butler
        (Sutton, 2013)", "Jade's Law", "the Jo Cox Commission", "Simon Hackett's continuum") and
        as authors given with their publication ("by Hope Daniels (Simon & Schuster, 2014)"),
        with their co-authors. Never a name with a title, kin or role cue before it ("Mum Sarah
        Clarke (Bradford, 2015)")."""

        def citation(c: Candidate) -> bool:
            if c.entity_type == "LOCATION":
                return _in_case_name(text, c)
            if c.entity_type != "PERSON" or self._cued(text, c.start):
                return False
            name = text[c.start : c.end]
            if name == "Bill" or name.endswith(" Bill"):  # "the Children's Wellbeing and Schools Bill"
                bill = c.end - len("Bill")
                return (
                    LEGISLATION_BEFORE.search(text, max(0, bill - 60), bill) is not None
                    or LEGISLATION_AFTER.match(text, c.end) is not None
                )
            after = text[c.end : c.end + 40]
            named_after = text[c.end : c.end + NAMED_AFTER_CHARS]
            if any(rule.match(named_after) for rule in NAMED_AFTER) or self._named_body(text, c):
                return True
            before = text[max(0, c.start - 60) : c.start]
            if CASE_PARTY_BEFORE.search(before) and REPORTED_CASE_AFTER.match(after):
                return True
            if CASE_NAME.fullmatch(text, c.start, c.end) and CASE_NAME_AFTER.match(text, c.end):
                return not _says_whose_case(text)
            if CLAIMANT_BEFORE.search(before) and CLAIMANT_AFTER.match(text, c.end):
                return not _says_whose_case(text)
            if INQUIRY_BRACKET_BEFORE.search(before) and YEAR_CLOSES_AFTER.match(after):
                return True
            if DEVELOPED_BY_BEFORE.search(text, max(0, c.start - 40), c.start):
                return True
            if len(WORD.findall(text[c.start : c.end])) != 1:
                research = RESEARCH_BY_BEFORE.search(text, max(0, c.start - 40), c.start)
                return SCHOLARSHIP_AFTER.match(after) is not None or (
                    research is not None and RESEARCHERS_AFTER.match(after) is not None
                )
            if ET_AL.match(after) or CASE_PARTY_AFTER.match(after) or EPONYM_AFTER.match(after):
                return True
            if BODY_NAME_AFTER.match(after):
                return not self._first_name(name)
            if DOCUMENT_AFTER.match(after) and THE_BEFORE.search(text, max(0, c.start - 5), c.start):
                return not self._first_name(text[c.start : c.end])
            chain = AUTHOR_CHAIN_BEFORE.search(text, max(0, c.start - 80), c.start)
            bracketed = text[c.start - 1 : c.start] == "(" or (
                chain is not None
                and (text[chain.start() - 1 : chain.start()] == "(" or text.endswith("; ", 0, chain.start()))
                and not any(self._first_name(word) for word in WORD.findall(chain.group()))
            )
            # "(Featherstone, White and Morris, 2014)", "(Steckley, 2010; Steckley & Kendrick, 2008)"
            if bracketed and BRACKETED_CITATION.match(after):
                return True
            if REFERENCE_INITIALS_AFTER.match(after):  # "White, S. and ...", "Morris, K. (2018)"
                return True
            line_start = text.rfind("\n", 0, c.start) + 1
            if INITIALS_AFTER.match(after) and AUTHOR_BEFORE.search(text, line_start, c.start):
                return True  # "..., White, S. and Morris, K. Re-imagining Child Protection"
            if YEAR_THEN_THEORY_AFTER.match(text[c.end : c.end + 80]):
                return True
            co_author = chain is not None
            if co_author and QUOTED_WORK_AFTER.match(named_after):
                return True
            if not YEAR_AFTER.match(after):
                return False
            return not self._first_name(text[c.start : c.end]) or co_author

        published = [c for c in candidates if self._published(text, c)]
        public = {id(c) for c in published} | {id(c) for c in candidates if citation(c)}
        public |= self._co_authors(text, candidates, published)
        return [c for c in candidates if id(c) not in public]

    @staticmethod
    def _named_body(text: str, c: Candidate) -> bool:
        """A name in the proper name of a body or a document, after "the" ("the Charlie Taylor
        Review of ...", "the Jo Cox Commission"), whether or not the model took the body's word in."""
        if not THE_BEFORE.search(text, max(0, c.start - 5), c.start):
            return False
        if NAMED_BODY_AFTER.match(text[c.end : c.end + 40]):
            return True
        whole = NAMED_BODY.match(text, c.start)  # the model took the body's word in
        return whole is not None and whole.end() == c.end

    def _published(self, text: str, c: Candidate) -> bool:
        """An author or a title given with its publication (a publisher, an edition or an ISBN,
        and the year): "by Hope Daniels (Simon & Schuster, 2014", "Lemn Sissay's My Name Is Why
        (Canongate, 2019", "..., 2nd edn, Jessica Kingsley, 2010, ISBN ...". Never a cued name."""
        if c.entity_type != "PERSON" or self._cued(text, c.start):
            return False
        after = text[c.end : c.end + 160]
        if AUTHOR_OF_TITLE_AFTER.match(after) or TITLE_BY_AUTHOR_AFTER.match(after):
            return True
        if REFERENCE_LINE_AFTER.match(after):
            return True
        if QUOTED_TITLE_BY_BEFORE.search(text, max(0, c.start - 100), c.start):
            return True
        by_author = BY_AUTHOR_BEFORE.search(text, max(0, c.start - 4), c.start)
        return bool(by_author and PUBLICATION_AFTER.match(after))

    def _co_authors(self, text: str, candidates: list[Candidate], authors: list[Candidate]) -> set[int]:
        """Names joined to a published author by commas, "and" or "&", link by link: "Gillian Ruch,
        Danielle Turney and Adrian Ward's Relationship-Based Practice (Jessica Kingsley, 2018)".
        Each name is looked at once, from its neighbours in the text (n log n)."""
        names = sorted((c for c in candidates if c.entity_type == "PERSON"), key=lambda c: c.start)
        index = {id(c): i for i, c in enumerate(names)}
        found = {id(a) for a in authors}
        waiting = [index[id(a)] for a in authors if id(a) in index]
        while waiting:
            i = waiting.pop()
            for j in (i - 1, i + 1):
                if not 0 <= j < len(names) or id(names[j]) in found:
                    continue
                left, right = (names[j], names[i]) if j < i else (names[i], names[j])
                if left.end > right.start or not CO_AUTHOR_GAP.match(text[left.end : right.start]):
                    continue
                if self._cued(text, names[j].start) or AGE_AFTER.match(text, names[j].end):
                    continue
                found.add(id(names[j]))
                waiting.append(j)
        return found

    def _drop_public_figures(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A name written with an honour, a peerage, a chair or an office is a public figure's
        ("Lady Black", "Professor Ray Jones", "Robin Swann MLA"): see `public_titles` in
        patterns/recognizers/person.yaml."""
        if self.names is None:
            return candidates
        names = self.names

        def public(c: Candidate) -> bool:
            if c.entity_type != "PERSON" or _said_to_be_someone_of_ours(text, c):
                return False
            title = names.public_title_before(text, c.start)
            if names.kin_cue_before(text, c.start if title is None else title):
                return False
            return title is not None or names.public_figure(text, c.start, c.end)

        return [c for c in candidates if not public(c)]

    def _drop_fictional_characters(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """Characters of a novel, a film or a drama used for teaching are no one's personal data.

        A cue (FICTION_TITLE_CUE, FICTION_WORD_CUE) reaches the names in it or after it in its own
        sentence, or the whole prompt when it stands in a short first paragraph (the request) that
        names no one, says the material is fiction, and every paragraph after it is quoted. Nothing is
        dropped from a sentence that also holds an identifier or says who the client is ("my
        client", "I work with"); nor a name with an age after it or a kin or role word before it
        ("Amy Lowe (15)", "nan Joan"), nor any name sharing a word with one of those or with a
        name the cue does not reach: a child's notes that mention a film still name the child."""
        persons = [c for c in candidates if c.entity_type == "PERSON"]
        if not persons:
            return candidates
        works = self.public.works
        # a name inside a work's title that is none of its characters' ("A Christmas Carol",
        # "Winnie the Pooh"; "Oliver Twist" is a character's, and read with them below)
        titles = [
            span
            for index, span in works.written_titles(text)
            if not works.characters[index].spans(text[slice(*span)])
        ]
        if titles:
            candidates = [
                c for c in candidates if not any(start <= c.start and c.end <= end for start, end in titles)
            ]
        lower = text.lower()
        words = sorted(at for word in FICTION_WORDS for at in _occurrences(lower, word))
        brackets = [m.start() for m in YEAR_BRACKET.finditer(text)]
        if not words and not brackets:
            return candidates
        sentences = Sentences(text)
        sentence_of = sentences.of
        cues: list[int] = []
        for cue, anchors, window in (
            (FICTION_WORD_CUE, words, WORD_CUE_WINDOW),
            (FICTION_TITLE_CUE, brackets, TITLE_CUE_WINDOW),
        ):
            seen = {sentence_of(at) for at in cues}  # a sentence with a cue needs no second one
            cues += _cues_near(text, cue, [at for at in anchors if sentence_of(at) not in seen], window)
        real_sentences = {sentence_of(c.start) for c in candidates if self._kind(c) == "identifier"}
        first_cue: dict[int, int] = {}  # sentence -> where its first cue starts
        for cue in sorted(cues):
            sentence = sentence_of(cue)
            if sentence in real_sentences or sentences.says_who_the_client_is(sentence):
                continue
            first_cue.setdefault(sentence, cue)
        if not first_cue:
            return candidates
        whole_prompt = _request_about_quoted_material(text, min(first_cue.values()), persons)

        def in_reach(c: Candidate) -> bool:
            cue = first_cue.get(sentence_of(c.start))
            return whole_prompt or (cue is not None and c.end > cue)  # the cue may open with the name

        real = [c for c in persons if not in_reach(c) or self._told_real(text, c)]
        real_words = _words_in(text, [(c.start, c.end) for c in real])

        def fictional(c: Candidate) -> bool:
            if c.entity_type != "PERSON" or not in_reach(c) or self._told_real(text, c):
                return False
            return not set(_words(text[c.start : c.end])) & real_words

        return [c for c in candidates if not fictional(c)]

    def _drop_post_towns(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A "name" that is an address's own part just before its postcode is the post town: "Ty
        Glas, 4 Heol y Felin, Barry CF62 8NB", "..., Preston PR1 2HE" (not "Tyler Briggs LS6 2AB",
        a person's name with no comma before it, even at the start of a line)."""
        postcodes = {c.start for c in candidates if c.entity_type == "UK_POSTCODE"}
        if not postcodes:
            return candidates

        def post_town(c: Candidate) -> bool:
            if c.entity_type != "PERSON" or len(text[c.start : c.end].split()) > 2:
                return False
            gap = POST_TOWN_GAP.match(text, c.end)
            if gap is None or gap.end() not in postcodes:
                return False
            at = c.start
            while at and text[at - 1] in " \t":
                at -= 1
            return at > 0 and text[at - 1] == ","

        return [c for c in candidates if not post_town(c)]

    def _drop_place_names(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """Names that are part of a village's or a small town's name written in full (the
        gazetteer of `places`): "Newton Stewart", "Castle Douglas", "Port Talbot". A place whose
        name is a first name and a name ("Sion Mills", "Ashley Green") only after "in", "near"...;
        a title, a kin or role word before the name or an age after it keeps the person ("Mr
        Newton Stewart", "Clayton West (15)")."""
        if not self.places:
            return candidates

        def place(c: Candidate) -> bool:
            if c.entity_type != "PERSON" or self._cued(text, c.start) or self._told_real(text, c):
                return False
            name = text[c.start : c.end]
            surname = self.names is not None and self.names.is_listed(name)
            if HOUSEHOLD_AFTER.match(text, c.end) and place_key(name) in self.places and not surname:
                return True  # "the Sark family", "the Thurso family centre" (not "the Armitage family")
            before = PLACE_WORDS_BEFORE.search(text, max(0, c.start - PLACE_WORD_REACH), c.start)
            after = PLACE_WORDS_AFTER.match(text, c.end)
            start = before.start() if before else c.start
            said_as_a_place = AS_A_PLACE_BEFORE.search(text, max(0, start - 12), start) is not None
            # "Newton Stewart rang the duty line" (not "his wife in Kirkby Lonsdale told me")
            if not said_as_a_place and DOES_AFTER.match(text, c.end):
                return False
            words_before = len(WORD.findall(text, start, c.start))
            words = WORD.findall(text, start, after.end() if after else c.end)
            name_words = len(WORD.findall(text, c.start, c.end))
            for first in range(words_before + 1):
                for last in range(words_before + name_words, len(words) + 1):
                    run = words[first:last]
                    if len(run) < 2 or place_key(" ".join(run)) not in self.places:
                        continue
                    if self._first_name(run[0]) and not said_as_a_place:
                        continue  # "Ashley Green" may be a person
                    return True
            return False

        return [c for c in candidates if not place(c)]

    def _drop_places_in_lists(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A one-word "name" listed among places is a place: "telecare to Barra and Vatersay",
        "especially Fermanagh and Tyrone", "covers Forres, Buckie, Keith and the Speyside villages".
        The list must be opened as a list of places is (PLACE_LIST_OPENER), every other item must
        be a known place (a place name in person.yaml, a small place or island, or a place the NER
        model found), two of them for a word that is no listed place name, and one item must be on
        no name list: children are named Jordan, Skye and Paris ("Transport for Harris and Lewis",
        "Paris, Jordan and Skye"). Never a cued name or one with an age ("Keith (15)")."""
        if self.names is None:
            return candidates
        names = self.names
        place_names = names.place_names
        locations = {(c.start, c.end) for c in candidates if c.entity_type == "LOCATION"}
        persons = {c.start for c in candidates if c.entity_type == "PERSON"}

        def known_place(item: re.Match[str]) -> bool:
            word = item.group(1)
            if word.lower() in place_names:
                return True
            return item.start(1) not in persons and (
                place_key(word) in self.places or item.span(1) in locations
            )

        def neighbours(c: Candidate) -> Iterator[re.Match[str]]:
            at = c.end
            for _ in range(LIST_REACH):
                item = LIST_ITEM_AFTER.match(text, at)
                if item is None:
                    break
                yield item
                at = item.end()
            at = c.start
            for _ in range(LIST_REACH):
                item = LIST_ITEM_BEFORE.search(text, max(0, at - 40), at)
                if item is None:
                    break
                yield item
                at = item.start()

        def place(c: Candidate) -> bool:
            if c.entity_type != "PERSON" or len(WORD.findall(text, c.start, c.end)) != 1:
                return False
            if self._cued(text, c.start) or AGE_AFTER.match(text, c.end):
                return False
            name = text[c.start : c.end]
            items = list(neighbours(c))
            if not items or not all(known_place(item) for item in items):
                return False
            if name.lower() not in place_names and len(items) < 2:
                return False
            if THEY_DO_AFTER.match(text, max([c.end, *(item.end() for item in items)])):
                return False
            first = min([c.start, *(item.start(1) for item in items)])
            if not PLACE_LIST_OPENER.search(text, max(0, first - 30), first):
                return False
            return any(not names.is_listed(word) for word in (name, *(item.group(1) for item in items)))

        return [c for c in candidates if not place(c)]

    def _drop_organisation_contacts(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """An address or postcode in a public body's address block is the body's own: "To: Ofsted,
        Piccadilly Gate, Store Street, Manchester M1 2WD", "Leeds City Council, Civic Hall, ...";
        so is a landline number given after a service's name ("Elm Surgery on 0161 ...")."""

        if not any(c.entity_type in self.public.bodies.entity_types for c in candidates):
            return candidates
        listed = self.public.bodies.spans(text)  # once for the whole text
        persons = [c for c in candidates if c.entity_type == "PERSON"]
        listed_ends = [end for _, end in listed]
        public_postcodes = [start for start, _ in self.public.postcodes.spans(text)]
        sentences = Sentences(text) if public_postcodes else None  # read only when one is listed

        @cache  # made when first needed, once for this text
        def without_service_names() -> str:
            """The text with services' and workplaces' names blanked out, offsets kept."""
            return _blank(text, (SERVICE_NAME, VENUE_BY_LAST_WORD, BODY_BY_LAST_WORD))

        def before_a_public_postcode(c: Candidate) -> bool:
            """A listed body's postcode (patterns/public_addresses.txt), and the address just before it,
            in a sentence that does not say it is someone's home ("Mum lives at ...")."""
            at = bisect_left(public_postcodes, c.start)
            if sentences is None or at == len(public_postcodes):
                return False
            postcode = public_postcodes[at]
            if postcode != c.start and TOWN_GAP.fullmatch(text, c.end, postcode) is None:
                return False
            return not sentences.holds(HOME_WORDS, sentences.of(c.start))

        def organisation_contact(c: Candidate) -> bool:
            if c.entity_type not in self.public.bodies.entity_types:
                return False
            number = c.entity_type == "PHONE_NUMBER"
            if number and MOBILE.match(text, c.start):
                return TEAM_PHONE_AFTER.match(text, c.end) is not None
            if number and OWN_NUMBER_AFTER.match(text, c.end):
                return False
            block_start = _line_start(text, c.start, ADDRESS_BLOCK_CHARS)
            # a number written "(0161 ...)" opens its own bracket: it belongs to the gap before it
            block = text[block_start : c.start] + ("(" if number and text.startswith("(", c.start) else "")
            if number and SERVICE_LINE_BEFORE.search(block):
                return True
            if number and (SWITCHBOARD_AFTER.match(text, c.end) or TEAM_LINE_BEFORE.search(block)):
                return not _said_to_be_theirs(text, c)
            if number and ORG_LINE_BEFORE.search(block, max(0, len(block) - NAMED_AFTER_CHARS)):
                named_before = any(block_start <= p.start < c.start for p in persons)
                return not named_before and not _said_to_be_theirs(text, c, PERSONAL_LINE)
            named, gap = NUMBER_BLOCK if number else ADDRESS_BLOCK
            first, last = bisect_left(listed_ends, block_start), bisect_right(listed_ends, c.start)
            bodies = [
                (start - block_start, end - block_start)
                for start, end in listed[first:last]
                if start >= block_start
            ]
            bodies += [m.span() for m in named.finditer(block) if not CONVERTED_BUILDING.search(m.group())]
            if any(start == c.start for start, _ in listed[last : last + 1]):
                return True  # the address begins with the body's name: "Civic Hall, Calverley Street"
            if not number and _straddles_body_name(text, c):
                return True
            if not number and _in_an_office(text, block_start, c, without_service_names):
                # a PO box may be a person's: "Write to Mr Gary Holt, PO Box 12, ..."
                return not (PO_BOX.search(block) and any(block_start <= p.start < c.start for p in persons))
            if not number and before_a_public_postcode(c):
                return True
            after_body = [
                end
                for start, end in bodies
                if gap.fullmatch(block, end) and not LANDMARK_BEFORE.search(block, 0, start)
            ]
            if not number or not after_body:
                return bool(after_body)
            # a bar, a colon or a bracket is no label when the line says whose the number is
            # ("Leeds City Council | Mum | 0113 ...", "Children's Social Care: 0113 ... (Mum)")
            labelled = any(NUMBER_WORD_LABEL.search(block, end) for end in after_body)
            return labelled or not _said_to_be_theirs(text, c)

        organisations = {id(c) for c in candidates if organisation_contact(c)}
        organisations |= self._next_details(text, candidates, organisations)
        return [c for c in candidates if id(c) not in organisations]

    @staticmethod
    def _next_details(text: str, candidates: list[Candidate], organisations: set[int]) -> set[int]:
        """A landline, an address or a postcode straight after an organisation's detail, with only
        "or", "fax", "call them on" between (CONTACT_CHAIN_GAP: "0113 496 0300 or 0113 496 0301"),
        is the organisation's too; never a mobile or an email, nor a detail in a sentence that says
        whose it is or speaks of a home ("... or 0113 ... - which is the grandparents'?")."""
        chained: set[int] = set()
        contacts = sorted((c for c in candidates if c.entity_type in CONTACT_TYPES), key=lambda c: c.start)
        for previous, c in pairwise(contacts):
            previous_said = id(previous) in organisations or id(previous) in chained
            if id(c) in organisations or not previous_said:
                continue
            if c.entity_type == "EMAIL_ADDRESS" or MOBILE.match(text, c.start):
                continue
            if _next_detail(text, previous.end, c.start) and not _said_to_be_theirs(text, c, THEIRS_OR_HOME):
                chained.add(id(c))
        return chained

    def _drop_contacts_of_no_one(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """Addresses, postcodes, landlines and mailboxes that are an organisation's, in a text about no
        one: no name or other identifier is found, and either it is written for others to read
        (PUBLISHED: a leaflet, an agenda, a letter to all, a signature), an organisation's words are
        in it (ORGANISATION_WORDS; a bare address says nothing of whose) and no word in it speaks of
        a person, a family, a home or casework (HOME_WORDS, SOMEONE, CASEWORK, STAYING; a service
        named by whom it serves, "the Family Hub", is no person's word), or each detail is said to
        be an organisation's (`_said_to_be_an_organisations`: "the team at Unit 4, ...", "Duty line:
        ...", "... (Mon-Fri 9-5)", "... or email ...") with no such word within CONTACT_REACH
        characters either side, across sentences too, leaving out words inside a body's own name or
        a mailbox ("Merseyside Police", "Young Carers", "fostering@..."), words said of an agency
        or a student's placement (NO_ONES_SENSE), and advice to groups, groups counted and services
        for anyone at home (GROUPS_ADVISED, GROUPS_IN_GENERAL, HOME_SERVICES: "Carers can ring ...",
        "312 children", "support at home"): "referrals" two sentences away in a long email
        says nothing about whose an office is, while "Address: 14 Oak Street" at the end of a story
        about a household stays the household's. A phone number an organisation labels in a clause
        with no such word is the organisation's whatever the rest of the text says
        (`_labelled_in_a_clause_of_its_own`).
        A mobile number, and an email that is not a public body's or names someone
        ("k.tranter@...gov.uk", "x_princess_x@icloud.com"), stay: they are a person's wherever they
        stand."""
        if not any(c.entity_type in CONTACT_TYPES for c in candidates):
            return candidates
        if any(c.entity_type not in CONTACT_TYPES and self._kind(c) != "special" for c in candidates):
            return candidates
        about = _blank(text, (SERVICE_NAME,))  # "the Family Hub", "Adult Social Care": no one's words
        about_someone = any(
            words.search(source)
            for words, source in ((HOME_WORDS, about), (SOMEONE, about), (CASEWORK, text), (STAYING, text))
        )
        if about_someone or not (PUBLISHED.search(text) and ORGANISATION_WORDS.search(text)):
            # not a leaflet or a notice about no one: each detail must be an organisation's
            # "Merseyside Police", "fostering@...", "Carers can ring ...", "312 children", "support at home"
            named = _blank(
                about, (NO_ONES_SENSE, GROUPS_ADVISED, GROUPS_IN_GENERAL, HOME_SERVICES), _proper_names(about)
            )
            near_at = sorted(
                m.start()
                for words, source in (
                    (HOME_WORDS, named),
                    (SOMEONE, named),
                    (CASEWORK, named),
                    (STAYING, text),
                )
                for m in words.finditer(source)
            )
            said_before = -1  # where the last detail said to be an organisation's ends
            for c in sorted((c for c in candidates if c.entity_type in CONTACT_TYPES), key=lambda c: c.start):
                nearest = bisect_left(near_at, c.start - CONTACT_REACH)
                near = nearest < len(near_at) and near_at[nearest] < c.end + CONTACT_REACH
                if not _labelled_in_a_clause_of_its_own(text, named, c) and (
                    near or not self._said_to_be_an_organisations(text, c, said_before)
                ):
                    return candidates
                said_before = c.end

        def someones(c: Candidate) -> bool:
            if c.entity_type == "PHONE_NUMBER":
                return MOBILE.match(text, c.start) is not None
            if c.entity_type == "EMAIL_ADDRESS":
                address = text[c.start : c.end]
                return PUBLIC_BODY_MAIL.search(address) is None or self._names_someone(
                    address.partition("@")[0], initials=True
                )
            return False

        return [c for c in candidates if c.entity_type not in CONTACT_TYPES or someones(c)]

    @staticmethod
    def _said_to_be_an_organisations(text: str, c: Candidate, said_before: int) -> bool:
        """An organisation's name or word before the detail on its line (ORGANISATION_BEFORE), also
        inside an address before its number or in a house's name ("Return address: AMHP Service,
        Stanley House, 1 Harrow Road"); an address said to be an event's venue (VENUE_AT_BEFORE);
        opening hours or an extension after it, in a text with an
        organisation's words; or the detail follows one said to be an organisation's, with only
        "or", "email", "call them on" between, or (for a postcode) its town."""
        line_start = _line_start(text, c.start, ORGANISATION_BEFORE_CHARS)
        name_end = c.start
        if c.entity_type == "STREET_ADDRESS":  # up to the house number, or all of a house's name
            number = DIGIT.search(text, c.start, c.end)
            name_end = number.start() if number else c.end
        if ORGANISATION_BEFORE.search(text, line_start, name_end):
            return True
        if c.entity_type == "STREET_ADDRESS":
            if OFFICE_BUILDING_BEFORE.search(text, line_start, name_end):
                return True
            if _at_a_venue(text, line_start, c, name_end):
                return True
        if c.entity_type == "PHONE_NUMBER":  # a number written "(0113 ..." opens its own bracket
            said_end = c.start + 1 if text.startswith("(", c.start) else c.start
            if ORGANISATION_SAYS_BEFORE.search(text, line_start, said_end):
                return True
        office_hours = _opening_hours_after(text, c.end) or (
            c.entity_type == "PHONE_NUMBER" and EXTENSION_AFTER.match(text, c.end) is not None
        )
        if office_hours and ORGANISATION_WORDS.search(text):  # not "Best number 0113 ..., 9-5"
            return True
        if said_before >= 0 and c.entity_type == "UK_POSTCODE":  # "..., Liverpool L3 1AH"
            return TOWN_BEFORE_POSTCODE.fullmatch(text, said_before, c.start) is not None
        return said_before >= 0 and _next_detail(text, said_before, c.start)

    def _drop_shared_mailboxes(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A public body's address that names no one is a team's, whatever its words
        ("cwd.referrals@ealing.gov.uk", "marac@sandwell.gov.uk"); "k.tranter@kelby.gov.uk" is a
        person's."""

        def shared(c: Candidate) -> bool:
            address = text[c.start : c.end]
            if c.entity_type != "EMAIL_ADDRESS" or PUBLIC_BODY_MAIL.search(address) is None:
                return False
            said_shared = MAILBOX_BEFORE.search(text, max(0, c.start - NAMED_AFTER_CHARS), c.start)
            if self._names_someone(address.partition("@")[0], initials=not said_shared):
                return False
            return not _said_to_be_theirs(text, c, PERSONAL_LINE)

        return [c for c in candidates if not shared(c)]

    def _names_someone(self, local_part: str, *, initials: bool) -> bool:
        """An email's local part holds a listed name that is no ordinary word ("sarah.khan87",
        "sarah.jones"), or, where `initials` count, an initial or a person's initials alone
        ("k.tranter", "kjb"), not only a team's words or acronym ("commissioning.team", "marac",
        "slt.papers")."""
        if self.names is None:
            return True
        words = LOCAL_PART_WORDS.findall(local_part)
        if PERSON_SHAPED_MAILBOX.fullmatch(local_part) and self.names.knows(words[:1]):
            return True  # "grace.hill", "dawn.young": a given name first, even one that is a word
        if any(len(word) >= 4 and self.names.knows([word[1:], word[:-1]]) for word in words):
            return True  # "jsmith", "smithj": an initial run into a name
        if initials and (
            any(len(word) == 1 for word in words) or (len(words) == 1 and INITIALS.fullmatch(words[0]))
        ):
            return True
        return any(self.names.knows([word]) and not self.names.is_common_word(word) for word in words)

    def _drop_context_in_made_up_material(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """Details that single someone out (an age, a place, "the lollipop lady outside Oakfield
        Primary") point to no one in material the request says is invented; names and identifiers
        are still reported, whatever the request says."""
        breaks = PARAGRAPH_BREAK.search(text, 0, REQUEST_CHARS)
        request = text[: breaks.start() if breaks else REQUEST_CHARS]
        said_real = REAL_MATERIAL.search(request) or CLIENT_WORDS.search(request)
        if not MADE_UP_MATERIAL.search(request) or said_real:
            return candidates
        return [c for c in candidates if self._kind(c) != "context"]

    def _mark_repeated_names(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A name found once is a name wherever else it stands in the text ("Precious ... later
        Precious"). A name that is also an ordinary word repeats only as written ("Summer")."""
        if self.names is None:
            return candidates
        persons = [c for c in candidates if c.entity_type == "PERSON"]
        as_written: set[str] = set()
        any_case: set[str] = set()
        for c in persons:
            for word in WORD.findall(text[c.start : c.end]):
                word = without_possessive(word)
                if not (self.names.is_repeatable(word) or (word.isupper() and self.names.is_listed(word))):
                    continue
                if self.names.is_common_word(word) or len(word) < 3:
                    as_written.add(word)
                    if word.isupper():
                        as_written.add(word.title())  # "JUNE POTTER ... June diagnosed"
                else:
                    any_case.add(word.lower())
        if not (as_written or any_case):
            return candidates
        taken = sorted((c.start, c.end) for c in persons)
        starts = [start for start, _ in taken]
        repeats = []
        for match in WORD.finditer(text):
            word = without_possessive(match.group())
            if word.lower() not in any_case and (
                word not in as_written or DIGIT_AFTER.match(text, match.start() + len(word))
            ):
                continue  # "Summer" repeats as written, but "June 2024" is a month
            index = bisect_right(starts, match.start()) - 1
            if index >= 0 and taken[index][1] > match.start():
                continue
            repeats.append(
                Candidate(
                    "PERSON", match.start(), match.start() + len(word), self.names.scores.repeated, None
                )
            )
        return candidates + repeats

    @staticmethod
    def _join_adjacent(
        text: str, candidates: list[Candidate], entity_type: str, join: re.Pattern[str]
    ) -> list[Candidate]:
        """Overlapping or touching findings of one type become one: "Flat 9, Alder Court, 2 Mill
        Street" is one address; a name found whole by one recognizer and in part by another is
        one name."""
        same = sorted((c for c in candidates if c.entity_type == entity_type), key=lambda c: c.start)
        joined: list[Candidate] = []
        for c in same:
            last = joined[-1] if joined else None
            if last is not None and (c.start <= last.end or join.match(text[last.end : c.start])):
                last.end = max(last.end, c.end)
                last.score = max(last.score, c.score)
            else:
                joined.append(c)
        return [c for c in candidates if c.entity_type != entity_type] + joined

    def _resolve_overlaps(self, candidates: list[Candidate]) -> list[Candidate]:
        """One finding per stretch of text: the stronger kind wins, then a checksum, then the score.

        A detail that singles someone out (an age, a place, "the only ... family") and the
        special-category detail inside it are both kept: the jigsaw rule needs the two together
        ("the only Kurdish man in the village"). So are two such details of different kinds over
        the same words: "bus driver on the run from Glenmore" singles someone out, the place alone
        does not."""

        def rank(c: Candidate) -> tuple[int, bool, float, int]:
            info = self.catalogue[c.entity_type]
            return KIND_PRIORITY[info.kind], info.checksum, c.score, c.end - c.start

        kept: list[Candidate] = []  # no two overlap; ordered by start
        starts: list[int] = []
        singling_out: list[Candidate] = []
        for candidate in sorted(candidates, key=rank, reverse=True):
            index = bisect_left(starts, candidate.start)
            neighbours = _overlapping(kept, index, candidate)
            if not neighbours:
                kept.insert(index, candidate)
                starts.insert(index, candidate.start)
            elif self._kind(candidate) == "context" and all(self._beside(candidate, k) for k in neighbours):
                singling_out.append(candidate)
        return sorted(kept + singling_out, key=lambda c: (c.start, c.end))

    def _kind(self, candidate: Candidate) -> str:
        return self.catalogue.kind(candidate.entity_type)

    def _beside(self, detail: Candidate, other: Candidate) -> bool:
        """Whether a context detail is kept over the same words as `other`: special-category
        detail, or a context detail of another type."""
        kind = self._kind(other)
        return kind == "special" or (kind == "context" and other.entity_type != detail.entity_type)


def _said_to_be_someone_of_ours(text: str, c: Candidate) -> bool:
    """A public name said just after to be a client's, a relative's or someone else's: an age
    ("Amy Winehouse, 29 (client)"), a client's or relative's word, casework, or "not the
    presenter"."""
    return any(
        pattern.match(text, c.end)
        for pattern in (AGE_GIVEN_AFTER, CLIENT_AFTER, CASEWORK_AFTER, NOT_THE_FAMOUS_ONE)
    )


def _straddles_body_name(text: str, c: Candidate) -> bool:
    """An "address" that starts with or inside a body's name (on one line, and ending at a comma) is
    a piece of an address block read wrongly: "NHS Foundation Trust, Great Ormond Street" from
    "Great Ormond Street Hospital for Children NHS Foundation Trust, Great Ormond Street, London",
    "Leeds General Infirmary, Great George Street". Not a house named after one ("The Old Police
    House, Mill Lane", "The Old Infirmary, Mill Lane"), an address on the line below a name
    ("Tyler Briggs\nHospital Farm, Moor Lane"), or one that starts with the name on a line that
    speaks of a home ("Grandad lives at Harrow County Court, Station Road")."""
    window = (max(0, c.start - BODY_NAME_CHARS), min(len(text), c.end))
    line_before = (_line_start(text, c.start, ADDRESS_BLOCK_CHARS), c.start)
    return any(
        body.start() <= c.start < body.end()
        and "\n" not in body.group()
        and text.startswith(",", body.end())
        and not CONVERTED_BUILDING.search(body.group())
        and (body.start() < c.start or HOME_WORDS.search(text, *line_before) is None)
        for body in BODY_BY_LAST_WORD.finditer(text, *window)
    )


def _at_a_venue(text: str, line_start: int, c: Candidate, name_end: int) -> bool:
    """An address an event is held at, by a venue's name before it or as its first words ("the
    Hub, 88 Market Street", "Cunard Building, Water Street"), in a text about no casework meeting
    (VENUE_AT_BEFORE)."""
    held_at = VENUE_AT_BEFORE.search(text, line_start, c.start)
    if held_at is None or CASEWORK_MEETING.search(text):
        return False
    venue = held_at.group("venue") or text[c.start : name_end]
    return VENUE_NAME.search(venue) is not None


def _after_a_placeholder(text: str, date: Candidate) -> bool:
    """A date that is the whole of an anonymised person's details: "Child A (14/09/2016)", "Re:
    Child L, 21st July 2019.", "Mrs E (4th of May 1944)" (PLACEHOLDER_DETAILS_BEFORE)."""
    before = PLACEHOLDER_DETAILS_BEFORE.search(
        text, max(0, date.start - PLACEHOLDER_DETAILS_CHARS), date.start
    )
    if before is None or EVENT_AFTER_DATE.match(text, date.end):
        return False
    bracketed = "(" in before.group()
    end = PLACEHOLDER_BRACKET_END if bracketed else PLACEHOLDER_COMMA_END
    if end.match(text, date.end) is None:
        return False
    if before.group("child"):
        return _years_ago(text, date) >= 0
    return _years_ago(text, date) >= ADULT_YEARS


def _in_one_file_name(text: str, gap: str, date: Candidate) -> bool:
    """Whether a date and the name `gap` before it are one file's name: without a space, or with
    spaces between quotes ("Assessment - Jasmine Kerr 12.03.2014.pdf")."""
    if " " not in gap and FILE_EXTENSION_AHEAD.match(text, date.end):
        return True
    return (
        QUOTED_FILE_NAME_AHEAD.match(text, date.end) is not None
        and QUOTE_BEFORE.search(text, max(0, date.start - len(gap) - FILE_NAME_REACH), date.start - len(gap))
        is not None
    )


def _years_ago(text: str, date: Candidate) -> int:
    """How many years before this one a date's four-digit year is (0 when it has none: "21/07")."""
    year = FOUR_DIGIT_YEAR.search(text, date.start, date.end)
    return 0 if year is None else datetime.date.today().year - int(year.group())


def _in_an_office(
    text: str, block_start: int, c: Candidate, without_service_names: Callable[[], str]
) -> bool:
    """An address that is, or follows, a room, floor or hall (OFFICE_PART) or a place of work
    (VENUE_BY_LAST_WORD, OFFICE_BEFORE), in a sentence that speaks of no home or flat: "Room G.07,
    Riverside House, Sheffield S1 2SH", "Panel Room, Bryn Road", "the Dolphin Centre, Horsemarket,
    Darlington DL1 5RP". Services' and workplaces' own names are no one's words there ("Moorside
    Children's Centre", "Springfield Family Hub"), but someone placed or staying there, or a refuge
    or a hostel, said up to ADDRESS_BLOCK_CHARS before it (STAYING), makes it a home. The office is
    looked for first: most addresses follow none."""
    block = text[block_start : c.start]
    venue = VENUE_BY_LAST_WORD.match(text, c.start)
    at_office = (
        OFFICE_PART.match(text, c.start) is not None
        or (venue is not None and not CONVERTED_BUILDING.search(venue.group()))
        or any(
            parts.fullmatch(block, part.end()) and not CONVERTED_BUILDING.search(part.group())
            for pattern, parts in (
                (OFFICE_PART, ADDRESS_PARTS),
                (VENUE_BY_LAST_WORD, ADDRESS_PARTS),
                (OFFICE_BEFORE, ADDRESS_PARTS_AFTER_OFFICE),
            )
            for part in pattern.finditer(block)
        )
    )
    if not at_office or LANDMARK_BEFORE.search(block):
        return False
    if HOME_IN_BLOCK.search(block) or HOME_IN_BLOCK.match(text, c.start):
        return False
    about = without_service_names()
    if HOME_WORDS.search(about, block_start, c.start):
        return False
    # "Family placed in emergency accommodation.\nTemporary address: Brookside Family Hub, ..."
    if STAYING.search(text, max(0, c.start - ADDRESS_BLOCK_CHARS), c.start):
        return False
    return not _said_to_be_theirs(about, c, THEIRS_OR_HOME)


def _next_detail(text: str, end: int, start: int) -> bool:
    """Whether a contact detail starting at `start` comes straight after one ending at `end`, with
    only "or", "fax", "call them on" between (CONTACT_CHAIN_GAP)."""
    return (
        0 <= start - end <= CONTACT_CHAIN_CHARS and CONTACT_CHAIN_GAP.fullmatch(text, end, start) is not None
    )


def _opening_hours_after(text: str, position: int) -> bool:
    """Opening days or a working day's hours straight after a contact detail (OPENING_HOURS_AFTER).
    A range without "am" or "pm" reads as a working day ("9–5" is 9am to 5pm); "6-8pm" is two
    hours of an evening."""
    found = OPENING_HOURS_AFTER.match(text, position)
    if found is None:
        return False
    if found.group("always"):
        return True
    if found.group("h1") is None:  # no hours: the days alone, closed by a bracket or a stop
        return bool(found.group("days")) and DAYS_END.match(text, found.end()) is not None
    start, end = _hour(*found.group("h1", "m1", "x1")), _hour(*found.group("h2", "m2", "x2"))
    if found.group("x1") is None and (found.group("x2") or "").lower() == "pm" and start + 12 <= end:
        start += 12  # "6-8pm"
    if end <= start:
        end += 12  # "9-5", "8.30-4.30"
    return end - start >= WORKING_DAY_HOURS


def _hour(hour: str, minutes: str | None, half: str | None) -> float:
    """A clock time as hours since midnight: "8.45" 8.75, "5pm" 17, "12" noon."""
    value = int(hour) % 12 + (int(minutes) / 60 if minutes else 0)
    afternoon = half.lower() == "pm" if half else int(hour) == 12
    return value + 12 if afternoon else value


def _labelled_in_a_clause_of_its_own(text: str, named: str, c: Candidate) -> bool:
    """A phone number an organisation's name or word labels ("Front Door – phone 0161 ...", "AMHP
    Hub (daytime): Mon–Fri 9–5, 0114 ...") or stands before in its clause ("The Front Door has a
    new consultation line for schools: 0116 ..."; not a caller's number: "phoning the office from
    ...", "0113 ... called about"), with no word of a home, a person, casework or a stay in its
    clause (read in `named`, where bodies' own names are blanked): casework said elsewhere in the
    text is not said of this number ("... a referral for a child? Write: "Front Door – phone
    0161 ...""). An address is not read this way: the sentences around one tell whose home it is
    ("visited at the refuge today. Address: Haven Centre, 14 Cross Street")."""
    if c.entity_type != "PHONE_NUMBER" or CALLERS_NUMBER_AFTER.match(text, c.end):
        return False
    start = _line_start(text, c.start, ORGANISATION_BEFORE_CHARS)
    opening = CLAUSE_OPENING.search(text, start, c.start)
    start = opening.end() if opening else start
    closing = CLAUSE_CLOSING.search(text, c.end, min(len(text), c.end + ORGANISATION_BEFORE_CHARS))
    end = closing.start() if closing else min(len(text), c.end + ORGANISATION_BEFORE_CHARS)
    said = (
        ORGANISATION_BEFORE.search(text, start, c.start)
        or ORGANISATION_SAYS_BEFORE.search(text, start, c.start)
        or (
            ORGANISATION_IN_A_CLAUSE.search(text, start, c.start)
            and CALLERS_NUMBER_BEFORE.search(text, start, c.start) is None
        )
    )
    return bool(said) and not (
        any(words.search(named, start, end) for words in (HOME_WORDS, SOMEONE, CASEWORK))
        or STAYING.search(text, start, end)
    )


def _line_start(text: str, position: int, reach: int) -> int:
    """Where the line holding `position` starts, looking back no further than `reach` characters
    (a text with no line breaks is not read back to its start for every candidate)."""
    earliest = max(0, position - reach)
    return max(text.rfind("\n", earliest, position) + 1, earliest)


def _blank(text: str, patterns: tuple[re.Pattern[str], ...], spans: Iterable[tuple[int, int]] = ()) -> str:
    """The text with what the patterns match, and the spans given, on one line blanked out, every
    offset kept (a name read across a line break may hold the word before it: "with Mum\nMoorside
    Family Centre"). Every pattern reads the text as given, not another's blanks."""
    chars = list(text)
    found = [m.span() for pattern in patterns for m in pattern.finditer(text)]
    for start, end in [*found, *spans]:
        if "\n" not in text[start:end]:
            chars[start:end] = " " * (end - start)
    return "".join(chars)


def _proper_names(text: str) -> list[tuple[int, int]]:
    """Where proper names, mailboxes and web addresses stand (PROPER_NAME_RUN), leaving out a first
    word that says someone lives, stays or is seen there, capitalised only because it opens a
    sentence before a joining word ("Living in Oak House, ...", "Found in Ivy House, ..."; not
    "Abuse Investigation Team", "Referrals to the Falls Service")."""
    spans = []
    for m in PROPER_NAME_RUN.finditer(text):
        start = m.start()
        opener = OPENER_BEFORE_A_JOIN.match(text, start, m.end())
        if opener is not None and _says_someone_is_there(opener.group(1).lower()):
            start = opener.end(1)
        spans.append((start, m.end()))
    return spans


def _says_someone_is_there(word: str) -> bool:
    """A home or staying word ("living", "staying"), or casework done at a place ("found", "visited")."""
    if HOME_WORDS.fullmatch(word) or STAYING.fullmatch(word):
        return True
    done_there = word.endswith(("ed", "ing")) or word in ("found", "seen")
    return done_there and CASEWORK.fullmatch(word) is not None


def _request_about_quoted_material(text: str, cue: int, persons: list[Candidate]) -> bool:
    """Whether `cue` stands in a short first paragraph that names no one and says the material is
    fiction, and every paragraph after it is quoted: "Is this a good case note for training?
    It's based on the film Kes (1969).\n\n"..."."""
    breaks = list(PARAGRAPH_BREAK.finditer(text))
    if not breaks or cue >= breaks[0].start() or breaks[0].start() > REQUEST_CHARS:
        return False
    if any(c.start < breaks[0].start() for c in persons):
        return False
    if not FICTION_REQUEST.search(text, 0, breaks[0].start()):
        return False
    return all(QUOTED_PARAGRAPH.match(text, b.end()) for b in breaks)


class Sentences:
    """Where a text's sentences start (see SENTENCE_END), for rules that reach one sentence. What
    each holds is looked for once, however many findings ask (a text of one long sentence must
    not be read once per finding)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
        self._found: dict[tuple[re.Pattern[str], int], bool] = {}

    def of(self, at: int) -> int:
        return bisect_right(self.starts, at) - 1

    def holds(self, pattern: re.Pattern[str], sentence: int) -> bool:
        key = (pattern, sentence)
        if key not in self._found:
            end = self.starts[sentence + 1] if sentence + 1 < len(self.starts) else len(self.text)
            self._found[key] = pattern.search(self.text, self.starts[sentence], end) is not None
        return self._found[key]

    def says_who_the_client_is(self, sentence: int) -> bool:
        """Whether the sentence says whose notes these are ("my client", "I work with") or is a
        labelled line ("Name: ...")."""
        labelled = LABEL_LINE.match(self.text, self.starts[sentence]) is not None
        return labelled or self.holds(CLIENT_WORDS, sentence)


def _in_one_paragraph(text: str, at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether one of `spans` is in the paragraph that holds `at` (paragraphs end at a blank line)."""
    breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(text)]
    index = bisect_right(breaks, at)
    start = breaks[index - 1] if index else 0
    end = breaks[index] if index < len(breaks) else len(text)
    return any(start <= span_start < end for span_start, _ in spans)


def _occurrences(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _cues_near(text: str, cue: re.Pattern[str], anchors: list[int], window: tuple[int, int]) -> list[int]:
    """Where `cue` matches in a window around each anchor (sorted). A window starts no earlier than
    just after the anchor before it (a cue holding that anchor was looked for in its window), so a
    text made of anchors is read about once, not once per anchor."""
    found = []
    previous = -1
    before, after = window
    for anchor in anchors:
        match = cue.search(text, max(previous + 1, anchor - before), anchor + after)
        previous = anchor
        if match:
            found.append(match.start())
    return found


@lru_cache(maxsize=1)
def _says_whose_case(text: str) -> bool:
    """Whether the text says whose case it is ("my client"); looked for once per text."""
    return CLIENT_WORDS.search(text) is not None


def _in_case_name(text: str, c: Candidate) -> bool:
    """A place in the name of a reported case: "Gillick v West Norfolk and Wisbech AHA [1986]"."""
    versus = CASE_PARTY_BETWEEN.search(text, max(0, c.start - 60), c.end) is not None
    return versus and CASE_YEAR_AFTER.match(text[c.end : c.end + 40]) is not None


def _said_to_be_theirs(text: str, c: Candidate, theirs: re.Pattern[str] = THEIRS) -> bool:
    """Whether the sentence of a number or an address, either side of it, speaks of a person or a
    home ("his business: ...", "mum's landline")."""
    ends = list(SENTENCE_END.finditer(text, max(0, c.start - ADDRESS_BLOCK_CHARS), c.start))
    start = ends[-1].end() if ends else max(0, c.start - ADDRESS_BLOCK_CHARS)
    after = SENTENCE_END.search(text, c.end, c.end + ADDRESS_BLOCK_CHARS)
    end = after.start() if after else min(len(text), c.end + ADDRESS_BLOCK_CHARS)
    return theirs.search(text, start, c.start) is not None or theirs.search(text, c.end, end) is not None


class _Chronology:
    """Whether a one-word "name" is a month heading a line of a chronology: "Jan – baby born"
    where another line begins with a month no one is called ("Mar – ..."; looked for once, when
    first asked)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._dated: bool | None = None

    def month_heading(self, c: Candidate) -> bool:
        text = self.text
        word = text[c.start : c.end]
        line_start = text.rfind("\n", 0, c.start) + 1
        if word.lower() not in MONTHS or text[line_start : c.start].strip(" \t"):
            return False
        if MONTH_ENTRY_AFTER.match(text, c.end) is None:
            return False
        if self._dated is None:
            self._dated = UNNAMED_MONTH_LINE.search(text) is not None
        return self._dated


def _overlapping(kept: list[Candidate], index: int, candidate: Candidate) -> list[Candidate]:
    """The kept findings (no two overlapping, ordered by start) that `candidate` overlaps, found
    from `index`, where it would be inserted."""
    found = [kept[index - 1]] if index and kept[index - 1].overlaps(candidate) else []
    while index < len(kept) and kept[index].start < candidate.end:
        found.append(kept[index])
        index += 1
    return found


def _standing_alone(text: str, value: str) -> Iterator[tuple[int, int]]:
    """Where `value` stands in the text as a whole code, not inside a longer one."""
    at = text.find(value)
    while at >= 0:
        end = at + len(value)
        if not (_runs_on(text, end) or (at > 0 and _runs_on(text, at - 1))):
            yield at, end
        at = text.find(value, at + 1)


def _runs_on(text: str, at: int) -> bool:
    """Whether the character at `at` would carry a code on ("/" and "-" join its parts)."""
    return at < len(text) and (text[at].isalnum() or text[at] in "/-")


def _same_shape(value: str, other: str) -> bool:
    """The same letters and separators, with digits where the value has digits: "CF 3313" is
    "CF 3312"'s shape, "2024" is not "CF 3312"'s."""
    return (
        len(value) == len(other)
        and all(
            (a.isdigit() and b.isdigit()) or a.lower() == b.lower() for a, b in zip(value, other, strict=True)
        )
        and other != value
    )


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _words_in(text: str, spans: list[tuple[int, int]]) -> frozenset[str]:
    return frozenset(w for start, end in spans for w in _words(text[start:end]))


def _words(text: str) -> list[str]:
    """Lower-case words without a possessive ending ("Morrison's" -> "morrison")."""
    return [without_possessive(word.lower()) for word in WORD.findall(text)]
