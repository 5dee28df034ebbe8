"""Evidence that reports of a kind of event a story holds many of on one day tell the same one.

Attacks, arrests, trials and statements are many on a day (``events.MANY_A_DAY``), so two reports
of one of them need more in common than their type and day. Two kinds of such evidence live here:
a name both reports give on the same day (the victim, the suspect, the firm or street where it
happened), and, inside one article, a report that carries on the article's account of the day's
happening (a shooting reported as "shot", then "the shooting", then "killing the receptionist").
Kept apart from ``events``, which weighs the evidence and places mentions.

Measured end to end on ECB+ (``dossier eval ecbplus-build``, topics 1-20, 2026-11-23): CoNLL F1
0.462 -> 0.548 with the shared name, which carries it; the account inside one article does not
move ECB+ (its scored sentences are an article's first few) but cut the attack events of the
review's office-shooting story from 25 to 20 and of a workplace shooting from 23 to 19. A shared
name a day apart changed nothing on 1-20 and was left out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier import models
from dossier.annotate.gazetteer import is_demonym
from dossier.resolve.coref_lexicon import lemma_relation
from dossier.resolve.entities import fold
from dossier.timevalues import width

if TYPE_CHECKING:
    from dossier.resolve.events import Cluster

# Argument roles that name who took part in a happening or where: a country is left out (see below).
NAMED_ROLES = frozenset({"actor", "target", "participant", "location"})
# Words before a trigger that mark one more happening of its kind (general English): "another
# shooting", "a second attack", "a separate arrest", "a new strike".
ANOTHER = frozenset("another second third fourth fifth new fresh further renewed subsequent additional separate "
                    "earlier previous prior".split())
# Those of them that count the happening: an article writing "a second earthquake" or "another
# blast" has told of more than one, where "additional discussions" or "renewed talks" may go on
# with the one it told (``marked_apart``; Istanbul gold merges "held additional discussions").
COUNTING = frozenset("another second third fourth fifth".split())
ANOTHER_REACH = 3  # words before the trigger looked at: "a second deadly shooting"
# Words of ANOTHER that English names open with: "New York", "New Delhi", "Second Avenue", "Fifth
# Street". Capitalised and followed by a capitalised word that is not the trigger, such a word is
# part of a name ("New York woman killed", at a headline's start too), no mark of one more
# happening. "Another", "further" or "separate" open no name: "Another Chicago shooting" keeps its
# mark, and so do "New Israeli strike" (a nationality follows) and a title-cased "A New Attack"
# (the capitals run on into the trigger). ECB+ build subset (events_pairs; 2026-11-24): CoNLL F1
# 0.750 -> 0.754, B-cubed P / R 0.824 / 0.749 -> 0.821 / 0.756.
NAME_OPENING = frozenset("new second third fourth fifth".split())
# Relations of two triggers (resolve.coref_lexicon) that name one kind of happening: "shot" and
# "shooting", "killed" and "killing", "attack" and "assault". A prefix match alone is no relation.
RELATED = frozenset({"same", "family", "synonym"})
WORD = re.compile(r"[A-Za-z]+")
# Punctuation that ends a phrase: a word before it modifies something else than the trigger.
PHRASE_BREAK = re.compile(r"[,;:()\u2013\u2014]")  # not a hyphen: tokenised text spaces "hit - and - run"
# A pronoun subject, a copula and an event noun as its predicate ("It was a brutal attack", "This was
# an execution", "That is the worst shooting"): the clause names again a happening the text has told,
# it does not tell another. A determiner, then at most two words (adjectives), stand before the noun:
# a passive verb ("it was attacked") is left to the other tests.
RENAMING = re.compile(r"\b(?:it|this|that)\s+(?:is|was|'s|has been|had been|seemed|seems|looked like|looks like)"
                      r"(?:\s+(?:clearly|simply|just|really|not just|nothing but|nothing less than))?"
                      r"\s+(?:an?|the|one)\s+(?:[a-z-]+\s+){0,2}$")
# English inflections and what the word before them may have ended with: "died" (die), "carried"
# (carry), "fleeing" (flee), "escapes" (escape), "stopped" is left to the stemmer's word family.
INFLECTIONS = (("ied", ("y",)), ("ies", ("y",)), ("ed", ("", "e")), ("d", ("",)), ("ing", ("", "e")),
               ("es", ("", "e")), ("s", ("",)))


def base_forms(word: str) -> frozenset[str]:
    """The word and what it may be an inflection of: "dies" and "died" give "die", "fleeing" "flee",
    "escaped" "escape". Crude on purpose: a wrong form only matters when it names another
    kind of happening, which ``lemma_relation`` then has to find related."""
    word = word.lower()
    forms = {word}
    for suffix, endings in INFLECTIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            forms |= {word[: -len(suffix)] + ending for ending in endings}
    return frozenset(forms)


def related_triggers(a: str, b: str) -> bool:
    """Whether two triggers name one kind of happening: some base forms of theirs are the same word,
    one word family or synonyms ("dies" and "died", "died" and "death", "fleeing" and "escaped")."""
    return any(lemma_relation(x, y) in RELATED for x in base_forms(a) for y in base_forms(b))


def specific_names(mention: models.EventMention) -> set[str]:
    """Folded names of the people, bodies and places a report names, without the countries.

    A country takes part in every happening of a national story ("Greece" in each report of a
    day of riots), so it says nothing about which one a report tells; a victim, a firm or a town
    does.
    """
    countries = {fold(a.country) for a in mention.arguments if a.country}
    found = {fold(a.canonical) for a in mention.arguments if a.role in NAMED_ROLES and a.canonical}
    if mention.location:
        found.add(fold(mention.location))
    return {name for name in found if name and name not in countries}


def writes_a_name(mention: models.EventMention, names: set[str]) -> bool:
    """Whether a report's sentence writes one of some folded names of two words or more, word for
    word: a parse that found no party ("destroyed Palmer's historic Matanuska Maid Dairy warehouse",
    "The Indian Navy on Saturday foiled ... and arrested") still tells whom or where. A lone word
    is left out, being as often a place or a kind ("Alaska Gov. Sarah Palin", "the Mafia")."""
    sentence = f" {fold(mention.sentence)} "
    return any(f" {name} " in sentence for name in names if len(name.split()) > 1)


def shares_a_name(mention: models.EventMention, cluster: Cluster) -> bool:
    """Whether the report names a person, body or place (not a country) one of the event's reports names."""
    ours = specific_names(mention)
    return bool(ours) and any(ours & specific_names(m) for m in cluster.mentions)


