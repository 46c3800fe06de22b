"""Features of one claim for the claim classifier: sparse `{name: value}` dicts.

Pure functions of the claim as the rules produced it (`ClaimRecord`), the parsed article and the
article's mentions. Families (the prefix before the first `:` names the family; the model card
lists them):

- `rule`: the rules' decisions and the rules that made them, and their combinations;
- `cue`: lemmas of the cues the rules recorded;
- `lex`: lemmas of the content root and reporting verb, modals, negation, tense tags, hedge and
  evaluative words of the claims lexicon;
- `ngram`: lower-case word unigrams and bigrams of the claim text;
- `parse`: dependency of the root, clausal complements, quotes, the subject's person and kind;
- `content`: the proposition's root (the reporting verb's clausal complement): lemma, tag, auxiliaries,
  complements;
- `genre`: the article's genre signal (`genre.py`: how much the author's own units argue) joined with the claimer
  kind and, for an author's unit, the rules' type rule and type (none for an article that reads as a report);
- `ctx`: paragraph position, the previous sentence's speaker, the quote state; `sent`, `prev`,
  `next`: reporting verbs outside quotations in the claim's, the previous and the next sentence;
- `rx`: the rules' type rule joined with the claimer kind, the claimer rule and the unit's quoted share, so that a
  type rule can weigh differently in a quoted actor's unit and in the author's (read by the claim-type model only:
  `training.train.TYPE_ONLY_FAMILIES`). claims95 tried `rx` only in articles the genre signal reads as a report
  (bucket 0): s24 +3 type rows, opinion23 +1, but silver -4; not kept.

Deterministic (no sets iterated into the output order) and linear in the article's tokens.
"""

from __future__ import annotations

from ..parsed import Tok
from ..records import ClaimRecord
from .genre import genre_features
from .index import (
    CLOSE_QUOTES,
    FIRST_PERSON,
    OPEN_QUOTES,
    SECOND_PERSON,
    THIRD_PERSON,
    ArticleIndex,
    LexiconLike,
    SentenceInfo,
    lemma,
    mention_of,
    span_tokens,
)

MODALS = frozenset(
    {"will", "would", "shall", "should", "must", "may", "might", "could", "can", "ca", "ought", "'ll", "wo", "'d"}
)
NEGATIONS = frozenset({"not", "n't", "never", "no"})
VERB_DEPS_OF_INTEREST = ("ccomp", "xcomp", "advcl", "conj", "acomp", "attr", "dobj", "agent", "auxpass", "expl")


def unit_root(tokens: list[Tok]) -> Tok | None:
    """The token of the unit whose head lies outside it (the first such content word)."""
    ids = {t.i for t in tokens}
    words = [t for t in tokens if t.pos not in {"PUNCT", "SPACE"}] or tokens
    for tok in words:
        if tok.head is None or tok.head is tok or tok.head.i not in ids:
            return tok
    return words[0] if words else None


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return sum(value >= e for e in edges)


def rule_features(claim: ClaimRecord) -> dict[str, float]:
    f = {
        f"rule:type={claim.claim_type}": 1.0,
        f"rule:type_rule={claim.type_rule}": 1.0,
        f"rule:cert={claim.certainty}": 1.0,
        f"rule:cert_rule={claim.certainty_rule}": 1.0,
        f"rule:kind={claim.claimer_kind}": 1.0,
        f"rule:claimer_rule={claim.claimer_rule}": 1.0,
        f"rule:type|kind={claim.claim_type}|{claim.claimer_kind}": 1.0,
        f"rule:cert|kind={claim.certainty}|{claim.claimer_kind}": 1.0,
        f"rule:linked={claim.claimer_actor_id is not None}": 1.0,
    }
    for name, cue in (("type", claim.type_cue), ("cert", claim.certainty_cue), ("claimer", claim.claimer_cue)):
        if cue:
            f[f"cue:{name}={cue.lower()}"] = 1.0
    if claim.claimer_text:
        words = claim.claimer_text.lower().split()
        f[f"rule:claimer_head={words[-1]}"] = 1.0
        f["rule:claimer_pronoun"] = float(len(words) == 1 and words[0] in FIRST_PERSON | SECOND_PERSON | THIRD_PERSON)
        f["rule:claimer_first_person"] = float(words[0] in FIRST_PERSON | SECOND_PERSON)
        f["rule:claimer_len"] = float(min(len(words), 6)) / 6
    return f


