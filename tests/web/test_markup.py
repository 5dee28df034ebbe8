"""Cutting text at offsets into escaped HTML with <mark> spans."""

from __future__ import annotations

import html
import re

import pytest

from dossier.web.markup import Span, annotate, annotate_cited, highlight, mark_term, snippet

TAG = re.compile(r"<[^>]+>")


def _plain(markup: str) -> str:
    return html.unescape(TAG.sub("", markup))


@pytest.mark.parametrize(
    "text, start, end, expected",
    [
        ("They met on Monday.", 5, 8, 'They <mark class="ann ann-trigger">met</mark> on Monday.'),
        ("<b> met", 4, 7, '&lt;b&gt; <mark class="ann ann-trigger">met</mark>'),
        ("short", 3, 40, "short"),  # offsets past the end: no highlight
        ("short", -1, 2, "short"),
        ("a & b", 2, 3, 'a <mark class="ann ann-trigger">&amp;</mark> b'),
    ],
)
def test_markup_highlight_marks_trigger_and_escapes(text, start, end, expected):
    assert str(highlight(text, start, end)) == expected


@pytest.mark.parametrize(
    "text, outer, inner, expected",
    [
        # a name inside a quote nests inside the quote's mark
        ('"Kim said no"', [Span(0, 13, "quote")], [Span(1, 4, "name")],
         '<mark class="ann ann-quote">&#34;<mark class="ann ann-name">Kim</mark> said no&#34;</mark>'),
        # an inner span crossing a quote's end is cut in two, so the tags still nest
        ("ab cd ef", [Span(0, 4, "quote")], [Span(3, 8, "name")],
         '<mark class="ann ann-quote">ab <mark class="ann ann-name">c</mark></mark>'
         '<mark class="ann ann-name">d ef</mark>'),
        # overlapping inner spans: the earlier one wins
        ("one two three", [], [Span(0, 7, "date"), Span(4, 13, "name")],
         '<mark class="ann ann-date">one two</mark> three'),
        # hostile text stays text
        ("<script>x</script>", [], [Span(8, 9, "name")],
         '&lt;script&gt;<mark class="ann ann-name">x</mark>&lt;/script&gt;'),
        # out-of-range spans are dropped
        ("abc", [Span(2, 9, "quote")], [Span(-1, 1, "name")], "abc"),
    ],
)
def test_markup_annotate_nests_and_escapes(text, outer, inner, expected):
    assert str(annotate(text, outer, inner)) == expected


@pytest.mark.parametrize(
    "text",
    ["O'Brien & Sons <i>said</i> \"no\"", "Çağlar Yılmaz met Anna Berg on 10 March.\n\nThen <b>nothing</b>."],
)
def test_markup_annotate_keeps_every_character(text):
    spans = [Span(i, i + 3, "name") for i in range(0, len(text) - 3, 5)]
    quotes = [Span(2, len(text) // 2, "quote")]
    assert _plain(str(annotate(text, quotes, spans))) == text


def test_markup_annotate_title_is_escaped():
    out = str(annotate("Ann", [], [Span(0, 3, "name", 'PERSON: "x" <y>')]))
    assert out == '<mark class="ann ann-name" title="PERSON: &#34;x&#34; &lt;y&gt;">Ann</mark>'


@pytest.mark.parametrize(
    "text, query, expected_marks",
    [
        ("The meeting in Rotterdam ended.", "rotterdam", ["Rotterdam"]),
        ("Berg met Berg's deputy.", "Berg", ["Berg", "Berg"]),
        ("nothing here", "absent", []),
    ],
)
def test_markup_snippet_marks_query_words(text, query, expected_marks):
    out = str(snippet(text, query))
    assert re.findall(r'<mark class="ann ann-match">([^<]*)</mark>', out) == expected_marks


@pytest.mark.parametrize(
    "text, inner, cited, expected",
    [
        ("Ann met Bo. Then <i>left</i>.", [], (12, 29),
         'Ann met Bo. <span class="cited" id="cited" tabindex="-1">Then &lt;i&gt;left&lt;/i&gt;.</span>'),
        # a name crossing the cited passage's start is cut in two there, so the tags nest
        ("Ann met Bo Li now.", [Span(8, 13, "name")], (11, 18),
         'Ann met <mark class="ann ann-name">Bo </mark><span class="cited" id="cited" tabindex="-1">'
         '<mark class="ann ann-name">Li</mark> now.</span>'),
        ("Ann met Bo.", [], (0, 3), '<span class="cited" id="cited" tabindex="-1">Ann</span> met Bo.'),
        ("Ann met Bo.", [], (5, 99), "Ann met Bo."),  # past the end: no box
        ("Ann met Bo.", [], None, "Ann met Bo."),
    ],
)
def test_markup_annotate_cited_boxes_passage(text, inner, cited, expected):
    body = str(annotate_cited(text, [], inner, cited))
    assert body == expected
    assert _plain(body) == text


@pytest.mark.parametrize(
    "sentence, term, expected",
    [
        ("the swap since the special military operation began", "special military operation",
         'the swap since the <mark class="ann ann-term">special military operation</mark> began'),
        ("terminals seized by the operators", "seized by operators",
         'terminals <mark class="ann ann-term">seized by</mark> the <mark class="ann ann-term">operators</mark>'),
        ("a <b> War & peace", "war", 'a &lt;b&gt; <mark class="ann ann-term">War</mark> &amp; peace'),
        ("warfare is not the word", "war", "warfare is not the word"),  # whole words only
    ],
)
def test_markup_mark_term_marks_words_in_order(sentence, term, expected):
    assert str(mark_term(sentence, term)) == expected
