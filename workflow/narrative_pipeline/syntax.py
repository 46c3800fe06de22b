"""Dependency-tree helpers shared by the actor, claim and narratives rules (tokens from `parsed`).

Everything here reads the parse only: the tokens of a character span and its head, climbing from a
word to the phrase it belongs to, a verb's subject, children and prepositional objects, passives,
subtrees without some branches, phrase search.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import attrgetter
from typing import Any

from .lexicon import MAX_PHRASE_APOSTROPHES
from .parsed import Tok

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# subjects of an active verb, in order of preference (a clausal subject only when there is no nominal one)
ACTIVE_SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass", "csubjpass"})
PREP_DEPS = frozenset({"prep", "agent", "dative"})
# arcs inside one noun phrase: "Foreign Secretary Jack Straw", "Straw, the foreign secretary", "X and Y"
NOUN_PHRASE_ARCS = frozenset({"compound", "flat", "appos", "conj"})
NON_WORD_POS = frozenset({"PUNCT", "SPACE"})


# Forms the English model's lemmatizer gets wrong often enough to matter (measured on the BBC corpus:
# 225 of its verbs "hope" lemmatized as "hop"; "slated" as "slat", claims27); keyed by the lower-case form.
LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope", "slated": "slate", "slates": "slate"}


def lemma(tok: Tok) -> str:
    """Lower-case lemma (the lower-case text when the parse has no lemma), with `LEMMA_FIXES`."""
    return LEMMA_FIXES.get(tok.lower) or (tok.lemma or tok.lower).lower()


def has_ending(word: str, endings: frozenset[str]) -> bool:
    """Whether `word` ends with one of `endings`, or with one and a plural s."""
    stem = word[:-1] if word.endswith("s") else word
    return any(word.endswith(e) or stem.endswith(e) for e in endings)


def modal_form(tok: Tok, habitual_phrases: tuple[tuple[str, ...], ...], clause_participles: frozenset[str]) -> str:
    """The lower-case word of a modal auxiliary, the contraction "'d" read as what it stands for: "would" ("He said
    they'd leave the country" as "they would leave"; claims34's xfail, claims35), "had" for a perfect's auxiliary (the
    parser tags both MD: "they'd left", "they'd only managed to", a past form with no "have" of its own; "He'd read
    that there were fires ...", `had_read` with `clause_participles`) and for "'d better" (had better), "did" before an
    inverted subject ("What'd I Say", found in the BBC rows). A "would" of the habitual past is "used to"
    (`habitual_past` with `habitual_phrases`: "Back then you'd hear ...", "In the past, sports fans would be left
    debating ..."), which no modal list holds. Any other token's lower-case text. The claims rules ask it through
    their lexicon (`claims.lexicon.Lexicon.modal_form`: `habitual_past_phrases`, `clause_participles`; review30)."""
    if tok.lower != "'d":
        return "used to" if tok.lower == "would" and habitual_past(tok, habitual_phrases) else tok.lower
    verb = tok.head
    if tok.tag != "MD" or verb is None or verb is tok:
        return "had"
    if any(c.dep in {"nsubj", "nsubjpass"} and c.i > tok.i for c in verb.children):
        return "did"  # a question's inverted subject: 'What'd I Say', 'Where'd you go'
    perfect = verb.tag in {"VBN", "VBD"} and not any(c.dep == "aux" and lemma(c) == "have" for c in verb.children)
    better = any(c.dep == "advmod" and c.lower in {"better", "best"} for c in verb.children)
    if perfect or better or had_read(verb, clause_participles):
        return "had"
    return "used to" if habitual_past(tok, habitual_phrases) else "would"


def habitual_past(modal: Tok, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a "would" (or "'d") tells what used to happen: a past time of `phrases` (the claims lexicon's
    `habitual_past_phrases`: "in the past", "back then") among its verb's adverbials before the modal, or a clause of
    "whenever" in the past tense before it ("whenever a Labour woman got up to speak they would take ..."). Only before
    the modal: "I would say in the past deals have been done" is a hedged frame, not a habit. Not over a perfect ("In
    the past when I was a top seed I would have played ...": a counterfactual's)."""
    verb = modal.head
    if verb is None or verb is modal or any(c.dep == "aux" and lemma(c) == "have" for c in verb.children):
        return False
    for c in verb.children:
        if c.i > modal.i:
            continue
        if c.dep in ADVERBIAL_DEPS and find_phrase(c.subtree(), phrases) is not None:
            return True
        if c.dep == "advcl" and c.tag == "VBD" and any(m.lower == "whenever" for m in c.children):
            return True
    return False


def frequent_habit(modal: Tok, adverbs: frozenset[str], determiners: frozenset[str]) -> bool:
    """Whether a "would" tells what happened again and again: its verb carries an adverb of frequency of `adverbs`
    ("They would frequently fall out with their parents", "her policies would often fall short") or a time phrase
    opened by one of `determiners` ("guards would beat prisoners every night"), and is no perfect ("would often have
    ..."), nor a question. The claims lexicon's `habitual_adverbs` and `habitual_determiners`; its `modal_form` asks it
    only where no verb of saying reports the clause ("the government said it would regularly review ...": a promise,
    the labels' prediction)."""
    verb = modal.head
    if verb is None or verb is modal or any(c.dep == "aux" and lemma(c) == "have" for c in verb.children):
        return False
    for c in verb.children:
        if c.dep == "advmod" and c.lower in adverbs:
            return True
        if c.dep == "npadvmod" and any(d.dep == "det" and d.lower in determiners for d in c.children):
            return True
    return False


def had_read(verb: Tok, participles: frozenset[str]) -> bool:
    """A verb of `participles` (past participles spelled as the base form, the claims lexicon's `clause_participles`)
    under "'d" with a clause of its own (ccomp): "He'd read that there were fires ...", "had read"; where "we'd put
    one in every room" is "would"."""
    return verb.lower in participles and any(c.dep == "ccomp" for c in verb.children)


def is_age(tok: Tok) -> bool:
    """'old' of '20-year-old', as the parser reads an age: the adjective with 'year' under it (used as
    a noun, 'the 21-year-old told reporters', or before one, 'the 20-year-old Swede')."""
    return tok.lower == "old" and any(c.lower in {"year", "years"} for c in tok.children)


def is_verb(tok: Tok) -> bool:
    """A verb or an auxiliary."""
    return tok.pos in {"VERB", "AUX"} or tok.tag.startswith("VB")


def is_main_verb(tok: Tok) -> bool:
    """A verb that is no auxiliary (a verb-tagged word the tagger did not call AUX)."""
    return tok.pos == "VERB" or (tok.tag.startswith("VB") and tok.pos != "AUX")


def is_word(tok: Tok) -> bool:
    return tok.pos not in NON_WORD_POS


def child(tok: Tok, *deps: str) -> Tok | None:
    """The first child of tok attached by one of `deps`."""
    return next((c for c in tok.children if c.dep in deps), None)


def negated(tok: Tok) -> bool:
    """Whether a word carries a negation ('not', "n't", 'never' as its `neg` child)."""
    return any(c.dep == "neg" for c in tok.children)


def has_to(tok: Tok) -> bool:
    """Whether a verb is a to-infinitive ('to say', 'to cut'); also a verb of the form "self-X" that the tagger took
    for a noun under a "to" it tagged a preposition but hung on it as an auxiliary ('anyone with symptoms is advised to
    self-isolate': `self_verb`; claims58)."""
    return any(c.tag == "TO" or (c.dep == "aux" and c.lower == "to" and self_verb(tok)) for c in tok.children)


def self_verb(tok: Tok) -> bool:
    """A word written "self-X" that the parser cut in three, "self" and the hyphen hung on X ('self-isolate',
    'self-censor')."""
    kids = {c.i: c for c in tok.children}
    first, mark = kids.get(tok.i - 2), kids.get(tok.i - 1)
    return first is not None and mark is not None and first.lower == "self" and mark.text == "-"


def predicting(verb: Tok, verbs: frozenset[str], sense_bound: frozenset[str]) -> bool:
    """Whether a verb is one of `verbs` (the claims lexicon's `prediction_verbs`) in a reading about the future: one
    of `sense_bound` only with a to-infinitive ("is tipped to win", "tipped Wales to win") or an "as" phrase ("tipped
    it as the next big thing") of its own, not "tipped round the post", "tipped the ball over" (claims37)."""
    word = lemma(verb)
    if word not in verbs:
        return False
    if word not in sense_bound:
        return True
    infinitive = any(c.dep in {"xcomp", "ccomp"} and has_to(c) for c in verb.children)
    return infinitive or any(c.dep == "prep" and c.lower == "as" for c in verb.children)


def is_that_clause(tok: Tok) -> bool:
    """A complement or adjectival clause opened by 'that' ('concerns that ...', 'said that ...')."""
    return tok.dep in {"acl", "ccomp"} and any(m.lower == "that" and m.dep == "mark" for m in tok.children)


def subject_of(verb: Tok) -> Tok | None:
    """The first subject (nsubj, nsubjpass, csubj) among the verb's children."""
    return child(verb, *SUBJECT_DEPS)


def active_subject(verb: Tok) -> Tok | None:
    """The subject of an active verb: its nominal subject, else its clausal subject ("Struggling
    car maker X has struck" has both)."""
    for dep in ACTIVE_SUBJECT_DEPS:
        found = child(verb, dep)
        if found is not None:
            return found
    return None


def is_passive(verb: Tok) -> bool:
    """A verb with a passive subject or auxiliary, or a past participle modifying a noun."""
    if any(c.dep in PASSIVE_DEPS for c in verb.children):
        return True
    return verb.dep in ("acl", "amod") and verb.tag == "VBN"


def raised_subject(verb: Tok, max_hops: int = 4) -> Tok | None:
    """The subject of the passive a complement hangs from ("X is said to have praised", "X was forced
    to back down", "X is understood to have been put on standby"), or of the verb that passive is
    conjoined to."""
    head = verb.head
    if verb.dep != "xcomp" or head is None or head is verb or not is_passive(head):
        return None
    node = head
    for _ in range(max_hops):
        subject = child(node, "nsubjpass", *ACTIVE_SUBJECT_DEPS)
        if subject is not None or node.dep != "conj" or node.head is None:
            return subject
        node = node.head
    return None


def prep_object(tok: Tok, preps: Sequence[str] | set[str]) -> tuple[Tok, Tok] | None:
    """(preposition, its object) of the first prepositional child of tok whose word is in preps,
    trying the prepositions in the order given."""
    found = {c.lower: c for c in reversed(tok.children) if c.dep in PREP_DEPS and c.lower in preps}
    for p in preps:
        prep = found.get(p)
        if prep is not None:
            obj = child(prep, "pobj", "pcomp")
            if obj is not None:
                return prep, obj
    return None


def span_tokens(tokens: list[Tok], start: int, end: int, starts: list[int] | None = None) -> list[Tok]:
    """The tokens lying inside the character span [start, end), in order (`starts`: the tokens'
    start offsets, when the caller looks up many spans)."""
    starts = starts if starts is not None else [t.start for t in tokens]
    k = bisect_left(starts, start)
    out = []
    while k < len(tokens) and tokens[k].end <= end:
        out.append(tokens[k])
        k += 1
    return out


def heads_of(tokens: list[Tok]) -> list[Tok]:
    """The tokens of a span whose head lies outside it (or is itself), in order."""
    ids = {t.i for t in tokens}
    return [t for t in tokens if t.head is None or t.head.i not in ids or t.head is t]


def head_of(tokens: list[Tok], *, words_only: bool = False) -> Tok:
    """Syntactic head of a span: its first token whose head lies outside the span (or is itself).

    With `words_only`, punctuation is never the head: the first word whose head lies outside;
    the first word when the span hangs from a punctuation mark inside it.
    """
    pool = ([t for t in tokens if is_word(t)] or tokens) if words_only else tokens
    ids = {t.i for t in tokens}
    return next((t for t in pool if t.head is None or t.head.i not in ids or t.head is t), pool[0])


def climb(tok: Tok, deps: Iterable[str]) -> Tok:
    """Go up from `tok` while it hangs from its head by one of `deps`."""
    deps = frozenset(deps)
    while tok.dep in deps and tok.head is not None and tok.head is not tok:
        tok = tok.head
    return tok


def subtree_without(
    tok: Tok, exclude_deps: Iterable[str], *, following_only: bool = False, skip: Tok | None = None
) -> list[Tok]:
    """The subtree of tok, in text order, without the branches attached by `exclude_deps` (with
    `following_only`, only those that follow the word they hang from) and without `skip`'s branch."""
    exclude = frozenset(exclude_deps)

    def kept(c: Tok, node: Tok) -> bool:
        return c is not skip and not (c.dep in exclude and (not following_only or c.i > node.i))

    out = [tok]
    stack = [c for c in tok.children if kept(c, tok)]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in node.children if kept(c, node))
    return sorted(out, key=lambda t: t.i)


