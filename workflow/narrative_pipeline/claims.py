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
    evaluative_words: frozenset[str]
    evaluative_nouns: frozenset[str]
    desire_verbs: frozenset[str]


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
        evaluative_words=words("evaluative_words"),
        evaluative_nouns=words("evaluative_nouns"),
        desire_verbs=words("desire_verbs"),
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


RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
STANCE_ADJECTIVES = {"worried", "concerned", "confident", "convinced", "sure", "satisfied", "optimistic", "pessimistic", "aware", "adamant", "certain", "determined", "hopeful", "fearful", "unhappy", "happy", "angry", "disappointed"}
NEEDS_CLAUSE = {"promise", "expect", "hope", "fear", "plan", "find", "show", "name", "call", "ask", "accept", "welcome", "reject", "answer", "question", "recognise", "recognize", "feel", "think", "believe", "point", "signal", "project", "rule", "indicate", "reveal", "estimate", "forecast", "anticipate", "predict"}


def _effective_subject(verb: Tok) -> Tok | None:
    """The verb's subject; for a relative pronoun, the noun the relative clause attaches to."""
    subject = _subject(verb)
    if subject is not None and subject.lower in RELATIVE_PRONOUNS and verb.dep == "relcl" and verb.head is not None:
        return verb.head
    if subject is None and verb.tag == "VBG" and verb.dep in {"advcl", "pcomp", "xcomp"}:
        gov = verb.head
        while gov is not None and gov.dep == "prep" and gov.head is not gov:
            gov = gov.head
        if gov is not None and is_verb(gov):
            return _subject(gov)
    return subject


def quoted_indexes(tokens: list[Tok]) -> set[int]:
    """Token indexes inside quotation marks."""
    inside = False
    out: set[int] = set()
    for tok in tokens:
        if tok.text in {'"', "''", "``"} or tok.text in {"“", "”"}:
            if tok.text == "“":
                inside = True
            elif tok.text == "”":
                inside = False
            else:
                inside = not inside
            continue
        if inside:
            out.add(tok.i)
    return out


