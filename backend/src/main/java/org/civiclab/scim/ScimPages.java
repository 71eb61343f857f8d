package org.civiclab.scim;

import java.util.List;

import com.unboundid.scim2.common.messages.ListResponse;

/**
 * A page of a list (RFC 7644 §3.4.2.4): {@code startIndex} counts from 1 (less is 1),
 * {@code count} is at most {@link #MAX} (less than 0 is 0: the total alone).
 */
final class ScimPages {

	static final int MAX = 100;

	private ScimPages() {
	}

	static <T> ListResponse<T> of(List<T> all, Integer startIndex, Integer count) {
		int from = Math.min(Math.max((startIndex != null) ? startIndex : 1, 1) - 1, all.size());
		int size = Math.min(Math.max((count != null) ? count : MAX, 0), MAX);
		List<T> page = all.subList(from, Math.min(from + size, all.size()));
		return new ListResponse<>(all.size(), page, from + 1, page.size());
	}

}
