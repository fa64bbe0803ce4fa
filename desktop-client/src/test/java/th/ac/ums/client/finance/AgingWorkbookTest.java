package th.ac.ums.client.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class AgingWorkbookTest {
    private static AgingViewModel.Row row(String code, String nameTh, String amount) {
        BigDecimal a = new BigDecimal(amount);
        BigDecimal z = BigDecimal.ZERO.setScale(2);
        return new AgingViewModel.Row(code, nameTh, "Name", a, z, z, z, z, a);
    }

    @Test
    void theReportIsAWorkbookWithTextAsTextAmountsAsNumbersAndTheTotalsRowLast() throws Exception {
        List<String> header = List.of("Code", "Group", "Current", "0-30", "31-60", "61-90", "90+", "Outstanding");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AgingWorkbook.write(out, header, List.of(row("SCI", "=คณะวิทยาศาสตร์", "1500.50")), row("", "", "1500.50"),
                "รวม", AgingViewModel.Row::nameTh);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("Code", rows.get(0).getCellText(0));
            assertEquals("=คณะวิทยาศาสตร์", rows.get(1).getCellText(1), "text stays text, never a formula");
            assertEquals(new BigDecimal("1500.5"), rows.get(1).getCellAsNumber(2).orElseThrow().stripTrailingZeros());
            assertEquals("รวม", rows.get(2).getCellText(1));
            assertEquals(3, rows.size());
        }
    }
}
