package ma.mizan.systems.boundary;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import ma.mizan.assessment.entity.RiskLevel;
import ma.mizan.platform.boundary.Queries;
import ma.mizan.systems.entity.AiSystem;
import ma.mizan.systems.entity.Lifecycle;
import ma.mizan.systems.entity.RegistrationStatus;

/**
 * An AI system as the API shows it. {@code latestRiskLevel} is the tier of the latest assessment of the
 * current profile; it is absent when the system was never assessed or changed since.
 */
public record SystemView(long id, long organizationId, String name, String version, String description, String intendedPurpose,
                         Lifecycle lifecycle, RegistrationStatus registrationStatus, String registrationNumber, RiskLevel latestRiskLevel,
                         JsonObject profile,
                         OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static SystemView of(AiSystem s) {
        return new SystemView(s.getId(), s.getOrganization().getId(), s.getName(), s.getSoftwareVersion(), s.getDescription(),
                s.getIntendedPurpose(), s.getLifecycle(), s.getRegistrationStatus(), s.getRegistrationNumber(), s.getLatestRiskLevel(),
                Queries.json(s.getProfileJson()), s.getCreatedAt(), s.getUpdatedAt());
    }
}
