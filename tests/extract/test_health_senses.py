"""Words of force used of illnesses, animals and germs (``health_senses``): a toll, not an attack."""

from __future__ import annotations

import pytest

from dossier.models import EventType

FLU_TOLLS = [
    ("A new strain of bird flu appeared in the delta in March. It has killed at least 14 people there.", "killed"),
    ("A mysterious fever has broken out in the hill villages, killing at least 7 people.", "killing"),
    ("The new H5N1 strain has killed up to 30 people in the province.", "killed"),
    ("The H7N2 virus killed 11 farm workers last winter.", "killed"),
    ("The outbreak, which doctors say has killed about 60 people, is spreading.", "killed"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), FLU_TOLLS)
def test_health_senses_illness_toll_is_disaster(extract, needs_wordnet, text, trigger):
    types = {m.trigger: m.event_type for m in extract(text)}
    assert types.get(trigger) == EventType.DISASTER


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hundreds of chickens were killed in the cull on Tuesday.", "killed"),
        ("Farm workers killed dozens of goats in the pens.", "killed"),
        ("Some farmers hid their goats, but the animals were found and killed.", "killed"),
        ("Flu fears have hit them hard.", "hit"),
        ("Wash your hands, catch it, bin it, kill it.", "kill"),
        ("Bank shares were hit by fears of a recession.", "hit"),
        ("Beef exports have been hit by bans in three markets.", "hit"),
        ("Hardest hit are the coastal towns with 300 cases.", "hit"),
        ("The old virus came back in May. It is hitting mostly young adults.", "hitting"),
    ],
)
def test_health_senses_no_attack(trigger_types, needs_wordnet, text, word):
    assert trigger_types(text).get(word) not in {"attack", "fight"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rebels killed 12 soldiers in an ambush near the border.", "killed"),
        ("The militia leader returned to the town in May. He killed four guards there.", "killed"),
        ("The virus spread through the camp. Gunmen then killed 6 aid workers.", "killed"),
        ("Troops shot the farmers and their cattle.", "shot"),
        ("The convoy was hit by a missile near the border.", "hit"),
    ],
)
def test_health_senses_attack_kept(trigger_types, needs_wordnet, text, word):
    assert trigger_types(text).get(word) == "attack"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("A new strain emerged last month. It has killed 12 people.", "It", "strain"),
        ("The bridge collapsed on Monday. It was old.", "It", "bridge"),
        ("It rained all day.", "It", None),
        ("The strain, which killed 12, spread.", "which", "strain"),
    ],
)
def test_health_senses_antecedent(nlp, text, word, expected):
    from dossier.extract.health_senses import antecedent

    doc = nlp(text)
    pronoun = next(t for t in doc if t.text == word)
    found = antecedent(pronoun)
    assert (found.lower_ if found is not None else None) == expected
