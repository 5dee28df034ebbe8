"""Countries, their demonyms and capitals, for linking "Kyiv" or "Russian" to the country it stands for.

General world knowledge (country names, adjectives and seats of government), not a list written for
any one story. Keys are lower-case.
"""

from __future__ import annotations

# country: (demonyms / adjectives, capitals and metonyms for the government)
_COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Ukraine": (("ukrainian", "ukrainians"), ("kyiv", "kiev")),
    "Russia": (("russian", "russians"), ("moscow", "kremlin", "the kremlin", "russian federation")),
    "Turkey": (("turkish", "turks"), ("ankara", "türkiye", "turkiye")),
    "United States": (
        ("american", "americans", "us", "u.s."),
        ("washington", "white house", "the white house", "usa", "u.s.a.", "united states of america", "the us", "the u.s."),
    ),
    "United Kingdom": (("british", "britons"), ("london", "downing street", "uk", "the uk", "britain", "great britain")),
    "France": (("french", "frenchman", "frenchmen"), ("paris", "elysee", "élysée")),
    "Germany": (("german", "germans"), ("berlin",)),
    "Greece": (("greek", "greeks"), ("athens",)),
    "Portugal": (("portuguese",), ("lisbon",)),
    "Italy": (("italian", "italians"), ("rome",)),
    "Poland": (("polish", "poles"), ("warsaw",)),
    "Belarus": (("belarusian", "belarusians"), ("minsk",)),
    "China": (("chinese",), ("beijing",)),
    "Iran": (("iranian", "iranians"), ("tehran",)),
    "Iraq": (("iraqi", "iraqis"), ("baghdad",)),
    "Syria": (("syrian", "syrians"), ("damascus",)),
    "Israel": (("israeli", "israelis"), ("jerusalem",)),
    "Saudi Arabia": (("saudi", "saudis"), ("riyadh",)),
    "Qatar": (("qatari", "qataris"), ("doha",)),
    "United Arab Emirates": (("emirati", "emiratis"), ("abu dhabi", "uae")),
    "Egypt": (("egyptian", "egyptians"), ("cairo",)),
    "India": (("indian", "indians"), ("new delhi", "delhi")),
    "Pakistan": (("pakistani", "pakistanis"), ("islamabad",)),
    "Japan": (("japanese",), ("tokyo",)),
    "North Korea": (("north korean", "north koreans"), ("pyongyang",)),
    "South Korea": (("south korean", "south koreans"), ("seoul",)),
    "Georgia": (("georgian", "georgians"), ("tbilisi",)),
    "Moldova": (("moldovan", "moldovans"), ("chisinau",)),
    "Hungary": (("hungarian", "hungarians"), ("budapest",)),
    "Switzerland": (("swiss",), ("bern", "geneva")),
    "Vatican": (("vatican",), ("holy see",)),
    "Canada": (("canadian", "canadians"), ("ottawa",)),
    "Mexico": (("mexican", "mexicans"), ("mexico city",)),
    "Haiti": (("haitian", "haitians"), ("port-au-prince",)),
    "Afghanistan": (("afghan", "afghans"), ("kabul",)),
    "Lebanon": (("lebanese",), ("beirut",)),
    "Jordan": (("jordanian", "jordanians"), ("amman",)),
    "Spain": (("spanish",), ("madrid",)),
    "Netherlands": (("dutch",), ("the hague", "amsterdam")),
    "Belgium": (("belgian", "belgians"), ("brussels",)),
    "Finland": (("finnish", "finns"), ("helsinki",)),
    "Sweden": (("swedish", "swedes"), ("stockholm",)),
    "Norway": (("norwegian", "norwegians"), ("oslo",)),
    "Estonia": (("estonian", "estonians"), ("tallinn",)),
    "Latvia": (("latvian", "latvians"), ("riga",)),
    "Lithuania": (("lithuanian", "lithuanians"), ("vilnius",)),
    "Romania": (("romanian", "romanians"), ("bucharest",)),
    "Serbia": (("serbian", "serbs"), ("belgrade",)),
    "Azerbaijan": (("azerbaijani", "azerbaijanis"), ("baku",)),
    "Armenia": (("armenian", "armenians"), ("yerevan",)),
    "Kazakhstan": (("kazakh", "kazakhs"), ("astana",)),
    "Brazil": (("brazilian", "brazilians"), ("brasilia", "brasília")),
    "South Africa": (("south african", "south africans"), ("pretoria",)),
    "Nigeria": (("nigerian", "nigerians"), ("abuja",)),
}

# Entries above that are other names of a country itself, not a city or seat of government in it.
_OTHER_NAMES = frozenset({
    "türkiye", "turkiye", "russian federation", "usa", "u.s.a.", "united states of america", "the us", "the u.s.",
    "uk", "the uk", "britain", "great britain", "uae", "holy see",
})

COUNTRY_OF: dict[str, str] = {}
DEMONYMS: set[str] = set()
for _country, (_demonyms, _capitals) in _COUNTRIES.items():
    COUNTRY_OF[_country.lower()] = _country
    DEMONYMS.update(_demonyms)
    for _alias in (*_demonyms, *_capitals):
        COUNTRY_OF[_alias] = _country


def country_of(name: str) -> str | None:
    """The country a name, demonym or capital stands for, or None.

    "Kyiv" -> "Ukraine", "Russian" -> "Russia", "Ukraine's" -> "Ukraine".
    """
    key = name.strip().lower()
    for suffix in ("'s", "’s"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    if key.startswith("the ") and key not in COUNTRY_OF:
        key = key[4:]
    return COUNTRY_OF.get(key)


def is_demonym(word: str) -> bool:
    """True for a nationality adjective or noun ("Ukrainian", "French"), not a place name."""
    return word.strip().lower() in DEMONYMS


def is_seat(name: str) -> bool:
    """True for a city or seat of government the gazetteer links to its country ("Geneva", "the
    Kremlin", "White House"), which is a place of its own wherever it is not used for the country.

    Args:
        name: a cleaned name.

    Returns:
        False for countries, their other names and demonyms, and for names the gazetteer lacks.
    """
    key = name.strip().lower()
    country = country_of(key)
    if country is None or key in DEMONYMS or key == country.lower():
        return False
    return key not in _OTHER_NAMES and key.removeprefix("the ") not in _OTHER_NAMES
