"""Turn the bytes of a file or response into text, or refuse with a reason.

Encodings are tried in order of how often news files use them: UTF-8 (with or without a byte
order mark), then whatever ``charset_normalizer`` detects. A file is refused when it holds NUL
bytes (a binary file, unless a UTF-16/32 byte order mark says otherwise), when it is empty, or
when the best decoding still looks like noise.
"""

from __future__ import annotations

import codecs
from pathlib import Path
import unicodedata

import charset_normalizer

from dossier.errors import IngestError

_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MAX_CHAOS = 0.2  # charset_normalizer's "mess" ratio; real prose in a wrong guess scores above
TIE_CHAOS = 0.02  # decodings this close in mess ratio are equally plausible
WESTERN = "cp1252"
MAX_ODD_CHARS = 0.05  # share of control/unassigned/replacement characters tolerated in text
CHECK_CHARS = 200_000  # a prefix this long shows whether a decoding is noise; keeps big files fast


def decode_bytes(data: bytes, *, item: str) -> str:
    """Decode a file's bytes to text.

    Args:
        data: the raw bytes.
        item: the file path or URL, for error messages.

    Returns:
        The decoded text (a leading byte order mark removed).

    Raises:
        IngestError: empty, binary, or undecodable input.
    """
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            return _checked(_decode_strict(data, encoding, item), item)
    check_not_binary(data, item=item)
    try:
        return _checked(data.decode("utf-8-sig"), item)
    except UnicodeDecodeError:
        pass
    return _checked(_detect(data, item), item)


def check_not_binary(data: bytes, *, item: str) -> None:
    """Refuse empty input and input with NUL bytes (images, archives, office files).

    Args:
        data: the raw bytes.
        item: the file path or URL, for error messages.

    Raises:
        IngestError: the input is empty or binary.
    """
    if not data.strip():
        raise IngestError(f"{item}: the file is empty; nothing to ingest")
    if b"\x00" in data[:65536]:
        raise IngestError(
            f"{item}: this is a binary file (it contains NUL bytes); "
            "dossier reads text, HTML, RSS/Atom, CSV and JSONL"
        )


def _decode_strict(data: bytes, encoding: str, item: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise IngestError(f"{item}: not valid {encoding} ({error.reason})") from error


def _detect(data: bytes, item: str) -> str:
    matches = list(charset_normalizer.from_bytes(data))
    if not matches or min(m.chaos for m in matches) > MAX_CHAOS:
        raise IngestError(
            f"{item}: the text encoding could not be recognised (not UTF-8, and no other "
            "encoding gives readable text); convert the file to UTF-8"
        )
    calmest = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= calmest + TIE_CHAOS]
    # On short texts several 8-bit code pages read equally well; Windows-1252 is by far the
    # most common legacy encoding of English and Western European news, so it wins a tie.
    if any(WESTERN in m.could_be_from_charset for m in tied):
        try:
            return data.decode(WESTERN)
        except UnicodeDecodeError:
            pass
    return str(tied[0])


def _checked(text: str, item: str) -> str:
    sample = text[:CHECK_CHARS]
    odd = sum(1 for char in sample if _is_odd(char))
    if odd > MAX_ODD_CHARS * len(sample):
        raise IngestError(
            f"{item}: the decoded text is mostly control or unknown characters; "
            "it does not look like an article"
        )
    return text


def _is_odd(char: str) -> bool:
    if char in "\n\r\t\f\v":
        return False
    return char == "\ufffd" or unicodedata.category(char) in ("Cc", "Cn", "Co", "Cs")


def read_file_bytes(path: Path, *, max_bytes: int) -> bytes:
    """Read a file, refusing one larger than ``max_bytes`` before loading it.

    Args:
        path: the file.
        max_bytes: the size limit.

    Returns:
        The file's bytes.

    Raises:
        IngestError: the file is too large or cannot be read.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(
                f"{path}: the file has {size:,} bytes, more than the limit of {max_bytes:,}"
            )
        return path.read_bytes()
    except OSError as error:
        raise IngestError(f"{path}: cannot read the file ({error.strerror})") from error
