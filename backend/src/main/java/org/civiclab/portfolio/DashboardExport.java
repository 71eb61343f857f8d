package org.civiclab.portfolio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.civiclab.portfolio.DashboardTables.Table;

/**
 * Writes what the dashboard shows as CSV (its tables one after another, each under its
 * title) or as an XLSX workbook (a sheet per table).
 */
final class DashboardExport {

	private static final CsvMapper CSV = new CsvMapper();

	private DashboardExport() {
	}

	static String csv(List<Table> tables) {
		try (var out = new java.io.StringWriter();
				SequenceWriter rows = CSV.writerFor(Object[].class).with(CsvSchema.emptySchema()).writeValues(out)) {
			boolean first = true;
			for (Table table : tables) {
				if (!first) {
					rows.write(new Object[] {});
				}
				first = false;
				rows.write(new Object[] { table.title() });
				rows.write(table.header().toArray());
				for (List<Object> row : table.rows()) {
					rows.write(row.stream().map((cell) -> (cell != null) ? cell.toString() : "").toArray());
				}
			}
			rows.flush();
			return out.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
