package fr.pepites.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pepites.badges.credential.BakedImages;
import fr.pepites.common.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * The badge images an achievement takes (issue 26, finding 8): each way around the former blocklist is refused
 * with what it is, a drawing is kept and still bakes, a PNG must be one and of a sensible size.
 */
class BadgeImagesTest {

    private static final String SVG_NS = "xmlns=\"http://www.w3.org/2000/svg\"";
    private static final String XLINK_NS = "xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

    private static byte[] checked(String svg) {
        return BadgeImages.check(new AchievementData.BadgeImage(svg.getBytes(StandardCharsets.UTF_8),
                "image/svg+xml")).bytes();
    }

    private static String refusalOf(String svg) {
        try {
            checked(svg);
        } catch (InvalidInputException e) {
            return e.messageFor("image");
        }
        throw new AssertionError("accepted: " + svg);
    }

    @Test
    void aScriptBehindANamespacePrefixIsRefused() {
        assertThat(refusalOf("<svg " + SVG_NS + " xmlns:s=\"http://www.w3.org/2000/svg\">"
                + "<s:script>alert(document.domain)</s:script></svg>"))
                .startsWith("Cette image SVG contient l'élément « s:script », refusé");
    }

    @Test
    void anEntityEncodedJavascriptLinkIsRefused() {
        assertThat(refusalOf("<svg " + SVG_NS + " " + XLINK_NS + "><use xlink:href=\"&#106;avascript:alert(1)\"/>"
                + "</svg>")).startsWith("Cette image SVG contient un lien vers « javascript:alert(1) » sur l'élément "
                        + "« use », refusé");
        assertThat(refusalOf("<svg " + SVG_NS + "><a href=\"&#x6A;avascript:alert(1)\"><circle r=\"5\"/></a></svg>"))
                .contains("l'élément « a », refusé");
    }

