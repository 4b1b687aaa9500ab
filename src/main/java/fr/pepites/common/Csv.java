package fr.pepites.common;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A CSV file as French spreadsheets open it: semicolons between fields, UTF-8 with a byte-order mark, fields quoted
 * when they hold a semicolon, a quote or a line break. Every CSV export of the application is written here.
 *
 * <p>A spreadsheet runs a cell that starts with {@code = + - @}, a tab or a carriage return as a formula: a user's
 * text such as {@code =HYPERLINK("https://…")} would run on the computer of whoever opens the export (issue 26,
 * finding 7). Such a cell is written after a single quote, which spreadsheets read as "text", as OWASP advises;
 * numbers, and texts that are a plain number ({@code -3}, {@code 12,5}), are left as they are.
 */
public final class Csv {

    private static final String BOM = "\uFEFF";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?");

    private Csv() {
    }

    public static byte[] of(List<String> header, List<? extends List<?>> rows) {
        StringBuilder csv = new StringBuilder(BOM).append(line(header));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<?> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(";")) + "\r\n";
    }

    private static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (!(value instanceof Number) && startsAFormula(text) && !PLAIN_NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        return text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /**
     * The lines of a CSV file read in (RFC 4180: fields quoted with double quotes, a quote doubled inside), separated
     * by commas or, when its first line holds more of them, semicolons; a byte-order mark is dropped, blank lines are
     * kept as empty records.
     */
    public static List<List<String>> parse(String text) {
        return records(text).stream().map(Record::fields).toList();
    }

    /** A quote opened on this line of the file and never closed. */
    public static final class UnclosedQuote extends IllegalArgumentException {

        private final int line;

        UnclosedQuote(int line) {
            super("A quote opened on line " + line + " is never closed");
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** A record of a CSV file read in, with the line of the file it starts on (1 for the first). */
    public record Record(int line, List<String> fields) {
    }

    /**
     * The records of a CSV file, as {@link #parse} reads them, each with the line it starts on (a quoted field may span
     * lines); a quote never closed is refused ({@link IllegalArgumentException} naming its line), rather than taking
     * the rest of the file as one field.
     */
    public static List<Record> records(String text) {
        String content = text.startsWith(BOM) ? text.substring(1) : text;
        String first = content.lines().findFirst().orElse("");
        char separator = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<Record> lines = new java.util.ArrayList<>();
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordStart = 1;
        int quoteOpened = 0;
        int length = content.length();
        for (int i = 0; i < length; i++) {
            char c = content.charAt(i);
            boolean crlf = c == '\r' && i + 1 < length && content.charAt(i + 1) == '\n';
            boolean newline = c == '\n' || c == '\r';
            if (quoted) {
                if (c == '"' && i + 1 < length && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                    if (crlf) {
                        field.append('\n');
                        i++;
                    }
                    if (newline) {
                        line++;
                    }
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                quoteOpened = line;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (newline) {
                if (crlf) {
                    i++;
                }
                line++;
                fields.add(field.toString());
                field.setLength(0);
                lines.add(new Record(recordStart, fields));
                fields = new java.util.ArrayList<>();
                recordStart = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new UnclosedQuote(quoteOpened);
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            lines.add(new Record(recordStart, fields));
        }
        return lines;
    }

    /** Whether the text starts a formula, blank characters before it (spaces, no-break spaces) left aside. */
    private static boolean startsAFormula(String text) {
        String start = text.replaceFirst("^[\\p{Z} ]+", "");
        return !start.isEmpty() && "=+-@\t\r".indexOf(start.charAt(0)) >= 0;
    }
}
