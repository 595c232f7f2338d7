package ma.mizan.assessment.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/** The product-safety route to high risk (working model, art. 6(1)). */
public class RegulatedProduct {

    @JsonbProperty("safetyComponentOrProduct")
    private boolean safetyComponentOrProduct;
    @JsonbProperty("thirdPartyConformityAssessment")
    private boolean thirdPartyConformityAssessment;

    @JsonbProperty("safetyComponentOrProduct")
    public boolean isSafetyComponentOrProduct() { return safetyComponentOrProduct; }

    @JsonbProperty("safetyComponentOrProduct")
    public void setSafetyComponentOrProduct(boolean safetyComponentOrProduct) { this.safetyComponentOrProduct = safetyComponentOrProduct; }

    @JsonbProperty("thirdPartyConformityAssessment")
    public boolean isThirdPartyConformityAssessment() { return thirdPartyConformityAssessment; }

    @JsonbProperty("thirdPartyConformityAssessment")
    public void setThirdPartyConformityAssessment(boolean thirdPartyConformityAssessment) { this.thirdPartyConformityAssessment = thirdPartyConformityAssessment; }

}
