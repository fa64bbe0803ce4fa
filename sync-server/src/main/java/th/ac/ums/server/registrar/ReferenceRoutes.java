package th.ac.ums.server.registrar;

import java.util.Set;
import th.ac.ums.model.Role;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.server.paging.PageRequest;
import th.ac.ums.server.registrar.ReferenceService.Kind;

/**
 * The registrar's reference data — faculties, programs, courses, terms, class sections — each
 * listed, read (cached), created and edited under If-Match. Reading is open to every staff
 * role (finance and helpdesk screens show program and term names); writing is REGISTRAR, ADMIN.
 */
public final class ReferenceRoutes implements ApiRoutes {
    private final Lister lister;
    private final ReferenceService references;

    public ReferenceRoutes(Lister lister, ReferenceService references) {
        this.lister = lister;
        this.references = references;
    }

    @Override
    public void routes(RouteTable.Builder r) {
        ReferenceService.ALL.forEach(kind -> register(r, kind));
    }

    private <I, T> void register(RouteTable.Builder r, Kind<I, T> kind) {
        r.get(kind.path(), Set.of(), call -> list(call, kind)).query(kind.spec().pageQuery())
                .get(ApiPaths.one(kind.path()), Set.of(), call -> call.okJson(references.read(kind, call.pathId("id"))))
                .post(kind.path(), Role.REGISTRAR_AREA, call -> create(call, kind))
                .patch(ApiPaths.one(kind.path()), Role.REGISTRAR_AREA, call -> update(call, kind));
    }

    private <I, T> void list(Call call, Kind<I, T> kind) {
        call.ok(lister.list(kind.spec(), PageRequest.parse(call.query(), kind.spec(), Set.of()), q -> {
        }));
    }

    private <I, T> void create(Call call, Kind<I, T> kind) {
        I input = call.json(kind.input());
        call.created(references.create(call.caller(), call.clientIp(), kind, input));
    }

    private <I, T> void update(Call call, Kind<I, T> kind) {
        long id = call.pathId("id");
        long version = call.ifMatch();
        I input = call.json(kind.input());
        call.ok(references.update(call.caller(), call.clientIp(), kind, id, version, input));
    }
}
