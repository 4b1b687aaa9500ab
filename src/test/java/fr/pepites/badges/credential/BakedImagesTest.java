package fr.pepites.badges.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Credentials baked into PNG (iTXt chunk) and SVG images, and read back. */
class BakedImagesTest {

    private static final String CREDENTIAL = "{\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],"
            + "\"name\":\"Réemploi ]]> et accents\"}";

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void aBakedPngKeepsItsPictureAndCarriesTheCredentialInAnItxtChunk() throws Exception {
        byte[] baked = BakedImages.bakePng(png(), CREDENTIAL);

        assertThat(new String(baked, StandardCharsets.ISO_8859_1)).contains("iTXtopenbadgecredential");
        assertThat(BakedImages.extract(baked)).contains(CREDENTIAL);
        assertThat(ImageIO.read(new ByteArrayInputStream(baked)).getWidth()).as("still a valid PNG").isEqualTo(8);
        assertThat(BakedImages.extract(BakedImages.bakePng(baked, "{}"))).as("baked again: replaced").contains("{}");
    }

    @Test
    void aBakedSvgCarriesTheCredentialAsCdataInTheOpenBadgesNamespace() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\"><rect/></svg>"
                .getBytes(StandardCharsets.UTF_8);
        String baked = new String(BakedImages.bakeSvg(svg, CREDENTIAL), StandardCharsets.UTF_8);

        assertThat(baked).contains("xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"",
                "<openbadges:credential><![CDATA[");
        assertThat(BakedImages.extract(baked.getBytes(StandardCharsets.UTF_8))).contains(CREDENTIAL);
    }

    @Test
    void anImageWithoutACredentialHasNone() throws Exception {
        assertThat(BakedImages.extract(png())).isEmpty();
        assertThat(BakedImages.extract("plain text".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aPngWhoseChunkClaimsAnAbsurdLengthHoldsNoCredentialAndFailsNothing() throws Exception {
        byte[] baked = BakedImages.bakePng(png(), CREDENTIAL);
        // The first chunk after IHDR (8 + 25 bytes) is the credential's iTXt: its length now says 2 GB minus 16.
        java.nio.ByteBuffer.wrap(baked).putInt(33, Integer.MAX_VALUE - 15);

        assertThat(BakedImages.extract(baked)).isEmpty();
    }

    @Test
    void anSvgReadsTheFirstCredentialElementOnly() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">" + "<openbadges:credential><![CDATA[".repeat(3)
                + "x</svg>";

        assertThat(BakedImages.extract(svg.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(BakedImages.extract(BakedImages.bakeSvg(svg.getBytes(StandardCharsets.UTF_8), CREDENTIAL)))
                .contains(CREDENTIAL);
    }
}
