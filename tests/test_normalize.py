from __future__ import annotations

from narrative_pipeline.normalize import chunk_paragraph, compile_patterns, split_paragraphs
from narrative_pipeline.settings import PipelineConfig
from narrative_pipeline.textnorm import normalize_text

PATTERNS = compile_patterns(PipelineConfig().boilerplate_patterns)


def test_paragraphs_roles_and_boilerplate():
    raw = "Headline here\n\nFirst paragraph.\nSecond paragraph.\n\n2015 — 2023 ©. All rights reserved.\n"
    paragraphs = split_paragraphs(raw, PATTERNS)
    assert [p.role for p in paragraphs] == ["headline", "body", "body", "boilerplate"]
    assert [raw[p.start : p.end] for p in paragraphs][:3] == ["Headline here", "First paragraph.", "Second paragraph."]


def test_hard_wrapped_block_is_one_paragraph():
    raw = "Title\n\nThe minister said on Monday that the new rules would\nbe introduced next year after a long consultation with\nindustry groups and unions across the whole country.\n"
    paragraphs = split_paragraphs(raw, PATTERNS)
    assert len(paragraphs) == 2 and paragraphs[1].role == "body"


def test_long_paragraph_is_chunked_with_exact_offsets():
    sentence = "The council met again today. "
    raw = "T\n\n" + sentence * 200
    paragraph = split_paragraphs(raw, PATTERNS)[1]
    chunks = chunk_paragraph(raw, paragraph, 1000)
    assert len(chunks) > 5
    for chunk in chunks:
        start, end = chunk.norm.raw_span(0, len(chunk.norm.text))
        assert normalize_text(raw[start:end]) == chunk.norm.text
    assert "".join(c.norm.text + " " for c in chunks).strip() == normalize_text(raw[paragraph.start : paragraph.end])


def test_sentences_offsets_round_trip_on_the_seed(parse):
    from pathlib import Path

    raw = (Path(__file__).resolve().parents[1] / "seeds/000_0040ac31edc6a7e1.txt").read_text(encoding="utf-8")
    article = parse(raw)
    assert article.sents[0].role == "headline"
    assert article.sents[-1].role == "boilerplate"
    for sent in article.sents:
        assert normalize_text(raw[sent.record.start : sent.record.end]) == sent.record.text
    texts = [s.record.text for s in article.sents]
    assert any(t.endswith("earlier this year") for t in texts), "link remnant marks a sentence break"
    assert all(" ( " not in t for t in texts)


def test_tokens_point_into_the_raw_text(parse):
    raw = "Head\n\nThe  UN\u00a0envoy   met Erdoğan."
    article = parse(raw)
    for tok in article.tokens:
        assert normalize_text(raw[tok.start : tok.end]) == tok.text


def test_parse_cache_gives_the_same_bytes_and_parses_only_new_articles(tmp_path, monkeypatch):
    from narrative_pipeline import nlp, normalize
    from narrative_pipeline.records import ArticleText
    from narrative_pipeline.tables import write_records

    texts = [
        ArticleText(article_id=f"{k:016x}", source_path=f"{k}.txt", sha256="0" * 64, text=t)
        for k, t in enumerate(
            ["Title\n\nThe minister said the plan would start in May.", "Other\n\nTroops left the city on Monday."]
        )
    ]
    write_records(tmp_path / "texts.parquet", texts, ArticleText)
    cfg = PipelineConfig()
    out = {name: tmp_path / name for name in ("s0", "t0", "s1", "t1", "s2", "t2")}
    assert normalize.run(tmp_path / "texts.parquet", cfg, out["s0"], out["t0"])[1] == 2
    assert normalize.run(tmp_path / "texts.parquet", cfg, out["s1"], out["t1"], tmp_path / "cache")[1] == 2

    def no_model(*args, **kwargs):
        raise AssertionError("the model is loaded although every article is cached")

    monkeypatch.setattr(nlp, "load_pipeline", no_model)
    assert normalize.run(tmp_path / "texts.parquet", cfg, out["s2"], out["t2"], tmp_path / "cache")[1] == 0
    for kind in ("s", "t"):
        assert out[f"{kind}0"].read_bytes() == out[f"{kind}1"].read_bytes() == out[f"{kind}2"].read_bytes()


def test_newsletter_and_gallery_buttons_left_in_pages_are_boilerplate():
    # Lines trafilatura kept in three of user15's saved pages (each in the page's 'without' snippets or
    # a gallery button); each became an "event" claim before.
    raw = (
        "The EU's Green Deal isn't enough to save us from climate catastrophe\n\n"
        "The Commission said the plan would cut emissions.\n\n"
        "Do you want to be informed of DiEM25's actions? Sign up here\n\n"
        "Get The Times of Israel's Daily Edition by email and never miss our top stories Free Sign Up\n\n"
        "Show all 50\n\n"
        "Young voters were urged to sign up.\n\n"
        "Officials said they would show all the documents to the inquiry.\n"
    )
    roles = [p.role for p in split_paragraphs(raw, PATTERNS)]
    assert roles == ["headline", "body", "boilerplate", "boilerplate", "boilerplate", "body", "body"]


