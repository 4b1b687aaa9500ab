package fr.pepites.badges.credential;

import java.math.BigInteger;
import java.util.Arrays;

/** Base58 with Bitcoin's alphabet ("base58btc"), the encoding of multibase values that start with {@code z}. */
final class Base58 {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Base58() {
    }

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        BigInteger value = new BigInteger(1, bytes);
        while (value.signum() > 0) {
            BigInteger[] division = value.divideAndRemainder(BASE);
            out.append(ALPHABET.charAt(division[1].intValue()));
            value = division[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.append(ALPHABET.charAt(0));
        }
        return out.reverse().toString();
    }

    /** The bytes of a base58btc string; an {@link IllegalArgumentException} if a character is not of the alphabet. */
    static byte[] decode(String text) {
        BigInteger value = BigInteger.ZERO;
        for (char c : text.toCharArray()) {
            int digit = ALPHABET.indexOf(c);
            if (digit < 0) {
                throw new IllegalArgumentException("not base58btc: " + c);
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.toByteArray();
        int start = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == ALPHABET.charAt(0)) {
            zeros++;
        }
        byte[] digits = value.signum() == 0 ? new byte[0] : Arrays.copyOfRange(magnitude, start, magnitude.length);
        byte[] out = new byte[zeros + digits.length];
        System.arraycopy(digits, 0, out, zeros, digits.length);
        return out;
    }
}
