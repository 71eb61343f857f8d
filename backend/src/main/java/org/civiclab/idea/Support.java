package org.civiclab.idea;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A colleague's support (vote) for an idea; one per person and idea.
 */
@Entity
@Table(name = "idea_support")
class Support {

	@EmbeddedId
	private Key key;

	private Instant createdAt;

	protected Support() {
	}

	Support(Long ideaId, Long personId) {
		this.key = new Key(ideaId, personId);
		this.createdAt = Instant.now();
	}

	@Embeddable
	record Key(Long ideaId, Long personId) implements Serializable {
	}

}
