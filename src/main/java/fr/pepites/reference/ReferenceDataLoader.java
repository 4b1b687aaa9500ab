package fr.pepites.reference;

import fr.pepites.common.SearchText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the ROME referential and the communes into an empty database, once. Communes without coordinates are
 * placed at their département's population-weighted centroid and flagged as approximate.
 */
@Component
@Order(0)
class ReferenceDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final JdbcTemplate jdbc;

    ReferenceDataLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer loaded = jdbc.queryForObject("select count(*) from commune", Integer.class);
        if (loaded != null && loaded > 0) {
            return;
        }
        long start = System.nanoTime();
        loadDepartements();
        int communes = loadCommunes();
        loadRome();
        LOG.info("Données de référence chargées : {} communes, ROME et appellations, en {} ms", communes,
                (System.nanoTime() - start) / 1_000_000);
    }

    private void loadDepartements() {
        List<Object[]> rows = new ArrayList<>();
        for (String[] f : read("reference/fr_departements.csv")) {
            rows.add(new Object[] {f[0], f[1], f[2]});
        }
        jdbc.batchUpdate("insert into departement (code, name, region_code) values (?, ?, ?)", rows);
    }

    private int loadCommunes() {
        List<String[]> lines = read("reference/fr_communes.csv");
        Map<String, double[]> centroids = departementCentroids(lines);
        List<Object[]> rows = new ArrayList<>(lines.size());
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
            rows.add(new Object[] {f[0], f[1], SearchText.normalize(f[1]), f[2], f[3], f[4],
                    f[5].isEmpty() ? 0 : Integer.parseInt(f[5]), lat, lng, approximate});
        }
        jdbc.batchUpdate("""
                insert into commune (insee_code, name, search_name, department_code, region_code, postal_codes,
                                     population, latitude, longitude, approximate)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return rows.size();
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
            double weight = Math.max(1, f[5].isEmpty() ? 1 : Integer.parseInt(f[5]));
            double[] sum = sums.computeIfAbsent(f[2], k -> new double[3]);
            sum[0] += lat * weight;
            sum[1] += lng * weight;
            sum[2] += weight;
        }
        Map<String, double[]> centroids = new HashMap<>();
        sums.forEach((dep, s) -> centroids.put(dep, new double[] {s[0] / s[2], s[1] / s[2]}));
        return centroids;
    }

    private void loadRome() {
        List<Object[]> codes = new ArrayList<>();
        for (String[] f : read("reference/rome_codes.csv")) {
            codes.add(new Object[] {f[0], f[1], SearchText.normalize(f[1])});
        }
        jdbc.batchUpdate("insert into rome_code (code, name, search_name) values (?, ?, ?)", codes);
        List<Object[]> titles = new ArrayList<>();
        for (String[] f : read("reference/rome_appellations.csv")) {
            titles.add(new Object[] {f[0], f[1], SearchText.normalize(f[1]), f[2]});
        }
        jdbc.batchUpdate("insert into job_title (code, name, search_name, rome_code) values (?, ?, ?, ?)", titles);
    }

    private static Double parseDouble(String value) {
        return value == null || value.isEmpty() ? null : Double.valueOf(value);
    }

    /** The data lines of a ';'-separated UTF-8 file with a header row (the files hold no quoted fields). */
    private static List<String[]> read(String path) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
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
