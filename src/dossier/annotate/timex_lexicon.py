"""Word tables for time expressions: month, weekday, number, unit, season and zone names.

Kept apart from the grammar so the patterns read as language and the tables can grow without
touching the rules. Regex fragments here are uncompiled strings joined into patterns by
``timex_grammar``.
"""

from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
# Full month names are capitalised (lower-case "may", "march" are verbs); abbreviations need
# their full stop so "Jan" the name and "Mar" the verb are not taken for months.
MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
)

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}
WEEKDAY_RE = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY"
    r"|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)"
)

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "couple": 2, "half": 0.5,
    "dozen": 12,
    # "Another year", "an additional year", "an extra day": one more unit.
    "another": 1, "extra": 1, "additional": 1,
}
NUMBER_RE = (
    r"(?:\d+(?:\.\d+)?(?:\s+1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?|another|an?\s+(?:extra|additional)"
    r"|a|an|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|a\s+hundred|a\s+couple\s+of|a\s+dozen|couple\s+of|half\s+a|half\s+an)"
)
# Amounts that are not numbers: TIMEX3 writes them with X ("several days" -> PXD).
VAGUE_AMOUNT_RE = r"(?:several|a\s+few|few|many|some|numerous)"

# Unit word -> (TIMEX3 letter, whether it takes the T time designator).
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "weekend": ("WE", False),
    "fortnight": ("W", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
}
UNIT_RE = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))"
# A decade is ten years and a century a hundred: TimeBank writes "two decades" as P20Y.
UNIT_YEARS = {"DE": 10, "CE": 100}

# Spelled decades, read as the twentieth century's ("the nineties").
DECADE_WORDS = {
    "twenties": "20", "thirties": "30", "forties": "40", "fifties": "50", "sixties": "60",
    "seventies": "70", "eighties": "80", "nineties": "90",
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_RE = r"(?:spring|summer|fall|autumn|winter)"
# Month a season starts in (northern hemisphere), used to compare it with the publication date.
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

PART_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "mid-afternoon": "AF", "midafternoon": "AF", "midday": "MI", "mid-day": "MI",
}
PART_OF_DAY_RE = r"(?:morning|afternoon|evening|night|mid-?afternoon|midday|mid-day)"

# Named zones: tz database names, so summer time follows the date the time is on.
ZONES = {
    "moscow": "Europe/Moscow", "kyiv": "Europe/Kyiv", "kiev": "Europe/Kyiv",
    "istanbul": "Europe/Istanbul", "turkish": "Europe/Istanbul", "turkey": "Europe/Istanbul",
    "ankara": "Europe/Istanbul", "london": "Europe/London", "british": "Europe/London",
    "paris": "Europe/Paris", "berlin": "Europe/Berlin", "brussels": "Europe/Brussels",
    "central european": "Europe/Berlin", "eastern": "America/New_York",
    "central": "America/Chicago", "mountain": "America/Denver", "pacific": "America/Los_Angeles",
    "washington": "America/New_York", "new york": "America/New_York", "beijing": "Asia/Shanghai",
    "tokyo": "Asia/Tokyo", "tehran": "Asia/Tehran", "jerusalem": "Asia/Jerusalem",
    "israel": "Asia/Jerusalem", "gaza": "Asia/Gaza", "riyadh": "Asia/Riyadh",
    "doha": "Asia/Qatar", "cairo": "Africa/Cairo", "minsk": "Europe/Minsk",
    "warsaw": "Europe/Warsaw",
}
# Abbreviations that fix an offset whatever the date.
ZONE_ABBREVIATIONS = {
    "GMT": "+00:00", "UTC": "+00:00", "Z": "+00:00", "EST": "-05:00", "EDT": "-04:00",
    "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00",
    "PDT": "-07:00", "CET": "+01:00", "CEST": "+02:00", "EET": "+02:00", "EEST": "+03:00",
    "MSK": "+03:00", "BST": "+01:00", "TRT": "+03:00",
}
ZONE_RE = (
    r"(?:(?:" + "|".join(sorted((k.replace(" ", r"\s+") for k in ZONES), key=len, reverse=True))
    + r")\s+time\b|\b(?:" + "|".join(ZONE_ABBREVIATIONS) + r")\b)"
)

