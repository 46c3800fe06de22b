"""Hand-made dependency trees for rule tests that must not depend on how spaCy parses a sentence."""

from __future__ import annotations

from narrative_pipeline.parsed import Sent, Tok
from narrative_pipeline.records import SentenceRecord


def sentence(*rows: str, paragraph: int = 0) -> Sent:
    """A sentence from rows "text pos tag dep head [ent_type]" (head: index of the head row,
    the row itself for the root). Offsets assume one space between tokens."""
    toks: list[Tok] = []
    start = 0
    for i, row in enumerate(rows):
        text, pos, tag, dep, head, *ent = row.split()
        tok = Tok(
            i=i, start=start, end=start + len(text), text=text, lemma=text.lower(), pos=pos, tag=tag, dep=dep,
            head_i=int(head), ent_type=ent[0] if ent else "", ent_iob="B" if ent else "O", space_after=True, sent=0,
        )  # fmt: skip
        tok.lower = text.lower()
        toks.append(tok)
        start = tok.end + 1
    for tok in toks:
        tok.head = toks[tok.head_i]
        if tok.head is not tok:
            tok.head.children.append(tok)
    record = SentenceRecord(
        sentence_id="s0", article_id="0123456789abcdef", paragraph_index=paragraph, sentence_index=0,
        start=0, end=start - 1, text=" ".join(rows), role="body",
    )  # fmt: skip
    return Sent(0, record, toks)


def words(text: str) -> list[Tok]:
    """Flat tokens (every word hanging from the first), for tests that read only the text."""
    return sentence(*(f"{w} X X dep 0" for w in text.split())).tokens
