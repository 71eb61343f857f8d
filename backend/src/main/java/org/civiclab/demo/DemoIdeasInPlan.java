package org.civiclab.demo;

import org.civiclab.idea.EntryRoute;
import org.civiclab.idea.IdeaRequest;
import org.civiclab.idea.Outcome;

import org.springframework.stereotype.Component;

import static org.civiclab.demo.DemoIdeas.card;
import static org.civiclab.demo.DemoIdeas.idea;
import static org.civiclab.demo.DemoScript.scores;

/**
 * Ideas past screening whose test is being planned: test cards written, the plan not yet
 * approved. One of them was sent back for revision first.
 */
@Component
class DemoIdeasInPlan {

	private static final String BIKES_PROBLEM = "Home-care staff in central Norrvik drive short trips between "
			+ "visits in municipal cars. Parking takes time, and the cars stand still most of the day.";

	private final DemoScript script;

	DemoIdeasInPlan(DemoScript script) {
		this.script = script;
	}

	void create() {
		this.script.daysAgo(52);
		Long bikes = this.script.submitted("anna", bikes(BIKES_PROBLEM,
				"Replace two of the group's cars with six bookable e-bikes.", "Home-care staff", 150_000));
		this.script.daysAgo(45);
		this.script.screen("lena", bikes, Outcome.RECYCLE, scores(4, 3, 4, 2),
				"Promising, but we miss the staff's own view, and winter: what happens in January? Please talk to "
						+ "the home-care group and add how the bikes would be used all year round.");
		this.script.daysAgo(40);
		this.script.revise("anna", bikes, bikes(BIKES_PROBLEM + " Half the trips are shorter than two kilometres.",
				"Replace two of the group's cars with six bookable e-bikes with studded winter tyres, helmets and "
						+ "weatherproof clothing. The staff asked for a trial; on days with heavy snow the cars are "
						+ "kept as a fallback.",
				"Home-care staff, residents in the city centre (less traffic, cleaner air)", 180_000));
		this.script.daysAgo(33);
		this.script.screen("lena", bikes, Outcome.GO, scores(4, 4, 4, 3),
				"Revised with the staff's support and a plan for winter. Go: plan a test with one group.");
		this.script.daysAgo(30);
		this.script.testCard("lena", bikes, card("Six e-bikes for one home-care group",
				"We believe that e-bikes make home-care visits in the city centre as fast as by car, and that "
						+ "staff prefer them.",
				"To verify that, we will lend six e-bikes to the central group for eight weeks, October to December, "
						+ "and keep two cars as a fallback.",
				"Travel time per visit from the planning system; share of trips by bike; a staff survey.",
				"We are right if travel time per visit does not rise and at least 60% of trips are made by bike.", 56,
				60_000, "Home-care group Centrum (14 staff)", "Fleet management, occupational health service"));

		this.script.daysAgo(26);
		Long portal = this.script.submitted("sara", idea("An open data portal shared with our neighbours",
				"Sjöstad publishes almost no open data. Developers, researchers and journalists ask for the same "
						+ "data again and again, and each request is handled by hand.",
				"Publish our most requested datasets on a portal shared with the neighbouring municipalities, "
						+ "following the national open data guidelines, as Växjö has done.",
				"Local developers, researchers, journalists, other municipalities", "Digital services",
				EntryRoute.REUSE, 300_000, "open data", "e-services"));
		this.script.daysAgo(18);
		this.script.screen("jonas", portal, Outcome.GO, scores(5, 4, 4, 3),
				"Fits the open data strategy and the regional collaboration. Go: start with a handful of datasets.");
		this.script.daysAgo(15);
		this.script.testCard("jonas", portal, card("Five datasets and a developer evening",
				"We believe that local developers and researchers will reuse municipal data if it is easy to find.",
				"To verify that, we will publish five datasets (school places, bus stops, building permits, waste "
						+ "collection days, air quality) and host an evening for developers.",
				"Downloads per dataset; requests for data to the registry; apps or analyses built on the data.",
				"We are right if the datasets are downloaded 500 times in two months and requests by hand halve.", 60,
				80_000, "Local developers, the university's data science students", "Neighbouring municipalities"));
	}

	private static IdeaRequest bikes(String problem, String proposal, String beneficiaries, long cost) {
		return idea("E-bikes for home-care staff", problem, proposal, beneficiaries, "Elderly care",
				EntryRoute.IDEA_DRIVEN, cost, "mobility", "climate", "health");
	}

}
