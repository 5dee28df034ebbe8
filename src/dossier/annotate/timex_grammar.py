"""The patterns that find time expressions, and the choice among overlapping matches.

Each rule is a named regular expression; ``timex_resolve`` holds one function per rule name that
turns a match into a TIMEX3 value. Spans follow TimeML: prepositions ("on", "in", "since") stay
outside, while determiners and modifiers ("the", "last", "about", "ago") are inside. A rule may
mark the part of its match that is the expression with a ``core`` group, so context such as "in"
before a bare year can be required without being included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.annotate.timex_lexicon import (
    MONTH_RE, NUMBER_RE, PART_OF_DAY_RE, SEASON_RE, UNIT_RE, VAGUE_AMOUNT_RE, WEEKDAY_RE,
    ZONE_RE,
)
from dossier.annotate.timex_months import is_month_date
from dossier.annotate.timex_weekday_range import WEEKDAY_RANGE_RE, is_weekday_span

DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?:19|20)\d{2}(?![\d%])"
# Written-out prepositions that make a following four-digit number a year.
YEAR_PREP = (
    r"(?:in|since|of|by|until|till|from|through|during|before|after|around|circa|and|or|both|due"
    r"|into|toward|towards|throughout|beyond"
    r"|between|for|year|as\s+of|spring|summer|fall|autumn|winter|[Ii]n\s+the\s+year)"
)
TIME_OF_DAY = (
    r"(?:(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d)|\.(?P<mi2>[0-5]\d)(?=\s*[ap]\.?m\b))"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?(?![a-z])))?"
    r"|(?P<h3>1[0-2]|0?[1-9])\s*(?P<ampm3>[ap]\.m\.|[ap]m\b|o'clock)"
    r"|(?P<word>noon|midnight|midday)"
    # "at 1100 hours", a 24-hour clock, after a preposition of time ("lasted 1100 hours" is a length)
    r"|(?:(?<=at )|(?<=by )|(?<=around )|(?<=about )|(?<=until )|(?<=from )|(?<=before )|(?<=after ))"
    r"(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)\s*(?:hours|hrs)\b)"
    r"(?:\s*\(?(?P<zone>" + ZONE_RE + r")\)?)?"
)
# A unit in the singular after a number is a compound adjective ("the two day rally").
_SINGULAR_UNIT = r"(?:second|minute|hour|day|night|week|month|quarter|year|decade|century)"
# A bare "the" belongs to a counted stretch ("the nine months") but not to a compound
# adjective ("the 14-day waiting period", "the two day rally", whose "the" goes with the noun).
APPROX = (
    r"(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than"
    r"|at\s+least|at\s+most|up\s+to|barely|no\s+more\s+than|another|an\s+extra"
    r"|the(?:\s+(?:past|last|next|first|previous|coming|following|final|remaining|latest"
    r"|year-earlier|year-ago)|(?=\s+[^\s-]+\s)(?!\s+[^\s-]+\s+" + _SINGULAR_UNIT + r"\s+[a-z]))"
    r"|(?:the\s+)?(?:past|last|next|first|previous|coming|following|final|remaining))"
)
_DATE_MD = rf"(?:around\s+)?(?:(?P<wd>{WEEKDAY_RE})(?:\s*,\s*|\s+))?(?:(?P<m>{MONTH_RE})\s+(?P<d>{DAY})|(?:the\s+)?(?P<d_>{DAY})(?:\s+of)?\s+(?P<m_>{MONTH_RE}))(?:(?:\s*,\s*|\s+)(?P<y>{YEAR}))?"
# Clock units stay durations ("two hours later" is "two hours" and a signal).
CALENDAR_UNIT_RE = r"(?:days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))"
_PART = r"(?:the\s+(?:end|beginning|start|middle|rest|first\s+half|second\s+half)\s+of)"
_REL = r"(?:last|this|next|past|coming|previous|this\s+past|this\s+coming)"

RULES: tuple[tuple[str, str], ...] = (
    ("range_md", rf"(?P<m1>{MONTH_RE})\s+(?P<d1>{DAY})\s*(?:-|–|to|and|through|until|till)\s*(?:(?P<m2>{MONTH_RE})\s+)?(?P<d2>{DAY})(?:(?:\s*,\s*|\s+)(?P<y>{YEAR}))?"),
    ("range_dm", rf"(?P<d1>{DAY})\s*(?:-|–|to|and|through|until|till)\s*(?P<d2>{DAY})\s+(?P<m1>{MONTH_RE})(?:(?:\s*,\s*|\s+)(?P<y>{YEAR}))?"),
    ("weekday_range", WEEKDAY_RANGE_RE),
    ("date_time", rf"{_DATE_MD},?\s+(?:at\s+)?(?:(?:about|around|approximately)\s+)?{TIME_OF_DAY}"),
    ("time_date", rf"{TIME_OF_DAY},?\s+{_DATE_MD}"),
    ("week_of", rf"the\s+week\s+of\s+{_DATE_MD}"),
    ("date", _DATE_MD),
    ("iso_date", rf"\b(?P<y>{YEAR})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?:T(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?\b"),
    ("slash_date", r"\b(?P<mo>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>(?:19|20)\d{2})\b"),
    ("month_year", rf"(?:(?P<mod>early|late|mid|{_PART})[-\s]+)?(?P<m>{MONTH_RE})(?:\s+of)?(?:\s*,\s*|\s+)(?P<y>{YEAR})"),
    ("month_rel_year", rf"(?:{_PART}\s+)?(?P<m>{MONTH_RE})\s+(?P<rel>this|last|next)\s+year\b"),
    ("month", rf"(?:(?P<rel>{_REL}|early|late|mid|{_PART})[-\s]+)?(?P<m>{MONTH_RE})(?!\s+(?:be|have|not|I|we|you|he|she|they|it|God)\b)(?!-\d)"),
    ("decade", rf"(?:the\s+)?(?:(?P<mod>early|late|mid)[-\s]+)?(?P<dec>(?:19|20)\d0|'\d0)'?s\b"
     r"|the\s+(?:(?P<mod2>early|late|mid)[-\s]+)?(?P<decword>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"),
    ("century", r"(?:the\s+)?(?P<num>\d{1,2})(?:st|nd|rd|th)\s+century\b"),
    ("year_fiscal", rf"(?:the\s+)?fiscal(?:\s+year)?\s+(?P<y>{YEAR})|\bFY\s*(?P<y2>{YEAR})"),
    # Before "year_mod": "the first half of 1997" is a half year, not the year.
    ("half", rf"(?:the\s+)?(?P<ord>first|second|last|latter)\s+half(?:(?:\s+of)?\s+(?:(?P<y>{YEAR})|(?P<rel>this|next|last)\s+year|the\s+year))?"),
    ("year_mod", rf"(?P<mod>early|late|mid|{_PART}|a\s+good\s+part\s+of)[-\s]+(?P<y>{YEAR})"),
    ("year_det", rf"\b(?:the|a|an|his|her|its|their|this|that|our|your|[A-Za-z]+'s)\s+(?P<core>(?P<y>{YEAR}))(?=\s+[A-Za-z])"),
    ("year_quarter", rf"(?:the\s+)?(?P<y>{YEAR})\s+(?:(?P<ord>first|second|third|fourth)[-\s]+)?(?:fiscal\s+)?(?:quarter|period)\b"),
    ("year_spelled", r"(?:the\s+year\s+)?\b(?:(?P<c>nineteen|twenty)[-\s](?P<t>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?P<o>one|two|three|four|five|six|seven|eight|nine))?|the\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?P<o2>one|two|three|four|five|six|seven|eight|nine|ten))?)\b"),
    ("year_end", rf"(?:around\s+)?(?:the\s+)?(?:year[-\s]end|year's\s+end|end\s+of\s+the\s+year)\b"),
    ("year_range", rf"\b{YEAR_PREP}\s+(?P<core>(?P<y>{YEAR})\s*(?:-|–)\s*(?P<y2>{YEAR}|\d{{2}}(?!\d)))"),
    ("year_prep", rf"\b{YEAR_PREP}\s+(?P<core>(?P<y>{YEAR})(?:'s|\s+(?:or|and)\s+(?:later|beyond|after|earlier|before)\b)?)"),
    ("year_noun", rf"\b(?P<core>(?P<y>{YEAR})(?:'s)?)(?=[-\s]+(?P<noun>[a-z]+))"),
    # "In 1994, 1995 and 1997", "from 1991 to 1997": a number listed after a year is a year.
    ("year_list", rf"(?<!\d)(?:19|20)\d{{2}}(?=(?:,|\s+(?:and|or|to|through|until|till))\s+(?P<core>(?P<y>{YEAR})))"),
    ("year_prefixed", rf"\b(?:pre|post)-(?P<y>{YEAR})"),
    ("year_punct", rf"(?<=[(,])\s*(?P<core>(?P<y>{YEAR}))(?=\s*[),.])"),
    ("season", rf"(?:(?P<rel>{_REL})\s+|the\s+)?(?:(?P<mod>early|late|mid)[-\s]?)?(?P<season>{SEASON_RE})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?"),
    ("quarter", rf"(?:the\s+(?=(?:(?:fiscal|calendar|year-earlier|year-ago)[-\s]+)?\S+\s+quarter))?(?:(?:fiscal|calendar|year-earlier|year-ago)[-\s]+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?:fiscal[-\s]+)?quarter(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?(?P<y>{YEAR}))?|\bQ(?P<qn>[1-4])(?:\s+(?P<y2>{YEAR}))?\b"),
    ("quarter_ref", r"the\s+(?:(?P<rel>latest|current|previous|prior|past|last|same|comparable|recent|year-earlier|year-ago|fiscal)\s+(?:(?P<adj2>year-earlier|year-ago)\s+)?(?:fiscal\s+)?(?:quarter|period)|(?:fiscal\s+)?quarter)\b(?![s-])|\b(?P<adj>year-earlier|year-ago)\b|that\s+(?:fiscal\s+)?quarter\b"),
    # "Last year's third quarter", "the same period a year ago": a quarter of a year counted
    # from publication, one expression in TimeML.
    ("year_rel_quarter", r"(?P<rel>this|last|next)\s+year's\s+(?:(?P<ord>first|second|third|fourth)[-\s]+)?(?:fiscal\s+)?(?:quarter|period)\b(?!s)"),
    ("period_year_ago", r"the\s+(?:(?:corresponding|comparable|same)\s+(?:fiscal\s+)?(?:period|quarter)|quarter)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier))\b"),
    ("deictic_day", rf"(?:(?:early|late|earlier|later)\s+)?(?P<word>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|overnight|last\s+night)(?:\s+(?P<pod>{PART_OF_DAY_RE}))?|(?P<this>this|(?:(?:early|late|mid)[-\s]?)?)(?P<pod2>{PART_OF_DAY_RE})\s+(?P<word2>today|yesterday|tomorrow)|(?:(?:earlier|later)\s+)?this\s+(?P<pod3>{PART_OF_DAY_RE})"),
    ("time_day", rf"(?:(?:about|around|approximately)\s+)?{TIME_OF_DAY}\s+(?:on\s+)?(?P<day>today|tonight|yesterday|tomorrow|{WEEKDAY_RE})"),
    ("time", rf"(?:(?:about|around|approximately)\s+)?{TIME_OF_DAY}"),
    ("weekday", rf"(?:(?:the\s+(?=previous))?(?P<rel>{_REL}|early|late|earlier|later)\s+)?(?P<wd>{WEEKDAY_RE})(?![a-z])(?:\s+(?P<pod>{PART_OF_DAY_RE}))?"),
    ("weekday_set", rf"(?:(?:every|each|on)\s+)?(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)(?:\s+(?P<pod>{PART_OF_DAY_RE})s?)?|(?:every|each)\s+(?P<wd2>{WEEKDAY_RE})|(?P<wd3>{WEEKDAY_RE})\s+(?P<pod3>{PART_OF_DAY_RE})s\b"),
    ("relative_unit", rf"(?P<the>the\s+)?(?:(?P<pre>earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)[-\s]+)?(?P<rel>last|this|next|past|coming|previous|current)\s+(?P<unit>week|weekend|month|quarter|year|decade|century)\b(?:\s+or\s+so\b)?"),
    ("weekend", r"the\s+weekend\b"),
    # "Dealers bought in the morning", "by mid-afternoon": a part of the day the text is on.
    ("part_of_day", r"\b(?:in|during|by)\s+(?P<core>the\s+(?P<pod>morning|afternoon|evening))\b(?!\s+(?:of|after|before|hours|session|edition|papers?|news)\b)"
     r"|\b(?P<mod>early|late|mid)[-\s]?(?P<pod2>morning|afternoon|evening)\b(?!\s+(?:of|hours|session|edition|papers?|news|trading|show)\b)"),
    ("the_year", r"(?:(?P<pre>earlier|later)\s+in\s+)?the\s+(?P<adj>full\s+|current\s+(?:fiscal\s+)?|calendar\s+)?(?:fiscal\s+)?year\b(?!s|-|\s+(?:before|after|earlier|later|ago)\b)"),
    ("long_compound", r"\b(?P<unit>days?|weeks?|months?|years?|decades?|centur(?:y|ies))-long\b"),
    ("anaphoric", rf"(?:the\s+)?(?P<rel>following|next|previous|prior|same|preceding)\s+(?P<unit>day|morning|evening|night|week|weekend|month|year)\b|(?P<that>that|the\s+same)\s+(?P<unit2>day|morning|afternoon|evening|night|week|weekend|month|year)\b|the\s+(?P<unit3>day|week|month|year|night)\s+(?P<dir>before|after)(?=\s*[,.;]|\s+(?:that|last|yesterday|and|but|when|while)\b)|(?P<pre>earlier|later)\s+(?P<that2>that|the\s+same)\s+(?P<unit4>day|morning|week|month|year)|the\s+(?P<unit5>day|night|week|month|year)(?=\s+(?P<dir2>before|after)\s+(?:the|his|her|its|their)\s+(?P<event>[a-z]+))"),
    ("shift", rf"(?:(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than|over|just|only)\s+)?(?P<num>{NUMBER_RE}|{VAGUE_AMOUNT_RE})[-\s]+(?P<unit>{CALENDAR_UNIT_RE})(?:\s+or\s+so)?\s+(?P<dir>ago|from\s+now|hence|earlier|later|(?:before|after)(?=\s*[,.;)]|\s*$|\s+(?:that|this|the\s+\w+\s+(?:was|had|were)|he|she|they|it|and|but|when|in|on|at|to|we|I)\b))"),
    ("set", rf"(?:every|each)\s+(?P<month>{MONTH_RE})|(?P<count>(?:once|twice|three\s+times|\d+\s+times|several\s+times)\s+)?(?:an?|per|every|each)\s+(?:(?P<num>other|\d+|two|three|four|five|six)\s+)?(?P<unit>second|minute|hour|day|night|week|month|quarter|year)s?\b"),
    ("span_range", rf"(?:(?P<approx>{APPROX})\s+)?(?P<num>{NUMBER_RE})\s+(?:to|or|-|–)\s+(?P<num2>{NUMBER_RE})[-\s]+(?P<unit>{UNIT_RE})"),
    ("duration", rf"(?:(?P<approx>{APPROX})\s+)?(?:(?P<num>{NUMBER_RE}|{VAGUE_AMOUNT_RE})(?:\s+and\s+a\s+half)?[-\s]+(?:(?:more|trading|business|working|school)\s+)?(?P<unit>{UNIT_RE})(?:\s+and\s+a\s+half)?(?:-long)?(?:\s+or\s+so)?(?![-\s]+old\b)(?!\s+of\s+age)|(?P<unit_a>hour|minute|year|month|week|day)\s+and\s+a\s+half)"),
    ("duration_plural", r"(?P<pre>the\s+(?:next|past|last|coming|following)\s+(?:several|few)\s+|recent\s+|the\s+coming\s+|coming\s+|future\s+|the\s+(?:next|past|last)\s+)(?P<unit>days|weeks|months|quarters|years|decades)\b|the\s+(?P<unit3>days|weeks|months|years)\s+ahead\b|(?P<unit4>days|weeks|months|years|decades)\s+ago\b|\b(?:for|over|within|(?<!measured\s)(?<!counted\s)(?<!paid\s)(?<!priced\s)in(?!\s+the))\s+(?P<core>(?:the\s+)?(?P<unit2>minutes|hours|days|weeks|months|years|decades|centuries))\b(?!\s+(?:of|to|\d|past|ago|ahead)\b)"),
    ("while", r"(?<!once\s)\b(?:for|in|after)\s+(?P<core>a\s+(?:long\s+|short\s+|little\s+)?while|some\s+time)\b(?!\s+(?:ago|before|after|later|earlier)\b)"),
    ("frequency", r"\b(?P<word>hourly|daily|nightly|weekly|biweekly|monthly|annually|yearly|biannually|semiannually)\b"),
    ("vague", r"\b(?P<word>now|currently|current|nowadays|these\s+days|at\s+present|presently|(?:more\s+|most\s+|very\s+)?recently|lately|the\s+past|the\s+near\s+future|the\s+future|the\s+(?:near|short)\s+term|soon|later)\b"),
    ("holiday", r"\b(?P<eve>the\s+eve\s+of\s+)?(?P<name>Christmas(?:\s+(?:Eve|Day))?|New\s+Year's(?:\s+(?:Eve|Day))?|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Halloween|Valentine's\s+Day)\b"),
)

_FLAGS = re.IGNORECASE
COMPILED = tuple((name, re.compile(pattern, _FLAGS)) for name, pattern in RULES)
# Earlier rules win ties between matches of equal length.
PRIORITY = {name: index for index, (name, _) in enumerate(RULES)}
_CAPITALISED_GROUPS = ("m", "m_", "m1", "m2", "wd", "wd2", "wd3")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One match of one rule: its expression span (``core`` when the rule has one)."""

    rule: str
    start: int
    end: int
    match: re.Match


