package org.reportage.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportage.core.Actor;
import org.reportage.core.ActorKind;
import org.reportage.core.Mention;
import org.reportage.core.MentionKind;
import org.reportage.core.Quote;
import org.reportage.parser.ActorDirectory;
import org.reportage.parser.DateOrder;
import org.reportage.parser.Limits;
import org.reportage.parser.internal.DiagnosticSink;
import org.reportage.parser.internal.Document;
import org.reportage.parser.internal.Settings;
import org.reportage.parser.internal.actors.ActorAnalysis;
import org.reportage.parser.internal.actors.ViewMention;
import org.reportage.parser.internal.quotes.QuoteFinder;
import org.reportage.parser.internal.text.TextView;

/**
 * The quote stage maps the speaker mention it finds to the actor stage's actors: through {@code actorAt}, and
 * for a pronoun the actor stage left unlinked, through the nearest fitting mention before it.
 */
class SpeakerActorTest {

    /** One person actor with name mentions at the given offsets. */
    private static ActorAnalysis onePerson(String text, String name) {
        List<ViewMention> views = new java.util.ArrayList<>();
        List<Mention> mentions = new java.util.ArrayList<>();
        int at = text.indexOf(name);
        while (at >= 0) {
            views.add(new ViewMention(at, at + name.length(), 0, MentionKind.NAME));
            mentions.add(new Mention(at, at + name.length(), name, MentionKind.NAME, "name"));
            at = text.indexOf(name, at + 1);
        }
        return analysis(List.of(new Actor("a1", name, ActorKind.PERSON, List.of(), List.of(), mentions)), views);
    }

    /**
     * Actors a1, a2, … with one mention each, at the first occurrence of each phrase; {@code actorAt} takes the
     * longest overlapping mention, as the actor stage does.
     */
    private static ActorAnalysis actors(String text, String... phrases) {
        List<ViewMention> views = new java.util.ArrayList<>();
        List<Actor> list = new java.util.ArrayList<>();
        for (int i = 0; i < phrases.length; i++) {
            int at = text.indexOf(phrases[i]);
            views.add(new ViewMention(at, at + phrases[i].length(), i, MentionKind.NAME));
            list.add(new Actor("a" + (i + 1), phrases[i], ActorKind.PERSON, List.of(), List.of(), List.of(
                    new Mention(at, at + phrases[i].length(), phrases[i], MentionKind.NAME, "name"))));
        }
        views.sort(null);
        return analysis(list, views);
    }

    /**
     * An analysis of these actors and mentions (sorted by start); {@code actorAt} takes the longest overlapping
     * mention, as the actor stage does.
     */
    private static ActorAnalysis analysis(List<Actor> actors, List<ViewMention> views) {
        List<Actor> actorList = List.copyOf(actors);
        List<ViewMention> viewList = List.copyOf(views);
        return new ActorAnalysis() {
            @Override
            public List<Actor> actors() {
                return actorList;
            }

            @Override
            public int actorAt(int viewStart, int viewEnd) {
                int best = -1;
                int length = -1;
                for (ViewMention m : viewList) {
                    if (m.start() < viewEnd && viewStart < m.end() && m.end() - m.start() >= length) {
                        best = m.actor();
                        length = m.end() - m.start();
                    }
                }
                return best;
            }

            @Override
            public List<ViewMention> mentions() {
                return viewList;
            }
        };
    }

