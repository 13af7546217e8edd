"""International and national bodies news names as actors (organisations_bodies.yaml): each
class resolves in running text to its country and sector, and short forms that are other
names or ordinary words are left unresolved."""

from __future__ import annotations

import pytest

from eventcoder.actors.dictionary import load_dictionary


def _sides(coder, text):
    doc = coder.nlp(text)
    return {m.text: (m._.actors[0].country, m._.actors[0].sector) for m in doc.spans["actors"]}


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # multilateral funds and the World Bank's parts
        (
            "Canada pledged $200 million to the Global Environment Facility on Monday.",
            "Global Environment Facility",
            ("IGO", None),
        ),
        ("Japan will provide $3 million to GGFR next year.", "GGFR", ("IGO", None)),
        ("The Green Climate Fund approved a grant to Fiji.", "Green Climate Fund", ("IGO", None)),
        # treaty bodies and regional organs
        (
            "The Human Rights Committee urged Belarus to free the lawyers.",
            "Human Rights Committee",
            ("IGO", None),
        ),
        ("Africa CDC sent experts to Uganda.", "Africa CDC", ("IGO", None)),
        ("Eurojust helped Dutch prosecutors seize the servers.", "Eurojust", ("IGO", None)),
        # a state's space agency, prisons and electoral commission, named without its country
        ("ISRO launched a satellite for Singapore.", "ISRO", ("IND", "GOV")),
        ("Roscosmos ended its cooperation with Germany.", "Roscosmos", ("RUS", "GOV")),
        (
            "The United States imposed sanctions on Saydnaya Military Prison.",
            "Saydnaya Military Prison",
            ("SYR", "MIL"),
        ),
        ("Evin Prison released the French tourist.", "Evin Prison", ("IRN", "COP")),
        ("INEC rejected the opposition's petition.", "INEC", ("NGA", "GOV")),
    ],
)
def test_bodies_resolve_in_text(coder, text, name, side):
    assert _sides(coder, text).get(name) == side


def test_bodies_short_forms_that_are_other_names_are_left_out():
    d = load_dictionary()
    # MENA is also the region, APP an application, ISNA a North American society
    assert not any(d.lookup(s) for s in ("MENA", "APP", "ISNA", "Kari", "FFA"))
    assert d.lookup("Middle East News Agency")
