package org.reportage.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportage.core.Article;
import org.reportage.parser.ReportParser;

/**
 * A text that speaks when named again ({@code The statement said}) is said by whoever issued it where the report
 * introduced it with "a" or "an": the quote's speaker is that actor, its mention stays the text's.
 */
class TextAuthorTest {

    /** Each case: what it shows, the body of a report, the text's speaker phrase, the speaker's name (or null). */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a statement issued before is its issuer's",
                        "Halvern Pharma issued a statement on Tuesday. The statement said the trial data would be"
                                + " published in May.", "The statement", "Halvern Pharma"),
                Arguments.of("the subject right before the text speaks for it",
                        "\u201CThe calls were not placed by Mr Hale,\u201D Kestrel News said in a statement. The"
                                + " statement said the network had no further comment.", "The statement",
                        "Kestrel News"),
                Arguments.of("the one named last before the text, not one inside the quotation before",
                        "\u201CNobody called Jo Lee,\u201D Reuters said in a statement. The statement said the agency"
                                + " had no further comment.", "The statement", "Reuters"),
                Arguments.of("otherwise the sentence's subject issued it",
                        "Halvern Pharma, which halted the trial on Tuesday after two patients fell ill, has since"
                                + " released a statement. The statement said no data had been lost.", "The statement",
                        "Halvern Pharma"),
                Arguments.of("a text from a body is that body's",
                        "Voters in Leeds read about the delay in a letter from the Harlow Housing Trust on Monday."
                                + " The letter said repairs would start in May.", "The letter", "Harlow Housing Trust"),
                Arguments.of("a text introduced before its speaker is the speaker's",
                        "Halvern Pharma halted the trial. In a statement, the company said no patient had been"
                                + " harmed. The statement said the data would be published.", "The statement",
                        "Halvern Pharma"),
                Arguments.of("'an' introduces a text too",
                        "Halvern Pharma sent an email to its staff. The email said the trial would stop.",
                        "The email", "Halvern Pharma"),
                Arguments.of("an author in an aside after the text",
                        "The report, by the Dunmore Institute, said poverty had risen.", "The report",
                        "Dunmore Institute"),
                Arguments.of("an author after a participle in the aside",
                        "The study, published by Orbix Labs on Monday, said sleep had fallen.", "The study",
                        "Orbix Labs"),
                Arguments.of("an aside that names no one leaves the text to its issuer",
                        "Orbix Labs issued a report on Monday. The report, by any measure a grim read, said sleep"
                                + " had fallen.", "The report", "Orbix Labs"),
                Arguments.of("only the aside's words name the author",
                        "Orbix Labs issued a report on Monday. The report, by any measure, said Lena Holt had been"
                                + " right.", "The report", "Orbix Labs"),
                Arguments.of("an aside without an author names none",
                        "The report, released on Monday by a panel, said poverty had risen.", "The report", null),
                Arguments.of("a text never introduced has no speaker",
                        "The statement said the trial data would be published in May.", "The statement", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theTextsIssuerSpeaks(String shows, String body, String mention, String speaker) {
        Article a = ReportParser.create().parse("Friday, March 6, 2026\n\n" + body + "\n").articles().get(0);
        List<String> speakers = a.quotes().stream()
                .filter(q -> q.speakerMention() != null && q.speakerMention().text().equals(mention))
                .map(q -> q.speaker() == null ? null : a.actor(q.speaker()).name()).collect(Collectors.toList());
        assertThat(speakers).as(shows).containsExactly(speaker);
    }
}
