"""review19b: findings of a review of claims26 (claims.rules.v29: attribution and certainty).

A source named inside a quotation ("Some people have said ...", "the Fed would feel ...") is someone the speaker
speaks of: it became the quotation's speaker for the speaker's later words, and claims26's first-person rule
(discourse.quoted_first_person) then gave the speaker's own "I think" / "we" claims to it. Fixed here
(discourse.quoted_source): such a source no longer speaks for the quotation."""

from __future__ import annotations


# bbc politics/howard-dismisses-tory-tax-fears: "people who say ..." inside Mr Howard's quotation took his "I think"
def test_i_think_after_people_who_say_inside_the_quotation_is_the_speakers(claims_of):
    claims, _ = claims_of(
        "Interviewed on BBC Radio 2's Jeremy Vine show, Mr Howard said: \"It is perfectly true that I am being "
        "attacked on one side by people who think we ought to be promising much, much bigger tax cuts and spending "
        'cuts.\n\n"On the other side, there are people who say we won\'t be able to achieve these tax cuts. "I think '
        'we have got it about right."'
    )
    assert (claims[-1].claimer_kind, claims[-1].claimer_text, claims[-1].certainty) == ("actor", "Mr Howard", "hedged")


# bbc sport/moya-emotional-at-davis-cup-win: "Some people have said that I am obsessed but I think ..."
def test_some_people_named_inside_the_quotation_do_not_take_the_speakers_i_think(claims_of):
    claims, _ = claims_of(
        'And Moya, nicknamed Charly, admitted: "The Davis Cup is my dream and I was a bit nervous at the outset. '
        '"Some people have said that I am obsessed but I think that it is better this way."'
    )
    assert [c.claimer_text for c in claims] == ["Moya", "Some people", "Moya"]


# bbc business/us-interest-rate-rise-expected: the analyst's "I think the Fed would ..." is the analyst's
def test_an_institution_spoken_of_in_a_quotation_is_not_its_speaker(claims_of):
    claims, _ = claims_of(
        '"I think the Fed feels it has a fair amount of flexibility," said David Berson, chief economist at Fannie '
        'Mae. "While inflation has moved up, it hasn\'t moved up a lot." "If economic growth should subside... the '
        'Fed would feel it has the flexibility to pause in its tightening. "But if economic growth picked up and '
        "caused core inflation to rise a little more quickly, I think the Fed would be prepared to move more "
        'aggressively."'
    )
    assert (claims[-1].claimer_text, claims[-1].certainty) == ("David Berson", "hedged")


# bbc politics/labour-faces-cold-calls-inquiry: "if they are asking them ..." inside the spokesman's words took both
# the orphan that follows (before claims26 too) and the spokesman's "We always ask ..."
def test_a_pronoun_source_inside_the_quotation_does_not_take_the_speakers_words(claims_of):
    claims, _ = claims_of(
        "Asked about the commissioner's inquiry, a Labour spokesman told BBC News: \"We expect the information "
        "commissioner to take any complaint seriously. However, we are absolutely clear that we haven't broken any "
        'rules. "As the information commissioner himself has said, if people are not marketing something, if they '
        'are asking them which way they are going to vote, they are not in breach of the law. "We always ask everyone '
        'we phone up whether they would be happy to be contacted by the Labour Party again."'
    )
    assert [c.claimer_text for c in claims[-2:]] == ["Labour spokesman", "Labour spokesman"]


# a conflict quotation: the army named inside the commander's words does not speak his next sentence
def test_the_army_named_inside_a_commanders_quotation_does_not_speak_for_him(claims_of):
    claims, _ = claims_of(
        'The rebel commander said: "We are holding the bridge. "The army says it has taken the town, but I think '
        'that is a lie."'
    )
    assert [(c.claimer_text, c.certainty) for c in claims[-2:]] == [("army", "reported"), ("rebel commander", "hedged")]


# fixed (review19b): claims26's quoted_first_person kept an unresolved first-person frame waiting, so it no longer became
# the quotation's speaker: a quotation whose speaker no frame names gave its other sentences to the author, asserted,
# where before they went on with the "I" (actor, reported: kind and certainty right); about 16 claims of the BBC run.
# Now a quotation that closes hands its waiting sentences to its first waiting first-person frame
# (discourse.close_unclaimed; bbc sport/newcastle-2-1-bolton)
def test_an_unresolved_first_person_frame_still_hands_its_quotation_on(claims_of):
    claims, _ = claims_of(
        '- Bolton boss Sam Allardyce "I am bitterly disappointed with the result, but I am probably more disappointed '
        'with the second-half performance. "In the first half we had put them under a lot of pressure, and our goal '
        'matched theirs in quality. "I thought it would lift us and that they might be tired after playing a lot of '
        'games, but unfortunately we were not up for the battle in the second half. "We allowed them to heap too much '
        'pressure on us, and in the end we cracked."'
    )
    later = [c for c in claims if c.text.startswith(('"In the first half', "unfortunately", '"We allowed'))]
    assert [(c.claimer_kind, c.certainty) for c in later] == [("actor", "reported")] * 3
