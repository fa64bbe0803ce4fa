package th.ac.ums.client.shell;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Dialogs;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Keys;
import th.ac.ums.client.ui.Page;
import th.ac.ums.client.ui.Theme;
import th.ac.ums.client.ui.Unsaved;

/**
 * The frame around every screen: navigation (only what the roles allow; Ctrl+1..9, Ctrl+0, Ctrl+,), who is
 * signed in, theme and language switches, help (F1), logout, the "offline — read only" banner
 * and the re-login layer. Screens are built once and kept; leaving a screen, logging out or
 * closing asks about unsaved edits first. Focus goes to each screen's first useful field.
 */
public final class ShellView {
    private final ShellViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final Function<Screen, Page> screens;
    private final ObjectProperty<Theme> theme;
    private final Map<Screen, Page> built = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> nav = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();
    private final StackPane layers = new StackPane();
    private final Runnable onLogout;

    public ShellView(ShellViewModel vm, Formats formats, Function<Screen, Page> screens, ObjectProperty<Theme> theme,
                     Runnable onLogout) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.screens = screens;
        this.theme = theme;
        this.onLogout = onLogout;
    }

    public Parent root(Parent reLogin) {
        vm.current().set(vm.screens().get(0));
        // a screen never asks the window for more height than it has (a tall Student 360 with its
        // stale-save notice pushed the whole frame, header and all, above the window): it gets the
        // room there is, and what does not fit is clipped to its place, not drawn over the frame
        content.setMinSize(0, 0);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(content.widthProperty());
        clip.heightProperty().bind(content.heightProperty());
        content.setClip(clip);
        content.setAlignment(Pos.TOP_LEFT);
        BorderPane frame = new BorderPane(content);
        frame.setTop(new VBox(header(), banner()));
        frame.setLeft(navigation());
        reLogin.visibleProperty().bind(vm.session().lost());
        layers.getChildren().setAll(frame, reLogin);
        layers.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        show(vm.screens().get(0));
        return layers;
    }

    /** Shows a screen (building it the first time) and puts the focus in its first field. */
    public void show(Screen s) {
        vm.current().set(s);
        Page page = built.computeIfAbsent(s, screens);
        if (page.root() instanceof Region r) {
            r.setMinHeight(0);      // a screen takes the height there is; its scroll panes and tables scroll
        }
        content.getChildren().setAll(page.root());
        Node first = page.focus() != null ? page.focus() : nav.get(s);
        Keys.focusSoon(first);
    }

    /** Goes to another screen, asking first about the current screen's unsaved edits. */
    public void navigate(Screen s) {
        navigate(s, () -> { });
    }

    /**
     * Goes to another screen (asking first about unsaved edits) and then runs {@code then} there (a
     * link: the invoices of a student). Staying on the screen runs nothing.
     */
    public void navigate(Screen s, Runnable then) {
        Screen now = vm.current().get();
        if (s == now) {
            then.run();
            return;
        }
        Page here = built.get(now);
        Dialogs.leave(window(), i18n, here == null ? Unsaved.NONE : here.unsaved(), () -> {
            show(s);
            then.run();
        });
        nav.get(vm.current().get()).setSelected(true);
    }

    /** Whether the signed-in user sees a screen. */
    public boolean allows(Screen s) {
        return vm.screens().contains(s);
    }

    /** Before logout or closing: asks about each screen's unsaved edits in turn, then {@code proceed}. */
    public void leave(Runnable proceed) {
        List<Page> pages = new ArrayList<>(built.values());
        leave(pages, 0, proceed);
    }

    private void leave(List<Page> pages, int i, Runnable proceed) {
        if (i == pages.size()) {
            proceed.run();
            return;
        }
        Dialogs.leave(window(), i18n, pages.get(i).unsaved(), () -> leave(pages, i + 1, proceed));
    }

    /** The screen shown now. */
    public Screen current() {
        return vm.current().get();
    }

    /** The page of a screen once built (tests reach its nodes through it). */
    public Page page(Screen s) {
        return built.get(s);
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.F1) {
            Page p = built.get(vm.current().get());
            HelpDialog.show(window(), i18n, vm.screens(), p == null ? List.of() : p.shortcuts());
            e.consume();
            return;
        }
        for (Screen s : vm.screens()) {
            if (s.shortcut().match(e)) {
                navigate(s);
                e.consume();
                return;
            }
        }
    }

    private javafx.stage.Window window() {
        return layers.getScene() == null ? null : layers.getScene().getWindow();
    }

    private Parent header() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("app.title"));
        title.getStyleClass().add("app-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label who = new Label();
        who.setId("signed-in-as");
        who.textProperty().bind(Bindings.createStringBinding(() -> vm.session().user().get() == null ? ""
                : i18n.get("shell.signedInAs", vm.session().user().get().displayName(),
                formats.roles(vm.session().user().get().roles())), vm.session().user(), i18n.locale()));
        who.setTooltip(new Tooltip());
        who.getTooltip().textProperty().bind(Bindings.createStringBinding(() -> vm.session().user().get() == null
                ? "" : vm.session().user().get().email(), vm.session().user()));
        Label state = new Label();
        state.setId("session-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(vm.session().lost().get()
                ? "shell.sessionEnded" : vm.session().online().get() ? "shell.online" : "shell.offline"),
                vm.session().lost(), vm.session().online(), i18n.locale()));
        state.getStyleClass().add("session-state");
        state.setMinWidth(Region.USE_PREF_SIZE);
        Button themes = Form.button(i18n, "shell.theme.dark", () -> theme.set(theme.get().other()));
        themes.setId("theme");
        themes.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(theme.get() == Theme.DARK
                ? "shell.theme.light" : "shell.theme.dark"), theme, i18n.locale()));
        Button lang = Form.button(i18n, "app.title", () -> i18n.locale().set(i18n.thai() ? java.util.Locale.ENGLISH
                : I18n.THAI));
        lang.setId("language");
        lang.textProperty().bind(Bindings.createStringBinding(() -> i18n.thai() ? "English" : "ภาษาไทย",
                i18n.locale()));
        Button help = Form.button(i18n, "shell.help", () -> {
            Page p = built.get(vm.current().get());
            HelpDialog.show(window(), i18n, vm.screens(), p == null ? List.of() : p.shortcuts());
        });
        help.setId("help");
        Button logout = Form.button(i18n, "shell.logout", () -> leave(() -> vm.logout(onLogout)));
        logout.setId("logout");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, title, gap, who, state, themes, lang, help, logout);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("app-bar");
        return bar;
    }

    private Parent banner() {
        Label banner = Form.wrapping(i18n.text("shell.offlineBanner"));
        banner.setId("offline-banner");
        banner.getStyleClass().add("offline-banner");
        banner.visibleProperty().bind(vm.session().online().not());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Parent navigation() {
        VBox box = new VBox(4);
        box.setPadding(new Insets(8));
        box.getStyleClass().add("nav");
        ToggleGroup group = new ToggleGroup();
        for (Screen s : vm.screens()) {
            ToggleButton b = new ToggleButton();
            b.setId("nav-" + s.name().toLowerCase());
            b.textProperty().bind(i18n.text(s.key()));
            b.setTooltip(new Tooltip(s.shortcutText()));
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setSelected(s == vm.current().get());
            vm.current().addListener((o, was, now) -> b.setSelected(now == s));
            b.setOnAction(e -> {
                b.setSelected(vm.current().get() == s);
                navigate(s);
            });
            nav.put(s, b);
            box.getChildren().add(b);
        }
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setPrefWidth(210);
        return box;
    }
}
