"""Framing: every label a text attaches to an actor (`narratives/framing.parquet`).

Rules (each named; the name is recorded on the row), over every linked mention:

- `descriptor`: the mention is a descriptor the linker resolved ("the rebels" -> LNA, "the
  legitimate government" -> GNA), or a name made of a label ("Assad regime", "Houthi rebels");
- `premodifier`: adjectives and participles before the actor's name ("the internationally
  recognized, Turkish-backed Government of National Accord") and common nouns compounded with it
  ("rebel leader Haftar");
- `apposition`: a common-noun phrase beside the name ("Haftar, the renegade general"; "the
  Palestinian leader, Mahmoud Abbas");
- `predicate`: what the text says the actor is ("X is a terrorist organisation"), or is called,
  described, branded or seen as;
- `alignment`: alignment words ("pro-Haftar").

Who applies the label is the claimer of the claim the label stands in (the author outside claims:
headlines, sentences that are no claim), except in the claimer's own phrase: "The prime minister
said ..." is the author naming the speaker, not the speaker labelling himself (also when the label
stands beside the speaker's name: "..., says Tim Dams, the news editor of ..."), in the question
put to the speaker ("Asked about the prime minister's plans, Mr Brown said ...": `authors_label`) and in whom
the speaker addresses ("He told the paper ...", "Swank said to the 74-year-old Eastwood": `addressed_by_the_speaker`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from ..parsed import ParsedArticle, Tok
from ..records import ClaimRecord, FramingRecord, MentionRecord
from ..syntax import child, heads_of, lemma, span_tokens, subtree_without
from ..textnorm import normalize_text
from .arguments import is_negated, said_not
from .checks import authors_label, names_the_speaker
from .lexicon import PloverLexicon
from .stateparts import mention_part

ALIGNMENT_PREFIX = re.compile(r"(?i)\b(pro|anti)\s*[-‐‑–]\s*$")
LABEL_METHODS = {"alias", "fuzzy"}
CUT_DEPS = {"relcl", "acl", "punct", "cc", "conj", "appos", "prep"}


@dataclass(frozen=True)
class Site:
    """A linked mention with its tokens and syntactic head."""

    mention: MentionRecord
    tokens: list[Tok]
    head: Tok
    linked: frozenset[int]  # tokens of every linked mention of the article


@dataclass(frozen=True)
class Label:
    kind: str
    rule: str
    start: int
    end: int
    negated: bool = False  # the sentence denies it ("X is not a burden"): `denied`


@dataclass(frozen=True)
class FramingRule:
    name: str
    decides: str
    function: Callable[[Site, ParsedArticle, PloverLexicon], list[Label]]


def _span(tokens: list[Tok]) -> tuple[int, int] | None:
    toks = [t for t in tokens if t.pos != "PUNCT" or t.text in "-‐‑"]
    while toks and (toks[0].pos in ("DET", "PUNCT") or toks[0].dep == "poss" and toks[0].pos == "PRON"):
        toks = toks[1:]
    while toks and toks[-1].pos == "PUNCT":
        toks = toks[:-1]
    if not any(ch.isalpha() for t in toks for ch in t.text) or _crosses_cells(tokens, toks):
        return None
    return (toks[0].start, toks[-1].end)


def _crosses_cells(tokens: list[Tok], kept: list[Tok]) -> bool:
    """Whether a label would run across the cells of a table row ("| St Ives | Derek Thomas | ..."): the cells
    are the row's fields, no phrase about the name beside them."""
    return any(t.text == "|" and kept[0].i < t.i < kept[-1].i for t in tokens)


def _phrase(tok: Tok, lex: PloverLexicon, skip: Tok | None = None) -> list[Tok]:
    """tok and its dependents, without clauses, conjuncts, appositions and prepositions after it; a partitive head
    (`partitive_nouns`: "part", "subject", "pair") keeps the of-phrase right after it, which says what it is a part
    of ("the subject of intense media speculation", "a safe pair of hands"; review68 14: "subject", "safe pair")."""
    toks = subtree_without(tok, CUT_DEPS, following_only=True, skip=skip)
    if lemma(tok) not in lex.partitive_nouns:
        return toks
    of = next((c for c in tok.children if c.dep == "prep" and c.lower == "of" and c.i == toks[-1].i + 1), None)
    pobj = child(of, "pobj") if of is not None and of is not skip else None
    if pobj is None or pobj is skip:
        return toks
    return [*toks, of, *_phrase(pobj, lex, skip)]


