SENTS = [l for l in open('/tmp/fix83/probe2.txt').read().split('\n') if l.strip()]

def test_probe(parse):
    for s in SENTS:
        a = parse("A headline\n\n" + s)
        for t in a.tokens:
            print(t.i, t.text, t.tag, t.dep, t.head.i if t.head is not None else None, t.ent_type)
