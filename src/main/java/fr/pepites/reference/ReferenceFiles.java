package fr.pepites.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference files shipped in the application ({@code src/main/resources/reference}, sources in
 * {@code docs/data-sources.md}), read without a database: the loader fills the tables from them, and the matching
 * command line resolves communes with them.
 */
public final class ReferenceFiles {

    /**
     * One commune of the file, with its position; a commune the file gives no coordinates for is placed at its
     * département's population-weighted centroid and marked approximate.
     */
    public record CommuneRecord(String inseeCode, String name, String departement, String region, String postalCodes,
            int population, Double latitude, Double longitude, boolean approximate) {
    }

    private ReferenceFiles() {
    }

    public static List<CommuneRecord> communes() {
        List<String[]> lines = read("reference/fr_communes.csv");
        Map<String, double[]> centroids = departementCentroids(lines);
        List<CommuneRecord> communes = new ArrayList<>(lines.size());
        for (String[] f : lines) {
            Double lat = parseDouble(f[6]);
            Double lng = parseDouble(f[7]);
            boolean approximate = false;
            if (lat == null || lng == null) {
                double[] centroid = centroids.get(f[2]);
                approximate = true;
                lat = centroid == null ? null : centroid[0];
                lng = centroid == null ? null : centroid[1];
            }
            communes.add(new CommuneRecord(f[0], f[1], f[2], f[3], f[4], population(f[5]), lat, lng, approximate));
        }
        return communes;
    }

    /** ROME codes: code and name. */
    public static List<String[]> romeCodes() {
        return read("reference/rome_codes.csv");
    }

    /** ROME job titles (appellations): code, name, ROME code. */
    public static List<String[]> jobTitles() {
        return read("reference/rome_appellations.csv");
    }

    /** Départements: code, name, region code. */
    static List<String[]> departements() {
        return read("reference/fr_departements.csv");
    }

    /** Population-weighted mean position of the communes of each département that have coordinates. */
    private static Map<String, double[]> departementCentroids(List<String[]> lines) {
        Map<String, double[]> sums = new HashMap<>();
        for (String[] f : lines) {
            Double lat = parseDouble(f[6]);
            Double lng = parseDouble(f[7]);
            if (lat == null || lng == null) {
                continue;
            }
            double weight = Math.max(1, population(f[5]));
            double[] sum = sums.computeIfAbsent(f[2], k -> new double[3]);
            sum[0] += lat * weight;
            sum[1] += lng * weight;
            sum[2] += weight;
        }
        Map<String, double[]> centroids = new HashMap<>();
        sums.forEach((dep, s) -> centroids.put(dep, new double[] {s[0] / s[2], s[1] / s[2]}));
        return centroids;
    }

    private static int population(String value) {
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }

    private static Double parseDouble(String value) {
        return value == null || value.isEmpty() ? null : Double.valueOf(value);
    }

    /** The data lines of a ';'-separated UTF-8 file with a header row (the files hold no quoted fields). */
    private static List<String[]> read(String path) {
        InputStream in = ReferenceFiles.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing reference file " + path);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> lines = new ArrayList<>();
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line.split(";", -1));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
