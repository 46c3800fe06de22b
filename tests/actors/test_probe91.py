import pytest
SPORT = "The league match and the cup match were played on Saturday, with a goal and a win for the side in the championship. "
TEXTS = [
    SPORT + "The draw for the fourth round:\n\nEverton v Sunderland\n\nBurnley or Blackburn v Leicester\n\nCardiff v Blackburn\n\nLeeds v Saracens (Fri)\n\nWest Ham v Norwich",
    SPORT + "Henman v Federer\n\nThe match starts at noon.",
    SPORT + "Robinson will have to choose from Gloucester's Andy Gomarsall or Leicester youngster Harry Ellis. Real Madrid are closing in on a deal for Everton's Thomas Gravesen.",
    SPORT + "He scored twice in Monday's 3-2 win at Norwich. Gerrard wants to stay at Anfield. Wenger hit out at Mourinho after the game. I looked at Gavin and he nodded.",
    "The singer said: \"My second passion is charity work - I am an ambassador for Unicef and it gives me great pride.\"",
    "The club said the fee would be paid to Unicef's emergency relief fund in Tamil Nadu. " + SPORT,
]
@pytest.mark.parametrize("text", TEXTS)
def test_probe(typed, mentions, text):
    print()
    print(mentions(text))
    print(typed(text))
