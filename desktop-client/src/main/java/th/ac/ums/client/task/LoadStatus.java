package th.ac.ums.client.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Where a load stands, for placeholders and spinners: running, or failed with a message (a key
 * such as {@code list.failed:<the server's text>}, see {@link th.ac.ums.client.ui.I18n#message(String)}); neither
 * means the answer arrived, so an empty list really is empty.
 */
public interface LoadStatus {
    ReadOnlyBooleanProperty running();

    /** Empty unless the last load failed. */
    ReadOnlyStringProperty error();
}
