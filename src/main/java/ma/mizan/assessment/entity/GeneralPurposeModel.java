package ma.mizan.assessment.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/** General-purpose model facts (working model, arts 51-55). */
public class GeneralPurposeModel {

    @JsonbProperty("isGeneralPurposeModel")
    private boolean isGeneralPurposeModel;
    @JsonbProperty("trainingComputeFlop")
    private double trainingComputeFlop;
    @JsonbProperty("openWeights")
    private boolean openWeights;

    @JsonbProperty("isGeneralPurposeModel")
    public boolean isGeneralPurposeModel() { return isGeneralPurposeModel; }

    @JsonbProperty("isGeneralPurposeModel")
    public void setIsGeneralPurposeModel(boolean isGeneralPurposeModel) { this.isGeneralPurposeModel = isGeneralPurposeModel; }

    @JsonbProperty("trainingComputeFlop")
    public double getTrainingComputeFlop() { return trainingComputeFlop; }

    @JsonbProperty("trainingComputeFlop")
    public void setTrainingComputeFlop(double trainingComputeFlop) { this.trainingComputeFlop = trainingComputeFlop; }

    @JsonbProperty("openWeights")
    public boolean isOpenWeights() { return openWeights; }

    @JsonbProperty("openWeights")
    public void setOpenWeights(boolean openWeights) { this.openWeights = openWeights; }

}
