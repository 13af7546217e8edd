"""Word classes the political-interaction rules read: illnesses, hazards, vehicles, kinds of
information and gifts, needs, wrongs, offices, gatherings (closed classes, reviewed apart)."""

from __future__ import annotations

from eventcoder.records import EventType

ILLNESS = {
    "virus",
    "coronavirus",
    "covid",
    "covid-19",
    "disease",
    "illness",
    "cancer",
    "leukemia",
    "leukaemia",
    "tumor",
    "tumour",
    "infection",
    "outbreak",
    "epidemic",
    "pandemic",
    "flu",
    "influenza",
    "ebola",
    "cholera",
    "malaria",
    "measles",
    "addiction",
    "heart",
    "stroke",
}
HAZARD = {
    "fire",
    "wildfire",
    "blaze",
    "flood",
    "flooding",
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "tornado",
    "earthquake",
    "quake",
    "tsunami",
    "landslide",
    "avalanche",
    "drought",
    "heatwave",
    "lightning",
    "eruption",
    "explosion",
    "crash",
    "collision",
}
# "opened fire on", "set off an explosion": weapons' fire is no disaster as an object
FIRE = {"fire", "explosion", "crash", "collision"}
# vehicles that hit things in accidents (a military one comes with its actor: "Israeli jets")
VEHICLE = {
    "car",
    "truck",
    "lorry",
    "vehicle",
    "van",
    "bus",
    "motorcycle",
    "motorbike",
    "train",
    "tram",
    "plane",
    "aircraft",
    "airliner",
    "helicopter",
    "ferry",
    "pickup",
    "taxi",
    "tractor",
    "driver",
}
# what vehicles hit on a road
ROADSIDE = {
    "rail",
    "guardrail",
    "pole",
    "lamppost",
    "tree",
    "barrier",
    "curb",
    "kerb",
    "median",
    "motorcycle",
    "motorbike",
    "bicycle",
    "bike",
    "cyclist",
    "motorcyclist",
}
# "a group of motorcycles": the head only counts, the "of" phrase says what
COLLECTIVE = {"group", "number", "row", "line", "convoy", "pair", "couple", "series", "fleet"}
# what is released, issued or provided when it is information, not people, troops or goods
INFORMATION = {
    "statement",
    "information",
    "report",
    "data",
    "datum",  # the lemma the parser gives "data"
    "dataset",
    "detail",
    "figure",
    "video",
    "footage",
    "image",
    "photo",
    "photograph",
    "picture",
    "text",
    "transcript",
    "readout",
    "communique",
    "memoir",
    "book",
    "album",
    "song",
    "single",
    "film",
    "movie",
    "recording",
    "record",
    "result",
    "finding",
    "list",
    "name",
    "guidance",
    "update",
    "comment",
    "remark",
    "document",
    "version",
    "trailer",
    "plan",
    "episode",
    "study",
    "survey",
    "poll",
    "number",
    "estimate",
    "schedule",
    "timeline",
    "specific",
    "summary",
    "lecture",
    "speech",
    "address",
    "keynote",
    "presentation",
    "testimony",
    "lesson",
    "message",
    "cause",
    "documentary",
    "series",
    "podcast",
    "statistic",
    "toll",
    "tally",
    "plea",
    "strategy",
    "principle",
    "guideline",
    # papers: "release his tax returns", "released the emails", "provided evidence"
    "return",
    "file",
    "email",
    "letter",
    "memo",
    "dossier",
    "paper",
    "tape",
    "audio",
    "assessment",
    "analysis",
    "evidence",
    # software and products: "the source code was not released", "deploy the software"
    "code",
    "software",
    "app",
    "firmware",
    "patch",
    "product",
}
# animals released, provided or seized are no prisoners, aid or spoils: "the buffalo were released"
ANIMALS = {
    "animal",
    "buffalo",
    "bison",
    "bird",
    "fish",
    "turtle",
    "horse",
    "wolf",
    "bear",
    "cattle",
    "livestock",
    "wildlife",
    "dog",
    "cub",
    "calf",
    "elephant",
}
# what is provided that no one receives as aid: "provides hope", "offered an example"
ABSTRACT_GIFTS = {
    "hope",
    "chance",
    "initiative",
    "moment",
    "opportunity",
    "insight",
    "example",
    "inspiration",
    "clarity",
    "perspective",
    "platform",
    "framework",
    "foundation",
    "basis",
    "answer",
    "explanation",
    "context",
    "impetus",
    "momentum",
    "prayer",
    "blessing",
    # grief expressed to the bereaved is CAMEO 01, no PLOVER type (eval/GUIDELINES.md §1)
    "condolence",
    "sympathy",
}
# what is "met" when it is no actor: "meet the problems", "meet the needs of migrants"
NEEDS = {
    "problem",
    "challenge",
    "need",
    "demand",
    "goal",
    "target",
    "requirement",
    "standard",
    "criterion",
    "criteria",
    "obligation",
    "deadline",
    "expectation",
    "threat",
    "condition",
    "test",
    "cost",
    "end",
}
# what is "committed" when it is a wrong, not a promise: "continue to commit genocide"
WRONGS = {
    "genocide",
    "crime",
    "abuse",
    "atrocity",
    "violation",
    "murder",
    "fraud",
    "offence",
    "offense",
    "massacre",
    "suicide",
    "terrorism",
    "act",
    "error",
    "mistake",
    "felony",
    "sin",
    "aggression",
    "assault",
    "treason",
}
# what is denied or dismissed when it is words: a denial, no rejection of a demand
DENY_VERBS = {"deny", "refute"}
# offices one is named to: "designated him as minister" is an appointment
OFFICES = {
    "minister",
    "secretary",
    "president",
    "head",
    "chief",
    "chair",
    "chairman",
    "chairwoman",
    "director",
    "ambassador",
    "envoy",
    "successor",
    "governor",
    "commander",
    "leader",
    "representative",
    "spokesman",
    "spokeswoman",
    "adviser",
    "advisor",
}
# who or what a protest word names as a compound ("protest leaders", "the protest camp")
PROTEST_PARTS = {
    "leader",
    "camp",
    "organizer",
    "organiser",
    "movement",
    "group",
    "site",
    "slogan",
    "banner",
    "sign",
    "song",
    "zone",
    "participant",
    "tent",
    "committee",
}
# verbs of force that also attack in words: "slammed the plan as reckless"
VERBAL = {"attack", "slam", "blast", "hit", "lash"}
TIME_NOUNS = {"time", "day", "night", "week", "weekend", "month", "year", "hour", "period"}
# roles in an inquiry: who is spoken with "as" one is questioned, not met
INQUIRY_ROLES = {"suspect", "witness", "defendant", "accused", "detainee", "prisoner", "informant"}
HELP_VERBS = {"help", "assist", "contribute"}
CLAIMS = {"claim", "allegation", "accusation", "report", "charge", "rumor", "rumour", "suggestion"}
# counts of a race: delegates, votes, seats amassed or won
# what is mobilized when it is means, not forces: "mobilize resources", "mobilize support"
RESOURCES = {
    "resource",
    "fund",
    "funding",
    "finance",
    "financing",
    "money",
    "investment",
    "support",
    "assistance",
    "aid",
    "help",
    "donor",
    "effort",
    "action",
    "opinion",
    "vote",
    "voter",
    # means and know-how, not forces: "deployed all the necessary preparations" ("capital" is
    # also a city: "troops patrolled the capital")
    "preparation",
    "expertise",
    "technology",
    "software",
    "tool",
    "solution",
}
WARNINGS = {"warn", "warning", "alert", "caution"}
RACE = {"delegate", "vote", "ballot", "seat", "signature", "donation", "point", "medal", "title"}
# a candidate's own run for office: "suspended her campaign" (a withdrawal from the race, §11)
CANDIDACY = {"campaign", "candidacy"}
# what is conceded in a race: "conceded defeat", "refused to concede the election" (§13)
RACE_OUTCOMES = {"election", "defeat", "race", "primary", "nomination", "victory"}
INFO_TYPES = {EventType.RETREAT, EventType.AID, EventType.MOBILIZE}
GATHER_MODES = {"multilateral"}
# gatherings of actors: what "attended" needs as object to be a meeting
GATHERINGS = {
    "meeting",
    "summit",
    "conference",
    "session",
    "talks",
    "forum",
    "ceremony",
    "inauguration",
    "swearing",
    "coronation",
    "funeral",
    "parade",
    "assembly",
    "gathering",
    "congress",
    "convention",
    "dialogue",
    "round",
    "event",
    "celebration",
    "commemoration",
    "exercise",
    "drill",
    "negotiation",
    "consultation",
    "ministerial",
    "dinner",
    "reception",
    "briefing",
    "hearing",
}
LOCATIVE = {"at", "in", "inside", "near", "outside"}
PRONOUN_OBJECTS = {"it", "this", "that", "them", "these", "those"}
# verbs of backing that, with a that-clause, acknowledge a fact: "allies who recognize that a
# compliance-for-compliance outcome ..."
ACKNOWLEDGE = {"recognize", "recognise", "acknowledge"}
# what is asked when nothing is requested: "ask your questions"
QUESTIONS = {"question", "query"}
# event nouns that name a setting free: with nothing and no one said to be freed, a software or
# product release, an animals' release, a show
FREEING_NOUNS = {"release"}
# public goods a government backs with no one named: "supported education and healthcare",
# "support resilience and development" (backing an actor's steps or efforts stays SUPPORT)
PUBLIC_GOODS = {
    "education",
    "healthcare",
    "health",
    "farming",
    "agriculture",
    "resilience",
    "development",
    "stability",
    "growth",
    "prosperity",
    "innovation",
    "research",
    "infrastructure",
    "connectivity",
}
# people and groups of culture and sport: what they do together is no politics (GUIDELINES §1,
# §11: "the band collaborated with a Kenyan choir", athletes, artists)
CULTURE_PEOPLE = {
    "choir",
    "band",
    "orchestra",
    "singer",
    "songwriter",
    "rapper",
    "musician",
    "composer",
    "artist",
    "actor",
    "actress",
    "filmmaker",
    "dancer",
    "poet",
    "novelist",
    "comedian",
    "athlete",
    "footballer",
    "cricketer",
}  # not "team" or "player": "the U.S. team met Iranian negotiators", "a regional player"

# verbs that name or describe their object ("called the deal \"lousy\"")
NAMING_VERBS = {"call", "label", "brand", "dub", "term"}
# verbs of backing whose object names who or what is backed
BACKING_VERBS = {"support", "back", "endorse", "champion"}
# small words inside a title ("Strategy to Anticipate, Prevent, and Respond to Atrocities")
TITLE_JOINERS = {"to", "of", "and", "for", "the", "on", "in", ",", "-", "&"}
# an object predicate of value ('froze assets worth billions') names no one
VALUE_WORDS = {"worth"}
# an object predicate of the state the act leaves its victim in ('shot him dead', 'beat him
# unconscious') is the act's result, not a naming
RESULT_STATES = {"dead", "unconscious", "senseless", "lifeless", "injured", "wounded", "blind"}
