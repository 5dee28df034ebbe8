"""Whether an attribution's cue reports speech, thought or a report, as a dossier reader means it.

Part of the pipeline's quote filter (see ``quotes_speech``). The attribution finder follows
PolNeAR, whose cues include votes, intentions, stances and appearances ("voted to", "was planning
to", "appears to", "targeted"). A dossier's reader takes a quote as who said or thought what, so the
pipeline keeps a cue only when:

- one of its words is a verb or noun of saying, thinking or reporting: a hand-listed speech or
  belief verb of the finder's lexicon, or a word whose commonest WordNet sense is filed under
  communication or cognition; an intention ("plan", "intend") is no thought said;
- it is no appearance or perception: "seems", "appears", "saw", "noticed" (WordNet's
  verb.perception, commonest sense);
- it is no passive with a source: "a man accused of theft", "Roe, suspected of fraud", "the dog,
  thought to be a collie" name who is talked about, not who talks; without a source, a passive
  counts only as hearsay ("is said to", "it is believed that"), not "was called" or "was ordered";
- it is no means of acting: "responded by firing the board" reports an act;
- it is no attitude told by an adjective ("is keen to", "was glad", "are aware of"), unless its
  infinitive says ("was quick to add that ...");
- it is no attitude in an agentless passive: "is said to", "it was announced that" report
  hearsay, while "is believed to", "is expected to", "is thought to" give no one's words (a fourth
  review of ECB+ stories found them only as hedges of the writer's own);
- it is no page stamp ("Posted: 9 April"), no adverbial clause after its content ("was freed as
  he awaits trial"), and no headline's passive ("Woman Hurt in Crash, Driver Charged");
- it does not cite a thing as evidence: "the footage shows", "the record will show", "the
  response indicates", "the sketch implies" name no one who speaks, nor does an evidence verb
  without a source; a lower-case word the tagger calls a name ("the autopsy") is a thing;
- a verb's rarer sense of saying counts only for a clause it takes itself: in "upheld the
  board's recommendation that ..." the clause is what the noun holds, and "uphold" is first a
  verb of keeping (a fifth review of crime stories);
- its source is no time, event or state ("history demanded", "time will tell");
- its content, outside quotation marks, has the shape of words (``quotes_pipeline_forms``).

Without WordNet only the hand lexicon and the grammar rules decide, and a verb missing from the
lexicon is kept (the finder's choice stands).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from dossier.annotate import wordnet
from dossier.annotate.quotes_lexicon import CUE_LEMMAS, SOURCELESS_CUES
from dossier.annotate.quotes_pipeline_forms import has_said_form

# Commonest-sense lexicographer files of verbs and nouns that say or think (WordNet 3.0 names).
SPEECH_LEXNAMES = frozenset(
    {"verb.communication", "verb.cognition", "noun.communication", "noun.cognition"}
)
# Lexicographer file of seeing, hearing and seeming: witnessed or apparent, not said.
PERCEPTION_LEXNAMES = frozenset({"verb.perception"})
# The word whose commonest sense heads the intentions ("plan", "mean"): a plan is no thought said.
INTENTION_ANCHOR = "intend"
# How far up the hypernyms a verb's commonest sense may reach the intention anchor ("plan" is one).
INTENTION_DEPTH = 2
# Cue phrases that are whole reporting idioms, whatever their words ("according to").
IDIOMS = frozenset({"according to", "quoted"})
# Prepositions that end a cue whose content is the means of an act ("responded by firing").
MEANS_PREPOSITIONS = frozenset({"by"})
# Verbs whose passive still has the speaker as subject: "Roe was quoted as saying".
SPEAKER_PASSIVES = frozenset({"quote"})
# Verbs of saying and thinking that take "to" without an object only in the passive ("Roe is said
# to be ill", "a dog, thought to be a collie"); English grammar (raising to object).
RAISING_VERBS = frozenset(
    "say think believe report know rumour rumor allege suppose consider understand presume".split()
)
# Verbs whose passive without an agent reports hearsay ("is said to", "it was announced that",
# "it is understood that"); other agentless passives name, order or charge ("was called", "has
# been charged") or hedge ("is believed to", "is expected to") and report no one's words.
HEARSAY_PASSIVES = frozenset(
    """say report allege rumour rumor understand announce confirm estimate predict claim
    describe""".split()
)
# Verbs that cite evidence ("the footage shows", "the results indicate"): speech only when who
# shows is a person or a body of people.
EVIDENCE_VERBS = frozenset("show indicate demonstrate prove suggest reveal imply signal".split())
# Lexicographer files of a source noun that can speak (WordNet 3.0 names), and how many senses
# are read ("prosecutor" is a person at once, "school" a group).
SPEAKER_LEXNAMES = frozenset({"noun.person", "noun.group"})
SPEAKER_SENSES = 2
# Lexicographer files of a source noun's commonest sense that never speaks: times, events,
# states, qualities, feelings ("history", "time", "the mood"); places are left out, since "a
# source" is first a place in WordNet.
SILENT_LEXNAMES = frozenset(
    """noun.time noun.event noun.state noun.attribute noun.feeling noun.phenomenon
    noun.process noun.motive""".split()
)
# Pronouns that stand for a thing, not a speaker.
THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "which"})
# Named-entity labels of sources that can speak.
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Subjects that stand for no one: "it was announced that", "there is thought to be".
EMPTY_SUBJECTS = frozenset({"it", "there"})
# Title case leaves short words ("in", "of", "and") in lower case; a line of at least this many
# longer words, all capitalised, is a headline.
HEADLINE_SHORT_WORD = 3
HEADLINE_MIN_WORDS = 3
# Penn tags of a finite verb.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def reports_speech(cue: Span, source: Span | None, content: Span) -> bool:
    """Whether a cue makes its attribution speech, thought or a report (see the module docstring).

    Args:
        cue: the cue's tokens.
        source: the source's tokens, None when the attribution names none.
        content: the content's tokens.

    Returns:
        False for a cue of acting, intending, perceiving or seeming, for a passive whose subject
        is given as the source, for a means ("by"), an attitude, a hedge, a thing cited as
        evidence, a silent source, a page stamp or an adverbial clause, and for a content not
        shaped as words; True otherwise, and for cues with no verb, noun or adjective (a colon,
        an adverb), which other rules judge.
    """
    text = cue.text.lower().strip(" :,")
    if text in IDIOMS:
        return True
    if not has_said_form(cue, content) or _is_page_label(cue, source):
        return False
    heads = [token for token in cue if token.pos_ in ("VERB", "NOUN") and token.dep_ != "aux"]
    if not heads:
        return not _is_attitude(cue, content)
    cites = any(_lemmas(token) & EVIDENCE_VERBS for token in heads) and not _can_speak(source)
    if cites or _is_silent(source) or _is_adverbial(cue, content):
        return False
    if cue[-1].lower_ in MEANS_PREPOSITIONS:
        return False
    passive = [token for token in heads if _is_passive(token, content)]
    if passive and _names_the_talked_about(source):
        return False
    hearsay = any(_lemmas(token) & HEARSAY_PASSIVES for token in passive)
    if passive and source is None and not hearsay:
        return False  # "was called", "has been charged", "was ordered": no one's words
    clause = _is_clause(content) and _takes_clause(heads, content)
    return any(_says_or_thinks(token, clause) for token in heads)


def _is_page_label(cue: Span, source: Span | None) -> bool:
    """A page's stamp, a bare participle and a colon with no one before it: "Posted: 9 April"."""
    if source is not None or cue[-1].text != ":":
        return False
    verbs = [token for token in cue if token.pos_ == "VERB"]
    return bool(verbs) and all(
        verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)
        for verb in verbs
    )


