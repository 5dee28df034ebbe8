"""A timeline report a journalist can send by mail: one self-contained HTML file, or Markdown.

The HTML has its CSS inline and no script, image, font or link to anything outside the file, so it
reads the same offline, in a mail client or printed. Every piece of text from the articles is
escaped. Dates are shown with the precision the sources gave them: a month-only date says so, a
range shows both ends, an undated event says "date unknown", rather than pretending to a day.
Every event lists its evidence as outlet, document id and character span, so each line can be
checked against the stored article; discrepancies show each side's value with its sources, and a person's
age or number of children also the sentence each outlet states it in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from html import escape

from dossier import models
from dossier.timevalues import interval

_CSS = """
body{font:15px/1.5 Georgia,'Times New Roman',serif;color:#1d1d1f;max-width:52rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{margin-top:2.5rem;border-bottom:2px solid #1d1d1f}
.meta{color:#555;font-size:.9rem}
.timeline{list-style:none;margin:0;padding:0 0 0 1.4rem;border-left:3px solid #b9c2cc}
.entry{position:relative;margin:0 0 1.6rem}
.entry::before{content:"";position:absolute;left:-1.95rem;top:.35rem;width:.8rem;height:.8rem;
border-radius:50%;background:#2f5d8a;border:2px solid #fff}
.entry.uncertain::before{background:#fff;border:2px dashed #2f5d8a}
.date{font-weight:bold;font-size:1.05rem}.precision{font-weight:normal;color:#8a5300;font-size:.85rem}
.tag{display:inline-block;font:12px/1.6 Arial,sans-serif;background:#e7edf3;border-radius:3px;padding:0 .4rem;margin-right:.3rem}
.tag.status{background:#fbe9d0}.tag.disputed{background:#f6d5d5}
.sources{font:13px Arial,sans-serif;color:#444}
blockquote{margin:.4rem 0 .4rem .2rem;padding:.1rem .7rem;border-left:3px solid #dde;font-style:italic;color:#333}
cite{display:block;font:12px Arial,sans-serif;font-style:normal;color:#666}
table{border-collapse:collapse;width:100%;font:13px Arial,sans-serif}
th,td{border:1px solid #ccd;padding:.3rem .5rem;text-align:left;vertical-align:top}
.disc{margin-bottom:1.4rem}
@media print{body{margin:0}.entry{break-inside:avoid}}
"""

_PRECISION_WORDS = {
    models.Precision.MONTH: "month only",
    models.Precision.WEEK: "week only",
    models.Precision.SEASON: "season only",
    models.Precision.QUARTER: "quarter only",
    models.Precision.YEAR: "year only",
    models.Precision.DECADE: "decade only",
    models.Precision.CENTURY: "century only",
    models.Precision.RANGE: "range",
    models.Precision.UNKNOWN: "precision unknown",
}


def format_date(value: str | None, precision: models.Precision) -> tuple[str, str]:
    """A date as a reader should see it, and a note on its precision ("" for an exact day).

    Args:
        value: TIMEX3 value ("2025-05-16", "2025-05", "2025-05-23/2025-05-25") or None.
        precision: the precision the sources gave.

    Returns:
        ``(label, note)``: "16 May 2025" and ""; "May 2025" and "month only"; "23 May 2025 –
        25 May 2025" and "range"; "Date unknown" and "" when there is no calendar value.
    """
    span = interval(value)
    if span is None:
        return ("Date unknown", "") if not value else (value, _PRECISION_WORDS.get(precision, ""))
    if "/" in (value or "") or precision == models.Precision.RANGE:
        return f"{_day(span[0])} – {_day(span[1])}", "range"
    if precision in (models.Precision.DAY, models.Precision.TIME):
        clock = value.split("T", 1)[1][:5] if "T" in value else ""
        return (_day(span[0]) + (f", {clock}" if clock else "")), ""
    if precision == models.Precision.MONTH:
        return span[0].strftime("%B %Y"), "month only"
    if precision == models.Precision.YEAR:
        return str(span[0].year), "year only"
    return f"{_day(span[0])} – {_day(span[1])}", _PRECISION_WORDS.get(precision, "range")


def _day(day: date) -> str:
    return f"{day.day} {day.strftime('%B %Y')}"


def cite(evidence: models.Evidence) -> str:
    """Plain-text citation of one evidence sentence: outlet, document id, character span, date."""
    parts = [evidence.outlet or "unknown outlet", f"doc {evidence.doc_id}", f"chars {evidence.start}–{evidence.end}"]
    if evidence.published:
        parts.append(f"published {evidence.published.isoformat()}")
    return ", ".join(parts)


def render_html_report(
    entries: Sequence[models.TimelineEntry], discrepancies: Sequence[models.Discrepancy], *, title: str,
) -> str:
    """A self-contained HTML report: a vertical timeline of events and the discrepancies found.

    Args:
        entries: timeline entries in the order to show them (usually by date).
        discrepancies: conflicting values between sources; those naming an event are also flagged
            on that event.
        title: the report's heading and document title.

    Returns:
        A complete HTML5 document (inline CSS, no script, no external resource), all text escaped.
    """
    disputed = _disputed_attributes(discrepancies)
    outlets = sorted({o for e in entries for o in e.event.outlets})
    body = [
        f"<h1>{escape(title)}</h1>",
        f'<p class="meta">{_count(len(entries), "event")} from {_count(len(outlets), "outlet")}; '
        f"{_count(len(discrepancies), 'discrepancy', 'discrepancies')} between sources.</p>",
        "<h2>Timeline</h2>",
        '<ol class="timeline">',
        *(_html_entry(entry, disputed.get(entry.event.event_id, [])) for entry in entries),
        "</ol>",
        "<h2>Discrepancies</h2>",
        *([_html_discrepancy(d) for d in discrepancies] or ["<p>No discrepancies found.</p>"]),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _count(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def _disputed_attributes(discrepancies: Sequence[models.Discrepancy]) -> dict[str, list[models.Discrepancy]]:
    found: dict[str, list[models.Discrepancy]] = {}
    for item in discrepancies:
        if item.event_id:
            found.setdefault(item.event_id, []).append(item)
    return found


def _anchor(kind: str, ident: str) -> str:
    """An id attribute value safe in HTML and URLs, from any identifier."""
    return f"{kind}-" + re.sub(r"[^A-Za-z0-9_-]+", "-", ident)


def _html_entry(entry: models.TimelineEntry, disputes: Sequence[models.Discrepancy]) -> str:
    event = entry.event
    label, note = format_date(event.date_value, event.date_precision)
    tags = [f'<span class="tag">{escape(event.event_type.value.replace("_", " "))}</span>']
    if event.status != models.EventStatus.HAPPENED:
        tags.append(f'<span class="tag status">{escape(event.status.value)}</span>')
    tags += [
        f'<a class="tag disputed" href="#{_anchor("disc", d.discrepancy_id)}">disputed: {escape(d.attribute.replace("_", " "))}</a>'
        for d in disputes
    ]
    place = f" · {escape(event.location)}" if event.location else ""
    sources = _count(event.independent_sources, "independent source") + (
        f": {escape(', '.join(event.outlets))}" if event.outlets else ""
    )
    quotes = "".join(
        f"<blockquote>{escape(ev.sentence)}<cite>{escape(cite(ev))}</cite></blockquote>" for ev in entry.evidence
    )
    css = "entry uncertain" if note or interval(event.date_value) is None else "entry"
    note_html = f' <span class="precision">({escape(note)})</span>' if note else ""
    return (
        f'<li class="{css}" id="{_anchor("event", event.event_id)}">'
        f'<div class="date">{escape(label)}{note_html}</div>'
        f"<div>{''.join(tags)}{place}</div>"
        f"<p>{escape(event.summary)}</p>"
        f'<div class="sources">{sources}</div>{quotes}</li>'
    )


def _subject(item: models.Discrepancy) -> str:
    """What a discrepancy is about: an event, a person or one article."""
    if item.event_id:
        return f"event {item.event_id}"
    if item.entity_id:
        return f"person {item.entity_id}"
    return f"document {item.doc_id}" if item.doc_id else ""


def _html_discrepancy(item: models.Discrepancy) -> str:
    subject = _subject(item)
    link = f' (<a href="#{_anchor("event", item.event_id)}">{escape(subject)}</a>)' if item.event_id else (
        f" ({escape(subject)})" if subject else ""
    )
    rows = "".join(
        f"<tr><td>{escape(v.value)}</td><td>{escape(', '.join(v.outlets) or '—')}</td>"
        f"<td>{escape(', '.join(v.doc_ids))}</td></tr>"
        + "".join(f'<tr><td></td><td colspan="2"><blockquote>{escape(ev.sentence)}<cite>{escape(cite(ev))}</cite>'
                  "</blockquote></td></tr>" for ev in v.evidence)
        for v in item.values
    )
    note = f"<p>{escape(item.note)}</p>" if item.note else ""
    return (
        f'<div class="disc" id="{_anchor("disc", item.discrepancy_id)}">'
        f"<h3>{escape(item.attribute.replace('_', ' '))}{link} — severity {item.severity:.2f}</h3>{note}"
        f"<table><tr><th>Value</th><th>Outlets</th><th>Documents</th></tr>{rows}</table></div>"
    )


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    """Text safe inside a Markdown line: one line, Markdown and HTML characters escaped."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def render_markdown(
    entries: Sequence[models.TimelineEntry], discrepancies: Sequence[models.Discrepancy], *,
    title: str = "Timeline",
) -> str:
    """The same report as Markdown: one section per event, then the discrepancies.

    Args:
        entries: timeline entries in the order to show them.
        discrepancies: conflicting values between sources.
        title: the top heading.

    Returns:
        Markdown text: ``# title``, ``## Timeline`` with a ``### date — type`` section per event
        (summary, sources, evidence as quoted bullets with citations), and ``## Discrepancies``.
    """
    lines = [f"# {_md(title)}", "", "## Timeline", ""]
    for entry in entries:
        lines += _md_entry(entry)
    lines += ["## Discrepancies", ""]
    if not discrepancies:
        lines += ["No discrepancies found.", ""]
    for item in discrepancies:
        subject = f" ({_md(_subject(item))})" if item.event_id or item.entity_id else ""
        lines += [f"### {_md(item.attribute)}{subject} — severity {item.severity:.2f}", ""]
        if item.note:
            lines += [_md(item.note), ""]
        for v in item.values:
            lines.append(f"- **{_md(v.value)}**: {_md(', '.join(v.outlets) or '—')} (docs {_md(', '.join(v.doc_ids))})")
            lines += [f"  > {_md(ev.sentence)} — {_md(cite(ev))}" for ev in v.evidence]
        lines.append("")
    return "\n".join(lines)


def _md_entry(entry: models.TimelineEntry) -> list[str]:
    event = entry.event
    label, note = format_date(event.date_value, event.date_precision)
    heading = f"### {_md(label)}" + (f" ({note})" if note else "") + f" — {event.event_type.value.replace('_', ' ')}"
    if event.status != models.EventStatus.HAPPENED:
        heading += f" ({event.status.value})"
    if event.location:
        heading += f", {_md(event.location)}"
    lines = [heading, ""]
    if event.summary:
        lines += [_md(event.summary), ""]
    outlets = f": {_md(', '.join(event.outlets))}" if event.outlets else ""
    lines += [f"Sources: {event.independent_sources} independent{outlets}", ""]
    lines += [f"> {_md(ev.sentence)}  \n> — {_md(cite(ev))}\n" for ev in entry.evidence]
    return lines
