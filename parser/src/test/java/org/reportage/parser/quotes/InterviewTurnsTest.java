package org.reportage.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportage.core.Actor;
import org.reportage.core.Article;
import org.reportage.core.Quote;
import org.reportage.parser.ReportParser;

/**
 * An interview's questions and answers without quotation marks ({@code Q: …}, {@code A: …}) stay in their report
 * (no {@code Q:} line is a digest's next headline) and are quotes: the questions without a speaker, the answers by
 * the person the report is mostly about before them.
 */
class InterviewTurnsTest {
    private static final ReportParser PARSER = ReportParser.create();

    @Test
    void answersAreByThePersonTheIntroductionNames() {
        List<Article> as = PARSER.parse("Monday, March 2, 2026\n\nBudget talks\n\nRafael Soto, the finance minister,"
                + " spoke to us on Monday. He was in a good mood.\n\nQ: Will you raise taxes?\n\nA: No. We will cut"
                + " spending first.\n\nQ. And the deficit?\n\nA. It will fall.").articles();
        assertThat(as).hasSize(1);
        Article a = as.get(0);
        List<Quote> qs = a.quotes().stream().filter(q -> q.rule().startsWith("transcript.")).toList();
        assertThat(qs).extracting(Quote::rule).containsExactly("transcript.question", "transcript.answer",
                "transcript.question", "transcript.answer");
        assertThat(qs.get(0).speaker()).isNull();
        assertThat(speaker(a, qs.get(1))).isEqualTo("Rafael Soto");
        assertThat(speaker(a, qs.get(3))).isEqualTo("Rafael Soto");
        assertThat(qs.get(1).segments().get(0).text()).isEqualTo("No. We will cut spending first");
    }

    @Test
    void twoPeopleNamedAsOftenLeaveTheAnswersWithoutASpeaker() {
        Article a = PARSER.parse("Monday, March 2, 2026\n\nTalks\n\nWe spoke to Anna Berg and Tom Reid.\n\nQ: Who won?"
                + "\n\nA: Nobody did.").article();
        Quote answer = a.quotes().stream().filter(q -> q.rule().equals("transcript.answer")).findFirst().orElseThrow();
        assertThat(answer.speaker()).isNull();
    }

    private static String speaker(Article a, Quote q) {
        return a.actors().stream().filter(x -> x.id().equals(q.speaker())).map(Actor::name).findFirst().orElse(null);
    }
}
