"""Entity-clustering and discrepancy scores for the Istanbul gold file."""

from __future__ import annotations

from dossier import models
from dossier.evaluate.base import prf
from dossier.resolve.entities import fold
from dossier.timevalues import interval


def bcubed(key: dict[str, str], response: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of item -> cluster maps over the same items."""
    items = list(key)
    if not items:
        return 0.0, 0.0, 0.0
    precision = recall = 0.0
    for item in items:
        same_key = {i for i in items if key[i] == key[item]}
        same_response = {i for i in items if response[i] == response[item]}
        both = len(same_key & same_response)
        precision += both / len(same_response)
        recall += both / len(same_key)
    precision, recall = precision / len(items), recall / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_entities(gold_entities: list[dict], entities: list[models.Entity], texts: list[str],
                   details: list[str]) -> dict:
    """B-cubed over the gold spellings that occur in the corpus: does each land in the right entity?

    A spelling matches our entity whose name or alias it equals, else the only one whose name ends
    with it ("Umierov" in "Rustem Umierov"). A spelling we never saw is its own singleton in the
    response, so it costs recall.
    """
    corpus = fold(" ".join(texts))
    key, response = {}, {}
    for index, gold in enumerate(gold_entities):
        for name in {gold["name"], *gold.get("aliases", [])}:
            item = _strip_article(fold(name))
            if item in key or f" {item} " not in f" {corpus} ":
                continue
            key[item] = f"gold{index}"
            response[item] = _our_entity(item, entities) or f"missing:{item}"
            if response[item].startswith("missing:"):
                details.append(f"entity spelling not found: {name!r} ({gold['name']})")
    precision, recall, f1 = bcubed(key, response)
    return {"entity_bcubed_precision": precision, "entity_bcubed_recall": recall, "entity_bcubed_f1": f1}


def _strip_article(name: str) -> str:
    return name[4:] if name.startswith("the ") else name


def _our_entity(item: str, entities: list[models.Entity]) -> str | None:
    """Our entity for a gold spelling: an exact name or alias, else the only name it begins or ends."""
    exact = [e.entity_id for e in entities if item in {_strip_article(fold(n)) for n in (e.name, *e.aliases)}]
    if exact:
        return exact[0]
    partial = {e.entity_id for e in entities for n in (e.name, *e.aliases)
               if fold(n).endswith(" " + item) or fold(n).startswith(item + " ")}
    return partial.pop() if len(partial) == 1 else None


ROLE_STOPWORDS = {"the", "of", "a", "an", "to", "s", "for"}
SPELLINGS = {"defense": "defence", "russias": "russia", "ukraines": "ukraine"}


def _role_words(role: str) -> set[str]:
    from dossier.annotate.gazetteer import country_of

    words = set()
    for word in fold(role.replace("’", "'").replace("'s", "")).split():
        if word in ROLE_STOPWORDS:
            continue
        word = SPELLINGS.get(word, word)
        words.add((country_of(word) or word).lower())
    return words


def roles_match(gold: str, ours: str) -> bool:
    """At least two thirds of the gold role's content words appear in ours (demonyms count as countries)."""
    gold_words, our_words = _role_words(gold), _role_words(ours)
    return bool(gold_words) and len(gold_words & our_words) >= 2 / 3 * len(gold_words)


def score_roles(gold_entities: list[dict], entities: list[models.Entity], details: list[str]) -> dict:
    """Share of the gold (person, role) pairs that our entity for that person carries."""
    pairs = [(g, role) for g in gold_entities if g["type"] == "PERSON" for role in g.get("roles", [])]
    right = 0
    for gold, role in pairs:
        entity = _our_entity(fold(gold["name"]), entities)
        ours = next((e for e in entities if e.entity_id == entity), None)
        if ours and any(roles_match(role, r) for r in ours.roles):
            right += 1
        else:
            details.append(f"role missed: {gold['name']}: {role!r} (ours: {list(ours.roles) if ours else 'no entity'})")
    return {"role_accuracy": right / len(pairs) if pairs else 0.0}


def score_discrepancies(gold: dict, found: list[models.Discrepancy], events: list[models.Event],
                        stem_of: dict[str, str], details: list[str]) -> dict:
    """Recall over required gold discrepancies, precision over everything we report."""
    gold_items = gold.get("discrepancies", [])
    required = [g for g in gold_items if g.get("required", True)]
    matched_gold, matched_ours = set(), set()
    for index, item in enumerate(gold_items):
        for ours in found:
            if _matches(item, ours, stem_of):
                matched_gold.add(index)
                matched_ours.add(ours.discrepancy_id)
    hits = sum(1 for i, g in enumerate(gold_items) if g in required and i in matched_gold)
    for i, item in enumerate(gold_items):
        if item in required and i not in matched_gold:
            details.append(f"missed discrepancy: {item['event']} {item['attribute']} {list(item['values'])}")
    for ours in found:
        if ours.discrepancy_id not in matched_ours:
            values = "; ".join(f"{v.value} [{','.join(stem_of.get(d, d)[:3] for d in v.doc_ids)}]" for v in ours.values)
            details.append(f"extra discrepancy {ours.attribute}: {values}")
    precision = len(matched_ours) / len(found) if found else 1.0
    recall = hits / len(required) if required else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"discrepancy_precision": precision, "discrepancy_recall": recall, "discrepancy_f1": f1}


