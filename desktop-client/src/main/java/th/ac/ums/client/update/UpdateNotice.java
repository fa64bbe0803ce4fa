package th.ac.ums.client.update;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.ConsoleVersion;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.ClientVersionsDto;
import th.ac.ums.model.api.Problem;

/**
 * The version handshake as staff see it. At start and at each sign-in the console asks the server
 * which consoles it serves (GET /client-versions): an older but supported one shows a quiet bar
 * "a newer console is available" with the download link; one the server no longer serves, or any
 * call answered 426, replaces the window's content with "this console must be updated", the
 * versions and the link, since nothing else would work. A server that cannot be asked shows nothing.
 */
public final class UpdateNotice {
    private final ApiClient api;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Consumer<String> browser;
    private final ObjectProperty<ClientVersionsDto> versions = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper mustUpdate = new ReadOnlyBooleanWrapper();
    private final HBox bar = new HBox(10);
    private final VBox card = new VBox(14);
    private final Label barText = new Label();
    private final Hyperlink barLink = new Hyperlink();
    private final Label cardDetail = new Label();
    private final Hyperlink cardLink = new Hyperlink();

    /** @param browser opens a link in the desk's browser (the application's host services) */
    public UpdateNotice(ApiClient api, TaskRunner tasks, I18n i18n, Consumer<String> browser) {
        this.api = api;
        this.tasks = tasks;
        this.i18n = i18n;
        this.browser = browser;
        buildBar();
        buildCard();
        api.onUpdateRequired(problem -> tasks.onUi(() -> required(problem)));
        versions.addListener((o, was, now) -> show(now));
        i18n.locale().addListener((o, was, now) -> show(versions.get()));
    }

    /** Asks the server in the background; the bar or the card follow its answer. */
    public void check() {
        tasks.run(api::clientVersions, versions::set, failure -> {
            // unreachable or refused: the sign-in card says so; a 426 arrives through onUpdateRequired
        });
    }

    /** The quiet bar for the top of the window (hidden unless an update is available). */
    public Node bar() {
        return bar;
    }

    /** The card that replaces the window's content when this console must be updated. */
    public Node card() {
        return card;
    }

    /** The server's last answer about console versions (null until it has answered). */
    public javafx.beans.property.ReadOnlyObjectProperty<ClientVersionsDto> versions() {
        return versions;
    }

    /** True once the server has refused this console as too old. */
    public ReadOnlyBooleanProperty mustUpdate() {
        return mustUpdate.getReadOnlyProperty();
    }

    private void required(Problem p) {
        Object url = p.extensions().get("downloadUrl");
        versions.set(new ClientVersionsDto(String.valueOf(p.extensions().getOrDefault("minimumVersion", "?")),
                String.valueOf(p.extensions().getOrDefault("latestVersion", "?")), url == null ? "" : url.toString(),
                String.valueOf(p.extensions().getOrDefault("yourVersion", ConsoleVersion.current())), "UNSUPPORTED"));
    }

    private void show(ClientVersionsDto v) {
        String status = v == null || v.status() == null ? "CURRENT" : v.status();
        String link = v == null || v.downloadUrl() == null ? "" : v.downloadUrl();
        boolean available = "UPDATE_AVAILABLE".equals(status);
        bar.setVisible(available);
        bar.setManaged(available);
        if (available) {
            barText.setText(i18n.get("update.available", v.latestVersion(), v.yourVersion()));
            barLink.setText(i18n.get("update.download"));
            barLink.setVisible(!link.isEmpty());
        }
        if ("UNSUPPORTED".equals(status)) {
            cardDetail.setText(i18n.get("update.required.detail", v.yourVersion(), v.minimumVersion(), v.latestVersion()));
            cardLink.setText(link.isEmpty() ? i18n.get("update.noLink") : link);
            cardLink.setDisable(link.isEmpty());
            mustUpdate.set(true);
        }
    }

    private void buildBar() {
        bar.setId("update-available");
        bar.getStyleClass().add("update-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        barLink.setOnAction(e -> open());
        Button dismiss = new Button("×");
        dismiss.getStyleClass().add("flat");
        dismiss.accessibleTextProperty().bind(i18n.text("update.dismiss"));
        dismiss.setOnAction(e -> {
            bar.setVisible(false);
            bar.setManaged(false);
        });
        bar.getChildren().addAll(barText, barLink, gap, dismiss);
        bar.setVisible(false);
        bar.setManaged(false);
    }

    private void buildCard() {
        card.setId("update-required");
        card.getStyleClass().add("update-card");
        card.setAlignment(Pos.CENTER);
        card.setPadding(new Insets(48));
        card.setMaxWidth(640);
        Label title = new Label();
        title.textProperty().bind(i18n.text("update.required.title"));
        title.getStyleClass().add("login-title");
        cardDetail.setWrapText(true);
        cardLink.setId("update-link");
        cardLink.setOnAction(e -> open());
        Label yours = new Label();
        yours.textProperty().bind(i18n.text("update.yours", ConsoleVersion.current()));
        yours.getStyleClass().add("text-muted");
        card.getChildren().addAll(title, cardDetail, cardLink, yours);
    }

    private void open() {
        ClientVersionsDto v = versions.get();
        if (v != null && v.downloadUrl() != null && !v.downloadUrl().isBlank()) {
            browser.accept(v.downloadUrl());
        }
    }
}
