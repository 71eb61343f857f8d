package org.civiclab.lists;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ListEntryRepository extends JpaRepository<ListEntry, Long> {

	List<ListEntry> findByOrganisationIdAndKindOrderByPositionAscIdAsc(Long organisationId, ListKind kind);

	List<ListEntry> findByOrganisationIdAndRetiredFalseOrderByPositionAscIdAsc(Long organisationId);

	Optional<ListEntry> findByOrganisationIdAndKindAndNameKey(Long organisationId, ListKind kind, String nameKey);

	boolean existsByOrganisationIdAndKind(Long organisationId, ListKind kind);

}
