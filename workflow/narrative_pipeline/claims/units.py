"""Clause units: which sentences hold claims, and the clauses that may be claims of their own.

One unit per body sentence; a coordinated, relative or adverbial clause with its own subject or
reporting verb, and a quotation after a colon that ends the sentence, become units of their own
(joined again later when claimer, type and certainty agree). Headlines, boilerplate, questions,
lead-ins ending in a colon, imperatives such as "Click here", fragments without a verb, a web page's heading
lines (`is_heading_line`) and its furniture (`is_page_furniture`: calls to the reader, figure captions, lines of
code) are not claims.
"""

from __future__ import annotations

import re

from ..parsed import Sent, Tok
from ..quotes import MARK_TEXTS, can_open
from ..syntax import (
    SUBJECT_DEPS,
    find_phrase,
    hangs_phrase,
    has_to,
    head_of,
    is_verb,
    is_word,
    lemma,
    negated,
    subject_of,
)
from .lexicon import Lexicon
from .model import Unit
from .verbs import as_aside, as_frame, closing_conjunct, opens_with_wh, reports_the_noun_only, speech_phrase

LIST_MARKS = frozenset({"-", "•", "*", "–"})  # bullets opening a list item
NOT_WORDS = frozenset({"-", "•", "*"})  # list marks the parser may tag as words
LEADING_MARKS = frozenset({"-", "•"})
TRAILING_MARKS = frozenset({",", ";", "-", "—", "–", "(", "["})
LINK = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S", re.IGNORECASE)


def is_claim_sentence(sent: Sent, lex: Lexicon, alone: bool = False) -> bool:
    """A body sentence, or a sentence of an embedded post but its signature line, of three or more words with a
    verb; not a question, a lead-in, an imperative or (`alone`: the only sentence of its paragraph) a heading line."""
    if sent.role not in {"body", "post"} or not sent.tokens or is_signature(sent):
        return False
    if alone and sent.role == "body" and is_heading_line(sent.tokens, lex):
        return False
    words = [t for t in sent.tokens if t.pos not in {"PUNCT", "SPACE", "SYM"} and t.text not in NOT_WORDS]
    if len(words) < 3:
        return False
    if any(t.text == "?" for t in sent.tokens):
        return False
    if sent.tokens[-1].text == ":" or (len(sent.tokens) > 1 and sent.tokens[-2].text == ":"):
        return False
    if words[0].lower in lex.not_claim_first_words and words[0].tag == "VB" and words[0].dep == "ROOT":
        return False
    if sent.role == "body" and (is_page_furniture(sent.tokens, lex) or quantity_line(sent.tokens, lex)):
        return False
    return any(is_verb(t) or t.tag == "VBG" for t in words)


def is_page_furniture(tokens: list[Tok], lex: Lexicon) -> bool:
    """A web page's furniture that puts nothing forward (ANNOTATION: a claim is a proposition a reader could check,
    dispute or attribute; fw77's, op76's and web36's labels give these `none`): a call to the reader
    (`reader_call`), a figure's caption (`figure_caption`) or a line of code (`code_line`)."""
    toks = [t for t in tokens if t.pos != "SPACE"]
    return bool(toks) and (reader_call(toks, lex) or figure_caption(toks, lex) or code_line(toks))


# a number opening an item of a recipe's or a shopping list's ingredients: "1", "1/2", "4-5", "½", "1½"
QUANTITY = re.compile(r"\d+(?:[.,/-]\d+)?|[½¼¾⅓⅔⅛]|\d+[½¼¾⅓⅔⅛]")
# tags of a finite verb the parser may give an ingredient's participle ("1 medium size onion chopped": "chopped"/VBD)
PRESENT_FINITE_TAGS = frozenset({"VBZ", "VBP", "MD"})


def quantity_line(tokens: list[Tok], lex: Lexicon) -> bool:
    """An item of a recipe's or a shopping list's ingredients: a line that opens (after a list mark) with a number
    ('1 tbsp dried mixed herbs', '1 medium size onion chopped', '2/3 cup (160 g) creamy peanut butter (see notes)') or
    with a noun of measure or packaging in lower case whose number ends the line before ('cup packed brown sugar',
    'jar (6 oz) maraschino cherries without stems, drained'), ends with no closing mark of prose (., !, ?, :, ;), and
    has no verb that puts anything forward: no present or modal finite verb, no past form that is not a participle's
    '-ed' ('diced', 'drained', which the parser may tag a past tense), no bare verb of its own; a noun of measure
    (`quantity_nouns`: 'cloves', which it may tag a verb) is no verb. It names a quantity of a thing and asserts
    nothing (ANNOTATION: a claim is a proposition; web84). Not prose that opens with a figure ('20 people were hurt.':
    a full stop closes it; '70m euros in aid to help it battle falling sales' in a list of a budget: no number alone
    opens it, '70m' is no quantity's number)."""
    words = [t for t in tokens if t.pos != "SPACE" and t.text not in LIST_MARKS]
    if not words or words[-1].text[-1:] in ".!?:;":
        return False
    first = words[0]
    measured = first.text.islower() and first.lower in lex.quantity_nouns and first.tag.startswith("NN")
    if not (QUANTITY.fullmatch(first.text) or measured):
        return False
    return not any(_puts_forward_word(t, lex) for t in words)


