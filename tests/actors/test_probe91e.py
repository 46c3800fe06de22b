def test_probe(described, mentions):
    text = ("Fan website Trek United is hoping to raise $32m from donations by the end of March to pay for a fifth "
            "series. More than $23,000 has been pledged so far, according to the site.")
    print(described(text)); print(mentions(text))
    t2 = "The league match and the cup match were played on Saturday, with a goal and a win for the side in the championship. Wenger hit out at Mourinho after the game, and the manager said nothing more."
    print(mentions(t2))
