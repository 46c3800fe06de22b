"""actors42 (issue 12, saved web pages that are not news): marked brands, languages, follow lists, words
of address, first names.

- `pagelines.marked_brand`: a name one mention of which has a trade mark sign right after it ("with Parallels
  Access®") and none of which acts is a product or a brand, whose type rests on spaCy's label alone. Near case: a
  marked name that acts elsewhere on the page ("Vantara announced ... Vantara® drinks"), or that one acts on behalf
  of (`speaking_for_nouns` gains "behalf": "contacted by, or on behalf of NESTLÉ®", the name read where spaCy hangs it
  on the sign).
- `nationality.demonym_as_language`: a bare nationality word in an article that gives the same word as a language
  elsewhere ("Japanese doesn't really have tenses" over "Learn Japanese with our study materials") is the language.
  Near cases: "the Japanese", a people, and a bare word in an article that never gives it as a language.
- `pagelines._follow_list` (in `used_thing`): the items of a line that opens "Follow us:" are platforms the page sends
  its readers to. Near case: a name after a colon of a line that opens with another verb ("Meet us: Sarah Collins").
- `exclamation_words` gains words of address ("dude", "bro"): one set off by a comma and an exclamation mark names
  no one ("a password like 52334XCq24sdf122, Dude!"). Near case: such a word inside a sentence ("The skater known as
  Dude told the police").
- `resolution.person_context`: a first name folds onto a person only where the page writes it with the rest of the
  name or its surname after a person's title ("her hubby, Ariel" beside a "Sharon" is not the registry's Ariel
  Sharon). Near cases: "Ariel Sharon told the Knesset ... Ariel, as his friends call him", "Mr Blair said ... keep at
  it Tony"."""

from __future__ import annotations

from ._found import texts as _texts


def test_a_marked_product_is_no_actor(mentions):
    text = (
        "Remote access to your Mac from any iOS device, Android device, or browser with Parallels Access®. "
        "Premium phone, email, and social support after activation."
    )
    assert not any("Parallels" in t for t in _texts(mentions(text)))


def test_a_marked_brand_in_a_recipe_is_no_actor(mentions):
    text = (
        "Heat the oven to 350 degrees. Make the cake mix you can always count on, Betty Crocker™ Super Moist™, as "
        "directed on the box. Add the cherries and stir."
    )
    assert "Betty Crocker" not in _texts(mentions(text))


def test_near_case_a_marked_name_that_acts_stays(mentions):
    text = (
        "Vantara announced on Monday that it would close two plants. The closures will hit the makers of "
        "Vantara® drinks, the union said."
    )
    assert "Vantara" in _texts(mentions(text))


def test_a_bare_nationality_word_of_a_language_page_is_the_language(mentions):
    text = (
        "Japanese doesn’t really have tenses, right? That is why grammar books are filled with such phrases. "
        "For more on learning the language, learn Japanese with our original study materials."
    )
    found = mentions(text)
    assert not any(t == "Japanese" for t, _, _ in found)


def test_near_case_the_people_stay(mentions):
    text = (
        "The Japanese have long been wary of the plan, and Japanese authorities have only taken halfway measures. "
        "Learn Japanese with our original study materials."
    )
    assert any(t == "Japanese" and a == "state_jpn" for t, a, _ in mentions(text))


def test_near_case_a_bare_word_where_no_language_is_named_stays(mentions):
    text = (
        "British troops will stay in Basra until the end of the year, the minister said. Americans have already "
        "begun to leave, and British have pledged to follow."
    )
    found = mentions(text)
    assert any(t == "British" for t, _, _ in found)


def test_the_items_of_a_follow_us_line_are_no_actors(mentions):
    text = (
        "The restaurant is at 201 E. Nine Mile, Ferndale. Its menu was quite different.\n\n"
        "Follow us: Google News | NewsBreak | Reddit | Instagram | Facebook | Twitter"
    )
    found = _texts(mentions(text))
    assert "NewsBreak" not in found and "Twitter" not in found


def test_near_case_a_name_after_another_verbs_colon_stays(mentions):
    text = "The team grew fast last year.\n\nMeet us: Sarah Collins | Daniel Brooks | Priya Shah"
    assert "Sarah Collins" in _texts(mentions(text))


def test_a_word_of_address_set_off_is_no_actor(mentions):
    text = (
        "Something like \"Don't worry, this is my first CA and it's much more secure than a password like "
        '52334XCq24sdf122, Dude!". You will want to remember this pass phrase.'
    )
    assert "Dude" not in _texts(mentions(text))


def test_near_case_a_word_of_address_inside_a_sentence_stays(mentions):
    text = "The skater known as Dude told the police he had seen nothing, officers said."
    assert "Dude" in _texts(mentions(text))


def test_a_first_name_the_page_never_writes_with_the_surname_is_not_that_person(mentions):
    text = (
        "My best friend, Sharon, asked me to make a chocolate cake for her hubby, Ariel, for his birthday last week. "
        "Ariel loved it."
    )
    assert not any(t == "Ariel" and a == "ariel_sharon" for t, a, _ in mentions(text))


def test_near_case_a_first_name_after_the_full_name_stays_that_person(mentions):
    text = (
        "Ariel Sharon told the Knesset on Monday that the pullout would go ahead. Ariel, as his friends call him, "
        "has not wavered."
    )
    assert any(t == "Ariel" and a == "ariel_sharon" for t, a, _ in mentions(text))


def test_near_case_a_marked_name_someone_acts_on_behalf_of_stays(mentions):
    text = (
        "I would like to receive offers, and be contacted by, or on behalf of NESTLÉ® through phone, SMS, and "
        "Email, about NESTLÉ®, its brands, special offers and promotions."
    )
    assert "NESTLÉ" in _texts(mentions(text))


def test_near_case_a_first_name_after_a_titled_surname_stays_that_person(mentions):
    text = (
        "Unveiling the latest increase, Mr Blair said he wanted the minimum wage to become a symbol of decency. "
        "Great keep at it Tony, I remember the despair of the 80s and the low wages employers got away with."
    )
    assert any(t == "Tony" and a == "tony_blair" for t, a, _ in mentions(text))
