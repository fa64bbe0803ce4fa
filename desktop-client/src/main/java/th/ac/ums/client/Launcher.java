package th.ac.ums.client;

import javafx.application.Application;

/** Entry point (JavaFX on the class path needs a main class that does not extend Application). */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // JavaFX on the class path (as java -jar runs it) is how this console is built and shipped;
        // its start-up warning about that is not for the user to act on
        java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
        Application.launch(DesktopApp.class, args);
    }
}
