package th.ac.ums.server.students;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import th.ac.ums.server.domain.Refusal;

/**
 * The text of an uploaded file in the encodings Thai offices produce: UTF-8 (with or without a
 * byte-order mark, as Excel's "CSV UTF-8" writes it) and Windows-874 / TIS-620 (Excel's plain "CSV"
 * on Thai Windows), which is converted. Anything else is one clear answer about the file, never a
 * row-by-row complaint about garbled names.
 */
public final class TextFiles {
    private static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

    private TextFiles() {
    }

    /** A file's text and the encoding it was read in. */
    public record Decoded(String text, String encoding) {
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw Refusal.invalid("file", "is UTF-16 text; save it as \"CSV UTF-8\" (or plain CSV) and upload "
                    + "again");
        }
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        int start = bom ? 3 : 0;
        String utf8 = strict(StandardCharsets.UTF_8, bytes, start);
        if (utf8 != null) {
            return new Decoded(utf8, bom ? "UTF-8 with BOM" : "UTF-8");
        }
        String thai = strict(WINDOWS_874, bytes, 0);
        if (thai != null && thai.chars().anyMatch(c -> c >= 0x0E01 && c <= 0x0E5B)) {
            return new Decoded(thai, "Windows-874 (TIS-620)");
        }
        throw Refusal.invalid("file", "is neither UTF-8 nor Thai Windows-874/TIS-620 text; save it as "
                + "\"CSV UTF-8\" and upload again");
    }

    private static String strict(Charset charset, byte[] bytes, int offset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
