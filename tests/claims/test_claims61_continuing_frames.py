"""claims61 (issue 12, claims.rules.v84): "He went on:", "Pound continued:" before a colon is a reporting frame.

A continuing verb (lexicon `continuing_verbs`: "go on", "proceed", "continue") whose particles end right before a colon
goes on with its subject's words, as "She added:" does (`sources.continuing_colon`, read by `frame_kind` and
`reporting`); the frame's particle counts as the frame (`only_frame`), so a lead-in "She went on:" that the parse makes
a unit of its own is no claim of its own. Counted on every label set first (silver, s9, s14, s16, s17, s24, s46, the
web and opinion checks, the dev golds): 5 labelled claims open with such a frame before a quotation ("She went on:",
"He went on:", "It continued:", "Pound continued:", "The Man Utd boss continued:"), all 5 the frame's subject's
(actor, reported); none the author's or an earlier speaker's. Before, the claimer came from the last speaker or the
classifier (m48-bbc: "Pound continued:" -> Jones, "Moyes continued:" -> the club website, "He went on:" -> Lord
Falconer) and "She went on:" was a claim row of its own.
"""

from __future__ import annotations

FALCONER = (
    'Launching the plan, Lord Falconer said: "One of the top priorities will be a better deal for victims." '
    '"Courts and police are all working together." He went on: "Giving evidence is a nerve-wracking '
    'experience, especially when you are a victim."'
)


def claim_with(claims_of, body, words):
    claims, _ = claims_of(body)
    return next(c for c in claims if words in c.text)


def test_went_on_before_a_quotation_the_parser_makes_the_root_of(claims_of):
    """The s46 unit: the parser hangs "He went on" on the quotation's "is" as a complement."""
    c = claim_with(claims_of, FALCONER, "nerve-wracking")
    assert (c.claimer_kind, c.claimer_text) == ("actor", "He"), (c.claimer_rule, c.text)
    assert c.certainty == "reported"


def test_went_on_split_from_its_quotation_is_one_claim(claims_of):
    claims, _ = claims_of('The minister spoke to reporters on Monday. She went on: "We will not give up on this."')
    assert [c.text for c in claims][-1] == 'She went on: "We will not give up on this."', [c.text for c in claims]
    c = claims[-1]
    assert (c.claimer_kind, c.claimer_text, c.claimer_rule) == ("actor", "She", "reporting-verb")
    assert c.claim_type == "prediction"


def test_the_lead_in_went_on_is_no_claim_of_its_own(claims_of):
    claims, _ = claims_of(FALCONER)
    assert not any(c.text.strip() == "He went on:" for c in claims), [c.text for c in claims]


def test_continued_before_a_quotation_is_its_subject_s(claims_of):
    body = (
        'Jones had tested positive, the federation said. Pound continued: "If she has indeed taken drugs it is going '
        'to be a big disappointment for a lot of people."'
    )
    c = claim_with(claims_of, body, "big disappointment")
    assert (c.claimer_kind, c.claimer_text, c.claimer_rule) == ("actor", "Pound", "reporting-verb")


def test_a_statement_that_continued_is_its_claimer(claims_of):
    c = claim_with(
        claims_of,
        'The statement continued: "Both athletes\' cases will be referred to arbitration before the CAS."',
        "arbitration",
    )
    assert (c.claimer_kind, c.claimer_text) == ("actor", "statement"), c.claimer_rule


def test_went_on_without_a_colon_reports_nothing(claims_of):
    c = claim_with(claims_of, "The match went on for three hours.", "three hours")
    assert c.claimer_kind == "author", c.claimer_rule


def test_talks_that_continued_before_a_colon_are_no_speaker(claims_of):
    c = claim_with(claims_of, "Talks continued: the parties met again on Monday.", "met again")
    assert c.claimer_kind == "author", c.claimer_rule
