"""Page furniture inside article lines: timestamps, wire datelines, photo credits, print notes.

Scraped news text often glues the page's furniture to its first sentence: a headline and
standfirst, then a timestamp ("Friday 30 April 2010 22.49 BST", "Thu Jun 3 , 2010 1:34 pm EDT"),
a wire dateline ("HOUSTON (Reuters) -") or a photo credit ("Photograph : A. Name/Agency"), then
the lead. Its date is the publication day, written by the page and not by the reporter: it dates
no event of the text (``extract.context`` skips it), and for timeline summarization counting it as
a reference to that day only repeats publication volume, while its words are never in a summary. What comes before a
timestamp is the headline, which the Timeline17 journalists often reuse, so it is kept as a
sentence of its own.

Readers' comments are not the outlet's reporting either: from the first comment header ("At 12:41
pm on 10 Jun 2010, a_reader wrote:") or debate-page notice ("This debate is now closed.") to the end of the article, the text is skipped for events
(``reader_comments_start``). The Timeline17 sentence summarizer still reads them: leaving them
out cost it Date-F1 on H1N1_bbc (1.0 to 0.857) and ROUGE on haiti_bbc, as busy comment pages
mark the days the journalists chose. The stamps that head comments and posts ("At 16:20 1st Jun
2010, Paul wrote:", "Posted by Paul on 2 June 2010 at 10:12") are furniture all the same
(``furniture_spans``): their day is when a reader wrote, not one the comment refers to.

The rules are about the shape of the furniture (a calendar date next to a clock time, an
upper-case place before a bracketed agency), not about any outlet's name.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s*,?\s*"
_CALENDAR = rf"(?:{_WEEKDAY})?(?:\d{{1,2}}\s+{_MONTH}\s*,?\s*\d{{4}}|{_MONTH}\s+\d{{1,2}}\s*,\s*\d{{4}})"
# A clock time: "15:13", or "12.07" only when an am/pm or a time zone follows (so "2.35 bn" is
# not one); zones are the common English-language abbreviations, matched case-sensitively.
_ZONE = r"(?:UK time|(?-i:GMT|BST|UTC|CET|CEST|IST|[ECMP][SD]?T)\b)"
_CLOCK = (
    rf"(?:\d{{1,2}}:\d{{2}}|\d{{1,2}}\.\d{{2}}(?=\s*(?:[ap]\.?m\b|{_ZONE})))"
    rf"(?:\s*[ap]\.?m\.?)?(?:\s*{_ZONE})?"
)
# A timestamp: a full calendar date beside a clock time, in either order, with an optional
# "Name |" or "PLACE |" (capitalised words) before it and "last updated at" wording.
_STAMP = re.compile(
    rf"(?:(?-i:[A-Z][\w.'\\/-]*(?:\s+[A-Z][\w.'\\/-]*){{0,3}})(?:\s*,\s*{_MONTH}\s+\d{{1,2}})?\s*\|\s*)?"
    r"(?P<stamp>(?:(?:Page\s+)?last\s+updated\s+(?:at\s+)?)?"
    rf"(?:{_CALENDAR}\s*[,;]?\s*{_CLOCK}|{_CLOCK}\s*,?\s*{_CALENDAR}))",
    re.IGNORECASE,
)
# A wire dateline: an upper-case place, maybe a date, then a bracketed agency and a dash; or, with
# no agency, a place in capitals of up to four words, maybe its country or region and a date, then
# a spaced dash ("ISTANBUL - ", "GAZIANTEP, Turkey - ", "ANKARA, Feb 7 - "). Capitals of two letters
# or more, so "A - " is none; the dash must stand apart, so "US-China" is none.
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'\\/-]*(?:\s*,?\s*[A-Z][A-Za-z.'\\/-]*){0,4}\s*,?\s*"
    rf"(?:{_MONTH}\s+\d{{1,2}}\s*)?)?(?:-LRB-|\()\s*[A-Z][\w ]{{1,20}}(?:-RRB-|\))\s*(?:-+|–|—)\s*"
    r"|[A-Z][A-Z.'\\/-]*[A-Z.](?:\s+[A-Z][A-Z.'\\/-]*[A-Z.]){0,3}(?:\s*,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?"
    rf"(?:\s*,?\s*{_MONTH}\s+\d{{1,2}})?\s+(?:-{{1,2}}|–|—)\s+"
)
# A page's date heading: a weekday and a day without a year, glued between the headline and the
# lead ("... : Your stories Wednesday 13 January It is feared ..."). In prose such a date follows a
# preposition ("on Wednesday 13 January") and is followed by punctuation or a lower-case word; here
# nothing governs it and the lead's capitalised first word follows. Only near the head of a line.
_HEADING = re.compile(
    rf"(?<!\w)(?<!\bon )(?<!\bby )(?<!\buntil )(?<!\bfrom )(?<!\bsince )(?<!\bto )(?<!\bthis )"
    rf"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})"
    r"(?=\s+(?-i:[A-Z])[a-z']*\s)",
    re.IGNORECASE,
)
HEADING_REACH = 160  # characters from the start of a line within which a date heading is looked for
# A photo credit: "Photograph :" then a photographer's name and the agencies after slashes
# ("Photograph : Ann Lee\/Wire\/Pool"), or an agency alone. The caption or lead that follows starts
# with a capitalised word too, so an agency's name is one word (or an acronym) unless the words
# after it are those that end agency and company names ("Stock Images", "Press Features", "Acme
# LLC"): taking any capitalised word would eat the lead's subject, taking one word left "Images" or
# "Features" glued to the lead.
_AGENCY_TAIL = (
    r"(?:\s+(?-i:Images|Features|Photos?|Pictures|Press|Pool|Wire|News|Service|Agency|Library|Archives?"
    r"|Collection|Handout|House|Association|LLC|Inc|Ltd|plc|Corp)\b\.?)*"
)
_CREDIT = re.compile(
    r"Photograph\s*:\s*(?:"
    rf"(?:[\w.'-]+\s+){{0,3}}[\w.'-]+(?:\s*\\?/\s*[\w.'-]+)*\s*\\?/\s*[\w.'-]+{_AGENCY_TAIL}"
    rf"|(?-i:[A-Z][A-Z]+|[A-Z]\w+(?=\s+(?:Images|Features|Press|Pictures|Photos?|News|Agency|LLC|Inc|Ltd)\b)){_AGENCY_TAIL}"
    r")\s*"
)

# A print-edition note ("A version appeared on p6 of the Main section of the Guardian on ...
# Saturday 29 May 2010", "A version of this article appears in print on May 29, 2010, on Page
# A1"): the day the page went to print, furniture rather than a reference to something that
# happened; cut through its date (the nearest year) and the page and edition after it, or
# through "on" when it gives no date.
_PRINT_NOTE = re.compile(
    r"\bA version (?:of this article )?appear(?:s|ed) (?:in print )?on\b"
    r"(?:[^\n]{0,120}?\b(?:19|20)\d\d\b(?:,? on page \w+ of the [^.\n]{0,60}?\bedition\b\.?)?"
    r"|[^\n]{0,80}?\bon\b)",
    re.IGNORECASE,
)
# A reader comment's header: a clock time and a date (the day may be ordinal: "22nd Jun 2010"),
# then a handle and "wrote:". Comment pages print one before each comment.
_COMMENT_HEADER = re.compile(
    rf"(?:\bAt\s+)?{_CLOCK}\s*,?\s*(?:on\s+)?(?:{_WEEKDAY})?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s*,?\s*\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,\s*\d{{4}})"
    r"\s*,?\s*[\w.'-]{1,40}\s+wrote\s*:",
    re.IGNORECASE,
)

# A reader comment's or a post's stamp: the day and time a reader wrote or the page posted, never
# a day the text refers to. A comment page repeats one per comment, so their dates outvoted the
# days the comments talk about. Each shape is tied to a word or a colon only stamps use:
#   a header before a comment: a date and a clock in either order (linked by "on" or "at"), a
#   handle, then "wrote:" ("At 16:20 1st Jun 2010, Paul wrote:", "On Tue, Jun 1, 2010 at 4:20 PM,
#   Paul wrote:"); the handle is one word or a capitalised name, so "the minister said:" and
#   "the engineer wrote:" after a date are prose;
#   a handle's label before the stamp: "says:" or "wrote:" with the date and clock right after
#   the colon ("Paul says: June 2, 2010 at 10:12 am");
#   a byline stamp: "Posted", "Submitted", "Commented" or "Comment" (capitalised, as a label is),
#   maybe "by" and a handle, then the date ("Posted by Paul on 2 June 2010 at 10:12", "Posted by:
#   Paul | June 2, 2010 10:12 AM"); it needs a clock time or a handle, or a "|" after it (as in
#   "posted on Thursday, 28 May 2009 | comment"), since prose has "posted on <date>" too.
# Prose with a clock and a day ("At 16:20 on 1 June the rig exploded.") has none of these.
_DAY = (
    rf"(?:{_WEEKDAY})?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s*,?\s*\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,\s*\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
)
_WHEN = rf"(?:{_CLOCK}\s*,?\s*(?:on\s+)?{_DAY}|{_DAY}\s*[,;]?\s*(?:(?:at|@|-)\s+)?{_CLOCK})"
_HANDLE = r"(?:[\w.@'-]{1,40}|(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,2}))"
_COMMENT_STAMP = re.compile(
    rf"(?P<header>(?:\b(?:At|On)\s+)?(?P<when>{_WHEN})\s*,?\s*{_HANDLE}\s+wrote\s*:)"
    rf"|(?P<label>\b(?:says|wrote)\s*:\s*(?P<labelled>{_WHEN}))"
    rf"|(?P<post>(?-i:\b(?:Posted|Submitted|Commented|Comment)\b)"
    rf"(?:\s+by\s*:?\s*(?P<by>{_HANDLE})\s*[|,]?)?\s*(?:(?:on|at)\s+|[|@-]\s*)?"
    rf"(?P<dated>{_WHEN}|{_DAY}(?=\s*(?:\||$)))"
    rf"|\bposted\s+on\s+(?P<piped>{_DAY})(?=\s*\|))",
    re.IGNORECASE,
)
_STAMP_PARTS = ("when", "labelled", "dated", "piped")  # the date and clock of each shape


def _comment_stamps(line: str) -> list[re.Match]:
    """The comment headers and post stamps of a line (a post's date alone needs a handle or a "|")."""
    return [
        match for match in _COMMENT_STAMP.finditer(line)
        if not match.group("post") or match.group("by")
        or re.search(r"\d[:.]\d\d", match.group("dated") or "") or re.match(r"\s*\|", line[match.end():])
    ]


def _stamp_span(match: re.Match) -> tuple[int, int]:
    """The date and clock of a comment or post stamp: the furniture in it that names no one."""
    return next(match.span(part) for part in _STAMP_PARTS if match.group(part))


# A debate page's notice that readers' comments follow or that the debate is closed ("This debate
# is now closed.", "A selection of your comments appears below."): what follows is readers' text.
_COMMENTS_NOTICE = re.compile(
    r"\b(?:This (?:debate|discussion|topic|forum|conversation) (?:is|has) (?:now )?closed"
    r"|(?:A selection of )?(?:your|readers'?) comments (?:to this debate )?(?:appears?|are (?:published|shown)) below"
    r"|Comments (?:on this (?:story|article) )?(?:are|have been|is) (?:now )?closed)\b",
    re.IGNORECASE,
)

# A web address opening a line: a pasted page often begins with its own address, whose slug
# repeats the headline ("example.com/2011/01/05/mill-closes-after-fire/"), so its words gave events,
# summaries and names. It is the page's location, never its text. Written with a scheme, with
# "www.", or as a host with a common top-level domain and a path; tokenized copies space it out
# ("http: / / www. example. com / ...").
_ADDRESS = re.compile(
    r"(?:https?\s?:\s?/\s?/|www\s?\.\s?[a-z0-9-]+\s?\.\s?[a-z]"
    r"|[a-z0-9-]+(?:\s?\.\s?[a-z0-9-]+)*\s?\.\s?(?:com|org|net|gov|edu|info|[a-z]{2})\s?/)",
    re.IGNORECASE,
)
# An address spaced out by a tokenizer: a separator with a space beside it.
_SPACED = re.compile(r"\s[./:?=#]|[./:?=#]\s")

# An outlet's notice on its readers' comments ("We welcome comments that stay on topic.", "Views
# expressed in the comments are not those of the Courier.", "Views expressed do not represent those
# of the Courier."): the page's rules, not its reporting;
# its subject ("Views") was taken for a name and a speaker. Through the end of its sentence.
_COMMENT_POLICY = re.compile(
    r"\b(?:We (?:welcome|encourage|invite) (?:your |readers' )?comments"
    r"|(?:The )?(?:[Vv]iews|[Oo]pinions) expressed (?:in (?:the|these|readers') comments|here|below|by (?:readers|commenters))"
    r"(?= (?:do|does|are|is|belong|reflect)\b)"
    # a disclaimer with no place named: "Views expressed do not necessarily represent those of X"
    r"|(?:^|(?<=\n)|(?<=[.!?] ))(?:The )?(?:Views|Opinions) expressed"
    r"(?= (?:(?:here|on this (?:site|page)|in this (?:article|column)) )?(?:do|does) not (?:necessarily )?(?:represent|reflect)\b))"
    r"[^\n]*?(?:[.!](?=\s|$)|$)",
)


def address_span(line: str) -> tuple[int, int] | None:
    """The web address a line opens with, as a ``(start, end)`` span, or None.

    An address ends at the first space; one spaced out by a tokenizer ("http: / / host. com /
    story") has no telling end, so it runs to the end of the line.
    """
    start = _skip_space(line, 0)
    found = _ADDRESS.match(line, start)
    if found is None:
        return None
    plain = re.match(r"\S+", line[start:])
    if _SPACED.search(found.group(0)) or (plain and plain.end() < len(found.group(0))):
        return start, len(line.rstrip())
    return start, start + plain.end()


def leading_address(text: str) -> tuple[str | None, str]:
    """Split the page address off the top of a pasted article.

    Args:
        text: an article's text.

    Returns:
        ``(address, rest)``: the first line's address with any tokenizer spaces removed, and the
        text after that line; ``(None, text)`` when the first line is not an address alone.
    """
    first, _, rest = text.lstrip().partition("\n")
    span = address_span(first)
    if span is None or first[span[1]:].strip():
        return None, text
    return re.sub(r"\s+", "", first[span[0]:span[1]]), rest.lstrip()


def reader_comments_start(text: str) -> int | None:
    """Where readers' comments begin in an article: the first comment header or debate notice, or None.

    Everything after it is taken for comments (a comment page prints the article's summary first,
    then the comments to its end).

    Args:
        text: the article text.

    Returns:
        The offset of the first header, or None when the text has none.
    """
    found = [match.start() for match in (_COMMENT_HEADER.search(text), _COMMENTS_NOTICE.search(text)) if match]
    return min(found, default=None)


def furniture_spans(line: str) -> list[tuple[int, int]]:
    """Character spans of page furniture in one line of article text.

    Args:
        line: one line of an article.

    Returns:
        ``(start, end)`` spans, in order and not overlapping, of timestamps (with a dateline
        right after them), wire datelines at the start of the line or after a timestamp, and
        photo credits and print-edition notes ("A version appeared on p6 of the Main section
        of the Guardian on Saturday 29 May 2010"), a web address opening the line, notices on
        readers' comments, and the stamps heading a reader's comment or a post ("At 16:20 1st
        Jun 2010, Paul wrote:", "Posted by Paul on 2 June 2010 at 10:12"). Known limits: a
        timestamp needs a four-digit year and a clock time; captions without a "Photograph :"
        credit are not found; a comment header's handle is one word or a capitalised name.
    """
    spans = []
    address = address_span(line)
    if address is not None:
        spans.append(address)
    for match in _STAMP.finditer(line):
        end = match.end()
        dateline = _DATELINE.match(line, _skip_space(line, end))
        spans.append((match.start(), dateline.end() if dateline else end))
    first = _DATELINE.match(line, _skip_space(line, 0))
    if first and not any(s <= first.start() < e for s, e in spans):
        spans.append((first.start(), first.end()))
    spans.extend(match.span() for match in _CREDIT.finditer(line))
    spans.extend(match.span() for match in _COMMENT_POLICY.finditer(line))
    spans.extend(match.span() for match in _PRINT_NOTE.finditer(line))
    spans.extend(match.span() for match in _comment_stamps(line))
    spans.extend(match.span() for match in _HEADING.finditer(line, 0, HEADING_REACH + 40)
                 if match.start() < HEADING_REACH and match.start() > 0)
    return _merge(spans)


def nameless_spans(line: str) -> list[tuple[int, int]]:
    """The furniture of a line that names no one: all of it but datelines and bylines.

    A dateline's place and agency ("OTTAWA (Wire) -") and a byline's name before a timestamp are
    names the article does carry; its date and clock, a photo credit, a page address, a heading,
    a print note, a comment notice and the date and clock of a comment or post stamp are not, yet
    their words were read as names ("Wed Feb 7" as a person).

    Args:
        line: one line of an article.

    Returns:
        ``(start, end)`` spans, in order and not overlapping.
    """
    spans = [match.span("stamp") for match in _STAMP.finditer(line)]
    address = address_span(line)
    if address is not None:
        spans.append(address)
    for pattern in (_CREDIT, _COMMENT_POLICY, _PRINT_NOTE):
        spans.extend(match.span() for match in pattern.finditer(line))
    spans.extend(_stamp_span(match) for match in _comment_stamps(line))
    spans.extend(match.span() for match in _HEADING.finditer(line, 0, HEADING_REACH + 40)
                 if match.start() < HEADING_REACH and match.start() > 0)
    return _merge(spans)


def clean_segments(line: str) -> list[tuple[int, int]]:
    """The parts of a line left between its furniture, each stripped of surrounding space.

    Args:
        line: one line of an article.

    Returns:
        ``(start, end)`` offsets into ``line`` of the non-blank pieces, in order.
    """
    pieces, cursor = [], 0
    for start, end in [*furniture_spans(line), (len(line), len(line))]:
        piece = line[cursor:start]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            pieces.append((cursor + lead, cursor + lead + len(stripped)))
        cursor = max(cursor, end)
    return pieces


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
