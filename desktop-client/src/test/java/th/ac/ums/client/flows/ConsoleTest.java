package th.ac.ums.client.flows;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import th.ac.ums.client.testing.Console;

/** A test that drives the real console: its windows are closed after each test, its preferences after the class. */
abstract class ConsoleTest extends FxRobot {
    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @AfterAll
    static void forgetPreferences() throws Exception {
        Console.cleanPreferences();
    }
}
