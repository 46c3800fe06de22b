"""web19: an embedded post (a tweet flattened into a saved page's text: its lines, then '— Name (@handle) date') is
analysed as claims of the author its signature names (ANNOTATION.md: claimer `actor`, the source phrase as the text
gives it; every claim whose claimer is not the author is `reported` or `hedged`), not as the article's own claims
and not left out."""

from __future__ import annotations

from narrative_pipeline.normalize import compile_patterns, split_paragraphs
from narrative_pipeline.settings import PipelineConfig

PATTERNS = compile_patterns(PipelineConfig().boilerplate_patterns)

TRUMP = (
    "Mr Trump attacked the judge on Twitter on Saturday morning, hours after the ruling.\n\n"
    "The opinion of this so-called judge, which essentially takes law-enforcement away from our country, is "
    "ridiculous and will be overturned! pic.twitter.com/abc123XYZ\n\n"
    "— Donald J. Trump (@realDonaldTrump) February 4, 2017\n\n"
    "The White House later defended the post.\n"
)


def test_a_posts_paragraphs_keep_the_offsets_of_the_authors_name_and_handle():
    raw = "Storm hits coast\n\nStay indoors tonight https://t.co/abc123\n\n— Mayor Jane Smith (@MayorSmith) March 1, 2020\n"
    paragraphs = split_paragraphs(raw, PATTERNS)
    assert [p.role for p in paragraphs] == ["headline", "post", "post"]
    for p in paragraphs[1:]:
        assert p.author is not None and p.handle is not None
        assert raw[p.author[0] : p.author[1]] == "Mayor Jane Smith"
        assert raw[p.handle[0] : p.handle[1]] == "@MayorSmith"
    assert paragraphs[0].author is None


def test_the_name_of_a_signature_with_spaces_and_no_date_is_found():
    raw = "Parallels Desktop 15\n\nThanks to @ParallelsMac for making this easy!\n\n— Sebastin Rothe   (@port_noy)\n"
    post = split_paragraphs(raw, PATTERNS)[1]
    assert post.author is not None and raw[post.author[0] : post.author[1]] == "Sebastin Rothe"


def test_a_posts_sentence_is_its_authors_reported_claim(claims_of):
    claims, roles = claims_of(TRUMP)
    post = next(c for c in claims if "so-called judge" in c.text)
    assert (post.claimer_kind, post.claimer_text, post.certainty) == ("actor", "Donald J. Trump", "reported")
    assert post.claimer_rule == "post-author" and post.claimer_cue == "@realDonaldTrump"
    assert post.claimer_actor_id == "donald_trump"
    assert ("claimer", "donald_trump") in {(r.role, r.actor_id) for r in roles if r.claim_id == post.claim_id}


def test_the_link_and_the_signature_of_a_post_are_no_claims(claims_of):
    claims, _ = claims_of(TRUMP)
    assert not any("pic.twitter.com" in c.text or "@realDonaldTrump" in c.text for c in claims)
    assert not any("February 4, 2017" in c.text for c in claims)


def test_the_articles_sentences_around_a_post_keep_their_own_claimers(claims_of):
    claims, _ = claims_of(TRUMP)
    lead_in = next(c for c in claims if c.text.startswith("Mr Trump attacked"))
    after = next(c for c in claims if "White House" in c.text)
    assert lead_in.claimer_kind == "author"
    assert after.claimer_text == "White House"  # its own reporting verb, not the post author


def test_a_hedged_post_stays_hedged_and_an_unlinked_author_keeps_the_name(claims_of):
    body = (
        "The mayor of the city posted a warning on Sunday evening as the storm reached the coast.\n\n"
        "Stay indoors tonight. The coastal road is closed https://t.co/abc123\n\n"
        "We may have power cuts until Tuesday.\n\n"
        "— Jane Smith (@MayorSmith) March 1, 2020\n"
    )
    claims, _ = claims_of(body)
    closed = next(c for c in claims if "coastal road" in c.text)
    cuts = next(c for c in claims if "power cuts" in c.text)
    assert (closed.claimer_kind, closed.claimer_text, closed.certainty) == ("actor", "Jane Smith", "reported")
    assert closed.text.endswith("is closed")  # the link is no part of the claim
    assert (cuts.claimer_text, cuts.certainty) == ("Jane Smith", "hedged")


def test_posts_one_after_another_each_have_their_own_author():
    # parallels.com's page: three tweets in a row, each with its signature
    raw = (
        "Parallels Desktop 15 for Mac\n\n"
        "Super happy to be developing for #Hololens from my #Mac I love it!!! pic.twitter.com/3FjG3V72Ad\n\n"
        "— Javier Campos (@x_campos) 16 May 2018\n\n"
        "Thanks to @ParallelsMac for making this so easy! #mac#windowspic.twitter.com/eDJu0qRTb8\n\n"
        "— Sebastin Rothe (@port_noy)\n"
    )
    paragraphs = split_paragraphs(raw, PATTERNS)
    authors = [raw[p.author[0] : p.author[1]] if p.author else None for p in paragraphs]
    assert authors == [None, "Javier Campos", "Javier Campos", "Sebastin Rothe", "Sebastin Rothe"]


def test_a_link_run_into_a_hashtag_is_dropped_from_the_posts_claim(claims_of):
    body = (
        "The minister answered critics online.\n\n"
        "The new rail line opened on time and under budget #trains#northpic.twitter.com/eDJu0qRTb8\n\n"
        "— Jane Smith MP (@JaneSmithMP) 3 May 2021\n"
    )
    claims, _ = claims_of(body)
    rail = next(c for c in claims if "rail line" in c.text)
    assert "pic.twitter.com" not in rail.text
    assert (rail.claimer_text, rail.certainty) == ("Jane Smith MP", "reported")
