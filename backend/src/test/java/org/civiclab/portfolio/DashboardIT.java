package org.civiclab.portfolio;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every figure of the dashboard, computed by hand from a known set of ideas of an
 * organisation of their own (Testby), with fixed dates, and compared with what the API
 * answers; its exports and who may read it.
 *
 * <pre>
 * idea  submitted   stage history (09:00 UTC)                                        decisions
 * A     2026-01-05  screening 01-05, plan 01-09, test 01-19, stopped 03-20           SCREENING GO, PLAN GO, TEST KILL
 * B     2026-02-01  screening 02-01, plan 02-03, test 02-09, scale-decision 03-31,   SCREENING GO, PLAN GO, TEST GO,
 *                   scaling 04-10, scaled 06-01                                      SCALE GO, ADOPTION GO
 * C     2026-03-10  screening 03-10, declined 03-16                                  SCREENING KILL
 * D     2026-04-02  screening 04-02, plan 04-12, test 04-20                          SCREENING RECYCLE, SCREENING GO, PLAN GO
 * E     2025-12-20  screening 2025-12-20 (before the period: never counted)          SCREENING GO
 * </pre>
 */
class DashboardIT extends ApiClient.FullStack {

	private static final String PERIOD = "from=2026-01-01&to=2026-06-30";

	@Autowired
	private JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	private long testby;

	@BeforeEach
	void seed() {
		new DashboardSeed(this.jdbc).seedOnce();
		this.testby = this.jdbc.queryForObject("select id from organisation where name = ?", Long.class,
				DashboardSeed.TESTBY);
	}

	@Test
	void theFiguresAreThoseOfTheKnownIdeas() {
		JsonNode dashboard = as(DashboardSeed.EXECUTIVE)
			.get("/api/portfolio/dashboard?organisation={o}&" + PERIOD, this.testby)
			.expect(200);

		// Funnel: where each idea was at the end of each month (B entered screening on 1
		// Feb at 09:00).
		assertThat(funnel(dashboard, "2026-01")).isEqualTo(Map.of("test", 1L));
		assertThat(funnel(dashboard, "2026-02")).isEqualTo(Map.of("test", 2L));
		assertThat(funnel(dashboard, "2026-03")).isEqualTo(Map.of("stopped", 1L, "scale-decision", 1L, "declined", 1L));
		assertThat(funnel(dashboard, "2026-04"))
			.isEqualTo(Map.of("stopped", 1L, "scaling", 1L, "declined", 1L, "test", 1L));
		assertThat(funnel(dashboard, "2026-05"))
			.isEqualTo(Map.of("stopped", 1L, "scaling", 1L, "declined", 1L, "test", 1L));
		assertThat(funnel(dashboard, "2026-06"))
			.isEqualTo(Map.of("stopped", 1L, "scaled", 1L, "declined", 1L, "test", 1L));
		assertThat(dashboard.path("funnel").findValuesAsText("month")).containsExactly("2026-01", "2026-02", "2026-03",
				"2026-04", "2026-05", "2026-06");

		// Conversion: ideas decided, ideas passed (Go), and each outcome's decisions.
		assertThat(gate(dashboard, "SCREENING")).isEqualTo("4 3 0.75 GO=3 KILL=1 HOLD=0 RECYCLE=1");
		assertThat(gate(dashboard, "PLAN")).isEqualTo("3 3 1.0 GO=3 KILL=0 HOLD=0 RECYCLE=0");
		assertThat(gate(dashboard, "TEST")).isEqualTo("2 1 0.5 GO=1 KILL=1 HOLD=0 RECYCLE=0");
		assertThat(gate(dashboard, "SCALE")).isEqualTo("1 1 1.0 GO=1 KILL=0 HOLD=0 RECYCLE=0");
		assertThat(gate(dashboard, "ADOPTION")).isEqualTo("1 1 1.0 GO=1 KILL=0 HOLD=0 RECYCLE=0");

		// Time in completed stays, in days. Screening: 4 (A), 2 (B), 6 (C), 10 (D) →
		// sorted 2 4 6 10:
		// median (4+6)/2 = 5; 90th percentile at rank 0.9 × 3 = 2.7 → 6 + 0.7 × (10 − 6)
		// = 8.8.
		assertThat(time(dashboard, "screening")).isEqualTo("4 5.0 8.8");
		// Plan: 10 (A), 6 (B), 8 (D) → median 8; rank 1.8 → 8 + 0.8 × 2 = 9.6.
		assertThat(time(dashboard, "plan")).isEqualTo("3 8.0 9.6");
		// Test: 60 (A, 19 Jan to 20 Mar), 50 (B, 9 Feb to 31 Mar); D is still in test →
		// median 55; 50 + 0.9 × 10 = 59.
		assertThat(time(dashboard, "test")).isEqualTo("2 55.0 59.0");
		assertThat(time(dashboard, "scale-decision")).isEqualTo("1 10.0 10.0");
		// Scaling: 10 Apr to 1 Jun = 52 days.
		assertThat(time(dashboard, "scaling")).isEqualTo("1 52.0 52.0");
		assertThat(dashboard.path("timeInStage").findValuesAsText("stage")).doesNotContain("stopped", "scaled",
				"declined");

		// Stopped: A of the four ideas, at the test gate, with its rationale; C was
		// declined.
		JsonNode stopped = dashboard.path("stopped");
		assertThat(stopped.path("ideas").asLong()).isEqualTo(4);
		assertThat(stopped.path("stopped").asLong()).isEqualTo(1);
		assertThat(stopped.path("declined").asLong()).isEqualTo(1);
		assertThat(stopped.path("share").asDouble()).isEqualTo(0.25);
		assertThat(stopped.path("byGate").toString()).isEqualTo("{\"TEST\":1}");
		assertThat(stopped.path("reasons").path(0).path("rationale").asText()).isEqualTo("Nobody used the kiosks");
		assertThat(stopped.path("reasons").path(0).path("reference").asText()).isEqualTo(DashboardSeed.reference('A'));

		// Cost: estimates 10 000 + 200 000 + 5 000 + 30 000; caps 10 000 + 20 000 + 5
		// 000; spent 12 000 + 15 000.
		JsonNode cost = dashboard.path("cost");
		assertThat(cost.path("estimated").decimalValue()).isEqualByComparingTo("245000");
		assertThat(cost.path("testBudget").decimalValue()).isEqualByComparingTo("35000");
		assertThat(cost.path("testSpent").decimalValue()).isEqualByComparingTo("27000");
		assertThat(cost.path("scaleBudget").decimalValue()).isEqualByComparingTo("500000");
		Map<String, String> byStage = stream(cost.path("byStage")).collect(Collectors
			.toMap((s) -> s.path("stage").asText(), (s) -> plain(s.path("budgeted")) + "/" + plain(s.path("spent"))));
		assertThat(byStage).isEqualTo(Map.of("stopped", "10000/12000", "scaled", "20000/15000", "test", "5000/0"));

		// Benefit: B's waiting time 100 → 50 days, last measured 60: (60 − 100) ÷ (50 −
		// 100) = 0.8;
		// B's e-services 0 → 10, measured 12: 1.2 (met); D's target has no measurement
		// yet.
		JsonNode benefit = dashboard.path("benefit");
		assertThat(benefit.path("targets").asLong()).isEqualTo(3);
		assertThat(benefit.path("measured").asLong()).isEqualTo(2);
		assertThat(benefit.path("met").asLong()).isEqualTo(1);
		assertThat(benefit.path("meanProgress").asDouble()).isCloseTo(1.0, within(0.0001));
		assertThat(benefit.path("items").findValuesAsText("progress")).containsExactly("0.8", "1.2", "null");
	}