def attribution_of(unit: Unit, lex: Lexicon, mention_heads: set[int]) -> Attribution | None:
    """Who the unit attributes its proposition to, if anyone but the author."""
    in_unit = {t.i for t in unit.tokens}
    quoted = quoted_indexes(unit.sent.tokens)
    phrase = find_phrase(unit.tokens, lex.unnamed_phrases)
    # "according to X"
    for tok in unit.tokens:
        if tok.lower == "according":
            to = next((c for c in tok.children if c.lower == "to"), None)
            pobj = next((c for c in to.children if c.dep == "pobj"), None) if to else None
            if pobj is not None and tok.i not in quoted:
                if pobj.lower == "reports":
                    return Attribution("unnamed", [], Cue("according-to-reports", [tok, to, pobj]), None, None)
                if not is_source(pobj, mention_heads):
                    continue
                phrase = [t for t in pobj.subtree() if t.pos != "PUNCT"]
                return Attribution("actor", phrase, Cue("according-to", [tok, to]), None, None)
    candidates = []
    for tok in unit.tokens:
        if tok.lower in STANCE_ADJECTIVES and tok.dep in {"acomp", "ROOT", "conj"} and tok.head is not None:
            subject = _subject(tok.head) if tok.dep == "acomp" else _subject(tok)
            if subject is not None and is_source(subject, mention_heads) and subject.lower not in {"i", "we", "you"}:
                candidates.append(((tok.i in quoted, len(tok.ancestors())), Attribution("actor", claimer_tokens(subject), Cue("stance-adjective", [tok]), tok, None)))
            continue
        if not is_verb(tok):
            continue
        if lemma(tok) not in lex.reporting_verbs:
            frame = _quote_frame_verb(unit, tok, quoted)
            if frame is not None and is_source(frame, mention_heads):
                inner = next((c for c in tok.children if c.dep in {"ccomp", "parataxis", "xcomp"} and c.i in quoted), None)
                content = inner if inner is not None else (tok.head if tok.head is not tok else None)
                candidates.append(((False, 0), Attribution("actor", claimer_tokens(frame), Cue("quote-frame", [tok]), tok, content)))
            continue
        if any(c.tag == "TO" for c in tok.children):
            continue
        clausal = [c for c in tok.children if c.dep in {"ccomp", "xcomp"} and c.i in in_unit]
        clausal += [
            g for c in tok.children if c.dep == "dobj" for g in c.children
            if g.dep in {"acl", "ccomp"} and any(m.lower == "that" and m.dep == "mark" for m in g.children)
        ]
        bare = not any(c.dep in {"dobj", "ccomp", "xcomp", "attr", "acomp"} for c in tok.children)
        final_frame = _final_frame_content(tok, unit)
        if final_frame is not None:
            clausal = [final_frame] + clausal
        inverted = tok.dep in {"parataxis", "ccomp"} and tok.head.i in in_unit and tok.head.i < tok.i and bare
        colon = any(c.text == ":" for c in tok.children) or any(t.text in QUOTES_OPEN for t in unit.tokens)
        speech = lemma(tok) in lex.speech_acts
        agent = next((c for c in tok.children if c.dep == "agent"), None)
        subject = _effective_subject(tok)
        rank = (tok.i in quoted, len(tok.ancestors()))
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep == "pobj"), None)
            if pobj is not None and is_source(pobj, mention_heads):
                candidates.append((rank, Attribution("actor", claimer_tokens(pobj), Cue("passive-agent", [tok]), tok, clausal[0] if clausal else None)))
            continue
        if subject is None:
            continue
        if subject.dep == "nsubjpass" and subject.lower == "it":
            continue
        person_subject = subject.i in mention_heads or subject.lower in PERSON_PRONOUNS or subject.pos == "PROPN"
        fallback = person_subject and lemma(tok) not in NEEDS_CLAUSE and tok.dep in {"ROOT", "conj", "relcl"}
        if not (clausal or inverted or colon or speech or fallback):
            continue
        if not is_source(subject, mention_heads):
            continue
        content = clausal[0] if clausal else (tok.head if inverted else None)
        rule = "inverted-reporting" if inverted else ("relative-reporting" if tok.dep == "relcl" else "reporting-verb")
        candidates.append((rank, Attribution("actor", claimer_tokens(subject), Cue(rule, [tok]), tok, content)))
    if candidates:
        candidates.sort(key=lambda c: (c[0], c[1].cue.tokens[0].i))
        return candidates[0][1]
    if phrase is not None:
        return Attribution("unnamed", [], Cue("unnamed-attribution", phrase), None, None)
    return None


def _final_frame_content(verb: Tok, unit: Unit) -> Tok | None:
    """'..., the court has ruled.': a reporting verb closing the sentence after a comma frames
    everything before it; returns the head of that content."""
    toks = unit.sent.tokens
    later = [t for t in toks if t.i > verb.i and t.pos not in {"PUNCT", "SPACE"}]
    if later:
        return None
    subject = _subject(verb)
    if subject is None:
        return None
    first_subject = min(t.i for t in subject.subtree())
    comma = next((t for t in toks if t.i == first_subject - 1), None)
    if comma is None or comma.text not in {",", "—", "–", "-"}:
        return None
    before = [c for c in verb.children if c.i < first_subject and c.pos not in {"PUNCT", "SPACE"}]
    return before[0] if before else None


def _quote_frame_verb(unit: Unit, verb: Tok, quoted: set[int]) -> Tok | None:
    """'"...," X continues.': a short clause after a closing quote frames the quote; returns X."""
    toks = unit.sent.tokens
    pos = next((k for k, t in enumerate(toks) if t is verb), None)
    if pos is None or verb.i in quoted or len(toks) - pos > 4:
        return None
    before = [t.text for t in toks[max(0, pos - 5) : pos]]
    if not any(q in before for q in ('"', "”", "''")) or not quoted:
        return None
    subject = _subject(verb)
    if subject is None or subject.i in quoted:
        return None
    return subject


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


def _near(tok: Tok, root: Tok, hops: int = 2) -> bool:
    """Whether tok is root or hangs from it within `hops` arcs."""
    node = tok
    for _ in range(hops + 1):
        if node is root:
            return True
        if node.head is None or node.head is node:
            return False
        node = node.head
    return False


def _clause_verbs(root: Tok) -> list[Tok]:
    """The content root and the verbs coordinated with it."""
    return [root] + [c for c in root.children if c.dep == "conj" and is_verb(c)]


