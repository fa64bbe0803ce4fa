package th.ac.ums.server.helpdesk;

import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import th.ac.ums.model.api.Page;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.paging.Cursor;
import th.ac.ums.server.paging.Filter;
import th.ac.ums.server.paging.ListQuery;
import th.ac.ums.server.paging.ListSpec;
import th.ac.ums.server.paging.ListStrategy;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.server.paging.PageRequest;
import th.ac.ums.server.paging.Totals;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.platform.Rows;

/**
 * A user's failed sign-ins, newest first, read from the audit trail: wrong passwords and sign-ins of
 * a disabled account ({@code login.failure}), attempts refused by the login limits
 * ({@code login.limited}), wrong second-factor codes ({@code login.2fa-failure}) and codes refused
 * while the second factor is locked ({@code 2fa.limited}). Each action is read from the index
 * (entity, entity_id, action, at) in order and only a page's worth of each is merged, so a page
 * costs the same for an account hammered for months as for a quiet one.
 */
public final class SignInHistory {
    /** The audited actions that are failed sign-ins. */
    static final List<String> ACTIONS = List.of("login.failure", "login.limited", "login.2fa-failure", "2fa.limited");
    /** Offset pages reach this many rows; deeper pages are for cursors. */
    static final int MAX_OFFSET_ROWS = Totals.CAP;
    private static final String INDEX = "ix_audit_entity_action_at";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    /**
     * Paging rules (limit, page, cursor bound to the user) and the row shape: the rows come from
     * {@link Merged}'s own statement.
     */
    static final ListSpec<SignIn> SPEC = ListSpec.builder("sign-ins", "audit_events", "ae")
            .select("ae.id, ae.at")
            .filter(Filter.id("userId", "ae.entity_id"))
            .sort("at", "ae.at", "ae.id")
            .defaultSort("at", true)
            .mapper(SignInHistory::signIn)
            .build();

    /** One failed sign-in as the helpdesk sees it; {@code client} is null for events older than this field. */
    record SignIn(Instant at, String ip, String client, String reason) {
    }

    private final Db db;
    private final Lister lister;

    public SignInHistory(Db db, Lister lister) {
        this.db = db;
        this.lister = lister;
    }

    Page<SignIn> page(long userId, PageRequest request) {
        return lister.list(SPEC, request, new Merged(String.valueOf(userId)));
    }

    /**
     * The user's failed sign-ins as a strategy of the list engine: the merge of one index walk per
     * action ({@link #pageSql}), counted up to just past {@link Totals#CAP}, with an (at, id) cursor.
     */
    private final class Merged implements ListStrategy {
        private final String userId;

        Merged(String userId) {
            this.userId = userId;
        }

        @Override
        public ListQuery.Sql page(ListQuery query) {
            PageRequest request = query.request();
            if (!request.keyset() && request.offset() + request.limit() > MAX_OFFSET_ROWS) {
                throw Refusal.invalid("page", "reaches past the first " + MAX_OFFSET_ROWS
                        + " sign-ins; use cursor paging for older ones");
            }
            boolean backward = request.cursor() != null && request.cursor().backward();
            List<Object> position = request.cursor() == null ? null : position(request.cursor());
            List<Object> params = new ArrayList<>();
            String sql = pageSql(userId, request.limit() + 1, request.offset(), position, backward, params);
            return new ListQuery.Sql(sql, params);
        }

        @Override
        public Totals.Total total(ListQuery query, boolean complete, int size, Supplier<Totals.Total> counted) {
            long total = count(userId);
            return new Totals.Total(total, total <= Totals.CAP);
        }

        @Override
        public Cursor cursor(DbRow row, PageRequest request, boolean backward) {
            return new Cursor("at", true, backward, List.of(AT.format(Rows.instant(row, "at")), Rows.lng(row, "id")),
                    request.fingerprint());
        }
    }

    /**
     * One branch per action, each read from the index in the page's order and cut at what the page
     * can need; the union of those few rows is then ordered and cut again.
     */
    static String pageSql(String userId, int rows, int offset, List<Object> position, boolean ascending,
                          List<Object> params) {
        String op = ascending ? ">" : "<";
        String dir = ascending ? " ASC" : " DESC";
        List<String> branches = new ArrayList<>();
        for (String action : ACTIONS) {
            StringBuilder b = new StringBuilder("(SELECT ae.id, ae.at, ae.action, ae.ip, "
                    + "JSON_VALUE(ae.after_json, '$.reason') AS reason, JSON_VALUE(ae.after_json, '$.client') AS client "
                    + "FROM audit_events ae FORCE INDEX (" + INDEX + ") "
                    + "WHERE ae.entity = 'user' AND ae.entity_id = ? AND ae.action = ?");
            params.add(userId);
            params.add(action);
            if (position != null) {
                b.append(" AND (ae.at ").append(op).append(" ? OR (ae.at = ? AND ae.id ").append(op).append(" ?))");
                params.addAll(List.of(position.get(0), position.get(0), position.get(1)));
            }
            b.append(" ORDER BY ae.at").append(dir).append(", ae.id").append(dir).append(" LIMIT ?)");
            params.add(offset + rows);
            branches.add(b.toString());
        }
        params.add(rows);
        params.add(offset);
        return "SELECT s.* FROM (" + String.join(" UNION ALL ", branches) + ") s ORDER BY s.at" + dir + ", s.id" + dir
                + " LIMIT ? OFFSET ?";
    }

    /** How many failed sign-ins the user has, counted up to just past {@link Totals#CAP} (index only). */
    private long count(String userId) {
        List<Object> params = new ArrayList<>();
        List<String> branches = new ArrayList<>();
        for (String action : ACTIONS) {
            branches.add("(SELECT 1 FROM audit_events ae FORCE INDEX (" + INDEX + ") WHERE ae.entity = 'user' "
                    + "AND ae.entity_id = ? AND ae.action = ? LIMIT ?)");
            params.addAll(List.of(userId, action, Totals.CAP + 1));
        }
        String sql = "SELECT COUNT(*) AS n FROM (" + String.join(" UNION ALL ", branches) + ") c";
        return db.read(exec -> {
            try (Stream<DbRow> s = exec.createQuery(sql).params(params).execute()) {
                return s.findFirst().map(r -> Rows.lng(r, "n")).orElse(0L);
            }
        });
    }

    private static SignIn signIn(DbRow r) {
        String action = Rows.str(r, "action");
        String recorded = Rows.str(r, "reason");
        String reason = switch (action) {
            case "login.failure" -> recorded == null ? "wrong-password" : recorded;
            case "login.limited" -> "limited";
            case "login.2fa-failure" -> "wrong-2fa-code";
            default -> "2fa-limited";
        };
        return new SignIn(Rows.instant(r, "at"), Rows.str(r, "ip"), Rows.str(r, "client"), reason);
    }

    /** The cursor's position, checked: a timestamp as this server writes it and an id. */
    private static List<Object> position(Cursor cursor) {
        List<Object> v = cursor.values();
        if (v.size() != 2 || !(v.get(0) instanceof String at) || !(v.get(1) instanceof Long)
                || !at.matches("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}$")) {
            throw Refusal.invalid("cursor", "is not a cursor this server issued");
        }
        return v;
    }
}
