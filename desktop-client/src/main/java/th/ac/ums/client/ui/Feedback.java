package th.ac.ums.client.ui;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import th.ac.ums.client.task.LoadStatus;

/**
 * Progress and empty states. A load shows a spinner once it has taken {@link #DELAY} (so quick
 * answers do not flicker); an empty table says why: still loading, the server refused (shown as
 * an error, with the server's words), or the answer really was empty (the caller's sentence).
 * <pre>{@code
 * table.setPlaceholder(Feedback.placeholder(i18n, vm.rows(), i18n.text("students.empty")));
 * Parent chart = Feedback.busy(agingChart, vm.loads().running());
 * }</pre>
 */
public final class Feedback {
    /** How long a load runs before its spinner shows. */
    public static final Duration DELAY = Duration.millis(300);

    private Feedback() {
    }

    /** The placeholder of a table or list over a load. */
    public static Node placeholder(I18n i18n, LoadStatus status, ObservableValue<String> empty) {
        Label text = new WrapLabel();
        text.setId("placeholder");
        text.setPrefWidth(420);
        text.textProperty().bind(Bindings.createStringBinding(() -> status.running().get() ? i18n.get("list.loading")
                : !status.error().get().isEmpty() ? i18n.message(status.error().get()) : empty.getValue(),
                status.running(), status.error(), empty, i18n.locale()));
        Runnable style = () -> {
            boolean failed = !status.running().get() && !status.error().get().isEmpty();
            text.getStyleClass().removeAll("form-error", "placeholder-text");
            text.getStyleClass().add(failed ? "form-error" : "placeholder-text");
        };
        status.running().addListener(o -> style.run());
        status.error().addListener(o -> style.run());
        style.run();
        ProgressIndicator spinner = spinner(status.running());
        VBox box = new VBox(8, spinner, text);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(520);
        return box;
    }

    /** The content with a spinner over it while {@code running} (after {@link #DELAY}). */
    public static StackPane busy(Node content, ObservableBooleanValue running) {
        ProgressIndicator spinner = spinner(running);
        spinner.setMaxSize(48, 48);
        StackPane p = new StackPane(content, spinner);
        return p;
    }

    /** A small spinner that shows while {@code running}, once it has run for {@link #DELAY}. */
    public static ProgressIndicator spinner(ObservableBooleanValue running) {
        ProgressIndicator p = new ProgressIndicator();
        p.setPrefSize(32, 32);
        p.setMaxSize(32, 32);
        p.getStyleClass().add("busy");
        p.visibleProperty().bind(delayed(running));
        p.managedProperty().bind(p.visibleProperty());
        return p;
    }

    /** A spinner the size of a button's text, for a bar of buttons (saving, recording). */
    public static ProgressIndicator small(ObservableBooleanValue running) {
        ProgressIndicator p = spinner(running);
        p.setPrefSize(20, 20);
        p.setMaxSize(20, 20);
        return p;
    }

    /** True once {@code running} has been true for {@link #DELAY}; false as soon as it is false. */
    public static ObservableBooleanValue delayed(ObservableBooleanValue running) {
        BooleanProperty shown = new SimpleBooleanProperty(false);
        PauseTransition wait = new PauseTransition(DELAY);
        wait.setOnFinished(e -> shown.set(running.get()));
        running.addListener((o, was, now) -> {
            if (now) {
                wait.playFromStart();
            } else {
                wait.stop();
                shown.set(false);
            }
        });
        if (running.get()) {
            wait.playFromStart();
        }
        return shown;
    }
}
