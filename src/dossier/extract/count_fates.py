"""What befell the people a count counts, when it is not death: wounded, displaced, affected,
infected, shot, in hospital or under suspicion.

Split out of ``quantity_roles`` (which role each number plays) because the fate is read from its own
cues: the words on the counted noun and on its verb, and the label of a table line ("Injured: 61",
"Hospitalized: 6"), where the label before the colon names the fate of the number after it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dossier.extract.count_scope import counted_noun

FATES = {
    "wounded": frozenset({"injure", "wound", "hurt", "maim", "injured", "wounded"}),
    "displaced": frozenset({"displace", "displaced", "homeless", "evacuate", "flee", "uproot", "relocate"}),
    "affected": frozenset({"affect", "affected", "need", "require", "depend", "receive", "help", "feed", "reach"}),
    "infected": frozenset({"infect", "infected", "sicken", "sickened"}),
    # "shot three people, killing one": those hit, of whom some died; "shot dead" is a death (see _fate)
    "shot": frozenset({"shoot", "stab", "stabbed"}),
    # In an outbreak, people in hospital or awaiting tests are counted apart from the sick and the dead.
    "hospitalised": frozenset({"hospitalise", "hospitalize", "hospitalised", "hospitalized", "hospital"}),
    "suspected": frozenset({"suspect", "quarantine", "quarantined", "isolate", "isolated"}),
}
# People infected are an outbreak's cases, the role a count of "confirmed cases" has (see ``tolls``).
FATE_ROLES = {"infected": "cases"}
# Label words of a table line that count the dead ("Total dead: 38", "Deaths: 12").
DEATH_LABELS = frozenset({"dead", "death", "deaths", "killed", "fatality", "fatalities", "die", "kill"})


def fate_of(span: Span) -> str | None:
    """What befell the people counted, when it is not death: wounded, displaced or affected."""
    label = _table_label(span)
    if label is not None:
        return label or None  # "Dead: 192": "" says death
    token = counted_noun(span)
    words = {c.lemma_.lower() for c in token.children if c.dep_ in {"amod", "acl", "relcl", "oprd"}}
    if token.dep_ == "dobj":  # "left 1,500 people homeless": the state is the verb's complement
        words |= {c.lemma_.lower() for c in token.head.children if c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"}}
    verb = _harm_verb(span) or (token.head.lemma_.lower() if token.dep_ in {"nsubj", "nsubjpass"}
                                and token.head.pos_ == "VERB" else None)
    words |= {verb} if verb else set()
    if token.dep_ in {"nsubj", "nsubjpass"}:  # "1,004 people (were) reported infected"
        words |= {c.lemma_.lower() for c in token.head.children if c.dep_ in {"xcomp", "oprd", "acomp"}}
        # "are thought to be in need of aid": in need, however deep the verbs run
        words |= {"need" for t in token.head.subtree if t.lower_ == "need" and t.head.lower_ == "in"}
        if token.head.lemma_.lower() == "undergo" and any(  # "32 people are undergoing tests"
                c.dep_ == "dobj" and c.lemma_.lower() in {"test", "observation", "screening"} for c in token.head.children):
            words.add("suspect")
    # "104 people in (the) hospital": where they are tells what befell them
    words |= {g.lemma_.lower() for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
              for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() == "hospital"}
    if words & FATES["affected"] and _treated_for_harm(token):
        return "wounded"  # "five people received treatment after being injured": the care is for a wound
    if words & FATES["shot"] and _shot_dead(token):
        return None  # "shot dead five people", "shot to death one person": a death
    for fate, cues in FATES.items():
        if words & cues:
            return fate
    return None


def _treated_for_harm(noun: Token) -> bool:
    """Whether people who received or needed something got it for a wound: "received treatment after
    being injured", "needed care for their injuries" (the subject's verb has such a phrase)."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    phrases = [c for c in verb.children if c.dep_ in {"prep", "advcl"} and c.lower_ in {"after", "for", "from"}]
    return any(t.lemma_.lower() in FATES["wounded"] | {"injury", "wound"} for p in phrases for t in p.subtree)


def _shot_dead(noun: Token) -> bool:
    """Whether the verb shooting the counted people says they died ("shot dead", "shot to death")."""
    verb = noun.head
    return any(c.lower_ == "dead" or (c.lower_ == "to" and any(g.lower_ == "death" for g in c.children))
               for c in verb.children)


def _harm_verb(span: Span) -> str | None:
    """The lemma of the verb a counted noun is the object or passive subject of, if any."""
    token = counted_noun(span)
    if token.dep_ in {"dobj", "nsubjpass", "conj"} and token.head.pos_ in {"VERB", "NOUN", "PROPN", "NUM"}:
        head = token.head
        while head.dep_ == "conj" and head.pos_ != "VERB":
            head = head.head
        return head.lemma_.lower() if head.pos_ == "VERB" else None
    return None


def _table_label(span: Span) -> str | None:
    """The fate a table line's label gives the number after its colon ("Injured: 4,877" is wounded,
    "Total dead: 38" is "" for death), or None when the number is not such a line's value.

    A line of a table is its own sentence: a short label, a colon, the number and nothing more.
    """
    sent = span.sent
    before = [t for t in sent if t.i < span.start and not t.is_space]
    after = [t for t in sent if t.i >= span.end and not (t.is_space or t.is_punct)]
    if not before or before[-1].text != ":" or after or len(before) > 5:
        return None
    words = {t.lemma_.lower() for t in before[:-1]} | {t.lower_ for t in before[:-1]}
    if words & DEATH_LABELS:
        return ""
    return next((fate for fate, cues in FATES.items() if words & cues), None)
