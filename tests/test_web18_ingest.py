"""web18: text of saved news pages that is no article prose kept out of the analysed units (a headline the page
repeats, an embedded tweet, date and caption lines), with the archived text and every offset unchanged."""

from __future__ import annotations

from narrative_pipeline.normalize import compile_patterns, split_paragraphs
from narrative_pipeline.settings import PipelineConfig
from narrative_pipeline.sources import SourceSettings
from narrative_pipeline.sources.html import extract_html

PATTERNS = compile_patterns(PipelineConfig().boilerplate_patterns)


def _roles(raw: str) -> list[str]:
    return [p.role for p in split_paragraphs(raw, PATTERNS)]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_the_title_again_after_a_dateline_or_standfirst_is_a_headline():
    # phys.org: the dateline, then the title again; vancouversun: the standfirst, then the title again
    title = "Flint flake tool partially covered by birch tar adds to evidence of Neanderthal complex thinking"
    raw = _page(
        title,
        "October 22, 2019 report",
        title,
        "A team of researchers affiliated with several institutions in The Netherlands has found evidence.",
    )
    assert _roles(raw) == ["headline", "boilerplate", "headline", "body"]
    title = "Microsoft moves to erase its carbon footprint from the atmosphere in climate push"
    raw = _page(
        title,
        "Microsoft will invest US$1 billion over the next four years to speed up carbon removal technology",
        title.upper(),
        "Microsoft Corp said on Thursday it aims to remove more carbon from the atmosphere than it emits by 2030.",
    )
    assert _roles(raw) == ["headline", "body", "headline", "body"]


def test_a_reworded_headline_right_after_the_title_is_a_headline():
    raw = _page(
        "New York ramps up mass burials amid virus outbreak",
        "Coronavirus: New York ramps up mass burials amid outbreak",
        "Images have emerged of coffins being buried in a mass grave in New York City.",
    )
    assert _roles(raw) == ["headline", "headline", "body"]
    raw = _page(
        "Turkey, Poland, Caribbean islands added to UK quarantine list",
        "Turkey, Poland and three Caribbean islands added to UK quarantine list",
        "Penalties for those who refuse to self-isolate are to be increased to a maximum of £10,000",
    )
    assert _roles(raw) == ["headline", "headline", "body"]


def test_a_standfirst_or_lead_that_shares_the_headlines_words_stays_body():
    # BBC sport's second headline and BBC business's lead without its full stop (the BBC corpus is unchanged)
    assert _roles(_page("Arsenal through on penalties", "Arsenal win 4-2 on penalties", "Lauren scored."))[1] == "body"
    lead = (
        "The US trade deficit widened by more than expected in October, hitting record levels after higher oil "
        "prices raised import costs, figures have shown"
    )
    assert _roles(_page("US trade gap ballooned in October", lead, "The shortfall was $55.5bn."))[1] == "body"
    # a sentence that repeats the headline's words is no headline
    raw = _page(
        "Turkey, Poland, Caribbean islands added to UK quarantine list",
        "Turkey, Poland and three Caribbean islands were added to the UK quarantine list on Thursday.",
    )
    assert _roles(raw)[1] == "body"
    # the title's words again far into the article
    title = "Schools safe amidst surge"
    body = [f"Sentence {n} of the article about the schools." for n in range(6)]
    assert _roles(_page(title, *body, title)) == ["headline"] + ["body"] * 7


def test_an_embedded_tweet_and_its_signature_are_a_post_but_the_lead_in_stays():
    # web19: an embedded post is `post` (analysed as its author's claims); web18 made it boilerplate
    raw = _page(
        "Washington state swears in first Native American justice",
        "Goldstein tweeted he was “honored” to offer the benediction:",
        "Honored to have offered the benediction today at this historic ceremony. https://t.co/dLVatVHxRr",
        "— Seth Goldstein (@Rabbi_360) January 7, 2020",
        "Here’s a short clip of Montoya-Lewis walking in:",
        "The state’s newest Supreme Court Justice, Raquel Montoya-Lewis, heading into courtroom to be sworn in. "
        "She is the first state justice of Native American heritage. pic.twitter.com/CIHDX5qmux",
        "— Drew Mikkelsen (@drewmikkelsenk5) January 6, 2020",
        "“I was raised to remember that I come from those who survived,” Montoya-Lewis said.",
    )
    assert _roles(raw) == [
        "headline",
        "body",
        "post",
        "post",
        "body",
        "post",
        "post",
        "body",
    ]


def test_a_tweets_last_line_is_a_post_and_the_article_before_it_stays():
    raw = _page(
        "iOS 13 FaceTime feature makes you look like you're staring into the camera",
        "On Twitter, Dave Schukin explains that the effect is being achieved using ARKit, which is used to map a "
        "user’s face and adjust the positioning of their eyes accordingly. Using the arm from a pair of glasses, "
        "Schukin shows how the software is warping the eye area slightly to achieve the effect.",
        "How iOS 13 FaceTime Attention Correction works: it simply uses ARKit to grab a depth map/position of your "
        "face, and adjusts the eyes accordingly.",
        "Notice the warping of the line across both the eyes and nose. pic.twitter.com/U7PMa4oNGN",
        "— Dave Schukin   (@schukin) July 3, 2019",
        "It’s not clear which devices the feature will eventually work with.",
    )
    # the tweet's first paragraph has no link, handle or hashtag: it cannot be told from the article's own sentence
    # before a post (review18a), so it stays body; its last paragraph and the signature are the post (web19)
    assert _roles(raw) == ["headline", "body", "body", "post", "post", "body"]


