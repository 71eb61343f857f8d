package org.civiclab.portfolio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.civiclab.portfolio.DashboardTables.Table;
import org.civiclab.web.SpreadsheetCsv;

/**
 * Writes what the dashboard shows as CSV (its tables one after another, each under its
 * title) or as an XLSX workbook (a sheet per table).
 */
final class DashboardExport {

	private DashboardExport() {
	}

	/**
	 * Every cell through the one CSV writer, which keeps formulas out of spreadsheets.
	 */
	static String csv(List<Table> tables) {
		List<List<?>> rows = new ArrayList<>();
		for (Table table : tables) {
			if (!rows.isEmpty()) {
				rows.add(List.of());
			}
			rows.add(List.of(table.title()));
			rows.add(table.header());
			rows.addAll(table.rows());
		}
		return SpreadsheetCsv.write(rows);
	}

	static byte[] xlsx(List<Table> tables) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "CivicLab", "1.0");
			List<String> names = new ArrayList<>();
			for (Table table : tables) {
				Worksheet sheet = workbook.newWorksheet(sheetName(table.title(), names));
				sheet.value(0, 0, table.title());
				sheet.style(0, 0).bold().set();
				for (int c = 0; c < table.header().size(); c++) {
					sheet.value(1, c, table.header().get(c));
					sheet.style(1, c).bold().set();
				}
				for (int r = 0; r < table.rows().size(); r++) {
					List<Object> row = table.rows().get(r);
					for (int c = 0; c < row.size(); c++) {
						cell(sheet, r + 2, c, row.get(c));
					}
				}
				sheet.finish();
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void cell(Worksheet sheet, int row, int column, Object value) {
		if (value instanceof Number number) {
			sheet.value(row, column, number);
		}
		else if (value != null) {
			sheet.value(row, column, value.toString());
		}
	}

	/**
	 * Sheet names: at most 31 characters, unique, without the characters Excel refuses.
	 */
	private static String sheetName(String title, List<String> taken) {
		String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
		name = name.substring(0, Math.min(28, name.length())).strip();
		String unique = name;
		for (int n = 2; taken.contains(unique); n++) {
			unique = name + " " + n;
		}
		taken.add(unique);
		return unique;
	}

}