def marks_another(mention: models.EventMention, words: frozenset[str] = ANOTHER) -> bool:
    """Whether the words before the trigger mark one more happening of its kind ("another shooting"),
    not as the first word of a name ("New York", ``NAME_OPENING``). Only words of the trigger's own
    phrase count: a comma, semicolon, colon, dash or bracket ends the phrase a marking word belongs
    to ("who had previous convictions, was found dead" marks no second death)."""
    head = mention.sentence[: mention.trigger_start - mention.sentence_start]
    before = WORD.findall(PHRASE_BREAK.split(head)[-1])
    start = max(len(before) - ANOTHER_REACH, 0)
    return any(word.lower() in words and not _opens_name(word, before[index + 1:])
               for index, word in enumerate(before[start:], start))


def marked_apart(mention: models.EventMention, cluster: Cluster) -> bool:
    """Whether an article tells the mention and the cluster's reports of its type as two happenings:
    one counts itself one more (COUNTING: "A second earthquake struck nine hours later", "another
    blast") after the article told one it does not mark ("A powerful earthquake struck ..."). Any
    kind of event, many a day or not: an article that counts its quakes or blasts has told of more
    than one. A report told after the marked one and marking nothing refers back to it ("a second
    round of talks ... The talks lasted an hour") and is not kept apart. Only the mention's own
    article's reports of its type are read; other articles' "second quake" may be this one.

    Args:
        mention: a report about to be placed.
        cluster: an event being built.

    Returns:
        True when the mention marks another and the cluster holds an unmarked report of its article
        and type told before it, or it marks none, comes before them, and all the cluster's reports
        of its article and type are marked.
    """
    own = [m for m in cluster.mentions if m.doc_id == mention.doc_id and m.event_type is mention.event_type]
    if not own:
        return False
    if marks_another(mention, COUNTING):
        return any(m.sentence_start < mention.sentence_start and not marks_another(m, COUNTING) for m in own)
    return all(marks_another(m, COUNTING) and m.sentence_start > mention.sentence_start for m in own)


def _opens_name(word: str, following: list[str]) -> bool:
    """Whether a word of ANOTHER is the capitalised first word of a name: a name-opening word whose
    next word, before the trigger, is capitalised and no nationality ("New York", not "New Israeli")."""
    return (word.lower() in NAME_OPENING and word[0].isupper() and bool(following)
            and following[0][0].isupper() and not is_demonym(following[0]))


def renames_told(mention: models.EventMention) -> bool:
    """Whether the trigger is the predicate noun of "it was a ...", "this was an ...": the happening
    told before, named again (and often judged: "an assassination", "a cowardly attack")."""
    before = mention.sentence[: mention.trigger_start - mention.sentence_start].lower()
    before = before.replace("\u2019", "'").replace('"', " ").replace("\u201c", " ")
    return bool(RENAMING.search(before))


def continues_account(mention: models.EventMention, cluster: Cluster, *, named_definitely: bool = False) -> bool:
    """Whether a report goes on with its own article's account of the event's happening.

    An article about one shooting tells it many times: "a gunman shot three people", "the
    shooting", "shot the receptionist", "killing one". A report joins a same-day event of its own
    article when one of that article's reports of it has a trigger of the same kind of happening
    ("shot" and "shooting", "killed" and "killing") or names the same person or place, or it names
    the happening again, as a copula's predicate ("It was a sudden attack": ``renames_told``) or by a
    definite noun phrase ("the assault", "this ambush": a name of something already told), and the
    report, or that one, does not mark one more happening ("another shooting"). A war report's "women were shot"
    and "airstrikes thumped into positions" share neither, and stay two attacks.

    Args:
        mention: a report about to be placed, of a type many a day.
        cluster: an event being built; only its reports from the mention's article, of its type
            and dated the same day (or, in an undated article, not dated either), are looked at.
        named_definitely: the caller found the trigger a definite name of a happening
            (``events_evidence.definite``, which imports this module).

    Returns:
        True when the report carries on the account of the cluster's happening.
    """
    if marks_another(mention) or (mention.date_value is not None and width(mention.date_value) > 1):
        return False  # one more happening; or a month, a year: no single happening's day
    own = [m for m in cluster.mentions if m.doc_id == mention.doc_id and m.event_type is mention.event_type
           and m.date_value == mention.date_value and not marks_another(m)]
    if not own:
        return False
    if named_definitely or renames_told(mention) or any(related_triggers(mention.trigger, m.trigger) for m in own):
        return True
    ours = specific_names(mention)
    return bool(ours) and any(ours & specific_names(m) for m in own)
