"""Numbers and what they count: "270 military personnel", "1,000 to 1,200 prisoners", "dozens of
aircraft", "99%".

A pure function of a parsed spaCy ``Doc`` (tagger, parser and NER are used). Choices, documented
here because other stages rely on them:

- A range ("1,000 to 1,200", "between 5 and 7", "10-12") is one quantity with ``low`` and ``high``.
- A one-for-one formula ("1,000 for 1,000") is two quantities; when only one side names what is
  counted, the other side borrows it.
- Vague amounts keep a range and ``vague=True``: dozens 24-96, hundreds 200-999, thousands
  2,000-9,999, millions 2-9.99 million, several 3-9, "several/a few hundred" 200-900 (and so on for
  other scales), "tens of thousands" 20,000-99,999, "hundreds of thousands" 200,000-999,999.
  Hedged numbers ("about 300", "more than 20") are vague, with the range HEDGE_RANGES gives them.
- Percentages count ``percent`` ("93.87 percent", "90 per cent"; a decimal over 24 or with
  minutes past 59 is no clock time); money counts the currency ("dollars"), with scale letters glued
  to it ("$350m", "£10.4bn"; 350 was stored for "$350m" until 2026-11-23).
- Durations ("two hours") are kept, counting the unit; calendar dates, years and clock times
  ("May 23", "2022", "13:30") are not quantities.
- ``counted`` is the lower-cased head noun as written ("personnel", "civilians", "vehicles"),
  or the noun after "of" ("dozens of aircraft"), or the noun joined by a hyphen ("a 12-member
  delegation" counts "member"); None when nothing is counted nearby.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dossier import models

NUMERIC_RE = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
CLOCK_RE = re.compile(r"^(\d{1,2})[:.](\d{2})$")
# A quake's size written as one token ("magnitude-5.2"): the number, counting "magnitude".
GLUED_MAGNITUDE = re.compile(r"^magnitude-(\d+(?:\.\d+)?)$")
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
# Plural scale words used alone ("hundreds of"): the smallest and largest plausible value.
VAGUE_PLURALS = {
    "dozens": (24, 96),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2_000_000, 9_990_000),
    "billions": (2_000_000_000, 9_990_000_000),
}
# "several" alone = 3..9, "a few" = 2..5; before a scale word both mean 2..9 (or 2..5) times it.
SEVERAL = {"several": (3, 9), "few": (2, 5)}
HEDGES = frozenset("about around approximately nearly almost some roughly over under least".split())
# The range a hedged number stands for, as factors of the number: "more than 40" is 40 to 60,
# "about 300" 270 to 330, "under 50" 25 to 50. Open-ended hedges get half the number again,
# so that "more than 40" agrees with 41 and disagrees with 100.
HEDGE_RANGES = {
    "about": (0.9, 1.1), "around": (0.9, 1.1), "approximately": (0.9, 1.1), "roughly": (0.9, 1.1),
    "some": (0.9, 1.1), "nearly": (0.9, 1.0), "almost": (0.9, 1.0),
    "over": (1.0, 1.5), "more": (1.0, 1.5), "least": (1.0, 1.5),
    "under": (0.5, 1.0), "fewer": (0.5, 1.0), "less": (0.5, 1.0),
}
CURRENCIES = {"$": "dollars", "€": "euros", "£": "pounds", "₴": "hryvnias", "₽": "rubles", "us$": "dollars"}
CURRENCY_NAMES = frozenset({"dollars", "euros", "pounds", "rubles", "roubles", "yen", "yuan", "francs", "rupees",
                            "hryvnias", "dollar", "euro", "pound"})
# Scale letters glued to an amount of money ("$350m", "£10.4bn"); only after a currency sign or
# before a currency's name ("2m euros"), since "a 5m wall" is metres.
MONEY_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
                "tn": 1_000_000_000_000}
# Those that mean money after a space too ("$1.5 bn"): a lone "m" or "k" may be metres or a typo.
SPACED_MONEY_SCALES = frozenset({"mn", "bn", "tn"})
GLUED_MONEY = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn|b|tn)$")
DURATION_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years".split()
)
# Nouns naming an arrangement rather than what is counted in it.
EVENT_NOUNS = frozenset("exchange exchanges swap swaps deal formula format basis".split())
RANGE_WORDS = frozenset({"to", "-", "–", "—", "and", "or"})
DATE_LABELS = frozenset({"DATE", "TIME"})


@dataclass(slots=True)
class _Match:
    start: int  # token index
    end: int
    low: float
    high: float
    vague: bool
    counted: str | None = None


def find_quantities(doc: Doc, doc_id: str) -> list[models.Quantity]:
    """Find numbers, ranges and vague amounts with the noun they count.

    Args:
        doc: a ``Doc`` parsed by a pipeline with tagger, parser and NER.
        doc_id: id of the document, copied into every record.

    Returns:
        Quantities in text order with character offsets into ``doc.text``. Dates, years and
        clock times are left out; ordinals ("third") are not read.
    """
    sent_index = {token.i: n for n, sent in enumerate(doc.sents) for token in sent}
    matches: list[_Match] = []
    i = 0
    while i < len(doc):
        match = _vague_at(doc, i) or _number_at(doc, i)
        if match is None:
            i += 1
            continue
        _extend_range(doc, match)
        if not _is_calendar(doc, match):
            _attach_units(doc, match)
            matches.append(match)
        i = match.end
    _share_counted(doc, matches)
    return [_record(doc, doc_id, match, sent_index[match.start]) for match in matches]


def _number_value(token: Token) -> float | None:
    text = token.lower_
    if NUMERIC_RE.match(text):
        return float(text.replace(",", ""))
    if magnitude := GLUED_MAGNITUDE.match(text):
        return float(magnitude.group(1))
    glued = GLUED_MONEY.match(text)
    if glued and ((token.i > 0 and token.nbor(-1).lower_ in CURRENCIES)
                  or (token.i + 1 < len(token.doc) and token.nbor(1).lower_ in CURRENCY_NAMES)):
        return float(glued.group(1).replace(",", "")) * MONEY_SCALES[glued.group(2)]  # "£10.4bn", "2m euros"
    if text in UNITS:
        return float(UNITS[text])
    return None


def _number_at(doc: Doc, i: int) -> _Match | None:
    """A numeral or number words ("1,000", "1.5 million", "twenty - five", "two hundred")."""
    value = _number_value(doc[i])
    if value is None or (doc[i].lower_ == "one" and doc[i].dep_ != "nummod"):
        return None
    end = i + 1
    while end < len(doc):
        token = doc[end]
        if token.lower_ in SCALES:
            value *= SCALES[token.lower_]
        elif token.lower_ == "dozen" and value < 12:
            value *= 12  # "three dozen" is 36, not 3 and 12
        elif token.lower_ in MONEY_SCALES and not doc[end - 1].whitespace_ and end + 1 < len(doc) \
                and doc[end + 1].lower_ in CURRENCY_NAMES:
            value *= MONEY_SCALES[token.lower_]  # "2m euros", split by the tokenizer
        elif token.text == "-" and end + 1 < len(doc) and doc[end + 1].lower_ in SCALES:
            value *= SCALES[doc[end + 1].lower_]  # "$2.6-million", as some papers write it
            end += 1
        elif token.text == "-" and end + 1 < len(doc) and doc[end + 1].lower_ in UNITS:
            value += UNITS[doc[end + 1].lower_]
            end += 1
        elif token.lower_ in UNITS and value >= 20 and value % 10 == 0 and not token.like_num:
            value += UNITS[token.lower_]
        else:
            break
        end += 1
    hedge = _hedge_before(doc, i)
    if hedge is None:
        return _Match(start=i, end=end, low=value, high=value, vague=False)
    low, high = HEDGE_RANGES[hedge]
    return _Match(start=i, end=end, low=value * low, high=value * high, vague=True)


def _hedge_before(doc: Doc, i: int) -> str | None:
    """The hedge word before a number ("about", "over", "more than"), or None."""
    if i >= 2 and doc[i - 1].lower_ == "than" and doc[i - 2].lower_ in {"more", "fewer", "less"}:
        return doc[i - 2].lower_
    word = doc[i - 1] if i > 0 else None
    if word is not None and word.lower_ in HEDGES and (word.dep_ in ("quantmod", "advmod") or word.lower_ == "least"):
        return word.lower_  # "handed over 909 bodies" is a particle, not a hedge
    return None


def _vague_at(doc: Doc, i: int) -> _Match | None:
    """"dozens", "hundreds of thousands", "several hundred", "tens of thousands"."""
    token = doc[i]
    word = token.lower_
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    after = doc[i + 2].lower_ if i + 2 < len(doc) else ""
    if word in ("tens", "hundreds") and nxt == "of" and after in ("thousands", "millions"):
        scale = SCALES[after[:-1]]
        low, high = (20, 99) if word == "tens" else (200, 999)
        return _Match(start=i, end=i + 3, low=low * scale, high=high * scale + scale - 1, vague=True)
    if word in VAGUE_PLURALS:
        low, high = VAGUE_PLURALS[word]
        return _Match(start=i, end=i + 1, low=low, high=high, vague=True)
    if word in SEVERAL:
        low, high = SEVERAL[word]
        if nxt in SCALES or nxt == "dozen":
            scale = SCALES.get(nxt, 12)
            return _Match(start=i, end=i + 2, low=2 * scale, high=high * scale, vague=True)
        if word == "several" and doc[i + 1 : i + 2] and doc[i + 1].pos_ == "NOUN":
            return _Match(start=i, end=i + 1, low=low, high=high, vague=True)
    return None


def _extend_range(doc: Doc, match: _Match) -> None:
    """"1,000 to 1,200" and "between 5 and 7" become one quantity with low and high."""
    if match.end + 1 >= len(doc) or doc[match.end].lower_ not in RANGE_WORDS:
        return
    joiner = doc[match.end].lower_
    if joiner in ("and", "or") and not (match.start > 0 and doc[match.start - 1].lower_ == "between"):
        return
    other = _number_at(doc, match.end + 1)
    if other is None or other.low <= match.low:
        return
    match.high, match.end = other.high, other.end
    match.low = _shared_magnitude(doc[match.start].text, match.low, other.low)


def _shared_magnitude(written: str, low: float, high: float) -> float:
    """"45-50,000" is 45,000 to 50,000: a short bare first number takes the thousands (or millions)
    of the second when that lands it just below the second ("2-3 million" is scaled by its word)."""
    if not written.isdigit() or len(written) > 3 or low >= high / 100:
        return low
    for scale in (1_000, 1_000_000):
        if high / 10 <= low * scale <= high:
            return low * scale
    return low


def _clock(text: str) -> bool:
    """"13:30", "9.45": hours to 24 and minutes to 59 ("93.87" is a percentage, not a time)."""
    clock = CLOCK_RE.match(text)
    return bool(clock) and int(clock.group(1)) <= 24 and int(clock.group(2)) <= 59


def _is_calendar(doc: Doc, match: _Match) -> bool:
    """Dates, years and clock times; durations ("two hours") are not calendar values."""
    first = doc[match.start]
    if _clock(first.text) or (match.end < len(doc) and doc[match.end].text == ":"):
        return True
    unit = doc[match.end] if match.end < len(doc) else None
    if unit is not None and unit.lower_ in DURATION_UNITS:
        return False
    if first.ent_type_ in DATE_LABELS:
        return True
    is_year_like = first.text.isdigit() and len(first.text) == 4 and 1800 <= match.low <= 2100
    return is_year_like and _counted(doc, match) is None


def _attach_units(doc: Doc, match: _Match) -> None:
    """Take in "%"/"percent", a currency sign and a hyphenated noun; then find what is counted."""
    if match.end < len(doc) and doc[match.end].lower_ in ("%", "percent"):
        match.end += 1
        match.counted = "percent"
        return
    if match.end + 1 < len(doc) and doc[match.end].lower_ == "per" and doc[match.end + 1].lower_ == "cent":
        match.end += 2
        match.counted = "percent"
        return
    if GLUED_MAGNITUDE.match(doc[match.start].lower_):
        match.counted = "magnitude"
        return
    if match.start > 0 and doc[match.start - 1].lower_ in CURRENCIES:
        match.start -= 1
        match.counted = CURRENCIES[doc[match.start].lower_]
        scale = doc[match.end] if match.end < len(doc) else None
        letters = scale.lower_.rstrip(".") if scale is not None else ""  # "$40m." ends a sentence
        if letters in MONEY_SCALES and (not doc[match.end - 1].whitespace_ or letters in SPACED_MONEY_SCALES):
            match.low, match.high = match.low * MONEY_SCALES[letters], match.high * MONEY_SCALES[letters]
            match.end += 1  # "$350m": the scale letter the tokenizer split off
        return
    if match.end + 1 < len(doc) and doc[match.end].text == "-" and doc[match.end + 1].pos_ == "NOUN":
        match.counted = doc[match.end + 1].lower_
        match.end += 2
        return
    match.counted = _counted(doc, match)


def _counted(doc: Doc, match: _Match) -> str | None:
    """The noun counted: after "of", the number's head noun, or a noun right after the number."""
    end = match.end
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        for token in doc[end + 1 : end + 6]:
            if token.pos_ in ("NOUN", "PROPN") and token.head.i <= token.i:
                if token.dep_ == "pobj":
                    return token.lower_
    last = doc[end - 1]
    head = last.head
    if last.dep_ in ("nummod", "quantmod", "compound") and head.pos_ == "NOUN" and head.i >= end:
        modifiers = [t for t in doc[end : head.i] if t.dep_ == "compound" and t.pos_ == "NOUN"]
        if head.lower_ in EVENT_NOUNS and modifiers:
            return modifiers[0].lower_  # "a 1,000 prisoner exchange" counts prisoners
        return head.lower_
    for token in doc[end : end + 4]:
        if token.pos_ == "NOUN":
            return token.lower_
        if token.pos_ not in ("ADJ", "NOUN", "PROPN", "ADV") or token.is_punct:
            break
    return None


