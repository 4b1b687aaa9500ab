package fr.pepites.learning;

import fr.pepites.common.PublicAddress;
import java.net.URI;
import java.time.ZoneId;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A session as an iCalendar event (RFC 5545, made with ical4j): the same UID for every version of a session, its
 * SEQUENCE raised each time it moves, so that a calendar updates the event it already holds; a cancelled session is
 * sent with METHOD:CANCEL. Times are written in UTC, which every calendar converts.
 */
@Component
class SessionCalendar {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final PublicAddress address;
    private final String from;

    SessionCalendar(PublicAddress address, @Value("${pepites.mail.from}") String from) {
        this.address = address;
        this.from = from;
    }

    /** The invitation e-mailed to one registrant (METHOD:REQUEST, or CANCEL when they no longer come). */
    String invitation(TrainingSession session, String place, String attendeeEmail, boolean cancelled) {
        VEvent event = event(session, place, cancelled);
        event.add(new Attendee(URI.create("mailto:" + attendeeEmail)));
        return calendar(event, cancelled ? Method.VALUE_CANCEL : Method.VALUE_REQUEST);
    }

    /** The cancelled event e-mailed to all its registrants at once (METHOD:CANCEL, no attendee named). */
    String cancellation(TrainingSession session, String place) {
        return calendar(event(session, place, true), Method.VALUE_CANCEL);
    }

    /** The event to download from the registrations' page (METHOD:PUBLISH). */
    String download(TrainingSession session, String place) {
        return calendar(event(session, place, session.getStatus() == SessionStatus.CANCELLED), Method.VALUE_PUBLISH);
    }

    private VEvent event(TrainingSession session, String place, boolean cancelled) {
        VEvent event = new VEvent(session.getStartsAt().atZone(PARIS).toInstant(),
                session.getEndsAt().atZone(PARIS).toInstant(), session.getOffer().getTitle());
        event.add(new Uid("session-" + session.getId() + "@" + URI.create(address.url()).getHost()));
        event.add(new Sequence(session.getCalendarSequence()));
        event.add(new Status(cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        event.add(new Organizer(URI.create("mailto:" + from)));
        if (place != null) {
            event.add(new Location(place));
        }
        if (session.getVideoLink() != null && !cancelled) {
            event.add(new Url(URI.create(session.getVideoLink())));
        }
        String description = session.getOffer().getDescription();
        event.add(new Description((description == null ? "" : description + "\n\n") + "Session "
                + session.businessKey() + " : " + address.url() + "/formation/inscriptions"));
        return event;
    }

    private static String calendar(VEvent event, String method) {
        Calendar calendar = new Calendar().withProdId("-//PEPITES//Sessions de formation//FR").withDefaults()
                .withProperty(new Method(method)).withComponent(event).getFluentTarget();
        // Written with its long lines folded at 75 octets, as RFC 5545 asks.
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            new net.fortuna.ical4j.data.CalendarOutputter(false).output(calendar, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString();
    }
}