def _is_present(tok: Tok) -> bool:
    return tok.tag in {"VBZ", "VBP"} or tok.lower in {"is", "are", "'s", "'re", "am"}


def claim_type(unit: Unit, attribution: Attribution | None, lex: Lexicon) -> tuple[str, Cue]:
    """Prescription, prediction, assessment or event, with the cue that decided it."""
    root, content = _content_tokens(unit, attribution)
    verb = attribution.verb if attribution is not None else None
    verbs = _clause_verbs(root)
    aux = [a for v in verbs for a in _aux(v)]
    framing = find_phrase(content, (("it", "should", "be"), ("should", "be", "noted"), ("should", "be", "understood")))
    if framing is None:
        for tok in aux:
            if tok.lower in lex.prescription_modals:
                return "prescription", Cue("modal-prescription", [tok])
    phrase = find_phrase(content, lex.prescription_phrases)
    if phrase is not None and any(_near(t, root) for t in phrase):
        return "prescription", Cue("phrase-prescription", phrase)
    subject = _subject(root)
    first_person = subject is not None and subject.lower in {"i", "we"}
    if first_person and lemma(root) in lex.desire_verbs:
        return "prescription", Cue("first-person-desire", [root])
    if lemma(root) in lex.prescription_verbs and (verb is None or first_person) and lemma(root) not in lex.desire_verbs:
        return "prescription", Cue("verb-prescription", [root])
    if verb is not None and lemma(verb) in lex.prescription_verbs and lemma(verb) != "want" and attribution is not None and attribution.content is None:
        return "prescription", Cue("speech-act-prescription", [verb])
    copula_adj = lemma(root) in {"be", "seem", "remain", "become", "look", "sound"} and any(c.dep == "acomp" for c in root.children)
    for tok in aux:
        if tok.lower in lex.prediction_modals:
            return "prediction", Cue("modal-future", [tok])
    for tok in aux:
        if tok.lower in lex.conditional_modals and not copula_adj:
            return "prediction", Cue("modal-conditional", [tok])
    for tok in aux:
        if tok.lower in {"could", "may", "might"} and not copula_adj and lemma(tok.head) != "be":
            return "prediction", Cue("modal-possibility", [tok])
    phrase = find_phrase(content, lex.prediction_phrases)
    if phrase is not None and any(_near(t, root, 1) for t in phrase):
        return "prediction", Cue("phrase-future", phrase)
    has_clause = any(c.dep in {"xcomp", "ccomp"} for c in root.children)
    if lemma(root) in lex.prediction_verbs and has_clause:
        return "prediction", Cue("verb-future", [root])
    if verb is not None and lemma(verb) in lex.prediction_verbs and (attribution is not None and attribution.content is not None):
        future = next((t for t in content if t.lower in lex.prediction_modals | lex.conditional_modals and t.dep == "aux"), None)
        if future is not None or any(c.dep == "xcomp" for c in verb.children):
            return "prediction", Cue("reporting-future", [verb])
    future = next((t for t in content if t.lower in lex.prediction_modals and t.dep == "aux" and _near(t, root, 3)), None)
    if future is not None:
        return "prediction", Cue("modal-future", [future])
    if copula_adj:
        acomp = next(c for c in root.children if c.dep == "acomp")
        return "assessment", Cue("copula-adjective", [acomp])
    because = next((m for v in verbs for c in v.children if c.dep == "advcl" for m in c.children if m.dep == "mark" and m.lower in {"because", "since"}), None)
    if because is not None:
        return "assessment", Cue("explanation", [because])
    if lemma(root) == "be":
        complement = next((c for c in root.children if c.dep in {"attr", "acomp"}), None)
        if complement is not None and any(t.text in QUOTES_OPEN | QUOTES_CLOSE for t in complement.subtree()):
            return "assessment", Cue("quoted-complement", [complement])
    passive = any(c.dep == "auxpass" for c in root.children)
    for tok in aux:
        if tok.lower in {"can", "ca", "cannot"} and not passive:
            return "assessment", Cue("modal-ability", [tok])
    if lemma(root) in lex.assessment_verbs:
        return "assessment", Cue("verb-assessment", [root])
    if verb is not None and lemma(verb) in lex.assessment_verbs and attribution is not None and attribution.content is None:
        return "assessment", Cue("speech-act-assessment", [verb])
    evaluative = next(
        (t for t in content if _near(t, root, 2) and ((t.lower in lex.evaluative_words and t.pos in {"ADJ", "ADV"}) or t.lower in lex.evaluative_nouns)),
        None,
    )
    if evaluative is not None:
        return "assessment", Cue("evaluative-word", [evaluative])
    phrase = find_phrase(unit.tokens, lex.assessment_phrases)
    if phrase is not None:
        return "assessment", Cue("phrase-assessment", phrase)
    if attribution is not None and lemma(root) == "be" and not any(c.dep == "expl" for c in root.children):
        return "assessment", Cue("reported-state", [root])
    if attribution is not None and root.tag in {"VBZ", "VBP"} and not _aux(root):
        return "assessment", Cue("reported-present", [root])
    if lemma(root) == "be" and _is_present(root) and any(c.dep in {"attr", "prep"} for c in root.children):
        if not any(c.dep == "expl" or c.lower in NON_SOURCES for c in root.children):
            attr = next(c for c in root.children if c.dep in {"attr", "prep"})
            return "assessment", Cue("present-copula", [attr])
    return "event", Cue("default-event", [root])


