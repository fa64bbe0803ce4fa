package th.ac.ums.server.cache;

import java.util.ArrayList;
import java.util.List;
import th.ac.ums.server.sync.ChangeEvent;

/** Cache keys, and which of them a change makes stale. */
public final class Keys {
    private Keys() {
    }

    public static String student360(long studentId) {
        return "s360:" + studentId;
    }

    public static String record(String entity, long id) {
        return "rec:" + entity + ":" + id;
    }

    /** The list resource an entity belongs to (its totals and cached lists change with it). */
    static String resourceOf(String entity) {
        return switch (entity) {
            case "faculty" -> "faculties";
            case "program" -> "programs";
            case "course" -> "courses";
            case "term" -> "terms";
            case "section" -> "sections";
            case "student" -> "students";
            case "enrollment" -> "enrollments";
            case "application" -> "applications";
            case "hold" -> "holds";
            case "invoice" -> "invoices";
            case "payment" -> "payments";
            case "receipt" -> "receipts";
            case "user" -> "users";
            case "bank-line", "bank-file" -> "bank-lines";
            default -> entity;
        };
    }

    static List<String> touchedBy(ChangeEvent change) {
        List<String> keys = new ArrayList<>();
        if (change.studentId() != null) {
            keys.add(student360(change.studentId()));
        }
        if ("student".equals(change.entity())) {
            keys.add(student360(Long.parseLong(change.id())));
        }
        if (change.id().matches("^[0-9]{1,18}$")) {
            keys.add(record(change.entity(), Long.parseLong(change.id())));
        }
        return keys;
    }
}
