"""Names the way case notes write them, which a general NER model misses.

Quick notes say "mum sarah", "son Jack (7)", "Mrs O'Neill", "seen kacper and dad". This recognizer
reads its cue words and scores from `patterns/recognizers/person.yaml` and the gazetteers in
`patterns/names/`, and finds a name from a title, a kin or role cue, an age in brackets, a listed
first name (with the surname after it), or a capitalised word the NER model also calls a name.
(Other mentions of a name found here are marked by the detector, over the whole text.)
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from genai_guard import file_names
from genai_guard.nlp import SelectiveNerNlpEngine
from genai_guard.recognizers.term_list import read_terms

WORD = regex.compile(r"\p{L}[\p{L}'’\-]*\p{L}|\p{L}")
# An age in brackets: "(14)", "(aged 9)", "(then 14)", "(she's 6)", "(11 weeks old)".
# What may open a list's line before a name ("- ", "3. ", "• "), and what may end the name there
# (the line's end, a dash, a bar, a tab, a bracket, a comma, "&").
LIST_MARK = regex.compile(r"[ \t\-–•*·>\d.)]*")
LONGEST_LIST_MARK = 6
LIST_ITEM_END = regex.compile(r"[ \t]*(?:$|[\-–—|\t(,&/:])", regex.MULTILINE)
AGE_IN_BRACKETS = regex.compile(
    r"\s*\(\s*(?:aged?\s*|(?:then|now)\s+|(?:she|he)['’]s\s+)?\d{1,2}"
    r"(?:\s*(?:yrs?|years?|y/?o|months?|mths?|weeks?|wks?|m)(?:\s+old)?)?\s*\)",
    regex.IGNORECASE,
)
BARE_AGE_IN_BRACKETS = regex.compile(r"\s*\(\s*\d{1,2}\s*\)")
# A plural in English ("Recommendations", "Referrals", "Ideas"), not a name's own ending in -as, -is,
# -us, -ys or -os ("Mantvydas", "Dimitris", "Herkus").
ENGLISH_PLURAL = regex.compile(r"(?<![aiuyos])s$|(?<=ea)s$")
# The sentence going on after an age: a lower-case word, a comma or a dash.
AGE_THEN_MORE = regex.compile(r"[ \t]+\p{Ll}|[ \t]*[,–—]|[ \t]+-[ \t]")
# Two or three letters: four or more dotted capitals are an acronym ("C.A.L.L.").
INITIALS = regex.compile(r"(?<![\p{L}.])(?:\p{Lu}\.\s?){1,2}\p{Lu}(?!\p{L}|\.\p{Lu}\.)\.?")
SENTENCE_BREAK = regex.compile(r"[.!?:;\n]")
# "Summer (14)", "Meseret Alemu, 17," or "Chidera 6," : an age straight after a name; or "Harmony,
# a 12-year-old in foster care".
AGE_AFTER_COMMA = regex.compile(
    r"\s*,\s*(?:(?:aged?\s*)?\d{1,2}(?:\s*(?:yrs?|years?(?:\s+old)?|y/?o))?\s*(?:[,;)]|$)"
    r"|an?\s+\d{1,2}[\s\-]?(?:years?|yrs?)[\s\-]?old\b)",
    regex.IGNORECASE,
)

POST_NOMINAL = regex.compile(r",?\s\(?([A-Z]{2,4})\b")
# A judge as law reports write one, in a text that cites the courts: "Peter Jackson J", "Munby LJ"
# (a whole name; "Sarah J" is a case note's Sarah J.). Minutes give people their initials ("Leah
# Johnson LJ to attend her GP"), so letters that are the name's own initials, or a text with no
# citation or court, make no judge.
JUDGE_AFTER = regex.compile(r" (L?JJ?)(?![\w.])")
CITES_THE_COURTS = regex.compile(
    r"\[(?:19|20)\d{2}\]|\b(?:EWHC|EWCA|EWFC|EWCOP|UKSC|UKHL|Court of Appeal|High Court|Supreme Court"
    r"|Court of Protection|Family Division|House of Lords)\b"
)
# How far from a name a public office written beside it may reach, and its most words.
OFFICE_REACH = 60
OFFICE_WORDS = 5


def _office_after_pattern(offices: list[str]) -> regex.Pattern[str] | None:
    """An office given after a name, written as a title: after a comma or a bracket, "as" or
    "who (later) became", perhaps with "the", "former" and up to three capitalised words
    that say which office ("as Health Minister")."""
    if not offices:
        return None
    longest_first = sorted(offices, key=len, reverse=True)
    listed = "|".join(r"\s+".join(regex.escape(word) for word in office.split()) for office in longest_first)
    return regex.compile(
        r"\s*(?:,?\s*who\s+(?:later\s+)?became|,|\(|\sas)\s*(?:(?:the|a|an|then|former|late)\s+)*"
        rf"(?:\p{{Lu}}[\p{{L}}'’\-]*\s+){{0,3}}?(?:{listed})\b"
    )


BARE_AGE = regex.compile(r" \d{1,2}\s*[,;)]")
# Mohammed "Mo" Farah-Ali: a nickname in quotes inside a full name.
AND_A_NAME = regex.compile(r"\s+(?:and|&)\s+\p{Lu}")
KNOWN_AS = regex.compile(r" ?\((\p{Lu}\p{Ll}[\p{L}'’\-]*)\)")
NICKNAME = regex.compile(r" [\"“‘'](\p{Lu}[\p{L}'\-]*)[\"”’'] (?=\p{Lu})")
LOWER_INITIALS = regex.compile(r"(?<![\p{L}.])\p{Ll}\.\p{Ll}\.(?![\p{L}.])")
SINGLE_INITIAL = regex.compile(r"\p{Lu}\.(?![\p{L}])")
QUOTES = "\"“‘'"
# A year alone after a surname there, or after co-authors' surnames, is a citation's
# ("Munro_2011_review.pdf", "Featherstone_Gupta_White_2018.pdf"; not a birth date's,
# "Roskilly_2010-05-14_EHCP.pdf").
FILE_NAME_YEAR_AFTER = regex.compile(r"(?:[_\- ]\p{Lu}\p{Ll}+){0,3}[_\- ]?(?:19|20)\d\d(?!\d|[\-/.]\d)")
# "St Aidan's", "Saint Mary's": a saint's name is a school, church or hospital.
SAINT = frozenset({"st", "saint"})
# "the Novak family", "the Hughes case": a listed surname before one of these is a family's name.
FAMILY_NOUNS = frozenset(
    {"family", "families", "household", "case", "children", "kids", "boys", "girls", "siblings", "twins"}
)
FAMILY_LABELS = frozenset({"family", "surname", "forename", "name"})
# "the Lakeman family": after "the", a word no list knows is a family's name before one of these.
HOUSEHOLD_NOUNS = frozenset({"family", "household", "siblings", "twins"})
PEOPLE_PARTICIPLES = frozenset({"speaking", "born", "led", "based", "run", "owned", "heritage", "origin"})
QUOTED_THE = regex.compile(r"[\"“‘'](?:the|The) $")
# Form and letter labels before a name that forms and court papers print in capitals ("Patient:
# ALAN DOWRICK", "Re: JASON CROCKER", "Defendant: LIAM BRADLEY").
CAPITALS_LABELS = FAMILY_LABELS | {
    "patient",
    "child",
    "client",
    "subject",
    "defendant",
    "accused",
    "suspect",
    "victim",
    "pupil",
    "person",
    "employee",
    "tenant",
    "resident",
    "user",
    "re",
    "applicant",
    "respondent",
}
# The nations, which statistics give a number in brackets after: "England and Wales (10)".
NATIONS = frozenset({"England", "Wales", "Scotland", "Ireland", "Britain"})
NATION_OPENERS = frozenset({"Northern", "Great"})
# Word from someone: "a message from Chelsea", "a call from Jordan" (not "a family from Georgia").
HEARD_FROM_BEFORE = regex.compile(
    r"\b(?:message|call|text|email|e-mail|letter|note|voicemail|visit|referral|disclosure)\s+from\s+$",
    regex.IGNORECASE,
)
# Points of the compass, capitalised as a place's name writes them: "North Devon", "East Lindsey";
# not a direction ("moving down South Tyler has been happier", "back from the West Kai").
COMPASS_POINTS = frozenset({"North", "South", "East", "West", "Mid"})
DIRECTION_WORDS = frozenset({"up", "down", "back", "out", "the", "from", "over"})
# What opens a place's name with "of": "the Isle of Barra", "the Forest of Dean", "Vale of Clwyd".
OF_A_PLACE_BEFORE = regex.compile(r"\b(?:[Ii]sles?|Forest|Vale|Vales)\s+of\s+$")
# "a camp in Jordan", "from Georgia": a place that is also a name, after a word of place.
LOCATIVE = frozenset(
    {"in", "from", "near", "across", "around", "outside", "into", "within", "via", "throughout"}
)
# A list of places the word ends: "in Corwen and Bala", "a video link to Benbecula and Barra",
# "across Alston, Appleby and ..." (each item before it is checked: "to Mum and Jordan" is no
# list of places).
LIST_OPENERS = LOCATIVE | {"on", "to", "at", "toward", "towards", "between", "covering", "including", "like"}
PLACE_LIST_BEFORE = regex.compile(
    rf"\b(?:{'|'.join(sorted(LIST_OPENERS))})\s+(?:the\s+)?"
    r"(?P<items>(?:\p{Lu}[\w'’\-]*(?:\s+\p{Lu}[\w'’\-]*)?(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*/\s*)){1,6})$"
)
PLACE_LIST_CHARS = 120
LIST_ITEM = regex.compile(r"\p{Lu}[\w'’\-]*")
# ... and where the list ends: a full stop or a bracket, or a word that goes on about places or
# times ("Corwen and Bala?", "Benbecula and Barra for the meeting"; not "Leeds and Jordan got
# upset", a new clause).
LIST_END_AFTER = regex.compile(
    r"\s*(?:[.?!;:,)\]]|$)|\s+(?:for|in|on|at|to|from|by|via|with|this|next|last|during|every|each|and|or)\b"
)
# A county's or a district's own bodies after its name, or a pair of places' bodies or patch: "Devon
# County Council", "the Devon MASH", "Devon Partnership NHS Trust", "Devon and Cornwall Police",
# "Skye and Lochalsh locality" (a
# pair's patch in lower case; not "Chelsea Police attended", "Skye Safeguarding plan", which may be
# a child's name).
COUNTY_BODY_AFTER = regex.compile(
    r"\s+(?-i:County|Council|CC|Constabulary|ICB|MASH|SAB|SCP|Borough|Partnership\s+(?:NHS|Trust))\b"
    r"|\s+and\s+\p{Lu}[\w'’\-]*\s+(?:(?-i:Police|Constabulary|Fire|NHS|Council|County|Partnership)\b"
    r"|(?:locality|area|district|council|team|office|branch|patch|partnership)\b)"
)
# A place's own noun after the word: "the Skye bridge", "the Chester youth court", "the Skye and
# Lochalsh hub", "the Skye paramedic" (not "the Jordan referral", "the Skye I mentioned", "the
# Chester lad").
PLACE_NOUN_AFTER = regex.compile(
    r"(?:\s+and\s+\p{Lu}[\w'’\-]*)?\s+(?:bridge|valley|road|ferry|ferries|area|office|hub|team|youth|court"
    r"|district|council|branch|patch|locality|coast|mainland|campus|services?|unit|county|magistrates"
    r"|islands?|airport|hospital|harbour|causeway|crossing|routes?|sound|glens?|estate"
    r"|paramedic|vet|gp|doctor|nurse|midwife|minister|vicar|priest|teacher|postie|postman|ferryman|police)\b",
    regex.IGNORECASE,
)
# Living, working or a service on an island: "provision on Skye", "she lives on Barra" (not "the
# impact on Skye", "picking on Lewis", "relies on Skye": a person).
ON_AN_ISLAND_BEFORE = regex.compile(
    r"\b(?:lives?|living|lived|based|works?|working|worked|born|holidays?|holidaying|stays?|staying"
    r"|provision|services?|support|care|crofts?|crofting|farms?|farming|visits?|visiting)\s+on\s+$",
    regex.IGNORECASE,
)
# "A girl called Childline last night", "called Gay by other boys": words after "called <word>"
# that say it was something done (ringing, name-calling), not a person's name.
DONE_AFTER_CALLING = frozenset(
    "last this yesterday today tonight earlier about because for to on by until when after back asking"
    " saying twice out".split()
)
# "June, 2024": months that are also first names do not start a vocative.
MONTHS = frozenset({"april", "may", "june", "july", "august"})
# Months and their short forms that are also given names.
MONTH_WORDS = MONTHS | {"jan", "jun", "jul", "aug"}
# Every month, and its short forms.
YEAR_MONTHS = MONTH_WORDS | frozenset(
    "january february march september october november december feb mar apr sep sept oct nov dec".split()
)
# An age said with "is": "Summer is 12 and helps her mum", "Sky is 15, and ..." (not "Summer is
# 12 weeks away", "Section 2 is 28 days").
IS_AN_AGE_AFTER = regex.compile(
    r" is (?:only |just |now |nearly |almost )?\d{1,2}(?: years? old)?"
    r"(?=\s*(?:[,.;)]|[-–—]\s|and\b|but\b|now\b|$))"
)
# A person's relative clause after a listed first name that is also a word: "Patience, who's
# 19", "Promise, who I'd been supporting", "Hope, who lives with her nan", "Faith, whose mum ..."
# (not "Patience, who's often in short supply").
WHO_AFTER = regex.compile(
    r",?\s+who(?:['’]s\s+(?:\d+|a|an|been|now|just|only|nearly|almost|got)\b"
    r"|\s+(?:is|was|has|had|I|I['’](?:d|ve|m)|we|you|she|he|they|lives|lived|says|said|told|came|moved)\b)"
    r"|,\s+whose\b"
)
# A school year said with "is", or in brackets, after a listed first name that is also a word:
# "Brook is in Year 8", "Brook (Y2)", "Hope (Year 10, EHCP)", "Sky (Reception)" (not a class:
# "Hope (Y2) and Faith (Y5) classes").
IN_A_SCHOOL_YEAR_AFTER = regex.compile(
    r" is (?:now |still )?in (?:year|yr|p|s) ?\d{1,2}\b"
    r"|\s*\(\s*(?:(?:year|yr|y) ?\d{1,2}|p ?[1-7]|s ?[1-6]|reception|nursery)\s*[),;]"
    r"(?![^.\n]{0,40}\bclass(?:es)?\b)",
    regex.IGNORECASE,
)
# Said to be someone's name: "her name is Storm", "his name's Ziggy", "she's called Sky", "family
# name is McCluskey".
NAME_IS_BEFORE = regex.compile(
    r"\b(?:(?:his|her|their|my|our)\s+(?:real\s+)?name(?:\s+is|['’]s)|(?:she|he)(?:['’]s|\s+is)\s+called"
    r"|(?:the\s+)?(?:family|sur|last)[\s\-]?name\s+is)\s+$",
    regex.IGNORECASE,
)
NAME_IS_REACH = 24
NAME_IS_ENDINGS = (" is ", "'s ", "’s ", " called ")
# An age first in brackets, then who they are: "Sky (16, looked after)".
AGE_FIRST_IN_BRACKETS = regex.compile(r"\s*\(\s*\d{1,2}\s*,\s*[^()\n]{1,30}\)")
# Short words joined by a hyphen that make an ordinary word ("pop-up", "drop-in", "no-faith"), not
# the part of a name ("Ah-young", "Jo-Ann"); a single letter does too ("D-Day", "X-ray").
HYPHENED_PARTICLES = frozenset(
    {"up", "in", "on", "at", "to", "of", "by", "off", "out", "down", "over", "no", "non", "re", "co", "pre"}
)
# A list of words with counts, not of people with ages: "faith (15), hope (12), resilience (9)".
COUNTED_WORD_AFTER = regex.compile(r"\s*[,;]\s*\p{Ll}[\p{L}\-]*\s*\(\s*\d")
COUNTED_WORD_BEFORE = regex.compile(r"\(\s*\d+\s*\)\s*[,;]\s*$")
# Words before a thing, not before a name in lower case ("keep the faith (2)").
DETERMINERS = frozenset({"the", "a", "an", "my", "your", "our", "their", "his", "her", "its", "this", "that"})
# Words before a word-name that make it the word: "the will said", "last summer's", "Human rights
# group Liberty said", "the Catholic faith says".
NOT_BEFORE_A_SPEAKER = DETERMINERS | {
    "some",
    "any",
    "every",
    "each",
    "no",
    "one",
    "last",
    "next",
    "another",
    "group",
    "charity",
    "organisation",
    "campaign",
    "party",
    "union",
    "bill",
    "act",
    "research",
}
# What a lower-case word-name that speaks follows: a sentence's start, a joining word or another
# speaker ("nan says hope wants to"; not "the Muslim faith says", "police chase reported to").
SPEAKER_BEFORE = frozenset(
    {"", "and", "but", "that", "because", "cos", "when", "so", "then", "as", "if", "said", "says"}
)
# A child of theirs, just before a capitalised word: "her little boy Blessing", "my girl Precious".
CHILD_WORDS = frozenset({"boy", "girl", "lad", "lass"})
OWN_CHILD_BEFORE = regex.compile(
    r"\b(?:my|his|her|their|our)\s+(?:(?:little|baby|wee|eldest|youngest|oldest|older|younger|middle)\s+)?"
    rf"(?:{'|'.join(sorted(CHILD_WORDS))})\s+$",
    regex.IGNORECASE,
)
OWN_CHILD_REACH = 30
LONGEST_ABBREVIATED_TITLE = 4
# Endings of English nouns and adjectives, which a surname no list knows seldom has.
ENGLISH_SUFFIX = regex.compile(
    r"(?:tion|sion|ment|ness|ity|ance|ence|ing|ship|hood|ery|ure|ive|ous|ful|less|ism|ist|ards?|ings"
    r"|ics|ogy|able|ible|ary|ory|ates?|ies|ers|als)$"
)
# Particles inside surnames: Ó Briain, Nic Dhòmhnaill, de Souza, van der Berg, Al Amin, bin Laden.
NAME_PARTICLES = frozenset(
    {
        "ó",
        "o",
        "ní",
        "nic",
        "mac",
        "mc",
        "ua",
        "de",
        "da",
        "di",
        "du",
        "dos",
        "das",
        "del",
        "della",
        "van",
        "von",
        "ter",
        "al",
        "el",
        "bin",
        "bint",
        "ibn",
        "ap",
        "ab",
        "le",
        "la",
    }
)
VOCATIVE_AFTER = (", ", " - ", " – ")
# A line of an exported chat led by its time and its sender: "[07/04/2025, 08:01] Mo: ...",
# "07/04/2025, 08:01 - Deklan: ...", "Mon 17:02 Deklan: ...", "[12/07 14:02] Jade: ...".
CHAT_TIME_BEFORE = regex.compile(
    r"(?:^|\n)[ \t]*\[?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[ \t]+)?"
    r"(?:\d{1,4}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?,?[ \t]+)?"
    r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]*[ap]\.?m\.?)?\]?[ \t]*(?:[\-–][ \t]*)?$",
    regex.IGNORECASE,
)
CHAT_TIME_REACH = 40
# A chatbot's turn in a pasted conversation ("Claude said: ...", "Gemini: ...") in a text that holds
# the user's own turn ("You said:", "User:", "Prompt:"; not "Me:", a worker's own line in an
# exported WhatsApp): a parent called Claude in a family's chat, or in a case note, is a parent.
CHATBOT_TURN_AFTER = regex.compile(r"(?:[ \t]+(?:said|says|wrote|replied))?[ \t]*:")
USER_TURN = regex.compile(
    r"(?:^|\n)[ \t]*(?:\[[^\]\n]{0,30}\][ \t]*)?(?:you|user|prompt)(?:[ \t]+(?:said|asked|wrote))?[ \t]*:",
    regex.IGNORECASE,
)
SENDER_END = regex.compile(r"(?:[ \t]+\p{Lu}[\p{L}'’\-]*)?:")  # "Mo:", "Kim Baxter:"
POSSESSIVE = regex.compile(r"['’]s$", regex.IGNORECASE)
CONTRACTION = regex.compile(r"(?:n['’]t|['’](?:re|ll|ve|d|m))$", regex.IGNORECASE)
HYPHEN = regex.compile(r"-")
SHORTEST_LONE_NAME = 3
LONGEST_ACRONYM = 4


def without_possessive(word: str) -> str:
    """ "Jack's" -> "Jack"; any other word as it is."""
    return POSSESSIVE.sub("", word) if word[-1:] in "sS" else word


@lru_cache(maxsize=1)
def _cites_the_courts(text: str) -> bool:
    """Looked for once per text, however many names ask."""
    return CITES_THE_COURTS.search(text) is not None


class Token(NamedTuple):
    """A word, with a trailing possessive kept out of its text and its span ("Jack's" -> "Jack").

    A named tuple, not a dataclass: a long note has tens of thousands of words."""

    text: str
    start: int
    end: int
    lower: str  # asked of every word several times

    @classmethod
    def from_match(cls, match: regex.Match[str]) -> Token:
        text = without_possessive(match.group())
        start = match.start()
        return cls(text, start, start + len(text), text.lower())

    @classmethod
    def of(cls, word: str) -> Token:
        """A word on its own, outside any text."""
        return cls(word, 0, len(word), word.lower())

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper() and not (len(self.text) > 1 and self.text.isupper())

    @property
    def acronym(self) -> bool:
        return self.text.isupper() and len(self.text) <= LONGEST_ACRONYM


@dataclass(frozen=True)
class NameScores:
    title: float
    kin_cue: float
    role_cue: float
    age: float
    full_name: float
    first_name_capitalised: float
    first_name_lower: float
    initials: float
    repeated: float


Span = tuple[int, int, float, str]


class CaseNoteNameRecognizer(EntityRecognizer):
    """PERSON from case-note cues and UK name gazetteers."""

    def __init__(
        self,
        *,
        name: str,
        titles: list[str],
        kin_cues: list[str],
        role_cues: list[str],
        place_words: list[str],
        not_initials: list[str],
        scores: dict[str, float],
        names_dir: Path,
        greeting_cues: list[str] = (),
        naming_words: list[str] = (),
        named_nouns: list[str] = (),
        request_verbs: list[str] = (),
        not_named: list[str] = (),
        place_names: list[str] = (),
        island_names: list[str] = (),
        place_prefixes: list[str] = (),
        products_after_ms: list[str] = (),
        welsh_words: dict[str, list[str]] | None = None,
        numbered_nouns: list[str] = (),
        places_of: list[str] = (),
        public_titles: list[str] = (),
        public_post_nominals: list[str] = (),
        public_offices: list[str] = (),
        roles_in_brackets: list[str] = (),
        cue_only_names: list[str] = (),
        theirs_after: list[str] = (),
        speech_verbs: list[str] = (),
        family_kinds: list[str] = (),
        not_senders: list[str] = (),
    ) -> None:
        self.titles = {t.lower().rstrip(".") for t in titles}
        self.kin_cues = {c.lower() for c in kin_cues}
        self.role_cues = {c.lower() for c in role_cues}
        self.place_words = {w.lower() for w in place_words}
        self.not_initials = {n.replace(" ", "").lower() for n in not_initials}
        self.greeting_cues = {c.lower() for c in greeting_cues}
        self.naming_words = {w.lower() for w in naming_words}
        self.named_nouns = {n.lower() for n in named_nouns}
        self.request_verbs = {v.lower() for v in request_verbs}
        self.not_named = {s.lower() for s in not_named}
        self._named_before = _named_before_pattern(named_nouns, naming_words)
        self.place_names = {p.lower() for p in place_names}
        self.island_names = {p.lower() for p in island_names}
        self.place_prefixes = {p.lower() for p in place_prefixes}
        self.products_after_ms = {p.lower() for p in products_after_ms}
        self.numbered_nouns = {n.lower() for n in numbered_nouns}
        self.welsh_words = {w.lower(): {a.lower() for a in after} for w, after in (welsh_words or {}).items()}
        self.places_of = {p.lower() for p in places_of}
        self.public_titles = frozenset(public_titles)  # as written: "Lady Black", not "the lady Sue"
        self.public_post_nominals = frozenset(public_post_nominals)
        self.public_offices = frozenset(" ".join(office.split()) for office in public_offices)
        self._office_after = _office_after_pattern(public_offices)
        self._role_after = _role_in_brackets_pattern([*roles_in_brackets, *kin_cues])
        self.cue_only_names = {n.lower() for n in cue_only_names}
        self.family_kinds = {k.lower() for k in family_kinds}
        self.not_senders = {s.lower() for s in not_senders}
        self._described_with_age = _described_with_age_pattern([*roles_in_brackets, *kin_cues])
        self._theirs_after = _theirs_after_pattern([*kin_cues, *theirs_after])
        self._kin_after = _theirs_after_pattern(kin_cues)
        self._with_kin_after = _theirs_after_pattern(kin_cues, r"\s+and\s+(?:her|his|their)")
        self._says_after = _says_after_pattern(speech_verbs)
        self.scores = NameScores(**scores)
        self.first_names = set(read_terms(names_dir / "first_names.txt"))
        self.surnames = set(read_terms(names_dir / "surnames.txt"))
        self.common_words = set(read_terms(names_dir / "common_words.txt"))
        super().__init__(supported_entities=["PERSON"], name=name, supported_language="en")

    def load(self) -> None:
        """Gazetteers are read in the constructor; nothing to load lazily."""

    # --- vocabulary -------------------------------------------------------------------------

    def _listed(self, word: str, names: set[str]) -> bool:
        """Listed as written, without accents, or (hyphenated) by a part that is no ordinary word
        or by every part: Ellie-Rose, Smith-Jones, Summer-Rose, but not long-stay ("long" is a
        name and a word, "stay" no name) nor pop-up or D-Day (a particle or a letter makes a word)."""
        folded = _fold(word)
        if folded in names:
            return True
        if "-" not in folded:
            return False
        parts = [part for part in HYPHEN.split(folded) if part]
        if any(len(part) == 1 or part in HYPHENED_PARTICLES for part in parts):
            return False  # "pop-up", "drop-in", "no-faith", "D-Day", "X-ray"
        parts = [part for part in parts if len(part) >= SHORTEST_LONE_NAME]
        return any(part in names and part not in self.common_words for part in parts) or bool(
            parts and all(part in self.first_names or part in self.surnames for part in parts)
        )

    def knows(self, words: list[str]) -> bool:
        """True when any word is a listed name and not a function word, cue, acronym or a name that
        counts only with a cue ("resources from Brook")."""
        return any(
            not self._blocked(Token.of(w))
            and w.lower() not in self.cue_only_names
            and (self._listed(w, self.first_names) or self._listed(w, self.surnames))
            for w in words
        )

    def is_cue_only(self, words: list[str]) -> bool:
        """Whether every word is a name that is a word and counts only with a cue ("Brook")."""
        return bool(words) and all(w.lower() in self.cue_only_names for w in words)

    def needs_model(self, word: str) -> bool:
        """Whether the NER model's view could change what a capitalised word is taken for: an
        unlisted word (a place, a rare name) or a name that is also an ordinary word; not a word
        only a cue makes a name ("Brook"), whose cues this recognizer reads itself."""
        token = Token.of(word)
        if self._blocked(token) or self.is_place_word(word) or token.lower in self.cue_only_names:
            return False
        if token.lower in self.common_words:
            return True
        return not (self._listed(token.lower, self.first_names) or self._listed(token.lower, self.surnames))

    def is_common_word(self, word: str) -> bool:
        return word.lower() in self.common_words

    def is_place_word(self, word: str) -> bool:
        """Lane, Road, School, Ward...: a "name" followed by one of these is a place or service."""
        return word.lower() in self.place_words

    def opens_a_place(self, word: str) -> bool:
        """HMP, Fort, Ysgol, King's...: a capitalised word after one of these is a place's or a
        building's name ("HMP Berwyn", "Fort William", "Ysgol Bro Idris", "King's Lynn")."""
        return word[:1].isupper() and word.lower() in self.place_prefixes

    def prefix_length(self, name: str) -> int:
        """Characters of a leading title or cue ("Mrs ", "Dad ") that a name span should not include."""
        first = WORD.match(name)
        if first is None or first.group().lower() not in self.titles | self.kin_cues | self.role_cues:
            return 0
        rest = name[first.end() :]
        return first.end() + len(rest) - len(rest.lstrip(". "))

    def knows_first_name(self, word: str) -> bool:
        return self._listed(word.lower(), self.first_names)

    def title_before(self, text: str, start: int) -> bool:
        """Whether a title stands just before `start` ("PC Smith", "Mrs Munro")."""
        return _word_just_before(text, start) in self.titles

    def cue_before(self, text: str, start: int) -> bool:
        """Whether a title or a kin or role cue stands just before `start` ("Mrs Munro", "son Jack")."""
        word = _word_just_before(text, start)
        return word in self.titles or self.kin_cue_before(text, start)

    def is_surname(self, word: str) -> bool:
        return self._listed(word.lower(), self.surnames)

    def is_listed(self, word: str) -> bool:
        """On a name list (as a first name or a surname), whatever else the word may be."""
        lower = word.lower()
        return self._listed(lower, self.first_names) or self._listed(lower, self.surnames)

    def public_title_before(self, text: str, start: int) -> int | None:
        """Where an honour, peerage, chair or office written just before `start` begins ("Sir
        Martin Narey", "Professor Ray Jones", "Prof. Sue White"), or None."""
        before = text[max(0, start - 24) : start].rstrip(" .")
        words = list(WORD.finditer(before))
        if words and words[-1].end() == len(before) and words[-1].group() in self.public_titles:
            return max(0, start - 24) + words[-1].start()
        return None

    def public_figure(self, text: str, start: int, end: int) -> bool:
        """A name whose first word is an honour or office before the name ("Lady Black"; not "Mrs
        Judge" or "Mr Lord", whose surname it is), or with its letters after it ("Robin Swann
        MLA", "(Anne Longfield CBE)", "Peter Jackson J")."""
        first = WORD.match(text, start)
        if first is not None and first.group() in self.public_titles and first.end() < end:
            return True
        after = POST_NOMINAL.match(text, end)
        if after is not None and after.group(1) in self.public_post_nominals:
            return True
        judge = JUDGE_AFTER.match(text, end)
        if judge is not None and self._cited_judge(text, start, end, judge.group(1)):
            return True
        return self.public_office_beside(text, start, end)

    @staticmethod
    def _cited_judge(text: str, start: int, end: int, letters: str) -> bool:
        words = WORD.findall(text, start, end)
        initials = "".join(word[0].upper() for word in words)
        return len(words) > 1 and letters != initials and _cites_the_courts(text)

    def public_office_beside(self, text: str, start: int, end: int) -> bool:
        """Whether a public office stands just before the name ("Health Minister Robin Swann") or
        is given after it ("Iona Colvin, Chief Social Work Adviser", "Howe, who later became
        Chancellor"); see `public_offices` in person.yaml."""
        before = text[max(0, start - OFFICE_REACH) : start].rstrip(" ,:")
        words = WORD.findall(before)
        if words and before.endswith(words[-1]):
            last = words[-OFFICE_WORDS:]
            if any(" ".join(last[-n:]) in self.public_offices for n in range(1, len(last) + 1)):
                return True
        after = self._office_after
        return after is not None and after.match(text, end, end + OFFICE_REACH) is not None

    def kin_cue_before(self, text: str, start: int) -> bool:
        """Whether a kin or role cue (not a title) stands just before `start` ("mum Ruth Allen"); a
        full stop after one ends its sentence ("a single mother. Daniel helps her")."""
        gap = text[max(0, start - 3) : start]
        return "." not in gap and _word_just_before(text, start) in self.kin_cues | self.role_cues

    def is_repeatable(self, word: str) -> bool:
        """A word of a found name that marks the same person where it recurs (not "the", "Mum")."""
        if len(word) == SHORTEST_LONE_NAME - 1:  # "Mo", "Jo", "Vu": as written, capitalised
            return word[0].isupper() and word[1].islower() and word.lower() not in STOP_WORDS
        return len(word) >= SHORTEST_LONE_NAME and not self._blocked(Token.of(word))

    def _blocked(self, token: Token) -> bool:
        """Words that are never a name on their own: function words, cues, titles, acronyms."""
        lower = token.lower
        return (
            lower in STOP_WORDS
            or lower in self.kin_cues
            or lower in self.role_cues
            or lower in self.titles
            or lower in self.greeting_cues
            or lower in self.request_verbs
            or lower in self.named_nouns
            or token.acronym
            or (("'" in token.text or "’" in token.text) and CONTRACTION.search(token.text) is not None)
            or self._said_of_a_people(lower)
        )

    def _could_start_name(self, token: Token) -> bool:
        """A cheap first test: a lower-case word no list knows starts no name, nor does a
        function word, cue or acronym, unless it is a first name after a greeting ("Hi Will") or
        a heading in capitals ("JUNE POTTER"). Initials are found apart."""
        if not (token.text[0].isupper() or self.is_listed(token.text)):
            return False
        if not self._blocked(token) or token.lower in NAME_PARTICLES:
            return True
        return (token.text.isupper() and len(token.text) > 1) or self.knows_first_name(token.text)

    @staticmethod
    def _particle_then_name(text: str, tokens: list[Token], i: int) -> bool:
        """ "Ó Súilleabháin", "Ní Bhriain": a surname's particle, then its capitalised word."""
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        return (
            tokens[i].lower in NAME_PARTICLES
            and following is not None
            and following.capitalised
            and text[tokens[i].end : following.start] == " "
        )

    def _is_name_word(self, token: Token, sentence_start: bool, model_names: set[int] | None) -> bool:
        """Listed (and not an ordinary word), or capitalised where the NER model also sees a name;
        never a name that is a word and counts only with a cue (`cue_only_names`)."""
        if self._blocked(token):
            return False
        model_agrees = model_names is not None and token.start in model_names
        if token.lower in self.cue_only_names:
            return False  # "resources from Mencap or Brook": only a cue makes these a name
        if token.lower in self.common_words:
            return token.capitalised and model_agrees
        if self._listed(token.lower, self.first_names) or self._listed(token.lower, self.surnames):
            return True
        return token.capitalised and (model_agrees or (model_names is None and not sentence_start))

    # --- finding names ----------------------------------------------------------------------

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        tokens = [Token.from_match(m) for m in WORD.finditer(text)]
        starts = [t.start for t in tokens]
        model_names = _model_person_starts(nlp_artifacts)
        spans: list[Span] = []
        for index, token in enumerate(tokens):
            if not self._could_start_name(token):
                continue
            found = self._name_at(text, tokens, index, model_names)
            if (
                found
                and not self._before_place_word(text, tokens, starts, found)
                and not self._chatbot(text, token)
            ):
                spans.append(self._with_given_name(text, tokens, starts, found))
        spans.extend(self._coordinated(text, tokens, starts, spans))
        spans.extend(self._initials(text))
        spans.extend(self._in_file_names(text, tokens, starts))
        return self.remove_duplicates([self._result(*span) for span in spans])

    def _said_as_a_place(self, text: str, token: Token, previous_word: str) -> bool:
        """Whether a listed place name (`place_names`) stands as the place: after "in", "from"...
        ("a camp in Jordan"; not "a message from Chelsea", nor "from" one with an age after it), after
        "the" with a place's noun ("the Skye bridge"), an island after living or a service "on" it
        ("provision on Skye"), or ending a list of places ("towards Corwen and Bala?"; not "to Mum
        and Jordan", "to Leeds and Jordan got upset")."""
        if previous_word == "from":  # not "a call from Chelsea, 14, crying", "a message from Chelsea"
            aged = AGE_IN_BRACKETS.match(text, token.end) or AGE_AFTER_COMMA.match(text, token.end)
            return not (aged or HEARD_FROM_BEFORE.search(text, max(0, token.start - 30), token.start))
        if previous_word in LOCATIVE:
            return True
        if previous_word == "the":
            return PLACE_NOUN_AFTER.match(text, token.end) is not None
        if previous_word == "on" and token.lower in self.island_names:
            return ON_AN_ISLAND_BEFORE.search(text, max(0, token.start - 30), token.start) is not None
        listed = PLACE_LIST_BEFORE.search(text, max(0, token.start - PLACE_LIST_CHARS), token.start)
        if listed is None or LIST_END_AFTER.match(text, token.end) is None:
            return False
        items = LIST_ITEM.findall(listed.group("items"))
        return not any(
            item.lower() in self.kin_cues or item.lower() in self.titles or self.knows_first_name(item)
            for item in items
            if item.lower() not in self.place_names
        )

    def said_to_be_named(self, text: str, start: int, end: int) -> bool:
        """Whether the word at `start` is what a person is said to be called: "a little girl
        called Sky", "her son named Legend was arrested". Not a title ("A Man Called Ove" is
        capitalised), a service someone rang ("a girl called Childline last night", "called
        Women's Aid for her", "called Social Services"), a name someone was called ("called Gay
        by other boys"), nor a placeholder ("a girl called Example Child")."""
        found = self._named_before.search(text, max(0, start - 40), start) if self._named_before else None
        if found is None or text[start:end].lower() in self.not_named:
            return False
        if text.startswith(("'s", "’s"), end):
            end += 2
        following = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        if following is None:
            return True
        word = following.group()
        if word[0].isupper():
            # "called Sky Morgan", not "called Adult Social Care" or "called Example Child"
            return self.is_listed(word) and word.lower() not in self.common_words
        rang = found.group("naming").lower() == "called"  # "named" is never something done
        return not (rang and word.lower() in DONE_AFTER_CALLING)

    def stands_as_a_place(self, text: str, start: int, end: int) -> bool:
        """Whether a listed place name (`place_names`) that another reader (the NER model) took
        for a name is the place, read as this recognizer reads its own words: "Devon County
        Council", "the Devon MASH", "Skye and Lochalsh locality", "in Devon", "the Skye bridge"."""
        if text[start:end].lower() not in self.place_names:
            return False
        window = max(0, start - PLACE_LIST_CHARS)
        tokens = [Token.from_match(m) for m in WORD.finditer(text, window, end)]
        if not tokens or tokens[-1].start != start:
            return False
        previous = tokens[-2] if len(tokens) > 1 else None
        previous_word = self._cue_word(text, previous, text[previous.end : start] if previous else "")
        return self._place_here(text, tokens, len(tokens) - 1, previous_word)

    def _place_here(self, text: str, tokens: list[Token], i: int, previous_word: str) -> bool:
        """Whether a listed place name stands as the place: a camp in Jordan, the Skye bridge, "in
        Corwen and Bala", "lives on Skye", "Devon County Council", the town crier of Chester."""
        token = tokens[i]
        if token.lower not in self.place_names:
            return False
        return (
            self._said_as_a_place(text, token, previous_word)
            or COUNTY_BODY_AFTER.match(text, token.end) is not None
            or (previous_word == "of" and self._of_a_place(text, tokens, i))
        )

    def _cue_word(self, text: str, previous: Token | None, gap: str) -> str:
        """The word before a token, lower case, when only spaces, a colon or a comma stand between
        them (or the dot of an abbreviated title: "Mr. Khan"); otherwise "" (a sentence ended)."""
        if previous is None or gap.strip(" .:,") != "":
            return ""
        word = previous.lower.rstrip(".")
        if "." in gap and not (word in self.titles and len(word) <= LONGEST_ABBREVIATED_TITLE):
            return ""
        return word

    def _name_at(self, text: str, tokens: list[Token], i: int, model_names: set[int] | None) -> Span | None:
        token = tokens[i]
        previous = tokens[i - 1] if i else None
        gap_before = text[previous.end : token.start] if previous else ""
        sentence_start = previous is None or SENTENCE_BREAK.search(gap_before) is not None
        previous_word = self._cue_word(text, previous, gap_before)
        if previous_word in SAINT and previous is not None and previous.capitalised:
            return None  # St Aidan's, St Mary's: a school, church or hospital
        if self._said_in_welsh(text, tokens, i):
            return None  # "Beth yw'r ...": what is ...
        if self._place_here(text, tokens, i, previous_word):
            return None  # the place (but "the daughter of Jordan", "a message from Chelsea" are names)
        if OF_A_PLACE_BEFORE.search(text, max(0, token.start - 12), token.start):
            return None  # the Isle of Barra, the Isles of Scilly, the Forest of Dean
        compass = (
            previous is not None
            and previous.text in COMPASS_POINTS
            and (i < 2 or tokens[i - 2].lower not in DIRECTION_WORDS)
        )
        if previous is not None and (
            (gap_before == " " and (compass or self.opens_a_place(previous.text)))
            or (gap_before in ("'s ", "’s ") and self.opens_a_place(previous.text + "'s"))
        ):
            return None  # HMP Berwyn, Fort William, Ysgol Bro Idris, North Devon, King's Lynn
        if previous_word in self.titles and self._particle_then_name(text, tokens, i):
            return token.start, tokens[self._extend(tokens, i + 1, text)].end, self.scores.title, "title"
        # "MS" before one of Microsoft's products is Microsoft's ("MS Teams"), and "MS." ends a
        # sentence about multiple sclerosis ("Mum has MS. Police ..."): neither is a title
        microsoft = (
            previous is not None
            and previous.text == "MS"
            and (token.lower in self.products_after_ms or "." in gap_before)
        )
        # a title is written straight before the name, never with a comma ("Police DS, School DSL")
        titled = (
            previous_word in self.titles
            and not self._blocked(token)
            and not microsoft
            and "," not in gap_before
        )
        if titled and (
            token.capitalised or (self.knows([token.text]) and token.lower not in self.common_words)
        ):
            return self._span(tokens, i, text, self.scores.title, "title")
        own_child = previous_word in CHILD_WORDS and (
            OWN_CHILD_BEFORE.search(text, max(0, token.start - OWN_CHILD_REACH), token.start) is not None
        )
        if (previous_word in self.kin_cues or own_child) and token.capitalised and not self._blocked(token):
            return self._span(tokens, i, text, self.scores.kin_cue, "kin cue")
        if (
            previous_word in self.naming_words
            and token.capitalised
            and not self._blocked(token)
            and self.said_to_be_named(text, token.start, token.end)
        ):
            return self._span(tokens, i, text, self.scores.kin_cue, "named")
        if previous_word in self.greeting_cues and token.capitalised and self.knows_first_name(token.text):
            return self._span(tokens, i, text, self.scores.role_cue, "greeting")
        cued = self._other_cue(text, tokens, i, previous_word, sentence_start)
        if cued is not None:
            return cued
        if not self._is_name_word(token, sentence_start, model_names):
            return None
        if previous_word in self.kin_cues:
            return self._span(tokens, i, text, self.scores.kin_cue, "kin cue")
        if previous_word in self.role_cues:
            return self._span(tokens, i, text, self.scores.role_cue, "role cue")
        last = self._extend(tokens, i, text)
        if AGE_IN_BRACKETS.match(text, tokens[last].end):
            return token.start, tokens[last].end, self.scores.age, "age"
        if not self._listed(token.lower, self.first_names):
            return self._surname_after_given_name(text, tokens, i)
        starts_earlier = previous is not None and gap_before in (" ", "-") and previous.capitalised
        if (
            starts_earlier
            and self._listed(previous.lower, self.first_names)
            and not self._blocked(previous)
            and previous.lower not in self.common_words
        ):
            return None  # the previous word already started this name
        if self._listed(token.lower, self.surnames):
            # a given name that is also a surname, after a word that may not have started a name
            # alone: "Precious Okonjo-Adeyinka", "Justice Adeyemi"
            full_name = self._surname_after_given_name(text, tokens, i)
            if full_name is not None:
                return full_name
        if last > i:
            return token.start, tokens[last].end, self.scores.full_name, "full name"
        if len(token.text) < SHORTEST_LONE_NAME:
            return None
        if token.capitalised:
            return token.start, token.end, self.scores.first_name_capitalised, "first name"
        if gap_before in ("'s ", "’s ") and previous is not None and self._owner(previous):
            return None  # "the Huntington's gene", "Tyler's grace": a thing of theirs
        return token.start, token.end, self.scores.first_name_lower, "first name, lower case"

    def _other_cue(
        self, text: str, tokens: list[Token], i: int, previous_word: str, sentence_start: bool
    ) -> Span | None:
        """Names a following word gives away, even when they are also ordinary words or no list
        knows them: an age after them ("Summer (14)", "Meseret Alemu, 17,"), a role or relation
        in brackets after a listed first name ("Destiny (care leaver)"), a family noun
        ("the Novak family"), a label ("Family: Singh"), a vocative ("Sue, I've just..."), or
        an all-capitals heading ("JUNE POTTER")."""
        token = tokens[i]
        if self._blocked(token) and not (token.text.isupper() and len(token.text) > 1):
            return None
        listed_first = self._listed(token.lower, self.first_names)
        listed = listed_first or self._listed(token.lower, self.surnames)
        common = token.lower in self.common_words or self.is_place_word(token.text)
        if token.text.isupper() and len(token.text) > 1:
            return self._in_capitals(text, tokens, i, previous_word, listed_first)
        if not token.capitalised:
            # "faith (15) told me": a listed first name in lower case, with an age in brackets (a bare
            # number for a word only a cue makes a name: "river (14)", not "heavy rain (2 weeks)")
            bracket = BARE_AGE_IN_BRACKETS if token.lower in self.cue_only_names else AGE_IN_BRACKETS
            age = bracket.match(text, token.end)
            if (
                age is not None
                and listed_first
                and token.lower not in MONTHS
                and previous_word not in DETERMINERS
                and not COUNTED_WORD_AFTER.match(text, age.end())
                and not COUNTED_WORD_BEFORE.search(text, max(0, token.start - 12), token.start)
            ):
                return token.start, token.end, self.scores.age, "age"
            # "pat says her back is bad", "faith's dad kicked off": a listed first name in lower
            # case saying something, or with a relative of theirs (not "the will said")
            says = self._says(text, token) and previous_word in SPEAKER_BEFORE
            kin = (
                self._kin_after.match(text, token.end) is not None
                and previous_word not in NOT_BEFORE_A_SPEAKER
            )
            if listed_first and (says or kin):
                return token.start, token.end, self.scores.kin_cue, "says"
            return None
        if token.lower in MONTHS:
            return None
        surname_first = self._surname_first_in_a_list(text, tokens, i)
        if surname_first is not None:
            return surname_first
        previous = tokens[i - 1] if i else None
        if (
            listed_first
            and common
            and previous is not None
            and previous.text.islower()
            and previous_word in self.role_cues
            and previous_word not in self.naming_words
            and not sentence_start
            and not _runs_on_into_a_noun(text, token.end)
        ):
            # "her foster carer Amber": a first name that is also a word, capitalised straight after
            # a role written in lower case inside a sentence (not "the Young Carer Grant", "our
            # foster carer Amber scheme"; "a film called Joy" is left to `said_to_be_named`)
            return self._span(tokens, i, text, self.scores.role_cue, "role cue")
        last = self._extend(tokens, i, text)
        end = tokens[last].end
        # "Seo-yeon (Korean student, 20)", "Storm (twins, 6)": read for a word only a cue makes a name
        readable = not common or token.lower in self.cue_only_names
        if readable and previous_word not in LOCATIVE and self._described_with_age.match(text, end):
            return token.start, end, self.scores.age, "age"
        if listed_first and (IS_AN_AGE_AFTER.match(text, end) or AGE_FIRST_IN_BRACKETS.match(text, end)):
            return token.start, end, self.scores.age, "age"  # "Summer is 12 and helps her mum"
        # "Rose's dad", "Summer in Year 9", "took Brook and her brother" (a word-name inside a
        # sentence; not "Faith and her family" opening one, "lost hope and her mother")
        with_kin = common and not sentence_start and self._with_kin_after.match(text, end) is not None
        theirs = (
            with_kin
            or any(after.match(text, end) for after in (IN_A_SCHOOL_YEAR_AFTER, self._theirs_after))
            or (
                last == i and not sentence_start and WHO_AFTER.match(text, end)  # not "Given who she is"
            )
        )
        # the capitalised word just before, if any: the rest of a title or a longer name
        before = previous
        if before is not None and not (before.capitalised and text[before.end : token.start] == " "):
            before = None
        # not the last word of a title: "Amazing Grace said" (a month before is a date: "In March
        # Destiny said")
        in_a_title = before is not None and before.lower not in YEAR_MONTHS
        says = last == i and not in_a_title and self._says(text, token)
        if listed_first and (theirs or says) and previous_word not in NOT_BEFORE_A_SPEAKER:
            return token.start, end, self.scores.kin_cue, "theirs"  # "Rose's dad", "Destiny said"
        if text.endswith(NAME_IS_ENDINGS, 0, token.start) and NAME_IS_BEFORE.search(
            text, max(0, token.start - NAME_IS_REACH), token.start
        ):
            return token.start, end, self.scores.kin_cue, "named"  # "her name is Storm"
        if listed_first and (AGE_IN_BRACKETS.match(text, end) or AGE_AFTER_COMMA.match(text, end)):
            return token.start, end, self.scores.age, "age"
        # an unlisted word: "Tobenna (3)" or "Meseret Alemu, 17," (not "in Alston, 71"); opening a
        # sentence, only with the sentence going on after the age ("Merih (60), Eritrean", "Nova
        # (17) has asked", "Mantvydas (14) has been excluded"); never a count or a numbered part
        # ("Recommendations (5) were agreed", "Referrals (14) | Assessments (9)", "Section (17) says")
        age = AGE_IN_BRACKETS.match(text, end)
        counted = last == i and (ENGLISH_PLURAL.search(token.lower) or token.lower in self.numbered_nouns)
        opens_with_age = age is not None and AGE_THEN_MORE.match(text, age.end()) is not None
        unlisted_age = (age is not None and not counted and (not sentence_start or opens_with_age)) or (
            last > i and AGE_AFTER_COMMA.match(text, end)
        )
        # "England and Wales (10)", a statistic (not "Zyaire England (15)", a surname)
        after_a_name = before is not None and before.text not in NATION_OPENERS
        nation = not after_a_name and any(t.text in NATIONS for t in tokens[i : last + 1])
        if not common and not listed and not nation and previous_word not in LOCATIVE and unlisted_age:
            return token.start, end, self.scores.age, "age"
        if listed and not common and BARE_AGE.match(text, end):
            return token.start, end, self.scores.age, "age"
        # a role or relation in brackets after a listed first name, even one that is a word:
        # "Destiny (care leaver)", "Mo (Somali elder)" (not "Safeguarding (child) procedures")
        role_after = self._role_after is not None and self._role_after.match(text, end) is not None
        if role_after and listed_first and previous_word not in LOCATIVE:
            return token.start, end, self.scores.role_cue, "role in brackets"
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            listed_first
            and common
            and token.lower not in self.cue_only_names
            and self._unlisted_surname(text, tokens, i + 1)
        ):
            # "Precious Nkemelu": a first name that is also a word, then a surname no list knows
            return token.start, tokens[i + 1].end, self.scores.full_name, "first name and surname"
        if previous_word == "the" and token.lower.endswith("s") and not common:
            stem = token.lower[:-1]
            if self._listed(stem, self.surnames) and stem not in self.common_words:
                return token.start, token.end, self.scores.role_cue, "family name, plural"  # "the Chens"
        if previous_word in FAMILY_LABELS and ":" in text[tokens[i - 1].end : token.start] and not common:
            return self._span(tokens, i, text, self.scores.role_cue, "family label")
        family_noun = (
            following.lower
            if following is not None and text[token.end : following.start] == " " and not common
            else None
        )
        # "the Lakeman family moved", not "the Nuffield Family Justice Observatory", "the Ely family
        # support team", nor a teaching case's family in quotes ('"the Blue family" (fictional)')
        unlisted_family = (
            previous_word == "the"
            and family_noun in HOUSEHOLD_NOUNS
            and following is not None
            and following.text == family_noun
            and not _runs_on_into_a_noun(text, following.end)
            and QUOTED_THE.search(text, max(0, token.start - 6), token.start) is None
            and self._could_be_surname(token)
        )
        if (listed and family_noun in FAMILY_NOUNS) or unlisted_family:
            return token.start, token.end, self.scores.role_cue, "family name"  # "the Lakeman family"
        sender = self._chat_sender(text, token) if listed_first else None
        if sender is not None and (not common or sender > token.end):  # "Mo:", "Jade Morris:"
            return token.start, sender, self.scores.kin_cue, "chat sender"
        vocative = text.startswith(VOCATIVE_AFTER, token.end)
        if (
            listed
            and vocative
            and self._opens_line(text, token.start)
            and (listed_first or not common)
            and token.lower not in self.cue_only_names  # "Long, please tidy this"
        ):
            return token.start, token.end, self.scores.first_name_capitalised, "vocative"
        return None

    def _in_capitals(
        self, text: str, tokens: list[Token], i: int, previous_word: str, listed_first: bool
    ) -> Span | None:
        """A name in capitals: a listed first name and surname ("JUNE POTTER"), a listed first name
        after a form's label with the words in capitals after it ("Patient: ALAN DOWRICK"), or a
        listed surname, a comma and a listed first name ("KERSHAW, JOHN PAUL", "ROBERTSON, Callum";
        a surname that is also a word only before a first name that is none: "GRANT, Mia")."""
        token = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is None:
            return None
        gap = text[token.end : following.start]
        if (
            listed_first
            and gap == " "
            and following.text.isupper()
            and self._listed(following.lower, self.surnames)
            and following.lower not in STOP_WORDS
        ):
            return token.start, following.end, self.scores.full_name, "name in capitals"
        # after a label, a first name that is no word, then a surname or a word shaped like none
        # of English's ("Patient: ALAN DOWRICK"; not "Subject: SUMMER READING", "Re: APRIL NEWSLETTER")
        labelled = previous_word in CAPITALS_LABELS and ":" in text[tokens[i - 1].end : token.start]
        surname_after = self._capitals_name_word(following) and (
            self._listed(following.lower, self.surnames) or not ENGLISH_SUFFIX.search(following.lower)
        )
        if (
            labelled
            and listed_first
            and token.lower not in self.common_words
            and gap == " "
            and surname_after
        ):
            return self._span_in_capitals(tokens, i + 1, text, token.start, "name in capitals after a label")
        if (
            gap.strip() == ","
            and self._listed(token.lower, self.surnames)
            and (token.lower not in self.common_words or following.lower not in self.common_words)
            and self._listed(following.lower, self.first_names)
            and (following.text.isupper() or following.capitalised)
        ):
            return self._span_in_capitals(tokens, i + 1, text, token.start, "surname first in capitals")
        return None

    def _surname_first_in_a_list(self, text: str, tokens: list[Token], i: int) -> Span | None:
        """ "Hunter, Blake - CP", "Pirie, Derek": a listed surname, a comma and a listed first name
        (or two) opening a line of a list, with nothing after them on the line but a separator."""
        token = tokens[i]
        if i + 1 >= len(tokens):
            return None
        following = tokens[i + 1]
        if not (
            text[token.end : following.start] == ", "
            and following.capitalised
            and self._listed(token.lower, self.surnames)
            and self._listed(following.lower, self.first_names)
            and not self._blocked(token)
            and not self._blocked(following)
            and (token.lower not in self.common_words or following.lower not in self.common_words)
        ):
            return None
        last = i + 1
        second = tokens[i + 2] if i + 2 < len(tokens) else None
        if (
            second is not None
            and text[following.end : second.start] == " "
            and second.capitalised
            and self._listed(second.lower, self.first_names)
        ):
            last = i + 2
        line_start = text.rfind("\n", max(0, token.start - LONGEST_LIST_MARK), token.start) + 1
        if (
            LIST_ITEM_END.match(text, tokens[last].end) is None
            or (line_start == 0 and token.start > LONGEST_LIST_MARK)
            or LIST_MARK.fullmatch(text, line_start, token.start) is None
        ):
            return None
        return token.start, tokens[last].end, self.scores.full_name, "surname first in a list"

    def _capitals_name_word(self, token: Token) -> bool:
        """A word in capitals that may be part of a name: no ordinary word, cue or place word."""
        return (
            token.text.isupper()
            and len(token.text) > 1
            and token.lower not in self.common_words
            and not self._blocked(token)
            and not self.is_place_word(token.text)
        )

    def _span_in_capitals(self, tokens: list[Token], last: int, text: str, start: int, how: str) -> Span:
        """The name from `start` to tokens[last], and the next word in capitals if it is a name's."""
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        if (
            after is not None
            and text[tokens[last].end : after.start] == " "
            and self._capitals_name_word(after)
            and self.is_listed(after.text)
        ):
            last += 1
        return start, tokens[last].end, self.scores.full_name, how

    def _said_of_a_people(self, lower: str) -> bool:
        """ "Welsh-speaking", "Polish-born": a people's name made a word with a participle (not
        "White-Smith", a surname)."""
        people, _, rest = lower.partition("-")
        return rest in PEOPLE_PARTICIPLES and people in self.family_kinds

    def _chatbot(self, text: str, token: Token) -> bool:
        """A chatbot's turn in a pasted conversation, opening a line or after its time, in a text
        that holds the user's own turn (CHATBOT_TURN_AFTER)."""
        return (
            token.lower in self.not_senders
            and (self._opens_line(text, token.start) or self._after_chat_time(text, token))
            and CHATBOT_TURN_AFTER.match(text, token.end) is not None
            and USER_TURN.search(text) is not None
        )

    def _after_chat_time(self, text: str, token: Token) -> bool:
        """Whether the word follows a chat line's time ("[20:15] ", "Mon 17:02 ")."""
        return CHAT_TIME_BEFORE.search(text, max(0, token.start - CHAT_TIME_REACH), token.start) is not None

    def _chat_sender(self, text: str, token: Token) -> int | None:
        """Where the sender's name ends, when a given name (and a surname) leads a line of an
        exported chat after its time ("[20:15] Mo: ...", "[23:48] Jade Morris: ..."); never a role
        ("Duty desk:", "Principal OT:") nor a chatbot."""
        end = SENDER_END.match(text, token.end)
        if (
            end is None
            or ENGLISH_SUFFIX.search(token.lower)
            or token.lower in self.not_senders
            or not self._after_chat_time(text, token)
        ):
            return None
        return end.end() - 1

    def _said_in_welsh(self, text: str, tokens: list[Token], i: int) -> bool:
        """A Welsh word that is also a given name, with a Welsh word after it (`welsh_words`)."""
        after = self.welsh_words.get(tokens[i].lower)
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        return (
            after is not None
            and following is not None
            and text[tokens[i].end : following.start] == " "
            and following.lower.replace("’", "'") in after
        )

    def _says(self, text: str, token: Token) -> bool:
        """A speech verb straight after the word, which is not a month ("14 Jan agreed", a
        chronology's "Jun admitted to the unit")."""
        return token.lower not in MONTH_WORDS and self._says_after.match(text, token.end) is not None

    def _unlisted_surname(self, text: str, tokens: list[Token], i: int) -> bool:
        """Whether tokens[i] could be a surname no list knows, straight after the word before it:
        capitalised, not an ordinary or place word, not shaped like an English noun or adjective
        ("Liberty Protection Safeguards"), and not the middle of a longer capitalised title."""
        if i >= len(tokens) or text[tokens[i - 1].end : tokens[i].start] != " ":
            return False
        word = tokens[i]
        if not word.capitalised or self._blocked(word) or self.is_listed(word.text):
            return False
        if (
            word.lower in self.common_words
            or self.is_place_word(word.text)
            or ENGLISH_SUFFIX.search(word.lower)
        ):
            return False
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        return after is None or text[word.end : after.start] != " " or not after.capitalised

    @staticmethod
    def _opens_line(text: str, start: int) -> bool:
        """Whether a word opens the text, a line or a quotation."""
        before = text[max(0, start - 2) : start].lstrip(" ")
        return start == 0 or before == "" or before[-1] in "\n" + QUOTES

    def _with_given_name(self, text: str, tokens: list[Token], starts: list[int], span: Span) -> Span:
        """ "grace adeyemi (16)": a listed first name that is also an ordinary word, just before a
        name found from its surname, starts that name."""
        index = bisect_left(starts, span[0])
        if index == 0 or index >= len(tokens) or tokens[index].start != span[0]:
            return span
        first, surname = tokens[index - 1], tokens[index]
        if text[first.end : surname.start] != " " or first.capitalised != surname.capitalised:
            return span
        if first.lower in STOP_WORDS or not self._listed(first.lower, self.first_names):
            return span
        if self._listed(surname.lower, self.first_names) or not self._listed(surname.lower, self.surnames):
            return span
        return first.start, span[1], span[2], span[3]

    def _coordinated(
        self, text: str, tokens: list[Token], starts: list[int], spans: list[Span]
    ) -> list[Span]:
        """ "Summer and Jacob Kershaw", "DEREK and JUNE POTTER": a listed first name joined by "and"
        to a full name is a name of the same family."""
        found = []
        for start, end, score, _how in spans:
            index = bisect_left(starts, start)
            if index < 2 or index >= len(tokens) or tokens[index].start != start or end <= tokens[index].end:
                continue
            joiner, first = tokens[index - 1], tokens[index - 2]
            if joiner.lower != "and" or text[first.end : joiner.start] != " ":
                continue
            if text[joiner.end : start] != " " or not self._listed(first.lower, self.first_names):
                continue
            same_case = first.capitalised == tokens[index].capitalised or first.text.isupper()
            if same_case and first.lower not in STOP_WORDS and first.lower not in MONTHS:
                found.append((first.start, first.end, score, "first name joined to a full name"))
        for start, end, score, _how in spans:
            after = bisect_left(starts, end)
            if after + 1 >= len(tokens):
                continue
            joiner, other = tokens[after], tokens[after + 1]
            gaps = (text[end : joiner.start], text[joiner.end : other.start])
            joined = joiner.lower == "and" and gaps == (" ", " ")
            if joined and other.capitalised and self._could_be_given_name(other):
                found.append((other.start, other.end, score, "first name joined to a name"))
            known_as = KNOWN_AS.match(text, end)
            if known_as and self._known_as(text[start:end], known_as.group(1)):
                found.append((known_as.start(1), known_as.end(1), score, "name known by"))
        return found

    def _of_a_place(self, text: str, tokens: list[Token], i: int) -> bool:
        """ "the town crier of Chester", "the people of Jordan": a word of `places_of` before "of"
        (not "the safety of Georgia", "the care of Jordan (7)", "the middle of Sharon and Darren's
        row")."""
        if i < 2 or tokens[i - 2].lower not in self.places_of:
            return False
        if AGE_IN_BRACKETS.match(text, tokens[i].end) or text.startswith("'", tokens[i].end):
            return False
        return not AND_A_NAME.match(text, tokens[i].end)  # "the middle of Sharon and Darren's row"

    def _owner(self, token: Token) -> bool:
        """A capitalised word whose possessive owns things, not places ("at nan's jayden ...")."""
        return token.capitalised and token.lower not in self.kin_cues and token.lower not in self.role_cues

    def _could_be_given_name(self, token: Token) -> bool:
        """ "Marlon and Precious": a listed first name after "and" and a name, even one that is
        also an ordinary word, unless it is a month or a place."""
        return (
            self._listed(token.lower, self.first_names)
            and not self._blocked(token)
            and token.lower not in MONTHS
            and not self.is_place_word(token.text)
        )

    def _known_as(self, name: str, short: str) -> bool:
        """ "Krzysztof Zieliński (Krzys)": the short form of a name, or a listed first name, in
        brackets after it."""
        lower = short.lower()
        if any(lower in words for words in (STOP_WORDS, self.common_words, self.kin_cues, self.role_cues)):
            return False
        shortened = len(lower) >= 3 and any(word.lower().startswith(lower) for word in name.split())
        return shortened or self._listed(lower, self.first_names)

    def _surname_after_given_name(self, text: str, tokens: list[Token], i: int) -> Span | None:
        """ "Philomena Hughes": a listed surname after a capitalised word no list knows is a full name;
        so is one after an initial ("Worker: J. Lomax", not "a Davies" or "I Morgan")."""
        token, previous = tokens[i], tokens[i - 1] if i else None
        if previous is None or not token.capitalised or not self._listed(token.lower, self.surnames):
            return None
        if token.lower in self.common_words or self.is_place_word(token.text):
            return None  # "Whorlton Hall", "Llanwrtyd Wells": a place
        gap = text[previous.end : token.start]
        if (
            len(previous.text) == 1
            and previous.text.isupper()
            and (gap == ". " or (gap == " " and previous.text not in "AI"))
        ):
            return previous.start, token.end, self.scores.full_name, "initial and listed surname"
        if gap != " " or not previous.capitalised:
            return None
        listed_first = self._listed(previous.lower, self.first_names)
        if (
            self._blocked(previous)
            or (previous.lower in self.common_words and not listed_first)
            or previous.lower in MONTHS
            or self.is_place_word(previous.text)
        ):
            return None
        return previous.start, token.end, self.scores.full_name, "given name and listed surname"

    def _extend(self, tokens: list[Token], index: int, text: str) -> int:
        """Index of the last word of a name starting at `index` (a surname may follow).

        After a listed first name, a listed surname is taken even when it is also an ordinary or
        a place word ("Kirsty Hall", "Sinead Ward"); otherwise those words end the name.
        """
        after_first_name = self._listed(tokens[index].lower, self.first_names)
        last = index
        nickname = NICKNAME.match(text, tokens[index].end)
        if nickname and index + 2 < len(tokens) and tokens[index + 2].start == nickname.end():
            last = index + 1  # Mohammed "Mo" Farah-Ali: the surname follows the nickname
        for nxt in tokens[last + 1 : last + 3]:
            gap = text[tokens[last].end : nxt.start]
            if gap not in (" ", "-") and not (nickname and last == index + 1):
                break
            if self._particle_then_name(text, tokens, last + 1):
                last += 2  # Tomás Ó Briain, Jack de Souza, Sara Al Amin
                after_first_name = False
                break
            surname = self._listed(nxt.lower, self.surnames)
            if self._blocked(nxt) and not (
                after_first_name and surname and nxt.capitalised and nxt.lower in self.role_cues
            ):
                break  # "Jaydn Foster": a listed surname that is also a role word, after a first name
            ordinary = nxt.lower in self.common_words or self.is_place_word(nxt.text)
            if (nxt.capitalised or surname) and (
                not ordinary or (after_first_name and surname and nxt.capitalised)
            ):
                last += 1
                after_first_name = False
                continue
            break
        return last

    def _span(self, tokens: list[Token], i: int, text: str, score: float, how: str) -> Span:
        return tokens[i].start, tokens[self._extend(tokens, i, text)].end, score, how

    def _before_place_word(self, text: str, tokens: list[Token], starts: list[int], span: Span) -> bool:
        """ "Marsh Lane", "St Aidan's School": words just before a place word, one space apart, are a
        place ("Name: Jermaine Wallace" then "Prison number:" on the next line is a name), unless
        they end in a listed first name that the place word could be the surname of."""
        index = bisect_left(starts, span[1])
        following = tokens[index] if index < len(tokens) else None
        if following is None or not following.capitalised or not self.is_place_word(following.text):
            return False
        if text[span[1] : following.start] != " ":
            return False
        last = tokens[index - 1]
        return not (
            self._listed(last.lower, self.first_names) and self._listed(following.lower, self.surnames)
        )

    def _initials(self, text: str) -> list[Span]:
        """ "J.K.", "t.j." (not an abbreviation such as "e.g."), and "Hi K." after a greeting or title."""
        found = []
        for match in INITIALS.finditer(text):
            compact = match.group().replace(" ", "")
            if "." in compact and compact.rstrip(".").lower() + "." not in self.not_initials:
                found.append((match.start(), match.end(), self.scores.initials, "initials"))
        for match in LOWER_INITIALS.finditer(text):
            if match.group() not in self.not_initials:
                found.append((match.start(), match.end(), self.scores.initials, "initials"))
        for match in SINGLE_INITIAL.finditer(text):
            start = match.start()
            if start and text[start - 1] == " " and not text[start - 2 : start - 1].isupper():
                words = WORD.findall(text[max(0, start - 12) : start])
                if words and words[-1].lower() in self.greeting_cues | self.titles:
                    found.append((start, match.end(), self.scores.initials, "initial after a greeting"))
        return found

    def _in_file_names(self, text: str, tokens: list[Token], starts: list[int]) -> list[Span]:
        """A surname in a file's name or a path, with the given name or initial joined to it
        ("Chronology_Roskilly_v7.xlsx", "SMITH_T_CIN_plan.docx", "Teams\\Kaur_Simran\\CP_plan.docx"):
        a listed surname there is a family's, not an ordinary word, unless a year follows it as in a
        reading list ("Munro_2011_review.pdf")."""
        found = []
        for path in file_names.file_name_runs(text):
            first = bisect_left(starts, path.start())
            last = bisect_left(starts, path.end())
            for i in range(first, last):
                token = tokens[i]
                before = tokens[i - 1] if i > first else None
                after = tokens[i + 1] if i + 1 < last else None
                if (
                    not self._surname_in_a_file_name(token)
                    or FILE_NAME_YEAR_AFTER.match(text, token.end)
                    or (after is not None and self.is_place_word(after.text))  # "Turner_Team"
                ):
                    continue
                start, end = token.start, token.end
                if before is not None and self._given_in_a_file_name(text, before, start):
                    start = before.start
                if after is not None and self._given_in_a_file_name(text, after, end):
                    end = after.end
                found.append((start, end, self.scores.role_cue, "file name"))
        return found

    def _could_be_surname(self, token: Token) -> bool:
        """An unlisted capitalised word that could be a family's name: no place, no English noun's
        or adjective's shape, and no people's or faith's name ("the Somali family")."""
        return (
            token.capitalised
            and not self.is_place_word(token.text)
            and token.lower not in self.place_names
            and token.lower not in self.family_kinds
            and not ENGLISH_SUFFIX.search(token.lower)
        )

    def _surname_in_a_file_name(self, token: Token) -> bool:
        """A listed surname, capitalised or in capitals, that is no word, place or cue."""
        written = token.capitalised or (token.text.isupper() and len(token.text) > 2)
        return (
            written
            and self._listed(token.lower, self.surnames)
            and token.lower not in self.common_words
            and not self._blocked(token)
            and not self.is_place_word(token.text)
            and token.lower not in self.place_names
        )

    def _given_in_a_file_name(self, text: str, token: Token, beside: int) -> bool:
        """A given name or an initial next to a surname in a file's name ("Kowalczyk_Julia", "SMITH_T")."""
        gap = text[token.end : beside] if token.end <= beside else text[beside : token.start]
        if not file_names.NAME_PARTS_JOIN.fullmatch(gap):
            return False
        if len(token.text) == 1:
            return token.text.isupper()
        return self._listed(token.lower, self.first_names)  # even one that is a word: "Mwangi_Grace"

    def _result(self, start: int, end: int, score: float, how: str) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self.name, original_score=score, textual_explanation=f"name from {how}"
        )
        metadata: dict[str, Any] = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
        return RecognizerResult("PERSON", start, end, score, explanation, metadata)


