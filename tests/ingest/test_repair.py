"""Damaged text is repaired at ingest: mojibake undone, everything else kept as it came."""

import pytest

from dossier.ingest.repair import repair_text


@pytest.mark.parametrize(("damaged", "repaired"), [
    # UTF-8 read as Windows-1252, once and twice
    ("Mayor Juli\u00c3\u00a1n Ortega spoke.", "Mayor Julián Ortega spoke."),
    ("Pe\u00c3\u0192\u00c2\u00b1a arrived.", "Peña arrived."),
    # ... also where the export decomposed the mojibake's letters (A and a combining tilde)
    ("Fran\u0041\u0303\u0083\u0041\u0302\u00a7ois Ortega spoke.", "François Ortega spoke."),
    # correct text is left alone, curly quotes and dashes included
    ("The \u201c500 for 500\u201d swap \u2014 at \u00c7\u0131ra\u011fan.", "The \u201c500 for 500\u201d swap \u2014 at \u00c7\u0131ra\u011fan."),
    # markup is the source's text, kept as it came (it is escaped where it is shown)
    ('She wrote: <tweet tweet-id="12345">We will win.</tweet>', 'She wrote: <tweet tweet-id="12345">We will win.</tweet>'),
])
def test_repair_text(damaged, repaired):
    assert repair_text(damaged) == repaired


def test_repair_applies_to_every_table_row(tmp_path):
    from dossier.ingest import IngestOptions, iter_documents

    table = tmp_path / "export.csv"
    table.write_text('date,outlet,text\n2025-03-02,Courier,"Juli\u00c3\u00a1n Ortega won the vote."\n',
                     encoding="utf-8")
    (document,) = iter_documents([str(table)], IngestOptions())
    assert document.text == "Julián Ortega won the vote."
