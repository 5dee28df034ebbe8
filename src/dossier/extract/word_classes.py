"""Word classes the ontology's triggers and roles are checked against (lemmas and forms, lower case).

Split out of ``ontology`` (which defines the event types and re-exports these names) because the
lists of people, things, disasters and counted nouns are vocabulary, read by many extract modules,
while the ontology is the list of event definitions.
"""

from __future__ import annotations

# Word classes a trigger's arguments are checked against (lemmas, lower case).
PEOPLE = frozenset({
    "prisoner", "captive", "pow", "soldier", "serviceman", "servicemen", "civilian", "detainee", "personnel",
    "hostage", "child", "children", "people", "individual", "national", "fighter", "citizen", "officer",
    "sergeant", "defender", "military",
})
BODIES = frozenset({"body", "bodies", "remains", "corpse", "dead"})
DOCUMENTS = frozenset({"memorandum", "document", "proposal", "draft", "paper", "text", "plan", "letter", "memo"})
ATTACK_NOUNS = frozenset({
    "strike", "attack", "operation", "offensive", "raid", "missile", "drone", "assault", "bombardment",
    "airstrike", "fire", "rocket", "shelling",
})
# Common nouns for people, groups and institutions: agents even without a name ("police", "rebels").
GROUP_NOUNS = frozenset({
    "civilian", "refugee", "soldier", "troop", "worker", "student", "protester", "demonstrator", "official",
    "rebel", "militant", "government", "force", "police", "authority", "prisoner", "journalist", "activist",
    "villager", "resident", "member", "leader", "detainee", "guerrilla", "candidate", "inspector", "observer",
    "minister", "army", "military", "militia", "militiaman", "insurgent", "fighter", "administration",
    "parliament", "cabinet", "ministry", "court", "party", "group", "movement", "coalition", "union", "council",
    "agency", "organization", "organisation", "opposition", "delegation", "hostage", "hacker", "bomber",
    "extremist", "fundamentalist", "supporter", "national", "citizen", "settler", "peacekeeper", "president",
    "king", "judge", "newspaper", "regime", "faction", "navy", "committee", "ally", "community", "officer",
    "diplomat", "envoy", "youth", "farmer", "teacher", "doctor", "lawyer", "cleric", "commander", "adviser",
    "advisor", "serviceman", "junta", "camp", "village", "town", "city",
})
# Heads that count or portion what their "of" phrase names ("thousands of students", "part of").
PARTITIVES = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "tens", "scores", "score",
                        "millions", "part", "number", "majority", "some", "many", "most", "third", "half", "group",
                        "handful", "batch", "patch", "one", "two", "three", "four", "five"})
RELATIONS = frozenset({"tie", "ties", "relation", "relations"})
MONITORS = frozenset({"observer", "observers", "inspector", "inspectors", "monitor", "monitors", "peacekeeper",
                      "peacekeepers", "peacekeeping", "mission"})
# Forces that keep a peace: sending them is aid (CAMEO 074), receiving them lets others in (0861).
PEACEKEEPERS = frozenset({"peacekeeper", "peacekeepers", "peacekeeping", "blue-helmet", "blue-helmets"})
SUPPLIES = frozenset({"aid", "supply", "supplies", "assistance", "food", "funding", "delivery", "deliveries",
                      "shipment", "shipments", "loan", "loans"})
# Natural disasters: news says they "struck" or "hit" and "killed", which is no use of force.
DISASTER_NOUNS = frozenset({
    "earthquake", "quake", "tremor", "aftershock", "flood", "flooding", "hurricane", "cyclone", "typhoon", "storm",
    "tsunami", "eruption", "landslide", "mudslide", "wildfire", "bushfire", "drought", "avalanche", "tornado",
})
# Happenings the ontology has no event type for: accidents and illnesses. They kill and destroy
# without attacking, keep the places and dates written on them, and date what they did.
ACCIDENT_NOUNS = frozenset({"explosion", "blast", "fire", "crash", "spill", "collapse", "accident", "leak", "sinking"})
ILLNESS_NOUNS = frozenset({"flu", "influenza", "virus", "disease", "illness", "outbreak", "epidemic", "pandemic",
                           "infection", "cancer"}) | frozenset({
    # Illnesses news counts the dead of by name (lower case, as lemmas).
    "cholera", "measles", "ebola", "malaria", "dengue", "plague", "polio", "tuberculosis", "typhoid", "meningitis",
    "h1n1", "sars", "mers", "coronavirus", "covid", "covid-19", "zika", "mpox", "diphtheria", "smallpox"})