def rule_conjunction_features(claim: ClaimRecord, quoted_share: int) -> dict[str, float]:
    """`rx`: the rules' type rule with the claimer kind, the claimer rule and the bucket of the quoted share
    (`parse:quoted_share`)."""
    return {
        f"rx:type_rule|kind={claim.type_rule}|{claim.claimer_kind}": 1.0,
        f"rx:type_rule|claimer_rule={claim.type_rule}|{claim.claimer_rule}": 1.0,
        f"rx:type_rule|quoted={claim.type_rule}|{quoted_share}": 1.0,
    }


def quoted_share_bucket(tokens: list[Tok], quoted: frozenset[int]) -> int:
    """The share of the unit's words inside quotation marks, in four buckets (none, some, half, all)."""
    words = [t for t in tokens if t.pos not in {"PUNCT", "SPACE"}]
    share = sum(1 for t in words if t.i in quoted) / max(1, len(words))
    return _bucket(share, (0.01, 0.5, 0.99))


def lexical_features(tokens: list[Tok], root: Tok | None, verb: Tok | None, lex: LexiconLike) -> dict[str, float]:
    f: dict[str, float] = {}
    if root is not None:
        f[f"lex:root={lemma(root)}"] = 1.0
        f[f"lex:root_tag={root.tag}"] = 1.0
        for child in root.children:
            if child.dep in {"aux", "auxpass"}:
                f[f"lex:root_aux={child.lower}"] = 1.0
            if child.dep == "neg":
                f["lex:root_neg"] = 1.0
    if verb is not None:
        f[f"lex:verb={lemma(verb)}"] = 1.0
        f[f"lex:verb_tag={verb.tag}"] = 1.0
    for tok in tokens:
        low, lem = tok.lower, lemma(tok)
        if low in MODALS and tok.dep in {"aux", "ROOT", "conj"}:
            f[f"lex:modal={low}"] = 1.0
        if low in NEGATIONS:
            f["lex:negation"] = 1.0
        if tok.tag.startswith("VB"):
            f[f"lex:tag={tok.tag}"] = 1.0
        if low in lex.hedge_words or (tok.pos in {"VERB", "AUX"} and lem in lex.hedge_verbs):
            f[f"lex:hedge={lem}"] = 1.0
        if (low in lex.evaluative_words and tok.pos in {"ADJ", "ADV"}) or low in lex.evaluative_nouns:
            f[f"lex:eval={low}"] = 1.0
            f["lex:any_eval"] = 1.0
        if tok.pos in {"VERB", "AUX"}:
            for name, words in (
                ("report", lex.reporting_verbs),
                ("presc", lex.prescription_verbs),
                ("pred", lex.prediction_verbs),
                ("assess", lex.assessment_verbs),
                ("desire", lex.desire_verbs),
            ):
                # a verb about the future in one sense only ('tip') counts in that sense: `Lexicon.predicting`
                bound = name == "pred" and lem in lex.sense_bound_prediction_verbs
                if lem in words and (not bound or lex.predicting(tok)):
                    f[f"lex:verbclass={name}"] = 1.0
    return f


def ngram_features(tokens: list[Tok]) -> dict[str, float]:
    words = [t.lower for t in tokens if t.pos not in {"PUNCT", "SPACE", "NUM"} and not t.text.isdigit()]
    f: dict[str, float] = {}
    for w in words:
        f[f"ngram:{w}"] = 1.0
    for a, b in zip(["<s>", *words], [*words, "</s>"], strict=True):
        f[f"ngram:{a}_{b}"] = 1.0
    return f


