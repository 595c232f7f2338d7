package ma.mizan.assessment.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/** Facts that trigger the transparency duties of art. 50. */
public class Transparency {

    @JsonbProperty("interactsWithNaturalPersons")
    private boolean interactsWithNaturalPersons;
    @JsonbProperty("generatesSyntheticContent")
    private boolean generatesSyntheticContent;
    @JsonbProperty("deepFake")
    private boolean deepFake;
    @JsonbProperty("publicInterestText")
    private boolean publicInterestText;
    @JsonbProperty("humanEditorialControl")
    private boolean humanEditorialControl;

    @JsonbProperty("interactsWithNaturalPersons")
    public boolean isInteractsWithNaturalPersons() { return interactsWithNaturalPersons; }

    @JsonbProperty("interactsWithNaturalPersons")
    public void setInteractsWithNaturalPersons(boolean interactsWithNaturalPersons) { this.interactsWithNaturalPersons = interactsWithNaturalPersons; }

    @JsonbProperty("generatesSyntheticContent")
    public boolean isGeneratesSyntheticContent() { return generatesSyntheticContent; }

    @JsonbProperty("generatesSyntheticContent")
    public void setGeneratesSyntheticContent(boolean generatesSyntheticContent) { this.generatesSyntheticContent = generatesSyntheticContent; }

    @JsonbProperty("deepFake")
    public boolean isDeepFake() { return deepFake; }

    @JsonbProperty("deepFake")
    public void setDeepFake(boolean deepFake) { this.deepFake = deepFake; }

    @JsonbProperty("publicInterestText")
    public boolean isPublicInterestText() { return publicInterestText; }

    @JsonbProperty("publicInterestText")
    public void setPublicInterestText(boolean publicInterestText) { this.publicInterestText = publicInterestText; }

    @JsonbProperty("humanEditorialControl")
    public boolean isHumanEditorialControl() { return humanEditorialControl; }

    @JsonbProperty("humanEditorialControl")
    public void setHumanEditorialControl(boolean humanEditorialControl) { this.humanEditorialControl = humanEditorialControl; }

}
