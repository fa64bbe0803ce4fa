package th.ac.ums.server.users;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.ac.ums.model.Dtos.UserDto;
import th.ac.ums.model.api.Page;
import th.ac.ums.server.ratelimit.AccountLocks;

/** Fills in {@code lockedUntil} of the users an answer holds: one Redis round trip per page. */
public final class UserLocks {
    private final AccountLocks locks;

    public UserLocks(AccountLocks locks) {
        this.locks = locks;
    }

    /** The page with each user's {@code lockedUntil}. */
    public Page<UserDto> page(Page<UserDto> page) {
        return new Page<>(fill(page.data()), page.page(), page.pageSize(),
                page.total(), page.totalExact(), page.totalPages(), page.nextCursor(), page.prevCursor());
    }

    public UserDto one(UserDto user) {
        return fill(List.of(user)).get(0);
    }

    private List<UserDto> fill(List<UserDto> users) {
        List<Optional<Instant>> ends = locks.lockedUntil(users.stream()
                .map(u -> new AccountLocks.Account(u.id(), u.email())).toList());
        List<UserDto> out = new ArrayList<>(users.size());
        for (int i = 0; i < users.size(); i++) {
            out.add(users.get(i).withLockedUntil(ends.get(i).orElse(null)));
        }
        return out;
    }
}
