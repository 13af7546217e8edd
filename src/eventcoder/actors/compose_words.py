"""Word classes the composition rules read: telling and vague sectors, backing and leading
words, locative prepositions, the dependencies that make a modifier, name joiners."""

from __future__ import annotations

from eventcoder.actors.records import ActorKind

TELLING_SECTORS = {
    "OPP",
    "REB",
    "MIL",
    "COP",
    "LEG",
    "JUD",
    "SPY",
    "PRM",
    "PTY",
    "REL",
    "JRN",
    "MED",
}
VAGUE_SECTORS = {"SOC", "CVL", "UNK", "GOV"}
# courtesy titles: "Mr. Blinken", "Dr. Tedros", "MR PRICE:" name a person by surname, no first name
HONORIFICS = {"mr", "ms", "mrs", "miss", "dr", "mister", "madam"}
# the gender a courtesy title gives
HONORIFIC_GENDER = {"mr": "m", "mister": "m", "ms": "f", "mrs": "f", "miss": "f", "madam": "f"}
BACKED_WORDS = {
    "back",
    "backed",
    "support",
    "supported",
    "sponsor",
    "sponsored",
    "fund",
    "funded",
    "align",
    "aligned",
    "ally",
    "allied",
    "affiliate",
    "affiliated",
    "link",
    "linked",
    "inspire",
    "inspired",
    "arm",
    "armed",
    "train",
    "trained",
    "base",
    "based",
}
# "French-speaking villages", "Russian-origin weapons", "Iranian-made drones": the country word
# joined by a hyphen to one of these tells a language or an origin, no actor
ORIGIN_WORDS = {
    "speaking",
    "speaker",
    "speakers",
    "language",
    "origin",
    "born",
    "made",
    "built",
    "manufactured",
    "designed",
    "produced",
    "style",
}
LED_WORDS = {"lead", "led", "run", "dominate", "dominated", "command", "commanded"}
LOCATIVE_PREPS = {
    "in",
    "at",
    "near",
    "from",
    "outside",
    "across",
    "around",
    "inside",
    "throughout",
    "into",
    "over",
    "to",
    "within",
    "off",
    "along",
}
MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod", "appos", "nummod", "det", "poss"}
HEAD_POS = {"NOUN", "PROPN", "PRON"}
COUNTRY_KINDS = {ActorKind.COUNTRY, ActorKind.ADJECTIVE, ActorKind.PEOPLE, ActorKind.CAPITAL}
JOINERS = {"and", "&", ",", ";"}
# the words of a party family that, before a one-word party name, name another party: "Social
# Democrats", "Christian Democrats", "Liberal Republicans" are not the US party's members
PARTY_FAMILY_WORDS = {
    "social",
    "christian",
    "liberal",
    "national",
    "progressive",
    "radical",
    "socialist",
    "popular",
    "conservative",
    "green",
    "united",
}
