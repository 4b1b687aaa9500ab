package fr.pepites.twinning;

import fr.pepites.common.files.JsonFiles;
import fr.pepites.common.files.JsonFiles.Faults;
import fr.pepites.common.files.JsonFiles.Located;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads and writes the JSON files of {@code docs/twinning.md}: instances, and assignments with their score. A file
 * that cannot be used is refused with every fault found, each with its line and field.
 */
public final class TwinningFiles {

    /** The themes of the catalogue as seeded (migration V16): the codes an instance file may name. */
    public static final Set<String> THEMES = Set.of("REEMPLOI", "REPARATION", "TRI_TEXTILE", "ESPACES_VERTS",
            "FABRICATION_NUMERIQUE", "NUMERIQUE_BASE", "MENUISERIE", "COUTURE_SURCYCLAGE", "PETIT_ELECTROMENAGER");

    private TwinningFiles() {
    }

    /** A request placed (at a tiers-lieu from a start) or not (both null), with its four days when placed. */
    public record Assignment(String request, String tiersLieu, LocalDate start, List<LocalDate> days) {
    }

    /** What {@code solve} writes and {@code score} reads (only {@code assignments} is needed to score). */
    public record AssignmentFile(String score, Long hard, Long medium, Long soft, Long placed,
            List<TwinningSolver.ConstraintScore> constraints, List<Assignment> assignments) {
    }

