"""review45: actors55's one-word person evidence and review43's narrowing on political news. A body that answers a
person ("criticised his speech", "responded to his demands") is no person when a person or an office was named in the
sentences before, also two sentences before; each text through the real parse (`typed` of tests/actors/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The president spoke on Monday. The speech lasted an hour. Naftogaz criticised his speech on Tuesday. "
        "Naftogaz said gas prices would rise.",
        "The president spoke on Monday. The speech lasted an hour. Naftogaz responded to his demands on Tuesday. "
        "Naftogaz said gas prices would rise.",
    ],
)
def test_a_body_answering_a_person_named_two_sentences_before_is_no_person(typed, text):
    assert typed(text)["Naftogaz"] == ("organisation", "ner-label")