def after_a_named_conjunct(toks: list[Tok], article: ParsedArticle, lex: PloverLexicon) -> list[Tok]:
    """A label's words after the last coordinating conjunction of its text, where the conjunct before it is another
    actor's name, not a premodifier the two conjuncts share (review68 14: "the Argentine State and water firm Aguas
    Argentinas" labelled Aguas Argentinas "Argentine State and water firm"; "former Spurs and England defender"
    stays whole). The conjunct before it is a name (a run of proper nouns right before the conjunction) that
    - has a title of its own, a common noun right before it ("French singer Charles Aznavour and British ambassador
      John Holmes", "winger Tommy Bowe and flanker Denis Leamy"), or
    - is a name of two words or more followed by no name and no `bygone_modifiers` word ("Kelli White and Olympic
      relay star Alvin Harrison", "the Argentine State and water firm"), where a shared name is followed by
      another ("Bad Education and Hong Kong director", "UK Inter-Countries and England Cross-Country champion"), or
    - is a common noun with a possessive before it in the label that names no person's trade (`descriptor_nouns`,
      `described_nouns`): "attacked Labour's record and party leader Michael Howard" (a thing of its own; "the
      club's chairman and chief executive" stays whole; fix80).
    Else the words as they are. The conjunction is looked for in the text the words span, and the words after it
    are that text's: the parser may hang the conjunction, and the second conjunct's first words, on the first
    conjunct, whose dependents the label's phrase leaves out."""
    if not toks:
        return toks
    first, last = min(t.i for t in toks), max(t.i for t in toks)
    words = article.tokens[first : last + 1]
    cc = next((k for k in range(len(words) - 1, 0, -1) if words[k].pos == "CCONJ"), None)
    if cc is None or cc + 1 >= len(words):
        return toks
    k = cc
    while k > 0 and words[k - 1].pos == "PROPN":  # (the name's words inside the label's)
        k -= 1
    name, after = words[k:cc], words[cc + 1]
    if not name:
        return words[cc + 1 :] if _owned_thing(words[:cc], lex) else toks
    titled = name[0].i > 0 and article.tokens[name[0].i - 1].pos == "NOUN"  # (the title may be a label of its own)
    named = len(name) >= 2 and after.pos != "PROPN" and lemma(after) not in lex.bygone_modifiers
    return words[cc + 1 :] if titled or named else toks  # (the text after it: "Olympic" the parser hung on "White")


def _owned_thing(before: list[Tok], lex: PloverLexicon) -> bool:
    """Whether the words before a label's conjunction end in a common noun that a possessive before it owns and that
    names no person's trade ("Labour's record and party leader"; not "the club's chairman and chief executive")."""
    noun = before[-1] if before else None
    if noun is None or noun.pos != "NOUN" or lemma(noun) in lex.descriptor_nouns | lex.described_nouns:
        return False
    return any(t.tag == "POS" for t in before[:-1])


def descriptor(site: Site, article: ParsedArticle, lex: PloverLexicon) -> list[Label]:
    m = site.mention
    if m.link_method == "descriptor" and site.head.dep == "appos":  # "Haftar, the renegade general"
        return [Label("apposition", "apposition", m.start, m.end)]
    if m.link_method == "descriptor":
        return [Label("descriptor", "descriptor", m.start, m.end)]
    if m.link_method in LABEL_METHODS and any(t.pos == "NOUN" and t.text.islower() for t in site.tokens):
        return [Label("descriptor", "descriptive-name", m.start, m.end)]
    return []


# a compound before a name is a noun, also where the tagger read it as a verb ("Jewish oligarchs Igor Kolomoisky")
COMPOUND_POS = frozenset({"NOUN", "VERB"})
# what the parser hangs on a compound it read as a verb as that verb's own ("to" of "an assistant to sculptor Henry
# Moore" as an infinitive's marker): words of the clause around the name, no part of its label (review36)
VERBAL_DEPS = frozenset({"aux", "prep"})
# a premodifier with a subordinator of its own is a clause the parser hung on the name ("As 2004 progressed Kasabian
# would score ...": "progressed" as Kasabian's amod), no label of it; a subject alone is no sign (the parser hangs
# "Bureau" on "chief" as its subject in "National Bureau of Statistics chief Li Deshui told Reuters")
CLAUSE_DEPS = frozenset({"mark"})


