"""fix89 (session 62, normalize.parse.v10): claims90's two repairs of the parse (a speech verb in "-s" tagged as a
plural noun after a definite subject; a player's position taken for the verb before a name) moved from the claims
reading into the normalize step (`misparse`), so the tokens every step reads carry them: the actors and narratives
steps too, not only the claims."""

from __future__ import annotations

from pathlib import Path

import pytest
from narratives_support import PLOVER, rows

POSITION = "Ireland and Munster lock Paul O'Connell has dismissed media reports linking him to the captaincy."
SPEECH = (
    'And like AS, Marca criticises Gary Neville for "leaving a message on Reyes\' ankle" to remind him of the clash.'
)
REVIEW = "Its mid-year economic review forecasts growth of 6-6.5% in 2004, compared with 8.2% in 2003."


HEADLINE = "A headline that is never a claim\n\n"


def steps_of(parse, registry, body: str):
    """(statements, framing rows) of a text with each step reading the parse afresh, as the workflow's steps read the
    normalize step's tables (the tests' `statements` fixture hands the claims step's objects on to the narratives
    step, so a repair the claims step made in place reached it there and not in a run)."""
    from narrative_pipeline.actors import link_articles
    from narrative_pipeline.claims import extract_claims
    from narrative_pipeline.claims import load_lexicon as load_claims_lexicon
    from narrative_pipeline.narratives.framing import extract_framing
    from narrative_pipeline.narratives.statements import extract_statements

    lexicon = load_claims_lexicon(Path(__file__).resolve().parents[1] / "config" / "claims_lexicon.yaml")
    mentions, _ = link_articles([parse(HEADLINE + body)], registry, 90.0)
    claims, _ = extract_claims([parse(HEADLINE + body)], mentions, lexicon)
    statements = extract_statements([parse(HEADLINE + body)], mentions, claims, PLOVER)
    return statements, extract_framing([parse(HEADLINE + body)], mentions, claims, PLOVER)


def body_sentence(parse, body: str):
    return parse("A headline that is never a claim\n\n" + body).sents[1]


def test_the_parse_makes_the_name_after_a_position_the_subject(parse):
    sent = body_sentence(parse, POSITION)
    root = next(t for t in sent.tokens if t.dep == "ROOT")
    assert (root.text, root.pos) == ("dismissed", "VERB")
    subject = next(c for c in root.children if c.dep == "nsubj")
    assert subject.text == "O'Connell"
    lock = next(t for t in sent.tokens if t.text == "lock")
    assert (lock.dep, lock.pos, lock.head_i) == ("compound", "NOUN", subject.i)
    assert sum(1 for t in sent.tokens if t.dep == "ROOT") == 1


@pytest.mark.parametrize(("body", "verb", "lemma", "subject"), [
    (SPEECH, "criticises", "criticise", "Marca"),
    (REVIEW, "forecasts", "forecast", "review"),
])  # fmt: skip
def test_the_parse_reads_a_speech_verb_tagged_as_a_noun_as_the_verb(parse, body, verb, lemma, subject):
    sent = body_sentence(parse, body)
    tok = next(t for t in sent.tokens if t.text == verb)
    assert (tok.pos, tok.tag, tok.dep, tok.lemma) == ("VERB", "VBZ", "ROOT", lemma)
    assert [c.text for c in tok.children if c.dep == "nsubj"] == [subject]
    assert sum(1 for t in sent.tokens if t.dep == "ROOT") == 1


def test_the_token_rows_hold_the_repair_with_heads_in_the_sentence(parse):
    """The columns written are one tree: every head inside the sentence, one root, no cycle."""
    sent = body_sentence(parse, POSITION)
    ids = {t.i for t in sent.tokens}
    assert all(t.head_i in ids for t in sent.tokens)
    for tok in sent.tokens:
        assert len(tok.ancestors()) < len(sent.tokens)


