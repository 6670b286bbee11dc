package org.reportage.examples.cli;

/** The {@code reportage} command-line tool. First version: prints its usage. */
public final class Main {
    private Main() {
    }

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.out.println("usage: reportage parse FILE... [--format json|jsonl] [--reference-date YYYY-MM-DD]");
    }
}