def _compound_words(c: Tok, inside: set[int]) -> list[Tok]:
    """The words of a premodifier: its subtree outside the mention, without the verbal dependents of a compound
    the tagger read as a verb."""
    dropped = {t.i for d in c.children if c.pos == "VERB" and d.dep in VERBAL_DEPS for t in d.subtree()}
    return [t for t in c.subtree() if t.i not in inside and t.i not in dropped]


def premodifier(site: Site, article: ParsedArticle, lex: PloverLexicon) -> list[Label]:
    inside = {t.i for t in site.tokens}
    out = []
    for c in site.head.children:
        if c.i in inside or c.i > site.tokens[0].i:
            continue
        if any(d.dep in CLAUSE_DEPS for d in c.children):
            continue
        if c.dep == "amod" or (c.dep == "compound" and c.pos in COMPOUND_POS and c.text.islower()):
            toks = after_a_named_conjunct(_compound_words(c, inside), article, lex)
            if all(lemma(t) in lex.label_stopwords or t.pos in ("CCONJ", "PUNCT", "NUM", "DET") for t in toks):
                continue
            span = _span(toks)
            if span:
                out.append(Label("premodifier", "premodifier", *span))
    return out


# A plural possessive written with a curly apostrophe ("Democrats’ most conservative bloc"): the apostrophe right
# after a name ending in s, then a word. The parser reads such an apostrophe as punctuation (only one inside a word
# is made straight before parsing) and hangs the possessed noun on the name as its apposition.
CURLY_PLURAL_POSSESSIVE = re.compile(r"\u2019\s+[a-z0-9]")


def misread_possessor(site: Site, article: ParsedArticle) -> bool:
    """Whether the mention is a plural possessive with a curly apostrophe (trial33: "the Blue Dogs, with 25
    members (Democrats’ most conservative bloc)" labelled the Democratic Party "25 members" and "most
    conservative bloc"): the phrases beside it describe what it owns, not it."""
    m = site.mention
    return article.text[m.end - 1 : m.end] == "s" and CURLY_PLURAL_POSSESSIVE.match(article.text, m.end) is not None


def apposition(site: Site, article: ParsedArticle, lex: PloverLexicon) -> list[Label]:
    if misread_possessor(site, article):
        return []
    out = []
    for c in site.head.children:
        if c.dep == "appos" and c.pos == "NOUN" and c.i not in site.linked:
            span = _span(after_a_named_conjunct(_phrase(c, lex), article, lex))
            if span and not headline_juxtaposition(site, article, span):
                out.append(Label("apposition", "apposition", *span))
    head = site.head.head
    if site.head.dep == "appos" and head is not None and head.pos == "NOUN" and head.i not in site.linked:
        span = _span(after_a_named_conjunct(_phrase(head, lex, skip=site.head), article, lex))
        if span and not headline_juxtaposition(site, article, span):
            out.append(Label("apposition", "apposed-to", *span))
    return out


HEADLINE_SEPARATORS = frozenset(":-–—'\"‘’“”")


def headline_juxtaposition(site: Site, article: ParsedArticle, span: tuple[int, int]) -> bool:
    """Whether a phrase the parser hangs on a name as its apposition only stands beside it in a headline, across
    a colon, a dash, a quote or a score ("Abortion not a poll issue - Blair", "Campbell: E-mail row 'silly
    fuss'", "UK rebate 'unjustified' - Chirac", "Hearts 2-1 Livingston", "Profile: David Miliband"): a headline
    leaves out the verb, and what it says of the name is no label of it. A label right beside the name stays
    ("Film star Fox behind theatre bid", "School tribute for TV host Carson")."""
    if article.sents[site.head.sent].role != "headline":
        return False
    m = site.mention
    gap = (span[1], m.start) if span[1] <= m.start else (m.end, span[0])
    between = [t for t in article.sents[site.head.sent].tokens if gap[0] <= t.start and t.end <= gap[1]]
    return any(t.text in HEADLINE_SEPARATORS or t.pos == "NUM" for t in between)


