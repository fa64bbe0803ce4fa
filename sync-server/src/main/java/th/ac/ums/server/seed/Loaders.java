package th.ac.ums.server.seed;

import java.util.ArrayList;
import java.util.List;

/** One {@link Loader} per big table; enrolments and applications are skipped when appending. */
final class Loaders implements AutoCloseable {
    final Loader students;
    final Loader enrollments;
    final Loader invoices;
    final Loader lines;
    final Loader payments;
    final Loader holds;
    final Loader applicants;
    final Loader applications;
    private final List<Loader> all = new ArrayList<>();

    Loaders(BulkConnections connections, int batch, boolean append) {
        long commitEvery = append ? 50_000 : 0;
        students = add(new Loader("students", Tables.STUDENTS, connections, batch, commitEvery));
        enrollments = append ? null
                : add(new Loader("enrollments", Tables.ENROLLMENTS, connections, batch, commitEvery));
        invoices = add(new Loader("invoices", Tables.INVOICES, connections, batch, commitEvery));
        lines = add(new Loader("invoice_lines", Tables.INVOICE_LINES, connections, batch, commitEvery));
        payments = add(new Loader("payments", Tables.PAYMENTS, connections, batch, commitEvery));
        holds = add(new Loader("holds", Tables.HOLDS, connections, batch, commitEvery));
        applicants = append ? null
                : add(new Loader("applicants", Tables.APPLICANTS, connections, batch, commitEvery));
        applications = append ? null
                : add(new Loader("applications", Tables.APPLICATIONS, connections, batch, commitEvery));
    }

    private Loader add(Loader loader) {
        all.add(loader);
        return loader;
    }

    List<Loader> all() {
        return all;
    }

    long inserted() {
        return all.stream().mapToLong(Loader::inserted).sum();
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (Loader loader : all) {
            try {
                loader.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
