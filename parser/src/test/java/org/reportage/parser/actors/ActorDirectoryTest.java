package org.reportage.parser.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportage.core.Actor;
import org.reportage.core.ActorKind;
import org.reportage.core.Article;
import org.reportage.core.Mention;
import org.reportage.core.Role;
import org.reportage.parser.ActorDirectory;
import org.reportage.parser.ReportParser;

/** Known actors and lexicon extensions given by the caller. */
class ActorDirectoryTest {
    private static final String REPORT = "Monday, May 4\n\nTrade talks resume in Geneva\n\n"
            + "The Canadian Trade Minister arrived in Geneva on Monday. Navarro told reporters the mood was good.\n\n"
            + "The Canadian Trade Minister said a deal could come within weeks.\n";

    private static final String JSON = "{\"actors\": [{\"name\": \"Lucia Navarro\", \"kind\": \"person\", "
            + "\"aliases\": [\"Navarro\"], \"roles\": [\"Canadian Trade Minister\"]},"
            + " {\"name\": \"Pacific Grain Board\", \"kind\": \"organisation\", \"aliases\": [\"PGB\"]}],"
            + " \"titles\": [\"Undersecretary\"], \"first_names\": {\"male\": [\"Oleksii\"], \"female\": [\"Kaja\"]},"
            + " \"group_nouns\": [\"negotiator\"]}";

    private static Actor actor(Article a, String name) {
        return a.actors().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + name + "\n" + Dump.actors(a)));
    }

    private static Article parse(ReportParser p, String text) {
        List<Article> all = p.parse(text).articles();
        assertThat(all).isNotEmpty();
        return all.get(all.size() - 1).actors().isEmpty() ? all.get(0) : all.get(all.size() - 1);
    }

    @Test
    void readsJson() {
        ActorDirectory d = ActorDirectory.fromJson(JSON);
        assertThat(d.entries()).hasSize(2);
        assertThat(d.entries().get(0).kind()).isEqualTo(ActorKind.PERSON);
        assertThat(d.find("navarro").name()).isEqualTo("Lucia Navarro");
        assertThat(d.find("P.G.B.").name()).isEqualTo("Pacific Grain Board");
        assertThat(d.withRole("the Canadian trade minister")).extracting(ActorDirectory.Entry::name)
                .containsExactly("Lucia Navarro");
        assertThat(d.titles()).containsExactly("undersecretary");
        assertThat(d.femaleNames()).containsExactly("kaja");
        assertThat(d.groupNouns()).containsExactly("negotiator");
        ActorDirectory same = ActorDirectory.fromJson(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8)));
        assertThat(same.entries()).isEqualTo(d.entries());
    }

    @Test
    void normalisesNamesToOneForm() {
        // lower case, full stops dropped, typographic apostrophes straight, white space one inner space
        assertThat(ActorDirectory.normalise("U.S. Secretary of State")).isEqualTo("us secretary of state");
        assertThat(ActorDirectory.normalise("  Conor  O\u2019Neill\t")).isEqualTo("conor o'neill");
        assertThat(ActorDirectory.normalise("the\u00A0ministry\nof trade")).isEqualTo("the ministry of trade");
        assertThat(ActorDirectory.normalise("ÉLYSÉE")).isEqualTo("élysée");
        assertThat(ActorDirectory.normalise(" ")).isEmpty();
        // a name in that form already comes back as it is
        for (String normal : List.of("the foreign minister", "o'neill", "élysée", "g7", "")) {
            assertThat(ActorDirectory.normalise(normal)).isEqualTo(normal);
        }
    }

    @Test
    void readsABareArray() {
        ActorDirectory d = ActorDirectory.fromJson("[{\"name\": \"Reuters\", \"kind\": \"MEDIA\"}]");
        assertThat(d.entries()).singleElement().extracting(ActorDirectory.Entry::kind).isEqualTo(ActorKind.MEDIA);
    }

    @Test
    void rejectsBadJsonWithAMessage() {
        assertThatThrownBy(() -> ActorDirectory.fromJson("{\"actors\": [{\"kind\": \"person\"}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> ActorDirectory.fromJson("{\"actors\": [{\"name\": \"X\", \"kind\": \"robot\"}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> ActorDirectory.fromJson("{\"actors\": "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActorDirectory.fromJson("{\"titles\": \"Undersecretary\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("titles");
    }

    @Test
    void mergesWhatTheTextNeverStates() {
        Article without = parse(ReportParser.create(), REPORT);
        assertThat(actor(without, "Canadian Trade Minister").kind()).isEqualTo(ActorKind.PERSON);
        assertThat(actor(without, "Navarro").kind()).isEqualTo(ActorKind.PERSON);

        Article with = parse(ReportParser.builder().actorDirectory(ActorDirectory.fromJson(JSON)).build(), REPORT);
        Actor navarro = actor(with, "Lucia Navarro");
        assertThat(navarro.mentions()).extracting(Mention::text)
                .contains("Navarro", "The Canadian Trade Minister");
        assertThat(navarro.mentions()).filteredOn(m -> m.text().equals("The Canadian Trade Minister"))
                .allMatch(m -> m.rule().equals("directory.role"));
        assertThat(navarro.roles()).extracting(Role::title).contains("Canadian Trade Minister");
        assertThat(with.actors()).noneMatch(a -> a.name().equals("Canadian Trade Minister"));
    }

    @Test
    void directoryNamesAreRecognisedInText() {
        ActorDirectory d = ActorDirectory.fromJson(JSON);
        Article a = parse(ReportParser.builder().actorDirectory(d).build(),
                "The Pacific Grain Board raised prices. The PGB said stocks were low.\n");
        Actor board = actor(a, "Pacific Grain Board");
        assertThat(board.kind()).isEqualTo(ActorKind.ORGANISATION);
        assertThat(board.mentions()).extracting(Mention::text).contains("Pacific Grain Board", "PGB");
    }

    @Test
    void builderExtendsTheLexicons() {
        String text = "Undersecretary Ana Ruiz met a negotiator on Friday. Kaja Tamm, an observer, said "
                + "she was hopeful.\n";
        Article plain = parse(ReportParser.create(), text);
        assertThat(plain.actors()).noneMatch(a -> a.roles().stream().anyMatch(r -> r.title().equals("Undersecretary")));

        ReportParser extended = ReportParser.builder().titles(List.of("Undersecretary"))
                .firstNames(List.of("Oleksii"), List.of("Kaja")).groupNouns(List.of("negotiator")).build();
        Article a = parse(extended, text);
        assertThat(actor(a, "Ana Ruiz").roles()).extracting(Role::title).contains("Undersecretary");
        assertThat(actor(a, "negotiator").kind()).isEqualTo(ActorKind.PERSON); // "the negotiator": one person
        assertThat(actor(a, "Kaja Tamm").mentions()).anyMatch(m -> m.text().equals("she")
                && m.rule().endsWith("female_person"));
    }
}
