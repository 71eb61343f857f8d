package org.civiclab.demo;

import org.civiclab.experiment.ExperimentOutcome;
import org.civiclab.idea.EntryRoute;
import org.civiclab.idea.Outcome;

import org.springframework.stereotype.Component;

import static org.civiclab.demo.DemoIdeas.card;
import static org.civiclab.demo.DemoIdeas.idea;
import static org.civiclab.demo.DemoScript.learned;
import static org.civiclab.demo.DemoScript.scores;

/**
 * Tested ideas that a lab lead proposed for scaling, waiting for an executive other than
 * the proposer. One needed a second round of testing first.
 */
@Component
class DemoIdeasAtScaleDecision {

	private final DemoScript script;

	DemoIdeasAtScaleDecision(DemoScript script) {
		this.script = script;
	}

	void create() {
		this.script.daysAgo(170);
		Long sensors = this.script.submitted("omar", idea("Indoor-climate sensors in school buildings",
				"Classrooms get stuffy in the afternoon. High CO₂ levels make pupils tired, and the property unit "
						+ "only hears about it when someone complains.",
				"CO₂ and temperature sensors in every classroom, with a traffic-light display for the teacher and "
						+ "readings sent to the property unit, which adjusts the ventilation.",
				"Pupils, teachers, the property unit", "Education", EntryRoute.IDEA_DRIVEN, 500_000, "schools",
				"climate", "health"));
		this.script.daysAgo(160);
		this.script.screen("lena", sensors, Outcome.GO, scores(4, 4, 4, 3),
				"Health and learning in one; start small, in one school.");
		this.script.daysAgo(155);
		Long first = this.script.testCard("lena", sensors,
				card("Sensors in one school",
						"We believe that teachers who see the CO₂ level air their classrooms before it gets too high.",
						"To verify that, we will fit sensors in eight classrooms of Strandskolan for four weeks.",
						"Share of lesson hours above 1,000 ppm CO₂.", "We are right if that share halves.", 28, 25_000,
						"Eight classrooms at Strandskolan", "Property unit"));
		this.script.daysAgo(150);
		this.script.approvePlan("lena", sensors, this.script.inDays(30), "A small first round.");
		this.script.daysAgo(118);
		this.script.result("lena", first, "Hours above 1,000 ppm fell from 31% to 24%; the displays were rarely seen.",
				ExperimentOutcome.INCONCLUSIVE,
				learned("We believed a reading on the wall would make teachers act.",
						"The sensors sat on a back wall; few teachers noticed them.",
						"The signal must be where the teacher looks, and the property unit must act too.",
						"Therefore a second round with displays by the whiteboard and ventilation changes."));
		this.script.daysAgo(115);
		this.script.newRound("lena", sensors, "Inconclusive: test again with visible displays in more schools.");
		this.script.daysAgo(113);
		Long second = this.script.testCard("lena", sensors, card("Traffic-light displays in four schools",
				"We believe that a display by the whiteboard and ventilation adjusted on alerts halve stuffy hours.",
				"To verify that, we will fit 40 classrooms in four schools, and the property unit acts on alerts.",
				"Share of lesson hours above 1,000 ppm CO₂; pupils' and teachers' rating of the air.",
				"We are right if the share of such hours falls below 15%.", 42, 120_000,
				"40 classrooms in four schools", "Property unit, the school health service"));
		this.script.target("lena", sensors, "Lesson hours above 1,000 ppm CO₂", "%", 31, 10);
		this.script.daysAgo(110);
		this.script.approvePlan("lena", sensors, this.script.inDays(45), "Second round, four schools.");
		this.script.daysAgo(62);
		this.script.result("lena", second, "Hours above 1,000 ppm fell to 11%; teachers rated the air 4.1 of 5.",
				ExperimentOutcome.VALIDATED,
				learned("We believed visible readings plus ventilation changes would work.",
						"Stuffy hours fell to 11%, most of the gain from two ventilation fixes.",
						"Sensors pay off through the ventilation changes they reveal.",
						"Therefore scaling is led by the property unit, with the schools."));
		this.script.daysAgo(14);
		this.script.proposeScaling("lena", sensors,
				"Validated in the second round. Proposed for all 14 schools; cost 1.2 million kronor over two years.");

		this.script.daysAgo(120);
		Long signing = this.script.submitted("anna", idea("E-signature for social-services applications",
				"Applications for financial assistance are printed, signed and handed in or posted every month. "
						+ "Applicants travel to the office, and case officers scan the paper.",
				"Reuse the e-signature service that the regional e-service collaboration built for its fifteen "
						+ "municipalities, so that applicants sign with their e-ID.",
				"Applicants for financial assistance, case officers", "Social services", EntryRoute.REUSE, 150_000,
				"e-services", "digital inclusion"));
		this.script.daysAgo(112);
		this.script.screen("karin", signing, Outcome.GO, scores(5, 4, 5, 2),
				"Reuse of a proven regional service: quick to test, little risk.");
		this.script.daysAgo(105);
		Long monthly = this.script.testCard("karin", signing, card("Sign monthly applications digitally",
				"We believe that most applicants prefer to sign with e-ID, and that handling gets faster.",
				"To verify that, we will offer e-signature to all applicants for six weeks, with paper as before.",
				"Share of applications signed digitally; days from application to decision.",
				"We are right if 60% sign digitally and handling time falls by two days.", 42, 20_000,
				"All applicants for financial assistance", "Regional e-service collaboration"));
		this.script.daysAgo(100);
		this.script.approvePlan("karin", signing, this.script.inDays(42), "Six weeks, paper remains available.");
		this.script.daysAgo(55);
		this.script.result("karin", monthly, "68% signed digitally; decision time fell from 9 to 6 days.",
				ExperimentOutcome.VALIDATED,
				learned("We believed most applicants would sign with e-ID.",
						"68% did; those without e-ID were mostly newly arrived.",
						"Paper must stay, and the libraries' digital inclusion cafés can help with e-ID.",
						"Therefore we propose e-signature for all social-services applications."));
		this.script.daysAgo(6);
		this.script.proposeScaling("karin", signing, "Validated. Proposed for every social-services application.");
	}

}
