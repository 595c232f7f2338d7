package ma.mizan.assessment.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/** The conditions of the art. 6(3) derogation, as declared. */
public class Derogation {

    @JsonbProperty("narrowProceduralTask")
    private boolean narrowProceduralTask;
    @JsonbProperty("improvesCompletedHumanActivity")
    private boolean improvesCompletedHumanActivity;
    @JsonbProperty("detectsPatternsWithoutReplacingHumanAssessment")
    private boolean detectsPatternsWithoutReplacingHumanAssessment;
    @JsonbProperty("preparatoryTask")
    private boolean preparatoryTask;

    @JsonbProperty("narrowProceduralTask")
    public boolean isNarrowProceduralTask() { return narrowProceduralTask; }

    @JsonbProperty("narrowProceduralTask")
    public void setNarrowProceduralTask(boolean narrowProceduralTask) { this.narrowProceduralTask = narrowProceduralTask; }

    @JsonbProperty("improvesCompletedHumanActivity")
    public boolean isImprovesCompletedHumanActivity() { return improvesCompletedHumanActivity; }

    @JsonbProperty("improvesCompletedHumanActivity")
    public void setImprovesCompletedHumanActivity(boolean improvesCompletedHumanActivity) { this.improvesCompletedHumanActivity = improvesCompletedHumanActivity; }

    @JsonbProperty("detectsPatternsWithoutReplacingHumanAssessment")
    public boolean isDetectsPatternsWithoutReplacingHumanAssessment() { return detectsPatternsWithoutReplacingHumanAssessment; }

    @JsonbProperty("detectsPatternsWithoutReplacingHumanAssessment")
    public void setDetectsPatternsWithoutReplacingHumanAssessment(boolean detectsPatternsWithoutReplacingHumanAssessment) { this.detectsPatternsWithoutReplacingHumanAssessment = detectsPatternsWithoutReplacingHumanAssessment; }

    @JsonbProperty("preparatoryTask")
    public boolean isPreparatoryTask() { return preparatoryTask; }

    @JsonbProperty("preparatoryTask")
    public void setPreparatoryTask(boolean preparatoryTask) { this.preparatoryTask = preparatoryTask; }

}
