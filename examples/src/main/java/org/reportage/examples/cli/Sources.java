package org.reportage.examples.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Expands the command line's inputs into the ordered list of sources: files as given, directories walked
 * depth-first with entries sorted by name (so the order never depends on the file system), {@code -} as
 * standard input. Symbolic links to directories are not followed (no cycles); links to files are read.
 */
final class Sources {
    private final List<Glob> includes;
    private final List<Glob> excludes;

    private record Glob(boolean wholePath, PathMatcher matcher) {
        boolean matches(Path relative) {
            Path p = wholePath ? relative : relative.getFileName();
            return p != null && matcher.matches(p);
        }
    }

    Sources(List<String> includes, List<String> excludes, boolean jsonl) {
        List<String> inc = includes.isEmpty() ? List.of(jsonl ? "*.jsonl" : "*.txt") : includes;
        this.includes = globs(inc);
        this.excludes = globs(excludes);
    }

    private static List<Glob> globs(List<String> patterns) {
        List<Glob> out = new ArrayList<>();
        for (String p : patterns) {
            out.add(new Glob(p.contains("/"), FileSystems.getDefault().getPathMatcher("glob:" + p)));
        }
        return out;
    }

    /**
     * @param inputs the command line's inputs, in order
     * @return the sources, errors for missing paths in their place
     */
    List<Source> expand(List<String> inputs) {
        List<Source> out = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals("-")) {
                out.add(new Source("-", Source.Kind.STDIN, null, 0, null));
                continue;
            }
            Path path;
            try {
                path = Path.of(input);
            } catch (RuntimeException e) {
                out.add(Source.error(input + ": invalid path: " + e.getMessage()));
                continue;
            }
            if (Files.isDirectory(path)) {
                walk(input, path, out);
            } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                out.add(Source.file(input, path, size(path)));
            } else {
                out.add(Source.error(input + ": cannot read: no such file or directory"));
            }
        }
        return out;
    }

    private void walk(String name, Path root, List<Source> out) {
        Deque<Path> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Path dir = stack.pop();
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) {
                    entries.add(p);
                }
            } catch (IOException | RuntimeException e) {
                out.add(Source.error(display(name, root, dir) + ": cannot list directory: " + reason(e)));
                continue;
            }
            entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
            List<Path> subdirs = new ArrayList<>();
            for (Path p : entries) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    subdirs.add(p);
                } else if (included(root.relativize(p))) {
                    out.add(Source.file(display(name, root, p), p, size(p)));
                }
            }
            // Files of a directory come before its subdirectories, which are visited in name order.
            for (int i = subdirs.size() - 1; i >= 0; i--) {
                stack.push(subdirs.get(i));
            }
        }
    }

    private boolean included(Path relative) {
        boolean in = false;
        for (Glob g : includes) {
            in |= g.matches(relative);
        }
        if (!in) {
            return false;
        }
        for (Glob g : excludes) {
            if (g.matches(relative)) {
                return false;
            }
        }
        return true;
    }

    private static String display(String name, Path root, Path p) {
        String rel = root.relativize(p).toString();
        if (rel.isEmpty()) {
            return name;
        }
        return name.endsWith("/") || name.endsWith(p.getFileSystem().getSeparator()) ? name + rel
                : name + p.getFileSystem().getSeparator() + rel;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** @return a short reason for an I/O failure, without the path the message usually repeats */
    static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
