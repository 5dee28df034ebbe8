"""A person's discrepancy (two ages on one day) over the REST API and on the discrepancies page."""

import pytest


@pytest.mark.slow
def test_people_discrepancies_api_lists_the_person_with_cited_values(people_client):
    body = people_client.get("/api/discrepancies").json()
    [age] = [d for d in body["items"] if d["entity_id"]]
    assert (age["attribute"], age["event_id"]) == ("age", None)
    assert [(v["value"], v["outlets"]) for v in age["values"]] == [("29", ["Harbour Gazette"]), ("31", ["Coastal Times"])]
    cited = age["values"][1]["evidence"][0]
    assert cited["sentence"].startswith("Zoë O'Hara, 31, brought two teenagers") and cited["published"] == "2025-06-02"


@pytest.mark.slow
def test_people_discrepancies_page_quotes_each_outlet_and_links_the_person(people_client):
    body = people_client.get("/api/discrepancies").json()
    [age] = [d for d in body["items"] if d["entity_id"]]
    page = people_client.get("/discrepancies").text
    assert f'<a href="/entities/{age["entity_id"]}">person</a>' in page
    assert "<q>Zoë O&#39;Hara, 31, brought two teenagers" in page
    assert "Coastal Times, 2025-06-02</a>, chars 0–" in page
    assert people_client.get(f"/entities/{age['entity_id']}").status_code == 200


@pytest.mark.slow
def test_entity_page_shows_the_persons_discrepancy_with_each_outlets_sentence(people_client):
    body = people_client.get("/api/discrepancies").json()
    [age] = [d for d in body["items"] if d["entity_id"]]
    page = people_client.get(f"/entities/{age['entity_id']}").text
    disputes = page.split('id="disputes-h"')[1].split("</section>")[0]
    assert "<strong>age</strong>" in disputes
    assert '<span class="value">29</span> <span class="muted">(Harbour Gazette)</span>' in disputes
    assert '<span class="value">31</span>: <q>Zoë O&#39;Hara, 31, brought two teenagers' in disputes


@pytest.mark.slow
def test_entity_page_of_an_undisputed_entity_has_no_disputes_section(people_client):
    body = people_client.get("/api/discrepancies").json()
    disputed = {d["entity_id"] for d in body["items"] if d["entity_id"]}
    entities = people_client.get("/api/entities").json()["items"]
    other = next(e for e in entities if e["entity_id"] not in disputed)
    page = people_client.get(f"/entities/{other['entity_id']}").text
    assert 'id="disputes-h"' not in page and "Also written as" in page
