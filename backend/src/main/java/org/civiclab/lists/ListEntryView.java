package org.civiclab.lists;

/**
 * An entry of a list as the admin page shows it.
 *
 * @param uses how many ideas and people carry it (one in use is retired, not deleted)
 */
record ListEntryView(long id, String name, int position, boolean retired, long uses) {

	static ListEntryView of(ListEntry entry, long uses) {
		return new ListEntryView(entry.getId(), entry.getName(), entry.getPosition(), entry.isRetired(), uses);
	}

}
