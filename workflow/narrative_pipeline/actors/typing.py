"""Typing discovered names: what a name the registry lacks is, or that it is no actor at all.

`TYPE_RULES` are applied in order to each mention of a discovered name (`Named`); the first that
fires gives a `Verdict`: an actor type, or None for a name that is no actor (a product, a work of
art, an event, a place, a common noun), with the cue tokens behind it. A verdict is about the
name (it holds for every mention of the name in the article: "the film Mary Poppins" makes every
"Mary Poppins" a work) or only about this mention ("Xbox consoles": here the name is part of a
product). `type_names` decides each mention: its own verdict, else the article's best verdict on
the same name (`article-agreement`), else the type spaCy's label gives (`ner-label`; for a name
labelled differently in the article, the label most of its mentions have). The rule is recorded
on the mention as `type_rule` with its cue.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Literal

from ..parsed import Tok
from ..records import ActorType
from ..rules import Rule, first_match
from ..syntax import head_of, lemma
from .candidates import Candidate
from .context import ArticleInfo
from .lexicon import ActorsLexicon

Scope = Literal["name", "mention"]
QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})
PREMODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
OBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "ROOT"})
_INITIAL = re.compile(r"[A-Z]\.?")


@dataclass(frozen=True)
class Verdict:
    actor_type: ActorType | None  # None: the name is no actor
    cue: tuple[Tok, ...]
    scope: Scope = "name"


@dataclass
class Named:
    """One mention of a discovered name, with what the type rules look at around it."""

    cand: Candidate
    span: list[Tok]
    info: ArticleInfo
    lex: ActorsLexicon

    def __post_init__(self) -> None:
        self.head = head_of(self.span)
        self.label = self.cand.label
        self.words = tuple((self.cand.name or "").lower().split())
        ids = {t.i for t in self.span}
        self.governor = self.head.head if self.head.head is not None and self.head.head is not self.head else None
        # words before the name in its noun phrase ("software giant" Microsoft, "striker" Kolo Toure)
        self.before = sorted(
            {t for s in self.span for c in s.children if c.i < self.span[0].i and c.dep in PREMODIFIER_DEPS
             for t in c.subtree()},
            key=lambda t: t.i,
        )  # fmt: skip
        # words after the name up to the noun it modifies ("Chelsea striker Didier", "Oasis frontman")
        self.after: list[Tok] = []
        if self.governor is not None and self.head.dep in PREMODIFIER_DEPS | {"poss"}:
            last = max(ids)
            self.after = [self.info.toks[k] for k in range(last + 1, self.governor.i + 1) if k in self.info.toks]
        self.appositions = [c for c in self.head.children if c.dep == "appos"]
        if self.head.dep == "appos" and self.governor is not None:
            self.appositions.append(self.governor)


def _with(tokens: list[Tok], words: frozenset[str]) -> tuple[Tok, ...] | None:
    hit = next((t for t in tokens if lemma(t) in words or t.lower in words), None)
    return (hit,) if hit is not None else None


@cache
def _phrase_set(phrases: tuple[tuple[str, ...], ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(phrases)


# --- no actor -------------------------------------------------------------------------------


def known_non_actor(n: Named) -> Verdict | None:
    """'iPod', 'Oscars', 'FTSE': a product, award, index or event the lexicon names; 'LCD TV': one
    of them and a product or event noun."""
    known = _phrase_set(n.lex.non_actor_names)
    if n.words in known:
        return Verdict(None, tuple(n.span))
    if len(n.words) >= 2 and n.words[-1] in n.lex.product_nouns | n.lex.thing_nouns:
        if n.words[:1] in known or n.words[:2] in known:
            return Verdict(None, tuple(n.span))
    return None


def common_name(n: Named) -> Verdict | None:
    """'IPO', 'DJ', 'MPs': a capitalised common noun or acronym."""
    return Verdict(None, tuple(n.span)) if n.words in _phrase_set(n.lex.common_names) else None


def title_before(n: Named) -> Verdict | None:
    """'Mr Mubanga', 'Sir Anthony Meyer': a title or honorific before the name makes a person."""
    if n.label == "TITLE":
        return Verdict("person", tuple(n.cand.before))
    titles = [t for t in n.cand.before if t.lower.rstrip(".") in n.lex.titles]
    left = n.info.before(n.span[0])
    if not titles and left is not None and left.text[:1].isupper() and left.lower.rstrip(".") in n.lex.titles:
        titles = [left]
    return Verdict("person", (titles[-1],)) if titles else None


def initial_name(n: Named) -> Verdict | None:
    """'S Lamont', 'L McConnell': an initial and a capitalised name."""
    if len(n.span) >= 2 and _INITIAL.fullmatch(n.span[0].text) and n.span[-1].text[:1].isupper():
        return Verdict("person", (n.span[0],))
    return None


def work_title(n: Named) -> Verdict | None:
    """'the film Mary Poppins', 'Harry Potter star', 'directed Ray', "Tom Brown's Schooldays", a name
    in quotation marks: a work (for every mention of the name). 'the Harry Potter books': here the
    name is part of a work's title (this mention only: "the Gervais sitcom" is his)."""
    if n.label == "TITLE":
        return None
    lex, gov = n.lex, n.governor
    work = lex.work_nouns - ({"game", "games", "series"} if n.info.sport else frozenset())
    cue = _with(n.before + n.appositions, work)
    if cue is None and n.head.dep in {"compound", "poss"} and gov is not None:
        creators = lex.creator_nouns if n.label == "PERSON" else lex.creator_nouns - {"star", "director", "producer"}
        cue = _with([gov], creators)
    if cue is None and gov is not None and n.head.dep == "dobj" and lemma(gov) in lex.work_verbs:
        cue = (gov,)
    if cue is None and gov is not None and n.head.dep == "pobj" and gov.lower == "in" and gov.head is not None:
        if lemma(gov.head) in {"star", "appear", "role", "feature", "cast"}:
            cue = (gov.head,)
    if cue is None and gov is not None and n.head.dep == "pobj" and gov.lower in {"as", "like", "of"}:
        owner = gov.head.head if gov.head is not None and gov.head.lower == "such" else gov.head
        makers = lex.maker_nouns if gov.lower == "of" else work
        cue = _with([owner], makers) if owner is not None else None  # "movies such as X", "the makers of X"
    if cue is None and n.label == "PERSON" and n.head.dep == "poss" and gov is not None:
        if gov.text[:1].isupper() and gov.pos == "PROPN" and gov.ent_type not in {"PERSON", "ORG", "GPE", "NORP"}:
            cue = (gov,)  # "Tom Brown's Schooldays"
    if cue is None:
        left, right = n.info.before(n.span[0]), n.info.after(n.span[-1])
        if left is not None and right is not None and left.text in QUOTES and right.text in QUOTES:
            cue = (left, right)
    if cue is not None:
        return Verdict(None, cue)
    if n.head.dep in {"compound", "nmod"} and gov is not None and _with([gov], work):
        return Verdict(None, (gov,), "mention")
    return None


