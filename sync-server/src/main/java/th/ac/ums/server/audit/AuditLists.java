package th.ac.ums.server.audit;

import static th.ac.ums.server.platform.Rows.instant;
import static th.ac.ums.server.platform.Rows.lng;
import static th.ac.ums.server.platform.Rows.optLong;
import static th.ac.ums.server.platform.Rows.str;

import com.fasterxml.jackson.core.type.TypeReference;
import io.helidon.dbclient.DbRow;
import java.io.IOException;
import java.util.Map;
import th.ac.ums.model.Dtos.AuditEventDto;
import th.ac.ums.model.Dtos.EndedSessionDto;
import th.ac.ums.server.paging.Filter;
import th.ac.ums.server.paging.ListSpec;
import th.ac.ums.server.platform.Json;

/** How audit events and ended sessions are listed: newest first, by actor, entity or action. */
public final class AuditLists {
    public static final ListSpec<AuditEventDto> AUDIT = ListSpec.builder("audit", "audit_events", "ae")
            .select("ae.id, ae.at, ae.actor_id, ae.actor_email, ae.action, ae.entity, ae.entity_id, ae.ip, "
                    + "ae.before_json, ae.after_json")
            .filter(Filter.id("actor", "ae.actor_id"))
            .filter(Filter.text("entity", "ae.entity", 32))
            .filter(Filter.text("entityId", "ae.entity_id", 64))
            .filter(Filter.text("action", "ae.action", 64))
            .sort("at", "ae.id")
            .defaultSort("at", true)
            .path("PRIMARY", "at")
            .path("ix_audit_actor", "at", "actor")
            .path("ix_audit_entity_type", "at", "entity")
            .path("ix_audit_entity", "at", "entity", "entityId")
            .path("ix_audit_action", "at", "action")
            .big()
            .mapper(AuditLists::event)
            .build();

    public static final ListSpec<EndedSessionDto> SESSION_HISTORY = ListSpec.builder("session-history", "session_history", "sh")
            .select("sh.id, sh.user_id, sh.email, sh.created_at, sh.last_seen_at, sh.ended_at, sh.reason, sh.ended_by, "
                    + "sh.ended_by_email, sh.ip, sh.client")
            .where("sh.ended_at IS NOT NULL")
            .filter(Filter.id("userId", "sh.user_id"))
            .sort("endedAt", "sh.ended_at", "sh.id")
            .defaultSort("endedAt", true)
            .path("ix_session_history_ended", "endedAt")
            .path("ix_session_history_user", "endedAt", "userId")
            .big()
            .mapper(AuditLists::endedSession)
            .build();

    /** Sessions the database still holds as live (their Redis state is read for the answer). */
    public static final ListSpec<String> LIVE_SESSIONS = ListSpec.builder("sessions", "session_history", "sh")
            .select("sh.id, sh.user_id, sh.email, sh.created_at")
            .where("sh.ended_at IS NULL")
            .sort("createdAt", "sh.created_at", "sh.id")
            .defaultSort("createdAt", true)
            .path("ix_session_history_live", "createdAt")
            .big()
            .mapper(r -> th.ac.ums.server.platform.Rows.str(r, "id"))
            .build();

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private AuditLists() {
    }

    public static AuditEventDto event(DbRow r) {
        return new AuditEventDto(lng(r, "id"), instant(r, "at"), optLong(r, "actor_id"), str(r, "actor_email"),
                str(r, "action"), str(r, "entity"), str(r, "entity_id"), str(r, "ip"), map(str(r, "before_json")),
                map(str(r, "after_json")));
    }

    public static EndedSessionDto endedSession(DbRow r) {
        return new EndedSessionDto(str(r, "id"), lng(r, "user_id"), str(r, "email"), instant(r, "created_at"),
                instant(r, "last_seen_at"), instant(r, "ended_at"), str(r, "reason"), optLong(r, "ended_by"),
                str(r, "ended_by_email"), str(r, "ip"), str(r, "client"));
    }

    static Map<String, Object> map(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(json, MAP);
        } catch (IOException e) {
            return Map.of("unreadable", true);
        }
    }
}
