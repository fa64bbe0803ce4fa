package th.ac.ums.server.students;

import static th.ac.ums.server.platform.Rows.bool;
import static th.ac.ums.server.platform.Rows.instant;
import static th.ac.ums.server.platform.Rows.list;
import static th.ac.ums.server.platform.Rows.lng;
import static th.ac.ums.server.platform.Rows.optLong;
import static th.ac.ums.server.platform.Rows.str;

import io.helidon.dbclient.DbRow;
import th.ac.ums.model.Dtos.HoldDto;
import th.ac.ums.model.Enums.HoldType;
import th.ac.ums.server.paging.Filter;
import th.ac.ums.server.paging.ListSpec;

/** How holds are listed: by student, type and whether still active, newest first. */
public final class HoldLists {
    static final String COLUMNS = "h.id, h.version, h.student_id, st.student_code, h.type, h.blocks, h.reason, "
            + "h.placed_by, pu.display_name AS placed_by_name, h.placed_at, h.lifted_at, h.lifted_by, "
            + "lu.display_name AS lifted_by_name, h.lift_reason, h.active";
    /** The student (for the code) and who placed and lifted the hold (for their names), by primary key. */
    static final String JOINS = "JOIN students st ON st.id = h.student_id "
            + "LEFT JOIN users pu ON pu.id = h.placed_by LEFT JOIN users lu ON lu.id = h.lifted_by";

    public static final ListSpec<HoldDto> HOLDS = ListSpec.builder("holds", "holds", "h")
            .joins(JOINS)
            .select(COLUMNS)
            .filter(Filter.id("studentId", "h.student_id"))
            .filter(Filter.oneOf("type", "h.type", HoldType.class))
            .filter(Filter.bool("active", "h.active"))
            .sort("placedAt", "h.placed_at", "h.id")
            .defaultSort("placedAt", true)
            .path("ix_holds_placed", "placedAt")
            .path("ix_holds_student_placed", "placedAt", "studentId")
            .path("ix_holds_student_active", "placedAt", "studentId", "active")
            .path("ix_holds_active_placed", "placedAt", "active")
            .path("ix_holds_active_type_placed", "placedAt", "active", "type")
            .path("ix_holds_type_placed", "placedAt", "type")
            .big()
            .mapper(HoldLists::hold)
            .build();

    private HoldLists() {
    }

    public static HoldDto hold(DbRow r) {
        return new HoldDto(lng(r, "id"), lng(r, "version"), lng(r, "student_id"), str(r, "student_code"),
                str(r, "type"), list(r, "blocks"), str(r, "reason"), optLong(r, "placed_by"), str(r, "placed_by_name"),
                instant(r, "placed_at"), instant(r, "lifted_at"), optLong(r, "lifted_by"), str(r, "lifted_by_name"),
                str(r, "lift_reason"), bool(r, "active"));
    }
}
