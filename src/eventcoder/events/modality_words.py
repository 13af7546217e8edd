"""Closed word classes the modality cues read: adverbs of habit, verbs of telling and of saying,
set phrases with "no". Kept apart so modality.py holds the decisions."""

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