def subtree_end(tok: Tok) -> int:
    """Index of the last token of tok's subtree."""
    return max(t.i for t in tok.subtree())


ADVERBIAL_DEPS = frozenset({"advmod", "npadvmod", "prep"})


def adverbial_tokens(verb: Tok, after: bool = False) -> list[Tok]:
    """The tokens of the verb's own adverbials (adverbs, bare noun phrases of time, prepositional phrases: 'last
    year', 'on Thursday', 'at the moment'), in text order; with `after`, only those after the verb."""
    return sorted(
        (t for c in verb.children if c.dep in ADVERBIAL_DEPS and (not after or c.i > verb.i) for t in c.subtree()),
        key=lambda t: t.i,
    )


def within_hops(tok: Tok, root: Tok, hops: int) -> bool:
    """Whether tok is root or hangs from it within `hops` arcs."""
    node = tok
    for _ in range(hops + 1):
        if node is root:
            return True
        if node.head is None or node.head is node:
            return False
        node = node.head
    return False


_BY_FIRST_WORD: dict[int, tuple[tuple, dict[str, list[tuple[str, ...]]]]] = {}
_TAILS: dict[int, tuple[tuple, dict[str, tuple[frozenset[str], ...]]]] = {}


def _per_phrase_set(cache: dict[int, tuple[tuple, Any]], phrases: tuple, build: Callable[[tuple], Any]) -> Any:
    """`build(phrases)`, kept per phrase set: lexicon tuples live as long as the run, so their id is a stable key;
    each entry holds its tuple, so a freed tuple's id is never taken for it."""
    hit = cache.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    value = build(phrases)
    cache[id(phrases)] = (phrases, value)
    return value


