"""claims90 (claims.rules.v124): a speech act by participle after a deed is its subject's claim, split from the deed;
a speech verb the parser tagged as a plural noun ("review forecasts", "Marca criticises") read as the verb; a
player's position parsed as the root before a name ("Munster lock Paul O'Connell has dismissed ...") read as the
name's compound."""

from __future__ import annotations

import pytest

# 1. a participle's speech act after a deed


@pytest.mark.parametrize(
    ("body", "deed", "claimer"),
    [
        (
            "New York Attorney General Elliot Spitzer sued the company, accusing it of receiving illegal payments.",
            "New York Attorney General Elliot Spitzer sued the company",
            "disc.elliot_spitzer",
        ),
        (
            "Souness dropped Bellamy for Sunday's game against Arsenal, claiming the Welshman had feigned injury "
            "after being asked to play out of position.",
            "Souness dropped Bellamy for Sunday's game against Arsenal",
            None,
        ),
        (
            'Tony Blair has launched an attack on Conservative spending plans, saying they are a "ludicrous '
            'improbability".',
            "Tony Blair has launched an attack on Conservative spending plans",
            "tony_blair",
        ),
    ],
)
def test_a_participle_speech_act_after_a_deed_is_the_subjects_claim(claims_of, body, deed, claimer):
    claims, _ = claims_of(body)
    assert [c.text for c in claims][0] == deed, [c.text for c in claims]
    assert len(claims) == 2, [c.text for c in claims]
    first, report = claims
    assert (first.claimer_kind, first.claim_type) == ("author", "event")
    assert (report.claimer_kind, report.certainty) == ("actor", "reported")
    assert report.text.split()[0] in {"accusing", "claiming", "saying"}
    if claimer is not None:
        assert report.claimer_actor_id == claimer


@pytest.mark.parametrize(
    "body",
    [
        "Brent crude also rose in London trading, adding $1.89 to $48.62 at the close.",  # no content
        "Akamai declined to comment, saying it could not talk about customer websites.",  # a refusal
        "The BBC denied it had lost a bidding war, saying it had decided to pass the mantle to another broadcaster.",
        "The bill was backed by some hi-tech firms, saying they needed protections it offered.",  # a passive root
        "The LSE rejected Deutsche Boerse's proposed offer in December, saying it undervalued the business.",
        # the parser hangs the rest of the report on the root: the participle does not close the sentence
        "Mr Evans sued Mr Mann in 2001, claiming he came up with the idea, spent years developing it and persuaded "
        "DiCaprio to play Hughes - but said he was later excluded from the project.",
        # the root frames a quotation before it
        'The 777-200LR "is a niche player", Mr Learmount continued, adding that reach was not the only criteria '
        "airlines used when picking their aircraft.",
        # an infinitive of speech under the root, an act of speech of the lexicon's phrases
        'However, Edu tried to play down the incidents, adding: "There was nothing that I haven\'t seen in derbies."',
        "He also spoke of the group's enduring stature, adding that it was the only band he knew.",
        # a clause verb with a question, not a declarative clause
        "Mr Schwartz ran a demonstration of the service, showing how data could be processed in an experiment.",
        "In a bid to ease congestion, providers are making their networks intelligent, finding out who is using "
        "bandwidth and for what.",
    ],
)
def test_a_participle_after_an_act_of_speech_or_with_no_content_stays_one_unit(claims_of, body):
    claims, _ = claims_of(body)
    assert [c.text for c in claims] == [body]


# 2. a speech verb tagged as a plural noun


@pytest.mark.parametrize(
    ("body", "claimer", "kind"),
    [
        ("Its mid-year economic review forecasts growth of 6-6.5% in 2004, compared with 8.2% in 2003.",
         "Its mid-year economic review", "prediction"),
        ('And like AS, Marca criticises Gary Neville for "leaving a message on Reyes\' ankle" to remind him of the '
         "clash this month.", "Marca", "assessment"),
    ],
)  # fmt: skip
def test_a_speech_verb_tagged_as_a_noun_reports(claims_of, body, claimer, kind):
    claims, _ = claims_of(body)
    assert [(c.claimer_kind, c.claimer_text, c.certainty, c.claim_type) for c in claims] == [
        ("actor", claimer, "reported", kind)
    ]


