package th.ac.ums.client.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.PeopleApi;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.UserDto;
import th.ac.ums.model.Role;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.PasswordPolicy;
import th.ac.ums.model.validation.Rules;

class NewUserViewModelTest {
    private final FakeTransport fake = new FakeTransport();
    private final NewUserViewModel vm = new NewUserViewModel(new PeopleApi(new ApiClient(fake)), TaskRunner.direct());
    private final AtomicReference<UserDto> created = new AtomicReference<>();

    private void fill(String email, String name, String password, Role... roles) {
        vm.email().set(email);
        vm.displayName().set(name);
        vm.password().set(password);
        for (Role r : roles) {
            vm.role(r).set(true);
        }
    }

    private static Map<String, Object> user(String email) {
        return Map.of("id", 41, "version", 1, "email", email, "displayName", "Somchai Jaidee", "roles",
                List.of("REGISTRAR", "FINANCE"), "disabled", false, "twoFactorEnabled", false,
                "createdAt", "2026-11-30T03:00:00Z");
    }

    @Test
    void anEmptyFormMarksEveryFieldAndSendsNothing() {
        vm.create(created::set);
        assertEquals(Map.of("email", "users.rule.required", "displayName", "users.rule.required",
                "roles", "users.rule.roles", "password", "users.rule.required"), vm.fieldErrors());
        assertEquals(0, fake.seen().size());
        assertNull(created.get());
    }

    @Test
    void thePasswordPolicyAndTheEmailAreCheckedBeforeSending() {
        fill("somchai@", "Somchai Jaidee", "password", Role.REGISTRAR);
        vm.create(created::set);
        assertEquals("users.rule.email", vm.fieldErrors().get("email"));
        assertEquals("users.rule.cases", vm.fieldErrors().get("password"));
        vm.email().set("somchai.j@ums.ac.th");
        vm.password().set("Password123!");
        vm.create(created::set);
        assertEquals(Map.of("password", "users.rule.common"), vm.fieldErrors(), "a leaked password is refused here");
        vm.password().set("Sh0rt!");
        vm.create(created::set);
        assertEquals("users.rule.length", vm.fieldErrors().get("password"));
        assertEquals(0, fake.seen().size());
    }

    @Test
    void aRightFormIsSentWithTheRolesTickedAndTheCreatedUserIsHandedOn() throws Exception {
        fake.on("POST", "/users", r -> FakeTransport.json(201, user("somchai.j@ums.ac.th")));
        fill("  somchai.j@ums.ac.th ", " Somchai Jaidee ", "Kh0n-Kaen-Rain!", Role.REGISTRAR, Role.FINANCE);
        vm.create(created::set);
        assertTrue(vm.fieldErrors().isEmpty(), vm.fieldErrors()::toString);
        assertEquals("somchai.j@ums.ac.th", created.get().email());
        JsonNode body = FakeTransport.JSON.readTree(fake.seen().get(0).body());
        assertEquals("somchai.j@ums.ac.th", body.get("email").asText());
        assertEquals("Somchai Jaidee", body.get("displayName").asText());
        assertEquals("[\"REGISTRAR\",\"FINANCE\"]", body.get("roles").toString());
        assertEquals("Kh0n-Kaen-Rain!", body.get("password").asText());
        assertEquals(false, vm.saving().get());
    }

    @Test
    void theServersRefusalsLandUnderTheirFields() {
        fake.on("POST", "/users", r -> FakeTransport.problem(409, "A user with this email already exists.", List.of()));
        fill("taken@ums.ac.th", "Someone", "Kh0n-Kaen-Rain!", Role.HELPDESK);
        vm.create(created::set);
        assertEquals(Map.of("email", "users.new.exists"), vm.fieldErrors());

        fake.on("POST", "/users", r -> FakeTransport.problem(400, "Invalid input", List.of(
                Map.of("field", "email", "message", "must not contain invisible, full-width or other look-alike characters"),
                Map.of("field", "displayName", "message", "is not a name this university accepts"))));
        vm.create(created::set);
        assertEquals("users.rule.lookAlike", vm.fieldErrors().get("email"));
        assertEquals("is not a name this university accepts", vm.fieldErrors().get("displayName"),
                "a message the console has no words for is shown as the server wrote it");
        assertNull(created.get());
        assertEquals(false, vm.saving().get());
    }

    @Test
    void everyMessageOfTheSharedRulesHasWordsInEnglishAndThai() {
        Errors errors = new Errors();
        Rules.email(errors, "a", "");
        Rules.email(errors, "b", "not-an-address");
        Rules.email(errors, "c", "some\u200Bone@ums.ac.th");
        Rules.name(errors, "d", "x".repeat(201), 200);
        Rules.name(errors, "e", "a\u0007b", 200);
        for (String p : List.of("short", "lowercase1!", "UPPERlower!", "UPPERlower1", "Password123!")) {
            PasswordPolicy.check(errors, p, p);
        }
        errors.add("roles", "must name at least one role");
        for (Locale l : List.of(Locale.ENGLISH, I18n.THAI)) {
            I18n i18n = new I18n(l);
            for (var e : errors.list()) {
                String key = NewUserViewModel.words(e.message());
                assertTrue(key.startsWith("users.rule."), e.message() + " has a key");
                String shown = i18n.message(key);
                assertTrue(!shown.startsWith("users.rule.") && !shown.isBlank(), l + " words for " + key);
            }
        }
        assertEquals("At most 200 characters.", new I18n(Locale.ENGLISH).message(
                NewUserViewModel.words("must be at most 200 characters")));
    }

    @Test
    void theNewUserIsNamedInTheResultWithTheRolesInWords() {
        UsersViewModel users = new UsersViewModel(new PeopleApi(new ApiClient(fake)), TaskRunner.direct());
        fake.on("POST", "/users", r -> FakeTransport.json(201, user("somchai.j@ums.ac.th")));
        fill("somchai.j@ums.ac.th", "Somchai Jaidee", "Kh0n-Kaen-Rain!", Role.REGISTRAR, Role.FINANCE);
        vm.create(users::created);
        assertEquals("somchai.j@ums.ac.th", users.users().get(0).email(), "first in the table");
        assertEquals("somchai.j@ums.ac.th", users.selected().get().email(), "and selected");
        Formats f = new Formats(new I18n(Locale.ENGLISH));
        assertEquals("User Somchai Jaidee (somchai.j@ums.ac.th) created with the roles Registrar, Finance.",
                users.notice().get().text(f));
    }
}
