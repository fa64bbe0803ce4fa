package th.ac.ums.server.students;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import th.ac.ums.server.domain.Refusal;

/**
 * The rows of an uploaded CSV file with a header row, as both CSV uploads (the student import and
 * the bank files) read them: spaces and tabs around cells dropped, empty lines skipped. What cannot be read is one answer on
 * {@code file} in plain words: a header naming a column twice, or the line where a quoted cell is
 * never closed or has text after its closing quote. Never a parser's exception.
 */
public final class CsvFiles {
    // not trimmed by the parser: its trim drops every character up to the space, control characters
    // included, where they must be refused
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private CsvFiles() {
    }

    /** A line of the file after the header: its number (the header is 1) and its cells by header name. */
    public record Row(int number, Map<String, String> cells) {
        /** The cell under {@code column}, without surrounding spaces and tabs; empty: absent. */
        public Optional<String> cell(String column) {
            return Optional.ofNullable(cells.get(column)).filter(v -> !v.isEmpty());
        }
    }

    /** Reads {@code text}: the header names first (checked for repeats), then every row in order. */
    public static void read(String text, Consumer<Set<String>> header, Consumer<Row> rows) {
        long line = 1;
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            List<String> names = null;
            for (CSVRecord rec : parser) {
                if (names == null) {
                    names = rec.stream().map(CsvFiles::strip).toList();
                    header.accept(header(names));
                } else {
                    rows.accept(row(rec, names));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
            if (names == null) {
                header.accept(Set.of());
            }
        } catch (UncheckedIOException e) {
            throw unreadable(line, e.getCause());
        } catch (IOException e) {
            throw unreadable(line, e);
        }
    }

    private static Row row(CSVRecord rec, List<String> names) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < Math.min(names.size(), rec.size()); i++) {
            if (!names.get(i).isEmpty()) {
                cells.put(names.get(i), strip(rec.get(i)));
            }
        }
        return new Row((int) rec.getRecordNumber(), cells);
    }

    private static String strip(String cell) {
        int from = 0;
        int to = cell.length();
        while (from < to && (cell.charAt(from) == ' ' || cell.charAt(from) == '\t')) {
            from++;
        }
        while (to > from && (cell.charAt(to - 1) == ' ' || cell.charAt(to - 1) == '\t')) {
            to--;
        }
        return cell.substring(from, to);
    }

    private static Set<String> header(List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!name.isEmpty() && !seen.add(name)) {
                throw Refusal.invalid("file", "names the column \"" + name + "\" twice in its header; "
                        + "keep one and upload again");
            }
        }
        return seen;
    }

    private static Refusal unreadable(long line, IOException e) {
        String message = String.valueOf(e.getMessage());
        String why = message.contains("EOF reached before encapsulated token finished")
                ? "a cell opens a quote (\") that is never closed"
                : message.contains("Invalid character between encapsulated token and delimiter")
                ? "a quoted cell has text after its closing quote; write a quote inside a cell as two quotes (\"\")"
                : "it is not CSV text";
        return Refusal.invalid("file", "cannot be read from line " + line + ": " + why);
    }
}
