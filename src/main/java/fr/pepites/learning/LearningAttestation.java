package fr.pepites.learning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A learning record as a PDF attestation (made with Apache PDFBox): who, over which period, the hours by kind and
 * modality, each activity with its origin, the badges its rules awarded, and who made the document and when. Texts are
 * written with a standard font: a character it cannot write (an emoji typed in a reason) shows as "?".
 */
final class LearningAttestation {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private LearningAttestation() {
    }

    /** The attestation of this record, made today by {@code madeBy}; {@code words} gives the labels of kinds. */
    static byte[] of(LearningLedger.LearningRecord record, String madeBy, LocalDate today,
            Function<String, String> words) {
        try (PDDocument document = new PDDocument()) {
            Writer out = new Writer(document);
            out.line("Attestation de formation", 18, true);
            out.line("PEPITES — plateforme du réseau IAE", 10, false);
            out.space(12);
            out.paragraph("Le relevé de formation de " + record.learnerName() + " compte, du "
                    + DATE.format(record.from()) + " au " + DATE.format(record.to()) + ", "
                    + hours(record.totals().minutes()) + " d'activités de formation, détaillées ci-dessous.", 11);
            out.space(8);
            out.line("Par type d'activité", 12, true);
            for (Map.Entry<ActivityKind, Integer> e : record.totals().byKind().entrySet()) {
                out.paragraph("– " + words.apply("learning.kind." + e.getKey().name()) + " : " + hours(e.getValue()), 10);
            }
            out.space(6);
            out.line("Par modalité", 12, true);
            for (Map.Entry<Modality, Integer> e : record.totals().byModality().entrySet()) {
                out.paragraph("– " + words.apply("learning.modality." + e.getKey().name()) + " : "
                        + hours(e.getValue()), 10);
            }
            out.space(6);
            out.line("Activités", 12, true);
            if (record.activities().isEmpty()) {
                out.paragraph("Aucune activité sur cette période.", 10);
            }
            for (LearningLedger.ActivityRow a : record.activities()) {
                out.paragraph(DATE.format(a.date()) + " — " + words.apply("learning.kind." + a.kind().name()) + ", "
                        + hours(a.minutes()) + ", " + words.apply("learning.modality." + a.modality().name()) + " ("
                        + a.origin() + ")" + (a.evidenceText() == null ? "" : " — " + a.evidenceText()), 10);
            }
            List<AwardRules.Progress> earned = record.progress().stream().filter(AwardRules.Progress::awarded).toList();
            if (!earned.isEmpty()) {
                out.space(6);
                out.line("Badges obtenus", 12, true);
                for (AwardRules.Progress p : earned) {
                    out.paragraph("– " + p.achievementName() + " (" + p.wording() + ")", 10);
                }
            }
            out.space(12);
            out.paragraph("Document établi le " + DATE.format(today) + " par " + madeBy + ", à partir du relevé de "
                    + "formation tenu par la plateforme. Les badges se vérifient en ligne sur leur page publique.", 9);
            out.close();
            document.getDocumentInformation().setTitle("Attestation de formation — " + record.learnerName());
            document.getDocumentInformation().setAuthor("PEPITES");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hours(int minutes) {
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : String.format(" %02d", minutes % 60));
    }

    /** Lines and wrapped paragraphs down the pages, a new page when one is full. */
    private static final class Writer {

        private final PDDocument document;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void space(float points) {
            y -= points;
        }

        void line(String text, float size, boolean strong) throws IOException {
            write(writable(text, strong ? bold : regular), size, strong ? bold : regular);
        }

        void paragraph(String text, float size) throws IOException {
            String clean = writable(text, regular);
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : fitted(clean.split(" "), size)) {
                String tried = current.isEmpty() ? word : current + " " + word;
                if (regular.getStringWidth(tried) / 1000 * size > WIDTH && !current.isEmpty()) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(tried);
                }
            }
            lines.add(current.toString());
            for (String line : lines) {
                write(line, size, regular);
            }
        }

        /** The words, each wider than a line cut into pieces that fit. */
        private List<String> fitted(String[] words, float size) throws IOException {
            List<String> out = new ArrayList<>();
            for (String word : words) {
                String rest = word;
                while (regular.getStringWidth(rest) / 1000 * size > WIDTH) {
                    // The longest start of the word that fits, found by halving.
                    int fits = 1;
                    int over = rest.length();
                    while (over - fits > 1) {
                        int middle = (fits + over) / 2;
                        if (regular.getStringWidth(rest.substring(0, middle)) / 1000 * size > WIDTH) {
                            over = middle;
                        } else {
                            fits = middle;
                        }
                    }
                    out.add(rest.substring(0, fits));
                    rest = rest.substring(fits);
                }
                out.add(rest);
            }
            return out;
        }

        private void write(String text, float size, PDType1Font font) throws IOException {
            if (y - size < MARGIN) {
                newPage();
            }
            y -= size * 1.4f;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(MARGIN, y);
            page.showText(text);
            page.endText();
        }

        /** The text with what the font cannot write replaced by "?", line breaks by spaces. */
        private static String writable(String text, PDType1Font font) {
            StringBuilder out = new StringBuilder();
            text.replaceAll("\\s", " ").codePoints().forEach(c -> {
                String ch = new String(Character.toChars(c));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        void close() throws IOException {
            page.close();
        }
    }
}