def _group_by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    return index


def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases grouped by their first word, in their order (kept per phrase set)."""
    return _per_phrase_set(_BY_FIRST_WORD, phrases, _group_by_first_word)


_BY_WRITTEN_FIRST: dict[int, tuple[tuple, dict[str, list[tuple[str, ...]]]]] = {}
_LOWER = attrgetter("lower")


def written_forms(word: str) -> list[str]:
    """Every writing of a word with each of its straight apostrophes kept or written ’ ("don't" -> "don't",
    "don’t"): the `lower` texts that are the word once each ’ is made straight (2 ** n of them for n apostrophes: a
    lexicon's phrase has at most `lexicon.MAX_PHRASE_APOSTROPHES` in its first word)."""
    if word.count("'") > MAX_PHRASE_APOSTROPHES:
        raise ValueError(f"{word!r}: more than {MAX_PHRASE_APOSTROPHES} apostrophes in a phrase's first word")
    forms = [""]
    for char in word:
        forms = [form + c for form in forms for c in ((char, "\u2019") if char == "'" else (char,))]
    return forms


def _group_by_written_first(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    groups = _group_by_first_word(phrases)
    # a first word written with ’ is never matched (a token's text is matched with each ’ made straight): left out
    return {form: group for word, group in groups.items() if "\u2019" not in word for form in written_forms(word)}


def _by_written_first(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """`_by_first_word` keyed by every `lower` text that is the first word once each ’ is made straight (kept per
    phrase set)."""
    return _per_phrase_set(_BY_WRITTEN_FIRST, phrases, _group_by_written_first)


def iter_phrases(tokens: list[Tok], phrases: Iterable[tuple[str, ...]]) -> Iterator[list[Tok]]:
    """Every occurrence (by position, then by the order of `phrases`) of a lower-case word sequence;
    a typographic apostrophe in the text matches a straight one in the phrase ("don’t", "let’s").

    Only a token that begins some phrase has the words after it read (most tokens begin none: the
    claims step asks about 80,000 times a shard): its `lower` text is looked up among the written forms of
    the phrases' first words, so a token pays one lookup, and the words after it are made plain once a call."""
    if isinstance(phrases, tuple):
        starts = _by_written_first(phrases).get
    else:  # a list or generator made for the call: not kept (its tuple would stay in the cache for good; review30)
        starts = _group_by_written_first(tuple(phrases)).get
    plains: list[str] | None = None
    for k, word in enumerate(map(_LOWER, tokens)):
        starting = starts(word)
        if starting is None:
            continue
        for phrase in starting:
            n = len(phrase)
            if n == 1:
                yield tokens[k : k + 1]
                continue
            if plains is None:
                plains = [
                    w.replace("\u2019", "'") for w in map(_LOWER, tokens)
                ]  # every token's text, each ’ made straight
            if tuple(plains[k : k + n]) == phrase:
                yield tokens[k : k + n]


def _tails_by_head(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[frozenset[str], ...]]:
    """Each phrase's words after its first, as a set, grouped by its first word (in the phrases' order; kept per
    phrase set)."""
    return _per_phrase_set(
        _TAILS,
        phrases,
        lambda ps: {head: tuple(frozenset(p[1:]) for p in group) for head, group in _by_first_word(ps).items()},
    )


def hangs_phrase(verb: Tok, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a phrase starts with the word's lemma and each of its other words is the lower-case
    form or the lemma of one of the word's children ('paid tribute to', 'made clear that'). The
    children are read only for a word that begins some phrase (most begin none)."""
    tails = _tails_by_head(phrases).get(lemma(verb))
    if not tails:
        return False
    words = {c.lower for c in verb.children} | {lemma(c) for c in verb.children}
    return any(tail <= words for tail in tails)


def find_phrase(tokens: list[Tok], phrases: Iterable[tuple[str, ...]]) -> list[Tok] | None:
    """The first occurrence of `iter_phrases`, or None."""
    return next(iter_phrases(tokens, phrases), None)


def surface_text(tokens: list[Tok]) -> str:
    """The tokens' text with the spaces of the parse between them."""
    parts = []
    for k, tok in enumerate(tokens):
        parts.append(tok.text)
        if tok.space_after and k < len(tokens) - 1:
            parts.append(" ")
    return "".join(parts)


MODIFIER_DEPS = frozenset({"relcl", "acl", "amod"})


SETTING_OFF_MARKS = frozenset({",", "-", "\u2013", "\u2014", "--"})
PARTICIPLE_CLAUSE_DEPS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})


def set_off_participle(tok: Tok, tokens: list[Tok], root: Tok) -> bool:
    """Whether `tok` is an adverb on a past participle set off by a comma or a dash right after a noun ('the election
    - widely expected in May - gathered pace', 'in an election, widely expected to be held in May,'): the participle
    modifies that noun, however the parser hangs it (pobj, dep, ccomp), and is not the clause's own predicate (not the
    root, no auxiliary or subject of its own: 'which is widely expected', 'With the election widely predicted').
    `tokens` holds the token before the mark (the unit's or its sentence's)."""
    verb = tok.head
    if tok.dep != "advmod" or verb is None or verb is root or verb.tag != "VBN":
        return False
    if any(c.dep in PARTICIPLE_CLAUSE_DEPS for c in verb.children):
        return False
    at = {t.i: t for t in tokens}
    mark, noun = at.get(tok.i - 1), at.get(tok.i - 2)
    return mark is not None and noun is not None and mark.text in SETTING_OFF_MARKS and noun.pos in {"NOUN", "PROPN"}


def in_adverbial_clause(tok: Tok, root: Tok) -> bool:
    """Whether a token sits in a clause that tells why or when something happened below `root`: a preposition's clause
    ('suspended a candidate for allegedly suggesting ...', 'informed police of what had allegedly transpired') or an
    adverbial clause with a subordinator ('arrested after he was allegedly found'); not a bare participle clause ('left
    his post, reportedly giving one day's notice'), nor the root's own words (claims75)."""
    for t in [tok, *tok.ancestors()]:
        if t is root:
            return False
        if t.dep == "pcomp" or t.dep == "advcl" and any(c.dep == "mark" for c in t.children):
            return True
    return False


def in_modifier(tok: Tok, root: Tok) -> bool:
    """Whether a token sits in a relative or adjectival clause or modifier below `root` ('a
    contractor who allegedly ...', 'the $54bn widely expected')."""
    for t in [tok, *tok.ancestors()]:
        if t is root:
            return False
        if t.dep in MODIFIER_DEPS:
            return True
    return False
