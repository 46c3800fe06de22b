"""fix87 (session 61): inputs. An inverted question mark between two letters of a word ("America&#191;s",
"don¿t": a code page without "’" wrote it there) is read as an apostrophe, Spanish "¿" stays (`textnorm` rule 5);
an export read in a guessed charset is checked as a text is (`decoding.guess_check`), whole and row by row; a short
undeclared text or page read in cp1252 or cp1250 takes the reading whose non-ASCII characters fit words better
(`decoding.cleaner_reading`)."""

from __future__ import annotations

from pathlib import Path

from narrative_pipeline.textnorm import normalize, normalize_text

ROOT = Path(__file__).resolve().parents[1]


# --- a lost apostrophe written "¿" --------------------------------------------------------------------------------


def test_an_inverted_question_mark_inside_a_word_is_an_apostrophe_from_its_archived_range():
    raw = "America&#191;s league, Mr Blair\u00bfs government and don&iquest;t"
    norm = normalize(raw)
    assert norm.text == "America\u2019s league, Mr Blair\u2019s government and don\u2019t"
    first = norm.text.index("\u2019")
    assert raw[slice(*norm.raw_span(first, first + 1))] == "&#191;"
    # a row's slice that starts and ends on word edges reads the same as the whole (validation re-derives it so)
    assert normalize_text(raw[: raw.index(" league")]) == "America\u2019s"


def test_spanish_inverted_question_marks_stay():
    """What must stay: "¿" opening a question after a space, a quote, a bracket or at the start, and a lone one."""
    for raw in (
        "Dijo: \u00bfQu\u00e9 pasa?",
        '"\u00bfPor qu\u00e9 no?" asked the headline',
        "(&#191;Y ahora?)",
        "\u00bfD\u00f3nde?",
        "cheap food \u00bf and save farms",
        "the players\u00bf union",
    ):
        assert "\u00bf" in normalize(raw).text, raw


def test_the_parser_reads_a_lost_apostrophe_as_a_possessive(parse):
    """On main the parser read "America¿s" as one token, the first of an organisation "America¿s National Football
    League"; read as an apostrophe, "America" is the place and "’s" its possessive, the league a name of its own."""
    body = (
        "Many were already rankled, for the coup happened just weeks after EA had pulled off another licensing deal,"
        " controversially giving them exclusive rights to teams and personnel from America&#191;s National Football"
        " League (NFL). So, will the range be missed?\n"
    )
    article = parse("A headline about games\n\n" + body, "0123456789abcdef")
    words = [t.text for t in article.tokens]
    at = words.index("America")
    assert words[at + 1] == "\u2019s" and article.text[article.tokens[at + 1].start : article.tokens[at + 1].end] == (
        "&#191;s"
    )
    assert article.tokens[at + 1].ent_iob == "O" and article.tokens[at + 2].ent_iob == "B"  # the league's own name
    assert any("America\u2019s National Football League" in s.record.text for s in article.sents)
