package fr.pepites.vacancy;

/**
 * Vacancy search.
 *
 * @param text words of the job title, or null
 * @param onlyOpen leave closed vacancies out
 * @param kind insertion or staff jobs only, or null for both
 */
public record VacancyFilter(String text, boolean onlyOpen, VacancyKind kind) {

    public static VacancyFilter open() {
        return new VacancyFilter(null, true, null);
    }
}
