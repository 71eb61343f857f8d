package org.civiclab.webhook;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookRepository extends JpaRepository<Webhook, Long> {

	List<Webhook> findByOrganisationIdOrderByIdAsc(Long organisationId);

	List<Webhook> findByOrganisationIdAndEnabledTrue(Long organisationId);

}
