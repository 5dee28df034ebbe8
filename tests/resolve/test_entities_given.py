"""People by their other names across articles: a surname an article shares between two people
is no one's in particular, and a given name alone is the one person also called by it elsewhere."""

from dossier.resolve.entities import resolve_entities

from .reports import entity_of, name_mention


def _family(doc_id):
    """An article naming a mother and her son in full, then writing the bare surname."""
    return [name_mention(doc_id, "Marta Okafor"), name_mention(doc_id, "Tobi Okafor"), name_mention(doc_id, "Okafor")]


def test_entities_given_a_surname_shared_in_its_article_is_no_ones_alone():
    mentions = [name_mention(f"a{i}", "Tobi Okafor") for i in range(8)] + _family("f1") + _family("f2")
    result = resolve_entities(mentions)
    bare = entity_of(result, "f1", "Okafor")
    assert bare.entity_id not in {entity_of(result, "a0", "Tobi Okafor").entity_id,
                                  entity_of(result, "f1", "Marta Okafor").entity_id}
    assert bare.entity_id == entity_of(result, "f2", "Okafor").entity_id


def test_entities_given_a_surname_alone_still_goes_to_the_dominant_bearer():
    mentions = [name_mention(f"a{i}", "Tobi Okafor") for i in range(8)] + [name_mention("m", "Marta Okafor"),
                                                                            name_mention("bare", "Okafor")]
    result = resolve_entities(mentions)
    assert entity_of(result, "bare", "Okafor").name == "Tobi Okafor"


def test_entities_given_name_alone_joins_the_one_person_called_by_it():
    mentions = [name_mention("d1", "Tobi Okafor"), name_mention("d1", "Tobi", canonical="Tobi Okafor"),
                name_mention("d2", "Tobi"), name_mention("d3", "Carlos Andres Ruiz"),
                name_mention("d3", "Carlos Andres", canonical="Carlos Andres Ruiz"), name_mention("d4", "Carlos Andres")]
    result = resolve_entities(mentions)
    assert entity_of(result, "d2", "Tobi").name == "Tobi Okafor"
    assert entity_of(result, "d4", "Carlos Andres").name == "Carlos Andres Ruiz"


def test_entities_given_name_alone_stays_when_unproven_or_shared():
    # never called "Tobi" alone elsewhere: no evidence the person goes by it
    result = resolve_entities([name_mention("d1", "Tobi Okafor"), name_mention("d2", "Tobi")])
    assert entity_of(result, "d2", "Tobi").name == "Tobi"
    # two people called by one given name: no guess
    mentions = [name_mention("d1", "Tobi Okafor"), name_mention("d1", "Tobi", canonical="Tobi Okafor"),
                name_mention("d3", "Tobi Lane"), name_mention("d3", "Tobi", canonical="Tobi Lane"),
                name_mention("d2", "Tobi")]
    result = resolve_entities(mentions)
    assert entity_of(result, "d2", "Tobi").name == "Tobi"
