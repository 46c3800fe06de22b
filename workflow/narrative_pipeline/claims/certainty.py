"""Certainty: hedged, reported or asserted, decided by `CERTAINTY_RULES` in order.

A hedge that qualifies the main clause makes a claim `hedged` (a hedge phrase anywhere, else the
first hedge word or hedge verb of the unit in text order); else an attributed claim is
`reported`; else the author asserts it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..parsed import Tok
from ..rules import Rule, context_value, first_match
from ..syntax import (
    adverbial_tokens,
    find_phrase,
    in_adverbial_clause,
    in_modifier,
    is_verb,
    lemma,
    negated,
    set_off_participle,
    subject_of,
)
from .impersonal import believed
from .lexicon import Lexicon
from .model import Attribution, Cue, Unit
from .verbs import denied

MAIN_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl"})
CONTENT_MAIN_DEPS = frozenset({"ccomp", "xcomp", "conj"})
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "acomp", "oprd", "attr"})


@dataclass
class CertaintyContext:
    unit: Unit
    attribution: Attribution | None
    lex: Lexicon

    @context_value
    def main(self) -> set[int]:
        """Indexes of the main clause's verbs: the root and its clauses, and the reported content's."""
        root, attribution = self.unit.root, self.attribution
        main = {root.i} | {c.i for c in root.children if c.dep in MAIN_DEPS and not concession(c, self.lex)}
        if attribution is not None and attribution.content is not None:
            content = attribution.content
            main |= {content.i} | {c.i for c in content.children if c.dep in CONTENT_MAIN_DEPS}
        verb = attribution.verb if attribution is not None else None
        if verb is not None and attribution.cue.rule == "stance-adjective" and verb.lower in self.lex.fear_adjectives:
            main |= {c.i for c in verb.children if c.dep == "ccomp"}  # 'is concerned that the directive could ...'
        # the same fear under a frame: 'Officials are worried that the fighting could spread, the UN said.'
        # (the root's or the content's own adjective: not a clause of reason, 'requested more time because it was
        # concerned that the law could ...')
        heads = [root] if attribution is None or attribution.content is None else [root, attribution.content]
        fears = [c for t in heads for c in t.children if c.dep == "acomp" and c.lower in self.lex.fear_adjectives]
        main |= {c.i for fear in fears for c in fear.children if c.dep == "ccomp"}
        return main

    def hedge_word(self, tok: Tok) -> bool:
        if tok.lower not in self.lex.hedge_words:
            return False  # (the answer below needs it; the tests before it are pure: speed63)
        governs = tok.head.i if tok.head is not None else tok.i
        if impossibility(tok, self.lex) or past_possibility(tok, self.lex) or comparative_likelihood(tok, self.lex):
            return False  # 'could not comment', 'could then be sacked', 'more likely to vote': no hedge
        if tok.pos == "PROPN" or tok.ent_type in NAMED_ENTITIES:
            return False  # 'on 5 May', 'Theresa May said', 'May has struggled' (the store): a name, not the modal
        if tok.lower in self.lex.hearsay_adverbs and in_adverbial_clause(tok, self.unit.root):
            return False  # 'suspended for allegedly missing tests', 'after he was supposedly shot': claims75
        return tok.lower in self.lex.hedge_words and (governs in self.main or tok.i in self.main)

    def hedge_verb(self, tok: Tok) -> bool:
        if tok.i not in self.main:
            return False
        if lemma(tok) in self.lex.doubting_verbs:
            return own_doubt(tok, self.lex)
        return is_verb(tok) and lemma(tok) in self.lex.hedge_verbs and not appearance(tok, self.lex)

    @context_value
    def first_hedge(self) -> Tok | None:
        """The first token of the unit that is a hedge word or a hedge verb of the main clause."""
        return next((t for t in self.unit.tokens if self.hedge_word(t) or self.hedge_verb(t)), None)


def own_doubt(verb: Tok, lex: Lexicon) -> bool:
    """'I doubt Greg Rusedski will be that far behind him', 'I seriously doubt the countryside will be that
    accommodating', 'I doubt whether Kaplan would have been too pleased': a verb of `doubting_verbs` in the present
    with a first-person subject qualifies its clause, a hedge (claims69). Not negated ('I don't doubt ...'), not the
    past ('I doubted he would come': a view once held), not another's ('analysts doubt ...': a view reported). The
    tagger makes 'doubt' a noun after 'very much' ('I very much doubt that ...'): with its subject it is the verb.
    Only a clause it governs is qualified ('I doubt it will happen', 'I doubt if he will play'): a noun object
    ('"We doubt the figures," the union said', '"I doubt it"') disputes a thing, no hedge (review56, claims71)."""
    subject = subject_of(verb)
    if subject is None or subject.lower not in lex.first_person_pronouns or negated(verb):
        return False
    present = verb.tag in {"VBP", "VB", "NN"} and not any(c.dep == "aux" and c.lower != "do" for c in verb.children)
    return present and any(doubted_clause(c) for c in verb.children)


def doubted_clause(child: Tok) -> bool:
    """A clause after 'doubt': a complement ('that ...', 'whether ...', none) or an 'if' clause ('I doubt if ...')."""
    if child.dep == "ccomp":
        return True
    return child.dep == "advcl" and any(c.dep == "mark" and c.lower in {"if", "whether"} for c in child.children)


def concession(clause: Tok, lex: Lexicon) -> bool:
    """'..., although that may continue to irritate his chancellor', 'Oaxaca is mezcal's home base, though it may come
    from elsewhere': a clause on the main verb opened by a marker of `concessive_markers` grants a point against the
    claim; a hedge in it qualifies that point, not the main clause."""
    return clause.dep == "advcl" and any(c.dep == "mark" and c.lower in lex.concessive_markers for c in clause.children)


NAMED_ENTITIES = frozenset({"DATE", "PERSON", "ORG", "GPE", "EVENT", "FAC", "WORK_OF_ART"})


def impossibility(modal: Tok, lex: Lexicon) -> bool:
    """'could not comment', 'Neither X nor his agent could be reached': a negated modal of `negated_non_hedges` (its
    verb denied by 'not' or by a subject opened by 'neither': `verbs.denied`), stating what was impossible."""
    return modal.lower in lex.negated_non_hedges and modal.head is not None and denied(modal.head, lex)


def past_possibility(modal: Tok, lex: Lexicon) -> bool:
    """'At the time, workers could be sacked without notice': a modal of `past_possibility_modals`
    whose verb carries a phrase of `past_time_phrases` (and no condition) states what was possible
    then, not a possibility to come."""
    verb = modal.head
    if lex.modal_form(modal) not in lex.past_possibility_modals or modal.dep != "aux" or verb is None or verb is modal:
        return False
    clauses = [c for c in verb.children if c.dep == "advcl"]
    if any(m.dep == "mark" and m.lower in lex.condition_markers for c in clauses for m in c.children):
        return False
    phrase = find_phrase(adverbial_tokens(verb), lex.past_time_phrases)
    return phrase is not None and own_time(phrase, verb)


TIME_PATH_DEPS = frozenset({"prep", "pobj", "advmod", "npadvmod", "amod", "det"})


def own_time(phrase: list[Tok], verb: Tok) -> bool:
    """Whether a time phrase under a verb sets that verb's own time: reached from the verb through
    prepositions and their objects only (not from inside a clause on an object, 'levels last seen in
    the past', nor a comparison, 'faster than in the past'), and not a time with a clause of its own
    that is not past ('at the time the plant closes')."""
    for tok in phrase:
        steps, cur = 0, tok
        while cur is not verb and cur.head is not None and cur.head is not cur and steps < 20:
            if cur.dep not in TIME_PATH_DEPS or cur.lower == "than":
                return False
            cur, steps = cur.head, steps + 1
        if cur is not verb:
            return False
    clauses = [c for t in phrase for c in t.children if c.dep in {"relcl", "acl"}]
    return all(c.tag in {"VBD", "VBN"} for c in clauses)


def comparative_likelihood(tok: Tok, lex: Lexicon) -> bool:
    """'Older voters are more likely to vote than students': a likelihood adjective with a comparative
    adverb, the predicate of a clause with a plural subject and no modal, compares groups as a fact (not
    a hedge)."""
    if tok.lower not in lex.likelihood_adjectives or tok.dep != "acomp" or tok.head is None:
        return False
    if not any(c.dep == "advmod" and c.lower in lex.comparative_adverbs for c in tok.children):
        return False
    subject = subject_of(tok.head)
    if subject is None or subject.tag not in {"NNS", "NNPS"}:
        return False  # a group compared with another, not one thing's outlook ('the economy is less likely to slow')
    if any(c.dep == "aux" and c.tag == "MD" for c in tok.head.children):
        return False
    return compared(tok, lex)


def compared(adjective: Tok, lex: Lexicon) -> bool:
    """A comparative likelihood stated as a fact: in the past ('women were more likely to ...'), or in
    the present with nothing that sets it in the time to come ('those who miss classes are more likely
    to offend'); not with a time to come, a condition or a later event on it ('prices are more likely to
    rise next year', 'shares are less likely to fall if rates rise', '... to buy shares after the
    election'): an outlook, a hedged prediction."""
    if adjective.head is not None and adjective.head.tag == "VBD":
        return True
    clause = adjective.head if adjective.head is not None else adjective
    words = sorted(clause.subtree(), key=lambda t: t.i)
    if find_phrase(words, lex.future_time_phrases) is not None:
        return False
    condition = any(t.dep == "mark" and t.lower in lex.condition_markers for t in words)
    later = any(t.dep == "prep" and t.lower in lex.later_prepositions for t in words)
    return not (condition or later)


def appearance(verb: Tok, lex: Lexicon) -> bool:
    """'The minister appeared in court', 'she appeared on television to defend the plan': a hedge verb
    with a preposition of `appearance_prepositions` before any complement tells where someone showed up
    (not 'it appears that', 'seemed tired in the second half', 'appears to have won'; not a state after
    the preposition, `appearance_state_nouns`: 'appeared on course for a third term')."""
    if lemma(verb) not in lex.appearance_verbs:
        return False  # 'seem' never tells where someone was
    prep = next(
        (c for c in verb.children if c.dep == "prep" and c.i > verb.i and c.lower in lex.appearance_prepositions), None
    )  # after the verb: 'at the time it seemed to be right' still hedges
    if prep is None or any(c.dep in COMPLEMENT_DEPS and c.i < prep.i for c in verb.children):
        return False
    # 'appeared on course for a win', 'in good shape', 'on the verge of tears': a state, still a hedge
    return not any(c.dep == "pobj" and lemma(c) in lex.appearance_state_nouns for c in prep.children)


def hedge_phrase(ctx: CertaintyContext) -> list[Tok] | None:
    """'it is unclear', 'is expected to' in the unit (not inside a modifier: 'the $54bn widely
    expected', 'the election - widely expected in May -': `set_off_participle`, claims64)."""
    phrase = find_phrase(ctx.unit.tokens, ctx.lex.hedge_phrases)
    if phrase is None or in_modifier(phrase[0], ctx.unit.root):
        return None
    return None if set_off_participle(phrase[0], ctx.unit.sent.tokens, ctx.unit.root) else phrase


def hedge_word(ctx: CertaintyContext) -> list[Tok] | None:
    """'may', 'apparently' qualifying the main clause (the first hedge of the unit)."""
    tok = ctx.first_hedge
    return [tok] if tok is not None and ctx.hedge_word(tok) else None


def hedge_verb(ctx: CertaintyContext) -> list[Tok] | None:
    """'seems', 'appears' as a main verb (the first hedge of the unit)."""
    tok = ctx.first_hedge
    return [tok] if tok is not None and not ctx.hedge_word(tok) else None


def hedge_passive(ctx: CertaintyContext) -> list[Tok] | None:
    """'is expected to', 'is seen as': an impersonal passive of belief (claims/impersonal.py)."""
    a = ctx.attribution
    if a is None or a.cue.rule != "impersonal-passive" or a.verb is None or not believed(a.verb, ctx.lex):
        return None
    return a.cue.tokens


def attributed(ctx: CertaintyContext) -> list[Tok] | None:
    """Someone other than the author puts the claim forward: the attribution's cue."""
    return ctx.attribution.cue.tokens if ctx.attribution is not None else None


def author_default(ctx: CertaintyContext) -> list[Tok] | None:
    """The author asserts the claim."""
    return []


CERTAINTY_RULES: tuple[Rule[CertaintyContext, list[Tok]], ...] = (
    Rule("hedge-phrase", "hedged", hedge_phrase),
    Rule("hedge-word", "hedged", hedge_word),
    Rule("hedge-verb", "hedged", hedge_verb),
    Rule("hedge-passive", "hedged", hedge_passive),
    Rule("attributed", "reported", attributed),
    Rule("author-default", "asserted", author_default),
)


def certainty_of(unit: Unit, attribution: Attribution | None, lex: Lexicon) -> tuple[str, Cue]:
    """Hedged when a hedge qualifies the main clause; else reported when attributed; else asserted."""
    match = first_match(CERTAINTY_RULES, CertaintyContext(unit, attribution, lex))
    assert match is not None  # author-default always fires
    rule, tokens = match
    return rule.decides, Cue(rule.name, tokens)
