"""Screenshots of the web app's main pages, for docs/screenshots/.

Builds a dossier from the example corpus in a temporary folder, serves it on 127.0.0.1 and
photographs the timeline, an event (with its source-by-source table), an entity, an article, the
discrepancy list, the stories and the framing page with headless
Chromium (Playwright driving the system's /usr/bin/chromium; nothing is downloaded).

    python scripts/screenshots.py [--out docs/screenshots] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def build_example_db(db: str) -> None:
    """Ingest the whole example corpus (articles, HTML pages and the feed), then analyse it.

    Raises:
        DossierError: no event came out of the build (the pictures would show empty pages).
    """
    from dossier import api
    from dossier.errors import DossierError

    api.ingest([str(EXAMPLES)], db=db)
    report = api.build(db=db)
    if not report.events:
        reasons = "; ".join(sorted({f.reason for f in report.failures})) or "no failures reported"
        raise DossierError(f"the example build found no events ({reasons}); fix the pipeline first")


def pick_pages(db: str) -> dict[str, str]:
    """Which page to photograph for each screenshot name: the most telling event, entity, article."""
    from dossier import api

    events = api.events(db=db)
    disputed = [d.event_id for d in api.discrepancies(db=db) if d.event_id]
    event_id = disputed[0] if disputed else max(events, key=lambda e: len(e.doc_ids)).event_id
    people = api.entities(db=db, label="PERSON") or api.entities(db=db)
    documents = api.docs(db=db)
    richest = max(documents, key=lambda d: len(api.analysis(d.doc_id, db=db).quotes))
    return {
        "timeline": "/?from=2025-05-01",  # skip the background years, start at the story
        "event": f"/events/{event_id}",
        "entity": f"/entities/{people[0].entity_id}",
        "document": f"/documents/{richest.doc_id}",
        "discrepancies": "/discrepancies",
        "search": "/search?q=prisoners",
        "stories": "/stories",
        "framing": "/framing",
    }


def shoot(base_url: str, pages: dict[str, str], out: Path, chromium: str) -> list[Path]:
    """Save one PNG per page at desktop width, plus the timeline and an event at phone width."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        for viewport, suffix, names in ((DESKTOP, "", list(pages)), (PHONE, "-phone", ["timeline", "event"])):
            page = browser.new_page(viewport=viewport)
            for name in names:
                page.goto(base_url + pages[name])
                path = out / f"{name}{suffix}.png"
                page.screenshot(path=str(path), full_page=name not in ("timeline", "document"))
                written.append(path)
            page.close()
        browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args(argv)
    if not Path(args.chromium).exists():
        print(f"no Chromium at {args.chromium}; install it with apt-get install chromium", file=sys.stderr)
        return 1
    from dossier.web.app import create_app
    from dossier.web.server import running

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "examples.db")
        build_example_db(db)
        pages = pick_pages(db)
        with running(create_app(db)) as base_url:
            for path in shoot(base_url, pages, args.out, args.chromium):
                print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
