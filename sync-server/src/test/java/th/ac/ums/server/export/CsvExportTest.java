package th.ac.ums.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Formula neutralisation: every start a spreadsheet program reads as a formula, in any Unicode form. */
class CsvExportTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "|calc", "\t=1", "\r=1", "\n=1", " =1", "\u00A0=1",
        "\u3000=1", "\u200B=1", "\uFEFF=1", "\u2060+1", "\uFF1DHYPERLINK(\"x\")", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)",
        "\uFE66cmd", "\uFE621", "\uFE631", "\u22121", "\uFF5Ccalc", " \u200B\u3000\uFF1D1"})
    void formulaStartsAreNeutralised(String text) {
        assertEquals("'" + text, CsvExport.neutralise(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Somchai", "สมชาย", "1500.00", "a=b", "a+b", "x@y.th", "", " ", "2026-08-03", "ก=1", "a\tb", "x\r\ny"})
    void ordinaryTextIsLeftAlone(String text) {
        assertEquals(text, CsvExport.neutralise(text));
    }
}
