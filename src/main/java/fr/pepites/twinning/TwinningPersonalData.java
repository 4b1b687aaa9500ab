package fr.pepites.twinning;

import fr.pepites.directory.PersonalData;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The twinnings a person took part in, with their days and attendance, for the export of their data. */
@Component
class TwinningPersonalData implements PersonalData {

    private final TwinningRepository twinnings;

    TwinningPersonalData(TwinningRepository twinnings) {
        this.twinnings = twinnings;
    }

    @Override
    public String section() {
        return "jumelages";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional(readOnly = true)
    public Object of(long personId) {
        return twinnings.findWithEmployee(personId).stream().map(t -> {
            Map<String, Object> twinning = new LinkedHashMap<>();
            twinning.put("numero", t.businessKey());
            twinning.put("statut", t.getStatus().name());
            twinning.put("siae", t.getSiae().getName());
            twinning.put("themes", t.getThemes().stream().sorted().toList());
            twinning.put("jours", t.getDates().stream().map(Object::toString).toList());
            t.getParticipants().stream().filter(p -> Long.valueOf(personId).equals(p.getPersonId())).findFirst()
                    .ifPresent(p -> {
                        twinning.put("joursPresent", p.daysPresent());
                        twinning.put("laureatDuBadge", p.isBadgeEarner());
                    });
            return twinning;
        }).toList();
    }
}
