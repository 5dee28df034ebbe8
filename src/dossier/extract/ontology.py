"""The event ontology: each type's definition, examples, trigger words and PLOVER/CAMEO codes.

PLOVER is the Political Language Ontology for Verifiable Event Records (Open Event Data Alliance);
CAMEO root codes are given where one fits. Triggers are lemmas, split into verbs and nouns because a
word often signals an event in one part of speech only ("deal" the noun is an agreement, "deal with"
the verb is not). ``needs`` names the class of thing an exchange-like trigger must take as its
argument ("exchange" of prisoners vs of bodies vs of documents); see ``ARGUMENT_CLASSES``.
``object_class`` names the class the head of a verb's object must belong to ("closed" a border,
"evacuated" the wounded); see ``OBJECT_CLASSES``.

Words of the frames around a trigger (support verbs, stative verbs, adjuncts) are in ``frames``; the
word classes arguments and counted nouns are checked against (people, disasters, substances, the
roles of counted nouns) are in ``word_classes`` and re-exported here.

Besides our user-facing types, ``PLOVER_EXTRAS`` holds finer PLOVER categories (threats, accusations,
bans, aid...) that map onto one of our types (mostly STATEMENT or OTHER) but keep their own PLOVER
code, so that the same extractor can classify sentences for PLOVER without inventing user-facing types.
It also holds two kinds of OTHER with no PLOVER code (campaign rallies, legislative acts), which take
the political sense of a protest, election or agreement word when that word's check refuses it.

Happenings a story turns on that once had no type (sense checks in ``outcome_senses``, ``road_senses``):

- A suicide ("hanged himself", "committed suicide", "took his own life", "killed herself") is a
  DEATH, not an attack: no one uses force on another party, so neither PLOVER nor CAMEO codes it.
- A confession, a plea and a verdict ("confessed to killing", "pleaded guilty", "was found guilty")
  are steps of a criminal case: TRIAL, like "convicted" and "acquitted", with no PLOVER code.
- Pulling out of talks or a deal ("pulled out of negotiations", "walked away from the deal") is a
  REJECTION (PLOVER REJECT, CAMEO 12): a party refusing to go on with what was on offer. CAMEO's
  "halt negotiations" (164) sits under reducing relations, which the ontology codes SANCTION for a
  party punishing another; quitting a business deal or a film punishes no one.
- A contest's result ("beat the visitors 20-13", "clinched a playoff berth", "broke the scoring
  record") is a CONTEST, a type of its own: no other type fits a game, and stories of sport are
  common. PLOVER and CAMEO code no sport, so it maps to no PLOVER type, as DISASTER does.
- A vehicle striking a person ("was struck by an SUV", "a driver ran over a cyclist") is an accident,
  a DISASTER as crashes are, not an attack, unless the text says it was done on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.extract.word_classes import (  # re-exported: importers read them from the ontology
    ACCESS, ACCIDENT_NOUNS, ARGUMENT_CLASSES, ATTACK_NOUNS, BODIES, BORDERS, CITIZENSHIP, DETAINEE_WORDS,
    DISASTER_NOUNS, DOCUMENTS, EVACUEES, EXCHANGE_CLASSES, FREEDOMS, GROUP_NOUNS, ILLNESS_NOUNS, MONITORS,
    OBJECT_CLASSES, PARTITIVES, PEACEKEEPERS, PEOPLE, RELATIONS, RESIDENTS, ROLE_OF_COUNTED, SUBSTANCES, SUPPLIES,
    TRUCES,
)
from dossier.models import EventType

T = EventType


@dataclass(frozen=True, slots=True, kw_only=True)
class EventDefinition:
    """One event category: what it means, how it maps to PLOVER and CAMEO, and what signals it."""

    name: str
    event_type: EventType
    definition: str
    examples: tuple[str, ...]
    plover: str | None
    cameo: str | None
    verbs: frozenset[str]
    nouns: frozenset[str] = frozenset()
    needs: str | None = None  # key of ARGUMENT_CLASSES the trigger's arguments must hit
    object_class: str | None = None  # key of OBJECT_CLASSES the head of a verb trigger's object must hit
    priority: int = 0  # higher wins when one word triggers several definitions
    plover_by_lemma: dict[str, str] = field(default_factory=dict)  # finer PLOVER code for some triggers


def _d(name, event_type, definition, examples, plover, cameo, verbs, nouns=(), needs=None, priority=0,
       plover_by_lemma=None, object_class=None) -> EventDefinition:
    return EventDefinition(
        name=name, event_type=event_type, definition=definition, examples=tuple(examples), plover=plover,
        cameo=cameo, verbs=frozenset(verbs), nouns=frozenset(nouns), needs=needs, object_class=object_class,
        priority=priority, plover_by_lemma=dict(plover_by_lemma or {}),
    )


ONTOLOGY: tuple[EventDefinition, ...] = (
    _d("negotiation", T.NEGOTIATION, "Delegations of parties in a dispute hold talks on settling it.",
       ["The two delegations held talks in Geneva.", "Negotiations resumed on Tuesday."], "CONSULT", "04",
       {"negotiate", "discuss", "mediate"}, {"talk", "talks", "negotiation", "discussion", "round", "mediation"},
       priority=3),
    _d("meeting", T.MEETING, "Officials meet, consult or visit, outside formal negotiations.",
       ["The ministers met in Ankara.", "A summit was held."], "CONSULT", "04",
       {"meet", "host", "visit"}, {"meeting", "summit", "visit", "consultation"}, priority=2),
    _d("debate", T.MEETING, "Candidates or leaders meet in a staged debate (checked in ``idioms.staged_debate``).",
       ["The candidates met in the first presidential debate."], "CONSULT", "04",
       set(), {"debate", "debates"}, priority=2),
    _d("agreement", T.AGREEMENT, "Parties agree on something, sign or settle a deal.",
       ["Both sides agreed to swap prisoners.", "The deal was reached after midnight."], "AGREE", "057",
       {"agree", "sign", "accept", "settle"}, {"agreement", "deal", "accord", "treaty", "pact"}, priority=5),
    _d("proposal", T.PROPOSAL, "A party offers terms, a plan or a memorandum to another party.",
       ["Moscow offered a short truce.", "Kyiv submitted a memorandum."], "CONSULT", "03",
       {"propose", "offer", "submit", "suggest", "promise", "pledge"},
       {"proposal", "offer", "memorandum", "initiative"}, priority=4,
       plover_by_lemma={"offer": "AGREE", "promise": "AGREE", "pledge": "AGREE"}),
    _d("proposal-transfer", T.PROPOSAL, "Documents with terms are handed over or swapped.",
       ["The sides swapped draft memorandums."], "CONSULT", "03",
       {"exchange", "swap", "hand", "present", "give", "deliver", "pass"}, {"exchange"}, needs="documents",
       priority=7),
    _d("request", T.REQUEST, "A party asks another for something.",
       ["Ukraine asked for direct talks between the presidents."], "REQUEST", "02",
       {"request", "ask", "appeal", "urge", "call", "seek", "invite"},
       {"request", "appeal", "call", "invitation", "list"}, priority=4),
    _d("demand", T.DEMAND, "A party insists on a condition, often with a threat.",
       ["Russia demanded a withdrawal of troops."], "DEMAND", "10",
       {"demand", "insist", "pressure", "push"}, {"demand", "condition"}, priority=5),
    _d("rejection", T.REJECTION, "A party refuses a proposal, request or demand.",
       ["The proposal was rejected.", "Officials refused to sign the text."], "REJECT", "12",
       {"reject", "refuse", "dismiss", "decline", "deny", "veto", "oppose", "renege", "rebuff", "spurn"},
       {"rejection", "refusal", "veto"}, priority=6),
    _d("statement", T.STATEMENT, "A public statement of position, not itself another event type.",
       ["The spokesman said the memorandum was almost ready."], "CONSULT", "01",
       {"announce", "declare", "state", "say", "tell", "note", "stress", "add", "confirm", "claim",
        "report", "comment", "reiterate", "emphasize", "emphasise", "affirm", "remark"},
       {"statement", "announcement", "declaration", "remarks"}, priority=0),
    _d("prisoner_exchange", T.PRISONER_EXCHANGE, "Parties hand over prisoners of war or detained civilians to each other.",
       ["The sides swapped 200 prisoners each."], "CONCEDE", "0871",
       {"exchange", "swap", "trade"}, {"exchange", "swap", "trade"}, needs="people", priority=8),
    _d("release", T.RELEASE, "A party frees prisoners, hostages or detainees.",
       ["The hostages were released."], "CONCEDE", "0841",
       {"release", "free", "return", "repatriate", "hand", "transfer"},
       {"release", "return", "repatriation", "handover"}, needs="people", priority=6),
    # CAMEO 173 (arrest, detain) is PLOVER COERCE. Capture, seizure and holding are checked for a
    # person as what is taken (``trigger_fit``); a town captured stays a fight, goods seized coercion.
    # "capture" keeps the PLOVER code FIGHT it had as a fight, so PLOVER coding does not move.
    _d("arrest", T.ARREST, "People are captured, arrested, detained, taken or held in custody.",
       ["Police arrested twelve activists.", "Two militants were captured by Kurdish fighters.",
        "About 2,000 women and children are being held in camps."], "COERCE", "173",
       {"arrest", "detain", "capture", "seize", "hold", "imprison", "extradite", "recapture", "catch"},
       {"arrest", "detention", "capture", "custody", "captivity", "internment", "extradition"}, priority=6,
       plover_by_lemma={"capture": "FIGHT", "recapture": "FIGHT", "extradite": "COOPERATE"}),
    # No PLOVER category for courts (PLOVER leaves judicial acts to its coders); words that had one
    # keep it: "indict" was an accusation, "jail" coercion. ("imprisoned" is custody: an arrest.)
    _d("trial", T.TRIAL, "People are tried, charged, prosecuted, convicted, sentenced, jailed or acquitted.",
       ["He was sentenced to ten years in prison.", "The trial of the three men opened on Monday."], None, None,
       {"try", "prosecute", "charge", "indict", "convict", "sentence", "jail", "acquit",
        "appear"},  # "appear" only before a court (``judicial_senses.appears_in_court``)
       {"trial", "prosecution", "conviction", "sentence", "indictment", "verdict", "acquittal", "retrial"},
       priority=6, plover_by_lemma={"indict": "DISAPPROVE", "jail": "COERCE"}),
    _d("remains_exchange", T.REMAINS_EXCHANGE, "Parties hand over the bodies of the dead.",
       ["Each side received the bodies of fallen soldiers."], "CONCEDE", "0871",
       {"exchange", "swap", "hand", "receive", "return", "repatriate", "transfer"},
       {"exchange", "swap", "repatriation", "handover", "return"}, needs="bodies", priority=9),
    _d("attack", T.ATTACK, "Use of force: strikes, shelling, drone or missile attacks, raids.",
       ["Drones struck the city overnight."], "ASSAULT", "18",
       {"attack", "strike", "shell", "bomb", "raid", "hit", "assault", "invade", "pound", "kill", "shoot", "open",
        "wound", "injure", "beat", "torture", "assassinate", "massacre", "execute"},
       {"attack", "strike", "airstrike", "shelling", "bombing", "raid", "offensive", "assault", "incursion",
        "invasion", "bombardment", "torture", "assassination", "massacre", "killing"}, priority=5,
       plover_by_lemma={"shell": "FIGHT", "shelling": "FIGHT", "offensive": "FIGHT", "invade": "FIGHT",
                        "invasion": "FIGHT", "incursion": "FIGHT"}),
    _d("attack-launch", T.ATTACK, "A party launches or carries out an armed operation.",
       ["The army launched an offensive at dawn."], "ASSAULT", "18",
       {"launch", "carry", "conduct", "mount"}, needs="attack", priority=6),
    _d("disaster", T.DISASTER, "A natural disaster strikes: an earthquake, flood, storm, eruption or wildfire.",
       ["The earthquake struck south of the capital."], None, None,
       {"erupt"}, DISASTER_NOUNS, priority=6),
    _d("accident", T.DISASTER, "An accident or an outbreak: an explosion at a plant, a crash, a spill, an epidemic.",
       ["An explosion at the refinery killed 11 workers."], None, None,
       set(), ACCIDENT_NOUNS - {"fire", "blast", "leak", "collapse"} | {"outbreak", "epidemic", "pandemic"}, priority=4),
    _d("leak", T.DISASTER, "Oil, gas or another substance escapes from a well, pipe, tanker or plant.",
       ["The damaged well was leaking 5,000 barrels of oil a day."], None, None,
       {"leak", "spill", "gush", "spew", "seep", "pour", "discharge", "escape"}, {"leak", "leakage", "discharge"},
       needs="substances", priority=3),
    _d("ceasefire", T.CEASEFIRE, "A truce or cessation of hostilities is declared or takes effect.",
       ["A ceasefire took effect at noon."], "CEASEFIRE", "074",
       set(), {"ceasefire", "truce", "armistice", "cease-fire"}, priority=4),
    _d("withdrawal", T.WITHDRAWAL, "Forces pull back from an area.",
       ["The troops withdrew from the town."], "RETREAT", "087",
       {"withdraw", "retreat", "demobilize", "demobilise", "evacuate"}, {"withdrawal", "retreat", "pullout"},
       priority=4),
    _d("sanction", T.SANCTION, "Economic or diplomatic penalties are imposed or lifted.",
       ["The bloc imposed new sanctions."], "SANCTION", "16",
       {"sanction", "embargo", "suspend", "halt", "expel", "force", "fine", "fined"}, {"sanction", "embargo"},
       priority=5),
    # A state taking citizenship or passports from its own people is a penalty it imposes: a sanction
    # on persons, not a detention, since nobody is held. CAMEO codes it 172 (administrative
    # sanctions), under root 17, which PLOVER codes COERCE (restriction of rights).
    _d("revoke-citizenship", T.SANCTION, "A state strips people of citizenship or revokes their passports.",
       ["The government stripped the two men of their citizenship."], "COERCE", "172",
       {"strip", "revoke", "deprive", "cancel", "rescind", "withdraw", "remove"}, {"revocation", "deprivation"},
       priority=7),
    _d("protest", T.PROTEST, "People demonstrate, march or strike in protest.",
       ["Thousands protested in the capital."], "PROTEST", "14",
       {"protest", "demonstrate", "rally", "march", "riot", "picket", "block", "blockade", "boycott"},
       {"protest", "demonstration", "rally", "march", "riot", "sit-in", "strike"}, priority=5),
    _d("election", T.ELECTION, "A vote for office or a referendum is held.",
       ["Voters went to the polls on Sunday."], None, None,
       {"vote", "elect"}, {"election", "vote", "referendum", "ballot", "poll"}, priority=5),
    # Crime and damage; the word-sense checks ("escaped injury", "stole the show", "job cuts") are in
    # ``crime_senses``. An escape from custody defies the law: PLOVER REJECT, CAMEO 128 (defy norms,
    # law); RETREAT is ground given up to an adversary, which a breakout is not. A robbery takes
    # property: CAMEO 171 (seize or damage property), PLOVER COERCE, the code "loot" had as coercion;
    # violence used in it is told by its own words ("pulled a gun"). An outage has no actor to code.
    _d("escape", T.ESCAPE, "People break out of custody or flee from the law; the manhunt that follows.",
       ["Two inmates escaped from the county jail overnight.", "The convict fled on foot from the guards."],
       "REJECT", "128", {"escape", "flee", "abscond", "break"},
       {"escape", "breakout", "jailbreak", "getaway", "manhunt", "run"}, priority=6),
    _d("robbery", T.ROBBERY, "Property is stolen: a robbery, heist, burglary, theft, mugging or looting.",
       ["Two men robbed the post office at gunpoint.", "Thieves made off with paintings worth 5 million euros."],
       "COERCE", "171",
       {"rob", "steal", "burgle", "burglarize", "burglarise", "loot", "plunder", "pilfer", "mug", "snatch", "nab",
        "grab", "scoop", "ransack", "make", "escape", "raid", "hit", "pull", "break", "ram", "smash", "crash",
        "plough", "plow", "drive"},
       {"robbery", "heist", "theft", "burglary", "looting", "mugging", "holdup", "hold-up", "stickup", "break-in",
        "larceny", "raid", "smash-and-grab"}, priority=7),
    _d("outage", T.OUTAGE, "A network or utility is cut, damaged or fails: cables, power, internet or phone service.",
       ["Two undersea cables were cut off the coast.", "The storm left the city without power for a day."],
       None, None, {"cut", "sever", "damage", "disrupt", "break", "snap", "fail", "go", "bring", "take", "knock"},
       {"outage", "blackout", "disruption", "cut", "break", "failure", "damage"}, priority=5),
    # The end of an outage belongs with it: a user following the outage sees the repair, and the
    # repair's own day keeps it apart from the cut on the timeline.
    _d("outage-repair", T.OUTAGE, "A cut network or utility is repaired, or its service restored.",
       ["Engineers repaired the damaged cable.", "Power was restored to most homes by the evening."],
       None, None, {"restore", "repair", "fix", "reconnect", "mend"}, {"repair", "repairs", "restoration"},
       priority=5),
    # Arson and firebombs are unconventional violence, as bombs are (PLOVER ASSAULT, CAMEO 18).
    _d("arson", T.ATTACK, "People set fire to a building or vehicle, or throw firebombs.",
       ["Rioters set fire to the bank.", "Youths hurled petrol bombs at the police."], "ASSAULT", "18",
       {"torch", "firebomb", "set", "burn", "hurl", "throw", "lob"}, {"arson", "firebombing", "fire-bombing"},
       priority=6),
    # A fire no one is said to have set is an accident (the kind ``ACCIDENT_NOUNS`` names).
    _d("fire", T.DISASTER, "A fire breaks out, burns or destroys a building, with no one said to set it.",
       ["A fire broke out in the warehouse.", "The hotel went up in flames."], None, None,
       {"catch", "go", "burst"}, {"fire", "blaze", "inferno"}, priority=4),
    # Who holds a post, and who died; the word-sense checks ("fired a shot", "named after", "quit
    # smoking", "the deal died") are in ``office_senses``. Neither PLOVER nor CAMEO codes an
    # appointment, nor a body firing its own official (COERCE, CAMEO 17, is repression of another
    # party, not a personnel decision), nor a death. A resignation keeps the name and code it had
    # as an OTHER: a leader giving up power yields to the demand for a change in leadership
    # (PLOVER RETREAT, CAMEO 0831), and keeping it means PLOVER coding does not move. Dismissal
    # outranks the rejection that "dismissed the claims" stays; death outranks the documents handed
    # over that "passed away" never has.
    _d("appointment", T.APPOINTMENT, "A person is appointed, nominated, named, hired or sworn in to a post.",
       ["The board named Laura Kent as its chief executive.", "The governor was sworn in on Monday."], None, None,
       {"appoint", "nominate", "hire", "promote", "name", "pick", "tap", "designate", "swear",
        "announce", "unveil", "select", "choose"},  # the last four only "as" a post (``office_senses``)
       {"appointment", "nomination", "hiring"}, priority=6),
    _d("dismissal", T.DISMISSAL, "A person is fired, sacked, ousted, dismissed or removed from a post.",
       ["The club fired its manager on Sunday.", "The minister was removed from office."], None, None,
       {"fire", "sack", "oust", "dismiss", "axe", "ax", "can", "depose", "unseat", "remove", "relieve"},
       {"dismissal", "firing", "sacking", "ouster", "ousting", "removal"}, priority=7),
    _d("resign", T.RESIGNATION, "A person resigns, steps down, quits a post or abdicates.",
       ["The general resigned after the vote.", "The chairman stepped down on Friday."], "RETREAT", "0831",
       {"resign", "quit", "step", "abdicate"}, {"resignation", "abdication"}, priority=5),
    _d("death", T.DEATH, "A person dies of natural or unstated causes; no attack, disaster or accident.",
       ["The former senator died at his home on Thursday.", "The death of the singer shocked fans."], None, None,
       {"die", "pass", "find"}, {"death"}, priority=6),  # "find" only "found dead" (``mishap_senses``)
    # The outcomes below take common verbs in one frame only, checked in ``outcome_senses``; their
    # priorities put them before the attack, arrest, robbery and support senses of the same words.
    _d("suicide", T.DEATH, "A person takes their own life.",
       ["The prisoner hanged himself in his cell.", "The banker took his own life last week."], None, None,
       {"hang", "kill", "commit", "take"}, {"suicide"}, priority=8),
    _d("court-outcome", T.TRIAL, "A defendant confesses or pleads, or is found guilty or not guilty.",
       ["The jury found the nurse not guilty.", "The driver pleaded guilty to dangerous driving."], None, None,
       {"find", "plead", "confess"}, {"confession", "plea"}, priority=8),
    _d("quit-talks", T.REJECTION, "A party pulls out of talks or a deal, or walks away from it.",
       ["The investor pulled out of the negotiations.", "The union walked away from the pay deal."], "REJECT", "12",
       {"pull", "walk", "back", "drop", "withdraw"}, priority=8),
    _d("contest", T.CONTEST, "A game, match or race is won or lost, a title or place is won, or a record is set.",
       ["The home side beat the champions 3-1.", "The team clinched a playoff place on Sunday.",
        "The sprinter broke the national record."], None, None,
       {"win", "clinch", "capture", "claim", "earn", "secure", "beat", "defeat", "edge", "rout", "down", "top",
        "outlast", "outscore", "blank", "lose", "set", "break", "tie", "equal", "pass", "meet", "face", "play",
        "take"},
       {"victory", "win", "defeat", "game", "match", "playoff", "playoffs", "final", "semifinal", "tilt", "showdown",
        "fixture"}, priority=8),
    # Priority 6: after robbery's "hit" and "ran over" (a ram raid), before the attack sense.
    _d("collision", T.DISASTER, "A vehicle strikes a person or another vehicle: a road accident.",
       ["A cyclist was struck by a van on the bridge.", "A driver ran over a pedestrian."], None, None,
       {"strike", "hit", "kill", "run", "mow", "knock"}, priority=6),
)

# Finer PLOVER categories, kept under one of our types (see the module docstring).
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
       {"ban", "deport", "seize", "kidnap", "abduct", "hijack", "demolish",
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

BY_TYPE: dict[EventType, EventDefinition] = {}
for _definition in ONTOLOGY:
    BY_TYPE.setdefault(_definition.event_type, _definition)
# The relief types are defined among the PLOVER extras (finer CAMEO codes of aid and force).
for _definition in PLOVER_EXTRAS:
    if _definition.event_type in {T.AID, T.RESCUE, T.DEPLOYMENT}:
        BY_TYPE.setdefault(_definition.event_type, _definition)
ALL_DEFINITIONS: tuple[EventDefinition, ...] = ONTOLOGY + PLOVER_EXTRAS


def definitions_for(lemma: str, nominal: bool) -> list[EventDefinition]:
    """Every definition a word triggers in a part of speech, most specific (highest priority) first.

    Args:
        lemma: the lower-cased lemma (or surface form) of the word.
        nominal: True for a noun, False for a verb.

    Returns:
        Matching definitions, ordered by decreasing priority.
    """
    found = [d for d in ALL_DEFINITIONS if lemma in (d.nouns if nominal else d.verbs)]
    return sorted(found, key=lambda d: -d.priority)


def plover_code(event_type: EventType) -> str | None:
    """The PLOVER event type our type maps to (OTHER and ELECTION have none)."""
    definition = BY_TYPE.get(event_type)
    return definition.plover if definition else None


def plover_of(definition: EventDefinition, lemma: str) -> str | None:
    """The PLOVER code of one trigger: the per-word refinement, else the definition's code."""
    return definition.plover_by_lemma.get(lemma, definition.plover)
