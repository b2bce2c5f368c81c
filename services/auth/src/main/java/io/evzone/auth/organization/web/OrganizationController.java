package io.evzone.auth.organization.web;

import io.evzone.auth.organization.application.ChangeMembership;
import io.evzone.auth.organization.application.CreateOrganization;
import io.evzone.auth.organization.application.GetOrganization;
import io.evzone.auth.organization.application.ListMembers;
import io.evzone.auth.organization.application.ListOrganizations;
import io.evzone.auth.organization.application.RemoveMember;
import io.evzone.auth.organization.application.UpdateOrganization;
import io.evzone.auth.organization.domain.Member;
import io.evzone.auth.organization.domain.Membership;
import io.evzone.auth.organization.domain.MembershipStatus;
import io.evzone.auth.organization.domain.Organization;
import io.evzone.auth.organization.domain.OrganizationStatus;
import io.evzone.auth.organization.domain.OrganizationType;
import io.evzone.auth.shared.web.Authorities;
import io.evzone.auth.shared.web.ClientInfos;
import io.evzone.auth.shared.web.ClientValues;
import io.evzone.auth.shared.web.Paging;
import io.evzone.auth.shared.web.PathPatterns;
import io.evzone.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organizations")
@Tag(
        name = "Organizations",
        description = "Tenants and their members. Platform administrators manage every organization; org admins"
                + " manage the organization their token is active in.")
class OrganizationController {

    private final CreateOrganization create;
    private final UpdateOrganization update;
    private final ListOrganizations list;
    private final GetOrganization get;
    private final ListMembers listMembers;
    private final ChangeMembership changeMembership;
    private final RemoveMember removeMember;

    OrganizationController(
            CreateOrganization create,
            UpdateOrganization update,
            ListOrganizations list,
            GetOrganization get,
            ListMembers listMembers,
            ChangeMembership changeMembership,
            RemoveMember removeMember) {
        this.create = create;
        this.update = update;
        this.list = list;
        this.get = get;
        this.listMembers = listMembers;
        this.changeMembership = changeMembership;
        this.removeMember = removeMember;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Authorities.PLATFORM_ADMIN)
    @Operation(summary = "Create an organization", description = "Platform administrators only.")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "403", description = "Not a platform administrator")
    @ApiResponse(responseCode = "409", description = "The name is taken")
    OrganizationResponse create(@Valid @RequestBody CreateRequest request, HttpServletRequest http) {
        return OrganizationResponse.of(create.handle(new CreateOrganization.Creation(
                request.name(), request.type(), Caller.current(), ClientInfos.of(http))));
    }

    @GetMapping
    @Operation(
            summary = "List organizations",
            description = "Platform administrators see every organization; others the ones they belong to.")
    @ApiResponse(responseCode = "200", description = "The organizations, by name")
    List<OrganizationResponse> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) OrganizationStatus status,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return list
                .handle(new ListOrganizations.Query(
                        q, status, Caller.current(), Paging.limit(limit), Paging.offset(offset)))
                .stream()
                .map(OrganizationResponse::of)
                .toList();
    }

    @GetMapping("/{id:" + PathPatterns.UUID + "}")
    @Operation(summary = "Get an organization", description = "Platform administrators, or callers active in it.")
    @ApiResponse(responseCode = "200", description = "The organization")
    @ApiResponse(responseCode = "404", description = "Unknown, or not visible to the caller")
    OrganizationResponse get(@PathVariable UUID id) {
        return OrganizationResponse.of(get.handle(id, Caller.current()));
    }

    @PatchMapping("/{id:" + PathPatterns.UUID + "}")
    @PreAuthorize(Authorities.MANAGE_ORGANIZATIONS)
    @Operation(
            summary = "Change an organization's name, type or status",
            description = "Needs organizations.manage in it; only platform administrators change the status.")
    @ApiResponse(responseCode = "200", description = "The organization as changed")
    @ApiResponse(responseCode = "403", description = "Not allowed")
    @ApiResponse(responseCode = "409", description = "The name is taken")
    OrganizationResponse update(
            @PathVariable UUID id, @Valid @RequestBody UpdateRequest request, HttpServletRequest http) {
        return OrganizationResponse.of(update.handle(new UpdateOrganization.Update(
                id, request.name(), request.type(), request.status(), Caller.current(), ClientInfos.of(http))));
    }

    @GetMapping("/{id:" + PathPatterns.UUID + "}/members")
    @PreAuthorize(Authorities.READ_ORGANIZATIONS)
    @Operation(summary = "List an organization's members")
    @ApiResponse(responseCode = "200", description = "The members, oldest first")
    List<MemberResponse> members(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return listMembers.handle(id, Caller.current(), Paging.limit(limit), Paging.offset(offset)).stream()
                .map(MemberResponse::of)
                .toList();
    }

    @PatchMapping("/{id:" + PathPatterns.UUID + "}/members/{userId:" + PathPatterns.UUID + "}")
    @PreAuthorize(Authorities.MANAGE_MEMBERS)
    @Operation(
            summary = "Change a member's role or status",
            description = "The new role reaches the member's tokens at their next refresh.")
    @ApiResponse(responseCode = "200", description = "The membership as changed")
    @ApiResponse(responseCode = "409", description = "Would leave the organization without an active org_admin")
    MembershipResponse changeMember(
            @PathVariable UUID id,
            @PathVariable UUID userId,
            @Valid @RequestBody ChangeMemberRequest request,
            HttpServletRequest http) {
        return MembershipResponse.of(changeMembership.handle(new ChangeMembership.Change(
                id,
                userId,
                ClientValues.roleCode(request.role()),
                request.status(),
                Caller.current(),
                ClientInfos.of(http))));
    }

    @DeleteMapping("/{id:" + PathPatterns.UUID + "}/members/{userId:" + PathPatterns.UUID + "}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Authorities.MANAGE_MEMBERS)
    @Operation(summary = "Remove a member")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "409", description = "Would leave the organization without an active org_admin")
    void removeMember(@PathVariable UUID id, @PathVariable UUID userId, HttpServletRequest http) {
        removeMember.handle(id, userId, Caller.current(), ClientInfos.of(http));
    }

    record CreateRequest(@NotBlank @Size(max = 160) String name, OrganizationType type) {}

    record UpdateRequest(@Size(min = 1, max = 160) String name, OrganizationType type, OrganizationStatus status) {}

    record ChangeMemberRequest(String role, MembershipStatus status) {}

    record OrganizationResponse(
            UUID id, String name, OrganizationType type, OrganizationStatus status, Instant createdAt) {

        static OrganizationResponse of(Organization o) {
            return new OrganizationResponse(o.id(), o.name(), o.type(), o.status(), o.createdAt());
        }
    }

    record MemberResponse(
            UUID userId,
            String email,
            String phone,
            String name,
            String userStatus,
            String role,
            MembershipStatus status,
            Instant joinedAt) {

        static MemberResponse of(Member m) {
            return new MemberResponse(
                    m.userId(),
                    m.email(),
                    m.phone(),
                    m.name(),
                    ClientValues.clientStatus(m.userStatus()),
                    ClientValues.clientRole(m.role()),
                    m.status(),
                    m.joinedAt());
        }
    }

    record MembershipResponse(UUID userId, UUID organizationId, String role, MembershipStatus status) {

        static MembershipResponse of(Membership m) {
            return new MembershipResponse(
                    m.userId(), m.organizationId(), ClientValues.clientRole(m.role()), m.status());
        }
    }
}
