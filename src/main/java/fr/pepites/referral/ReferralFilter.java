package fr.pepites.referral;

/**
 * Referral list search.
 *
 * @param text words of the person's name, or null
 * @param status one status only, or null for all
 * @param onlyOpen leave the referrals that reached an end out
 */
public record ReferralFilter(String text, ReferralStatus status, boolean onlyOpen) {

    public static ReferralFilter all() {
        return new ReferralFilter(null, null, false);
    }
}
