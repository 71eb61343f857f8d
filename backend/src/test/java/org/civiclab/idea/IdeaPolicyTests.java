package org.civiclab.idea;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.civiclab.idea.IdeaPolicy.Facts;
import org.civiclab.idea.IdeaPolicy.GateRight;
import org.civiclab.idea.IdeaPolicy.View;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.Role;
import org.civiclab.pipeline.OpenGate;
import org.civiclab.pipeline.StageCapability;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rulebook as a table (product.md, "Who sees what" and "Conflicts of interest"): for
 * every state of an idea's life and every kind of person, the view they get of a private
 * and of a public idea, whether they may comment and support, what they may do at the
 * gate open in that state, and which records they may add (E experiments, I impact
 * targets, M measurements). The idea is Norrvik's; the proposer took the test gate's Go.
 */
class IdeaPolicyTests {

	private static final long NORRVIK = 1;

	private static final long SJOSTAD = 2;

	/** What the shipped model's stages allow (its {@code records} properties). */
	private static final Map<String, Set<StageCapability>> ALLOWS = Map.of("plan",
			EnumSet.of(StageCapability.EXPERIMENTS, StageCapability.IMPACT_TARGETS), "test",
			EnumSet.of(StageCapability.EXPERIMENTS, StageCapability.IMPACT_TARGETS), "scale-decision",
			EnumSet.of(StageCapability.IMPACT_TARGETS), "scaling",
			EnumSet.of(StageCapability.IMPACT_TARGETS, StageCapability.MEASUREMENTS), "scaled",
			EnumSet.of(StageCapability.MEASUREMENTS));