def _puts_forward_word(tok: Tok, lex: Lexicon) -> bool:
    """A word of `quantity_line`'s that makes it a clause: a present or modal finite verb, a past form without '-ed',
    or a bare verb that heads the line or a conjunct; not a noun of measure the parser took for a verb."""
    if tok.lower in lex.quantity_nouns:
        return False
    if tok.tag in PRESENT_FINITE_TAGS or (tok.tag == "VBD" and not tok.lower.endswith("ed")):
        return True
    return tok.tag == "VB" and tok.dep in {"ROOT", "conj"}


# what may come before a call's imperative: a clause of its own hung on it ('If you need ..., please contact us'),
# an interjection, punctuation
CALL_LEAD_DEPS = frozenset({"advcl", "intj", "punct", "discourse"})


def reader_call(toks: list[Tok], lex: Lexicon) -> bool:
    """A page's call to its reader to act on the page, the site or its makers ('Learn more at MedCity News.', 'Let us
    know down below in the comments ...', 'Join our ... Facebook group to connect with fellow learners', 'If you need
    the higher resolution pictures, please contact us beforehand.', 'Please consider supporting the work of the
    Python Software Foundation.'): the root is a bare imperative (no subject, auxiliary or 'to'), before it come only
    'please', a list mark and a clause of its own hung on it, and its words open with a phrase that points at the page
    (`page_call`). An advice to act in the world stays a claim ('Contact your local nursery ...', 'Learn to spot the
    signs ...', 'Join us in the fight against ...', 'Check out the candidates' records before you vote.'), so does a
    speaker's call (any quotation mark: 'Join us,' he said)."""
    root = next((t for t in toks if t.dep == "ROOT"), None)
    if root is None or root.tag != "VB" or has_to(root) or any(t.text in MARK_TEXTS for t in toks):
        return False
    if any(c.dep in SUBJECT_DEPS or c.dep in {"aux", "expl"} for c in root.children):
        return False
    lead = {t.i for c in root.children if c.i < root.i and c.dep in CALL_LEAD_DEPS for t in c.subtree()}
    before = [t for t in toks if t.i < root.i]
    if not all(t.i in lead or t.lower == "please" or t.text in LIST_MARKS for t in before):
        return False
    return page_call(toks, root, any(t.lower == "please" for t in before), lex)


def page_call(toks: list[Tok], root: Tok, please: bool, lex: Lexicon) -> bool:
    """Whether the imperative `root`'s words are a call that points at the page (fix64; review63's finding 1): a phrase
    of `reader_calls` (a link's words: 'learn more', 'check out') or `maker_calls` (the page's makers: 'let us know',
    'contact us') with no clause of the reader's world after the root ('before you vote', 'when stocks run low'), a
    link's words also without 'your' ('Learn more about your rights as a tenant ...'); a phrase of `anchored_calls`
    ('join us', 'sign up', 'stay tuned') with nothing after it ('Stay tuned.'), 'please' before it, or the page after
    it: a word of `page_words` ('Sign up for our newsletter'), 'at' a name or an address ('Learn more at Emerj.')."""
    words = [t for t in toks if t.i >= root.i and t.pos != "PUNCT"]
    lowers = tuple(t.lower for t in words)
    link = any(lowers[: len(p)] == p for p in lex.reader_calls)
    if link or any(lowers[: len(p)] == p for p in lex.maker_calls):
        if link and "your" in lowers:
            return False
        return not any(c.dep == "advcl" and c.i > root.i and own_clause(c) for c in root.children)
    size = next((len(p) for p in lex.anchored_calls if lowers[: len(p)] == p), 0)
    if not size:
        return False
    rest = words[size:]
    return not rest or please or any(t.lower in lex.page_words or at_page(t) for t in rest)


def at_page(tok: Tok) -> bool:
    """'at' before a name or an address ('at MedCity News', 'at Parallels Forum', 'at example.com'), not a place of
    the world ('at the town hall')."""
    nxt = next((c for c in tok.children if c.dep == "pobj"), None)
    return tok.lower == "at" and nxt is not None and (nxt.tag in {"NNP", "NNPS"} or "." in nxt.text.strip("."))


def own_clause(tok: Tok) -> bool:
    """A clause with its own subject or subordinator ('before you vote', 'when stocks run low'), not a purpose 'to'."""
    return any(c.dep in SUBJECT_DEPS or c.dep == "mark" for c in tok.children)


FIGURE_NUMBER = re.compile(r"\d+(?:\.\d+)*[a-z]?")
# a caption names what it shows and states nothing: no finite verb after its mark (review63's finding 8)
CAPTION_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def figure_caption(toks: list[Tok], lex: Lexicon) -> bool:
    """A figure's or a table's caption: a word of `caption_words`, its number and a colon or a full stop, then words
    with no finite verb ('Figure 6: Changing Font Size of Axis Titles.', 'Table 2. ...'). Not a sentence about a
    figure ('Figure 2 shows that ...', 'Table 2. shows the death toll has doubled.'), not prose after the mark
    ('Figure 3: the number of dead rose to 400 in March, the UN said.')."""
    return (
        len(toks) > 3
        and toks[0].lower in lex.caption_words
        and FIGURE_NUMBER.fullmatch(toks[1].text) is not None
        and toks[2].text in {":", "."}
        and not any(t.tag in CAPTION_VERB_TAGS for t in toks[3:])
    )


