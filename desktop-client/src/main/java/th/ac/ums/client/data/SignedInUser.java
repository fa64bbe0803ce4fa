package th.ac.ums.client.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import th.ac.ums.model.Role;

/** Who signed in (the answer of {@code POST /auth/login} and {@code GET /me}): plain data, for the API and the screens alike. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignedInUser(long id, String email, String displayName, List<Role> roles) {
}
