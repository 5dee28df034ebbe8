"""A nickname written inside a full name: "Maria Elena (Nena) Ruiz", "Tomas "Tommy" Brandt".

News gives the name a person goes by in brackets or quotes between the given names and the
surname. The tagger then splits the name around it ("Maria Elena" and "Ruiz" as two people) and
often drops or mislabels the nickname. The whole run is one person's name; the nickname is an
alias of it, so the nickname alone later in the article (or with the surname: "Nena Ruiz") is
that person.

The run must be: capitalised words, the first tagged a person; an opening bracket or quote; one
or two capitalised words with small letters (no initialism or party letter such as "(D)", no
place such as "(Ohio)"); the closing mark; one capitalised surname (a generational suffix may
follow) that no further capitalised word continues, so that a list of names with notes between
them ("Ann Hale (Ohio) Mark Roe") is no one name.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from dossier.annotate.gazetteer import country_of

OPENING = {"(": ")", "[": "]", '"': '"', "“": "”", "‘": "’", "'": "'"}
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
MAX_GIVEN = 3


@dataclass(frozen=True)
class Nicknamed:
    """One full name written with a nickname inside it."""

    span: Span  # the whole run, brackets included, labelled PERSON
    nickname: str  # "Nena"
    given: tuple[str, ...]  # ("Maria", "Elena")
    surname: str  # "Ruiz"

    @property
    def full_name(self) -> str:
        return " ".join((*self.given, self.surname))


def _name_word(token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper


def _nickname_at(doc, opening: int) -> tuple[int, str] | None:
    """(index of the closing mark, the nickname) for a nickname opening at ``opening``."""
    closing = OPENING[doc[opening].text]
    for length in (1, 2):
        close = opening + 1 + length
        words = doc[opening + 1:close]
        if close < len(doc) and doc[close].text == closing and all(_name_word(t) for t in words):
            nickname = words.text
            return (close, nickname) if country_of(nickname) is None else None
    return None


def find_nicknamed(ents: list[Span]) -> list[Nicknamed]:
    """The full names with a nickname inside them among a document's name spans.

    Args:
        ents: the document's name spans, in text order.

    Returns:
        One Nicknamed per run found, in text order.
    """
    if not ents:
        return []
    doc = ents[0].doc
    found: list[Nicknamed] = []
    for ent in ents:
        if ent.label_ != "PERSON" or (found and ent.start < found[-1].span.end):
            continue
        # the given names run from the person's first word up to the opening mark
        i = ent.start
        while i < len(doc) and i - ent.start < MAX_GIVEN and _name_word(doc[i]):
            i += 1
        if i == ent.start or i >= len(doc) or doc[i].text not in OPENING:
            continue
        nickname_end = _nickname_at(doc, i)
        if nickname_end is None:
            continue
        close, nickname = nickname_end
        surname_at = close + 1
        if surname_at >= len(doc) or not _name_word(doc[surname_at]):
            continue
        end = surname_at + 1
        if end < len(doc) and doc[end].lower_ in SUFFIXES:
            end += 1
        if end < len(doc) and _name_word(doc[end]) and doc[end].lower_ not in SUFFIXES:
            continue  # "Ann Hale (Ohio) Mark Roe": a list, no one name
        given = tuple(t.text for t in doc[ent.start:i])
        span = Span(doc, ent.start, end, label="PERSON")
        found.append(Nicknamed(span, nickname, given, doc[surname_at].text))
    return found


def with_nicknamed(ents: list[Span], nicknamed: list[Nicknamed]) -> list[Span]:
    """The spans with each nicknamed run as one person's span, in place of the pieces the tagger
    made of it, and a lone nickname elsewhere labelled a person."""
    if not nicknamed:
        return ents
    runs = [n.span for n in nicknamed]
    nicknames = {n.nickname for n in nicknamed}
    kept = [e for e in ents if not any(e.start < r.end and r.start < e.end for r in runs)]
    kept = [Span(e.doc, e.start, e.end, label="PERSON") if e.text in nicknames else e for e in kept]
    return sorted(kept + runs, key=lambda e: e.start)


def nickname_owners(nicknamed: list[Nicknamed]) -> dict[str, str]:
    """Names that stand for a nicknamed person: the nickname alone ("Nena") and the nickname with
    the surname ("Nena Ruiz") -> the full name ("Maria Elena Ruiz"). A nickname two people of
    the article share stands for neither."""
    owners: dict[str, set[str]] = {}
    for n in nicknamed:
        owners.setdefault(n.nickname, set()).add(n.full_name)
        owners.setdefault(f"{n.nickname} {n.surname}", set()).add(n.full_name)
    return {name: next(iter(full)) for name, full in owners.items() if len(full) == 1}
