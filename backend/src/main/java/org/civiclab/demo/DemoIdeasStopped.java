package org.civiclab.demo;

import java.math.BigDecimal;

import org.civiclab.experiment.ExperimentOutcome;
import org.civiclab.idea.EntryRoute;
import org.civiclab.idea.Outcome;

import org.springframework.stereotype.Component;

import static org.civiclab.demo.DemoIdeas.card;
import static org.civiclab.demo.DemoIdeas.idea;
import static org.civiclab.demo.DemoScript.learned;
import static org.civiclab.demo.DemoScript.scores;

/**
 * Ideas stopped with their lessons kept: one after its test, one at the scale decision.
 * Failure is a result.
 */
@Component
class DemoIdeasStopped {

	private final DemoScript script;

	DemoIdeasStopped(DemoScript script) {
		this.script = script;
	}

	void create() {
		this.script.daysAgo(400);
		Long route = this.script.submitted("omar", idea("A school-route safety app",
				"Parents drive their children to school because they think the walk is unsafe, which makes the "
						+ "streets around the schools even less safe.",
				"An app that shows the safest walking and cycling routes to each school and lets parents report "
						+ "dangerous spots.",
				"Pupils, parents, the traffic planners", "Education", EntryRoute.IDEA_DRIVEN, 280_000, "schools",
				"mobility"));
		this.script.daysAgo(388);
		this.script.screen("lena", route, Outcome.GO, scores(4, 4, 4, 3), "Worth testing in three schools.");
		this.script.daysAgo(380);
		Long app = this.script.testCard("lena", route, card("The app for three schools",
				"We believe that parents who know a safe route let their children walk or cycle.",
				"To verify that, we will offer the app to the families of three schools for eight weeks.",
				"Families using the app weekly; pupils walking or cycling, counted at the gates.",
				"We are right if 40% of families use it and walking or cycling rises by 10 percentage points.", 56,
				90_000, "Families of three primary schools", "Traffic planning, the parents' associations"));
		Long spots = this.script.testCard("lena", route,
				card("Reporting dangerous spots", "We believe that parents know where the dangerous spots are.",
						"To verify that, we will let parents report spots on a map, in the app or on paper at school.",
						"Reports, and spots reported by several families.", "We are right if recurring spots emerge.",
						56, 10_000, "Families of three primary schools", "Traffic planning"));
		this.script.daysAgo(375);
		this.script.approvePlan("lena", route, this.script.inDays(60), "Eight weeks in three schools.");
		this.script.daysAgo(312);
		this.script.result("lena", app, "7% of families installed the app; walking and cycling did not change.",
				ExperimentOutcome.INVALIDATED,
				learned("We believed parents lacked information about safe routes.",
						"Few installed the app and use fell to almost nothing after two weeks.",
						"Parents know the routes; they do not trust six crossings.",
						"Therefore we stop the app and give the crossings to traffic planning."),
				new BigDecimal("96500"));
		this.script.result("lena", spots, "46 reports; six crossings were reported by more than ten families each.",
				ExperimentOutcome.VALIDATED,
				learned("We believed parents knew the dangerous spots.", "They did: six crossings stood out.",
						"The problem is the street, not the information.",
						"Therefore the map goes to traffic planning and is published as open data."),
				new BigDecimal("6200"));
		this.script.daysAgo(305);
		this.script.stopAfterTest("lena", route, "The app does not change how children get to school; stop it.",
				learned("We believed an app with safe routes would get more children walking and cycling.",
						"Only 7% of families used it, and no more children walked; but parents pointed out six "
								+ "crossings they do not trust.",
						"The barrier is the traffic environment, not a lack of information.",
						"Therefore we stop the app, hand the six crossings to traffic planning for physical measures, "
								+ "and publish the map of reports as open data."));

		this.script.daysAgo(330);
		Long notes = this.script.submitted("anna", idea("Speech-to-text for social-services case notes",
				"Social workers spend up to two hours a day writing case notes, time taken from meeting the people "
						+ "they support.",
				"Dictate case notes and let an AI service transcribe and structure them for the case management "
						+ "system; the social worker checks and signs every note.",
				"Social workers, the people they support", "Social services", EntryRoute.OPPORTUNITY_DRIVEN, 400_000,
				"AI", "health"));
		this.script.daysAgo(320);
		this.script.screen("lena", notes, Outcome.GO, scores(4, 4, 3, 4),
				"Large time saving if it works; test with fictitious cases only.");
		this.script.daysAgo(312);
		Long dictation = this.script.testCard("lena", notes, card("Dictation for twelve social workers",
				"We believe that AI transcription saves each social worker at least half an hour a day.",
				"To verify that, twelve social workers will dictate fictitious case notes alongside their work for "
						+ "six weeks.",
				"Minutes per note, dictated and typed; corrections needed per note.",
				"We are right if each saves 30 minutes a day with few corrections.", 42, 75_000,
				"Twelve social workers in the adult unit", "The AI supplier, the data protection officer"));
		this.script.daysAgo(306);
		this.script.approvePlan("lena", notes, this.script.inDays(45), "Fictitious cases only; no personal data.");
		this.script.daysAgo(258);
		this.script.result("lena", dictation, "35 minutes saved per social worker a day; corrections were rare.",
				ExperimentOutcome.VALIDATED,
				learned("We believed transcription would save time.", "It saved 35 minutes a day.",
						"The time saving is real.", "Therefore we propose it for scaling, subject to the DPIA."),
				new BigDecimal("71000"));
		this.script.daysAgo(252);
		this.script.proposeScaling("lena", notes, "Validated time saving; DPIA under way.");
		this.script.daysAgo(240);
		this.script.stopAtScaleDecision("maria", notes,
				"The DPIA found that the service processes sensitive personal data outside the EU, and no supplier "
						+ "in our framework agreements offers it within the EU. We cannot scale it.",
				learned("We believed the time saving would carry the case for scaling.",
						"The time saving was confirmed, but the DPIA stopped the only available service.",
						"Data protection and the procurement route must be checked while the test is planned, not "
								+ "after it.",
						"Therefore the lab adds a DPIA pre-check to every plan, and we reopen the idea when the "
								+ "national framework agreement for speech services is in place."));
	}

}
