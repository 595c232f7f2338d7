package ma.mizan.compliance.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import ma.mizan.platform.control.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceStoreTest {

    @TempDir
    Path root;

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void storesAFileUnderItsSha256WithATwoLevelFanOut() throws Exception {
        EvidenceStore store = new EvidenceStore(root);
        byte[] bytes = Samples.pdf();
        EvidenceStore.Staged staged = store.stage(new ByteArrayInputStream(bytes), 1024);
        assertThat(staged.sha256()).isEqualTo(sha256(bytes));
        assertThat(staged.size()).isEqualTo(bytes.length);
        Path stored = store.put(staged);
        String h = staged.sha256();
        assertThat(stored).isEqualTo(root.resolve(h.substring(0, 2)).resolve(h.substring(2, 4)).resolve(h));
        assertThat(Files.readAllBytes(stored)).isEqualTo(bytes);
        assertThat(staged.file()).as("moved, not copied").doesNotExist();
        assertThat(store.verify(h)).isEqualTo(EvidenceStore.State.INTACT);
        assertThat(store.storedHashes()).containsExactly(h);
        try (InputStream in = store.open(h).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void identicalContentIsStoredOnceAndNeverOverwritten() throws Exception {
        EvidenceStore store = new EvidenceStore(root);
        Path first = store.put(store.stage(new ByteArrayInputStream(Samples.text()), 1024));
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(first);
        Files.setLastModifiedTime(first, java.nio.file.attribute.FileTime.fromMillis(written.toMillis() - 60_000));
        EvidenceStore.Staged again = store.stage(new ByteArrayInputStream(Samples.text()), 1024);
        Path second = store.put(again);
        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(first).toMillis()).as("the stored file was left alone").isEqualTo(written.toMillis() - 60_000);
        assertThat(again.file()).doesNotExist();
        assertThat(store.storedHashes()).hasSize(1);
        try (var temp = Files.list(root.resolve(EvidenceStore.TEMP))) {
            assertThat(temp).as("no temporary file left").isEmpty();
        }
    }

    @Test
    void refusesAFileOverTheLimitAndLeavesNothingBehind() throws IOException {
        EvidenceStore store = new EvidenceStore(root);
        assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(new byte[2049]), 2048))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(413));
        try (var temp = Files.list(root.resolve(EvidenceStore.TEMP))) {
            assertThat(temp).isEmpty();
        }
        assertThat(store.stage(new ByteArrayInputStream(new byte[2048]), 2048).size()).as("exactly the limit is accepted").isEqualTo(2048);
    }

    @Test
    void detectsACorruptAndAMissingFile() throws Exception {
        EvidenceStore store = new EvidenceStore(root);
        Path stored = store.put(store.stage(new ByteArrayInputStream(Samples.pdf()), 1024));
        String h = sha256(Samples.pdf());
        stored.toFile().setWritable(true);
        Files.write(stored, "tampered".getBytes());
        assertThat(store.verify(h)).isEqualTo(EvidenceStore.State.CORRUPT);
        Files.delete(stored);
        assertThat(store.verify(h)).isEqualTo(EvidenceStore.State.MISSING);
        assertThat(store.open(h)).isEmpty();
    }

    @Test
    void aStagedFileThatIsDiscardedIsGoneAndTheStoreListsOnlyHashNamedFiles() throws Exception {
        EvidenceStore store = new EvidenceStore(root);
        EvidenceStore.Staged staged = store.stage(new ByteArrayInputStream(Samples.png()), 1024);
        assertThat(store.storedHashes()).as("a staged file is not in the store yet").isEmpty();
        store.discard(staged);
        assertThat(staged.file()).doesNotExist();
        Files.writeString(root.resolve("notes.txt"), "not evidence");
        assertThat(store.storedHashes()).isEmpty();
        assertThatThrownBy(() -> store.path("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
