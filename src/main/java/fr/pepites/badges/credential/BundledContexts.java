package fr.pepites.badges.credential;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JSON-LD contexts of the credentials, read once from the application's resources ({@code badges/contexts}, with
 * their sources and licences): nothing is ever fetched from the network. A context not bundled fails the processing
 * of the document that names it.
 */
final class BundledContexts implements DocumentLoader {

    static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";
    static final String OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    static final BundledContexts INSTANCE = new BundledContexts(Map.of(
            VC_V2, "credentials-v2.json",
            OB_V3, "ob-context-3.0.3.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json", "ob-context-3.0.2.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json", "ob-context-3.0.1.json"));

    private final Map<String, Document> documents;

    private BundledContexts(Map<String, String> resources) {
        this.documents = resources.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> read(e.getKey(), e.getValue())));
    }

    boolean knows(String url) {
        return documents.containsKey(url);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        Document document = documents.get(url.toString());
        if (document == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "context not bundled: " + url);
        }
        return document;
    }

    private static Document read(String url, String resource) {
        try (InputStream in = BundledContexts.class.getResourceAsStream("/badges/contexts/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled context " + resource);
            }
            JsonDocument document = JsonDocument.of(in);
            document.setDocumentUrl(URI.create(url));
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonLdError e) {
            throw new IllegalStateException("unreadable bundled context " + resource, e);
        }
    }
}
