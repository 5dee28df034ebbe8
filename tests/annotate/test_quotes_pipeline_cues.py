"""The pipeline's cue filter (quotes_pipeline_cues): votes, plans, appearances, accusations and
means of acting are found by the attribution finder but are no quotes in a dossier; speech and
thought stay. Each case checks the finder's own attribution first, so the filter is what decides."""

from __future__ import annotations

import pytest

from dossier.annotate import wordnet

from .pipeline_quotes import found_and_kept

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not wordnet.available(), reason="WordNet 3.0 files are absent"),
]



@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # no verb of saying or thinking: a vote, an act, an intention, a wish
        ("The town council voted to close the old library next spring.", "voted"),
        ("The climber was planning to cross the northern ridge on Sunday.", "was planning"),
        ("Many fans want the coach to stay for another season.", "want"),
        # an appearance or a perception
        ("The old bridge appears to have been weakened by the flood.", "appears"),
        ("Neighbours saw smoke rising from the roof of the bakery.", "saw"),
        # the means of an act
        ("The mayor responded by firing the whole harbour board.", "responded by"),
        # a passive whose subject is talked about: an accusation, a belief about a thing
        ("A nurse accused of poisoning three patients appeared in court on Monday.", "accused of"),
        ("Police found the bodies of two men, 40, and 45, and a dog, thought to be their pet "
         "collie.", "thought"),
        # a person engaged, not told: a verb outside the lexicon whose senses are not all speech
        ("The Ravens signed linebacker Carl Dorsey to fill the open roster place.", "signed"),
        # a clause on the object noun tells what the noun holds; "uphold" is no verb of saying
        ("An appeals court on Monday upheld a review board's recommendation that the doctor lose "
         "his licence.", "upheld"),
        # a thing cited as evidence, and a lower-case noun the tagger calls a name
        ("The sketch implies that the burglar wore gloves.", "implies"),
        ("Six rounds were fired — the autopsy showed that two bullets hit the man.", "showed"),
        # a participle on the subject, and the rest of the sentence as its "content"
        ("We welcome letters that advance the debate.\n"
         "Views expressed in the letters do not represent those of the editors.",
         "expressed in the letters"),
        # an agentless passive that orders or names, not hearsay
        ("The harbour master was ordered to close the quay until Monday.", "was ordered"),
        # an agentless passive of belief or expectation hedges, and gives no one's words
        ("The driver is thought to have fallen asleep at the wheel.", "is thought"),
        ("Nobody is believed to have been hurt in the blaze.", "is believed"),
        ("The minister is expected to resign this week.", "is expected"),
        # an attitude told by an adjective
        ("The studio is eager to start filming next year.", "is eager"),
        # a thing cited as evidence
        ("The security footage shows a man climbing the fence.", "shows"),
        # a page stamp, a headline's passive, an adverbial clause after its content
        ("Posted: 04 / 9 / 2012 8:33 am Updated: 04 / 9 / 2012 8:33 am", "Posted:"),
        ("Woman Killed in Harbour Crash, Driver Charged", "Charged"),
        # a source that is a time, not a speaker
        ("History demanded that he be in his seat.", "demanded"),
    ],
)
def test_quotes_pipeline_cues_no_speech_is_left_out(nlp, text, cue):
    assert found_and_kept(nlp, text, cue) == (True, False)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The town council said it would close the old library next spring.", "said"),
        ("The climber thought the northern ridge was safe to cross.", "thought"),
        ("Neighbours said smoke was rising from the roof of the bakery.", "said"),
        ("The mayor responded that the harbour board had failed the town.", "responded"),
        # an accuser speaks
        ("The prosecutor accused the nurse of poisoning three patients.", "accused"),
        # a passive of saying with no source is hearsay, kept
        ("The harbour master is said to have closed the quay until Monday.", "is said"),
        ("The minister is said to have resigned.", "is said"),
        # an adjective whose infinitive says
        ("The manager was quick to add that nothing had been signed.", "quick"),
        # a person shows
        ("Prosecutors showed that the rifle had been bought in May.", "showed"),
        # a headline's present verb
        ("Mayor Says Bridge Will Reopen Soon", "Says"),
        # a group speaks, and so does "a source", though WordNet's first sense is a place
        ("The family said she had been kind to everyone.", "said"),
        ("A source said the deal was close.", "said"),
        ("The authorities said the bridge had been closed since noon.", "said"),
        ("The majority of residents said they would stay.", "said"),
        # a belief: the second sense of "feel", with a clause
        ("Many fans feel that the coach should stay for another season.", "feel"),
        # a verb of telling with a person and an infinitive, in or out of the hand lexicon
        ("The mayor urged residents to leave the flooded streets.", "urged"),
        # a clause on a noun cue (verb and noun are one cue), and a capitalised name as the
        # evidence's giver
        ("The senator repeated her claim that the vote had been rigged.", "repeated her claim"),
        # the lemmatiser's "hop" for "hoping" is read as "hope"
        ("The museum is hoping that the new wing will draw more visitors.", "is hoping"),
    ],
)
def test_quotes_pipeline_cues_speech_and_thought_stay(nlp, text, cue):
    assert found_and_kept(nlp, text, cue) == (True, True)


@pytest.mark.parametrize(
    ("lemma", "pos", "clause", "expected"),
    [
        ("declare", "v", False, True),
        ("vote", "v", False, False),
        ("plan", "v", False, False),  # an intention, though filed under cognition
        ("seem", "v", False, False),
        ("feel", "v", False, False),
        ("feel", "v", True, True),
        ("statement", "n", False, True),
        ("desire", "n", False, False),
    ],
)
def test_quotes_pipeline_cues_speech_word(lemma, pos, clause, expected):
    from dossier.annotate.quotes_pipeline_cues import is_speech_word

    assert is_speech_word(lemma, pos, clause) is expected


@pytest.mark.parametrize(
    ("text", "cue", "content", "expected"),
    [
        # an adverbial clause after its content tells when, and reports no words
        ("A retired teacher was freed on bail as he awaits trial on theft charges.", "awaits",
         "A retired teacher was freed on bail", False),
        # a reporting clause after its content is a main clause
        ("A retired teacher was freed on bail, his lawyer said.", "said",
         "A retired teacher was freed on bail", True),
    ],
)
def test_quotes_pipeline_cues_adverbial_clause(nlp, text, cue, content, expected):
    from dossier.annotate.quotes_pipeline_cues import reports_speech

    doc = nlp(text)
    cue_start = text.index(cue)
    cue_span = doc.char_span(cue_start, cue_start + len(cue))
    content_span = doc.char_span(0, len(content))
    source_span = doc[cue_span.start - 1 : cue_span.start]
    assert reports_speech(cue_span, source_span, content_span) is expected
