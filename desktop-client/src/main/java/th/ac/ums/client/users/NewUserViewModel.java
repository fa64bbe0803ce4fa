package th.ac.ums.client.users;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.api.PeopleApi;
import th.ac.ums.client.ui.Notice;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.UserDto;
import th.ac.ums.model.Role;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.FieldError;
import th.ac.ums.model.validation.PasswordPolicy;
import th.ac.ums.model.validation.Rules;

/**
 * A new staff account (ADMIN): e-mail, display name, the roles it holds and its first password.
 * The form is checked here with the server's own rules before anything is sent; what the server
 * still refuses lands under the field it names (an e-mail already in use under the e-mail). Field
 * messages are keys in both languages for every rule the server applies; a message this console
 * does not know is shown as the server wrote it.
 */
public final class NewUserViewModel {
    /** The roles a staff account can be given here, in the order the form shows them. */
    public static final List<Role> ROLES = List.of(Role.ADMIN, Role.REGISTRAR, Role.FINANCE, Role.HELPDESK);
    /** The form's fields, as the server names them. */
    public static final Set<String> FIELDS = Set.of("email", "displayName", "roles", "password");
    private static final int MAX_NAME = 200;
    private static final Pattern AT_MOST = Pattern.compile("must be at most (\\d+) characters");

    private final PeopleApi api;
    private final TaskRunner tasks;
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final Map<Role, BooleanProperty> roles = new LinkedHashMap<>();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);

    public NewUserViewModel(PeopleApi api, TaskRunner tasks) {
        this.api = api;
        this.tasks = tasks;
        ROLES.forEach(r -> roles.put(r, new SimpleBooleanProperty(false)));
    }

    /** An empty form (each time the dialog opens). */
    public void clear() {
        email.set("");
        displayName.set("");
        password.set("");
        roles.values().forEach(p -> p.set(false));
        fieldErrors.clear();
        notice.set(Notice.NONE);
    }

    /** Checks the form with the server's rules; the errors land under their fields. True when it can be sent. */
    public boolean validate() {
        fieldErrors.clear();
        notice.set(Notice.NONE);
        Errors errors = new Errors();
        // what is sent is trimmed (a pasted address often brings a space along)
        Rules.email(errors, "email", email.get().trim());
        Rules.name(errors, "displayName", displayName.get().trim(), MAX_NAME);
        if (chosen().isEmpty()) {
            errors.add("roles", "must name at least one role");
        }
        PasswordPolicy.check(errors, "password", password.get());
        errors.list().forEach(this::show);
        return fieldErrors.isEmpty();
    }

    /** Sends the new account when the form is right; {@code done} gets the user the server created. */
    public void create(Consumer<UserDto> done) {
        if (saving.get() || !validate()) {
            return;
        }
        PeopleApi.NewUser user = new PeopleApi.NewUser(email.get().trim(), displayName.get().trim(), chosen(),
                password.get());
        saving.set(true);
        tasks.run(() -> api.create(user), created -> {
            saving.set(false);
            done.accept(created);
        }, this::refused);
    }

    private void refused(Throwable t) {
        saving.set(false);
        if (t instanceof ApiException e && e.status() == 409) {
            fieldErrors.put("email", "users.new.exists");
            return;
        }
        if (t instanceof ApiException e && !e.fieldErrors().isEmpty()) {
            List<FieldError> other = e.fieldErrors().stream().filter(f -> !FIELDS.contains(f.field())).toList();
            e.fieldErrors().stream().filter(f -> FIELDS.contains(f.field())).forEach(this::show);
            notice.set(other.isEmpty() ? Notice.NONE : Notice.error(other.get(0).field() + " " + other.get(0).message()));
            return;
        }
        notice.set(Notice.failure(t));
    }

    private void show(FieldError f) {
        fieldErrors.putIfAbsent(f.field(), words(f.message()));
    }

    /**
     * The message key of a rule's message (as the shared rules and the server write it), with its
     * argument after a colon; a message without a key stays as it is.
     */
    public static String words(String message) {
        if (message == null) {
            return "";
        }
        Matcher m = AT_MOST.matcher(message);
        if (m.matches()) {
            return "users.rule.atMost:" + m.group(1);
        }
        if (message.startsWith("is too common")) {
            return "users.rule.common";
        }
        return switch (message) {
            case "is required" -> "users.rule.required";
            case "must be a valid email address" -> "users.rule.email";
            case "must not contain invisible, full-width or other look-alike characters" -> "users.rule.lookAlike";
            case "must be valid Unicode text" -> "users.rule.unicode";
            case "must not contain control characters" -> "users.rule.control";
            case "must name at least one role" -> "users.rule.roles";
            case "must contain upper and lower case letters" -> "users.rule.cases";
            case "must contain a digit" -> "users.rule.digit";
            case "must contain a symbol" -> "users.rule.symbol";
            default -> message.equals("must be " + PasswordPolicy.MIN + " to " + PasswordPolicy.MAX + " characters")
                    ? "users.rule.length" : message;
        };
    }

    /** The roles ticked, in the form's order. */
    public List<Role> chosen() {
        return roles.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    public StringProperty email() {
        return email;
    }

    public StringProperty displayName() {
        return displayName;
    }

    public StringProperty password() {
        return password;
    }

    public BooleanProperty role(Role r) {
        return roles.get(r);
    }

    /** Field name (email, displayName, roles, password) to its message. */
    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** A refusal that belongs to no field (the server does not answer, a rule of another field). */
    public ObjectProperty<Notice> notice() {
        return notice;
    }

    public BooleanProperty saving() {
        return saving;
    }
}
