package be.ariadne.exchange;

import be.ariadne.casefile.CaseImport;
import be.ariadne.casefile.ImportedCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an HTCDS CSV file into the case file (contract htcds-exchange): every case held by one
 * centre, in one transaction. By default all or nothing: at the first bad row nothing more is
 * written, the rest of the file is still read so that every bad row is reported, and the
 * transaction is rolled back. With {@code skipInvalid} the good rows are imported and the bad ones
 * written to a rejected-rows file. A preview ({@code dryRun}) does everything and rolls back.
 */
@Service
class HtcdsImport {
    static final int CHUNK = 2000;
    static final int KEPT_PROBLEMS = 1000;
    static final int KEPT_RECORDS = 10;

    private final CaseImport cases;
    private final TransactionTemplate tx;

    HtcdsImport(CaseImport cases, TransactionTemplate tx) {
        this.cases = cases;
        this.tx = tx;
    }

    /** How to import. */
    record Request(String centre, boolean skipInvalid, boolean ignoreUnknownColumns, boolean dryRun, String source) {
    }

    /**
     * What happened. {@code problems} keeps the first {@value #KEPT_PROBLEMS} problems (all are given
     * to the listener), {@code firstRecords} the first valid rows (for a preview).
     */
    record Result(long rows, long imported, long updated, long rejected, List<HtcdsProblem> problems, long problemCount,
                  List<HtcdsRecord> firstRecords, boolean headerRefused, boolean committed) {
        /** The contract's summary line. */
        public String summary() {
            return "imported " + imported + ", updated " + updated + ", rejected " + rejected;
        }

        public boolean failed() {
            return headerRefused || (rejected > 0 && !committed);
        }
    }

