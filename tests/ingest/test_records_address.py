"""A pasted page's own address on its first line is where it came from, not what it says."""

from __future__ import annotations

from dossier.ingest import IngestOptions
from dossier.ingest.records import Meta, make_document

LEAD = "The harbour closed on Tuesday after a storm damaged two piers, the port authority said."


def test_records_address_line_becomes_the_url():
    text = f"http: / / www. harbour-news. example / 2018 / 02 / 06 / harbour - closes /\n{LEAD}"
    doc = make_document(text, source="row 1", meta=Meta(), options=IngestOptions())
    assert doc.text == LEAD
    assert doc.url == "http://www.harbour-news.example/2018/02/06/harbour-closes/"
    assert doc.outlet == "harbour-news.example"


def test_records_address_line_keeps_a_given_url_and_outlet():
    meta = Meta(url="https://given.example/a", outlet="Gazette")
    doc = make_document(f"https://other.example/b\n\n{LEAD}", source="row 1", meta=meta, options=IngestOptions())
    assert (doc.text, doc.url, doc.outlet) == (LEAD, "https://given.example/a", "Gazette")


def test_records_address_inside_the_text_stays():
    text = f"{LEAD}\nMore at https://harbour-news.example/storm"
    assert make_document(text, source="row 1", meta=Meta(), options=IngestOptions()).text == text


def test_records_address_alone_is_kept_as_the_text():
    text = "https://harbour-news.example/storm"
    assert make_document(text, source="row 1", meta=Meta(), options=IngestOptions()).text == text
