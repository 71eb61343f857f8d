package org.civiclab.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/**
 * Who did what, when, to which record. Written once, never changed.
 */
@Entity
@Immutable
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String action;

	private String recordType;

	private Long recordId;

	private Long ideaId;

	private String details;

	protected AuditEvent() {
	}

	AuditEvent(String actor, String action, String recordType, Long recordId, Long ideaId, String details) {
		this.occurredAt = Instant.now();
		// Cut to the columns' sizes: what is audited can come from a request (a long
		// username sent with HTTP Basic, a long path) and must never fail the audit.
		this.actor = cut(actor, 100);
		this.action = action;
		this.recordType = recordType;
		this.recordId = recordId;
		this.ideaId = ideaId;
		this.details = cut(details, 2000);
	}

	private static String cut(String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length - 1) + "…" : text;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public String getAction() {
		return this.action;
	}

	public String getRecordType() {
		return this.recordType;
	}

	public Long getRecordId() {
		return this.recordId;
	}

	public Long getIdeaId() {
		return this.ideaId;
	}

	public String getDetails() {
		return this.details;
	}

}