    /**
     * Runs an import. {@code problemListener} gets every problem as found; {@code rejectedOut}
     * (only with {@code skipInvalid}) opens the stream the rejected rows are written to, when there
     * is one. The actor must be signed in (a {@code SystemActor} for the command line).
     */
    Result run(InputStream in, Request request, Consumer<HtcdsProblem> problemListener, Supplier<OutputStream> rejectedOut) {
        CaseImport.Session session = cases.begin(request.centre()); // refuses an unknown centre or a user of another centre first
        HtcdsCsvReader reader;
        try {
            reader = HtcdsCsvReader.open(in, HtcdsCsvReader.Options.defaults().withIgnoreUnknownColumns(request.ignoreUnknownColumns()));
        } catch (HtcdsHeaderException e) {
            e.problems().forEach(problemListener);
            return new Result(0, 0, 0, 0, e.problems(), e.problems().size(), List.of(), true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        State state = new State(reader, request, problemListener, rejectedOut);
        try (reader) {
            tx.executeWithoutResult(status -> {
                state.run(session);
                boolean keep = !request.dryRun() && (request.skipInvalid() || state.rejected == 0);
                if (keep) {
                    session.finish(request.source(), state.rejected);
                } else {
                    status.setRollbackOnly();
                }
                state.committed = keep;
            });
            state.closeRejected();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean counted = state.committed || request.dryRun();
        return new Result(state.rows, counted ? session.created() : 0, counted ? session.updated() : 0, state.rejected,
                List.copyOf(state.problems), state.problemCount, List.copyOf(state.firstRecords), false, state.committed);
    }

    /**
     * Runs an import of a file that can be read twice ({@code source} opens it anew). On a
     * database that prefers it ({@link CaseImport#prefersChunkCommits()}, H2 files), staged and
     * still all or nothing: the whole file is checked first without writing; only if every row is
     * good (or with skipInvalid) it is read again and written, one transaction per chunk; should
     * writing fail half-way, the cases it created are removed again. Elsewhere, {@link #run}.
     */
    Result runStaged(Supplier<InputStream> source, Request request, Consumer<HtcdsProblem> problemListener, Supplier<OutputStream> rejectedOut) {
        return runStaged(source, request, problemListener, rejectedOut, cases.prefersChunkCommits());
    }

    Result runStaged(Supplier<InputStream> source, Request request, Consumer<HtcdsProblem> problemListener, Supplier<OutputStream> rejectedOut,
                     boolean staged) {
        if (request.dryRun() || !staged) return run(source.get(), request, problemListener, rejectedOut);
        CaseImport.Session session = cases.begin(request.centre());
        HtcdsCsvReader.Options options = HtcdsCsvReader.Options.defaults().withIgnoreUnknownColumns(request.ignoreUnknownColumns());
        State check;
        try (HtcdsCsvReader reader = HtcdsCsvReader.open(source.get(), options)) {
            check = new State(reader, request, problemListener, rejectedOut);
            check.checkOnly = true;
            check.run(session);
            check.closeRejected();
        } catch (HtcdsHeaderException e) {
            e.problems().forEach(problemListener);
            return new Result(0, 0, 0, 0, e.problems(), e.problems().size(), List.of(), true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (check.rejected > 0 && !request.skipInvalid()) {
            return new Result(check.rows, 0, 0, check.rejected, List.copyOf(check.problems), check.problemCount,
                    List.copyOf(check.firstRecords), false, false);
        }
        Runnable restoreIndexes = cases.setAsideRandomIndexes();
        try (HtcdsCsvReader reader = HtcdsCsvReader.open(source.get(), options)) {
            State write = new State(reader, request, p -> { }, null);
            write.chunkTx = tx;
            write.run(session);
        } catch (HtcdsHeaderException | IOException e) {
            tx.executeWithoutResult(s -> session.undoCreated());
            throw new IllegalStateException("the file changed while it was imported: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            tx.executeWithoutResult(s -> session.undoCreated());
            throw e;
        } finally {
            restoreIndexes.run();
        }
        tx.executeWithoutResult(s -> session.finish(request.source(), check.rejected));
        return new Result(check.rows, session.created(), session.updated(), check.rejected, List.copyOf(check.problems), check.problemCount,
                List.copyOf(check.firstRecords), false, true);
    }

    private static final class State {
        boolean checkOnly;
        TransactionTemplate chunkTx;
        final HtcdsCsvReader reader;
        final Request request;
        final Consumer<HtcdsProblem> listener;
        final Supplier<OutputStream> rejectedOut;
        final List<HtcdsProblem> problems = new ArrayList<>();
        final List<HtcdsRecord> firstRecords = new ArrayList<>();
        HtcdsRejectedRowsWriter rejectedWriter;
        long rows;
        long rejected;
        long problemCount;
        boolean committed;

        State(HtcdsCsvReader reader, Request request, Consumer<HtcdsProblem> listener, Supplier<OutputStream> rejectedOut) {
            this.reader = reader;
            this.request = request;
            this.listener = listener;
            this.rejectedOut = rejectedOut;
        }

        void run(CaseImport.Session session) {
            List<HtcdsRow> chunkRows = new ArrayList<>(CHUNK);
            List<ImportedCase> chunk = new ArrayList<>(CHUNK);
            while (reader.hasNext()) {
                HtcdsRow row = reader.next();
                rows++;
                if (!row.isValid()) {
                    reject(row);
                    continue;
                }
                HtcdsRecord record = row.record().orElseThrow();
                if (firstRecords.size() < KEPT_RECORDS) firstRecords.add(record);
                chunkRows.add(row);
                chunk.add(CaseMapping.toCase(record));
                if (chunk.size() == CHUNK) flush(session, chunkRows, chunk);
            }
            if (!chunk.isEmpty()) flush(session, chunkRows, chunk);
        }

        /** Whether rows are still written: always with skipInvalid, else as long as no row was bad. */
        private boolean writing() {
            return request.skipInvalid() || rejected == 0;
        }

        private void flush(CaseImport.Session session, List<HtcdsRow> chunkRows, List<ImportedCase> chunk) {
            // All or nothing, and a row was bad: nothing more is written, the rows are only checked.
            CaseImport.Outcome outcome;
            if (checkOnly || !writing()) {
                outcome = new CaseImport.Outcome(0, 0, session.check(chunk));
            } else if (chunkTx != null) {
                List<ImportedCase> batch = List.copyOf(chunk);
                outcome = chunkTx.execute(s -> session.add(batch));
            } else {
                outcome = session.add(chunk);
            }
            List<List<HtcdsProblem>> perRow = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) perRow.add(null);
            for (CaseImport.Problem p : outcome.problems()) {
                if (perRow.get(p.index()) == null) perRow.set(p.index(), new ArrayList<>());
                perRow.get(p.index()).add(CaseMapping.problem(chunkRows.get(p.index()).line(), p));
            }
            for (int i = 0; i < chunk.size(); i++) {
                if (perRow.get(i) != null) {
                    HtcdsRow original = chunkRows.get(i);
                    reject(new HtcdsRow(original.line(), null, perRow.get(i), original.values()));
                }
            }
            chunkRows.clear();
            chunk.clear();
        }

        private void reject(HtcdsRow row) {
            rejected++;
            for (HtcdsProblem p : row.problems()) {
                problemCount++;
                if (problems.size() < KEPT_PROBLEMS) problems.add(p);
                listener.accept(p);
            }
            if (request.skipInvalid() && !request.dryRun() && rejectedOut != null) {
                try {
                    if (rejectedWriter == null) rejectedWriter = HtcdsRejectedRowsWriter.open(rejectedOut.get(), reader.columns());
                    rejectedWriter.write(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        void closeRejected() throws IOException {
            if (rejectedWriter != null) rejectedWriter.close();
        }
    }
}
