"""One blaze, two families: a fire told as arson in one article and as a blaze in another is one event.

Extraction types a fire by what its sentence knows of the cause (``extract.fire_senses``): "an
arson fire" or "a fire that was set" is an attack, "a suspicious fire" or "the blaze" a disaster.
Articles of one story differ in what they know, and the day's first reports rarely say arson, so
one fire ends up in two event families, which ``events`` blocks apart and no rule there can join.
Once every report is placed, an event founded in this batch whose reports all name the fire
itself ("fire", "blaze", "flames") in the attack family joins the disaster event of its story
that is told as a fire too, when

- an article of each reads like one story (``events_ties.ArticleTies.one_story``);
- their dates can be one day's (``timevalues.compatible``; no date fits any);
- none of its reports conflicts with the other event (``event_conflicts``).

Several candidates: the larger. Reports of setting the fire ("set", "torched") or of the arsonist
stay where they are: the setting is an act of its own, as a shooting is beside the death it causes.

Measured on ECB+ (2026-11-25). Of the gold-coreferent pairs of aligned mentions the build kept
apart on topics 1-20, 36 of 302 lay across two families, 24 of them attack / disaster, and 18 of
those one church fire told as "an arson fire" and as "a suspicious fire". End to end (``dossier
eval ecbplus-build``, CoNLL F1): topics 1-20 0.7462 -> 0.7503 (topic 13 0.524 -> 0.587; MUC P / R
0.889 / 0.747 -> 0.890 / 0.751), held-out 21-35 0.7267 unchanged, all 0.7360 -> 0.7377. Story
clustering (``dossier eval stories``, 0.8666) and Istanbul identical.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.resolve.event_conflicts import conflicts
from dossier.timevalues import compatible

if TYPE_CHECKING:
    from dossier.resolve.events import Cluster
    from dossier.resolve.events_ties import ArticleTies

# Nouns naming a fire itself, whatever its cause (kept here, not taken from ``extract.word_classes``,
# since a stage does not import a sibling stage).
FIRE_NOUNS = frozenset({"fire", "fires", "blaze", "blazes", "flames", "inferno", "wildfire", "wildfires",
                        "bushfire", "bushfires", "conflagration"})


def join_fire_families(attacks: list[Cluster], disasters: list[Cluster], ties: ArticleTies | None) -> None:
    """Move each new attack event told only as a fire into the disaster fire of its story.

    Args:
        attacks: the events of the attack family, after every report is placed; a joined one is emptied.
        disasters: the events of the disaster family; the chosen one gains the reports.
        ties: the batch's article ties; None joins nothing.
    """
    if ties is None:
        return
    fires = [c for c in disasters if c.mentions and any(_fire_noun(m.trigger) for m in c.mentions)]
    for cluster in [c for c in attacks if c.event_id is None and c.mentions
                    and all(_fire_noun(m.trigger) for m in c.mentions)]:
        found = [other for other in fires if _one_fire(cluster, other, ties)]
        if found:
            max(found, key=lambda c: len(c.mentions)).absorb(cluster)


def _fire_noun(trigger: str) -> bool:
    return trigger.lower() in FIRE_NOUNS


def _one_fire(cluster: Cluster, other: Cluster, ties: ArticleTies) -> bool:
    """Whether a fire told as an attack and one told as a blaze can be one: one story, one day, no veto."""
    if not compatible(cluster.date_value, other.date_value):
        return False
    if not any(ties.one_story(m.doc_id, n.doc_id) for m in cluster.mentions for n in other.mentions):
        return False
    return not any(conflicts(m, other) for m in cluster.mentions)