def test_the_position_players_statement_has_him_as_its_agent(parse, registry):
    """O'Connell, the subject of "has dismissed" once the parse is repaired, is the statement's agent (on main the
    narratives step read "lock" as the verb and made no statement of "has dismissed")."""
    found, _ = steps_of(parse, registry, POSITION)
    dismissed = [s for s in found if s.action_text.startswith("has dismissed") or s.action_text == "dismissed"]
    assert [s.agent_actor_id for s in dismissed] == ["disc.paul_o_connell"], rows(found)


def test_a_speech_verb_tagged_as_a_noun_is_the_statements_action(parse, registry):
    """On main the narratives step read "criticises" as a noun: no statement, Marca no agent."""
    found, _ = steps_of(parse, registry, SPEECH)
    assert [(s.agent_actor_id, s.action_class, s.patient_actor_id) for s in found if s.action_text == "criticises"] == [
        ("disc.marca", "ACCUSE", "disc.gary_neville")
    ], rows(found)


def test_the_words_before_a_repaired_verb_are_no_label(parse, registry):
    """On main "And like AS, Marca criticises" was a label of Gary Neville (an apposition of the noun "criticises")."""
    labels = [row.label for row in steps_of(parse, registry, SPEECH)[1]]
    assert not any("criticises" in label for label in labels), labels


@pytest.mark.parametrize(
    "body",
    [
        "Scotland lock Scott Murray said he was ready to return.",  # the clause has its own subject
        "But defender Andy Todd is suspended and could be replaced by Dominic Matteo.",
        "The IPPR report points to informal, small scale examples of such commons that already exist.",  # no object
        "Ten Clean Jokes for Kids to Make Them Giggle",  # a title-cased list line
        "2X points on travel and dining at restaurants worldwide.",  # no definite subject
    ],
)
def test_no_repair_outside_the_shapes(parse, body):
    from narrative_pipeline.misparse import REPAIRS, default_repair_words

    sent = body_sentence(parse, body)
    before = [(t.pos, t.tag, t.dep, t.head_i, t.lemma) for t in sent.tokens]
    for repair in REPAIRS:
        repair(sent, default_repair_words())
    assert [(t.pos, t.tag, t.dep, t.head_i, t.lemma) for t in sent.tokens] == before


def test_the_claims_step_repairs_nothing_of_its_own():
    """One repair, in the parse: the claims package neither holds nor calls it."""
    claims = Path(__file__).resolve().parents[1] / "workflow" / "narrative_pipeline" / "claims"
    assert not (claims / "misparse.py").exists()
    calls = ("misparse import", "repair_speech_verbs(", "repair_position(")
    assert not any(call in p.read_text() for p in claims.glob("*.py") for call in calls)


def test_the_repair_words_are_the_claims_lexicons_and_key_the_parse(tmp_path):
    """The words come from the claims lexicon by path; a change of them changes the digest that keys the parse cache
    and the normalize rule, an edit elsewhere in that lexicon does not."""
    from narrative_pipeline.lexicon import repair_words, repair_words_digest

    source = Path(__file__).resolve().parents[1] / "config" / "claims_lexicon.yaml"
    words = repair_words(source)
    assert "forecast" in words.reporting_verbs and "lock" in words.position_nouns
    text = source.read_text(encoding="utf-8")
    other = tmp_path / "other.yaml"
    other.write_text(text.replace("stance_adjectives: [", "stance_adjectives: [zzzz, "), encoding="utf-8")
    assert repair_words_digest(repair_words(other)) == repair_words_digest(words)
    fewer = tmp_path / "fewer.yaml"
    fewer.write_text(text.replace("position_nouns: [lock, ", "position_nouns: ["), encoding="utf-8")
    assert "lock" not in repair_words(fewer).position_nouns
    assert repair_words_digest(repair_words(fewer)) != repair_words_digest(words)


