"""Brand-only firm names listed beside a firm: "Cellnet and Vodafone were the only mobile phone operators", "Vodafone
and O2, Britain's other big mobile phone operator", "One2One (now T-Mobile) was launched" (actors94).

spaCy leaves a firm's one-word brand unlabelled ("Cellnet"), or labels it a place or a person ("O2"), and
`ner_candidates` takes no name with a digit, so the firm is never found, though the page lists it beside a firm the
rules find. `listed_firm_words` reads the page once for such words; `listed_firm_candidates` finds each word wherever
the page writes it alone, as a company (`listed-firm`).
"""

from __future__ import annotations

from ..parsed import Sent, Tok
from ..syntax import lemma
from .candidates import Candidate, LinkPriority
from .context import ArticleInfo
from .lexicon import ActorsLexicon
from .named import phrase_set

LISTED_FIRM_RULE = "listed-firm"
LIST_DEPS = frozenset({"conj", "appos"})
CLIMB_LIMIT = 8
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# type rules that say a name is a firm by the name's own cue, not by the article's subject alone ("business-article",
# "firms-article" type every organisation of a business page a company: "Russian cities - Klin, ..., Perm")
OWN_FIRM_RULES = frozenset({
    "registry", "company-cue", "article-agreement", "name-word", "short-form", "software-firm", "firm-of-person",
})  # fmt: skip
RENAMED = ("(", "now")
DATE_LABELS = frozenset({"DATE", "TIME"})
BRAND_LABELS = frozenset({"", "ORG", "PERSON", "NORP", "GPE", "LOC", "FAC"})  # spaCy's labels a brand may be given
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})  # "Cellnet (now O2)": the firm's older and its newer name


def listed_firm_words(first_pass: list[Candidate], info: ArticleInfo, lex: ActorsLexicon) -> frozenset[str]:
    """The one-word names the page lists beside a firm (`_listed_beside`: a conjunct or an apposition of a list whose
    items include a company the page names, one spaCy labels an organisation or a rule's own cue types, or that
    company's one-word name written again where spaCy labels nothing), and the
    older or newer name of such a firm written "X (now Y)" (`_renamed`), read to a fixed point ("Cellnet and Vodafone
    ... Cellnet (now O2)"). A word is a brand (`_brand_word`): one capitalised word of letters and digits, no more
    words of a name beside it, not written in lower case on the page ("the colour orange"), no software's name, no
    place by spaCy's label unless it has a digit ("O2")."""
    covered = {i for c in first_pass for i in range(c.start_i, c.end_i + 1)}
    firms = [c for c in first_pass if c.actor_type == "company" and _named_firm(c, info.toks)]
    firm_toks = {i for c in firms for i in range(c.start_i, c.end_i + 1)}
    one_word = {c.name for c in firms if c.start_i == c.end_i and c.name}
    ends = {c.end_i for c in firms} | {i for i, t in info.toks.items() if t.text in one_word and i not in covered}
    firm_toks |= ends  # "Cellnet and Vodafone" after "firm Vodafone": spaCy labels the second Vodafone no name
    software = phrase_set(lex.software_names) | phrase_set(lex.non_actor_names)  # "RealPlayer" (actors95)
    products = lex.product_nouns | lex.owned_product_nouns | lex.work_nouns
    words: set[str] = set()
    for end in ends:
        for tok in _listed_beside(info.toks[end], info.toks, products):
            if tok.i not in covered and _brand_word(tok, info, software):
                words.add(tok.text)
    while True:
        more = {
            tok.text
            for tok in _renamed(info.toks)
            if tok.text not in words and tok.i not in covered and _brand_word(tok, info, software)
            and any(o.i in firm_toks or o.text in words for o in _renamed_other(tok, info.toks))
        }  # fmt: skip
        if not more:
            return frozenset(words)
        words |= more


def listed_firm_candidates(
    sent: Sent, cands: list[Candidate], words: frozenset[str], info: ArticleInfo
) -> list[Candidate]:
    """Each place the sentence writes one of the page's listed firm words (`listed_firm_words`) alone, where no
    candidate lies: no capitalised word or hyphen beside it ("Orange Prize", "T-Mobile"), not modifying a noun
    ("the Orange E200", "the Vodafone network": the firm's thing). A company of that name (`listed-firm`)."""
    if not words:
        return []
    covered = {i for c in cands for i in range(c.start_i, c.end_i + 1)}
    out = []
    for tok in sent.tokens:
        if tok.text not in words or tok.i in covered or tok.dep in MODIFIER_DEPS or not _alone(tok, info.toks):
            continue
        out.append(
            Candidate(
                tok.i, tok.i, tok.start, tok.end, None, "company", "ner-discovered", LinkPriority.DISCOVERED, 1.0,
                None, tok.text, "ORG", LISTED_FIRM_RULE, [tok],
            )
        )  # fmt: skip
    return out


def _named_firm(c: Candidate, toks: dict[int, Tok]) -> bool:
    """A company the page names by spaCy's organisation label or by a rule of its own cue (`OWN_FIRM_RULES`)."""
    return c.type_rule in OWN_FIRM_RULES or toks[c.end_i].ent_type == "ORG"


