/**
 * Reportage parser: turns raw dated news reports into {@link org.reportage.core.Article}s. The one entry point
 * is {@link org.reportage.parser.ReportParser}; every stage behind it lives in non-exported packages.
 */
module org.reportage.parser {
    requires transitive org.reportage.core;
    requires org.apache.commons.text;

    exports org.reportage.parser;
}
