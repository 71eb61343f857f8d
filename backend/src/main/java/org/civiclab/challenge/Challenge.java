package org.civiclab.challenge;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.civiclab.people.Organisation;

/**
 * A problem a lab puts out to its staff, its region or the public, and what came of it.
 * Where it is in its life is the engine's, mirrored in {@link #getState()}.
 */
@Entity
class Challenge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false, fetch = FetchType.EAGER)
	private Organisation organisation;

	private String title;

	private String problem;

	private String affected;

	private String goodAnswer;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "challenge_theme", joinColumns = @JoinColumn(name = "challenge_id"))
	@Column(name = "theme")
	private Set<String> themes = new LinkedHashSet<>();

	@Enumerated(EnumType.STRING)
	private Audience audience;

	@Enumerated(EnumType.STRING)
	private ChallengeState state = ChallengeState.OPEN;

	private Instant opensAt;

	private Instant closesAt;

	private String summary;

	private String createdBy;

	private Instant createdAt;

	private Instant closedAt;

	@Version
	private Long version;

	protected Challenge() {
	}

	Challenge(Organisation organisation, String createdBy) {
		this.organisation = organisation;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
	}

	void describe(ChallengeRequest request) {
		this.title = request.title().strip();
		this.problem = request.problem().strip();
		this.affected = request.affected();
		this.goodAnswer = request.goodAnswer();
		this.themes = new LinkedHashSet<>(request.themes());
		this.audience = request.audience();
		this.opensAt = request.opensAt();
		this.closesAt = request.closesAt();
	}

	void reviewing() {
		if (this.state == ChallengeState.OPEN) {
			this.state = ChallengeState.REVIEWING;
		}
	}

	void close(String summary) {
		this.state = ChallengeState.CLOSED;
		this.summary = summary.strip();
		this.closedAt = Instant.now();
	}

	/** Whether residents may suggest and support now: public, open, between its dates. */
	boolean takesSuggestions(Instant now) {
		return this.audience == Audience.PUBLIC && this.state == ChallengeState.OPEN && !now.isBefore(this.opensAt)
				&& now.isBefore(this.closesAt);
	}

	ChallengePolicy.Facts facts() {
		return new ChallengePolicy.Facts(this.organisation.getId(), this.audience);
	}

	Long getId() {
		return this.id;
	}

	Organisation getOrganisation() {
		return this.organisation;
	}

	String getTitle() {
		return this.title;
	}

	String getProblem() {
		return this.problem;
	}

	String getAffected() {
		return this.affected;
	}

	String getGoodAnswer() {
		return this.goodAnswer;
	}

	List<String> getThemes() {
		return List.copyOf(this.themes);
	}

	Audience getAudience() {
		return this.audience;
	}

	ChallengeState getState() {
		return this.state;
	}

	Instant getOpensAt() {
		return this.opensAt;
	}

	Instant getClosesAt() {
		return this.closesAt;
	}

	String getSummary() {
		return this.summary;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getClosedAt() {
		return this.closedAt;
	}

	Long getVersion() {
		return this.version;
	}

}
