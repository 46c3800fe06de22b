"""Claims: typed, attributed and hedged propositions, with the actors who act and undergo.

Rules (`claims.rules.v1`; cue words are data in `config/claims_lexicon.yaml`):

- units: one claim per body sentence; a coordinated or relative clause with its own subject or
  reporting verb becomes a claim of its own when its claimer, type or certainty differs;
  headlines, boilerplate, questions and fragments without a verb are not claims;
- claimer: the subject of a reporting verb ("X said", '"...", X said', "X, who warned"), the agent
  of a passive one ("denied by X"), "according to X", a speech act's subject ("X criticised ...");
  `unnamed` for attributions without a source ("it is reported that", "is said to"); a quote that
  runs over several sentences or paragraphs, and a bulleted list after reported speech, keep
  their speaker; pronoun claimers are linked to the person last named; otherwise `author`;
- certainty: `hedged` when a hedge qualifies the claim, else `reported` when the claimer is not the
  author, else `asserted`;
- type: `prescription` (should, must, need to, urge ...), then `prediction` (will, would, set to,
  expect ...), then `assessment` (evaluation: copula with an adjective, verbs such as indicate,
  criticise, become), else `event`;
- agents and patients from the dependency parse: subjects (and passive agents) are agents,
  objects (and passive subjects) are patients; the claimer and other linked actors are kept with
  roles `claimer` and `mentioned`.
Each decision records the rule and the cue (text and offsets) that made it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .parsed import ParsedArticle, Sent, Tok
from .records import ClaimActorRecord, ClaimRecord, MentionRecord

COMPONENT = "claims.rules.v1"

QUOTES_OPEN = {'"', "“", "‘", "«", "''", "``"}
QUOTES_CLOSE = {'"', "”", "’", "»", "''"}
PERSON_PRONOUNS = {"he", "she", "him", "her"}
SOURCE_PRONOUNS = {"he", "she", "they", "we", "i", "you"}
SOURCE_NOUNS = {
    "official", "officials", "critic", "critics", "source", "sources", "spokesman", "spokeswoman",
    "spokesperson", "minister", "ministers", "expert", "experts", "analyst", "analysts", "report",
    "reports", "study", "survey", "figures", "statement", "poll", "police", "diplomat", "diplomats",
    "observers", "campaigners", "activists", "leader", "leaders", "mps", "government", "president",
    "secretary", "chairman", "chief", "spokesmen", "witnesses", "residents", "commentators", "aides",
    "insiders", "researchers", "scientists", "economists", "academic", "academics", "group", "groups",
    "party", "commission", "court", "committee", "judge", "judges", "lords", "lord", "opponents",
    "supporters", "members", "union", "unions", "organisation", "agency", "paper", "newspaper",
    "data", "document", "documents", "letter", "investigation", "inquiry", "review", "research",
    "people", "voters", "officer", "officers", "adviser", "advisers", "lawyer", "lawyers", "bosses",
    "company", "firm", "executive", "executives", "manager", "director", "head", "army", "military",
    "ministry", "department", "office", "authorities", "council", "some", "others", "many", "detainee",
    "prosecutors", "prosecutor", "statement", "ruling", "panel", "board", "bank", "envoy", "ambassador",
}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
SPLIT_DEPS = {"conj", "relcl", "advcl", "parataxis", "ccomp"}


@dataclass(frozen=True)
class Lexicon:
    reporting_verbs: frozenset[str]
    speech_acts: frozenset[str]
    unnamed_phrases: tuple[tuple[str, ...], ...]
    hedge_words: frozenset[str]
    hedge_verbs: frozenset[str]
    hedge_phrases: tuple[tuple[str, ...], ...]
    prescription_modals: frozenset[str]
    prescription_phrases: tuple[tuple[str, ...], ...]
    prescription_verbs: frozenset[str]
    prediction_modals: frozenset[str]
    prediction_phrases: tuple[tuple[str, ...], ...]
    prediction_verbs: frozenset[str]
    conditional_modals: frozenset[str]
    assessment_verbs: frozenset[str]
    assessment_phrases: tuple[tuple[str, ...], ...]
    not_claim_first_words: frozenset[str]


def load_lexicon(path: Path) -> Lexicon:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key, []))

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted({tuple(str(p).lower().split()) for p in data.get(key, [])}, key=lambda p: (-len(p), p)))

    return Lexicon(
        reporting_verbs=words("reporting_verbs"),
        speech_acts=words("speech_acts"),
        unnamed_phrases=phrases("unnamed_phrases"),
        hedge_words=words("hedge_words"),
        hedge_verbs=words("hedge_verbs"),
        hedge_phrases=phrases("hedge_phrases"),
        prescription_modals=words("prescription_modals"),
        prescription_phrases=phrases("prescription_phrases"),
        prescription_verbs=words("prescription_verbs"),
        prediction_modals=words("prediction_modals"),
        prediction_phrases=phrases("prediction_phrases"),
        prediction_verbs=words("prediction_verbs"),
        conditional_modals=words("conditional_modals"),
        assessment_verbs=words("assessment_verbs"),
        assessment_phrases=phrases("assessment_phrases"),
        not_claim_first_words=words("not_claim_first_words"),
    )


@dataclass
class Cue:
    rule: str
    tokens: list[Tok] = field(default_factory=list)

    @property
    def start(self) -> int | None:
        return self.tokens[0].start if self.tokens else None

    @property
    def end(self) -> int | None:
        return self.tokens[-1].end if self.tokens else None


@dataclass
class Attribution:
    kind: str  # actor / unnamed
    claimer: list[Tok]
    cue: Cue
    verb: Tok | None
    content: Tok | None  # root of the reported content, when the verb governs it


@dataclass
class Unit:
    sent: Sent
    tokens: list[Tok]
    root: Tok


def lemma(tok: Tok) -> str:
    return (tok.lemma or tok.lower).lower()


def is_verb(tok: Tok) -> bool:
    return tok.pos in {"VERB", "AUX"} or tok.tag.startswith("VB")


def find_phrase(tokens: list[Tok], phrases: tuple[tuple[str, ...], ...]) -> list[Tok] | None:
    """First occurrence of any phrase (lower-case word sequence) in tokens."""
    lowers = [t.lower for t in tokens]
    for k in range(len(tokens)):
        for phrase in phrases:
            if tuple(lowers[k : k + len(phrase)]) == phrase:
                return tokens[k : k + len(phrase)]
    return None


def _subject(verb: Tok) -> Tok | None:
    for child in verb.children:
        if child.dep in SUBJECT_DEPS:
            return child
    return None


def _span(tok: Tok, exclude_deps: set[str]) -> list[Tok]:
    """The subtree of tok without the subtrees of children with the excluded deps."""
    out = [tok]
    for child in tok.children:
        if child.dep in exclude_deps:
            continue
        out.extend(_span(child, exclude_deps))
    return sorted(out, key=lambda t: t.i)


def claimer_tokens(subject: Tok) -> list[Tok]:
    toks = _span(subject, {"appos", "relcl", "acl", "punct", "cc", "advmod", "prep"} - ({"prep"} if subject.pos == "PROPN" else set()))
    while toks and toks[0].dep == "det" and toks[0].lower in {"the", "a", "an"}:
        toks = toks[1:]
    while toks and toks[-1].dep in {"punct", "case"}:
        toks = toks[:-1]
    return toks or [subject]


def is_source(subject: Tok, mention_heads: set[int]) -> bool:
    """Whether a subject denotes a source that can put a claim forward."""
    if subject.lower in SOURCE_PRONOUNS:
        return True
    if subject.lower in {"it", "this", "that", "which", "these", "those", "there", "what"}:
        return False
    span = _span(subject, {"relcl", "acl", "appos"})
    if any(t.i in mention_heads for t in span):
        return True
    if subject.pos == "PROPN" or subject.ent_type in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    return subject.lower in SOURCE_NOUNS or lemma(subject) in SOURCE_NOUNS


def attribution_of(unit: Unit, lex: Lexicon, mention_heads: set[int]) -> Attribution | None:
    """Who the unit attributes its proposition to, if anyone but the author."""
    in_unit = {t.i for t in unit.tokens}
    phrase = find_phrase(unit.tokens, lex.unnamed_phrases)
    # "according to X"
    for tok in unit.tokens:
        if tok.lower == "according":
            to = next((c for c in tok.children if c.lower == "to"), None)
            pobj = next((c for c in to.children if c.dep == "pobj"), None) if to else None
            if pobj is not None:
                if pobj.lower == "reports":
                    return Attribution("unnamed", [], Cue("according-to-reports", [tok, to, pobj]), None, None)
                return Attribution("actor", claimer_tokens(pobj), Cue("according-to", [tok, to]), None, None)
    candidates = []
    for tok in unit.tokens:
        if not is_verb(tok) or lemma(tok) not in lex.reporting_verbs:
            continue
        clausal = [c for c in tok.children if c.dep in {"ccomp", "xcomp"} and c.i in in_unit]
        inverted = tok.dep in {"parataxis", "ccomp"} and tok.head.i in in_unit and tok.head.i < tok.i
        colon = any(c.text == ":" for c in tok.children) or any(t.text in QUOTES_OPEN for t in unit.tokens)
        speech = lemma(tok) in lex.speech_acts
        agent = next((c for c in tok.children if c.dep == "agent"), None)
        subject = _subject(tok)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep == "pobj"), None)
            if pobj is not None and is_source(pobj, mention_heads):
                candidates.append((len(tok.ancestors()), Attribution("actor", claimer_tokens(pobj), Cue("passive-agent", [tok]), tok, clausal[0] if clausal else None)))
            continue
        if subject is None:
            # "X, who warned ..." (relative clause): the head noun is the claimer
            if tok.dep == "relcl" and tok.head is not None and is_source(tok.head, mention_heads):
                candidates.append((len(tok.ancestors()), Attribution("actor", claimer_tokens(tok.head), Cue("relative-reporting", [tok]), tok, clausal[0] if clausal else None)))
            continue
        if subject.dep == "nsubjpass" and subject.lower == "it":
            continue
        if tok.tag == "VBG" and tok.dep in {"advcl", "xcomp"}:
            continue
        if not (clausal or inverted or colon or speech):
            continue
        if not is_source(subject, mention_heads):
            continue
        content = clausal[0] if clausal else (tok.head if inverted else None)
        rule = "inverted-reporting" if inverted else "reporting-verb"
        candidates.append((len(tok.ancestors()), Attribution("actor", claimer_tokens(subject), Cue(rule, [tok]), tok, content)))
    if candidates:
        candidates.sort(key=lambda c: (c[0], c[1].cue.tokens[0].i))
        return candidates[0][1]
    if phrase is not None:
        return Attribution("unnamed", [], Cue("unnamed-attribution", phrase), None, None)
    return None


def _content_tokens(unit: Unit, attribution: Attribution | None) -> tuple[Tok, list[Tok]]:
    """Root and tokens of the proposition itself (the reported clause when there is one)."""
    in_unit = {t.i for t in unit.tokens}
    if attribution is not None and attribution.content is not None and attribution.content.i in in_unit:
        root = attribution.content
        if attribution.cue.rule == "inverted-reporting":
            verb = attribution.verb
            skip = {t.i for t in verb.subtree()} if verb is not None else set()
            return root, [t for t in unit.tokens if t.i not in skip]
        return root, [t for t in root.subtree() if t.i in in_unit]
    return unit.root, unit.tokens


def _aux(root: Tok) -> list[Tok]:
    return [c for c in root.children if c.dep in {"aux", "auxpass", "neg"}]


def claim_type(unit: Unit, attribution: Attribution | None, lex: Lexicon) -> tuple[str, Cue]:
    """Prescription, prediction, assessment or event, with the cue that decided it."""
    root, content = _content_tokens(unit, attribution)
    verb = attribution.verb if attribution is not None else None
    aux = _aux(root)
    for tok in aux:
        if tok.lower in lex.prescription_modals:
            return "prescription", Cue("modal-prescription", [tok])
    framing = find_phrase(content, (("it", "should", "be"), ("should", "be", "noted"), ("should", "be", "understood")))
    phrase = find_phrase(content, lex.prescription_phrases)
    if phrase is not None and (phrase[0].head is root or phrase[-1].head is root or root in phrase or phrase[0] is root):
        return "prescription", Cue("phrase-prescription", phrase)
    if lemma(root) in lex.prescription_verbs and verb is None:
        return "prescription", Cue("verb-prescription", [root])
    if verb is not None and lemma(verb) in lex.prescription_verbs and attribution is not None and attribution.content is None:
        return "prescription", Cue("speech-act-prescription", [verb])
    if framing is None:
        modal = next((t for t in content if t.lower in lex.prescription_modals and t.dep == "aux" and t.head in (root,) + tuple(c for c in root.children if c.dep == "conj")), None)
        if modal is not None:
            return "prescription", Cue("modal-prescription", [modal])
    copula_adj = lemma(root) == "be" and any(c.dep == "acomp" for c in root.children)
    for tok in aux:
        if tok.lower in lex.prediction_modals:
            return "prediction", Cue("modal-future", [tok])
    for tok in aux:
        if tok.lower in lex.conditional_modals and not copula_adj:
            return "prediction", Cue("modal-conditional", [tok])
    phrase = find_phrase(content, lex.prediction_phrases)
    if phrase is not None and any(t.head is root or t is root for t in phrase):
        return "prediction", Cue("phrase-future", phrase)
    if lemma(root) in lex.prediction_verbs:
        return "prediction", Cue("verb-future", [root])
    if verb is not None and lemma(verb) in lex.prediction_verbs:
        return "prediction", Cue("reporting-future", [verb])
    future = next((t for t in content if t.lower in lex.prediction_modals and t.dep == "aux"), None)
    if future is not None and future.head in [c for c in root.children if c.dep in {"ccomp", "xcomp", "conj"}]:
        return "prediction", Cue("modal-future", [future])
    if copula_adj:
        acomp = next(c for c in root.children if c.dep == "acomp")
        return "assessment", Cue("copula-adjective", [acomp])
    if lemma(root) in lex.assessment_verbs:
        return "assessment", Cue("verb-assessment", [root])
    if verb is not None and lemma(verb) in lex.assessment_verbs and attribution is not None and attribution.content is None:
        return "assessment", Cue("speech-act-assessment", [verb])
    phrase = find_phrase(unit.tokens, lex.assessment_phrases)
    if phrase is not None:
        return "assessment", Cue("phrase-assessment", phrase)
    if lemma(root) == "be" and any(c.dep == "attr" for c in root.children):
        attr = next(c for c in root.children if c.dep == "attr")
        if attr.pos in {"NOUN", "ADJ"} and not any(c.dep == "expl" for c in root.children):
            return "assessment", Cue("copula-noun", [attr])
    return "event", Cue("default-event", [root])


def certainty_of(unit: Unit, attribution: Attribution | None, lex: Lexicon) -> tuple[str, Cue]:
    phrase = find_phrase(unit.tokens, lex.hedge_phrases)
    if phrase is not None:
        return "hedged", Cue("hedge-phrase", phrase)
    for tok in unit.tokens:
        if tok.lower in lex.hedge_words and tok.dep in {"aux", "advmod", "amod", "acomp", "ROOT", "conj"}:
            return "hedged", Cue("hedge-word", [tok])
        if is_verb(tok) and lemma(tok) in lex.hedge_verbs and tok.dep in {"ROOT", "ccomp", "conj", "relcl", "advcl"}:
            return "hedged", Cue("hedge-verb", [tok])
    if attribution is not None:
        return "reported", Cue("attributed", attribution.cue.tokens)
    return "asserted", Cue("author-default", [])


def is_claim_sentence(sent: Sent, lex: Lexicon) -> bool:
    if sent.role != "body" or not sent.tokens:
        return False
    words = [t for t in sent.tokens if t.pos not in {"PUNCT", "SPACE", "SYM"} and t.text not in {"-", "•", "*"}]
    if len(words) < 3:
        return False
    tail = [t.text for t in sent.tokens[-3:]]
    if "?" in tail:
        return False
    if sent.tokens[-1].text == ":" or (len(sent.tokens) > 1 and sent.tokens[-2].text == ":"):
        return False
    if words[0].lower in lex.not_claim_first_words and words[0].tag == "VB" and words[0].dep == "ROOT":
        return False
    return any(is_verb(t) or t.tag == "VBG" for t in words)


def _clean(tokens: list[Tok]) -> list[Tok]:
    """Trim leading conjunctions and punctuation, trailing commas, dashes and open brackets."""
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (toks[0].dep in {"cc", "punct"} and toks[0].text not in QUOTES_OPEN or toks[0].lower in {"and", "but", "so", "or", "-", "•"}):
        toks = toks[1:]
    while toks and toks[-1].text in {",", ";", "-", "—", "–", "(", "[", "and", "but", "so"}:
        toks = toks[:-1]
    return toks


def split_units(sent: Sent, lex: Lexicon) -> list[Unit]:
    """Candidate clause units of a sentence: the main clause and clauses that may differ."""
    toks = sent.tokens
    roots = [t for t in toks if t.head is t or t.head is None or t.head.sent != t.sent]
    root = roots[0] if roots else toks[0]
    subs: list[Tok] = []
    for tok in toks:
        if tok.dep not in {"conj", "relcl"} or not is_verb(tok):
            continue
        has_subject = _subject(tok) is not None
        reporting = any(is_verb(t) and lemma(t) in lex.reporting_verbs and t.dep in {"parataxis", "ccomp", "relcl", "ROOT", "conj"} for t in tok.subtree() if t is tok or _subject(t) is not None)
        has_aux = any(c.dep in {"aux"} for c in tok.children)
        if tok.dep == "relcl" and not reporting:
            continue
        if tok.dep == "conj" and tok.head is not root and not reporting:
            continue
        if has_subject or reporting or has_aux:
            subs.append(tok)
    if not subs:
        return [Unit(sent, _clean(toks), root)]
    units = []
    taken: set[int] = set()
    for sub in sorted(subs, key=lambda t: -t.i):
        span = [t for t in sub.subtree() if t.i not in taken]
        span = _clean(span)
        if not span:
            continue
        first = span[0].i
        span = [t for t in toks if first <= t.i <= span[-1].i and t.i not in taken]
        taken.update(t.i for t in span)
        units.append(Unit(sent, _clean(span), sub))
    rest = _clean([t for t in toks if t.i not in taken])
    if rest:
        units.append(Unit(sent, rest, root))
    return sorted([u for u in units if u.tokens], key=lambda u: u.tokens[0].i)


@dataclass
class ClaimDraft:
    unit: Unit
    attribution: Attribution | None
    claimer_kind: str
    claimer_actor: str | None
    claim_type: str
    type_cue: Cue
    certainty: str
    certainty_cue: Cue
    inherited: str | None = None


def _mention_for(tokens: list[Tok], mentions_by_token: dict[int, MentionRecord], prefer_head: Tok | None) -> MentionRecord | None:
    if prefer_head is not None and prefer_head.i in mentions_by_token:
        return mentions_by_token[prefer_head.i]
    for tok in tokens:
        mention = mentions_by_token.get(tok.i)
        if mention is not None and mention.actor_id and mention.link_method != "alignment":
            return mention
    return None


def _quote_state(tokens: list[Tok], open_before: bool) -> tuple[bool, bool]:
    """(sentence starts inside a quote, a quote is open at its end)."""
    inside = open_before
    starts_inside = open_before or (tokens and tokens[0].text in QUOTES_OPEN)
    for tok in tokens:
        if tok.text in {'"', "''"}:
            inside = not inside
        elif tok.text in {"“", "«", "``"}:
            inside = True
        elif tok.text in {"”", "»"}:
            inside = False
    return bool(starts_inside), inside


def extract_article(article: ParsedArticle, mentions: list[MentionRecord], lex: Lexicon) -> list[ClaimDraft]:
    """Claim drafts of one article, in text order."""
    token_by_start = {t.start: t for t in article.tokens}
    mentions_by_token: dict[int, MentionRecord] = {}
    for m in mentions:
        tok = token_by_start.get(m.start)
        if tok is not None:
            for i in range(tok.i, m.head_i + 1):
                mentions_by_token.setdefault(i, m)
    mention_heads = set(mentions_by_token)
    drafts: list[ClaimDraft] = []
    last_person: str | None = None
    last_actor_claimer: tuple[list[Tok], str | None] | None = None
    quote_open = False
    current_paragraph = -1
    quote_claimer: tuple[list[Tok], str | None, Cue] | None = None
    pending_quote: list[ClaimDraft] = []
    for sent in article.sents:
        paragraph = sent.record.paragraph_index
        if paragraph != current_paragraph:
            starts_quote = bool(sent.tokens) and sent.tokens[0].text in QUOTES_OPEN
            if not (quote_open and starts_quote):
                quote_open = False
                quote_claimer = None if not starts_quote else quote_claimer
                pending_quote = []
            current_paragraph = paragraph
        starts_inside, quote_open_after = _quote_state(sent.tokens, quote_open)
        in_quote = starts_inside
        is_bullet = bool(sent.tokens) and sent.tokens[0].text in {"-", "•", "*"} and sent.record.sentence_index > 0
        if is_claim_sentence(sent, lex):
            for unit in split_units(sent, lex):
                draft = _draft(unit, lex, mention_heads, mentions_by_token, last_person)
                if draft.attribution is None and in_quote and quote_claimer is not None:
                    _inherit(draft, quote_claimer, "quote-continuation", lex)
                elif draft.attribution is None and is_bullet and last_actor_claimer is not None:
                    _inherit(draft, (last_actor_claimer[0], last_actor_claimer[1], Cue("list-after-reported-speech", [])), "list-continuation", lex)
                    if unit.tokens and unit.tokens[0].tag in {"VBG", "VB"}:
                        draft.claim_type, draft.type_cue = "prescription", Cue("list-action-item", [unit.tokens[0]])
                elif draft.attribution is None and in_quote:
                    pending_quote.append(draft)
                if draft.attribution is not None and draft.claimer_kind == "actor":
                    last_actor_claimer = (draft.attribution.claimer, draft.claimer_actor)
                    if in_quote or quote_open_after:
                        quote_claimer = (draft.attribution.claimer, draft.claimer_actor, draft.attribution.cue)
                        for earlier in pending_quote:
                            _inherit(earlier, quote_claimer, "quote-continuation", lex)
                        pending_quote = []
                drafts.append(draft)
        for tok in sent.tokens:
            m = mentions_by_token.get(tok.i)
            if m is not None and m.actor_type == "person" and m.actor_id:
                last_person = m.actor_id
        quote_open = quote_open_after
        if not quote_open and not starts_inside:
            pending_quote = []
    return drafts


def _inherit(draft: ClaimDraft, source: tuple[list[Tok], str | None, Cue], rule: str, lex: Lexicon) -> None:
    claimer, actor, cue = source
    draft.attribution = Attribution("actor", claimer, Cue(rule, cue.tokens), None, None)
    draft.claimer_kind, draft.claimer_actor, draft.inherited = "actor", actor, rule
    if draft.certainty == "asserted":
        draft.certainty, draft.certainty_cue = "reported", Cue(rule, cue.tokens)


def _draft(unit: Unit, lex: Lexicon, mention_heads: set[int], mentions_by_token: dict[int, MentionRecord], last_person: str | None) -> ClaimDraft:
    attribution = attribution_of(unit, lex, mention_heads)
    kind, actor = "author", None
    if attribution is not None:
        kind = attribution.kind
        if kind == "actor" and attribution.claimer:
            head = max(attribution.claimer, key=lambda t: (t.head is None or t.head not in attribution.claimer, -abs(t.i)))
            head = next((t for t in attribution.claimer if t.head is None or t.head not in attribution.claimer or t.head is t), attribution.claimer[-1])
            if head.lower in PERSON_PRONOUNS and len(attribution.claimer) == 1:
                actor = last_person
            else:
                mention = _mention_for(attribution.claimer, mentions_by_token, head)
                actor = mention.actor_id if mention is not None and mention.link_method != "alignment" else None
    ctype, tcue = claim_type(unit, attribution, lex)
    certainty, ccue = certainty_of(unit, attribution, lex)
    return ClaimDraft(unit, attribution, kind, actor, ctype, tcue, certainty, ccue)


def merge_units(drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """Join clause units of one sentence whose claimer, type and certainty are the same."""
    out: list[ClaimDraft] = []
    for draft in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.unit.sent is draft.unit.sent
            and (prev.claimer_kind, prev.claimer_actor, prev.claim_type, prev.certainty)
            == (draft.claimer_kind, draft.claimer_actor, draft.claim_type, draft.certainty)
        ):
            tokens = sorted(prev.unit.tokens + draft.unit.tokens, key=lambda t: t.i)
            prev.unit = Unit(prev.unit.sent, tokens, prev.unit.root)
            if prev.attribution is None:
                prev.attribution = draft.attribution
            continue
        out.append(draft)
    return out


def _roles(draft: ClaimDraft, mentions_by_token: dict[int, MentionRecord]) -> list[tuple[str, MentionRecord]]:
    """(role, mention) pairs for linked mentions in the claim: agents, patients, claimer, mentioned."""
    roles: list[tuple[str, MentionRecord]] = []
    in_unit = {t.i for t in draft.unit.tokens}
    claimer_ids = {t.i for t in (draft.attribution.claimer if draft.attribution else [])}
    seen: set[str] = set()
    for tok in draft.unit.tokens:
        m = mentions_by_token.get(tok.i)
        if m is None or not m.actor_id or m.mention_id in seen:
            continue
        seen.add(m.mention_id)
        head = next((t for t in draft.unit.tokens if t.i == m.head_i), tok)
        if head.i in claimer_ids or tok.i in claimer_ids:
            roles.append(("claimer", m))
            continue
        roles.append((_role_of(head, in_unit), m))
    return roles


def _role_of(tok: Tok, in_unit: set[int]) -> str:
    """Agent or patient from the dependency path to the clause's verb."""
    node = tok
    passive = False
    for _ in range(8):
        if node.dep in {"poss", "compound", "amod", "nmod", "appos", "conj"} and node.head is not None and node.head is not node:
            node = node.head
            continue
        if node.dep == "pobj" and node.head is not None and node.head.dep == "agent":
            return "agent"
        if node.dep == "pobj" and node.head is not None and node.head.lower == "by" and node.head.head is not None and node.head.head.tag == "VBN":
            return "agent"
        if node.dep in {"nsubj", "csubj"}:
            return "agent"
        if node.dep == "nsubjpass":
            return "patient"
        if node.dep in {"dobj", "iobj", "dative", "oprd"}:
            return "patient"
        if node.dep == "pobj" and node.head is not None and node.head.lower in {"on", "against", "to", "at", "for", "of"}:
            parent = node.head.head
            if parent is not None and (is_verb(parent) or parent.pos == "NOUN"):
                return "patient"
        break
    return "mentioned"