def _matches(item: dict, ours: models.Discrepancy, stem_of: dict[str, str]) -> bool:
    attribute = item["attribute"]
    if attribute == "date" and not ours.attribute.startswith("date"):
        return False
    if attribute != "date" and attribute not in ours.attribute:
        return False
    gold_values = list(item["values"])
    hit = 0
    for value in gold_values:
        if any(_same_value(value, v.value) for v in ours.values):
            hit += 1
    return hit >= 2


def _same_value(gold: str, ours: str) -> bool:
    if gold == ours:
        return True
    a, b = interval(gold), interval(ours)
    return bool(a and b and a[0] == b[0])


VAGUE_WORDS = {"dozens", "hundreds", "thousands", "several", "few", "many", "scores"}


def score_counts(matches, quantities: dict[str, list[models.EventQuantity]], details: list[str]) -> dict:
    """Share of the gold events' numeric attributes that one of our matched event's quantities states.

    A number counts as stated when a quantity's low or high equals it; a gold range "a-b" needs a
    quantity from a to b; a vague gold amount ("dozens") needs a quantity whose range contains it
    was not exact. Only events we matched are scored, so this measures counts, not recall.
    """
    asked = right = 0
    for gold, event in matches:
        ours = quantities.get(event.event_id, [])
        for name, value in gold.get("attributes", {}).items():
            wanted = _wanted_count(value)
            if wanted is None:
                continue
            asked += 1
            if any(_count_matches(wanted, q) for q in ours):
                right += 1
            else:
                found = ", ".join(f"{q.role}={q.text}" for q in ours) or "none"
                details.append(f"count missed: {gold['id']} {name}={value} (ours: {found})")
    return {"count_accuracy": right / asked if asked else 1.0, "counts_gold": asked}


def _wanted_count(value):
    if isinstance(value, (int, float)):
        return (float(value), float(value))
    if isinstance(value, str):
        text = value.strip().lower()
        if text in VAGUE_WORDS or text.split()[0] in VAGUE_WORDS:
            return "vague"
        parts = text.replace(",", "").split("-")
        if len(parts) == 2 and all(p.strip().isdigit() for p in parts):
            return (float(parts[0]), float(parts[1]))
    return None


def _count_matches(wanted, quantity: models.EventQuantity) -> bool:
    if wanted == "vague":
        return quantity.low != quantity.high
    low, high = wanted
    if low == high:
        return low in (quantity.low, quantity.high)
    return quantity.low == low and quantity.high == high
