package fr.pepites.twinning;

import fr.pepites.common.Plural;
import fr.pepites.workbench.KeptProposal;
import fr.pepites.workbench.ScoreWords;
import fr.pepites.workbench.SolveProblem;
import fr.pepites.workbench.WorkbenchRow;
import fr.pepites.workbench.WorkbenchRow.Fact;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.Indictment;

/** The twinning problem as the shared workbench handles it: built, explained and accepted through the service. */
final class TwinningSolveProblem implements SolveProblem<TwinningPlan> {

    private static final String DATES = TwinningService.DATES;
    private static final String DISTANCE = TwinningService.DISTANCE;
    private static final String PARTICIPANTS = TwinningService.PARTICIPANTS;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private final TwinningService service;
    private final TwinningSolver solver = new TwinningSolver();

    TwinningSolveProblem(TwinningService service) {
        this.service = service;
    }

    @Override
    public TwinningPlan build() {
        return service.buildPlan();
    }

    @Override
    public Optional<String> nothingToSolve(TwinningPlan plan) {
        if (plan.getPlacements().isEmpty()) {
            return Optional.of("Aucune demande de jumelage n'attend de rapprochement : les demandes arrivent ici dès "
                    + "que les SIAE les envoient.");
        }
        if (plan.getHosts().isEmpty()) {
            return Optional.of("Aucun tiers-lieu n'a d'offre de jumelage (thèmes et jours d'ouverture) : demandez aux "
                    + "tiers-lieux de renseigner la leur.");
        }
        return plan.nothingPlaceable();
    }

    @Override
    public int subjects(TwinningPlan plan) {
        return plan.getPlacements().size();
    }

    @Override
    public int resources(TwinningPlan plan) {
        return plan.getHosts().size();
    }

    @Override
    public long placed(TwinningPlan plan) {
        return plan.placedCount();
    }

    @Override
    public String score(TwinningPlan plan) {
        HardMediumSoftLongScore score = plan.getScore();
        if (score == null) {
            return "—";
        }
        // The medium level counts the requests left without a proposal; the soft one, costs (see TwinningConstraints).
        return ScoreWords.of(score.hardScore(), ScoreWords.count(-score.mediumScore(), "aucune demande sans proposition",
                "demande sans proposition", "demandes sans proposition"), score.softScore(), ScoreWords.Soft.PENALTIES);
    }

    /** Proven when CP-SAT proved its placement optimal and the score agrees, see {@link TwinningExactPhase}. */
    @Override
    public boolean optimumProven(TwinningPlan plan) {
        if (plan.getScore() == null) {
            solver.score(plan);
        }
        return plan.optimumProven();
    }

    @Override
    public void pin(TwinningPlan plan, String id, boolean pinned) {
        Placement p = plan.placement(id);
        if (p != null) {
            p.setPinned(pinned);
        }
    }

    @Override
    public void exclude(TwinningPlan plan, String id, String hostId) {
        Placement p = plan.placement(id);
        if (p != null) {
            p.exclude(hostId);
        }
    }

    /** Each request's proposal as its tiers-lieu's id and first day, e.g. "TL-3|2027-01-12". */
    @Override
    public Map<String, KeptProposal> proposals(TwinningPlan plan) {
        Map<String, KeptProposal> kept = new LinkedHashMap<>();
        plan.getPlacements().forEach(p -> kept.put(p.getId(), new KeptProposal(
                p.getHost() == null ? null : p.getHost().id() + "|" + p.getStart(), p.isPinned())));
        return kept;
    }

    @Override
    public void restore(TwinningPlan plan, Map<String, KeptProposal> kept) {
        for (Placement p : plan.getPlacements()) {
            KeptProposal k = kept.get(p.getId());
            if (k == null) {
                continue;
            }
            p.setPinned(k.pinned());
            if (k.proposal() == null) {
                continue;
            }
            String[] hostAndStart = k.proposal().split("\\|");
            LocalDate start = LocalDate.parse(hostAndStart[1]);
            p.candidateHosts().stream().filter(h -> h.id().equals(hostAndStart[0])).findFirst()
                    .filter(h -> p.startDates().contains(start)).ifPresent(h -> {
                        p.setHost(h);
                        p.setStart(start);
                    });
        }
    }

    @Override
    public List<String> accept(TwinningPlan best, Collection<String> ids, List<String> refused) {
        List<String> done = new ArrayList<>();
        for (String id : ids) {
            Optional<String> why = service.acceptProposal(best.placement(id));
            if (why.isPresent()) {
                refused.add(why.get());
            } else {
                done.add(id);
            }
        }
        return done;
    }

