package org.civiclab.challenge;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A resident's answer to a public challenge. The resident is a row of {@code citizen},
 * whose address is never read here; {@code authorName} is the name they gave, if any.
 */
@Entity
class Suggestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long challengeId;

	private Long citizenId;

	private String title;

	private String text;

	private String authorName;

	/** Whether the resident agreed to be credited by name in an idea made from it. */
	private boolean credit;

	@Enumerated(EnumType.STRING)
	private SuggestionStatus status = SuggestionStatus.UNCONFIRMED;

	private String rejectionReason;

	private Long ideaId;

	private boolean screeningTold;

	private Instant createdAt;

	private Instant confirmedAt;

	private String moderatedBy;

	private Instant moderatedAt;

	protected Suggestion() {
	}

	Suggestion(Long challengeId, Long citizenId, String title, String text, String authorName, boolean credit) {
		this.challengeId = challengeId;
		this.citizenId = citizenId;
		this.title = title.strip();
		this.text = text.strip();
		this.authorName = (authorName != null && !authorName.isBlank()) ? authorName.strip() : null;
		this.credit = credit;
		this.createdAt = Instant.now();
	}

	void confirmed() {
		if (this.status == SuggestionStatus.UNCONFIRMED) {
			this.status = SuggestionStatus.PENDING;
			this.confirmedAt = Instant.now();
		}
	}

	void moderate(SuggestionStatus outcome, String reason, String by) {
		this.status = outcome;
		this.rejectionReason = reason;
		this.moderatedBy = by;
		this.moderatedAt = Instant.now();
	}

	void becameIdea(Long ideaId) {
		this.ideaId = ideaId;
	}

	void screeningTold() {
		this.screeningTold = true;
	}

	/** The name to credit in an idea made from it: only if the resident agreed. */
	String creditedName() {
		return this.credit ? this.authorName : null;
	}

	Long getId() {
		return this.id;
	}

	Long getChallengeId() {
		return this.challengeId;
	}

	Long getCitizenId() {
		return this.citizenId;
	}

	String getTitle() {
		return this.title;
	}

	String getText() {
		return this.text;
	}

	String getAuthorName() {
		return this.authorName;
	}

	boolean isCredit() {
		return this.credit;
	}

	SuggestionStatus getStatus() {
		return this.status;
	}

	String getRejectionReason() {
		return this.rejectionReason;
	}

	Long getIdeaId() {
		return this.ideaId;
	}

	boolean isScreeningTold() {
		return this.screeningTold;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