    public static TwinningInstance readInstance(Reader in, Predicate<String> knownCommune) {
        Faults faults = new Faults();
        String[] format = new String[1];
        LocalDate[] referenceDate = new LocalDate[1];
        List<TwinningInstance.TiersLieu> tiersLieux = new ArrayList<>();
        List<TwinningInstance.Request> requests = new ArrayList<>();
        List<Located<TwinningInstance.Request>> requestsRead = new ArrayList<>();
        JsonFiles.readObject(in, faults, (field, parser) -> {
            switch (field) {
                case "format" -> format[0] = parser.getValueAsString();
                case "referenceDate" -> {
                    Located<LocalDate> read = JsonFiles.element(parser, LocalDate.class, field, faults);
                    referenceDate[0] = read == null ? null : read.value();
                }
                case "tiersLieux" -> JsonFiles.readArray(parser, field, faults, TwinningInstance.TiersLieu.class,
                        (t, where, path) -> {
                            checkTiersLieu(t, where, path, knownCommune, faults);
                            tiersLieux.add(t);
                        });
                case "requests" -> JsonFiles.readArray(parser, field, faults, TwinningInstance.Request.class,
                        (r, where, path) -> {
                            checkRequest(r, where, path, knownCommune, faults);
                            requests.add(r);
                            requestsRead.add(where);
                        });
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (format[0] == null || !format[0].equals(TwinningInstance.FORMAT)) {
            faults.add(1, "format", "doit valoir « " + TwinningInstance.FORMAT + " »");
        }
        Set<String> hostIds = tiersLieux.stream().map(TwinningInstance.TiersLieu::id).collect(Collectors.toSet());
        for (int i = 0; i < requests.size(); i++) {
            TwinningInstance.Request r = requests.get(i);
            Located<TwinningInstance.Request> where = requestsRead.get(i);
            String path = "requests[" + i + "]";
            Map<String, Set<String>> named = Map.of("excluded", r.excluded() == null ? Set.of() : r.excluded(),
                    "known", r.known() == null ? Set.of() : r.known());
            named.forEach((field, ids) -> ids.stream().filter(id -> !hostIds.contains(id)).sorted()
                    .forEach(id -> faults.add(where.lineOf(field), path + "." + field,
                            "tiers-lieu absent de l'instance « " + id + " »")));
        }
        JsonFiles.checkUnique(tiersLieux.stream().map(TwinningInstance.TiersLieu::id).toList(), "tiersLieux", faults);
        JsonFiles.checkUnique(requests.stream().map(TwinningInstance.Request::id).toList(), "requests", faults);
        faults.throwIfAny();
        return new TwinningInstance(TwinningInstance.FORMAT, referenceDate[0], tiersLieux, requests);
    }

    public static void writeInstance(TwinningInstance instance, Writer out) {
        JsonFiles.write(instance, out);
    }

    /** Reads an assignment file; each request and tiers-lieu named must exist in the instance. */
    public static List<Assignment> readAssignments(Reader in, TwinningInstance instance) {
        Faults faults = new Faults();
        Set<String> requests = instance.requests().stream().map(TwinningInstance.Request::id)
                .collect(Collectors.toSet());
        Set<String> hosts = instance.tiersLieux().stream().map(TwinningInstance.TiersLieu::id)
                .collect(Collectors.toSet());
        List<Assignment> assignments = new ArrayList<>();
        JsonFiles.readObject(in, faults, (field, parser) -> {
            if (field.equals("assignments")) {
                JsonFiles.readArray(parser, field, faults, Assignment.class, (a, where, path) -> {
                    if (a.request() == null || !requests.contains(a.request())) {
                        faults.add(where.lineOf("request"), path + ".request", "demande absente de l'instance « "
                                + a.request() + " »");
                    }
                    if (a.tiersLieu() != null && !hosts.contains(a.tiersLieu())) {
                        faults.add(where.lineOf("tiersLieu"), path + ".tiersLieu", "tiers-lieu absent de l'instance « "
                                + a.tiersLieu() + " »");
                    }
                    if (a.tiersLieu() != null && a.start() == null) {
                        faults.add(where.lineOf("start"), path + ".start", "obligatoire avec un tiers-lieu");
                    }
                    assignments.add(a);
                });
            } else {
                parser.skipChildren();
            }
            return true;
        });
        JsonFiles.checkUnique(assignments.stream().map(Assignment::request).toList(), "assignments", faults);
        faults.throwIfAny();
        return assignments;
    }

    public static void writeAssignments(AssignmentFile file, Writer out) {
        JsonFiles.write(file, out);
    }

    /** Puts an assignment into the plan: each request at its tiers-lieu from its start, or nowhere. */
    public static void assign(TwinningPlan plan, List<Assignment> assignments) {
        Map<String, Host> hosts = new HashMap<>();
        plan.getHosts().forEach(h -> hosts.put(h.id(), h));
        Map<String, Assignment> byRequest = new HashMap<>();
        assignments.forEach(a -> byRequest.put(a.request(), a));
        for (Placement p : plan.getPlacements()) {
            Assignment a = byRequest.get(p.getId());
            p.setHost(a == null || a.tiersLieu() == null ? null : hosts.get(a.tiersLieu()));
            if (a != null && a.start() != null) {
                p.setStart(a.start());
            }
        }
    }

    /** The plan's placements as assignments, in the order of its requests. */
    public static List<Assignment> assignments(TwinningPlan plan) {
        return plan.getPlacements().stream().map(p -> p.getHost() == null
                ? new Assignment(p.getId(), null, null, null)
                : new Assignment(p.getId(), p.getHost().id(), p.getStart(), p.days().orElse(List.of()))).toList();
    }

    // --- Checks --------------------------------------------------------------------------------------------

    private static void checkTiersLieu(TwinningInstance.TiersLieu t, Located<?> where, String path,
            Predicate<String> knownCommune, Faults faults) {
        JsonFiles.required(t.id(), where, path, "id", faults);
        JsonFiles.commune(t.commune(), where, path, knownCommune, faults);
        themes(t.themes(), where, path, faults);
        if (t.seatsPerDay() < 1) {
            faults.add(where.lineOf("seatsPerDay"), path + ".seatsPerDay", "doit être au moins 1 ("
                    + t.seatsPerDay() + ")");
        }
        if (t.weeklyLimit() < 1 || t.weeklyLimit() > 7) {
            faults.add(where.lineOf("weeklyLimit"), path + ".weeklyLimit", "doit être entre 1 et 7 ("
                    + t.weeklyLimit() + ")");
        }
        if (t.openWeekdays() == null || t.openWeekdays().isEmpty()) {
            faults.add(where.lineOf("openWeekdays"), path + ".openWeekdays", "au moins un jour (1 = lundi … 7)");
        } else {
            weekdays(t.openWeekdays(), where, path, "openWeekdays", faults);
        }
        if (t.closures() != null) {
            t.closures().stream().filter(c -> c.from() == null || c.to() == null || c.to().isBefore(c.from()))
                    .findFirst().ifPresent(c -> faults.add(where.lineOf("closures"), path + ".closures",
                            "chaque fermeture a un début et une fin, dans cet ordre"));
        }
    }

    private static void checkRequest(TwinningInstance.Request r, Located<?> where, String path,
            Predicate<String> knownCommune, Faults faults) {
        JsonFiles.required(r.id(), where, path, "id", faults);
        JsonFiles.required(r.siae(), where, path, "siae", faults);
        JsonFiles.commune(r.commune(), where, path, knownCommune, faults);
        themes(r.themes(), where, path, faults);
        JsonFiles.required(r.rhythm(), where, path, "rhythm", faults);
        if (r.participants() < 1) {
            faults.add(where.lineOf("participants"), path + ".participants", "au moins 1 (" + r.participants() + ")");
        }
        JsonFiles.required(r.earliestStart(), where, path, "earliestStart", faults);
        JsonFiles.required(r.latestEnd(), where, path, "latestEnd", faults);
        if (r.earliestStart() != null && r.latestEnd() != null && r.rhythm() != null
                && ChronoUnit.DAYS.between(r.earliestStart(), r.latestEnd()) + 1
                        < TwinningCalendar.minimumWindowDays(r.rhythm())) {
            faults.add(where.lineOf("latestEnd"), path + ".latestEnd", "fenêtre trop courte pour ce rythme");
        }
        if (r.maxDistanceKm() < 1) {
            faults.add(where.lineOf("maxDistanceKm"), path + ".maxDistanceKm", "au moins 1 km");
        }
        if (r.unavailableWeekdays() != null) {
            weekdays(r.unavailableWeekdays(), where, path, "unavailableWeekdays", faults);
        }
    }

    private static void themes(Set<String> themes, Located<?> where, String path, Faults faults) {
        if (themes == null || themes.isEmpty()) {
            faults.add(where.lineOf("themes"), path + ".themes", "au moins un thème");
            return;
        }
        Set<String> unknown = new HashSet<>(themes);
        unknown.removeAll(THEMES);
        unknown.stream().sorted().forEach(code -> faults.add(where.lineOf("themes"), path + ".themes",
                "thème inconnu « " + code + " » (possibles : " + String.join(", ", THEMES.stream().sorted().toList())
                        + ")"));
    }

    private static void weekdays(Set<Integer> days, Located<?> where, String path, String field, Faults faults) {
        days.stream().filter(d -> d == null || d < 1 || d > 7).findFirst().ifPresent(d -> faults.add(
                where.lineOf(field), path + "." + field, "jour invalide « " + d + " » (1 = lundi … 7 = dimanche)"));
    }
}
