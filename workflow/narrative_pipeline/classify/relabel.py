"""Relabel the rules' claims with the model, keeping them consistent with ANNOTATION.md.

The claims step calls `apply_model` after the rules. For each claim the model predicts
`claim_type`, `certainty` and `claimer_kind` from the claim's features (the rules' decisions among
them); the rules' own `*_rule` / `*_cue` fields stay as they were, as evidence (but a claimer kind the
model changed records `claimer_rule` = "model", see below). Consistency:

- claimer kind and certainty are chosen together, as the most probable pair the annotation allows:
  an author's claim is `asserted` or `hedged`, anyone else's is `reported` or `hedged`;
- `actor` needs a claimer phrase (the rules', corrected by `claimer.py`, or one it finds); when the
  text gives none, the next most probable kind is taken (policy `fallback`, measured against
  keeping `actor` without a phrase in the model card);
- a claim the model gives to the author or to an unnamed source carries no claimer phrase or actor;
- the model's `actor` against the rules' kind needs a phrase that names a source that can speak (`speaking_phrase`,
  `claimer.can_speak`): a person, a body, a document that reports, a pronoun; not an event or a thing (claims95);
- a hedge the rules found in the claim (a cue of the claims lexicon's hedges, recorded in
  `certainty_cue`) holds: "a claim that is both reported and hedged is hedged", so the model
  chooses the claimer kind but not a certainty other than `hedged` (measured on the silver
  folds: the model alone un-hedged 11 more of these claims wrongly than rightly).

- a sentence of an embedded post the rules gave to its author (`post-author`: the name of the post's signature
  line, which the model does not see) keeps the claimer kind `actor` (`ACTOR_RULES`);
- a phrase of an unnamed source the rules found in the claim's own clause ("it is reported that",
  "allegedly": ANNOTATION.md names them), or an agentless passive of belief or report over the claim
  ("is thought to", "is said to" in any tense and with any adverb) keeps the claimer kind `unnamed`
  (`UNNAMED_RULES`);
- a type that ANNOTATION.md's hard cases state outright for the construction a rule found holds
  (`HOLDING_TYPE_RULES`: "it is necessary / vital to ..." and a wish reported from its holder are
  prescriptions, "it should be understood that ..." an assessment, and so is the imperative mood a
  prescription); the model, which sees few of them, decides every other type (measured on the silver
  folds: it turned 3 of 4 necessity judgements into assessments);
- on a page that addresses its reader (`genre.Genre.addresses_reader`: "you" in the author's units), a
  "should / must" of `modal-prescription` whose cue is in the claim holds too (`ADDRESSED_HOLDING_TYPE_RULES`): such
  a page lays down its own rules and advice, where a news report mostly passes on others' (claims44).

Each decision records the model's probability for the chosen label and the features that
weighed most for it (`*_prob`, `*_evidence`) and `*_source` = "model" (a held type:
`type_source` = "rules"). A claimer kind other than the rules' records `claimer_rule` = "model": the
row names what decided it, not a rule that did not (review10); the rules' `claimer_cue` stays.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from ..parsed import ParsedArticle, Tok
from ..records import ClaimActorRecord, ClaimRecord, MentionRecord
from ..syntax import has_ending
from .claimer import Phrase, can_speak, claimer_phrase, in_quotation
from .features import claim_features
from .index import FIRST_PERSON, ArticleIndex, LexiconLike, index_article, lemma
from .model import Classifier, CompiledModel, Prediction

Policy = Literal["fallback", "keep", "rules-phrase-wins"]
ALLOWED: dict[str, tuple[str, ...]] = {
    "author": ("asserted", "hedged"),
    "actor": ("reported", "hedged"),
    "unnamed": ("reported", "hedged"),
}
TASKS = ("claim_type", "certainty", "claimer_kind")
# claimer rules of a phrase ANNOTATION.md names as an unnamed source ("it is reported that",
# "according to reports", "allegedly", "is thought to"): the claimer kind stays `unnamed`
UNNAMED_RULES = frozenset({"unnamed-attribution", "according-to-reports", "impersonal-passive"})
# claimer rules of a reporting verb the claim's own clause withholds ("did not say whether ..."): it
# puts nothing forward, so the claimer kind stays `author`; so does a first-person frame in the page's own voice ("I
# suggest we move one step further" in a reader's comment: ANNOTATION's author; claims47)
AUTHOR_RULES = frozenset({"withheld-speech", "own-voice"})
# claimer rules that read the claimer from the page's structure, which the model does not see: a sentence of an
# embedded post is its author's (the signature line's name), so the claimer kind stays `actor` (web19); so is a
# sentence of an interview's labelled turn its speaker's ('Mr Malone: Groups don't always ...' and the paragraphs his
# answer runs on over: main's run gave 2 of the 26 units of Mr Malone's answers on economist.com.thinking to him, the
# model overriding the rule on the labelled paragraphs; opinion23 labels them his; claims49). So are a citation in
# brackets closing the sentence ("... by 0.1C (Copernicus Climate Change Service, 2023)."; `bracket-citation`) and a
# view whose holder the next sentence names ("That is the view of coach Renaldo Gilkes ..."; `view-of-next`): the
# model, which has no such row in its labels and does not see the next sentence, gave all five rows of both corpora
# back to the author in claims53-try1 (gold-web-dev40 labels the three it holds the sources')
# `newsroom-finding` ("..., OBSERVER ONLINE has learnt."): the labels give all 3 such rows to the newsroom; the model,
# which has no "learn" among its reporting verbs, gave 1 of the corpora's 7 back to the author in claims73-try1
# `targeted-speech-act` ("Tessa Jowell has hit out at critics of the bill", "X joined calls for an inquiry", "He ...
# railed against drinks promotions"): the labels give all 5 such units to the speaker (ANNOTATION: speech acts carry
# their content); the model, which reads no reported clause in them, gave 2 of m64-bbc's 4 "hit out at" rows and its
# web row back to the author (claims80)
ACTOR_RULES = frozenset(
    {"post-author", "speaker-label", "bracket-citation", "view-of-next", "newsroom-finding", "targeted-speech-act"}
)
# type rules whose decision ANNOTATION.md states outright: the model does not override them. `imperative`: the
# imperative mood says what should be done, ANNOTATION's prescription ("Get in touch with Jill today!", "Please speak
# out"); the BBC training labels hold 5 such claims (the rule right on 4, the model out of fold on 2), and on web pages
# the model turned 165 of the 299 imperatives of base32-web (instructions, advice to the reader) into events (claims39);
# `regarded-as`: "China is seen as the main culprit", "Mr Prior sees the changes as part of a wider revolution", a
# characterisation, ANNOTATION's interpretation (the labels' 14 of 19 such main clauses assessments, the model out of
# fold right on 5: it made the passives events; claims67)
# `bound-to-come`: "it is only a matter of time before / until X", what is bound to come, ANNOTATION's prediction (the
# labels' 1 of 1; unheld, the model made 1 of the corpora's 3 such rows an assessment: claims72)
# `voiced-call`: "Charles Kennedy repeated his call for a pause", "TCI has made a request for an extraordinary
# shareholders meeting", "one was a call to amend the bill": a call voiced, ANNOTATION's "called for X" -> prescription
# (the rule itself leaves out calls rejected, resisted or answered and negated ones). The labels type all 6 such rows
# prescriptions (silver 1, the extra labels 5); the model out of fold made 4 of them events (claims83)
# `reported-aim`: a present aim put forward by its holder ('"I'm aiming to be fit by 18 April," he said', 'Sky has said
# it aims to ...') forecasts the holder's own act, the hard cases' "pledged / promised to" (claims85: the labels call 4
# of 4 such rows predictions; the rule is new, so the model has never seen its id and would follow the aim verb's
# author-voice rows, events)
HOLDING_TYPE_RULES = frozenset(
    {
        "framed-interpretation",
        "necessity-judgement",
        "reported-wish",
        "imperative",
        "regarded-as",
        "bound-to-come",
        "voiced-call",
        "reported-aim",
    }
)
# type rules that hold on a page that addresses its reader (`Genre.addresses_reader`), when their cue is in the claim
# itself: `modal-prescription` ("Tickets should be purchased at the earliest opportunity", "The animals must be kept
# on a lead"). On such pages the author lays down the rules and advice; the model, trained on news reports whose
# "must" and "should" pass on others' rules and forecasts ("Under EU rules, member countries must keep ..."), made
# most of them events (claims43: wrong on about 16 of 25 base36-web rows read). No labelled BBC row the model and the
# rule disagree on is on such a page, so out of fold nothing moves (claims44)
ADDRESSED_HOLDING_TYPE_RULES = frozenset({"modal-prescription"})
# type rules of a prescription the writer's own first-person frame makes ("I recommend daemontools", "We hope you enjoy
# Python 3.6.0!", "I suggest we move one step further"): ANNOTATION's "urged / called for" and "a wish put forward by
# its holder" are prescriptions. The model learnt them under an actor's "I"; as the author's (`own-voice`, claims47) it
# made 11 of the 13 such web rows of claims47-try3 events, the BBC's 10 staying prescriptions. `opinion-frame`: the
# writer's own view ("I still think he is in great shape", "I don't think parents know ...", "I do not believe that the
# Yellow Vests support harmful policies"), an assessment in every labelled author's unit (11 of 11); once such frames
# became the author's, the model (trained on them as an actor's "I") made several of them events (claims48)
OWN_VOICE_HOLDING_TYPE_RULES = frozenset(
    {"first-person-desire", "verb-prescription", "reported-recommendation", "directive", "opinion-frame"}
)
# type rules that hold when their cue is an agentless present passive of a directive verb in a claim no actor frames
# (`public_advice`): "Passengers are advised to book through assisted travel", "Those who had a ticket ... are being
# advised to retain their ticket stub", "WEF participants are being asked to offset ...": advice or a request to the
# public standing now, ANNOTATION's prescription (what should be done; the labels type "Owners of some Nokia
# smartphones are being warned to watch out", "Net users are being told to avoid a scam website" and web53's "residents
# are being urged to avoid the area" prescriptions). The model, which sees the author's voice and no frame, made 8 of
# the 12 such author's or unnamed rows of m43 events (claims55). Not a past or perfect passive ("was advised to", "has
# been asked to decide": what was asked of someone, narrated), a modal's ("could be asked to travel"), one with an
# agent, nor an actor's ("Glenn said MSPs are advised to guard against ...", labelled an event)
ADVICE_HOLDING_TYPE_RULES = frozenset({"directive"})
# adverbs that make a present passive a habit told, no advice standing now: "The orchestra is often called upon to play
# when the winners ramble on" (claims55-try1: the one BBC row the advice hold made wrong)
HABIT_ADVERBS = frozenset(
    {"often", "usually", "sometimes", "regularly", "frequently", "always", "routinely", "occasionally", "rarely",
     "seldom", "typically", "generally", "normally", "traditionally", "never"}
)  # fmt: skip
# a "should" whose verb is one of these and whose subject is a thing foresees an outcome, no rule or advice: not held on
# a page that addresses its reader (`foresees_outcome`; review38 read the held rows of m38: "The feature should arrive
# in the public-facing beta next week", "This in turn should lead to an additional source of revenue"); "Customers
# should arrive early" (a person's noun) and "Tickets should be bought" (a passive) still hold
OUTCOME_VERBS = frozenset({"arrive", "come", "happen", "lead", "result", "mean", "reach", "last", "appear"})
PEOPLE_NOUNS = frozenset(
    {"people", "person", "customer", "user", "passenger", "visitor", "guest", "child", "student", "patient", "member",
     "staff", "team", "everyone", "anyone", "player", "reader", "driver", "parent", "owner", "applicant", "traveller"}
)  # fmt: skip


@dataclass(frozen=True)
class Decision:
    claim_type: str
    certainty: str
    claimer_kind: str
    phrase: Phrase | None


def joint_choice(
    kind: Prediction,
    certainty: Prediction,
    phrase_available: bool,
    policy: Policy,
    rule_kind: str,
    rule_hedged: bool = False,
    rule_unnamed: bool = False,
    rule_author: bool = False,
    rule_actor: bool = False,
    own_voice: bool = False,
) -> tuple[str, str]:
    """The most probable (claimer kind, certainty) pair the annotation allows; only `hedged`
    when the rules found a hedge, only `unnamed` when they found a phrase of an unnamed source, only
    `author` when they found a withheld reporting verb, only `actor` when they found a post's author; never
    `unnamed` for the page's own first-person voice (`own_voice`, `own_first_person`)."""
    best: tuple[float, str, str] | None = None
    for k, p_kind in sorted(kind.distribution.items()):
        if k == "actor" and not phrase_available and policy != "keep":
            continue
        if rule_unnamed and k != "unnamed":
            continue
        if rule_author and k != "author":
            continue
        if rule_actor and k != "actor":
            continue
        if own_voice and k == "unnamed":
            continue
        for c in ALLOWED.get(k, ()):
            if rule_hedged and c != "hedged":
                continue
            score = math.log(max(p_kind, 1e-12)) + math.log(max(certainty.distribution.get(c, 0.0), 1e-12))
            if best is None or score > best[0]:
                best = (score, k, c)
    if (
        policy == "rules-phrase-wins"
        and rule_kind == "actor"
        and phrase_available
        and best is not None
        and best[1] != "actor"
    ):
        c = "hedged" if rule_hedged else max(ALLOWED["actor"], key=lambda c: (certainty.distribution.get(c, 0.0), c))
        return "actor", c
    if best is None:  # only when no kind is allowed at all: keep the model's certainty, the author's voice
        return "author", "hedged" if certainty.label == "hedged" or rule_hedged else "asserted"
    return best[1], best[2]


