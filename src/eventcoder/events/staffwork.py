"""Support given inside one administration: "he will be supported by the Deputy Chief
Sustainability Officer", "the effort he made to support the U.S. Mission", "supporting the creation
of a Chief Diversity Officer at the State Department".

Staff backing their office, an office backing its staff, and a government creating or staffing
its own posts are internal administration (GUIDELINES §1, §11), not SUPPORT of one political actor
for another. The recipients are a closed class of posts and offices of a state's own service;
backing between a government and its forces, its rebels or its people ("congratulated the armed
forces") keeps its event.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.process import actor_root, within_one_state
from eventcoder.records import Event, EventType

# the posts, offices and staff of a state's own service
POSTS = {"officer", "mission", "embassy", "consulate", "staff", "employee", "personnel"}
POSTS |= {"bureau", "post", "position", "secretariat", "workforce"}


def _post(tok: Token, root: Token | None) -> bool:
    return root is not None and root.lemma_.lower() in POSTS and root.pos_ in {"NOUN", "PROPN"}


def staff_support(ev: Event, tok: Token) -> str | None:
    """SUPPORT at home with a post or office of the state's own service on one side: staff
    work inside one administration, no second political side."""
    if ev.type is not EventType.SUPPORT or not ev.source or not ev.target:
        return None
    if not within_one_state(ev):
        return None
    for a in (*ev.source, *ev.target):
        root = actor_root(tok, a)
        if _post(tok, root):
            return f"support given to or by {a.span.text!r}, a post of the state's own service"
    return None