def test_without_the_position_word_the_parse_is_not_repaired(parse, tmp_path):
    """The normalize step reads its words from the lexicon it is given (`parse_articles`' words)."""
    from narrative_pipeline.lexicon import RepairWords
    from narrative_pipeline.misparse import default_repair_words
    from narrative_pipeline.nlp import load_pipeline
    from narrative_pipeline.normalize import compile_patterns, parse_articles
    from narrative_pipeline.records import ArticleText
    from narrative_pipeline.settings import PipelineConfig

    cfg = PipelineConfig()
    words = default_repair_words()
    none = RepairWords(words.reporting_verbs, frozenset())
    article = ArticleText(article_id="0123456789abcdef", source_path="a.txt", sha256="0" * 64,
                          text="A headline that is never a claim\n\n" + POSITION)  # fmt: skip
    nlp = load_pipeline(cfg.spacy_model, ())
    patterns = compile_patterns(cfg.boilerplate_patterns)
    (kept,) = parse_articles([article], nlp, patterns, cfg.max_chunk_chars, 64, none)
    (repaired,) = parse_articles([article], nlp, patterns, cfg.max_chunk_chars, 64, words)
    root = [repaired.tokens["text"][k] for k, dep in enumerate(repaired.tokens["dep"]) if dep == "ROOT"]
    assert root[-1] == "dismissed"
    assert [kept.tokens["text"][k] for k, dep in enumerate(kept.tokens["dep"]) if dep == "ROOT"][-1] == "lock"


# --- an inverted question mark right after a word's last letter ----------------------------------------------------


@pytest.mark.parametrize(("raw", "text"), [
    ("the students\u00bf union", "the students\u2019 union"),  # a plural's possessive
    ("the players&#191; union", "the players\u2019 union"),
    ("\u2018Mr Blair\u00bfs government is all talk\u00bf, he said", "\u2018Mr Blair\u2019s government is all talk\u2019, he said"),
    ("it was all talk\u00bf", "it was all talk\u2019"),  # at the end of the text
])  # fmt: skip
def test_an_inverted_question_mark_after_a_words_last_letter_is_an_apostrophe(raw, text):
    from narrative_pipeline.textnorm import normalize, normalize_text

    norm = normalize(raw)
    assert norm.text == text
    mark = norm.text.rindex("\u2019")
    start, end = norm.raw_span(mark, mark + 1)
    assert raw[start:end] in {"\u00bf", "&#191;"}
    # a row's slice that ends on the mark (a word's edge) reads the same as the whole
    assert normalize_text(raw[:end]) == text[: mark + 1]


@pytest.mark.parametrize("raw", [
    "Dijo: \u00bfQu\u00e9 pasa?",  # after a space
    "cheap food \u00bf and save farms",  # between spaces: a lost dash, which mark cannot be told
    "(\u00bfY ahora?)",
    "5\u00bf",  # after a digit
])  # fmt: skip
def test_an_inverted_question_mark_after_no_letter_stays(raw):
    from narrative_pipeline.textnorm import normalize

    assert "\u00bf" in normalize(raw).text


# --- a tie of letter for letter between cp1252 and cp1250 ----------------------------------------------------------


def test_a_tie_of_letter_for_letter_with_no_language_reads_cp1252():
    """fix87 left it: "São" alone fits cp1250's "Săo" as well; with no `<html lang>` the detector's guess stayed. A
    tie now reads cp1252 (`decoding.TIE_READING`), the code page of English."""
    from narrative_pipeline.decoding import cleaner_reading

    data = "The team from S\u00e3o Paulo won on Sunday.".encode("cp1252")
    assert cleaner_reading(data, data.decode("cp1250"), "cp1250") == (data.decode("cp1252"), "cp1252")


def test_a_declared_language_and_a_better_fit_still_decide():
    """What must stay: a Central European `lang` keeps cp1250 on a tie; a cp1250 text whose words fit cp1250 only
    ("Łódź", "Wałęsa") stays cp1250 with no language."""
    from narrative_pipeline.decoding import cleaner_reading

    tie = "The team from S\u00e3o Paulo won on Sunday.".encode("cp1252")
    assert cleaner_reading(tie, tie.decode("cp1250"), "cp1250", "cp1250")[1] == "cp1250"
    polish = "Lech Wa\u0142\u0119sa spoke in \u0141\u00f3d\u017a on Sunday.".encode("cp1250")
    assert cleaner_reading(polish, polish.decode("cp1250"), "cp1250") == (polish.decode("cp1250"), "cp1250")
