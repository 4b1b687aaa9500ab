package fr.pepites.badges.credential;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * An Ed25519 public key as a {@code did:key} identifier ({@code did:key:z6Mk…}) and its verification method
 * ({@code did:key:z6Mk…#z6Mk…}): the multibase (base58btc) of the multicodec prefix {@code 0xed01} and the key's 32
 * bytes. A did:key describes itself: a verifier needs nothing but the identifier to check a signature, so credentials
 * signed with a key verify for ever, whatever keys the issuer uses later.
 */
public final class DidKey {

    private static final byte[] MULTICODEC_ED25519 = {(byte) 0xed, 0x01};
    /** The DER header of an Ed25519 public key in X.509 form; the raw key follows it. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private DidKey() {
    }

    /** {@code did:key:z6Mk…} of this Ed25519 public key. */
    public static String of(PublicKey key) {
        byte[] raw = raw(key);
        byte[] prefixed = new byte[MULTICODEC_ED25519.length + raw.length];
        System.arraycopy(MULTICODEC_ED25519, 0, prefixed, 0, 2);
        System.arraycopy(raw, 0, prefixed, 2, raw.length);
        return "did:key:z" + Base58.encode(prefixed);
    }

    /** The verification method of this did:key: the DID, {@code #}, its multibase key. */
    public static String verificationMethod(String did) {
        return did + "#" + did.substring("did:key:".length());
    }

    /**
     * The public key a did:key verification method ({@code did:key:z6Mk…#z6Mk…}, or the bare DID) names; an
     * {@link IllegalArgumentException} if it is not an Ed25519 did:key.
     */
    public static PublicKey publicKey(String verificationMethod) {
        String did = verificationMethod.contains("#")
                ? verificationMethod.substring(0, verificationMethod.indexOf('#')) : verificationMethod;
        if (!did.startsWith("did:key:z")) {
            throw new IllegalArgumentException("not a did:key: " + verificationMethod);
        }
        byte[] prefixed = Base58.decode(did.substring("did:key:z".length()));
        if (prefixed.length != 34 || prefixed[0] != MULTICODEC_ED25519[0] || prefixed[1] != MULTICODEC_ED25519[1]) {
            throw new IllegalArgumentException("not an Ed25519 did:key: " + verificationMethod);
        }
        byte[] encoded = new byte[X509_PREFIX.length + 32];
        System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
        System.arraycopy(prefixed, 2, encoded, X509_PREFIX.length, 32);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 key: " + verificationMethod, e);
        }
    }

    private static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded.length != X509_PREFIX.length + 32
                || !Arrays.equals(Arrays.copyOf(encoded, X509_PREFIX.length), X509_PREFIX)) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }
}
