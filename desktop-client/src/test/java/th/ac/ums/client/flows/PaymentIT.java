package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.ac.ums.client.testing.Console.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.client.App;
import th.ac.ums.client.testing.Console;
import th.ac.ums.client.testing.Windows;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/** A bursar records a payment on an overdue invoice through the console (and its review); the server has it once. */
class PaymentIT extends ConsoleTest {
    @RegisterExtension
    static final TestEnv env = new TestEnv();

    @BeforeAll
    static void seed() {
        env.seed(200);
    }


    @Test
    @SuppressWarnings("unchecked")
    void bursarRecordsAPaymentAndTheInvoiceAndBalanceFollow() throws Exception {
        Console.User bursar = Console.user(env, false, Role.FINANCE);
        App app = Console.start(env, Locale.ENGLISH);
        clickOn("#email").write(bursar.email());
        clickOn("#password").write(Staff.PASSWORD);
        clickOn("#sign-in");
        Console.waitForShell(app);
        clickOn("#nav-finance");
        PagedTableView<InvoiceDto> table = lookup("#invoices-table").queryAs(PagedTableView.class);
        interact(() -> lookup("#invoice-status").<String>queryComboBox().setValue("OVERDUE"));
        waitUntil(() -> table.getItems().size() > 0 && table.pagedRows().peek(0) != null
                && "OVERDUE".equals(table.pagedRows().peek(0).status()));
        InvoiceDto invoice = table.pagedRows().peek(0);
        interact(() -> table.getSelectionModel().select(0));
        clickOn("#record-payment");
        TextField amount = lookup("#amount").queryAs(TextField.class);
        interact(() -> amount.setText("100.00"));
        clickOn("#confirm-payment");
        waitUntil(() -> Windows.dialog("payment-review") != null);
        type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> lookup("#payment-message").queryAs(Label.class).getText().startsWith(
                "Payment 100.00 THB recorded for " + invoice.studentCode() + " "));

        Api admin = new Staff(env).signedIn(Role.ADMIN).api(env);
        JsonNode payments = admin.get("/api/v1/payments?invoiceId=" + invoice.id()).json();
        assertEquals(1, payments.get("data").size(), payments.toString());
        assertEquals("100.00", payments.get("data").get(0).get("amount").asText());
        JsonNode after = admin.get("/api/v1/invoices/" + invoice.id()).json();
        assertEquals(new java.math.BigDecimal(invoice.outstanding()).subtract(new java.math.BigDecimal("100.00")),
                new java.math.BigDecimal(after.get("outstanding").asText()));
        assertEquals("OVERDUE", after.get("status").asText(), "part-paid and past due stays overdue");
        waitUntil(() -> lookup("#invoice-balance").queryAs(Label.class).getText().contains("paid"));

        javafx.scene.control.TableView<?> paymentsList = lookup("#invoice-payments").queryTableView();
        waitUntil(() -> paymentsList.getItems().size() == 2);   // the payment and the totals row
        interact(() -> paymentsList.getSelectionModel().select(0));
        TextField refundAmount = lookup("#refund-amount").queryAs(TextField.class);
        interact(() -> refundAmount.setText("40.00"));
        interact(() -> lookup("#reason").queryAs(TextField.class).setText("Overpaid lab fee"));
        clickOn("#refund");
        waitUntil(() -> Windows.dialog("refund-review") != null);
        type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> admin.get("/api/v1/payments?invoiceId=" + invoice.id() + "&kind=REFUND").json()
                .get("data").size() == 1);
        JsonNode refund = admin.get("/api/v1/payments?invoiceId=" + invoice.id() + "&kind=REFUND").json()
                .get("data").get(0);
        assertEquals("40.00", refund.get("amount").asText());
        assertEquals(payments.get("data").get(0).get("id").asLong(), refund.get("reversesPaymentId").asLong(),
                "a counter-entry of that payment; the payment itself is unchanged");
    }
}