def holds_type(claim: ClaimRecord, addressed: bool = False, advice: bool = False, named_act: bool = False) -> bool:
    """Whether the rules' type stands against the model's: a rule of `HOLDING_TYPE_RULES`, an assessment speech act
    ANNOTATION.md names (`named_act`, `named_assessment_act`), a prescription the writer's own frame makes
    (`OWN_VOICE_HOLDING_TYPE_RULES`), advice to the public in an agentless present passive (`advice`,
    `public_advice`: `ADVICE_HOLDING_TYPE_RULES`), or on a page addressing its reader one of
    `ADDRESSED_HOLDING_TYPE_RULES` whose cue is in the claim."""
    if claim.type_rule in HOLDING_TYPE_RULES or named_act:
        return True
    if advice and claim.type_rule in ADVICE_HOLDING_TYPE_RULES:
        return True
    if claim.claimer_rule == "own-voice" and claim.type_rule in OWN_VOICE_HOLDING_TYPE_RULES:
        return True
    if not addressed or claim.type_rule not in ADDRESSED_HOLDING_TYPE_RULES or claim.type_cue_start is None:
        return False
    return claim.start <= claim.type_cue_start < claim.end


def cue_token(claim: ClaimRecord, index: ArticleIndex) -> Tok | None:
    """The token that opens the claim's type cue, if one does."""
    if claim.type_cue_start is None:
        return None
    toks = index.article.tokens
    k = bisect_left(index.starts, claim.type_cue_start)
    return toks[k] if k < len(toks) and toks[k].start == claim.type_cue_start else None


