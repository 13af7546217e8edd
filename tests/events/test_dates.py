"""Time expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.events.dates import resolve_text

PUB = date(2021, 11, 15)  # a Monday


@pytest.mark.parametrize(
    ("text", "future", "want", "precision"),
    [
        ("December 6", True, date(2021, 12, 6), "day"),
        ("on December 6", True, date(2021, 12, 6), "day"),
        ("6 December", True, date(2021, 12, 6), "day"),
        ("December 6, 2019", False, date(2019, 12, 6), "day"),
        ("November 2", False, date(2021, 11, 2), "day"),
        ("January 10", True, date(2022, 1, 10), "day"),
        ("December 20", False, date(2020, 12, 20), "day"),
        ("yesterday", False, date(2021, 11, 14), "day"),
        ("today", False, PUB, "day"),
        ("tomorrow", True, date(2021, 11, 16), "day"),
        ("Tuesday", False, date(2021, 11, 9), "day"),
        ("Friday", False, date(2021, 11, 12), "day"),
        ("Friday", True, date(2021, 11, 19), "day"),
        ("last week", False, date(2021, 11, 8), "week"),
        ("last week’s", False, date(2021, 11, 8), "week"),
        ("next week", True, date(2021, 11, 22), "week"),
        ("earlier this month", False, date(2021, 11, 1), "month"),
        ("last month", False, date(2021, 10, 1), "month"),
        ("next month", True, date(2021, 12, 1), "month"),
        ("in 1988", False, date(1988, 1, 1), "year"),
        ("2018", False, date(2018, 1, 1), "year"),
        ("March 2019", False, date(2019, 3, 1), "month"),
        ("last year", False, date(2020, 1, 1), "year"),
        ("in March", False, date(2021, 3, 1), "month"),
        ("three days ago", False, date(2021, 11, 12), "day"),
        ("2021-10-03", False, date(2021, 10, 3), "day"),
        ("late last week", False, date(2021, 11, 8), "week"),
        ("early next month", True, date(2021, 12, 1), "month"),
        ("Friday afternoon", False, date(2021, 11, 12), "day"),
        ("Monday", False, PUB, "day"),
        ("Monday", True, date(2021, 11, 22), "day"),
        ("last Monday", False, date(2021, 11, 8), "day"),
        ("over the weekend", False, date(2021, 11, 13), "week"),
        ("last weekend", False, date(2021, 11, 13), "week"),
        ("this weekend", True, date(2021, 11, 20), "week"),
        ("next weekend", False, date(2021, 11, 20), "week"),
    ],
)
def test_dates_resolve_relative_to_publication(text, future, want, precision):
    got = resolve_text(text, PUB, future)
    assert got is not None
    assert (got.date, got.precision) == (want, precision)


@pytest.mark.parametrize(
    ("text", "first", "until"),
    [
        ("from 2013 to 2019", date(2013, 1, 1), date(2019, 12, 31)),
        ("between 2010 and 2015", date(2010, 1, 1), date(2015, 12, 31)),
        ("2004-2008", date(2004, 1, 1), date(2008, 12, 31)),
    ],
)
def test_dates_a_span_of_years_ends_with_its_last_year(text, first, until):
    got = resolve_text(text, PUB)
    assert got is not None and (got.date, got.until, got.last) == (first, until, until)


def test_dates_a_span_ending_within_the_year_is_not_over():
    got = resolve_text("from 2018 to 2021", PUB)
    assert got is not None and got.last == date(2021, 12, 31)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # a decade is the span of its years (GUIDELINES §5: "in the 1990s" is historical)
        ("the 1990s", date(1990, 1, 1), date(1999, 12, 31)),
        ("in the early 2000s", date(2000, 1, 1), date(2009, 12, 31)),
        # "ago" with a vague or bounded count is taken at its least
        ("decades ago", date(2001, 11, 16), date(2001, 11, 16)),
        ("more than 40 years ago", date(1981, 11, 25), date(1981, 11, 25)),
        ("70-plus years ago", date(1951, 12, 3), date(1951, 12, 3)),
        ("a decade ago", date(2011, 11, 16), date(2011, 11, 16)),
    ],
)
def test_dates_decades_and_years_ago(text, first, last):
    got = resolve_text(text, PUB)
    assert got is not None and got.date == first and got.last == last


@pytest.mark.parametrize("text", ["recently", "soon", "some time", "40", "ago"])
def test_dates_refuse_rather_than_guess(text):
    assert resolve_text(text, PUB) is None


def test_dates_relative_without_publication_date_stay_unresolved():
    assert resolve_text("last week", None) is None
    assert resolve_text("December 6, 2019", None).date == date(2019, 12, 6)


def test_dates_the_weekend_said_on_a_sunday_is_the_one_under_way():
    sunday = date(2021, 11, 21)
    assert resolve_text("over the weekend", sunday).date == date(2021, 11, 20)
    assert resolve_text("last weekend", sunday).date == date(2021, 11, 13)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "want", "modality"),
    [
        # a month that names a noun event has no tense: the nearer one is meant
        (
            "President Biden's July trip to Saudi Arabia was announced today.",
            date(2022, 7, 1),
            "future",
        ),
        ("Biden's March visit to Poland drew large crowds.", date(2022, 3, 1), "asserted"),
    ],
)
def test_dates_a_month_naming_a_noun_event_is_the_nearer_one(coder, sentence, want, modality):
    events = coder.code(sentence, date="2022-06-14")
    assert events and (events[0].date, events[0].modality.value) == (want, modality)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # the event noun is the subject of a verb of happening: the verb's date is its own
        (
            "Opposition protests ended on March 3, 2011, after a police crackdown by Egyptian "
            "security forces.",
            "protests",
        ),
        # an event noun inside "during" happened when its verb did
        (
            "The two ministers discussed trade in May 2016 during the visit of Japan's "
            "foreign minister to Canberra.",
            "visit",
        ),
    ],
)
def test_dates_an_event_noun_takes_the_date_of_its_host_verb(coder, sentence, trigger):
    events = [e for e in coder.code(sentence, date="2022-06-14") if e.trigger.text == trigger]
    assert events and events[0].modality.value == "historical"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a clause on a date happened at that date
        ("Since 2014, when Russia annexed Crimea, Ukraine has sought NATO membership.", "annexed"),
        # a "when" clause happened at its main clause's time
        (
            "In 2004, when India and Japan collaborated on tsunami relief, the group was born.",
            "collaborated",
        ),
        # a span of years that ended long before publication
        ("Between 2010 and 2015, Israel carried out dozens of air strikes on Syria.", "strikes"),
        # an act during a dated event happened then
        ("Police arrested hundreds of students during the 2019 protests in Hong Kong.", "arrested"),
    ],
)
def test_dates_a_clause_dated_by_where_it_hangs_is_historical(coder, sentence, trigger):
    events = [e for e in coder.code(sentence, date="2021-11-15") if e.trigger.text == trigger]
    assert events and events[0].modality.value == "historical"


@pytest.mark.slow
def test_dates_a_when_clause_with_an_undated_main_clause_keeps_its_modality(coder):
    events = coder.code("When Russia annexed Crimea, Ukraine protested.", date="2021-11-15")
    assert all(e.modality.value != "historical" for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a "when" clause right after a date's comma happened at that date
        (
            "Since 2004, when India and Japan collaborated in response to the Indian Ocean"
            " tsunami, the Quad partners have continued to respond quickly to natural disasters.",
            "collaborated",
        ),
        # a day and month without a year follow the full date just before them
        (
            "The Zimbabwean army seized power on November 15, 2017. President Robert Mugabe"
            " resigned under pressure from the army on November 21.",
            "resigned",
        ),
    ],
)
def test_dates_a_clause_dated_by_the_date_before_it_is_historical(coder, sentence, trigger):
    events = [e for e in coder.code(sentence, date="2021-11-15") if e.trigger.text == trigger]
    assert events and events[0].modality.value == "historical"


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Russian troops shelled Grozny in the 1990s.",
        "Britain expelled Soviet diplomats decades ago.",
        "Egypt and Israel signed a peace treaty more than 40 years ago.",
    ],
)
def test_dates_a_decade_or_years_ago_make_the_act_historical(coder, sentence):
    events = coder.code(sentence, date="2022-06-14")
    assert events and events[0].modality.value == "historical"


@pytest.mark.slow
def test_dates_a_participle_clause_dates_its_own_verb_not_the_clause_above(coder):
    # "accused in 2015": the year is the accusation's, not the expulsion's
    sentence = "Russia expelled British diplomats accused in 2015 of spying."
    events = [e for e in coder.code(sentence, date="2022-06-14") if e.trigger.text == "expelled"]
    assert events and events[0].modality.value == "asserted"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a year inside a clause under a preposition dates that clause, not the main verb
        (
            "Despite pardoning the reporter in 2019, the Egyptian government still refuses to"
            " release the Canadian journalist.",
            "refuses",
        ),
        (
            "After expelling the Kenyan envoy in 2018, Uganda on Monday accused Kenya of"
            " arming the rebels.",
            "accused",
        ),
    ],
)
def test_dates_a_year_in_a_prepositional_clause_does_not_date_the_main_verb(
    coder, sentence, trigger
):
    events = [e for e in coder.code(sentence, date="2022-06-14") if e.trigger.text == trigger]
    assert events and events[0].modality.value == "asserted"


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        # a deadline still to come bounds what is asked; it dates neither the call nor the act
        "The African Union calls for elections in Chad before October 2022.",
        # a year in brackets after a name is part of the name
        "Norway called on Libya to hold elections, as set out in resolution 2570 (2019).",
    ],
)
def test_dates_deadlines_and_bracketed_years_do_not_date_the_act(coder, sentence):
    events = [
        e for e in coder.code(sentence, date="2021-06-01") if e.trigger.text in {"calls", "called"}
    ]
    assert events and events[0].modality.value == "asserted"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "pub", "modality"),
    [
        # an earlier year the sentence names, months before publication: historical (§5)
        (
            "In November 2021, Russia massed troops on the border with Ukraine.",
            "2022-03-10",
            "historical",
        ),
        # the same news cycle (days to a few weeks) stays asserted
        (
            "On December 30, 2021, Russia massed troops on the border with Ukraine.",
            "2022-01-10",
            "asserted",
        ),
    ],
)
def test_dates_an_earlier_year_named_outside_the_news_cycle_is_historical(
    coder, sentence, pub, modality
):
    events = [e for e in coder.code(sentence, date=pub) if e.trigger.text == "massed"]
    assert events and events[0].modality.value == modality


@pytest.mark.slow
def test_dates_a_perfect_participle_shares_the_date_of_its_past_verb(coder):
    sentence = (
        "After Mugabe fired his deputy, the army moved on November 15, 2017, having first placed"
        " Mugabe under house arrest."
    )
    events = [e for e in coder.code(sentence, date="2019-09-09") if e.trigger.text == "placed"]
    assert events and events[0].modality.value == "historical"


@pytest.mark.parametrize(
    "text", ["in the coming days", "the coming weeks", "in the weeks ahead", "in a few days"]
)
def test_dates_a_stretch_from_now_on_is_ahead(text):
    found = resolve_text(text, PUB)
    assert found is not None and found.date > PUB and found.precision == "week"


@pytest.mark.parametrize("text", ["the next few days", "the following weeks"])
def test_dates_a_stretch_that_may_narrate_a_past_is_not_resolved(text):
    assert resolve_text(text, PUB) is None


@pytest.mark.slow
def test_dates_a_date_between_a_determiner_and_a_noun_dates_the_noun(coder):
    # "building on the productive September 2021 dialogue": the dialogue's date, not the talks'
    sentence = (
        "Blinken and the Moroccan Foreign Minister also discussed the importance of"
        " protecting human rights, building on the productive September 2021 U.S.-Morocco"
        " dialogue on human rights."
    )
    events = [e for e in coder.code(sentence, date="2022-03-08") if e.trigger.text == "discussed"]
    assert events and events[0].modality.value == "asserted"


def test_dates_a_stretch_since_an_earlier_year_is_not_long_past():
    from eventcoder.events.dates import long_past

    since = resolve_text("since July 2021", None)
    assert since is not None and not long_past(since, date(2022, 6, 16))
    within = resolve_text("in July 2021", None)
    assert within is not None and long_past(within, date(2022, 6, 16))
