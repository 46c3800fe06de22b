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
    """What must stay: "¿" opening a question after a space, a quote, a bracket or at the start, and a lone one (fix89:
    one right after a word's last letter is an apostrophe, `tests/test_fix89_parse_repairs.py`)."""
    for raw in (
        "Dijo: \u00bfQu\u00e9 pasa?",
        '"\u00bfPor qu\u00e9 no?" asked the headline',
        "(&#191;Y ahora?)",
        "\u00bfD\u00f3nde?",
        "cheap food \u00bf and save farms",
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


# --- an export read in a guessed charset ---------------------------------------------------------------------------

BODY = (
    "The minister said the new caf\u00e9 rules would pass next week after a long debate in parliament, officials"
    " said on Monday."
)


ACCENTED = (
    "Jos\u00e9 and Zo\u00eb said the new caf\u00e9 rules on cr\u00e8me br\u00fbl\u00e9e would pass next week after a"
    " long debate in parliament, officials in S\u00e3o Paulo and M\u00fcnchen said."
)


def _rows(tmp_path, name: str, data: bytes):
    from narrative_pipeline.sources import SourceSettings, read_source

    path = tmp_path / name
    path.write_bytes(data)
    return list(read_source(path, name, SourceSettings()))


def _jsonl_row(title: str, text: str) -> bytes:
    import json

    return json.dumps({"title": title, "text": text}, ensure_ascii=False).encode("utf-8")


def test_a_mixed_export_row_whose_stray_bytes_read_as_no_text_is_rejected_with_its_count(tmp_path):
    """Rows decoded one by one: UTF-8 rows with stray single bytes read as cp1252, Latin-1 where cp1252 has none (a
    C1 control). A row most of whose characters are such controls is rejected with the row's count; a row with one
    gets a warning naming it; the UTF-8 rows are not checked. Every row keeps its row."""
    garbled = b'{"text": "' + bytes([0x81, 0x41, 0x8D, 0x8F, 0x20, 0x90, 0x42, 0x9D]) * 2 + b'"}'
    one_stray = _jsonl_row("Rules", ACCENTED).replace(b"debate", b"de\x81bate")
    lines = [_jsonl_row(f"Story {k}", ACCENTED) for k in range(4)] + [garbled, one_stray]
    rows = _rows(tmp_path, "mixed.jsonl", b"\n".join(lines) + b"\n")
    assert [r.locator for r in rows] == [f"line:{k}" for k in range(1, 7)]
    assert [r.status for r in rows] == ["ok"] * 4 + ["rejected", "ok"]
    assert rows[4].reason.startswith("unreadable: the export names no charset and the guess, utf-8+cp1252, reads")
    assert "of the row's" in rows[4].reason
    assert [w for w in rows[5].warnings if w.startswith("read as utf-8+cp1252, a guess that reads 1 of the row's")]
    assert not [w for r in rows[:4] for w in r.warnings if "a guess that reads" in w]


def test_an_export_read_whole_in_a_guess_is_checked_whole(tmp_path):
    """A cp1252 CSV whose text fields are mostly control characters (on lines of ASCII bytes, which the guess's
    sample leaves out, so the export is not taken for binary): every row is rejected with the export's count
    (each keeps its own row); with a few of them every row gets the export's warning."""
    header = b"title,text\r\n"
    noise = bytes([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08]) * 20
    ascii_body = BODY.replace("caf\u00e9", "cafe").encode()
    rows = [f'Story {k},"'.encode() + ascii_body + b" " + noise + b'"\r\n' for k in range(3)]
    rows[0] = b'Caf\xe9 story,"' + BODY.encode("cp1252") + b'"\r\n'  # the line that is not ASCII: the guess's sample
    found = _rows(tmp_path, "noisy.csv", header + b"".join(rows))
    assert [r.locator for r in found] == ["line:2", "line:3", "line:4"]
    assert all(r.status == "rejected" for r in found)
    assert all(r.reason.startswith("unreadable: the export names no charset and the guess, ") for r in found)
    assert all(" of its " in r.reason and "control, replacement or unassigned" in r.reason for r in found)
    few = [f'Story {k},"'.encode() + BODY.encode("cp1252") + (b"\x01" if k == 0 else b"") + b'"\r\n' for k in range(3)]
    found = _rows(tmp_path, "few.csv", header + b"".join(few))
    assert [r.status for r in found] == ["ok"] * 3
    assert all([w for w in r.warnings if "a guess that reads 1 of its" in w] for r in found)


def test_a_clean_guessed_export_and_a_utf8_one_get_no_check_warning(tmp_path):
    """What must stay: a clean cp1252 export keeps its one "not UTF-8" warning a row; UTF-8 is never checked."""
    clean = _rows(tmp_path, "clean.jsonl", _jsonl_row("Caf\u00e9 rules", BODY).decode().encode("cp1252") + b"\n")
    assert [r.status for r in clean] == ["ok"] and clean[0].warnings == ["the export is not UTF-8: read as iso-8859-1"]
    utf8 = _rows(tmp_path, "utf8.csv", b'title,text\r\nRules,"' + BODY.encode() + b'\x01\x02\x03"\r\n')
    assert [r.status for r in utf8] == ["ok"] and utf8[0].warnings == []


# --- cp1252 or cp1250 ----------------------------------------------------------------------------------------------

POLISH = "Prezydent Lech Wa\u0142\u0119sa powiedzia\u0142, \u017ce ka\u017cdy obywatel \u0141odzi mo\u017ce g\u0142osowa\u0107."
CZECH = "Anton\u00edn Dvo\u0159\u00e1k se narodil v Nelahozevsi; t\u0159\u00edda je \u0161\u0165astn\u00e1."
ENGLISH = "Fans in S\u00e3o Paulo paid \u00a35m for the \u201ccaf\u00e9\u201d, the minister\u2019s office said."


def test_the_word_fit_measure():
    """Misfits: a symbol inside a word, a letter glued to a digit, a case break, a control; word letters: the rest."""
    from narrative_pipeline.decoding import word_fit

    assert word_fit("Wa\u0142\u0119sa") == (0, 2) and word_fit("Wa\u00b3\u00easa") == (1, 0)  # ³ between letters
    assert word_fit("paid \u00a35m") == (0, 0) and word_fit("paid \u01415m") == (1, 0)  # "Ł5m"
    assert word_fit("\u0141\u00f3d\u017a") == (0, 1) and word_fit("\u00a3\u00f3d\u0178") == (1, 0)  # "ŁódŸ"
    assert word_fit("\u00bfQu\u00e9?") == (0, 0) and word_fit("\u017cQu\u00e9?") == (1, 0)  # "żQué"
    assert word_fit("minister\u2019s S\u00e3o") == word_fit("minister\u2019s S\u0103o") == (0, 1)  # a tie
    assert word_fit("40m\u00b3 of") == word_fit("40m\u0142 of") == (0, 0)  # a letter at a word's end: no evidence


def test_a_central_european_text_or_page_read_as_cp1252_takes_cp1250(tmp_path):
    from narrative_pipeline.decoding import decode_bytes
    from narrative_pipeline.sources.charset import decode_page

    for text in (POLISH, CZECH):
        data = text.encode("cp1250")
        assert decode_bytes(data) == (text, "cp1250")
        page = decode_page(b"<html><body><p>" + data + b"</p></body></html>")
        assert page.encoding == "cp1250" and text in page.text and page.guessed
    item = _rows(tmp_path, "polish.txt", ("Wybory\n\n" + POLISH).encode("cp1250"))[0]
    assert item.status == "ok" and item.encoding == "cp1250" and POLISH in item.text


def test_a_short_western_page_guessed_cp1250_takes_cp1252_and_its_language_breaks_a_tie():
    """A detector's guess for a short undeclared cp1252 page (cp932 for this one; cp1250 for others) loses to cp1252,
    whose words fit ("Ł5m" in cp1250 is a misfit; cp932 glues kana to Latin letters). "São" alone ("Săo") fits either: the page's declared language decides (English: cp1252), and with none
    the reading given stays."""
    from narrative_pipeline.sources.charset import decode_page

    data = ENGLISH.encode("cp1252")
    page = decode_page(b"<html><body><p>" + data + b"</p></body></html>")
    assert page.encoding == "cp1252" and ENGLISH in page.text
    short = "The team from S\u00e3o Paulo won on Sunday.".encode("cp1252")
    english = decode_page(b"<html lang='en-GB'><body><p>" + short + b"</p></body></html>")
    assert english.encoding in {"cp1252", "iso-8859-1"} and "S\u00e3o Paulo" in english.text


def test_what_must_stay_declared_and_clean_western_readings():
    """A declared charset is never second-guessed; a Western text whose differing bytes are symbols where they
    belong ("£5", a Spanish "¿Qué") stays cp1252 / ISO-8859-1."""
    from narrative_pipeline.decoding import decode_bytes
    from narrative_pipeline.sources.charset import decode_page

    declared = decode_page(b'<html><head><meta charset="windows-1250"></head><body><p>' + b"\xa35m</p></body></html>")
    assert declared.encoding == "cp1250" and "\u01415m" in declared.text and not declared.guessed
    for text in (
        ENGLISH,
        "Dijo: \u00bfQu\u00e9 pasa con el ni\u00f1o? \u00a1Nada! Cuesta \u00a35.",
        "The tank holds 40m\u00b3 of water (see note\u00b9).",
    ):
        assert decode_bytes(text.encode("cp1252"))[0] == text
