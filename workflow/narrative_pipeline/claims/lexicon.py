"""The claims lexicon (`config/claims_lexicon.yaml`, config key `claims_lexicon`) as one model.

Every cue word the claim rules consult is a key of this model: words are lower-case lemmas or
forms as each description says, phrases lower-case word sequences. A missing or unknown key, an
empty entry or a duplicate fails, naming the file and the key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from ..lexicon import LexiconModel, Phrases, Words, load_model
from ..parsed import Tok
from ..syntax import frequent_habit, lemma, modal_form, predicting


class Lexicon(LexiconModel):
    """Cue words behind claim units, claimers, certainty and types."""

    version: Literal[1] = Field(description="Format version of the lexicon file.")
    # --- attribution
    reporting_verbs: Words = Field(description="Lemmas of verbs whose subject puts a claim forward.")
    speech_acts: Words = Field(description="Lemmas of verbs whose subject is the claimer even without a clause.")
    reason_speech_acts: Words = Field(
        description="Lemmas that are a speech act only with the reason given ('attacked X for/over ...')."
    )
    position_nouns: Words = Field(
        description="A player's positions the parser takes for a verb before a name ('Munster lock Paul O'Connell has "
        "dismissed ...'): the normalize step's parse makes the clause after the name the root, with the name as its "
        "subject (misparse.repair_position; fix89: read by path, with reporting_verbs, whose '-s' forms the parser "
        "tags as plural nouns are repaired too, misparse.repair_speech_verbs)."
    )
    judging_speech_acts: Words = Field(
        description="Speech acts of blame or censure whose active subject with an object, any definite noun phrase, "
        "or whose passive's by-agent, any noun, is the claimer ('The legal action accuses X of ...', 'condemned by "
        "posterity')."
    )
    clause_verbs: Words = Field(
        description="Reporting lemmas that attribute only with a clause or a quotation ('hope that ...')."
    )
    unnamed_phrases: Phrases = Field(description="Phrases attributing a claim to no named source.")
    stance_adjectives: Words = Field(description="Adjectives whose subject holds the claim ('X is confident ...').")
    source_nouns: Words = Field(description="Nouns (forms or lemmas) naming sources that can claim.")
    withholding_verbs: Words = Field(
        description="Verbs that keep the reporting verb under them from being said ('refused to say')."
    )
    unrealised_wish_verbs: Words = Field(
        description="Lemmas of a wish that in the past perfect is the author's narration ('had hoped')."
    )
    action_infinitive_verbs: Words = Field(
        description="Reporting verbs whose infinitive is an action, not a claim ('agreed to invest')."
    )
    continuing_verbs: Phrases = Field(
        description="A lemma (and its particles) under which an infinitive reporting verb reports ('went on to say')."
    )
    impersonal_belief_verbs: Words = Field(
        description="Verbs of belief whose agentless passive is an unnamed source and hedges ('is expected to')."
    )
    impersonal_report_verbs: Words = Field(
        description="Verbs of report whose agentless passive attributes to no named source ('has been described as')."
    )
    impersonal_speech_acts: Phrases = Field(
        description="Speech acts (lemma, preposition) whose agentless passive reports what follows the preposition."
    )
    impersonal_as_verbs: Words = Field(description="Of those, the verbs whose content follows 'as' ('is seen as').")
    made_claim_nouns: Words = Field(
        description="Nouns of a claim whose agentless passive of `made_claim_verbs` with a that-clause reports the "
        "clause with no named source ('Claims were made that ...')."
    )
    made_claim_verbs: Words = Field(
        description="Verbs that make or put forward a claim ('were made', 'were levelled')."
    )
    continuation_breakers: Words = Field(
        description="Words by which a backshifted sentence turns away from the indirect speech before it."
    )
    person_object_acts: Words = Field(
        description="Speech-act lemmas that with a person as object are acts ('the keeper denied Smith a goal')."
    )
    directive_speech_acts: Words = Field(
        description="Lemmas that are speech acts with an object and an infinitive ('challenged X to stand down')."
    )
    withheld_speech_verbs: Words = Field(
        description="Verbs of saying whose withholding is `withheld-speech` ('did not say whether')."
    )
    aim_verbs: Words = Field(
        description="Verbs of a stated aim ('aims to ...'): a prediction when put forward by its holder (`held_aim`)."
    )
    holder_pronouns: Words = Field(
        description="Pronouns that, as the subject of reported speech outside a quotation, stand for its claimer"
        " ('Sky has said it aims to ...')."
    )
    negating_subject_words: Words = Field(
        description="Words that deny a verb from its subject ('Neither X nor Y commented', 'Neither company would"
        " comment'): the verb is negated as by 'not' where a withheld or refused speech act is tested."
    )
    speech_phrases: Phrases = Field(
        description="A verb lemma and a word hanging on it that make a speech act ('paid tribute', 'made clear')."
    )
    criticised_objects: Words = Field(
        description="Object nouns with which a reason speech act needs no reason ('attacked the plans')."
    )
    armed_parties: Words = Field(
        description="Armed or military parties: 'attack' by them is physical, 'had to' on a day is what they did."
    )
    attack_targets: Words = Field(description="Things that attacked are a physical attack ('attacked the convoy').")
    play_targets: Words = Field(
        description="What a side attacks in play ('attacked the goal'): a deed, not an aim owned."
    )
    attack_people: Words = Field(
        description="People whose attack is physical in the passive with no agent ('two officers were attacked')."
    )
    attack_media: Words = Field(description="Where words are said: 'attacked X in a letter' is verbal.")
    attack_verbal_objects: Words = Field(
        description="Objects an armed party attacks in words ('attacked the peace deal', 'the government')."
    )
    attack_places: Words = Field(description="Places that 'attacked in / near' makes physical ('in a park').")
    attack_weapons: Words = Field(description="Nouns that 'attacked with' makes a physical attack ('with rockets').")
    as_speech_acts: Words = Field(description="Speech-act lemmas that say something only with 'as' ('hailed X as Y').")
    object_pronouns: Words = Field(description="Pronouns that stand for a person as an object (him, her, them).")
    backshift_modals: Words = Field(
        description="Modals that carry indirect speech on into the next sentence ('X said ... . It would ...')."
    )
    prediction_speech_acts: Words = Field(
        description="Reporting lemmas that with a noun object are their subject's prediction ('X forecast a loss')."
    )
    evidence_verbs: Words = Field(description="Lemmas by which data show something ('figures showed exports down').")
    evidence_nouns: Words = Field(description="Lemmas of data that can show something (figure, poll, survey).")
    held_view_nouns: Words = Field(
        description="Lemmas of a view whose holder 'That is the view of X' names for the sentence before it."
    )
    share_words: Words = Field(
        description="Heads of a claimer phrase that name a share of a group polled or voting ('47%', 'a quarter')."
    )
    share_determiners: Words = Field(
        description="Words on a claimer phrase's head that make it a share of its group ('most voters')."
    )
    poll_words: Words = Field(
        description="Forms or lemmas that name a poll or a vote, which a 'most X' share needs ('referendum', 'polled')."
    )
    stance_nouns: Words = Field(
        description="Nouns whose that-clause, as any verb's object, is the subject's claim ('raised concerns that')."
    )
    plan_verbs: Words = Field(description="Lemmas that put plans forward ('X announced plans to ...').")
    plan_nouns: Words = Field(description="Nouns whose infinitive is an intended action ('plans to cut ...').")
    calling_documents: Words = Field(
        description="Lemmas of documents whose unattributed 'calls for X' asks for X ('the budget calls for ...')."
    )
    call_subject_pronouns: Words = Field(
        description="Pronouns that, as the subject of an unattributed 'calls for X', name no source ('who', 'it')."
    )
    title_small_words: Words = Field(description="Words a title leaves in lower case ('of', 'the'): type.heading.")
    sequel_verbs: Words = Field(description="Verbs of what came after what ('X follows Y'): type.sequel, an event.")
    summoning_verbs: Words = Field(description="Verbs of asking that summon with a `summons_nouns` object ('call').")
    summons_nouns: Words = Field(
        description="Lemmas of who is summoned ('called for help', 'for an ambulance'): a summons, no prescription."
    )
    organisation_pronouns: Words = Field(
        description="Pronouns resolved to the organisation, state or group last named as a subject ('it')."
    )
    organisation_reporting_verbs: Words = Field(
        description="Reporting lemmas whose subject may be such a pronoun when they report something ('it said ...')."
    )
    framed_report_verbs: Words = Field(
        description="Verbs of impersonal report taken only with a passive subject in a clause that frames the claim."
    )
    hearer_passive_verbs: Words = Field(
        description="Verbs of report whose passive subject is who heard it ('researchers were told')."
    )
    conjunct_speech_phrases: Phrases = Field(
        description="Acts of speech that frame nothing by themselves and, joined to a verb of saying with no subject "
        "of its own, lend it theirs ('played down the significance ... and said ...')."
    )
    targeted_speech_phrases: Phrases = Field(
        description="A verb lemma and the words hanging on it that make a speech act aimed at someone, whose subject "
        "claims ('hit out at', 'railed against', 'joined calls'): claims/verbs.py `targeted_speech`, the rule "
        "`targeted-speech-act`."
    )
    fear_adjectives: Words = Field(
        description="Stance adjectives of worry whose clause's hedge hedges the claim ('is concerned that X could')."
    )
    newsroom_learning_verbs: Words = Field(
        description="Verbs of finding out that report what was found when a newsroom is their subject ('..., BBC "
        "Sport has learnt'): claims/verbs.py `newsroom_finding`."
    )
    newsroom_words: Words = Field(
        description="Words that make a subject a newsroom: a news outlet or a journalist ('BBC Scotland', 'OBSERVER "
        "ONLINE', 'the BBC's political editor')."
    )
    saying_verbs: Words = Field(
        description="Verbs of saying whose active subject, when they report something, is the source whatever it names "
        "('new guidelines say ...', 'three-quarters said ...', 'it said ...' with no group named before)."
    )
    non_speech_particles: Words = Field(
        description="Particles that make a speech-act verb another verb ('called in sick', 'called off')."
    )
    non_speech_prepositions: Phrases = Field(
        description="Speech-act lemmas with a preposition that makes them another verb ('condemned X to defeat')."
    )
    content_modals: Words = Field(
        description="Modals that keep a clause coordinated with a reporting verb in its report ('but X would')."
    )
    ruling_objects: Phrases = Field(
        description="Speech-act lemmas with an object that makes them a ruling ('dismissed the appeal')."
    )
    reflexive_state_verbs: Words = Field(
        description="Reporting lemmas that with a reflexive pronoun tell a situation ('found himself a goal down')."
    )
    reflexive_pronouns: Words = Field(description="Reflexive pronouns ('himself', 'themselves').")
    quantifier_subjects: Words = Field(
        description="Quantifiers whose 'of X' names the source ('one of their frontbenchers')."
    )
    agent_endings: Words = Field(
        description="Endings (with an optional plural s) of nouns that name who speaks ('producers', 'the insurer')."
    )
    non_agent_nouns: Words = Field(description="Nouns with an agent ending that name no speaker (number, border).")
    source_pronouns: Words = Field(description="Pronouns that can be a claimer.")
    non_source_subjects: Words = Field(description="Subjects that never name a source (it, this, there, ...).")
    person_pronouns: Words = Field(description="Pronouns resolved to the person last named as a subject.")
    female_pronouns: Words = Field(description="Person pronouns that stand for a woman (she, her).")
    male_pronouns: Words = Field(description="Person pronouns that stand for a man (he, him).")
    spokesperson_nouns: Words = Field(
        description="Nouns of one who speaks for a body, seldom named ('a spokeswoman said'): a he / she right after is"
        " that speaker, not a person named before (`pronouns.unnamed_spokesperson`)."
    )
    female_titles: Words = Field(description="Titles before a name that make the person a woman (Ms, Mrs, Baroness).")
    male_titles: Words = Field(description="Titles before a name that make the person a man (Mr, Sir, Lord).")
    female_first_names: Words = Field(description="First names that make an untitled person a woman (Jane).")
    male_first_names: Words = Field(description="First names that make an untitled person a man (John).")
    speaker_pronouns: Words = Field(description="First and second person pronouns: no stance-adjective claimer.")
    relative_pronouns: Words = Field(description="Relative pronouns standing for the noun their clause modifies.")
    determiners: Words = Field(description="Articles trimmed from the start of a claimer phrase.")
    # --- certainty
    hedge_words: Words = Field(description="Adverbs and modals that hedge the clause they qualify.")
    hearsay_adverbs: Words = Field(
        description="Adverbs that pass on what others say ('allegedly', 'reportedly'): in a clause of why or when they "
        "neither attribute nor hedge the main clause ('suspended for allegedly missing tests': claims75)."
    )
    negated_non_hedges: Words = Field(
        description="Hedge modals that hedge nothing when negated ('could not comment': what was impossible)."
    )
    hedge_verbs: Words = Field(description="Lemmas of verbs that hedge their clause (seem, appear).")
    doubting_verbs: Words = Field(
        description="Lemmas of a first-person present doubt that hedges its clause ('I doubt he will play')."
    )
    hedge_phrases: Phrases = Field(description="Phrases that hedge the claim.")
    appearance_verbs: Words = Field(description="Hedge verbs that also mean showing up somewhere ('appear').")
    appearance_prepositions: Words = Field(
        description="Prepositions on a hedge verb that make it one of showing up ('appeared in court'): no hedge."
    )
    appearance_state_nouns: Words = Field(
        description="Nouns after such a preposition that make it a state, not a place ('appeared on course'): a hedge."
    )
    comparative_adverbs: Words = Field(
        description="Adverbs of a comparative likelihood ('more likely to vote'): stated as fact, no hedge."
    )
    later_prepositions: Words = Field(
        description="Prepositions of a later event that make a comparative likelihood an outlook ('after the vote')."
    )
    likelihood_adjectives: Words = Field(description="Adjectives of likelihood that a comparative can qualify.")
    past_possibility_modals: Words = Field(
        description="Modals that with a past-time phrase state what was possible then ('could then be sacked')."
    )
    past_time_phrases: Phrases = Field(
        description="Phrases that set a clause in the past ('at the time', 'then'): a modal there is no hedge."
    )
    future_time_phrases: Phrases = Field(
        description="Phrases that set a clause in the time to come ('next week'): 'may be in Brussels next week'."
    )
    condition_markers: Words = Field(description="Subordinators of a condition ('if ..., then ...').")
    concessive_markers: Words = Field(
        description="Subordinators of a concession ('although', 'though'): a hedge in their clause does not hedge "
        "the main clause."
    )
    # --- type
    warning_verbs: Words = Field(
        description="Verbs of warning typed by the clause they warn of when no frame took them ('..., and warned that "
        "more strikes would follow'), not as a call to act."
    )
    prescription_modals: Words = Field(description="Modal forms of a prescription (should, must).")
    prescription_phrases: Phrases = Field(description="Phrases of a prescription near the clause root.")
    prescription_verbs: Words = Field(description="Lemmas of verbs that prescribe.")
    backshifted_phrases: Phrases = Field(
        description="Past forms of `prescription_phrases` ('it was time') that prescribe only as the root of a report "
        "under a past verb of saying ('Tony Blair said it was time to ...')."
    )
    framing_phrases: Phrases = Field(description="Phrases that frame rather than prescribe ('it should be noted').")
    interpretation_phrases: Phrases = Field(
        description="Framings that interpret what was or is: an assessment ('this should be understood as')."
    )
    desire_verbs: Words = Field(
        description="Lemmas of wishes: a prescription in the first person or reported from their holder."
    )
    framing_infinitives: Words = Field(
        description="Infinitives after 'it is important to ...' that frame, not prescribe ('to note that')."
    )
    view_infinitives: Words = Field(
        description="Infinitives after 'it would be wrong to ...' that take a view, no act ('to blame', 'to expect')."
    )
    deliberation_prepositions: Words = Field(
        description="Prepositions after a view's verb that make it a deliberation, an act ('to think about ...')."
    )
    wish_verbs: Words = Field(description="Lemmas of a wish reported from its holder: a prescription ('he wanted').")
    opinion_verbs: Words = Field(
        description="Lemmas of a present first-person frame that puts a view forward ('I think ...'): an assessment."
    )
    regard_verbs: Words = Field(
        description="Lemmas of 'X sees / regards Y as Z', 'Y is viewed as Z': a characterisation, an assessment."
    )
    sight_verbs: Words = Field(
        description="Regard verbs of sight, whose 'as' can tell what the one seen was then ('saw him as a teenager')."
    )
    depicted_as_nouns: Words = Field(
        description="Nouns after a sight verb's 'as' of what the one seen was then (an age, a passenger, a broadcast)."
    )
    depicted_as_modifiers: Words = Field(
        description="Words before a depicted noun that keep it literal ('a young boy', 'a live broadcast'; claims71)."
    )
    picture_nouns: Words = Field(
        description="Nouns of a picture: a present passive 'is seen as' with one in its sentence is literal (fix58b)."
    )
    necessity_adjectives: Words = Field(
        description="Adjectives of 'it is vital / necessary that ...': a judgement that something must be done."
    )
    advisability_words: Words = Field(
        description="Words of 'it would be unwise / a mistake to ...': a judgement of a possible action, advice."
    )
    cleft_wish_verbs: Words = Field(
        description="Lemmas of 'what we want / need / are asking for is ...': the thing put forward as wished for."
    )
    directive_verbs: Words = Field(description="Lemmas of 'X urged Y to ...': with an infinitive, a prescription.")
    forewarning_verbs: Words = Field(
        description="Directive verbs that with only `expectation_infinitives` forewarn ('warned X to expect';"
        " review50)."
    )
    expectation_infinitives: Words = Field(
        description="Infinitives that make a directive verb's content a forecast ('warned investors to expect losses';"
        " review50)."
    )
    awaited_verbs: Words = Field(
        description="Lemmas whose present passive with no clause tells what is to come ('is scheduled for May')."
    )
    imperative_openers: Words = Field(
        description="Forms that may come before a verb in the imperative ('please', 'just', 'do', 'n't', 'never')."
    )
    not_advice_imperatives: Words = Field(
        description="Lemmas of an imperative that tells nothing to be done: a greeting or a frame ('thank', 'imagine')."
    )
    time_verbs: Words = Field(
        description="Lemmas that before a phrase of time with a clause after it say when ('come late August, ...')."
    )
    adjective_verbs: Words = Field(
        description="Words that are adjectives as well as verbs: with no object and 'for' after them, a verbless line."
    )
    adjective_prepositions: Words = Field(
        description="Prepositions that complete an adjective ('Perfect for Halloween'), read after `adjective_verbs`."
    )
    presenting_verbs: Words = Field(
        description="Lemmas of 'Enter X: the ...': a stage direction presenting X, with a colon and a description."
    )
    adding_phrasal_verbs: Phrases = Field(
        description="Verb + particle of 'Throw in the small matter of ...': one more point added to a list."
    )
    added_point_nouns: Words = Field(
        description="Objects of `adding_phrasal_verbs` that are a point of discourse (matter, fact), not a thing."
    )
    advised_conditions: Words = Field(
        description="Marks of the clause after 'it is best / would be better' that names the action judged ('if')."
    )
    preference_words: Words = Field(
        description="Words of `advisability_words` that judge an action named by an 'if' clause ('best if we ...')."
    )
    comparison_idioms: Phrases = Field(description="Verb + adverb of 'let alone': 'still less', no imperative.")
    framing_proposals: Words = Field(
        description="Verbs after 'let us' that frame what follows ('Let us never forget that ...'), no call to act."
    )
    adding_verbs: Words = Field(description="Lemmas of 'Add to this ...': with `added_to_words`, a point added.")
    added_to_words: Words = Field(
        description="Objects of the 'to' of `adding_verbs` that stand for what was said before ('this', 'that')."
    )
    source_line_nouns: Words = Field(
        description="Words of a traceback's 'line 19' after a quoted file name ('File \"foo.py\", line 19')."
    )
    pending_adverbs: Words = Field(
        description="Adverbs of 'has yet / is still to ...': an act not done yet, its question what is not known."
    )
    first_person_pronouns: Words = Field(description="Subjects of a first-person wish (I, we).")
    prediction_modals: Words = Field(description="Modal forms of the future (will, 'll).")
    prediction_phrases: Phrases = Field(description="Phrases of the future near the clause root.")
    aim_nouns: Words = Field(
        description="Subjects of 'X is to ...' that name an aim or an answer, not who will act ('the aim is to cut')."
    )
    idiom_infinitives: Words = Field(description="Infinitives of 'X is to ...' that make an idiom ('is to blame').")
    aim_stance_nouns: Words = Field(
        description="Subjects of 'X is to ...' that name what an actor aims at or pledged ('the goal is to ship ...')."
    )
    inevitability_adverbs: Words = Field(
        description="Adverbs on a quoted past 'was going to' that make it a judgement of what was certain ('always')."
    )
    imputed_aim_words: Words = Field(
        description="Adjectives on an aim noun that impute a motive, not a stance ('the real aim is to ...')."
    )
    day_names: Words = Field(description="Names of weekdays: 'on Friday' on a present simple schedules it.")
    month_names: Words = Field(description="Names of months: 'on 8 March' on a present simple schedules it.")
    recommending_verbs: Words = Field(
        description="Lemmas whose reported clause is what is asked to be done ('recommended that ...')."
    )
    contrast_adverbs: Words = Field(
        description="Adverbs that set a participle against another ('X-based rather than Y-based'): a judgement."
    )
    negative_pronouns: Words = Field(description="Pronouns that name nothing ('nobody', 'nothing').")
    prepositional_prescription_verbs: Words = Field(
        description="Prescription verbs that prescribe only with a preposition of asking ('called for', 'appeal to')."
    )
    particle_prescription_verbs: Phrases = Field(
        description="A verb and its particle that prescribe with a preposition of asking ('crying out for X to ...')."
    )
    opportune_nouns: Words = Field(description="Nouns of a time judged right for an action ('the perfect time to').")
    opportune_adjectives: Words = Field(
        description="Lemmas that judge a time right for an action ('now is the perfect / best time to ...')."
    )
    correlative_judgements: Words = Field(
        description="Comparatives that close 'the sooner ..., the better' as a judgement of an action ('better')."
    )
    inevitability_phrases: Phrases = Field(
        description="Phrases of a thing bound to come ('only a matter of time before ...'), with `waiting_markers`."
    )
    waiting_markers: Words = Field(description="Words after which the awaited thing comes ('before', 'until').")
    still_to_come_phrases: Phrases = Field(
        description="Phrases of what is still to come with no modal ('more to come', 'the best is yet to come')."
    )
    still_to_come_particles: Words = Field(
        description="Particles after 'to come' that make it another verb ('more to come forward'): no future."
    )
    inferred_state_words: Words = Field(
        description="Adjectives (or a progressive's verbs) of a state a 'must be' infers ('it must be hard', 'you must"
        " be joking'): an assessment, not what is to be done."
    )
    inferring_subjects: Words = Field(
        description="Subjects of an inferring 'must be' ('it must be hard for him'; not the speaker's own 'we')."
    )
    suggesting_verbs: Words = Field(
        description="Verbs that put forward what to do in the first person present ('I suggest we move')."
    )
    prescription_prepositions: Words = Field(description="Prepositions of asking ('call for', 'appeal to').")
    asking_nouns: Words = Field(description="Nouns of asking ('a call for', 'an appeal to ... to'): voiced-call.")
    as_frame_verbs: Words = Field(
        description="Verbs of saying that frame the clause after them in 'As X said, ...' (not 'shouted', 'demanded')."
    )
    owned_asking_nouns: Words = Field(
        description="Nouns of asking that ask only with a determiner or an owner ('its demand for', not 'demand for"
        " cars')."
    )
    name_calling_nouns: Words = Field(
        description="Judgements a naming verb gives its object ('called the report rubbish'): no telephone call."
    )
    voicing_verbs: Words = Field(
        description="Verbs whose subject makes a call its own ('repeated his call for', 'joined calls for')."
    )
    infinitive_prescription_prepositions: Words = Field(
        description="Prepositions of asking only with an infinitive ('appeal to X to ...'; not 'appealed to voters')."
    )
    contest_verbs: Words = Field(
        description="Assessment verbs that without an object, or with a contest noun, are play ('defended well')."
    )
    contest_nouns: Words = Field(description="What a side or player defends in play ('title', 'lead').")
    naming_verbs: Words = Field(
        description="Assessment verbs that in the passive or as a participle name ('a group called X')."
    )
    arguing_verbs: Words = Field(
        description="Verbs that with 'for' a thing put it forward to be done ('argued for a grand coalition')."
    )
    trial_sides: Words = Field(
        description="Sides of a trial ('argued for the defence'): speaking for one is a counsel's role, no advocacy."
    )
    emphasising_verbs: Words = Field(
        description="Verbs whose object 'the need for X' calls for X ('stressed the need for a political solution')."
    )
    judging_subjects: Words = Field(
        description="Subjects whose 'can' in the author's voice is a view, not a fact ('We can't deal with ...')."
    )
    belief_verbs: Words = Field(
        description="Verbs of belief whose clause decides when it looks ahead ('believed the Mayor would say sorry')."
    )
    inference_verbs: Words = Field(
        description="Verbs of inference whose clause decides when it looks ahead ('this meant they would be left')."
    )
    unframed_saying_verbs: Words = Field(
        description="Saying verbs whose clause decides when no attribution took it ('said he would not stay')."
    )
    likelihood_nouns: Words = Field(
        description="Nouns of likelihood whose clause is what may come ('there was a real risk that X would ...')."
    )
    expectation_adjectives: Words = Field(
        description="Stance adjectives of expecting ('confident she can win', 'optimistic of surpassing'): a forecast."
    )
    second_person_pronouns: Words = Field(description="The reader addressed ('you will need to ...': advice).")
    need_nouns: Words = Field(description="Nouns of a need ('the need for', 'the necessity of').")
    advocating_verbs: Words = Field(
        description="Verbs that prescribe only with an object that is to be done ('defended plans to end ...')."
    )
    user_nouns: Words = Field(
        description="Lemmas of a product's or service's users: 'users can ...' states what it offers (no assessment)."
    )
    necessity_verbs: Words = Field(
        description="Lemmas of a necessity reported speech shifts to the past ('had to', 'needed to', 'was needed')."
    )
    past_point_phrases: Phrases = Field(
        description="Phrases that place a reported 'had to' at a time gone ('last year', 'on Thursday' is a day)."
    )
    estimating_verbs: Words = Field(
        description="Lemmas of a frame that estimates ('it is estimated that £500,000 is needed'): a cost."
    )
    present_time_phrases: Phrases = Field(
        description="Phrases of now ('at the moment') that set a quoted 'there is' as a fact of what is there."
    )
    interpretation_nouns: Words = Field(
        description="Nouns of an explanation or a view ('there may be a reason for ...'): a hedged judgement of now."
    )
    advocacy_nouns: Words = Field(
        description="Nouns of a case made ('there is a strong case for ...'): with 'for' an action, a prescription."
    )
    lawsuit_words: Words = Field(
        description="Words of a case a court hears ('a court case', 'a case for damages'): no case for an action."
    )
    obligation_nouns: Words = Field(
        description="Nouns of what one is bound to do ('we have a duty to ...'): had, with an infinitive, prescribing."
    )
    care_nouns: Words = Field(
        description="Nouns of care given to the hurt ('three people needed hospital treatment'): a casualty, no need."
    )
    arrangement_words: Words = Field(
        description="Lemmas of a plan or arrangement ('was due to', 'planned to'): in the author's past, an event."
    )
    prediction_verbs: Words = Field(description="Lemmas of verbs about the future.")
    sense_bound_prediction_verbs: Words = Field(
        description="Of `prediction_verbs`, those about the future only with a to-infinitive or 'as' ('tipped to win')."
    )
    conditional_modals: Words = Field(description="Conditional modal forms (would): a prediction.")
    habitual_past_phrases: Phrases = Field(
        description="Past times that, fronted as the verb's adverbial, make a 'would' habitual ('in the past', 'back"
        " then'): read as 'used to' (`modal_form`)."
    )
    habitual_adverbs: Words = Field(
        description="Adverbs of frequency that make a 'would' habitual ('would frequently fall out'): read as 'used to'"
        " where no verb of saying reports the clause (`modal_form`)."
    )
    hypothesis_prepositions: Words = Field(
        description="Prepositions of a plan a 'would' clause is set in ('under the proposals'): its 'would' of"
        " frequency is no habit (review48)."
    )
    hypothesis_nouns: Words = Field(
        description="Lemmas of nouns of a plan after `hypothesis_prepositions` ('under the proposals', not 'under"
        " Saddam', 'under the Taliban': a regime's habits are the past's; review49)."
    )
    hypothesis_modifiers: Words = Field(
        description="Modifiers that make the object of `hypothesis_prepositions` a plan ('under the new rules', 'under"
        " the proposed system'; review50)."
    )
    habitual_determiners: Words = Field(
        description="Determiners of a time phrase that make a 'would' habitual ('would beat prisoners every night')."
    )
    clause_participles: Words = Field(
        description="Past participles spelled as the base form that after \"'d\" with a clause are 'had' ('he'd read"
        " that ...')."
    )
    possibility_modals: Words = Field(description="Modal forms of possibility (could, may): a prediction.")
    counterfactual_modals: Words = Field(
        description="Modal forms that over a perfect judge what was or might have been ('could have won')."
    )
    requirement_modals: Words = Field(
        description="Modals over a perfect with a condition stating a requirement ('must have lived there to vote')."
    )
    requirement_periods: Words = Field(
        description="Nouns of a period a requirement measures ('for three years'), after 'for' with a number."
    )
    requirement_quantifiers: Phrases = Field(
        description="Phrases before a period's number that make it a condition to meet ('for at least two years')."
    )
    uncertainty_adjectives: Words = Field(
        description="Adjectives of 'it is unclear whether ...': over a clause about the future, a prediction."
    )
    ability_modals: Words = Field(description="Modal forms of ability (can): an assessment.")
    copula_verbs: Words = Field(description="Lemmas of copulas: with an adjective, an assessment.")
    attitude_adjectives: Words = Field(
        description="Adjectives of an actor's attitude or state: after a copula an event ('X was keen')."
    )
    reply_verbs: Words = Field(
        description="Reporting verbs of a turn in an exchange: after an unquoted clause they report nothing."
    )
    held_assessment_acts: Words = Field(
        description="Speech acts ANNOTATION.md's hard cases type an assessment ('condemned / criticised / denounced /"
        " welcomed / hailed / praised / accused X of') and their kin ('blamed X for', 'congratulated X on'): as the cue"
        " of `verb-assessment`, the rules' type stands against the classifier's."
    )
    feeling_adjectives: Words = Field(
        description="Adjectives of an actor's feeling: after a copula, with no clause on them, an event."
    )
    degree_adverbs: Words = Field(
        description="Adverbs that grade a participle into an evaluation ('very well worked', 'very charged')."
    )
    manner_judgement_adverbs: Words = Field(
        description="Adverbs after an active verb that judge how it was done ('played really well'): an assessment."
    )
    manner_judgement_excluded_verbs: Words = Field(
        description="Verbs on which a judging adverb says how much, not how well ('knew full well', 'wish him well')."
    )
    degree_prepositions: Words = Field(
        description="Prepositions after which a 'well' says how far ('well before the vote'), not how well."
    )
    change_adverbs: Words = Field(
        description="Adverbs of a rise or fall as a copula's complement ('sales were up'): a measured state, an event."
    )
    change_prepositions: Words = Field(
        description="Prepositions on a copula's 'up' or 'down' that measure the change ('up on last year')."
    )
    multiplier_words: Words = Field(
        description="Words that multiply a comparison ('twice as fast', 'half as high'): a measured figure, an event."
    )
    comparison_prepositions: Words = Field(
        description="Prepositions of a copula's complement that compare a figure ('24.4% above the record')."
    )
    present_possibility_modals: Words = Field(
        description="Modals over 'be' with a complement that hedge a judgement of now ('may be one of those')."
    )
    explanation_markers: Words = Field(description="Subordinators of an explanation (because): an assessment.")
    since_state_verbs: Words = Field(
        description="Lemmas of verbs of a lasting state whose present perfect after 'since' tells how long, not why"
        " ('since he has been at Liverpool')."
    )
    count_nouns: Words = Field(
        description="Nouns of a count ('thousands'): as the subject of a perfect, with a numeral's, a 'since' clause"
        " tells from when the count runs ('300 people have died since the fighting has spread')."
    )
    assessment_verbs: Words = Field(description="Lemmas of verbs of evaluation and interpretation.")
    acknowledging_verbs: Words = Field(
        description="Verbs of assessment_verbs that alone tell a deed ('accepted the ruling'): no verb-assessment."
    )
    reaction_verbs: Words = Field(
        description="Verbs of assessment_verbs that with a direct object tell how a thing was taken"
        " ('did not impress X'): an event."
    )
    about_verbs: Words = Field(
        description="Verbs of assessment_verbs that in the active with a thing as direct object say what something"
        " was about ('the reports concerned ID fraud'): no verb-assessment."
    )
    about_person_objects: Words = Field(
        description="Common nouns of people as the direct object of an about_verbs verb ('it concerns residents'):"
        " a worry, still judged."
    )
    argued_nouns: Words = Field(
        description="Views an acknowledging verb takes up ('stressed this point', 'accepted the claim'): still judged."
    )
    declaring_words: Words = Field(
        description="Evaluative words that, made or become ('made it clear that'), declare: judged only as modifier."
    )
    assessment_phrases: Phrases = Field(description="Phrases of evaluation anywhere in the claim.")
    evaluative_words: Words = Field(description="Evaluative adjectives and adverbs near the clause root.")
    evaluative_nouns: Words = Field(description="Evaluative nouns near the clause root.")
    grounding_phrases: Phrases = Field(
        description="A verb's lemma with its preposition that tells the ground or source of a thing ('stem from',"
        " 'point to'): as the proposition's verb with a common noun subject, an explanation."
    )
    degree_words: Words = Field(
        description="Evaluative words that tell how much ('strong', 'huge'): no judgement as the modifier of a noun of"
        " `measured_nouns` ('strong sales', 'strong opinions')."
    )
    measured_nouns: Words = Field(
        description="Lemmas of nouns of an amount, a change or a held view ('growth', 'sale', 'opinion') that a degree"
        " word sizes rather than judges."
    )
    praise_nouns: Words = Field(
        description="Nouns of an author's praise ('genius', 'joy', 'masterpiece'): an evaluation as what a copula says"
        " something is, or in a chain of prepositional phrases on the root of the author's own clause."
    )
    posing_verbs: Words = Field(description="Verbs ('pose', 'present') whose object of `posed_nouns` is a judgement.")
    posed_nouns: Words = Field(
        description="Nouns ('risk', 'challenge') that a verb of `posing_verbs` makes a judgement of what it brings."
    )
    outcome_nouns: Words = Field(
        description="Evaluative nouns of a contest's outcome: evaluative only after a copula ('was a victory for ...')."
    )
    interpretive_nouns: Words = Field(
        description="Nouns ('sign', 'example', 'result', 'response') that, as what a copula says something is, with a"
        " phrase of their own ('a sign of', 'a response to'), read what it means or why it came: an interpretation."
    )
    interpretive_prepositions: Words = Field(
        description="Prepositions of an `interpretive_nouns` noun's phrase ('of', 'to', 'in', 'for')."
    )
    # --- units
    not_claim_first_words: Words = Field(description="Imperatives that open a sentence that is no claim.")
    quantity_nouns: Words = Field(
        description="Nouns of measure and packaging ('tbsp', 'cup', 'jar'): a line that opens with a number and names "
        "a quantity of a thing asserts nothing (units.quantity_line: a recipe's ingredient)."
    )
    reader_calls: Phrases = Field(
        description="A link's imperative and its next words, which point the reader at the page's matter ('learn "
        "more', 'check out'): units.reader_call, no claim unless the sentence turns to the reader's world."
    )
    maker_calls: Phrases = Field(
        description="An imperative and its next words that call on the page's makers ('let us know', 'contact us'): "
        "units.reader_call, no claim unless a clause of its own follows."
    )
    anchored_calls: Phrases = Field(
        description="An imperative and its next words that call the reader to act ('join us', 'sign up'): "
        "units.reader_call, no claim only with the page in the sentence (`page_words`) or nothing after them."
    )
    page_words: Words = Field(
        description="Words that put a page or its site in a call to the reader ('here', 'newsletter', 'comments')."
    )
    caption_words: Words = Field(description="Words that, with a number and a colon, open a caption ('Figure 6:').")
    writer_roles: Words = Field(
        description="Nouns of a writer's role that a column's closing note gives its writer ('X is a regular "
        "commentator on ...'): discourse.writer_notes, no claim."
    )
    split_markers: Words = Field(description="Subordinators that open a clause that may be a claim of its own.")
    time_nouns: Words = Field(
        description="Nouns of a point in time whose relative clause with an agentless passive of report tells when, "
        "no claim of its own ('at the time he was alleged to ...')."
    )
    leading_conjunctions: Words = Field(description="Conjunctions trimmed from the start of a clause unit.")
    trailing_conjunctions: Words = Field(description="Conjunctions trimmed from the end of a clause unit.")
    condition_openers: Words = Field(
        description="Openers of when or on what condition to act: list items ('When travelling, ...') and a clause "
        "before an imperative ('When the sauce thickens, add ...')."
    )
    conditional_markers: Words = Field(
        description="Subordinators of a condition: a reporting frame in the clause they open proposes no claimer ('If "
        "the FA ask me ...')."
    )
    generic_times: Words = Field(
        description="Openers of a time clause that in the present tells a habit or a condition, not a report ('When "
        "people say ...')."
    )
    patient_prepositions: Words = Field(description="Prepositions whose object undergoes the action.")

    def modal_form(self, tok: Tok) -> str:
        """`syntax.modal_form` with this lexicon's `habitual_past_phrases` and `clause_participles`: the word of a
        modal auxiliary as the rules read it ("'d" as "would", "had" or "did"; a habitual "would" as "used to"). A
        "would" with an adverb or time phrase of frequency (`syntax.frequent_habit`: "They would frequently fall out",
        "The testimony showed that guards would beat prisoners every night") is "used to" too, unless a verb of saying
        reports its clause (`reporting_verbs` but `inference_verbs`: "said it would normally invite observers", a
        promise; claims58)."""
        form = modal_form(tok, self.habitual_past_phrases, self.clause_participles)
        if form != "would" or not frequent_habit(tok, self.habitual_adverbs, self.habitual_determiners):
            return form
        verb = tok.head
        if verb is not None and self.hypothetical(verb):
            return form
        frame = verb.head if verb is not None and verb.dep == "ccomp" else None
        said = frame is not None and lemma(frame) in self.reporting_verbs and lemma(frame) not in self.inference_verbs
        return form if said else "used to"

    def hypothetical(self, verb: Tok) -> bool:
        """Whether a "would" clause's verb is set in a plan or a condition: a phrase of `hypothesis_prepositions` on it
        whose object is a noun of a plan (`hypothesis_nouns`: "Under the proposals, inspectors would regularly visit
        every school"; not "Under Saddam, the secret police would routinely torture suspects", a habit of the past:
        review49) or a clause opened by one of `condition_markers` ("if elected, they would regularly ..."); its "would"
        of frequency is the plan's, no habit of the past (review48)."""
        plan = any(
            c.dep == "prep"
            and c.lower in self.hypothesis_prepositions
            and any(g.dep == "pobj" and self.plan_noun(g) for g in c.children)
            for c in verb.children
        )
        clauses = [c for c in verb.children if c.dep == "advcl"]
        return plan or any(m.dep == "mark" and m.lower in self.condition_markers for c in clauses for m in c.children)

    def plan_noun(self, noun: Tok) -> bool:
        """A noun of a plan (`hypothesis_nouns`: "the proposals", "the terms of the deal") or one a word of
        `hypothesis_modifiers` makes one ("under the new rules", "under the proposed system"; review50: review49's
        nouns alone left these a habit of the past), not "under Saddam", "under military rule"."""
        return lemma(noun) in self.hypothesis_nouns or any(
            m.dep == "amod" and m.lower in self.hypothesis_modifiers for m in noun.children
        )

    def predicting(self, verb: Tok) -> bool:
        """`syntax.predicting` with this lexicon's `prediction_verbs` and `sense_bound_prediction_verbs`: a verb about
        the future in the reading it has here ("is tipped to win", not "tipped round the post")."""
        return predicting(verb, self.prediction_verbs, self.sense_bound_prediction_verbs)


def load_lexicon(path: Path) -> Lexicon:
    """The claims lexicon of `path`; raises `LexiconError` naming the file and the key."""
    return load_model(Path(path), Lexicon)
