package fr.pepites.badges.credential;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Data Integrity proofs of the cryptosuite {@code eddsa-rdfc-2022} (W3C "Data Integrity EdDSA Cryptosuites v1.0"):
 * the proof options (the proof without its value, under the document's contexts) and the document without its proof
 * are each canonicalized as RDF (RDFC-1.0) and hashed with SHA-256; the proof options' hash, then the document's,
 * are signed with Ed25519; the proof's value is {@code z} and the signature in base58btc.
 */
public final class DataIntegrity {

    static final String TYPE = "DataIntegrityProof";
    static final String CRYPTOSUITE = "eddsa-rdfc-2022";

    private DataIntegrity() {
    }

    /** The document with its proof, signed now by this key, named by its verification method. */
    public static JsonObject sign(JsonObject document, PrivateKey key, String verificationMethod, Instant created) {
        JsonObject options = Json.createObjectBuilder()
                .add("type", TYPE)
                .add("cryptosuite", CRYPTOSUITE)
                .add("created", created.truncatedTo(ChronoUnit.SECONDS).toString())
                .add("verificationMethod", verificationMethod)
                .add("proofPurpose", "assertionMethod")
                .build();
        byte[] signature;
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(hashData(document, options));
            signature = signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signature failed", e);
        }
        JsonObject proof = Json.createObjectBuilder(options).add("proofValue", "z" + Base58.encode(signature)).build();
        return Json.createObjectBuilder(document).add("proof", proof).build();
    }

    /**
     * Checks the proof of a signed document: the suite, the purpose, and the signature against the did:key its
     * verification method names. Says why when it does not verify.
     */
    public static Check verify(JsonObject signed) {
        JsonValue proofValue = signed.get("proof");
        if (proofValue == null || proofValue.getValueType() != JsonValue.ValueType.OBJECT) {
            return Check.failed("no proof");
        }
        JsonObject proof = proofValue.asJsonObject();
        if (!TYPE.equals(proof.getString("type", null)) || !CRYPTOSUITE.equals(proof.getString("cryptosuite", null))) {
            return Check.failed("unsupported proof: " + proof.getString("type", "?") + " / "
                    + proof.getString("cryptosuite", "?"));
        }
        if (!"assertionMethod".equals(proof.getString("proofPurpose", null))) {
            return Check.failed("proof purpose is not assertionMethod");
        }
        String method = proof.getString("verificationMethod", "");
        String value = proof.getString("proofValue", "");
        PublicKey key;
        byte[] signature;
        try {
            key = DidKey.publicKey(method);
            if (!value.startsWith("z")) {
                return Check.failed("proof value is not base58btc");
            }
            signature = Base58.decode(value.substring(1));
        } catch (IllegalArgumentException e) {
            return Check.failed(e.getMessage());
        }
        JsonObjectBuilder options = Json.createObjectBuilder(proof).remove("proofValue");
        JsonObject document = Json.createObjectBuilder(signed).remove("proof").build();
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(hashData(document, options.build()));
            return verifier.verify(signature) ? Check.verified(method) : Check.failed("signature does not match");
        } catch (GeneralSecurityException e) {
            return Check.failed("signature does not match");
        } catch (IllegalArgumentException e) {
            return Check.failed(e.getMessage());
        }
    }

    /** SHA-256 of the canonical proof options, then SHA-256 of the canonical document. */
    private static byte[] hashData(JsonObject document, JsonObject options) {
        JsonObject withContext = Json.createObjectBuilder(options).add("@context", document.get("@context")).build();
        byte[] proofHash = sha256(canonical(withContext));
        byte[] documentHash = sha256(canonical(document));
        byte[] data = new byte[64];
        System.arraycopy(proofHash, 0, data, 0, 32);
        System.arraycopy(documentHash, 0, data, 32, 32);
        return data;
    }

    /** The RDFC-1.0 canonical N-Quads of a JSON-LD document, its contexts read from the bundle. */
    static String canonical(JsonObject document) {
        try {
            RdfCanon canon = RdfCanon.create("SHA-256");
            JsonLdOptions options = new JsonLdOptions();
            options.setDocumentLoader(BundledContexts.INSTANCE);
            // As the "safe mode" of the JavaScript verifiers: a property no context defines would be dropped from
            // the canonical form, and so not covered by the proof; it fails the processing instead.
            options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
            JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
            StringWriter out = new StringWriter();
            canon.provide(new NQuadsWriter(out));
            return out.toString();
        } catch (JsonLdError e) {
            throw new IllegalArgumentException("not valid JSON-LD: " + e.getMessage(), e);
        } catch (RdfConsumerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The result of a proof check: verified by this verification method, or the reason it is not. */
    public record Check(boolean verified, String verificationMethod, String reason) {

        static Check verified(String method) {
            return new Check(true, method, null);
        }

        static Check failed(String reason) {
            return new Check(false, null, reason);
        }
    }
}