	@ParameterizedTest(name = "{0} × {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# state          | person                       |private|public | comment | support | open gate | records
			DRAFT            | SUBMITTER                    | FULL  | FULL  | false| false| -             | -
			DRAFT            | CO_AUTHOR                    | FULL  | FULL  | false| false| -             | -
			DRAFT            | COLLEAGUE                    | -     | -     | false| false| -             | -
			DRAFT            | LAB_LEAD                     | -     | -     | false| false| -             | -
			DRAFT            | EXECUTIVE                    | -     | -     | false| false| -             | -
			DRAFT            | LAB_LEAD_EXECUTIVE_SUBMITTER | FULL  | FULL  | false| false| -             | -
			DRAFT            | LAB_LEAD_EXECUTIVE_PROPOSER  | -     | -     | false| false| -             | -
			DRAFT            | OTHER_LAB_LEAD               | -     | -     | false| false| -             | -
			DRAFT            | ANONYMOUS                    | -     | -     | false| false| -             | -
			WITHDRAWN_DRAFT  | SUBMITTER                    | FULL  | FULL  | false| false| -             | -
			WITHDRAWN_DRAFT  | CO_AUTHOR                    | FULL  | FULL  | false| false| -             | -
			WITHDRAWN_DRAFT  | COLLEAGUE                    | -     | -     | false| false| -             | -
			WITHDRAWN_DRAFT  | LAB_LEAD                     | -     | -     | false| false| -             | -
			WITHDRAWN_DRAFT  | EXECUTIVE                    | -     | -     | false| false| -             | -
			WITHDRAWN_DRAFT  | LAB_LEAD_EXECUTIVE_SUBMITTER | FULL  | FULL  | false| false| -             | -
			WITHDRAWN_DRAFT  | LAB_LEAD_EXECUTIVE_PROPOSER  | -     | -     | false| false| -             | -
			WITHDRAWN_DRAFT  | OTHER_LAB_LEAD               | -     | -     | false| false| -             | -
			WITHDRAWN_DRAFT  | ANONYMOUS                    | -     | -     | false| false| -             | -
			SCREENING        | SUBMITTER                    | FULL  | FULL  | true | false| NOT_CANDIDATE | -
			SCREENING        | CO_AUTHOR                    | FULL  | FULL  | true | false| NOT_CANDIDATE | -
			SCREENING        | COLLEAGUE                    | FULL  | FULL  | true | true | NOT_CANDIDATE | -
			SCREENING        | LAB_LEAD                     | FULL  | FULL  | true | true | ALLOWED       | -
			SCREENING        | EXECUTIVE                    | FULL  | FULL  | true | true | NOT_CANDIDATE | -
			SCREENING        | LAB_LEAD_EXECUTIVE_SUBMITTER | FULL  | FULL  | true | false| SUBMITTER     | -
			SCREENING        | LAB_LEAD_EXECUTIVE_PROPOSER  | FULL  | FULL  | true | true | ALLOWED       | -
			SCREENING        | OTHER_LAB_LEAD               | -     | -     | false| false| NOT_MEMBER    | -
			SCREENING        | ANONYMOUS                    | -     | -     | false| false| NOT_MEMBER    | -
			REVISION         | SUBMITTER                    | FULL  | FULL  | true | false| ALLOWED       | -
			REVISION         | CO_AUTHOR                    | FULL  | FULL  | true | false| ALLOWED       | -
			REVISION         | COLLEAGUE                    | FULL  | FULL  | true | true | NOT_AUTHOR    | -
			REVISION         | LAB_LEAD                     | FULL  | FULL  | true | true | NOT_AUTHOR    | -
			REVISION         | EXECUTIVE                    | FULL  | FULL  | true | true | NOT_AUTHOR    | -
			REVISION         | LAB_LEAD_EXECUTIVE_SUBMITTER | FULL  | FULL  | true | false| ALLOWED       | -
			REVISION         | LAB_LEAD_EXECUTIVE_PROPOSER  | FULL  | FULL  | true | true | NOT_AUTHOR    | -
			REVISION         | OTHER_LAB_LEAD               | -     | -     | false| false| NOT_MEMBER    | -
			REVISION         | ANONYMOUS                    | -     | -     | false| false| NOT_MEMBER    | -
			SHELF_UNSCREENED | SUBMITTER                    | FULL  | FULL  | true | false| -             | -
			SHELF_UNSCREENED | CO_AUTHOR                    | FULL  | FULL  | true | false| -             | -
			SHELF_UNSCREENED | COLLEAGUE                    | FULL  | FULL  | true | true | -             | -
			SHELF_UNSCREENED | LAB_LEAD                     | FULL  | FULL  | true | true | -             | -
			SHELF_UNSCREENED | EXECUTIVE                    | FULL  | FULL  | true | true | -             | -
			SHELF_UNSCREENED | LAB_LEAD_EXECUTIVE_SUBMITTER | FULL  | FULL  | true | false| -             | -
			SHELF_UNSCREENED | LAB_LEAD_EXECUTIVE_PROPOSER  | FULL  | FULL  | true | true | -             | -
			SHELF_UNSCREENED | OTHER_LAB_LEAD               | -     | -     | false| false| -             | -
			SHELF_UNSCREENED | ANONYMOUS                    | -     | -     | false| false| -             | -
			DECLINED         | SUBMITTER                    | FULL  | FULL  | true | false| -             | -
			DECLINED         | CO_AUTHOR                    | FULL  | FULL  | true | false| -             | -
			DECLINED         | COLLEAGUE                    | FULL  | FULL  | true | false| -             | -
			DECLINED         | LAB_LEAD                     | FULL  | FULL  | true | false| -             | -
			DECLINED         | EXECUTIVE                    | FULL  | FULL  | true | false| -             | -
			DECLINED         | LAB_LEAD_EXECUTIVE_SUBMITTER | FULL  | FULL  | true | false| -             | -
			DECLINED         | LAB_LEAD_EXECUTIVE_PROPOSER  | FULL  | FULL  | true | false| -             | -
			DECLINED         | OTHER_LAB_LEAD               | -     | -     | false| false| -             | -
			DECLINED         | ANONYMOUS                    | -     | -     | false| false| -             | -
			PLAN             | SUBMITTER                    | FULL  | FULL  | true | false| NOT_CANDIDATE | -
			PLAN             | CO_AUTHOR                    | FULL  | FULL  | true | false| NOT_CANDIDATE | -
			PLAN             | COLLEAGUE                    | FULL  | FULL  | true | true | NOT_CANDIDATE | -
			PLAN             | LAB_LEAD                     | FULL  | FULL  | true | true | ALLOWED       | EI
			PLAN             | EXECUTIVE                    | FULL  | FULL  | true | true | NOT_CANDIDATE | -
			PLAN             | LAB_LEAD_EXECUTIVE_SUBMITTER | FULL  | FULL  | true | false| SUBMITTER     | EI
			PLAN             | LAB_LEAD_EXECUTIVE_PROPOSER  | FULL  | FULL  | true | true | ALLOWED       | EI
			PLAN             | OTHER_LAB_LEAD               | -     | SHARED| false| false| NOT_MEMBER    | -
			PLAN             | ANONYMOUS                    | -     | SHARED| false| false| NOT_MEMBER    | -
			TEST             | SUBMITTER                    | FULL  | FULL  | true | false| NOT_CANDIDATE | -
			TEST             | CO_AUTHOR                    | FULL  | FULL  | true | false| NOT_CANDIDATE | -
			TEST             | COLLEAGUE                    | FULL  | FULL  | true | true | NOT_CANDIDATE | -
			TEST             | LAB_LEAD                     | FULL  | FULL  | true | true | ALLOWED       | EI
			TEST             | EXECUTIVE                    | FULL  | FULL  | true | true | NOT_CANDIDATE | -
			TEST             | LAB_LEAD_EXECUTIVE_SUBMITTER | FULL  | FULL  | true | false| SUBMITTER     | EI
			TEST             | LAB_LEAD_EXECUTIVE_PROPOSER  | FULL  | FULL  | true | true | ALLOWED       | EI
			TEST             | OTHER_LAB_LEAD               | -     | SHARED| false| false| NOT_MEMBER    | -
			TEST             | ANONYMOUS                    | -     | SHARED| false| false| NOT_MEMBER    | -
			SCALE_DECISION   | SUBMITTER                    | FULL  | FULL  | true | false| NOT_CANDIDATE | -
			SCALE_DECISION   | CO_AUTHOR                    | FULL  | FULL  | true | false| NOT_CANDIDATE | -
			SCALE_DECISION   | COLLEAGUE                    | FULL  | FULL  | true | true | NOT_CANDIDATE | -
			SCALE_DECISION   | LAB_LEAD                     | FULL  | FULL  | true | true | NOT_CANDIDATE | I
			SCALE_DECISION   | EXECUTIVE                    | FULL  | FULL  | true | true | ALLOWED       | -
			SCALE_DECISION   | LAB_LEAD_EXECUTIVE_SUBMITTER | FULL  | FULL  | true | false| SUBMITTER     | I
			SCALE_DECISION   | LAB_LEAD_EXECUTIVE_PROPOSER  | FULL  | FULL  | true | true | SCALE_PROPOSER| I
			SCALE_DECISION   | OTHER_LAB_LEAD               | -     | SHARED| false| false| NOT_MEMBER    | -
			SCALE_DECISION   | ANONYMOUS                    | -     | SHARED| false| false| NOT_MEMBER    | -
			SCALING          | SUBMITTER                    | FULL  | FULL  | true | false| NOT_CANDIDATE | -
			SCALING          | CO_AUTHOR                    | FULL  | FULL  | true | false| NOT_CANDIDATE | -
			SCALING          | COLLEAGUE                    | FULL  | FULL  | true | true | NOT_CANDIDATE | -
			SCALING          | LAB_LEAD                     | FULL  | FULL  | true | true | ALLOWED       | IM
			SCALING          | EXECUTIVE                    | FULL  | FULL  | true | true | NOT_CANDIDATE | -
			SCALING          | LAB_LEAD_EXECUTIVE_SUBMITTER | FULL  | FULL  | true | false| SUBMITTER     | IM
			SCALING          | LAB_LEAD_EXECUTIVE_PROPOSER  | FULL  | FULL  | true | true | ALLOWED       | IM
			SCALING          | OTHER_LAB_LEAD               | -     | SHARED| false| false| NOT_MEMBER    | -
			SCALING          | ANONYMOUS                    | -     | SHARED| false| false| NOT_MEMBER    | -
			SHELF_SCREENED   | SUBMITTER                    | FULL  | FULL  | true | false| -             | -
			SHELF_SCREENED   | CO_AUTHOR                    | FULL  | FULL  | true | false| -             | -
			SHELF_SCREENED   | COLLEAGUE                    | FULL  | FULL  | true | true | -             | -
			SHELF_SCREENED   | LAB_LEAD                     | FULL  | FULL  | true | true | -             | -
			SHELF_SCREENED   | EXECUTIVE                    | FULL  | FULL  | true | true | -             | -
			SHELF_SCREENED   | LAB_LEAD_EXECUTIVE_SUBMITTER | FULL  | FULL  | true | false| -             | -
			SHELF_SCREENED   | LAB_LEAD_EXECUTIVE_PROPOSER  | FULL  | FULL  | true | true | -             | -
			SHELF_SCREENED   | OTHER_LAB_LEAD               | -     | SHARED| false| false| -             | -
			SHELF_SCREENED   | ANONYMOUS                    | -     | SHARED| false| false| -             | -
			SCALED           | SUBMITTER                    | FULL  | FULL  | true | false| -             | -
			SCALED           | CO_AUTHOR                    | FULL  | FULL  | true | false| -             | -
			SCALED           | COLLEAGUE                    | FULL  | FULL  | true | false| -             | -
			SCALED           | LAB_LEAD                     | FULL  | FULL  | true | false| -             | M
			SCALED           | EXECUTIVE                    | FULL  | FULL  | true | false| -             | -
			SCALED           | LAB_LEAD_EXECUTIVE_SUBMITTER | FULL  | FULL  | true | false| -             | M
			SCALED           | LAB_LEAD_EXECUTIVE_PROPOSER  | FULL  | FULL  | true | false| -             | M
			SCALED           | OTHER_LAB_LEAD               | -     | SHARED| false| false| -             | -
			SCALED           | ANONYMOUS                    | -     | SHARED| false| false| -             | -
			STOPPED          | SUBMITTER                    | FULL  | FULL  | true | false| -             | -
			STOPPED          | CO_AUTHOR                    | FULL  | FULL  | true | false| -             | -
			STOPPED          | COLLEAGUE                    | FULL  | FULL  | true | false| -             | -
			STOPPED          | LAB_LEAD                     | FULL  | FULL  | true | false| -             | -
			STOPPED          | EXECUTIVE                    | FULL  | FULL  | true | false| -             | -
			STOPPED          | LAB_LEAD_EXECUTIVE_SUBMITTER | FULL  | FULL  | true | false| -             | -
			STOPPED          | LAB_LEAD_EXECUTIVE_PROPOSER  | FULL  | FULL  | true | false| -             | -
			STOPPED          | OTHER_LAB_LEAD               | -     | SHARED| false| false| -             | -
			STOPPED          | ANONYMOUS                    | -     | SHARED| false| false| -             | -
			WITHDRAWN        | SUBMITTER                    | FULL  | FULL  | true | false| -             | -
			WITHDRAWN        | CO_AUTHOR                    | FULL  | FULL  | true | false| -             | -
			WITHDRAWN        | COLLEAGUE                    | FULL  | FULL  | true | false| -             | -
			WITHDRAWN        | LAB_LEAD                     | FULL  | FULL  | true | false| -             | -
			WITHDRAWN        | EXECUTIVE                    | FULL  | FULL  | true | false| -             | -
			WITHDRAWN        | LAB_LEAD_EXECUTIVE_SUBMITTER | FULL  | FULL  | true | false| -             | -
			WITHDRAWN        | LAB_LEAD_EXECUTIVE_PROPOSER  | FULL  | FULL  | true | false| -             | -
			WITHDRAWN        | OTHER_LAB_LEAD               | -     | -     | false| false| -             | -
			WITHDRAWN        | ANONYMOUS                    | -     | -     | false| false| -             | -
			""")
	void theRulebook(State state, Person person, String privateView, String publicView, boolean comment,
			boolean support, String gate, String records) {
		CurrentUser reader = person.user();

		assertThat(view(IdeaPolicy.view(reader, state.facts(false, person)))).as("view of a private idea")
			.isEqualTo(privateView);
		assertThat(view(IdeaPolicy.view(reader, state.facts(true, person)))).as("view of a public idea")
			.isEqualTo(publicView);
		assertThat(IdeaPolicy.mayComment(reader, state.facts(true, person))).as("may comment").isEqualTo(comment);
		assertThat(IdeaPolicy.maySupport(reader, state.facts(true, person))).as("may support").isEqualTo(support);
		assertThat(state.gate()
			.map((open) -> IdeaPolicy.gateRight(reader, state.facts(true, person), open).name())
			.orElse("-")).as("at the open gate").isEqualTo(gate);
		assertThat(records(reader, state.facts(true, person))).as("may record").isEqualTo(records);
	}

	@ParameterizedTest(name = "{0} × {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# state          | person        | organisation | region | public | share | region thread (read, write)
			DRAFT            | SUBMITTER     | FULL         | FULL   | FULL   | false | false | false
			DRAFT            | LAB_LEAD      | -            | -      | -      | false | false | false
			DRAFT            | OTHER_LAB_LEAD| -            | -      | -      | false | false | false
			SCREENING        | LAB_LEAD      | FULL         | FULL   | FULL   | true  | true  | false
			SCREENING        | COLLEAGUE     | FULL         | FULL   | FULL   | false | true  | false
			SCREENING        | OTHER_LAB_LEAD| -            | -      | -      | false | false | false
			SCREENING        | ANONYMOUS     | -            | -      | -      | false | false | false
			SHELF_UNSCREENED | OTHER_LAB_LEAD| -            | -      | -      | false | false | false
			PLAN             | LAB_LEAD      | FULL         | FULL   | FULL   | true  | true  | true
			PLAN             | SUBMITTER     | FULL         | FULL   | FULL   | false | true  | true
			PLAN             | OTHER_LAB_LEAD| -            | SHARED | SHARED | false | true  | true
			PLAN             | ANONYMOUS     | -            | -      | SHARED | false | false | false
			SCALED           | OTHER_LAB_LEAD| -            | SHARED | SHARED | false | true  | true
			SCALED           | ANONYMOUS     | -            | -      | SHARED | false | false | false
			STOPPED          | LAB_LEAD      | FULL         | FULL   | FULL   | true  | true  | true
			STOPPED          | OTHER_LAB_LEAD| -            | SHARED | SHARED | false | true  | true
			STOPPED          | ANONYMOUS     | -            | -      | SHARED | false | false | false
			WITHDRAWN        | LAB_LEAD      | FULL         | FULL   | FULL   | false | true  | false
			WITHDRAWN        | OTHER_LAB_LEAD| -            | -      | -      | false | false | false
			""")
	void theSharingLevels(State state, Person person, String organisation, String region, String everyone,
			boolean share, boolean readThread, boolean writeThread) {
		CurrentUser reader = person.user();

		assertThat(view(IdeaPolicy.view(reader, state.facts(Sharing.ORGANISATION, person))))
			.as("view of an idea of its organisation only")
			.isEqualTo(organisation);
		assertThat(view(IdeaPolicy.view(reader, state.facts(Sharing.REGION, person))))
			.as("view of an idea shared with the region")
			.isEqualTo(region);
		assertThat(view(IdeaPolicy.view(reader, state.facts(Sharing.PUBLIC, person)))).as("view of a public idea")
			.isEqualTo(everyone);
		for (Sharing sharing : Sharing.values()) {
			assertThat(IdeaPolicy.mayShare(reader, state.facts(sharing, person))).as("may share").isEqualTo(share);
		}
		Facts shared = state.facts(Sharing.REGION, person);
		assertThat(IdeaPolicy.mayReadRegionThread(reader, shared)).as("reads the region's thread")
			.isEqualTo(readThread);
		assertThat(IdeaPolicy.mayDiscussInRegion(reader, shared)).as("writes in the region's thread")
			.isEqualTo(writeThread);
		assertThat(IdeaPolicy.mayDiscussInRegion(reader, state.facts(Sharing.ORGANISATION, person)))
			.as("no region's thread for an idea of its organisation only")
			.isFalse();
	}

