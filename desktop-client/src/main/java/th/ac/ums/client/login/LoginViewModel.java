package th.ac.ums.client.login;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.api.AuthApi;
import th.ac.ums.client.api.AuthApi.LoginAnswer;
import th.ac.ums.client.api.ServerAddress;
import th.ac.ums.client.shell.Session;
import th.ac.ums.client.ui.Settings;
import th.ac.ums.client.task.TaskRunner;

/**
 * Sign-in in two steps: e-mail and password, then (when the account has two-factor login) a code
 * from the authenticator app or a recovery code. The server address is part of the form; plain
 * HTTP to another computer is refused before anything is sent ({@link ServerAddress}).
 */
public final class LoginViewModel {
    private final AuthApi auth;
    private final Session session;
    private final Settings settings;
    private final ServerAddress addresses;
    private final TaskRunner tasks;
    private final StringProperty server = new SimpleStringProperty();
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty secondStep = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private String challenge;

    public LoginViewModel(AuthApi auth, Session session, Settings settings, ServerAddress addresses,
            TaskRunner tasks) {
        this.auth = auth;
        this.addresses = addresses;
        this.session = session;
        this.settings = settings;
        this.tasks = tasks;
        server.set(settings.serverUrl());
        email.set(settings.lastEmail());
    }

    public void signIn() {
        error.set("");
        if (email.get().isBlank() || password.get().isEmpty()) {
            error.set("login.missing");
            return;
        }
        Optional<ServerAddress.Refusal> refused = addresses.check(server.get());
        if (refused.isPresent()) {
            error.set(refused.get().messageKey());
            return;
        }
        settings.serverUrl(server.get().trim());
        busy.set(true);
        String e = email.get().trim();
        tasks.run(() -> auth.login(e, password.get()), this::answered, this::failed);
    }

    public void submitCode() {
        error.set("");
        String c = code.get().replace(" ", "").trim();
        if (c.isEmpty()) {
            error.set("login.codeMissing");
            return;
        }
        busy.set(true);
        tasks.run(() -> auth.secondFactor(challenge, c), this::answered, this::failed);
    }

    /** Back from the code step to e-mail and password. */
    public void cancelCode() {
        secondStep.set(false);
        code.set("");
        challenge = null;
    }

    private void answered(LoginAnswer a) {
        busy.set(false);
        if (a.twoFactorRequired()) {
            challenge = a.challenge();
            secondStep.set(true);
            return;
        }
        password.set("");
        code.set("");
        secondStep.set(false);
        settings.lastEmail(a.user().email());
        session.lost().set(false);
        session.user().set(a.user());
    }

    private void failed(Throwable t) {
        busy.set(false);
        if (t instanceof ApiException e && e.refusedAddress().isPresent()) {
            error.set(e.refusedAddress().get());
        } else if (t instanceof ApiException e && e.isUntrustedCertificate()) {
            error.set("login.untrusted");
        } else if (t instanceof ApiException e) {
            error.set(e.isUnreachable() ? "login.unreachable" : e.status() == 429 ? "login.limited"
                    : e.status() == 401 ? (secondStep.get() ? "login.badCode" : "login.bad") : e.message());
        } else {
            error.set("error.unexpected");
        }
    }

    public StringProperty server() {
        return server;
    }

    public StringProperty email() {
        return email;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty code() {
        return code;
    }

    /** A message key (or the server's own text) to show; empty when there is nothing wrong. */
    public StringProperty error() {
        return error;
    }

    public BooleanProperty secondStep() {
        return secondStep;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
