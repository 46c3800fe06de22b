"""claims87 (claims.rules.v119): a hyphen inside a word ("long-running", "well-known") sets no clause off, so a
restrictive relative clause inside a subject that holds one stays in the subject's unit (claims85's comma guard
counted it as a dash)."""

from __future__ import annotations

import re

import pytest
from narrative_pipeline.parsed import Tok


@pytest.mark.parametrize(
    "body",
    [
        '"His divorce from Diana and the disappointment the country felt over the long-running row opened up a sense of '
        'disillusionment with the prince," said Ros Coward.',
        '"The issue that we think is the most well-known for this election is choice," he said.',
    ],
)
def test_a_hyphen_inside_a_word_keeps_the_subjects_relative_clause(claims_of, body):
    claims, _ = claims_of(body)
    assert [c.text for c in claims] == [body]


def _toks(text: str) -> list[Tok]:
    """Whitespace- and hyphen-split tokens of `text`, all hung on the first (a flat tree is all `sets_off` reads)."""
    toks: list[Tok] = []
    for match in re.finditer(r"[A-Za-z]+|[^\sA-Za-z]", text):
        at = len(toks)
        toks.append(Tok(at, match.start(), match.end(), match.group(), match.group().lower(), "X", "X", "dep", 0, "",
                        "O", False, 0, match.group().lower()))  # fmt: skip
    for tok in toks[1:]:
        tok.head = toks[0]
        toks[0].children.append(tok)
    toks[0].head = toks[0]
    return toks


@pytest.mark.parametrize(
    ("text", "sets"),
    [
        ("the long-running row", False),  # a hyphen inside a word
        ("the long - running row", True),  # a spaced dash
        ("the row -- over it", True),
        ("the row, over it", True),
        ("the row (over it", True),
    ],
)
def test_only_a_mark_between_words_sets_a_clause_off(text, sets):
    from narrative_pipeline.claims.units import sets_off

    toks = _toks(text)
    marks = [t for t in toks if t.text in {"-", ",", "("}]
    assert any(sets_off(t) for t in marks) is sets


@pytest.mark.parametrize(
    ("body", "deed", "report", "claimer"),
    [
        (
            "UK advertising giant WPP has posted larger-than-expected annual profits and predicted that it will "
            "outperform the market in 2005.",
            "UK advertising giant WPP has posted larger-than-expected annual profits",
            "predicted that it will outperform the market in 2005",
            "WPP",
        ),
        (
            "Dutch firm Heineken saw its annual profits drop 33% and warned that earnings in 2005 may also slide.",
            "Dutch firm Heineken saw its annual profits drop 33%",
            "warned that earnings in 2005 may also slide",
            "Heineken",
        ),
        (
            'Dunne is keen to put that period of his life behind him and said: "I\'ve grown up a lot."',
            "Dunne is keen to put that period of his life behind him",
            "said: \"I've grown up a lot",
            "Dunne",
        ),
        (
            "He was advised to exercise judgement to avoid the perception of a conflict and said he had done nothing "
            "wrong.",
            "He was advised to exercise judgement to avoid the perception of a conflict",
            "said he had done nothing wrong",
            "He",
        ),
    ],
)
def test_a_report_joined_to_a_deed_is_the_subjects_claim_of_its_own(claims_of, body, deed, report, claimer):
    claims, _ = claims_of(body)
    by_text = {c.text.strip(' ."'): c for c in claims}
    assert set(by_text) == {deed, report}, list(by_text)
    assert by_text[deed].claimer_kind == "author", by_text[deed]
    assert by_text[report].claimer_kind == "actor" and claimer in (by_text[report].claimer_text or ""), by_text[report]


@pytest.mark.parametrize(
    "body",
    [
        # one speaker's acts: a speech act or a reporting verb before "and said"
        "A Labour party spokesman played down differences with Mr Wyatt and said Mr Brown already had a prominent "
        "campaign role.",
        'The Tory co-chairman attacked Labour\'s six new pledges as "vacuous" and said Mr Blair was very worried.',
        # "but", not "and"; a refusal; a passive report
        "Volkswagen is considering building a factory in China, but said no decision had been made.",
        "The company declined to comment on the report and said it would respond in March.",
        "The company did not make a profit and said it would respond in March.",
        "The outbreak devastated many farms and is estimated to have cost the UK up to 8bn.",
        # the root's passive, a bare infinitive under the root's "had to", an aim by infinitive, a quotation
        "Mr Wass was also given a curfew and told to surrender his passport.",
        "Showing off its skills at the museum, the robot had to select, approach, and ask different children to pick "
        "up a parcel.",
        "Mr Murray is already the club's leading shareholder, holding a 37.6% stake, and now hopes to take full "
        "control of the side.",
        '"Parliament requires television owners to pay a licence fee and says the auditor must be able to scrutinise '
        'how that money is spent," he said.',
    ],
)
def test_other_joined_reports_stay_in_one_unit(claims_of, body):
    claims, _ = claims_of(body)
    assert len(claims) == 1, [c.text for c in claims]


def test_a_report_split_from_a_deed_keeps_the_type_its_labels_give(claims_of):
    claims, _ = claims_of(
        "Mr Smith thanked the board and said he would not stay in charge if he felt unable to contribute."
    )
    said = next(c for c in claims if c.text.startswith("said"))  # s-extra labelled this fragment a prediction
    assert (said.claim_type, said.claimer_kind, said.claimer_text) == ("prediction", "actor", "Mr Smith"), said
    committee = claims_of(
        "The committee picked out the case of a boy who died, and urged ministers to hold an inquiry."
    )
    assert [c.claim_type for c in committee[0]] == ["event", "prescription"], [c.text for c in committee[0]]
