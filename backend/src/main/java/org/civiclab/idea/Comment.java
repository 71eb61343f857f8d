package org.civiclab.idea;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.civiclab.people.Person;

/**
 * A colleague's comment on an idea: in its organisation's discussion, or in the
 * cross-organisation thread of an idea shared beyond it.
 */
@Entity
@Table(name = "idea_comment")
class Comment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ideaId;

	@ManyToOne(optional = false, fetch = FetchType.EAGER)
	private Person author;

	private String body;

	private Instant createdAt;

	/** In the cross-organisation thread, not the organisation's own discussion. */
	private boolean regionThread;

	protected Comment() {
	}

	Comment(Long ideaId, Person author, String body, boolean regionThread) {
		this.ideaId = ideaId;
		this.author = author;
		this.body = body;
		this.createdAt = Instant.now();
		this.regionThread = regionThread;
	}

	Long getId() {
		return this.id;
	}

	Person getAuthor() {
		return this.author;
	}

	String getBody() {
		return this.body;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