def predicate(site: Site, article: ParsedArticle, lex: PloverLexicon) -> list[Label]:
    h = site.head
    verb = h.head
    if verb is None or verb is h:
        return []
    targets: list[Tok] = []
    if h.dep == "nsubj" and lemma(verb) == "be":
        targets = [c for c in verb.children if c.dep == "attr" and c.pos == "NOUN"]
    elif (h.dep == "nsubjpass" or h.dep == "dobj") and lemma(verb) in lex.naming_verbs:
        targets = [c for c in verb.children if c.dep in ("oprd", "attr") and c.pos == "NOUN"]
        as_prep = next((c for c in verb.children if c.dep == "prep" and c.lower == "as"), None)
        pobj = child(as_prep, "pobj") if as_prep is not None else None
        if pobj is not None and pobj.pos == "NOUN":
            targets.append(pobj)
    out = []
    for t in targets:
        span = _span(_phrase(t, lex))
        if span:
            rule = "predicate-nominal" if lemma(verb) == "be" else "naming-verb"
            out.append(Label("predicate", rule, *span, negated=denied(verb, t, lex)))
    return out


def denied(verb: Tok, noun: Tok, lex: PloverLexicon) -> bool:
    """Whether the sentence denies a predicate label: the copula or naming verb negated ("Turkey will not be a
    burden", "Mr Curry is not a computer programmer"), "no longer" ("Ms Simonetti was no longer an employee"), "no"
    before the label's noun ("Iraq is no threat"), one of `near_negators` on the verb ("can hardly be called a
    partner"), or the label's clause said by a denial ("Labour denied that Blair was a liar"), by a negated belief
    ("I do not think he is a liar") or by nobody ("no-one felt Aragones was a racist"): `said_not`. A negation over
    one of `scalar_words` before the noun denies the degree, not the label ("Santy is not the first malicious
    program"). The label stays a row (a denial is a framing move too);
    `negated` says so."""
    if any(c.lower in lex.scalar_words for c in [*noun.children, *verb.children] if c.dep in ("amod", "advmod")):
        return False
    if is_negated(verb, lex) or any(c.dep == "advmod" and c.lower in lex.near_negators for c in verb.children):
        return True
    if any(c.lower == "longer" and any(g.dep == "neg" for g in c.children) for c in verb.children):
        return True
    if any(c.dep == "det" and c.lower == "no" for c in noun.children):
        return True
    return said_not(verb, lex)


def alignment(site: Site, article: ParsedArticle, lex: PloverLexicon) -> list[Label]:
    m = site.mention
    if m.link_method != "alignment":
        return []
    prefix = ALIGNMENT_PREFIX.search(article.text[max(0, m.start - 8) : m.start])
    start = m.start - (len(article.text[max(0, m.start - 8) : m.start]) - prefix.start()) if prefix else m.start
    return [Label("alignment", "alignment", start, m.end)]


RULES: tuple[FramingRule, ...] = (
    FramingRule("descriptor", "label", descriptor),
    FramingRule("premodifier", "label", premodifier),
    FramingRule("apposition", "label", apposition),
    FramingRule("predicate", "label", predicate),
    FramingRule("alignment", "label", alignment),
)


WORD_JOINERS = frozenset("-‐‑")


def _joined(text: str, k: int) -> bool:
    """Whether the character at k belongs to a written word: a letter, a digit, or a hyphen inside a word."""
    return 0 <= k < len(text) and (text[k].isalnum() or text[k] in WORD_JOINERS)


def whole_words(label: Label, text: str, mention: MentionRecord, bounds: tuple[int, int]) -> Label:
    """The label widened to the whole written words it cuts ("co" and "founder" of "co-founder", "day restaurant"
    of "all-day restaurant", "m champion" of "World 100m champion": the parser splits a word at its hyphen or
    digits and may hang the parts apart), never into the labelled mention ("Labour-run" stays out of Labour's) nor
    past its sentence (`bounds`: a sentence the splitter began inside "100m")."""
    start, end = label.start, label.end
    while start > bounds[0] and _joined(text, start - 1) and not (mention.start < start <= mention.end):
        start -= 1
    while end < bounds[1] and _joined(text, end) and not (mention.start <= end < mention.end):
        end += 1
    return Label(label.kind, label.rule, start, end, label.negated)


def _adjacent(first: Label, second: Label, text: str) -> bool:
    """Whether two premodifiers stand side by side with only spaces between ("registered dietitian", which the
    parser hangs on the name as two modifiers); "internationally recognized, Turkish-backed" stay two."""
    return (
        first.kind == second.kind == "premodifier"
        and first.end <= second.start
        and not text[first.end : second.start].strip()
    )


