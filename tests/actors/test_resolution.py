"""Resolution with what the article said: surnames, short forms, spelling variants."""

from __future__ import annotations

from narrative_pipeline.actors import discovered_id
from narrative_pipeline.actors.resolution import acronym_key, ends_name, initials, same_person


def test_surname_repeats_full_name(mentions):
    got = mentions("Opposition leader Maria Kovacsova criticised the budget. Ms Kovacsova said it was unfair.")
    ids = {a for t, a, _ in got if t in {"Maria Kovacsova", "Kovacsova"}}
    assert ids == {discovered_id("Maria Kovacsova")}
    assert any(m == "surname" for t, _, m in got if t == "Kovacsova")


def test_a_surname_two_persons_share_stays_unresolved(mentions):
    text = "Maria Kovacsova and Jan Kovacsova met. Kovacsova left."
    assert not any(m == "surname" for _, _, m in mentions(text))


def test_a_headline_name_does_not_make_a_surname_ambiguous(parse, registry):
    from narrative_pipeline.actors import Linker, link_article

    art = parse("Mogul Wilson backs band\n\nTony Wilson backed the band. Wilson said it was good.")
    chosen = link_article(art, Linker.build(registry, 90.0))
    assert {art.text[c.start : c.end]: c.actor_id for c in chosen}.get("Wilson") == discovered_id("Tony Wilson")


def test_a_longer_full_name_of_the_same_person_folds_onto_the_first(mentions):
    got = mentions("Sir Anthony Meyer has died. Anthony John Charles Meyer was born in 1920.")
    assert {a for t, a, _ in got if "Meyer" in t} == {discovered_id("Anthony Meyer")}


def test_same_person():
    assert same_person("Anthony Meyer", "Anthony John Charles Meyer")
    assert not same_person("Tony Wilson", "Mogul Wilson")
    assert same_person("C Hodgson", "Charlie Hodgson") and same_person("Charlie Hodgson", "C. Hodgson")
    assert not same_person("J Hodgson", "Charlie Hodgson")


def test_ends_name():
    assert ends_name("Michael Symmons Roberts", "Symmons Roberts")
    assert not ends_name("Symmons Roberts", "Symmons Roberts") and not ends_name("Julia Roberts", "Symmons Roberts")


def test_an_initialled_name_and_a_name_without_its_first_word_fold_onto_the_full_name(mentions):
    """A line-up's "C Hodgson" does not make "Hodgson" ambiguous; "Symmons Roberts" is the person the
    article named "Michael Symmons Roberts" (one id per person, not a surname id beside the full one)."""
    got = mentions("Charlie Hodgson kicked a penalty. Hodgson missed later. England: C Hodgson, H Ellis.")
    assert {a for t, a, _ in got if "Hodgson" in t} == {discovered_id("Charlie Hodgson")}
    got = mentions("The poet Michael Symmons Roberts won. Symmons Roberts also makes films.")
    assert {a for t, a, _ in got if "Roberts" in t} == {discovered_id("Michael Symmons Roberts")}


def test_initials_and_acronyms():
    assert initials("Bank of England") == {"boe", "be"}
    assert "ongc" in initials("Oil and Natural Gas Corporation")
    assert acronym_key("BoE") == "acr:boe" and acronym_key("Yahoo") is None


def test_acronym_of_an_organisation_named_in_full(mentions):
    got = mentions("The Zembla Liberation Front attacked. The ZLF said it would fight on.")
    assert ("ZLF", discovered_id("Zembla Liberation Front"), "short-form") in got
    assert ("BoE", "bank_of_england", "short-form") in mentions("The Bank of England acted. The BoE said so.")


def test_an_acronym_in_brackets_is_the_name_before_it(mentions):
    """Even when two organisations the article names share the initials ("European Council")."""
    got = mentions("The European Council met. The European Commission (EC) said it would not redraft the law.")
    assert ("EC", "european_commission", "short-form") in got


def test_short_form_after_the_full_name(mentions):
    got = mentions("Newbridge Capital bought the bank in May. Newbridge said it would cut jobs.")
    assert ("Newbridge", discovered_id("Newbridge Capital"), "short-form") in got


def test_no_short_form_of_a_product(mentions):
    got = mentions("Apple Mac sales rose. Apple said it was pleased.")
    assert not any(m == "short-form" for _, _, m in got)


def test_a_body_of_a_state_the_article_names(linked):
    got = linked("Britain raised taxes. The Treasury said growth would continue.")
    assert ("Treasury", "hm_treasury") in got


def test_fuzzy_spelling_variant(mentions):
    got = mentions("Vladmir Putin met the delegation.", threshold=85)
    assert any(a == "vladimir_putin" and m == "fuzzy" for _, a, m in got)


def test_fuzzy_match_of_a_person_keeps_the_surname(mentions):
    """A surname one letter apart is another person more often than a typo (Johnson / Johnston, Davis /
    Davies, Clark / Clarke): no fuzzy link ("Vladimir Putinn" stays a discovered person)."""
    got = mentions("Vladimir Putinn met the delegation.", threshold=85)
    assert not any(a == "vladimir_putin" for _, a, _ in got)


def test_no_initials_from_a_name_holding_an_acronym():
    """'BBC Three' gives no "BT": an acronym inside a name is no word to take an initial from."""
    assert initials("BBC Three") == set() and initials("British Telecom") == {"bt"}


def test_fuzzy_organisation_options_by_first_word_are_worked_out_once(registry):
    from narrative_pipeline.actors.resolution import FIRST_WORD_RATIO, FuzzyIndex
    from rapidfuzz import fuzz

    index = FuzzyIndex(registry)
    for first in ("agence", "central", "federal", "bank"):
        options, names = index._first_word_alike("other", first)
        expected = [o for o in index.choices["other"] if fuzz.ratio(o[0].split()[0], first) >= FIRST_WORD_RATIO]
        assert options == expected and names == [o[0] for o in expected]
        assert index._first_word_alike("other", first)[0] is options  # remembered, not worked out again
    # a spelling variant keeps its first word; another first word is no variant (twice: from the memo too)
    for _ in range(2):
        hit = index.match("Agence France Press", "organisation", 90.0)
        assert hit is not None and hit[0].id == "afp"
        assert index.match("Central Bureau of Investigation", "organisation", 90.0) is None
