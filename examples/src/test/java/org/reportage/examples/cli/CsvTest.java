package org.reportage.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void quotesOnlyFieldsThatNeedItAndDoublesQuotes() throws IOException {
        StringWriter w = new StringWriter();
        Csv.record(w, List.of("plain", "a,b", "say \"no\"", "two\nlines", "cr\r", ""));
        assertThat(w.toString()).isEqualTo("plain,\"a,b\",\"say \"\"no\"\"\",\"two\nlines\",\"cr\r\",\r\n");
    }
}