def foresees_outcome(claim: ClaimRecord, index: ArticleIndex, lex: LexiconLike) -> bool:
    """Whether the claim's type cue is a "should" that foresees an outcome: its verb one of `OUTCOME_VERBS` in the
    active voice with a subject that is a thing ("The feature should arrive next week", "This should lead to more
    revenue": a prediction the model may make), no person ("Customers should arrive early": advice) and no actor the
    page names (review38)."""
    should = cue_token(claim, index)
    if should is None or should.lower != "should":
        return False
    verb = should.head
    if verb is None or verb is should or lemma(verb) not in OUTCOME_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep == "nsubj"]
    return bool(subjects) and all(_a_thing(s, index, lex) for s in subjects)


def named_assessment_act(claim: ClaimRecord, index: ArticleIndex, lex: LexiconLike, own_voice: bool = False) -> bool:
    """Whether the claim's `verb-assessment` cue, in the claim, is a speech act ANNOTATION.md's hard cases type an
    assessment (`held_assessment_acts`: "The SEC had accused Titan of illegally paying ...", "X is accused of directing
    a fraud", "The move was widely criticised", "The figure was welcomed by analysts"): the rules' type holds, as
    `regarded-as` does. The labels type 100 of 106 such rows assessments; the model, which reads a charge or a reaction
    as a thing done, made 3 more of them events out of fold than the rule (claims82). Not negated
    ("The study does not praise the handling": no act made) nor the complement of another verb ("he denied accusing
    Germany of ...", "refused to condemn": what was denied or withheld is told, not the act), nor a present tense in
    the page's own first person (`own_voice`: "We welcome responses at letters@...", an invitation standing now)."""
    verb = cue_token(claim, index)
    if claim.type_rule != "verb-assessment" or verb is None or not claim.start <= verb.start < claim.end:
        return False
    if lemma(verb) not in lex.held_assessment_acts or any(c.dep == "neg" for c in verb.children):
        return False
    if own_voice and verb.tag in {"VBP", "VBZ"}:
        return False
    return verb.dep not in {"xcomp", "ccomp", "pcomp"}


