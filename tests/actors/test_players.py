"""Sport persons ("the prop", "the Welshman"): the rule `sport-person` of actors.players, on made-up
match reports."""

from __future__ import annotations

from narrative_pipeline.actors import discovered_id

MATCH = "Ireland beat Italy 20-13 in the Six Nations match on Saturday. "


def test_a_position_is_the_player_introduced_with_it(described):
    text = (
        MATCH + "Ireland prop Sean Malone was sent off in the second half. Coach Eddie Barr defended his player."
        " The prop said he was sorry for the tackle."
    )
    assert described(text)["prop"] == (discovered_id("Sean Malone"), "sport-person")


def test_a_nationality_is_the_person_introduced_with_it(described):
    text = (
        "Spaniard Carlos Ruiz beat Tom Hale 6-3 6-4 in the final of the tournament on Sunday."
        " The Spaniard said the match was his best."
    )
    assert described(text)["Spaniard"] == (discovered_id("Carlos Ruiz"), "sport-person")


def test_a_nationality_another_person_was_introduced_with_is_not_the_one_named_last(described):
    # spaCy misses "Ruiz" at the start of the second sentence: Hale is the only person named there
    text = (
        "Spaniard Carlos Ruiz beat Tom Hale 6-3 6-4 in the final of the tournament on Sunday."
        " Ruiz won the first set and Hale took a game off him in the second. The Spaniard said the match was his best."
    )
    assert described(text).get("Spaniard", (None,))[0] != discovered_id("Tom Hale")


def test_a_nationality_noun_before_a_name_is_no_part_of_it(mentions):
    names = {t for t, _, m in mentions("Spaniard Carlos Ruiz won the final on Sunday.") if m != "descriptor"}
    assert "Carlos Ruiz" in names and not any("Spaniard" in n for n in names)


def test_the_one_person_named_just_before_as_a_subject(described):
    text = MATCH + "Ryan Giggs had a golden chance to score before half-time, but the Welshman shot wide."
    assert described(text)["Welshman"] == (discovered_id("Ryan Giggs"), "sport-person")


def test_a_person_introduced_as_no_player_is_not_the_winger(described):
    text = (
        "Chelsea won the cup match on Saturday in the league. Arjen Robben had been expected to miss the game,"
        " but physio Mark Stone said the winger would play in the final."
    )
    assert described(text)["winger"] == (discovered_id("Arjen Robben"), "sport-person")


def test_two_persons_just_before_and_nobody_is_linked(described):
    text = MATCH + "Frank Lampard passed to Didier Drogba and the striker scored from close range."
    assert "striker" not in described(text)


def test_nobody_named_in_the_same_sentence_as_an_object(described):
    text = (
        "Chelsea won the cup match on Saturday. Arjen Robben has a foot injury."
        " His comments contradict those of physio Mark Stone, who treated the Dutchman last week in the league."
    )
    assert "Dutchman" not in described(text)


def test_a_person_of_another_nationality_is_not_linked(described):
    text = MATCH + "German keeper Jens Kohl saved a penalty in the second half. The Spaniard was furious."
    assert "Spaniard" not in described(text)


def test_a_word_before_the_descriptor_must_be_borne_out(described):
    text = MATCH + "Frank Lampard scored twice in the second half. The Portuguese winger came on late."
    assert "Portuguese winger" not in described(text) and "winger" not in described(text)


def test_a_position_outside_sport_is_no_person(described):
    text = "John Smith came home on Monday night. The lock on his door was broken, and police were called."
    assert "lock" not in described(text)


def test_a_goal_is_no_opener(described):
    text = MATCH + "Cristiano Ronaldo scored the opener after ten minutes."
    assert "opener" not in described(text)


def test_the_subject_of_its_own_clause_is_not_the_object(described):
    text = (
        "Marat Safin beat Mario Ancic in the fourth round of the tournament on Monday."
        " Marat Safin raised his game in the final set to sink the Croatian."
    )
    assert described(text).get("Croatian", (None,))[0] != discovered_id("Marat Safin")


def test_a_team_taken_for_a_person_is_not_the_midfielder(described):
    # a one-word name spaCy types as a person's: a club more often than not
    text = MATCH + "Blackburn want six million pounds for the midfielder, the club said."
    assert "midfielder" not in described(text)


def test_an_age_belongs_to_the_descriptor(described):
    text = MATCH + "Andre Agassi reached the fourth round on Monday. The 34-year-old American made a poor start."
    assert described(text)["34-year-old American"] == (discovered_id("Andre Agassi"), "sport-person")


