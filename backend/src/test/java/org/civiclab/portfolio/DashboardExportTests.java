package org.civiclab.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.junit.jupiter.api.Test;

import org.civiclab.portfolio.DashboardTables.Table;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's CSV export as a spreadsheet reads it: text that a spreadsheet would
 * take for a formula (titles, rationales, departments starting with {@code = + - @}, a
 * tab or a carriage return) is written as text; numbers stay numbers.
 */
class DashboardExportTests {

	@Test
	void textThatLooksLikeAFormulaIsWrittenAsTextAndNumbersStayNumbers() throws Exception {
		Table reasons = new Table("Reasons for stopping", List.of("reference", "title", "gate", "rationale"),
				List.of(List.of("IDEA-2026-0001", "=HYPERLINK(\"http://evil.example\",\"Open\")", "TEST",
						"+1+cmd|' /C calc'!A0"), List.of("IDEA-2026-0002", "@SUM(A1:A9)", "SCALE", "-2+3"),
						List.of("IDEA-2026-0003", "\t=1+2", "SCALE", "\r=1+2"),
						List.of("IDEA-2026-0004", "A plain title", "SCREENING", "Because 2 = 2")));
		Table cost = new Table("Cost", List.of("what", "budgeted", "spent"),
				List.of(Arrays.asList("balance", -1500, -2.5)));

		List<List<String>> rows = read(DashboardExport.csv(List.of(reasons, cost)));

		assertThat(rows).contains(
				List.of("IDEA-2026-0001", "'=HYPERLINK(\"http://evil.example\",\"Open\")", "TEST",
						"'+1+cmd|' /C calc'!A0"),
				List.of("IDEA-2026-0002", "'@SUM(A1:A9)", "SCALE", "'-2+3"),
				List.of("IDEA-2026-0003", "'\t=1+2", "SCALE", "'\r=1+2"),
				List.of("IDEA-2026-0004", "A plain title", "SCREENING", "Because 2 = 2"),
				List.of("balance", "-1500", "-2.5"));
	}

	private static List<List<String>> read(String csv) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (MappingIterator<String[]> lines = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
			.readerFor(String[].class)
			.readValues(csv)) {
			lines.forEachRemaining((line) -> rows.add(List.of(line)));
		}
		return rows;
	}

}