    @Test
    void anAnimationThatSetsALinkIsRefused() {
        assertThat(refusalOf("<svg " + SVG_NS + "><a><animate attributeName=\"href\" to=\"javascript:alert(1)\"/>"
                + "<text>Cliquez</text></a></svg>")).contains("l'élément « a », refusé");
        assertThat(refusalOf("<svg " + SVG_NS + "><g><animate attributeName=\"href\" values=\"javascript:alert(1)\"/>"
                + "</g></svg>")).contains("l'élément « animate », refusé");
        assertThat(refusalOf("<svg " + SVG_NS + "><g><set attributeName=\"href\" to=\"javascript:alert(1)\"/></g>"
                + "</svg>")).contains("l'élément « set », refusé");
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedWithoutBeingRead() {
        assertThat(refusalOf("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<svg " + SVG_NS + "><text>&secret;</text></svg>"))
                .startsWith("Cette image SVG déclare un DOCTYPE");
    }

    @Test
    void anHtmlPageNamedSvgIsRefused() {
        assertThat(refusalOf("<html><body><svg " + SVG_NS + "/><form action=\"https://example.org/vol\">"
                + "<input name=\"motdepasse\" type=\"password\"/></form></body></html>"))
                .isEqualTo("Ce fichier n'est pas une image SVG : il commence par l'élément « html » et non par "
                        + "<svg xmlns=\"http://www.w3.org/2000/svg\">.");
        assertThat(refusalOf("<!doctype html><html><svg><img src=x onerror=alert(1)></svg></html>"))
                .startsWith("Cette image SVG déclare un DOCTYPE");
        assertThat(refusalOf("<html><svg><img src=x onerror=alert(1)></svg>"))
                .startsWith("Cette image SVG n'est pas un fichier XML lisible");
    }

    @Test
    void anSvgRootOutsideTheSvgNamespaceIsRefused() {
        assertThat(refusalOf("<svg><circle r=\"5\"/></svg>"))
                .startsWith("Ce fichier n'est pas une image SVG : il commence par l'élément « svg » et non par");
    }

    @Test
    void anEventAttributeIsRefused() {
        assertThat(refusalOf("<svg " + SVG_NS + " onload=\"alert(1)\"/>"))
                .startsWith("Cette image SVG contient l'attribut « onload » sur l'élément « svg », refusé");
    }

    @Test
    void foreignContentIsRefused() {
        assertThat(refusalOf("<svg " + SVG_NS + "><foreignObject><body xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<script>alert(1)</script></body></foreignObject></svg>"))
                .contains("l'élément « foreignObject », refusé");
    }

    @Test
    void aStyleLoadingFromElsewhereIsRefused() {
        assertThat(refusalOf("<svg " + SVG_NS + "><rect width=\"5\" height=\"5\" "
                + "style=\"fill: url( 'https://example.org/suivi.png' )\"/></svg>"))
                .contains("un lien vers « https://example.org/suivi.png », refusé");
        assertThat(refusalOf("<svg " + SVG_NS + "><style>@import url(#a); rect { fill: red }</style></svg>"))
                .contains("un style qui importe ou masque son contenu");
        assertThat(refusalOf("<svg " + SVG_NS + "><style>rect { fill: \\75 rl(https://example.org) }</style></svg>"))
                .contains("un style qui importe ou masque son contenu");
    }

    @Test
    void aDrawingWithGradientsAndLocalReferencesIsKeptWithoutItsCommentsAndStillBakes() {
        byte[] stored = checked("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Dessiné à la main -->\n"
                + "<svg " + SVG_NS + " " + XLINK_NS + " width=\"100\" height=\"100\" viewBox=\"0 0 100 100\">"
                + "<title>Tri textile</title><defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#1f5f8b\"/>"
                + "<stop offset=\"1\" stop-color=\"#fff\"/></linearGradient><circle id=\"c\" r=\"40\"/></defs>"
                + "<style>.t { font-family: sans-serif; fill: url(#g) }</style>"
                + "<use xlink:href=\"#c\" x=\"50\" y=\"50\" fill=\"url(#g)\" stroke=\"#000\" stroke-width=\"2\"/>"
                + "<text class=\"t\" x=\"50\" y=\"55\" text-anchor=\"middle\">Tri &amp; <![CDATA[réemploi]]></text>"
                + "</svg>");

        String text = new String(stored, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<svg ").contains("xlink:href=\"#c\"", "fill=\"url(#g)\"", "Tri &amp; ",
                "réemploi").doesNotContain("Dessiné à la main");
        byte[] baked = BakedImages.bakeSvg(stored, "{\"id\":\"urn:uuid:1\"}");
        assertThat(BakedImages.extract(baked)).contains("{\"id\":\"urn:uuid:1\"}");
    }

    @Test
    void usesNestedToDrawMillionsOfElementsAreRefused() {
        StringBuilder svg = new StringBuilder("<svg " + SVG_NS + "><defs><circle id=\"l0\" r=\"1\"/>");
        for (int level = 1; level <= 8; level++) {
            svg.append("<g id=\"l").append(level).append("\">");
            for (int i = 0; i < 10; i++) {
                svg.append("<use href=\"#l").append(level - 1).append("\"/>");
            }
            svg.append("</g>");
        }
        svg.append("</defs><use href=\"#l8\"/></svg>");

        assertThat(refusalOf(svg.toString())).startsWith("Cette image SVG réutilise ses éléments tant de fois");
    }

    @Test
    void masksAppliedByAStyleSheetAreRefusedItsGradientsKept() {
        // Found by the attack review: eight levels of masks of ten rectangles, each level masked through a rule.
        StringBuilder svg = new StringBuilder("<svg " + SVG_NS + "><style>");
        for (int level = 1; level <= 7; level++) {
            svg.append("#m").append(level).append(" rect{mask:url(#m").append(level - 1).append(")} ");
        }
        svg.append(".top{mask:url(#m7)}</style><defs>");
        for (int level = 0; level <= 7; level++) {
            svg.append("<mask id=\"m").append(level).append("\">");
            for (int i = 0; i < 10; i++) {
                svg.append("<rect x=\"").append(i).append("\" width=\"150\" height=\"150\" fill=\"white\"/>");
            }
            svg.append("</mask>");
        }
        svg.append("</defs><rect class=\"top\" width=\"200\" height=\"200\"/></svg>");
        assertThat(refusalOf(svg.toString())).contains("seuls les dégradés peuvent y être nommés");

        assertThat(new String(checked("<svg " + SVG_NS + "><style>.a{fill:URL(#Fond)}</style><defs>"
                + "<linearGradient id=\"Fond\"><stop offset=\"0\"/></linearGradient></defs>"
                + "<rect class=\"a\" width=\"9\" height=\"9\"/></svg>"), StandardCharsets.UTF_8)).contains("#Fond");
    }

    @Test
    void markersDrawnAtEachPointOfALineAreRefused() {
        assertThat(refusalOf("<svg " + SVG_NS + "><defs><marker id=\"k\"><circle r=\"1\"/></marker></defs>"
                + "<polyline points=\"0,0 1,1 2,2\" marker-mid=\"url(#k)\"/></svg>")).contains("« marker »");
    }

    @Test
    void anElementThatUsesItselfIsRefused() {
        assertThat(refusalOf("<svg " + SVG_NS + "><g id=\"a\"><use href=\"#a\"/></g></svg>"))
                .startsWith("Cette image SVG contient un élément qui se réutilise lui-même");
    }

    @Test
    void aDrawingThatReusesASymbolAFewTimesIsKept() {
        assertThat(new String(checked("<svg " + SVG_NS + "><defs><symbol id=\"star\"><path d=\"M0 0L1 1\"/>"
                + "</symbol><pattern id=\"p\"><use href=\"#star\"/></pattern></defs>"
                + "<use href=\"#star\"/><use href=\"#star\"/><rect fill=\"url(#p)\" width=\"9\"/></svg>"),
                StandardCharsets.UTF_8)).contains("url(#p)");
    }

    @Test
    void aPngDeclaringAnAbsurdSizeIsRefused() {
        assertThat(BadgeImages.pngRefusal(png(12000, 12000))).contains("Cette image PNG annonce 12000 × 12000 "
                + "pixels : une image de badge fait au plus 4096 × 4096 pixels.");
        assertThat(BadgeImages.pngRefusal(png(0, 10))).hasValueSatisfying(m -> assertThat(m).contains("0 × 10"));
        assertThat(BadgeImages.pngRefusal(png(-1, 10))).hasValueSatisfying(m -> assertThat(m)
                .contains("4294967295 × 10"));
        assertThatThrownBy(() -> BadgeImages.check(new AchievementData.BadgeImage(png(12000, 12000), "image/png")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageFor("image")).contains("12000 × 12000"));
    }

    @Test
    void bytesThatAreNotAPngBehindItsSignatureAreRefused() {
        byte[] sound = png(400, 400);
        byte[] oversizedChunk = sound.clone();
        ByteBuffer.wrap(oversizedChunk).putInt(8 + 25, 0x7fffff00);
        byte[] noHeader = sound.clone();
        noHeader[12] = 'X';
        byte[] html = ("\u0089PNG\r\n\u001a\n<html><script>alert(1)</script></html>").getBytes(
                StandardCharsets.ISO_8859_1);

        assertThat(BadgeImages.pngRefusal(sound)).isEmpty();
        assertThat(BadgeImages.pngRefusal(drawn())).isEmpty();
        assertThat(BadgeImages.pngRefusal(oversizedChunk)).contains("Cette image PNG est abîmée ou tronquée : un de "
                + "ses blocs dépasse la fin du fichier.");
        assertThat(BadgeImages.pngRefusal(noHeader)).contains("Cette image PNG est abîmée : son en-tête (IHDR) n'est "
                + "pas au début.");
        assertThat(BadgeImages.pngRefusal(html)).isPresent();
        assertThat(BadgeImages.pngRefusal(java.util.Arrays.copyOf(sound, sound.length - 12)))
                .contains("Cette image PNG est tronquée : elle n'a pas de fin (IEND).");
    }

    private static byte[] drawn() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB), "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG made of its signature, a header declaring this size, an empty data chunk and its end. */
    private static byte[] png(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6);
        ByteBuffer out = ByteBuffer.allocate(8 + 25 + 12 + 12);
        out.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", new byte[0]);
        chunk(out, "IEND", new byte[0]);
        return out.array();
    }

    private static void chunk(ByteBuffer out, String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        out.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data)
                .putInt((int) crc.getValue());
    }
}