def find_candidates(text: str) -> list[Candidate]:
    """Match every rule over the text and keep the longest non-overlapping matches.

    Args:
        text: the text to search.

    Returns:
        Candidates in text order; overlaps are settled longest-first, then by rule order.
    """
    found = []
    for name, pattern in COMPILED:
        for match in pattern.finditer(text):
            candidate = _candidate(name, match)
            if candidate is not None:
                found.append(candidate)
    found.sort(key=lambda c: (-(c.end - c.start), PRIORITY[c.rule], c.start))
    taken: list[Candidate] = []
    for candidate in found:
        if all(candidate.end <= t.start or candidate.start >= t.end for t in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def _candidate(name: str, match: re.Match) -> Candidate | None:
    """Build a candidate, or None when case or word boundaries show it is not one."""
    groups = match.groupdict()
    for group in _CAPITALISED_GROUPS:
        if groups.get(group) and not groups[group][0].isupper():
            return None
    start, end = match.span("core") if groups.get("core") else match.span()
    text = match.string
    # Whole words only: "Mayor" and "5th" inside longer tokens are not expressions.
    if start == end or start > 0 and text[start - 1].isalnum():
        return None
    if end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        return None
    validator = VALIDATORS.get(name)
    if validator is not None and not validator(match, start, end):
        return None
    if _is_title(text, start, end):
        return None
    return Candidate(rule=name, start=start, end=end, match=match)


_OPENING_QUOTE = re.compile(r"(?:[\"“‘]|''|``)$")
# Unit words that, capitalised in a quoted title, name a programme ("This Week", "60 Minutes").
_TITLE_UNITS = frozenset("week weekend month year day days hours minutes morning night tonight today".split())


def _is_title(text: str, start: int, end: int) -> bool:
    """Whether the match is a quoted title in title case: ABC's "This Week", CBS's "60 Minutes"."""
    words = text[start:end].split()
    if len(words) < 2 or not _OPENING_QUOTE.search(text, max(0, start - 2), start):
        return False
    return all(word[0].isupper() or word[0].isdigit() for word in words) and words[-1].lower() in _TITLE_UNITS


# Nouns a year commonly modifies ("the 2022 war"); any other word after a bare number reads as
# what is counted ("2000 troops"), so the number is not taken for a year.
YEAR_NOUNS = frozenset(
    "war wars election elections invasion campaign season budget census olympics games summit "
    "agreement accord deal talks crisis revolution coup protests referendum level levels figure "
    "figures report survey edition cup championship tournament conference treaty memorandum "
    "ceasefire truce offensive counteroffensive earthquake attack attacks uprising merger results "
    "earnings sales peak high low law act plan strategy constitution model annexation occupation "
    "fiscal financial calendar first second third fourth quarter period contract forecast "
    "negotiations round meeting visit decision ruling vote recession downturn boom crash "
    "presidential parliamentary general midterm local municipal world winter summer".split()
)
# Words before a number that make it a count, not a year ("a total of 2000", "some 2000").
_COUNT_CUE = re.compile(
    r"(?:total|number|more\s+than|less\s+than|fewer\s+than|some|about|nearly|almost|around"
    r"|estimated|up\s+to|least|over|roughly|approximately|than)\s+(?:of\s+)?$",
    re.IGNORECASE,
)
_AFTER_YEAR = re.compile(r"(?:'s)?[-\s]+([A-Za-z]+)|\s*(%|percent|\d)")


def _plausible_year(match: re.Match, start: int, end: int) -> bool:
    """A bare four-digit number is a year unless it reads as a count or a measure."""
    text = match.string
    if _COUNT_CUE.search(text[max(0, start - 30):start]) or text[start - 1:start] == "$":
        return False
    after = _AFTER_YEAR.match(text, end)
    if after is None:
        return True
    if after.group(2):
        return False
    word = after.group(1)
    return word in YEAR_NOUNS or not (word.islower() and word.endswith("s") or word in _COUNTED)


_COUNTED = frozenset("people troops men women children soldiers civilians".split())


def _year_det(match: re.Match, start: int, end: int) -> bool:
    """"The company's 1989 results" is a year; "Kopp's 1987 Chevrolet" names a model."""
    text = match.string
    if text[:start].rstrip().endswith("'s") and re.match(r"\s+[A-Z]", text[end:end + 2]):
        return False
    return _plausible_year(match, start, end)


def _year_noun(match: re.Match, start: int, end: int) -> bool:
    return match.group("noun") in YEAR_NOUNS and _plausible_year(match, start, end)


# What may precede "a day" for it to mean "each day" ("twice a day", "$5 million a year").
_RATE_BEFORE = re.compile(r"(?:\d|million|billion|percent|%|dollars|times|once|twice|cents?)\W*$", re.I)
_LATER_NOT_TIME = re.compile(r"\s*(?:than|on|in|this|that|the|date|stage|years?|months?)\b", re.I)
# "Fall" and "spring" are verbs and nouns too: a bare season needs a preposition before it.
_SEASON_PREP = re.compile(r"\b(?:in|during|by|until|till|since|through|over|before|after|this|last|next)\s+$", re.I)


def _set(match: re.Match, start: int, end: int) -> bool:
    if match.group("month"):
        return match.group("month")[0].isupper()
    if match.group("count") or not re.match(r"an?\s", match.group(), re.I):
        return True
    return bool(_RATE_BEFORE.search(match.string[max(0, start - 20):start]))


# A modal shortly before "later" makes it the vague future ("will decide later"); in narrative
# ("officials later said") it only orders events, which TimeML leaves unmarked.
_MODAL_BEFORE = re.compile(r"\b(?:will|would|'ll|shall|going\s+to|could|may|might)\b[^.;]{0,30}$", re.I)


def _vague(match: re.Match, start: int, end: int) -> bool:
    word = match.group("word").lower()
    if word == "soon":
        # "Soon after the vote" is a signal, like "after".
        followed = re.match(r"\s+(?:after|before|afterwards?|thereafter)\b", match.string[end:end + 15], re.I)
        return not followed and not re.search(r"\bas\s+$", match.string[max(0, start - 4):start])
    if word == "later":
        # "Two hours later" is a duration and a signal, not a vague future.
        after_unit = re.search(r"(?:minute|hour|day|week|month|year|half)s?\s+$", match.string[max(0, start - 10):start])
        modal = _MODAL_BEFORE.search(match.string[max(0, start - 60):start])
        return bool(modal) and not after_unit and not _LATER_NOT_TIME.match(match.string, end)
    if word in ("current", "future"):
        return re.match(r"\s+[a-z]", match.string[end:end + 3]) is not None
    return True


# "The fall of Raqqa", "the fall of the wall": a collapse, not autumn; "the fall of that year" is one.
_OF_NO_YEAR = re.compile(r"\s+of\s+(?!(?:that|this|last|next|the\s+same|the\s+following)\s+year\b)", re.I)


# A capitalised word before the preposition of a capitalised "Fall": the line is in title case, a
# headline ("Hiker Killed In Fall", "Skier Dies in Fall"); prose writes the season in lower case.
_TITLE_CASE_PREP = re.compile(r"\b[A-Z][a-z]*\s+(?i:in|during|by|until|till|since|through|over|before|after)\s+$")


def _season(match: re.Match, start: int, end: int) -> bool:
    if not match.group("y") and _OF_NO_YEAR.match(match.string, end):
        return False
    if match.group("rel") or match.group("y") or match.group().lower().startswith("the"):
        return True
    before = match.string[max(0, start - 30):start]
    if match.group("season") in {"Fall", "Spring"} and _TITLE_CASE_PREP.search(before):
        return False  # "Hiker Killed In Fall": in a title-case headline every noun is capitalised
    return bool(_SEASON_PREP.search(before[-12:]))


def _shift(match: re.Match, start: int, end: int) -> bool:
    """A vague amount counts back only from now ("a few years ago"), not from another event."""
    vague = re.match(r"several|a\s+few|few|many|some|numerous", match.group("num"), re.I)
    return not vague or match.group("dir").lower() == "ago"


# After "a second", words that keep it a length of time ("a second or two", "a second later").
_SECOND_AS_TIME = re.compile(r"\s*(?:[,.;:)!?]|$|or\b|and\b|later\b|ago\b|before\b|after\b|earlier\b|to\b|in\b|of\b)", re.I)


def _duration(match: re.Match, start: int, end: int) -> bool:
    """"Three-quarters of" is a fraction; "a second betrayal" an ordinal."""
    if re.search(r"-quarters\s+of\b", match.string[start:end + 4], re.I):
        return False
    if re.fullmatch(r"an?\s+second", match.group(), re.I):
        return bool(_SECOND_AS_TIME.match(match.string, end))
    # In "a day-long meeting" and "a decades-long feud" the article goes with the noun.
    article = re.fullmatch(r"an?", match.group("num") or "", re.I)
    return not (article and (match.group().endswith("-long") or match.group("unit").endswith("s")))


# "Four in the morning" is a clock time, whose hour the part of the day only places.
_HOUR_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|o'clock))\s+(?:in|during)\s+$", re.I)


def _part_of_day(match: re.Match, start: int, end: int) -> bool:
    return not _HOUR_BEFORE.search(match.string, max(0, start - 20), start)


VALIDATORS = {
    "part_of_day": _part_of_day,
    "shift": _shift, "duration": _duration, "year_det": _year_det,
    "year_prep": _plausible_year, "year_noun": _year_noun, "year_punct": _plausible_year,
    "set": _set, "vague": _vague, "season": _season, "year_list": _plausible_year,
    "month": is_month_date, "weekday_range": is_weekday_span,
}
