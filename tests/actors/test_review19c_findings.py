"""review19c (session 19): a fresh-eyes review of actors.rules.v23 on political and conflict sentences.

Fixed here: the bare-other guard of `introduced-person` skipped a person named after "with", "against", "for" or
"from", or as the owner of a thing, so the v22 wrong links came back for "has clashed with ...", "a complaint
against ...", "a letter from ..."; the cut of a name after a sentence-ending initial split "J. R. R. Tolkien" and
"John D. Rockefeller IV"; `introduced-person` raised a KeyError (the whole article lost) when the sentence before was
a headline naming the person alone. Strict xfails: wrong or missed links of older rules the review met (actors25
fixed two: George H. W. Bush, and "the businessman" after "steel magnate Ahmed Ezz")."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import Linker, discovered_id, link_article


def _persons(parse, registry, text: str) -> list[tuple[str, str | None]]:
    article = parse("Headline\n\n" + text)
    chosen = link_article(article, Linker.build(registry, 90.0))
    return [(article.text[c.start : c.end], c.actor_id) for c in chosen if c.actor_type == "person"]


def test_the_founder_after_a_clash_with_another_is_not_the_subject(described):
    text = (
        "Ryanair boss Michael O'Leary has clashed with Stelios Haji-Ioannou over fares. The easyJet founder said the"
        " claims were untrue."
    )
    assert described(text).get("easyJet founder", ("",))[0] != discovered_id("Michael O'Leary")


def test_the_businessman_after_a_complaint_against_him_is_not_the_complainant(described):
    text = "Opposition activist Ayman Nour has filed a complaint against Ahmed Ezz. The businessman said the charges were false."
    assert described(text).get("businessman", ("",))[0] != discovered_id("Ayman Nour")


def test_the_lawyer_who_wrote_is_not_the_detainee(described):
    text = (
        "Former detainee Moazzam Begg has received a letter from Gitanjali Gutierrez. The lawyer said she had written"
        " to him twice."
    )
    assert described(text).get("lawyer", ("",))[0] != discovered_id("Moazzam Begg")


def test_the_owner_of_a_thing_attacked_may_be_the_noun(described):
    text = (
        "Opposition activist Ayman Nour has attacked Ahmed Ezz's business empire. The businessman said the charges"
        " were false."
    )
    assert described(text).get("businessman", ("",))[0] != discovered_id("Ayman Nour")


def test_the_subject_alone_still_takes_the_noun(described):
    """The guard leaves the one-person case alone (BBC entertainment, singer-britney-spears-sues-insurers)."""
    text = (
        "Singer Britney Spears is suing eight insurance companies that have refused to reimburse her. The pop star"
        " cancelled her tour last June after suffering a knee injury."
    )
    assert described(text).get("pop star", ("",))[0] == discovered_id("Britney Spears")


def test_initials_in_a_row_stay_one_name(parse, registry):
    surfaces = [
        s for s, _ in _persons(parse, registry, "The book was written by J. R. R. Tolkien, who taught at Oxford.")
    ]
    assert "J. R. R. Tolkien" in surfaces
    assert "R. Tolkien" not in surfaces


def test_a_regnal_number_after_a_middle_initial_stays_in_the_name(parse, registry):
    surfaces = [s for s, _ in _persons(parse, registry, "Senator John D. Rockefeller IV said the bill would fail.")]
    assert "Rockefeller IV" not in surfaces
    assert any(s.startswith("John D. Rockefeller") for s in surfaces)


def test_the_father_of_two_initials_is_not_cut_to_w_bush(parse, registry):
    surfaces = [s for s, _ in _persons(parse, registry, "Former president George H. W. Bush visited the region.")]
    assert "W. Bush" not in surfaces


def test_a_sentence_ending_on_an_initial_still_splits(parse, registry):
    """actors23's case stays fixed (BBC entertainment, stars-pay-tribute-to-actor-davis)."""
    text = (
        "Lee cast Davis in Jungle Fever, Do The Right Thing and Malcolm X. Attallah Shabazz, the daughter of activist"
        " Malcolm X, said Davis had been a friend."
    )
    assert "Attallah Shabazz" in [s for s, _ in _persons(parse, registry, text)]


def test_a_person_named_in_the_headline_alone_does_not_break_the_article(parse, registry):
    """The sentence before the noun is the headline, where the subject is named (a KeyError on main and v23)."""
    article = parse("Okocha signs new deal with Bolton\n\nThe Nigerian midfielder has agreed a two-year extension.")
    link_article(article, Linker.build(registry, 90.0))


def test_the_father_is_not_the_son(parse, registry):
    """Fixed by actors25: names that both give middle initials, and not the same ones, are two persons."""
    found = dict(_persons(parse, registry, "Former president George H. W. Bush visited the region on Monday."))
    assert found.get("George H. W. Bush") != "george_w_bush"