	@ParameterizedTest(name = "{0} × {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# state          | person                       | edit  | co-authors | submit | withdraw
			DRAFT            | SUBMITTER                    | true  | true       | true   | true
			DRAFT            | CO_AUTHOR                    | true  | false      | true   | true
			DRAFT            | COLLEAGUE                    | false | false      | false  | false
			WITHDRAWN_DRAFT  | SUBMITTER                    | false | false      | false  | false
			SCREENING        | SUBMITTER                    | false | false      | false  | true
			SCREENING        | CO_AUTHOR                    | false | false      | false  | true
			SCREENING        | LAB_LEAD                     | false | false      | false  | false
			REVISION         | SUBMITTER                    | true  | true       | false  | true
			REVISION         | CO_AUTHOR                    | true  | false      | false  | true
			REVISION         | LAB_LEAD                     | false | false      | false  | false
			TEST             | LAB_LEAD_EXECUTIVE_SUBMITTER | false | false      | false  | true
			STOPPED          | SUBMITTER                    | false | false      | false  | false
			""")
	void theAuthorsActions(State state, Person person, boolean edit, boolean coAuthors, boolean submit,
			boolean withdraw) {
		CurrentUser reader = person.user();
		Facts idea = state.facts(false, person);
		boolean revision = state == State.REVISION;

		assertThat(IdeaPolicy.mayEdit(reader, idea, revision)).as("may edit").isEqualTo(edit);
		assertThat(IdeaPolicy.mayChangeCoAuthors(reader, idea, revision)).as("may name co-authors")
			.isEqualTo(coAuthors);
		assertThat(IdeaPolicy.maySubmit(reader, idea)).as("may submit").isEqualTo(submit);
		assertThat(IdeaPolicy.mayWithdraw(reader, idea)).as("may withdraw").isEqualTo(withdraw);
	}

	@Test
	void whoMayDecideLeavesOutTheAuthorsAndTheProposer() {
		Facts idea = State.SCALE_DECISION.facts(false, Person.LAB_LEAD_EXECUTIVE_SUBMITTER);
		OpenGate scale = State.SCALE_DECISION.gate().orElseThrow();
		List<CurrentUser> norrvik = List.of(Person.EXECUTIVE.user(), Person.LAB_LEAD_EXECUTIVE_SUBMITTER.user(),
				Person.LAB_LEAD_EXECUTIVE_PROPOSER.user(), Person.LAB_LEAD.user(), Person.OTHER_LAB_LEAD.user());

		assertThat(IdeaPolicy.whoMayPass(idea, scale, norrvik)).extracting(CurrentUser::username)
			.containsExactly("maria");
		assertThat(IdeaPolicy.whoMayPass(idea, scale, norrvik.subList(1, norrvik.size())))
			.as("nobody: the idea waits, visibly")
			.isEmpty();
	}

	@Test
	void aWithdrawnDraftStaysItsAuthorsAloneWhateverItsSharing() {
		Facts withdrawn = new Facts(NORRVIK, "anna", Set.of("omar"), Stages.WITHDRAWN, false, false, Sharing.PUBLIC,
				true, null);

		assertThat(IdeaPolicy.view(Person.SUBMITTER.user(), withdrawn)).contains(View.FULL);
		assertThat(IdeaPolicy.view(Person.CO_AUTHOR.user(), withdrawn)).contains(View.FULL);
		assertThat(IdeaPolicy.view(Person.LAB_LEAD.user(), withdrawn)).isEmpty();
		assertThat(IdeaPolicy.view(Person.OTHER_LAB_LEAD.user(), withdrawn)).isEmpty();
		assertThat(IdeaPolicy.view(CurrentUser.ANONYMOUS, withdrawn)).isEmpty();
		assertThat(IdeaPolicy.isPublished(withdrawn)).isFalse();
	}

	private static String view(Optional<View> view) {
		return view.map(View::name).orElse("-");
	}

	private static String records(CurrentUser reader, Facts idea) {
		Set<StageCapability> allows = ALLOWS.getOrDefault(idea.stage(), Set.of());
		StringBuilder records = new StringBuilder();
		if (IdeaPolicy.mayRecord(reader, idea, StageCapability.EXPERIMENTS, allows)) {
			records.append('E');
		}
		if (IdeaPolicy.mayRecord(reader, idea, StageCapability.IMPACT_TARGETS, allows)) {
			records.append('I');
		}
		if (IdeaPolicy.mayRecord(reader, idea, StageCapability.MEASUREMENTS, allows)) {
			records.append('M');
		}
		return records.isEmpty() ? "-" : records.toString();
	}

	/** The kinds of people the rules tell apart; all of Norrvik but the last two. */
	enum Person {

		SUBMITTER("anna", NORRVIK, Role.INTRAPRENEUR), CO_AUTHOR("omar", NORRVIK, Role.INTRAPRENEUR),
		COLLEAGUE("ida", NORRVIK, Role.INTRAPRENEUR), LAB_LEAD("lena", NORRVIK, Role.LAB_LEAD),
		EXECUTIVE("maria", NORRVIK, Role.EXECUTIVE),
		LAB_LEAD_EXECUTIVE_SUBMITTER("karin", NORRVIK, Role.LAB_LEAD, Role.EXECUTIVE),
		LAB_LEAD_EXECUTIVE_PROPOSER("kim", NORRVIK, Role.LAB_LEAD, Role.EXECUTIVE),
		OTHER_LAB_LEAD("jonas", SJOSTAD, Role.LAB_LEAD), ANONYMOUS(null, null);

		private final CurrentUser user;

		Person(String username, Long organisation, Role... roles) {
			this.user = (username == null) ? CurrentUser.ANONYMOUS
					: new CurrentUser((long) ordinal() + 1, username, username, organisation, null, Set.of(roles));
		}

		CurrentUser user() {
			return this.user;
		}

	}

	/**
	 * The states of an idea's life, each with the gate open in it. Anna submitted the
	 * idea (Karin in her own rows), Omar co-authored it, Kim proposed scaling it.
	 */
	enum State {

		DRAFT("draft", false, false, false, null), WITHDRAWN_DRAFT("withdrawn", false, false, true, null),
		SCREENING("screening", true, false, false, Gate.SCREENING),
		REVISION("screening", true, false, false, Gate.REVISION), SHELF_UNSCREENED("shelf", true, false, false, null),
		DECLINED("declined", true, false, true, null), PLAN("plan", true, true, false, Gate.PLAN),
		TEST("test", true, true, false, Gate.TEST), SCALE_DECISION("scale-decision", true, true, false, Gate.SCALE),
		SCALING("scaling", true, true, false, Gate.ADOPTION), SHELF_SCREENED("shelf", true, true, false, null),
		SCALED("scaled", true, true, true, null), STOPPED("stopped", true, true, true, null),
		WITHDRAWN("withdrawn", true, true, true, null);

		private static final Map<Gate, String> CANDIDATES = Map.of(Gate.SCREENING, "lab-lead", Gate.PLAN, "lab-lead",
				Gate.TEST, "lab-lead", Gate.SCALE, "executive", Gate.ADOPTION, "lab-lead");

		private final String stage;

		private final boolean submitted;

		private final boolean screened;

		private final boolean ended;

		private final Gate gate;

		State(String stage, boolean submitted, boolean screened, boolean ended, Gate gate) {
			this.stage = stage;
			this.submitted = submitted;
			this.screened = screened;
			this.ended = ended;
			this.gate = gate;
		}

		/**
		 * The idea in this state, as it stands for this person: in Karin's rows she
		 * submitted it, in all others Anna did.
		 */
		Facts facts(boolean publicIdea, Person person) {
			return facts(publicIdea ? Sharing.PUBLIC : Sharing.ORGANISATION, person);
		}

		Facts facts(Sharing sharing, Person person) {
			String submitter = (person == Person.LAB_LEAD_EXECUTIVE_SUBMITTER) ? person.user().username() : "anna";
			return new Facts(NORRVIK, submitter, Set.of("omar"), this.stage, this.submitted, this.screened, sharing,
					this.ended, "kim");
		}

		Optional<OpenGate> gate() {
			if (this.gate == null) {
				return Optional.empty();
			}
			Set<String> groups = (this.gate == Gate.REVISION) ? Set.of() : Set.of(CANDIDATES.get(this.gate));
			Set<String> users = (this.gate == Gate.REVISION) ? Set.of("anna") : Set.of();
			return Optional.of(new OpenGate("task", 1L, "UserTask", this.gate.modelName(), this.gate.modelName(),
					this.stage, List.of("GO"), Map.of(), groups, users, Instant.EPOCH));
		}

	}

}
