package fr.pepites.badges;

import fr.pepites.common.PublicAddress;
import fr.pepites.directory.PersonalData;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person's badges (with the link to each one's page and file), for the export of their data. */
@Component
class BadgePersonalData implements PersonalData {

    private final CredentialRepository credentials;
    private final PublicAddress address;

    BadgePersonalData(CredentialRepository credentials, PublicAddress address) {
        this.credentials = credentials;
        this.address = address;
    }

    @Override
    public String section() {
        return "badges";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional(readOnly = true)
    public Object of(long personId) {
        return credentials.findOfPerson(personId).stream().map(c -> {
            Map<String, Object> badge = new LinkedHashMap<>();
            badge.put("badge", c.getAchievement().getName());
            badge.put("delivreLe", c.getIssuedAt().toString());
            badge.put("valideJusquau", c.getValidUntil() == null ? null : c.getValidUntil().toString());
            badge.put("revoque", c.isRevoked());
            badge.put("raisonDeLaRevocation", c.getRevokedReason());
            badge.put("page", BadgeProcessGlue.pageUrl(address.url(), c.getPublicId()));
            badge.put("fichier", address.url() + "/public/badges/" + c.getPublicId() + ".json");
            return badge;
        }).toList();
    }
}
