"""Closed word classes the modality cues read: auxiliaries and heads of the future, adverbs of
habit, verbs of telling and of saying, set phrases with "no". Kept apart so modality.py holds the
decisions."""

from __future__ import annotations

# "we would routinely brief our partners": 'would' with an adverb of frequency tells what was
# done again and again, not what might be
HABITUAL_ADV = {
    "routinely",
    "regularly",
    "often",
    "usually",
    "typically",
    "frequently",
    "habitually",
    "sometimes",
    "occasionally",
    "repeatedly",
    "always",
}

# verbs that tell about an act named as their object: "not going to detail those conversations"
# withholds the telling, not the talks
TELLING_OBJ = {"detail", "disclose", "characterize", "characterise", "preview", "reveal"}
# verbs of commenting on a matter named after "on": "won't comment on the talks" withholds the
# comment, not the talks
COMMENT_VERBS = {"comment", "elaborate", "speculate", "weigh", "remark"}

# verbs whose subject is an event that they say happens: "the talks did not take place" denies
# the talks, where "the sanctions did not impede aid" leaves the sanctions in place
HAPPENING = {
    "happen",
    "occur",
    "take",
    "go",
    "materialize",
    "materialise",
    "proceed",
    "begin",
    "start",
    "resume",
    "continue",
    "exist",
    "come",
    "commence",
    "unfold",
}
# verbs of giving way whose negation asserts the act: "will not waver in its support", "will not
# hesitate to impose costs" (the support and the costs are to come, not denied)
STEADFAST = {"waver", "waiver", "hesitate", "falter", "flinch", "relent", "tire", "shrink"}

# "no" in these set phrases asserts what follows: "it is no secret that Minsk jailed them"
NO_IDIOMS = {"wonder", "doubt", "surprise", "secret", "coincidence", "accident"}

# verbs of saying: climbing from the event for cues stops at them (the cues of the saying are
# not the event's)
STOP_AT = {"say", "tell", "state", "report", "announce", "claim", "add", "note", "according"}
# verbs whose "that ... would" clause is what was said or settled to come: future in the past
REPORTED_FUTURE = STOP_AT | {
    "confirm",
    "declare",
    "insist",
    "promise",
    "pledge",
    "vow",
    "decide",
    "agree",
    "tweet",
    "write",
    "explain",
    "inform",
    "indicate",
    "signal",
}

# auxiliaries of the future and of possibility (a curly "we\u2019ll" is parsed as "we'll":
# coder.parse_text)
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPO_AUX = {"may", "might", "could", "would", "can", "should", "must", "ca"}
# verbs of a relative clause that carry out its noun's act: "the atrocities it is committing"
# says they are committed
CARRY_OUT = {
    "commit",
    "carry",
    "conduct",
    "perpetrate",
    "launch",
    "wage",
    "stage",
    "impose",
    "inflict",
    "mount",
    "unleash",
}
# verbs of a relative clause that are their subject's own act on the noun's event: the modal of
# "a conversation that we'll support" is the support's, not the conversation's
STANCE_VERBS = {
    "support",
    "back",
    "welcome",
    "endorse",
    "applaud",
    "praise",
    "oppose",
    "condemn",
    "denounce",
    "criticize",
    "criticise",
    "reject",
    "discuss",
    "raise",
    "address",
    "review",
    "monitor",
    "watch",
    "follow",
}
# heads whose infinitive is still to come: "plans to visit", "pledged to send", "ready to help"
FUTURE_HEADS = {
    "expect",
    "plan",
    "intend",
    "prepare",
    "schedule",
    "aim",
    "set",
    "due",
    "poise",
    "scheduled",
    "going",
    "slate",
    "decide",
    "promise",
    "pledge",
    "vow",
    "commit",
    "offer",
    "arrange",
    "about",
    # readiness is an offer (GUIDELINES §18): "stands ready to provide assistance"
    "ready",
    "willing",
    "prepared",
    # "preparations to attack": the act prepared is still to come
    "preparation",
    "groundwork",
}
# objects of a verb that prepares what its purpose clause names: "laying the groundwork to annex"
PREPARING = {"groundwork", "preparation"}
# heads that make their object or prepositional object future: "preparing for the visit"
FUTURE_OBJ = {
    "expect",
    "plan",
    "prepare",
    "schedule",
    "await",
    "anticipate",
    "intend",
    "arrange",
    "offer",
    "promise",
    "pledge",
    "vow",
    "propose",
    "preparation",
    "groundwork",
}
# heads that make what follows their "to" future: "commits to increased cooperation with X"
FUTURE_TO = {"commit", "pledge"}
# what is agreed is decided, except an undertaking toward another side, still to be carried out
# ("agreed to provide 50 billion euros to Ukraine over four years"; GUIDELINES §15)
GIVING = {
    "provide",
    "give",
    "send",
    "supply",
    "deliver",
    "grant",
    "lend",
    "donate",
    "fund",
    "pay",
    "contribute",
    "help",
    "assist",
    "deploy",
    "extend",
    "train",
    "equip",
}

# nouns whose "of"/"for"/"on" phrase names an event already held: "a readout of the call", "any
# readout for his meetings" (the question is about the talks, it does not suppose them; §18)
READOUT_NOUNS = {"readout", "debrief", "debriefing"}
# "follow up on the recent meetings": what is followed up on was reported before
FOLLOW_UP = {"follow"}
# verbs that turn down an offer or proposal, so that what it offered is not done (GUIDELINES §16:
# "an offer to resign that was turned down is RETREAT negated")
TURN_DOWN = {"decline", "reject", "refuse", "rebuff", "spurn", "veto", "dismiss"}
# nouns of an offer or proposal whose act a refusal cancels: "declined his offer to resign"
OFFER_NOUNS = {"offer", "proposal", "plan", "bid", "invitation", "request", "call", "demand"}
# verbs that announce an act ahead of it: "previewed further security assistance" (to come)
PREVIEW = {"preview", "foreshadow", "trail"}
# speech acts a speaker performs by saying he wants to: "I want to thank Kenya", "we would like to
# congratulate the people of Chile" (the thanks are given, not wished for)
PERFORMATIVE = {
    "thank",
    "commend",
    "congratulate",
    "welcome",
    "condemn",
    "recognize",
    "recognise",
    "acknowledge",
    "express",
    "convey",
    "salute",
    "praise",
    "applaud",
    "reiterate",
    "reaffirm",
    "urge",
    "extend",
    "honor",
    "honour",
}
# the wishes that perform them, said by the speaker ("I", "we")
PERFORMING_WISH = {"want", "like", "wish"}
FIRST_PERSON = {"i", "we"}
# gatherings whose hosting or convening, said by a participle ("a summit hosted by Palau"), is
# at the gathering's own time
GATHERINGS = {
    "summit",
    "conference",
    "meeting",
    "talks",
    "forum",
    "dialogue",
    "session",
    "ministerial",
    "gathering",
    "ceremony",
    "event",
}
