package th.ac.ums.client.finance;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * A QR code as an image for the screen: whole pixels per module (sharp, nothing smoothed), with the
 * four-module quiet zone a phone camera needs around it, error correction M as on the printed invoice.
 */
final class QrImage {
    private QrImage() {
    }

    /** The code of {@code text}, about {@code size} pixels square (never less than one pixel per module). */
    static WritableImage of(String text, int size) {
        BitMatrix m = matrix(text);
        int scale = Math.max(1, size / m.getWidth());
        WritableImage image = new WritableImage(m.getWidth() * scale, m.getHeight() * scale);
        PixelWriter w = image.getPixelWriter();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                w.setColor(x, y, m.get(x / scale, y / scale) ? Color.BLACK : Color.WHITE);
            }
        }
        return image;
    }

    private static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot draw the QR code", e);
        }
    }
}
