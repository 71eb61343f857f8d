package org.civiclab.demo;

import java.time.Duration;
import java.time.Instant;

import org.civiclab.experiment.ExperimentOutcome;
import org.civiclab.idea.EntryRoute;
import org.civiclab.idea.Outcome;

import org.springframework.stereotype.Component;

import static org.civiclab.demo.DemoIdeas.card;
import static org.civiclab.demo.DemoIdeas.idea;
import static org.civiclab.demo.DemoScript.learned;
import static org.civiclab.demo.DemoScript.scores;

/**
 * Tests that run, one in each state of its time box: fine, ending soon (inside the
 * reminder period), and one whose time box runs out seconds after start-up, when the
 * engine's timer forces a decision.
 */
@Component
class DemoIdeasInTest {

	/**
	 * The time box that runs out during the demo; it must lie in the future when decided.
	 */
	static final Duration RUNS_OUT_AFTER = Duration.ofSeconds(5);

	private final DemoScript script;

	DemoIdeasInTest(DemoScript script) {
		this.script = script;
	}

	void create() {
		this.script.daysAgo(75);
		Long permits = this.script.submitted("sara", idea("AI help for building permit applications",
				"Six in ten building permit applications are incomplete when they arrive. Case officers spend weeks "
						+ "asking for drawings and documents, and applicants wait.",
				"An AI assistant in the e-service checks the application against the checklist and the local "
						+ "development plan before it is sent, and explains in plain language what is missing. Case "
						+ "officers still decide; the assistant only advises.",
				"Applicants, case officers at the building permit unit", "Building permits",
				EntryRoute.OPPORTUNITY_DRIVEN, 450_000, "AI", "building permits", "e-services"));
		this.script.daysAgo(60);
		this.script.screen("jonas", permits, Outcome.GO, scores(5, 4, 3, 4),
				"Long waiting times are our most common complaint. Go, on condition that the assistant never decides.");
		this.script.daysAgo(30);
		Long offline = this.script.testCard("jonas", permits, card("Check 200 past applications",
				"We believe that the assistant finds the same gaps as a case officer in most applications.",
				"To verify that, we will run it on 200 anonymised applications from last year and compare its "
						+ "findings with the officers' requests for more documents.",
				"Share of the officers' requests that the assistant also raised; false alarms per application.",
				"We are right if it finds at least 80% of the gaps with under one false alarm per application.", 14,
				40_000, "200 anonymised applications from last year", "The AI supplier under the regional framework"));
		this.script.testCard("jonas", permits, card("Live pilot with applicants",
				"We believe that applicants who get the assistant's advice send complete applications more often.",
				"To verify that, we will offer the assistant to every second applicant for detached houses.",
				"Share of complete applications, with and without the assistant; time to decision.",
				"We are right if complete applications rise from 40% to 65%.", 30, 120_000,
				"Applicants for detached houses", "Building permit unit"));
		this.script.daysAgo(20);
		this.script.approvePlan("jonas", permits, this.script.inDays(30), "Two steps: offline first, then applicants.");
		this.script.daysAgo(8);
		this.script.result("jonas", offline,
				"The assistant raised 86% of the gaps the officers had found, with 0.4 false alarms per application.",
				ExperimentOutcome.VALIDATED,
				learned("We believed the assistant would find most gaps.",
						"It found 86%, and missed mostly " + "gaps in hand-drawn site plans.",
						"It reads text well and drawings less well.",
						"Therefore the live pilot asks applicants to upload site plans as PDF from the map service."));

		this.script.daysAgo(70);
		Long homework = this.script.submitted("omar", idea("Online homework help with upper-secondary mentors",
				"Pupils in years 7 to 9 whose parents cannot help with homework fall behind, above all in maths.",
				"Upper-secondary students, paid as summer-job trainees, give homework help by video two evenings a "
						+ "week; the library lends laptops to those who need one.",
				"Pupils in years 7 to 9, their parents, the mentors", "Education", EntryRoute.IDEA_DRIVEN, 220_000,
				"schools", "digital inclusion"));
		this.script.daysAgo(55);
		this.script.screen("lena", homework, Outcome.GO, scores(4, 5, 4, 3),
				"Strong value for pupils and a low cost. Go: test it in one school this term.");
		this.script.daysAgo(45);
		Long evenings = this.script.testCard("lena", homework, card("Two evenings a week at Norrvik school",
				"We believe that pupils who join homework help twice a week hand in more of their maths homework.",
				"To verify that, we will run homework help by video for pupils of Norrvik school for six weeks.",
				"Pupils joining per evening; share of maths homework handed in, compared with last term.",
				"We are right if 30 pupils join regularly and hand-ins rise by 15 percentage points.", 42, 50_000,
				"Years 7 to 9 at Norrvik school", "Norrvik upper-secondary school, the library"));
		this.script.daysAgo(38);
		this.script.approvePlan("lena", homework, this.script.inDays(42), "Six weeks before the term ends.");
		this.script.daysAgo(12);
		this.script.result("lena", evenings,
				"Attendance is steady at 24 pupils per evening; the hand-in figures come from the teachers at term end.",
				ExperimentOutcome.INCONCLUSIVE,
				learned("We believed 30 pupils would join.", "24 join regularly, most of them in year 9.",
						"Year 9 pupils see the point before their final grades; younger ones need their mentor's nudge.",
						"Therefore mentors will invite year 7 and 8 pupils personally before the decision."));

		this.script.daysAgo(60);
		Long bins = this.script.submitted("sara", idea("Fill-level sensors in public litter bins",
				"Park bins are emptied on a fixed schedule: some overflow at weekends, others are emptied half-empty.",
				"Sensors in the bins report how full they are, and the emptying route is planned from the readings.",
				"Park visitors, the park maintenance crew", "Streets and parks", EntryRoute.OPPORTUNITY_DRIVEN, 200_000,
				"climate", "mobility"));
		this.script.daysAgo(45);
		this.script.screen("jonas", bins, Outcome.GO, scores(4, 3, 4, 4),
				"Fuel, time and fewer overflowing bins. Go: a short test in the two largest parks.");
		this.script.daysAgo(35);
		this.script.testCard("jonas", bins,
				card("Sensors in 40 park bins",
						"We believe that planning routes from fill levels saves a third of the emptying trips.",
						"To verify that, we will fit sensors to 40 bins in the harbour park and the city park.",
						"Emptying trips per week; overflowing bins reported by residents.",
						"We are right if trips fall by 30% and overflow reports do not rise.", 30, 45_000,
						"40 bins in two parks", "Park maintenance crew, the sensor supplier"));
		this.script.daysAgo(30);
		this.script.approvePlan("jonas", bins, Instant.now().plus(RUNS_OUT_AFTER),
				"A short, cheap test. The time box is tight: decide when it runs out.");
		// It runs out in seconds, today: what the engine then does is not moved back in
		// time.
		this.script.daysAgo(0);
	}

}