def test_a_sentence_about_email_updates_that_ends_in_sign_up_is_no_newsletter_button():
    # review15b: the newsletter pattern took whole one-sentence paragraphs of news for a button
    raw = (
        "Flood warnings for the valley\n\n"
        "Residents who want email updates on river levels are being urged to sign up.\n\n"
        "Parents will get text and email updates from the school if they sign up.\n\n"
        "Get our daily newsletter by email Sign up now\n"
    )
    roles = [p.role for p in split_paragraphs(raw, PATTERNS)]
    assert roles == ["headline", "body", "body", "boilerplate"]


def test_calls_to_the_reader_left_in_saved_pages_are_boilerplate():
    # user16: lines trafilatura kept in saved pages of the web-pages corpus (each one of a page's 'without'
    # snippets: haitiantimes, nationnews, corkbeo, pcgamer, jamaica-gleaner, mercurynews, theatlantic,
    # thepointsguy, thebalance); each was analysed and could become a claim.
    calls = [
        "To view the full story, please subscribe to The Haitian Times. You can choose a $60 Annual Subscription.",
        "First-time subscribers also receive a special welcome gift handmade in Haiti by expert artisans!",
        "If you’re seeing this message but you’re already a subscriber, you can log in for immediate access.",
        "For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.",
        "Never miss the latest news by signing up to our newsletter today!",
        "PC Gamer Newsletter",
        "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica.",
        "Submit your letter to the editor via this form. Read more Letters to the Editor.",
        "We want to hear what you think about this article. Submit a letter to the editor or write to us.",
        "This post contains references to products from one or more of our advertisers.",
        "We recommend the best products through an independent review process, and advertisers do not influence "
        "our picks. We may receive compensation if you visit partners we recommend.",
    ]
    raw = "Haiti family reunited\n\n" + "\n\n".join(calls) + "\n"
    roles = [p.role for p in split_paragraphs(raw, PATTERNS)]
    assert roles == ["headline"] + ["boilerplate"] * len(calls)


def test_news_about_subscriptions_apps_and_newsletters_stays_body():
    sentences = [
        "Netflix said 2.4 million first-time users had joined and urged viewers to subscribe to its cheaper plan.",
        "The minister told farmers to download the new app from the department's website.",
        "Police asked witnesses to follow the force on Twitter for updates on the search.",
        "The newspaper's editor said readers would be asked to subscribe from next month.",
        "The Daily Newsletter",
        "Subscribers to the service now pay £9.99 a month, the company said.",
        "Fans who follow the club on Instagram were the first to hear of the signing.",
    ]
    raw = "Streaming prices rise\n\n" + "\n\n".join(sentences) + "\n"
    roles = [p.role for p in split_paragraphs(raw, PATTERNS)]
    assert roles == ["headline"] + ["body"] * 4 + ["boilerplate"] + ["body"] * 2


def test_labels_credits_and_captions_left_in_saved_pages_are_boilerplate():
    # user16: lines of the web-pages corpus (bahamaslocal, gregoryszorc.com, netbits.us, thestkittsnevisobserver,
    # salon.com, economictimes, jis.gov.jm), each analysed before
    lines = [
        "News date : 04/21/2022 Category : Press Releases",
        "January 13, 2020 at 08:45 AM | categories: Python, Mercurial | View Comments",
        "stunnel_rsync.html - Created 03-10-2004 2:20pm - Last Modified: 03-10-2004 2:20pm",
        "Release Date:",
        "BVINEWS.COM",
        "(Credit: Clayton Aldern / Grist)",
        "Image credit: www.apple.com/in/",
        "Minister of Industry, Senator the Hon. Aubyn Hill (right), looks on as Chief Executive Officer Gary Scott "
        "(left), addresses a recent JIS Think Tank.",
    ]
    raw = "Investment summit planned\n\n" + "\n\n".join(lines) + "\n"
    roles = [p.role for p in split_paragraphs(raw, PATTERNS)]
    assert roles == ["headline"] + ["boilerplate"] * len(lines)


def test_news_sentences_with_dates_categories_and_positions_stay_body():
    sentences = [
        "The release date of the report has been moved to March, the minister said.",
        "Amazon.com said sales rose 20% in the quarter.",
        "The prize has three categories: fiction, poetry and drama.",
        "| 目の前で | me no mae de | (right) in front of you |",
        "The party's candidate (right) won the seat by 400 votes.",
        "Credit card debt rose to £70bn, the Bank of England said.",
    ]
    raw = "Report delayed\n\n" + "\n\n".join(sentences) + "\n"
    roles = [p.role for p in split_paragraphs(raw, PATTERNS)]
    assert roles == ["headline"] + ["body"] * len(sentences)
