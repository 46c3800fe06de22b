"""actors64 (session 48, issue 12): a person an earlier `sport-person` descriptor called by one nationality ("the
Austrian's drop shots": Melzer) is no candidate for another nationality noun ("said the American"). Each text
through the real parse (`described` of tests/actors/conftest.py); the first in a BBC sport article's words."""

from __future__ import annotations

from narrative_pipeline.actors import link_article

MELZER = (
    "Second seed Andre Agassi suffered a comprehensive defeat by Jurgen Melzer in the quarter-finals of the SAP Open."
    " Agassi was often bamboozled by the Austrian's drop shots in San Jose, losing 6-3 6-1. Melzer has now beaten"
    " Agassi in two of their three meetings. And Agassi, who was more than matched for power by his opponent's"
    " two-handed backhand, said Melzer was an example of several players on the tour willing to take their chances"
    ' against him. "A lot more guys are capable of it now," said the American.'
)


def test_a_person_called_another_nationality_before_is_not_the_nationality_nouns(described):
    found = described(MELZER, "Melzer shocks Agassi")
    assert found["Austrian"] == ("disc.jurgen_melzer", "sport-person")
    assert found["American"] == ("disc.andre_agassi", "sport-person")


def test_the_same_nationality_called_before_of_another_person_does_not_stop_the_link(parse, linker):
    # the other side: only another nationality excludes; two Americans ("the American" Roddick, then Mirnyi named
    # alone just before a second "the American") keep the one-person fallback (a BBC tennis report's Davenport and
    # Venus Williams, both "the American", try1 lost the second)
    text = (
        "Andy Roddick served 20 aces in the first round of the tennis tournament in San Jose on Tuesday. The American"
        " won the match 6-3 6-4. Max Mirnyi reached the second round of the tournament on Wednesday. The American"
        " lost only four games in the match."
    )
    article = parse(f"Roddick wins\n\n{text}")
    found = [
        (article.text[c.start : c.end], c.actor_id)
        for c in link_article(article, linker(90.0))
        if c.method == "descriptor"
    ]
    assert found == [("American", "disc.andy_roddick"), ("American", "disc.max_mirnyi")], found


def test_without_the_earlier_nationality_the_two_persons_named_together_leave_it_to_none(described):
    text = MELZER.replace("by the Austrian's drop shots", "by the drop shots")
    assert "American" not in described(text, "Melzer shocks Agassi")


def test_the_nations_of_britain_do_not_exclude_one_another(parse, linker):
    # "the Briton" before does not make the person no "Scot"
    text = (
        "Andy Murray won his first match of the tennis tournament in Miami on Tuesday. The Briton won 6-3 6-4."
        " Andy Murray will play Rafael Nadal in the next round on Thursday. The Scot said he was ready for the match."
    )
    article = parse(f"Murray wins\n\n{text}")
    found = [
        (article.text[c.start : c.end], c.actor_id)
        for c in link_article(article, linker(90.0))
        if c.method == "descriptor"
    ]
    assert found == [("Briton", "disc.andy_murray"), ("Scot", "disc.andy_murray")], found
