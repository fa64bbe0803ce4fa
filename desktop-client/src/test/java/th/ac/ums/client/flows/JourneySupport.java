package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.client.testing.Console.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.util.WaitForAsyncUtils;
import th.ac.ums.client.testing.Windows;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.server.testing.Api;

/** What the journeys do as a person would: pick a person, answer a dialog, read a label or a cell. */
abstract class JourneySupport extends ConsoleTest {
    protected Api admin;

    /**
     * Types into a person picker as a person would (what they know of the name, then more letters
     * until the student is among the matches), moves down to them and presses Enter.
     */
    @SuppressWarnings("unchecked")
    protected void pick(String field, String typed, String more, String code) throws Exception {
        clickOn(field).write(typed);
        var picker = th.ac.ums.client.ui.TypeAhead.of(lookup(field).query());
        ListView<StudentDto> results = (ListView<StudentDto>) picker.results();
        for (int next = 0; ; next++) {
            String now = picker.model().text().get();
            waitUntil(() -> picker.model().answered().get() && now.strip().equals(picker.model().text().get().strip())
                    && !"picker.searching".equals(picker.model().status().get()));
            WaitForAsyncUtils.waitForFxEvents();
            if (results.getItems().stream().anyMatch(s -> s.studentCode().equals(code))) {
                break;
            }
            if (next >= more.length()) {
                throw new AssertionError("typed \"" + now + "\" looking for " + code + "; matches "
                        + results.getItems().stream().map(StudentDto::studentCode).toList());
            }
            write(more.substring(next, next + 1));
            WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        assertTrue(picker.popup().isShowing(), "the matches show under the field");
        int index = 0;
        while (!results.getItems().get(index).studentCode().equals(code)) {
            index++;
        }
        for (int i = 0; i < index; i++) {
            type(KeyCode.DOWN);
        }
        type(KeyCode.ENTER);
        waitUntil(() -> lookup(field).queryAs(TextField.class).getText().startsWith(code + " "));
    }

    protected DialogPane dialog(String id) throws Exception {
        waitUntil(() -> Windows.dialog(id) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return Windows.dialog(id);
    }

    protected JsonNode payments(long invoiceId) {
        return admin.get("/api/v1/payments?invoiceId=" + invoiceId + "&kind=PAYMENT").json().get("data");
    }

    protected String label(String id) {
        return lookup(id).tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText()).orElse("");
    }

    protected static String money(String amount) {
        return new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(Locale.ENGLISH))
                .format(new BigDecimal(amount));
    }

    protected static int indexOf(PagedTableView<InvoiceDto> t, String number) {
        for (int i = 0; i < t.getItems().size(); i++) {
            InvoiceDto inv = t.pagedRows().peek(i);
            if (inv != null && inv.number().equals(number)) {
                return i;
            }
        }
        throw new AssertionError(number + " is not listed");
    }

    /** The text a cell of a column (by id) shows for a row. */
    protected static String cell(PagedTableView<?> t, int row, String column) {
        var c = t.getColumns().stream().filter(x -> column.equals(x.getId())).findFirst().orElseThrow();
        return shown(t, row, t.getColumns().indexOf(c));
    }

    protected static String cellText(TableView<?> t, int row, int column) {
        // a row just added to the items is laid out on a later pulse: wait until it shows, then read it
        // (BursarJourneyIT read null once, right after the items grew)
        try {
            th.ac.ums.client.testing.Console.waitUntil(() -> shown(t, row, column) != null);
        } catch (Exception notShown) {
            // the caller's assertion says what is shown
        }
        return shown(t, row, column);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    protected static String shown(TableView t, int row, int column) {
        String[] out = new String[1];
        try {
            org.testfx.api.FxToolkit.setupFixture(() -> {
                t.scrollTo(row);
                t.layout();
                for (Node n : t.lookupAll(".table-row-cell")) {
                    javafx.scene.control.TableRow<?> r = (javafx.scene.control.TableRow<?>) n;
                    if (r.getIndex() == row) {
                        var cells = r.getChildrenUnmodifiable().stream().filter(
                                x -> x instanceof javafx.scene.control.TableCell).toList();
                        var cell = (javafx.scene.control.TableCell<?, ?>) cells.get(column);
                        out[0] = cell.getGraphic() instanceof javafx.scene.control.Labeled l ? l.getText()
                                : cell.getText();
                    }
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out[0];
    }

    /** The English-locale grouping of an amount ("1,500.00"), as the console shows money in both languages. */
    protected static String money(BigDecimal amount) {
        return money(amount.toPlainString());
    }

    protected static String count(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }
}
