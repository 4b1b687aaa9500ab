package fr.pepites.badges.credential;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * "Baked" badge images (Open Badges 3.0, section "Baking"): the signed credential carried inside the badge's own
 * image, so that the picture alone can be verified. PNG: an {@code iTXt} chunk of keyword {@value #KEYWORD}, right
 * after the header; SVG: an {@code <openbadges:credential>} element, the credential as CDATA, first in the root.
 */
public final class BakedImages {

    static final String KEYWORD = "openbadgecredential";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String SVG_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0";
    private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SVG_CREDENTIAL = Pattern.compile(
            "<openbadges:credential[^>]*>\\s*<!\\[CDATA\\[(.*?)]]>\\s*</openbadges:credential>", Pattern.DOTALL);

    private BakedImages() {
    }

    public static boolean isPng(byte[] bytes) {
        return bytes.length > PNG_SIGNATURE.length + 25
                && Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE);
    }

    /**
     * Whether these bytes are an SVG document: markup from its first character (after blanks and a byte order mark)
     * with an {@code <svg>} root near the top. A credential's JSON whose texts mention {@code <svg>} is not one.
     */
    public static boolean isSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        String start = head.stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        return start.startsWith("<") && SVG_ROOT.matcher(start).find();
    }

    /** The PNG with the credential in an iTXt chunk after IHDR (any credential it carried before removed). */
    public static byte[] bakePng(byte[] png, String credential) {
        if (!isPng(png)) {
            throw new IllegalArgumentException("not a PNG image");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + credential.length() + 64);
        out.writeBytes(PNG_SIGNATURE);
        int at = PNG_SIGNATURE.length;
        boolean baked = false;
        while (at + 12 <= png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (!fits(png, at, length)) {
                throw new IllegalArgumentException("truncated PNG");
            }
            int end = at + 12 + length;
            if (!(type.equals("iTXt") && keywordOf(png, at + 8, length).equals(KEYWORD))) {
                out.write(png, at, end - at);
            }
            if (type.equals("IHDR") && !baked) {
                out.writeBytes(chunk("iTXt", itxt(credential)));
                baked = true;
            }
            at = end;
        }
        return out.toByteArray();
    }

    /** The SVG with the credential as the first element of its root. */
    public static byte[] bakeSvg(byte[] svg, String credential) {
        String text = new String(svg, StandardCharsets.UTF_8);
        text = SVG_CREDENTIAL.matcher(text).replaceAll("");
        Matcher root = SVG_ROOT.matcher(text);
        if (!root.find()) {
            throw new IllegalArgumentException("not an SVG image");
        }
        String open = root.group();
        if (!open.contains("xmlns:openbadges")) {
            String closing = open.endsWith("/>") ? "/>" : ">";
            open = open.substring(0, open.length() - closing.length()) + " xmlns:openbadges=\"" + SVG_NAMESPACE + "\""
                    + closing;
        }
        String baked = text.substring(0, root.start()) + open + "\n<openbadges:credential><![CDATA["
                + credential.replace("]]>", "]]]]><![CDATA[>") + "]]></openbadges:credential>"
                + text.substring(root.end());
        return baked.getBytes(StandardCharsets.UTF_8);
    }

    /** The credential baked into a PNG or an SVG, if there is one. */
    public static Optional<String> extract(byte[] image) {
        if (isPng(image)) {
            int at = PNG_SIGNATURE.length;
            while (at + 12 <= image.length) {
                int length = ByteBuffer.wrap(image, at, 4).getInt();
                if (!fits(image, at, length)) {
                    return Optional.empty();
                }
                String type = new String(image, at + 4, 4, StandardCharsets.ISO_8859_1);
                if (type.equals("iTXt") && keywordOf(image, at + 8, length).equals(KEYWORD)) {
                    return textOf(image, at + 8, length);
                }
                at += 12 + length;
            }
            return Optional.empty();
        }
        if (isSvg(image)) {
            return svgCredential(new String(image, StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }

    /**
     * Whether a chunk of this declared length, at this offset, ends within the image: counted in {@code long}, as a
     * length near 2^31 written by anyone would wrap an {@code int} sum round to a small one.
     */
    private static boolean fits(byte[] png, int at, int length) {
        return length >= 0 && (long) at + 12 + length <= png.length;
    }

    /**
     * The CDATA of the first {@code <openbadges:credential>}, the pattern tried from that opening only: tried from
     * each of thousands of openings without an end, as a search would, it scans the rest of the file for each.
     */
    private static Optional<String> svgCredential(String svg) {
        int open = svg.indexOf("<openbadges:credential");
        if (open < 0) {
            return Optional.empty();
        }
        Matcher m = SVG_CREDENTIAL.matcher(svg).region(open, svg.length());
        return m.lookingAt() ? Optional.of(m.group(1).replace("]]]]><![CDATA[>", "]]>")) : Optional.empty();
    }

    /** iTXt data: keyword, NUL, no compression (0, 0), empty language and translated keyword, the UTF-8 text. */
    private static byte[] itxt(String text) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(KEYWORD.getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        data.write(0);
        data.write(0);
        data.write(0);
        data.write(0);
        data.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return data.toByteArray();
    }

    private static String keywordOf(byte[] png, int from, int length) {
        int end = from;
        while (end < from + length && png[end] != 0) {
            end++;
        }
        return new String(png, from, end - from, StandardCharsets.ISO_8859_1);
    }

    /** The text of an uncompressed iTXt chunk: after the keyword, two flag bytes and two NUL-terminated fields. */
    private static Optional<String> textOf(byte[] png, int from, int length) {
        int at = from + KEYWORD.length() + 1;
        if (at + 2 > from + length || png[at] != 0) {
            return Optional.empty();
        }
        at += 2;
        for (int nul = 0; nul < 2; nul++) {
            while (at < from + length && png[at] != 0) {
                at++;
            }
            at++;
        }
        return at > from + length ? Optional.empty()
                : Optional.of(new String(png, at, from + length - at, StandardCharsets.UTF_8));
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }
}
