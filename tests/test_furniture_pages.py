"""Page furniture beyond timestamps: photo credits with agency names, page addresses, comment notices.

All lines are written for these tests.
"""

from __future__ import annotations

import pytest

from dossier.furniture import clean_segments, furniture_spans, leading_address


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # an agency whose name ends in a word agencies and companies end with stays in the credit
        ("Photograph : Ann Lee\\/Acme\\/Rex Features Crews knew of the fault .",
         ["Photograph : Ann Lee\\/Acme\\/Rex Features "]),
        ("Photograph : Jo Hart\\/Stock Images One of the last herds faces ruin .",
         ["Photograph : Jo Hart\\/Stock Images "]),
        ("Photograph : Jo Hart\\/Government House Ferries will run again .",
         ["Photograph : Jo Hart\\/Government House "]),
        # an agency alone, without a photographer
        ("Photograph : Acme LLC Acme admits it changed the picture .", ["Photograph : Acme LLC "]),
        ("Photograph : AP The mill closed on Friday .", ["Photograph : AP "]),
        ("Photograph : Associated Press After a week the mill closed .", ["Photograph : Associated Press "]),
        # the lead's own capitalised subject is not the agency's
        ("Photograph : Jo Hart\\/AP Tony Blair spoke at the mill .", ["Photograph : Jo Hart\\/AP "]),
        ("Photograph : Jo Hart\\/Wire Harbour workers walked out .", ["Photograph : Jo Hart\\/Wire "]),
        # a credit line with a person's name and no agency is left alone
        ("Photograph : Sara Lin for the paper .", []),
    ],
)
def test_furniture_pages_photo_credit_keeps_the_whole_agency(line, furniture):
    assert [line[s:e] for s, e in furniture_spans(line)] == furniture


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("http://news.example.org/2014/05/02/ferry-sinks-off-cape/", ["http://news.example.org/2014/05/02/ferry-sinks-off-cape/"]),
        # a tokenizer spaced the address out: it runs to the end of the line
        ("http: / / www. example. com / 2014 / 05 / ferry - sinks - off - cape /",
         ["http: / / www. example. com / 2014 / 05 / ferry - sinks - off - cape /"]),
        ("blogs. example. com / harbour - blog / 2014 / 05 / ferry - sinks /",
         ["blogs. example. com / harbour - blog / 2014 / 05 / ferry - sinks /"]),
        ("www.example.co.uk/news/ferry-sinks The ferry sank .", ["www.example.co.uk/news/ferry-sinks"]),
        # addresses inside prose, company names with a domain, and slashes between words are text
        ("Readers can see more at www.example.com , the paper said .", []),
        ("Bookings at Example.com rose by a tenth .", []),
        ("The Spain/Portugal border reopened .", []),
        ("The U.S./Canada deal was signed .", []),
    ],
)
def test_furniture_pages_address_opening_a_line_is_furniture(line, furniture):
    assert [line[s:e] for s, e in furniture_spans(line)] == furniture


def test_furniture_pages_address_line_leaves_no_text():
    line = "http: / / www. example. com / 2014 / 05 / ferry - sinks - off - cape /"
    assert clean_segments(line) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("http: / / www. example. com / ferry - sinks /\nThe ferry sank.", ("http://www.example.com/ferry-sinks/", "The ferry sank.")),
        ("  https://example.org/a-b\n\nThe ferry sank.", ("https://example.org/a-b", "The ferry sank.")),
        # an address followed by prose on its line, or prose first: nothing is split off
        ("https://example.org/a The ferry sank.", (None, "https://example.org/a The ferry sank.")),
        ("The ferry sank.\nhttps://example.org/a", (None, "The ferry sank.\nhttps://example.org/a")),
    ],
)
def test_furniture_pages_leading_address_is_split_off(text, expected):
    assert leading_address(text) == expected


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("We welcome comments that keep to the topic . Please be civil .", ["We welcome comments that keep to the topic ."]),
        ("Views expressed in the comments do not represent those of the Courier .",
         ["Views expressed in the comments do not represent those of the Courier ."]),
        ("The views expressed here are the author's own.", ["The views expressed here are the author's own."]),
        ("The ferry sank . Views expressed do not necessarily reflect those of the Courier .",
         ["Views expressed do not necessarily reflect those of the Courier ."]),
        # prose about views, comments and welcomes
        ("Views expressed in the meeting were sharp , the mayor said .", []),
        ("We welcome the comments of the minister , she said .", []),
        ("Residents welcome comments from the council on the plan .", []),
        ("Critics said views expressed by the minister do not represent the party .", []),
        ("Views expressed by the minister do not represent the party , critics said .", []),
    ],
)
def test_furniture_pages_comment_notice_is_furniture(line, furniture):
    assert [line[s:e] for s, e in furniture_spans(line)] == furniture
