package fr.pepites.badges.credential;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The bitstring of a W3C Bitstring Status List: one bit per credential (1 = revoked), bit 0 the leftmost bit of the
 * first byte, GZIP-compressed and written as multibase base64url ({@code u…}). {@value #LENGTH} bits, the minimum the
 * specification asks for so that a list says nothing about how many credentials an issuer signed.
 */
public final class StatusList {

    /** 16 KiB of bits. */
    public static final int LENGTH = 131_072;

    private StatusList() {
    }

    /** The encoded list in which exactly the bits of {@code revoked} are set. */
    public static String encode(BitSet revoked) {
        byte[] bytes = new byte[LENGTH / 8];
        revoked.stream().forEach(index -> bytes[index / 8] |= (byte) (0x80 >>> (index % 8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** Whether the bit at this index is set in the encoded list; an {@link IllegalArgumentException} if unreadable. */
    public static boolean isSet(String encoded, int index) {
        if (encoded == null || !encoded.startsWith("u")) {
            throw new IllegalArgumentException("encodedList is not multibase base64url");
        }
        byte[] bytes;
        try (GZIPInputStream gzip = new GZIPInputStream(
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            bytes = gzip.readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("encodedList is not a GZIP bitstring", e);
        }
        if (index < 0 || index / 8 >= bytes.length) {
            throw new IllegalArgumentException("status index outside the list");
        }
        return (bytes[index / 8] & (0x80 >>> (index % 8))) != 0;
    }
}
