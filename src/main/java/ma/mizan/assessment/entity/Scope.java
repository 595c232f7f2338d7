package ma.mizan.assessment.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/** Territorial and material scope of the draft AI law (working model, art. 2). */
public class Scope {

    @JsonbProperty("availableInMorocco")
    private boolean availableInMorocco = true;
    @JsonbProperty("militaryDefenceOrNationalSecurityOnly")
    private boolean militaryDefenceOrNationalSecurityOnly;
    @JsonbProperty("scientificResearchOnly")
    private boolean scientificResearchOnly;
    @JsonbProperty("personalNonProfessionalUse")
    private boolean personalNonProfessionalUse;

    @JsonbProperty("availableInMorocco")
    public boolean isAvailableInMorocco() { return availableInMorocco; }

    @JsonbProperty("availableInMorocco")
    public void setAvailableInMorocco(boolean availableInMorocco) { this.availableInMorocco = availableInMorocco; }

    @JsonbProperty("militaryDefenceOrNationalSecurityOnly")
    public boolean isMilitaryDefenceOrNationalSecurityOnly() { return militaryDefenceOrNationalSecurityOnly; }

    @JsonbProperty("militaryDefenceOrNationalSecurityOnly")
    public void setMilitaryDefenceOrNationalSecurityOnly(boolean militaryDefenceOrNationalSecurityOnly) { this.militaryDefenceOrNationalSecurityOnly = militaryDefenceOrNationalSecurityOnly; }

    @JsonbProperty("scientificResearchOnly")
    public boolean isScientificResearchOnly() { return scientificResearchOnly; }

    @JsonbProperty("scientificResearchOnly")
    public void setScientificResearchOnly(boolean scientificResearchOnly) { this.scientificResearchOnly = scientificResearchOnly; }

    @JsonbProperty("personalNonProfessionalUse")
    public boolean isPersonalNonProfessionalUse() { return personalNonProfessionalUse; }

    @JsonbProperty("personalNonProfessionalUse")
    public void setPersonalNonProfessionalUse(boolean personalNonProfessionalUse) { this.personalNonProfessionalUse = personalNonProfessionalUse; }

}
