package th.ac.ums.server.audit;

import java.util.EnumSet;
import java.util.Set;
import th.ac.ums.model.Role;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.server.paging.PageRequest;

/** GET /audit: who did what, when, from where, with before/after (ADMIN and HELPDESK). */
public final class AuditRoutes implements ApiRoutes {
    static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.HELPDESK);
    private final Lister lister;

    public AuditRoutes(Lister lister) {
        this.lister = lister;
    }

    @Override
    public void routes(RouteTable.Builder r) {
        r.get(ApiPaths.AUDIT, READERS, this::list).query(AuditLists.AUDIT.pageQuery());
    }

    private void list(Call call) {
        call.ok(lister.list(AuditLists.AUDIT, PageRequest.parse(call.query(), AuditLists.AUDIT, Set.of()), q -> {
        }));
    }
}