# Adverbs and adjectives of repetition -> TIMEX3 SET value.
FREQUENCY_WORDS = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "monthly": "P1M", "quarterly": "P1Q", "annually": "P1Y", "yearly": "P1Y",
    "biannually": "P6M", "semiannually": "P6M",
}

# Vague references and their TIMEX3 token.
VAGUE_WORDS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF",
    "very recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "later": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
}

# Words in a sentence that make its weekday and month references lean forward.
FUTURE_CUES = (
    r"\b(?:will|won't|shall|'ll|would|going\s+to|plans?\s+to|(?:is|are|be)\s+planned|planned\s+to|planning\s+to|scheduled"
    r"|set\s+to|expected\s+to|due\s+to|to\s+be\s+held|upcoming|as\s+soon\s+as|is\s+to|are\s+to"
    # "the talks are not to take place", "the truce is about to begin": still ahead
    r"|(?:is|are|am)\s+(?:not\s+|about\s+)to"
    r"|intends?\s+to|aims?\s+to|hopes?\s+to"
    # only the "to" of "agreed to": the agreeing is past, what was agreed lies ahead
    r"|(?:(?<=agree\s)|(?<=agrees\s)|(?<=agreed\s)|(?<=agreement\s))to)\b"
    # "expected to have died", "would have been": a perfect after the cue looks back
    r"(?!\s+(?:have|has)\b)"
)
# Modals of possibility and expectation put a bare month ahead ("might lose the seat in November",
# "should have the vaccine ready in September", written in July, are this year's); for weekdays
# they are left out, as "could" is also the past of "can" in narrative and a weekday a few days
# back is the usual reading there. A perfect after the modal ("could have won in March") looks
# back; "have" taking an object ("should have the vaccine ready") is no perfect.
MODAL_CUES = (
    r"\b(?:could|might|can|should|(?-i:may))\b"
    r"(?!\s+(?:have|has)\b(?!\s+(?:a|an|the|its|his|her|their|our|some|enough|no|more)\b))"
)
# Words that put a bare month ahead though they are weak cues for a weekday: a deadline ("is
# due in March", "a payment due in March"), a plan or an expectation ("plans a summit in March",
# "expects to close in March"; "plan" only as a verb or with an infinitive: the noun in
# "unveiled his plans for the region in March" is a thing the past verb tells of), "next" ("the next round is in March") and an infinitive after a present word of
# intent or readiness ("wants to sign in March", "ready to vote in March"), or after "decided"
# (what was decided lies ahead, as with "agreed to"). Other past forms ("wanted to", "needed to")
# tell a past wish and are left out. Used for months only.
MONTH_AHEAD_CUES = (
    r"\b(?:(?:is|are|'s|'re)\s+(?:not\s+)?due|due(?=\s+(?:in|on|by)\b)"
    r"|plans?(?=\s+(?:to|a|an|the|its|his|her|their|our|new|more|another)\b)|planning|expects?|expecting"
    r"|next(?!\s+to\b|\s*,|\s+(?:day|morning|afternoon|evening|night)\b)"
    r"|(?:wants?|seeks?|promises?|vows?|pledges?|threatens?|decided?|decides|votes?|prepares?"
    r"|preparing|proposes?|offers?|needs?|has|have|ready|likely|poised|eager|determined)"
    r"\s+to\s+(?=[a-z]))\b(?!\s+(?:have|has)\b)"
)
# A modal or "to" with a passive "be" before a participle ("will be named", "is to be paid")
# makes the participle look forward: it is no past-tense cue; so does one with an adverb between
# ("is to be formally sentenced", "will be publicly named").
MODAL_PASSIVE = r"\b(?:will|would|shall|'ll|to)\s+(?:not\s+)?be\s+(?:[a-z]+ly\s+)?$"
# Words right before a date that set a deadline or an earliest time look forward whatever the
# verb's tense ("has until Tuesday", "could leave as early as Monday", "by March").
FORWARD_PREPOSITIONS = r"\b(?:until|till|by|as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than)\s+$"
# A past auxiliary before a forward cue ("had been scheduled to") puts the plan in the past.
PAST_AUXILIARY = r"\b(?:was|were|had(?:\s+been)?)\s+$"
