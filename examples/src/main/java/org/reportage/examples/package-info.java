/**
 * Runnable examples of the Reportage API, one small class per task: parse a report, stream a feed, export JSON
 * Lines, use an actor directory, find when quotes were said, share one parser across threads. Each is compiled
 * in every build and run by a test; the README quotes them.
 */
package org.reportage.examples;
