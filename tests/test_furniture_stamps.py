"""Reader-comment headers and post bylines as page furniture (lines written for these tests).

Their dates are when a reader wrote or a page posted, never a day the text refers to; prose that
gives a clock and a day, or quotes someone who wrote or said something, keeps its date.
"""

from __future__ import annotations

import pytest

from dossier.furniture import clean_segments, furniture_spans, nameless_spans


@pytest.mark.parametrize(
    ("line", "furniture", "dated"),
    [
        # comment headers: clock then an ordinal or plain day, a handle, "wrote:"
        ("At 16:20 1st Jun 2010, Paul wrote: The spill is a disgrace.",
         "At 16:20 1st Jun 2010, Paul wrote:", "16:20 1st Jun 2010"),
        ("At 4:45 pm on 11 Jun 2009 , river_rat wrote : I agree .",
         "At 4:45 pm on 11 Jun 2009 , river_rat wrote :", "4:45 pm on 11 Jun 2009"),
        # the e-mail quoting form: the date first, then the clock, then a capitalised name
        ("On Tue, Jun 1, 2010 at 4:20 PM, Paul Smith wrote: see below",
         "On Tue, Jun 1, 2010 at 4:20 PM, Paul Smith wrote:", "Tue, Jun 1, 2010 at 4:20 PM"),
        # a handle's label, then the stamp after its colon
        ("Paul says: June 2, 2010 at 10:12 am The well is leaking.",
         "says: June 2, 2010 at 10:12 am", "June 2, 2010 at 10:12 am"),
        # byline stamps
        ("Posted by Paul on 2 June 2010 at 10:12", "Posted by Paul on 2 June 2010 at 10:12",
         "2 June 2010 at 10:12"),
        ("Posted by : lake_view | June 24 , 2010 2:04 PM | Report abuse",
         "Posted by : lake_view | June 24 , 2010 2:04 PM", "June 24 , 2010 2:04 PM"),
        ("Submitted by dockhand on 06/02/2010 - 10:12", "Submitted by dockhand on 06/02/2010 - 10:12",
         "06/02/2010 - 10:12"),
        ("posted on Thursday , 28 May 2009 | comment on this post Fine .",
         "posted on Thursday , 28 May 2009", "Thursday , 28 May 2009"),
    ],
)
def test_comment_and_post_stamps_are_furniture(line, furniture, dated):
    assert [line[s:e] for s, e in furniture_spans(line)] == [furniture]
    # the handle is a name the page carries; only the date and clock name no one
    assert [line[s:e] for s, e in nameless_spans(line)] == [dated]


def test_stamps_glued_to_comments_leave_the_comments():
    line = ("Great point . Posted by Ann Lee , on June 3 , 2010 9:37 AM "
            "Posted by Bo , on June 2 , 2010 6:07 PM Fine .")
    assert [line[s:e] for s, e in clean_segments(line)] == ["Great point .", "Fine ."]


@pytest.mark.parametrize(
    "line",
    [
        "At 16:20 on 1 June the rig exploded.",
        "At 16:20 on 1 June 2010, the rig exploded.",
        # a quotation after a dated clock: the speaker is no handle
        "On 2 June 2010 at 10:12, the minister said: we will cap it.",
        "On 2 June 2010 at 10:12, the engineer wrote: the cement failed.",
        "At 4 pm on 2 June 2010, Smith wrote to the minister.",
        # "posted" in prose, and a capitalised "Posted" with no handle, clock or bar
        "The video was posted by the group on 2 June 2010 at 10:12 .",
        "The video was posted on 2 June 2010 .",
        "Posted on 2 June 2010, the notice warned of delays.",
    ],
)
def test_prose_with_clocks_and_days_is_no_stamp(line):
    assert furniture_spans(line) == []
