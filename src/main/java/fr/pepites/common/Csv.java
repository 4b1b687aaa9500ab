package fr.pepites.common;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A CSV file as French spreadsheets open it: semicolons between fields, UTF-8 with a byte-order mark, fields quoted
 * when they hold a semicolon, a quote or a line break. Every CSV export of the application is written here.
 */
public final class Csv {

    private static final String BOM = "\uFEFF";

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
        return text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
