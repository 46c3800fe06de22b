import os
SENTS = [l for l in open("/tmp/fix85/probe.txt").read().split("\n\n") if l.strip()]

def test_probe(claims_of, parse):
    for body in SENTS:
        claims, _ = claims_of(body)
        print("\n###", body.replace("\n", " / ")[:150])
        if os.environ.get("PROBE_PARSE"):
            art = parse("A headline that is never a claim\n\n" + body)
            print("   ", " ".join(f"{t.text}/{t.pos}/{t.dep}>{t.head.i if t.head is not None else '-'}" for t in art.tokens))
        for c in claims:
            print(f"  [{c.claim_type}|{c.certainty}|{c.claimer_kind}:{c.claimer_text}|{c.claimer_rule}:{c.claimer_cue}|{c.type_rule}] {c.text[:120]}")
