package org.civiclab.idea;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;

import org.springframework.stereotype.Component;

/**
 * Draws a new idea's number from {@code idea_seq} before the idea is stored, so that its
 * reference ({@code IDEA-2026-0042}) is written with it. The SQL comes from Hibernate's
 * dialect, so it is right on H2 and on PostgreSQL alike.
 */
@Component
class IdeaNumbers {

	private final EntityManager entityManager;

	private final String nextValue;

	IdeaNumbers(EntityManager entityManager, EntityManagerFactory entityManagerFactory) {
		this.entityManager = entityManager;
		this.nextValue = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getJdbcServices()
			.getDialect()
			.getSequenceSupport()
			.getSequenceNextValString("idea_seq");
	}

	long next() {
		return ((Number) this.entityManager.createNativeQuery(this.nextValue).getSingleResult()).longValue();
	}

}
