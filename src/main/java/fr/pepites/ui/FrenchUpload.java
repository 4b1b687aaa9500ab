package fr.pepites.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The labels of an upload component in the user's language (Vaadin's own are English). */
public final class FrenchUpload {

    private FrenchUpload() {
    }

    /** Gives the upload its translated labels ("upload.*" keys) and returns it. */
    public static Upload of(Upload upload) {
        UI ui = UI.getCurrent();
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(ui.getTranslation("upload.addOne"))
                .setMany(ui.getTranslation("upload.addMany")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(ui.getTranslation("upload.dropOne"))
                .setMany(ui.getTranslation("upload.dropMany")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(ui.getTranslation("upload.tooMany"))
                .setFileIsTooBig(ui.getTranslation("upload.tooBig"))
                .setIncorrectFileType(ui.getTranslation("upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(ui.getTranslation("upload.connecting"))
                        .setStalled(ui.getTranslation("upload.stalled"))
                        .setProcessing(ui.getTranslation("upload.processing")).setHeld(ui.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(ui.getTranslation("upload.remaining"))
                        .setUnknown(ui.getTranslation("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(ui.getTranslation("upload.failed"))
                        .setUnexpectedServerError(ui.getTranslation("upload.failed"))
                        .setForbidden(ui.getTranslation("upload.failed"))));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("o", "Ko", "Mo", "Go", "To", "Po", "Eo", "Zo", "Yo")));
        upload.setI18n(i18n);
        return upload;
    }
}