def certainty_of(unit: Unit, attribution: Attribution | None, lex: Lexicon) -> tuple[str, Cue]:
    """Hedged when a hedge qualifies the main clause; else reported when attributed; else asserted."""
    phrase = find_phrase(unit.tokens, lex.hedge_phrases)
    if phrase is not None:
        return "hedged", Cue("hedge-phrase", phrase)
    main = {unit.root.i} | {c.i for c in unit.root.children if c.dep in {"ccomp", "xcomp", "conj", "advcl"}}
    if attribution is not None and attribution.content is not None:
        main |= {attribution.content.i} | {c.i for c in attribution.content.children if c.dep in {"ccomp", "xcomp", "conj"}}
    for tok in unit.tokens:
        governs = tok.head.i if tok.head is not None else tok.i
        if tok.lower in lex.hedge_words and (governs in main or tok.i in main):
            return "hedged", Cue("hedge-word", [tok])
        if is_verb(tok) and lemma(tok) in lex.hedge_verbs and tok.i in main:
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
    if any(t.text == "?" for t in sent.tokens):
        return False
    if sent.tokens[-1].text == ":" or (len(sent.tokens) > 1 and sent.tokens[-2].text == ":"):
        return False
    if words[0].lower in lex.not_claim_first_words and words[0].tag == "VB" and words[0].dep == "ROOT":
        return False
    return any(is_verb(t) or t.tag == "VBG" for t in words)


def _clean(tokens: list[Tok]) -> list[Tok]:
    """Trim leading conjunctions and punctuation, trailing commas, dashes and open brackets."""
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and ((toks[0].dep in {"cc", "punct"} and toks[0].text not in QUOTES_OPEN) or (toks[0].lower in {"and", "but", "so", "or"} and toks[0].dep in {"cc", "mark"}) or toks[0].text in {"-", "•"}):
        toks = toks[1:]
    while toks and toks[-1].text in {",", ";", "-", "—", "–", "(", "[", "and", "but", "so"}:
        toks = toks[:-1]
    return toks


SPLIT_MARKERS = {"so", "while", "whereas", "although", "though"}
NON_SOURCES = {"it", "this", "that", "which", "these", "those", "there", "what"}


def _has_own_attribution(tok: Tok, lex: Lexicon) -> bool:
    """A clause whose subtree holds its own reporting verb with a subject, or an unnamed phrase."""
    sub = tok.subtree()
    if find_phrase(sub, lex.unnamed_phrases) is not None or find_phrase(sub, lex.hedge_phrases) is not None:
        return True
    return any(
        is_verb(t) and lemma(t) in lex.reporting_verbs and _subject(t) is not None and _subject(t).lower not in NON_SOURCES
        for t in sub
    )