def parse_features(
    tokens: list[Tok], root: Tok | None, verb: Tok | None, quoted: frozenset[int], index: ArticleIndex
) -> dict[str, float]:
    f: dict[str, float] = {}
    words = [t for t in tokens if t.pos not in {"PUNCT", "SPACE"}]
    if root is not None:
        f[f"parse:root_dep={root.dep}"] = 1.0
        for dep in VERB_DEPS_OF_INTEREST:
            if any(c.dep == dep for c in root.children):
                f[f"parse:root_has={dep}"] = 1.0
        subject = next((c for c in root.children if c.dep in {"nsubj", "nsubjpass", "csubj"}), None)
        f.update(_subject_features("subj", subject, index))
        if any(c.tag == "TO" for c in root.children):
            f["parse:root_infinitive"] = 1.0
        if any(c.dep == "mark" and c.lower in {"because", "since", "as"} for c in root.children):
            f["parse:root_because"] = 1.0
        if any(c.dep == "mark" and c.lower in {"if", "unless"} for c in root.children):
            f["parse:root_conditional"] = 1.0
    if verb is not None:
        subject = next((c for c in verb.children if c.dep in {"nsubj", "nsubjpass"}), None)
        f.update(_subject_features("verb_subj", subject, index))
        f["parse:verb_in_unit"] = float(bool(tokens) and tokens[0].start <= verb.start < tokens[-1].end)
        f["parse:verb_quoted"] = float(verb.i in quoted)
        f["parse:verb_after_root"] = float(root is not None and verb.i > root.i)
    f[f"parse:quoted_share={quoted_share_bucket(tokens, quoted)}"] = 1.0
    if tokens:
        f["parse:starts_quote"] = float(tokens[0].text in OPEN_QUOTES)
        f["parse:ends_quote"] = float(any(t.text in CLOSE_QUOTES for t in tokens[-2:]))
    f["parse:colon"] = float(any(t.text == ":" for t in tokens))
    f[f"parse:len={_bucket(len(words), (6, 12, 20, 30, 45))}"] = 1.0
    pronouns = [t.lower for t in words if t.pos == "PRON"]
    f["parse:first_person"] = float(any(p in FIRST_PERSON for p in pronouns))
    f["parse:second_person"] = float(any(p in SECOND_PERSON for p in pronouns))
    return f


def _subject_features(name: str, subject: Tok | None, index: ArticleIndex) -> dict[str, float]:
    if subject is None:
        return {f"parse:{name}=none": 1.0}
    low = subject.lower
    person = (
        "first"
        if low in FIRST_PERSON
        else "second"
        if low in SECOND_PERSON
        else "third"
        if low in THIRD_PERSON
        else None
    )
    f = {f"parse:{name}_pos={subject.pos}": 1.0}
    if person:
        f[f"parse:{name}_person={person}"] = 1.0
    mention = mention_of(subject, index)
    if mention is not None:
        f[f"parse:{name}_actor={mention.actor_type}"] = 1.0
    elif subject.ent_type:
        f[f"parse:{name}_ent={subject.ent_type}"] = 1.0
    f[f"parse:{name}_lemma={lemma(subject)}"] = 1.0
    return f


def context_features(claim: ClaimRecord, tokens: list[Tok], index: ArticleIndex) -> dict[str, float]:
    ctx = index.context.get(claim.sentence_id)
    k = index.sent_of.get(claim.sentence_id, 0)
    sent = index.article.sents[k] if index.article.sents else None
    f: dict[str, float] = {}
    if ctx is not None:
        f[f"ctx:para_rank={min(ctx.paragraph_rank, 3)}"] = 1.0
        f["ctx:quote_open_before"] = float(ctx.quote_open_before)
        f[f"ctx:prev_speaker={ctx.prev_speaker}"] = 1.0
        f[f"ctx:prev_rule={ctx.prev_rule}"] = 1.0
    if sent is not None:
        f[f"ctx:paragraph={min(sent.record.paragraph_index, 4)}"] = 1.0
        whole = (
            bool(tokens)
            and bool(sent.tokens)
            and tokens[0].i <= sent.tokens[0].i + 1
            and tokens[-1].i >= sent.tokens[-1].i - 1
        )
        f["ctx:whole_sentence"] = float(whole)
        f["ctx:sentence_quoted"] = float(any(t.text in OPEN_QUOTES | CLOSE_QUOTES for t in sent.tokens))
    return f


def attribution_features(prefix: str, info: SentenceInfo, unit: tuple[int, int] | None) -> dict[str, float]:
    """Reporting verbs of a sentence outside quotations: lemma, subject kind, place."""
    f: dict[str, float] = {}
    for i, lem, kind in info.verbs:
        f[f"{prefix}:rv={lem}"] = 1.0
        f[f"{prefix}:rv_subj={kind}"] = 1.0
        if unit is not None:
            place = "before" if i < unit[0] else "after" if i > unit[1] else "inside"
            f[f"{prefix}:rv_place={place}"] = 1.0
            f[f"{prefix}:rv_place|subj={place}|{kind}"] = 1.0
    f[f"{prefix}:ends_colon"] = float(info.ends_colon)
    f[f"{prefix}:has_quote"] = float(info.has_quote)
    return f


