import pytest

from dossier.annotate.acronyms import acronym_letters, expand_acronyms, initials, spellings


@pytest.mark.parametrize(
    ("text", "letters"),
    [("FBI", "FBI"), ("U.N.", "UN"), ("NATO", "NATO"), ("Nato", None), ("A", None), ("G7", None), ("ABCDEFG", None)],
)
def test_acronyms_letters(text, letters):
    assert acronym_letters(text) == letters


@pytest.mark.parametrize(
    ("name", "letters"),
    [
        ("Food and Drug Administration", "FDA"),
        ("Department of Homeland Security", "DHS"),
        ("International Committee of the Red Cross", "ICRC"),
        ("Équipe Nationale Mobile", "ENM"),
    ],
)
def test_acronyms_initials_skip_minor_words(name, letters):
    assert initials(name) == letters


@pytest.mark.parametrize(
    ("name", "found"),
    [("Cross-Border Relief Agency", {"CRA", "CBRA"}), ("Harbour Pilots Guild", {"HPG"}), ("Guild", set()),
     # one word run together from three capitalised words; two are no acronym
     ("FernBrookTextiles", {"FBT"}), ("McKenna", set()), ("SeaView", set()), ("OSLO", set())],
)
def test_acronyms_spellings_with_and_without_hyphenated_parts(name, found):
    assert spellings(name) == found


@pytest.mark.parametrize(
    ("names", "bracketed", "expected"),
    [
        # initials of the only full name
        ([("ORG", "Harbour Pilots Guild"), ("ORG", "HPG")], [], {("ORG", "HPG"): ("ORG", "Harbour Pilots Guild")}),
        # two full names fit: nothing
        ([("ORG", "Harbour Pilots Guild"), ("ORG", "Hill Painters Guild"), ("ORG", "HPG")], [], {}),
        # a bracket decides even when another name fits the letters
        ([("ORG", "Harbour Pilots Guild"), ("ORG", "Hill Painters Guild"), ("ORG", "HPG")],
         [(("ORG", "Hill Painters Guild"), "HPG")], {("ORG", "HPG"): ("ORG", "Hill Painters Guild")}),
        # a bracket may spell a name in another order (a foreign-language acronym)
        ([("ORG", "Delta Workers Party"), ("ORG", "PWD")], [(("ORG", "Delta Workers Party"), "PWD")],
         {("ORG", "PWD"): ("ORG", "Delta Workers Party")}),
        # a hyphenated word may give one initial or two
        ([("ORG", "Cross-Border Relief Agency"), ("ORG", "CBRA")], [],
         {("ORG", "CBRA"): ("ORG", "Cross-Border Relief Agency")}),
        # people are never expanded, nor are they expansions
        ([("PERSON", "Harriet Paula Green"), ("ORG", "HPG")], [], {}),
        ([("ORG", "Harbour Pilots Guild"), ("PERSON", "HPG")], [], {}),
        # countries stay with the gazetteer
        ([("GPE", "United States"), ("GPE", "US")], [], {}),
        # an organisation's acronym does not spell a place, nor a place's an organisation
        ([("LOC", "Kestrel Pass"), ("ORG", "KP")], [], {}),
        ([("ORG", "Kestrel Partners"), ("GPE", "KP")], [], {}),
        ([("FAC", "Kestrel Pier"), ("GPE", "KP")], [], {("GPE", "KP"): ("FAC", "Kestrel Pier")}),
        # a name with an acronym of its own is not abbreviated by initials
        ([("ORG", "KLM Partners"), ("ORG", "KP")], [], {}),
        # but a bracket still decides
        ([("LOC", "Kestrel Pass"), ("ORG", "KP")], [(("LOC", "Kestrel Pass"), "KP")],
         {("ORG", "KP"): ("LOC", "Kestrel Pass")}),
    ],
)
def test_acronyms_expand(names, bracketed, expected):
    assert expand_acronyms(names, bracketed) == expected


def test_acronyms_one_name_under_two_labels_is_not_ambiguous():
    # the tagger called the name an organisation once and a place once: still one name
    names = [("ORG", "Harbour Pilots Guild"), ("GPE", "Harbour Pilots Guild"), ("ORG", "HPG")]
    assert expand_acronyms(names) == {("ORG", "HPG"): ("ORG", "Harbour Pilots Guild")}