def _share_counted(doc: Doc, matches: list[_Match]) -> None:
    """Lend the counted noun where the text leaves it out.

    In "1,000 for 1,000" both sides count the same thing; in "Ukraine received 909 bodies, and
    Russia 41" the second number elides the noun of the first.
    """
    for left, right in zip(matches, matches[1:]):
        if right.start == left.end + 1 and doc[left.end].lower_ == "for":
            if left.counted is None:
                left.counted = right.counted
            elif right.counted is None:
                right.counted = left.counted
        elif right.counted is None and left.counted and _elided_after(doc, left, right):
            right.counted = left.counted


def _elided_after(doc: Doc, left: _Match, right: _Match) -> bool:
    """True for "..., and Russia 41": a bare number closing a short conjunct after a counted one."""
    between = doc[left.end:right.start]
    if len(between) > 6 or doc[left.start].sent != doc[right.start].sent:
        return False
    if not any(t.lower_ in {"and", "while", "whereas"} for t in between):
        return False
    after = doc[right.end] if right.end < len(doc) else None
    return after is None or after.is_punct


def _record(doc: Doc, doc_id: str, match: _Match, sentence_index: int) -> models.Quantity:
    start = doc[match.start].idx
    last = doc[match.end - 1]
    end = last.idx + len(last.text)
    return models.Quantity(
        doc_id=doc_id,
        start=start,
        end=end,
        text=doc.text[start:end],
        low=match.low,
        high=match.high,
        counted=match.counted,
        vague=match.vague,
        sentence_index=sentence_index,
    )
