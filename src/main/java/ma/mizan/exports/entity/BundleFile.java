package ma.mizan.exports.entity;

/**
 * One data file of a bundle as its manifest lists it.
 *
 * @param sha256 lower-case hexadecimal SHA-256 of the exact bytes stored
 * @param size   in bytes
 */
public record BundleFile(String name, String sha256, long size, String contentType) {
}
