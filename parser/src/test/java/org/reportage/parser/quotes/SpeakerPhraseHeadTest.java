package org.reportage.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportage.core.Actor;
import org.reportage.core.Article;
import org.reportage.parser.ReportParser;

/**
 * A speaker phrase whose head is followed by a phrase of its own ({@code a woman questioned by police}, {@code an
 * adviser to the president}) is said by the head: the quote's speaker mention is the whole phrase, its actor the
 * head's, not the actor named in the complement. The author of a text ({@code an analysis by the Pew Research
 * Center}) stays the speaker.
 */
class SpeakerPhraseHeadTest {
    private static final ReportParser PARSER = ReportParser.create();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A woman questioned by police said she had heard shots.|A woman questioned by police|woman",
        "A judge appointed by the governor said she would step aside.|A judge appointed by the governor|judge",
        "A doctor among the volunteers said the clinic had run out of insulin.|A doctor among the volunteers|doctor",
        "An aide to the senator said he would vote against the bill.|An aide to the senator|aide",
        "Residents living near the plant said the smell was unbearable.|Residents living near the plant|residents",
        "Two people briefed on the plan said it was ready.|Two people briefed on the plan|people",
        "Aides to the senator said he would vote against the bill.|Aides to the senator|aides",
        "A spokesman for the attorney general said charges would follow.|A spokesman for the attorney general"
            + "|spokesman",
        "Engineers from the health authority said the ward was safe.|Engineers from the health authority|engineers",
        "A source in the finance ministry told reporters that no deal was near.|A source in the finance ministry"
            + "|source",
        "On Monday, some among the residents said they had left.|some among the residents|residents",
        "Turnout rose by a third, according to an analysis by the Pew Research Center."
            + "|an analysis by the Pew Research Center|Pew Research Center",
        // a phrase that ends with a person's name: the name is its head, the words before it titles
        "Riverside Rowing head coach Ines Okafor said the crew was ready.|Riverside Rowing head coach Ines Okafor"
            + "|Ines Okafor",
        "Valley Water Board chairman Piet Van Dam said the pipes would be replaced."
            + "|Valley Water Board chairman Piet Van Dam|Piet Van Dam",
        // a described person right before the name is that person's role, not another actor
        "Former employee Dana Cruz said the plant had cut corners.|Former employee Dana Cruz|Dana Cruz",
        // a parent's count of children is an epithet, not a relation whose "of" names someone else
        "Mother of three Kayleigh Ross said the school was failing.|Mother of three Kayleigh Ross|Kayleigh Ross",
        // two names joined by "and": the first speaks for both; a noun after two names is the head
        "Eisai and Biogen said they would seek approval in Europe.|Eisai and Biogen|Eisai",
        "White House and Pentagon spokesmen said the ban would stay.|White House and Pentagon spokesmen"
            + "|Pentagon spokesmen",
        // but not a name after a preposition or a conjunction (the body where the analyst works)
        "A senior analyst at Harlow Grant said the deal was too small.|A senior analyst at Harlow Grant"
            + "|senior analyst at Harlow Grant",
    })
    void theHeadOfTheSpeakerPhraseSpeaks(String sentence, String mention, String actor) {
        Article a = oneQuoteSpokenBy(sentence, mention);
        assertThat(name(a.actors(), a.quotes().get(0).speaker())).contains(actor);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Benghazi panel said it would report in May.|The Benghazi panel|Benghazi",
        "Old Iowa political hands say the caucuses still matter.|Old Iowa political hands|Iowa",
        "Volkswagen's works council said it would fight the closures.|Volkswagen's works council|Volkswagen",
        // an outlet that only saw the text it reports
        "Ward 4 has closed, according to an internal memo seen by the Gazette.|an internal memo seen by the Gazette"
            + "|Gazette",
        "The plan was drafted in May, according to documents obtained by Reuters.|documents obtained by Reuters"
            + "|Reuters",
        // a place after "in" only says where the head is, whether or not the head is an actor of its own
        "Hale leads by nine points, according to the Pollwatch polling average in Ohio."
            + "|the Pollwatch polling average in Ohio|Ohio",
        // a possessive pronoun before a noun of someone close to its owner; a relation's "of" before a role
        "The jazz pianist Teddy Robinson has died, his record label said on Tuesday.|his record label|Teddy Robinson",
        "Sidney Marr died on Thursday, according to his longtime agent.|his longtime agent|Sidney Marr",
        "The family of firefighter Luis Ortega said he had died on Saturday.|The family of firefighter Luis Ortega"
            + "|Luis Ortega",
    })
    void aPlaceOrOwnerThatModifiesTheHeadDoesNotSpeak(String sentence, String mention, String modifier) {
        Article a = oneQuoteSpokenBy(sentence, mention);
        assertThat(a.actors()).extracting(Actor::name).contains(modifier); // the modifier is an actor, not the speaker
        assertThat(name(a.actors(), a.quotes().get(0).speaker())).isNotEqualTo(Optional.of(modifier));
    }

    /** @return the article of one sentence under a date and a headline, after checking its one quote's mention */
    private static Article oneQuoteSpokenBy(String sentence, String mention) {
        Article a = PARSER.parse("Monday, March 2, 2026\n\nValley news\n\n" + sentence).article();
        assertThat(a.quotes()).hasSize(1);
        assertThat(a.quotes().get(0).speakerMention().text()).isEqualTo(mention);
        return a;
    }

    @Test
    void anOwnerSpeaksThroughATextOfTheirsAndCoordinatedPlacesStillSpeak() {
        Article a = PARSER.parse("Monday, March 2, 2026\n\nValley news\n\n"
                + "Apple's statement said the recall was voluntary. Texas and California said they would sue.")
                .article();
        assertThat(a.quotes()).hasSize(2);
        assertThat(name(a.actors(), a.quotes().get(0).speaker())).contains("Apple");
        // a coordinated pair has no actor of its own: one of the two, not none ("and" heads nothing)
        assertThat(name(a.actors(), a.quotes().get(1).speaker()).orElse("-")).isIn("Texas", "California");
    }

    private static Optional<String> name(List<Actor> actors, String id) {
        return actors.stream().filter(x -> x.id().equals(id)).map(Actor::name).findFirst();
    }
}
