package org.reportage.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.reportage.core.Article;
import org.reportage.core.Quote;
import org.reportage.parser.ReportParser;

/**
 * A text that speaks when named again ({@code The statement said}) is said by whoever issued it where the report
 * introduced it with "a": the quote's speaker is that actor, its mention stays the text's.
 */
class TextAuthorTest {

    /** @return "mention -> speaker name" of every quote whose speaker mention is the given text */
    private static List<String> speakersOf(String report, String mention) {
        Article a = ReportParser.create().parse(report).articles().get(0);
        return a.quotes().stream().filter(q -> q.speakerMention() != null
                        && q.speakerMention().text().equals(mention))
                .map(q -> mention + " -> " + speakerName(a, q)).collect(Collectors.toList());
    }

    private static String speakerName(Article a, Quote q) {
        return q.speaker() == null ? null : a.actor(q.speaker()).name();
    }

    @Test
    void aStatementIssuedBeforeIsItsIssuers() {
        String report = "Friday, March 6, 2026\n\nHalvern Pharma issued a statement on Tuesday. The statement said"
                + " the trial data would be published in May.\n";
        assertThat(speakersOf(report, "The statement")).containsExactly("The statement -> Halvern Pharma");
    }

    @Test
    void theSubjectRightBeforeTheTextSpeaksForIt() {
        String report = "Friday, March 6, 2026\n\n\u201CThe calls were not placed by Mr Hale,\u201D Kestrel News said"
                + " in a statement. The statement said the network had no further comment.\n";
        assertThat(speakersOf(report, "The statement")).containsExactly("The statement -> Kestrel News");
    }

    @Test
    void otherwiseTheSentencesSubjectIssuedIt() {
        String report = "Friday, March 6, 2026\n\nHalvern Pharma, which halted the trial on Tuesday after two"
                + " patients fell ill, has since released a statement. The statement said no data had been lost.\n";
        assertThat(speakersOf(report, "The statement")).containsExactly("The statement -> Halvern Pharma");
    }

    @Test
    void aTextFromABodyIsThatBodys() {
        String report = "Friday, March 6, 2026\n\nVoters in Leeds read about the delay in a letter from the Harlow"
                + " Housing Trust on Monday. The letter said repairs would start in May.\n";
        assertThat(speakersOf(report, "The letter")).containsExactly("The letter -> Harlow Housing Trust");
    }

    @Test
    void aTextIntroducedAfterTheSpeakerIsTheSpeakersOwn() {
        String report = "Friday, March 6, 2026\n\nHalvern Pharma halted the trial. In a statement, the company said"
                + " no patient had been harmed. The statement said the data would be published.\n";
        assertThat(speakersOf(report, "The statement")).containsExactly("The statement -> Halvern Pharma");
    }

    @Test
    void anEmailIsIntroducedWithAn() {
        String report = "Friday, March 6, 2026\n\nHalvern Pharma sent an email to its staff. The email said the"
                + " trial would stop.\n";
        assertThat(speakersOf(report, "The email")).containsExactly("The email -> Halvern Pharma");
    }

    @Test
    void aTextNeverIntroducedHasNoSpeaker() {
        String report = "Friday, March 6, 2026\n\nThe statement said the trial data would be published in May.\n";
        assertThat(speakersOf(report, "The statement")).containsExactly("The statement -> null");
    }
}
