package fr.pepites.badges;

import fr.pepites.badges.credential.BakedImages;
import fr.pepites.common.InvalidInputException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Badge images: the uploads accepted (a sound PNG or a safe SVG, at most {@value #MAX_BYTES} bytes), the
 * picture of an achievement that has none (a medallion with its name), and the two baked forms of every credential,
 * whatever the achievement's own image: a PNG (the image, or the medallion for an SVG one) and an SVG (the image,
 * or an SVG framing the PNG).
 */
public final class BadgeImages {

    static final int MAX_BYTES = 512 * 1024;
    static final String PNG = "image/png";
    static final String SVG = "image/svg+xml";
    /** The widest and tallest image a badge takes, in pixels. */
    static final int MAX_SIDE = 4096;
    private static final int PNG_SIGNATURE_LENGTH = 8;
    private static final int SIZE = 400;

    private BadgeImages() {
    }

    /** The upload as stored, its type found from its bytes; a French message for anything else. */
    static AchievementData.BadgeImage check(AchievementData.BadgeImage upload) {
        byte[] bytes = upload.bytes();
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of("image", "L'image est vide.");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of("image", "L'image dépasse " + MAX_BYTES / 1024 + " Ko : réduisez-la.");
        }
        if (BakedImages.isPng(bytes)) {
            pngRefusal(bytes).ifPresent(refusal -> {
                throw InvalidInputException.of("image", refusal);
            });
            return new AchievementData.BadgeImage(bytes, PNG);
        }
        if (BakedImages.isSvg(bytes)) {
            try {
                return new AchievementData.BadgeImage(SafeSvg.checked(bytes), SVG);
            } catch (SafeSvg.Refused e) {
                throw InvalidInputException.of("image", e.getMessage());
            }
        }
        throw InvalidInputException.of("image", "L'image doit être un fichier PNG ou SVG.");
    }

    /**
     * Why these bytes are not a PNG a badge may show, in French: not a PNG, its header (IHDR) not first, a chunk
     * longer than the file, no end (IEND), or a size of nothing or over {@value #MAX_SIDE} pixels a side (a small
     * file can declare a picture that takes gigabytes to draw). Empty for a sound PNG. Nothing is decoded.
     */
    public static Optional<String> pngRefusal(byte[] png) {
        if (!BakedImages.isPng(png)) {
            return Optional.of("Ce fichier n'est pas une image PNG.");
        }
        ByteBuffer chunks = ByteBuffer.wrap(png);
        int at = PNG_SIGNATURE_LENGTH;
        if (chunks.getInt(at) != 13 || !"IHDR".equals(chunkType(png, at))) {
            return Optional.of("Cette image PNG est abîmée : son en-tête (IHDR) n'est pas au début.");
        }
        long width = Integer.toUnsignedLong(chunks.getInt(at + 8));
        long height = Integer.toUnsignedLong(chunks.getInt(at + 12));
        if (width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE) {
            return Optional.of("Cette image PNG annonce " + width + " × " + height + " pixels : une image de badge "
                    + "fait au plus " + MAX_SIDE + " × " + MAX_SIDE + " pixels.");
        }
        while (at + 12 <= png.length) {
            long end = at + 12L + Integer.toUnsignedLong(chunks.getInt(at));
            if (end > png.length) {
                return Optional.of("Cette image PNG est abîmée ou tronquée : un de ses blocs dépasse la fin du "
                        + "fichier.");
            }
            if ("IEND".equals(chunkType(png, at))) {
                return Optional.empty();
            }
            at = (int) end;
        }
        return Optional.of("Cette image PNG est tronquée : elle n'a pas de fin (IEND).");
    }

    /**
     * Why this SVG is not one a badge may show, in French (see {@link SafeSvg}: no DTD, drawing elements and
     * attributes only, links only to its own elements); empty for a safe one.
     */
    public static Optional<String> svgRefusal(byte[] svg) {
        try {
            SafeSvg.checked(svg);
            return Optional.empty();
        } catch (SafeSvg.Refused e) {
            return Optional.of(e.getMessage());
        }
    }

    private static String chunkType(byte[] png, int at) {
        return new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
    }

    /** The achievement's image, or its medallion (PNG) if it has none: the picture of the verification page. */
    static Image of(Achievement a) {
        return a.hasImage() ? new Image(a.getImage(), a.getImageType()) : new Image(medallion(a), PNG);
    }

    static byte[] bakedPng(Achievement a, String credential) {
        byte[] png = a.hasImage() && PNG.equals(a.getImageType()) ? a.getImage() : medallion(a);
        return BakedImages.bakePng(png, credential);
    }

    static byte[] bakedSvg(Achievement a, String credential) {
        byte[] svg;
        if (a.hasImage() && SVG.equals(a.getImageType())) {
            svg = a.getImage();
        } else {
            byte[] png = a.hasImage() ? a.getImage() : medallion(a);
            svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + SIZE + "\" height=\"" + SIZE
                    + "\" viewBox=\"0 0 " + SIZE + " " + SIZE + "\"><image width=\"" + SIZE + "\" height=\"" + SIZE
                    + "\" href=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\"/></svg>")
                    .getBytes(StandardCharsets.UTF_8);
        }
        return BakedImages.bakeSvg(svg, credential);
    }

    /** A round medallion in the kind's colour with the achievement's name. */
    static byte[] medallion(Achievement a) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(colour(a.getKind()));
        g.fillOval(10, 10, SIZE - 20, SIZE - 20);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(8));
        g.drawOval(30, 30, SIZE - 60, SIZE - 60);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
        FontMetrics metrics = g.getFontMetrics();
        List<String> lines = wrap(a.getName(), metrics, SIZE - 110);
        int y = SIZE / 2 - (lines.size() * metrics.getHeight()) / 2 + metrics.getAscent();
        for (String line : lines) {
            g.drawString(line, (SIZE - metrics.stringWidth(line)) / 2, y);
            y += metrics.getHeight();
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines.size() > 5 ? List.of(text.length() > 40 ? text.substring(0, 40) + "…" : text) : lines;
    }

    private static Color colour(BadgeKind kind) {
        return switch (kind == null ? BadgeKind.COMPETENCE : kind) {
            case COMPETENCE -> new Color(0x1f5f8b);
            case PEER_EXCHANGE -> new Color(0x2e7d32);
            case WEB_CONFERENCE -> new Color(0x6a1b9a);
            case EVENT -> new Color(0xc62828);
            case TWINNING -> new Color(0xef6c00);
            case PATH -> new Color(0x37474f);
        };
    }

    /** An image and its content type. */
    public record Image(byte[] bytes, String contentType) {

        public String extension() {
            return contentType.toLowerCase(Locale.ROOT).contains("svg") ? "svg" : "png";
        }
    }
}
