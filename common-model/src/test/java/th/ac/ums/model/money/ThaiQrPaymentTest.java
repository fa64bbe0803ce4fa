package th.ac.ums.model.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThaiQrPaymentTest {
    private static final String BILLER = "099400016359801";

    /** dtinth/promptpay-qr, index.test.js: PromptPay (tag 29) payloads as that library's tests expect them. */
    private static final List<String> PROMPTPAY_EXAMPLES = List.of(
            "00020101021129370016A000000677010111011300668012345675802TH530376463046197",
            "00020101021129370016A000000677010111021311111111111115802TH530376463047B5A",
            "00020101021129370016A000000677010111021301234567890125802TH530376463040CBD",
            "00020101021229370016A000000677010111011300660000000005802TH530376454044.226304E469");

    /** ThaiQR/ThaiQR-Go, test/thaiqr_test.go, TestMerchantBillpaymentQRGenerate: a tag 30 bill payment. */
    private static final String THAIQR_GO_BILL_PAYMENT = "00020101021230710016A00000067701011201150112345678912330212"
            + "REF1234567890312REF98765432153037645406200.005802TH5906THAIQR6304F528";

    @Test
    void crcIsCcittFalse() {
        assertEquals("29B1", EmvTlv.crc16("123456789"));   // the catalogue's check value of CRC-16/CCITT-FALSE
        assertEquals("FFFF", EmvTlv.crc16(""));
    }

    @Test
    void crcMatchesPublishedPayloads() {
        for (String example : PROMPTPAY_EXAMPLES) {
            assertTrue(EmvTlv.crcMatches(example), example);
        }
        assertTrue(EmvTlv.crcMatches(THAIQR_GO_BILL_PAYMENT));
        assertFalse(EmvTlv.crcMatches(THAIQR_GO_BILL_PAYMENT.replace("200.00", "201.00")));
    }

    @Test
    void writesThePublishedBillPaymentExampleCharacterForCharacter() {
        ThaiQrPayment payment = ThaiQrPayment.billPayment("011234567891233", "REF123456789", "REF987654321",
                new BigDecimal("200.00")).withMerchantName("THAIQR");
        assertEquals(THAIQR_GO_BILL_PAYMENT, payment.payload());
        assertEquals(payment, ThaiQrPayment.read(THAIQR_GO_BILL_PAYMENT));
    }

    @Test
    void everyTagHoldsWhatTheBanksRead() {
        String payload = ThaiQrPayment.billPayment(BILLER, "65012345", "INV256910000123", new BigDecimal("18500.5"))
                .payload();
        Map<String, String> f = EmvTlv.parse(payload);
        assertEquals(List.of("00", "01", "30", "53", "54", "58", "63"), List.copyOf(f.keySet()));
        assertEquals("01", f.get("00"));
        assertEquals("12", f.get("01"));
        assertEquals("764", f.get("53"));
        assertEquals("18500.50", f.get("54"));
        assertEquals("TH", f.get("58"));
        assertEquals(EmvTlv.crc16(payload.substring(0, payload.length() - 4)), f.get("63"));
        assertTrue(f.get("63").matches("[0-9A-F]{4}"));
        Map<String, String> account = EmvTlv.parse(f.get("30"));
        assertEquals(Map.of("00", "A000000677010112", "01", BILLER, "02", "65012345", "03", "INV256910000123"),
                account);
        assertTrue(payload.startsWith("000201010212"));
        assertTrue(payload.contains("6304") && payload.indexOf("6304") == payload.length() - 8);
    }

    @Test
    void referencesAreUpperCasedAndDocumentNumbersLoseTheirDashes() {
        ThaiQrPayment payment = ThaiQrPayment.billPayment(BILLER, " ab12cd ", "inv1", BigDecimal.TEN);
        assertEquals("AB12CD", payment.ref1());
        assertEquals("INV1", payment.ref2());
        assertEquals("10.00", payment.amountText());
        assertEquals("INV256910000123", ThaiQrPayment.reference("inv-25691-0000123"));
        assertEquals("", ThaiQrPayment.billPayment(BILLER, "A1", null, BigDecimal.ONE).ref2());
        assertFalse(EmvTlv.parse(EmvTlv.parse(ThaiQrPayment.billPayment(BILLER, "A1", "", BigDecimal.ONE).payload())
                .get("30")).containsKey("03"));
    }

    @Test
    void refusesWhatABankWouldRefuseWithTheReason() {
        BigDecimal one = BigDecimal.ONE;
        assertRefused("biller ID is 15 digits", () -> ThaiQrPayment.billPayment("0994000163598", "A1", "B1", one));
        assertRefused("biller ID is 15 digits", () -> ThaiQrPayment.billPayment("09940001635980X", "A1", "B1", one));
        assertRefused("Ref1 holds 1 to 20", () -> ThaiQrPayment.billPayment(BILLER, "", "B1", one));
        assertRefused("Ref1 holds 1 to 20", () -> ThaiQrPayment.billPayment(BILLER, "6501-2345", "B1", one));
        assertRefused("Ref1 holds 1 to 20", () -> ThaiQrPayment.billPayment(BILLER, "นักศึกษา", "B1", one));
        assertRefused("Ref1 holds 1 to 20", () -> ThaiQrPayment.billPayment(BILLER, "A".repeat(21), "B1", one));
        assertRefused("Ref2 holds up to 20", () -> ThaiQrPayment.billPayment(BILLER, "A1", "INV-1", one));
        assertRefused("Ref2 holds up to 20", () -> ThaiQrPayment.billPayment(BILLER, "A1", "B".repeat(21), one));
        assertRefused("more than 0", () -> ThaiQrPayment.billPayment(BILLER, "A1", "B1", BigDecimal.ZERO));
        assertRefused("more than 0", () -> ThaiQrPayment.billPayment(BILLER, "A1", "B1", new BigDecimal("-1")));
        assertRefused("more than 0", () -> ThaiQrPayment.billPayment(BILLER, "A1", "B1", null));
        assertRefused("more than 0", () -> ThaiQrPayment.billPayment(BILLER, "A1", "B1", new BigDecimal("1E10")));
        assertRefused("more than two decimals", () -> ThaiQrPayment.billPayment(BILLER, "A1", "B1",
                new BigDecimal("1.005")));
        assertRefused("merchant name", () -> ThaiQrPayment.billPayment(BILLER, "A1", "B1", one)
                .withMerchantName("มหาวิทยาลัย"));
        assertEquals(20, ThaiQrPayment.billPayment(BILLER, "A".repeat(20), "B".repeat(20), one).ref2().length());
    }

    @Test
    void readingRefusesOtherCodes() {
        assertRefused("CRC", () -> ThaiQrPayment.read(THAIQR_GO_BILL_PAYMENT.replace("REF1", "REF2")));
        assertRefused("no bill payment field", () -> ThaiQrPayment.read(PROMPTPAY_EXAMPLES.get(3)));
        assertRefused("field 01", () -> ThaiQrPayment.read(PROMPTPAY_EXAMPLES.get(0)));
    }

    @Test
    void aQrCodeOfThePayloadScansBackToTheSamePayload() throws Exception {
        String payload = ThaiQrPayment.billPayment(BILLER, "65012345", "INV256910000123", new BigDecimal("18500.50"))
                .payload();
        BufferedImage image = MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(payload,
                BarcodeFormat.QR_CODE, 300, 300, Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M)));
        String scanned = new QRCodeReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        assertEquals(payload, scanned);
        assertEquals(new BigDecimal("18500.50"), ThaiQrPayment.read(scanned).amount());
    }

    private static void assertRefused(String reason, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
