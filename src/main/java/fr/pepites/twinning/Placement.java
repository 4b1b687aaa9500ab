package fr.pepites.twinning;

import fr.pepites.reference.Position;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A twinning request as the solver places it (the planning entity): at which tiers-lieu ({@code host}, none allowed
 * but heavily penalised) and from which date ({@code start}); the four days follow from both by
 * {@link TwinningCalendar#days}.
 */
@PlanningEntity
public class Placement {

    @PlanningId
    private String id;

    private Long twinningId;
    private String siaeId;
    private String siaeName;
    private Position position;
    private Set<String> themes;
    private int participants;
    private LocalDate earliestStart;
    private LocalDate latestEnd;
    private Rhythm rhythm;
    private Set<DayOfWeek> unavailableWeekdays;
    private int maxDistanceKm;
    private Set<String> excludedHosts;
    /** Tiers-lieux this SIAE has already twinned with. */
    private Set<String> knownHosts;
    /** Every tiers-lieu of the problem; the value range keeps those offering every theme, near enough, not excluded. */
    private List<Host> allHosts = List.of();
    private List<Host> candidateHosts = List.of();
    private List<LocalDate> startDates = List.of();

    @PlanningVariable(nullable = true, valueRangeProviderRefs = "candidateHosts")
    private Host host;

    @PlanningVariable(valueRangeProviderRefs = "startDates")
    private LocalDate start;

    @PlanningPin
    private boolean pinned;

    // The days of the last (host, start) asked, since the constraints ask them many times per move.
    private Host daysHost;
    private LocalDate daysStart;
    private Optional<List<LocalDate>> days = Optional.empty();

    protected Placement() {
    }

    public Placement(String id, Long twinningId, String siaeId, String siaeName, Position position, Set<String> themes,
            int participants, LocalDate earliestStart, LocalDate latestEnd, Rhythm rhythm,
            Set<DayOfWeek> unavailableWeekdays, int maxDistanceKm, Set<String> excludedHosts, Set<String> knownHosts) {
        this.id = id;
        this.twinningId = twinningId;
        this.siaeId = siaeId;
        this.siaeName = siaeName;
        this.position = position;
        this.themes = Set.copyOf(themes);
        this.participants = participants;
        this.earliestStart = earliestStart;
        this.latestEnd = latestEnd;
        this.rhythm = rhythm;
        this.unavailableWeekdays = Set.copyOf(unavailableWeekdays);
        this.maxDistanceKm = maxDistanceKm;
        this.excludedHosts = Set.copyOf(excludedHosts);
        this.knownHosts = Set.copyOf(knownHosts);
        this.start = earliestStart;
    }

    /** Given by the plan that holds it: every host. */
    void attach(List<Host> hosts) {
        this.allHosts = hosts;
        this.candidateHosts = candidates();
        this.startDates = starts();
    }

    @ValueRangeProvider(id = "candidateHosts")
    public List<Host> candidateHosts() {
        return candidateHosts;
    }

    private List<Host> candidates() {
        return allHosts.stream().filter(h -> TwinningRules.missingThemes(this, h) == 0
                && TwinningRules.distanceKm(this, h) <= maxDistanceKm && !excludedHosts.contains(h.id())).toList();
    }

    /**
     * The days a twinning may start: every day of the window. A start on a holiday or on a day the SIAE cannot release
     * its people is not itself a day of the twinning: its four days are the open days that follow (consecutive), or
     * the first open day of each of its four weeks (weekly), which {@link #days} finds or refuses.
     */
    @ValueRangeProvider(id = "startDates")
    public List<LocalDate> startDates() {
        return startDates;
    }

    private List<LocalDate> starts() {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = earliestStart; !d.isAfter(latestEnd); d = d.plusDays(1)) {
            dates.add(d);
        }
        if (dates.isEmpty()) {
            dates.add(earliestStart);
        }
        return List.copyOf(dates);
    }

    /** The four days at the current host from the current start; empty without a host or when none are found. */
    public Optional<List<LocalDate>> days() {
        if (host == null || start == null) {
            return Optional.empty();
        }
        if (host != daysHost || !start.equals(daysStart)) {
            days = daysAt(host, start);
            daysHost = host;
            daysStart = start;
        }
        return days;
    }

    /** The four days this request would have at that host from that start (its variables untouched). */
    public Optional<List<LocalDate>> daysAt(Host h, LocalDate from) {
        return TwinningCalendar.days(from, rhythm, TwinningCalendar.openDays(h.openWeekdays(), h.closures(),
                unavailableWeekdays));
    }

    /** Each day as the constraints count it: a seat count at a host on a date. */
    public List<HostDay> hostDays() {
        return days().map(list -> list.stream().map(d -> new HostDay(id, host, d, participants)).toList())
                .orElse(List.of());
    }

    /** One day of a placed request at its host. */
    public record HostDay(String placementId, Host host, LocalDate date, int participants) {

        public LocalDate week() {
            return Host.weekOf(date);
        }
    }

    public String getId() {
        return id;
    }

    public Long getTwinningId() {
        return twinningId;
    }

    public String getSiaeId() {
        return siaeId;
    }

    public String getSiaeName() {
        return siaeName;
    }

    public Position getPosition() {
        return position;
    }

    public Set<String> getThemes() {
        return themes;
    }

    public int getParticipants() {
        return participants;
    }

    public LocalDate getEarliestStart() {
        return earliestStart;
    }

    public LocalDate getLatestEnd() {
        return latestEnd;
    }

    public Rhythm getRhythm() {
        return rhythm;
    }

    public Set<DayOfWeek> getUnavailableWeekdays() {
        return unavailableWeekdays;
    }

    public int getMaxDistanceKm() {
        return maxDistanceKm;
    }

    public Set<String> getExcludedHosts() {
        return excludedHosts;
    }

    public Set<String> getKnownHosts() {
        return knownHosts;
    }

    public Host getHost() {
        return host;
    }

    public void setHost(Host host) {
        this.host = host;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    /** Never proposed again at this host (a rejection in the workbench). */
    public void exclude(String hostId) {
        Set<String> more = new HashSet<>(excludedHosts);
        more.add(hostId);
        excludedHosts = Set.copyOf(more);
        candidateHosts = candidates();
        if (host != null && host.id().equals(hostId)) {
            host = null;
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
