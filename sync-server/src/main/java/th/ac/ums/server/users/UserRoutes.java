package th.ac.ums.server.users;

import java.util.Set;
import th.ac.ums.model.Role;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.server.paging.PageRequest;

/** User administration (ADMIN): list, create, read, edit; each user with its {@code lockedUntil}. */
public final class UserRoutes implements ApiRoutes {
    private final UserService service;
    private final Lister lister;
    private final UserLocks locks;

    public UserRoutes(UserService service, Lister lister, UserLocks locks) {
        this.service = service;
        this.lister = lister;
        this.locks = locks;
    }

    @Override
    public void routes(RouteTable.Builder r) {
        r.get(ApiPaths.USERS, Role.ADMIN_AREA, this::list).query(UserLists.USERS.pageQuery())
                .post(ApiPaths.USERS, Role.ADMIN_AREA, this::create)
                .get(ApiPaths.USER, Role.ADMIN_AREA, this::get)
                .patch(ApiPaths.USER, Role.ADMIN_AREA, this::update);
    }

    private void list(Call call) {
        call.ok(locks.page(lister.list(UserLists.USERS, PageRequest.parse(call.query(), UserLists.USERS, Set.of()),
                q -> {
                })));
    }

    private void create(Call call) {
        var user = locks.one(service.create(call.caller(), call.json(UserService.NewUser.class), call.clientIp()));
        call.response().header("Location", ApiPaths.BASE + ApiPaths.path(ApiPaths.USER, user.id()));
        call.created(user);
    }

    private void get(Call call) {
        var user = locks.one(service.get(call.pathId("id")));
        call.ok(user);
    }

    private void update(Call call) {
        long id = call.pathId("id");
        long version = call.ifMatch();
        var user = service.update(call.caller(), id, version,
                call.json(UserService.UserChange.class), call.clientIp());
        call.ok(locks.one(user));
    }
}