def test_a_person_named_beside_a_pronoun_subject_is_not_the_nationality(described):
    text = (
        MATCH + "Martin Jol praised his players. He said the win, with goals from Noe Pamarot, was not pretty."
        ' "It was all about the result," the Irishman said.'
    )
    assert "Irishman" not in described(text)


def test_the_hosts_and_the_visitors_of_the_fixture_in_the_headline(described):
    text = (
        "Scotland face Italy in the Six Nations match at Murrayfield. The visitors have lost all their games,"
        " and the hosts are favourites to win the championship match."
    )
    got = described(text, "Scotland v Italy (Sat)")
    assert got["visitors"][0] == "disc.italy_national_team" and got["hosts"][0] == "disc.scotland_national_team"


def test_no_fixture_in_the_headline_no_hosts(described):
    text = (
        "Scotland face Italy in the Six Nations match at Murrayfield. The visitors have lost all their games,"
        " and the hosts are favourites to win the championship match."
    )
    got = described(text, "Scotland hope to beat Italy 20-13")
    assert "visitors" not in got and "hosts" not in got


def test_a_pronoun_subject_of_its_own_clause_is_not_the_keeper(described):
    text = (
        MATCH + "A low drive was gathered by Alan Meldrum and then Saul Mikoliunas curled a shot wide."
        " Then he curled a shot past the keeper's post."
    )
    assert "keeper" not in described(text)


def test_a_person_the_sentence_talks_of_by_a_pronoun_is_not_preferred(described):
    text = (
        MATCH + "Rick Parry has already hired new manager Rafael Benitez."
        " And his enthusiasm for the Spaniard's methods is clear."
    )
    assert described(text).get("Spaniard", (None,))[0] != discovered_id("Rick Parry")


def test_a_position_given_before_is_not_a_player_named_just_now(described):
    text = (
        MATCH + "Wales centre Sonny Parker is out injured. Mike Ruddock may make Gavin Henson his first-choice kicker."
        " The centre was the hero of the win over England."
    )
    assert described(text).get("centre", (None,))[0] != discovered_id("Sonny Parker")


def test_a_descriptor_of_the_subject_of_its_own_clause_blocks(described):
    # "the top seed" is Lleyton Hewitt: the American he lost to is someone else
    text = (
        "Lleyton Hewitt suffered a shock defeat in the quarter-finals of the tennis tournament on Friday."
        " The top seed was a strong favourite for the title but went down 7-6 6-3 to the American."
    )
    assert described(text).get("American", (None,))[0] != discovered_id("Lleyton Hewitt")


def test_a_sentence_that_names_another_nationality_gives_no_fallback(described):
    text = (
        MATCH + "The race could bring a meeting with Kenenisa Bekele in March, as the Ethiopian is the world champion."
        " But the Moroccan will not commit himself."
    )
    assert described(text).get("Moroccan", (None,))[0] != discovered_id("Kenenisa Bekele")


def test_a_nationality_adjective_in_a_name_is_no_other_nationality(described):
    text = (
        "Jennifer Capriati has withdrawn from the Australian Open tennis tournament because of injury."
        " The organisers of the tournament said the American has a problem with her right shoulder."
    )
    assert described(text)["American"] == (discovered_id("Jennifer Capriati"), "sport-person")


def test_an_object_of_a_phrasal_verb_is_not_its_subject(described):
    text = (
        "Lleyton Hewitt won the final of the Sydney tennis tournament against Ivo Minar on Saturday."
        " The defending champion brushed aside the Czech qualifier 7-5 6-0."
    )
    assert described(text).get("Czech", (None,))[0] != discovered_id("Lleyton Hewitt")


def test_the_top_seed_is_the_one_introduced_as_top_seed(described):
    text = (
        "Top seed Roger Federer beat fifth seed Robin Soderling in the semi-final of the tennis tournament."
        " Soderling broke serve twice in the match. The top seed won the final on Sunday."
    )
    assert described(text)["top seed"] == (discovered_id("Roger Federer"), "sport-person")


def test_his_side_is_not_the_team_of_another_persons_title(described):
    text = (
        "Chelsea manager Jose Mourinho praised his players after the league match on Saturday."
        " Arsenal boss Arsene Wenger said his side would win the cup final against Chelsea on Sunday."
    )
    assert described(text).get("side", (None,))[0] != "disc.chelsea"
