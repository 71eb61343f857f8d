package org.civiclab.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ScimException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** SCIM 2.0 groups: CivicLab's roles, whose members a directory sets. */
@RestController
@RequestMapping("/scim/v2/Groups")
class ScimGroupsController {

	private final ScimGroups groups;

	private final ScimClient client;

	ScimGroupsController(ScimGroups groups, ScimClient client) {
		this.groups = groups;
		this.client = client;
	}

	@GetMapping
	ResponseEntity<ObjectNode> list(@RequestParam(required = false) String filter,
			@RequestParam(required = false) Integer startIndex, @RequestParam(required = false) Integer count)
			throws ScimException {
		return ScimJson.ok(this.groups.list(this.client.organisationId(), filter, startIndex, count));
	}

	@PostMapping
	ResponseEntity<ObjectNode> create(@RequestBody JsonNode body) throws ScimException {
		this.client.organisationId();
		return ScimUsersController.versioned(HttpStatus.CREATED, this.groups.create(body));
	}

	@GetMapping("/{groupId}")
	ResponseEntity<ObjectNode> read(@PathVariable String groupId) throws ScimException {
		return ScimUsersController.versioned(HttpStatus.OK, this.groups.read(this.client.organisationId(), groupId));
	}

	@PutMapping("/{groupId}")
	ResponseEntity<ObjectNode> replace(@PathVariable String groupId, @RequestBody JsonNode body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) throws ScimException {
		return ScimUsersController.versioned(HttpStatus.OK,
				this.groups.replace(this.client.organisationId(), groupId, body, ifMatch));
	}

	@PatchMapping("/{groupId}")
	ResponseEntity<ObjectNode> patch(@PathVariable String groupId, @RequestBody JsonNode body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) throws ScimException {
		return ScimUsersController.versioned(HttpStatus.OK,
				this.groups.patch(this.client.organisationId(), groupId, body, ifMatch));
	}

}
