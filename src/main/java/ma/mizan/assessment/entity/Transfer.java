package ma.mizan.assessment.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/** A transfer of personal data abroad (Law 09-08, arts 43-44). */
public class Transfer {

    @JsonbProperty("country")
    private String country;
    @JsonbProperty("ground")
    private TransferGround ground = TransferGround.NONE;

    @JsonbProperty("country")
    public String getCountry() { return country; }

    @JsonbProperty("country")
    public void setCountry(String country) { this.country = country; }

    @JsonbProperty("ground")
    public TransferGround getGround() { return ground; }

    @JsonbProperty("ground")
    public void setGround(TransferGround ground) { this.ground = ground; }

}
