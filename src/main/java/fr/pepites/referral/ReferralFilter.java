package fr.pepites.referral;

/**
 * Referral list search.
 *
 * @param text words of the person's name, or a referral's number ("ORI-12", in any case), or null
 * @param status one status only, or null for all
 * @param onlyOpen leave the referrals that reached an end out
 * @param siaeId only the referrals sent to this SIAE (last sent, for a re-sent one), or null
 */
public record ReferralFilter(String text, ReferralStatus status, boolean onlyOpen, Long siaeId) {

    public ReferralFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public ReferralFilter(String text, ReferralStatus status, boolean onlyOpen) {
        this(text, status, onlyOpen, null);
    }

    public static ReferralFilter all() {
        return new ReferralFilter(null, null, false);
    }
}
