package fr.pepites.badges;

import fr.pepites.badges.credential.DataIntegrity;
import fr.pepites.badges.credential.StatusList;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The application's own verifier of Open Badges 3.0 credentials, ours or anyone's: the proof
 * ({@code eddsa-rdfc-2022}, key of the issuer), the dates, and the revocation status when the list is one this
 * application publishes (another issuer's list would have to be fetched: it is reported as not checked).
 */
@Component
class CredentialVerifier {

    private final IssuerKeyRepository keys;
    private final CredentialRepository credentials;
    private final String statusListPrefix;

    CredentialVerifier(IssuerKeyRepository keys, CredentialRepository credentials, IssuerKeys issuerKeys) {
        this.keys = keys;
        this.credentials = credentials;
        this.statusListPrefix = issuerKeys.statusListPrefix();
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

        DataIntegrity.Check proof;
        try {
            proof = DataIntegrity.verify(credential);
        } catch (RuntimeException e) {
            proof = new DataIntegrity.Check(false, null, e.getMessage());
        }
        boolean signature = proof.verified();
        if (!signature) {
            problems.add(whyNotSigned(proof.reason()));
        } else if (issuerId == null || !proof.verificationMethod().startsWith(issuerId + "#")) {
            signature = false;
            problems.add("La signature n'est pas celle de l'émetteur que le badge nomme.");
        }
        Instant from = instant(credential, "validFrom", problems);
        Instant until = instant(credential, "validUntil", problems);
        String revocation = null;
        Verification.Status status = Verification.Status.VALID;
        Optional<String> revoked = revocation(credential, problems);
        if (!signature) {
            status = Verification.Status.INVALID;
        } else if (revoked.isPresent()) {
            status = Verification.Status.REVOKED;
            revocation = revoked.get();
        } else if (until != null && !until.isAfter(now)) {
            status = Verification.Status.EXPIRED;
        } else if (from != null && from.isAfter(now)) {
            status = Verification.Status.NOT_YET_VALID;
        }
        String image = null;
        if (achievement != null) {
            JsonObject imageObject = object(achievement.get("image"));
            image = imageObject != null ? imageObject.getString("id", null) : string(achievement.get("image"));
        }
        JsonObject criteria = achievement == null ? null : object(achievement.get("criteria"));
        return new Verification(status, signature,
                achievement == null ? null : achievement.getString("name", null), image,
                criteria == null ? null : criteria.getString("narrative", null),
                issuer == null ? issuerId : issuer.getString("name", issuerId), issuerId,
                subject == null ? null : recipientName(subject), from, until, revocation, List.copyOf(problems));
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
