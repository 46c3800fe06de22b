"""fix84 (session 60): inputs. A character reference left in archived text, numeric or named ("Jos&#233;",
"AT&amp;T", "Marks &amp; Spencer", "&pound;5", "&nbsp;"), is read as the character it names (`textnorm`), so the
parser, the token texts, the rows' texts and the registry's names see the decoded text while every offset stays the
archived text's; a guessed charset is checked (`decoding.guess_check`): a reading with too many characters that are
no text is rejected as unreadable, a few are named in a warning; a Western text with a byte cp1252 lacks is read as
WHATWG's windows-1252, not as Latin-1 throughout."""

from __future__ import annotations

from pathlib import Path

from narrative_pipeline.actors import link_articles
from narrative_pipeline.decoding import decode_bytes
from narrative_pipeline.sources import SourceSettings, read_source
from narrative_pipeline.sources.html import extract_html
from narrative_pipeline.textnorm import is_normal, normalize, normalize_text

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = SourceSettings()
BODY = (
    "The minister said the new \u201ccaf\u00e9\u201d rules would pass next week after a long debate in parliament, "
    "officials said on Monday.\n\nCritics said the plan would cost the country \u20ac2bn over the next decade."
)


# --- character references -----------------------------------------------------------------------------------------


def test_a_named_or_numeric_reference_is_the_character_it_names_from_its_whole_range():
    raw = "Marks &amp; Spencer paid&nbsp;&pound;5m to Jos&#233; and AT&amp;T"
    norm = normalize(raw)
    assert norm.text == "Marks & Spencer paid £5m to José and AT&T"
    amp = norm.text.index("&")
    assert raw[slice(*norm.raw_span(amp, amp + 1))] == "&amp;"
    pound = norm.text.index("£")
    assert raw[slice(*norm.raw_span(pound, pound + 1))] == "&pound;"
    jose = norm.text.index("José")
    assert raw[slice(*norm.raw_span(jose, jose + 4))] == "Jos&#233;"
    space = norm.text.index(" £")  # the no-break space's reference is a space, as the character would be
    assert raw[slice(*norm.raw_span(space, space + 1))] == "&nbsp;"


def test_what_names_no_character_stays_as_written():
    """What must stay: an ampersand that writes no reference ("AT&T", "R&D", "Fish & chips"), a name HTML does not
    know ("&foo;") and a reference without its semicolon are text; a text without one keeps the fast path."""
    for raw in ("AT&T and R&D", "Fish & chips", "the &foo; tag", "caf&eacute and &amp"):
        assert normalize(raw).text == raw and normalize_text(raw) == raw
    assert is_normal("AT&T and R&D")


def test_references_decode_as_html_reads_them():
    from narrative_pipeline.textnorm import decode_references

    assert not is_normal("AT&amp;T")
    assert decode_references("&lt;b&gt; &shy;x &#150; &foo; &#1;") == "<b> \u00adx \u2013 &foo; "


def test_the_parser_reads_named_references_as_their_characters(parse):
    article = parse("A headline\n\nMarks &amp; Spencer said it cost&nbsp;&pound;5m, Jos&eacute; said.\n")
    words = [t.text for t in article.tokens]
    assert "&" in words and "£" in words and "José" in words
    assert not {"amp", ";", "pound;5", "&nbsp;", "Jos&eacute"} & set(words), words
    archived = {article.text[t.start : t.end] for t in article.tokens}  # offsets into the archived text
    assert {"&amp;", "&pound;", "Jos&eacute;"} <= archived
    for s in article.sents:  # every row's text is its archived span normalized (validation re-derives it so)
        assert normalize_text(article.text[s.record.start : s.record.end]) == s.record.text
    assert any("Marks & Spencer said" in s.record.text for s in article.sents)


def test_the_registry_name_is_found_through_its_written_reference(parse, registry):
    body = "EC President Jos&#233; Manuel Barroso said the talks would go on.\n\nJos&eacute; Manuel Barroso left.\n"
    article = parse("A headline\n\n" + body, "0123456789abcdef")
    mentions, _ = link_articles([article], registry, 90.0)
    found = [m for m in mentions if m.actor_id == "jose_manuel_barroso"]
    assert [article.text[m.start : m.end] for m in found] == ["Jos&#233; Manuel Barroso", "Jos&eacute; Manuel Barroso"]
    assert {m.text for m in found} == {"José Manuel Barroso"}


