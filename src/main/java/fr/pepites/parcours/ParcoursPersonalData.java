package fr.pepites.parcours;

import fr.pepites.directory.PersonalData;
import fr.pepites.workflow.Exports;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person's parcours, PASS IAE, the badges their reviews proposed, and their events, for the export of their data. */
@Component
class ParcoursPersonalData implements PersonalData {

    private final Exports exports;
    private final ParcoursRepository parcours;
    private final PassIaeRepository passes;
    private final BadgeProposalRepository proposals;
    private final ParcoursTimeline timeline;

    ParcoursPersonalData(ParcoursRepository parcours, PassIaeRepository passes, BadgeProposalRepository proposals,
            ParcoursTimeline timeline, Exports exports) {
        this.exports = exports;
        this.parcours = parcours;
        this.passes = passes;
        this.proposals = proposals;
        this.timeline = timeline;
    }

    @Override
    public String section() {
        return "parcours";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional(readOnly = true)
    public Object of(long personId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("passIae", passes.findByPersonId(personId).map(p -> {
            Map<String, Object> pass = new LinkedHashMap<>();
            pass.put("numero", p.getNumber());
            pass.put("debut", day(p.getStartDate()));
            pass.put("fin", day(p.getEndDate()));
            return pass;
        }).orElse(null));
        List<Map<String, Object>> files = parcours.findOfPerson(personId).stream().map(p -> {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("numero", p.businessKey());
            file.put("statut", p.getStatus().name());
            file.put("siae", p.getSiae().getName());
            file.put("metier", p.getJobTitle() == null ? null : p.getJobTitle().getLabel());
            file.put("contrat", p.getContractType() == null ? null : p.getContractType().name());
            file.put("embauche", day(p.getStartDate()));
            file.put("finPrevue", day(p.getPlannedEnd()));
            file.put("sortie", day(p.getExitDate()));
            file.put("motifDeSortie", p.getExitReason() == null ? null : p.getExitReason().name());
            file.put("competencesProposeesPourUnBadge", proposals.findOfParcours(p.getId()).stream()
                    .map(b -> Map.of("competence", b.getLabel(), "preuve", Objects.requireNonNullElse(
                            b.getEvidence(), ""))).toList());
            return file;
        }).toList();
        out.put("dossiers", files);
        out.put("evenements", exports.events(timeline.ofPerson(personId)));
        return out;
    }

    private static String day(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
