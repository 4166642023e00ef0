package io.schemadiff.parser;

import io.schemadiff.model.Catalog;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.ddl.DdlParser;
import io.schemadiff.parser.interp.Interpreter;
import io.schemadiff.parser.interp.RenameHint;
import io.schemadiff.parser.lex.RenameComments;
import io.schemadiff.parser.lex.Statement;
import io.schemadiff.parser.lex.StatementSplitter;
import io.schemadiff.parser.rename.Replayable;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import io.schemadiff.parser.source.Sources;
import io.schemadiff.parser.source.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The reading half of the library: SQL sources in, a normalized {@link Catalog} out.
 *
 * <pre>
 * SchemaReader.Result r = SchemaReader.read(Sources.open("db/schema.sql"));
 * Catalog catalog = r.catalog();
 * </pre>
 *
 * Sources are replayed in order into one catalog, as psql would run them one after the other into one database.
 * Bad input throws {@link InputError}; statements the model does not hold yet become {@link Warning}s.
 */
public final class SchemaReader {
    private SchemaReader() {}

    /**
     * What was read.
     *
     * @param catalog  the schema
     * @param warnings what it holds that the model does not (statements reported, never silently dropped)
     * @param hints    its rename hints ({@code -- schemadiff: renamed from old_name} comments), each tied to the
     *                 object defined on its line
     * @param input    what was read, so that it can be read again with more after it ({@link #readWith}); empty for
     *                 a result made by hand
     */
    public record Result(Catalog catalog, List<Warning> warnings, List<RenameHint> hints, Optional<Input> input)
        implements Replayable {
        public Result {
            warnings = List.copyOf(warnings);
            hints = List.copyOf(hints);
            Objects.requireNonNull(input, "input");
        }

        /** A result made by hand: no hints, and nothing to read again. */
        public Result(Catalog catalog, List<Warning> warnings) {
            this(catalog, warnings, List.of(), Optional.empty());
        }

        /**
         * The same sources read again, with the same options, and {@code more} replayed after them (the rename
         * package replays the renames a migration begins with, to see the source schema under its new names).
         */
        @Override
        public Result readWith(Source more) {
            Input in = input.orElseThrow(() -> new IllegalStateException("a result made by hand cannot be read again"));
            List<Source> all = new ArrayList<>(in.sources());
            all.add(more);
            return read(all, in.privileges(), in.role());
        }
    }

    /** The sources a result was read from, and the options it was read with. */
    public record Input(List<Source> sources, boolean privileges, String role) {
        public Input {
            sources = List.copyOf(sources);
        }
    }

    /**
     * Reads on two threads when the input is large and a second core is there: one lexes and parses, the other
     * replays into the catalog (about equal halves of the work). Same result, same first error, as
     * {@link #readOnOneThread}.
     */
    public static Result read(List<Source> sources) {
        return read(sources, false);
    }

    /**
     * As {@link #read(List)}; with {@code privileges}, owners, GRANT / REVOKE and default privileges are read
     * into {@link Catalog#privileges()} (otherwise they are left out, as migra leaves them out by default).
     */
    public static Result read(List<Source> sources, boolean privileges) {
        return read(sources, privileges, null);
    }

    /**
     * As {@link #read(List, boolean)}, knowing the name of the role that runs the scripts ({@code null}: not
     * known): it owns what no OWNER TO gives to another, and CURRENT_USER is that role.
     */
    public static Result read(List<Source> sources, boolean privileges, String role) {
        long chars = 0;
        for (Source s : sources) {
            chars += s.text().length();
        }
        if (chars >= PIPELINE_MIN_CHARS && Runtime.getRuntime().availableProcessors() > 1) {
            return onReaderThread(() -> readPipelined(sources, privileges, role));
        }
        return readOnOneThread(sources, privileges, role);
    }

    /** Reads on the calling thread only (when other reads already keep the cores busy). */
    public static Result readOnOneThread(List<Source> sources) {
        return readOnOneThread(sources, false);
    }

    public static Result readOnOneThread(List<Source> sources, boolean privileges) {
        return readOnOneThread(sources, privileges, null);
    }

    public static Result readOnOneThread(List<Source> sources, boolean privileges, String role) {
        return onReaderThread(() -> {
            Interpreter interpreter = new Interpreter(privileges, role);
            for (Source source : sources) {
                int[] hints = RenameComments.find(source.text());
                StatementSplitter.each(source, st -> apply(interpreter, new Parsed(source, parse(st), st.start(),
                    RenameComments.in(st, hints))));
            }
            return result(interpreter, sources, privileges, role);
        });
    }

    /**
     * The stack of the threads a read runs on, whatever {@code -Xss} the JVM was given: enough for statements
     * nested {@link Limits#MAX_DEPTH} deep in every form (subqueries in subqueries need the most: about 4 MB for
     * 1,000 levels); only the part used is ever committed.
     */
    private static final long READER_STACK = 64L << 20;

