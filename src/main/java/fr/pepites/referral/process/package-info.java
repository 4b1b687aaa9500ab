/** The referral process's names; its glue bean is {@code fr.pepites.referral.ReferralProcessGlue}. */
package fr.pepites.referral.process;
