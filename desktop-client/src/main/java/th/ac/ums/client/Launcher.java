package th.ac.ums.client;

import javafx.application.Application;

/** Entry point (JavaFX on the class path needs a main class that does not extend Application). */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(DesktopApp.class, args);
    }
}
