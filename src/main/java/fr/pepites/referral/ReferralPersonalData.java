package fr.pepites.referral;

import fr.pepites.directory.PersonalData;
import fr.pepites.workflow.Exports;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person's referrals and their events, for the export of their data. */
@Component
class ReferralPersonalData implements PersonalData {

    private final Exports exports;
    private final ReferralRepository referrals;
    private final ReferralTimeline timeline;

    ReferralPersonalData(ReferralRepository referrals, ReferralTimeline timeline, Exports exports) {
        this.exports = exports;
        this.referrals = referrals;
        this.timeline = timeline;
    }

    @Override
    public String section() {
        return "orientations";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public Object of(long personId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dossiers", referrals.findByPersonIdIn(List.of(personId)).stream().map(r -> {
            Map<String, Object> referral = new LinkedHashMap<>();
            referral.put("numero", r.businessKey());
            referral.put("statut", r.getStatus().name());
            referral.put("operateurCep", r.getCepOperator() == null ? null : r.getCepOperator().getName());
            referral.put("siae", r.getSiae() == null ? null : r.getSiae().getName());
            referral.put("commune", r.getCommune() == null ? null : r.getCommune().getName());
            referral.put("disponibleLe", r.getAvailableFrom() == null ? null : r.getAvailableFrom().toString());
            referral.put("objectif", r.getGoal() == null ? null : r.getGoal().name());
            referral.put("freins", r.getBarriers().stream().map(Enum::name).sorted().toList());
            referral.put("criteres", r.getCriteria().stream().map(Enum::name).sorted().toList());
            referral.put("metiers", r.getTargetJobTitles().stream().map(j -> j.getLabel()).sorted().toList());
            referral.put("note", r.getNote());
            referral.put("consentementLe", r.getConsentRecordedAt() == null ? null
                    : r.getConsentRecordedAt().toString());
            referral.put("creeLe", r.getCreatedAt() == null ? null : r.getCreatedAt().toString());
            return referral;
        }).toList());
        out.put("evenements", exports.events(timeline.entriesOfPerson(personId)));
        return out;
    }
}
