from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from dossier.ingest import make_doc_id, minhash_bands, text_similarity

STORY = (
    "The ferry company said on Tuesday that it would restore the morning crossing to the "
    "northern islands after repairs to its oldest vessel were finished ahead of schedule. "
    "Engineers had replaced both engines and the steering gear over six weeks in the dry dock. "
    "Passengers had complained for months about cancelled sailings and long queues at the pier. "
    "The company apologised again for the disruption and promised a discount on season tickets. "
    "Local councillors welcomed the news but said the timetable still left villages without an "
    "evening service, and called for a second vessel to be leased before the tourist season."
)
# The same story with one sentence rewritten, as a second outlet might run it.
STORY_EDITED = STORY.replace(
    "Passengers had complained for months about cancelled sailings and long queues at the pier.",
    "Travellers say they spent most of the winter waiting for boats that never came.",
)
UNRELATED = (
    "A new exhibition of early photographs opened at the city museum on Friday, showing street "
    "scenes from the market district before the fire. The curator spent three years tracing the "
    "families of the people in the pictures, and several of their grandchildren attended the "
    "opening. The museum will keep the exhibition open until the end of the year, with free "
    "entry on the first Sunday of every month and guided tours for schools on request."
)


@pytest.mark.parametrize(
    "variant",
    [
        STORY.replace(". ", ".\n\n"),
        "   " + STORY + "\n",
        STORY.replace(" ", "  "),
        STORY.replace(" ", "\t", 3),
        STORY.replace("The", "\uff34he", 1),  # full-width T, folded by NFKC
    ],
)
def test_fingerprint_doc_id_ignores_whitespace_and_compatibility_forms(variant: str) -> None:
    assert make_doc_id(variant) == make_doc_id(STORY)


@pytest.mark.parametrize(
    "variant",
    [STORY.lower(), STORY.replace("Tuesday", "Wednesday"), STORY_EDITED],
)
def test_fingerprint_doc_id_changes_with_case_or_words(variant: str) -> None:
    assert make_doc_id(variant) != make_doc_id(STORY)


def test_fingerprint_doc_id_is_16_hex_digits() -> None:
    assert re.fullmatch(r"[0-9a-f]{16}", make_doc_id(STORY))


def test_fingerprint_near_duplicates_score_high_and_share_a_band() -> None:
    assert text_similarity(STORY, STORY_EDITED) > 0.6
    assert set(minhash_bands(STORY)) & set(minhash_bands(STORY_EDITED))


def test_fingerprint_unrelated_texts_score_low_and_share_no_band() -> None:
    assert text_similarity(STORY, UNRELATED) < 0.05
    assert not set(minhash_bands(STORY)) & set(minhash_bands(UNRELATED))


def test_fingerprint_bands_have_16_numbered_entries() -> None:
    bands = minhash_bands(STORY)
    assert [band.split(":")[0] for band in bands] == [f"{i:02d}" for i in range(16)]


def test_fingerprint_bands_are_equal_across_processes() -> None:
    code = "from dossier.ingest import minhash_bands; import sys; print(minhash_bands(sys.argv[1]))"
    runs = {
        subprocess.run(
            [sys.executable, "-c", code, STORY],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert runs == {str(minhash_bands(STORY))}


@pytest.mark.parametrize(("a", "b"), [("", STORY), ("...", STORY), ("", "")])
def test_fingerprint_texts_without_words_have_no_bands_and_zero_similarity(a: str, b: str) -> None:
    assert minhash_bands(a) == []
    assert text_similarity(a, b) == 0.0
