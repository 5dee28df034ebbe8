"""The build clusters a grown story again: two stories chained by articles that bridge them part.

Written for this test: four articles on a dam breach and four on a bank's fraud trial, fed one
build at a time. Each breach article and the trial article of the same day name two people of the
same charity and nothing else in common, so each pair is tied strongly enough for a newcomer to
join, and the stories chain into one; over the whole story, the two groups share only those
bridges and part (resolve.stories_split), as crossdoc now does during the build, on SQLite and PostgreSQL.
"""

from datetime import date

import pytest

from dossier import api, models

BREACH = [
    "Floodwater from the Tarrow Dam breach swept through Dunmore on Monday, and engineer Ilse Korr said the "
    "spillway had cracked. Rescuer Milo Brandt of the Dunmore Fire Brigade pulled twelve people from roofs.",
    "Ilse Korr told reporters the Tarrow Dam spillway had shown cracks for a year. Milo Brandt said the Dunmore "
    "Fire Brigade was still searching flooded streets near the Tarrow River.",
    "Dunmore residents returned to mud-filled homes after the Tarrow Dam breach. The Dunmore Fire Brigade chief "
    "Milo Brandt said two people were still missing, and Ilse Korr inspected the spillway.",
    "An inquiry into the Tarrow Dam breach will hear from engineer Ilse Korr, and Dunmore families who lost "
    "homes to the Tarrow River floodwater asked Milo Brandt for help.",
]
TRIAL = [
    "The fraud trial of Kestrel Bank founder Tomas Rendle opened in Port Carvey on Tuesday. Prosecutor Leda "
    "Sarn said Rendle hid losses from depositors of Kestrel Bank.",
    "Leda Sarn showed the Port Carvey court ledgers she said Tomas Rendle had forged. Kestrel Bank depositors "
    "filled the public gallery as Rendle listened.",
    "Tomas Rendle denied forging Kestrel Bank ledgers when he took the stand in Port Carvey. Leda Sarn asked "
    "him why the losses were never reported.",
    "The jury in Port Carvey began deliberating in the Kestrel Bank case on Friday. Leda Sarn called Tomas "
    "Rendle a fraudster; his lawyer said he was a scapegoat.",
]
BRIDGES = [
    "Petra Quill and Ivo Brask of the Halden Trust sent money.",
    "Amos Tell and Nadia Ferro of the Norrow Fund sent money.",
    "Wren Okafor and Bela Torn of the Lisle Institute sent money.",
    "Jonas Vey and Ada Lusk of the Carrick Society sent money.",
]


def _articles() -> list[models.Document]:
    docs = []
    for day, (breach, trial, bridge) in enumerate(zip(BREACH, TRIAL, BRIDGES)):
        published = date(2025, 3, 10 + day)
        docs.append(models.Document(doc_id=f"breach{day}", text=f"{breach} {bridge}", published=published,
                                    outlet="Test Herald", title=f"Dam breach, day {day + 1}"))
        docs.append(models.Document(doc_id=f"trial{day}", text=f"{trial} {bridge}", published=published,
                                    outlet="Test Herald", title=f"Bank trial, day {day + 1}"))
    return docs


@pytest.mark.slow
def test_build_splits_a_story_chained_through_bridging_articles(any_db):
    db = any_db
    for document in _articles():
        api.add_documents([document], db=db)
        api.build(db=db)
    store = api.open_store(db)
    stories = {frozenset(s.doc_ids): s for s in store.stories()}
    breach, trial = frozenset(f"breach{i}" for i in range(4)), frozenset(f"trial{i}" for i in range(4))
    assert set(stories) == {breach, trial}
    # the part holding most of the story's earlier articles keeps its id, the other gets a new one
    assert stories[breach].label == "Dam breach, day 1" and stories[trial].label == "Bank trial, day 1"
    assert all(s.doc_count == 4 for s in stories.values())
    # events follow their articles into the new story
    for part in (breach, trial):
        held = [e for e in store.events() if e.doc_ids and set(e.doc_ids) <= part]
        assert held and {e.story_id for e in held} == {stories[part].story_id}
    api.close_store(db)