def site_labels(site: Site, article: ParsedArticle, lex: PloverLexicon) -> list[Label]:
    """Every rule's labels of a site, each widened to whole words, premodifiers side by side joined into one, and a
    label inside a longer one of the same kind left out (the parts of a hyphenated word the parser split)."""
    sent = article.sents[site.head.sent].record
    found = sorted(
        {
            whole_words(label, article.text, site.mention, (sent.start, sent.end))
            for rule in RULES
            for label in rule.function(site, article, lex)
        },
        key=lambda label: (label.start, -label.end),
    )
    joined: list[Label] = []
    for label in found:
        if joined and _adjacent(joined[-1], label, article.text):
            joined[-1] = Label(label.kind, label.rule, joined[-1].start, label.end, joined[-1].negated)
        else:
            joined.append(label)
    return [
        a
        for a in joined
        if not any(
            b.kind == a.kind and b.start <= a.start and a.end <= b.end and b.end - b.start > a.end - a.start
            for b in joined
        )
    ]


def _sites(article: ParsedArticle, mentions: list[MentionRecord]) -> list[Site]:
    starts = [t.start for t in article.tokens]
    spans = []
    for m in mentions:
        if m.actor_id is None:
            continue
        toks = span_tokens(article.tokens, m.start, m.end, starts)
        if not toks:
            continue
        heads = heads_of(toks)
        spans.append((m, toks, heads[-1] if heads else toks[-1]))
    linked = frozenset(t.i for _, toks, _ in spans for t in toks)
    return [Site(m, toks, head, linked) for m, toks, head in spans]


def _authors(
    claim: ClaimRecord, article: ParsedArticle, label: Label, mention: MentionRecord, lex: PloverLexicon
) -> bool:
    """A label is the author's when `authors_label` says so, when it describes the speaker (the labelled mention
    is the claimer phrase's: "..., says Tim Dams, the news editor of Screen International": the author introduces
    Dams, Dams does not label himself) or when it stands in what the claimer phrase's words govern
    (`in_the_speakers_phrase`)."""
    if authors_label(claim, article.text, label.start) or names_the_speaker(claim, mention.start):
        return True
    return in_the_speakers_phrase(claim, article, label.start) or addressed_by_the_speaker(
        claim, article, label.start, lex
    )


SPEAKER_POS = frozenset({"NOUN", "PROPN"})


def in_the_speakers_phrase(claim: ClaimRecord, article: ParsedArticle, start: int) -> bool:
    """Whether a label at `start` stands in the phrase the claimer's name heads: its relative clause, apposition or
    prepositional phrase ("said Bosworth, who attended the premiere with British boyfriend Orlando Bloom", "Tory MP
    Michael Mates, who is a member of the Commons intelligence and security committee, told the BBC", "Maria Capella,
    spokeswoman for net provider Pipex, said"): the author's introduction of the speaker, not the speaker's words."""
    if claim.claimer_start is None or claim.claimer_end is None:
        return False
    names = span_tokens(article.tokens, claim.claimer_start, claim.claimer_end)
    heads = heads_of(names) if names else []
    if not heads or heads[-1].pos not in SPEAKER_POS or heads[-1].head is heads[-1]:
        return False  # a misparse that makes the name the sentence's head would take in the claim itself
    phrase = heads[-1].subtree()
    cue = claim.claimer_cue_start
    if cue is not None and phrase[0].start <= cue < phrase[-1].end:
        return False
    return phrase[0].start <= start < phrase[-1].end


def _names_the_addressee(verb: Tok, dependent: Tok, lex: PloverLexicon) -> bool:
    """Whether a reporting verb's dependent names whom the speaker addresses: an addressing verb's object
    (`addressing_verbs`), a speech verb's to- or with-phrase (`speech_verbs`, `addressee_preps`), an interview with
    someone ("In an interview with X, Mr Brown said": `interview_nouns`)."""
    if dependent.dep in ("dobj", "dative"):
        return lemma(verb) in lex.addressing_verbs
    if dependent.dep != "prep":
        return False
    if dependent.lower in lex.addressee_preps:
        return lemma(verb) in lex.speech_verbs
    return dependent.lower == "in" and lemma(child(dependent, "pobj") or dependent) in lex.interview_nouns