def _is_adverbial(cue: Span, content: Span) -> bool:
    """A cue in an adverbial clause after its content: "X was freed on bail as he awaits trial"
    tells when, and reports no words (a reporting clause after its content is a main clause)."""
    if cue.start < content.end:
        return False
    verbs = [token for token in cue if token.pos_ == "VERB"]
    return any(
        verb.dep_ == "advcl" and any(child.dep_ == "mark" for child in verb.children)
        for verb in verbs
    )


def _is_attitude(cue: Span, content: Span) -> bool:
    """An adjective cue ("is keen", "glad", "aware of"), unless its infinitive says ("quick to
    add that ...")."""
    if not any(token.pos_ == "ADJ" for token in cue):
        return False
    if content[0].lower_ == "to" and len(content) > 1:
        return not _lemmas(content[1]) & CUE_LEMMAS
    return True


def _can_speak(source: Span | None) -> bool:
    """Whether a source may be someone speaking: a name, a personal pronoun, or a noun naming a
    person or a group by one of its commonest senses; a thing ("the footage", "it") may not, and
    an absent source does not speak either ("... showed how much it meant to him")."""
    if source is None:
        return False
    head = source.root
    if head.ent_type_ in SPEAKER_LABELS or (head.pos_ == "PROPN" and head.text[:1].isupper()):
        return True  # a lower-case word the tagger calls a name ("the autopsy") is a noun
    if head.pos_ == "PRON":
        return head.lower_ not in THING_PRONOUNS
    senses = wordnet.synsets(head.lemma_.lower(), "n")[:SPEAKER_SENSES]
    return not senses or any(sense.lexname in SPEAKER_LEXNAMES for sense in senses)


def _is_silent(source: Span | None) -> bool:
    """A source that is a time, a state or an event ("history demanded", "time will tell"): by
    its commonest WordNet sense no one who speaks, nor a text that says, and by no sense a
    person or a group ("the authorities" are people)."""
    if source is None:
        return False
    head = source.root
    if head.pos_ != "NOUN" or head.ent_type_ or any(c.lower_ == "of" for c in head.children):
        return False  # "the majority of residents": the residents speak
    senses = wordnet.synsets(head.lemma_.lower(), "n")
    if not senses or senses[0].lexname not in SILENT_LEXNAMES:
        return False
    # "authorities", "security": some sense is the people who hold it
    return not any(sense.lexname in SPEAKER_LEXNAMES for sense in senses)


