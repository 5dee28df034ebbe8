"""Words of the frames around a trigger: support verbs, stative verbs, quantifiers, adjuncts.

The ontology (``ontology``) says which words name which kinds of event; these lists say what the
words around a trigger do to it: "held talks" (a support verb), "the date of the talks" (a noun
that only names one), "a possible ceasefire" (not real), "came out of the meeting" (emergence).
``eventive``, ``triggers``, ``trigger_fit`` and the dating modules read them.
"""

from __future__ import annotations

OWN = frozenset({"its", "their", "his", "her", "our", "my"})
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "who", "which", "them", "him",
                      "her", "us", "one", "others", "both", "these", "those", "whom"})

# --- Words the syntactic checks of ``triggers`` use (lemmas, lower case) ---
# Verbs whose object noun is the event itself ("held talks", "reached a deal", "launched a strike").
SUPPORT_VERBS = frozenset({
    "hold", "conduct", "carry", "begin", "start", "launch", "resume", "reach", "sign", "conclude", "complete",
    "make", "submit", "present", "hand", "give", "deliver", "exchange", "swap", "stage", "impose", "issue",
    "announce", "confirm", "attend", "host", "organize", "organise", "finalize", "finalise", "seal", "strike",
    "broker", "mediate", "join", "open", "lodge", "declare", "put", "table", "set", "lay", "have", "continue",
    "restart", "end", "finish", "convene", "chair", "pass", "send", "implement", "reiterate", "mount",
    "arrange", "unveil", "receive",
})
TRANSFER_VERBS = frozenset({"submit", "present", "hand", "give", "deliver", "pass", "send", "table", "exchange",
                            "swap", "provide"})
# Predicates that describe a state of a thing rather than something it does.
STATIVE = frozenset({"remain", "seem", "appear", "include", "mean", "need", "require", "matter", "concern",
                     "depend", "involve", "contain", "outline", "envisage", "stipulate", "provide"})
# Nouns that name a document or a position rather than an occurrence: events only when handed over.
DOCUMENT_LIKE = frozenset({"proposal", "offer", "memorandum", "initiative", "request", "appeal", "call", "list",
                           "demand", "condition", "statement", "announcement", "declaration", "remarks",
                           "invitation", "threat", "ultimatum", "warning", "accusation", "criticism",
                           "complaint", "plan"})
# Verbs that utter a demand, request or offer anew ("voiced demands", "raised a demand", "renewed
# its call"): support verbs for those nouns only, since "raised funds" or "pressed the button" utter nothing.
VOICING_VERBS = frozenset({"voice", "raise", "renew", "repeat", "restate", "press", "air"})
DOCUMENT_SUBJECTS = frozenset({"document", "memorandum", "text", "resolution", "plan", "proposal", "draft", "law",
                               "bill", "report", "letter", "declaration", "statement", "treaty"})
# Prepositions that put a party in a state of an event ("troops on alert", "under investigation").
STATE_FRAMES = frozenset({("on", "alert"), ("on", "strike"), ("under", "investigation"), ("under", "attack"),
                          ("under", "fire"), ("under", "arrest"), ("under", "curfew"), ("under", "siege"),
                          # custody as a state: "were in Kurdish custody", "taken into detention"
                          ("in", "custody"), ("in", "detention"), ("in", "captivity"), ("into", "custody"),
                          ("into", "detention"), ("on", "trial"), ("on", "run")})
# Heads that stand where their "of" noun stands ("a number of agreements", "ten days of talks").
QUANTIFIERS = frozenset({"number", "series", "set", "one", "couple", "range", "host", "lot", "handful", "round",
                         "some", "several", "many", "dozens", "two", "three",
                         "hour", "day", "night", "week", "month", "year"})
# Nouns that carry an event named by their compound modifier ("a mediation effort", "the relief operation").
# ("campaign" is left out: an "election campaign" is no election.)
CARRIER_NOUNS = frozenset({"effort", "mission", "operation", "attempt", "bid"})
# Nouns of a try at violence: "an attempt to assassinate" is itself an assault (CAMEO 185).
ATTEMPT_NOUNS = frozenset({"attempt", "bid"})
# Verbs of travel whose "for" phrase names an event that takes place ("returned to Geneva for talks").
MOTION_VERBS = frozenset({"arrive", "return", "come", "go", "travel", "fly", "head", "gather", "assemble", "leave"})
# Nouns whose "of" phrase names what caused something: "died as a result of torture".
CAUSE_NOUNS = frozenset({"result", "consequence"})
# Steps whose announcement for the future is a threat ("said it will close the border").
COERCIVE_ACTIONS = frozenset({"withdraw", "impose", "boycott", "ban", "extend", "tighten", "cut", "stop", "halt",
                              "suspend", "expel", "close", "sever", "break", "retaliate", "attack", "strike",
                              "use", "deliver", "resume"})
# What one "declines to" do without rejecting anything ("declined to comment").
NO_COMMENT = frozenset({"comment", "disclose", "say", "elaborate", "specify", "answer", "confirm", "name",
                        "reveal", "discuss", "give", "provide", "respond"})
# Modifiers of "strike" that make it a labour strike, not an attack.
LABOUR_STRIKE = frozenset({"hunger", "general", "labor", "labour", "rail", "worker", "teacher", "transport", "national",
                           "nationwide", "union", "postal", "dock", "miner", "nurse", "doctor", "pilot", "one-day",
                           "24-hour", "48-hour", "sympathy", "wildcat"})
# Objects of "meet" that are fulfilled, not met with ("met the deadline").
MEET_OBJECTS = frozenset({"demand", "condition", "requirement", "need", "deadline", "target", "goal",
                          "criterion", "expectation", "standard", "obligation", "end", "fate", "death"})
# "a meeting of negotiators", "a round of talks": a meeting that is a negotiation.
TALKS = frozenset({"talk", "talks", "negotiation", "negotiations", "discussion"})
PARTY_NOUNS = frozenset({"delegation", "delegations", "negotiator", "negotiators", "side", "sides", "party",
                         "parties"})
# Nouns whose "to" infinitive states what is intended, not what happened.
# (Agreement, proposal, request and demand nouns count too, through their event types.)
INTENTION_NOUNS = frozenset({"plan", "decision", "promise", "pledge", "commitment", "readiness", "intention",
                             "bid", "attempt", "effort", "order", "threat", "vow"})
# Verbs whose "in"/"to" phrase is an event that came of another ("resulted in a deal").
OUTCOME_VERBS = frozenset({"result", "lead", "culminate", "end"})
# Prepositions of time adjuncts: their object is an event that took place ("during the talks").
ADJUNCT_PREPS = frozenset({"during", "at", "after", "following", "before", "amid", "throughout", "ahead"})
# Determiners and modifiers of a noun that refers back to an event or to one not real.
DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "such", "any", "another"})
UNREAL_MODIFIERS = frozenset({"possible", "potential", "future", "hypothetical", "eventual", "likely",
                              "proposed", "planned", "prospective"})
# Verbs of emergence: the source of "came out of the meeting" or "resulted from the talks" is an event.
EMERGENCE_VERBS = frozenset({"come", "emerge", "result", "stem", "arise", "flow"})
