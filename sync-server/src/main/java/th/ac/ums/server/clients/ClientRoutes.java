package th.ac.ums.server.clients;

import th.ac.ums.model.Role;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.RouteTable;

/**
 * GET /client-versions (no sign-in: a console too old to be served must still learn where to get a
 * new one) and GET /client-versions/desks (helpdesk, admin: desks per console version).
 */
public final class ClientRoutes implements ApiRoutes {
    private final ConsolePolicy policy;
    private final DeskCounts desks;

    public ClientRoutes(ConsolePolicy policy, DeskCounts desks) {
        this.policy = policy;
        this.desks = desks;
    }

    @Override
    public void routes(RouteTable.Builder r) {
        r.publicGet(ApiPaths.CLIENT_VERSIONS, call -> call.ok(policy.answer(call.userAgent())))
                .get(ApiPaths.CLIENT_VERSIONS_DESKS, Role.HELPDESK_AREA, call -> call.ok(desks.current()));
    }
}
