package org.reportage.examples;

import java.io.PrintStream;
import java.util.List;

import org.reportage.core.Actor;
import org.reportage.core.ActorKind;
import org.reportage.core.Article;
import org.reportage.core.Role;
import org.reportage.parser.ActorDirectory;
import org.reportage.parser.ReportParser;

/**
 * Tell the parser about actors you already know, with aliases and roles, so that it can link mentions the text
 * never spells out ({@code the mayor} → Elena Varga) and use your canonical names.
 */
public final class ExampleActorDirectory {
    static final String REPORT = """
            Thursday, April 11

            Harbour barrier gets its first stones

            The mayor laid the first stone of the flood barrier on Thursday. “This wall is for our grandchildren,” \
            Varga said. The regional water authority will inspect the site in May.
            """;

    private ExampleActorDirectory() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Parses the report with a directory of two known actors and prints the actors found.
     *
     * @param out where to print
     * @return the directory used
     */
    public static ActorDirectory run(PrintStream out) {
        ActorDirectory directory = ActorDirectory.of(List.of(
                new ActorDirectory.Entry("Elena Varga", ActorKind.PERSON, List.of("Varga", "the mayor"),
                        List.of("Mayor of Lindmouth")),
                new ActorDirectory.Entry("Regional Water Authority", ActorKind.ORGANISATION,
                        List.of("the regional water authority", "RWA"), List.of())));
        ReportParser parser = ReportParser.builder().actorDirectory(directory).build();
        Article article = parser.parse(REPORT).article();

        out.println("known actors: " + directory.entries().size());
        out.println("actors found: " + article.actors().size());
        for (Actor actor : article.actors()) {
            out.println("  " + actor.name() + " (" + actor.kind() + ") "
                    + actor.roles().stream().map(Role::title).toList() + ", " + actor.mentions().size()
                    + " mention(s)");
        }
        return directory;
    }
}
