"""The event types the tracker began with: talks and positions, custody and courts, force, disasters,
truces, sanctions, protests and elections (user-facing types, each with its PLOVER and CAMEO codes).

Split from ``ontology`` (which joins these with ``ontology_incident_types`` into ``ONTOLOGY``, in this
order: the order breaks ties between definitions of equal priority) so that each table holds one family.
"""

from __future__ import annotations

from dossier.extract.event_definition import EventDefinition, define
from dossier.extract.word_classes import ACCIDENT_NOUNS, DISASTER_NOUNS
from dossier.models import EventType

T = EventType
_d = define  # a short name keeps the rows of the table readable

CORE_TYPES: tuple[EventDefinition, ...] = (
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
    # Custody passed on (checks in ``transfer_senses``): people held are handed to another state,
    # force or authority, or a state takes its nationals home from a camp abroad. Neither a release
    # (no one is freed: prisoners of war handed back in a swap, and hostages, stay releases) nor an
    # arrest (they were taken before). PLOVER has no category of its own; handing people to another
    # state's justice is CAMEO 063 (judicial cooperation, "extradite"), PLOVER COOPERATE, the code
    # "extradite" had as an arrest. Priority 7: before the release and arrest senses of these words.
    _d("transfer", T.TRANSFER, "People held are handed over, transferred, repatriated or extradited to another "
       "state, force or authority.",
       ["The militia handed 13 foreign fighters over to Iraq.", "The men were transferred to Iraqi custody.",
        "The government repatriated two orphans from the camp."], "COOPERATE", "063",
       {"transfer", "hand", "return", "repatriate", "extradite"},
       {"transfer", "handover", "repatriation", "extradition"}, priority=7),
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
        "wound", "injure", "beat", "torture", "assassinate", "massacre", "execute",
        # violence against a person named by its own verb; "gun" only "gunned down" (``violence_senses``)
        "murder", "stab", "slay", "strangle", "behead", "lynch", "ambush", "gun"},
       {"attack", "strike", "airstrike", "shelling", "bombing", "raid", "offensive", "assault", "incursion",
        "invasion", "bombardment", "torture", "assassination", "massacre", "killing",
        # the crimes and fights news names by a noun of their own ("the shooting", "the slaying")
        "murder", "shooting", "stabbing", "slaying", "homicide", "ambush", "shootout", "gunfight", "firefight",
        "gunbattle", "beheading", "lynching", "strangling"}, priority=5,
       plover_by_lemma={"shell": "FIGHT", "shelling": "FIGHT", "offensive": "FIGHT", "invade": "FIGHT",
                        "invasion": "FIGHT", "incursion": "FIGHT", "ambush": "FIGHT", "shootout": "FIGHT",
                        "gunfight": "FIGHT", "firefight": "FIGHT", "gunbattle": "FIGHT"}),
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
)
