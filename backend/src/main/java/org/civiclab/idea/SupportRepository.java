package org.civiclab.idea;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupportRepository extends JpaRepository<Support, Support.Key> {

	long countByKeyIdeaId(Long ideaId);

}