# What escapes in a leak or spill, what holds it, and what it is measured in: "oil leaked", "the well
# is spewing 5,000 barrels a day". Without one of them "leaked the memo" is no accident.
SUBSTANCES = frozenset({
    "oil", "crude", "gas", "fuel", "petroleum", "diesel", "gasoline", "petrol", "chemical", "chemicals", "sewage",
    "radiation", "radioactive", "toxic", "sludge", "slurry", "ammonia", "chlorine", "methane", "well", "wellhead",
    "pipe", "pipeline", "tanker", "reactor", "tank", "barrel", "barrels", "gallon", "gallons", "litre", "litres",
    "liter", "liters", "tonne", "tonnes",
})
ARGUMENT_CLASSES = {"people": PEOPLE, "bodies": BODIES, "documents": DOCUMENTS, "attack": ATTACK_NOUNS,
                    "relations": RELATIONS, "monitors": MONITORS, "supplies": SUPPLIES, "peacekeepers": PEACEKEEPERS,
                    "substances": SUBSTANCES}

# Classes the head of a trigger's object must hit (``object_class``), where any word of the
# arguments would mislead: "closed the road near the border" closes no border, and "forced the
# refugee agency out" expels an agency, not refugees. Object heads only, so these are no themes.
BORDERS = frozenset({"border", "borders", "frontier", "frontiers", "crossing", "crossings", "airspace",
                     "checkpoint", "checkpoints", "boundary"})
# People moved to safety: evacuating them is humanitarian aid (CAMEO 073), evacuating a town a retreat.
EVACUEES = frozenset({"wounded", "wound", "injured", "injure", "sick", "civilian", "civilians", "refugee", "refugees",
                      "resident", "residents", "villager", "villagers", "child", "children", "people", "patient",
                      "patients", "casualty", "casualties", "survivor", "survivors", "family", "families",
                      "woman", "women", "elderly", "evacuee", "evacuees"})
# Individuals a state drives out (CAMEO 174, coercion), as against agencies or missions (166, a sanction).
RESIDENTS = frozenset({"refugee", "resident", "villager", "civilian", "family", "inhabitant", "people", "migrant",
                       "immigrant", "alien", "worker", "minority", "national", "citizen", "foreigner", "journalist",
                       "settler", "tenant", "squatter", "asylum-seeker"})
FREEDOMS = frozenset({"freedom", "freedoms", "liberty", "liberties", "right", "rights"})
TRUCES = frozenset({"ceasefire", "truce", "armistice", "cease-fire"})
ACCESS = frozenset({"access"})
# What a state takes from a person to punish or exclude them: "stripped of citizenship", "revoked passports"
# (checked in ``trigger_fit``: the word is the verb's object or its "of" phrase).
CITIZENSHIP = frozenset({"citizenship", "nationality", "passport", "passports", "residency", "naturalisation",
                         "naturalization"})
OBJECT_CLASSES = {"borders": BORDERS, "evacuees": EVACUEES, "residents": RESIDENTS, "freedoms": FREEDOMS,
                  "truces": TRUCES, "access": ACCESS}
# People a custody count counts: in an arrest, "2,000 women and children" or "520 foreign fighters"
# are the detainees, whatever the noun would mean elsewhere (lemmas and plural forms).
DETAINEE_WORDS = frozenset({
    "woman", "women", "man", "men", "child", "children", "suspect", "suspects", "militant", "militants", "fighter",
    "fighters", "foreigner", "foreigners", "member", "members", "jihadist", "jihadists", "wife", "wives", "family",
    "families", "person", "persons", "people", "individual", "individuals", "prisoner", "prisoners", "detainee",
    "detainees", "captive", "captives", "hostage", "hostages", "soldier", "soldiers", "civilian", "civilians",
    "national", "nationals", "citizen", "citizens", "activist", "activists", "protester", "protesters",
    "journalist", "journalists", "insurgent", "insurgents", "rebel", "rebels", "migrant", "migrants", "boy", "boys",
    "girl", "girls", "teenager", "teenagers", "minor", "minors", "combatant", "combatants",
})
# Classes that type the exchange-like words, which a bare noun ("the exchange") can borrow.
EXCHANGE_CLASSES = frozenset({"people", "bodies", "documents"})