def public_advice(claim: ClaimRecord, index: ArticleIndex) -> bool:
    """Whether the claim's type cue, in the claim and in no actor's claim, is a present passive of a directive verb
    with no agent and no modal: "are advised to", "is being urged to" (the auxiliary of the passive a present "is /
    are", or "being" under one); not "was advised to", "has been asked to", "could be asked to", "are asked by the
    council to", nor a habit ("is often called upon to play": `HABIT_ADVERBS`; `ADVICE_HOLDING_TYPE_RULES`)."""
    verb = cue_token(claim, index)
    if claim.claimer_kind == "actor" or verb is None or verb.tag != "VBN" or not claim.start <= verb.start < claim.end:
        return False
    kids = verb.children
    passive = [c for c in kids if c.dep == "auxpass"]
    if len(passive) != 1 or any(c.dep == "agent" or (c.dep == "prep" and c.lower == "by") for c in kids):
        return False
    if any(c.dep == "advmod" and c.lower in HABIT_ADVERBS for c in kids):
        return False
    auxes = [c for c in kids if c.dep == "aux"]
    if passive[0].tag in {"VBZ", "VBP"}:
        return not auxes
    return passive[0].lower == "being" and len(auxes) == 1 and auxes[0].tag in {"VBZ", "VBP"}


