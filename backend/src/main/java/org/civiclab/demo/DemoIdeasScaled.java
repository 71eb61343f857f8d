package org.civiclab.demo;

import java.math.BigDecimal;

import org.civiclab.experiment.ExperimentOutcome;
import org.civiclab.idea.EntryRoute;
import org.civiclab.idea.Outcome;
import org.civiclab.idea.Sharing;

import org.springframework.stereotype.Component;

import static org.civiclab.demo.DemoIdeas.card;
import static org.civiclab.demo.DemoIdeas.idea;
import static org.civiclab.demo.DemoScript.learned;
import static org.civiclab.demo.DemoScript.scores;

/**
 * Ideas that went all the way: tested, decided by an executive, measured against their
 * impact targets and adopted by their receiving unit.
 */
@Component
class DemoIdeasScaled {

	private final DemoScript script;

	DemoIdeasScaled(DemoScript script) {
		this.script = script;
	}

	void create() {
		this.script.daysAgo(470);
		Long cafes = this.script.submitted("anna", idea("Digital inclusion cafés in the libraries",
				"One in ten residents over 65 has never used an e-ID. They cannot book healthcare, apply for home "
						+ "help or see their pension online, and the contact centre answers the same questions daily.",
				"A weekly drop-in café in the libraries where librarians and volunteers help residents with e-ID, "
						+ "e-services and scam awareness, on the residents' own phones.",
				"Older residents, newly arrived residents, the contact centre", "Culture and libraries",
				EntryRoute.CHALLENGE_DRIVEN, 180_000, "digital inclusion", "e-services"));
		this.script.daysAgo(455);
		this.script.screen("lena", cafes, Outcome.GO, scores(5, 5, 5, 3),
				"Answers the council's digital inclusion challenge directly, and can start at once.");
		this.script.daysAgo(450);
		Long cafe = this.script.testCard("lena", cafes, card("A weekly café at the main library",
				"We believe that residents who get help on their own phone go on to use e-services by themselves.",
				"To verify that, we will run a café every Tuesday for eight weeks and call visitors a month later.",
				"Visitors per café; share of visitors who used an e-service on their own a month later.",
				"We are right if 20 residents come each week and half of them then use e-services on their own.", 56,
				30_000, "Visitors to the main library", "Senior citizens' association, the contact centre"));
		Long helped = this.script.target("lena", cafes, "Residents helped per month", "residents", 0, 120);
		Long independent = this.script.target("lena", cafes, "Visitors using an e-service on their own a month later",
				"%", 20, 60);
		this.script.daysAgo(445);
		this.script.approvePlan("lena", cafes, this.script.inDays(60), "Eight Tuesdays at the main library.");
		this.script.daysAgo(380);
		this.script.result("lena", cafe, "Average 27 visitors per café; 58% used an e-service on their own later.",
				ExperimentOutcome.VALIDATED,
				learned("We believed help on their own phone would make residents independent.",
						"27 came each week, and 58% managed on their own a month later; many came back with friends.",
						"Help on one's own device, in a familiar place, works better than courses.",
						"Therefore we propose cafés in all four libraries, run by the library service."));
		this.script.daysAgo(375);
		this.script.proposeScaling("lena", cafes, "Validated on both counts; the library service wants to run it.");
		this.script.daysAgo(360);
		this.script.scale("maria", cafes, BigDecimal.valueOf(420_000), "Library services, Culture and leisure",
				"Validated, cheap, and it relieves the contact centre. Go for all four libraries.",
				"Report visitors and independence every quarter.");
		this.script.daysAgo(300);
		this.script.measure("lena", helped, 64, "Two libraries open");
		this.script.daysAgo(200);
		this.script.measure("lena", helped, 118, "All four libraries open");
		this.script.measure("lena", independent, 55, "Follow-up calls to 80 visitors");
		this.script.daysAgo(190);
		this.script.confirmAdoption("lena", cafes, "Runs in all four libraries within the library budget.");

		this.script.daysAgo(430);
		Long energy = this.script.submitted("omar",
				idea("Energy dashboards for municipal buildings",
						"Norrvik's schools and offices use 15% more heating energy per square metre than the national "
								+ "average, and nobody in the buildings sees their own use.",
						"Show each building's energy use, live, on a screen in the entrance and in an open dashboard, "
								+ "with a monthly energy challenge between schools.",
						"Pupils, staff, the property unit, taxpayers", "Property management",
						EntryRoute.OPPORTUNITY_DRIVEN, 350_000, "climate", "schools", "open data"));
		this.script.share("karin", energy, Sharing.REGION);
		this.script.daysAgo(418);
		this.script.screen("karin", energy, Outcome.GO, scores(5, 4, 4, 3),
				"Supports the climate plan; the meters are already in place.");
		this.script.daysAgo(410);
		Long schools = this.script.testCard("karin", energy, card("Dashboards in five schools",
				"We believe that seeing their energy use makes schools use less heating energy.",
				"To verify that, we will put dashboards in five schools for one heating season and run an energy "
						+ "challenge; five similar schools are the comparison.",
				"Heating energy per square metre, corrected for outdoor temperature.",
				"We are right if the five schools use at least 8% less than the comparison schools.", 120, 90_000,
				"Five schools and their pupils", "Property unit, the energy company"));
		Long use = this.script.target("karin", energy, "Heating energy in municipal buildings", "kWh/m² a year", 142,
				125);
		this.script.daysAgo(405);
		this.script.approvePlan("karin", energy, this.script.inDays(120), "One heating season.");
		this.script.daysAgo(280);
		this.script.result("karin", schools, "The five schools used 9.5% less heating energy than the comparison.",
				ExperimentOutcome.VALIDATED,
				learned("We believed visible energy use would lower it.",
						"9.5% less; the pupils' energy teams found radiators on behind open windows.",
						"The challenge between schools mattered more than the screens.",
						"Therefore we scale with the challenge at the core and the screens as support."));
		this.script.daysAgo(272);
		this.script.proposeScaling("karin", energy, "Validated over a full heating season.");
		this.script.daysAgo(260);
		this.script.scale("erik", energy, BigDecimal.valueOf(1_100_000), "Property unit, Municipal services",
				"Pays for itself within three years at current energy prices.", "All 38 buildings within two years.");
		this.script.daysAgo(150);
		this.script.measure("karin", use, 136, "First 12 buildings");
		this.script.daysAgo(120);
		this.script.confirmAdoption("karin", energy, "Part of the property unit's operations and budget.");
		this.script.daysAgo(10);
		this.script.measure("karin", use, 129, "26 buildings");
	}

}
