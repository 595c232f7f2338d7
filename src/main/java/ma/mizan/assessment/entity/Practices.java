package ma.mizan.assessment.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/** Practices the working model prohibits (art. 5), as declared by the organization. */
public class Practices {

    @JsonbProperty("manipulativeTechniques")
    private boolean manipulativeTechniques;
    @JsonbProperty("exploitsVulnerabilities")
    private boolean exploitsVulnerabilities;
    @JsonbProperty("socialScoring")
    private boolean socialScoring;
    @JsonbProperty("crimeRiskPrediction")
    private boolean crimeRiskPrediction;
    @JsonbProperty("crimeRiskSolelyProfiling")
    private boolean crimeRiskSolelyProfiling;
    @JsonbProperty("untargetedFacialScraping")
    private boolean untargetedFacialScraping;
    @JsonbProperty("intimateImageGeneration")
    private boolean intimateImageGeneration;

    @JsonbProperty("manipulativeTechniques")
    public boolean isManipulativeTechniques() { return manipulativeTechniques; }

    @JsonbProperty("manipulativeTechniques")
    public void setManipulativeTechniques(boolean manipulativeTechniques) { this.manipulativeTechniques = manipulativeTechniques; }

    @JsonbProperty("exploitsVulnerabilities")
    public boolean isExploitsVulnerabilities() { return exploitsVulnerabilities; }

    @JsonbProperty("exploitsVulnerabilities")
    public void setExploitsVulnerabilities(boolean exploitsVulnerabilities) { this.exploitsVulnerabilities = exploitsVulnerabilities; }

    @JsonbProperty("socialScoring")
    public boolean isSocialScoring() { return socialScoring; }

    @JsonbProperty("socialScoring")
    public void setSocialScoring(boolean socialScoring) { this.socialScoring = socialScoring; }

    @JsonbProperty("crimeRiskPrediction")
    public boolean isCrimeRiskPrediction() { return crimeRiskPrediction; }

    @JsonbProperty("crimeRiskPrediction")
    public void setCrimeRiskPrediction(boolean crimeRiskPrediction) { this.crimeRiskPrediction = crimeRiskPrediction; }

    @JsonbProperty("crimeRiskSolelyProfiling")
    public boolean isCrimeRiskSolelyProfiling() { return crimeRiskSolelyProfiling; }

    @JsonbProperty("crimeRiskSolelyProfiling")
    public void setCrimeRiskSolelyProfiling(boolean crimeRiskSolelyProfiling) { this.crimeRiskSolelyProfiling = crimeRiskSolelyProfiling; }

    @JsonbProperty("untargetedFacialScraping")
    public boolean isUntargetedFacialScraping() { return untargetedFacialScraping; }

    @JsonbProperty("untargetedFacialScraping")
    public void setUntargetedFacialScraping(boolean untargetedFacialScraping) { this.untargetedFacialScraping = untargetedFacialScraping; }

    @JsonbProperty("intimateImageGeneration")
    public boolean isIntimateImageGeneration() { return intimateImageGeneration; }

    @JsonbProperty("intimateImageGeneration")
    public void setIntimateImageGeneration(boolean intimateImageGeneration) { this.intimateImageGeneration = intimateImageGeneration; }

}