def _split_points(toks: list[Tok], root: Tok, lex: Lexicon) -> list[Tok]:
    """Heads of clauses that may be claims of their own."""
    content_roots = {root} | {c for c in root.children if c.dep in {"ccomp", "xcomp"}}
    subs: list[Tok] = []
    for tok in toks:
        if not is_verb(tok) or tok is root:
            continue
        own_subject = _subject(tok) is not None
        tense_aux = any(c.dep == "aux" and c.tag != "TO" for c in tok.children)
        attributed = _has_own_attribution(tok, lex)
        marker = {c.lower for c in tok.children if c.dep in {"mark", "cc"}}
        if tok.dep == "conj" and tok.head in content_roots and (own_subject or tense_aux or attributed):
            subs.append(tok)
        elif tok.dep == "relcl" and attributed and any(_subject(t) is not None and lemma(t) in lex.reporting_verbs for t in tok.subtree()):
            subs.append(tok)
        elif tok.dep in {"advcl", "acl"} and tok.head in content_roots and attributed and (own_subject or marker & SPLIT_MARKERS or tok.tag == "VBN"):
            subs.append(tok)
    return subs


def split_units(sent: Sent, lex: Lexicon) -> list[Unit]:
    """Candidate clause units of a sentence: the main clause and clauses that may differ."""
    toks = sent.tokens
    roots = [t for t in toks if t.head is t or t.head is None or t.head.sent != t.sent]
    root = roots[0] if roots else toks[0]
    units: list[Unit] = []
    taken: set[int] = set()
    for sub in sorted(_split_points(toks, root, lex), key=lambda t: (len(t.subtree()), -t.i)):
        span = [t for t in sub.subtree() if t.i not in taken]
        span = _clean(span)
        if not span:
            continue
        first, last = span[0].i, span[-1].i
        block = [t for t in toks if first <= t.i <= last and t.i not in taken]
        taken.update(t.i for t in block)
        units.append(Unit(sent, _clean(block), sub))
    quote = _colon_quote(toks, taken)
    if quote:
        taken.update(t.i for t in quote)
        units.append(Unit(sent, _clean(quote), _head_token(quote)))
    rest = [t for t in toks if t.i not in taken]
    if taken and rest:
        # the main clause: the contiguous run of remaining tokens around its root
        k = next((n for n, t in enumerate(rest) if t is root), 0)
        lo = hi = k
        while lo > 0 and rest[lo - 1].i == rest[lo].i - 1:
            lo -= 1
        while hi < len(rest) - 1 and rest[hi + 1].i == rest[hi].i + 1:
            hi += 1
        rest = rest[lo : hi + 1]
    rest = _clean(rest)
    if rest:
        units.append(Unit(sent, rest, root))
    return sorted([u for u in units if u.tokens], key=lambda u: u.tokens[0].i)


def _head_token(tokens: list[Tok]) -> Tok:
    ids = {t.i for t in tokens}
    words = [t for t in tokens if t.pos not in {"PUNCT", "SPACE"}] or tokens
    return next((t for t in words if t.head is None or t.head.i not in ids or t.head is t), words[0])


def _colon_quote(toks: list[Tok], taken: set[int]) -> list[Tok]:
    """A whole quotation after a colon that ends the sentence: 'with the slogan: "..."'."""
    for k, tok in enumerate(toks[:-2]):
        if tok.text == ":" and toks[k + 1].text in QUOTES_OPEN and k > 2:
            quote = [t for t in toks[k + 1 :] if t.i not in taken]
            words = [t for t in quote if t.pos not in {"PUNCT", "SPACE"}]
            if len(words) >= 3 and any(is_verb(t) for t in quote):
                return quote
    return []


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


def mention_index(article: ParsedArticle, mentions: list[MentionRecord]) -> dict[int, MentionRecord]:
    """Token index -> the mention covering that token."""
    token_by_start = {t.start: t for t in article.tokens}
    index: dict[int, MentionRecord] = {}
    for m in mentions:
        tok = token_by_start.get(m.start)
        if tok is not None:
            for i in range(tok.i, m.head_i + 1):
                index.setdefault(i, m)
    return index


def _quote_open_after(tokens: list[Tok], open_before: bool) -> bool:
    """Whether a quotation is open at the end of the sentence."""
    inside = open_before
    for tok in tokens:
        if tok.text in {'"', "''"}:
            inside = not inside
        elif tok.text in {"“", "«", "``"}:
            inside = True
        elif tok.text in {"”", "»"}:
            inside = False
    return inside