    @Override
    public List<WorkbenchRow> explain(TwinningPlan plan, Map<String, WorkbenchRow.Decision> decisions) {
        Map<Object, Indictment<HardMediumSoftLongScore>> indictments = solver.explain(plan).getIndictmentMap();
        Map<Host, Long> perHost = plan.getPlacements().stream().filter(p -> p.getHost() != null)
                .collect(Collectors.groupingBy(Placement::getHost, Collectors.counting()));
        Map<String, Integer> seatsTaken = new HashMap<>();
        Map<String, Integer> daysTaken = new HashMap<>();
        for (Placement p : plan.getPlacements()) {
            for (Placement.HostDay d : p.hostDays()) {
                seatsTaken.merge(d.host().id() + d.date(), d.participants(), Integer::sum);
                daysTaken.merge(d.host().id() + d.week(), 1, Integer::sum);
            }
        }
        List<WorkbenchRow> rows = new ArrayList<>();
        for (Placement p : plan.getPlacements()) {
            String subject = p.getId() + " · " + p.getSiaeName();
            Map<String, Fact> facts = new LinkedHashMap<>();
            facts.put(PARTICIPANTS, new Fact(String.valueOf(p.getParticipants()), p.getParticipants()));
            WorkbenchRow.Decision decision = decisions.getOrDefault(p.getId(),
                    p.getHost() == null ? WorkbenchRow.Decision.NONE : WorkbenchRow.Decision.PROPOSED);
            Host h = p.getHost();
            if (h == null) {
                String why = p.candidateHosts().isEmpty()
                        ? "Aucun tiers-lieu ne propose tous les thèmes demandés à moins de " + p.getMaxDistanceKm()
                        + " km, hors ceux écartés pour cette demande."
                        : "Les tiers-lieux possibles (" + p.candidateHosts().size() + ") n'ont pas quatre jours libres "
                        + "dans la fenêtre : places du jour, limite par semaine, fermetures ou jours fériés.";
                rows.add(new WorkbenchRow(p.getId(), subject, null, null, facts, 0, decision, p.isPinned(), false,
                        List.of(new WorkbenchRow.Reason(TwinningWeights.UNPLACED, 0, 0, why))));
                continue;
            }
            List<LocalDate> days = p.days().orElse(List.of());
            int km = TwinningRules.distanceKm(p, h);
            facts.put(DATES, new Fact(daysInWords(days),
                    days.isEmpty() ? 0 : days.get(0).toEpochDay()));
            facts.put(DISTANCE, new Fact(km + " km", km));
            List<WorkbenchRow.Reason> reasons = new ArrayList<>();
            long hard = 0;
            long soft = 0;
            Indictment<HardMediumSoftLongScore> indictment = indictments.get(p);
            if (indictment != null) {
                for (ConstraintMatch<HardMediumSoftLongScore> match : indictment.getConstraintMatchSet()) {
                    HardMediumSoftLongScore s = match.getScore();
                    hard += s.hardScore();
                    soft += s.softScore();
                    reasons.add(new WorkbenchRow.Reason(match.getConstraintName(), s.hardScore(), s.softScore(),
                            detail(match.getConstraintName(), p, h, days)));
                }
            }
            for (Placement.HostDay d : p.hostDays()) {
                int over = seatsTaken.get(h.id() + d.date()) - h.seatsLeft(d.date());
                if (over > 0) {
                    hard -= over;
                    reasons.add(new WorkbenchRow.Reason(TwinningWeights.SEATS, -over, 0, Plural.of(over,
                            "participant", "participants") + " de trop le " + TwinningService.DATE.format(d.date())));
                }
                int overWeek = daysTaken.get(h.id() + d.week()) - h.daysLeftInWeekOf(d.date());
                if (overWeek > 0) {
                    hard -= 1;
                    reasons.add(new WorkbenchRow.Reason(TwinningWeights.WEEKLY_LIMIT, -1, 0, "La semaine du "
                            + TwinningService.DATE.format(d.week()) + " dépasse la limite du tiers-lieu"));
                }
            }
            long n = perHost.getOrDefault(h, 1L);
            long share = -TwinningWeights.BALANCE_PER_TWINNING * (2 * n - 1);
            reasons.add(new WorkbenchRow.Reason(TwinningWeights.BALANCE, 0, share, h.name() + " reçoit "
                    + Plural.of(n, "jumelage", "jumelages") + " : pour répartir les jumelages entre les tiers-lieux, "
                    + "chaque jumelage de plus dans un même lieu compte davantage"));
            rows.add(new WorkbenchRow(p.getId(), subject, h.name(), h.id(), facts, soft + share, decision,
                    p.isPinned(), hard == 0 && decision == WorkbenchRow.Decision.PROPOSED, reasons));
        }
        rows.sort((a, b) -> Boolean.compare(b.hasProposal(), a.hasProposal()));
        return List.copyOf(rows);
    }

    /** A twinning's days, the year said once at the end ("12/01, 19/01, 26/01, 02/02/2027"), or each time if two. */
    static String daysInWords(List<LocalDate> days) {
        boolean twoYears = !days.isEmpty() && days.get(0).getYear() != days.get(days.size() - 1).getYear();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            words.add((twoYears || i == days.size() - 1 ? TwinningService.DATE : DAY).format(days.get(i)));
        }
        return String.join(", ", words);
    }

    private static String detail(String constraint, Placement p, Host h, List<LocalDate> days) {
        return switch (constraint) {
            case TwinningWeights.TRAVEL -> TwinningRules.distanceKm(p, h) + " km à parcourir pour "
                    + Plural.of(p.getParticipants(), "participant", "participants");
            case TwinningWeights.LATER -> days.isEmpty() ? "" : Plural.of(
                    TwinningRules.daysAfterEarliest(p, days), "jour", "jours") + " après le début au plus tôt";
            case TwinningWeights.NEW_HOST -> "La SIAE n'a encore jamais été accueillie par " + h.name();
            case TwinningWeights.THEMES -> Plural.of(TwinningRules.missingThemes(p, h), "thème non proposé",
                    "thèmes non proposés");
            case TwinningWeights.DISTANCE -> TwinningRules.kilometresTooFar(p, h) + " km au-delà du maximum";
            case TwinningWeights.WINDOW -> "Pas de quatre jours dans la fenêtre à partir de cette date";
            case TwinningWeights.EXCLUDED -> "Tiers-lieu écarté pour cette demande";
            default -> constraint;
        };
    }
}
