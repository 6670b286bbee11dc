package org.reportage.parser.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reportage.core.Actor;
import org.reportage.core.Mention;
import org.reportage.parser.Limits;
import org.reportage.parser.internal.actors.ViewMention;

/** Hostile input: the stage stays linear, never throws, and says where it cut. Timeouts only catch hangs. */
class PathologicalActorsTest {

    private static void spansMatch(Run run, String text) {
        for (Actor a : run.actors) {
            for (Mention m : a.mentions()) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void noCapitalisedWordsAtAll() {
        String text = "the quick brown fox jumps over the lazy dog and nobody said anything. ".repeat(20_000);
        Run run = Run.of(text, false, null);
        assertThat(run.actors).isEmpty();
        assertThat(run.diagnostics).isEmpty();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aParagraphOfAHundredThousandCapitalisedWords() {
        StringBuilder sb = new StringBuilder();
        String[] words = {"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"};
        for (int i = 0; i < 100_000; i++) {
            sb.append(words[i % words.length]).append(i % 7 == 0 ? "son " : " ");
        }
        String text = sb.toString();
        Run run = Run.of(text, false, null);
        spansMatch(run, text);
        // runs longer than a name are not read as one gigantic name
        for (Actor a : run.actors) {
            for (Mention m : a.mentions()) {
                assertThat(m.end() - m.start()).isLessThan(200);
            }
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void manyMentionsStopAtTheLimitWithADiagnostic() {
        String text = "Anna Berg met Mr Borrell in Oslo. ".repeat(30_000);
        Run run = Run.of(text, false, null, Limits.DEFAULT.withMaxMentions(1_000));
        int mentions = run.actors.stream().mapToInt(a -> a.mentions().size()).sum();
        assertThat(mentions).isEqualTo(1_000);
        assertThat(run.diagnostics).anyMatch(d -> d.code().equals("limit.mentions"));
        assertThat(run.analysis.mentions()).hasSize(mentions);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aListOfAHundredThousandLanguages() {
        // each word of the list asks whether it is a language of a list after "in": a few words each way, not the
        // whole list (which made this quadratic: 40,000 words took 18 s)
        String text = "Courses are taught in " + "English, ".repeat(100_000) + "and Dutch.";
        Run run = Run.of(text, false, null);
        spansMatch(run, text);
        int first = text.indexOf("English");
        assertThat(run.analysis.mentions()).noneMatch(m -> m.start() == first);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void tenThousandNestedAppositions() {
        StringBuilder sb = new StringBuilder("Anna Berg");
        for (int i = 0; i < 10_000; i++) {
            sb.append(", the deputy head of the office of Maria Holm");
        }
        sb.append(", said nothing.");
        String text = sb.toString();
        Run run = Run.of(text, false, null);
        spansMatch(run, text);
        assertThat(run.named("Anna Berg")).isNotNull();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void combiningMarksAndOtherScripts() {
        String text = "Zoe\u0308 A\u030Angstro\u0308m met \u0412\u043B\u0430\u0434\u0438\u043C\u0438\u0440 "
                + "\u0421\u043E\u043A\u043E\u043B\u043E\u0432 and \u7FD2\u8FD1\u5E73 in \u0627\u0644\u0642\u0627\u0647\u0631\u0629. "
                + "\u0301\u0301\u0301 \uD835\uDC00\uD835\uDC01 said so. "
                + "\u0300".repeat(10_000) + " Ends.";
        Run run = Run.of(text, false, null);
        spansMatch(run, text);
        assertThat(run.named("Zoe\u0308 A\u030Angstro\u0308m")).isNotNull();
        assertThat(run.named("\u0412\u043B\u0430\u0434\u0438\u043C\u0438\u0440 \u0421\u043E\u043A\u043E\u043B\u043E\u0432"))
                .isNotNull();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void longChainsOfPronounsAndQuotes() {
        String text = ("\u201CYes,\u201D he said. \u201CNo,\u201D she said. They said it. ").repeat(20_000);
        Run run = Run.of(text, false, null);
        spansMatch(run, text);
        assertThat(run.actors).isEmpty(); // nothing for the pronouns to refer to
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void manyRepeatedSurnamesAndDescriptionsStayLinear() {
        StringBuilder sb = new StringBuilder("Joe Biden and Hunter Biden met Health Minister Pavel Novak.\n\n");
        for (int i = 0; i < 30_000; i++) {
            sb.append("Biden said the minister and the company agreed. Officials in Unit").append(i)
                    .append(" Agency said so, and the official said it. ");
        }
        String text = sb.toString();
        Run run = Run.of(text, false, null);
        spansMatch(run, text);
        assertThat(run.named("Hunter Biden").mentions().size()).isGreaterThan(30_000);
        assertThat(run.diagnostics).anyMatch(d -> d.code().equals("actor.ambiguous_surname"));
    }

    @Test
    void analysisAnswersByPosition() {
        String text = "Officials said a senior NATO official met Jens Stoltenberg in Brussels.";
        Run run = Run.of(text, false, null);
        int nato = text.indexOf("NATO");
        int idx = run.analysis.actorAt(nato, nato + 4);
        // the longest mention over NATO is the group description around it
        assertThat(run.actors.get(idx).name()).isEqualTo("senior NATO official");
        int jens = text.indexOf("Stoltenberg");
        assertThat(run.actors.get(run.analysis.actorAt(jens, jens + 1)).name()).isEqualTo("Jens Stoltenberg");
        assertThat(run.analysis.actorAt(text.indexOf("met"), text.indexOf("met") + 3)).isEqualTo(-1);
        ViewMention previous = null;
        for (ViewMention m : run.analysis.mentions()) {
            if (previous != null) {
                assertThat(m.start()).isGreaterThanOrEqualTo(previous.start());
            }
            assertThat(m.actor()).isBetween(0, run.actors.size() - 1);
            previous = m;
        }
    }

    @Test
    void offsetsPointIntoTheInputThroughEntitiesAndLineEnds() {
        String text = "\uFEFFThe minister,&nbsp;Ana&#160;Ruiz,\r\nsaid &amp; repeated that Ruiz\u200B would stay.\r\n";
        Run run = Run.of(text, false, null);
        spansMatch(run, text);
        Actor ruiz = run.named("Ana Ruiz");
        assertThat(ruiz).as(run.dump()).isNotNull();
        assertThat(ruiz.mentions()).extracting(Mention::text).contains("Ana&#160;Ruiz", "Ruiz");
    }
}
