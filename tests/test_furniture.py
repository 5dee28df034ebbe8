"""Page furniture in article lines: timestamps, wire datelines and photo credits (lines we wrote)."""

from __future__ import annotations

import pytest

from dossier.furniture import clean_segments, furniture_spans, reader_comments_start


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # headline, timestamp with a time zone, then the lead
        ("Ferry service resumes after storm Saturday 3 March 2018 14.05 GMT Boats left the harbour.",
         ["Saturday 3 March 2018 14.05 GMT"]),
        # place and timestamp before a bracketed agency and a dash
        ("Mill closes PORTVILLE | Wed Feb 7 , 2018 9:12 am EST PORTVILLE -LRB- Wire -RRB- - Workers left.",
         ["PORTVILLE | Wed Feb 7 , 2018 9:12 am EST PORTVILLE -LRB- Wire -RRB- - "]),
        # byline, clock first, then the date
        ("Ann Lee | 10:41 UK time , Monday , 5 March 2018 Readers wrote in about the flood.",
         ["Ann Lee | 10:41 UK time , Monday , 5 March 2018"]),
        ("Monday , May 7 , 2018 ; 4:20 PM Council members argued about the budget.",
         ["Monday , May 7 , 2018 ; 4:20 PM"]),
        # a wire dateline opening the line, with a day but no year or clock
        ("RIVERTON , June 2 -LRB- Wire -RRB- - The bridge reopened on Friday .",
         ["RIVERTON , June 2 -LRB- Wire -RRB- - "]),
        # the same in plain brackets, and a place with its day before the stamp
        ("RIVERTON (Wire) - The bridge reopened on Friday.", ["RIVERTON (Wire) - "]),
        ("RIVERTON, June 2 | Sat Jun 2, 2018 4:19 am EDT RIVERTON (Wire) - The bridge reopened.",
         ["RIVERTON, June 2 | Sat Jun 2, 2018 4:19 am EDT RIVERTON (Wire) - "]),
        ("The mayor (Labour) - who won in May - spoke.", []),
        ("Photograph : Sam Ortiz\\/Agency\\/Pool The crowd waited outside the hall .",
         ["Photograph : Sam Ortiz\\/Agency\\/Pool "]),
        # a decimal before a unit is not a clock time, and a capitalised word after "PM" not a zone
        ("Shares fell as the bill reached $ 2.35 bn on Friday 9 March 2018 .", []),
        ("Tuesday , May 8 , 2018 ; 6:32 PM ACME said its chief had resigned .",
         ["Tuesday , May 8 , 2018 ; 6:32 PM"]),
        ("The council met on 4 March 2018 to discuss the flood defences .", []),
        # a page's date heading between the headline and the lead; not a date of the prose
        ("Flood relief : Readers write Tuesday 9 March Boats reached the valley at dawn .", ["Tuesday 9 March"]),
        ("Flood relief : live coverage Friday March 12 Crews worked through the night .", ["Friday March 12"]),
        ("The crews returned on Tuesday 9 March Boats reached the valley .", []),
        ("Crews returned Tuesday 9 March to the flooded valley .", []),
        # a print-edition note: the day the page was printed, no reference to a happening
        ("The ferry sailed at dawn. A version appeared on p4 of the News section of the Courier on Monday 5 March 2018",
         ["A version appeared on p4 of the News section of the Courier on Monday 5 March 2018"]),
        ("A version of this story appeared in the spring issue.", []),
    ],
)
def test_furniture_finds_furniture(line, furniture):
    assert [line[s:e] for s, e in furniture_spans(line)] == furniture


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        ("Ferry service resumes after storm Saturday 3 March 2018 14.05 GMT Boats left the harbour.",
         ["Ferry service resumes after storm", "Boats left the harbour."]),
        ("RIVERTON , June 2 -LRB- Wire -RRB- - The bridge reopened on Friday .",
         ["The bridge reopened on Friday ."]),
        ("No furniture in this sentence at all .", ["No furniture in this sentence at all ."]),
        ("Saturday 3 March 2018 14.05 GMT", []),
    ],
)
def test_furniture_clean_segments_keep_what_is_between(line, pieces):
    assert [line[s:e] for s, e in clean_segments(line)] == pieces


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The mill closed. Tell us your views.\nAt 3:10 pm on 4 Mar 2011, dockhand_7 wrote: It was sad.", 37),
        ("Summary first. At 09:12 21st Apr 2011 , riverside wrote : Too late.", 15),
        ("Summary. 10:02 AM, March 5, 2011, J.Ross wrote: agreed", 9),
        # a debate page's notice: readers' comments follow
        ("What do you think? This debate is now closed. My town is fine.", 19),
        ("Summary. A selection of your comments appears below. We cope.", 9),
        ("Summary. Comments are closed.", 9),
        # prose about a debate or comments is no notice
        ("The council said the debate on the mill is closed to the public.", None),
        # prose that quotes a writer is no comment header
        ("The mayor wrote: the mill will reopen at 5 pm on March 4, 2011.", None),
        ("At 3:10 pm on 4 March 2011, the mill closed.", None),
    ],
)
def test_furniture_reader_comments_start_at_the_first_header(text, start):
    assert reader_comments_start(text) == start


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # should fire: a dateline with no bracketed agency, with its country or date
        ("KELDMOOR - The ferry sank on Monday.", "KELDMOOR - "),
        ("KELDMOOR, Norland - The ferry sank on Monday.", "KELDMOOR, Norland - "),
        ("PORT ARVEN, Mar 4 - The ferry sank on Monday.", "PORT ARVEN, Mar 4 - "),
        ("KELDMOOR, Mar 4 (Wire) - The ferry sank on Monday.", "KELDMOOR, Mar 4 (Wire) - "),
        # should not fire: an initial, a compound with an unspaced hyphen, a capitalised word of prose
        ("A - B testing is common.", None),
        ("US-Norland talks - they said - went well.", None),
        ("NATO said - again - that it would not.", None),
    ],
)
def test_furniture_dateline_without_agency(line, expected):
    spans = [line[a:b] for a, b in furniture_spans(line)]
    assert spans[:1] == ([expected] if expected else [])