# a line of code: a comment ('# Clear the cache ...': a letter after the mark, not '# 1 seed Rafael Nadal ...'), an
# assignment ('anchors = g.find_all('a')', 'timeout = 600') or a call written without a space before its bracket
# ('self.assertTrue(total and not failed, results.text)')
CODE_COMMENT = re.compile(r"#\s+[A-Za-z]")
CODE_ASSIGNMENT = re.compile(r"[A-Za-z_][\w.]*(?:\[[^\]]*\])?\s*=[^=]")
CODE_CALL = re.compile(r"([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\(")
# the words a code line's test reads: its start
CODE_HEAD = 12
PROSE_END = frozenset({".", "!", "?"})


def code_line(toks: list[Tok]) -> bool:
    """A line of code a page shows in its prose: no proposition (op76's and web36's labels give such lines `none`).
    A comment at its start; an assignment or a call at its start in a line that ends with no full stop of prose
    ('GDP = 2.3 trillion dollars, the IMF said.' is prose), a call also with a name of code: dotted, with an
    underscore or in lower case ('filter(even, ...)', not 'Inflation(CPI) rose to 9% in October.'; review63's
    findings 2 and 3)."""
    text = "".join(t.text + (" " if t.space_after else "") for t in toks[:CODE_HEAD])
    if CODE_COMMENT.match(text):
        return True
    if toks[-1].text in PROSE_END:
        return False
    if CODE_ASSIGNMENT.match(text):
        return True
    call = CODE_CALL.match(text)
    return call is not None and (any(c in call[1] for c in "._") or call[1][0].islower())