# What a counted noun says about its role in the event (lemmas of the counted head).
ROLE_OF_COUNTED = {
    "military": {"soldier", "soldiers", "serviceman", "servicemen", "personnel", "troop", "troops", "pow", "pows",
                 "marine", "marines", "paratrooper", "paratroopers", "sailor", "sailors", "peacekeeper", "peacekeepers",
                 "reservist", "reservists",
                 "officer", "officers", "sergeant", "fighter", "fighters", "military"},
    "civilians": {"civilian", "civilians"},
    "prisoners": {"prisoner", "prisoners", "captive", "captives", "detainee", "detainees", "hostage", "hostages",
                  "individual", "individuals", "people", "inmate", "inmates", "convict", "convicts"},
    "bodies": {"body", "bodies", "remains"},
    "drones": {"drone", "drones", "uav", "uavs", "vehicle", "vehicles"},
    "aircraft": {"aircraft", "plane", "planes", "jet", "jets", "bomber", "bombers", "helicopter", "helicopters"},
    "airfields": {"airfield", "airfields", "airbase", "airbases", "base", "bases"},
    "children": {"child", "children"},
    "people": {"worker", "workers", "employee", "employees", "crew", "miner", "miners", "passenger", "passengers",
               "resident", "residents", "villager", "villagers", "person", "persons", "patient", "patients"},
    "missiles": {"missile", "missiles", "rocket", "rockets"},
    # Inmates and convicts are prisoners whatever happens to them; who escaped is counted apart.
    "escapees": {"escapee", "escapees", "fugitive", "fugitives"},
    "cables": {"cable", "cables"},
    "duration": {"hour", "hours", "minute", "minutes", "day", "days"},
    # Amounts of matter and money keep their unit as the role, so outlets are compared unit by unit
    # ("count:barrels_per_day", "count:dollars"); see quantity_roles for rates ("a day").
    "barrels": {"barrel", "barrels"},
    "gallons": {"gallon", "gallons"},
    "litres": {"litre", "litres", "liter", "liters"},
    "tonnes": {"tonne", "tonnes"},
    "dollars": {"dollar", "dollars"},
    "pounds": {"pound", "pounds"},
    "euros": {"euro", "euros"},
    "roubles": {"rouble", "roubles", "ruble", "rubles"},
    "hryvnias": {"hryvnia", "hryvnias"},
    "yuan": {"yuan", "renminbi"},
    "yen": {"yen"},
    "rupees": {"rupee", "rupees"},
}