def test_a_heading_before_a_tweet_stays_and_a_signature_without_date_counts():
    raw = _page(
        "Parallels Desktop 15 for Mac",
        "#1 choice of Mac Users to Run Windows On Mac",
        "Thanks to @ParallelsMac for making this unholy marriage so easy! It’s really simple as pie.",
        "— Sebastin Rothe (@port_noy)",
    )
    assert _roles(raw) == ["headline", "body", "post", "post"]


def test_an_attributed_dash_line_without_a_handle_stays_body():
    raw = _page("Headline", "“We will win,” he said.", "— a spokesman for the party, speaking on Monday (in London)")
    assert _roles(raw)[1:] == ["body", "body"]


def test_the_roles_change_no_offset():
    raw = _page(
        "New York ramps up mass burials amid virus outbreak",
        "Coronavirus: New York ramps up mass burials amid outbreak",
        "Notice the warping of the line. pic.twitter.com/U7PMa4oNGN",
        "— Dave Schukin (@schukin) July 3, 2019",
    )
    spans = [(p.start, p.end) for p in split_paragraphs(raw, PATTERNS)]
    assert [raw[a:b] for a, b in spans] == [line for line in raw.split("\n") if line]


def test_date_posting_and_caption_lines_are_boilerplate():
    lines = [
        "October 22, 2019 report",
        "Posted on",
        "Updated June 13, 2019",
        "Last updated: 13 July 2020",
        "Chief Education Officer Dr Ramona Archer-Bradshaw. (Picture by Jameel Springer)",
        "The Barbados Tridents’ footballers training ahead of a match against Dominica. (FILE)",
        "*Bonus value is an estimated value calculated by TPG and not the card issuer. View our latest valuations here.",
    ]
    assert _roles(_page("Headline", *lines))[1:] == ["boilerplate"] * len(lines)


def test_sentences_with_dates_credits_and_our_pages_stay_body():
    lines = [
        "The report was posted on October 22, 2019, the ministry said.",
        "Updated figures were published on Monday.",
        "On October 22, 2019 the court ruled against him.",
        "He was pictured at the scene (photo by a neighbour) before police arrived.",
        "The minister said people could read our report on the website.",
        "Visit our offices here, the mayor told business owners, and see what we do.",
        "Путин said the talks with Kyiv would go on.",
    ]
    assert _roles(_page("Headline", *lines))[1:] == ["body"] * len(lines)


def _article(body: str) -> bytes:
    paragraphs = "".join(
        f"<p>Sentence {n} of the report says what the travel rules of the government are this week.</p>"
        for n in range(4)
    )
    return (
        "<html><head><title>Turkey and Poland added to UK quarantine list</title></head><body><article>"
        f"<h1>Turkey and Poland added to UK quarantine list</h1><div id='main'>{body}{paragraphs}</div>"
        "</article></body></html>"
    ).encode()


def test_a_drop_capital_in_an_element_of_its_own_is_joined_to_its_paragraph():
    body = '<span class="dropcap">T</span><p><a href="/topic/turkey">urkey</a>, Poland and Saba have been removed.</p>'
    page = extract_html(_article(body), SourceSettings())
    assert page.ok
    assert "\nTurkey, Poland and Saba have been removed." in page.text
    assert "\nurkey" not in page.text


def test_a_one_letter_word_in_an_element_of_its_own_keeps_its_space():
    body = "<p>“You do realize that”, I said, “that <em>I</em> was about to save that kid, right?”</p>"
    page = extract_html(_article(body), SourceSettings())
    assert page.ok
    assert "that I was about to save" in page.text


def test_a_block_of_related_stories_after_the_article_is_not_body():
    related = (
        '<div class="slice-container more-about-container"><div class="more-about__cardBody"><p>Skyrim finally '
        "truly beaten as fanatical player does everything that can be done in the game</p></div></div>"
    )
    page = extract_html(
        _article("<p>Next: Seeking Solitude.</p>").replace(b"</div></article>", f"{related}</div></article>".encode()),
        SourceSettings(),
    )
    assert page.ok
    assert "Skyrim finally" not in page.text
    assert "Next: Seeking Solitude." in page.text


def test_an_article_block_whose_class_only_mentions_related_words_stays():
    body = '<div class="article-body relatedness-study"><p>The relatedness of the two outbreaks was confirmed today.</p></div>'
    page = extract_html(_article(body), SourceSettings())
    assert page.ok
    assert "The relatedness of the two outbreaks was confirmed today." in page.text


def test_a_longer_headline_whose_label_repeats_the_title_is_a_headline():
    # web19: dailymail's <h1> after its og:title, the label before the colon made of the title's words
    roles = _roles(
        _page(
            "Chef Jamie Oliver joins Mail on Sunday's war on toxic US food",
            "Jamie's war on toxic US food: Chef and fitness guru Joe Wicks lead plea to Boris Johnson to block "
            "sub-standard products from flooding into the UK under post-Brexit trade deals",
            "A heartfelt open letter was written by a host of stars.",
        )
    )
    assert roles == ["headline", "headline", "body"]


def test_a_standfirst_with_a_label_of_other_words_or_a_full_stop_stays_body():
    head = "Bank of England raises interest rates to 5.25%"
    other = "Cost of living: the Bank of England raises interest rates for the 14th time in a row"
    sentence = "Bank of England raises interest rates: the decision was backed by six of nine members."
    assert _roles(_page(head, other, "Prose follows."))[1] == "body"
    assert _roles(_page(head, sentence, "Prose follows."))[1] == "body"
