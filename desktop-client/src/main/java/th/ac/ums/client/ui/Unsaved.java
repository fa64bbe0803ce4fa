package th.ac.ums.client.ui;

/**
 * Edits not saved yet, which the shell asks about (Save / Discard / Stay) before they are left:
 * another record, another screen, logout or closing the window. A ViewModel with an editor
 * implements it; it knows nothing of dialogs.
 */
public interface Unsaved {
    /** Nothing to ask about. */
    Unsaved NONE = new Unsaved() {
        @Override
        public boolean dirty() {
            return false;
        }

        @Override
        public String subject() {
            return "";
        }

        @Override
        public void save(Runnable saved) {
            saved.run();
        }

        @Override
        public void discard() {
        }
    };

    boolean dirty();

    /** What is being edited, in words, for the question ("62000004 บุญชัย เพชรใจ"). */
    String subject();

    /** Saves; runs {@code saved} only once saved (a refused save leaves the user where they are). */
    void save(Runnable saved);

    /** Forgets the edits (the fields show the record as loaded). */
    void discard();
}