def _a_thing(tok: Tok, index: ArticleIndex, lex: LexiconLike) -> bool:
    """A subject that is no person: a word that names no speaker ("it", "this", "which": the lexicon's
    `non_source_subjects`), or a common noun that names no people and no actor, nor one by its ending as the claims
    rules read a speaker's noun (`agent_endings`, but `non_agent_nouns`: "customer" and "journalist" are persons, "the
    number" is a thing)."""
    if tok.lower in lex.non_source_subjects:
        return True
    name = lemma(tok)
    agent = name not in lex.non_agent_nouns and has_ending(name, lex.agent_endings)
    return (
        tok.pos == "NOUN"
        and not tok.ent_type
        and tok.i not in index.mention_at
        and name not in PEOPLE_NOUNS
        and not agent
    )


def own_first_person(claim: ClaimRecord, index: ArticleIndex, lex: LexiconLike) -> bool:
    """Whether a claim the rules gave to the author speaks in the page's own first person: a subject "I" / "we"
    outside quotation marks in the claim, no quotation open before its sentence and most of its words unquoted ("I love
    that I don't have to think about ...", "We do not recommend this approach.", "I have seen nothing to make me change
    my mind."). No source phrase introduces it, so it is no unnamed source's (ANNOTATION: `unnamed` is an attribution
    with no source phrase, "it is reported that"); the kind model, which reads "I" and "we" as a quoted speaker's,
    gives `actor`, and with no speaker phrase found the certainty model's `reported` made it `unnamed` (claims78)."""
    if claim.claimer_kind != "author":
        return False
    ctx = index.context.get(claim.sentence_id)
    k = index.sent_of.get(claim.sentence_id)
    if k is None or ctx is None or ctx.quote_open_before or in_quotation(claim, index, lex):
        return False
    quoted = index.info(k, lex).quoted
    return any(
        t.lower in FIRST_PERSON and t.dep in {"nsubj", "nsubjpass"} and t.i not in quoted
        for t in index.article.sents[k].tokens
        if claim.start <= t.start < claim.end
    )


def speaking_phrase(claim: ClaimRecord, phrase: Phrase | None, index: ArticleIndex, lex: LexiconLike) -> Phrase | None:
    """The phrase the model's `actor` may take: for a claim the rules gave to the author or to an unnamed source, only
    one that names a source that can speak (`claimer.can_speak`); with none, `joint_choice` takes the next kind. The
    seed's "These events have confirmed our recent thoughts" was an actor's claim by "These events" at p 0.46
    (classifier 1.23.0); on m75-bbc 359 of the 799 claims the model gave to an actor against the rules had no linked
    actor, "the trend", "the numbers", "This popularity", "marketing speak" among them (claims95). The rules' own
    actor phrases already passed their source test (`claims.sources.is_source`)."""
    if phrase is None or claim.claimer_kind == "actor" or can_speak(phrase, index, lex):
        return phrase
    return None


