"""What a report says: the content clause of a noun of report (fix99, session 65).

"Tony Blair has dismissed reports he told Gordon Brown he would quit", "denied accusations that he threatened Gary
Neville", "rose on speculation that it will be bought by Quiksilver", "examining allegations that Kenteris and Thanou
avoided tests": the clause that says what a report, claim, rumour, suggestion or allegation (`report_nouns`) holds is
no act the claim asserts. The claim states the dismissal, the denial, the rise or the examination; its claimer (the
one who dismisses, the author) does not say the content happened. The acts inside that clause make no statement.

One reading keeps the content: "there are reports that ..." (the noun the subject or attribute of an existential
"there be", no "no" on it), which is "it is reported that ...": a claim in the unnamed voice (ANNOTATION.md, Unnamed
sources), the report's own content attributed to no one. A report its subject confirms ("confirmed reports that it
held talks") is folded already, as the content of an AGREE verb (`statements._fold_content`).

A content clause is one of the noun's clauses (`acl`, `relcl`, `ccomp`) after it, with a finite verb whose subject is
its own: marked by "that" ("claims that he faked a crash"), or a contact clause ("allegations he pressured ...") that
is not a relative clause on the noun (no relative pronoun subject: "a report which branded ..."; a complement or a
modal of its own, which an object relative without one lacks: "the claims he made", "the report he wrote"). A noun
the tagger took for a verb ("The pair claim they are being punished": the root; "... and claims he spent": a conjunct
of a verb) is no noun of report.
"""

from __future__ import annotations

from ..parsed import Tok
from ..syntax import child, lemma
from .lexicon import PloverLexicon

CONTENT_CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp"})
NOUN_SLOTS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "conj", "npadvmod"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
RELATIVE_SUBJECTS = frozenset({"who", "which", "that", "whom", "whose", "what"})
# what a contact clause has that an object relative clause on the noun ("the claims he made") lacks
COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "auxpass"})
CONTENT_MODALS = frozenset({"would", "will", "could", "might", "may", "should", "can", "must", "'d", "'ll"})
NEGATING_DETERMINERS = frozenset({"no"})


def _report_noun(tok: Tok, lex: PloverLexicon) -> bool:
    if tok.pos != "NOUN" or lemma(tok) not in lex.report_nouns or tok.dep not in NOUN_SLOTS:
        return False
    return not (tok.dep == "conj" and tok.head is not None and tok.head.pos in ("VERB", "AUX"))


def _content_clause(noun: Tok, clause: Tok) -> bool:
    """Whether a clause on a noun of report says what the report holds (the module's docstring)."""
    if clause.dep not in CONTENT_CLAUSE_DEPS or clause.i < noun.i or clause.pos not in ("VERB", "AUX"):
        return False
    subject = child(clause, *SUBJECTS)
    if subject is None or subject.lower in RELATIVE_SUBJECTS:
        return False
    if any(t.lower in RELATIVE_SUBJECTS and t.dep != "mark" for t in clause.subtree() if t.i < subject.i):
        return False  # a relative word before the subject: "the claims that he made", "the report on which he drew"
    if any(c.dep == "mark" and c.lower == "that" for c in clause.children):
        return True
    return any(c.dep in COMPLEMENTS or (c.dep == "aux" and c.lower in CONTENT_MODALS) for c in clause.children)


def _reported_as_such(noun: Tok) -> bool:
    """Whether the report's content stands in the unnamed voice: "there are reports that ..." (not "there is no
    suggestion that ...", "there were not reports that ...")."""
    head = noun.head
    if head is None or head is noun:
        return False
    if any(c.dep == "det" and c.lower in NEGATING_DETERMINERS for c in noun.children):
        return False
    existential = lemma(head) == "be" and any(c.dep == "expl" for c in head.children)
    return existential and noun.dep in ("attr", "nsubj") and not any(c.dep == "neg" for c in head.children)


def report_contents(tokens: list[Tok], lex: PloverLexicon) -> dict[int, Tok]:
    """The tokens of the content clauses of a sentence's nouns of report whose content no one in the claim asserts,
    each with its noun: an act among them makes no statement in the noun's claim (a content the claims step made a
    claim of its own, "He would not discuss reports | the party repaid £500,000 ...", is that claim's: the report's
    own content, in the unnamed voice)."""
    return {
        t.i: tok
        for tok in tokens
        if _report_noun(tok, lex) and not _reported_as_such(tok)
        for clause in tok.children
        if _content_clause(tok, clause)
        for t in clause.subtree()
    }