def _names_the_talked_about(source: Span | None) -> bool:
    """Whether a source may be a passive's subject: not absent, not the agent after "by" ("named
    by the magazine"), not an empty "it" ("it was announced that")."""
    if source is None or source.root.lower_ in EMPTY_SUBJECTS:
        return False
    head = source.root.head
    return not (source.root.dep_ == "pobj" and head.lower_ == "by")


def _is_passive(token: Token, content: Span) -> bool:
    """A passive ("was accused"), a participle on a noun ("a man accused of theft"), a headline's
    participle without auxiliary ("Man charged with theft"), or a verb of saying or thinking
    followed by "to" ("thought to be"), which only its passive takes without an object."""
    lemmas = _lemmas(token)
    if lemmas & SPEAKER_PASSIVES or token.pos_ != "VERB":
        return False
    if any(child.dep_ in ("auxpass", "nsubjpass") for child in token.children):
        return True
    if token.tag_ == "VBN" and token.dep_ == "acl":
        return True
    if _is_headline_participle(token):
        return True  # "Driver Charged": a headline drops the "is"
    if token.tag_ == "VBN" and not any(child.dep_ == "aux" for child in token.children):
        # "Man charged with theft": only with its preposition, since the tagger also gives VBN
        # to a plain past "said" now and then
        if any(child.dep_ == "prep" for child in token.rights):
            return True
    return bool(lemmas & RAISING_VERBS) and content[:1].text.lower() == "to"


def _is_headline_participle(token: Token) -> bool:
    """A capitalised past form without auxiliary in a title-case line ("Woman Killed in Crash,
    Driver Charged"): headlines drop "is", so it reads as a passive."""
    if token.tag_ not in ("VBD", "VBN") or not token.text[:1].isupper():
        return False
    if token.i == token.sent.start:
        return False
    if any(child.dep_ in ("aux", "auxpass") for child in token.children):
        return False
    words = [t for t in token.sent if t.is_alpha and len(t) > HEADLINE_SHORT_WORD]
    capitals = sum(1 for t in words if t.text[:1].isupper())
    return len(words) >= HEADLINE_MIN_WORDS and capitals == len(words)


def _is_clause(content: Span) -> bool:
    """Whether a content is a finite clause with its own subject ("that the plan will fail")."""
    root = content.root
    if not any(child.dep_ in ("nsubj", "nsubjpass") for child in root.children):
        return False
    verbs = [root, *(child for child in root.children if child.dep_ in ("aux", "auxpass"))]
    return any(verb.tag_ in FINITE_TAGS for verb in verbs)


def _takes_clause(heads: list[Token], content: Span) -> bool:
    """Whether the clause hangs on the cue itself: in "upheld the recommendation that ..." it
    tells what the recommendation holds, so the verb's rarer sense of saying is not read."""
    head = content.root.head
    return head in heads or head.dep_ not in ("dobj", "pobj") or head.head not in heads


def _says_or_thinks(token: Token, clause: bool) -> bool:
    lemmas = _lemmas(token)
    if lemmas & SOURCELESS_CUES:
        return False
    if lemmas & CUE_LEMMAS:
        return True
    pos = "v" if token.pos_ == "VERB" else "n"
    known = [lemma for lemma in lemmas if wordnet.synsets(lemma, pos)]
    if not known:
        return True  # a word WordNet does not know: the finder's choice stands
    return any(is_speech_word(lemma, pos, clause) for lemma in known)


def _lemmas(token: Token) -> set[str]:
    """The tagger's lemma and the plain stems of an inflected form: the lemmatiser gives "hop"
    for "hoping", and the stem "hope" is what a reader sees."""
    lemmas = {token.lemma_.lower()}
    word = token.lower_
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            lemmas |= {stem, stem + "e"}
            break
    return lemmas


@lru_cache(maxsize=4096)
def is_speech_word(lemma: str, pos: str, clause: bool = False) -> bool:
    """Whether a verb or noun says or thinks by the commonest WordNet sense.

    Args:
        lemma: a lower-cased lemma.
        pos: "v" or "n".
        clause: whether the content is a finite clause; then a verb's second sense counts too
            ("feel that ...": the commonest sense of "feel" is an emotion, the next a belief).

    Returns:
        True when the commonest sense (or, with a clause, the next one) is filed under
        communication or cognition and the commonest is no intention nor perception; True as well
        when WordNet is absent, so that the finder's choice stands. False for a word WordNet does
        not know as this part of speech (the caller decides about those).
    """
    if not wordnet.available():
        return True
    senses = wordnet.synsets(lemma, pos)
    if not senses:
        return False
    first = senses[0]
    if first.lexname in PERCEPTION_LEXNAMES or (pos == "v" and _is_intention(first)):
        return False
    counted = senses[:2] if clause and pos == "v" else senses[:1]
    return any(sense.lexname in SPEECH_LEXNAMES for sense in counted)


def _is_intention(sense: wordnet.Synset) -> bool:
    anchors = wordnet.synsets(INTENTION_ANCHOR, "v")[:1]
    closure = wordnet.hypernym_closure(sense, INTENTION_DEPTH)
    return any((anchor.offset, "v") in closure for anchor in anchors)
