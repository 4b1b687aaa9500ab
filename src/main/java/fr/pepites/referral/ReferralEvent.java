package fr.pepites.referral;

import fr.pepites.workflow.FileEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of a referral's timeline: who did what, when. */
@Entity
@Table(name = "referral_event")
public class ReferralEvent extends FileEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_event_seq")
    @SequenceGenerator(name = "referral_event_seq", sequenceName = "referral_event_seq", allocationSize = 50)
    private Long id;

    /**
     * An association, not a bare id: Hibernate, which orders an action's inserts into batches, then inserts a new
     * referral before its events.
     */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id")
    private Referral referral;

    @Enumerated(EnumType.STRING)
    private ReferralEventType type;

    /** The SIAE concerned, when there is one (sent to, refused by…). */
    @Column(name = "siae_id")
    private Long siaeId;

    protected ReferralEvent() {
    }

    ReferralEvent(Referral referral, String actor, ReferralEventType type, Long siaeId, String detail) {
        super(actor, detail);
        this.referral = referral;
        this.type = type;
        this.siaeId = siaeId;
    }

    public Long getId() {
        return id;
    }

    public long getReferralId() {
        return referral.getId();
    }

    public ReferralEventType getType() {
        return type;
    }

    public Long getSiaeId() {
        return siaeId;
    }
}