def claim_records(article: ParsedArticle, drafts: list[ClaimDraft], mentions: list[MentionRecord]) -> tuple[list[ClaimRecord], list[ClaimActorRecord]]:
    token_by_start = {t.start: t for t in article.tokens}
    mentions_by_token: dict[int, MentionRecord] = {}
    for m in mentions:
        tok = token_by_start.get(m.start)
        if tok is not None:
            for i in range(tok.i, m.head_i + 1):
                mentions_by_token.setdefault(i, m)
    claims: list[ClaimRecord] = []
    roles: list[ClaimActorRecord] = []
    for k, draft in enumerate(drafts):
        toks = draft.unit.tokens
        start, end = toks[0].start, toks[-1].end
        claim_id = f"{article.article_id}:c{k:04d}"
        att = draft.attribution
        claimer = att.claimer if att is not None and draft.claimer_kind == "actor" else []
        claimer_cue = att.cue if att is not None else Cue("author-default", [])
        claims.append(
            ClaimRecord(
                claim_id=claim_id,
                article_id=article.article_id,
                sentence_id=draft.unit.sent.sentence_id,
                start=start,
                end=end,
                text=article.span_text(start, end),
                claim_type=draft.claim_type,
                certainty=draft.certainty,
                claimer_kind=draft.claimer_kind,
                claimer_text=article.span_text(claimer[0].start, claimer[-1].end) if claimer else None,
                claimer_start=claimer[0].start if claimer else None,
                claimer_end=claimer[-1].end if claimer else None,
                claimer_actor_id=draft.claimer_actor,
                type_rule=draft.type_cue.rule,
                type_cue=_cue_text(article, draft.type_cue),
                type_cue_start=draft.type_cue.start,
                type_cue_end=draft.type_cue.end,
                certainty_rule=draft.certainty_cue.rule,
                certainty_cue=_cue_text(article, draft.certainty_cue),
                certainty_cue_start=draft.certainty_cue.start,
                certainty_cue_end=draft.certainty_cue.end,
                claimer_rule=draft.inherited or claimer_cue.rule,
                claimer_cue=_cue_text(article, claimer_cue),
                claimer_cue_start=claimer_cue.start,
                claimer_cue_end=claimer_cue.end,
            )
        )
        pairs = _roles(draft, mentions_by_token)
        emitted: set[tuple[str, str]] = set()
        for role, mention in pairs:
            key = (role, mention.actor_id or "")
            if key in emitted:
                continue
            emitted.add(key)
            roles.append(ClaimActorRecord(claim_id=claim_id, actor_id=mention.actor_id or "", role=role, mention_id=mention.mention_id))
        if draft.claimer_actor and ("claimer", draft.claimer_actor) not in emitted:
            roles.append(ClaimActorRecord(claim_id=claim_id, actor_id=draft.claimer_actor, role="claimer", mention_id=None))
    return claims, roles


