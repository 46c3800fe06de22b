import os
SENTS = [s for s in open(os.environ.get("PROBE", "/tmp/claims90/probe.txt")).read().split("\n") if s.strip()]

def test_probe(claims_of, parse):
    for s in SENTS:
        a = parse("A headline that is never a claim\n\n" + s)
        for sent in a.sents[1:]:
            print("   ", " ".join(f"{t.text}/{t.pos}/{t.tag}/{t.dep}>{t.head.i if t.head is not None else -1}" for t in sent.tokens))
        claims, _ = claims_of(s)
        print("##", s)
        for c in claims:
            print("   ", c.claim_type, c.certainty, c.claimer_kind, c.claimer_text, c.claimer_actor_id, c.type_rule, c.claimer_rule, "|", c.text)
