"""Resolution with what the article said: surnames, spelling variants, descriptors."""

from __future__ import annotations

from narrative_pipeline.actors import discovered_id


def test_surname_repeats_full_name(mentions):
    got = mentions("Opposition leader Maria Kovacsova criticised the budget. Ms Kovacsova said it was unfair.")
    ids = {a for t, a, _ in got if t in {"Maria Kovacsova", "Kovacsova"}}
    assert ids == {discovered_id("person", "Maria Kovacsova")}
    assert any(m == "surname" for t, _, m in got if t == "Kovacsova")


def test_a_surname_two_persons_share_stays_unresolved(mentions):
    text = "Maria Kovacsova and Jan Kovacsova met. Kovacsova left."
    assert not any(m == "surname" for _, _, m in mentions(text))


def test_fuzzy_spelling_variant(mentions):
    got = mentions("Vladimir Putinn met the delegation.", threshold=85)
    assert any(a == "vladimir_putin" and m == "fuzzy" for _, a, m in got)


def test_descriptor_rebels_after_their_leader(linked):
    assert ("rebels", "lna") in linked("Khalifa Haftar lost ground. The rebels retreated to the east.")


def test_descriptor_rebels_without_referent_is_not_linked(mentions):
    assert not any(t == "rebels" for t, _, _ in mentions("The rebels retreated to the east."))


def test_descriptor_regime_after_the_state_it_governs(linked):
    assert ("regime", "syrian_government") in linked("Syria closed its border. Later the regime withdrew support.")


def test_descriptor_regime_after_assad_regime(linked):
    got = linked("Pilots trained with the Assad regime. Later the regime withdrew support.")
    assert ("Assad regime", "syrian_government") in got and ("regime", "syrian_government") in got


def test_descriptor_the_government_is_the_articles_state(linked):
    assert ("government", "state_jpn") in linked(
        "Japan announced new limits. The government said the limits were temporary."
    )


def test_descriptor_the_party(linked):
    assert ("party", "ukip") in linked("UKIP spent heavily. Critics accused the party of buying votes.")


def test_descriptor_title_of_a_named_person(linked):
    got = linked("Foreign Secretary Jack Straw visited Beijing. The foreign secretary said talks went well.")
    assert ("foreign secretary", "jack_straw") in got
