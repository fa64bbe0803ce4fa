package th.ac.ums.server.helpdesk;

import java.util.Map;
import java.util.Set;
import th.ac.ums.model.Role;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.paging.PageRequest;
import th.ac.ums.server.paging.ParamSet;

/** GET /helpdesk/users/{id}/sign-ins (HELPDESK, ADMIN): the user's recent failed sign-ins, newest first. */
public final class SignInRoutes implements ApiRoutes {
    private final HelpdeskService helpdesk;
    private final SignInHistory history;

    public SignInRoutes(HelpdeskService helpdesk, SignInHistory history) {
        this.helpdesk = helpdesk;
        this.history = history;
    }

    @Override
    public void routes(RouteTable.Builder r) {
        r.get(ApiPaths.HELPDESK_SIGN_INS, Role.HELPDESK_AREA, this::signIns)
                .query(new ParamSet(Set.of("limit", "cursor", "page"), Set.of(), true));
    }

    private void signIns(Call call) {
        long id = call.pathId("id");
        helpdesk.user(id);
        PageRequest request = PageRequest.parse(call.query(), SignInHistory.SPEC, Set.of(), null,
                Map.of("userId", String.valueOf(id)));
        call.ok(history.page(id, request));
    }
}
