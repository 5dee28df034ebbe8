"""Names of news organisations, which tie an outlet's articles together whatever their story.

Wire and broadcast copy names its own outlet: a dateline credit ("NAIROBI, Kenya (AP)"), a sign-off
("for ABC News, this is ..."), "The Times said in an editorial". Such a name recurs in every article
of that outlet, so two articles sharing it are no more likely to be about one happening than any two
articles of that outlet. A name is taken for an outlet when it is one of the world's wire agencies
or large international broadcasters (a short, stable list), or an organisation whose last word is one
mastheads use ("Evening Post", "Daily Courier", "ABC News").
"""

from __future__ import annotations

from dossier.annotate.quotes_pipeline_speakers import MASTHEAD_WORDS

# Wire agencies and international broadcasters, lower-cased, as their copy names them.
NEWS_ORGANISATIONS = frozenset({
    "ap", "associated press", "reuters", "afp", "agence france-presse", "agence france presse", "upi",
    "united press international", "xinhua", "xinhua news agency", "dpa", "efe", "ansa", "kyodo", "tass",
    "itar-tass", "interfax", "ria novosti", "bernama", "pti", "yonhap", "anadolu", "mena", "irna",
    "bbc", "cnn", "abc", "cbs", "nbc", "npr", "pbs", "pri", "voa", "voice of america", "al jazeera",
    "sky news", "fox news", "msnbc", "c-span",
})
ORGANISATION_LABELS = {"ORG"}


def is_outlet_name(name: str, label: str) -> bool:
    """Whether an entity's name names a news organisation (see module docstring)."""
    words = name.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    if not words:
        return False
    if " ".join(words) in NEWS_ORGANISATIONS:
        return True
    return label in ORGANISATION_LABELS and len(words) > 1 and words[-1] in MASTHEAD_WORDS
