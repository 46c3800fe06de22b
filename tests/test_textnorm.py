from hypothesis import given, settings
from hypothesis import strategies as st
from narrative_pipeline.textnorm import normalize, normalize_text


def test_whitespace_collapses_and_maps_back():
    raw = "  Hello\u00a0\u00a0world\r\n\tagain  "
    norm = normalize(raw)
    assert norm.text == "Hello world again"
    start, end = norm.raw_span(6, 11)
    assert raw[start:end] == "world"


def test_link_remnant_removed_and_marks_sentence_break():
    raw = "earlier this year ( These events ( have confirmed"
    norm = normalize(raw)
    assert norm.text == "earlier this year These events have confirmed"
    assert norm.text.index("These") in norm.breaks
    assert norm.text.index("have") not in norm.breaks


def test_paired_brackets_are_kept():
    assert normalize_text("the GNA (Government) said") == "the GNA (Government) said"


def test_nfc_and_dropped_characters():
    raw = "Erdoe\u0301gan co\u00adoperate\u200b now"
    norm = normalize(raw)
    assert norm.text == "Erdoégan cooperate now"
    e = norm.text.index("é")
    assert raw[norm.starts[e] : norm.ends[e]] == "e\u0301"


def test_offset_argument_shifts_map():
    norm = normalize("abc", offset=10)
    assert norm.raw_span(0, 3) == (10, 13)


ALPHABET = st.sampled_from(
    list("ab (CDé")
    + [
        "\u0301",
        "\u0327",
        "\r\n",
        "\n",
        "\u00a0",
        "\u200b",
        "\u00ad",
        "😀",
        "ש",
        "ا",
        "\u202e",
        " ",
        "[",
        "ﬁ",
        "Å",
        "\u1100",
        "\u1161",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join))
def test_every_span_maps_back(raw):
    """For arbitrary text, normalizing the raw slice of any span gives the span's text."""
    norm = normalize(raw)
    text = norm.text
    boundaries = [k for k in range(len(text)) if k == 0 or norm.starts[k] != norm.starts[k - 1]]
    for a in boundaries:
        if text[a] == " ":
            continue
        for b in range(a + 1, len(text) + 1):
            if b < len(text) and norm.starts[b] == norm.starts[b - 1]:
                continue
            if text[b - 1] in " ([":
                continue
            start, end = norm.raw_span(a, b)
            assert normalize_text(raw[start:end]) == text[a:b], (raw, a, b)


def test_the_fast_path_agrees_with_normalize():
    from narrative_pipeline.textnorm import is_normal, normalize

    for raw in [
        "Plain words here.",
        " lead",
        "two  spaces",
        "tab\there",
        "the GNA ( These",
        "café",
        "a (b)",
        "x\u00ad",
    ]:
        if is_normal(raw):
            assert normalize(raw).text == raw, raw
    assert is_normal("Plain words here.") and not is_normal("two  spaces") and not is_normal("café")


@settings(max_examples=500, deadline=None)
@given(st.lists(ALPHABET, max_size=30).map("".join))
def test_the_fast_path_never_disagrees(raw):
    from narrative_pipeline.textnorm import is_normal

    if is_normal(raw):
        assert normalize(raw).text == raw


ASCII = st.sampled_from(list("ab C.,'\"-()[]") + ["  ", "\n", "\t", " (", " ( X"])


@settings(max_examples=500, deadline=None)
@given(st.lists(ASCII, max_size=30).map("".join), st.integers(min_value=0, max_value=50))
def test_normalize_of_normal_text_maps_each_character_to_itself_as_the_rules_do(raw, offset):
    """`normalize` returns text that needs no change without applying the rules: the same result as the
    rules give, character by character (text, map and breaks)."""
    from narrative_pipeline.textnorm import _normalized, is_normal

    norm = normalize(raw, offset)
    assert norm == _normalized(raw, offset)
    if is_normal(raw):
        assert norm.text == raw and norm.starts == tuple(range(offset, offset + len(raw)))


def test_normalize_of_real_paragraphs_is_what_the_rules_give():
    from narrative_pipeline.textnorm import _normalized, is_normal

    for raw in [
        'Chancellor Gordon Brown will meet his golden economic rule "with a margin to spare", he said.',
        "Ex-Labour leader Neil Kinnock, now a peer, said: 'It is not over.'",
        "",
        "x",
    ]:
        assert is_normal(raw)
        assert normalize(raw, 12) == _normalized(raw, 12)