def test_the_repair_makes_the_noun_a_verb_with_subject_and_object(parse, lex):
    from narrative_pipeline.misparse import repair_speech_verbs

    article = parse("A headline that is never a claim\n\nAnd like AS, Marca criticises Gary Neville for his comments.")
    sent = article.sents[1]
    repair_speech_verbs(sent, lex)
    verb = next(t for t in sent.tokens if t.text == "criticises")
    assert (verb.pos, verb.tag, verb.dep, verb.lemma) == ("VERB", "VBZ", "ROOT", "criticise")
    assert {c.text: c.dep for c in verb.children if c.dep in {"nsubj", "dobj"}} == {"Marca": "nsubj", "Neville": "dobj"}
    assert sum(1 for t in sent.tokens if t.dep == "ROOT") == 1


@pytest.mark.parametrize(
    "body",
    [
        "The IPPR report points to informal, small scale examples of such commons that already exist.",  # no object
        "Ten Clean Jokes for Kids to Make Them Giggle",  # a title-cased list line
        "2X points on travel and dining at restaurants worldwide.",  # no definite subject
    ],
)
def test_no_repair_outside_the_shape(parse, lex, body):
    from narrative_pipeline.misparse import misparsed_speech_verb

    article = parse("A headline that is never a claim\n\n" + body)
    for sent in article.sents[1:]:
        assert all(misparsed_speech_verb(t, sent.tokens, lex) is None for t in sent.tokens)


# 3. a player's position parsed as the root before a name


def test_a_position_root_becomes_the_names_compound(parse, lex):
    from narrative_pipeline.misparse import repair_position

    article = parse(
        "A headline that is never a claim\n\nIreland and Munster lock Paul O'Connell has dismissed media reports "
        "linking him to the captaincy."
    )
    sent = article.sents[1]
    repair_position(sent, lex)
    root = next(t for t in sent.tokens if t.dep == "ROOT")
    assert root.text == "dismissed"
    subject = next(c for c in root.children if c.dep == "nsubj")
    assert subject.text == "O'Connell"
    assert [t.text for t in subject.subtree()][:5] == ["Ireland", "and", "Munster", "lock", "Paul"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ireland and Munster lock Paul O'Connell has dismissed media reports linking him to the captaincy.",
            [("actor", "Ireland and Munster lock Paul O'Connell", "reported")],
        ),
        (
            "Scotland lock Scott Murray said he was ready to return.",  # the clause has its own subject: as it was
            [("actor", "Scott Murray", "reported")],
        ),
        (
            "But defender Andy Todd is suspended and could be replaced by Dominic Matteo.",  # events stay events
            [("author", None, "asserted"), ("author", None, "hedged")],
        ),
    ],
)
def test_a_position_before_a_name_in_the_claims(claims_of, body, expected):
    claims, _ = claims_of(body)
    assert [(c.claimer_kind, c.claimer_text, c.certainty) for c in claims] == expected


def test_a_deed_and_its_report_by_and_still_split(claims_of):
    """`deed_root`, shared with `report_after_deed`: "has no connection" is a deed, not the phrase "have say"."""
    claims, _ = claims_of(
        "However, DEC has no connection with the fake site and says it has contacted the police about it."
    )
    assert [(c.claimer_kind, c.text.split()[0]) for c in claims] == [("author", "However,"), ("actor", "says")]


@pytest.mark.parametrize(
    "body",
    [
        "Doherty appealed to fans to calm down, saying: \"There's a few people getting hurt down the front, you've "
        'got to move back."',
        "Tory leader Michael Howard reiterated calls for the publication of the full legal advice given by the Attorney "
        'General, warning: "This issue will not go away."',
    ],
)
def test_an_act_of_speech_before_a_participle_keeps_its_speaker(claims_of, body):
    claims, _ = claims_of(body)
    assert all(c.claimer_kind == "actor" for c in claims), [(c.text, c.claimer_kind) for c in claims]