	@Test
	void theFiltersNarrowTheIdeasShown() {
		assertThat(ideas("organisation=" + this.testby + "&theme=water&" + PERIOD)).isEqualTo(2);
		assertThat(ideas("organisation=" + this.testby + "&department=Streets&" + PERIOD)).isEqualTo(1);
		assertThat(ideas("organisation=" + this.testby + "&from=2025-12-01&to=2026-06-30")).isEqualTo(5);
		assertThat(ideas("organisation=" + this.testby + "&from=2026-03-01&to=2026-03-31")).isEqualTo(1);
		// Testby's ideas are private: another organisation's executive counts none of
		// them.
		assertThat(as("maria").get("/api/portfolio/dashboard?organisation={o}&" + PERIOD, this.testby)
			.expect(200)
			.path("stopped")
			.path("ideas")
			.asLong()).isZero();
		JsonNode narrowed = as(DashboardSeed.LAB_LEAD)
			.get("/api/portfolio/dashboard?organisation={o}&theme=roads&" + PERIOD, this.testby)
			.expect(200);
		assertThat(gate(narrowed, "SCREENING")).isEqualTo("2 1 0.5 GO=1 KILL=1 HOLD=0 RECYCLE=1");
	}

	@Test
	void onlyExecutivesAndLabLeadsReadItAndBadPeriodsAreRefused() throws Exception {
		JsonNode refused = as("anna").get("/api/portfolio/dashboard").problem(403);
		JsonNode backwards = as("maria").get("/api/portfolio/dashboard?from=2026-05-01&to=2026-04-01").problem(400);
		JsonNode notADate = as("maria").get("/api/portfolio/dashboard?from=yesterday").problem(400);

		assertThat(refused.path("detail").asText()).contains("executives and lab leads");
		assertThat(backwards.path("detail").asText()).contains("from");
		assertThat(notADate.path("detail").asText()).contains("from");
		assertThat(as("karin").get("/api/portfolio/dashboard").status()).isEqualTo(200);
		assertThat(download("anna", "/api/portfolio/dashboard/export.xlsx", HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(403);
		HttpResponse<String> anonymous = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/portfolio/dashboard"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	@Test
	void theExportsHoldWhatTheDashboardShows() throws Exception {
		String query = "?organisation=" + this.testby + "&" + PERIOD;
		HttpResponse<String> csv = download(DashboardSeed.EXECUTIVE, "/api/portfolio/dashboard/export.csv" + query,
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		HttpResponse<byte[]> xlsx = download(DashboardSeed.EXECUTIVE, "/api/portfolio/dashboard/export.xlsx" + query,
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(csv.statusCode()).isEqualTo(200);
		List<String> stages = stages();
		Map<String, Long> march = Map.of("stopped", 1L, "scale-decision", 1L, "declined", 1L);
		// Jackson quotes every cell with a space in it.
		assertThat(csv.body().lines().toList()).contains("\"Conversion at each gate\"",
				"gate,\"ideas decided\",\"ideas passed\",rate,GO,KILL,HOLD,RECYCLE", "SCREENING,4,3,0.75,3,1,0,1",
				"screening,4,5.0,8.8", "month," + String.join(",", stages),
				"2026-03," + stages.stream()
					.map((stage) -> march.getOrDefault(stage, 0L).toString())
					.collect(Collectors.joining(",")));
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
			assertThat(sheets).contains("Conversion at each gate", "Time in stage (days)", "Cost", "Benefit");
			Sheet times = workbook.getSheets()
				.filter((sheet) -> sheet.getName().equals("Time in stage (days)"))
				.findFirst()
				.orElseThrow();
			List<Row> rows = times.read();
			Row screening = rows.stream()
				.filter((row) -> "screening".equals(row.getCellText(0)))
				.findFirst()
				.orElseThrow();
			assertThat(screening.getCellAsNumber(1))
				.hasValueSatisfying((stays) -> assertThat(stays).isEqualByComparingTo("4"));
			assertThat(screening.getCellAsNumber(2))
				.hasValueSatisfying((median) -> assertThat(median).isEqualByComparingTo("5"));
			assertThat(screening.getCellAsNumber(3))
				.hasValueSatisfying((p90) -> assertThat(p90).isEqualByComparingTo("8.8"));
		}
	}

	@Test
	void theCsvExportWritesAFilterThatLooksLikeAFormulaAsText() throws Exception {
		String query = "?organisation=" + this.testby + "&" + PERIOD + "&department="
				+ URLEncoder.encode("=2+5", StandardCharsets.UTF_8);

		HttpResponse<String> csv = download(DashboardSeed.EXECUTIVE, "/api/portfolio/dashboard/export.csv" + query,
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(csv.statusCode()).isEqualTo(200);
		List<List<String>> rows = new ArrayList<>();
		try (MappingIterator<String[]> lines = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
			.readerFor(String[].class)
			.readValues(csv.body())) {
			lines.forEachRemaining((line) -> rows.add(List.of(line)));
		}
		assertThat(rows).contains(List.of("department", "'=2+5")).doesNotContain(List.of("department", "=2+5"));
	}

	private List<String> stages() {
		return stream(as("maria").get("/api/portfolio/dashboard").expect(200).path("stages"))
			.map((stage) -> stage.path("stage").asText())
			.toList();
	}

	private <T> HttpResponse<T> download(String username, String path, HttpResponse.BodyHandler<T> body)
			throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString((username + ":" + ApiClient.PASSWORD).getBytes()))
				.build(), body);
	}

	private long ideas(String query) {
		return as(DashboardSeed.EXECUTIVE).get("/api/portfolio/dashboard?" + query)
			.expect(200)
			.path("stopped")
			.path("ideas")
			.asLong();
	}

	private static Map<String, Long> funnel(JsonNode dashboard, String month) {
		JsonNode counts = stream(dashboard.path("funnel")).filter((m) -> m.path("month").asText().equals(month))
			.findFirst()
			.orElseThrow()
			.path("counts");
		return stream(counts.properties()).filter((e) -> e.getValue().asLong() > 0)
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().asLong()));
	}

