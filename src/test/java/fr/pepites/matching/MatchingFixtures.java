package fr.pepites.matching;

import fr.pepites.reference.Position;
import fr.pepites.directory.SiaeKind;
import fr.pepites.reference.Licence;
import fr.pepites.vacancy.VacancyKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** People and vacancies for matching tests: Pessac and its neighbours, everything allowed unless a test says. */
final class MatchingFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Position PESSAC = new Position("33318", 44.8067, -0.6311, false);
    static final Position BORDEAUX = new Position("33063", 44.8378, -0.5792, false);
    /** 126 km from Pessac (as the reference data test pins it). */
    static final Position DAX = new Position("40088", 43.7102, -1.0534, false);

    private MatchingFixtures() {
    }

    static CandidateBuilder candidate(String id) {
        return new CandidateBuilder(id);
    }

    static VacancyBuilder vacancy(String id, String siaeId) {
        return new VacancyBuilder(id, siaeId);
    }

    static Proposal proposal(MatchCandidate candidate, MatchVacancy vacancy, int seat) {
        Proposal proposal = new Proposal(candidate, List.of());
        proposal.setSeat(new Seat(vacancy, seat));
        return proposal;
    }

    static Proposal proposal(MatchCandidate candidate, MatchVacancy vacancy) {
        return proposal(candidate, vacancy, 1);
    }

    static Proposal unassigned(MatchCandidate candidate) {
        return new Proposal(candidate, List.of());
    }

    static final class CandidateBuilder {
        private final String id;
        Position position = PESSAC;
        int radiusKm = 30;
        Set<Licence> licences = Set.of(Licence.B);
        LocalDate availableFrom = TODAY;
        int waitingDays = 10;
        VacancyKind goal = VacancyKind.INSERTION;
        Set<SiaeKind> eligibleKinds = Set.of(SiaeKind.values());
        Set<String> romeCodes = Set.of("K2204");
        Set<String> refusedBy = Set.of();

        private CandidateBuilder(String id) {
            this.id = id;
        }

        CandidateBuilder at(Position value) {
            position = value;
            return this;
        }

        CandidateBuilder radius(int value) {
            radiusKm = value;
            return this;
        }

        CandidateBuilder licences(Licence... values) {
            licences = Set.of(values);
            return this;
        }

        CandidateBuilder availableFrom(LocalDate value) {
            availableFrom = value;
            return this;
        }

        CandidateBuilder waiting(int days) {
            waitingDays = days;
            return this;
        }

        CandidateBuilder goal(VacancyKind value) {
            goal = value;
            return this;
        }

        CandidateBuilder eligibleIn(SiaeKind... values) {
            eligibleKinds = Set.of(values);
            return this;
        }

        CandidateBuilder targeting(String... values) {
            romeCodes = Set.of(values);
            return this;
        }

        CandidateBuilder refusedBy(String... siaeIds) {
            refusedBy = Set.of(siaeIds);
            return this;
        }

        MatchCandidate build() {
            return new MatchCandidate(id, null, position, radiusKm, licences, availableFrom, waitingDays, goal,
                    eligibleKinds, romeCodes, refusedBy);
        }
    }

    static final class VacancyBuilder {
        private final String id;
        private final String siaeId;
        SiaeKind siaeKind = SiaeKind.ACI;
        VacancyKind kind = VacancyKind.INSERTION;
        String romeCode = "K2204";
        Position position = BORDEAUX;
        int seats = 1;
        LocalDate latestAvailability = TODAY.plusDays(30);
        Set<Licence> requiredLicences = Set.of();

        private VacancyBuilder(String id, String siaeId) {
            this.id = id;
            this.siaeId = siaeId;
        }

        VacancyBuilder at(Position value) {
            position = value;
            return this;
        }

        VacancyBuilder seats(int value) {
            seats = value;
            return this;
        }

        VacancyBuilder requiring(Licence... values) {
            requiredLicences = Set.of(values);
            return this;
        }

        VacancyBuilder latestAvailability(LocalDate value) {
            latestAvailability = value;
            return this;
        }

        VacancyBuilder kind(VacancyKind value, SiaeKind siae) {
            kind = value;
            siaeKind = siae;
            return this;
        }

        VacancyBuilder rome(String value) {
            romeCode = value;
            return this;
        }

        MatchVacancy build() {
            return new MatchVacancy(id, null, "Agent de propreté", siaeId, "SIAE " + siaeId, siaeKind, kind,
                    romeCode, position, seats, latestAvailability, requiredLicences);
        }
    }
}
