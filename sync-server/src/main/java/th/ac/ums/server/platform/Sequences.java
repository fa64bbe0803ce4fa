package th.ac.ums.server.platform;

import io.helidon.dbclient.DbExecute;

/**
 * Named gap-free counters in {@code code_sequences} (student codes, invoice numbers), taken inside
 * the caller's transaction: the row stays locked until it commits, so numbers are never handed out
 * twice and a rolled-back transaction gives its number back.
 * <p>
 * The UPDATE comes first: {@code INSERT IGNORE} on an existing row takes a shared lock, and two
 * transactions that both hold it and then both UPDATE deadlock each other.
 */
public final class Sequences {
    private Sequences() {
    }

    /** Reserves {@code count} consecutive values of the sequence; answers the first (sequences start at 1). */
    public static long reserve(DbExecute tx, String name, int count) {
        for (int attempt = 0; attempt < 2; attempt++) {
            long updated = tx.dml("UPDATE code_sequences SET next_value = LAST_INSERT_ID(next_value) + ? WHERE name = ?",
                    count, name);
            if (updated > 0) {
                return tx.get("SELECT LAST_INSERT_ID() AS n").map(r -> ((Number) r.column("n").get()).longValue())
                        .orElseThrow();
            }
            if (tx.dml("INSERT IGNORE INTO code_sequences (name, next_value) VALUES (?, ?)", name, 1 + count) > 0) {
                return 1;
            }
            // another transaction created the row meanwhile: take from it
        }
        throw new IllegalStateException("sequence " + name + " could not be advanced");
    }
}
