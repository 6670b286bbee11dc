package org.reportage.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import picocli.CommandLine;

/**
 * The {@code reportage} command-line tool: {@code java -jar reportage.jar [parse|quotes|actors] …}.
 *
 * <p>Run with no arguments it parses a built-in sample report and prints a readable summary. Exit codes: 0 when
 * every input was read and parsed, 1 when some input failed (its error is on stderr as {@code path:line:column:
 * message} and the run went on), 2 for a usage error. Output is always UTF-8.
 */
public final class Main {
    /** Every input was read and parsed. */
    public static final int EXIT_OK = 0;
    /** At least one input could not be read, decoded or parsed (or, with {@code --strict}, had warnings). */
    public static final int EXIT_INPUT_FAILED = 1;
    /** The command line was wrong. */
    public static final int EXIT_USAGE = 2;

    private Main() {
    }

    /**
     * Runs the tool and exits the JVM with its exit code.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, new Env(System.in, out, err, stderrIsTerminal(), LocalDate.now()));
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Whether standard error is a terminal, so that a progress bar may be drawn on it. On Linux the answer is
     * exact ({@code /proc/self/fd/2} points at a tty even when stdout is redirected to a file); elsewhere
     * {@link System#console()} serves as a proxy (it needs stdin and stdout to be terminals too).
     */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the proxy
        }
        return System.console() != null;
    }

    /**
     * Runs the tool in-process, with nothing on standard input, and returns its exit code instead of exiting.
     *
     * @param args command-line arguments
     * @param out  where standard output goes
     * @param err  where standard error goes
     * @return the exit code: {@link #EXIT_OK}, {@link #EXIT_INPUT_FAILED} or {@link #EXIT_USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, InputStream.nullInputStream(), out, err);
    }

    /**
     * Runs the tool in-process and returns its exit code instead of exiting.
     *
     * @param args command-line arguments
     * @param in   what the input {@code -} reads
     * @param out  where standard output goes
     * @param err  where standard error goes
     * @return the exit code: {@link #EXIT_OK}, {@link #EXIT_INPUT_FAILED} or {@link #EXIT_USAGE}
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, new Env(in, out, err, false, LocalDate.now()));
    }

    static int run(String[] args, Env env) {
        ReportageCommand top = new ReportageCommand();
        top.env = env;
        CommandLine cl = new CommandLine(top);
        cl.setOut(new PrintWriter(new OutputStreamWriter(env.out(), StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(env.err(), StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpWidth(100);
        cl.setParameterExceptionHandler((ex, badArgs) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("reportage: " + ex.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("reportage: internal error: " + ex);
            return EXIT_INPUT_FAILED;
        });
        // No arguments at all: the first-minute experience, a summary of the built-in sample.
        String[] effective = args.length == 0 ? new String[] {"parse"} : args;
        int code = cl.execute(effective);
        env.out().flush();
        return code;
    }
}
