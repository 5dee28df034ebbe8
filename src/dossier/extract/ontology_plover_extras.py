"""Finer PLOVER categories kept under one of our types (``PLOVER_EXTRAS``).

Threats, accusations, bans, aid and the like map onto one of our user-facing types (mostly STATEMENT
or OTHER) but keep their own PLOVER code, so that the same extractor can classify sentences for
PLOVER without inventing user-facing types. Two kinds of OTHER here have no PLOVER code (campaign
rallies, legislative acts): they take the political sense of a protest, election or agreement word
when that word's check refuses it. Split from ``ontology``, which reads these after its own types.
"""

from __future__ import annotations

from dossier.extract.event_definition import EventDefinition, define
from dossier.models import EventType

T = EventType
_d = define  # a short name keeps the rows of the table readable

PLOVER_EXTRAS: tuple[EventDefinition, ...] = (
    _d("threaten", T.STATEMENT, "A party threatens action against another.",
       ["The minister threatened to cut gas supplies."], "THREATEN", "13",
       {"threaten", "warn", "vow", "swear"}, {"threat", "ultimatum", "warning"}, priority=3),
    _d("disapprove", T.STATEMENT, "A party criticizes, accuses or condemns another.",
       ["The ministry condemned the shelling."], "DISAPPROVE", "11",
       {"accuse", "blame", "criticize", "criticise", "condemn", "denounce", "complain", "deplore", "allege",
        "indict"}, {"accusation", "criticism", "condemnation", "complaint"}, priority=3),
    _d("support", T.STATEMENT, "A party praises, endorses or backs another.",
       ["The president praised the mediators."], "SUPPORT", "05",
       {"praise", "endorse", "support", "back", "welcome", "apologize", "apologise", "commend", "hail",
        "congratulate"}, {"endorsement", "praise", "apology"}, priority=2),
    _d("concede", T.OTHER, "A party eases restrictions or gives in to a demand.",
       ["The government lifted the curfew."], "CONCEDE", "08",
       {"ease", "lift", "relax", "loosen", "concede", "shorten", "yield", "allow", "call"}, priority=3),
    _d("ease-freedoms", T.OTHER, "A government widens political freedoms or rights (CAMEO 0811).",
       ["The junta restored press freedoms."], "CONCEDE", "0811",
       {"enhance", "expand", "extend", "broaden", "widen", "restore", "grant", "increase"},
       object_class="freedoms", priority=4),
    _d("cooperate", T.OTHER, "Parties work together or share resources.",
       ["The two navies held joint exercises."], "COOPERATE", "06",
       {"cooperate", "collaborate", "share", "extradite"},
       {"cooperation", "collaboration", "exercise", "drill", "manoeuvre", "maneuver", "wargame", "game"},
       priority=2),
    _d("relations", T.OTHER, "Parties establish, restore or upgrade diplomatic relations.",
       ["The two states restored diplomatic ties."], "SUPPORT", "05",
       {"establish", "restore", "upgrade", "normalize", "normalise", "resume"}, needs="relations", priority=3),
    _d("cut-relations", T.OTHER, "A party breaks or reduces relations, or cuts aid, to punish another.",
       ["The government severed ties with its neighbour."], "SANCTION", "16",
       {"sever", "break", "cut", "downgrade", "reduce", "withhold"}, needs="relations", priority=3),
    _d("cut-aid", T.OTHER, "A party reduces or withholds aid or supplies.",
       ["The agency cut food deliveries to the camp."], "SANCTION", "162",
       {"cut", "reduce", "withhold", "slash", "halt", "suspend", "stop"}, needs="supplies", priority=6),
    _d("access", T.OTHER, "A party lets in observers, inspectors or peacekeepers.",
       ["The government received a team of observers."], "RETREAT", "086",
       {"receive", "admit", "accept", "allow", "host"}, needs="monitors", priority=7),
    _d("humanitarian-access", T.OTHER, "A party grants access, humanitarian access above all (CAMEO 086, 0863).",
       ["Aid agencies were granted access to the valley."], "RETREAT", "0863",
       {"allow", "grant", "permit", "give"}, {"access"}, object_class="access", priority=7),
    # Relief (user types aid, rescue, deployment): the word-sense checks that keep "provided that",
    # "a rescue package", "deployed an app" out are in ``relief_senses``. Codes are PLOVER's and CAMEO's
    # as before these were user types, so PLOVER coding does not move; a pledge of money keeps the
    # AGREE that "pledge" had as a proposal.
    _d("aid", T.AID, "A party gives material or humanitarian help, or donates money.",
       ["The agency delivered food to the camp.", "The charity donated 75,000 pounds."], "AID", "07",
       {"aid", "donate", "assist", "provide", "grant", "supply", "contribute"},
       {"aid", "assistance", "relief", "donation"}, priority=2),
    _d("aid-transfer", T.AID, "Relief or money is delivered, distributed, sent, pledged or raised, or arrives.",
       ["Helicopters delivered water to the villages.", "Aid flights landed overnight.",
        "The government pledged 10 million dollars.", "The appeal raised 2 million pounds."], "AID", "07",
       {"deliver", "distribute", "send", "ship", "fly", "airdrop", "airlift", "truck", "hand", "give", "pledge",
        "promise", "commit", "allocate", "release", "earmark", "raise", "arrive", "land", "reach", "pour"},
       {"delivery", "distribution", "shipment", "airdrop", "pledge", "airlift"}, priority=5,
       plover_by_lemma={"pledge": "AGREE", "promise": "AGREE"}),
    _d("rescue-danger", T.RESCUE, "People are rescued: pulled, dug or freed from rubble, wreckage or water.",
       ["Firefighters pulled a boy alive from the rubble.", "Two climbers were rescued on Sunday."], "AID", "073",
       {"rescue", "pull", "dig", "free", "extract"}, {"rescue"}, priority=7),
    _d("rescue", T.RESCUE, "A party evacuates the wounded, sick or civilians to safety (CAMEO 073).",
       ["Helicopters evacuated the injured from the valley."], "AID", "073",
       {"evacuate", "airlift"}, {"evacuation"}, priority=5),
    # Troops contributed to another's force are military aid for PLOVER (CAMEO 074), as when "contribute"
    # was only an aid word.
    _d("mobilize", T.DEPLOYMENT, "Forces are mobilized, deployed, sent, dispatched or contributed, or arrive.",
       ["The army deployed two brigades.", "The first marines landed at the port."], "MOBILIZE", "15",
       {"mobilize", "mobilise", "deploy", "reinforce", "strengthen", "mass", "send", "dispatch", "despatch", "land",
        "arrive", "contribute"},
       {"mobilization", "mobilisation", "deployment", "alert"}, priority=3, plover_by_lemma={"contribute": "AID"}),
    # Peacekeepers arriving are let in by the host (CAMEO 0861, as "access" codes receiving them).
    _d("peacekeepers-arrive", T.DEPLOYMENT, "Peacekeepers arrive in or land in a country (CAMEO 0861).",
       ["The first peacekeepers arrived in the capital."], "RETREAT", "0861",
       {"arrive", "land"}, needs="peacekeepers", priority=4),
    _d("peacekeeping", T.DEPLOYMENT, "A party sends peacekeepers (CAMEO 074).",
       ["The alliance deployed a peacekeeping battalion."], "AID", "074",
       {"deploy", "send", "dispatch", "contribute"}, {"deployment", "dispatch"}, needs="peacekeepers", priority=4),
    _d("admit", T.OTHER, "A state opens its borders to people fleeing (CAMEO 075).",
       ["The country opened its border to the refugees."], "AID", "075",
       {"open", "reopen"}, object_class="borders", priority=4),
    # Asylum is aid for PLOVER (CAMEO 075) but no relief a user looks for under "aid".
    _d("asylum", T.OTHER, "A state grants asylum (CAMEO 075).",
       ["The government granted asylum to the dissident."], "AID", "075",
       {"grant", "give"}, {"asylum"}, priority=3),
    _d("coerce", T.OTHER, "Bans, deportations, seizures of goods and other coercion short of armed force.",
       ["Police banned the march."], "COERCE", "17",
       {"ban", "deport", "seize", "hijack", "demolish",
        "censor", "confiscate", "order", "prevent", "evict", "disperse", "deface", "vandalize", "vandalise", "hack",
        "loot", "ransack"},
       {"ban", "curfew", "deportation", "crackdown", "blockade", "eviction", "cyberattack"},
       priority=3),
    _d("expel-people", T.OTHER, "A state drives residents, refugees or foreigners out (CAMEO 174).",
       ["The authorities expelled hundreds of migrants."], "COERCE", "174",
       {"expel", "force"}, object_class="residents", priority=6),
    _d("defy", T.OTHER, "A party defies a norm, law or ban (CAMEO 128).",
       ["The paper defied the censorship order."], "REJECT", "128",
       {"defy", "violate", "flout", "breach", "disobey", "contravene"}, priority=3),
    _d("investigate", T.OTHER, "An authority investigates a party.",
       ["Prosecutors opened an inquiry into the deal."], "INVESTIGATE", "09",
       {"investigate", "probe"}, {"investigation", "probe", "inquiry"}, priority=3),
    _d("fight", T.ATTACK, "Armed clashes and fighting between forces.",
       ["Rebels and troops clashed near the border."], "FIGHT", "19",
       {"fight", "clash", "battle", "capture", "retake", "recapture", "overrun"},
       {"fighting", "clash", "battle", "gunbattle", "firefight"}, priority=5),
    # CAMEO 19 (conventional force) is FIGHT, 191 (blockade, restrict movement) and 196 included.
    _d("close-borders", T.OTHER, "A state closes or seals its borders (CAMEO 191, restrict movement).",
       ["The government sealed the frontier."], "FIGHT", "191",
       {"close", "seal", "shut"}, object_class="borders", priority=6),
    # Politics with no PLOVER category: reached only where a protest, election or agreement word
    # fails its check ("a campaign rally", "voted against the bill", "signed an executive order").
    _d("campaign", T.OTHER, "A candidate or campaign holds or addresses a rally.",
       ["The senator held a campaign rally in Dover."], None, None, set(), {"rally"}, priority=1),
    _d("legislate", T.OTHER, "A legislature, an official or a deciding body (a board) votes on, signs or blocks a "
       "bill, law, nomination or measure.",
       ["The senate voted down the amendment."], None, None, {"vote", "sign", "block"}, {"vote"}, priority=1),
    _d("break-truce", T.OTHER, "A party violates a ceasefire (CAMEO 196).",
       ["Both sides broke the truce within hours."], "FIGHT", "196",
       {"violate", "breach", "break"}, object_class="truces", priority=6),
)
