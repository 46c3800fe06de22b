"""review33: near cases of session 32's actor rules that fail when the rule goes too far (config/eval/README)."""

from __future__ import annotations

from ._found import texts as _texts


def test_near_case_single_names_after_another_verbs_colon_stay(mentions):
    """`_follow_list` wants a verb of following (`platform_verbs`) to open the line. actors42's near case ("Meet us:
    Sarah Collins | ...") passes whatever the verb, since a full person name acts (`used_thing` keeps it): one-word
    names are what the verb's test protects, and with it dropped "Mariana" and "Tobias" are lost."""
    text = "Our volunteers ran the stall on Saturday, the organisers said.\n\nMeet them: Mariana | Tobias | Ingrid"
    assert {"Mariana", "Tobias"} <= _texts(mentions(text))