# --- crime and damage (escape, robbery, outage, fire; checked in ``crime_senses``) ---------------
# Where people are held and who holds them: one escapes "from a prison van", "custody", "his guards".
CUSTODY_WORDS = frozenset({
    "prison", "jail", "gaol", "custody", "captivity", "detention", "cell", "penitentiary", "lockup", "guard",
    "guards", "warder", "warders", "captor", "captors", "kidnapper", "kidnappers", "correctional", "inmate",
    "inmates", "prisoner", "prisoners",
})
# Who escapes or flees the law: "the inmate escaped", "the gunmen fled" (lemmas and forms).
ESCAPEES = frozenset({
    "inmate", "inmates", "prisoner", "prisoners", "convict", "convicts", "fugitive", "fugitives", "escapee",
    "escapees", "detainee", "detainees", "lifer", "offender", "offenders", "suspect", "suspects", "gunman",
    "gunmen", "robber", "robbers", "thief", "thieves", "burglar", "burglars", "criminal", "criminals", "killer",
    "murderer", "rapist", "attacker", "attackers", "raider", "raiders", "bandit", "bandits", "gang", "captive",
    "captives", "hostage", "hostages", "crook", "crooks", "looter", "looters", "ram-raider", "ram-raiders",
})
# What thieves take: "made off with jewels", "stole $2m in watches" (lemmas and forms).
VALUABLES = frozenset({
    "jewel", "jewels", "jewellery", "jewelry", "gem", "gems", "diamond", "diamonds", "watch", "watches", "gold",
    "silver", "cash", "money", "necklace", "necklaces", "ring", "rings", "painting", "paintings", "artwork",
    "artworks", "valuables", "goods", "handbag", "bag", "wallet", "purse", "safe", "takings", "loot", "stone",
    "stones", "bracelet", "bracelets", "pearl", "pearls", "car", "cars", "vehicle", "weapon", "weapons", "gun",
    "guns", "shotgun", "pistol", "pistols", "rifle", "rifles", "phone", "laptop", "computer", "data",
})
# Networks and utilities whose cut or damage is an outage: "the cables were cut", "power was restored".
INFRASTRUCTURE = frozenset({
    "cable", "cables", "internet", "electricity", "broadband", "connectivity", "telecommunications", "telecoms",
    "communications", "power", "telephone", "phone", "phones", "landline", "landlines", "grid", "blackout",
    "outage", "outages", "pipeline", "net",
})
# Heads that are infrastructure only with a modifier of that kind or beside one ("internet services",
# "phone traffic"; not "church services", "traffic on the bridge").
UTILITY_HEADS = frozenset({
    "service", "services", "line", "lines", "link", "links", "connection", "connections", "traffic", "supply",
    "supplies", "network", "networks", "system", "access", "call", "calls", "signal", "capacity", "route", "routes",
    "communication", "flow",
})
# What makes a firebomb: an attack by fire ("threw petrol bombs", "hurled Molotov cocktails").
INCENDIARIES = frozenset({
    "bomb", "bombs", "firebomb", "firebombs", "fire-bomb", "fire-bombs", "molotov", "molotovs", "cocktail",
    "cocktails", "grenade", "grenades", "explosive", "explosives", "petrol", "incendiary", "device", "devices",
})
# Nouns of a blaze, whatever lit it ("fled the flames", "died in the blaze").
FIRE_NOUNS = frozenset({"fire", "fires", "blaze", "blazes", "inferno", "flame", "flames"})
# What is "stolen" only in a figure: the show, a glance, a march, the headlines, a win.
FIGURATIVE_LOOT = frozenset({"show", "glance", "glances", "look", "looks", "march", "spotlight", "limelight",
                             "headline", "headlines", "heart", "hearts", "kiss", "base", "bases", "moment", "thunder",
                             "scene", "lead", "victory", "win", "point", "points", "goal", "election", "vote", "votes",
                             "idea", "ideas", "title", "attention", "line", "lines", "nap", "job", "jobs", "time",
                             "chance", "dignity", "opportunity", "childhood", "innocence", "sleep", "voice", "future",
                             "championship", "place", "seat", "seats", "edge", "ball", "puck", "possession"})
# Words that tell a sentence is about a theft ("thieves", "jewellery", "smash-and-grab").
ROBBERY_CONTEXT = frozenset({"thief", "thieves", "robber", "robbers", "robbery", "robberies", "heist", "heists",
                             "burglar", "burglars", "burglary", "loot", "stolen", "stole", "steal", "jewel", "jewels",
                             "jewellery", "jewelry", "jeweller", "jeweler", "smash-and-grab", "ram-raid", "ram-raiders",
                             "ram-raider", "bandit", "bandits", "raiders"})
# Nouns of theft, which can be what "hit" a place ("Paris hit by a jewellery heist").
ROBBERY_NOUNS = frozenset({"robbery", "robberies", "heist", "heists", "theft", "thefts", "burglary", "burglaries",
                           "looting", "mugging", "holdup", "hold-up", "stickup", "break-in", "raid", "smash-and-grab"})

