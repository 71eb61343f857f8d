package org.civiclab.lists;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomFieldRepository extends JpaRepository<CustomField, Long> {

	List<CustomField> findByOrganisationIdOrderByPositionAscIdAsc(Long organisationId);

	List<CustomField> findByOrganisationIdAndRetiredFalseOrderByPositionAscIdAsc(Long organisationId);

}