def product_part(n: Named) -> Verdict | None:
    """'Xbox consoles', 'the Nintendo DS', 'FTSE 100', 'a Mac Mini': part of a product's name here."""
    gov = n.governor
    if gov is not None and n.head.dep in PREMODIFIER_DEPS and gov.i > n.head.i:
        if lemma(gov) in n.lex.product_nouns | n.lex.thing_nouns:
            return Verdict(None, (gov,), "mention")
        if gov.pos == "PROPN" and (gov.lower,) in _phrase_set(n.lex.non_actor_names):
            return Verdict(None, (gov,), "mention")
    nxt = n.info.after(n.span[-1])
    if nxt is not None and nxt.text.isdigit() and not n.info.sport:
        follow = n.info.after(nxt)
        if follow is None or follow.text not in {"-", "–"}:
            return Verdict(None, (nxt,))
    det = next((c for c in n.head.children if c.dep == "det" and c.lower in {"a", "an"}), None)
    if det is not None and det.i == n.span[0].i - 1:
        return Verdict(None, (det,))
    return None


def place_or_event_name(n: Named) -> Verdict | None:
    """'European Indoor Championships', 'Jerwood Theatre', 'Kyoto Treaty': no actor by its last word."""
    if n.label in {"PERSON", "TITLE"} or len(n.words) < 2 and n.label != "ORG":
        return None
    words = tuple(re.findall(r"[a-z]+", " ".join(n.words)))
    lex = n.lex
    if words and (
        words[-1] in lex.non_actor_name_endings
        or any(words[: len(p)] == p for p in lex.non_actor_name_openings)
        or any(w in lex.document_words for w in words)
    ):
        return Verdict(None, (n.span[-1],))
    return None


