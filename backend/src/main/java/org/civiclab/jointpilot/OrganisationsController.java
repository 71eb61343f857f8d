package org.civiclab.jointpilot;

import java.util.Comparator;
import java.util.List;

import org.civiclab.people.OrganisationRepository;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisations of the installation, by name: whom a joint pilot can take as
 * partners.
 */
@RestController
class OrganisationsController {

	private final OrganisationRepository organisations;

	OrganisationsController(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	/**
	 * List the installation's organisations. Their ids and names, for anyone signed in:
	 * the organisations a joint pilot can take as partners.
	 */
	@GetMapping("/api/organisations")
	List<JointPilots.Partner> organisations() {
		return this.organisations.findAll()
			.stream()
			.map((organisation) -> new JointPilots.Partner(organisation.getId(), organisation.getName()))
			.sorted(Comparator.comparing(JointPilots.Partner::name))
			.toList();
	}

}
