package org.civiclab.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.civiclab.idea.IdeaRepository;
import org.civiclab.people.PersonRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo: people for every role and ideas in every stage,
 * so that a newcomer sees a living pipeline. Off in production
 * ({@code civiclab.demo.enabled=false}). The ideas go through the real services, each
 * step in its own transaction, as the people of the demo would take them.
 */
@Component
@ConditionalOnProperty(name = "civiclab.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoData implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private final PersonRepository people;

	private final DemoPeople demoPeople;

	private final IdeaRepository ideas;

	private final DemoIdeas demoIdeas;

	private final DemoLists lists;

	private final DemoTimeline timeline;

	DemoData(PersonRepository people, DemoPeople demoPeople, IdeaRepository ideas, DemoIdeas demoIdeas, DemoLists lists,
			DemoTimeline timeline) {
		this.lists = lists;
		this.timeline = timeline;
		this.people = people;
		this.demoPeople = demoPeople;
		this.ideas = ideas;
		this.demoIdeas = demoIdeas;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.people.count() > 0) {
			return;
		}
		long started = System.nanoTime();
		this.demoPeople.create();
		DemoPeople.USERS.forEach((user) -> this.lists.department(user.department()));
		this.timeline.begin();
		this.demoIdeas.create();
		this.timeline.apply();
		logger.info("Created the demo in {} ms: {} people (password '{}') and {} ideas",
				(System.nanoTime() - started) / 1_000_000, DemoPeople.USERS.size(), DemoPeople.PASSWORD,
				this.ideas.count());
	}

}
