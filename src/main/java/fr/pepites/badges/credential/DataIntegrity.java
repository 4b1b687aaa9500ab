package fr.pepites.badges.credential;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Data Integrity proofs of the cryptosuite {@code eddsa-rdfc-2022} (W3C "Data Integrity EdDSA Cryptosuites v1.0"):
 * the proof options (the proof without its value, under the document's contexts) and the document without its proof
 * are each canonicalized as RDF (RDFC-1.0) and hashed with SHA-256; the proof options' hash, then the document's,
 * are signed with Ed25519; the proof's value is {@code z} and the signature in base58btc.
 */
public final class DataIntegrity {

    static final String TYPE = "DataIntegrityProof";
    static final String CRYPTOSUITE = "eddsa-rdfc-2022";
    /** The most proofs of a proof set that are checked: each costs a canonicalisation. */
    static final int MAX_PROOFS = 4;

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
            HashingBudget budget = new HashingBudget();
            signer.update(hashData(options, document.get("@context"), sha256(canonical(document, budget)), budget));
            signature = signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signature failed", e);
        }
        JsonObject proof = Json.createObjectBuilder(options).add("proofValue", "z" + Base58.encode(signature)).build();
        return Json.createObjectBuilder(document).add("proof", proof).build();
    }

    /**
     * Checks the proof of a signed document (its first, for the application's own, which carry one): see
     * {@link #verifyEach}.
     */
    public static Check verify(JsonObject signed) {
        return verifyEach(signed).get(0);
    }

    /**
     * Checks each proof of a signed document, one or a proof set (an array of proofs, each made on the document
     * without its proofs): the suite, the purpose, and the signature against the did:key its verification method
     * names. Says why each does not verify; one check "no proof" when it has none. At most {@value #MAX_PROOFS}
     * proofs are checked, and all of them share one budget of canonicalisation work ({@link HashingBudget}): a
     * document that exceeds it fails every check with a reason starting "too complex".
     */
    public static List<Check> verifyEach(JsonObject signed) {
        JsonValue proofValue = signed.get("proof");
        List<JsonObject> proofs = new ArrayList<>();
        if (proofValue instanceof JsonObject one) {
            proofs.add(one);
        } else if (proofValue instanceof JsonArray set) {
            if (set.size() > MAX_PROOFS) {
                return List.of(Check.failed("too many proofs: " + set.size()));
            }
            for (JsonValue each : set) {
                if (!(each instanceof JsonObject proof)) {
                    return List.of(Check.failed("a proof is not an object"));
                }
                proofs.add(proof);
            }
        }
        if (proofs.isEmpty()) {
            return List.of(Check.failed("no proof"));
        }
        HashingBudget budget = new HashingBudget();
        JsonObject document = Json.createObjectBuilder(signed).remove("proof").build();
        byte[][] documentHash = new byte[1][];
        List<Check> checks = new ArrayList<>();
        for (JsonObject proof : proofs) {
            try {
                checks.add(verifyOne(document, proof, budget, documentHash));
            } catch (HashingBudget.TooComplex e) {
                return List.of(Check.failed(e.getMessage()));
            }
        }
        return checks;
    }

    /** One proof on the document without its proofs, whose hash is computed once for all the proofs. */
    private static Check verifyOne(JsonObject document, JsonObject proof, HashingBudget budget,
            byte[][] documentHash) {
        if (!TYPE.equals(proof.getString("type", null)) || !CRYPTOSUITE.equals(proof.getString("cryptosuite", null))
                || proof.containsKey("previousProof")) {
            return Check.failed("unsupported proof: " + proof.getString("type", "?") + " / "
                    + proof.getString("cryptosuite", "?") + (proof.containsKey("previousProof") ? " (chain)" : ""));
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
        } catch (IllegalArgumentException | ClassCastException e) {
            return Check.failed(e.getMessage());
        }
        try {
            if (documentHash[0] == null) {
                documentHash[0] = sha256(canonical(document, budget));
            }
            JsonObject options = Json.createObjectBuilder(proof).remove("proofValue").build();
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(hashData(options, document.get("@context"), documentHash[0], budget));
            return verifier.verify(signature) ? Check.verified(method) : Check.failed("signature does not match");
        } catch (GeneralSecurityException e) {
            return Check.failed("signature does not match");
        } catch (IllegalArgumentException | ClassCastException e) {
            return Check.failed(e.getMessage());
        }
    }

    /** SHA-256 of the canonical proof options (under the document's contexts), then the document's hash. */
    private static byte[] hashData(JsonObject options, JsonValue context, byte[] documentHash,
            HashingBudget budget) {
        JsonObjectBuilder withContext = Json.createObjectBuilder(options);
        if (context != null) {
            withContext.add("@context", context);
        }
        byte[] proofHash = sha256(canonical(withContext.build(), budget));
        byte[] data = new byte[64];
        System.arraycopy(proofHash, 0, data, 0, 32);
        System.arraycopy(documentHash, 0, data, 32, 32);
        return data;
    }

    /**
     * The RDFC-1.0 canonical N-Quads of a JSON-LD document, its contexts read from the bundle, its blank-node
     * hashing held to the budget.
     */
    static String canonical(JsonObject document, HashingBudget budget) {
        try {
            RdfCanon canon = RdfCanon.create("SHA-256", budget);
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