def _described_with_age_pattern(roles: list[str]) -> regex.Pattern[str]:
    """Who someone is and their age, in brackets: "Seo-yeon (Korean student, 20)", "(care leaver,
    19)"; a role or relation must be in it ("Sertraline (tablet, 50)" names no one)."""
    listed = "|".join(
        r"\s+".join(regex.escape(w) for w in role.split()) for role in sorted(roles, key=len, reverse=True)
    )
    return regex.compile(
        rf"\s*\((?=[^()\n,]{{0,30}}\b(?:{listed}|student|leaver)s?\b)[^()\n,]{{1,30}},\s*(?:aged?\s*)?\d{{1,2}}"
        r"(?:\s*(?:yrs?|years?(?:\s+old)?|y/?o))?\s*\)",
        regex.IGNORECASE,
    )


def _role_in_brackets_pattern(roles: list[str]) -> regex.Pattern[str] | None:
    """ "(care leaver)", "(our client)", "(Somali elder)", "(mum)": who someone is, in brackets
    straight after their name: "our", "a" or the like, up to two describing words ("(patient's
    sister)"), the role, and the bracket's end or where they are ("(YP in our hostel)")."""
    if not roles:
        return None
    longest_first = sorted((r.lower() for r in roles), key=len, reverse=True)
    words = "|".join(regex.escape(role).replace(r"\ ", r"\s+") for role in longest_first)
    return regex.compile(
        rf"\s*\(\s*(?:(?:our|a|the|my|his|her|their)\s+)?(?:[\p{{L}}\-'’]+\s+){{0,2}}?(?:{words})"
        r"\s*(?:[),;]|\s(?:in|at|on|from|with)\s)",
        regex.IGNORECASE,
    )


