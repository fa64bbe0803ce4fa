package th.ac.ums.client.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A failed sign-in of a user ({@code GET /helpdesk/users/{id}/sign-ins}): when, from where, with
 * which client (null when not recorded) and why, one of
 * {@link th.ac.ums.client.api.PeopleApi#SIGN_IN_REASONS}. Plain data, for the API and the screens alike.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FailedSignIn(java.time.Instant at, String ip, String client, String reason) {
}
