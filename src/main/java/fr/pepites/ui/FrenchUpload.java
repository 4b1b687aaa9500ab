package fr.pepites.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;

/**
 * Upload components in the user's language (Vaadin's own labels are English), and kept in memory within a size the
 * server enforces: the browser's check alone can be bypassed by posting to the upload's address.
 */
public final class FrenchUpload {

    /** Whether the upload being handled in this thread was refused, for the status of its response. */
    private static final ThreadLocal<Boolean> REFUSED = new ThreadLocal<>();

    private FrenchUpload() {
    }

    /**
     * An upload of one file of at most {@code maxBytes}, given in memory to {@code received} in the UI's thread. A
     * larger file is refused as it arrives (never read past the limit, whatever size the browser declared): HTTP 413,
     * and {@code tooLarge} runs in the UI's thread.
     */
    public static Upload inMemory(int maxBytes, BiConsumer<UploadMetadata, byte[]> received, Runnable tooLarge) {
        Upload upload = of(new Upload(new LimitedInMemory(maxBytes, received, tooLarge)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        return upload;
    }

    private record LimitedInMemory(int maxBytes, BiConsumer<UploadMetadata, byte[]> received, Runnable tooLarge)
            implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            REFUSED.remove(); // Left by an upload of this thread that failed before its response was handled.
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(maxBytes + 1);
            }
            UI ui = event.getUI();
            if (bytes.length > maxBytes) {
                REFUSED.set(Boolean.TRUE);
                ui.access(tooLarge::run);
                return;
            }
            UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), bytes.length);
            ui.access(() -> received.accept(metadata, bytes));
        }

        /** Called in the request's thread once the upload is handled: HTTP 413 for a refused file, else as Vaadin. */
        @Override
        public void responseHandled(boolean success, VaadinResponse response) {
            if (Boolean.TRUE.equals(REFUSED.get())) {
                REFUSED.remove();
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            } else {
                UploadHandler.super.responseHandled(success, response);
            }
        }

        @Override
        public long getFileSizeMax() {
            return maxBytes;
        }

        @Override
        public long getRequestSizeMax() {
            return maxBytes + 64 * 1024L;
        }
    }

    /** Gives the upload its translated labels ("upload.*" keys) and returns it. */
    private static Upload of(Upload upload) {
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
