"""Names in an event's sentence that are no party to it, and the "of" phrase that is its patient.

Split out of ``arguments`` (which reads roles from the path between a name and the trigger) because
these rules look at what a name modifies rather than at that path:

- a place or nationality that only says where a person or an organisation is from is no party:
  "a 36-year-old Australian climber", "a man from Millom", "a Wasilla woman", "New York-based
  Human Rights Watch" (``arguments._origin_of_a_person`` covers a short list of private people;
  here any private person, by WordNet, and "-based"; "Iranian officials" still act for Iran);
- a place a distance or a direction is measured from is where something happened, not what was hit:
  "struck seven km east of X", "on the outskirts of X";
- a nationality counted as people ("one Australian and one English climber") names people, not
  their state;
- in "the killing of X", "the arrest of X" the "of" phrase of an event noun of a transitive happening
  is what the happening befell (the ``target``), where "the death of X" or "the meeting of X" keeps X
  as the actor;
- a place in a relative clause on another noun than the trigger tells where that clause's verb
  happened: "the death of the ruler, which kindled hopes here and in the West" did not happen in the
  West ("the talks, which were held in Geneva" keeps Geneva: the clause is on the trigger);
- a place inside an organisation's name ("the Organisation for Security and Co-operation in
  Europe", when the name tagger split it) is no place of the event;
- the subject of a headline's bare participle ("X arrested on suspicion of ...", "X shot and killed
  outside a school") is the one the happening befell, not its doer (``headline_passive``);
- the offence of a charge ("charged with DWI", "on suspicion of DUI"), which taggers often call an
  organisation, is no party (``names_an_offence``);
- a town, a region or a building is no party to a death: it is where someone died (``dies_no_place``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dossier import models
from dossier.extract.thing_kinds import kinds
from dossier.extract.word_classes import GROUP_NOUNS, OFFICE_ROLES

T = models.EventType
# Event types whose noun takes what the happening befell in its "of" phrase ("the killing of X").
PATIENT_OF_TYPES = frozenset({T.ATTACK, T.ARREST, T.TRIAL, T.RELEASE, T.RESCUE, T.TRANSFER})
# Nouns of those types whose "of" phrase is still the one who acts or suffers alone ("the death of").
AGENT_OF_NOUNS = frozenset({"death", "attack", "assault", "offensive", "raid", "strike", "riot", "fall"})
# Words a distance or a direction is measured from: "seven km east of X", "the outskirts of X".
BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "outskirts", "edge", "suburbs", "km", "kilometres", "kilometers", "miles", "mile"})
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
# Words of an organisation's name that a place name completes ("... Co-operation in Europe").
NAME_PREPS = frozenset({"in", "of", "for"})


def not_a_party(root: Token, label: str) -> bool:
    """Whether a name is no party to the event (see the module docstring).

    Args:
        root: the root token of the name.
        label: the name's entity label.

    Returns:
        True for a place or nationality telling where a person or group is from, a place a distance
        is measured from, or a nationality counted as people.
    """
    if label == "PERSON" and root.dep_ != "compound":
        return False
    head = root.head
    if label in PLACE_LABELS and (any(c.lower_ in {"-based", "based"} for c in root.children) or (
            root.dep_ in {"compound", "amod", "nmod", "npadvmod"} and head.lower_ in {"based", "-based"})):
        return True  # "New York-based Human Rights Watch"
    if root.dep_ in {"compound", "amod", "nmod"} and head.pos_ == "NOUN" and _person(head):
        return True  # "a 36-year-old Australian climber", "a Wasilla woman" (whatever the tagger called it)
    if label == "PERSON":
        return False
    if _address(root, label):
        return True
    if label in PLACE_LABELS and root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in BEARINGS:
        return True  # "seven km east of X"
    return label == "NORP" and any(c.dep_ == "nummod" for c in root.children)  # "one Australian"


def _address(root: Token, label: str) -> bool:
    """"a man from Millom", "John Jenkin, 23 and from Cumbria", "Mr X, of Y Street, Leeds": where a
    private person is from. An "of" phrase counts only set off by a comma, as an address is ("Putin of
    Russia" names whom he leads), and a name the tagger did not call a place only after a comma too."""
    anchor = root
    while anchor.dep_ in {"appos", "conj", "compound"} and anchor.head.i != anchor.i:
        anchor = anchor.head  # "Mr X, of Y Street, Z": Z stands beside the street
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ not in {"from", "of"}:
        return False
    comma = prep.i > 0 and prep.doc[prep.i - 1].text == "," or prep.dep_ == "conj"
    if (prep.lower_ == "of" or label not in PLACE_LABELS) and not comma:
        return False
    owner = prep.head
    while (owner.dep_ in {"conj", "appos"} or owner.like_num) and owner.head.i != owner.i:
        owner = owner.head  # "John Jenkin, 23 and from Cumbria": the age stands between
    return _person(owner)


def _person(noun: Token) -> bool:
    """Whether a noun is a private person: one of its first WordNet senses is a person ("climber",
    "woman", "teenager") and it names no agent of a state or group (an official, a soldier, an envoy), or a
    name tagged as a person's."""
    if noun.pos_ == "PROPN":
        return noun.ent_type_ == "PERSON"
    lemma = noun.lemma_.lower()
    if lemma in GROUP_NOUNS or lemma in OFFICE_ROLES:
        return False  # "Iranian officials", "the envoy of France": they act for their state
    return noun.pos_ == "NOUN" and "noun.person" in kinds(noun)  # "climber" is a vine first


def patient_of(root: Token, trigger) -> bool:
    """Whether a name is the "of" phrase of an event noun naming what befell it: "the killing of X".

    Args:
        root: the root token of the name.
        trigger: the event's trigger (a ``triggers.Trigger``).

    Returns:
        True when the name hangs by "of" on the trigger noun of an attack, arrest, trial, release or
        rescue whose noun is not one of a lone doer ("the death of X", "the attack of the rebels").
    """
    token = trigger.token
    if trigger.event_type not in PATIENT_OF_TYPES or token.pos_ != "NOUN":
        return False
    if token.lemma_.lower() in AGENT_OF_NOUNS:
        return False
    current = root
    while current.dep_ == "conj":
        current = current.head
    return current.dep_ == "pobj" and current.head.lower_ == "of" and current.head.head.i == token.i


def place_inside_a_name(span: Span, names: list[models.EntityMention]) -> bool:
    """Whether a place completes an organisation's name the tagger cut short: "the Organisation for
    Security and Co-operation in Europe" tagged as an ORG ending before "in Europe".

    Args:
        span: the place's span.
        names: the names of the sentence.

    Returns:
        True when the word before the place is "in"/"of"/"for" and an ORG name ends right before it.
    """
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in NAME_PREPS:
        return False
    end = doc[span.start - 2].idx + len(doc[span.start - 2].text)
    return any(n.label == "ORG" and n.end == end for n in names)


def in_clause_of_another_noun(place: Token, trigger) -> bool:
    """Whether a place lies in a relative clause on a noun other than the trigger (see the module
    docstring).

    Args:
        place: the root token of the place's name.
        trigger: the event's trigger (a ``triggers.Trigger``).

    Returns:
        True when, going up from the place towards the trigger, a relative clause hangs on another noun.
    """
    token = trigger.token
    current = place
    while current.head.i != current.i and current.i != token.i:
        if current.dep_ == "relcl" and current.head.i != token.i:
            return True
        current = current.head
    return False


# Event types a headline's bare participle reports of its subject ("X arrested on suspicion of ..."):
# happenings done to someone, whose verb takes that someone as its object.
PASSIVE_HEADLINE_TYPES = frozenset({T.ATTACK, T.ARREST, T.TRIAL, T.RELEASE, T.RESCUE, T.DEATH, T.TRANSFER})
# Verbs and nouns whose "with" or "of" phrase names the offence, not a party ("charged with X",
# "on suspicion of X", "convicted of X").
CHARGE_WORDS = frozenset({"charge", "accuse", "convict", "suspect", "suspicion", "guilty", "indict", "acquit",
                          "arrest", "book", "cite", "sentence", "jail"})
# Labels of names that cannot die or be killed: a place in a death is where it happened.
PLACE_ONLY = frozenset({"GPE", "LOC", "FAC"})


def headline_passive(root: Token, trigger) -> bool:
    """Whether a name is the subject of a headline's bare participle, the one the happening befell:
    "X arrested on suspicion of ...", "X shot and killed outside a school" (no auxiliary, no object,
    no closing full stop), or of a past participle the parser tagged as one anywhere. A sentence with
    its full stop ("The gunman shot from a roof.") keeps the subject of a past tense as the doer.

    Args:
        root: the root token of the name.
        trigger: the event's trigger (a ``triggers.Trigger``).

    Returns:
        True when the name (or the conjunction it is part of) is the trigger verb's subject there.
    """
    token = trigger.token
    if trigger.nominal or trigger.event_type not in PASSIVE_HEADLINE_TYPES or token.tag_ not in {"VBD", "VBN"}:
        return False
    # A past participle (VBN) with a subject and no auxiliary is passive in any sentence ("when X and
    # two others killed and injured in the crossfire"); a past tense form only in a headline.
    if token.tag_ == "VBD" and token.sent.text.rstrip().rstrip("\"'”’").endswith((".", "!", "?", ":")):
        return False
    verbs = [token, *(c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if any(c.dep_ in {"aux", "auxpass", "dobj", "ccomp", "xcomp", "prt"} for v in verbs for c in v.children):
        return False  # "X has arrested", "X shot two people", "X shot back"
    current = root
    while current.dep_ in {"conj", "compound", "appos"} and current.head.i != current.i:
        current = current.head
    return current.dep_ == "nsubj" and current.head.i == token.i


def names_an_offence(root: Token) -> bool:
    """Whether a name is the offence of a charge ("charged with DWI", "on suspicion of DUI",
    "convicted of Vehicular Manslaughter"), which a tagger often calls an organisation: no party.

    Args:
        root: the root token of the name.

    Returns:
        True when the name (or a conjunction it is part of) hangs by "with" or "of" on a word of
        charging or suspecting.
    """
    current = root
    while current.dep_ in {"conj", "compound"} and current.head.i != current.i:
        current = current.head
    prep = current.head
    return current.dep_ == "pobj" and prep.lower_ in {"with", "of"} and prep.head.lemma_.lower() in CHARGE_WORDS


def victim_of_an_offence(root: Token) -> bool:
    """Whether a name is the victim inside the offence of a charge ("convicted of the murder of X",
    "charged with the 2004 killing of X", "on suspicion of the assault of X"): the offence's own
    party, which the charge, conviction or arrest did not befall and which did not act in it.

    Args:
        root: the root token of the name.

    Returns:
        True when the name (or a conjunction it is part of) hangs by "of" on a noun that hangs by
        "with" or "of" on a word of charging or suspecting, or on the person it names.
    """
    current = root
    while current.dep_ in {"conj", "compound", "appos"} and current.head.i != current.i:
        current = current.head
    prep = current.head
    if current.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return False
    offence = prep.head
    outer = offence.head
    if offence.dep_ != "pobj" or outer.lower_ not in {"with", "of"}:
        return False
    holder = outer.head
    if holder.dep_ in {"dobj", "nsubjpass"}:  # "convicted X of the murder": hung on the convict
        holder = holder.head
    return holder.lemma_.lower() in CHARGE_WORDS


def dies_no_place(label: str, trigger) -> bool:
    """Whether a name is a place in a death: a town or a prison does not die, it is where someone
    died ("a boss from X was found dead in Y"); the event's place is read apart."""
    return trigger.event_type == T.DEATH and label in PLACE_ONLY


def dies_as_member(root: Token, trigger) -> bool:
    """Whether a name in a death only says whom the dead person belonged to: it modifies the noun
    for the person ("a Mafia boss hanged himself", "a Hamas commander died"); the group did not die.

    Args:
        root: the root token of the name.
        trigger: the event's trigger.

    Returns:
        True for such a modifier of a person noun in a death; False elsewhere ("Hamas fighters
        attacked" keeps Hamas as the doer).
    """
    head = root.head
    return trigger.event_type == T.DEATH and root.dep_ in {"compound", "amod", "nmod"} and head.pos_ == "NOUN" \
        and "noun.person" in kinds(head)
