package org.civiclab.notification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.civiclab.idea.Followers;
import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaEvent;
import org.civiclab.idea.IdeaPolicy;
import org.civiclab.notification.Routes.Audience;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.Person;
import org.civiclab.people.PersonRepository;
import org.civiclab.people.Role;

import org.springframework.stereotype.Component;

/**
 * Who the routing table's audiences are for one idea and one kind of event, each checked
 * against the rulebook: only people who can sign in and may see the idea
 * ({@link IdeaPolicy#view}), and of what only its organisation sees (its own discussion)
 * only those who see it in full.
 */
@Component
class Recipients {

	private final PersonRepository people;

	private final Followers followers;

	Recipients(PersonRepository people, Followers followers) {
		this.people = people;
		this.followers = followers;
	}

	/** The people this kind of event on this idea reaches, by display name. */
	List<Person> of(IdeaEvent.Kind kind, Idea idea, IdeaEvent event) {
		Set<Audience> audiences = Routes.of(kind);
		IdeaPolicy.Facts facts = idea.facts();
		Set<Long> ids = new HashSet<>();
		Set<String> usernames = new HashSet<>();
		if (audiences.contains(Audience.SUBMITTER) || audiences.contains(Audience.AUTHORS)) {
			usernames.add(facts.submitter());
		}
		if (audiences.contains(Audience.AUTHORS)) {
			usernames.addAll(facts.coAuthors());
		}
		if (audiences.contains(Audience.MENTIONED) || audiences.contains(Audience.REVIEWERS)) {
			usernames.addAll(event.mentioned());
		}
		if (audiences.contains(Audience.FOLLOWERS)) {
			ids.addAll(this.followers.of(idea.getId()));
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (audiences.contains(Audience.LAB_LEADS) || audiences.contains(Audience.PANEL_LEADS)) {
			roles.add(Role.LAB_LEAD);
		}
		if (audiences.contains(Audience.EXECUTIVES)) {
			roles.add(Role.EXECUTIVE);
		}
		List<Person> found = new ArrayList<>();
		if (!ids.isEmpty() || !usernames.isEmpty()) {
			found.addAll(this.people.findEnabledByIdOrUsername(ids.isEmpty() ? List.of(-1L) : ids,
					usernames.isEmpty() ? List.of("") : usernames));
		}
		if (!roles.isEmpty()) {
			found.addAll(this.people.findEnabledCandidates(facts.organisationId(), roles, List.of("")));
		}
		Set<Long> seen = new HashSet<>();
		return found.stream()
			.filter(Person::isActive)
			.filter((person) -> seen.add(person.getId()))
			// A panel's reviews are never the authors' (docs/adr/0039).
			.filter((person) -> !audiences.contains(Audience.PANEL_LEADS)
					|| IdeaPolicy.seesAllReviews(CurrentUser.of(person), facts))
			.filter((person) -> IdeaPolicy.view(CurrentUser.of(person), facts)
				.filter((view) -> event.shared() || view == IdeaPolicy.View.FULL)
				.isPresent())
			.sorted(Comparator.comparing(Person::getDisplayName))
			.toList();
	}

}
