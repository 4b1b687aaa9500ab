package fr.pepites.directory;

import fr.pepites.common.InvalidInputException;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator of a database that has none, from the settings {@code pepites.first-admin.*}
 * (environment variables {@code PEPITES_ADMIN_*} and {@code PEPITES_NETWORK_*}, see {@code docs/operations.md}): how a
 * production database, started without the demo data, gets the account that creates all the others. Once an
 * administrator exists the settings are ignored. Settings that fail the directory's checks stop the start, naming
 * the setting at fault.
 */
@Component
@Order(20) // After the reference data (the network's commune) and the demo network, which has its administrator.
@EnableConfigurationProperties(FirstAdministrator.Settings.class)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    /** The environment variable of each field the directory's checks may refuse. */
    private static final Map<String, String> VARIABLE_OF_FIELD = Map.of(
            "email", "PEPITES_ADMIN_EMAIL",
            "initialPassword", "PEPITES_ADMIN_PASSWORD",
            "fullName", "PEPITES_ADMIN_NAME",
            "name", "PEPITES_NETWORK_NAME",
            "siret", "PEPITES_NETWORK_SIRET",
            "addressLine", "PEPITES_NETWORK_ADDRESS",
            "communeCode", "PEPITES_NETWORK_COMMUNE");

    /** The first administrator and the network organisation they belong to. */
    @ConfigurationProperties("pepites.first-admin")
    record Settings(String email, String password, String fullName, String networkName, String networkSiret,
            String networkAddress, String networkCommune) {

        boolean isSet() {
            return email != null && !email.isBlank();
        }

        OrganisationData network() {
            OrganisationData data = new OrganisationData();
            data.setName(networkName);
            data.setSiret(networkSiret);
            data.setAddressLine(networkAddress);
            data.setCommuneCode(networkCommune);
            return data;
        }

        UserData administrator() {
            UserData data = new UserData();
            data.setEmail(email);
            data.setFullName(fullName);
            data.setInitialPassword(password);
            return data;
        }
    }

    private final DirectoryService directory;
    private final Settings settings;

    FirstAdministrator(DirectoryService directory, Settings settings) {
        this.directory = directory;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.isSet()) {
            if (!directory.hasActiveAdministrator()) {
                LOG.warn("Aucun administrateur actif : personne ne peut créer de comptes. Définissez "
                        + "PEPITES_ADMIN_EMAIL, PEPITES_ADMIN_PASSWORD, PEPITES_ADMIN_NAME et PEPITES_NETWORK_* "
                        + "puis redémarrez (docs/operations.md).");
            }
            return;
        }
        try {
            directory.createFirstAdministrator(settings.network(), settings.administrator()).ifPresentOrElse(
                    account -> LOG.info("Premier administrateur créé : {} ({}). Il se connecte avec le mot de passe "
                            + "de PEPITES_ADMIN_PASSWORD, à changer dès la première connexion.", account.getEmail(),
                            account.getOrganisation().getName()),
                    () -> LOG.info("Un administrateur actif existe déjà : PEPITES_ADMIN_* ignorés."));
        } catch (InvalidInputException e) {
            throw new IllegalStateException("Premier administrateur non créé : " + e.fieldErrors().entrySet().stream()
                    .map(error -> VARIABLE_OF_FIELD.getOrDefault(error.getKey(), error.getKey()) + " : "
                            + error.getValue())
                    .collect(Collectors.joining(" ; ")), e);
        }
    }
}
