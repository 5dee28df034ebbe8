"""Fixed phrases, names and frames in which an event word names no event, and the veto table.

Split out of ``trigger_fit`` (which asks ``sense_vetoed`` before its own checks) because these
are one group: the word keeps its form but the phrase around it changes its sense:

- "as opposed to the spectacle" compares; "it's been accepted that he would return" believes;
  "settling for a tying field goal" takes a lesser result (a sum of money settled for stays an
  agreement); "caught up in an attack" is being involved in one;
- "the evidence suggests", "tracking suggesting a big weekend", "history demanded": a thing that
  is no party indicates or requires, it proposes or demands nothing; "he was given $3 million
  upfront": money handed to one person, with no word of help, is a payment, not aid;
- "was captured in a surveillance video": an event or act captured is recorded, not taken;
- "Surrey Fire and Rescue", "the Rescue Service": an event word capitalised in mid-sentence and
  coordinated with another capitalised word, or modifying an organisation's head noun, names an
  organisation (not in a title-case headline, where every word is capitalised).

The table ``VETOES`` maps (definition, lemma, nominal) to checks that each veto the reading; it
also holds the sport and film senses of ``play_senses``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dossier.extract import play_senses
from dossier.extract.thing_kinds import is_party, kinds

# Share of capitalised words above which a sentence is a title-case headline.
TITLE_CASE_SHARE = 0.6
# Kinds of what is recorded rather than taken when "captured": happenings, acts and moments.
RECORDED_KINDS = frozenset({"noun.event", "noun.act", "noun.state", "noun.time", "noun.feeling",
                            "noun.phenomenon"})
# Kinds of the head of an organisation's name ("Service", "Brigade", "Department").
ORGANISATION_KINDS = frozenset({"noun.group"})
# Heads of organisations' names whose first WordNet sense is no group ("service" is first an act).
ORGANISATION_HEADS = frozenset({"service", "services", "department", "brigade", "authority", "agency", "unit",
                                "squad", "office", "board", "trust", "foundation", "centre", "center"})
MONEY_ENTITIES = frozenset({"MONEY"})
# Kinds of subjects that speak for a party ("the resolution demands", "the report suggests").
SPEAKING_KINDS = frozenset({"noun.communication", "noun.person", "noun.group", "noun.location"})
# Pronouns of one person, who is paid rather than helped when handed money.
SINGLE_PERSONS = frozenset({"he", "she", "him", "her"})
# Words that make money handed over help after all.
HELP_WORDS = frozenset({"aid", "relief", "help", "assistance", "compensation", "donation", "charity", "victim",
                        "grant", "support", "welfare"})


def as_opposed_to(token: Token) -> bool:
    """"As opposed to the bloated spectacle", "as compared to": a comparison, not a rejection."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return before is not None and after is not None and before.lower_ == "as" and after.lower_ == "to"


def accepts_a_claim(verb: Token) -> bool:
    """"It's generally accepted that he would return", "accepted that he was wrong": a claim held
    true, not an agreement; "accepted the offer" is one."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in verb.children)


def settles_for_less(verb: Token) -> bool:
    """"Settling for a field goal", "settled for a draw": took a lesser result; "settled for $5
    million" (a sum) is still a settlement."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        if not any(t.ent_type_ in MONEY_ENTITIES for t in prep.subtree):
            return True
    return False


def caught_up(verb: Token) -> bool:
    """"Caught up in a gang attack", "caught up in the scandal": involved, not arrested."""
    return any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == "up" for c in verb.children)


