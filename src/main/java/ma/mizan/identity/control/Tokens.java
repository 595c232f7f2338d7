package ma.mizan.identity.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.mizan.identity.entity.AppUser;
import ma.mizan.identity.entity.CallerIdentity;
import ma.mizan.identity.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Access tokens: JWTs in the MicroProfile JWT form (iss, sub, upn, groups, exp, jti), signed RS256 with
 * the instance key and valid for mizan.token.minutes (default 60). A token whose signature, issuer or
 * expiry does not check out is refused.
 */
@ApplicationScoped
public class Tokens {

    public static final String ISSUER = "https://mizan.ma";

    @Inject
    InstanceKeys keys;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "mizan.token.minutes", defaultValue = "60")
    long minutes;

    private volatile InstanceKeys.RsaKeys rsa;

    private InstanceKeys.RsaKeys rsa() {
        InstanceKeys.RsaKeys k = rsa;
        if (k == null) {
            k = keys.rsa(InstanceKeys.TOKENS);
            rsa = k;
        }
        return k;
    }

    public record Issued(String token, Instant expiresAt) {
    }

    public Issued issue(AppUser user) {
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofMinutes(minutes));
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(String.valueOf(user.getId()))
                .claim("upn", user.getUsername()).claim("groups", List.of(user.getRole().name()))
                .issueTime(Date.from(now)).expirationTime(Date.from(expires)).jwtID(UUID.randomUUID().toString());
        if (user.getOrganizationId() != null) {
            claims.claim("organizationId", user.getOrganizationId());
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner(rsa().privateKey()));
            return new Issued(jwt.serialize(), expires);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /** The caller a token names, if its signature, issuer and expiry check out. */
    public Optional<CallerIdentity> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new RSASSAVerifier(rsa().publicKey()))) {
                return Optional.empty();
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            if (!ISSUER.equals(c.getIssuer()) || c.getExpirationTime() == null || !c.getExpirationTime().toInstant().isAfter(clock.instant())) {
                return Optional.empty();
            }
            List<String> groups = c.getStringListClaim("groups");
            if (groups == null || groups.size() != 1) {
                return Optional.empty();
            }
            Long organizationId = c.getLongClaim("organizationId");
            return Optional.of(new CallerIdentity(c.getStringClaim("upn"), Role.valueOf(groups.get(0)), Long.valueOf(c.getSubject()),
                    organizationId, false));
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