def decide(
    claim: ClaimRecord,
    preds: dict[str, Prediction],
    phrase: Phrase | None,
    policy: Policy = "fallback",
    addressed: bool = False,
    advice: bool = False,
    own_voice: bool = False,
    named_act: bool = False,
) -> Decision:
    kind, certainty = joint_choice(
        preds["claimer_kind"],
        preds["certainty"],
        phrase is not None,
        policy,
        claim.claimer_kind,
        rule_hedged=claim.certainty == "hedged" and claim.certainty_cue is not None,
        rule_unnamed=claim.claimer_rule in UNNAMED_RULES,
        rule_author=claim.claimer_rule in AUTHOR_RULES,
        rule_actor=claim.claimer_rule in ACTOR_RULES and phrase is not None,
        own_voice=own_voice,
    )
    claim_type = claim.claim_type if holds_type(claim, addressed, advice, named_act) else preds["claim_type"].label
    return Decision(claim_type, certainty, kind, phrase if kind == "actor" else None)


def relabelled(
    claim: ClaimRecord,
    decision: Decision,
    preds: dict[str, Prediction],
    addressed: bool = False,
    advice: bool = False,
    named_act: bool = False,
) -> ClaimRecord:
    phrase = decision.phrase
    held = holds_type(claim, addressed, advice, named_act)
    changes = {
        "claim_type": decision.claim_type,
        "certainty": decision.certainty,
        "claimer_kind": decision.claimer_kind,
        "claimer_text": phrase.text if phrase else None,
        "claimer_start": phrase.start if phrase else None,
        "claimer_end": phrase.end if phrase else None,
        "claimer_actor_id": phrase.actor_id if phrase else None,
        "claimer_phrase_rule": phrase.rule if phrase else None,
        "type_prob": round(preds["claim_type"].distribution[decision.claim_type], 4),
        "certainty_prob": round(preds["certainty"].distribution.get(decision.certainty, 0.0), 4),
        "claimer_prob": round(preds["claimer_kind"].distribution[decision.claimer_kind], 4),
        "type_evidence": _evidence(preds["claim_type"], decision.claim_type),
        "certainty_evidence": _evidence(preds["certainty"], decision.certainty),
        "claimer_evidence": _evidence(preds["claimer_kind"], decision.claimer_kind),
        "type_source": "rules" if held else "model",
        "certainty_source": "model",
        "claimer_source": "model",
    }
    if decision.claimer_kind != claim.claimer_kind:  # no claimer rule decided it: the rules' cue stays as evidence
        changes["claimer_rule"] = "model"
    return claim.model_copy(update=changes)


def _evidence(pred: Prediction, label: str) -> list[str]:
    return list(pred.evidence) if pred.label == label else []


def relabel_article(
    article: ParsedArticle,
    claims: list[ClaimRecord],
    mentions: list[MentionRecord],
    model: Classifier | CompiledModel,
    lex: LexiconLike,
    policy: Policy = "fallback",
) -> list[ClaimRecord]:
    return relabel(claims, [article], mentions, model, lex, policy)


