"""review47: session 45's state-body rules (review46's demonym and possessive, actors57's central banks) on political
and conflict reporting written for the review (config/eval/README, review47). Each text through the real parse and the
shipped registry."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import link_article

HEADLINE = "Headline\n\n"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Russian Ministry of Defence released a video of the strike.", "Russian Ministry of Defence"),
        ("Russian Ministry of Defence spokesman Igor Konashenkov said the strikes were precise.",
         "Russian Ministry of Defence"),
        ("The French Ministry of Defence and the British Ministry of Defence issued a joint statement.",
         "French Ministry of Defence"),
    ],
)  # fmt: skip
def test_another_state_s_body_after_its_demonym_keeps_a_mention(mentions, text, body):
    """review46 took the UK's Ministry of Defence off 'the Russian Ministry of Defence', but the demonym stayed the
    state's mention and spaCy's name 'Russian Ministry of Defence' lost to it: the ministry had no mention at all, and
    its claims no actor. The name is now the body's mention, the demonym a word of it."""
    found = mentions(text)
    assert any(s == body and a is not None and a.startswith("disc.") for s, a, _ in found), found
    assert all(a != "ministry_of_defence_uk" for s, a, _ in found if s == body), found


def test_the_uk_s_body_beside_another_state_s_is_still_the_uk_s(mentions):
    found = mentions("The French Ministry of Defence and the British Ministry of Defence issued a joint statement.")
    assert ("Ministry of Defence", "ministry_of_defence_uk", "alias") in found, found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Russian Security Council met on Friday to discuss the mobilisation.", "Russian Security Council"),
        ("Iranian Security Council secretary Ali Shamkhani said the talks had failed.", "Iranian Security Council"),
    ],
)
def test_a_state_s_security_council_after_its_demonym_is_not_the_un_s(mentions, text, body):
    """'Russia's Security Council' was Russia's own (review21b); 'the Russian Security Council' was the UN's."""
    found = mentions(text)
    assert all(a != "un_security_council" for _, a, _ in found), found
    assert any(s == body for s, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A Russian Security Council resolution on Syria was vetoed by the United States.",
        "Russia vetoed the Security Council resolution on Syria.",
    ],
)
def test_the_un_s_council_with_a_state_s_draft_stays_the_un_s(mentions, text):
    assert ("Security Council", "un_security_council") in {(s, a) for s, a, _ in mentions(text)}, mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia's Federal Security Service said it had arrested a Ukrainian spy in Crimea.",
        "The Federal Security Service said it had foiled a plot against a military airfield.",
    ],
)
def test_russia_s_federal_security_service_is_not_mi5(mentions, text):
    """The registry's 'Security Service' (MI5) was matched inside 'Federal Security Service'."""
    found = mentions(text)
    assert ("Federal Security Service", "fsb") in {(s, a) for s, a, _ in found}, found
    assert all(a != "mi5" for _, a, _ in found), found


def test_a_bank_of_a_state_s_cue_is_its_name(parse, linker):
    """actors57's central bank named 'Bank of' a state showed its last word, the state's name, as the cue."""
    article = parse(HEADLINE + "The Bank of Russia raised its key rate to 16% on Friday.")
    chosen = {article.text[c.start : c.end]: c for c in link_article(article, linker(90.0))}
    bank = chosen["Bank of Russia"]
    assert (bank.type_rule, " ".join(t.text for t in bank.cue)) == ("central-bank", "Bank of Russia")


@pytest.mark.xfail(
    strict=True,
    reason="review47: two states' bodies of one name on one page ('Ukraine's Ministry of Defence ... Russia's Ministry "
    "of Defence') are one discovered actor, disc.ministry_of_defence: a discovered id is the name's, whatever state's "
    "possessive stands before it (the claims of the two warring ministries are one actor's; left: the id would need "
    "the state)",
)
def test_two_states_ministries_on_one_page_are_two_actors(mentions):
    found = mentions(
        "Ukraine's Ministry of Defence said 40 civilians were killed. Russia's Ministry of Defence said its strikes "
        "hit only military targets."
    )
    ids = [a for s, a, _ in found if s == "Ministry of Defence"]
    assert len(ids) == 2 and ids[0] != ids[1], found


@pytest.mark.xfail(
    strict=True,
    reason="review47: a registry alias inside a longer name ('National Security Council' of the White House, "
    "'the Iraqi National Security Council') is the registry's UN Security Council: the alias 'Security Council' wins "
    "over spaCy's longer name (left: a general rule for an alias after a capitalised word of the same name would "
    "touch every registry alias)",
)
def test_a_national_security_council_is_not_the_un_s(mentions):
    found = mentions("The Iraqi National Security Council met in Baghdad on Sunday.")
    assert all(a != "un_security_council" for _, a, _ in found), found
