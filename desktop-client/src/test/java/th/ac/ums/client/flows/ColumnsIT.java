package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import th.ac.ums.client.testing.Layout;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;

/**
 * A fitted table's titles are never cut, whatever font the header turns out to have: the rows can
 * be measured before the headers exist (a report answered from a rollup faster than the screen is
 * drawn: "Outstandi..." in CI once) or the theme can change after.
 */
class ColumnsIT extends ConsoleTest {
    record Row(String name, String amount) {
    }

    @Test
    void titlesStayWholeWhenTheHeaderFontIsLargerThanMeasured() throws Exception {
        assertEquals(List.of(), problemsAfterTheTitlesGrow(900));
    }

    /**
     * The room a widened title takes comes out of the flexible column, so the last column stays in
     * view (LayoutIT in CI: the aging table's "Outstanding" 3 px past the table's edge).
     */
    @Test
    void theLastColumnStaysInViewWhenATitleWidens() throws Exception {
        // at 22px bold the two money titles take 563 px: at 720 they fit only if "Group" gives way
        assertEquals(List.of(), problemsAfterTheTitlesGrow(720));
    }

    private List<String> problemsAfterTheTitlesGrow(int width) throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicReference<Scene> scene = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            Formats formats = new Formats(new I18n(Locale.ENGLISH));
            TableView<Row> t = new TableView<>(FXCollections.observableArrayList(
                    new Row("Faculty of Engineering", "1200.00"), new Row("Faculty of Arts", "75.50")));
            t.getColumns().add(Columns.flex(Columns.text(new javafx.beans.property.SimpleStringProperty("Group"),
                    200, Row::name)));
            t.getColumns().add(Columns.money(formats, new javafx.beans.property.SimpleStringProperty("Outstanding"),
                    60, Row::amount));
            t.getColumns().add(Columns.money(formats,
                    new javafx.beans.property.SimpleStringProperty("Overdue more than 90 days"), 60, Row::amount));
            Columns.fit(t, formats);
            Scene s = new Scene(new StackPane(t), width, 300);
            Stage stage = new Stage();
            stage.setScene(s);
            stage.show();
            scene.set(s);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // titles larger than the font they were measured in: the header's first font unknown, or a new theme
        interact(() -> scene.get().getStylesheets().add(
                "data:text/css,.column-header .label { -fx-font-size: 22px; -fx-font-weight: bold; }"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        AtomicReference<List<String>> problems = new AtomicReference<>();
        interact(() -> problems.set(Layout.problems(scene.get(), "fitted table")));
        return problems.get();
    }
}
