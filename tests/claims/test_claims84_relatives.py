"""A restrictive relative clause on the noun a copula or 'there is' puts forward is part of its clause's claim, not
a claim beside a remnant (claims84; claims.rules.v115): claims82 read "The Tory leader argued there was a mass of
people" as a unit cut before "whom he says feel let down by Tony Blair"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        '"On the other side, there are people who say we will not be able to achieve these tax cuts," he said.',
        "He will not talk about the breakthrough, although there are those who believe this could be the election.",
        "Michael Howard has no doubt it is the prime minister who, he claims, is ramming the measures through.",
        "It was the International Olympic Committee who said the federation must investigate the affair.",
        "The Tory leader argued there was a mass of people whom he says feel let down by Tony Blair.",
        "Krivorizhstal is one of dozens of firms which he says were sold cheaply to friends of the administration.",
    ],
)
def test_a_relative_clause_on_a_predicated_noun_stays_in_its_unit(claims_of, body):
    claims, _ = claims_of(body)
    texts = [c.text for c in claims]
    assert not any(
        t.rstrip(',." ').endswith(
            (
                "there are people",
                "there are those",
                "the prime minister",
                "International Olympic Committee",
                "a mass of people",
                "dozens of firms",
            )
        )
        for t in texts
    ), texts


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        (
            "Mr Ancram condemned the document, which the Foreign Office says has cost about 2,500 pounds to print.",
            "which the Foreign Office says has cost about 2,500 pounds to print",
        ),
        (
            "The premier was responding to a challenge from Tory leader Michael Howard who said Labour would raise "
            "taxes after the election.",
            "who said Labour would raise taxes after the election",
        ),
    ],
)
def test_a_relative_clause_set_off_or_on_an_object_still_splits(claims_of, body, unit):
    claims, _ = claims_of(body)
    assert any(c.text.rstrip(".") == unit for c in claims), [c.text for c in claims]


def test_those_who_naming_the_speaker_of_a_closing_frame_still_splits(claims_of):
    body = (
        "Such high initial expenses would be coupled with risks that the benefits flagged up by the government would "
        "never be delivered, say those who feel the project should be shunned."
    )
    claims, _ = claims_of(body)
    texts = [c.text for c in claims]
    assert texts[0].startswith("Such high initial expenses") and texts[0].endswith("say those"), texts
