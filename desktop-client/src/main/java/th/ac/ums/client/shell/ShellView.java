package th.ac.ums.client.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.I18n;

/**
 * The frame around every screen: navigation (only what the roles allow), who is signed in, the
 * language switch, logout, the "offline — read only" banner and the re-login layer. Screens are
 * built once and kept, so leaving one and coming back (or re-login) keeps unsaved edits.
 */
public final class ShellView {
    private final ShellViewModel vm;
    private final I18n i18n;
    private final Function<Screen, Parent> screens;
    private final Map<Screen, Parent> built = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();
    private final StackPane layers = new StackPane();
    private final Runnable onLogout;

    public ShellView(ShellViewModel vm, I18n i18n, Function<Screen, Parent> screens, Runnable onLogout) {
        this.vm = vm;
        this.i18n = i18n;
        this.screens = screens;
        this.onLogout = onLogout;
    }

    public Parent root(Parent reLogin) {
        vm.current().set(vm.screens().get(0));
        BorderPane frame = new BorderPane(content);
        frame.setTop(new VBox(header(), banner()));
        frame.setLeft(navigation());
        reLogin.visibleProperty().bind(vm.session().lost());
        layers.getChildren().setAll(frame, reLogin);
        show(vm.screens().get(0));
        return layers;
    }

    public void show(Screen s) {
        vm.current().set(s);
        content.getChildren().setAll(built.computeIfAbsent(s, screens));
    }

    private Parent header() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("app.title"));
        title.getStyleClass().add("app-title");
        Label who = new Label();
        who.setId("signed-in-as");
        who.textProperty().bind(Bindings.createStringBinding(() -> vm.session().user().get() == null ? ""
                : i18n.get("shell.signedInAs", vm.session().user().get().displayName(),
                vm.session().user().get().email(), vm.session().user().get().roles()),
                vm.session().user(), i18n.locale()));
        Label state = new Label();
        state.setId("session-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(vm.session().lost().get()
                ? "shell.sessionEnded" : vm.session().online().get() ? "shell.online" : "shell.offline"),
                vm.session().lost(), vm.session().online(), i18n.locale()));
        state.getStyleClass().add("session-state");
        Button lang = new Button();
        lang.setId("language");
        lang.textProperty().bind(Bindings.createStringBinding(() -> i18n.thai() ? "English" : "ภาษาไทย",
                i18n.locale()));
        lang.setOnAction(e -> i18n.locale().set(i18n.thai() ? java.util.Locale.ENGLISH : I18n.THAI));
        Button logout = new Button();
        logout.setId("logout");
        logout.textProperty().bind(i18n.text("shell.logout"));
        logout.setOnAction(e -> vm.logout(onLogout));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, title, gap, who, state, lang, logout);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("app-bar");
        return bar;
    }

    private Parent banner() {
        Label banner = new Label();
        banner.setId("offline-banner");
        banner.textProperty().bind(i18n.text("shell.offlineBanner"));
        banner.getStyleClass().add("offline-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.visibleProperty().bind(vm.session().online().not());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Parent navigation() {
        VBox nav = new VBox(4);
        nav.setPadding(new Insets(8));
        nav.getStyleClass().add("nav");
        ToggleGroup group = new ToggleGroup();
        for (Screen s : vm.screens()) {
            ToggleButton b = new ToggleButton();
            b.setId("nav-" + s.name().toLowerCase());
            b.textProperty().bind(i18n.text(s.key()));
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setSelected(s == vm.current().get());
            vm.current().addListener((o, was, now) -> b.setSelected(now == s));
            b.setOnAction(e -> {
                b.setSelected(true);
                show(s);
            });
            nav.getChildren().add(b);
        }
        nav.setPrefWidth(210);
        return nav;
    }
}
