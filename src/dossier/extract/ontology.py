"""The event ontology: each type's definition, examples, trigger words and PLOVER/CAMEO codes.

PLOVER is the Political Language Ontology for Verifiable Event Records (Open Event Data Alliance);
CAMEO root codes are given where one fits. Triggers are lemmas: a verb or noun whose presence in a
sentence suggests the type; ``needs`` lists words of which one must also be in the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from dossier.models import EventType


@dataclass(frozen=True, slots=True, kw_only=True)
class EventDefinition:
    event_type: EventType
    definition: str
    examples: tuple[str, ...]
    plover: str | None
    cameo: str | None
    triggers: frozenset[str]
    needs: frozenset[str] = frozenset()
    priority: int = 0  # higher wins when one sentence triggers several types


def _d(event_type, definition, examples, plover, cameo, triggers, needs=(), priority=0) -> EventDefinition:
    return EventDefinition(
        event_type=event_type,
        definition=definition,
        examples=tuple(examples),
        plover=plover,
        cameo=cameo,
        triggers=frozenset(triggers),
        needs=frozenset(needs),
        priority=priority,
    )


ONTOLOGY: tuple[EventDefinition, ...] = (
    _d(EventType.NEGOTIATION, "Delegations of parties in a dispute hold talks on settling it.",
       ["The two delegations held talks in Geneva."], "CONSULT", "04",
       {"talk", "talks", "negotiation", "negotiate", "round"}, priority=3),
    _d(EventType.MEETING, "Officials meet, consult or visit, outside formal negotiations.",
       ["The ministers met in Ankara.", "A summit was held."], "CONSULT", "04",
       {"meet", "meeting", "summit", "visit", "consultation"}, priority=2),
    _d(EventType.AGREEMENT, "Parties agree on something, sign or settle a deal.",
       ["Both sides agreed to swap prisoners."], "AGREE", "057",
       {"agree", "agreement", "deal", "accord", "sign", "treaty", "settle"}, priority=5),
    _d(EventType.PROPOSAL, "A party offers terms, a plan or a memorandum.",
       ["Moscow offered a short truce.", "Kyiv submitted a memorandum."], "CONSULT", "03",
       {"propose", "proposal", "offer", "memorandum", "plan", "submit", "suggest"}, priority=4),
    _d(EventType.REQUEST, "A party asks another for something.",
       ["Ukraine asked for direct talks between the presidents."], "REQUEST", "02",
       {"request", "ask", "appeal", "urge", "call"}, priority=4),
    _d(EventType.DEMAND, "A party insists on a condition, often with a threat.",
       ["Russia demanded a withdrawal of troops."], "REQUEST", "10",
       {"demand", "insist", "ultimatum"}, priority=5),
    _d(EventType.REJECTION, "A party refuses a proposal, request or demand.",
       ["The proposal was rejected."], "REJECT", "12",
       {"reject", "refuse", "dismiss", "decline", "deny"}, priority=6),
    _d(EventType.STATEMENT, "A public statement of position, not itself another event type.",
       ["The spokesman said the memorandum was almost ready."], "CONSULT", "01",
       {"statement", "announce", "declare"}, priority=0),
    _d(EventType.PRISONER_EXCHANGE, "Parties hand over prisoners of war or detained civilians to each other.",
       ["The sides swapped 200 prisoners each."], "CONCEDE", "0871",
       {"exchange", "swap", "trade"}, needs={"prisoner", "prisoners", "captive", "pow", "pows", "soldier",
                                             "serviceman", "servicemen", "civilian", "civilians", "detainee",
                                             "personnel"}, priority=8),
    _d(EventType.RELEASE, "A party frees prisoners, hostages or detainees.",
       ["The hostages were released."], "CONCEDE", "0841",
       {"release", "free", "return", "repatriate"}, needs={"prisoner", "hostage", "detainee", "captive",
                                                          "civilian", "child", "children", "soldier"}, priority=6),
    _d(EventType.REMAINS_EXCHANGE, "Parties hand over the bodies of the dead.",
       ["Each side received the bodies of fallen soldiers."], "CONCEDE", "0871",
       {"exchange", "swap", "hand", "receive", "return", "repatriate"}, needs={"body", "bodies", "remains"},
       priority=9),
    _d(EventType.ATTACK, "Use of force: strikes, shelling, drone or missile attacks, raids.",
       ["Drones struck the city overnight."], "ASSAULT", "18",
       {"attack", "strike", "shell", "bomb", "raid", "hit", "launch", "offensive", "assault", "incursion"},
       priority=5),
    _d(EventType.CEASEFIRE, "A truce or cessation of hostilities is declared or takes effect.",
       ["A ceasefire took effect at noon."], "CEASEFIRE", "074",
       {"ceasefire", "truce", "armistice"}, priority=4),
    _d(EventType.WITHDRAWAL, "Forces pull back from an area.",
       ["The troops withdrew from the town."], "RETREAT", "087",
       {"withdraw", "withdrawal", "retreat", "pull"}, priority=4),
    _d(EventType.SANCTION, "Economic or diplomatic penalties are imposed or lifted.",
       ["The bloc imposed new sanctions."], "SANCTION", "16",
       {"sanction", "embargo", "boycott"}, priority=5),
    _d(EventType.PROTEST, "People demonstrate, march or strike in protest.",
       ["Thousands protested in the capital."], "PROTEST", "14",
       {"protest", "demonstrate", "demonstration", "rally", "march"}, priority=5),
    _d(EventType.ELECTION, "A vote for office or a referendum is held.",
       ["Voters went to the polls on Sunday."], None, None,
       {"election", "vote", "referendum", "ballot", "poll"}, priority=5),
)

BY_TYPE: dict[EventType, EventDefinition] = {d.event_type: d for d in ONTOLOGY}


def plover_code(event_type: EventType) -> str | None:
    """The PLOVER event type our type maps to (OTHER and ELECTION have none)."""
    definition = BY_TYPE.get(event_type)
    return definition.plover if definition else None
