package fr.pepites.badges;

import fr.pepites.badges.credential.DataIntegrity;
import fr.pepites.badges.credential.StatusList;
import fr.pepites.common.PublicAddress;
import jakarta.annotation.PreDestroy;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's own verifier of Open Badges 3.0 credentials, ours or anyone's: the proofs ({@code
 * eddsa-rdfc-2022}; one, or a proof set), the issuer (a credential is issued by an organisation of the network only
 * if a proof by one of its keys, current or retired, verifies: the name it shows is the organisation's, never the
 * one the credential declares), the dates, and the revocation status when the list is one this application publishes
 * (another issuer's list would have to be fetched: it is reported as not checked). Anyone may upload anything: the
 * proofs are checked on a few threads of their own ({@code pepites.security.verifier.threads}), within a deadline
 * ({@code pepites.security.verifier.timeout}) after which the work is interrupted, and their canonicalisation within
 * a budget of work (the credential package's {@code HashingBudget}).
 */
@Component
class CredentialVerifier {

    /** Deeper than any credential (about 6 levels): refused before the JSON-LD processing, which recurses. */
    static final int MAX_DEPTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(CredentialVerifier.class);
    private static final Pattern OWN_IMAGE = Pattern.compile("/public/badges/realisations/[0-9]{1,18}/image");

    private final IssuerKeyRepository keys;
    private final CredentialRepository credentials;
    private final IssuerKeys issuerKeys;
    private final PublicAddress address;
    private final ThreadPoolExecutor proofs;
    private final Duration timeout;

    CredentialVerifier(IssuerKeyRepository keys, CredentialRepository credentials, IssuerKeys issuerKeys,
            PublicAddress address,
            @Value("${pepites.security.verifier.threads:2}") int threads,
            @Value("${pepites.security.verifier.timeout:PT1S}") Duration timeout) {
        this.keys = keys;
        this.credentials = credentials;
        this.issuerKeys = issuerKeys;
        this.address = address;
        this.timeout = timeout;
        AtomicInteger number = new AtomicInteger();
        // A short queue: what waits longer than the deadline is abandoned anyway; past it the verifier is busy.
        this.proofs = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(16),
                task -> {
                    Thread thread = new Thread(task, "badge-verifier-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.proofs.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void stop() {
        proofs.shutdownNow();
    }

    Verification verify(String text, Instant now) {
        JsonObject credential;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return Verification.unreadable("Ce fichier n'est pas un badge : il ne contient pas d'objet JSON.");
            }
            credential = value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            return Verification.unreadable("Ce fichier n'est pas un badge : ce n'est pas du JSON lisible.");
        } catch (RuntimeException e) {
            // Parsson's own refusal of JSON nested over 1,000 levels is a bare RuntimeException.
            return Verification.unreadable(TOO_DEEP);
        }
        if (depth(credential) > MAX_DEPTH) {
            return Verification.unreadable(TOO_DEEP);
        }
        if (!strings(credential.get("type")).contains("OpenBadgeCredential")
                && !strings(credential.get("type")).contains("AchievementCredential")) {
            return Verification.unreadable("Ce fichier n'est pas un badge Open Badges 3.0 : "
                    + "il n'est pas de type OpenBadgeCredential.");
        }
        List<String> problems = new ArrayList<>();
        JsonObject subject = object(credential.get("credentialSubject"));
        JsonObject achievement = subject == null ? null : object(subject.get("achievement"));
        JsonObject issuer = object(credential.get("issuer"));
        String issuerId = issuer != null ? issuer.getString("id", null) : string(credential.get("issuer"));

        Optional<String> refused;
        try {
            refused = checkProofs(credential, issuerId, problems);
        } catch (RejectedExecutionException busy) {
            LOG.info("Vérification de badge remise : le vérificateur est occupé");
            return Verification.notChecked("Le vérificateur est très sollicité : ce badge n'a pas pu être vérifié "
                    + "pour l'instant. Réessayez dans un instant.");
        }
        boolean signature = refused.isEmpty();
        String issuerName = null;
        if (signature) {
            issuerName = keys.findOrganisationNameByDid(issuerId).orElse(null);
            if (issuerName == null) {
                problems.add("La signature est mathématiquement valide, mais sa clé (" + issuerId + ") n'est celle "
                        + "d'aucun émetteur connu de PEPITES : rien n'assure qui a délivré ce badge, ni que le nom "
                        + "d'émetteur qu'il affiche est le vrai.");
            }
        } else {
            problems.add(refused.get());
        }
        Instant from = instant(credential, "validFrom", problems);
        Instant until = instant(credential, "validUntil", problems);
        String revocation = null;
        Verification.Status status = Verification.Status.VALID;
        if (!signature) {
            status = Verification.Status.INVALID;
        } else if (issuerName == null) {
            status = Verification.Status.UNKNOWN_ISSUER;
        } else {
            Optional<String> revoked = revocation(credential, problems);
            if (revoked.isPresent()) {
                status = Verification.Status.REVOKED;
                revocation = revoked.get();
            } else if (until != null && !until.isAfter(now)) {
                status = Verification.Status.EXPIRED;
            } else if (from != null && from.isAfter(now)) {
                status = Verification.Status.NOT_YET_VALID;
            }
        }
        String image = null;
        if (achievement != null) {
            JsonObject imageObject = object(achievement.get("image"));
            image = ownImage(imageObject != null ? imageObject.getString("id", null)
                    : string(achievement.get("image")));
        }
        JsonObject criteria = achievement == null ? null : object(achievement.get("criteria"));
        return new Verification(status, signature,
                achievement == null ? null : achievement.getString("name", null), image,
                criteria == null ? null : criteria.getString("narrative", null), issuerName, issuerId,
                subject == null ? null : recipientName(subject), from, until, revocation, List.copyOf(problems));
    }

    private static final String TOO_DEEP = "Ce fichier n'est pas un badge : son JSON est imbriqué sur plus de "
            + MAX_DEPTH + " niveaux.";

    /**
     * Why the proofs do not make the credential signed by the issuer it names, in French; empty when they do: every
     * proof the application can check verifies, and one of them is by the issuer's key. Proofs of other suites are
     * reported as not checked. Throws {@link RejectedExecutionException} when the verifier is too busy to check them.
     */
    private Optional<String> checkProofs(JsonObject credential, String issuerId, List<String> problems) {
        List<DataIntegrity.Check> checks = checkedInTime(credential);
        List<DataIntegrity.Check> verified = checks.stream().filter(DataIntegrity.Check::verified).toList();
        Optional<DataIntegrity.Check> failed = checks.stream().filter(c -> !c.verified()
                && !(verified.size() > 0 && isUnsupported(c))).findFirst();
        if (failed.isPresent()) {
            return Optional.of(whyNotSigned(failed.get().reason()));
        }
        if (checks.stream().anyMatch(CredentialVerifier::isUnsupported)) {
            problems.add("Une des preuves du badge emploie une suite que PEPITES ne vérifie pas : elle n'a pas été "
                    + "vérifiée.");
        }
        if (issuerId == null || verified.stream().noneMatch(c -> c.verificationMethod().startsWith(issuerId + "#"))) {
            return Optional.of("La signature n'est pas celle de l'émetteur que le badge nomme.");
        }
        return Optional.empty();
    }

    private static boolean isUnsupported(DataIntegrity.Check check) {
        return check.reason() != null && check.reason().startsWith("unsupported proof");
    }

    /** The checks of the proofs, made on the verifier's threads; a failed check if it takes too long. */
    private List<DataIntegrity.Check> checkedInTime(JsonObject credential) {
        Future<List<DataIntegrity.Check>> checks = proofs.submit(() -> DataIntegrity.verifyEach(credential));
        try {
            return checks.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            checks.cancel(true);
            LOG.info("Vérification de badge abandonnée après {} ms", timeout.toMillis());
            return List.of(new DataIntegrity.Check(false, null, "too complex: over the deadline"));
        } catch (ExecutionException e) {
            // StackOverflowError of a JSON-LD processing, say: the document is refused, the verifier goes on.
            LOG.info("Vérification de badge en échec : {}", e.getCause().toString());
            return List.of(new DataIntegrity.Check(false, null, "too complex: " + e.getCause()));
        } catch (InterruptedException e) {
            checks.cancel(true);
            Thread.currentThread().interrupt();
            return List.of(new DataIntegrity.Check(false, null, "too complex: interrupted"));
        }
    }

    /**
     * The image's path if it is one of this platform's achievement images, else null: nothing else is shown. A path,
     * not the signed address: the page shows it from its own origin, which its content policy allows.
     */
    private String ownImage(String url) {
        String own = address.url();
        return url != null && url.startsWith(own) && OWN_IMAGE.matcher(url.substring(own.length())).matches()
                ? url.substring(own.length()) : null;
    }

    /** How deep values are nested in this one. */
    private static int depth(JsonValue value) {
        int deepest = 0;
        if (value instanceof JsonObject object) {
            for (JsonValue v : object.values()) {
                deepest = Math.max(deepest, depth(v));
            }
        } else if (value instanceof JsonArray array) {
            for (JsonValue v : array) {
                deepest = Math.max(deepest, depth(v));
            }
        } else {
            return 0;
        }
        return deepest + 1;
    }

    /** The proof check's reason, in French for the one who uploaded the file. */
    private static String whyNotSigned(String reason) {
        String r = reason == null ? "" : reason;
        if (r.equals("no proof")) {
            return "Le badge n'est pas signé : il ne porte aucune preuve.";
        }
        if (r.startsWith("unsupported proof")) {
            return "Le badge est signé d'une façon que PEPITES ne vérifie pas (seule la suite eddsa-rdfc-2022 "
                    + "l'est).";
        }
        if (r.startsWith("too complex")) {
            return "Ce badge est trop complexe à vérifier (ses nœuds sans identifiant sont trop liés les uns aux "
                    + "autres, ou il a trop de preuves) : il est refusé.";
        }
        if (r.startsWith("too many proofs")) {
            return "Ce badge porte plus de preuves que PEPITES n'en vérifie : il est refusé.";
        }
        if (r.startsWith("not valid JSON-LD")) {
            return "Le badge emploie un contexte JSON-LD inconnu ou des propriétés qu'aucun contexte ne définit : "
                    + "sa signature ne peut pas être vérifiée.";
        }
        if (r.contains("did:key") || r.contains("base58") || r.contains("Ed25519")) {
            return "La clé de signature du badge est illisible (seules les clés did:key Ed25519 sont vérifiées).";
        }
        return "La signature ne correspond pas au contenu : le badge a été modifié depuis sa signature, ou n'a "
                + "pas été signé par cette clé.";
    }

    /** The reason it was revoked, if its status list (one of ours) says so. */
    private Optional<String> revocation(JsonObject credential, List<String> problems) {
        JsonObject status = object(credential.get("credentialStatus"));
        if (status == null) {
            return Optional.empty();
        }
        String list = status.getString("statusListCredential", "");
        String statusListPrefix = issuerKeys.statusListPrefix();
        if (!list.startsWith(statusListPrefix)) {
            problems.add("Le statut de révocation est publié par un autre site : il n'a pas été vérifié.");
            return Optional.empty();
        }
        try {
            long keyId = Long.parseLong(list.substring(statusListPrefix.length()));
            int index = Integer.parseInt(status.getString("statusListIndex", ""));
            Optional<IssuerKey> key = keys.findById(keyId);
            if (key.isEmpty() || key.get().getStatusList() == null) {
                problems.add("La liste de révocation du badge est introuvable.");
                return Optional.of("liste de révocation introuvable");
            }
            JsonObject signedList = Json.createReader(new StringReader(key.get().getStatusList())).readObject();
            String encoded = signedList.getJsonObject("credentialSubject").getString("encodedList");
            if (!StatusList.isSet(encoded, index)) {
                return Optional.empty();
            }
            return Optional.of(credentials.findByKeyAndIndex(keyId, index).map(Credential::getRevokedReason)
                    .orElse("révoqué par l'émetteur"));
        } catch (NumberFormatException | ClassCastException | NullPointerException e) {
            problems.add("Le statut de révocation du badge est illisible.");
            return Optional.of("statut illisible");
        } catch (IllegalArgumentException e) {
            problems.add("Le statut de révocation du badge est illisible.");
            return Optional.of("statut illisible");
        }
    }

    private static String recipientName(JsonObject subject) {
        JsonValue identifiers = subject.get("identifier");
        if (identifiers instanceof JsonArray array) {
            for (JsonValue v : array) {
                JsonObject id = object(v);
                if (id != null && "name".equals(id.getString("identityType", null)) && !id.getBoolean("hashed", true)) {
                    return id.getString("identityHash", null);
                }
            }
        }
        return subject.getString("name", null);
    }

    private static Instant instant(JsonObject credential, String field, List<String> problems) {
        String value = string(credential.get(field));
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            problems.add("La date « " + field + " » du badge est illisible.");
            return null;
        }
    }

    private static JsonObject object(JsonValue value) {
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
    }

    private static String string(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static List<String> strings(JsonValue value) {
        if (value instanceof JsonString s) {
            return List.of(s.getString());
        }
        if (value instanceof JsonArray array) {
            return array.stream().map(CredentialVerifier::string).filter(s -> s != null).toList();
        }
        return List.of();
    }
}
