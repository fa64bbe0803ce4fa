package th.ac.ums.client.account;

import java.util.Base64;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.api.MeApi;
import th.ac.ums.client.task.LoadStatus;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.SessionDto;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.PasswordPolicy;

/**
 * My account: two-factor enrolment (QR code plus the key for manual entry; recovery codes shown
 * once), password change, my own sessions.
 */
public final class AccountViewModel {
    private final MeApi api;
    private final TaskRunner tasks;
    private final BooleanProperty twoFactorEnabled = new SimpleBooleanProperty(false);
    private final ObjectProperty<byte[]> qrPng = new SimpleObjectProperty<>();
    private final StringProperty secret = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final ObservableList<String> recoveryCodes = FXCollections.observableArrayList();
    private final StringProperty currentPassword = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final ObservableList<SessionDto> sessions = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final TaskRunner.Latest meLoads;
    private final TaskRunner.Latest sessionLoads;

    public AccountViewModel(MeApi api, TaskRunner tasks) {
        this.api = api;
        this.tasks = tasks;
        this.meLoads = tasks.latest("me");
        this.sessionLoads = tasks.latest("my-sessions");
    }

    /** Loads (again) my two-factor state and my sessions; only the newest answers are shown. */
    public void load() {
        meLoads.run(api::me, me -> twoFactorEnabled.set(me.twoFactorEnabled()), this::failed);
        sessionLoads.run(api::sessions, sessions::setAll, e -> sessions.clear());
    }

    public LoadStatus sessionsLoading() {
        return sessionLoads;
    }

    /** Field name ("current", "new", "code") to its message. */
    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public void startEnrollment() {
        recoveryCodes.clear();
        tasks.run(api::startEnrollment, e -> {
            secret.set(e.secret());
            qrPng.set(Base64.getDecoder().decode(e.qrPng()));
        }, this::failed);
    }

    public void confirmEnrollment() {
        String c = code.get().trim();
        fieldErrors.remove("code");
        if (!c.matches("\\d{6}")) {
            fieldErrors.put("code", "account.codeMissing");
            return;
        }
        tasks.run(() -> api.confirmEnrollment(c), codes -> {
            recoveryCodes.setAll(codes);
            twoFactorEnabled.set(true);
            qrPng.set(null);
            secret.set("");
            code.set("");
            message.set("account.twoFactorOn");
        }, this::failed);
    }

    public void changePassword() {
        fieldErrors.remove("current");
        fieldErrors.remove("new");
        Errors errors = new Errors();
        PasswordPolicy.check(errors, "newPassword", newPassword.get());
        if (currentPassword.get().isEmpty()) {
            fieldErrors.put("current", "account.passwordMissing");
        }
        if (!errors.isEmpty()) {
            fieldErrors.put("new", errors.list().get(0).message());
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        String cur = currentPassword.get();
        String next = newPassword.get();
        tasks.run(() -> {
            api.changePassword(cur, next);
            return null;
        }, ok -> {
            currentPassword.set("");
            newPassword.set("");
            message.set("account.passwordChanged");
            load();
        }, this::failed);
    }

    public void endSession(SessionDto s) {
        tasks.run(() -> {
            api.endSession(s.id());
            return null;
        }, ok -> load(), this::failed);
    }

    private void failed(Throwable t) {
        if (t instanceof ApiException e) {
            e.fieldErrors().forEach(f -> fieldErrors.put("newPassword".equals(f.field()) ? "new"
                    : "currentPassword".equals(f.field()) ? "current" : f.field(), f.message()));
        }
        message.set(ApiException.messageOf(t));
    }

    public BooleanProperty twoFactorEnabled() {
        return twoFactorEnabled;
    }

    public ObjectProperty<byte[]> qrPng() {
        return qrPng;
    }

    public StringProperty secret() {
        return secret;
    }

    public StringProperty code() {
        return code;
    }

    public ObservableList<String> recoveryCodes() {
        return recoveryCodes;
    }

    public StringProperty currentPassword() {
        return currentPassword;
    }

    public StringProperty newPassword() {
        return newPassword;
    }

    public ObservableList<SessionDto> sessions() {
        return sessions;
    }

    public StringProperty message() {
        return message;
    }
}