@dataclass
class Discourse:
    """What the article has established so far: the last person in subject position, the last
    actor claimer, and the speaker of an open quotation."""

    last_subject_person: str | None = None
    last_claimer: tuple[list[Tok], str | None] | None = None
    last_claimer_paragraph: int = -10
    quote_claimer: tuple[list[Tok], str | None, Cue] | None = None
    pending_quote: list[ClaimDraft] = field(default_factory=list)
    quote_open: bool = False
    paragraph: int = -1


def _sentence_drafts(sent: Sent, lex: Lexicon, mention_heads: set[int], mentions_by_token: dict[int, MentionRecord], state: Discourse) -> list[ClaimDraft]:
    """Drafts for the clause units of one sentence, attributions shared where the syntax says so."""
    units = split_units(sent, lex)
    whole = Unit(sent, sent.tokens, units[-1].root if units else sent.tokens[0])
    quoted = quoted_indexes(sent.tokens)
    frame = attribution_of(whole, lex, mention_heads) if len(units) > 1 or quoted else None
    if frame is not None and frame.verb is not None and frame.verb.i in quoted:
        frame = None
    drafts: list[ClaimDraft] = []
    for k, unit in enumerate(units):
        draft = _draft(unit, lex, mention_heads, mentions_by_token, state.last_subject_person)
        inside = sum(1 for t in unit.tokens if t.i in quoted) >= 0.6 * max(1, len(unit.tokens))
        own_outside = draft.attribution is not None and not any(t.i in quoted for t in draft.attribution.cue.tokens)
        if frame is not None and inside and not own_outside:
            _set_attribution(draft, frame, lex, mention_heads, mentions_by_token, state.last_subject_person, "quote-frame")
        elif draft.attribution is None and drafts:
            governor = next((d for d in reversed(drafts) if d.attribution is not None and d.attribution.verb is not None), None)
            if governor is not None and governor.attribution.verb in unit.root.ancestors():
                _set_attribution(draft, governor.attribution, lex, mention_heads, mentions_by_token, state.last_subject_person, "shared-reporting-verb")
        drafts.append(draft)
    drafts = _colon_quotes(drafts, lex, mention_heads, mentions_by_token, state)
    return [d for d in drafts if not _only_frame(d)]


def _colon_quotes(drafts: list[ClaimDraft], lex: Lexicon, mention_heads: set[int], mentions_by_token: dict[int, MentionRecord], state: Discourse) -> list[ClaimDraft]:
    """'X told Y: "..."' is one claim by X; 'X did Z with the slogan: "..."' gives the quote to X."""
    out: list[ClaimDraft] = []
    for draft in drafts:
        lead = out[-1] if out else None
        is_quote = draft.unit.tokens[0].text in QUOTES_OPEN and lead is not None and lead.unit.tokens and lead.unit.tokens[-1].text == ":"
        if not is_quote:
            out.append(draft)
            continue
        if lead.attribution is not None and lead.attribution.verb is not None and lead.attribution.verb is lead.unit.root:
            merged_unit = Unit(draft.unit.sent, lead.unit.tokens + draft.unit.tokens, draft.unit.root)
            quote_draft = _draft(draft.unit, lex, mention_heads, mentions_by_token, state.last_subject_person)
            lead.unit = merged_unit
            lead.claim_type, lead.type_cue = quote_draft.claim_type, quote_draft.type_cue
            if quote_draft.certainty == "hedged":
                lead.certainty, lead.certainty_cue = quote_draft.certainty, quote_draft.certainty_cue
            continue
        subject = _effective_subject(lead.unit.root)
        if draft.attribution is None and subject is not None and is_source(subject, mention_heads):
            frame = Attribution("actor", claimer_tokens(subject), Cue("colon-quote", [lead.unit.tokens[-1]]), None, None)
            _set_attribution(draft, frame, lex, mention_heads, mentions_by_token, state.last_subject_person, "colon-quote")
        out.append(draft)
    return out


def _only_frame(draft: ClaimDraft) -> bool:
    """A unit that is nothing but a reporting frame ('" he says.')."""
    att = draft.attribution
    if att is None:
        return False
    frame = {t.i for t in att.claimer} | {t.i for t in att.cue.tokens}
    words = [t for t in draft.unit.tokens if t.pos not in {"PUNCT", "SPACE"} and t.text not in QUOTES_OPEN | QUOTES_CLOSE]
    return bool(words) and all(t.i in frame for t in words)


