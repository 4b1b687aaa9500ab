package fr.pepites.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A link that downloads a file made when it is clicked (an export): the same for every export of the application. */
public final class Download {

    private Download() {
    }

    public static Anchor of(String label, String fileName, String mimeType, Supplier<byte[]> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mimeType, bytes.length);
        }), label);
        link.getElement().setAttribute("download", true);
        return link;
    }

    /** A CSV export ({@link fr.pepites.common.Csv}). */
    public static Anchor csv(String label, String fileName, Supplier<byte[]> content) {
        return of(label, fileName, "text/csv;charset=UTF-8", content);
    }
}
