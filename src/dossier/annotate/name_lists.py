"""A name listed among people is a person: "Karina Ariev, Daniella Gilboa, Naama Levy and Liri Albag".

The tagger labels each name of a list on its own, and an unfamiliar given name can make one of
them an organisation or a place, which then never meets the same person spelt another way in the
next article. The one span of a person's shape (``name_forms.person_shaped``), not a known place,
in a list whose other members, two or more, are all people's names, joined only by commas and
"and" / "or", is one more person.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from dossier.annotate.gazetteer import country_of
from dossier.name_forms import person_shaped

# What may stand between two names of one list.
JOINERS = frozenset({",", "and", "or", ";"})
# People the rest of a list must name before its one odd member is taken for one more.
MIN_PEOPLE = 2
RELABELLED = frozenset({"ORG", "FAC", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART"})


def persons_in_lists(ents: Sequence[Span]) -> list[Span]:
    """The spans, with the one non-person of a person's shape in a list of people relabelled PERSON.

    Args:
        ents: a document's named-entity spans in text order.
    """
    ents = list(ents)
    result = list(ents)
    start = 0
    while start < len(ents):
        end = start + 1
        while end < len(ents) and _joined(ents[end - 1], ents[end]):
            end += 1
        listed = range(start, end)
        odd = [i for i in listed if ents[i].label_ != "PERSON"]
        people = [i for i in listed if ents[i].label_ == "PERSON" and person_shaped(ents[i].text)]
        if len(odd) == 1 and len(people) == len(listed) - 1 >= MIN_PEOPLE and _person_like(ents[odd[0]]):
            result[odd[0]] = Span(ents[0].doc, ents[odd[0]].start, ents[odd[0]].end, label="PERSON")
        start = end
    return result


def _person_like(ent: Span) -> bool:
    return ent.label_ in RELABELLED and person_shaped(ent.text) and not country_of(ent.text)


def _joined(first: Span, second: Span) -> bool:
    """Whether only list joiners stand between two spans (at least one), in one sentence."""
    between = first.doc[first.end:second.start]
    return len(between) > 0 and all(t.lower_ in JOINERS for t in between) and any(t.text == "," for t in between) \
        or len(between) == 1 and between[0].lower_ in {"and", "or"}
