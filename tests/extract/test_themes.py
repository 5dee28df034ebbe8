"""What agreements, offers, requests and demands are about, on sentences written for these tests."""

import pytest

from dossier.extract.themes import find_theme, theme_keys

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "trigger", "nominal", "keys", "text"),
    [
        ("The envoys agreed to release all captured soldiers.", "agreed", False, "people", "soldiers"),
        ("Both camps agreed to draft proposals for a truce.", "agreed", False, "ceasefire documents proposal",
         "proposals for a truce"),
        ("The rebels offered a ceasefire for three days.", "offered", False, "ceasefire", "ceasefire for three days"),
        ("The junta demanded the withdrawal of foreign troops.", "demanded", False, "withdrawal",
         "withdrawal of foreign troops"),
        ("They set out harsh conditions, including the withdrawal of all units.", "conditions", True, "withdrawal",
         "withdrawal of all units"),
        # A place or time of the act is no part of what it is about.
        ("The minister handed over a memorandum at the summit.", "handed", False, "documents proposal",
         "memorandum"),
        # A second clause joined to the first says something else.
        ("The sides agreed to free hostages and signed a memorandum.", "agreed", False, "people", "hostages"),
    ],
)
def test_themes_read_from_the_complement(nlp, sentence, trigger, nominal, keys, text):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == trigger)
    theme = find_theme(token, nominal)
    assert theme is not None and theme.role == "theme"
    assert (theme.canonical, theme.text) == (keys, text)
    assert sentence[theme.start:theme.end] == theme.text


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The sides agreed on the timing of the exchange.", "agreed"),  # "exchange" needs its arguments
        ("The agreement was reached on Friday.", "agreement"),
    ],
)
def test_themes_absent_when_the_complement_names_nothing_known(nlp, sentence, trigger):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == trigger)
    assert find_theme(token, token.pos_ == "NOUN") is None


def test_themes_keys_come_from_the_ontology():
    assert theme_keys("truce") == {"ceasefire"}
    assert theme_keys("prisoner") == {"people"}
    assert theme_keys("statement") == set()  # too general to tell two agreements apart
