from narrative_pipeline.actors.linking import link_article
TEXTS = [
 "Sumitomo Mitsui has withdrawn its offer for UFJ Holdings, enabling it to merge with Mitsubishi Tokyo. Concerns were raised about Sumitomo's ability to absorb UFJ.",
 "The takeover of SSL International by Reckitt was agreed on Monday. SSL said the deal would close next year.",
 "Bid interest in WMC Resources lifted shares on Monday. WMC rejected the offer from Xstrata.",
]
def test_show(parse, linker, registry):
    for t in TEXTS:
        a = parse("Headline here\n\n" + t)
        for c in link_article(a, linker(90.0)):
            print(repr(a.text[c.start:c.end]), c.actor_id, c.actor_type, c.type_rule, c.method)
        print('--')
    raise AssertionError("show")
