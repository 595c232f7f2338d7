package ma.mizan.systems.entity;

import ma.mizan.assessment.entity.AiSystemProfile;

/**
 * What a client sends to create or replace a system. The profile's name and publicAuthority are the
 * system's name and the organization's flag (contract Decision 13): they are filled in from there.
 */
public record AiSystemData(long organizationId, String name, String version, String description, String intendedPurpose,
                           Lifecycle lifecycle, AiSystemProfile profile) {
}
