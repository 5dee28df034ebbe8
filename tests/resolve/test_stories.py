"""Story labels: an untitled article's story is named by its lead, past the page's furniture."""

from __future__ import annotations

import pytest

from dossier.resolve.stories import _lead_words


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("PORTVILLE, March 2 | Mon Mar 2, 2020 9:12 am EST PORTVILLE (Wire) - The mill closed on Monday.",
         "The mill closed on Monday."),
        ("\n\nFerry resumes Saturday 3 March 2018 14.05 GMT Boats left.", "Ferry resumes Boats left."),
        ("one two three four five six seven eight nine ten eleven twelve thirteen",
         "one two three four five six seven eight nine ten eleven twelve …"),
        ("", ""),
    ],
)
def test_stories_untitled_label_is_the_lead_without_furniture(text, label):
    assert _lead_words(text) == label
