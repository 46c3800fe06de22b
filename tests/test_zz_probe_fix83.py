SENTS = [l for l in open('/tmp/fix83/probe.txt').read().split('\n') if l.strip()]

def test_probe(statements):
    for s in SENTS:
        print('##', s)
        for r in statements(s):
            print('    ', r.agent_actor_id, r.agent_rule, '|', r.action_text, r.action_class, r.class_rule, '|', r.patient_actor_id, r.patient_rule, r.agent_as, r.patient_as)
