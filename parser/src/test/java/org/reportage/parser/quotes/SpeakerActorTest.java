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
        Actor actor = new Actor("a1", name, ActorKind.PERSON, List.of(), List.of(), mentions);
        return new ActorAnalysis() {
            @Override
            public List<Actor> actors() {
                return List.of(actor);
            }

            @Override
            public int actorAt(int viewStart, int viewEnd) {
                for (ViewMention m : views) {
                    if (m.start() < viewEnd && viewStart < m.end()) {
                        return 0;
                    }
                }
                return -1;
            }

            @Override
            public List<ViewMention> mentions() {
                return views;
            }
        };
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
    void withoutActorsTheMentionStaysAndTheSpeakerIsUnknown() {
        String text = "\u201CWe won,\u201D Ana Ruiz said after the count.";
        List<Quote> q = quotes(text, ActorAnalysis.none());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerMention().text()).isEqualTo("Ana Ruiz");
            assertThat(x.speaker()).isNull();
        });
    }
}
