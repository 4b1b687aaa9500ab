package fr.pepites.reference;

import fr.pepites.common.SearchText;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
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
        for (String[] f : ReferenceFiles.departements()) {
            rows.add(new Object[] {f[0], f[1], f[2]});
        }
        jdbc.batchUpdate("insert into departement (code, name, region_code) values (?, ?, ?)", rows);
    }

    private int loadCommunes() {
        List<Object[]> rows = new ArrayList<>();
        for (ReferenceFiles.CommuneRecord c : ReferenceFiles.communes()) {
            rows.add(new Object[] {c.inseeCode(), c.name(), SearchText.normalize(c.name()), c.departement(),
                    c.region(), c.postalCodes(), c.population(), c.latitude(), c.longitude(), c.approximate()});
        }
        jdbc.batchUpdate("""
                insert into commune (insee_code, name, search_name, department_code, region_code, postal_codes,
                                     population, latitude, longitude, approximate)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return rows.size();
    }

    private void loadRome() {
        List<Object[]> codes = new ArrayList<>();
        for (String[] f : ReferenceFiles.romeCodes()) {
            codes.add(new Object[] {f[0], f[1], SearchText.normalize(f[1])});
        }
        jdbc.batchUpdate("insert into rome_code (code, name, search_name) values (?, ?, ?)", codes);
        List<Object[]> titles = new ArrayList<>();
        for (String[] f : ReferenceFiles.jobTitles()) {
            titles.add(new Object[] {f[0], f[1], SearchText.normalize(f[1]), f[2]});
        }
        jdbc.batchUpdate("insert into job_title (code, name, search_name, rome_code) values (?, ?, ?, ?)", titles);
    }
}