def _cue_text(article: ParsedArticle, cue: Cue) -> str | None:
    if not cue.tokens:
        return None
    return article.span_text(cue.start, cue.end)


def extract_claims(articles: list[ParsedArticle], mentions: list[MentionRecord], lex: Lexicon) -> tuple[list[ClaimRecord], list[ClaimActorRecord]]:
    by_article: dict[str, list[MentionRecord]] = {}
    for m in mentions:
        by_article.setdefault(m.article_id, []).append(m)
    claims: list[ClaimRecord] = []
    roles: list[ClaimActorRecord] = []
    for article in articles:
        article_mentions = by_article.get(article.article_id, [])
        drafts = merge_units(extract_article(article, article_mentions, lex))
        c, r = claim_records(article, drafts, article_mentions)
        claims.extend(c)
        roles.extend(r)
    return claims, roles


# --- I/O edge ----------------------------------------------------------------------------------


def run(texts_path, sentences_path, tokens_path, mentions_path, lexicon_path, out_claims, out_roles) -> tuple[int, int]:
    """Extract one shard's claims; returns (claims, roles)."""
    from .parsed import load_shard
    from .tables import read_records, write_records

    articles = load_shard(Path(texts_path), Path(sentences_path), Path(tokens_path))
    mentions = read_records(Path(mentions_path), MentionRecord)
    claims, roles = extract_claims(articles, mentions, load_lexicon(Path(lexicon_path)))
    write_records(Path(out_claims), claims, ClaimRecord)
    write_records(Path(out_roles), roles, ClaimActorRecord)
    return len(claims), len(roles)