    @Test
    void aPlaceNamedAfterTheHeadOfTheSpeakerPhraseIsNotTheSpeaker() {
        String text = "The mayor of Lindmouth said that the ferry strike was over.";
        List<Quote> q = quotes(text, actors(text, "Lindmouth"));
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerMention().text()).isEqualTo("The mayor of Lindmouth");
            assertThat(x.speaker()).isNull();
        });
        List<Quote> described = quotes(text, actors(text, "Lindmouth", "The mayor"));
        assertThat(described).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("a2"));
    }

    @Test
    void aNameAtTheHeadOfTheSpeakerPhraseStillSpeaks() {
        String text = "\u201CWe won,\u201D said Ana Ruiz of Lindmouth.";
        List<Quote> q = quotes(text, actors(text, "Lindmouth", "Ana Ruiz"));
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("a2"));
    }

    @Test
    void throughTheParserTheMayorOfAPlaceIsNotThePlace() {
        String text = "Ferry strike ends\n\nThe mayor of Lindmouth said that the ferry strike was over.\n\n"
                + "Lindmouth has two piers.\n";
        org.reportage.core.Article a = org.reportage.parser.ReportParser.create().parse(text).articles().get(0);
        assertThat(a.quotes()).filteredOn(x -> x.kind() == org.reportage.core.QuoteKind.INDIRECT).singleElement()
                .satisfies(x -> {
                    assertThat(x.speakerMention().text()).isEqualTo("The mayor of Lindmouth");
                    assertThat(a.actors()).filteredOn(actor -> actor.id().equals(x.speaker()))
                            .noneMatch(actor -> actor.name().equals("Lindmouth"));
                });
    }

    /** The actor a quote of the report's first article is attributed to, by the quote's first words. */
    private static org.reportage.core.Actor speakerOf(String text, String quoteStart) {
        org.reportage.core.Article a = org.reportage.parser.ReportParser.create().parse(text).articles().get(0);
        Quote q = a.quotes().stream().filter(x -> x.segments().get(0).text().startsWith(quoteStart)).findFirst()
                .orElseThrow();
        return a.actors().stream().filter(actor -> actor.id().equals(q.speaker())).findFirst().orElse(null);
    }

    @Test
    void aSpeakerPhraseGoesOnThroughATitleToTheNamedPerson() {
        String text = "Talks resume\n\nNATO chief Mark Rutte arrived in Kyiv and told reporters: \u201CWe stand "
                + "with you.\u201D\n\nU.N. envoy Karl Mertens met the delegates and said: \u201CWe are close.\u201D\n";
        assertThat(speakerOf(text, "We stand")).extracting(org.reportage.core.Actor::name).isEqualTo("Mark Rutte");
        assertThat(speakerOf(text, "We are close")).extracting(org.reportage.core.Actor::name)
                .isEqualTo("Karl Mertens");
        String inverted = "Talks resume\n\n\u201CNo comment,\u201D said Valley Water Board spokesman Jens Roth.\n";
        assertThat(speakerOf(inverted, "No comment")).extracting(org.reportage.core.Actor::name)
                .isEqualTo("Jens Roth");
    }

    @Test
    void aVerbBeforeATitledNameEndsTheSpeakerPhrase() {
        // the phrase names no person itself, so only the verb keeps the envoy from being taken for the speaker
        String text = "Talks resume\n\nU.N. envoy Karl Mertens spoke on Monday.\n\nThe harbour guild thanked envoy "
                + "Karl Mertens and said: \u201CWe are grateful.\u201D\n";
        org.reportage.core.Article a = org.reportage.parser.ReportParser.create().parse(text).articles().get(0);
        assertThat(a.quotes()).filteredOn(q -> q.segments().get(0).text().startsWith("We are grateful"))
                .singleElement().satisfies(q -> {
                    assertThat(q.speakerMention().text()).isEqualTo("The harbour guild");
                    assertThat(a.actors()).filteredOn(actor -> actor.id().equals(q.speaker()))
                            .noneMatch(actor -> actor.name().equals("Karl Mertens"));
                });
    }

    @Test
    void aBodyAfterOfTheIsNotTheSpeaker() {
        String text = "Talks resume\n\n\u201CIt was the least bad outcome,\u201D Ms. Ruiz of the World Bank said."
                + "\n";
        assertThat(speakerOf(text, "It was")).extracting(org.reportage.core.Actor::name).isEqualTo("Ruiz");
    }

    @Test
    void aQuantityOfAGroupIsTheGroupAndAPlaceAfterInIsNotTheSpeaker() {
        String text = "Talks resume\n\nA third of the voters in the survey said they were undecided.\n\n"
                + "Economists on Wall Street said the figures were weak.\n";
        assertThat(speakerOf(text, "they were")).extracting(org.reportage.core.Actor::kind)
                .isEqualTo(org.reportage.core.ActorKind.GROUP);
        assertThat(speakerOf(text, "the figures")).satisfies(economists -> {
            assertThat(economists.kind()).isEqualTo(org.reportage.core.ActorKind.GROUP);
            assertThat(economists.name()).startsWith("economists");
        });
        String counted = "Talks resume\n\n\u201CWe are fine,\u201D 20 of the students said.\n";
        assertThat(speakerOf(counted, "We are fine")).extracting(org.reportage.core.Actor::kind)
                .isEqualTo(org.reportage.core.ActorKind.GROUP);
    }

    private static List<Quote> quotes(String text, ActorAnalysis actors) {
        TextView view = TextView.of(text);
        Settings settings = new Settings(null, null, DateOrder.DAY_FIRST, null, Limits.DEFAULT, ActorDirectory.empty());
        Document doc = new Document(view, new int[] {0}, new int[] {text.length()}, false, null, settings,
                new DiagnosticSink(view, 100));
        return QuoteFinder.find(doc, actors);
    }

    @Test
    void theSpeakerMentionMapsToItsActor() {
        String text = "\u201CWe won,\u201D Ana Ruiz said after the count.";
        List<Quote> q = quotes(text, onePerson(text, "Ana Ruiz"));
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerMention().text()).isEqualTo("Ana Ruiz");
            assertThat(x.speaker()).isEqualTo("a1");
        });
    }

    @Test
    void anUnlinkedPronounTakesTheNearestPersonBeforeIt() {
        String text = "Ana Ruiz waited for the count. \u201CWe won,\u201D she said.";
        List<Quote> q = quotes(text, onePerson(text, "Ana Ruiz"));
        assertThat(q).filteredOn(x -> x.kind() == org.reportage.core.QuoteKind.DIRECT).singleElement()
                .satisfies(x -> {
                    assertThat(x.speakerMention().text()).isEqualTo("she");
                    assertThat(x.speaker()).isEqualTo("a1");
                });
    }

    @Test
    void anUnlinkedHeOrSheIsNoPersonTheReportGivesTheOtherGender() {
        String he = "Count ends\n\nMaria Lopez spoke first. Then the lights went out. \u201CWe will win,\u201D he"
                + " said.\n";
        assertThat(speakerOf(he, "We will win")).isNull();
        String she = "Count ends\n\nTom Hale spoke first. Then the lights went out. \u201CWe will win,\u201D she"
                + " said.\n";
        assertThat(speakerOf(she, "We will win")).isNull();
        String quoted = "Count ends\n\n\u201CWe will win,\u201D Maria Lopez said. Then the lights went out."
                + " \u201CWe will win again,\u201D he said.\n";
        assertThat(speakerOf(quoted, "We will win again")).isNull(); // (nor the speaker of the quote before)
        String any = "Count ends\n\nKim Lee spoke first. Then the lights went out. \u201CWe will win,\u201D she"
                + " said.\n";
        assertThat(speakerOf(any, "We will win")).extracting(org.reportage.core.Actor::name).isEqualTo("Kim Lee");
    }

    @Test
    void theObjectOfAParticipleInTheSpeakersPhraseIsNotTheSpeaker() {
        String text = "Appeal\n\nLawyers representing the families said they would appeal the ruling.\n\n"
                + "\u201cIt was peaceful,\u201d a man wearing a red cap said.\n\n"
                + "\u201cWe will be back,\u201d the mayor of Lindmouth said.\n\n"
                + "\u201cRents will fall,\u201d officials representing Lindmouth said.\n\n"
                + "\u201cWe will win Ohio,\u201d other leading Democrats said.\n\n"
                + "\u201cRevenue is up,\u201d state gaming regulators said.\n\n"
                + "\u201cThe slots are booked,\u201d media buying sources said.\n";
        assertThat(speakerOf(text, "they would appeal")).extracting(org.reportage.core.Actor::name)
                .isEqualTo("lawyers");
        assertThat(speakerOf(text, "It was peaceful")).extracting(org.reportage.core.Actor::name).isEqualTo("man");
        assertThat(speakerOf(text, "Rents will fall")).extracting(org.reportage.core.Actor::name)
                .isEqualTo("officials");
        // an adjective in -ing before the speaker's noun is no participle
        assertThat(speakerOf(text, "We will win Ohio")).extracting(org.reportage.core.Actor::name)
                .isEqualTo("Democratic Party");
        assertThat(speakerOf(text, "Revenue is up")).extracting(org.reportage.core.Actor::name)
                .isEqualTo("regulators");
        assertThat(speakerOf(text, "The slots are booked")).extracting(org.reportage.core.Actor::name)
                .isEqualTo("sources");
        assertThat(speakerOf(text, "We will be back")).extracting(org.reportage.core.Actor::name)
                .isEqualTo("mayor of Lindmouth");
    }

    @Test
    void aSubjectAfterAFrontedPhraseSpeaksNotTheSentencesFirst() {
        // "but in a later interview said" leaves its subject out (the coach's, below); with a subject of its own
        // after the phrase, that subject speaks
        String text = "Derby\n\nThe coach declined to comment, but in a later interview the captain said the team was"
                + " \u201cbroken\u201d. The striker said nothing, but in a later interview said the pitch was"
                + " \u201ca disgrace\u201d.\n";
        assertThat(speakerOf(text, "broken")).extracting(org.reportage.core.Actor::name).isEqualTo("captain");
        assertThat(speakerOf(text, "a disgrace")).extracting(org.reportage.core.Actor::name).isEqualTo("striker");
    }

    @Test
    void aPronounThatAnswersAQuestionIsNotTheAsker() {
        String answered = "Press conference\n\n\u201CWill you resign, minister?\u201D one reporter, Tom Hale, asked."
                + " \u201CI have a job to do,\u201D he replied.\n";
        assertThat(speakerOf(answered, "I have a job to do")).isNull();
        String named = "Press conference\n\nMayor Ben Ortiz took questions. \u201CWhy the delay?\u201D one reporter,"
                + " Tom Hale, asked. \u201CFunding,\u201D he replied.\n";
        assertThat(speakerOf(named, "Funding")).extracting(org.reportage.core.Actor::name).isEqualTo("Ben Ortiz");
        String askedOn = "Press conference\n\n\u201CWill you resign, minister?\u201D one reporter, Tom Hale, asked."
                + " \u201CAnd when?\u201D he added.\n";
        assertThat(speakerOf(askedOn, "And when")).extracting(org.reportage.core.Actor::name).isEqualTo("Tom Hale");
        String stated = "Press conference\n\n\u201CThe minister will stay,\u201D one reporter, Tom Hale, wrote."
                + " \u201CShe has a job to do,\u201D he replied to a reader.\n";
        assertThat(speakerOf(stated, "She has a job to do")).extracting(org.reportage.core.Actor::name)
                .isEqualTo("Tom Hale");
    }

    @Test
    void withoutActorsTheMentionStaysAndTheSpeakerIsUnknown() {
        String text = "\u201CWe won,\u201D Ana Ruiz said after the count.";
        List<Quote> q = quotes(text, ActorAnalysis.none());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerMention().text()).isEqualTo("Ana Ruiz");
            assertThat(x.speaker()).isNull();
        });
    }
}