    /** Runs a read on a thread of its own with {@link #READER_STACK}; its result, or what it threw. */
    private static Result onReaderThread(Supplier<Result> read) {
        Object[] outcome = new Object[1];
        Thread reader = new Thread(null, () -> {
            Object o;
            try {
                o = read.get();
            } catch (RuntimeException | Error e) {
                o = e;
            }
            synchronized (outcome) {
                outcome[0] = o;
            }
        }, "schemadiff-read", READER_STACK);
        reader.setDaemon(true);
        reader.start();
        boolean interrupted = false;
        while (true) {
            try {
                reader.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Object o;
        synchronized (outcome) {
            o = outcome[0];
        }
        if (o instanceof RuntimeException e) {
            throw e;
        } else if (o instanceof Error e) {
            throw e;
        }
        return (Result) o;
    }

    /**
     * One statement parsed. Every form of nesting is bounded ({@link Limits}); should some path still recurse past
     * the stack, the statement is an error at its place, not a crash.
     */
    private static Ddl parse(Statement st) {
        try {
            return DdlParser.parse(st);
        } catch (StackOverflowError e) {
            throw tooDeep(st.source(), st.start());
        }
    }

    private static void apply(Interpreter interpreter, Parsed p) {
        try {
            interpreter.apply(p.source(), p.ddl(), p.start(), p.hints());
        } catch (StackOverflowError e) {
            throw tooDeep(p.source(), p.start());
        }
    }

    private static InputError tooDeep(Source source, int at) {
        return new InputError(source, at, "statement nested too deeply to read (the reader ran out of stack)");
    }

    private static Result result(Interpreter interpreter, List<Source> sources, boolean privileges, String role) {
        return new Result(interpreter.catalog(), withNotes(sources, interpreter.warnings()), interpreter.hints(),
            Optional.of(new Input(sources, privileges, role)));
    }

    /**
     * The warnings of a read with what opening its sources found ({@link Source#notes()}), each source's notes
     * before the warnings of its statements.
     */
    private static List<Warning> withNotes(List<Source> sources, List<Warning> warnings) {
        if (sources.stream().allMatch(s -> s.notes().isEmpty())) {
            return new ArrayList<>(warnings);
        }
        List<Warning> out = new ArrayList<>(warnings.size() + sources.size());
        int i = 0;
        for (Source s : sources) {
            for (Source.Note n : s.notes()) {
                out.add(new Warning(s, n.offset(), n.message()));
            }
            while (i < warnings.size() && warnings.get(i).source() == s) {
                out.add(warnings.get(i++));
            }
        }
        out.addAll(warnings.subList(i, warnings.size()));
        return out;
    }

    /** Below this a second thread costs more than it saves. */
    private static final long PIPELINE_MIN_CHARS = 64 * 1024;
    /** Parsed statements are handed over in batches: a queue operation per statement would cost more. */
    private static final int BATCH = 256;
    private static final Object END = new Object();

    private record Parsed(Source source, Ddl ddl, int start, List<RenameComments.Hint> hints) {}

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    private static Result readPipelined(List<Source> sources, boolean privileges, String role) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread parser = new Thread(null, () -> {
            List<Parsed> batch = new ArrayList<>(BATCH);
            try {
                for (Source source : sources) {
                    int[] hints = RenameComments.find(source.text());
                    StatementSplitter.each(source, st -> {
                        batch.add(new Parsed(source, parse(st), st.start(), RenameComments.in(st, hints)));
                        if (batch.size() == BATCH) {
                            hand(queue, new ArrayList<>(batch), cancelled);
                            batch.clear();
                        }
                    });
                }
                hand(queue, batch, cancelled);
                hand(queue, END, cancelled);
            } catch (Cancelled c) {
                // the reader stopped first (it met an error in an earlier statement)
            } catch (RuntimeException | Error e) {
                // what was parsed before the bad statement is replayed first: an earlier error there wins
                try {
                    hand(queue, batch, cancelled);
                    hand(queue, e, cancelled);
                } catch (Cancelled c) {
                    // as above
                }
            }
        }, "schemadiff-parse", READER_STACK);
        parser.setDaemon(true);
        parser.start();
        Interpreter interpreter = new Interpreter(privileges, role);
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) {
                    break;
                } else if (item instanceof RuntimeException e) {
                    throw e;
                } else if (item instanceof Error e) {
                    throw e;
                }
                @SuppressWarnings("unchecked")
                List<Parsed> parsed = (List<Parsed>) item;
                for (Parsed p : parsed) {
                    apply(interpreter, p);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } finally {
            cancelled.set(true);
        }
        return result(interpreter, sources, privileges, role);
    }

    private static void hand(BlockingQueue<Object> queue, Object item, AtomicBoolean cancelled) {
        try {
            while (!queue.offer(item, 20, TimeUnit.MILLISECONDS)) {
                if (cancelled.get()) {
                    throw new Cancelled();
                }
            }
        } catch (InterruptedException e) {
            throw new Cancelled();
        }
    }

    /** Reads SQL text given directly (tests, the library's users). */
    public static Result read(String name, String sql) {
        return read(List.of(new Source(name, sql)));
    }

    /** Opens and reads what a user names: a file, a folder, {@code -}, or {@code REV:path}. */
    public static Result read(String spec) {
        return read(Sources.open(spec));
    }
}
