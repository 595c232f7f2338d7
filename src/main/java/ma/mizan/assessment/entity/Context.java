package ma.mizan.assessment.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/** Where and on whom the system is used. */
public class Context {

    @JsonbProperty("workplace")
    private boolean workplace;
    @JsonbProperty("educationInstitution")
    private boolean educationInstitution;
    @JsonbProperty("medicalOrSafetyPurpose")
    private boolean medicalOrSafetyPurpose;

    @JsonbProperty("workplace")
    public boolean isWorkplace() { return workplace; }

    @JsonbProperty("workplace")
    public void setWorkplace(boolean workplace) { this.workplace = workplace; }

    @JsonbProperty("educationInstitution")
    public boolean isEducationInstitution() { return educationInstitution; }

    @JsonbProperty("educationInstitution")
    public void setEducationInstitution(boolean educationInstitution) { this.educationInstitution = educationInstitution; }

    @JsonbProperty("medicalOrSafetyPurpose")
    public boolean isMedicalOrSafetyPurpose() { return medicalOrSafetyPurpose; }

    @JsonbProperty("medicalOrSafetyPurpose")
    public void setMedicalOrSafetyPurpose(boolean medicalOrSafetyPurpose) { this.medicalOrSafetyPurpose = medicalOrSafetyPurpose; }

}
