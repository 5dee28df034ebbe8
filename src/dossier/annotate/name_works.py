"""Titles of works (films, books, series) that the tagger takes for people, bodies or places.

A title is written like a name ("Catching Fire", "Twilight") and the tagger, which has no label
for works among the kinds a dossier keeps, calls it a person or an organisation; a story about a
film then has "Catching Fire" negotiating with its director. The grammar around a title shows it
is a work: it is in apposition to a noun of a work ("the sequel, Catching Fire"; "Catching Fire,
the second book"), the object of "of" after one ("the adaptation of Catching Fire"), or the
modifier of a noun of a series of works ("the Twilight films", "the Twilight franchise"). One
such use is enough for the whole article: its other mentions ("signed for Catching Fire") are the
same title. Works are no entities of a dossier (the labels kept are NAME_LABELS in
``annotate.names``), so the caller drops them.

Known limits: a title named only in other articles, or only in quotation marks, is not found
(names are quoted too: a nickname, a chant); a studio's name before "films" or "franchise" is
taken for a title ("the Acme films"); a
person-shaped name before a singular work noun stays a person ("the Ann Hale novel" is read as
hers), while before a plural or a series noun it is taken for a title ("the Ann Hale films").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span

from dossier.name_forms import person_shaped

# Nouns of a single work (general English): a title in apposition to one, or after "of" one, is a work.
WORK_NOUNS = frozenset({
    "film", "movie", "sequel", "prequel", "book", "novel", "series", "franchise", "trilogy", "saga", "adaptation",
    "installment", "instalment", "album", "song", "documentary", "musical", "opera", "memoir", "remake",
    "blockbuster", "sitcom", "miniseries", "episode", "biopic", "bestseller", "play",
})
# Nouns of a set of works or of one work made after another: a name modifying one is a title
# even when shaped like a person's ("the Harry Potter films"). Plural work nouns count too.
SERIES_NOUNS = frozenset({"series", "franchise", "trilogy", "saga", "sequel", "prequel", "adaptation", "remake",
                          "sequels", "films", "movies", "books", "novels", "instalments", "installments"})
# Nouns after which "of" introduces the work itself ("the adaptation of X"), not its author or place.
OF_WORK_NOUNS = frozenset({"adaptation", "sequel", "prequel", "remake", "version", "filming", "shooting"})


def work_titles(ents: Sequence[Span], clean: Callable[[str], str]) -> set[str]:
    """The cleaned names the article uses as titles of works.

    Args:
        ents: the article's name spans.
        clean: the function that cleans a span's text into a name (``names.clean_name``).

    Returns:
        Names to drop from the article's entities, every mention of them; never a word of a
        person the article names in full ("the Hale films" of Ann Hale's).
    """
    found = {clean(ent.text) for ent in ents if names_a_work(ent, clean(ent.text))}
    people = {w for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 for w in clean(ent.text).split()}
    return {t for t in found | (_untagged_titles(ents[0].doc) if ents else set()) if t not in people}


def _untagged_titles(doc) -> set[str]:
    """Titles the tagger did not tag where a noun of a series of works follows them ("the
    Moonvale franchise", "the 'Moonvale' films"): the capitalised proper nouns right before it."""
    found = set()
    for token in doc:
        if not (token.is_lower and token.pos_ == "NOUN" and _series_head(token)):
            continue
        end = token.i
        while end > 0 and doc[end - 1].is_quote:
            end -= 1
        start = end
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1
        if start < end and not doc[start:end].ents and not person_shaped(doc[start:end].text):
            found.add(doc[start:end].text)
    return found


def names_a_work(ent: Span, name: str) -> bool:
    """Whether the grammar around one span shows it is a work's title (see the module's doc).

    Args:
        ent: a named-entity span of a parsed sentence.
        name: its cleaned text.

    Returns:
        True for a title; False for spans of one letter or none.
    """
    if len(name) < 2:
        return False
    root = ent.root
    head = root.head  # the parse often attaches a title oddly: surface rules follow
    if root.dep_ == "appos" and head.lemma_.lower() in WORK_NOUNS and not _inside(head, ent):
        return True  # "the sequel, Catching Fire"
    if any(c.dep_ == "appos" and c.lemma_.lower() in WORK_NOUNS for c in root.children):
        return True  # "Catching Fire, the second book in the trilogy"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in OF_WORK_NOUNS:
        return True  # "the adaptation of Catching Fire"
    after = _after_quotes(ent)
    if after is not None and after.is_lower and after.pos_ == "NOUN" and (
            _series_head(after) or (after.lemma_.lower() in WORK_NOUNS and not person_shaped(name))):
        return True  # "the Twilight films", "The Hunger Games sequel"
    return _after_work_noun(ent)


def _after_quotes(ent: Span):
    """The token after a span and its closing quotation marks, if any ("'Dune' sequel")."""
    i = ent.end
    while i < len(ent.doc) and ent.doc[i].is_quote:
        i += 1
    return ent.doc[i] if i < len(ent.doc) else None


def _after_work_noun(ent: Span) -> bool:
    """An apposition the parse missed: a work noun, a comma, then the span, which ends its phrase
    ("the third installment, Mockingjay)"; "the best of the series, Ann Hale said" is a speaker)."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != "," or doc[ent.start - 2].lemma_.lower() not in WORK_NOUNS:
        return False
    following = doc[ent.end] if ent.end < len(doc) else None
    return following is None or following.is_punct or following.pos_ == "CCONJ"


def _series_head(token) -> bool:
    """A noun of a set of works, or any work noun in the plural ("films", "books")."""
    return token.lower_ in SERIES_NOUNS or (token.tag_ in {"NNS", "NNPS"} and token.lemma_.lower() in WORK_NOUNS)


def _inside(token, ent: Span) -> bool:
    return ent.start <= token.i < ent.end