def test_the_conservative_leader_is_not_the_liberal_leader(described):
    """BBC politics, election-deal-faltered-over-heath-role: "the Conservative leader" is Heath, not Thorpe."""
    text = (
        "Documents released after 30 years reveal the failed negotiations by Sir Edward Heath following the February"
        " general election. Liberal leader Jeremy Thorpe appeared willing to form a coalition government. But it"
        " partly collapsed over the Conservative leader's own role, prompting the Queen to ask Harold Wilson to form a"
        " Labour government."
    )
    assert described(text).get("leader", ("",))[0] != discovered_id("Jeremy Thorpe")


def test_the_prime_ministers_forecasts_are_not_the_chancellors(described):
    """BBC politics, brown-comes-out-shooting: the prime minister (Blair) of the Iraq forecasts is not Brown, whom
    the article calls a prime minister-in-waiting and asks "how good a prime minister Gordon Brown will make"."""
    text = (
        "Chancellor Gordon Brown used his Budget to fire both barrels at the opposition. His MPs believed he had given"
        " his own image as a prime minister-in-waiting another little boost. Where the chancellor mostly avoided direct"
        " electioneering, Mr Howard felt no such constraint with attacks like comparing Mr Brown's forecasts to the"
        " prime minister's forecasts on Iraq's weapons of mass destruction. And in Labour circles there will"
        " undoubtedly be an argument over just how good a prime minister Gordon Brown will make."
    )
    assert described(text).get("prime minister", ("",))[0] != "gordon_brown"


def test_the_party_leader_given_in_full_still_links(described):
    """actors24: the party word that blocks a shorter title still matches the title given in full."""
    text = (
        "Conservative leader Michael Howard attacked the Budget on Wednesday. Liberal Democrat leader Charles Kennedy"
        " stayed away. The Conservative leader said the tax rises would hurt families."
    )
    assert described(text).get("leader", ("",))[0] == "michael_howard"


def test_a_prime_minister_in_waiting_is_not_the_prime_minister(described):
    """actors24: "a prime minister Gordon Brown will make" gives Brown no office; "the chancellor" stays his."""
    text = (
        "Chancellor Gordon Brown used his Budget to fire both barrels at the opposition. Labour MPs argue over how"
        " good a prime minister Gordon Brown will make. The prime minister's forecasts were attacked."
    )
    found = described(text)
    assert found.get("prime minister", ("",))[0] != "gordon_brown"
    assert "prime minister" not in found


@pytest.mark.xfail(
    strict=True,
    reason="review19c, actors25: Age Concern is now an organisation ('concern' ends an organisation's name), but"
    " 'the charity' fits only one introduced as a charity; letting it fit any organisation gave it to Apple twice in"
    " BBC itunes-now-selling-band-aid-song (Band Aid is the charity)",
)
def test_the_charity_is_the_one_organisation_named(described):
    """BBC politics, parties-warned-over-grey-vote: the one organisation named before is the charity."""
    text = (
        "Political parties cannot afford to take older UK voters for granted in the coming election, says Age Concern."
        "\n\nA survey for the charity suggests 69% of over-55s say they always vote in a general election."
    )
    assert described(text, "Parties warned over 'grey vote'").get("charity", ("",))[0] == discovered_id("Age Concern")


def test_the_activist_who_attacked_is_not_the_candidate(described):
    """v23 keeps this one right (v22 gave "the activist" to the candidate, the subject)."""
    text = "Labour candidate Mark Hendrick was attacked by protester Ali Khan. The activist said he had acted alone."
    assert described(text).get("activist", ("",))[0] != discovered_id("Mark Hendrick")


def test_the_businessman_is_not_the_activist_when_the_accused_is_a_magnate(described):
    """The other person's role is said, but it is the noun's kind, not the subject's: "the businessman" is Ezz
    (fixed by actors25: `person_noun_kinds`)."""
    text = (
        "Opposition activist Ayman Nour has accused steel magnate Ahmed Ezz of rigging the vote. The businessman said"
        " the charges were false."
    )
    assert described(text).get("businessman", ("",))[0] != discovered_id("Ayman Nour")


def test_a_nationality_before_the_role_keeps_the_link(described):
    """The lead, session 19: actors24's first form read any capitalised modifier as a body the title left out, and cut
    right links on the BBC corpus ("The Australian actress" after "Actress Nicole Kidman", "the Spanish coach", "the
    French coach"); a nationality describes the holder, only a party or another body (not a state) qualifies the
    office."""
    text = (
        "Actress Nicole Kidman has won a restraining order against two paparazzi photographers who she claims left her"
        " fearful of leaving her Sydney mansion. Lawyers for the pair denied allegations they had planted the device."
        " The Australian actress is currently in Sydney to film her latest movie."
    )
    assert described(text).get("actress", ("",))[0] == discovered_id("Nicole Kidman")
