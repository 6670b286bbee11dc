package org.reportage.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Runs the tool in-process and captures what it prints. */
final class Cli {
    /** A fixed "today", so that nothing depends on when the tests run. */
    static final LocalDate TODAY = LocalDate.of(2025, 1, 15);

    /**
     * @param code exit code
     * @param out  standard output
     * @param err  standard error
     */
    record Result(int code, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), false, args);
    }

    static Result runWithStdin(byte[] stdin, String... args) {
        return run(new ByteArrayInputStream(stdin), false, args);
    }

    static Result run(InputStream in, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = Main.run(args, new Env(in, o, e, terminal, TODAY));
        o.flush();
        e.flush();
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
