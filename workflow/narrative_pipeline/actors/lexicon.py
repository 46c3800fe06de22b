"""The actors lexicon (`config/actors_lexicon.yaml`, config key `actors_lexicon`) as one model.

Every word list the linking rules consult: titles, the words around names, the words that tell a
place from an actor, and the words that type an organisation. A missing or unknown key, an empty
entry or a duplicate fails, naming the file and the key.
"""

from __future__ import annotations

from functools import cache, cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field

from ..lexicon import LexiconError, LexiconModel, Phrases, Words, gender_words, given_names, load_model
from ..records import ActorType

# the default files of a source checkout (the pipeline always passes the configured paths)
DEFAULT_LEXICON = Path(__file__).resolve().parents[3] / "config" / "actors_lexicon.yaml"
DEFAULT_NAMES_LEXICON = Path(__file__).resolve().parents[3] / "config" / "claims_lexicon.yaml"


class ActorsLexicon(LexiconModel):
    """Words behind finding, filtering and typing actor mentions."""

    version: Literal[1] = Field(description="Format version of the lexicon file.")
    titles: Words = Field(description="Titles kept out of a name's span (mr, president, ...).")
    person_titles: Words = Field(description="Titles after which a capitalised name is a person.")
    peerage_titles: Words = Field(description="Titles whose name keeps its 'of Place' part.")
    name_particles: Words = Field(description="Lower-case words inside persons' names ('van', 'de', 'bin').")
    post_nominals: Words = Field(description="Letters after a name kept out of its span (qc, mp).")
    role_modifiers: Words = Field(description="Words that change a role ('shadow' chancellor, 'deputy' leader).")
    office_filling_verbs: Words = Field(
        default=frozenset(),
        description="Verbs whose 'as' phrase or object predicate names an office to hold, not its holder ('to serve"
        " as prime minister', 'was elected president'; fix69).",
    )
    slot_verbs: Words = Field(
        description="Lemmas of verbs whose object office is a slot, not its holder ('changing the minister')."
    )
    office_modifiers: Words = Field(
        description="Words that make an office of its own: the 'prime minister' is no 'minister' ('the minister')."
    )
    office_time_words: Words = Field(
        default=frozenset(),
        description="Words that put an office at another time than the article's ('the then prime minister', 'the"
        " next president'): no holder on its date (`dated-office`).",
    )
    past_office_words: Words = Field(
        default=frozenset(),
        description="Of office_time_words, those that make a holder named with them a former one ('the then prime"
        " minister Tony Blair', 'the late president'): as 'former', the title is no holder's now (fix63).",
    )
    surname_first_countries: Words = Field(
        default=frozenset(),
        description="Country codes (ISO 3166 alpha-3, lower case) of registry persons whose name puts the family name"
        " first ('Wen Jiabao', 'Hu Jintao'): 'Premier Wen' on a dated page is the holder by the first word of the"
        " name (`dated_offices.titled_holders`; fix75).",
    )
    role_nouns: Words = Field(description="Last words of a title phrase that names its holder.")
    legislator_nouns: Words = Field(
        default=frozenset(),
        description="A legislator's nouns ('MP', 'MSP', 'senator', 'TD'): a minister sits in a parliament, so a lead's"
        " holder introduced with one ('Labour MSP X') holds no other role than the lead's office (fix69).",
    )
    opposing_words: Words = Field(
        default=frozenset(),
        description="Intro words that set a legislator against the government ('Opposition MSP X', 'shadow', 'rebel'):"
        " a legislator so introduced is no lead's office holder (fix72, review69 2).",
    )
    stranger_trades: Words = Field(
        default=frozenset(),
        description="Trades no office holder is introduced with ('artist', 'plumber', 'footballer'): a registry"
        " person's one-word name right after one, or with one in apposition, is another person of the surname"
        " (`filters.surname_of_a_tradesman`; fix72, review69 4).",
    )
    background_nouns: Words = Field(
        default=frozenset(),
        description="Nouns after 'by' that make a person's noun a training or a past trade, not a role held ('a lawyer"
        " by training', 'a banker by profession'; fix69).",
    )
    former_office_nouns: Words = Field(
        description="Offices that 'the former' X refers back to as the person the article is about ('the former"
        " mayor', 'the former vice president': `former-office`).",
    )
    title_role_nouns: dict[str, Words] = Field(
        description="Title forms ('rep', 'sen', 'dr', 'chief executive') -> the role nouns that refer back to the"
        " person given one ('the congressman', 'the senator', 'the doctor', 'the boss')."
    )
    determiners: Words = Field(description="Articles trimmed from the start of a name's span.")
    alignment_prefixes: Words = Field(description="Prefixes of an alignment ('pro-X', 'anti-X').")
    possessive_endings: Words = Field(description="Possessive endings trimmed from a name's span.")
    locative_prepositions: Words = Field(description="Prepositions whose object is a place.")
    seat_nouns: Words = Field(description="Nouns of a constituency: 'the seat of X', 'X constituency' name a place.")
    compass_words: Words = Field(description="Words that make a place a region ('south London').")
    of_state_name_heads: Words = Field(
        description="Words before 'of' / 'for' that give an office or body to the state after it ('the Republic"
        " of', 'Secretary of State for'), besides titles, roles and agency nouns: the state is mentioned."
    )
    place_of_nouns: Words = Field(
        description="Nouns of a place whose 'of' names it: 'the island of Curacao', 'the city of Berlin' (a place)."
    )
    motion_verbs: Words = Field(description="Lemmas of verbs of travel: their object is a destination.")
    agency_verbs: Words = Field(
        description="Lemmas of verbs of saying and deciding whose subject acts ('Kosovo declared independence'), even"
        " where another mention makes the name a region's or a landscape's."
    )
    governing_verbs: Words = Field(
        description="Lemmas of verbs of governing and policy acts besides agency_verbs and speech_verbs: a capital"
        " that is their subject on a page about the arts acts for its state ('Beijing banned the film'); another verb"
        " makes it the city ('Berlin applauds Hotel Rwanda'; actors81)."
    )
    travel_nouns: Words = Field(description="Lemmas of travel nouns: 'to X' after them is a destination.")
    scope_verbs: Words = Field(
        description="Lemmas of verbs of a scope or a shipment: 'to X' after them is a place ('restricted to the UK', "
        "'shipped to the US'; actors63)."
    )
    acting_prepositions: Words = Field(description="Prepositions after which a capital acts.")
    population_nouns: Words = Field(description="Nouns that make a demonym name people ('British tourists').")
    state_descriptors: Words = Field(description="Common nouns for the state the article mentions most.")
    country_descriptors: Words = Field(
        description="Nouns for the state the article mentions most when they act or own ('the country's debt')."
    )
    home_state: Words = Field(
        description="ISO 3166 alpha-3 code (lower case) of the outlet's own state: 'the government' of an"
        " article that names no other state."
    )
    home_state_descriptors: Words = Field(description="Nouns that refer to the home state in such an article.")
    federal_states: Words = Field(
        description="ISO 3166 alpha-3 codes (lower case) of states made of states: on a page about one, 'the state' is"
        " not the country (review47)."
    )
    state_demonstratives: Words = Field(
        description="Determiners other than 'the' before a state noun that still name one state ('this government')."
    )
    state_modified_nouns: Words = Field(
        description="Lemmas of nouns a bare 'government' modifies as their owner or agent ('government plans')."
    )
    other_government_words: Words = Field(
        description="Words right before 'government' that make it another's than the state's ('local government')."
    )
    group_modifier_nouns: Words = Field(
        description="Head words that, bare before a state_modified_nouns noun, name the group ('party sources')."
    )
    office_nouns: Words = Field(
        description="Heads of a minister's office: 'the minister' is the one minister the article has named."
    )
    minister_nouns: Words = Field(description="Bare nouns for the one minister the article has named ('the minister').")
    foreign_state_descriptors: Words = Field(
        description="Nouns of state_descriptors that never refer to the outlet's own state ('the authorities')."
    )
    us_states: Words = Field(
        description="Names of the US states (lower case): 'the state' refers back to the one a page names (actors54)."
    )
    country_dependencies: Words = Field(
        description="Dependency labels under which a country noun acts or owns (not a place: 'across the country')."
    )
    non_actor_name_endings: Words = Field(description="Last words of names that are no actor (square, act).")
    street_words: Words = Field(
        description="Last words of streets, roads and courses: no actor, whatever spaCy's label ('Dresden Drive')."
    )
    landscape_nouns: Words = Field(
        description="Lemmas of nouns of a natural feature: a name before one in lower case is a place's ('the Amazon"
        " rainforest')."
    )
    area_name_endings: Words = Field(
        description="Last words of a natural area's name that no person's surname is: a name spaCy takes for a"
        " person's that ends with one is a place ('Calico Desert', 'Kien Giang Biosphere Reserve')."
    )
    landscape_name_openings: Words = Field(
        description="First words of a natural feature's name that no person's given name is: a name of two words or"
        " more opening with one is a place ('Lake Berryessa', 'Loch Lomond', 'Mount Kenya')."
    )
    street_suffixes: Words = Field(description="Endings of one-word street names ('Petersallee', 'Lindenstrasse').")
    portfolio_words: Words = Field(
        description="Portfolios: one alone before a role and a person names no actor ('Transportation chief X')."
    )
    non_actor_name_openings: Phrases = Field(description="Openings of names that are documents.")
    document_words: Words = Field(description="Words of names that are documents (treaty, charter).")
    org_type_words: dict[ActorType, Words] = Field(
        description="Actor type of an organisation from a word of its name; the first type that applies wins."
    )
    person_nouns: Words = Field(description="Nouns naming a person by occupation or role ('striker', 'actor').")
    agency_nouns: Words = Field(
        description="Nouns a state acts through or by: a nationality before one keeps the state."
    )
    state_owned_nouns: Words = Field(
        description="Nouns of what a state makes, owes or runs beyond agency_nouns (laws, deficits, agencies): a"
        " state's name before one is left to the state (`state-name-not-agency`, actors85)."
    )
    state_act_nouns: Words = Field(
        description="Nouns of a state's people, arms and acts beyond agency_nouns and state_owned_nouns, written"
        " singular (a plural matches its singular's lemma, not the other way: 'interests', 'tanks', 'jets' stay plural"
        " in agency_nouns): a state's name before one is the state acting, owning or acted on ('a US soldier', 'US"
        " airstrikes', 'US custody'; `state-name-not-agency`, fix66), read at the compounds' end noun only (fix70)."
    )
    state_bare_act_nouns: Words = Field(
        description="Nouns of a state's acts and people that business copy also says of a market ('deal',"
        " 'agreement', 'pilot'): a state's name before one is the state only as its one compound ('the UK deal with"
        " Libya', not 'a US record deal'; `state-name-not-agency`, fix70)."
    )
    city_thing_nouns: Words = Field(
        description="Lemmas and forms of places and things of a city: a capital's name that owns one names the city"
        " ('London's major rail terminals'), not its state (`capital-naming-a-thing`)."
    )
    city_office_words: Words = Field(
        description="Lemmas of offices and services of a city: a capital's possessive before one, or before a role"
        " or person noun with one as its compound, names the city's office or its holder, not the state"
        " ('Khartoum's governor', 'Kabul's police chief'; `capital-naming-a-thing`)."
    )
    city_office_compounds: Words = Field(
        description="Lemmas of city_office_words that make a role or person noun the city's as its compound ('police"
        " chief', 'council leader'); other compounds leave a state's minister the state ('Tehran's transport"
        " minister'; fix63)."
    )
    territory_nouns: Words = Field(
        description="Nouns of a state's territory: a nationality before one names the state attacked or threatened"
        " where the sentence holds one of hostility_words ('fired rockets at Israeli towns')."
    )
    hostility_words: Words = Field(
        description="Lemmas of words of armed hostility: with one in the sentence, a nationality before one of"
        " territory_nouns names the state."
    )
    region_nouns: Words = Field(
        description="Lemmas of nouns of a region: a nationality before one followed by 'of X' places X."
    )
    origin_nouns: Words = Field(
        description="Lemmas of nouns whose 'from X' is where they come from ('handsets from Japan')."
    )
    given_nouns: Words = Field(
        description="Lemmas of what a state gives or brings to bear, and of its handing over: what goes 'from X to Y'"
        " keeps X and Y, the giver and the receiver ('aid', 'arms', 'sovereignty', 'handover')."
    )
    mover_nouns: Words = Field(
        description="Lemmas and forms of armed men and machines that move through places: as what goes 'from X to Y'"
        " they keep neither end ('troops were transferred from Iraq to Afghanistan')."
    )
    handover_particles: Words = Field(
        description="Particles with which a verb of handing over or transfer stays one ('handed back', not 'handed"
        " out')."
    )
    given_verbs: Words = Field(
        description="Lemmas of verbs of handing over: as a verb, its own 'from X to Y' keeps X and Y ('handed back')."
    )
    transfer_verbs: Words = Field(
        description="Lemmas of verbs whose subject is what goes 'from X to Y' ('sovereignty passed from'); other"
        " verbs' subjects move through places ('troops flew back from')."
    )
    held_nouns: Words = Field(
        description="Lemmas of what a state holds, read only as the subject of one of transfer_verbs ('power passed')."
    )
    state_office_nouns: Words = Field(
        description="Offices held for a state: a state's possessive before one keeps the state ('Britain's director')."
    )
    agency_participles: Words = Field(description="Participles after 'Turkish-' that keep the state ('backed').")
    origin_participles: Words = Field(description="Participles after 'Singapore-' that make a place ('based').")
    company_nouns: Words = Field(description="Nouns naming a company ('firm', 'giant').")
    body_nouns: Words = Field(
        description="Nouns naming a body that is no company ('the charity Childnet', 'the watchdog Spamhaus'): a name"
        " one of them stands before or beside is no firm of an article that talks of firms (`typing.firms_article`)."
    )
    body_heads: Words = Field(
        description="Head words of a body's own name besides body_nouns and not_firm_words, singular ('British Chambers"
        " of Commerce', 'Lawrence Livermore National Laboratories'): no firm of an article that talks of firms, read"
        " only as the name's head (`typing.body_head`, actors80)."
    )
    media_named_body_heads: Words = Field(
        description="Head words of a body's own name that keep it an organisation with a media word in it ('American"
        " Press Institute', 'Parents Television Council'; `discovery.head_type`, actors87)."
    )
    standard_nouns: Words = Field(
        description="Nouns of a standard or a technology: a name written before one ('EV-DO technology') or after one"
        " and a colon ('two competing standards: DVB-H') is no firm of an article that talks of firms"
        " (`typing.standard_named`, actors80)."
    )
    known_bodies: Words = Field(
        description="Lower-case names of well-known bodies that are no company, which pages name bare ('Nasa is doing"
        " it', 'founder of MIT's Media Labs', 'Oxfam senior policy adviser'): no firm of an article that talks of firms"
        " (`typing.firms_article`, actors80)."
    )
    trade_nouns: dict[Literal["company", "any"], Words] = Field(
        description="Nouns of a trade that open a name's span as a sentence's first word, kept out of it ('Bookmaker"
        " William Hill', 'Broadcaster Chris Evans'): 'company' those that make the name after them a company, 'any'"
        " those a person or a body may ply (actors58)."
    )
    company_possessions: Words = Field(description="Nouns a company owns ('shares', 'profits').")
    owned_product_nouns: Words = Field(
        description="Nouns of products a company makes: an organisation's possessive before one makes it a company"
        " ('Nintendo's handheld', 'Microsoft's software'; actors65)."
    )
    person_possessions: Words = Field(
        description="Lemmas of company_possessions a person has as often ('Dion's weight loss', 'Bennett's bid'):"
        " no company cue for a name spaCy labels a person."
    )
    club_possessions: Words = Field(
        description="Lemmas of company_possessions a sports club or body has in an article about sport ('Chelsea"
        " boss', 'the Southampton chairman', 'Wasps' loss'): no company cue there (actors62)."
    )
    flora_nouns: Words = Field(
        description="Lemmas of nouns of plants: a word the page writes in lower case too before one is a plant's"
        " name ('the Bougainvillea plant')."
    )
    politics_words: Words = Field(
        description="Words of politics: on a page with none of them, a registry politician's one-word name the page"
        " also writes in lower case is that common word ('Cook for 5 minutes'; actors60)."
    )
    media_nouns: Words = Field(description="Nouns naming a media outlet ('broadcaster', 'newspaper').")
    business_firm_heads: Words = Field(
        description="Head words of a body's that name a firm in business news ('ING Mutual Fund', 'Trident Funds'):"
        " a name they end stays `business-article`'s company (actors84)."
    )
    publication_nouns: Words = Field(
        description="Nouns of a publication that the name right before them is ('Time magazine', 'the Sun newspaper',"
        " 'the Boingboing weblog'): a media outlet (actors84). Not a website, a site, a radio or a programme, which a"
        " firm, a party or a person has as well ('the Apple website', 'the Porsche radio')."
    )
    band_nouns: Words = Field(description="Nouns naming a band beside its name ('band', 'duo').")
    band_member_nouns: Words = Field(description="Nouns of a band's members: the name before one is a band.")
    team_nouns: Words = Field(description="Nouns naming a sports club or one of its people ('side', 'striker').")
    side_nouns: Words = Field(
        description="The team nouns naming the club itself ('side', 'squad'), not one of its people: an apposition"
        " of one makes a name a club's (review51)."
    )
    business_words: Words = Field(description="Lemmas that make an article about business ('shares', 'firm').")
    named_product_nouns: Words = Field(
        description="Nouns of products written right before a product's name ('cholesterol drug Crestor', 'rival"
        " medicine Tarceva'): the name after one is no actor."
    )
    product_verbs: Words = Field(description="Lemmas of verbs whose object is a product ('launch', 'install').")
    arts_words: Words = Field(description="Lemmas that make an article about the arts ('film', 'album').")
    sport_words: Words = Field(description="Lemmas that make an article about sport ('match', 'striker').")
    sport_verbs: Words = Field(description="Lemmas of verbs of sport: a country as subject or object is a team.")
    work_nouns: Words = Field(description="Nouns of works: a name beside one is a title ('the film X').")
    concept_nouns: Words = Field(
        description="Nouns of a measure, method or law of science named after its finders ('the Kullback-Leibler "
        "divergence'): a name modifying one names no actor there."
    )
    store_nouns: Words = Field(
        description="Nouns of a firm's premises ending a name spaCy gives ('the FoodCorp Supermarket'): the firm is "
        "the words before it where the page writes them alone as an organisation's name."
    )
    creator_nouns: Words = Field(description="Nouns of a work's makers: a name modifying one is a title.")
    maker_nouns: Words = Field(description="Nouns whose 'of' names a work or a product ('the makers of X').")
    work_verbs: Words = Field(description="Lemmas of verbs whose object is a work ('direct', 'star').")
    character_nouns: Words = Field(description="Nouns of a story's figures: a name given as one is no actor.")
    acting_words: Words = Field(
        description="Lemmas of words of acting whose 'as' names the part played ('starred as James Bond', 'her role"
        " as Vera Drake'): a given name there is no person's (`typing._persons_by_a_given_name`, fix70)."
    )
    recast_words: Words = Field(
        description="Words that, after 'the' or 'a', make a person's name a part to be filled again ('the next James"
        " Bond', 'the first black James Bond'; `typing._persons_by_a_given_name`, fix70)."
    )
    language_verbs: Words = Field(
        description="Lemmas of verbs of a language: a nationality word as their object is the language ('speak"
        " English', 'learning Japanese')."
    )
    instrument_verbs: Words = Field(
        description="Lemmas of verbs whose direct object is a thing used ('use the Application', 'using Alpine')."
    )
    exclamation_words: Words = Field(
        description="Words of exclamation and oaths: one set off by commas or an exclamation mark names no one ('Shit,"
        " run!', ', Jesus, I remember')."
    )
    platform_verbs: Words = Field(
        description="Lemmas of verbs whose 'on' names a platform someone is followed or found on ('Follow us on"
        " Twitter', 'find us on Facebook')."
    )
    account_nouns: Words = Field(
        description="Nouns of someone's presence on a platform: a name before one owned by a pronoun is the platform"
        " ('our YouTube channel', 'his Twitter account')."
    )
    measure_nouns: Words = Field(
        description="Nouns of measures and packages: a name after a number and one ('1 tbsp Gia Sundried Tomato"
        " Puree', '1 box Betty Crocker') or modifying one ('MAGGI Chicken Stock cubes') is an item, a product."
    )
    owned_business_nouns: Words = Field(
        description="Nouns of a shop or a parlour ending a name a one-word owner's possessive opens ('Aisha's Salon"
        " and Spa'): where the page writes the owner nowhere else, the possessive is the firm's name's first word."
    )
    food_nouns: Words = Field(
        description="Nouns of dishes and ingredients: on a recipe page (`measure_nouns` after a number twice or more),"
        " a discovered name ending in one that never acts is a dish or an ingredient ('Olive & Herb Focaccia',"
        " 'Coconut Oil', 'American Buttercream Frosting'), no actor."
    )
    staff_role_nouns: Words = Field(
        description="Last words of a staff role that are no title of office ('Volunteer Coordinator', 'Principal"
        " Consultant'): with `role_nouns`, a name ending in one that runs into a person's name is a role before its"
        " holder ('Baark Volunteer Coordinator Bonnie Young'), not a name of its own."
    )
    kind_heads_after_names: Words = Field(
        description="Nouns that say what a name written before them as their modifier is ('reported AP news agency',"
        " 'the Reuters news agency'): the name's kind, for 'the agency' after it. Not every noun: 'BBC News website',"
        " 'Labour trio', 'MSN search site' name a part, a product or members of the name's body."
    )
    aimed_at_words: Words = Field(
        description="Verbs and nouns whose 'at' names whom an act is aimed at ('looked at Gavin', 'hit out at"
        " Mourinho', 'a swipe at Ferguson'): in an article about sport, a one-word name after another 'at' is the"
        " ground ('the win at Norwich', 'stay at Anfield'), no person."
    )
    foreign_function_words: Words = Field(
        description="Function words of other languages that English does not write (German, French, Spanish, Italian,"
        " Dutch, Swedish): a sentence with several is written in another language, where spaCy's labels are no"
        " evidence of a name ('Die Geldbörse fehlte, der Autoschlüssel')."
    )
    platform_names: Phrases = Field(
        description="Whole names of social platforms and apps whose makers also act as companies: no actor by label"
        " alone where no mention acts ('Why are you on Instagram?'; not 'Instagram said')."
    )
    product_nouns: Words = Field(description="Nouns of products: a name modifying one is part of a product.")
    thing_nouns: Words = Field(description="Nouns of events and places: a name modifying one is no actor.")
    contest_nouns: Words = Field(
        description="Lemmas of a contest's entrants: a country with one in an arts article is no state."
    )
    market_nouns: Words = Field(description="Nouns of a market: a country's name modifying one is no actor.")
    non_actor_names: Phrases = Field(description="Whole names of products, awards, events, ... never actors.")
    sport_grounds: Phrases = Field(
        description="Whole names of grounds, courses and arenas of sport: in an article about sport a venue, no actor."
    )
    software_names: Phrases = Field(
        description="Whole names of programming languages, software, platforms and formats: no actor by label alone."
    )
    software_firm_nouns: Words = Field(
        description="Nouns of a firm and its people: a listed piece of software's one-word name modifying one ('the"
        " Docker company', 'a Docker employee') is also its maker's, which acts where the name is a verb's subject"
        " ('Docker provides packages'; `software-firm`, web82)."
    )
    common_names: Phrases = Field(description="Capitalised common nouns and acronyms that are never names.")
    central_bank_words: Phrases = Field(
        description="Words of a central bank's name ('central bank', 'federal reserve'; one word only as the name's"
        " last: 'Bundesbank', 'Fed'): an organisation, as the registry's Bank of England (`central-bank`)."
    )
    central_bank_names: Phrases = Field(
        description="Whole names of central banks named 'Bank of' a state ('Bank of Japan'; not the commercial Bank of"
        " China, Bank of Ireland, Bank of America): an organisation (`central-bank`; actors57).",
    )
    org_head_nouns: Words = Field(description="Head words of organisations' names: 'the party' for the party named.")
    group_nouns: Words = Field(description="Nouns continuing a named group ('the family of X' ... 'the families').")
    speaking_for_nouns: Words = Field(
        description="Nouns of people who speak for an organisation named after for / from / of ('a spokesman for X')."
    )
    speech_verbs: Words = Field(description="Lemmas of verbs of speech: their subject is a person who speaks.")
    kind_descriptors: dict[str, Words] = Field(
        description="'the firm', 'the band': the nouns an actor introduced with is one of ('oil firm Yukos')."
    )
    recent_kind_descriptors: Words = Field(
        description="Heads of kind_descriptors for an actor named in this sentence or the two before ('the squad')."
    )
    kind_descriptor_types: dict[str, list[ActorType]] = Field(
        description="Heads of kind_descriptors that also refer to any actor of these types ('the company')."
    )
    topic_kind_types: dict[str, list[ActorType]] = Field(
        default_factory=dict,
        description="Heads of kind_descriptors that also refer to an actor of these types the article names in its "
        "headline or first sentence ('Black Sabbath have topped a list ... The band').",
    )
    club_nouns: Words = Field(
        description="Heads of kind_descriptors never said of a national team ('the club' is Arsenal, not England).",
    )
    led_group_nouns: Words = Field(description="Nouns for the group the person named last leads ('his party').")
    government_heads: Words = Field(
        description="Registry offices of a head of government: 'his chancellor' of that holder is his state's one."
    )
    page_day_words: Words = Field(
        default=frozenset(),
        description="Day words of a page's own time ('on Monday', 'yesterday'): a dated page's office said with one"
        " is the holder of its day, never a past holder it names (`dated_offices`, review62 1, actors83).",
    )
    state_leader_nouns: Words = Field(
        default=frozenset(),
        description="Nouns for a state's leader with no office of their own ('the Syrian leader', 'Russia's leader'):"
        " the holder of one of state_leader_offices of that state (actors83).",
    )
    state_leader_offices: Words = Field(
        default=frozenset(),
        description="The offices a state's leader holds ('president', 'prime minister'): the one person the page"
        " titles with one of them for the state, or, on a dated page, the registry's holder of the state's one such"
        " office (actors83).",
    )
    firm_name_tails: Words = Field(
        default=frozenset(),
        description="Words that end a firm's whole name and name no part of it: a legal form or the trade the whole"
        " firm is named by ('Altria Group', 'Nortel Networks', 'Fairmont Hotels & Resorts'); the name without them"
        " is the same firm (`resolution.firm_short_forms`). Not a unit's word: 'Sony Pictures', 'BT Retail',"
        " 'Barclays Capital', 'Fiat Auto', 'GM Europe' are another body than the parent (actors96).",
    )
    not_paper_words: Words = Field(
        description="Words of a media actor's name (or its registry aliases) that make it no newspaper ('News Corp')."
    )
    reporter_nouns: Words = Field(description="Nouns for the outlet's own reporter ('our correspondent').")
    own_publication_nouns: Words = Field(
        description="What a publication calls itself after 'this' ('this newspaper', 'this media house'): the paper"
        " the article names."
    )
    outlet_names: Words = Field(description="The outlet's names: 'The BBC's Zubair Ahmed' is 'our correspondent'.")
    firm_of_person_nouns: Words = Field(
        description="Nouns for the company in the title of the person named last ('his firm', 'his company')."
    )
    person_descriptors: Words = Field(
        description="Nouns for the person an article is about ('the singer'), when nobody holds them as a title."
    )
    person_noun_kinds: dict[str, Words] = Field(
        description="Person nouns that say one role in other words ('magnate', 'tycoon', 'businessman'): the noun"
        " after a sentence that gave one of them to another person, not the subject, is not the subject's."
    )
    eponym_nouns: Words = Field(
        description="Nouns of things named after a person: a full name before one is no mention ('the Bobby"
        " Charlton school', 'the James Bond theme')."
    )
    place_head_nouns: Words = Field(
        description="Nouns a place's name comes before ('the Khan Younis refugee camp', 'the Tal Afar offensive'):"
        " a discovered two-word name before one is no person."
    )
    time_adjectives: Words = Field(
        description="Adjectives that set a fixture side in another time ('the next hosts'): no side of this one."
    )
    opponent_nouns: Words = Field(
        description="Nouns of the other player of a match: 'his opponent' in sport is the one named most but him."
    )
    subset_nouns: Words = Field(
        description="Nouns of some members of a body: 'a group of MPs' is no mention of the House of Commons."
    )
    just_named_nouns: Words = Field(
        description="Kind nouns that are the one organisation that fits named just before when two tie for most named."
    )
    other_person_nouns: Words = Field(
        description="Singular nouns of a person, besides the role, kin and group ones, that an object of the sentence"
        " before an age may be ('shot the soldier', 'met the activist'): the age may be theirs, not the subject's.",
    )
    kin_nouns: Words = Field(
        description="'his wife', 'the congressman's son': the one person the article introduced with the noun ('his"
        " son, Dan Lipinski')."
    )
    placed_person_nouns: Words = Field(
        description="Nouns for the person an article is about only after a place's name ('the Waterford man')."
    )
    player_positions: Words = Field(description="A player's positions: 'the winger' is the player introduced so.")
    player_nouns: Words = Field(
        description="Nouns a player may be introduced with besides a position ('captain', 'international')."
    )
    star_nouns: Words = Field(
        description="A performer's nouns a person introduced with is 'the star' ('Former Stone Roses singer Ian Brown"
        " ... The star went off'), when no other person was introduced with one of them or with 'star'."
    )
    manager_nouns: Words = Field(
        description="Nouns of a side's manager: in sport, 'the Gunners manager', 'the former Porto coach' after a"
        " side's word is the one person the article introduced with one of them ('Arsenal boss Arsene Wenger')."
    )
    fixture_sides: dict[Literal["home", "away"], Words] = Field(
        description="'the hosts', 'the visitors': the home or away side of a fixture named in the headline."
    )
    club_nicknames: dict[str, list[str]] = Field(
        description="A club's nickname (lower case) -> the names of the clubs that carry it ('gunners': Arsenal;"
        " 'blues': Chelsea, Birmingham, ...): in an article about sport that names exactly one of them, the nickname"
        " is that club (actors66)."
    )
    team_descriptors: Words = Field(
        description="'his side', 'Wenger's team': the team of the person's title ('Arsenal boss Arsene Wenger')."
    )
    firm_of_organisation_nouns: Words = Field(
        description="'the company': when no company fits, the discovered organisation named most (at least twice)."
    )
    firm_group_nouns: Words = Field(
        description="'the group': also the company named most, where the article has named no organisation but"
        " companies ('Cadbury Schweppes ... the group's factories')."
    )
    trade_kind_nouns: Words = Field(
        description="Heads of kind_descriptors that may take a trade noun or a superlative before them ('the car"
        " giant', 'the world's biggest car maker'): the one company the article has named."
    )
    not_trade_modifiers: Words = Field(
        description="Nouns before a company's kind noun that make it another company ('the parent company', 'the"
        " rival firm'), not the trade of the one named."
    )
    firm_state_modifiers: Words = Field(
        description="Modifiers of a company's kind noun that say how it fares, not which one it is ('the ailing"
        " company', 'the loss-making airline'; hyphenated ones written whole): the one firm that fits named in the"
        " sentences just before."
    )
    wary_kind_nouns: Words = Field(
        description="Kind nouns said of more than a firm ('the group', 'the business'): not of the company named most"
        " when a proper noun no name links comes after its last naming."
    )
    group_people_nouns: Words = Field(
        description="Lemmas of plural nouns of people a 'group' may be ('gunmen', 'campaigners'): said before, 'the"
        " group' is not the company named most."
    )
    not_firm_words: Words = Field(
        description="Words of a name that is no firm's, besides org_head_nouns ('the World Economic Forum')."
    )
    side_leader_nouns: Words = Field(
        description="A title of who leads a side ('Captain Fabien Pelous', 'their coach John Kirwan'): with no team in"
        " it, 'his side' is the team the sentence before was about."
    )
    nationality_nouns: dict[str, Words] = Field(
        description="'the Dutchman': the words that introduce a person of that nationality ('dutch', 'holland')."
    )
    british_nouns: Words = Field(
        description="The nationality nouns of the nations of Britain ('briton', 'scot'): an earlier descriptor calling"
        " a person by one does not exclude another ('the Briton' may be 'the Scot'; actors64)."
    )
    given_names: Words = Field(
        default=frozenset(),
        description="Common given names ('Jane', 'John'): not a key of this file; `load_actors_lexicon` reads them"
        " from the claims lexicon's female_first_names and male_first_names (actors87).",
    )
    female_words: Words = Field(
        default=frozenset(),
        description="Given names and titles that say a woman ('Jane', 'Mrs'): not a key of this file; read from the"
        " claims lexicon's female_first_names and female_titles (fix78).",
    )
    male_words: Words = Field(
        default=frozenset(),
        description="Given names and titles that say a man ('John', 'Mr'): not a key of this file; read from the"
        " claims lexicon's male_first_names and male_titles (fix78).",
    )

    def another_gender(self, title: str, name: str) -> bool:
        """Whether a title ("Mrs", "Mr") says another gender than a person's full name's given name ("Michael Howard")
        says: "Mrs Howard" is not him (fix78)."""
        given = name.split()[0].lower() if " " in name else ""
        word = title.lower().rstrip(".")
        female, male = self.female_words, self.male_words
        return word in female and given in male or word in male and given in female

    def ends_as_no_actor(self, words: tuple[str, ...]) -> bool:
        """Whether a name's lower-case words end with a word of names that are no actor (`non_actor_name_endings`: "the
        Hutton Inquiry", "Wilmslow Road"), unless the name is a body's, an organisation's head noun before its first
        "of" or "for" (`org_head_nouns`: "the Commission of Inquiry", "a Court of Inquiry", "the Institute for
        Transportation and Development Policy" are bodies; actors44); not when the words after it end with an event's
        noun (`thing_nouns`) that a field's words stand before: "the International Society for Music Information
        Retrieval Conference" is the society's conference (review35's strict xfail; actors46)."""
        if not words or words[-1] not in self.non_actor_name_endings:
            return False
        cut = next((k for k, w in enumerate(words) if w in {"of", "for"}), 0)
        event = words[-1] in self.thing_nouns and len(words) - cut > 2
        return not (cut > 0 and words[cut - 1] in self.org_head_nouns) or event

    @cached_property
    def nationality_words(self) -> frozenset[str]:
        """Every nationality noun and every word of one (built once a lexicon)."""
        return frozenset(self.nationality_nouns).union(*self.nationality_nouns.values())

    @cached_property
    def former_words(self) -> frozenset[str]:
        """ "former", "ex" and `past_office_words`: a title after one is no holder's now ("former banker", "then-Prime
        Minister X"; built once a lexicon)."""
        return frozenset({"former", "ex"}) | self.past_office_words

    @cached_property
    def org_words(self) -> frozenset[str]:
        """Every word of an organisation's name (`org_type_words`, `org_head_nouns`; built once a lexicon)."""
        return frozenset(w for ws in self.org_type_words.values() for w in ws) | self.org_head_nouns


def load_actors_lexicon(path: Path, names: Path = DEFAULT_NAMES_LEXICON) -> ActorsLexicon:
    """The actors lexicon of `path`, with the given names (`given_names`) of the claims lexicon at `names`; raises
    `LexiconError` naming the file and the key."""
    lex = load_model(Path(path), ActorsLexicon)
    for key in ("given_names", "female_words", "male_words"):
        if getattr(lex, key):
            raise LexiconError(f"{path}: key {key!r}: read from the claims lexicon, not a key of this file")
    female, male = gender_words(Path(names))
    return lex.model_copy(update={"given_names": given_names(Path(names)), "female_words": female, "male_words": male})


@cache
def default_lexicon() -> ActorsLexicon:
    """The source checkout's `config/actors_lexicon.yaml`, read once."""
    return load_actors_lexicon(DEFAULT_LEXICON)
