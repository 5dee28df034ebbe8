"""Who a source stands for: full names for short ones, he/she resolved, and relaying outlets.

Part of quote finding (see ``quotes.py``): turns ``Found`` items into ``models.Quote`` records.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dossier import models
from dossier.annotate import wordnet
from dossier.annotate.gazetteer import country_of
from dossier.annotate.quotes_found import Found
from dossier.annotate.quotes_gender import infer_genders
from dossier.annotate.quotes_lexicon import NAME_LABELS, PRONOUN_SOURCES
from dossier.annotate.quotes_marks import inside, pair_quote_marks
from dossier.annotate.quotes_source_frames import with_frame_sources
from dossier.annotate.quotes_source_nominal import with_nominal_holders
from dossier.annotate.quotes_source_quoted import with_unquoted_sources
from dossier.annotate.quotes_speaker_names import (
    holds_name_words,
    person_mentions,
    reported_mentions,
    titled_name_after,
)
from dossier.annotate.quotes_pipeline_persons import (
    described_name,
    noun_gender,
    pronoun_after,
    role_holder,
    shows_person,
    unnamed_person,
    with_titled_forms,
)


def build_name_map(doc: Doc) -> dict[str, str]:
    """Map each PERSON name to the longest PERSON name in the doc that ends with it.

    Why: "Umerov" later in an article means the "Rustem Umerov" named first; the longest name
    ending with the same token(s) is the cheapest safe guess.

    Args:
        doc: a ``Doc`` with named entities.

    Returns:
        Surface name -> fullest in-document person name.
    """
    people = {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    # NER often tags a lone surname as ORG or GPE; it is still a short form of a person's name.
    surnames = {ent.text for ent in doc.ents if ent.label_ in NAME_LABELS}
    mapping: dict[str, str] = {}
    for name in people | surnames:
        words = name.split()
        longer = [
            other
            for other in people
            if len(other.split()) > len(words) and other.split()[-len(words) :] == words
        ]
        if longer or name in people:
            mapping[name] = max(longer, key=len) if longer else name
    return mapping


def resolve_speakers(
    doc: Doc, doc_id: str, found: list[Found], names: Mapping[str, str]
) -> list[models.Quote]:
    """Turn found quotes into records, resolving he/she to the nearest person before the pronoun
    whose known gender does not contradict it (see ``_antecedent``).

    Speakers NER missed count too (``quotes_pipeline_persons``): a described one ("a relative
    said") takes a later he/she and leaves it unnamed rather than give it to someone the news is
    about; a name with an age or a role noun ("25-year-old Guzel", "Kyrtsos, publisher of ...")
    is a person; "the governor" is the governor named before; "Mr Roe" is the "John Roe" named
    before.

    Args:
        doc: the parsed document the items were found in.
        doc_id: id of the document, copied into every quote.
        found: quotes found by the rules, in any order.
        names: surface name -> fullest in-document person name.

    Returns:
        Quote records in text order.
    """
    text = doc.text  # built anew on each access: read it once
    marks = pair_quote_marks(text)
    names = {k: v for k, v in names.items() if holds_name_words(k) and holds_name_words(v)}
    seen = _Seen.of(doc, with_titled_forms(doc, names), marks)
    found = with_nominal_holders(doc, found, marks)  # "advice from staff", "won the backing of X"
    found = with_frame_sources(doc, found)  # "Roe spoke in support of", "galling to him"
    found = with_unquoted_sources(doc, found, marks)  # "“Meh,” wrote a voter"
    quotes = []
    for item in sorted(found, key=lambda item: item.cue[0] if item.cue else item.content[0]):
        speaker, is_person = _speaker_of(doc, item.source_tokens, seen.names)
        if item.source_tokens is not None:
            source = doc[item.source_tokens[0] : item.source_tokens[1]]
            spoken = len(seen.spoken)
            if speaker is None:
                speaker = _described_speaker(doc, item, source, seen)
            else:
                _note_named(speaker, is_person, source, seen)
            _note_report(doc, item, speaker, seen.spoken[spoken:], seen)
        seen.evidenced.update(name for _, name in seen.spoken)
        quotes.append(_record(text, doc_id, item, speaker, _via_of(doc, item)))
    quotes.sort(key=lambda quote: quote.content_start)
    return quotes


@dataclass
class _Seen:
    """What speaker resolution has learnt of a document's people so far (mutable, local)."""

    names: dict[str, str]
    marks: list[tuple[int, int]]
    mentions: list[tuple[int, str]]  # (token index, name) of people named outside quotes
    persons: set[str]
    genders: dict[str, str]
    evidenced: set[str]
    spoken: list[tuple[int, str]] = field(default_factory=list)  # people who spoke
    reports: list[tuple[int, int, str]] = field(default_factory=list)  # contents by a person
    named: list[tuple[Span, str]] = field(default_factory=list)  # sources and their names

    @classmethod
    def of(cls, doc: Doc, names: dict[str, str], marks: list[tuple[int, int]]) -> _Seen:
        # A name inside quotation marks is someone the speaker talks about, never the speaker.
        mentions = [
            (i, name) for i, name in person_mentions(doc, names) if not inside(doc[i].idx, marks)
        ]
        persons = {name for _, name in mentions} | set(names.values())
        genders = infer_genders(doc, names)
        # A one-word name is a person's when the article gives it a gender or uses it as the
        # first name of a fuller one ("Chris" after "Chris Martin"); others may be things tagged
        # PERSON.
        evidenced = set(genders) | {full.split()[0] for full in persons if " " in full}
        return cls(names, marks, mentions, persons, genders, evidenced)


def _described_speaker(doc: Doc, item: Found, source: Span, seen: _Seen) -> str | None:
    """The speaker of a source that names no one: he/she resolved, "the governor" found, or a
    described person ("a relative") noted as a speaker without a name."""
    head = source.root
    if head.lower_ in PRONOUN_SOURCES:
        before = min(head.i, _token_at(doc, item.content[0]))  # not a name it quotes
        gender = PRONOUN_GENDER[head.lower_]
        mentions = reported_mentions(seen.mentions, seen.reports, gender, seen.genders)
        salient = seen.spoken + [(i, n) for i, n in mentions if _salient(doc[i], head)]
        pools = [salient, mentions]
        speaker = _antecedent(before, head, pools, seen.genders, seen.evidenced)
        return None if speaker is not None and speaker.startswith(UNNAMED) else speaker
    speaker = role_holder(source, seen.names, seen.named)
    if speaker is None:
        _add_unnamed(source, seen.spoken, seen.genders)
    else:
        seen.spoken.append((source.start, speaker))
        seen.named.append((source, speaker))
    return speaker


def _note_report(
    doc: Doc, item: Found, speaker: str | None, added: list[tuple[int, str]], seen: _Seen
) -> None:
    """Keep where a person's report lies, so that a later he/she passes over the people named
    in it (``reported_mentions``): the speaker, else the described person just noted."""
    key = speaker if speaker in seen.persons or speaker in seen.genders else None
    if key is None and added:
        key = added[-1][1]
    if key is not None:
        start, end = item.content
        seen.reports.append((_token_at(doc, start), _token_at(doc, max(start, end - 1)) + 1, key))


def _note_named(speaker: str, is_person: bool, source: Span, seen: _Seen) -> None:
    """Record a named speaker; a person NER missed, named with a role ("protester Paris
    Kyriakides"), is learnt with the surname, unless the article names someone else so."""
    if country_of(speaker) is not None:  # a country or a capital speaks through someone else
        is_person = False
    if is_person and speaker not in seen.persons and " " in speaker:
        seen.persons.add(speaker)
        surname = speaker.split()[-1]
        if seen.names.get(surname, surname) == surname:
            seen.names = {**seen.names, surname: speaker}
    seen.named.append((source, speaker))
    shown = shows_person(source, seen.marks) and country_of(speaker) is None
    if (is_person and speaker in seen.persons) or shown:
        seen.spoken.append((source.start, speaker))
        _add_gender(speaker, source, seen.marks, seen.genders)


def _add_unnamed(source: Span, spoken: list[tuple[int, str]], genders: dict[str, str]) -> None:
    """Count a described speaker ("a relative said") among those a later he/she may stand for,
    under a key that resolves to no name: "she" after "a relative" is the relative, unnamed."""
    if not unnamed_person(source):
        return
    key = f"{UNNAMED}{source.start}"
    spoken.append((source.start, key))
    gender = noun_gender(source.root)
    if gender is not None:
        genders[key] = gender


def _add_gender(
    speaker: str, source: Span, marks: list[tuple[int, int]], genders: dict[str, str]
) -> None:
    """A speaker NER missed as a person gets the gender of the he/she right after them."""
    if speaker not in genders:
        gender = pronoun_after(source, marks)
        if gender is not None:
            genders[speaker] = gender


def _antecedent(
    before: int,
    pronoun: Token,
    pools: list[list[tuple[int, str]]],
    genders: Mapping[str, str],
    evidenced: set[str],
) -> str | None:
    """The person named or speaking nearest before token ``before`` whose gender does not
    contradict the pronoun, from the first pool that has one: recency is by position in the text,
    so a person named after the last speaker (as the subject of the pronoun's own sentence, say)
    wins over that speaker. A person with a full name or a known gender named in the last
    ``RECENT_SENTENCES`` sentences is taken first, from either pool: a one-word name without
    evidence of being a person ("Twitter" tagged PERSON) yields to them, and so does a salient
    person named long before (on 60 BBC articles, the recent non-salient person was right in each
    such case). Past that horizon, the pools are read in order as before."""
    gender = PRONOUN_GENDER[pronoun.lower_]
    fits = [
        [(i, name) for i, name in pool if i < before and genders.get(name, gender) == gender]
        for pool in pools
    ]
    horizon = _sentences_back(pronoun, RECENT_SENTENCES)
    for pool in fits:  # first, people with a full name or some evidence, named lately
        kept = [(i, name) for i, name in pool if i >= horizon and (" " in name or name in evidenced)]
        if kept:
            return max(kept)[1]
    return next((max(pool)[1] for pool in fits if pool), None)


def _sentences_back(token: Token, count: int) -> int:
    """Index of the first token of the sentence ``count`` sentences before the token's own."""
    start = token.sent.start
    for _ in range(count):
        if start == 0:
            break
        start = token.doc[start - 1].sent.start
    return start


def _token_at(doc: Doc, char: int) -> int:
    """Index of the token covering a character offset (the document's length past its end)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else len(doc)


def _salient(token: Token, pronoun: Token) -> bool:
    """Whether a person mention can be what a later he/she points back to: the subject of its
    clause (or in apposition to it), or any (non-modifier) mention in the pronoun's own sentence."""
    if token.dep_ in SUBJECT_DEPS:
        return True
    if token.dep_ == "appos" and token.head.dep_ in SUBJECT_DEPS | {"attr"}:
        # "the charity's director, Jane Roe, said" and "Bolder is the mayor, Jane Roe": Roe
        # stands beside the subject or the complement of a copula
        return _may_name_person(token.head)
    return token.sent.start == pronoun.sent.start


def _may_name_person(noun: Token) -> bool:
    """Whether WordNet lets a noun (with its compounds: "aircraft carrier") name a person; unknown
    words, and any word when WordNet is absent, may."""
    compounds = [child.lemma_.lower() for child in noun.lefts if child.dep_ == "compound"]
    for words in (compounds + [noun.lemma_.lower()], [noun.lemma_.lower()]):
        senses = wordnet.synsets("_".join(words), "n")
        if senses:
            return any(sense.lexname == "noun.person" for sense in senses)
    return True


# Dependencies of a clause's subject (spaCy's English labels).
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PRONOUN_GENDER = {"he": "m", "she": "f"}
# Key prefix of a described speaker ("a relative") among the named ones; it never names anyone.
UNNAMED = "\x00unnamed:"
# How far back a better-evidenced person may be to win over a nearer bare one-word name: a news
# paragraph runs one to three sentences (set on 60 BBC articles, where farther ones were wrong).
RECENT_SENTENCES = 3


def _speaker_of(
    doc: Doc, tokens: tuple[int, int] | None, names: Mapping[str, str]
) -> tuple[str | None, bool]:
    """The name a source span stands for, and whether it is a person; None for descriptions.

    A source made only of proper nouns is a name as a whole ("RBC-Ukraine"); unless NER tags it
    as an organisation or place, or it is the tail of a longer person's name, it is a person's.
    """
    if tokens is None:
        return None, False
    span = _without_clauses(doc[tokens[0] : tokens[1]])
    titled = titled_name_after(span, names.values())
    if titled is not None:  # "said Dist. Atty. Jane Roe": the name after the title speaks
        return names.get(titled.text, titled.text), True
    root = span.root
    people = [ent for ent in span.ents if ent.label_ == "PERSON"]
    # The person the phrase is about is at its head: "Clinton spokeswoman Jennifer Palmieri" is
    # Palmieri speaking, not Clinton, and "the senator's aide" is no senator speaking.
    person = next((ent for ent in people if ent.start <= root.i < ent.end), None)
    if person is None and people and root.pos_ not in ("NOUN", "PROPN"):
        person = people[-1]
    if person is None:
        person = next((ent for ent in people if _names_the_head(ent, span)), None)
    if person is not None:
        return names.get(person.text, person.text), True
    if all(token.pos_ == "PROPN" or token.text == "-" for token in span):
        longer = [full for full in names.values() if full.endswith(" " + span.text)]
        fallback = max(longer, key=len) if longer else span.text
        full = names.get(span.text, fallback)
        organisation = any(ent.label_ in ("ORG", "GPE", "NORP") for ent in span.ents)
        return full, full != span.text or not organisation
    for ent in span.ents:
        if ent.label_ in NAME_LABELS and ent.start <= root.i < ent.end:
            full = names.get(ent.text, ent.text)
            return full, full != ent.text  # a mapped short name is a person's surname
    return described_name(span)


def _names_the_head(ent: Span, span: Span) -> bool:
    """Whether a person's name closing the source stands beside its head noun as the same person:
    "BP's chief executive, Jane Roe," and "the mayor and former judge John Doe" are Roe and Doe
    speaking, while "a letter to John Doe" or "the Doe administration" are not Doe's words."""
    root = span.root
    if root.ent_type_ or root.pos_ not in ("NOUN", "PROPN"):
        return False
    rest = span.doc[ent.end : span.end]
    if not all(token.is_punct for token in rest):
        return False
    if ent.root.dep_ == "appos":
        return span.start <= ent.root.head.i < span.end
    return ent.root.dep_ == "conj" and ent.root.head.i == root.i


def _without_clauses(span: Span) -> Span:
    """The source without clauses on its head: "officials who met Roe" are not Roe speaking."""
    root = span.root
    end = span.end
    for child in root.rights:
        if child.dep_ in ("relcl", "acl") and span.start <= child.left_edge.i < end:
            end = child.left_edge.i
    while end - 1 > span.start and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[span.start : end] if end > span.start else span


def _via_of(doc: Doc, item: Found) -> str | None:
    """An outlet relaying the report: a "citing" chain, or an org naming the source ("a TASS
    source")."""
    if item.via_tokens is not None:
        return doc[item.via_tokens[0] : item.via_tokens[1]].text
    if item.source_tokens is None:
        return None
    span = doc[item.source_tokens[0] : item.source_tokens[1]]
    if span.root.pos_ == "PROPN":
        return None  # "RBC-Ukraine" is one name, not an outlet's source
    for ent in span.ents:
        if ent.label_ == "ORG" and not ent.start <= span.root.i < ent.end:
            if ent.root.head.i == span.root.i and ent.root.dep_ in ("compound", "nmod", "poss"):
                return ent.text
    return None


def _record(
    text: str, doc_id: str, item: Found, speaker: str | None, via: str | None
) -> models.Quote:
    start, end = item.content
    source_text = text[item.source[0] : item.source[1]] if item.source else None
    cue_text = text[item.cue[0] : item.cue[1]] if item.cue else None
    return models.Quote(
        doc_id=doc_id,
        kind=item.kind,
        content_start=start,
        content_end=end,
        content=text[start:end],
        sentence_index=item.sentence_index,
        source=source_text,
        source_start=item.source[0] if item.source else None,
        source_end=item.source[1] if item.source else None,
        cue=cue_text,
        cue_start=item.cue[0] if item.cue else None,
        cue_end=item.cue[1] if item.cue else None,
        speaker=speaker,
        via=via,
    )
