package org.reportage.parser.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Working buffers that one parse at a time reuses from report to report (and, through {@link Pool}, from one
 * call of the parser to the next), so that a stage does not allocate and zero its arrays afresh for every report.
 * A stage names what it keeps here with a {@link Key} and owns its contents: what it takes is valid until the
 * next report of the same parse asks for it again, so nothing made from it may outlive the report.
 *
 * <p>Not thread-safe: a workspace belongs to one parse (or one streaming reader) at a time.
 */
public final class Workspace {

    /**
     * What a stage keeps in a workspace: one object per workspace, made on first use.
     *
     * @param <T> its type
     */
    public static final class Key<T> {
        private final Supplier<T> make;

        /** @param make makes the object the first time a workspace is asked for it */
        public Key(Supplier<T> make) {
            this.make = Objects.requireNonNull(make);
        }
    }

    /**
     * Workspaces for the calls of one parser: a call takes one (a new one when all are in use) and gives it back,
     * so a parser keeps at most as many as it ever had calls at the same time.
     *
     * <p>Thread-safe.
     */
    public static final class Pool {
        private final ConcurrentLinkedQueue<Workspace> free = new ConcurrentLinkedQueue<>();

        /** @return a workspace no other call is using; give it back with {@link #release} */
        public Workspace acquire() {
            Workspace w = free.poll();
            return w != null ? w : new Workspace();
        }

        /** @param w a workspace from {@link #acquire}, no longer used */
        public void release(Workspace w) {
            free.offer(w);
        }
    }

    private final Map<Key<?>, Object> slots = new IdentityHashMap<>(8);

    /**
     * @param key what to get
     * @param <T> its type
     * @return this workspace's object for the key, made on first use
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Key<T> key) {
        Object o = slots.get(key);
        if (o == null) {
            o = key.make.get();
            slots.put(key, o);
        }
        return (T) o;
    }
}
