package fr.pepites.badges;

import fr.pepites.badges.credential.DataIntegrity;
import fr.pepites.badges.credential.DidKey;
import fr.pepites.badges.credential.OpenBadgeCredential;
import fr.pepites.badges.credential.StatusList;
import fr.pepites.common.PublicAddress;
import fr.pepites.directory.Organisation;
import jakarta.json.JsonObject;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The issuers' signing keys: generated per organisation, the private key stored encrypted (AES-256-GCM, the key of
 * {@code pepites.badges.key-encryption-key}), decrypted once per key and kept in memory to sign; rotation; the
 * signed revocation list of each key, published at {@code /public/badges/statuts/<key id>}.
 */
@Component
class IssuerKeys {

    static final String DEMO_KEY = "ZGVtby1vbmx5LWtleS1kby1ub3QtdXNlLWluLXByb2Q=";
    private static final Logger LOG = LoggerFactory.getLogger(IssuerKeys.class);
    private static final int IV_BYTES = 12;

    private final IssuerKeyRepository keys;
    private final CredentialRepository credentials;
    private final SecretKeySpec encryptionKey;
    private final PublicAddress address;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, PrivateKey> decrypted = new ConcurrentHashMap<>();

    IssuerKeys(IssuerKeyRepository keys, CredentialRepository credentials,
            @Value("${pepites.badges.key-encryption-key}") String encryptionKey,
            PublicAddress address) {
        this.keys = keys;
        this.credentials = credentials;
        byte[] key = Base64.getDecoder().decode(encryptionKey.trim());
        if (key.length != 32) {
            throw new IllegalStateException("pepites.badges.key-encryption-key must be 32 bytes in Base64");
        }
        if (DEMO_KEY.equals(encryptionKey.trim())) {
            LOG.warn("Badge signing keys are encrypted with the demo key: set PEPITES_BADGES_KEY in production");
        }
        this.encryptionKey = new SecretKeySpec(key, "AES");
        this.address = address;
    }

    /** The organisation's current key, locked for this transaction; a new one if it has none. */
    IssuerKey currentOf(Organisation organisation) {
        return keys.findCurrentForUpdate(organisation.getId()).orElseGet(() -> create(organisation));
    }

    /** Retires the organisation's current key (if any) and gives it a new one. */
    IssuerKey rotate(Organisation organisation) {
        keys.findCurrentForUpdate(organisation.getId()).ifPresent(IssuerKey::retire);
        keys.flush();
        return create(organisation);
    }

    private IssuerKey create(Organisation organisation) {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        IssuerKey key = keys.save(new IssuerKey(organisation, DidKey.of(pair.getPublic()),
                encrypt(pair.getPrivate().getEncoded())));
        decrypted.put(key.getId(), pair.getPrivate());
        publishStatusList(key);
        return key;
    }

    /** The document signed by this key, with a proof created now; never without the platform's public address. */
    JsonObject sign(IssuerKey key, JsonObject document) {
        address.forCredentials();
        return DataIntegrity.sign(document, privateKey(key), DidKey.verificationMethod(key.getDid()), Instant.now());
    }

    /** Signs again the key's revocation list, with the credentials revoked so far. */
    void publishStatusList(IssuerKey key) {
        BitSet revoked = new BitSet(StatusList.LENGTH);
        credentials.findRevokedIndices(key.getId()).forEach(revoked::set);
        JsonObject list = OpenBadgeCredential.statusList(statusListUrl(key), key.getDid(), Instant.now(),
                StatusList.encode(revoked));
        key.publish(sign(key, list).toString());
    }

    String statusListUrl(IssuerKey key) {
        return statusListUrl(key.getId());
    }

    String statusListUrl(long keyId) {
        return statusListPrefix() + keyId;
    }

    /** What the URL of every revocation list this application publishes starts with. */
    String statusListPrefix() {
        return address.url() + "/public/badges/statuts/";
    }

    private PrivateKey privateKey(IssuerKey key) {
        return decrypted.computeIfAbsent(key.getId(), id -> {
            try {
                return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(
                        decrypt(key.getPrivateKey())));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("badge key " + id + " cannot be read", e);
            }
        });
    }

    /** The initialisation vector, then the AES-GCM ciphertext and its tag. */
    private byte[] encrypt(byte[] plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] decrypt(byte[] stored) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, stored, 0, IV_BYTES));
        return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
    }
}
