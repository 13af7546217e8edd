"""A nationality said once for a coordination: in "American diplomats and service members" the
adjective on the first noun is the country of the nouns joined to it that name none of their own,
before any place of the sentence ("... service members in Iraq" are American, not Iraqi)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because
from eventcoder.events.scene import Scene

# people words too loose to share a modifier: "Russian troops and civilians" may be anyone's
# civilians, so only officials and forces share one
SHARING_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}


def shared_country(scene: Scene, span: Span, info: ActorInfo) -> ActorInfo | None:
    """The country a sector noun with none of its own takes from the first noun of its
    coordination, when a country word modifies that noun ("American diplomats and service
    members")."""
    if info.kind is not ActorKind.NOUN or info.country or info.sector not in SHARING_SECTORS:
        return None
    root = span.root
    if root.dep_ != "conj":
        return None
    first = scene.mention_at.get(root.head.i)
    if first is None or first.root.i != root.head.i:
        return None
    other = first._.actors[0]
    if other.sector not in SHARING_SECTORS or not other.country:
        return None
    if other.how.rule is not Rule.PLUS_COUNTRY or len(other.how.args) < 2:
        return None
    how = because(Rule.PLUS_COUNTRY, info.how, other.how.args[1])
    return replace(info, country=other.country, how=how)
