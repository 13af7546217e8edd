"""Cities where states meet on neutral ground: the seats of international bodies (the UN in
Geneva, Vienna and New York, the EU and NATO in Brussels, the courts in The Hague, the Council of
Europe in Strasbourg). Talks held there are other states' talks: "prepared to return to Vienna to
resume negotiations", "meets our partners in Geneva" name where, not with whom (GUIDELINES §4: "a
conference in Geneva does not make CHE a side"; §14: a place is a side only when named as host).
A visit to another capital stays a visit to its country ("travelled to Beijing")."""

from __future__ import annotations

from spacy.tokens import Span

# the seats of the UN, its agencies, the EU, NATO, the OSCE, the OPCW and the world courts
SEAT_CITIES = frozenset(
    {"geneva", "vienna", "new york", "new york city", "brussels", "the hague", "strasbourg"}
)


def seat_city(span: Span, material: bool = False) -> bool:
    """Is the place mention a seat city ("in Vienna") where talks or words are only held? A
    material act there (an attack in Vienna) is done to the place's own country."""
    words = span.text.lower().strip()
    return not material and (words in SEAT_CITIES or words.removeprefix("the ") in SEAT_CITIES)