def test_a_quotation_written_with_references_is_one_claim_from_its_opening_mark(parse, registry):
    """A plain text saved from HTML source: "&quot;" as quotation marks. The claim unit began after the "&" of the
    opening mark ("quot;We will ...", the "&" left in the sentence before) and its text kept the references."""
    from narrative_pipeline.claims import extract_claims, load_lexicon

    lex = load_lexicon(ROOT / "config/claims_lexicon.yaml")
    body = "&quot;We will not raise taxes,&quot; Tony Blair said on Monday.\n\nThe minister&rsquo;s plan would cost &pound;5bn.\n"
    article = parse("A headline that is never a claim\n\n" + body, "0123456789abcdef")
    mentions, _ = link_articles([article], registry, 90.0)
    claims, _ = extract_claims([article], mentions, lex)
    quoted = next(c for c in claims if "raise taxes" in c.text)
    assert (
        quoted.text == '"We will not raise taxes," Tony Blair said on Monday.' and quoted.claimer_text == "Tony Blair"
    )
    assert article.text[quoted.start : quoted.start + 6] == "&quot;"
    assert any(c.text == "The minister\u2019s plan would cost \u00a35bn." for c in claims), [c.text for c in claims]


# --- guessed charsets ---------------------------------------------------------------------------------------------


def _item(tmp_path, data: bytes, name: str = "a.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    (item,) = read_source(path, name, SETTINGS)  # one item whatever the bytes: the file is in the results
    return item


def test_the_guess_check_counts_what_is_no_text():
    from narrative_pipeline.decoding import guess_check

    assert guess_check("Caf\u00e9 rules", "cp1252") == (None, None)
    reason, warning = guess_check("Caf\u00e9 \x81rules and more", "cp1252")
    assert reason is None and warning is not None and "reads 1 of its 17 characters" in warning
    reason, warning = guess_check("A\x81\x8d\ufffd B", "iso-8859-1")
    assert warning is None and reason is not None and reason.startswith("unreadable") and "3 of its 5" in reason
    assert guess_check("A B", "cp1252", dropped=3)[0] is not None  # controls an HTML parser left out count


def test_a_cp1252_text_with_one_byte_cp1252_lacks_keeps_its_quotes(tmp_path):
    """A stray 0x81 made the whole file Latin-1: every curly quote and the euro sign became control characters."""
    data = ("Cafe rules\n\n" + BODY).encode("cp1252").replace(b"debate", b"de\x81bate")
    text, encoding = decode_bytes(data)
    assert encoding == "cp1252" and "\u201ccaf\u00e9\u201d" in text and "\u20ac2bn" in text
    item = _item(tmp_path, data)
    assert item.status == "ok"
    assert [w for w in item.warnings if "reads 1 of its" in w and "control, replacement or unassigned" in w]


def test_an_unreadable_guessed_text_is_rejected_with_its_reason(tmp_path):
    data = b"Cafe rules\n\n" + bytes([0x81, 0x41, 0x8D, 0x8F, 0x20, 0x90, 0x42, 0x9D]) * 200
    item = _item(tmp_path, data)
    assert item.status == "rejected" and item.reason.startswith("unreadable: the file names no charset")
    # fix87: cp1250 reads 0x8D, 0x8F and 0x9D as letters, so its reading is the cleaner guess that is named
    assert "cp1250" in item.reason and "control, replacement or unassigned characters" in item.reason


def test_an_unreadable_undeclared_page_is_rejected_and_a_declared_one_not_checked():
    garble = bytes([0x81, 0x41, 0x8D, 0x8F, 0x20, 0x90, 0x42, 0x9D, 0x20]) * 60
    page = (
        b"<html><head><title>Cafe rules</title></head><body><p>" + garble + b"</p><p>" + garble + b"</p></body></html>"
    )
    found = extract_html(page, SETTINGS)
    assert not found.ok and found.reason.startswith("unreadable"), found.reason
    readable = f"<html><body><p>{BODY}</p></body></html>".encode("cp1252")
    assert extract_html(readable, SETTINGS).ok


def test_a_clean_guess_and_a_utf8_text_are_not_flagged(tmp_path):
    """What must stay: a clean guessed reading gets the guess warning alone; UTF-8 is never checked, even with
    control characters in it."""
    clean = _item(tmp_path, ("Cafe rules\n\n" + BODY).encode("cp1252"), "clean.txt")
    assert (
        clean.status == "ok"
        and len(clean.warnings) == 1
        and "a guess (check its accented letters)" in clean.warnings[0]
    )
    controls = _item(tmp_path, ("Cafe rules\n\n" + BODY + "\x01\x02\x03").encode(), "utf8.txt")
    assert controls.status == "ok" and controls.warnings == []


def test_every_file_keeps_its_row_when_one_is_unreadable(tmp_path):
    from narrative_pipeline.ingest import ingest_shard
    from narrative_pipeline.settings import PipelineConfig

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text("Port reopens\n\n" + BODY, encoding="utf-8")
    (folder / "garbled.txt").write_bytes(
        b"Cafe rules\n\n" + bytes([0x81, 0x41, 0x8D, 0x8F, 0x20, 0x90, 0x42, 0x9D]) * 200
    )
    cfg = PipelineConfig(n_shards=2)
    records = {r.source_path: r for shard in range(2) for r in ingest_shard(folder, shard, cfg)[0]}
    assert set(records) == {"story.txt", "garbled.txt"} and records["story.txt"].status == "ok"
    assert records["garbled.txt"].status == "rejected" and records["garbled.txt"].error.startswith("unreadable")
