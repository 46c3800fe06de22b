"""Acronyms an article defines in brackets: "the Public Health Agency of Canada (PHAC)" makes every later "PHAC" of
the article the agency, whether spaCy finds it ("PHAC said") or not ("a PHAC spokesperson"), and whether its letters
are the initials `discovery.initials` knows ("Showa Denko K.K. (SDK)": the firm's suffix left unspelt).

`defined_acronyms` reads the first pass's names; `resolution.resolve_discovered` folds a discovered acronym onto its
long form and `unfound_acronyms` adds the uses no candidate covers.
"""

from __future__ import annotations

import re

from ..parsed import Sent, Tok
from .candidates import Candidate, LinkPriority
from .discovery import bracketed_acronym, discovered_id, initials
from .resolution import Referent

# "Joe Bloggs (JB)"; a state's letters are the registry's; a name spaCy took for an organisation's defines its acronym
# whatever type the article's evidence gave it ("Showa Denko K.K. (SDK)" typed a person)
NOT_DEFINING_TYPES = frozenset({"person", "state"})


def spells(acronym: str, name: str) -> bool:
    """Whether `acronym` spells `name`: its initials (`discovery.initials`), or the first letters of all its words
    from the first on, some last words left unspelt ("Showa Denko K.K. (SDK)", "Sheppard Mullin Richter (SMR)")."""
    letters = acronym.replace(".", "").lower()
    if len(letters) < 2:
        return False
    if letters in initials(name):
        return True
    words = re.findall(r"[A-Za-z]+", name)
    if any(len(w) > 1 and w.isupper() for w in words):
        return False  # a name holding an acronym ("BBC Three") spells no other one
    firsts = "".join(w[0] for w in words).lower()
    return len(firsts) > len(letters) and firsts.startswith(letters)


def defined_acronyms(first_pass: list[Candidate], toks: dict[int, Tok]) -> dict[str, tuple[Referent, int]]:
    """Acronym -> (the organisation, the token of its closing bracket) for each name of the first pass (not a
    person's or a state's) that a bracketed acronym spelling it follows; an acronym two organisations define is
    left out."""
    out: dict[str, tuple[Referent, int]] = {}
    clashing: set[str] = set()
    for c in first_pass:
        if c.actor_type in NOT_DEFINING_TYPES and c.label != "ORG" or c.end_i <= c.start_i or not c.name:
            continue
        sent = toks[c.end_i].sent
        following = [toks[k] for k in range(c.end_i + 1, c.end_i + 4) if k in toks and toks[k].sent == sent]
        acronym = bracketed_acronym(following, -1) if len(following) == 3 else None
        if acronym is None or following[1].text != acronym or not spells(acronym, c.name):
            continue
        ref = Referent(c.actor_id, c.name, c.actor_type)
        if acronym in out and out[acronym][0][:2] != ref[:2]:
            clashing.add(acronym)
        out.setdefault(acronym, (ref, following[2].i))
    return {k: v for k, v in out.items() if k not in clashing}


def unfound_acronyms(sent: Sent, cands: list[Candidate], acronyms: dict[str, tuple[Referent, int]]) -> list[Candidate]:
    """'A PHAC spokesperson', 'members of CITT': a word written as an acronym the article defined earlier, where no
    candidate lies: the organisation it was defined for (`short-form`)."""
    if not acronyms:
        return []
    covered = {i for c in cands for i in range(c.start_i, c.end_i + 1)}
    out = []
    for tok in sent.tokens:
        known = acronyms.get(tok.text)
        if known is None or tok.i in covered or tok.i < known[1] - 1:  # from the bracketed acronym on
            continue
        ref = known[0]
        out.append(
            Candidate(
                tok.i, tok.i, tok.start, tok.end, ref.actor_id or discovered_id(ref.name), ref.actor_type,
                "short-form", LinkPriority.DISCOVERED, 1.0, None, ref.name, "ORG", "short-form", [tok],
            )
        )  # fmt: skip
    return out