def _theirs_after_pattern(words: list[str], joined: str = r"['’]s") -> regex.Pattern[str]:
    """ "'s <relative or thing of theirs>" straight after a name: "Rose's dad", "Miracle's adoption
    day" (`kin_cues` and `theirs_after`; not "Autumn's leaves", "Summer's school holiday club"), or
    what `joined` says instead of "'s" ("and her": "took Brook and her brother")."""
    alternatives = "|".join(
        r"\s+".join(map(regex.escape, w.split())) for w in sorted(words, key=len, reverse=True)
    )
    return regex.compile(rf"{joined}\s+(?:{alternatives})\b", regex.IGNORECASE)


def _says_after_pattern(verbs: list[str]) -> regex.Pattern[str]:
    """ " <verb>" straight after a name, one of `speech_verbs`, then what a person says or wants:
    a pronoun, "that", "to", a relative, a quote or a colon ("Destiny said she's", "pat says her
    back", "Summer wants to"; not "Hope says a lot about", "Grace said before meals", "Summer says
    goodbye")."""
    alternatives = "|".join(map(regex.escape, sorted(verbs, key=len, reverse=True))) or "(?!)"
    return regex.compile(
        rf" (?:{alternatives})(?:\s+(?:she|he|they|i|we|you|it|that|to|me|her|him|us|them|his|their|my"
        r"|mum|dad|mam|nan|nana|gran)\b|\s*[\"'“‘:,])",
        regex.IGNORECASE,
    )


