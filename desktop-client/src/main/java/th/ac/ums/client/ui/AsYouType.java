package th.ac.ums.client.ui;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.control.TextInputControl;
import javafx.util.Duration;

/**
 * Search as you type: {@link #PAUSE} after the last key the search runs, unless the text is the one
 * already searched (Enter still searches at once). The searches themselves are latest-wins (a
 * {@link TaskRunner#latest} or a {@link PagedList} query), so an older answer never replaces a newer one.
 */
public final class AsYouType {
    public static final Duration PAUSE = Duration.millis(300);

    private AsYouType() {
    }

    /**
     * @param searched the text of the search now shown (the field's text at the last search)
     * @param search   runs the search for the field's text
     */
    public static void install(TextInputControl field, Supplier<String> searched, Runnable search) {
        PauseTransition pause = new PauseTransition(PAUSE);
        pause.setOnFinished(e -> {
            String now = field.getText() == null ? "" : field.getText().trim();
            if (!Objects.equals(now, searched.get() == null ? "" : searched.get().trim())) {
                search.run();
            }
        });
        field.textProperty().addListener((o, was, now) -> pause.playFromStart());
        field.getProperties().put("ums.asYouType", pause);
    }
}
