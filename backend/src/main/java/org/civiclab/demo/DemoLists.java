package org.civiclab.demo;

import java.util.Collection;

import org.civiclab.idea.IdeaRequest;
import org.civiclab.lists.ListKind;
import org.civiclab.lists.ManagedLists;
import org.civiclab.people.Organisation;
import org.civiclab.people.OrganisationRepository;

import org.springframework.stereotype.Component;

/**
 * Seeds the organisations' lists from the values the demo's people and ideas use, just
 * before they use them: the organisations of the demo form one region and start from one
 * vocabulary, which their admins then tend each for their own.
 */
@Component
class DemoLists {

	private final ManagedLists lists;

	private final OrganisationRepository organisations;

	DemoLists(ManagedLists lists, OrganisationRepository organisations) {
		this.lists = lists;
		this.organisations = organisations;
	}

	void department(String name) {
		seed(ListKind.DEPARTMENTS, name);
	}

	void receivingUnit(String name) {
		seed(ListKind.RECEIVING_UNITS, name);
	}

	/** The department and themes an idea names. */
	void idea(IdeaRequest idea) {
		department(idea.department());
		themes(idea.themes());
	}

	private void themes(Collection<String> names) {
		names.forEach((name) -> seed(ListKind.THEMES, name));
	}

	private void seed(ListKind kind, String name) {
		for (Organisation organisation : this.organisations.findAll()) {
			this.lists.seed(organisation.getId(), kind, name);
		}
	}

}