def relabel(
    claims: list[ClaimRecord],
    articles: list[ParsedArticle],
    mentions: list[MentionRecord],
    model: Classifier | CompiledModel,
    lex: LexiconLike,
    policy: Policy = "fallback",
) -> list[ClaimRecord]:
    """The claims with type, certainty and claimer decided by the model; same order as given.

    Features of every claim first, one batch prediction, then the decisions article by article in
    text order (the claimer phrase may continue the last speaker's).
    """
    by_article: dict[str, list[ClaimRecord]] = defaultdict(list)
    for c in claims:
        by_article[c.article_id].append(c)
    mentions_by_article: dict[str, list[MentionRecord]] = defaultdict(list)
    for m in mentions:
        mentions_by_article[m.article_id].append(m)
    work: list[tuple[ArticleIndex, list[ClaimRecord]]] = []
    features: list[dict[str, float]] = []
    for article in articles:
        if article.article_id not in by_article:
            continue
        ordered = sorted(by_article[article.article_id], key=lambda c: (c.start, c.end, c.claim_id))
        index = index_article(article, mentions_by_article[article.article_id], ordered)
        work.append((index, ordered))
        features.extend(claim_features(c, index, lex) for c in ordered)
    batch = iter(model.predict_batch(features) if features else [])
    new: dict[str, ClaimRecord] = {}
    for index, ordered in work:
        history: list[Phrase] = []
        for claim in ordered:
            preds = next(batch)
            phrase = speaking_phrase(claim, claimer_phrase(claim, index, lex, history), index, lex)
            addressed = index.genre.addresses_reader and not foresees_outcome(claim, index, lex)
            advice = public_advice(claim, index)
            own = own_first_person(claim, index, lex)
            named = named_assessment_act(claim, index, lex, own)
            decision = decide(claim, preds, phrase, policy, addressed, advice, own, named)
            if decision.phrase is not None:
                history.append(decision.phrase)
            new[claim.claim_id] = relabelled(claim, decision, preds, addressed, advice, named)
    return [new.get(c.claim_id, c) for c in claims]


def sync_roles(
    before: list[ClaimRecord], after: list[ClaimRecord], roles: list[ClaimActorRecord], mentions: list[MentionRecord]
) -> list[ClaimActorRecord]:
    """Claimer roles that follow the relabelled claimers.

    For a claim whose claimer changed, its `claimer` rows go: a mention inside the claim's span
    becomes `mentioned`, others are dropped; the new claimer actor, if any, gets a `claimer` row
    (with the mention under the new phrase, when there is one). Order and dedup as the rules do.
    """
    old = {c.claim_id: c for c in before}
    changed = {c.claim_id: c for c in after if _claimer_key(old[c.claim_id]) != _claimer_key(c)}
    if not changed:
        return roles
    mention_by_id = {m.mention_id: m for m in mentions}
    by_article: dict[str, list[MentionRecord]] = defaultdict(list)
    for m in mentions:
        by_article[m.article_id].append(m)
    out: list[ClaimActorRecord] = []
    seen: set[tuple[str, str, str]] = set()
    additions: dict[str, ClaimActorRecord] = {}
    for claim_id, claim in changed.items():
        if claim.claimer_actor_id and claim.claimer_start is not None:
            under = next(
                (
                    m
                    for m in by_article[claim.article_id]
                    if m.actor_id == claim.claimer_actor_id
                    and m.start < claim.claimer_end
                    and m.end > claim.claimer_start
                ),
                None,
            )
            additions[claim_id] = ClaimActorRecord(
                claim_id=claim_id,
                actor_id=claim.claimer_actor_id,
                role="claimer",
                mention_id=under.mention_id if under else None,
            )
    for role in roles:
        claim = changed.get(role.claim_id)
        if claim is not None and role.role == "claimer":
            mention = mention_by_id.get(role.mention_id) if role.mention_id else None
            if mention is None or not (claim.start <= mention.start and mention.end <= claim.end):
                continue
            role = role.model_copy(update={"role": "mentioned"})
        key = (role.claim_id, role.role, role.actor_id)
        if key in seen:
            continue
        seen.add(key)
        out.append(role)
    for claim_id, addition in additions.items():
        key = (claim_id, "claimer", addition.actor_id)
        if key not in seen:
            seen.add(key)
            out.append(addition)
    order = {c.claim_id: k for k, c in enumerate(after)}
    return sorted(out, key=lambda r: order.get(r.claim_id, len(order)))


def _claimer_key(c: ClaimRecord) -> tuple:
    return (c.claimer_kind, c.claimer_start, c.claimer_end, c.claimer_actor_id)


def apply_model(
    claims: list[ClaimRecord],
    roles: list[ClaimActorRecord],
    articles: list[ParsedArticle],
    mentions: list[MentionRecord],
    model: Classifier | CompiledModel,
    lex: LexiconLike,
) -> tuple[list[ClaimRecord], list[ClaimActorRecord]]:
    """The claims step's one call: relabelled claims and the roles that follow them."""
    new = relabel(claims, articles, mentions, model, lex)
    return new, sync_roles(claims, new, roles, mentions)