def _named_before_pattern(nouns: list[str], naming_words: list[str]) -> regex.Pattern[str] | None:
    """ "<person noun> <naming word> " just before a word, in lower case as prose writes it (a
    title capitalises them: "A Boy Named Sue")."""
    if not nouns or not naming_words:
        return None
    nouns_alt = "|".join(
        r"\s+".join(map(regex.escape, n.split())) for n in sorted(nouns, key=len, reverse=True)
    )
    naming_alt = "|".join(map(regex.escape, naming_words))
    return regex.compile(rf"(?<![\p{{L}}])(?<![\p{{L}}]-)(?:{nouns_alt}),?\s+(?P<naming>{naming_alt})\s+$")


def _runs_on_into_a_noun(text: str, end: int) -> bool:
    """Whether a lower-case word that is not a function word or a verb's "-s" or "-ed" form follows
    straight after `end` ("Amber scheme", "Grace period"; not "Amber to sign", "River says")."""
    following = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if following is None or not following.group()[0].islower():
        return False
    word = following.group()
    return word not in STOP_WORDS and not word.endswith(("s", "ed"))


def _word_just_before(text: str, start: int) -> str:
    """The word before `start`, lower case, when only spaces, a colon, a comma or a full stop
    stand between ("Mrs. Munro", "son: Jack"); "" when other punctuation does ("Whose Child?"),
    Kimberley": the cue belongs to a title, not to the name)."""
    before = text[max(0, start - 24) : start].rstrip(" .:,")
    words = WORD.findall(before)
    return words[-1].lower() if words and before.endswith(words[-1]) else ""


# Letters that carry no separable accent: Polish ł, Turkish dotless ı, Vietnamese đ and others.
PLAIN_LETTERS = str.maketrans(
    {"ł": "l", "ı": "i", "đ": "d", "ø": "o", "ð": "d", "ħ": "h", "æ": "ae", "ß": "ss", "’": "'"}
)


@lru_cache(maxsize=65_536)
def _fold(word: str) -> str:
    """Lower case, no accents, straight apostrophes: "Stanisław" -> "stanislaw", "Işık" -> "isik"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(PLAIN_LETTERS)


def _model_person_starts(nlp_artifacts: NlpArtifacts | None) -> set[int] | None:
    """Start offsets of tokens inside a PERSON the NER model found; None when there is no model."""
    engine = nlp_artifacts.nlp_engine if nlp_artifacts is not None else None
    if not isinstance(engine, SelectiveNerNlpEngine) or not engine.finds_names:
        return None
    return {
        start
        for entity in nlp_artifacts.entities
        if entity.label_ == "PERSON"
        for start in entity.token_starts
    }
