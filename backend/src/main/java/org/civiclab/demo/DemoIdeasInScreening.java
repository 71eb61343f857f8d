package org.civiclab.demo;

import org.civiclab.idea.EntryRoute;
import org.civiclab.idea.Outcome;

import org.springframework.stereotype.Component;

import static org.civiclab.demo.DemoIdeas.idea;
import static org.civiclab.demo.DemoScript.scores;

/**
 * Ideas that have not passed screening: a draft, ideas waiting to be screened, one sent
 * back for revision, one declined, one withdrawn by its author and one on the shelf.
 */
@Component
class DemoIdeasInScreening {

	private final DemoScript script;

	DemoIdeasInScreening(DemoScript script) {
		this.script = script;
	}

	void create() {
		this.script.daysAgo(3);
		this.script.draft("anna", idea("Reading buddies for letters from the municipality",
				"Newly arrived parents receive letters from school, social services and the housing company that they "
						+ "cannot read. Many miss deadlines or visit the contact centre only to have a letter read aloud.",
				"A weekly drop-in at the library where trained volunteers read letters with families and help them "
						+ "answer, book a time or use the right e-service.",
				"Newly arrived families, the contact centre", "Culture and libraries", EntryRoute.IDEA_DRIVEN, 40_000,
				"digital inclusion", "integration"));

		this.script.daysAgo(9);
		this.script.submitted("anna", idea("Easy-read versions of the most used e-services",
				"The five most used e-services (home help, school choice, parking permits, financial assistance and "
						+ "waste subscriptions) use administrative language. Residents with cognitive impairments or "
						+ "Swedish as a second language often give up and call instead.",
				"Rewrite the five forms in easy-read Swedish following the national easy-to-read guidelines, and test "
						+ "them with members of the disability council before publishing.",
				"Residents with cognitive impairments, second-language speakers, the contact centre", "Contact centre",
				EntryRoute.CHALLENGE_DRIVEN, 120_000, "digital inclusion", "e-services", "accessibility"));

		this.script.daysAgo(21);
		Long checkIn = this.script.submitted("omar", idea("Weekly wellbeing check-in by SMS for pupils",
				"Pupils in years 7 to 9 who feel bad often reach the student health team late, when absence has "
						+ "already become a pattern.",
				"Every Monday pupils get a two-question SMS about how they feel. Answers below a threshold alert the "
						+ "school nurse, who contacts the pupil within two days.",
				"Pupils in years 7 to 9, school nurses, mentors", "Education", EntryRoute.IDEA_DRIVEN, 90_000,
				"schools", "health"));
		this.script.daysAgo(12);
		this.script.screen("lena", checkIn, Outcome.RECYCLE, scores(4, 4, 3, 2),
				"An important problem, but the proposal needs the student health team behind it: who reads the "
						+ "answers, how fast, and what happens at a weekend? Please describe the follow-up routine and "
						+ "check the data protection side with the data protection officer, then send it back.");

		this.script.daysAgo(4);
		this.script.submitted("sara", idea("Digital key boxes for home-care visits",
				"Home-care staff collect and return physical keys at the office before and after every route, about "
						+ "25 minutes per shift. Keys get lost, and then locks must be changed.",
				"Digital locks on the outer doors of home-care users, opened with the staff's work phones; every "
						+ "opening is logged. Several Swedish municipalities already use them.",
				"Home-care users and their relatives, home-care staff", "Elderly care", EntryRoute.REUSE, 600_000,
				"health", "welfare technology"));

		this.script.daysAgo(40);
		Long blockchain = this.script.submitted("sara", idea("Blockchain ledger for the public records register",
				"Residents must be able to trust that the public records register has not been altered.",
				"Record every entry of the register in a blockchain, so that anyone can verify it.",
				"Residents, journalists", "Records management", EntryRoute.OPPORTUNITY_DRIVEN, 800_000, "open data"));
		this.script.daysAgo(34);
		this.script.screen("jonas", blockchain, Outcome.KILL, scores(2, 1, 2, 2),
				"The register already meets the law on public access and keeps a full audit trail. No resident or "
						+ "colleague has a problem that a blockchain solves here: the cost would be real and the "
						+ "benefit not. Thank you for thinking about trust in public records.");

		this.script.daysAgo(150);
		Long parking = this.script.submitted("sara", idea("An e-service for parking permits",
				"Parking permits for residents and for people with disabilities are applied for on paper; handling "
						+ "takes three weeks.",
				"Build an e-service for both permits, with identification by e-ID and payment by card.",
				"Residents who need a parking permit, the parking unit", "Streets and parks", EntryRoute.IDEA_DRIVEN,
				250_000, "e-services"));
		this.script.daysAgo(140);
		this.script.screen("jonas", parking, Outcome.GO, scores(4, 4, 4, 3),
				"Clear benefit and easy to test. Check with the regional e-service collaboration first: they may "
						+ "already have one.");
		this.script.daysAgo(130);
		this.script.withdraw("sara", parking);

		this.script.daysAgo(90);
		Long minibus = this.script.submitted("sara", idea("Demand-responsive minibus for rural villages",
				"The villages north of Sjöstad have two buses a day. Older residents without a car cannot reach the "
						+ "health centre or the shops in town.",
				"A minibus booked by app or phone the day before, with routes planned each morning from the bookings.",
				"Older residents and young people in the villages", "Public transport", EntryRoute.CHALLENGE_DRIVEN,
				1_200_000, "mobility", "climate"));
		this.script.daysAgo(80);
		this.script.shelveFromScreening("jonas", minibus, scores(4, 5, 2, 4),
				"A strong case for the villages, but the regional transport authority replaces its booking system "
						+ "next spring. A pilot before then would mean building the integration twice. Back on the "
						+ "table when the new system is live.",
				this.script.inDays(150));
	}

}