def thing_as_doer(verb: Token) -> bool:
    """"Tracking suggesting a huge opening weekend", "the evidence suggests", "history demanded he
    be there": a subject that is no party (a measure, an act, a time, a finding) indicates or
    requires; it proposes or demands nothing. A text ("the resolution demands") speaks for a body
    and keeps its reading."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any((s.pos_ == "NOUN" or s.tag_ == "VBG") and not is_party(s) and not s.ent_type_
               and kinds(s)[:1] and kinds(s)[0] not in SPEAKING_KINDS for s in subjects)


def records_a_scene(verb: Token) -> bool:
    """"The death was captured in a surveillance video", "captured the moment": an event, an act
    or a moment is recorded, not captured by force."""
    patients = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(p.pos_ == "NOUN" and not is_party(p) and kinds(p)[:1] and kinds(p)[0] in RECORDED_KINDS
               for p in patients)


def pays_a_person(verb: Token) -> bool:
    """"He was given $3 million upfront", "gave her $500": money handed to one person, with no
    word of help in the sentence, is a payment, not aid; "the families were given $10,000 in
    aid" keeps its reading.

    Args:
        verb: "give".

    Returns:
        True when the one who gets the money is a single person and nothing speaks of help.
    """
    if any(t.lemma_.lower() in HELP_WORDS for t in verb.sent):
        return False
    takers = [c for c in verb.children if c.dep_ in {"nsubjpass", "dative"}]
    takers += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
               for p in c.children if p.dep_ == "pobj"]
    return any(t.lower_ in SINGLE_PERSONS or t.ent_type_ == "PERSON" for t in takers)


def part_of_name(token: Token) -> bool:
    """"Surrey Fire and Rescue", "the Rescue Service": an event word capitalised in mid-sentence and
    coordinated with another capitalised name word, or modifying a capitalised group noun, is part
    of an organisation's name. A named event ("Hurricane Sandy", "the Iraq War") has neither; a
    title-case headline, where every word is capitalised, tells nothing.

    Args:
        token: the trigger word.

    Returns:
        True when the word is part of a name.
    """
    if token.i == token.sent.start or not token.text[:1].isupper() or token.tag_ not in {"NNP", "NNPS"}:
        return False
    words = [t for t in token.sent if t.is_alpha and t.i != token.sent.start]
    if words and sum(t.text[:1].isupper() for t in words) / len(words) >= TITLE_CASE_SHARE:
        return False
    partners = [token.head] if token.dep_ == "conj" else []
    partners += [c for c in token.children if c.dep_ == "conj"]
    if any(_capitalised_name(p) for p in partners):
        return True  # "Fire and Rescue", "Search and Rescue"
    head = token.head
    return token.dep_ == "compound" and _capitalised_name(head) and (
        head.lemma_.lower() in ORGANISATION_HEADS or bool(set(kinds(head)[:1]) & ORGANISATION_KINDS))


def _capitalised_name(token: Token) -> bool:
    return token.tag_ in {"NNP", "NNPS"} and token.text[:1].isupper()


Check = Callable[[Token], bool]

_FORCE = (play_senses.in_play, play_senses.work_acts, play_senses.harms_only_self, play_senses.attributive)
VETOES: dict[tuple[str, str, bool], tuple[Check, ...]] = {
    **{(name, verb, False): _FORCE for name in ("attack", "collision")
       for verb in ("hit", "strike", "beat", "pound", "torture", "attack")},
    ("attack", "shoot", False): (*_FORCE, play_senses.chance_at),
    ("attack", "shot", True): (play_senses.in_play, play_senses.chance_at, lambda t: play_senses.is_play(t)),
    ("attack", "capture", False): (records_a_scene, play_senses.in_play),
    ("fight", "capture", False): (records_a_scene, play_senses.in_play),
    ("contest", "capture", False): (records_a_scene,),
    **{("fight", verb, False): (play_senses.in_play, play_senses.harms_only_self, play_senses.fights_through)
       for verb in ("fight", "battle")},
    ("arrest", "hold", False): (play_senses.held_to_count, play_senses.in_play),
    ("arrest", "catch", False): (caught_up, play_senses.in_play),
    ("protest", "march", False): (play_senses.marches_someone, play_senses.in_play),
    ("protest", "rally", False): (play_senses.in_play, play_senses.rallied_in_game),
    ("request", "call", False): (play_senses.called_on_player, play_senses.in_play),
    ("court-outcome", "find", False): (play_senses.in_play,),
    ("agreement", "settle", False): (settles_for_less,),
    ("agreement", "accept", False): (accepts_a_claim,),
    ("meeting", "visit", False): (play_senses.attributive,),
    ("proposal", "suggest", False): (thing_as_doer,),
    ("demand", "demand", False): (thing_as_doer,),
    ("aid-transfer", "give", False): (pays_a_person,),
    ("rejection", "oppose", False): (as_opposed_to,),
}


def sense_vetoed(name: str, lemma: str, token: Token, nominal: bool) -> bool:
    """Whether the phrase or frame around a trigger rules out a definition's reading.

    Args:
        name: the definition's name ("attack", "arrest", ...).
        lemma: the lemma or form the definition was found under.
        token: the trigger word.
        nominal: whether it is used as a noun.

    Returns:
        True when the word is part of a name, or a check of ``VETOES`` finds a non-event sense.
    """
    if part_of_name(token):
        return True
    return any(check(token) for check in VETOES.get((name, lemma, nominal), ()))