def _said_by_the_claimer(claim: ClaimRecord, verb: Tok) -> bool:
    """Whether the reporting verb's subject is in the claimer phrase: not a verb of someone else the claimer quotes
    ("'I said to Gareth (Thomas, the Wales captain) ...,' Jones added": Jones's own words)."""
    subject = child(verb, "nsubj")
    start, end = claim.claimer_start, claim.claimer_end
    return subject is not None and start is not None and end is not None and start <= subject.start < end


def addressed_by_the_speaker(claim: ClaimRecord, article: ParsedArticle, start: int, lex: PloverLexicon) -> bool:
    """Whether a label at `start` stands in the phrase naming whom the claimer speaks to: "He also told the paper he
    hopes ...", "Flores told sports daily Marca", "Swank said to the 74-year-old Eastwood", "In an interview with BBC
    political editor Andrew Marr, Mr Brown said": the author's words around the speech, not the speaker's (narr20).
    A phrase with a verb in it is left alone (a misparse may hang the speech itself there)."""
    if claim.claimer_cue_start is None or claim.claimer_cue_end is None:
        return False
    cue = span_tokens(article.tokens, claim.claimer_cue_start, claim.claimer_cue_end)
    if len(cue) != 1 or cue[0].pos not in ("VERB", "AUX") or not _said_by_the_claimer(claim, cue[0]):
        return False
    for phrase in (c for c in cue[0].children if _names_the_addressee(cue[0], c, lex)):
        toks = phrase.subtree()
        if any(t.pos in ("VERB", "AUX") for t in toks):
            continue
        if toks[0].start <= start < toks[-1].end:
            return True
    return False


def _label_lemma(article: ParsedArticle, start: int, end: int) -> str:
    parts = [lemma(t) + (" " if t.space_after and t.end < end else "") for t in span_tokens(article.tokens, start, end)]
    return "".join(parts).strip() or normalize_text(article.text[start:end]).lower()


def extract_article(
    article: ParsedArticle, mentions: list[MentionRecord], claims: list[ClaimRecord], lex: PloverLexicon
) -> list[FramingRecord]:
    sites = _sites(article, mentions)
    tokens = {t.i: t for t in article.tokens} if any(m.actor_type == "state" for m in mentions) else {}
    sentences = {s.sentence_id: s for s in article.sents}
    rows: dict[tuple[str, int, int, str], dict] = {}
    for site in sites:
        sent = sentences.get(site.mention.sentence_id)
        if sent is None or sent.role == "boilerplate":
            continue
        for label in site_labels(site, article, lex):
            key = (site.mention.actor_id, label.start, label.end, label.kind)
            if key in rows:
                continue
            claim = next(
                (c for c in claims if c.sentence_id == sent.sentence_id and c.start <= label.start < c.end), None
            )
            by = claim if claim is not None and not _authors(claim, article, label, site.mention, lex) else None
            rows[key] = {
                "actor_id": site.mention.actor_id,
                "article_id": article.article_id,
                "sentence_id": sent.sentence_id,
                "mention_id": site.mention.mention_id,
                "label": normalize_text(article.text[label.start : label.end]),
                "label_lemma": _label_lemma(article, label.start, label.end),
                "kind": label.kind,
                "start": label.start,
                "end": label.end,
                "rule": label.rule,
                "negated": label.negated,
                "claim_id": claim.claim_id if claim else None,
                "claimer_kind": by.claimer_kind if by else "author",
                "claimer_actor_id": by.claimer_actor_id if by else None,
                "claimer_text": by.claimer_text if by else None,
                "actor_as": mention_part(site.mention, tokens, lex),  # "the government": the state's (fix80)
            }
    ordered = sorted(rows.values(), key=lambda r: (r["start"], r["end"], r["actor_id"], r["kind"]))
    return [FramingRecord(framing_id=f"{article.article_id}:f{k:04d}", **row) for k, row in enumerate(ordered)]


def extract_framing(
    articles: list[ParsedArticle], mentions: list[MentionRecord], claims: list[ClaimRecord], lex: PloverLexicon
) -> list[FramingRecord]:
    by_m: dict[str, list[MentionRecord]] = defaultdict(list)
    for m in mentions:
        by_m[m.article_id].append(m)
    by_c: dict[str, list[ClaimRecord]] = defaultdict(list)
    for c in claims:
        by_c[c.article_id].append(c)
    out: list[FramingRecord] = []
    for article in sorted(articles, key=lambda a: a.article_id):
        out.extend(extract_article(article, by_m.get(article.article_id, []), by_c.get(article.article_id, []), lex))
    return out
