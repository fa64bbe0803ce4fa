package th.ac.ums.client.ui;

/** A key of a screen as the help overlay (F1) lists it: the keys as printed and a message key saying what they do. */
public record Shortcut(String keys, String textKey) {
}
