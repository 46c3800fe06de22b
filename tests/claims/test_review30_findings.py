"""review30: a fresh review of session 29's claims code (claims36's word lists, `syntax.modal_form`)."""

from __future__ import annotations

import pytest
from narrative_pipeline import syntax


def _modal(parse, lex, body: str) -> str:
    (tok,) = [t for t in parse("A headline\n\n" + body).tokens if t.tag == "MD"]
    return lex.modal_form(tok)


def test_the_habitual_and_participle_lists_live_in_the_claims_lexicon(lex):
    """claims36 kept HABITUAL_PAST_PHRASES and CLAUSE_PARTICIPLES in syntax.py, out of the lexicon hash; they are the
    lexicon's `habitual_past_phrases` and `clause_participles` (review30), and syntax.py keeps no word list of them."""
    assert ("in", "the", "past") in lex.habitual_past_phrases and ("back", "then") in lex.habitual_past_phrases
    assert lex.clause_participles == frozenset({"read"})
    assert not hasattr(syntax, "HABITUAL_PAST_PHRASES") and not hasattr(syntax, "CLAUSE_PARTICIPLES")


@pytest.mark.parametrize(
    ("body", "field", "with_list", "without"),
    [
        ("In the past, fans would be left debating the try for days.", "habitual_past_phrases", "used to", "would"),
        ("Back then you'd hear the song at every party.", "habitual_past_phrases", "used to", "would"),
        ("He'd read that there were fires in the Amazon.", "clause_participles", "had", "would"),
    ],
)
def test_modal_form_reads_the_lexicons_lists(parse, lex, body, field, with_list, without):
    """The reading follows the lexicon it is asked through: a lexicon without the list reads the plain modal."""
    empty = () if field == "habitual_past_phrases" else frozenset()
    assert _modal(parse, lex, body) == with_list
    assert _modal(parse, lex.model_copy(update={field: empty}), body) == without


@pytest.mark.parametrize(
    ("body", "form"),
    [
        ("I would say in the past deals have been done.", "would"),  # after the modal: a hedged frame
        ("In the past when I was a top seed I would have played him.", "would"),  # over a perfect
        ("We'd put one in every room.", "would"),  # 'put' is no clause participle
        ("He said they'd leave the country.", "would"),
        ("You'd better leave now.", "had"),
    ],
)
def test_near_cases_keep_their_reading(parse, lex, body, form):
    assert _modal(parse, lex, body) == form


# --- "tip" (claims36) and the classifier's verb classes -------------------------------------------------------------


def _verb_classes(parse, lex, body: str) -> dict[str, set[str]]:
    from narrative_pipeline.classify.features import lexical_features

    article = parse("A headline\n\n" + body)
    found: dict[str, set[str]] = {}
    for tok in article.tokens:
        if tok.pos in {"VERB", "AUX"}:
            feats = lexical_features([tok], None, None, lex)
            found[tok.lower] = {k.split("=", 1)[1] for k in feats if k.startswith("lex:verbclass=")}
    return found


def test_tip_is_a_prediction_verb_for_the_classifier_only_with_an_infinitive(parse, lex):
    """review30 (medium): claims36 put "tip" among `prediction_verbs`, which the claims classifier also reads (every verb
    of the list gets `lex:verbclass=pred`): "Robson saw another long-range effort tipped round the post" (BBC) got the
    effort as its claimer, reported (the model's claimer), and "... with Daily Mail & General Trust tipped as the most
    likely suitor" went assessment -> prediction. Merged with claims37's fix: "tip" is a `sense_bound_prediction_verbs`,
    a verb of the future for the rules and the classifier alike only with its own to-infinitive or "as" phrase ("was widely tipped to become the world's
    leading multiple sclerosis treatment" keeps the prediction claims36 gave it)."""
    assert "tip" in lex.sense_bound_prediction_verbs
    saved = _verb_classes(parse, lex, "Robson saw another long-range effort tipped round the post.")
    assert "pred" not in saved["tipped"]  # ("report" it was before claims36 too: `reporting_verbs`)
    assert "pred" in _verb_classes(parse, lex, "The drug was widely tipped to become the leading treatment.")["tipped"]
    assert "pred" in _verb_classes(parse, lex, "The bank predicted that rates would rise.")["predicted"]  # near case


@pytest.mark.parametrize(
    ("body", "claim_type", "rule"),
    [
        ("Jamie Foxx is tipped to win best actor for Ray.", "prediction", "reporting-future"),
        ("Campese has tipped Wales to win both the Six Nations and the Grand Slam.", "prediction", "verb-future"),
        ("Robson saw another long-range effort tipped round the post before a lob was cleared.", "event", None),
    ],
)
def test_tipped_to_still_forecasts_and_a_save_does_not(one, body, claim_type, rule):
    claim = one(body)
    assert claim.claim_type == claim_type
    if rule is not None:
        assert claim.type_rule == rule
    else:
        assert claim.claimer_kind == "author"


@pytest.mark.xfail(
    strict=True,
    reason="review30 (low, left): with claims36's \"tip\" a prediction verb, a reduced relative 'the company originally "
    "tipped to buy Yuganskneftegas' (BBC 3cc04d4d) is typed a prediction (verb-future), so `merge_units` no longer joins "
    'it back to its sentence ("tip" is also a reporting verb, so `_splits` cuts the participle off): a fragment claim, '
    "and 'was banned from taking part in the auction' left without its subject. 1 BBC row; 'expected to buy' (no "
    "reporting verb) is not cut. A fix: verb-future not on a participle modifying a noun (acl), to be measured",
)
def test_a_reduced_relative_tipped_to_is_no_claim_of_its_own(claims_of):
    claims, _ = claims_of(
        "Gazprom, the company originally tipped to buy Yuganskneftegas, was banned from taking part in the auction by "
        "a US court injunction."
    )
    assert len(claims) == 1