# marks that close a sentence of prose; a line that ends without one is a heading, a caption or a list's title
TERMINAL_MARKS = frozenset(".!?:;\"'”’…)")
NAME_TAGS = frozenset({"NNP", "NNPS"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def is_heading_line(tokens: list[Tok], lex: Lexicon) -> bool:
    """A web page's section heading, a list's title or a standfirst's topic line, given the tokens of a sentence that
    is a paragraph of its own: it opens with a capital or a figure, not a list mark, ends without a closing mark, and
    is in title case ('63 Fascinating Facts Every Kid Should Know', 'Breaking Down Barriers') or puts forward no
    finite clause ('Reproducible builds using pip-tools', 'Predicting climate change', 'How to care for hydrangeas
    in vases'): it names a topic and asserts nothing (ANNOTATION: no claim; web36's and s24's labels give such lines
    `none`). Not an instruction without its full stop ('Add the onions and fry till brown': a bare verb opens it),
    not a line with a finite verb ('Freedom fighters replace colonial leaders'), not a fragment a page broke off a
    sentence ('used by the operating system, not ...': a small letter opens it; 'Within the conda environment, simply
    running', before a line of code: a comma sets off its opening phrase, as in prose)."""
    toks = [t for t in tokens if t.pos != "SPACE"]
    if not toks or toks[-1].text[-1:] in TERMINAL_MARKS or toks[0].text in LIST_MARKS:
        return False
    first = next((c for c in toks[0].text if c.isalnum()), "")
    if not (first.isupper() or first.isdigit()):
        return False
    return title_case_line(toks, lex) or not (puts_forward(toks) or any(t.text == "," for t in toks))


def title_case_line(tokens: list[Tok], lex: Lexicon) -> bool:
    """Every word opening with a capital but the small words of `title_small_words`, two words or more, one of the
    capitalised words after the first no proper noun (not a line of names)."""
    words = [t for t in tokens if t.text[:1].isalpha()]
    small = lex.title_small_words
    if len(words) < 2 or not all(t.text[:1].isupper() or t.lower in small for t in words[1:]):
        return False
    return words[0].text[:1].isupper() and any(t.text[:1].isupper() and t.tag not in NAME_TAGS for t in words[1:])


def puts_forward(tokens: list[Tok]) -> bool:
    """A line with a finite verb, or an instruction: a bare verb of its own, with no 'to' before it."""
    if any(t.tag in FINITE_TAGS for t in tokens):
        return True
    return any(t.tag == "VB" and not has_to(t) and t.dep in {"ROOT", "conj"} for t in tokens)


def is_signature(sent: Sent) -> bool:
    """A sentence of a post's signature line ('— Donald J. Trump (@realDonaldTrump) February 4, 2017'): the one that
    ends after the author's name starts (the post's own lines come before its signature). Not a retweet's sentence,
    whose author is the retweeted @handle at its start ('RT @FEMA: Evacuate now ...': name and handle the same)."""
    start = sent.record.post_author_start
    return start is not None and sent.record.end > start and not is_retweet(sent)


def is_retweet(sent: Sent) -> bool:
    """A retweet's sentence: normalize gives it the retweeted @handle as both the author's name and the handle."""
    r = sent.record
    return r.post_handle_end is not None and (r.post_author_start, r.post_author_end) == (
        r.post_handle_start,
        r.post_handle_end,
    )


def clean(tokens: list[Tok], lex: Lexicon) -> list[Tok]:
    """Trim leading conjunctions and punctuation, trailing commas, dashes and open brackets."""
    toks = sorted(tokens, key=lambda t: t.i)

    def leading(t: Tok) -> bool:
        return (
            (t.dep in {"cc", "punct"} and not can_open(t))
            or (t.lower in lex.leading_conjunctions and t.dep in {"cc", "mark"})
            or t.text in LEADING_MARKS
        )

    while toks and leading(toks[0]):
        toks = toks[1:]
    while toks and (toks[-1].text in TRAILING_MARKS or toks[-1].text in lex.trailing_conjunctions):
        toks = toks[:-1]
    return toks


def has_own_attribution(tok: Tok, lex: Lexicon) -> bool:
    """A clause whose subtree holds its own reporting verb with a subject, or an unnamed phrase."""
    sub = tok.subtree()
    if find_phrase(sub, lex.unnamed_phrases) is not None or find_phrase(sub, lex.hedge_phrases) is not None:
        return True
    for t in sub:
        if is_verb(t) and lemma(t) in lex.reporting_verbs:
            subject = subject_of(t)
            if subject is None:
                continue
            if subject.lower not in lex.non_source_subjects:
                return True
            if subject.lower in lex.organisation_pronouns and lemma(t) in lex.organisation_reporting_verbs:
                return True  # "... after it said ...": "it" may stand for an organisation
    return False


def split_points(toks: list[Tok], root: Tok, lex: Lexicon, quoted: frozenset[int]) -> list[Tok]:
    """Heads of clauses that may be claims of their own (`quoted`: the sentence's tokens inside a quotation)."""
    content_roots = {root} | {c for c in root.children if c.dep in {"ccomp", "xcomp"}}
    return [t for t in toks if is_verb(t) and t is not root and _splits(t, content_roots, lex, quoted)]


def _splits(tok: Tok, content_roots: set[Tok], lex: Lexicon, quoted: frozenset[int]) -> bool:
    """A coordinated clause with its own subject, tense or attribution; a relative clause with
    its own reporting verb; an adverbial clause with its own attribution; a reporting verb of the
    same speaker with content of its own (`reporting_conjunct`). Whether the clause has its own attribution
    (`has_own_attribution`, a walk of its subtree) is asked only by the branches that read it."""
    if tok.dep == "conj" and tok.head in content_roots:
        if lemma(tok) in lex.reporting_verbs and closing_conjunct(tok):
            return False  # "..., a committee has warned.": the frame of the clause before
        if consequence(tok, lex):
            return False  # "the rebels had to disarm or they would face sanctions": one demand (claims20)
        own_subject = subject_of(tok) is not None
        tense_aux = any(c.dep == "aux" and c.tag != "TO" for c in tok.children)
        return (
            own_subject
            or tense_aux
            or has_own_attribution(tok, lex)
            or reporting_conjunct(tok, lex)
            or report_after_deed(tok, lex, quoted)
        )
    if tok.dep == "relcl" or sentential_relative(tok):
        if hedged_time(tok, lex):
            return False
        if reports_the_noun_only(tok, lex):
            return False  # "the 3.1% the government estimated a month ago": no clause of its own (fix95)
        return has_own_attribution(tok, lex) and _reports_inside(tok, lex) and not defines_predicate(tok, lex)
    if tok.dep == "conj" and reporting_conjunct(tok, lex):
        return True  # "said intimidation seemed to have been widespread and called on hunts to ..."
    if (
        tok.dep in {"advcl", "xcomp"}
        and tok.tag == "VBG"
        and tok.head in content_roots
        and reporting_conjunct(tok, lex)
    ):
        return True  # "..., adding that ...", "..., saying ..."
    if participle_after_deed(tok, lex, quoted):
        return True  # "X sued the company, accusing it of ...": the deed the author's, the report X's
    if as_frame(tok, lex) or as_aside(tok, lex):
        return False  # "As the minister said, ...": the frame of the clause it opens (claims17); "As X demanded, ..."
    if condition(tok, lex):
        return False  # "If anyone complained, the guards would ...": a condition is no claim of its own (claims63)
    if tok.dep in {"advcl", "acl"} and tok.head in content_roots and has_own_attribution(tok, lex):
        marker = {c.lower for c in tok.children if c.dep in {"mark", "cc"}}
        return subject_of(tok) is not None or bool(marker & lex.split_markers) or tok.tag == "VBN"
    return False


def hedged_time(tok: Tok, lex: Lexicon) -> bool:
    """'... was in Germany at the time he was alleged to have missed a test', '... by the time the new chart is
    announced on Sunday': a relative clause on a noun of time (`time_nouns`) whose verb of report is a passive with no
    agent tells when, and its hedge is the modifier's (the guide: "A hedge inside a modifier does not hedge the main
    clause"): no claim of its own, so the main clause keeps its time (fix85, review73 4). Not an active report ('at
    the time he said ...': said by someone) nor a clause of contrast ('while X is tipped to win': `split_markers`)."""
    head = tok.head
    if tok.dep != "relcl" or head is None or lemma(head) not in lex.time_nouns:
        return False
    verbs = [t for t in tok.subtree() if is_verb(t) and lemma(t) in lex.reporting_verbs]
    return bool(verbs) and all(
        any(c.dep == "auxpass" for c in v.children) and not any(c.dep == "agent" for c in v.children) for v in verbs
    )


def defines_predicate(tok: Tok, lex: Lexicon) -> bool:
    """A restrictive relative clause (no comma before it) on the noun a copula predicates or 'there is' puts forward
    ('there are people who say we won't be able to ...', 'He is the one who said ...', 'it is the prime minister who,
    he claims, is "ramming" ...', 'It was the International Olympic Committee who demanded ...'), that noun's
    of-phrase ('there was a mass of people whom he says feel let down ...', 'X is one of dozens of firms which he says
    were sold cheaply ...'), or on a subject 'those' ('Those who hope to make a fortune ... will not succeed'): what
    the clause before it says is only that the noun is there or is the one, so the relative clause is part of its
    claim, not a claim beside a remnant ("there are people", "He is the one"; claims84). A clause set off by a comma
    ('..., who said ...') still splits, and so does 'among those who have called for ...' (review27: the call is a
    prescription of its own)."""
    head = tok.head
    if head is None or head is tok or tok.dep != "relcl":
        return False
    first = tok.subtree()[0]
    before = next((t for t in head.subtree() if t.i == first.i - 1), None)
    if before is None or before.text in {",", "-", "—", "–", "("}:
        return False
    noun = head
    while noun.dep == "pobj" and noun.head is not None and noun.head.lower == "of" and noun.head.head is not None:
        noun = noun.head.head  # "one of dozens of firms which ...", "a mass of people whom ..."
    on_copula = noun.dep == "attr" and noun.head is not None and lemma(noun.head) in lex.copula_verbs
    subject = head.lower == "those" and head.dep in SUBJECT_DEPS  # "Those who hope to ... will not succeed"
    subject = subject or subject_before_verb(head, tok)
    return on_copula or (subject and not speaker_of_frame(head, lex))


# marks that set a clause off inside a relative clause (`subject_before_verb`)
INTERRUPTING_MARKS = frozenset({",", "-", "—", "–", "(", ")"})
# the arcs inside a noun phrase a restrictive relative clause's noun may hang by below the phrase's head (`in_subject`)
NOUN_PHRASE_DEPS = frozenset({"conj", "pobj", "prep", "appos", "compound", "poss"})


def subject_before_verb(noun: Tok, relative: Tok) -> bool:
    """A restrictive relative clause inside the subject of a verb that comes after it ('His divorce from Diana and the
    disappointment the country felt over how Diana had been treated ... opened up a sense of disillusionment', 'the
    disappointment that Netcraft measured the sites it claims ... were not in fact part of ...'): split off, it
    cuts the subject from its verb, and the unit of the verb keeps no subject (claims84's quotation tails; claims85).
    The noun is the subject or hangs in it by conjunction, preposition, apposition or compound. Not a clause that
    holds a comma, dash or bracket (a clause set off inside it splits anyway, and the part of the subject before it
    would be lost: 'The themes to be stressed by Mr Blair - whose attendance was announced ... - are those ...')."""
    if any(sets_off(t) for t in relative.subtree()):
        return False
    top = noun
    while top.dep in NOUN_PHRASE_DEPS and top.head is not None and top.head is not top:
        top = top.head
    verb = top.head
    if top.dep not in SUBJECT_DEPS or verb is None or verb is top:
        return False
    return verb.i > max(t.i for t in relative.subtree())


def sets_off(mark: Tok) -> bool:
    """A comma, dash or bracket of `INTERRUPTING_MARKS` that may set a clause off; not a hyphen inside a word
    ("pro-European", "Oscar-nominated", "user-friendly": `joins_a_word`), which sets nothing off (claims87)."""
    if mark.text not in INTERRUPTING_MARKS:
        return False
    if mark.text != "-":
        return True
    words = {t.i: t for t in (mark.ancestors() or [mark])[-1].subtree()}
    before, after = words.get(mark.i - 1), words.get(mark.i + 1)
    return before is None or after is None or not joins_a_word(mark, before, after)


def speaker_of_frame(those: Tok, lex: Lexicon) -> bool:
    """'those' as the speaker of a reporting verb ('..., say those who feel the project should be shunned': the
    relative clause names the speaker, the claim is the clause before): its subject, or right after it in an
    inverted closing frame (which the parser may hang elsewhere)."""
    if those.dep in SUBJECT_DEPS and those.head is not None and lemma(those.head) in lex.reporting_verbs:
        return True
    top = (those.ancestors() or [those])[-1]
    before = next((t for t in top.subtree() if t.i == those.i - 1), None)
    return before is not None and is_verb(before) and lemma(before) in lex.reporting_verbs


def condition(tok: Tok, lex: Lexicon) -> bool:
    """'If anyone complained, the guards would often beat them', 'Unless the authorities agree to make changes, ...',
    'If the ratings are confirmed, ...': an adverbial clause opened by one of `condition_markers` is put forward as no
    fact (ANNOTATION: a claim is a proposition the text puts forward as true, likely or desirable); it is part of the
    claim it conditions, even when its own verb is a verb of saying or thinking that gives it an attribution of its
    own (claims63). The labels that hold such a clause as a span of its own ("If someone complained", "If a May
    election is called", "unless changes they want are agreed") type it as the clause it conditions. Not a condition
    whose verb has a clause of its own ('If you think you have the virus, ...', 'If the judge rules that ...'): the
    type and attribution rules read a reporting verb's clause wherever it stands in the unit, so joined, the condition's
    content would type the claim; nor a past 'even if' ('even if the coach admitted ...': a concession of what was,
    told as fact; 'even if you do find the copies' is a condition) or 'as if' (a comparison)."""
    if tok.dep != "advcl" or not any(c.dep == "mark" and c.lower in lex.condition_markers for c in tok.children):
        return False
    if any(c.lower == "as" and c.dep in {"advmod", "mark"} for c in tok.children):
        return False  # "as if I had asked him ...": a comparison
    if tok.tag == "VBD" and any(c.lower == "even" and c.dep == "advmod" for c in tok.children):
        return False  # "even if the coach admitted ...": a concession of what was, told as fact
    return not any(c.dep == "ccomp" for c in tok.children)


def sentential_relative(tok: Tok) -> bool:
    """'Claims were made that the election was rigged, which the commission denied': a clause opened by a comma and
    'which' as its verb's object, the parser's complement or conjunct of the verb before (not a relcl), is a relative
    clause on the whole clause before it; with its own reporting verb and subject it is a claim of its own, as the
    relcl it is ('It was claimed that ..., which Moscow denied' splits so), and its speaker frames nothing before it
    (review46's xfail: the denier was the claimer of the claim denied)."""
    which = next((c for c in tok.children if c.dep == "dobj" and c.lower == "which" and c.i < tok.i), None)
    head = tok.head
    if which is None or tok.dep == "relcl" or head is None or head is tok:
        return False
    return any(t.i == which.i - 1 and t.text == "," for t in head.subtree())


def consequence(tok: Tok, lex: Lexicon) -> bool:
    """'(The rebels had to disarm on Monday) or they would face sanctions': a clause joined by 'or' under a modal of the
    future or the conditional tells what follows if the clause before is not done, a threat that is part of it (a
    demand or a warning, review16e), no claim of its own."""
    alternative = any(c.dep == "cc" and c.lower == "or" for c in tok.head.children if tok.head.i < c.i < tok.i)
    modals = lex.prediction_modals | lex.conditional_modals
    alternative = alternative or joined_by_or(tok)
    return alternative and any(c.dep == "aux" and lex.modal_form(c) in modals for c in tok.children)


def joined_by_or(tok: Tok) -> bool:
    """'The militants must leave the town or the army will attack': the word right before the clause (commas aside) is
    an 'or' that the parser hung on the object before it, not on the verb the clause is joined to (review17c)."""
    head = tok.head
    if head is None or head is tok:
        return False
    first = tok.subtree()[0].i
    before = [t for t in head.subtree() if head.i < t.i < first and t.pos != "PUNCT"]
    return bool(before) and before[-1].dep == "cc" and before[-1].lower == "or"


def reporting_conjunct(tok: Tok, lex: Lexicon) -> bool:
    """'X said P and called on Y to Q', 'X welcomed the report but argued Q', 'X said P, adding that Q':
    a reporting verb with no subject of its own that reports content of its own (a clause or an
    infinitive), joined to a reporting verb that is not negated (a conjunct also to the content of
    one), whose speaker it shares."""
    if lemma(tok) not in lex.reporting_verbs or subject_of(tok) is not None:
        return False
    if not any(c.dep in {"ccomp", "xcomp"} for c in tok.children):
        return False
    head = tok.head
    if head is None or head is tok or negated(head):
        return False  # "did not reveal the injury, but said ...": a refusal, not a report
    if tok.dep != "conj":  # "..., adding that ...": a bare participle on the reporting verb itself
        bare = not any(c.dep in {"aux", "auxpass"} for c in tok.children)  # not "reported to be threatening to"
        return bare and lemma(head) in lex.reporting_verbs and frames_alone(head, lex)
    for _ in range(3):  # the verb of the content it continues ("said intimidation seemed to have been ...")
        if lemma(head) in lex.reporting_verbs:
            return frames_alone(head, lex)
        if head.dep not in {"ccomp", "xcomp"} or head.head is None or head.head is head:
            return False
        head = head.head
    return lemma(head) in lex.reporting_verbs


def report_after_deed(tok: Tok, lex: Lexicon, quoted: frozenset[int]) -> bool:
    """'UK advertising giant WPP has posted larger-than-expected annual profits and predicted that it will outperform
    the market', 'Roddick won 121 of his 147 matches ..., and said he had enjoyed their time together', 'It picked out
    the case of ... and urged the home secretary to hold a public inquiry': an active reporting verb with content of
    its own (a clause or an infinitive) and no subject of its own, joined by "and" to the sentence's root, a deed of the
    shared subject that is no act of speech. The deed is the author's event, the report the subject's claim: two
    claimers, so one claim each (ANNOTATION's unit; claims87). Not after a reporting verb or a speech act ("attacked
    ... and said", `reporting_conjunct`'s), a refusal ("declined to comment and said", a negated root) or a passive
    report ("is estimated to"); not a bare infinitive, the root's passive, a wish or promise by infinitive, or a verb
    inside a quotation (`quoted`, `quotes.scan`'s reading of the sentence with a quotation left open by the sentences
    before: the words are the quotation's speaker's claim; claims89: a count of the marks before the verb missed
    '"... No-one has come to me and said ..."' in a quotation opened a sentence before)."""
    if tok.dep != "conj" or lemma(tok) not in lex.reporting_verbs or subject_of(tok) is not None or tok.tag == "VB":
        return False  # a bare infinitive shares the root's modal or "to" ("had to select, approach, and ask ...")
    content = {c.dep for c in tok.children} & {"ccomp", "xcomp"}
    if not content or any(c.dep == "auxpass" for c in tok.children):
        return False
    if content == {"xcomp"} and (lemma(tok) in lex.wish_verbs or lemma(tok) in lex.prediction_speech_acts):
        return False  # "... and hopes to take full control", "... and promised to publish": the subject's aim, told
    head = tok.head
    if head is None or head is tok or not deed_root(head, lex):
        return False
    passive_root = any(c.dep == "auxpass" for c in head.children)
    hearerless = lemma(tok) in lex.hearer_passive_verbs and not any(c.dep == "dobj" for c in tok.children)
    if passive_root and not any(c.dep == "aux" for c in tok.children) and (tok.tag == "VBN" or hearerless):
        return False  # "was given a curfew and told to surrender ...": the root's passive
    if tok.i in quoted:
        return False  # '"No-one has come to me and said ...': inside a quotation, the words are its speaker's claim
    return any(c.dep == "cc" and c.lower == "and" and head.i < c.i < tok.i for c in head.children)


def deed_root(head: Tok, lex: Lexicon) -> bool:
    """The sentence's root with a subject, not negated, that is no act of speech: not a reporting verb or a speech
    act ("attacked ... and said", `reporting_conjunct`'s), not a refusal ("declined to comment and said ...",
    `after_refusal`'s), not a verb of `speech_phrases` and the like with its words ("played down ... and said", "paid
    tribute to ... and said": one speaker's acts). What `report_after_deed` and `participle_after_deed` split after."""
    if head.dep != "ROOT" or negated(head) or subject_of(head) is None:
        return False
    if lemma(head) in lex.withholding_verbs or lemma(head) in lex.withheld_speech_verbs:
        return False
    return not any(speech_verb(verb, lex) for verb in [head, *(c for c in head.children if c.dep == "xcomp")])


def speech_verb(verb: Tok, lex: Lexicon) -> bool:
    """A reporting verb or speech act, or a verb of the speech phrases with its words on it; for `deed_root`, the root
    and its infinitive ("Edu tried to play down the incidents, adding: ...": an act of speech, not a deed)."""
    word = lemma(verb)
    if word in lex.reporting_verbs or word in lex.speech_acts or word in lex.reason_speech_acts:
        return True
    phrases = (lex.speech_phrases, lex.conjunct_speech_phrases, lex.targeted_speech_phrases)
    return any(hangs_phrase(verb, p) for p in phrases)


def participle_after_deed(tok: Tok, lex: Lexicon, quoted: frozenset[int]) -> bool:
    """'Spitzer sued the company, accusing it of receiving illegal payments', 'Souness dropped Bellamy for the game,
    claiming the Welshman had feigned injury', 'Lee took legal action in 2002, saying Marvel shut him out of profits':
    a bare participle of a reporting verb after a comma, with no subject of its own, on an active root with a subject
    that is a deed, not an act of speech (`deed_root`). The participle is an act of the root's subject and carries its
    content (ANNOTATION: speech acts carry their content; the claimer is who performs the act): the deed is the
    author's event, the report its subject's claim, so one claim each, as `report_after_deed` splits "X did Y and
    said P". Its content is a clause or an infinitive ("saying ...", "warning that ..."), or a speech act's object or
    phrase ("accusing it of ...", "describing X as ...", "calling for ..."). Not on a passive root ("was backed by
    firms, saying ...": whose act is the parser's guess), not "adding $1.89" or "claiming the 800m title" (no content),
    not a verb inside a quotation (`quoted`). The participle closes the sentence (the parser hangs the rest of a long
    report on the root at times: "claiming he came up with the idea, spent years developing it ..."), and the root
    frames no quotation before it ('"...," Mr Learmount continued, adding that ...'). A verb that reports only with a
    clause (`clause_verbs`) needs a declarative one: not "showing how data could be processed", "finding out who is
    using bandwidth", "hoping to land a script"."""
    if tok.dep != "advcl" or tok.tag != "VBG" or lemma(tok) not in lex.reporting_verbs or subject_of(tok) is not None:
        return False
    if any(c.dep in {"aux", "auxpass", "mark"} for c in tok.children) or tok.i in quoted:
        return False
    head = tok.head
    if head is None or head is tok or not deed_root(head, lex) or any(c.dep == "auxpass" for c in head.children):
        return False
    if any(c.dep in {"ccomp", "parataxis"} and c.i < head.i for c in head.children):
        return False  # '"...," he continued, adding ...': the frame of a quotation
    span = tok.subtree()
    sentence = head.subtree()
    comma = span[0].i - 1
    if comma <= head.i or not any(t.i == comma and t.text == "," for t in sentence):
        return False  # set off by a comma after the root ("..., saying ..."), not "spent the day saying ..."
    if any(t.i > span[-1].i and t.pos != "PUNCT" for t in sentence):
        return False
    clause = any(c.dep == "ccomp" and not opens_with_wh(c) for c in tok.children)
    infinitive = lemma(tok) not in lex.clause_verbs and any(c.dep == "xcomp" for c in tok.children)
    act = lemma(tok) in lex.speech_acts and any(c.dep == "dobj" for c in tok.children)
    return clause or infinitive or act or speech_phrase(tok, lex)


def frames_alone(verb: Tok, lex: Lexicon) -> bool:
    """Whether a reporting verb names its subject a claimer by itself: with a clause or an infinitive,
    as a speech act ('criticised the plans'), or as a verb that needs no clause; not 'asked about
    the remark' (which a parser may make the root of 'X, asked about Y, said ...')."""
    word = lemma(verb)
    if any(c.dep in {"ccomp", "xcomp"} for c in verb.children):
        return True
    return word in lex.speech_acts or word in lex.reason_speech_acts or word not in lex.clause_verbs


def _reports_inside(tok: Tok, lex: Lexicon) -> bool:
    """A reporting verb with a subject in the clause; not an infinitive ('there is nothing for us to add': it
    reports nothing, review14)."""
    return any(subject_of(t) is not None and lemma(t) in lex.reporting_verbs and not has_to(t) for t in tok.subtree())


def split_units(sent: Sent, lex: Lexicon, quoted: frozenset[int]) -> list[Unit]:
    """Candidate clause units of a sentence: the main clause and clauses that may differ (`quoted`: its tokens inside a
    quotation, one opened in an earlier sentence too)."""
    toks = sent.tokens
    roots = [t for t in toks if t.head is t or t.head is None or t.head.sent != t.sent]
    root = roots[0] if roots else toks[0]
    units: list[Unit] = []
    taken: set[int] = set()
    for sub in sorted(split_points(toks, root, lex, quoted), key=lambda t: (len(t.subtree()), -t.i)):
        span = clean([t for t in sub.subtree() if t.i not in taken], lex)
        if not span:
            continue
        first, last = whole_word(toks, span[0], -1).i, whole_word(toks, span[-1], 1).i
        block = [t for t in toks if first <= t.i <= last and t.i not in taken]
        taken.update(t.i for t in block)
        units.append(Unit(sent, clean(block, lex), sub))
    quote = colon_quote(toks, taken)
    if quote:
        taken.update(t.i for t in quote)
        units.append(Unit(sent, clean(quote, lex), head_of(quote, words_only=True)))
    rest = [t for t in toks if t.i not in taken]
    if taken and rest:
        first = content_before_frame(rest, root)
        if first:
            units.append(Unit(sent, clean(first[0], lex), first[1]))
        rest = _run_around(rest, root)
    rest = clean(rest, lex)
    if rest:
        units.append(Unit(sent, rest, root))
    if sent.role == "post":
        units = [Unit(u.sent, without_retweet_mark(without_links(u.tokens), sent), u.root) for u in units]
    return sorted([u for u in units if u.tokens], key=lambda u: u.tokens[0].i)


def whole_word(toks: list[Tok], tok: Tok, step: int) -> Tok:
    """The first (`step` -1) or last (1) token of the hyphenated word `tok` is part of ("co-operate", "Blu-ray":
    spaCy's three tokens, which the parse may hang on different clauses): a unit is never cut inside a word."""
    at = tok.i - toks[0].i
    while 0 <= at + 2 * step < len(toks) and joins_a_word(toks[at + step], toks[at], toks[at + 2 * step]):
        at += 2 * step
    return toks[at]


def joins_a_word(hyphen: Tok, one: Tok, other: Tok) -> bool:
    """A hyphen between two letters with no space on either side ("co-operate"), not a dash between words."""
    left, right = (one, other) if one.i < other.i else (other, one)
    return (
        hyphen.text == "-"
        and left.end == hyphen.start
        and hyphen.end == right.start
        and left.text[-1:].isalpha()
        and right.text[:1].isalpha()
    )


def without_retweet_mark(tokens: list[Tok], sent: Sent) -> list[Tok]:
    """A retweet's unit without the 'RT @FEMA:' that opens it: the words are @FEMA's, the mark is no part of them."""
    end = sent.record.post_handle_end
    if end is None or not is_retweet(sent):
        return tokens
    toks = [t for t in tokens if t.start >= end]
    if len(toks) == len(tokens):
        return tokens
    while toks and toks[0].text == ":":
        toks = toks[1:]
    return toks


def without_links(tokens: list[Tok]) -> list[Tok]:
    """A post's unit without the links that end it ('... closed https://t.co/abc123', '... pic.twitter.com/x1Y2'):
    a link is no part of the claim. A link is the whole word it is in (the tokens up to a space), one run into the
    hashtags before it too ('#trains#northpic.twitter.com/eDJu0qRTb8', which the parser cuts in four)."""
    toks = list(tokens)
    while toks:
        first = len(toks) - 1
        while first > 0 and not toks[first - 1].space_after and toks[first - 1].i == toks[first].i - 1:
            first -= 1
        word = "".join(t.text for t in toks[first:])
        if not (LINK.search(word) or word in TRAILING_MARKS):
            break
        toks = toks[:first]
    return toks


def content_before_frame(rest: list[Tok], root: Tok) -> tuple[list[Tok], Tok] | None:
    """'The army has a duty to protect civilians, but it failed to do so, the UN said.': where the parser makes the
    first clause the content (ccomp) of a reporting verb that closes the sentence and a later clause a unit of its
    own, the first clause is a run of the remaining tokens apart from the root's run; it is a unit of its own (its
    tokens and head), which `drafts.closing_frame` gives the frame's source (review16c). None when the root's run
    holds its content."""
    runs: list[list[Tok]] = []
    for t in rest:
        if runs and runs[-1][-1].i == t.i - 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    own = next((r for r in runs if any(t is root for t in r)), None)
    if own is None or len(runs) < 2:
        return None
    content = next((c for c in root.children if c.dep == "ccomp" and c.i < root.i), None)
    if content is None or any(t is content for t in own):
        return None
    run = next((r for r in runs if any(t is content for t in r)), None)
    if run is None or run is not runs[0] or not any(is_verb(t) for t in run):
        return None
    return run, content


def _run_around(rest: list[Tok], root: Tok) -> list[Tok]:
    """The main clause: the contiguous run of remaining tokens around its root."""
    k = next((n for n, t in enumerate(rest) if t is root), 0)
    lo = hi = k
    while lo > 0 and rest[lo - 1].i == rest[lo].i - 1:
        lo -= 1
    while hi < len(rest) - 1 and rest[hi + 1].i == rest[hi].i + 1:
        hi += 1
    return rest[lo : hi + 1]


def colon_quote(toks: list[Tok], taken: set[int]) -> list[Tok]:
    """A whole quotation after a colon that ends the sentence: 'with the slogan: "..."'."""
    for k, tok in enumerate(toks[:-2]):
        if tok.text == ":" and can_open(toks[k + 1]) and k > 2:
            quote = [t for t in toks[k + 1 :] if t.i not in taken]
            words = [t for t in quote if is_word(t)]
            if len(words) >= 3 and any(is_verb(t) for t in quote):
                return quote
    return []