def _set_attribution(draft: ClaimDraft, attribution: Attribution, lex: Lexicon, mention_heads: set[int], mentions_by_token: dict[int, MentionRecord], last_person: str | None, rule: str) -> None:
    draft.attribution = Attribution(attribution.kind, attribution.claimer, attribution.cue, attribution.verb, None)
    draft.claimer_kind = attribution.kind
    draft.claimer_actor = _claimer_actor(attribution, mentions_by_token, last_person)
    draft.inherited = rule
    certainty, cue = certainty_of(draft.unit, draft.attribution, lex)
    draft.certainty, draft.certainty_cue = certainty, cue


def extract_article(article: ParsedArticle, mentions: list[MentionRecord], lex: Lexicon) -> list[ClaimDraft]:
    """Claim drafts of one article, in text order."""
    mentions_by_token = mention_index(article, mentions)
    mention_heads = set(mentions_by_token)
    drafts: list[ClaimDraft] = []
    state = Discourse()
    for sent in article.sents:
        paragraph = sent.record.paragraph_index
        starts_with_quote = bool(sent.tokens) and sent.tokens[0].text in QUOTES_OPEN
        if paragraph != state.paragraph:
            if not (state.quote_open and starts_with_quote):
                state.quote_open, state.pending_quote = False, []
                if not starts_with_quote:
                    state.quote_claimer = None
            state.paragraph = paragraph
        quote_open_after = _quote_open_after(sent.tokens, state.quote_open)
        closes_quote = any(t.text in QUOTES_CLOSE for t in sent.tokens)
        in_quote = starts_with_quote or (state.quote_open and closes_quote)
        is_bullet = bool(sent.tokens) and sent.tokens[0].text in {"-", "•", "*", "–"}
        if is_claim_sentence(sent, lex):
            for draft in _sentence_drafts(sent, lex, mention_heads, mentions_by_token, state):
                if draft.attribution is None and in_quote and state.quote_claimer is not None:
                    _inherit(draft, state.quote_claimer, "quote-continuation")
                elif draft.attribution is None and _whole_quote(sent) and state.last_claimer is not None and paragraph - state.last_claimer_paragraph <= 1:
                    _inherit(draft, (state.last_claimer[0], state.last_claimer[1], Cue("quote-of-last-speaker", [])), "quote-of-last-speaker")
                elif draft.attribution is None and is_bullet and state.last_claimer is not None:
                    _inherit(draft, (state.last_claimer[0], state.last_claimer[1], Cue("list-after-reported-speech", [])), "list-continuation")
                elif draft.attribution is None and in_quote:
                    state.pending_quote.append(draft)
                if is_bullet and _is_action_item(draft.unit.tokens):
                    draft.claim_type, draft.type_cue = "prescription", Cue("list-action-item", [_first_word(draft.unit.tokens)])
                if draft.attribution is not None and draft.claimer_kind == "actor":
                    state.last_claimer = (draft.attribution.claimer, draft.claimer_actor)
                    state.last_claimer_paragraph = paragraph
                    if in_quote or quote_open_after:
                        state.quote_claimer = (draft.attribution.claimer, draft.claimer_actor, draft.attribution.cue)
                        for earlier in state.pending_quote:
                            _inherit(earlier, state.quote_claimer, "quote-continuation")
                        state.pending_quote = []
                drafts.append(draft)
        for tok in sent.tokens:
            m = mentions_by_token.get(tok.i)
            if m is not None and m.actor_type == "person" and m.actor_id and tok.i == m.head_i and _climb(tok).dep in {"nsubj", "nsubjpass"}:
                state.last_subject_person = m.actor_id
        state.quote_open = quote_open_after
        if not state.quote_open:
            state.pending_quote = []
    return drafts


def _whole_quote(sent: Sent) -> bool:
    """A sentence that is nothing but a quotation (opens with a quote mark, closes with one)."""
    toks = [t for t in sent.tokens if t.text not in {".", ",", "!"}]
    return len(toks) > 3 and toks[0].text in QUOTES_OPEN and toks[-1].text in QUOTES_CLOSE


def _climb(tok: Tok) -> Tok:
    """From a name token to the head of its noun phrase (through compounds and appositions)."""
    node = tok
    while node.dep in {"compound", "flat", "appos", "conj"} and node.head is not None and node.head is not node:
        node = node.head
    return node


