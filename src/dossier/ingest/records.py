"""Build a ``Document`` from extracted text and whatever metadata each reader found.

Every reader (text file, HTML, feed item, table row) ends here, so the rules for ids, dates,
outlets and size limits are applied once: ``doc_id`` from the content, a missing date inferred
from the text and flagged, and the outlet taken from metadata, then the site's domain, then the
run's default.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from dossier.errors import IngestError
from dossier.furniture import leading_address
from dossier.ingest.dates import infer_published
from dossier.ingest.fingerprint import make_doc_id
from dossier.ingest.options import IngestOptions
from dossier.ingest.repair import repair_text
from dossier.models import Document


@dataclass(frozen=True, slots=True, kw_only=True)
class Meta:
    """Metadata one reader found; internal to ingest, never passed to another stage."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: date | None = None
    language: str | None = None

    def or_(self, fallback: Meta) -> Meta:
        """Return these values, each missing one taken from ``fallback``."""
        values = {
            name.name: getattr(self, name.name) or getattr(fallback, name.name)
            for name in dataclasses.fields(self)
        }
        return Meta(**values)


def domain_of(url: str | None) -> str | None:
    """Return the host of a URL without a leading ``www.``, or None."""
    if not url:
        return None
    host = urlsplit(url).hostname
    if not host:
        return None
    return host.removeprefix("www.")


def _web_url(address: str) -> str | None:
    """The address as a URL with a scheme, or None when it has no host."""
    url = address if "://" in address else f"http://{address}"
    return url if domain_of(url) else None


def _language(value: str | None) -> str:
    if not value:
        return "en"
    return value.strip().replace("_", "-").split("-")[0].lower() or "en"


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def make_document(text: str, *, source: str, meta: Meta, options: IngestOptions) -> Document:
    """Return the Document for one article.

    Args:
        text: the article text, metadata already removed.
        source: the file path or URL it was read from.
        meta: what the reader found (explicit values and fallbacks already merged).
        options: the run's limits and default outlet.

    Returns:
        A Document whose id is derived from ``text``.

    Raises:
        IngestError: the text is empty or longer than ``options.max_text_chars``.
    """
    text = repair_text(text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    address, rest = leading_address(text)
    if address is not None and rest.strip():
        # a pasted page's own address is where it came from, not what it says
        text, meta = rest.strip(), meta.or_(Meta(url=_web_url(address)))
    if not text:
        raise IngestError(f"{source}: no article text found")
    if len(text) > options.max_text_chars:
        raise IngestError(
            f"{source}: the text has {len(text):,} characters, more than the limit of "
            f"{options.max_text_chars:,}; split it or raise max_text_chars"
        )
    published, inferred = meta.published, False
    if published is None:
        published = infer_published(text)
        inferred = published is not None
    return Document(
        doc_id=make_doc_id(text),
        text=text,
        title=_clean(meta.title),
        outlet=_clean(meta.outlet) or domain_of(meta.url) or options.default_outlet,
        url=meta.url,
        author=_clean(meta.author),
        published=published,
        published_inferred=inferred,
        language=_language(meta.language),
        source=source,
    )


def strip_item(message: str, item: str) -> str:
    """Drop a leading ``"ITEM: "`` from an error message whose Failure already names ITEM."""
    return message.removeprefix(f"{item}: ")
