"""narr28 (session 50): review54's findings 4, 8 and 9 on narr26's pronoun rules. `lone-person` does not read the owner
of a person someone has as the one person a later "he" / "she" means ("Mr Blair's spokesman briefed reporters. He
attacked ...": the spokesman may be "he"; `owned_person_nouns`, singular only); `speaker_pronouns` reads person or body
off a vote over the actor's mentions in the article, not its first mention, and finds the claims holding a pronoun by a
bisect (config/eval/README.md "narr28")."""

from __future__ import annotations

import random

from narrative_pipeline.narratives import roles
from narratives_support import PLOVER, analyse, rows


def _agents(found, action: str) -> list:
    return [s.agent_actor_id for s in found if s.action_text == action]


# finding 4: what the rule changes


def test_the_owner_of_a_lawyer_is_not_the_he_after_it(statements):
    found = statements(
        "Tony Blair's lawyer spoke to reporters on Monday. He attacked the Conservatives over their tax plans."
    )
    assert "tony_blair" not in _agents(found, "attacked"), rows(found)


def test_the_owner_of_a_son_is_not_the_he_after_it(statements):
    found = statements("Michael Howard's son spoke to reporters on Monday. He attacked Labour over its tax plans.")
    assert "michael_howard" not in _agents(found, "attacked"), rows(found)


# finding 4: what it must leave alone


def test_the_owner_of_a_thing_is_still_the_he_after_it(statements):
    found = statements(
        "Tony Blair's speech was praised by reporters on Monday. He attacked the Conservatives over their tax plans."
    )
    assert _agents(found, "attacked") == ["tony_blair"], rows(found)


def test_the_owner_of_plural_aides_is_still_the_he_after_them(statements):
    found = statements(
        "Tony Blair's aides spoke to reporters on Monday. He attacked the Conservatives over their tax plans."
    )
    assert _agents(found, "attacked") == ["tony_blair"], rows(found)


def test_a_person_named_as_the_subject_is_still_the_he_after_it(statements):
    found = statements("Tony Blair spoke to reporters on Monday. He attacked the Conservatives over their tax plans.")
    assert _agents(found, "attacked") == ["tony_blair"], rows(found)


def test_the_owned_person_nouns_are_read_from_the_lexicon():
    owned = PLOVER.owned.blocking("male")  # narr31: split by gender ("spokesman", "son": male)
    assert {"spokesman", "lawyer", "agent", "son"} <= owned
    assert "aides" not in PLOVER.owned.blocking(None)  # the singular only: a plural is no rival for "he"


# finding 8: person or body by a vote over the article's mentions

QUOTED_I = (
    'Tony Blair visited Leeds. Mr Blair spoke at a school. "I will attack Michael Howard over his record on crime," '
    "Tony Blair said on Monday."
)


def _speakers(parse, registry, body: str, retype: dict[int, str]):
    """speaker_pronouns with the k-th mention of tony_blair given another actor_type (as a corpus vote upstream can)."""
    article, mentions, claims, _ = analyse(parse, registry, body)
    blair = [m for m in sorted(mentions, key=lambda m: m.start) if m.actor_id == "tony_blair"]
    assert len(blair) == 3, [(m.text, m.actor_id) for m in mentions]
    changed = {blair[k].mention_id: kind for k, kind in retype.items()}
    mentions = [
        m.model_copy(update={"actor_type": changed[m.mention_id]}) if m.mention_id in changed else m for m in mentions
    ]
    found = roles.speaker_pronouns(
        article,
        mentions,
        claims,
        PLOVER.speaker_pronouns,
        PLOVER.speaker_group_pronouns,
        roles.quoted_tokens(article),
        PLOVER.speech_verbs,
    )
    return {article.tokens[i].text: f.actor_id for i, f in found.items()}


def test_a_person_whose_first_mention_is_typed_otherwise_is_still_the_quoted_i(parse, registry):
    assert _speakers(parse, registry, QUOTED_I, {0: "organisation"}) == {"I": "tony_blair"}


def test_an_actor_most_of_whose_mentions_are_no_person_is_no_quoted_i(parse, registry):
    assert _speakers(parse, registry, QUOTED_I, {1: "organisation", 2: "organisation"}) == {}


def test_the_article_vote_takes_the_majority_not_the_first_mention():
    """Person or body by the article's vote (`roles.article_types`, which narr28's own vote was folded into at the
    merge with actors71), not the first mention's type."""

    def mention(k: int, kind: str):
        return roles.MentionRecord.model_construct(
            mention_id=f"m{k}", actor_id="a", actor_type=kind, type_rule="ner-label", start=k, end=k + 1
        )

    assert (
        roles.article_types([mention(0, "organisation"), mention(1, "person"), mention(2, "person")])["a"] == "person"
    )
    assert (
        roles.article_types([mention(0, "person"), mention(1, "organisation"), mention(2, "organisation")])["a"]
        == "organisation"
    )


# finding 9: the claims that hold an offset, by a bisect


def test_claims_at_an_offset_are_those_a_scan_finds():
    rng = random.Random(20262006)
    for _ in range(200):
        claims = []
        for k in range(rng.randint(0, 12)):
            start = rng.randint(0, 80)
            claims.append(
                roles.ClaimRecord.model_construct(claim_id=f"c{k}", start=start, end=start + rng.randint(1, 30))
            )
        at = roles._ClaimsAt(claims)
        for offset in range(0, 115):
            want = {c.claim_id for c in claims if c.start <= offset < c.end}
            assert {c.claim_id for c in at.at(offset)} == want, (offset, [(c.start, c.end) for c in claims])


# the narratives leftovers: a hyphenated verb whose last part the tagger made the verb


def test_a_verb_after_a_glued_prefix_is_spanned_and_lemmatised_whole(statements):
    found = statements(
        "Tokumasu added that the 2002 football World Cup, co-hosted by Japan and South Korea, had been a huge success."
    )
    hosted = [s for s in found if "hosted" in s.action_text]
    assert hosted and {(s.action_text, s.action_lemma) for s in hosted} == {("co-hosted", "co-host")}, rows(found)


def test_a_glued_word_that_is_no_listed_prefix_is_left(statements):
    found = statements("Officials said the US-funded radio station Radio Farda attacked Iran's government.")
    assert all(not s.action_text.startswith("US-") for s in found), rows(found)


def test_a_verb_after_a_glued_prefix_is_classed_by_the_whole_word(statements):
    found = statements("Marsh has said it is co-operating fully with the SEC in its inquiry.")
    hits = [s for s in found if "operating" in s.action_text]
    assert [(s.action_text, s.action_class) for s in hits] == [("co-operating", "COOPERATE")], rows(found)


def test_the_two_parts_of_a_hyphenated_verb_give_one_row(statements):
    found = statements("Actor Michael Douglas said he is to co-produce and star in an adventure film.")
    assert [s.action_text for s in found if "produce" in s.action_text] == ["co-produce"], rows(found)
