from __future__ import annotations

import codecs
import random

import pytest

from dossier.errors import IngestError
from dossier.ingest.decode import decode_bytes

ACCENTED = (
    "Le café de la gare a rouvert après des années de travaux. "
    "Les élèves du lycée voisin y "
    "déjeunent désormais, et le patron espère que la clientèle fidèle reviendra à l'été. "
    "Une fête est prévue en août avec un orchestre de la région."
)

GERMAN = "Die Gespräche endeten nach zwei Stunden; größere Schritte folgen später, hieß es."
RUSSIAN = "Переговоры завершились, и делегации обменялись письменными предложениями."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (ACCENTED.encode("utf-8"), ACCENTED),
        (codecs.BOM_UTF8 + ACCENTED.encode("utf-8"), ACCENTED),
        (ACCENTED.encode("latin-1"), ACCENTED),
        (GERMAN.encode("cp1252"), GERMAN),
        (RUSSIAN.encode("cp1251"), RUSSIAN),
        (ACCENTED.encode("utf-16"), ACCENTED),
    ],
    ids=["utf-8", "utf-8-sig", "latin-1", "cp1252", "cp1251", "utf-16-bom"],
)
def test_decode_reads_common_encodings(data: bytes, expected: str) -> None:
    assert decode_bytes(data, item="article.txt") == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        (bytes(range(1, 32)) * 40, "control or unknown characters"),
        (random.Random(7).randbytes(3000).replace(b"\x00", b"."), "could not be recognised"),
    ],
    ids=["empty", "whitespace", "png", "control-bytes", "random-bytes"],
)
def test_decode_refuses_unreadable_bytes(data: bytes, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        decode_bytes(data, item="article.txt")
