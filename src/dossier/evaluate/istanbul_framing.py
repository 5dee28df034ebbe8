"""Framing scores for the Istanbul gold file: are the outlets' different terms for a concept grouped?

The gold ``framing`` list names concepts, each with the terms outlets use and the documents using
them. A gold term counts as found in one of our groups when a term of that group, used in one of
the same documents, shares at least half of the content words of the longer of the two phrases
("three-year war" finds "Vladimir Putin's three-year war"; a bare "war" does not).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only the attributes are read; no import of the compare stage at run time
    from dossier.compare.framing import FramingGroup, FramingTerm

# Words that carry no content in a term (articles, prepositions, the possessive ending).
FUNCTION_WORDS = {"a", "an", "the", "of", "in", "into", "by", "to", "for", "on", "and", "or", "s",
                  "its", "their", "his", "her", "following", "with", "from"}
# A concept counts as found when one group holds this many of its gold terms.
MIN_TERMS_FOR_CONCEPT = 2


def score_framing(gold_framing: list[dict], groups: Sequence[FramingGroup], stem_of: dict[str, str],
                  details: list[str]) -> dict[str, float]:
    """Score framing groups against the gold concepts.

    Args:
        gold_framing: the gold file's ``framing`` list: ``{"concept", "terms": {term: [doc stems]}}``.
        groups: our framing groups.
        stem_of: our ``doc_id`` -> the gold's document stem (file name without suffix).
        details: lines about misses and extra groups are appended here.

    Returns:
        ``framing_groups_found`` (share of gold concepts with at least two of their terms in one of
        our groups), ``framing_term_recall`` (gold terms found in their concept's best group over
        all gold terms) and ``framing_precision`` (share of our groups holding at least two terms
        of some gold concept). All are 0.0 when there is nothing to divide by.
    """
    found_concepts = found_terms = total_terms = 0
    matching_groups: set[int] = set()
    for concept in gold_framing:
        terms = concept["terms"]
        total_terms += len(terms)
        hits = [_found_terms(terms, group, stem_of) for group in groups]
        best = max(range(len(groups)), key=lambda i: len(hits[i]), default=None)
        found = hits[best] if best is not None else set()
        found_terms += len(found)
        matching_groups.update(i for i, h in enumerate(hits) if len(h) >= MIN_TERMS_FOR_CONCEPT)
        if len(found) >= MIN_TERMS_FOR_CONCEPT:
            found_concepts += 1
        missed = [t for t in terms if t not in found]
        label = f"group {groups[best].concept!r}" if best is not None and found else "no group"
        details.append(f"framing {concept['concept']!r}: {len(found)}/{len(terms)} terms in {label}"
                       + (f"; missed {', '.join(missed)}" if missed else ""))
    for index, group in enumerate(groups):
        if index not in matching_groups:
            details.append(f"extra framing group {group.concept!r}: {_describe(group, stem_of)}")
    return {
        "framing_groups_found": found_concepts / len(gold_framing) if gold_framing else 0.0,
        "framing_term_recall": found_terms / total_terms if total_terms else 0.0,
        "framing_precision": len(matching_groups) / len(groups) if groups else 0.0,
    }


def _describe(group: FramingGroup, stem_of: dict[str, str]) -> str:
    return "; ".join(f"{t.term} [{','.join(stem_of.get(d, d)[:3] for d in t.doc_ids)}]" for t in group.terms)


def _found_terms(gold_terms: dict[str, list[str]], group: FramingGroup, stem_of: dict[str, str]) -> set[str]:
    return {gold for gold, docs in gold_terms.items()
            if any(_term_matches(gold, set(docs), ours, stem_of) for ours in group.terms)}


def _term_matches(gold: str, gold_docs: set[str], ours: FramingTerm, stem_of: dict[str, str]) -> bool:
    if not gold_docs & {stem_of.get(d, d) for d in ours.doc_ids}:
        return False
    gold_words, our_words = content_words(gold), content_words(ours.term)
    if not gold_words or not our_words:
        return False
    return len(gold_words & our_words) * 2 >= max(len(gold_words), len(our_words))


def content_words(phrase: str) -> set[str]:
    """Lower-cased content words, with a plural "s" dropped so "regions" meets "region"."""
    words = re.findall(r"[^\W_]+", phrase.lower())
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in FUNCTION_WORDS}
