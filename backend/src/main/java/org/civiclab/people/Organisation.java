package org.civiclab.people;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A municipality or another public body; every idea and person belongs to one.
 */
@Entity
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private Instant createdAt;

	protected Organisation() {
	}

	public Organisation(String name) {
		this.name = name;
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

}