def _listed_beside(tok: Tok, toks: dict[int, Tok], products: frozenset[str]) -> list[Tok]:
    """The other items of the list `tok` is an item of: the first item (climbed over conjuncts and appositions) and
    every conjunct or apposition under it, through the items between; none where the list modifies a noun, nor where
    it stands in apposition to a common noun of products or works (`products`: "Microsoft's two previous programs,
    Passport and Hailstorm": the firm's programs, though spaCy labels one an organisation; actors95)."""
    top, steps = tok, 0
    while top.dep in LIST_DEPS and top.head is not None and top.head is not top and steps < CLIMB_LIMIT:
        top, steps = top.head, steps + 1
    if top.dep in MODIFIER_DEPS:
        return []  # "the Carderplanet and Shadowcrew websites", "the Betamax and VHS fight": names of things
    if top.pos == "NOUN" and (top.lower in products or lemma(top) in products):
        return []  # "two previous programs, Passport and Hailstorm": the list names the noun's products
    items, frontier = [top], [top]
    while frontier:
        item = frontier.pop()
        for child in item.children:
            if child.dep in LIST_DEPS and child.i in toks and child not in items:
                items.append(child)
                frontier.append(child)
    return [t for t in items if t is not tok and t.sent == tok.sent]


def _renamed(toks: dict[int, Tok]) -> list[Tok]:
    """Each name of a "X (now Y)" pair: the word before the bracket and the word after "now"."""
    out = []
    bracket, now_word = RENAMED
    for i, tok in toks.items():
        nxt = toks.get(i + 1)
        if nxt is None or nxt.text != bracket:
            continue  # most words: the three after them not looked up (speed64)
        now, new, close = toks.get(i + 2), toks.get(i + 3), toks.get(i + 4)
        if now is None or new is None or close is None:
            continue
        if now.lower == now_word and close.text == ")":
            out += [tok, new]
    return out


def _renamed_other(tok: Tok, toks: dict[int, Tok]) -> list[Tok]:
    """The other name of the "X (now Y)" pair `tok` is a name of (the pair's newer name, or its older)."""
    after = [toks.get(tok.i + k) for k in (1, 2, 3)]
    if after[0] is not None and after[1] is not None and (after[0].text, after[1].lower) == RENAMED:
        return [after[2]] if after[2] is not None else []
    older, bracket = toks.get(tok.i - 3), toks.get(tok.i - 2)
    return [older] if older is not None and bracket is not None and bracket.text == "(" else []


def _brand_word(tok: Tok, info: ArticleInfo, software: frozenset[tuple[str, ...]]) -> bool:
    """One capitalised proper noun of letters and digits ("Cellnet", "NTL"; not "I"; a common noun only with a digit:
    "One2One"), alone (`_alone`), that spaCy labels no longer name, no time, amount or work ("By 1700 GMT") and no
    place but one with a digit ("O2"), never written in lower case on the page, no software's name, not in brackets
    after a name ("Sumitomo Mitsui Financial (SMFG)": its acronym, which the acronym rules read) nor after an owner
    ("Sony's Playstation": its product), not right before a bracket ("HDMI (High-Definition ...)") but "(now"."""
    text = tok.text
    digit = any(ch.isdigit() for ch in text)
    if len(text) < 2 or not text.isalnum() or not text[:1].isupper() or not (tok.pos == "PROPN" or digit):
        return False  # "Shares in Jarvis were up", "Giants such as Boeing": a common noun opening its sentence
    if tok.ent_type not in BRAND_LABELS or _owned_or_bracketed(tok, info.toks):
        return False
    if text.lower() in info.lower_words or (text.lower(),) in software or not _alone(tok, info.toks):
        return False
    if tok.ent_iob == "I" or _labelled_longer(tok, info.toks):
        return False
    if tok.ent_type in PLACE_LABELS and text.isalpha():
        return False
    after, now = info.toks.get(tok.i + 1), info.toks.get(tok.i + 2)
    return after is None or after.text != "(" or now is not None and now.lower == "now"


def _owned_or_bracketed(tok: Tok, toks: dict[int, Tok]) -> bool:
    """Whether an opening bracket or an owner's possessive stands right before the word."""
    before = toks.get(tok.i - 1)
    return before is not None and (before.text == "(" or before.text in POSSESSIVES)


def _labelled_longer(tok: Tok, toks: dict[int, Tok]) -> bool:
    """Whether spaCy's entity at `tok` runs on to the next token."""
    after = toks.get(tok.i + 1)
    return tok.ent_iob == "B" and after is not None and after.ent_iob == "I"


def _alone(tok: Tok, toks: dict[int, Tok]) -> bool:
    """No capitalised word, digit-initial word or hyphen right before or after the word in its sentence ("Swiss Re",
    "Ask Jeeves", "T-Mobile", "Enfish X1 Technologies"); a sentence's first word may stand before it, and a date's
    words beside it are no name's ("on 10 January Cellnet")."""
    for k in (tok.i - 1, tok.i + 1):
        other = toks.get(k)
        if other is None or other.sent != tok.sent or other.ent_type in DATE_LABELS:
            continue  # "on 10 January Cellnet (now O2) launched"
        if other.text in {"-", "–", "/", "&"} or other.text[:1].isdigit():
            return False
        if other.text[:1].isupper() and other.text[:1].isalpha() and not (k < tok.i and _opener(other, toks)):
            return False
    return True


def _opener(tok: Tok, toks: dict[int, Tok]) -> bool:
    """A sentence's first word that is no name's ("Neither", "Both", "But")."""
    before = toks.get(tok.i - 1)
    return (before is None or before.sent != tok.sent) and tok.pos not in {"PROPN", "NOUN"}
