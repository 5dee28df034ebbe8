"""A person's gender as the article itself tells it, so that "he said" never goes to a woman.

Part of quote finding (see ``quotes_speakers.py``). No name lists: the evidence is the article's
own language, gathered per person across all mentions of the same person (the in-document name map
joins "Jane Roe" and "Roe"):

- strong: a gendered title or role noun before the name or in apposition to it ("Mrs Roe",
  "spokeswoman Jane Roe", "Jane Roe, a mother of three", "the actress, Jane Roe");
- weak: a "-man" role noun that news writing also gives women ("spokesman"), and a gendered
  pronoun pointing back to the name without doubt: the first one after the name
  in its own sentence with no other person named between, or a he/she opening the next sentence
  as its subject when the name was the subject and only person of the sentence before.

Strong evidence wins over weak; evidence that disagrees within its class leaves the person without
a gender, which is compatible with both pronouns.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from dossier.annotate.quotes_marks import inside, pair_quote_marks

# Gendered titles and role nouns (English usage; hand-listed, kept to words that name a person's
# sex in nearly every use).
GENDERED = {
    "f": frozenset({
        "mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "mme", "lady", "dame", "sister", "nun",
        "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "policewoman",
        "sportswoman", "anchorwoman", "camerawoman", "craftswoman", "stateswoman", "assemblywoman",
        "actress", "waitress", "headmistress", "hostess", "heiress", "mother", "mum", "mom", "wife",
        "daughter", "granddaughter", "grandmother", "aunt", "niece", "widow", "girlfriend", "fiancee",
        "queen", "princess", "duchess", "countess", "baroness", "empress", "woman", "girl",
        "stepmother", "stepdaughter", "mother-of-three", "mother-of-two", "first lady",
    }),
    "m": frozenset({
        "mr", "mr.", "sir", "lord", "brother", "monsignor",
        "actor", "headmaster", "father", "dad", "husband", "son", "grandson", "grandfather", "uncle",
        "nephew", "widower", "boyfriend", "fiance", "king", "prince", "duke", "baron", "emperor",
        "man", "boy", "stepfather", "stepson", "father-of-three", "father-of-two",
    }),
}
# Honorifics that open a name ("Mrs Roe"), joining it to the fuller name of the same person.
TITLES = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mme", "madame", "sir", "dame", "lady", "lord"}
)
# Role nouns in "-man" that news writing also uses for women ("UN spokesman Jane Roe"): they count
# only as weak evidence: an honorific overrules them, and a pronoun that disagrees cancels them.
GENERIC = {
    "m": frozenset({
        "spokesman", "chairman", "congressman", "businessman", "councilman", "policeman",
        "sportsman", "anchorman", "cameraman", "craftsman", "statesman", "assemblyman",
    }),
}
# Pronouns that carry a gender, for the weak evidence.
PRONOUN_GENDERS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}
# Dependencies of a word that titles or describes the name it attaches to (spaCy English labels).
DESCRIBING_DEPS = frozenset({"appos", "compound", "amod", "nmod"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Dependencies of a name that only modifies a noun: a compound or a possessive.
MODIFIER_DEPS = frozenset({"compound", "poss"})


def infer_genders(doc: Doc, names: Mapping[str, str]) -> dict[str, str]:
    """The gender ("m" or "f") of each person the article gives one, keyed by fullest name.

    Args:
        doc: a parsed ``Doc`` with named entities.
        names: surface name -> fullest in-document person name (``build_name_map``).

    Returns:
        Fullest name -> "m" or "f"; people with no evidence, or with conflicting evidence of the
        deciding class, are absent. Known limits: English only, and pronoun evidence is taken
        from layout alone (a sentence's first pronoun can still be someone else's).
    """
    people = _people(doc, names)
    aliases = _title_aliases(people, names)
    strong = _merged(_title_evidence(people, GENDERED), aliases)
    weak = _pronoun_evidence(doc, people)
    for name, found in _title_evidence(people, GENERIC).items():
        weak.setdefault(name, set()).update(found)
    weak = _merged(weak, aliases)
    genders: dict[str, str] = {}
    for name in set(strong) | set(weak):
        seen = strong.get(name) or weak.get(name, set())
        if len(seen) == 1:
            genders[name] = next(iter(seen))
    return genders


def _people(doc: Doc, names: Mapping[str, str]) -> list[tuple[Span, str]]:
    """Each entity that names a person, with the fullest name it stands for, in text order."""
    people = []
    for ent in doc.ents:
        full = names.get(ent.text)
        if ent.label_ == "PERSON" or (full is not None and full != ent.text):
            people.append((ent, full or ent.text))
    return people


def _title_aliases(people: list[tuple[Span, str]], names: Mapping[str, str]) -> dict[str, str]:
    """Titled names and the fuller name of the same person: "Mrs Roe" is the "Jane Roe" named
    before, whose short form "Roe" the name map knows."""
    aliases = {}
    fulls = {full for _, full in people}
    for ent, full in people:
        if len(ent) > 1 and ent[0].lower_ in TITLES:
            rest = ent[1:].text
            longer = [other for other in fulls if other.endswith(" " + rest) and other != full]
            tail = names.get(rest) or (max(longer, key=len) if longer else None)
            if tail is not None and tail != full:
                aliases[full] = tail
    return aliases


def _merged(seen: dict[str, set[str]], aliases: Mapping[str, str]) -> dict[str, set[str]]:
    """Evidence pooled between each titled name and its fuller alias, kept under both."""
    merged = {name: set(found) for name, found in seen.items()}
    for titled, full in aliases.items():
        pooled = seen.get(titled, set()) | seen.get(full, set())
        if pooled:
            merged[titled] = merged[full] = pooled
    return merged


def _title_evidence(
    people: list[tuple[Span, str]], lexicon: Mapping[str, frozenset[str]]
) -> dict[str, set[str]]:
    """Genders told by titles and role nouns (from ``lexicon``) next to each name."""
    seen: dict[str, set[str]] = {}
    for ent, full in people:
        words = describing_words(ent)
        for gender, cues in lexicon.items():
            if words & cues:
                seen.setdefault(full, set()).add(gender)
    return seen


def describing_words(ent: Span) -> set[str]:
    """Lower-cased words that title or describe a name: the run of title-like words right before
    it ("Mrs", "spokeswoman", "first lady"), words attached to it as modifiers or in apposition,
    and the noun it stands in apposition to ("the mother, Jane Roe").

    Args:
        ent: a person's name in a parsed ``Doc``.

    Returns:
        The words, lower-cased; single words and adjacent pairs of the run before the name.
    """
    doc = ent.doc
    words = set()
    attached = set(range(ent.start, ent.end))
    # Walk back over words attached to the name only: "the woman who met John Doe" and "the wife
    # of John Doe" say nothing of Doe.
    run = []
    for token in reversed(doc[max(ent.start - 3, 0) : ent.start]):
        if token.head.i not in attached or token.dep_ not in DESCRIBING_DEPS | {"punct"}:
            break
        attached.add(token.i)
        run.insert(0, token.lower_)
    words |= set(run)
    words |= {" ".join(run[i : i + 2]) for i in range(len(run) - 1)}
    root = ent.root
    words |= {child.lower_ for child in root.children if child.dep_ in DESCRIBING_DEPS}
    if root.dep_ == "appos":
        words.add(root.head.lower_)
    for child in root.children:  # "Jane Roe, a mother of three": the appositive's own head
        if child.dep_ == "appos":
            words |= {word.lower_ for word in child.children if word.dep_ in ("compound", "amod")}
    return words


def _pronoun_evidence(doc: Doc, people: list[tuple[Span, str]]) -> dict[str, set[str]]:
    """Genders told by pronouns that can only point back to one person (see module docstring)."""
    marks = pair_quote_marks(doc.text)
    seen: dict[str, set[str]] = {}
    for index, (ent, full) in enumerate(people):
        if inside(ent.start_char, marks):
            continue
        following = people[index + 1 :]
        gender = _same_sentence_pronoun(ent, following, marks)
        gender = gender or _next_subject(ent, full, people, marks)
        if gender is not None:
            seen.setdefault(full, set()).add(gender)
    return seen


def _same_sentence_pronoun(
    ent: Span, following: list[tuple[Span, str]], marks: list[tuple[int, int]]
) -> str | None:
    """Gender of the first gendered pronoun after the name in its sentence, if no other person is
    named before it and it stands outside quotation marks (quoted "she" is someone talked about)."""
    if ent.root.dep_ in MODIFIER_DEPS:
        return None  # "Jane Roe's husband said he ...": the pronoun is the husband's
    for token in ent.doc[ent.end : ent.sent.end]:
        if any(other.start <= token.i < other.end for other, _ in following):
            return None
        if token.lower_ in PRONOUN_GENDERS:
            if inside(token.idx, marks) or _heads_clause_holding(token, ent):
                return None
            return PRONOUN_GENDERS[token.lower_]
    return None


def _heads_clause_holding(pronoun: Token, ent: Span) -> bool:
    """Whether the pronoun is the subject of a clause that holds the name in a modifier ("After
    meeting Jane Roe, she said ..."): its referent is then someone named before the sentence."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return False
    return any(token.i == ent.root.i for token in pronoun.head.subtree)


def _next_subject(
    ent: Span, full: str, people: list[tuple[Span, str]], marks: list[tuple[int, int]]
) -> str | None:
    """Gender of a he/she subject opening the next sentence, when the name is the subject and the
    only person of its own sentence and the next sentence names no one before that pronoun."""
    doc = ent.doc
    sent = ent.sent
    if sent.end >= len(doc) or not _is_subject(ent):
        return None  # "told host Jane Roe ...": the next "he" is more likely the teller
    if any(other.sent.start == sent.start and name != full for other, name in people):
        return None
    nxt = doc[sent.end].sent
    for token in nxt:
        if token.ent_type_ == "PERSON":
            return None
        is_subject = token.lower_ in ("he", "she") and token.dep_ in SUBJECT_DEPS
        if is_subject and not inside(token.idx, marks):
            return PRONOUN_GENDERS[token.lower_]
        if token.lower_ in PRONOUN_GENDERS:
            return None
    return None


def _is_subject(ent: Span) -> bool:
    """Whether a name is its clause's subject, or stands in apposition to it."""
    root = ent.root
    return root.dep_ in SUBJECT_DEPS or (root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS)
