"""Attribution rules that read a phrase of the unit rather than a reporting frame: "according to X",
a sentence closed by ", <source> <reporting verb>." that the parser did not read as a frame, a phrase
of an unnamed source ("it is reported that"), and an agentless passive of belief or report ("X is
expected to ..."). Each takes the unit's `AttributionContext` (claims/attribution.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parsed import Tok
from ..syntax import find_phrase, in_adverbial_clause, in_modifier, lemma, set_off_participle
from .impersonal import impersonal_passive, speech_act_object
from .model import Attribution, Cue
from .sources import is_source
from .verbs import reports_the_noun_only

if TYPE_CHECKING:
    from .attribution import AttributionContext

# Frames whose subject is a speaker: they win over data cited with "according to".
SPEAKER_FRAMES = frozenset({"reporting-verb", "inverted-reporting", "newsroom-finding", "targeted-speech-act"})


def words_up_to_comma(tokens: list[Tok], after: int, limit: int = 8) -> list[Tok]:
    """The words after token `after` up to the next punctuation (none when more than `limit`)."""
    out: list[Tok] = []
    for t in tokens:
        if t.i <= after:
            continue
        if t.pos == "PUNCT" or t.pos == "SPACE":
            break
        out.append(t)
    return out if len(out) <= limit else []


def according_to_reports(ctx: AttributionContext) -> Attribution | None:
    if ctx.according is None or ctx.according[2].lower != "reports" or reports_of(ctx.according[2], ctx):
        return None
    return Attribution("unnamed", [], Cue("according-to-reports", list(ctx.according[:3])), None, None)


def according_to(ctx: AttributionContext) -> Attribution | None:
    if ctx.according is None:
        return None
    tok, to, head, phrase = ctx.according
    if head.lower == "reports":
        source = reports_of(head, ctx)
        return Attribution("actor", source, Cue("according-to", [tok, to]), None, None) if source else None
    if cites_data(ctx):
        return None
    return Attribution("actor", phrase, Cue("according-to", [tok, to]), None, None)


# the prepositions that say whose reports they are ('reports in the Hollywood Reporter', 'reports from Interfax')
REPORTS_OF = frozenset({"in", "from", "by"})
# the entity labels of a place, whose reports are no one's ('press reports in China', 'recent reports from China')
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})


def reports_of(reports: Tok, ctx: AttributionContext) -> list[Tok]:
    """'according to reports in the Hollywood Reporter trade newspaper', '... reports from Russian News Agency
    Interfax': the source phrase whose reports they are, the object of the reports' 'in' / 'from' / 'by' when it is a
    source and no place (ANNOTATION: the unnamed case is a source with no phrase; review76's finding 4, fix95); none
    for 'according to reports', 'press reports in China'."""
    for prep in reports.children:
        if prep.dep != "prep" or prep.lower not in REPORTS_OF:
            continue
        pobj = next((c for c in prep.children if c.dep == "pobj"), None)
        if pobj is None or pobj.ent_type in PLACE_LABELS or not is_source(pobj, ctx.scope):
            continue
        return [t for t in pobj.subtree() if t.pos != "PUNCT"]
    return []


def cites_data(ctx: AttributionContext) -> bool:
    """'According to the figures, unemployment fell, the secretary said': data named after
    'according to' (`evidence_nouns`) are cited by the sentence's speaker, whose reporting frame
    (outside the data's words) then puts the claim forward; so is any other noun that names no source
    ('She said the full advice should have been attached, according to the ministerial code': hers)."""
    _, _, head, phrase = ctx.according
    if lemma(head) not in ctx.scope.lex.evidence_nouns and is_source(head, ctx.scope):
        return False
    frame = ctx.best_frame
    if frame is None or frame.cue.rule not in SPEAKER_FRAMES:
        return False
    data = {t.i for t in phrase}
    return not any(t.i in data for t in frame.claimer)


CLOSING_MARKS = frozenset({'"', "'", "\u201d", "\u2019", "''"})


def verbal(tok: Tok) -> bool:
    """A verb or auxiliary that is no name: the parser reads the name May of '"...," May wrote.' as
    a modal, capitalised after a quotation (a modal inside a sentence is lower-case)."""
    return tok.pos == "VERB" or (tok.pos == "AUX" and not tok.text[:1].isupper())


def tail_frame(ctx: AttributionContext) -> Attribution | None:
    """'..., Telewest predicts.', '..., elections chief Lord Rennard said.', '"...," May wrote.': the
    sentence ends with a comma (and the marks closing a quotation), a source of at most seven words
    (capitalised, or a source noun or pronoun) and a lower-case reporting verb, and no frame rule
    found that source (the parser tagged the verb a noun, the name a list item or a modal)."""
    lex, toks = ctx.scope.lex, ctx.unit.sent.tokens
    end = len(toks)
    while end and toks[end - 1].pos in {"PUNCT", "SPACE"}:
        end -= 1
    if end < 3 or toks[end - 1].i not in ctx.in_unit or toks[end - 1].i in ctx.quoted:
        return None
    verb = toks[end - 1]
    if not verb.text.islower() or verb.pos == "PROPN":
        return None  # "..., Hopes And Fears.": a title, not a source and its verb
    if lemma(verb) not in lex.reporting_verbs and verb.lower not in lex.reporting_verbs:
        return None
    comma = next((k for k in range(end - 2, max(end - 10, 0), -1) if toks[k].text == ","), None)
    if comma is None:
        return None
    if lemma(verb) in lex.reply_verbs and not any(t.i in ctx.quoted for t in toks[:comma]):
        return None  # "Mr Howard spoke first, Mr Kennedy replied": a turn, the clause before it narrated
    start = comma + 1
    while start < end - 1 and toks[start].text in CLOSING_MARKS:
        start += 1  # '"...," May wrote.': the quotation closes after its comma
    source = toks[start : end - 1]
    if not source or len(source) > 7 or any(t.pos == "PUNCT" or verbal(t) for t in source):
        return None
    if source[0].lower in lex.relative_pronouns:
        return None  # "..., which he denies.": a relative clause on the noun before it, no frame (fix95)
    if verb.dep == "relcl" and reports_the_noun_only(verb, lex) and not is_source(verb.head, ctx.scope):
        return None  # "..., a charge the company denies.": the charge is no source (fix95)
    last = source[-1]
    named = last.text[:1].isupper() and source[0].text[:1].isupper() and last.pos in {"PROPN", "NOUN", "ADJ", "AUX"}
    if not (named or is_source(last, ctx.scope)):
        return None
    while source and source[0].lower in lex.determiners:
        source = source[1:]
    return Attribution("actor", source, Cue("tail-frame", [verb]), verb, None) if source else None


CITATION_MAX_WORDS = 8  # words of a cited source before its year ("World Meteorological Organization")
CITATION_LINKS = frozenset({"&", "and", "of", "for", "on", "the", "et", "al", "al."})
# what a bracket's capitalised words with a year name when they are no source: a place, a date, a law or an event, as
# the parser labels them ("(Ukraine, 2014)", "(February, 2022)"; review45: "(Mariupol, 2022)", which the small model
# labels ORG, and "(Public Order Act, 2023)", unlabelled, still read as sources: tests/claims/test_review45.py's xfail)
CITATION_NOT_SOURCES = frozenset({"GPE", "LOC", "DATE", "TIME", "LAW", "EVENT"})


def citation_year(tok: Tok) -> bool:
    """A year as a citation gives it: four figures from 1800 to 2099, maybe a letter after ("2023", "2019a")."""
    digits, letter = tok.text[:4], tok.text[4:]
    return digits.isdigit() and 1800 <= int(digits) <= 2099 and (not letter or (len(letter) == 1 and letter.isalpha()))


def bracket_citation(ctx: AttributionContext) -> Attribution | None:
    """'... has already exceeded the previous record by 0.1C (Copernicus Climate Change Service, 2023).': a sentence
    closed by a citation in brackets, a source of at most eight capitalised words (and "of", "&", "et al.") and a year
    after a comma, names its source as "according to" would (claims53: gold-web-dev40's report of a climate record
    cites its sources so three times, labelled theirs). Not inside quotation marks, nor a place, a date, a law or an
    event the parser names (`CITATION_NOT_SOURCES`: "(Ukraine, 2014)"; review45); a frame of the unit's own comes
    first (`ATTRIBUTION_RULES`' order)."""
    toks = [t for t in ctx.unit.sent.tokens if t.pos != "SPACE"]
    end = len(toks)
    while end and toks[end - 1].text in {".", ";"}:
        end -= 1
    if end < 6 or toks[end - 1].text != ")" or not citation_year(toks[end - 2]) or toks[end - 3].text != ",":
        return None
    opening = next((k for k in range(end - 4, max(end - 5 - CITATION_MAX_WORDS, -1), -1) if toks[k].text == "("), None)
    if opening is None or toks[opening].i in ctx.quoted or toks[end - 1].i in ctx.quoted:
        return None
    source = toks[opening + 1 : end - 3]
    while source and source[-1].text == ".":
        source = source[:-1]  # "Smith et al."
    if not source or not source[0].text[:1].isupper() or any(verbal(t) for t in source):
        return None
    if not all(t.text[:1].isupper() or t.lower in CITATION_LINKS for t in source):
        return None
    if all(t.ent_type in CITATION_NOT_SOURCES for t in source if t.lower not in CITATION_LINKS):
        return None  # "(Ukraine, 2014)", "(February, 2022)": where or when, not who (review45)
    return Attribution("actor", source, Cue("bracket-citation", [toks[opening], toks[end - 1]]), None, None)


def unnamed_attribution(ctx: AttributionContext) -> Attribution | None:
    """'It is reported that ...', '... is said to ...', 'allegedly': a phrase that attributes the
    claim to no named source, in the claim's own clause (not in a modifier: 'a contractor who
    allegedly put ...', 'the $54bn widely expected', 'the election - widely expected in May -': claims64), nor a
    hearsay adverb in a clause of why or when ('suspended a candidate for allegedly suggesting ...', 'arrested after he
    was allegedly found': `in_adverbial_clause`; the labels' author, 5 of 5: claims75)."""
    phrase = find_phrase(ctx.unit.tokens, ctx.scope.lex.unnamed_phrases)
    if phrase is None or in_modifier(phrase[0], ctx.unit.root):
        return None
    if phrase[0].lower in ctx.scope.lex.hearsay_adverbs and in_adverbial_clause(phrase[0], ctx.unit.root):
        return None
    if set_off_participle(phrase[0], ctx.unit.sent.tokens, ctx.unit.root):
        return None
    return Attribution("unnamed", [], Cue("unnamed-attribution", phrase), None, None)


def impersonal_passive_rule(ctx: AttributionContext) -> Attribution | None:
    """'X is expected to ...', 'China is seen as the culprit': see claims/impersonal.py."""
    if ctx.scope.discourse.quote_open:
        return None  # "... Now we are seen as the underdogs ...": the speaker's words in a running quotation
    found = impersonal_passive(ctx.unit.tokens, ctx.unit.root, ctx.quoted, ctx.scope.lex)
    if found is None:
        return None
    verb, content = found
    auxes = sorted((c for c in verb.children if c.dep in {"aux", "auxpass"}), key=lambda t: t.i)
    if speech_act_object(verb, ctx.scope.lex) is not None:
        content = None  # "is accused of fraud": the speech act is the proposition (its type), as in the active
    elif lemma(verb) in ctx.scope.lex.hearer_passive_verbs and content.dep == "xcomp":
        content = None  # "Users are warned never to open ...": a directive to the hearer, typed as the active's
    return Attribution("unnamed", [], Cue("impersonal-passive", [*auxes, verb]), verb, content)
