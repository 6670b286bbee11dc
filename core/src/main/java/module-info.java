/**
 * Reportage core: the immutable data types produced by the parser ({@link org.reportage.core.Article},
 * {@link org.reportage.core.Quote}, {@link org.reportage.core.Actor} and what they are made of) and their
 * JSON form ({@link org.reportage.core.json.ReportageJson}).
 */
module org.reportage.core {
    requires transitive tools.jackson.databind;

    exports org.reportage.core;
    exports org.reportage.core.json;

    // Jackson reads and writes the records reflectively; nothing else may.
    opens org.reportage.core to tools.jackson.databind;
}