def common_noun(n: Named) -> Verdict | None:
    """'Broadband' in a headline: one word the article otherwise writes in lower case."""
    if len(n.span) != 1:
        return None
    text = n.span[0].text
    if text.isupper() or text in n.info.capitalised_inside or text.lower() not in n.info.lower_words:
        return None
    return Verdict(None, (n.span[0],))


def determiner_before_name(n: Named) -> Verdict | None:
    """'the Aurora', 'The Scissor Sisters': no person takes an article; a plural name is a group."""
    if n.label != "PERSON":
        return None
    left = n.info.before(n.span[0])
    if left is None or left.lower not in {"the", "a", "an"}:
        return None
    return Verdict("group" if n.span[-1].tag == "NNPS" else None, (left,))


def compass_place(n: Named) -> Verdict | None:
    """'North Devon': a compass word and a name is a region."""
    if n.label != "ORG" and len(n.words) >= 2 and n.words[0] in n.lex.compass_words:
        return Verdict(None, (n.span[0],))
    return None


# --- a type ---------------------------------------------------------------------------------


def person_noun(n: Named) -> Verdict | None:
    """'striker Kolo Toure', 'Tony Roche, the coach', 'Martin Mubanga, 32,': a person."""
    if n.label not in {"PERSON", "ORG", "GPE"}:
        return None
    nouns = n.lex.person_nouns | n.lex.role_nouns
    cue = _with(n.before + n.appositions, nouns)
    if cue is None:
        right = n.info.after(n.span[-1])
        age = n.info.after(right) if right is not None and right.text == "," else None
        if age is not None and age.text.isdigit() and 10 <= int(age.text) <= 110:
            after_age = n.info.after(age)
            if after_age is not None and after_age.text == ",":
                cue = (age,)
    return Verdict("person", cue) if cue else None


def name_word(n: Named) -> Verdict | None:
    """'Yukos Oil Company', 'Labour Party', 'Reuters News': a word of the name gives the type (for a
    name spaCy takes for a person's, only its last word)."""
    words = tuple(re.findall(r"[a-z]+", " ".join(n.words)))
    if n.label == "TITLE" or not words:
        return None
    for actor_type, keys in n.lex.org_type_words.items():
        positions = [len(words) - 1] if n.label == "PERSON" else range(len(words))
        if any(words[k] in keys for k in positions):
            return Verdict(actor_type, (n.span[-1],))
    return None


def company_cue(n: Named) -> Verdict | None:
    """'software giant Microsoft', 'Titan, a company', "Yukos' shares", 'shares in Yukos': a company."""
    if n.label not in {"ORG", "PERSON", "GPE"}:
        return None
    lex = n.lex
    cue = _with(n.before + n.appositions, lex.company_nouns)
    gov = n.governor
    if cue is None and gov is not None and n.head.dep in {"poss", "compound"} and lemma(gov) in lex.company_possessions:
        cue = (gov,)
    if cue is None and gov is not None and n.head.dep == "pobj" and gov.lower in {"of", "in"} and gov.head is not None:
        cue = _with([gov.head], lex.company_possessions)
    return Verdict("company", cue) if cue else None


def media_cue(n: Named) -> Verdict | None:
    """'broadcaster ESPN', 'told MTV': a media outlet."""
    if n.label not in {"ORG", "PERSON"}:
        return None
    cue = _with(n.before + n.appositions, n.lex.media_nouns)
    gov = n.governor
    if (
        cue is None
        and n.label == "ORG"
        and gov is not None
        and n.head.dep in {"dobj", "dative"}
        and lemma(gov) == "tell"
    ):
        cue = (gov,)
    return Verdict("media", cue) if cue else None


