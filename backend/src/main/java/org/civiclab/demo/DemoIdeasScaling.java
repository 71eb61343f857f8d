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
 * Ideas an executive decided to scale, now handed over to their receiving units, with the
 * first benefits measured against their targets.
 */
@Component
class DemoIdeasScaling {

	private final DemoScript script;

	DemoIdeasScaling(DemoScript script) {
		this.script = script;
	}

	void create() {
		this.script.daysAgo(300);
		Long tablets = this.script.submitted("anna", idea("Video calls on tablets in elderly care",
				"Many residents of care homes rarely see their families, who live far away. Loneliness is the most "
						+ "common complaint in the annual care-home survey.",
				"Tablets set up for one-touch video calls, with staff booking calls with relatives and helping "
						+ "residents who need it.",
				"Care-home residents, their relatives, care staff", "Elderly care", EntryRoute.IDEA_DRIVEN, 260_000,
				"health", "digital inclusion", "welfare technology"));
		this.script.share("lena", tablets, Sharing.ORGANISATION);
		this.script.daysAgo(290);
		this.script.screen("lena", tablets, Outcome.GO, scores(4, 5, 4, 3), "Clear value for residents; go.");
		this.script.daysAgo(283);
		Long homes = this.script.testCard("lena", tablets, card("Tablets for 30 residents in two care homes",
				"We believe that residents who can video-call their families feel lonely less often.",
				"To verify that, we will give 30 residents in two care homes a tablet and book weekly calls for "
						+ "three months.",
				"Calls per resident and week; the survey question on loneliness, before and after.",
				"We are right if residents make two calls a week and fewer report feeling lonely often.", 90, 70_000,
				"30 residents of Björkgården and Solbacken", "Relatives' council, IT support"));
		Long lonely = this.script.target("lena", tablets, "Residents who often feel lonely (care-home survey)", "%", 38,
				25);
		Long calls = this.script.target("lena", tablets, "Video calls per resident and week", "calls", 0, 2);
		this.script.daysAgo(278);
		this.script.approvePlan("lena", tablets, this.script.inDays(90), "Three months in two care homes.");
		this.script.daysAgo(185);
		this.script.result("lena", homes, "2.4 calls per resident a week; 'often lonely' fell from 38% to 27%.",
				ExperimentOutcome.VALIDATED,
				learned("We believed video calls would reduce loneliness.",
						"Residents called 2.4 times a week, and fewer felt lonely; relatives asked for evening times.",
						"Booked calls work; unbooked tablets mostly stay in the drawer.",
						"Therefore scaling includes a booking routine, not only the tablets."));
		this.script.daysAgo(180);
		this.script.proposeScaling("lena", tablets, "Validated; care staff want to keep the routine.");
		this.script.daysAgo(170);
		this.script.scale("erik", tablets, BigDecimal.valueOf(640_000), "Elderly care, care homes",
				"Strong results at a modest cost. Go for all eight care homes.",
				"The booking routine is part of the hand-over.");
		this.script.daysAgo(20);
		this.script.measure("lena", calls, 1.6, "Four of eight care homes");
		this.script.measure("lena", lonely, 31, "Spring survey, all care homes");

		this.script.daysAgo(200);
		Long chatbot = this.script.submitted("omar",
				idea("A chatbot for waste-collection questions",
						"The contact centre answers 2,400 calls a month about waste collection: collection days, bulky "
								+ "waste, forgotten bins. Callers wait up to 20 minutes in spring.",
						"A chatbot on the website and in the waste app answers from the collection calendar and the "
								+ "customer's address, and hands over to a person when it cannot help.",
						"Residents, the contact centre", "Waste and recycling", EntryRoute.OPPORTUNITY_DRIVEN, 300_000,
						"AI", "e-services", "climate"));
		this.script.daysAgo(192);
		this.script.screen("lena", chatbot, Outcome.GO, scores(4, 4, 4, 3),
				"High volume of simple questions; a good first use of AI for residents.");
		this.script.daysAgo(186);
		Long pilot = this.script.testCard("lena", chatbot,
				card("Chatbot on the waste pages for six weeks",
						"We believe that most waste-collection questions can be answered without a person.",
						"To verify that, we will open the chatbot on the waste pages for six weeks in spring.",
						"Share of conversations solved without hand-over; calls about waste to the contact centre.",
						"We are right if 60% are solved without a person and calls fall by a quarter.", 42, 60_000,
						"Visitors to the waste pages", "Contact centre, the waste company"));
		Long wasteCalls = this.script.target("lena", chatbot, "Waste-collection calls to the contact centre",
				"calls a month", 2400, 1500);
		this.script.daysAgo(182);
		this.script.approvePlan("lena", chatbot, this.script.inDays(45), "Six weeks in the spring peak.");
		this.script.daysAgo(133);
		this.script.result("lena", pilot, "71% solved without a person; waste calls fell by 31%.",
				ExperimentOutcome.VALIDATED,
				learned("We believed most questions were simple.",
						"71% were solved; the rest were complaints about missed collections.",
						"Complaints need a person and a case, not a chat.",
						"Therefore the chatbot opens a case for a missed collection directly."));
		this.script.daysAgo(128);
		this.script.proposeScaling("lena", chatbot, "Validated; the contact centre supports it.");
		this.script.daysAgo(110);
		this.script.scale("maria", chatbot, BigDecimal.valueOf(380_000), "Contact centre",
				"Frees contact-centre time for the questions that need a person.",
				"Accessibility audit of the chat window before launch.");
		this.script.daysAgo(14);
		this.script.measure("lena", wasteCalls, 1720, "First full month after launch");
	}

}