# --- office and death (appointment, dismissal, resignation, death; checked in ``office_senses``) -
# Posts people are appointed to, fired from or resign: "named X coach", "fired as chairman".
OFFICE_ROLES = frozenset({
    "coach", "manager", "director", "minister", "president", "chairman", "chairwoman", "chair", "chairperson",
    "ceo", "chief", "executive", "secretary", "general", "official", "aide", "adviser", "advisor", "ambassador",
    "governor", "head", "boss", "commander", "judge", "justice", "leader", "editor", "captain", "spokesman",
    "spokeswoman", "spokesperson", "envoy", "deputy", "assistant", "treasurer", "prosecutor", "attorney",
    "administrator", "commissioner", "superintendent", "dean", "principal", "provost", "chancellor", "premier",
    "mayor", "sheriff", "inspector", "officer", "host", "anchor", "presenter", "successor", "replacement",
    "nominee", "appointee", "vice", "cfo", "coo", "cto", "gm", "trustee", "member", "partner", "strategist",
    "counsel", "representative", "delegate", "governor-general", "marshal", "czar", "tsar", "supremo", "pope",
    "bishop", "archbishop", "cardinal", "conductor", "curator", "producer", "umpire", "referee", "auditor",
})
# What one holds, quits or is fired from: "fired from his job", "quit the cabinet", "removed from office".
OFFICES = frozenset({
    "job", "post", "position", "office", "role", "seat", "presidency", "premiership", "chairmanship", "throne",
    "power", "duty", "duties", "command", "cabinet", "government", "board", "team", "club", "company", "firm",
    "party", "bench", "court", "administration", "leadership", "council", "committee", "panel", "staff", "squad",
    "faculty", "ministry", "department", "agency", "bureau", "commission", "senate", "congress", "parliament",
    "assembly", "university", "school", "network", "newspaper", "paper", "band", "group", "helm", "portfolio",
    "responsibilities", "responsibility", "term", "mandate", "contract", "coaching", "army", "force", "service",
})
# What a person is "named" or "picked" that is an honour, not a post ("named coach of the year").
HONOURS = frozenset({
    "year", "week", "month", "decade", "century", "season", "game", "sexiest", "best", "mvp", "all-american",
    "all-star", "all-america", "finalist", "winner", "laureate", "hero", "favourite", "favorite",
    "one", "among", "list", "player", "rookie", "person", "man", "woman", "top", "honoree", "fellow",
})
# Prizes one is "nominated for": an award nomination appoints nobody.
AWARDS = frozenset({
    "award", "awards", "prize", "prizes", "oscar", "oscars", "emmy", "emmys", "grammy", "grammys", "tony", "tonys",
    "globe", "globes", "bafta", "nobel", "pulitzer", "medal", "honour", "honor", "trophy", "category", "razzie",
    "booker", "césar", "cesar", "golden", "primetime", "academy", "hall", "fame",
})
# What is fired from a gun, not from a job: "fired shots", "fired tear gas", "rockets were fired".
FIRED_THINGS = frozenset({
    "shot", "shots", "round", "rounds", "bullet", "bullets", "missile", "missiles", "rocket", "rockets", "shell",
    "shells", "gun", "guns", "weapon", "weapons", "gas", "canister", "canisters", "volley", "volleys", "salvo",
    "salvos", "flare", "flares", "cannon", "torpedo", "torpedoes", "arrow", "arrows", "mortar", "mortars", "grenade",
    "grenades", "projectile", "projectiles", "pellet", "pellets", "warning", "blank", "blanks", "broadside",
    "question", "questions", "email", "letter", "salute", "engine", "engines", "kiln", "pottery", "imagination",
    "pistol", "rifle", "shotgun", "artillery", "ammunition", "munitions", "barrage", "fusillade", "burst", "bursts",
})
# What kills in a happening of another type: a death in it is that happening's toll.
VIOLENT_CAUSES = frozenset({
    "attack", "attacks", "shooting", "shootings", "bombing", "bombings", "stabbing", "stabbings", "crash",
    "crashes", "explosion", "explosions", "blast", "blasts", "fire", "fires", "blaze", "collision", "clash",
    "clashes", "fighting", "violence", "war", "battle", "raid", "airstrike", "strike", "strikes", "shelling",
    "ambush", "assault", "gunfire", "wound", "wounds", "injury", "injuries", "gunshot", "riot", "riots",
    "massacre", "accident", "accidents", "sinking", "collapse", "derailment", "disaster", "beating", "beatings",
    "torture", "abuse", "assassination", "execution", "killing", "murder", "poisoning", "bomb", "bullet", "gunman",
})
