package fr.pepites.referral.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fr.pepites.referral.ReferralDetails;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/** The facts of a referral, read-only: shown on its page and on top of every task form about it. */
class ReferralSummary extends FormLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    private static final java.util.regex.Pattern PLAIN_ADDRESS =
            java.util.regex.Pattern.compile("[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+");

    ReferralSummary(ReferralDetails d) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        item("referral.person", d.row().personName() + " (" + getTranslation("referral.bornOn", d.personBirthDate()) + ")");
        contact(d.personPhone(), d.personEmail());
        item("referral.siae", d.row().siaeName() == null ? getTranslation("referral.noSiae") : d.row().siaeName());
        item("referral.job", d.row().jobTitle() == null ? "—" : d.row().jobTitle());
        // A draft may not say yet its goal, commune or availability: "—" then.
        item("referral.goal", d.goal() == null ? null : getTranslation("referral.goal." + d.goal().name())
                + (d.trainingRoute().name().equals("NONE") ? "" : " · " + d.trainingRoute().name()));
        item("referral.commune", (d.communeLabel() == null ? "—" : d.communeLabel()) + " · "
                + getTranslation("referral.radius", d.mobilityRadiusKm()));
        item("referral.availableFrom", d.availableFrom() == null ? null : DATE.format(d.availableFrom()));
        item("referral.targetJobs", String.join(", ", d.targetJobTitles()));
        item("referral.licences", labels("licence.", d.licences()) + (d.hasVehicle()
                ? " · " + getTranslation("referral.vehicle") : ""));
        item("referral.barriers", labels("referral.barrier.", d.barriers()));
        if (!d.criteria().isEmpty()) {
            item("referral.criteria", labels("referral.criterion.", d.criteria()));
        }
        item("referral.adviser", d.row().adviserName() + " · " + d.row().cepOperatorName());
        if (d.note() != null && !d.note().isBlank()) {
            item("referral.note", d.note());
        }
        if (d.consentRecordedAt() != null) {
            item("referral.consent", getTranslation("referral.consent.given", DATE_TIME.format(d.consentRecordedAt())));
        }
        if (d.interviewAt() != null) {
            item("referral.interview", DATE_TIME.format(d.interviewAt()) + ", " + d.interviewPlace());
        }
        if (d.hiringDate() != null) {
            item("referral.hiringDate", DATE.format(d.hiringDate())).setId("referral-hiring-date");
        }
        if (d.postponedUntil() != null) {
            item("referral.postponedUntil", DATE.format(d.postponedUntil()));
        }
        if (d.refusalReason() != null) {
            item("referral.refusal", getTranslation("referral.refusal." + d.refusalReason().name()) + " — "
                    + d.refusalMessage() + (Boolean.TRUE.equals(d.refusalSharedWithPerson())
                    ? " " + getTranslation("referral.refusal.shared") : ""));
        }
    }

    /** The person's telephone and e-mail, each a link that calls or writes (the href keeps only what a number has). */
    private void contact(String phone, String email) {
        Div contact = new Div();
        contact.setId("referral-person-contact");
        // A long address breaks where it must rather than widening a phone's page.
        contact.getStyle().set("overflow-wrap", "anywhere");
        if (phone != null && !phone.isBlank()) {
            contact.add(new Anchor("tel:" + phone.replaceAll("[^0-9+]", ""), phone));
        }
        if (email != null && !email.isBlank()) {
            if (contact.getComponentCount() > 0) {
                contact.add(new Span(" · "));
            }
            // A link only for a plain address: "x?cc=…@y.fr" would add recipients to the message it opens.
            contact.add(mailto(email).<Component>map(href -> new Anchor(href, email)).orElseGet(() -> new Span(email)));
        }
        if (contact.getComponentCount() == 0) {
            contact.add(new Span(getTranslation("referral.contact.none")));
        }
        addFormItem(contact, getTranslation("referral.contact"));
    }

    /** The link that writes to this address, if it is a plain one. */
    static java.util.Optional<String> mailto(String email) {
        return PLAIN_ADDRESS.matcher(email).matches() ? java.util.Optional.of("mailto:" + email)
                : java.util.Optional.empty();
    }

    private Component item(String labelKey, String value) {
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        addFormItem(text, getTranslation(labelKey));
        return text;
    }

    private String labels(String prefix, Collection<? extends Enum<?>> values) {
        return values.isEmpty() ? "—" : values.stream().map(v -> getTranslation(prefix + v.name())).sorted()
                .collect(Collectors.joining(", "));
    }
}
