package org.reportage.parser.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportage.core.Actor;
import org.reportage.core.ActorKind;
import org.reportage.core.Article;
import org.reportage.core.Mention;
import org.reportage.core.MentionKind;
import org.reportage.core.Role;
import org.reportage.parser.ActorDirectory;
import org.reportage.parser.ReportParser;
import org.reportage.parser.SharedDir;

/** The actors table of the seed report (read from the shared folder; skipped when it is absent). */
class SeedActorsTest {

    private static Article seed() throws IOException {
        Path p = SharedDir.require("seed/report-2-february.txt");
        List<Article> articles = ReportParser.create().parse(Files.readString(p, StandardCharsets.UTF_8))
                .articles();
        assertThat(articles).isNotEmpty();
        return articles.get(0);
    }

    private static Actor actor(Article a, String name) {
        return a.actors().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + name + "\n" + Dump.actors(a)));
    }

    private static List<String> texts(Actor a) {
        return a.mentions().stream().map(Mention::text).toList();
    }

    private static List<String> roles(Actor a) {
        return a.roles().stream().map(Role::title).toList();
    }

    @Test
    void peopleWithTheirRoles() throws IOException {
        Article a = seed();
        assertThat(actor(a, "Jens Stoltenberg").kind()).isEqualTo(ActorKind.PERSON);
        assertThat(roles(actor(a, "Jens Stoltenberg"))).contains("Secretary General of the Atlantic Alliance");
        assertThat(roles(actor(a, "Sergei Lavrov"))).contains("Russian Foreign Minister");
        assertThat(roles(actor(a, "John Sullivan"))).contains("US ambassador in Moscow");
        Actor borrell = actor(a, "Josep Borrell");
        assertThat(roles(borrell)).contains("head of European diplomacy");
        assertThat(texts(borrell)).contains("The High Representative for Cooperation and Security of the EU", "he");
        Actor biden = actor(a, "Biden");
        assertThat(roles(biden)).contains("President");
        assertThat(texts(biden)).contains("President Biden");
        Actor blinken = actor(a, "Blinken");
        assertThat(texts(blinken)).contains("Blinken", "he");
        assertThat(blinken.mentions().stream().filter(m -> m.kind() == MentionKind.PRONOUN)
                .map(Mention::rule)).allMatch(r -> r.startsWith("pronoun."));
        // one actor per person
        assertThat(a.actors().stream().filter(x -> x.name().contains("Blinken"))).hasSize(1);
    }

    @Test
    void organisationsMediaCountriesAndPlaces() throws IOException {
        Article a = seed();
        assertThat(actor(a, "NATO").kind()).isEqualTo(ActorKind.ORGANISATION);
        assertThat(texts(actor(a, "NATO"))).contains("the Alliance", "Atlantic Alliance");
        assertThat(actor(a, "Kremlin").kind()).isEqualTo(ActorKind.ORGANISATION);
        assertThat(actor(a, "European Union").kind()).isEqualTo(ActorKind.ORGANISATION);
        assertThat(texts(actor(a, "European Union"))).contains("EU", "European");
        assertThat(actor(a, "Politico").kind()).isEqualTo(ActorKind.MEDIA);
        assertThat(actor(a, "US Embassy in Kiev").kind()).isEqualTo(ActorKind.ORGANISATION);
        for (String c : List.of("United States", "Russia", "Ukraine", "Georgia")) {
            assertThat(actor(a, c).kind()).as(c).isEqualTo(ActorKind.COUNTRY);
        }
        assertThat(texts(actor(a, "United States"))).contains("US", "United States");
        Actor russia = actor(a, "Russia");
        assertThat(russia.mentions()).anyMatch(m -> m.kind() == MentionKind.METONYM && m.text().equals("Moscow"));
        assertThat(russia.mentions()).anyMatch(m -> m.kind() == MentionKind.DEMONYM && m.text().equals("Russian"));
        for (String p : List.of("Brussels", "Moscow", "Kiev", "Europe")) {
            assertThat(actor(a, p).kind()).as(p).isEqualTo(ActorKind.PLACE);
        }
        assertThat(actor(a, "senior NATO official").kind()).isEqualTo(ActorKind.PERSON); // one unnamed person
    }

    @Test
    void idsFollowFirstMentionAndSpansMatchTheInput() throws IOException {
        Article a = seed();
        String input = Files.readString(SharedDir.require("seed/report-2-february.txt"), StandardCharsets.UTF_8);
        int last = -1;
        for (int i = 0; i < a.actors().size(); i++) {
            Actor x = a.actors().get(i);
            assertThat(x.id()).isEqualTo("a" + (i + 1));
            assertThat(x.mentions().get(0).start()).isGreaterThanOrEqualTo(last);
            last = x.mentions().get(0).start();
            for (Mention m : x.mentions()) {
                assertThat(input.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }

    @Test
    void aDirectoryTiesTheSecretaryOfStateToBlinken() throws IOException {
        Path p = SharedDir.require("seed/report-2-february.txt");
        ActorDirectory dir = ActorDirectory.fromJson("{\"actors\": [{\"name\": \"Antony Blinken\", "
                + "\"kind\": \"person\", \"aliases\": [\"Blinken\"], \"roles\": [\"US Secretary of State\"]}]}");
        Article a = ReportParser.builder().actorDirectory(dir).build()
                .parse(Files.readString(p, StandardCharsets.UTF_8)).articles().get(0);
        Actor blinken = actor(a, "Antony Blinken");
        assertThat(texts(blinken)).contains("Blinken", "The US Secretary of State", "the US Secretary of State");
        assertThat(a.actors().stream().filter(x -> x.name().contains("Secretary of State"))).isEmpty();
    }
}
