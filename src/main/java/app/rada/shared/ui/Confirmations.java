package app.rada.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The portal's "are you sure?" question before an action that cannot be taken back. */
public final class Confirmations {

    private Confirmations() {
    }

    /**
     * Opens a dialog with the given texts (already translated); {@code onConfirm} runs only when the
     * user confirms. The dialog is returned open so a view or test can reach it.
     */
    public static ConfirmDialog ask(String header, String text, String confirmText, Runnable onConfirm) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(UI.getCurrent().getTranslation("common.cancel"));
        dialog.setConfirmText(confirmText);
        dialog.addConfirmListener(confirmed -> onConfirm.run());
        dialog.open();
        return dialog;
    }
}
