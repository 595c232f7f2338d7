package ma.mizan.assessment.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/** Personal data processed by the system (Law 09-08). */
public class PersonalData {

    @JsonbProperty("processed")
    private boolean processed;
    @JsonbProperty("controllerInMorocco")
    private boolean controllerInMorocco = true;
    @JsonbProperty("actsAsProcessor")
    private boolean actsAsProcessor;
    @JsonbProperty("categories")
    private java.util.List<DataCategory> categories = new java.util.ArrayList<>();
    @JsonbProperty("dataSubjects")
    private java.util.List<DataSubject> dataSubjects = new java.util.ArrayList<>();
    @JsonbProperty("legalBasis")
    private LegalBasis legalBasis;
    @JsonbProperty("healthCareUnderProfessionalSecrecy")
    private boolean healthCareUnderProfessionalSecrecy;
    @JsonbProperty("newPurpose")
    private boolean newPurpose;
    @JsonbProperty("interconnection")
    private boolean interconnection;
    @JsonbProperty("solelyAutomatedDecisions")
    private boolean solelyAutomatedDecisions;
    @JsonbProperty("directMarketingElectronic")
    private boolean directMarketingElectronic;
    @JsonbProperty("videoSurveillance")
    private boolean videoSurveillance;
    @JsonbProperty("transfers")
    private java.util.List<Transfer> transfers = new java.util.ArrayList<>();

    @JsonbProperty("processed")
    public boolean isProcessed() { return processed; }

    @JsonbProperty("processed")
    public void setProcessed(boolean processed) { this.processed = processed; }

    @JsonbProperty("controllerInMorocco")
    public boolean isControllerInMorocco() { return controllerInMorocco; }

    @JsonbProperty("controllerInMorocco")
    public void setControllerInMorocco(boolean controllerInMorocco) { this.controllerInMorocco = controllerInMorocco; }

    @JsonbProperty("actsAsProcessor")
    public boolean isActsAsProcessor() { return actsAsProcessor; }

    @JsonbProperty("actsAsProcessor")
    public void setActsAsProcessor(boolean actsAsProcessor) { this.actsAsProcessor = actsAsProcessor; }

    @JsonbProperty("categories")
    public java.util.List<DataCategory> getCategories() { return categories; }

    @JsonbProperty("categories")
    public void setCategories(java.util.List<DataCategory> categories) { this.categories = categories; }

    @JsonbProperty("dataSubjects")
    public java.util.List<DataSubject> getDataSubjects() { return dataSubjects; }

    @JsonbProperty("dataSubjects")
    public void setDataSubjects(java.util.List<DataSubject> dataSubjects) { this.dataSubjects = dataSubjects; }

    @JsonbProperty("legalBasis")
    public LegalBasis getLegalBasis() { return legalBasis; }

    @JsonbProperty("legalBasis")
    public void setLegalBasis(LegalBasis legalBasis) { this.legalBasis = legalBasis; }

    @JsonbProperty("healthCareUnderProfessionalSecrecy")
    public boolean isHealthCareUnderProfessionalSecrecy() { return healthCareUnderProfessionalSecrecy; }

    @JsonbProperty("healthCareUnderProfessionalSecrecy")
    public void setHealthCareUnderProfessionalSecrecy(boolean healthCareUnderProfessionalSecrecy) { this.healthCareUnderProfessionalSecrecy = healthCareUnderProfessionalSecrecy; }

    @JsonbProperty("newPurpose")
    public boolean isNewPurpose() { return newPurpose; }

    @JsonbProperty("newPurpose")
    public void setNewPurpose(boolean newPurpose) { this.newPurpose = newPurpose; }

    @JsonbProperty("interconnection")
    public boolean isInterconnection() { return interconnection; }

    @JsonbProperty("interconnection")
    public void setInterconnection(boolean interconnection) { this.interconnection = interconnection; }

    @JsonbProperty("solelyAutomatedDecisions")
    public boolean isSolelyAutomatedDecisions() { return solelyAutomatedDecisions; }

    @JsonbProperty("solelyAutomatedDecisions")
    public void setSolelyAutomatedDecisions(boolean solelyAutomatedDecisions) { this.solelyAutomatedDecisions = solelyAutomatedDecisions; }

    @JsonbProperty("directMarketingElectronic")
    public boolean isDirectMarketingElectronic() { return directMarketingElectronic; }

    @JsonbProperty("directMarketingElectronic")
    public void setDirectMarketingElectronic(boolean directMarketingElectronic) { this.directMarketingElectronic = directMarketingElectronic; }

    @JsonbProperty("videoSurveillance")
    public boolean isVideoSurveillance() { return videoSurveillance; }

    @JsonbProperty("videoSurveillance")
    public void setVideoSurveillance(boolean videoSurveillance) { this.videoSurveillance = videoSurveillance; }

    @JsonbProperty("transfers")
    public java.util.List<Transfer> getTransfers() { return transfers; }

    @JsonbProperty("transfers")
    public void setTransfers(java.util.List<Transfer> transfers) { this.transfers = transfers; }

}
