package th.ac.ums.client.finance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Where printed documents go: each PDF the server sends is saved in the console's own folder (a
 * subfolder per kind: {@code receipts}, {@code invoices}), never over an earlier file (a reprint of
 * RC2570-000123 is "RC2570-000123 (2).pdf"), then opened with the computer's PDF viewer where
 * there is one. Called off the UI thread.
 */
public final class Documents {
    private final Supplier<Path> folder;
    private final Predicate<Path> viewer;

    /**
     * @param folder the folder now (the settings may change it)
     * @param viewer opens a saved file, false when it cannot ({@link #desktopViewer(Path)})
     */
    public Documents(Supplier<Path> folder, Predicate<Path> viewer) {
        this.folder = folder;
        this.viewer = viewer;
    }

    /** Saved in {@code folder} and opened with the operating system's viewer where there is one. */
    public static Documents inFolder(Supplier<Path> folder) {
        return new Documents(folder, Documents::desktopViewer);
    }

    /** Saves a document under its name (letters, digits, dots, dashes; anything else becomes "_"). */
    public Path save(String kind, String name, byte[] pdf) throws IOException {
        return save(kind, name, pdf, "pdf");
    }

    /** Saves a file under its name with the extension given ({@code csv}), never over an earlier one. */
    public Path save(String kind, String name, byte[] bytes, String extension) throws IOException {
        Path dir = folder.get().resolve(kind);
        Files.createDirectories(dir);
        String base = name.replaceAll("[^A-Za-z0-9._-]", "_");
        Path target = dir.resolve(base + "." + extension);
        for (int n = 2; Files.exists(target); n++) {
            target = dir.resolve(base + " (" + n + ")." + extension);
        }
        Path part = Files.createTempFile(dir, base, ".part");
        try {
            Files.write(part, bytes);
            return Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Opens a saved document; false where this computer has no way to (no desktop, headless). */
    public boolean open(Path file) {
        return viewer.test(file);
    }

    /** The desktop's viewer for the file's type, through AWT's {@link java.awt.Desktop}. */
    public static boolean desktopViewer(Path file) {
        try {
            if (java.awt.GraphicsEnvironment.isHeadless() || !java.awt.Desktop.isDesktopSupported()
                    || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                return false;
            }
            java.awt.Desktop.getDesktop().open(file.toFile());
            return true;
        } catch (IOException | RuntimeException e) {
            return false;     // no application for PDF, or the desktop refused: the notice says where the file is
        }
    }
}
