"""Article text and metadata from an HTML page, by trafilatura.

trafilatura removes navigation, cookie banners, related-link boxes and scripts, and reads title,
date, site name, author and canonical URL from the page's markup. Its date search is limited to
markup (``extensive_search`` off): a date guessed from the body would be an inference, and
inferred dates are made, and flagged, by ``records.make_document`` instead.
"""

from __future__ import annotations

from datetime import date

import trafilatura

from dossier.errors import IngestError
from dossier.ingest.dates import parse_date
from dossier.ingest.decode import check_not_binary, decode_bytes
from dossier.ingest.fetch import Fetched
from dossier.ingest.options import IngestOptions
from dossier.ingest.records import Meta, make_document
from dossier.models import Document

# trafilatura falls back to whatever text a page has; fewer words than this is a script shell,
# a paywall stub or an index page, not an article (the shortest wire briefs run ~40 words).
MIN_ARTICLE_WORDS = 20
PAGE_TYPES = ("application/xhtml+xml", "application/xml")


def _date_params() -> dict[str, object]:
    return {
        "original_date": True,  # the publication date, not the last modification
        "extensive_search": False,
        "max_date": date.today().isoformat(),
    }


def extract_html(
    content: bytes | str,
    *,
    source: str,
    url: str | None,
    options: IngestOptions,
    fallback: Meta | None = None,
) -> Document:
    """Extract the main text and metadata of one HTML page.

    Args:
        content: the page's HTML (bytes are decoded by trafilatura from the page's charset).
        source: the file path or URL it was read from.
        url: the page's URL when fetched, used to resolve relative links and name the site.
        options: limits and defaults for the run.
        fallback: values to use where the page has none (a feed item's date, the feed title).

    Returns:
        The Document; its outlet is the site name, else the fallback, else the domain.

    Raises:
        IngestError: the page cannot be parsed or has no main text.
    """
    try:
        extracted = trafilatura.bare_extraction(
            content,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=_date_params(),
        )
    except (ValueError, TypeError) as error:  # malformed markup deep in lxml
        raise IngestError(f"{source}: the HTML could not be parsed ({error})") from error
    if extracted is None or len((extracted.text or "").split()) < MIN_ARTICLE_WORDS:
        raise IngestError(
            f"{source}: no main article text found in the page (empty, broken, or fewer than "
            f"{MIN_ARTICLE_WORDS} words of text)"
        )
    page = Meta(
        title=extracted.title,
        outlet=_site_name(extracted.sitename, extracted.hostname),
        url=extracted.url or url,
        author=extracted.author,
        published=parse_date(extracted.date, item=source) if extracted.date else None,
        language=extracted.language,
    )
    meta = page.or_(fallback or Meta())
    return make_document(extracted.text, source=source, meta=meta, options=options)


def _site_name(sitename: str | None, hostname: str | None) -> str | None:
    # trafilatura falls back to the host name when a page names no site; return None then, so
    # a better fallback (a feed's title) can win before the domain is used.
    if not sitename or not hostname:
        return sitename
    same = sitename.lower().removeprefix("www.") == hostname.lower().removeprefix("www.")
    return None if same else sitename


def fetched_document(
    fetched: Fetched,
    *,
    source: str,
    options: IngestOptions,
    fallback: Meta | None = None,
) -> Document:
    """Build the Document for a fetched page (HTML, or plain text served as ``text/plain``).

    Args:
        fetched: the response, after redirects.
        source: the URL as requested (before redirects), recorded as the Document's source.
        options: limits and defaults for the run.
        fallback: values to use where the page has none.

    Returns:
        The Document; its ``url`` is the page's canonical URL, else the final URL.

    Raises:
        IngestError: the body is binary or empty, or has no main text.
    """
    kind = fetched.content_type.split(";")[0].strip()
    if kind and not kind.startswith("text/") and kind not in PAGE_TYPES:
        raise IngestError(f"{source}: the server sent {kind!r}, not a web page or text")
    check_not_binary(fetched.content, item=source)
    if kind == "text/plain":
        text = decode_bytes(fetched.content, item=source)
        meta = Meta(url=fetched.url).or_(fallback or Meta())
        return make_document(text, source=source, meta=meta, options=options)
    return extract_html(
        fetched.content, source=source, url=fetched.url, options=options, fallback=fallback
    )
