package org.civiclab.webhook;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.civiclab.idea.IdeaEvent;

/**
 * An organisation's outbound webhook: where to POST, which kinds of {@link IdeaEvent},
 * and the secret each body is signed with.
 */
@Entity
class Webhook {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long organisationId;

	private String url;

	/** The kinds, comma-separated, in the enum's order. */
	private String events;

	private String secret;

	private boolean enabled;

	private Instant createdAt;

	protected Webhook() {
	}

	Webhook(Long organisationId, String secret) {
		this.organisationId = organisationId;
		this.secret = secret;
		this.createdAt = Instant.now();
	}

	void describe(String url, Set<IdeaEvent.Kind> events, boolean enabled) {
		this.url = url;
		this.events = EnumSet.copyOf(events).stream().map(Enum::name).collect(Collectors.joining(","));
		this.enabled = enabled;
	}

	void changeSecret(String secret) {
		this.secret = secret;
	}

	Set<IdeaEvent.Kind> events() {
		return Arrays.stream(this.events.split(","))
			.map(IdeaEvent.Kind::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(IdeaEvent.Kind.class)));
	}

	Long getId() {
		return this.id;
	}

	Long getOrganisationId() {
		return this.organisationId;
	}

	String getUrl() {
		return this.url;
	}

	String getSecret() {
		return this.secret;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
