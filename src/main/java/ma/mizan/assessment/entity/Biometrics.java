package ma.mizan.assessment.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/** Biometric functions of the system. */
public class Biometrics {

    @JsonbProperty("remoteIdentification")
    private boolean remoteIdentification;
    @JsonbProperty("verificationOnly")
    private boolean verificationOnly;
    @JsonbProperty("realTime")
    private boolean realTime;
    @JsonbProperty("publiclyAccessibleSpace")
    private boolean publiclyAccessibleSpace;
    @JsonbProperty("lawEnforcementUse")
    private boolean lawEnforcementUse;
    @JsonbProperty("lawEnforcementException")
    private LawEnforcementException lawEnforcementException = LawEnforcementException.NONE;
    @JsonbProperty("priorJudicialAuthorisation")
    private boolean priorJudicialAuthorisation;
    @JsonbProperty("categorisation")
    private boolean categorisation;
    @JsonbProperty("infersSensitiveTraits")
    private boolean infersSensitiveTraits;
    @JsonbProperty("lawfulDatasetLabellingOnly")
    private boolean lawfulDatasetLabellingOnly;
    @JsonbProperty("emotionRecognition")
    private boolean emotionRecognition;

    @JsonbProperty("remoteIdentification")
    public boolean isRemoteIdentification() { return remoteIdentification; }

    @JsonbProperty("remoteIdentification")
    public void setRemoteIdentification(boolean remoteIdentification) { this.remoteIdentification = remoteIdentification; }

    @JsonbProperty("verificationOnly")
    public boolean isVerificationOnly() { return verificationOnly; }

    @JsonbProperty("verificationOnly")
    public void setVerificationOnly(boolean verificationOnly) { this.verificationOnly = verificationOnly; }

    @JsonbProperty("realTime")
    public boolean isRealTime() { return realTime; }

    @JsonbProperty("realTime")
    public void setRealTime(boolean realTime) { this.realTime = realTime; }

    @JsonbProperty("publiclyAccessibleSpace")
    public boolean isPubliclyAccessibleSpace() { return publiclyAccessibleSpace; }

    @JsonbProperty("publiclyAccessibleSpace")
    public void setPubliclyAccessibleSpace(boolean publiclyAccessibleSpace) { this.publiclyAccessibleSpace = publiclyAccessibleSpace; }

    @JsonbProperty("lawEnforcementUse")
    public boolean isLawEnforcementUse() { return lawEnforcementUse; }

    @JsonbProperty("lawEnforcementUse")
    public void setLawEnforcementUse(boolean lawEnforcementUse) { this.lawEnforcementUse = lawEnforcementUse; }

    @JsonbProperty("lawEnforcementException")
    public LawEnforcementException getLawEnforcementException() { return lawEnforcementException; }

    @JsonbProperty("lawEnforcementException")
    public void setLawEnforcementException(LawEnforcementException lawEnforcementException) { this.lawEnforcementException = lawEnforcementException; }

    @JsonbProperty("priorJudicialAuthorisation")
    public boolean isPriorJudicialAuthorisation() { return priorJudicialAuthorisation; }

    @JsonbProperty("priorJudicialAuthorisation")
    public void setPriorJudicialAuthorisation(boolean priorJudicialAuthorisation) { this.priorJudicialAuthorisation = priorJudicialAuthorisation; }

    @JsonbProperty("categorisation")
    public boolean isCategorisation() { return categorisation; }

    @JsonbProperty("categorisation")
    public void setCategorisation(boolean categorisation) { this.categorisation = categorisation; }

    @JsonbProperty("infersSensitiveTraits")
    public boolean isInfersSensitiveTraits() { return infersSensitiveTraits; }

    @JsonbProperty("infersSensitiveTraits")
    public void setInfersSensitiveTraits(boolean infersSensitiveTraits) { this.infersSensitiveTraits = infersSensitiveTraits; }

    @JsonbProperty("lawfulDatasetLabellingOnly")
    public boolean isLawfulDatasetLabellingOnly() { return lawfulDatasetLabellingOnly; }

    @JsonbProperty("lawfulDatasetLabellingOnly")
    public void setLawfulDatasetLabellingOnly(boolean lawfulDatasetLabellingOnly) { this.lawfulDatasetLabellingOnly = lawfulDatasetLabellingOnly; }

    @JsonbProperty("emotionRecognition")
    public boolean isEmotionRecognition() { return emotionRecognition; }

    @JsonbProperty("emotionRecognition")
    public void setEmotionRecognition(boolean emotionRecognition) { this.emotionRecognition = emotionRecognition; }

}
