package org.civiclab.scim;

import com.unboundid.scim2.common.exceptions.PreconditionFailedException;
import com.unboundid.scim2.common.types.GroupResource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A resource's version changes with what it says, and an If-Match must name it. */
class ScimVersionsTests {

	@Test
	void theVersionChangesWithWhatTheResourceSays() {
		GroupResource one = group("lab-lead");
		GroupResource same = group("lab-lead");
		GroupResource other = group("executive");

		assertThat(one.getMeta().getVersion()).startsWith("W/\"").isEqualTo(same.getMeta().getVersion());
		assertThat(other.getMeta().getVersion()).isNotEqualTo(one.getMeta().getVersion());
	}

	@Test
	void aChangeToAnOlderVersionIsAPreconditionFailed() {
		GroupResource current = group("lab-lead");
		String version = current.getMeta().getVersion();

		PreconditionFailedException stale = catchThrowableOfType(PreconditionFailedException.class,
				() -> ScimVersions.check("W/\"0123456789abcdef01234567\"", current));

		assertThat(stale.getScimError().getStatus()).isEqualTo(412);
		assertThatNoException().isThrownBy(() -> ScimVersions.check(version, current));
		assertThatNoException().isThrownBy(() -> ScimVersions.check(version.substring(2), current));
		assertThatNoException().isThrownBy(() -> ScimVersions.check("*", current));
		assertThatNoException().isThrownBy(() -> ScimVersions.check(null, current));
	}

	private static GroupResource group(String name) {
		GroupResource group = new GroupResource().setDisplayName(name);
		group.setId(name);
		group.setMeta(ScimVersions.meta(group, "Group", "/scim/v2/Groups/" + name));
		return group;
	}

}
