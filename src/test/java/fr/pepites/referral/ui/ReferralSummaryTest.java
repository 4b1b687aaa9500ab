package fr.pepites.referral.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferralSummaryTest {

    @Test
    void onlyAPlainAddressBecomesALinkThatWritesToIt() {
        assertThat(ReferralSummary.mailto("lea.martin+iae@exemple.fr")).contains("mailto:lea.martin+iae@exemple.fr");
        // An address the directory accepts but whose link would add recipients, a subject or a body: shown as text.
        assertThat(ReferralSummary.mailto("x?cc=spy%40evil.io&subject=Urgent&body=hi@example.org")).isEmpty();
        assertThat(ReferralSummary.mailto("\"\\\"><img src=x>\"@x.fr")).isEmpty();
    }
}
