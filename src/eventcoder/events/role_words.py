"""Word classes the role rules read: dependency labels and closed classes of verbs and
prepositions (one place, so a rule and its vocabulary are reviewed apart)."""

from __future__ import annotations

SUBJ = {"nsubj", "csubj"}
# a preposition's object that is a time, never a side ("met on Friday", "signed on the eve")
TIME_ENTS = {"DATE", "TIME"}
# entities that name a party ("Kenyan traders", "the Kenyan army")
NAMED_ENTS = {"NORP", "GPE", "ORG", "PERSON", "FAC"}
TIME_WORDS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "day",
    "night",
    "morning",
    "afternoon",
    "evening",
    "weekend",
    "week",
    "month",
    "year",
    "eve",
    "midnight",
    "today",
    "tonight",
}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
PRESENT_TAGS = frozenset({"VBP", "VBZ"})  # a finite verb in the simple present
CLIMB_VERB = {"xcomp", "conj", "advcl", "ccomp", "pcomp"}
RELATIVE = {"who", "which", "that", "whom", "whose"}
# prepositions whose gerund is done by the clause's subject ("retaliated by expelling", "after
# meeting", "succeeded in brokering"); not those of wanting, avoiding or topics ("called for
# lifting", "refrained from attacking", "warned against", "talked about"), nor "without"
GERUND_PREPS = {
    "by",
    "after",
    "before",
    "while",
    "upon",
    "through",
    "since",
    "despite",
    "in",
    "including",
}
# prepositions of time and means, whose gerund is the subject's even where the verb has an
# object ("after meeting the minister, Biden urged China"); after others the object does it
# ("accused Russia of shelling", "blamed Kyiv for attacking", "barred X from entering")
SUBJECT_GERUND_PREPS = GERUND_PREPS - {"in"}
# after a passive verb of punishing, blaming or praising, the passive subject does the gerund
# ("was jailed for protesting", "is accused of shelling", "was praised for helping")
PASSIVE_GERUND_PREPS = {"for", "of"}
# after an adjective, "for" too: "responsible for suppressing dissent"
ADJ_GERUND_PREPS = GERUND_PREPS | {"for"}
NOUN_CLIMB = {"dobj", "pobj", "prep", "compound", "conj", "attr", "appos", "amod", "oprd"}
CLAUSE_PREPS = {
    "as",
    "while",
    "after",
    "before",
    "during",
    "despite",
    "amid",
    "amidst",
    "since",
    "following",
    "because",
    "until",
    "ahead",
    "prior",
    "upon",
    "without",
    "like",
    "unlike",
    "besides",
    "beyond",
    "throughout",
}
# verbs whose subject watches or judges an event rather than takes part in it
# ("U.S. officials are monitoring these talks", "China released a readout of the call")
OBSERVER_VERBS = {
    "monitor",
    "watch",
    "observe",
    "follow",
    "track",
    "welcome",
    "applaud",
    "praise",
    "condemn",
    "denounce",
    "criticize",
    "criticise",
    "oppose",
    "discuss",
    "report",
    "note",
    "see",
    "review",
    "investigate",
    "cover",
    "release",
    "publish",
    "hail",
    "regret",
    "deplore",
    "mourn",
    "commemorate",
    "mark",
    "remember",
    "recall",
    "object",
    "accept",
    "deny",
    "violate",
    "breach",
    "dispute",
    "question",
    "challenge",
    "blame",
    "reject",
    "dismiss",
}
# verbs whose subject undergoes the noun event; its doer is in a "from" phrase ("drew
# condemnation from Japan", "received aid from the EU")
# possessives that may stand for the clause's subject ("continued its offensive")
OWNER_PRONOUNS = {"its", "their"}
UNDERGO_VERBS = {"draw", "receive", "face", "get", "attract", "suffer", "endure", "accept", "win"}
# verbs that answer a request or an offer: who answers it is the one it was made to ("Nigeria
# rebuffed calls from ECOWAS", "Kyiv turned down Moscow's offer")
ANSWER_VERBS = {
    "reject",
    "rebuff",
    "dismiss",
    "resist",
    "ignore",
    "defy",
    "spurn",
    "decline",
    "turn",
    "heed",
    "answer",
    "accept",
}
REPORT_VERBS = {
    "say",
    "tell",
    "state",
    "announce",
    "report",
    "claim",
    "add",
    "note",
    "confirm",
    "allege",
    "insist",
    "stress",
    "declare",
    "according",
}
# verbs of foreseeing or estimating what others will do or have done: their subject judges the act
# from outside ("the U.S. has been predicting that Putin might send in troops")
FORESEEING_VERBS = {"predict", "forecast", "assess", "estimate"}
# verbs whose subject reports or foresees an act from outside it
OUTSIDE_VERBS = REPORT_VERBS | FORESEEING_VERBS
HOST_VERBS = {"host", "organise", "organize", "convene", "chair"}
# participles that name a state of their subject, not something done to it: "France is committed
# to Lebanon's sovereignty", "Kyiv is engaged with its partners"
STATIVE = {"commit", "dedicate", "devote", "engage"}
# nouns of an undertaking whose clause says what is to be done ("a resolution to expel the
# troops", "plans to withdraw", "a decision by the court to ban"): the clause's doer is the
# undertaking's, who has, passes or takes it
UNDERTAKING_NOUNS = {
    "plan",
    "resolution",
    "decision",
    "policy",
    "action",
    "effort",
    "campaign",
    "show",
    "coordination",
    "initiative",
    "proposal",
    "bill",
    "order",
    "move",
    "measure",
    "step",
    "program",
    "programme",
    "pledge",
    "commitment",
    "attempt",
    "bid",
    "operation",
    "mission",
    "motion",
    "decree",
    "directive",
    "law",
    "legislation",
    "strategy",
    "intention",
    "readiness",
    "willingness",
    "determination",
}
# what a speaker writes or delivers, whose clause says what is said ("issued a statement condemning
# the attack", "sent a letter accusing Israel"): the clause is the author's act
DOCUMENT_NOUNS = {
    "statement",
    "letter",
    "message",
    "communique",
    "communiqué",
    "declaration",
    "tweet",
    "post",
    "note",
    "speech",
    "address",
    "appeal",
    "petition",
    "memo",
    "memorandum",
    "editorial",
    "video",
    "broadcast",
    "notice",
}
# verbs whose subject is a document's author ("issued a statement", "sent a letter"), not one who
# reads, receives or judges it
AUTHOR_VERBS = {
    "issue",
    "release",
    "publish",
    "send",
    "post",
    "deliver",
    "sign",
    "adopt",
    "pass",
    "approve",
    "make",
    "write",
    "give",
    "read",
    "tweet",
    "circulate",
    "file",
    "submit",
    "present",
    "put",
    "unveil",
    "table",
    "broadcast",
    "air",
    "share",
    "lodge",
    "pen",
    "draft",
}
# undertakings that, after "in", make a purpose: "in order to strengthen ties", "in a bid to end
# the war" say what is sought, not what is done
PURPOSE_NOUNS = {"order", "effort", "bid", "attempt", "move"}
# verbs whose subject wants an undertaking of others, not its own ("encouraged efforts to
# strengthen the truce", "backed the plan to expel")
WANT_VERBS = {
    "encourage",
    "urge",
    "call",
    "demand",
    "ask",
    "request",
    "press",
    "push",
    "seek",
    "support",
    "back",
    "endorse",
    "need",
    "want",
    "expect",
}
# weapons and means of force, whose clause's doer is who uses them ("launched missiles targeting
# the base", "used tear gas to disperse the crowd")
WEAPON_NOUNS = {
    "missile",
    "rocket",
    "drone",
    "bomb",
    "shell",
    "artillery",
    "gas",
    "cannon",
    "bullet",
    "warplane",
    "jet",
    "aircraft",
    "helicopter",
    "tank",
    "weapon",
    "munition",
    "force",
}
# verbs of means: "used those supply chains to provide oxygen", "might use it to send in troops":
# who uses the means does what the clause says, the means does nothing
INSTRUMENT_VERBS = {"use", "employ", "utilize", "utilise", "leverage", "exploit", "harness"}
# event types done by saying something ("vowed to respond", "demanded that", "denounced"): only a
# speaker does them, never a thing or a happening
SAYING_TYPES = {"REQUEST", "THREATEN", "ACCUSE", "REJECT", "AGREE", "SUPPORT"}
# attacks and fights an agentless passive of force may say it happened in ("were killed in an
# Israeli airstrike", "in a US operation", "in a clash with Chinese troops"): their doer is its doer
ATTACK_NOUNS = {
    "attack",
    "strike",
    "airstrike",
    "raid",
    "operation",
    "bombing",
    "shelling",
    "offensive",
    "assault",
    "ambush",
    "crackdown",
    "bombardment",
    "barrage",
    "incursion",
    "onslaught",
}
# fights whose other side is in a "with" phrase ("a clash with Chinese troops")
FIGHT_NOUNS = {"clash", "fighting", "battle", "gunfight", "firefight", "skirmish", "confrontation"}
# verbs of coming whose subject, a noun event, is done by whom it comes from ("condemnation came
# from Pyongyang", "aid arrived from China", "statements of support poured in from the Gulf")
COME_VERBS = {"come", "arrive", "pour", "flow", "flood", "emerge"}
# verbs of coming a relative clause uses for where an act comes from ("the attacks that have
# emanated from Yemen")
ORIGIN_VERBS = COME_VERBS | {"emanate", "originate", "stem"}
# harms an apology may be for: its victims are the apology's target ("apologized for the massacre
# of the Herero people", GUIDELINES §14)
HARM_NOUNS = ATTACK_NOUNS | {
    "massacre",
    "killing",
    "killings",
    "death",
    "deaths",
    "genocide",
    "atrocity",
    "atrocities",
    "abuse",
    "abuses",
    "mistreatment",
    "treatment",
    "detention",
    "deportation",
    "persecution",
    "enslavement",
}
# swaps whose "with" phrase names who frees the other side's people ("freed in a prisoner
# exchange with Russia")
SWAP_NOUNS = {"exchange", "swap", "trade", "deal"}
# verbs of defending: what one defends against is aimed at the defender ("defend themselves
# against the attacks")
DEFEND_VERBS = {"defend", "protect", "shield", "guard", "safeguard"}
# verbs of bringing others together: the mediator of a reciprocal act is no party to it (§12)
MEDIATE_VERBS = {"host", "broker", "mediate", "facilitate", "organise", "organize", "convene"}
# nouns counting instances of an act, whose "by" phrase the parser takes from the act ("incidents
# of economic coercion by China", "acts of aggression by Russia")
INSTANCE_NOUNS = {"incident", "instance", "case", "act", "wave", "series", "campaign", "use"}
# verbs of putting forward, beyond the lexicon's agent verbs: their subject does the act a
# relative clause makes their object ("the warning that we put forward")
PERFORM_VERBS = {"put", "voice", "raise", "lodge", "express", "adopt", "pass", "take", "wage"}
# acts of force, whose "from" is where they were launched ("the attacks came from Yemen")
PLACE_FROM_TYPES = {"ASSAULT", "MOBILIZE", "COERCE", "PROTEST"}
# journeys whose traveller, when a time phrase of a clause names it ("during a visit to Kenya,
# the Chinese minister pledged"), is the clause's subject
TRAVEL_NOUNS = {"visit", "trip", "tour", "stopover", "journey"}
# event types that also name a standing relation, not an act, in a participle ("troops backed
# by tanks", "groups affiliated with", "protocols signed by Bogota")
# acts done to a person ("..., charged with spying", "..., released by Iran"): a participle of one
# set after a clause is passive (a gathering "co-hosted by" is often a misread noun modifier)
DONE_TO_TYPES = {"ACCUSE", "COERCE", "SANCTION", "ASSAULT", "RETREAT"}
RELATION_TYPES = {"SUPPORT", "COOPERATE", "AGREE"}


# a quantity or a part of something as the object: the word after "of" is what is acted on
# ("lobbed dozens of rockets", "handed over the last of its weapons", "a barrage of missiles")
PARTITIVE = {
    "dozen",
    "hundred",
    "thousand",
    "score",
    "number",
    "barrage",
    "salvo",
    "volley",
    "hail",
    "series",
    "wave",
    "batch",
    "last",
    "rest",
    "remainder",
    "bulk",
    "part",
    "most",
    "all",
    "some",
    "ton",
    "tonne",
    "shipment",
    "consignment",
    "percent",
    "half",
    "third",
    "quarter",
    "portion",
    "share",
    "majority",
    "swath",
    "round",
    # "captured one of the pilots", "freed several of the hostages"
    "one",
    "two",
    "three",
    "several",
    "many",
    "few",
    "both",
    "each",
}


# what a named object was resolved to, as a pseudo-lemma an entry's `object` may name: frames that
# take a place or a person by name ("captured Kabul", "handed over Karadzic")
NAME_KINDS = {
    "country": "name:place",
    "capital": "name:place",
    "place": "name:place",
    "person": "name:person",
    "surname": "name:person",
}