def _first_word(tokens: list[Tok]) -> Tok:
    return next((t for t in tokens if t.text.isalpha()), tokens[0])


def _is_action_item(tokens: list[Tok]) -> bool:
    """A list item that starts with what to do: 'Upgrading security ...', 'Ban imports ...'."""
    words = [t for t in tokens if t.text.isalpha()]
    if not words:
        return False
    first = words[0]
    if first.lower in {"when", "where", "if", "as"}:
        later = next((t for t in words[1:] if t.tag in {"VBG", "VB"} or (t.lower.endswith("ing") and t.text[:1].isalpha())), None)
        return later is not None and not any(c.dep in SUBJECT_DEPS for c in later.children)
    return first.tag in {"VBG", "VB"} or (first.lower.endswith("ing") and first.text[:1].isupper())


def _inherit(draft: ClaimDraft, source: tuple[list[Tok], str | None, Cue], rule: str) -> None:
    claimer, actor, cue = source
    draft.attribution = Attribution("actor", claimer, Cue(rule, cue.tokens), None, None)
    draft.claimer_kind, draft.claimer_actor, draft.inherited = "actor", actor, rule
    if draft.certainty == "asserted":
        draft.certainty, draft.certainty_cue = "reported", Cue(rule, cue.tokens)


def _claimer_actor(attribution: Attribution, mentions_by_token: dict[int, MentionRecord], last_person: str | None) -> str | None:
    """The actor a claimer phrase names or qualifies; pronouns go to the last person in subject position."""
    if attribution.kind != "actor" or not attribution.claimer:
        return None
    claimer = attribution.claimer
    ids = {t.i for t in claimer}
    head = next((t for t in claimer if t.head is None or t.head.i not in ids or t.head is t), claimer[-1])
    if head.lower in PERSON_PRONOUNS and len(claimer) == 1:
        return last_person
    mention = _mention_for(claimer, mentions_by_token, head)
    return mention.actor_id if mention is not None and mention.link_method != "alignment" else None


def _draft(unit: Unit, lex: Lexicon, mention_heads: set[int], mentions_by_token: dict[int, MentionRecord], last_person: str | None) -> ClaimDraft:
    attribution = attribution_of(unit, lex, mention_heads)
    kind = attribution.kind if attribution is not None else "author"
    actor = _claimer_actor(attribution, mentions_by_token, last_person) if attribution is not None else None
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
        span = [t for t in draft.unit.tokens if tok.i <= t.i <= m.head_i]
        head = _head_token(span) if span else tok
        if head.i in claimer_ids or tok.i in claimer_ids:
            roles.append(("claimer", m))
            continue
        roles.append((_role_of(head, in_unit), m))
    return roles


def _role_of(tok: Tok, in_unit: set[int]) -> str:
    """Agent or patient from the dependency path to the clause's verb."""
    node = tok
    for _ in range(8):
        if node.dep in {"poss", "compound", "amod", "nmod", "appos", "conj"} and node.head is not None and node.head is not node:
            node = node.head
            continue
        if node.dep == "pobj" and node.head is not None and node.head.lower == "of" and node.head.head is not None and not is_verb(node.head.head):
            node = node.head.head  # "the headquarters of X": X shares the role of the headquarters
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
    mentions_by_token = mention_index(article, mentions)
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


def run(texts_path, sentences_path, tokens_path, mentions_path, lexicon_path, out_claims, out_roles, model_path=None) -> tuple[int, int]:
    """Extract one shard's claims (the rules, then the classifier when a model is given); returns (claims, roles)."""
    from .parsed import load_shard
    from .tables import read_records, write_records

    articles = load_shard(Path(texts_path), Path(sentences_path), Path(tokens_path))
    mentions = read_records(Path(mentions_path), MentionRecord)
    lex = load_lexicon(Path(lexicon_path))
    claims, roles = extract_claims(articles, mentions, lex)
    if model_path is not None:
        from .classify import apply_model, load_model

        claims, roles = apply_model(claims, roles, articles, mentions, load_model(Path(model_path)), lex)
    write_records(Path(out_claims), claims, ClaimRecord)
    write_records(Path(out_roles), roles, ClaimActorRecord)
    return len(claims), len(roles)