def band_cue(n: Named) -> Verdict | None:
    """'rock band Franz Ferdinand', 'Oasis frontman': a band."""
    if n.label not in {"ORG", "PERSON", "NORP"}:
        return None
    cue = _with(n.before + n.appositions, n.lex.band_nouns) or _with(n.after, n.lex.band_member_nouns)
    return Verdict("group", cue) if cue else None


def team_cue(n: Named) -> Verdict | None:
    """'Chelsea striker', "Arsenal's manager", 'Leicester beat Gloucester': a sports club."""
    cue = _with(n.after, n.lex.team_nouns) or _with(n.appositions, n.lex.team_nouns)
    if cue is None and n.label == "GPE" and n.info.sport and n.head.dep in OBJECT_DEPS:
        gov = n.governor
        if gov is not None and lemma(gov) in n.lex.sport_verbs:
            cue = (gov,)
    return Verdict("organisation", cue) if cue else None


TYPE_RULES: tuple[Rule[Named, Verdict], ...] = (
    Rule("known-non-actor", "none", known_non_actor),
    Rule("common-name", "none", common_name),
    Rule("title", "person", title_before),
    Rule("initial", "person", initial_name),
    Rule("work-title", "none", work_title),
    Rule("product-part", "none", product_part),
    Rule("place-or-event-name", "none", place_or_event_name),
    Rule("common-noun", "none", common_noun),
    Rule("determiner-before-name", "none", determiner_before_name),
    Rule("compass-place", "none", compass_place),
    Rule("person-noun", "person", person_noun),
    Rule("name-word", "type", name_word),
    Rule("company-cue", "company", company_cue),
    Rule("media-cue", "media", media_cue),
    Rule("band-cue", "group", band_cue),
    Rule("team-cue", "organisation", team_cue),
)
RULE_RANK = {rule.name: k for k, rule in enumerate(TYPE_RULES)}


def label_type(c: Candidate, head: Tok) -> ActorType | None:
    """The type spaCy's label gives: PERSON a person, ORG an organisation, a plural NORP a group,
    a GPE that is a subject a government."""
    if c.label in {"PERSON", "TITLE"}:
        return "person"
    if c.label == "ORG":
        return "organisation"
    if c.label == "NORP":
        return "group" if head.tag in {"NNPS", "NNS"} else None
    if c.label == "GPE":
        return "government" if head.dep in {"nsubj", "nsubjpass"} else None
    return None


def type_names(cands: list[Candidate], info: ArticleInfo, lex: ActorsLexicon) -> list[Candidate]:
    """The discovered-name candidates of one article that are actors, each with its type, rule and cue."""
    own: list[tuple[Candidate, tuple[Rule, Verdict] | None, Tok]] = []
    best: dict[str, tuple[int, Verdict]] = {}
    labels: dict[str, Counter[ActorType | None]] = defaultdict(Counter)
    for c in cands:
        span = [info.toks[i] for i in range(c.start_i, c.end_i + 1)]
        named = Named(c, span, info, lex)
        fired = first_match(TYPE_RULES, named)
        own.append((c, fired, named.head))
        key = (c.name or "").lower()
        labels[key][label_type(c, named.head)] += 1
        if fired is not None and fired[1].scope == "name":
            rank = RULE_RANK[fired[0].name]
            if key not in best or rank < best[key][0]:
                best[key] = (rank, fired[1])
    kept = []
    for c, fired, head in own:
        key = (c.name or "").lower()
        if fired is not None:
            rule, verdict = fired[0].name, fired[1]
        elif key in best:
            rule, verdict = "article-agreement", best[key][1]
        elif label_type(c, head) is not None:
            counts = labels[key]
            majority = max((t for t in counts if t is not None), key=lambda t: (counts[t], t))
            rule, verdict = "ner-label", Verdict(majority, (head,))
        else:
            continue
        if verdict.actor_type is None:
            continue
        c.actor_type, c.type_rule, c.cue = verdict.actor_type, rule, list(verdict.cue)
        kept.append(c)
    return kept