	private static String gate(JsonNode dashboard, String gate) {
		JsonNode found = stream(dashboard.path("conversion")).filter((g) -> g.path("gate").asText().equals(gate))
			.findFirst()
			.orElseThrow();
		JsonNode outcomes = found.path("outcomes");
		return found.path("decided").asLong() + " " + found.path("passed").asLong() + " " + found.path("rate").asText()
				+ " GO=" + outcomes.path("GO").asLong() + " KILL=" + outcomes.path("KILL").asLong() + " HOLD="
				+ outcomes.path("HOLD").asLong() + " RECYCLE=" + outcomes.path("RECYCLE").asLong();
	}

	private static String time(JsonNode dashboard, String stage) {
		JsonNode found = stream(dashboard.path("timeInStage")).filter((t) -> t.path("stage").asText().equals(stage))
			.findFirst()
			.orElseThrow();
		return found.path("stays").asLong() + " " + found.path("medianDays").asText() + " "
				+ found.path("p90Days").asText();
	}

	private static String plain(JsonNode number) {
		return number.decimalValue().stripTrailingZeros().toPlainString();
	}

	private static <T> java.util.stream.Stream<T> stream(Iterable<T> items) {
		return java.util.stream.StreamSupport.stream(items.spliterator(), false);
	}

	static OffsetDateTime at(String date) {
		return OffsetDateTime.parse(date + "T09:00:00Z");
	}

}
