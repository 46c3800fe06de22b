"""review18c: a fresh-eyes review of claims24's attribution and certainty rules (claims.rules.v28). Each strict xfail is a
sentence the rules still get wrong; the plain tests pin what was checked and found sound."""

from __future__ import annotations

import pytest


# fixed (claims26): a fear's "could" hedged the claim only when the stance adjective was the claim's own cue
# (fear_adjectives); with a frame that closes the sentence the same fear was only reported (ANNOTATION: reported and
# hedged is hedged)
def test_a_fear_under_a_closing_frame_is_hedged(one):
    claim = one("Officials are worried that the fighting could spread, the UN said.")
    assert (claim.claimer_kind, claim.certainty) == ("actor", "hedged")


def test_a_fear_without_a_frame_is_hedged(one):
    claim = one("Officials are worried that the fighting could spread.")
    assert (claim.claimer_kind, claim.certainty) == ("actor", "hedged")


# fixed (claims26): "according to X" whose X was no source noun, registered actor or evidence noun framed nothing
# (bbc politics/blair-and-brown-feud, entertainment/uk-film-production: the author's before)
@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "But the prime minister changed his mind following intervention from allies in the Cabinet, according to "
            "the book.",
            "the book",
        ),
        (
            "Twenty-seven British films were made in the UK last year following a drop in funding, compared with 45 in "
            "2003, according to the trade weekly.",
            "the trade weekly",
        ),
    ],
)
def test_according_to_a_non_source_noun_reports(one, body, source):
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_text, claim.certainty) == ("actor", source, "reported")


# fixed (claims26): the parser tags the name "May" of "May wrote" as a modal (AUX, inside a DATE): the frame had no
# subject, so the quotation was the author's (bbc entertainment/queen-recruit-singer-for-tour); tail-frame now reads a
# capitalised modal after a quotation's closing mark as the name
def test_a_quotation_framed_by_may_wrote_is_mays(claims_of):
    claims, _ = claims_of(
        "Guitarist Brian May has said he expects to be on the road with Rodgers and drummer Roger Taylor from April.\n\n"
        '"The show went so incredibly well from our point of view, and we got so many rave reactions from out there, we '
        'decided almost then and there that we would look at a tour together," May wrote.'
    )
    assert claims[-1].claimer_kind == "actor"
    assert claims[-1].certainty == "reported"


# checked and sound: a quotation's state with unbalanced, scare and title quotes, and a quotation closed in a later
# paragraph
@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        # an opening mark the archive never closed: the next sentence's own frame still frames it
        (
            'The rebels said they had killed "dozens of soldiers. The army denied the claim.',
            [("actor", "rebels"), ("actor", "army")],
        ),
        # a scare quote before a quotation over two sentences
        (
            'The minister called the plan "unworkable". "It will not survive. It is dead," the opposition leader said.',
            [("actor", "minister"), ("actor", "opposition leader"), ("actor", "opposition leader")],
        ),
        # a title in quotes, then a quotation closed by its frame
        (
            'The film "Hotel Rwanda" was shown. "It is a powerful film," the director said.',
            [("author", None), ("actor", "director")],
        ),
        # a quotation whose paragraph break the next paragraph's opening mark carries on
        (
            '"We will not give up.\n\n"We will fight on until the end," a Hamas spokesman said.',
            [("actor", "Hamas spokesman"), ("actor", "Hamas spokesman")],
        ),
        # a quotation left open at a paragraph's end, then narration: the narration is not quoted
        (
            'He said: "We will not give up.\n\nThe army said 20 militants were killed.',
            [("actor", "He"), ("actor", "army")],
        ),
    ],
)
def test_quotation_state_edge_cases(claims_of, body, kinds):
    claims, _ = claims_of(body)
    assert [(c.claimer_kind, c.claimer_text) for c in claims] == kinds


# checked and sound: hedges in names and the names that are no hedge words
@pytest.mark.parametrize(
    ("body", "certainty"),
    [
        ("Ms May may stand down next year.", "hedged"),
        ("The May Day rally may be banned, police said.", "hedged"),
        ("Will Young said the album would be released in June.", "reported"),
        ("Officials in Hope, Arkansas, said the storm might reach the town on Sunday.", "hedged"),
        ("Rebels are understood to have seized the town, the ministry said.", "hedged"),
    ],
)
def test_names_and_hedges(one, body, certainty):
    assert one(body).certainty == certainty


# checked and sound: "in what X called" with a frame of its own, and a true relative clause on "in an interview"
def test_in_what_x_called_before_a_frame_of_its_own(one):
    claim = one("In what he called a historic deal, the minister said both sides had agreed to a ceasefire.")
    assert (claim.claimer_kind, claim.claimer_text) == ("actor", "minister")


def test_an_interview_with_a_relative_clause_then_the_content(one):
    claim = one("He told the BBC in an interview that he gave last week that the troops would stay.")
    assert (claim.claimer_kind, claim.claimer_text) == ("actor", "He")


# fixed (claims26): "what X says is Y" inside a prepositional phrase: X's words are the free relative, the main clause
# is the author's (as claims24's what_aside decides for "in what X called Y"); what_aside left out every verb with a
# clause of its own, so the main clause went to X; now a clause whose subject is the "what" is an aside too
@pytest.mark.parametrize(
    "body",
    [
        # bbc politics/uk-set-to-cut-back-on-embassies (the main clause: the Foreign Office's act, the author's)
        "It has opened major new missions on Baghdad and Basra in Iraq, Kabul in Afghanistan and Pyongyang in North "
        "Korea since 1997 in response to what the government says are changing needs.",
        "The jets bombed rebel positions in what the ministry said was a retaliatory strike.",
    ],
)
def test_what_x_says_is_y_after_the_clause_leaves_it_the_authors(one, body):
    assert one(body).claimer_kind == "author"


def test_what_x_said_was_y_fronted_leaves_the_clause_the_authors(one):
    assert (
        one("In what the ministry said was a retaliatory strike, jets bombed rebel positions.").claimer_kind == "author"
    )