def neighbour_features(
    claim: ClaimRecord, tokens: list[Tok], index: ArticleIndex, lex: LexiconLike
) -> dict[str, float]:
    k = index.sent_of.get(claim.sentence_id)
    if k is None:
        return {}
    sents = index.article.sents
    unit = (tokens[0].i, tokens[-1].i) if tokens else None
    f = attribution_features("sent", index.info(k, lex), unit) if sents[k].tokens else {}
    for offset, name in ((-1, "prev"), (1, "next")):
        j = k + offset
        if 0 <= j < len(sents) and sents[j].record.paragraph_index == sents[k].record.paragraph_index:
            if sents[j].tokens:
                f.update(attribution_features(name, index.info(j, lex), None))
        else:
            f[f"{name}:paragraph_break"] = 1.0
    return f


def content_root(tokens: list[Tok], root: Tok | None, verb: Tok | None, lex: LexiconLike) -> Tok | None:
    """The root of the proposition: the clausal complement of the reporting verb when the unit holds one."""
    ids = {t.i for t in tokens}
    for head in (verb, root):
        if head is None or (lemma(head) not in lex.reporting_verbs and lemma(head) not in lex.speech_acts):
            continue
        inner = next((c for c in head.children if c.dep in {"ccomp", "xcomp", "parataxis"} and c.i in ids), None)
        if inner is not None:
            return inner
    if (
        root is not None
        and root.dep in {"ccomp", "parataxis"}
        and root.head is not None
        and lemma(root.head) in lex.reporting_verbs
    ):
        return root
    return root


def content_features(content: Tok | None, root: Tok | None) -> dict[str, float]:
    if content is None:
        return {}
    f = {
        f"content:lemma={lemma(content)}": 1.0,
        f"content:tag={content.tag}": 1.0,
        "content:is_root": float(content is root),
    }
    for child in content.children:
        if child.dep in {"aux", "auxpass"}:
            f[f"content:aux={child.lower}"] = 1.0
        elif child.dep == "neg":
            f["content:neg"] = 1.0
        elif child.dep in {"acomp", "attr", "oprd", "xcomp", "ccomp", "dobj", "prep", "advcl", "expl"}:
            f[f"content:has={child.dep}"] = 1.0
            if child.dep in {"acomp", "attr"}:
                f[f"content:{child.dep}={lemma(child)}"] = 1.0
        elif child.dep == "mark":
            f[f"content:mark={child.lower}"] = 1.0
        elif child.dep in {"nsubj", "nsubjpass"}:
            f[f"content:subj_pos={child.pos}"] = 1.0
            if child.lower in FIRST_PERSON | SECOND_PERSON:
                f["content:subj_first_second"] = 1.0
    if lemma(content) == "be":
        f["content:copula"] = 1.0
    return f


def claim_features(claim: ClaimRecord, index: ArticleIndex, lex: LexiconLike) -> dict[str, float]:
    """All features of one claim; zero-valued entries are dropped."""
    tokens = span_tokens(index, claim.start, claim.end)
    root = unit_root(tokens)
    verb = None
    if claim.claimer_cue_start is not None:
        found = span_tokens(index, claim.claimer_cue_start, claim.claimer_cue_end or claim.claimer_cue_start + 1)
        verb = found[0] if found else None
    k = index.sent_of.get(claim.sentence_id)
    quoted = index.info(k, lex).quoted if k is not None else frozenset()
    f: dict[str, float] = {"bias": 1.0}
    f.update(rule_features(claim))
    f.update(rule_conjunction_features(claim, quoted_share_bucket(tokens, quoted)))
    f.update(lexical_features(tokens, root, verb, lex))
    f.update(ngram_features(tokens))
    f.update(parse_features(tokens, root, verb, quoted, index))
    f.update(context_features(claim, tokens, index))
    f.update(neighbour_features(claim, tokens, index, lex))
    f.update(content_features(content_root(tokens, root, verb, lex), root))
    f.update(genre_features(claim, index.genre))
    return {k: v for k, v in f.items() if v}


def family(name: str) -> str:
    return name.split(":", 1)[0] if ":" in name else name
