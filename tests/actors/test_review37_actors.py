"""review37: actors46's place rules read on their misfires (config/eval/README.md "review37").

- `filters.word_of_a_places_name` took a registry name before up to three capitalised words ending with a place's word
  for a word of that place's name in a title-case headline or subheading too: "Israel Strikes Gaza Hospital" lost
  Israel. Not in a headline now, nor over a verb. Near case: "New York's Times Square" in a body sentence is still a
  square's name, no mention of The Times.
"""

from __future__ import annotations

from narrative_pipeline.actors import link_article


def _found(parse, linker, headline: str, body: str) -> list[tuple[str, str, bool]]:
    """(surface, actor id, in the headline) of each mention of the article."""
    article = parse(f"{headline}\n\n{body}")
    chosen = link_article(article, linker(90.0))
    return [(article.text[c.start : c.end], c.actor_id, c.start < len(headline)) for c in chosen]


def test_a_state_before_a_verb_and_a_place_in_a_title_case_headline_is_a_mention(parse, linker):
    found = _found(parse, linker, "Israel Strikes Gaza Hospital", "Israel said its jets hit the building overnight.")
    assert ("Israel", "state_isr", True) in found


def test_a_state_before_a_verb_and_a_place_in_a_title_case_subheading_is_a_mention(parse, linker):
    found = _found(
        parse, linker, "Headline", "The strike came at night.\n\nIsrael Strikes Gaza Hospital\n\nIt was hit."
    )
    assert ("Israel", "state_isr", False) in found


def test_near_case_a_registry_name_inside_a_squares_name_in_the_body_is_no_mention(parse, linker):
    found = _found(parse, linker, "Headline", "He hoped to lead the festivities in New York's Times Square.")
    assert not any(text == "Times" for text, _, _ in found)
