"""Event types of crime, damage, office, death and outcomes: the happenings of local and general news.

Split from ``ontology`` (which appends these to ``ontology_core_types`` as ``ONTOLOGY``) because each
of these types came with its own word-sense checks (``crime_senses``, ``office_senses``,
``outcome_senses``, ``road_senses``) and its own reasons for its PLOVER and CAMEO codes, given below
and beside each definition.

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
- A team's roster move has no type of its own; it takes the types of office, since a roster is a
  set of posts the club fills and empties. Signing a player ("signed a backup tailback") is an
  APPOINTMENT, as hiring is. Waiving a player or placing one on injured reserve (or the disabled
  list) is a DISMISSAL: the club takes a person off its active roster, the player is the target
  and the club the actor, as in a firing; the summary sentence says it was for an injury. No other
  type fits: a player put on reserve is not released from custody, nor does he resign. Checks in
  ``roster_senses``; neither PLOVER nor CAMEO codes them, as for appointments and dismissals.
"""

from __future__ import annotations

from dossier.extract.event_definition import EventDefinition, define
from dossier.models import EventType

T = EventType
_d = define  # a short name keeps the rows of the table readable

INCIDENT_TYPES: tuple[EventDefinition, ...] = (
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
    # A kidnapping seizes a person by force: violence done to people, so a user finds it among attacks
    # (CAMEO 181, abduct or take hostage, under 18 assault). PLOVER's coders put an abduction under
    # COERCE (mode "detain"), the code "kidnap" had as a coercion, so PLOVER coding does not move.
    # Only a person or group taken is one (``crime_senses.takes_a_person``): "hijacked the agenda" is not.
    _d("kidnap", T.ATTACK, "A person is kidnapped, abducted or taken hostage by force.",
       ["Gunmen kidnapped two engineers near the border.", "The abduction of the reporter was filmed."],
       "COERCE", "181", {"kidnap", "abduct"}, {"kidnapping", "abduction", "hostage-taking"}, priority=6),
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
    # Roster moves of sport (see the module docstring): priority 7, before "sign" as an agreement
    # and "place"/"put" in nothing else; ``roster_senses`` keeps "signed the treaty" out.
    _d("roster-signing", T.APPOINTMENT, "A team signs a player to its roster.",
       ["The club signed a backup goalkeeper on Monday."], None, None, {"sign", "re-sign"}, priority=7),
    _d("roster-removal", T.DISMISSAL, "A team waives a player or places one on injured reserve.",
       ["The team placed its starting guard on injured reserve."], None, None,
       {"place", "put", "move", "waive"}, priority=7),
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
       {"victory", "win", "defeat", "loss", "game", "match", "playoff", "playoffs", "final", "semifinal", "tilt", "showdown",
        "fixture"}, priority=8),
    # Priority 6: after robbery's "hit" and "ran over" (a ram raid), before the attack sense.
    _d("collision", T.DISASTER, "A vehicle strikes a person or another vehicle: a road accident.",
       ["A cyclist was struck by a van on the bridge.", "A driver ran over a pedestrian."], None, None,
       {"strike", "hit", "kill", "run", "mow", "knock"}, priority=6),
)
